import { compile } from 'html-to-text';

/**
 * html-to-text, set up for the text part of a message: no line wrapping (the reader's client wraps;
 * quoted-printable keeps long lines intact), headings as written (not upper-cased), links as
 * `text (url)` unless the text is the URL, `- ` before list items, images left out (their `[src]`
 * would be noise; an email layout's images carry no words), table cells side by side.
 */
const convert = compile({
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
export function htmlToText(html: string): string {
  return convert(html).trim();
}
