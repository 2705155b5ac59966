import { randomBytes } from 'node:crypto';
import { escapeHtml, isSafeUrl } from './escape.js';
import { type HtmlToken, htmlTokens } from './html-tokens.js';

/** What fills a `| markdown` value in HTML: markdown.ts, loaded only when a message has one. */
export interface MarkdownRenderer {
  markdownToHtml(markdown: string, trusted: boolean): string;
  markdownToInlineHtml(markdown: string): string;
  /** Untrusted Markdown longer than this is cut (with a note in the message and a warning). */
  readonly MAX_UNTRUSTED_MARKDOWN: number;
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
  'ping',
  'manifest',
  'icon',
  'codebase',
  'usemap',
]);

/** Tags whose content is not markup: line breaks stay line breaks there. */
const LITERAL_CONTENT = /^(pre|textarea|script|style|title)$/;
/** Elements with no content, so never an enclosing element. */
const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/;
/** Elements that may hold blocks (headings, lists, tables); inside any other, Markdown goes inline. */
const FLOW =
  /^(div|td|th|li|dd|blockquote|body|center|section|article|aside|main|header|footer|nav|details|figure)$/;

/**
 * Elements a value may not reach at all, neither in their content nor in their attributes: style
 * sheets and scripts (escaping HTML does nothing for CSS or JavaScript), frames and plugins, `<meta>`
 * (`http-equiv=refresh` redirects), `<base>` and `<link>`, and SVG animations (which can set `href`).
 */
const REFUSED_ELEMENTS = new Set([
  'style',
  'script',
  'xmp',
  'iframe',
  'frame',
  'frameset',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
  'object',
  'embed',
  'applet',
  'param',
  'meta',
  'base',
  'link',
  'animate',
  'set',
  'animatemotion',
  'animatetransform',
]);
/** Attributes whose value is markup or script: `srcdoc` is a whole document. */
const REFUSED_ATTRIBUTES = new Set(['srcdoc']);

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
  private readonly refused = new Set<string>();

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
  fillHtml(html: string, markdown?: MarkdownRenderer, input = 'body'): string {
    // <p>{{ notes | markdown }}</p> would nest blocks inside a paragraph: use a <div> instead.
    const prepared = html.replace(
      new RegExp(`<p(?:\\s[^>]*)?>\\s*(Q${this.nonce}N(\\d{1,7})E)\\s*</p>`, 'gi'),
      (whole, token: string, i: string) => (this.slot(i).kind === 'markdown' ? `<div>${token}</div>` : whole),
    );
    let out = '';
    const open: string[] = [];
    // Every open element, innermost last: a Markdown value becomes blocks only where blocks may be.
    const enclosing: string[] = [];
    const blocksAllowed = (): boolean =>
      enclosing.length === 0 || FLOW.test(enclosing[enclosing.length - 1]!);
    // Where this tracking and a browser's tree could differ (tags that break out of <svg>, its
    // integration points), it errs to the strict side: markup a browser would take as text is
    // checked as markup, and anything under a refused element is refused, tag or text.
    const refusedIn = (): string | undefined => enclosing.find((tag) => REFUSED_ELEMENTS.has(tag));
    for (const token of htmlTokens(prepared)) {
      const text = prepared.slice(token.start, token.end);
      if (token.kind === 'comment') {
        // Comments are invisible: a value there could only end the comment early.
        out += text.replace(this.pattern, '');
      } else if (token.kind === 'text') {
        const refused = token.raw && REFUSED_ELEMENTS.has(token.raw) ? token.raw : refusedIn();
        out += refused
          ? this.refuse(text, `<${refused}>`, input)
          : this.fillContent(text, open.length > 0 || token.raw !== undefined, markdown, blocksAllowed());
      } else {
        out += this.fillTag(text, token, refusedIn(), input);
        this.track(token, open, enclosing);
      }
    }
    return out;
  }

  /** Keeps the stacks of open elements up to date after a tag. */
  private track(token: Extract<HtmlToken, { kind: 'tag' }>, open: string[], enclosing: string[]): void {
    const tag = token.name;
    if (token.closing) {
      const at = open.lastIndexOf(tag);
      if (at >= 0) open.length = at;
      const within = enclosing.lastIndexOf(tag);
      if (within >= 0) enclosing.length = within;
    } else if (!token.selfClosing && !VOID.test(tag)) {
      enclosing.push(tag);
      if (LITERAL_CONTENT.test(tag)) open.push(tag);
    }
  }

  /** Removes every placeholder from `text`, noting the place for a warning when there was one. */
  private refuse(text: string, place: string, input: string): string {
    if (!this.has(text)) return text;
    this.refused.add(
      `Input \`${input}\`: a value inside ${place} was left out, since it cannot be shown there safely; put values in element text or ordinary attributes.`,
    );
    return text.replace(this.pattern, '');
  }

  /** One warning line for each unsafe place a value was left out of (see fillHtml), and each cut value. */
  refusals(): string[] {
    return [...this.refused];
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
        if (slot.value.length > markdown.MAX_UNTRUSTED_MARKDOWN) {
          this.refused.add(
            `A \`| markdown\` value of ${slot.value.length} characters was cut to ${markdown.MAX_UNTRUSTED_MARKDOWN} in the HTML part, which says where; the text part holds it whole.`,
          );
        }
        return alone === token.toLowerCase() && blocksAllowed
          ? markdown.markdownToHtml(slot.value, false)
          : markdown.markdownToInlineHtml(slot.value);
      }
      const escaped = escapeHtml(slot.value);
      return literal ? escaped : escaped.replace(/\r\n|\r|\n/g, '<br>\n');
    });
  }

  /**
   * A tag: placeholders may only fill attribute values of ordinary elements, and URL attributes must
   * stay safe. An end tag's attributes mean nothing, and a placeholder in a name could create markup:
   * both are dropped.
   */
  private fillTag(
    text: string,
    token: Extract<HtmlToken, { kind: 'tag' }>,
    refusedIn: string | undefined,
    input: string,
  ): string {
    if (!this.has(text)) return text;
    const offset = token.start;
    const name = text.slice(0, token.nameEnd - offset);
    if (token.closing || this.has(name)) return text.replace(this.pattern, '');
    const refusedTag = refusedIn ?? (REFUSED_ELEMENTS.has(token.name) ? token.name : undefined);
    let out = name;
    let last = token.nameEnd - offset;
    for (const attribute of token.attributes) {
      out += text.slice(last, attribute.start - offset);
      last = attribute.end - offset;
      const whole = text.slice(attribute.start - offset, last);
      if (!this.has(whole)) {
        out += whole;
        continue;
      }
      const attr = attribute.name.toLowerCase();
      if (refusedTag || REFUSED_ATTRIBUTES.has(attr)) {
        this.refuse(whole, refusedTag ? `<${refusedTag}>` : `the ${attr} attribute`, input);
        continue;
      }
      out += this.fillAttribute(attribute.name, attribute.value);
    }
    return out + text.slice(last);
  }

  /** `name="value"` with its placeholders filled, or nothing when no value may go there. */
  private fillAttribute(name: string, value: string): string {
    if (this.has(name)) return '';
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
    return `${name}="${safeValue}"`;
  }
}
