import { randomBytes } from 'node:crypto';
import { escapeHtml, isSafeUrl } from './escape.js';

/** What fills a `| markdown` value in HTML: markdown.ts, loaded only when a message has one. */
export interface MarkdownRenderer {
  markdownToHtml(markdown: string, trusted: boolean): string;
  markdownToInlineHtml(markdown: string): string;
}

/**
 * The safety mechanism. Every `{{ value }}` a template outputs is replaced, while the template
 * renders, by an opaque placeholder made of letters and digits only, so Markdown, autolinking and
 * HTML cannot touch it. Only after the template has become HTML (or text) are the placeholders
 * filled in, each escaped for the place it landed in: element text, an attribute, a URL attribute
 * (safe schemes only), or the plain-text part. A value can therefore never become markup, a link,
 * an image or a script.
 */

/** `text`: shown literally. `markdown`: rendered as sanitised Markdown in HTML, literal elsewhere. */
export type SlotKind = 'text' | 'markdown';

interface Slot {
  kind: SlotKind;
  value: string;
}

/** Attributes whose value is fetched or followed: a placeholder there must yield a safe URL. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'background',
  'poster',
  'cite',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'data',
  'xlink:href',
]);

/** Tags whose content is not markup: line breaks stay line breaks there. */
const LITERAL_CONTENT = /^(pre|textarea|script|style|title)$/;
/** Elements with no content, so never an enclosing element. */
const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/;
/** Elements that may hold blocks (headings, lists, tables); inside any other, Markdown goes inline. */
const FLOW =
  /^(div|td|th|li|dd|blockquote|body|center|section|article|aside|main|header|footer|nav|details|figure)$/;

/** A tag, comment or doctype; quoted attribute values may hold `>`. */
const TAG = /<!--[\s\S]*?-->|<[!/?]?[A-Za-z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g;

/** `name=value` inside a tag, the value double-, single- or un-quoted. */
const ATTRIBUTE = /([^\s"'<>/=]+)(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;

/** Characters all values of one message may add up to (SPEC §4: Liquid's memory bounded). */
const MAX_SLOT_CHARS = 20_000_000;

/** Turns a Liquid output value into the string Liquid would show. */
export function stringifyValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (Array.isArray(value)) return value.map(stringifyValue).join(', ');
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return String(value);
  }
}

/** Decodes the few entities an author's HTML or Markdown output uses, for checking a URL's scheme. */
function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16) % 0x110000),
    )
    .replace(/&#(\d+);?/g, (_m, dec: string) => String.fromCodePoint(Number(dec) % 0x110000))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&newline;/gi, '\n')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;|&apos;/gi, "'")
    .replace(/&amp;/gi, '&');
}

/** Values for one message: every placeholder handed out, and how to fill them in. */
/** Removes complete `<!-- … -->` comments and the line break after each; an unclosed one stays. */
export function withoutHtmlComments(value: string): string {
  return value.replace(/<!--[\s\S]*?-->[ \t]*(\r?\n)?/g, '');
}

export class Slots {
  private readonly nonce: string;
  private readonly slots: Slot[] = [];
  private chars = 0;
  private readonly pattern: RegExp;

  constructor(nonce: string = randomBytes(6).toString('hex')) {
    if (!/^[0-9a-f]{6,32}$/.test(nonce)) throw new Error('Slots: nonce must be lowercase hex');
    this.nonce = nonce;
    // Case-insensitive, so a filter such as `upcase` applied after `markdown` still resolves.
    this.pattern = new RegExp(`Q${nonce}N(\\d{1,7})E`, 'gi');
  }

  /** Registers a value and returns its placeholder (letters and digits only). */
  add(kind: SlotKind, value: unknown): string {
    // A value captured from template output may hold placeholders: it is shown as the text they stand for.
    const text = this.fillText(stringifyValue(value));
    // Placeholders are short, so a capture that doubles them stays small to Liquid: counted here.
    this.chars += text.length;
    if (this.chars > MAX_SLOT_CHARS) throw new Error('memory limit exceeded (values over 20 MB in all)');
    this.slots.push({ kind, value: text });
    return `Q${this.nonce}N${this.slots.length - 1}E`;
  }

  /** True when a `| markdown` value was output: its HTML needs the Markdown renderer. */
  hasMarkdown(): boolean {
    return this.slots.some((s) => s.kind === 'markdown');
  }

  /** True when the string holds at least one placeholder of this message. */
  has(text: string): boolean {
    this.pattern.lastIndex = 0;
    return this.pattern.test(text);
  }

  private slot(index: string): Slot {
    return this.slots[Number(index)] ?? { kind: 'text', value: '' };
  }

  /**
   * Fills every placeholder with its value as is: for the text part and the subject. A `| markdown`
   * value loses its HTML comments (such as the one GitHub puts at the top of generated release
   * notes), which a reader of the HTML part never sees either.
   */
  fillText(text: string): string {
    return text.replace(this.pattern, (_m, i: string) => {
      const slot = this.slot(i);
      return slot.kind === 'markdown' ? withoutHtmlComments(slot.value) : slot.value;
    });
  }

  /**
   * Fills placeholders in HTML, each escaped for where it landed. A Markdown value standing alone in
   * a paragraph or in an element that may hold blocks (div, td, li…) becomes blocks; inside a line
   * of text or an inline element (strong, span, a…) it becomes inline HTML.
   * `markdown` is required when `hasMarkdown()`.
   */
  fillHtml(html: string, markdown?: MarkdownRenderer): string {
    // <p>{{ notes | markdown }}</p> would nest blocks inside a paragraph: use a <div> instead.
    const prepared = html.replace(
      new RegExp(`<p(?:\\s[^>]*)?>\\s*(Q${this.nonce}N(\\d{1,7})E)\\s*</p>`, 'gi'),
      (whole, token: string, i: string) => (this.slot(i).kind === 'markdown' ? `<div>${token}</div>` : whole),
    );
    let out = '';
    let last = 0;
    const open: string[] = [];
    // Every open element, innermost last: a Markdown value becomes blocks only where blocks may be.
    const enclosing: string[] = [];
    const blocksAllowed = (): boolean =>
      enclosing.length === 0 || FLOW.test(enclosing[enclosing.length - 1]!);
    for (const match of prepared.matchAll(TAG)) {
      const index = match.index ?? 0;
      out += this.fillContent(prepared.slice(last, index), open.length > 0, markdown, blocksAllowed());
      out += this.fillTag(match[0]);
      const name = /^<(\/?)([A-Za-z][A-Za-z0-9]*)/.exec(match[0]);
      if (name) {
        const tag = name[2]!.toLowerCase();
        if (name[1]) {
          const at = open.lastIndexOf(tag);
          if (at >= 0) open.length = at;
          const within = enclosing.lastIndexOf(tag);
          if (within >= 0) enclosing.length = within;
        } else if (!match[0].endsWith('/>') && !VOID.test(tag)) {
          enclosing.push(tag);
          if (LITERAL_CONTENT.test(tag)) open.push(tag);
        }
      }
      last = index + match[0].length;
    }
    return out + this.fillContent(prepared.slice(last), open.length > 0, markdown, blocksAllowed());
  }

  /** Text between tags: values escaped; line breaks become <br> outside <pre> and the like. */
  private fillContent(
    text: string,
    literal: boolean,
    markdown: MarkdownRenderer | undefined,
    blocksAllowed = true,
  ): string {
    if (!text) return text;
    const alone = text.trim().toLowerCase();
    return text.replace(this.pattern, (token, i: string) => {
      const slot = this.slot(i);
      if (slot.kind === 'markdown' && !literal) {
        // Never shown unrendered or raw: a missing renderer is a bug, and fails the step.
        if (!markdown) throw new Error('Slots: a `| markdown` value needs the Markdown renderer');
        return alone === token.toLowerCase() && blocksAllowed
          ? markdown.markdownToHtml(slot.value, false)
          : markdown.markdownToInlineHtml(slot.value);
      }
      const escaped = escapeHtml(slot.value);
      return literal ? escaped : escaped.replace(/\r\n|\r|\n/g, '<br>\n');
    });
  }

  /** A tag: placeholders may only fill attribute values, and URL attributes must stay safe. */
  private fillTag(tag: string): string {
    if (!this.has(tag)) return tag;
    // Comments are invisible: a value there could only end the comment early.
    if (tag.startsWith('<!--')) return tag.replace(this.pattern, '');
    return tag.replace(
      new RegExp(`${ATTRIBUTE.source}|Q${this.nonce}N(\\d{1,7})E`, 'gi'),
      (whole, name?: string, eq?: string, dq?: string, sq?: string, uq?: string, loose?: string) => {
        // Outside an attribute value (a tag or attribute name) a value could create markup: dropped.
        if (loose !== undefined || name === undefined) return '';
        if (this.has(name)) return '';
        const value = dq ?? sq ?? uq ?? '';
        if (!this.has(value)) return whole;
        const attr = name.toLowerCase();
        // Event handlers decode entities before running: no value may reach them.
        if (attr.startsWith('on')) return '';
        if (URL_ATTRIBUTES.has(attr)) {
          const url = decodeEntities(this.fillText(value));
          if (attr === 'srcset' || !isSafeUrl(url)) return '';
        }
        const safeValue = value
          .split(this.pattern)
          .map((part, n) => {
            // split() with one capture group alternates text and slot indexes.
            if (n % 2 === 1) {
              const v = this.slot(part).value;
              return attr === 'style' ? v.replace(/[^A-Za-z0-9#.%, -]/g, '') : escapeHtml(v);
            }
            return part.replace(/"/g, '&quot;');
          })
          .join('');
        return `${name}${eq}"${safeValue}"`;
      },
    );
  }
}
