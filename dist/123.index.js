export const id = 123;
export const ids = [123];
export const modules = {

/***/ 123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   htmlToText: () => (/* binding */ htmlToText)
/* harmony export */ });
/* harmony import */ var html_to_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7036);

/**
 * html-to-text, set up for the text part of a message: no line wrapping (the reader's client wraps;
 * quoted-printable keeps long lines intact), headings as written (not upper-cased), links as
 * `text (url)` unless the text is the URL, `- ` before list items, images left out (their `[src]`
 * would be noise; an email layout's images carry no words), table cells side by side.
 */
const convert = (0,html_to_text__WEBPACK_IMPORTED_MODULE_0__/* .compile */ .wE)({
    wordwrap: false,
    selectors: [
        {
            selector: 'a',
            options: { linkBrackets: ['(', ')'], hideLinkHrefIfSameAsText: true, noAnchorUrl: true },
        },
        { selector: 'img', format: 'skip' },
        { selector: 'ul', options: { itemPrefix: '- ' } },
        ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
        { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
});
/** The plain-text part of an HTML body: every entity decoded, tags gone, links keep their URL. */
function htmlToText(html) {
    return convert(html).trim();
}


/***/ })

};
