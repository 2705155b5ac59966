import { Marked, type Tokens } from 'marked';

import { escapeHtml, isSafeUrl } from './escape.js';
import { sanitizeHtml } from './sanitize.js';

// The Markdown engine: a chunk of its own (`marked`), imported only by a message that has Markdown
// in it (a Markdown body, or a `| markdown` value such as the default release email's notes).

/** Schemes that run code or embed content; refused even in the workflow author's own template. */
function isScriptUrl(href: string): boolean {
  const h = href.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
  return /^(javascript|vbscript|data|file):/.test(h);
}

const LINK_STYLE = 'color:#0969da;text-decoration:underline;';
const CODE_STYLE =
  "font-family:ui-monospace,SFMono-Regular,'SF Mono',Menlo,Consolas,'Liberation Mono',monospace;font-size:13px;";

/** Inline styles for the elements Markdown produces: Gmail ignores most `<style>` blocks. */
const TAG_STYLES: Record<string, string> = {
  a: LINK_STYLE,
  p: 'margin:0 0 12px;',
  h1: 'margin:20px 0 10px;font-size:22px;line-height:1.3;',
  h2: 'margin:20px 0 8px;font-size:18px;line-height:1.3;',
  h3: 'margin:16px 0 8px;font-size:16px;line-height:1.3;',
  h4: 'margin:14px 0 6px;font-size:15px;',
  ul: 'margin:0 0 12px;padding-left:22px;',
  ol: 'margin:0 0 12px;padding-left:22px;',
  li: 'margin:2px 0;',
  blockquote: 'margin:0 0 12px;padding:0 12px;border-left:4px solid #d0d7de;color:#59636e;',
  pre: `${CODE_STYLE}margin:0 0 12px;padding:12px;background:#f6f8fa;border:1px solid #d8dee4;border-radius:6px;white-space:pre-wrap;word-break:break-all;overflow-wrap:anywhere;`,
  code: `${CODE_STYLE}background:#eff1f3;border-radius:4px;padding:1px 4px;`,
  table: 'border-collapse:collapse;margin:0 0 12px;',
  th: 'border:1px solid #d0d7de;padding:4px 8px;text-align:left;background:#f6f8fa;',
  td: 'border:1px solid #d0d7de;padding:4px 8px;',
  hr: 'border:0;border-top:1px solid #d8dee4;margin:16px 0;',
  img: 'max-width:100%;height:auto;',
};

/**
 * Adds inline styles to the bare tags Markdown produced (a tag that already has a `style` keeps
 * it). Code inside `<pre>` gets no second background.
 */
export function styleMarkdownHtml(html: string): string {
  // One pass over the tags. `[^<>]*` (not `[^>]*`) so a `<` that never meets a `>` costs one scan,
  // not one per later `<`. `<pre><code>`: the code block already has the background.
  let preEnd = -1;
  return html.replace(
    /<([a-z][a-z0-9]*)(?=[\s>/])([^<>]*)>/g,
    (tag, name: string, attrs: string, at: number) => {
      const inPre = name === 'code' && at === preEnd;
      if (name === 'pre') preEnd = at + tag.length;
      const style = TAG_STYLES[name];
      if (!style || inPre || /\sstyle\s*=/i.test(attrs)) return tag;
      return `<${name} style="${style}"${attrs}>`;
    },
  );
}

function buildMarked(trusted: boolean): Marked {
  return new Marked({
    gfm: true,
    breaks: false,
    renderer: {
      link(token: Tokens.Link): string | false {
        // The author's own links may be relative or carry a placeholder (checked when filled in).
        if (trusted ? !isScriptUrl(token.href) : isSafeUrl(token.href)) return false;
        return this.parser.parseInline(token.tokens);
      },
      image(token: Tokens.Image): string | false {
        // Remote images in untrusted content could track readers; show the alt text instead.
        if (trusted && !isScriptUrl(token.href)) return false;
        return escapeHtml(token.text);
      },
    },
  });
}

/** Untrusted Markdown longer than this is cut (SPEC §4: work on untrusted input is bounded). */
export const MAX_UNTRUSTED_MARKDOWN = 100_000;

/** The note that ends a value cut at MAX_UNTRUSTED_MARKDOWN. */
export const CUT_NOTE = '(cut here: the rest is longer than this email shows)';

/**
 * Untrusted Markdown within the cap: a longer value is cut at the last line break before it (or at
 * the cap), and ends with a note saying so. Marked and the sanitiser are linear, but a release body
 * of megabytes would still make a message no mail client shows.
 */
export function capUntrustedMarkdown(markdown: string): string {
  if (markdown.length <= MAX_UNTRUSTED_MARKDOWN) return markdown;
  const head = markdown.slice(0, MAX_UNTRUSTED_MARKDOWN);
  const lineEnd = head.lastIndexOf('\n');
  const cut = lineEnd > MAX_UNTRUSTED_MARKDOWN / 2 ? head.slice(0, lineEnd) : head;
  return `${cut}\n\n${CUT_NOTE}`;
}

let trustedMarked: Marked | undefined;
let untrustedMarked: Marked | undefined;

/**
 * Markdown to HTML with inline styles. `trusted` is for the workflow author's own template (raw HTML
 * allowed); untrusted Markdown (release notes, PR bodies) keeps formatting and safe raw HTML, but
 * loses unsafe HTML (sanitize.ts), links other than http(s)/mailto, and images.
 */
export function markdownToHtml(markdown: string, trusted: boolean): string {
  if (trusted) {
    trustedMarked ??= buildMarked(true);
    return styleMarkdownHtml(trustedMarked.parse(markdown, { async: false }));
  }
  untrustedMarked ??= buildMarked(false);
  const capped = capUntrustedMarkdown(markdown);
  let html: string;
  try {
    html = untrustedMarked.parse(capped, { async: false });
  } catch (err) {
    // marked recurses once per nesting level: `- - - - …` or `> > > …` a few thousand deep
    // overflows the stack. Such a value is shown as the text it is, not lost with the alert.
    if (!(err instanceof RangeError)) throw err;
    return `<p style="${TAG_STYLES.p}">${escapeHtml(capped).replace(/\r?\n/g, '<br>\n')}</p>`;
  }
  // Sanitised once, after Markdown: raw HTML split across inline tokens is seen whole, and styles
  // are added to the tags the sanitiser wrote.
  return styleMarkdownHtml(sanitizeHtml(html));
}

/** Untrusted Markdown rendered as inline HTML (no paragraphs), for use inside a line of text. */
export function markdownToInlineHtml(markdown: string): string {
  untrustedMarked ??= buildMarked(false);
  const capped = capUntrustedMarkdown(markdown);
  let html: string;
  try {
    html = untrustedMarked.parseInline(capped, { async: false });
  } catch (err) {
    // As in markdownToHtml: nesting too deep for marked's recursion is shown as text.
    if (!(err instanceof RangeError)) throw err;
    return escapeHtml(capped);
  }
  return styleMarkdownHtml(sanitizeHtml(html, { inline: true }));
}
