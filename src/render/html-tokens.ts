/**
 * A tokenizer for an author's HTML template, following the WHATWG tokenizer's states for what
 * matters to placing a value: tags and their attributes (an apostrophe inside an unquoted value is
 * part of it: `<a title=it's href="…">` has an `href`), comments (`-->`, `--!>`, `<!-->`), bogus
 * comments, and the elements whose content is raw text (`<style>`, `<script>`…) or escapable raw text
 * (`<title>`, `<textarea>`), which are raw only outside `<svg>` and `<math>`. One pass, each character
 * read a bounded number of times. Not a tree builder: callers track open elements themselves.
 */

/** An attribute as written: `name`, and its value when it has one; `start`/`end` span `name=value`. */
export interface HtmlAttribute {
  name: string;
  value: string;
  start: number;
  end: number;
}

export type HtmlToken =
  /** Text; `raw` names the element whose raw content it is (`style`, `title`…), if any. */
  | { kind: 'text'; start: number; end: number; raw?: string }
  /** A comment, a bogus comment, a doctype, or a tag cut off by the end of the input: never shown. */
  | { kind: 'comment'; start: number; end: number }
  | {
      kind: 'tag';
      start: number;
      end: number;
      /** Lowercased. */
      name: string;
      nameEnd: number;
      closing: boolean;
      selfClosing: boolean;
      attributes: HtmlAttribute[];
    };

/** Content is raw text up to the matching end tag (outside foreign content). */
export const RAW_TEXT = new Set([
  'style',
  'script',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'textarea',
  'title',
  'plaintext',
]);
const SPACE = /[\t\n\f\r ]/;
const FOREIGN = new Set(['svg', 'math']);

/** Where the raw content of `name` starting at `from` ends: its end tag, or the end of input. */
function rawEnd(html: string, from: number, name: string): number {
  if (name === 'plaintext') return html.length;
  let at = from;
  for (;;) {
    const lt = html.indexOf('</', at);
    if (lt < 0) return html.length;
    const after = html.charAt(lt + 2 + name.length);
    if (html.slice(lt + 2, lt + 2 + name.length).toLowerCase() === name && /^[\t\n\f\r />]?$/.test(after)) {
      return lt;
    }
    at = lt + 2;
  }
}

/** The end of a comment starting at `start` (`<!--`). */
function commentEnd(html: string, start: number): number {
  if (html.startsWith('>', start + 4)) return start + 5;
  if (html.startsWith('->', start + 4)) return start + 6;
  const close = /--!?>/g;
  close.lastIndex = start + 4;
  const m = close.exec(html);
  return m ? m.index + m[0].length : html.length;
}

/** Reads a tag's attributes from `i` (after its name); undefined when the input ends inside it. */
function readAttributes(
  html: string,
  i: number,
): { attributes: HtmlAttribute[]; end: number; selfClosing: boolean } | undefined {
  const attributes: HtmlAttribute[] = [];
  const n = html.length;
  for (;;) {
    while (i < n && (SPACE.test(html[i]!) || (html[i] === '/' && html[i + 1] !== '>'))) i++;
    if (i >= n) return undefined;
    if (html[i] === '>') return { attributes, end: i + 1, selfClosing: false };
    if (html.startsWith('/>', i)) return { attributes, end: i + 2, selfClosing: true };
    const start = i;
    i++; // The first character is part of the name, even `=`.
    while (i < n && !/[\t\n\f\r />=]/.test(html[i]!)) i++;
    const name = html.slice(start, i);
    let j = i;
    while (j < n && SPACE.test(html[j]!)) j++;
    if (html[j] !== '=') {
      attributes.push({ name, value: '', start, end: i });
      continue;
    }
    j++;
    while (j < n && SPACE.test(html[j]!)) j++;
    const quote = html[j];
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, j + 1);
      if (close < 0) return undefined;
      attributes.push({ name, value: html.slice(j + 1, close), start, end: close + 1 });
      i = close + 1;
    } else {
      let k = j;
      while (k < n && !/[\t\n\f\r >]/.test(html[k]!)) k++;
      attributes.push({ name, value: html.slice(j, k), start, end: k });
      i = k;
    }
  }
}

/** The tokens of `html`, in order, covering it without gaps. */
export function* htmlTokens(html: string): Generator<HtmlToken> {
  let i = 0;
  let textStart = 0;
  let foreign = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html[lt + 1] ?? '';
    let token: HtmlToken | undefined;
    if (html.startsWith('<!--', lt)) {
      token = { kind: 'comment', start: lt, end: commentEnd(html, lt) };
    } else if (/[A-Za-z]/.test(next) || (next === '/' && /[A-Za-z]/.test(html[lt + 2] ?? ''))) {
      const closing = next === '/';
      let k = lt + (closing ? 2 : 1);
      while (k < n && !/[\t\n\f\r />]/.test(html[k]!)) k++;
      const name = html.slice(lt + (closing ? 2 : 1), k).toLowerCase();
      const rest = readAttributes(html, k);
      token = rest
        ? { kind: 'tag', start: lt, name, nameEnd: k, closing, ...rest }
        : { kind: 'comment', start: lt, end: n };
    } else if (next === '!' || next === '?' || next === '/') {
      const gt = html.indexOf('>', lt + 2);
      token = { kind: 'comment', start: lt, end: gt < 0 ? n : gt + 1 };
    }
    if (!token) {
      i = lt + 1;
      continue;
    }
    if (lt > textStart) yield { kind: 'text', start: textStart, end: lt };
    yield token;
    i = token.end;
    textStart = i;
    if (token.kind !== 'tag') continue;
    if (FOREIGN.has(token.name) && !token.selfClosing) foreign += token.closing ? (foreign > 0 ? -1 : 0) : 1;
    if (!token.closing && foreign === 0 && RAW_TEXT.has(token.name)) {
      const end = rawEnd(html, i, token.name);
      if (end > i) yield { kind: 'text', start: i, end, raw: token.name };
      i = end;
      textStart = i;
    }
  }
  if (n > textStart) yield { kind: 'text', start: textStart, end: n };
}
