export const id = 0;
export const ids = [0];
export const modules = {

/***/ 1619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refuseForeignInputs: () => (/* binding */ refuseForeignInputs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/**
 * Inputs of dawidd6/action-send-mail that this action does not declare, with what to use instead.
 * The runner passes an undeclared input on as `INPUT_<NAME>` with only a warning, so a step migrated
 * from that action would otherwise ignore them silently (and send through smtp.gmail.com). Names
 * this action declares too (`username`, `password`, `subject`, `to`, `cc`, `bcc`, `from`, `body`,
 * `attachments`, `priority`, `headers`) are not listed; their dawidd6 value forms are checked below.
 */
const DAWIDD6_INPUTS = [
    ['connection_url', 'use `smtp-host`, `smtp-port`, `smtp-security`, `username` and `password`'],
    ['server_address', 'use `smtp-host`'],
    ['server_port', 'use `smtp-port`'],
    ['secure', 'use `smtp-security` (`tls` for secure: true, `starttls` for false)'],
    ['html_body', 'use `body` with `body-format: html`, or `body-file` with a .html file'],
    ['content_type', 'use `body-format` (`text` for text/plain, `html` for text/html)'],
    ['convert_markdown', 'remove it: `body` is Markdown by default (`body-format: markdown`)'],
    ['reply_to', 'use `reply-to`'],
    ['in_reply_to', 'use `in-reply-to`'],
    [
        'ignore_cert',
        'remove it: certificates are always verified; for a private CA point NODE_EXTRA_CA_CERTS at its file',
    ],
    ['nodemailerlog', 'remove it: re-run the job with debug logging for more detail'],
    ['nodemailerdebug', 'remove it: re-run the job with debug logging for more detail'],
    ['envelope_from', 'use `from`'],
    ['envelope_to', 'use `to`, `cc` or `bcc`'],
];
/** The variable the runner sets for an input: INPUT_ + the name upper-cased, spaces as `_`, `-` kept. */
function envName(input) {
    return `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;
}
/**
 * Refuses, before anything is read or contacted, inputs written for dawidd6/action-send-mail: its
 * undeclared inputs (`server_address`, `html_body`…, present at all, even empty), a `body` of
 * `file://…` and a `headers` given as JSON. One line names each and the input to use instead.
 */
function refuseForeignInputs(env) {
    const found = DAWIDD6_INPUTS.filter(([name]) => env[envName(name)] !== undefined);
    const body = (env[envName('body')] ?? '').trim();
    if (body.startsWith('file://')) {
        found.push(['body', 'for a file use `body-file` with its path (no `file://`)']);
    }
    const headers = (env[envName('headers')] ?? '').trim();
    if (headers.startsWith('{')) {
        found.push(['headers', 'write one `Name: value` per line instead of JSON']);
    }
    if (!found.length)
        return;
    const list = found.map(([name, instead]) => `\`${name}\`: ${instead}`).join('; ');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(found[0][0], `${found.length > 1 ? 'Inputs' : 'Input'} written for dawidd6/action-send-mail, which this action does not read: ${list}. Nothing was sent (see "Coming from dawidd6/action-send-mail" in the README).`);
}


/***/ })

};
