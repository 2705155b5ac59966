import { escapeHtml, isSafeUrl } from './escape.js';

// The HTML sanitiser for untrusted Markdown (release notes, PR bodies rendered with `| markdown`).
// It reads the HTML Markdown produced, raw HTML included, as text, comments and tags, and writes
// only escaped text and tags it builds itself from an allowlist: no byte of an original tag is ever
// copied, so whatever the input, the output holds no markup that is not listed here. It is pure
// and loaded with the Markdown engine (markdown.ts), never on its own.

/** Inline elements: allowed anywhere text is. */
const PHRASING = new Set([
  'a',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'del',
  'ins',
  'mark',
  'sub',
  'sup',
  'small',
  'kbd',
  'code',
  'span',
  'br',
  'input',
]);

/** Block elements: allowed only where blocks may be (the top of a value, a div, a list item…). */
const BLOCK = new Set([
  'p',
  'div',
  'blockquote',
  'ul',
  'ol',
  'dl',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'table',
  'details',
]);

/** Elements whose content may be blocks; any other allowed element holds inline content only. */
const FLOW_CONTAINERS = new Set(['div', 'blockquote', 'li', 'dd', 'details', 'td', 'th']);

/** Elements that hold only particular children (whitespace aside). */
const FIXED_CHILDREN: Record<string, ReadonlySet<string>> = {
  ul: new Set(['li']),
  ol: new Set(['li']),
  dl: new Set(['dt', 'dd']),
  table: new Set(['thead', 'tbody', 'tfoot', 'tr']),
  thead: new Set(['tr']),
  tbody: new Set(['tr']),
  tfoot: new Set(['tr']),
  tr: new Set(['th', 'td']),
};

/** Every element the sanitiser may write (list items, table parts and summary only in their parent). */
export const ALLOWED_TAGS: ReadonlySet<string> = new Set([
  ...PHRASING,
  ...BLOCK,
  'li',
  'dt',
  'dd',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'summary',
]);

/** Elements with no content and no end tag. */
const VOID = new Set(['br', 'hr', 'input']);

/** Dropped with everything up to their end tag, which is all text to a browser. */
const RAW_TEXT_DROPPED = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'iframe',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
]);

/** Dropped with their content (nested elements of the same name counted). */
const CONTENT_DROPPED = new Set(['object', 'applet', 'template', 'svg', 'math']);

/** How deep elements may nest (left-out ones included). */
const MAX_DEPTH = 100;

/** Void elements that embed content: dropped. */
const EMBED_VOID = new Set(['embed', 'img', 'image']);

interface Tag {
  name: string;
  closing: boolean;
  attributes: Map<string, string>;
  /** Index just past the tag's `>`. */
  end: number;
}

interface Open {
  name: string;
  /** False for an allowed tag that was left out (bad place, unsafe link): its end tag is dropped too. */
  written: boolean;
}

const SPACE = /[\t\n\f\r ]/;

/** Characters a few named references stand for: enough to read a link's scheme. */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  sol: '/',
  tab: '\t',
  newline: '\n',
  nbsp: '\u00a0',
  period: '.',
  commat: '@',
  num: '#',
  quest: '?',
  equals: '=',
  percnt: '%',
  lpar: '(',
  rpar: ')',
  plus: '+',
};

/**
 * Decodes character references in an attribute value. A reference it does not know stays as
 * written, and is escaped again on output: the browser then sees exactly the string that was checked.
 */
function decodeAttribute(value: string): string {
  return value.replace(
    /&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,10});?|([A-Za-z][A-Za-z0-9]{1,31});)/g,
    (whole, hex?: string, dec?: string, name?: string) => {
      if (name !== undefined) return NAMED[name.toLowerCase()] ?? whole;
      const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd';
    },
  );
}

/**
 * Text as HTML: `<`, `>` and quotes escaped; a well-formed character reference (`&amp;`, `&#39;`,
 * `&mdash;`) kept, any other `&` escaped. A reference in text only ever stands for a character, so
 * none can become markup.
 */
function escapeText(text: string): string {
  return text
    .replace(/&(?!(?:[A-Za-z][A-Za-z0-9]{0,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Reads the tag whose name starts at `from` (just after `<` or `</`), as a browser does: names and
 * unquoted values end at white space, `/` or `>`, and quoted values may hold `>`. Undefined when the
 * input ends inside the tag.
 */
function readTag(html: string, from: number, closing: boolean): Tag | undefined {
  let i = from;
  while (i < html.length && !SPACE.test(html[i]!) && html[i] !== '/' && html[i] !== '>') i++;
  const name = html.slice(from, i).toLowerCase();
  const attributes = new Map<string, string>();
  for (;;) {
    while (i < html.length && (SPACE.test(html[i]!) || html[i] === '/')) i++;
    if (i >= html.length) return undefined;
    if (html[i] === '>') return { name, closing, attributes, end: i + 1 };
    const nameStart = i;
    i++; // The first character of a name may be `=`.
    while (i < html.length && !SPACE.test(html[i]!) && !'/>='.includes(html[i]!)) i++;
    const attribute = html.slice(nameStart, i).toLowerCase();
    let value = '';
    let j = i;
    while (j < html.length && SPACE.test(html[j]!)) j++;
    if (html[j] === '=') {
      j++;
      while (j < html.length && SPACE.test(html[j]!)) j++;
      const quote = html[j];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, j + 1);
        if (close < 0) return undefined;
        value = html.slice(j + 1, close);
        j = close + 1;
      } else {
        const start = j;
        while (j < html.length && !SPACE.test(html[j]!) && html[j] !== '>') j++;
        value = html.slice(start, j);
      }
      i = j;
    }
    if (!attributes.has(attribute)) attributes.set(attribute, value);
  }
}

/** Index just past the next `>` from `from`, or the end of the input (a bogus comment). */
function pastNextGt(html: string, from: number): number {
  const at = html.indexOf('>', from);
  return at < 0 ? html.length : at + 1;
}

/** Index just past a comment that starts at `from` (`<!--`), or the end of the input. */
function pastComment(html: string, from: number): number {
  const body = from + 4;
  if (html[body] === '>') return body + 1; // <!-->
  if (html.startsWith('->', body)) return body + 2; // <!--->
  const end = /--!?>/g;
  end.lastIndex = body;
  const match = end.exec(html);
  return match ? match.index + match[0].length : html.length;
}

/** Index just past the end tag `</name …>` at or after `from`, or the end of the input. */
function pastEndTag(html: string, from: number, name: string): number {
  const end = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
  end.lastIndex = from;
  const match = end.exec(html);
  return match ? pastNextGt(html, match.index + match[0].length - 1) : html.length;
}

/** The attributes written for an allowed tag, or undefined when the tag must be left out. */
function safeAttributes(tag: Tag): string | undefined {
  const a = tag.attributes;
  const digits = (name: string, max: number): string => {
    const v = a.get(name)?.trim();
    return v !== undefined && new RegExp(`^[0-9]{1,${max}}$`).test(v) ? ` ${name}="${v}"` : '';
  };
  switch (tag.name) {
    case 'a': {
      // As a browser reads a URL: outer spaces and controls trimmed, tabs and line breaks removed.
      const href = decodeAttribute(a.get('href') ?? '')
        .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
        .replace(/[\t\n\r]/g, '');
      return isSafeUrl(href) ? ` href="${escapeHtml(href)}"` : undefined;
    }
    case 'input':
      // Only the checkbox of a Markdown task list item, and never one a reader can change.
      if (a.get('type')?.trim().toLowerCase() !== 'checkbox') return undefined;
      return ` type="checkbox" disabled${a.has('checked') ? ' checked' : ''}`;
    case 'ol':
      return digits('start', 9);
    case 'th':
    case 'td': {
      const align = a.get('align')?.trim().toLowerCase();
      const aligned = align === 'left' || align === 'center' || align === 'right' ? ` align="${align}"` : '';
      return `${digits('colspan', 3)}${digits('rowspan', 3)}${aligned}`;
    }
    default:
      return '';
  }
}

/** Options for {@link sanitizeHtml}. */
export interface SanitizeOptions {
  /** The value sits inside a line of text: only inline elements are kept. */
  inline?: boolean;
}

/** What starts at a `<`: a tag, a comment-like construct (skipped), or a lone `<` read as text. */
interface Markup {
  tag?: Tag;
  /** Index just past the construct (`lt + 1` for a lone `<`). */
  end: number;
  text?: boolean;
}

/**
 * Sanitises HTML from untrusted Markdown. Keeps escaped text and the allowlisted formatting
 * elements (rebuilt, with only a safe `href`, table spans, a list's `start` and task-list
 * checkboxes), each only where it belongs (list items in lists, cells in rows, no block inside a
 * paragraph). Drops comments, doctypes, CDATA, scripts, styles, frames, SVG and the like with their
 * content; images become their alt text; other tags are removed and their text kept. The result is
 * balanced: stray end tags are dropped and every element still open at the end is closed, so a
 * value cannot swallow the rest of the message.
 */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): string {
  return new Sanitizer(html, options.inline === true).run();
}

/**
 * One pass over one input, left to right: the read position, the elements open, the text not yet
 * written and the output. Each method is one decision of that pass; none goes back.
 */
class Sanitizer {
  private readonly open: Open[] = [];
  private out = '';
  private text = '';
  private i = 0;
  /** Past the last `>` no tag can end: the rest is text (and no tag is read to the end again and again). */
  private readonly lastGt: number;
  /**
   * Where a tag was found to run to the end of the input (an unclosed quote, say): a browser reads
   * everything from there on as part of that tag. It stays text here (escaped, so no word is lost),
   * and no later `<` is read as a tag: reading each would rescan to the end, quadratic in the input.
   */
  private unterminatedAt: number;

  constructor(
    private readonly html: string,
    private readonly inline: boolean,
  ) {
    this.lastGt = html.lastIndexOf('>');
    this.unterminatedAt = html.length + 1;
  }

  /** Reads the whole input and returns the sanitised HTML, every element it opened closed. */
  run(): string {
    const html = this.html;
    while (this.i < html.length) {
      const lt = html.indexOf('<', this.i);
      if (lt < 0 || lt > this.lastGt || lt > this.unterminatedAt) {
        this.text += html.slice(this.i);
        break;
      }
      this.text += html.slice(this.i, lt);
      this.markup(this.skipMarkup(lt), lt);
    }
    this.flushText();
    this.closeFrom(0);
    return this.out;
  }

  /** Acts on what was read at `lt`: a lone `<` is text, a tag is decided on, the rest is skipped. */
  private markup(next: Markup, lt: number): void {
    if (next.text) {
      this.text += '<';
      this.i = lt + 1;
    } else if (next.tag?.closing) {
      this.endTag(next.tag);
    } else if (next.tag) {
      this.startTag(next.tag);
    } else {
      this.i = next.end;
    }
  }

  /** Writes the pending text, escaped. */
  private flushText(): void {
    this.out += escapeText(this.text);
    this.text = '';
  }

  /** Pops every element open at `at` or deeper, writing end tags for those that were written. */
  private closeFrom(at: number): void {
    while (this.open.length > at) {
      const closed = this.open.pop()!;
      if (closed.written) this.out += `</${closed.name}>`;
    }
  }

  /** The element new content goes into: the innermost one written (left-out ones are transparent). */
  private parent(): string | undefined {
    for (let k = this.open.length - 1; k >= 0; k--) if (this.open[k]!.written) return this.open[k]!.name;
    return undefined;
  }

  /** Whether an allowed element `name` may start here: no link in a link, each child in its parent. */
  private fits(name: string): boolean {
    const p = this.parent();
    if (name === 'a' && this.open.some((o) => o.name === 'a' && o.written)) return false;
    if (p !== undefined && FIXED_CHILDREN[p]) return FIXED_CHILDREN[p].has(name);
    if (p === 'details' && name === 'summary') return true;
    const flow = p === undefined ? !this.inline : FLOW_CONTAINERS.has(p);
    return PHRASING.has(name) || (flow && BLOCK.has(name));
  }

  /** A start tag: dropped with its content, replaced by its alt text, ignored, or rebuilt. */
  private startTag(tag: Tag): void {
    if (RAW_TEXT_DROPPED.has(tag.name)) {
      this.i = pastEndTag(this.html, tag.end, tag.name);
      return;
    }
    if (CONTENT_DROPPED.has(tag.name)) {
      this.i = this.pastNested(tag.name, tag.end);
      return;
    }
    this.i = tag.end;
    if (EMBED_VOID.has(tag.name)) {
      this.embed(tag);
      return;
    }
    if (ALLOWED_TAGS.has(tag.name)) this.allowedStartTag(tag);
  }

  /** Images could track readers: their alt text stands in for them. An embed leaves nothing. */
  private embed(tag: Tag): void {
    if (tag.name === 'embed') return;
    this.flushText();
    this.out += escapeHtml(decodeAttribute(tag.attributes.get('alt') ?? ''));
  }

  /** An allowlisted start tag: rebuilt when it fits here with safe attributes, else left out. */
  private allowedStartTag(tag: Tag): void {
    const isVoid = VOID.has(tag.name);
    // Deeper nesting is left out: no reader needs it, and it keeps every step here short.
    if (!isVoid && this.open.length >= MAX_DEPTH) return;
    const attributes = this.fits(tag.name) ? safeAttributes(tag) : undefined;
    if (attributes !== undefined) {
      this.flushText();
      this.out += `<${tag.name}${attributes}>`;
    }
    if (!isVoid) this.open.push({ name: tag.name, written: attributes !== undefined });
  }

  /** An end tag closes its element and every one opened inside it; a stray one is dropped. */
  private endTag(tag: Tag): void {
    this.i = tag.end;
    let at = this.open.length - 1;
    while (at >= 0 && this.open[at]!.name !== tag.name) at--;
    if (at < 0) return;
    this.flushText();
    this.closeFrom(at);
  }

  /** Index past the end tag that closes the element `name` opened just before `from`. */
  private pastNested(name: string, from: number): number {
    const html = this.html;
    let depth = 1;
    let k = from;
    while (k < html.length) {
      const lt = html.indexOf('<', k);
      if (lt < 0) break;
      const next = this.skipMarkup(lt);
      // The rest of the input is inside one tag: all of it is dropped content.
      if (this.unterminatedAt <= lt) break;
      if (next.tag?.name === name) {
        depth += next.tag.closing ? -1 : 1;
        if (depth === 0) return next.end;
      }
      k = next.end;
    }
    return html.length;
  }

  /** What starts at `lt` (a `<`): a tag, a comment-like construct, or a lone `<` (end = lt + 1). */
  private skipMarkup(lt: number): Markup {
    const html = this.html;
    const c = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) return { end: pastComment(html, lt) };
    if (c === '!' || c === '?') return { end: pastNextGt(html, lt + 2) };
    if (c === '/') return this.skipEndMarkup(lt);
    if (/[A-Za-z]/.test(c)) return this.tagAt(lt, false);
    return { end: lt + 1, text: true };
  }

  /** What starts at `lt` with `</`: an end tag, `</>` (nothing), a bogus comment or a lone `<`. */
  private skipEndMarkup(lt: number): Markup {
    const d = this.html[lt + 2] ?? '';
    if (/[A-Za-z]/.test(d)) return this.tagAt(lt, true);
    if (d === '>') return { end: lt + 3 };
    return d === '' ? { end: lt + 1, text: true } : { end: pastNextGt(this.html, lt + 2) };
  }

  /** The tag at `lt`; one that runs to the end of the input marks where tags stop being read. */
  private tagAt(lt: number, closing: boolean): Markup {
    const tag = readTag(this.html, lt + (closing ? 2 : 1), closing);
    if (!tag) this.unterminatedAt = Math.min(this.unterminatedAt, lt);
    return tag ? { tag, end: tag.end } : { end: lt + 1, text: true };
  }
}
