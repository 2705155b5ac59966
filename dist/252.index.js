export const id = 252;
export const ids = [252];
export const modules = {

/***/ 5252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CUT_NOTE: () => (/* binding */ CUT_NOTE),
  MAX_UNTRUSTED_MARKDOWN: () => (/* binding */ MAX_UNTRUSTED_MARKDOWN),
  capUntrustedMarkdown: () => (/* binding */ capUntrustedMarkdown),
  markdownToHtml: () => (/* binding */ markdownToHtml),
  markdownToInlineHtml: () => (/* binding */ markdownToInlineHtml),
  styleMarkdownHtml: () => (/* binding */ styleMarkdownHtml)
});

// EXTERNAL MODULE: ./node_modules/marked/lib/marked.esm.js
var marked_esm = __webpack_require__(8022);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/sanitize.ts

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
const FIXED_CHILDREN = {
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
const ALLOWED_TAGS = new Set([
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
const SPACE = /[\t\n\f\r ]/;
/** Characters a few named references stand for: enough to read a link's scheme. */
const NAMED = {
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
function decodeAttribute(value) {
    return value.replace(/&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,10});?|([A-Za-z][A-Za-z0-9]{1,31});)/g, (whole, hex, dec, name) => {
        if (name !== undefined)
            return NAMED[name.toLowerCase()] ?? whole;
        const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
        return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
            ? String.fromCodePoint(code)
            : '\ufffd';
    });
}
/**
 * Text as HTML: `<`, `>` and quotes escaped; a well-formed character reference (`&amp;`, `&#39;`,
 * `&mdash;`) kept, any other `&` escaped. A reference in text only ever stands for a character, so
 * none can become markup.
 */
function escapeText(text) {
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
function readTag(html, from, closing) {
    let i = from;
    while (i < html.length && !SPACE.test(html[i]) && html[i] !== '/' && html[i] !== '>')
        i++;
    const name = html.slice(from, i).toLowerCase();
    const attributes = new Map();
    for (;;) {
        while (i < html.length && (SPACE.test(html[i]) || html[i] === '/'))
            i++;
        if (i >= html.length)
            return undefined;
        if (html[i] === '>')
            return { name, closing, attributes, end: i + 1 };
        const nameStart = i;
        i++; // The first character of a name may be `=`.
        while (i < html.length && !SPACE.test(html[i]) && !'/>='.includes(html[i]))
            i++;
        const attribute = html.slice(nameStart, i).toLowerCase();
        let value = '';
        let j = i;
        while (j < html.length && SPACE.test(html[j]))
            j++;
        if (html[j] === '=') {
            j++;
            while (j < html.length && SPACE.test(html[j]))
                j++;
            const quote = html[j];
            if (quote === '"' || quote === "'") {
                const close = html.indexOf(quote, j + 1);
                if (close < 0)
                    return undefined;
                value = html.slice(j + 1, close);
                j = close + 1;
            }
            else {
                const start = j;
                while (j < html.length && !SPACE.test(html[j]) && html[j] !== '>')
                    j++;
                value = html.slice(start, j);
            }
            i = j;
        }
        if (!attributes.has(attribute))
            attributes.set(attribute, value);
    }
}
/** Index just past the next `>` from `from`, or the end of the input (a bogus comment). */
function pastNextGt(html, from) {
    const at = html.indexOf('>', from);
    return at < 0 ? html.length : at + 1;
}
/** Index just past a comment that starts at `from` (`<!--`), or the end of the input. */
function pastComment(html, from) {
    const body = from + 4;
    if (html[body] === '>')
        return body + 1; // <!-->
    if (html.startsWith('->', body))
        return body + 2; // <!--->
    const end = /--!?>/g;
    end.lastIndex = body;
    const match = end.exec(html);
    return match ? match.index + match[0].length : html.length;
}
/** Index just past the end tag `</name …>` at or after `from`, or the end of the input. */
function pastEndTag(html, from, name) {
    const end = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
    end.lastIndex = from;
    const match = end.exec(html);
    return match ? pastNextGt(html, match.index + match[0].length - 1) : html.length;
}
/** The attributes written for an allowed tag, or undefined when the tag must be left out. */
function safeAttributes(tag) {
    const a = tag.attributes;
    const digits = (name, max) => {
        const v = a.get(name)?.trim();
        return v !== undefined && new RegExp(`^[0-9]{1,${max}}$`).test(v) ? ` ${name}="${v}"` : '';
    };
    switch (tag.name) {
        case 'a': {
            // As a browser reads a URL: outer spaces and controls trimmed, tabs and line breaks removed.
            const href = decodeAttribute(a.get('href') ?? '')
                .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
                .replace(/[\t\n\r]/g, '');
            return (0,render_escape/* isSafeUrl */.F)(href) ? ` href="${(0,render_escape/* escapeHtml */.Z)(href)}"` : undefined;
        }
        case 'input':
            // Only the checkbox of a Markdown task list item, and never one a reader can change.
            if (a.get('type')?.trim().toLowerCase() !== 'checkbox')
                return undefined;
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
/**
 * Sanitises HTML from untrusted Markdown. Keeps escaped text and the allowlisted formatting
 * elements (rebuilt, with only a safe `href`, table spans, a list's `start` and task-list
 * checkboxes), each only where it belongs (list items in lists, cells in rows, no block inside a
 * paragraph). Drops comments, doctypes, CDATA, scripts, styles, frames, SVG and the like with their
 * content; images become their alt text; other tags are removed and their text kept. The result is
 * balanced: stray end tags are dropped and every element still open at the end is closed, so a
 * value cannot swallow the rest of the message.
 */
function sanitizeHtml(html, options = {}) {
    return new Sanitizer(html, options.inline === true).run();
}
/**
 * One pass over one input, left to right: the read position, the elements open, the text not yet
 * written and the output. Each method is one decision of that pass; none goes back.
 */
class Sanitizer {
    html;
    inline;
    open = [];
    out = '';
    text = '';
    i = 0;
    /** Past the last `>` no tag can end: the rest is text (and no tag is read to the end again and again). */
    lastGt;
    /**
     * Where a tag was found to run to the end of the input (an unclosed quote, say): a browser reads
     * everything from there on as part of that tag. It stays text here (escaped, so no word is lost),
     * and no later `<` is read as a tag: reading each would rescan to the end, quadratic in the input.
     */
    unterminatedAt;
    constructor(html, inline) {
        this.html = html;
        this.inline = inline;
        this.lastGt = html.lastIndexOf('>');
        this.unterminatedAt = html.length + 1;
    }
    /** Reads the whole input and returns the sanitised HTML, every element it opened closed. */
    run() {
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
    markup(next, lt) {
        if (next.text) {
            this.text += '<';
            this.i = lt + 1;
        }
        else if (next.tag?.closing) {
            this.endTag(next.tag);
        }
        else if (next.tag) {
            this.startTag(next.tag);
        }
        else {
            this.i = next.end;
        }
    }
    /** Writes the pending text, escaped. */
    flushText() {
        this.out += escapeText(this.text);
        this.text = '';
    }
    /** Pops every element open at `at` or deeper, writing end tags for those that were written. */
    closeFrom(at) {
        while (this.open.length > at) {
            const closed = this.open.pop();
            if (closed.written)
                this.out += `</${closed.name}>`;
        }
    }
    /** The element new content goes into: the innermost one written (left-out ones are transparent). */
    parent() {
        for (let k = this.open.length - 1; k >= 0; k--)
            if (this.open[k].written)
                return this.open[k].name;
        return undefined;
    }
    /** Whether an allowed element `name` may start here: no link in a link, each child in its parent. */
    fits(name) {
        const p = this.parent();
        if (name === 'a' && this.open.some((o) => o.name === 'a' && o.written))
            return false;
        if (p !== undefined && FIXED_CHILDREN[p])
            return FIXED_CHILDREN[p].has(name);
        if (p === 'details' && name === 'summary')
            return true;
        const flow = p === undefined ? !this.inline : FLOW_CONTAINERS.has(p);
        return PHRASING.has(name) || (flow && BLOCK.has(name));
    }
    /** A start tag: dropped with its content, replaced by its alt text, ignored, or rebuilt. */
    startTag(tag) {
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
        if (ALLOWED_TAGS.has(tag.name))
            this.allowedStartTag(tag);
    }
    /** Images could track readers: their alt text stands in for them. An embed leaves nothing. */
    embed(tag) {
        if (tag.name === 'embed')
            return;
        this.flushText();
        this.out += (0,render_escape/* escapeHtml */.Z)(decodeAttribute(tag.attributes.get('alt') ?? ''));
    }
    /** An allowlisted start tag: rebuilt when it fits here with safe attributes, else left out. */
    allowedStartTag(tag) {
        const isVoid = VOID.has(tag.name);
        // Deeper nesting is left out: no reader needs it, and it keeps every step here short.
        if (!isVoid && this.open.length >= MAX_DEPTH)
            return;
        const attributes = this.fits(tag.name) ? safeAttributes(tag) : undefined;
        if (attributes !== undefined) {
            this.flushText();
            this.out += `<${tag.name}${attributes}>`;
        }
        if (!isVoid)
            this.open.push({ name: tag.name, written: attributes !== undefined });
    }
    /** An end tag closes its element and every one opened inside it; a stray one is dropped. */
    endTag(tag) {
        this.i = tag.end;
        let at = this.open.length - 1;
        while (at >= 0 && this.open[at].name !== tag.name)
            at--;
        if (at < 0)
            return;
        this.flushText();
        this.closeFrom(at);
    }
    /** Index past the end tag that closes the element `name` opened just before `from`. */
    pastNested(name, from) {
        const html = this.html;
        let depth = 1;
        let k = from;
        while (k < html.length) {
            const lt = html.indexOf('<', k);
            if (lt < 0)
                break;
            const next = this.skipMarkup(lt);
            // The rest of the input is inside one tag: all of it is dropped content.
            if (this.unterminatedAt <= lt)
                break;
            if (next.tag?.name === name) {
                depth += next.tag.closing ? -1 : 1;
                if (depth === 0)
                    return next.end;
            }
            k = next.end;
        }
        return html.length;
    }
    /** What starts at `lt` (a `<`): a tag, a comment-like construct, or a lone `<` (end = lt + 1). */
    skipMarkup(lt) {
        const html = this.html;
        const c = html[lt + 1] ?? '';
        if (html.startsWith('<!--', lt))
            return { end: pastComment(html, lt) };
        if (c === '!' || c === '?')
            return { end: pastNextGt(html, lt + 2) };
        if (c === '/')
            return this.skipEndMarkup(lt);
        if (/[A-Za-z]/.test(c))
            return this.tagAt(lt, false);
        return { end: lt + 1, text: true };
    }
    /** What starts at `lt` with `</`: an end tag, `</>` (nothing), a bogus comment or a lone `<`. */
    skipEndMarkup(lt) {
        const d = this.html[lt + 2] ?? '';
        if (/[A-Za-z]/.test(d))
            return this.tagAt(lt, true);
        if (d === '>')
            return { end: lt + 3 };
        return d === '' ? { end: lt + 1, text: true } : { end: pastNextGt(this.html, lt + 2) };
    }
    /** The tag at `lt`; one that runs to the end of the input marks where tags stop being read. */
    tagAt(lt, closing) {
        const tag = readTag(this.html, lt + (closing ? 2 : 1), closing);
        if (!tag)
            this.unterminatedAt = Math.min(this.unterminatedAt, lt);
        return tag ? { tag, end: tag.end } : { end: lt + 1, text: true };
    }
}

;// CONCATENATED MODULE: ./src/render/markdown.ts



// The Markdown engine: a chunk of its own (`marked`), imported only by a message that has Markdown
// in it (a Markdown body, or a `| markdown` value such as the default release email's notes).
/** Schemes that run code or embed content; refused even in the workflow author's own template. */
function isScriptUrl(href) {
    const h = href.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
    return /^(javascript|vbscript|data|file):/.test(h);
}
const LINK_STYLE = 'color:#0969da;text-decoration:underline;';
const CODE_STYLE = "font-family:ui-monospace,SFMono-Regular,'SF Mono',Menlo,Consolas,'Liberation Mono',monospace;font-size:13px;";
/** Inline styles for the elements Markdown produces: Gmail ignores most `<style>` blocks. */
const TAG_STYLES = {
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
function styleMarkdownHtml(html) {
    // One pass over the tags. `[^<>]*` (not `[^>]*`) so a `<` that never meets a `>` costs one scan,
    // not one per later `<`. `<pre><code>`: the code block already has the background.
    let preEnd = -1;
    return html.replace(/<([a-z][a-z0-9]*)(?=[\s>/])([^<>]*)>/g, (tag, name, attrs, at) => {
        const inPre = name === 'code' && at === preEnd;
        if (name === 'pre')
            preEnd = at + tag.length;
        const style = TAG_STYLES[name];
        if (!style || inPre || /\sstyle\s*=/i.test(attrs))
            return tag;
        return `<${name} style="${style}"${attrs}>`;
    });
}
function buildMarked(trusted) {
    return new marked_esm/* Marked */.Dz({
        gfm: true,
        breaks: false,
        renderer: {
            link(token) {
                // The author's own links may be relative or carry a placeholder (checked when filled in).
                if (trusted ? !isScriptUrl(token.href) : (0,render_escape/* isSafeUrl */.F)(token.href))
                    return false;
                return this.parser.parseInline(token.tokens);
            },
            image(token) {
                // Remote images in untrusted content could track readers; show the alt text instead.
                if (trusted && !isScriptUrl(token.href))
                    return false;
                return (0,render_escape/* escapeHtml */.Z)(token.text);
            },
        },
    });
}
/** Untrusted Markdown longer than this is cut (SPEC §4: work on untrusted input is bounded). */
const MAX_UNTRUSTED_MARKDOWN = 100_000;
/** The note that ends a value cut at MAX_UNTRUSTED_MARKDOWN. */
const CUT_NOTE = '(cut here: the rest is longer than this email shows)';
/**
 * Untrusted Markdown within the cap: a longer value is cut at the last line break before it (or at
 * the cap), and ends with a note saying so. Marked and the sanitiser are linear, but a release body
 * of megabytes would still make a message no mail client shows.
 */
function capUntrustedMarkdown(markdown) {
    if (markdown.length <= MAX_UNTRUSTED_MARKDOWN)
        return markdown;
    const head = markdown.slice(0, MAX_UNTRUSTED_MARKDOWN);
    const lineEnd = head.lastIndexOf('\n');
    const cut = lineEnd > MAX_UNTRUSTED_MARKDOWN / 2 ? head.slice(0, lineEnd) : head;
    return `${cut}\n\n${CUT_NOTE}`;
}
let trustedMarked;
let untrustedMarked;
/**
 * Markdown to HTML with inline styles. `trusted` is for the workflow author's own template (raw HTML
 * allowed); untrusted Markdown (release notes, PR bodies) keeps formatting and safe raw HTML, but
 * loses unsafe HTML (sanitize.ts), links other than http(s)/mailto, and images.
 */
function markdownToHtml(markdown, trusted) {
    if (trusted) {
        trustedMarked ??= buildMarked(true);
        return styleMarkdownHtml(trustedMarked.parse(markdown, { async: false }));
    }
    untrustedMarked ??= buildMarked(false);
    const capped = capUntrustedMarkdown(markdown);
    let html;
    try {
        html = untrustedMarked.parse(capped, { async: false });
    }
    catch (err) {
        // marked recurses once per nesting level: `- - - - …` or `> > > …` a few thousand deep
        // overflows the stack. Such a value is shown as the text it is, not lost with the alert.
        if (!(err instanceof RangeError))
            throw err;
        return `<p style="${TAG_STYLES.p}">${(0,render_escape/* escapeHtml */.Z)(capped).replace(/\r?\n/g, '<br>\n')}</p>`;
    }
    // Sanitised once, after Markdown: raw HTML split across inline tokens is seen whole, and styles
    // are added to the tags the sanitiser wrote.
    return styleMarkdownHtml(sanitizeHtml(html));
}
/** Untrusted Markdown rendered as inline HTML (no paragraphs), for use inside a line of text. */
function markdownToInlineHtml(markdown) {
    untrustedMarked ??= buildMarked(false);
    const capped = capUntrustedMarkdown(markdown);
    let html;
    try {
        html = untrustedMarked.parseInline(capped, { async: false });
    }
    catch (err) {
        // As in markdownToHtml: nesting too deep for marked's recursion is shown as text.
        if (!(err instanceof RangeError))
            throw err;
        return (0,render_escape/* escapeHtml */.Z)(capped);
    }
    return styleMarkdownHtml(sanitizeHtml(html, { inline: true }));
}


/***/ })

};
