export const id = 103;
export const ids = [103];
export const modules = {

/***/ 3103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readJunitReports: () => (/* binding */ readJunitReports)
});

// UNUSED EXPORTS: JunitCounter, MAX_LISTED_FAILURES, MAX_TOTAL_BYTES, NotJunitError, combineCounts, countJunit, findReportFiles

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
;// CONCATENATED MODULE: ./src/enrich/xml.ts
/**
 * A small, strict-enough streaming XML reader for test reports: elements, attributes (any order,
 * either quote), text, CDATA, comments, processing instructions and a skipped DOCTYPE. The five
 * predefined entities and character references are decoded; nothing else is expanded and nothing is
 * fetched or executed, so hostile reports (entity bombs, external entities) are inert.
 *
 * It builds no tree: it hands each start tag, end tag and piece of text to a handler as it reads
 * them, fed chunk by chunk, so a report of any size costs memory for one tag at most and time
 * linear in its bytes (SPEC §4: JUnit reports are counted while read).
 */
/** A document that is not well-formed enough to read; the message says where. */
class XmlError extends Error {
    name = 'XmlError';
}
const MAX_DEPTH = 200;
/** A single tag, comment, processing instruction or DOCTYPE longer than this is refused. */
const MAX_MARKUP = 1024 * 1024;
const NAMED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Decodes the predefined entities and character references; unknown entities stay as written. */
function decodeEntities(s) {
    if (!s.includes('&'))
        return s;
    return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,4});/g, (whole, ref) => {
        if (ref.startsWith('#')) {
            const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
            if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0)
                return '\uFFFD';
            return String.fromCodePoint(code);
        }
        return NAMED[ref] ?? whole;
    });
}
function parseAttributes(raw, where) {
    const attrs = Object.create(null);
    const re = /([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')|(\S)/g;
    for (let m = re.exec(raw); m; m = re.exec(raw)) {
        if (m[4] !== undefined) {
            if (m[4] === '/')
                continue;
            throw new XmlError(`malformed attribute near ${where()}`);
        }
        // Literal line breaks and tabs in attribute values are spaces in XML; &#10; stays a line break.
        attrs[m[1]] = decodeEntities((m[2] ?? m[3] ?? '').replace(/[\t\r\n]/g, ' '));
    }
    return attrs;
}
/** Index of the `>` that ends a start tag begun at `from`, skipping quoted values; -1 if not in `s`. */
function tagEnd(s, from) {
    let quote = '';
    for (let j = from; j < s.length; j++) {
        const c = s[j];
        if (quote) {
            if (c === quote)
                quote = '';
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '>')
            return j;
    }
    return -1;
}
/** Index of the `>` that ends a DOCTYPE begun at `from` (brackets counted); -1 if not in `s`. */
function declarationEnd(s, from) {
    let depth = 0;
    for (let j = from; j < s.length; j++) {
        const c = s[j];
        if (c === '[')
            depth++;
        else if (c === ']')
            depth--;
        else if (c === '>' && depth <= 0)
            return j;
    }
    return -1;
}
/**
 * Reads a document fed in chunks (`write`, then `end`), calling the handler as it goes. Throws
 * XmlError, from `write` or `end`, as soon as the document is seen not to be well-formed.
 */
class XmlReader {
    handler;
    buf = '';
    pos = 0;
    /** Inside a CDATA section or a comment whose end has not been read yet. */
    inside = '';
    stack = [];
    rootSeen = false;
    lines = 1;
    started = false;
    constructor(handler) {
        this.handler = handler;
    }
    /** Reads the next chunk of the document. */
    write(chunk) {
        if (this.pos > 0) {
            this.lines += countLines(this.buf, 0, this.pos);
            this.buf = this.buf.slice(this.pos);
            this.pos = 0;
        }
        this.buf += this.started ? chunk : chunk.replace(/^\uFEFF/, '');
        this.started = true;
        this.read(false);
    }
    /** The document is complete: throws when it ends inside markup or an open element. */
    end() {
        this.read(true);
        if (this.inside)
            throw new XmlError(`unterminated ${this.inside === 'cdata' ? 'CDATA section' : 'comment'}`);
        if (this.pos < this.buf.length)
            throw new XmlError(`unterminated markup on ${this.where()}`);
        if (this.stack.length)
            throw new XmlError(`<${this.stack[this.stack.length - 1]}> is never closed`);
        if (!this.rootSeen)
            throw new XmlError('no root element');
    }
    where(at = this.pos) {
        return `line ${this.lines + countLines(this.buf, 0, at)}`;
    }
    addText(raw, decode) {
        if (!raw)
            return;
        if (!this.stack.length) {
            if (raw.trim())
                throw new XmlError(`text outside the root element near ${this.where()}`);
            return;
        }
        this.handler.text?.(decode ? decodeEntities(raw) : raw);
    }
    /** Reads as far as the buffer allows; `final` when no more input will come. */
    read(final) {
        const s = this.buf;
        while (this.pos < s.length) {
            if (this.inside && !this.readInside(s))
                return;
            if (this.inside)
                continue;
            const lt = s.indexOf('<', this.pos);
            if (lt === -1) {
                // Keep a possible entity cut by the chunk's end for the next chunk.
                const amp = s.lastIndexOf('&');
                const keep = !final && amp >= this.pos && amp > s.length - 12 ? amp : s.length;
                this.addText(s.slice(this.pos, keep), true);
                this.pos = keep;
                return;
            }
            if (lt > this.pos)
                this.addText(s.slice(this.pos, lt), true);
            this.pos = lt;
            if (!this.readMarkup(s, lt)) {
                if (s.length - lt > MAX_MARKUP)
                    throw new XmlError(`markup longer than 1 MB on ${this.where()}`);
                return;
            }
        }
    }
    /** Reads on inside a CDATA section or comment; false when its end is not in the buffer yet. */
    readInside(s) {
        const endMark = this.inside === 'cdata' ? ']]>' : '-->';
        const end = s.indexOf(endMark, this.pos);
        if (end === -1) {
            // Hand on what cannot be part of the end mark; keep the last two characters.
            const upto = Math.max(this.pos, s.length - 2);
            if (this.inside === 'cdata')
                this.addText(s.slice(this.pos, upto), false);
            this.pos = upto;
            return false;
        }
        if (this.inside === 'cdata')
            this.addText(s.slice(this.pos, end), false);
        this.pos = end + 3;
        this.inside = '';
        return true;
    }
    /** Reads the markup at `lt`; false when it does not end within the buffer yet. */
    readMarkup(s, lt) {
        // A chunk may end inside `<!--` or `<![CDATA[`: wait for the rest before telling them apart.
        if (s.length - lt < 9 && ('<![CDATA['.startsWith(s.slice(lt)) || '<!--'.startsWith(s.slice(lt)))) {
            return false;
        }
        if (s.startsWith('<!--', lt)) {
            this.inside = 'comment';
            this.pos = lt + 4;
            return true;
        }
        if (s.startsWith('<![CDATA[', lt)) {
            this.inside = 'cdata';
            this.pos = lt + 9;
            return true;
        }
        if (s.startsWith('<?', lt)) {
            const end = s.indexOf('?>', lt + 2);
            if (end === -1)
                return false;
            this.pos = end + 2;
            return true;
        }
        if (s.startsWith('<!', lt)) {
            // DOCTYPE (with an optional internal subset in brackets): skipped, its entities not defined.
            const end = declarationEnd(s, lt + 2);
            if (end === -1)
                return false;
            this.pos = end + 1;
            return true;
        }
        const end = s.startsWith('</', lt) ? s.indexOf('>', lt) : tagEnd(s, lt + 1);
        if (end === -1)
            return false;
        if (s[lt + 1] === '/')
            this.endTag(s.slice(lt + 2, end).trim(), lt);
        else
            this.startTag(s.slice(lt + 1, end), lt);
        this.pos = end + 1;
        return true;
    }
    endTag(name, lt) {
        const top = this.stack.pop();
        if (top !== name) {
            throw new XmlError(`</${name.slice(0, 40)}> on ${this.where(lt)} does not close ${top ? `<${top}>` : 'anything'}`);
        }
        this.handler.close(name);
    }
    startTag(body, lt) {
        const selfClosing = body.endsWith('/');
        const nameMatch = /^[^\s/>]+/.exec(body);
        if (!nameMatch || /^[\d.-]/.test(nameMatch[0]))
            throw new XmlError(`malformed tag on ${this.where(lt)}`);
        const name = nameMatch[0];
        if (!this.stack.length) {
            if (this.rootSeen)
                throw new XmlError(`a second root element on ${this.where(lt)}`);
            this.rootSeen = true;
        }
        const rest = body.slice(name.length, selfClosing ? -1 : undefined);
        // Most elements of a large report carry no attributes worth a regular expression.
        const attrs = /\S/.test(rest) ? parseAttributes(rest, () => this.where(lt)) : Object.create(null);
        if (!selfClosing && this.stack.length >= MAX_DEPTH) {
            throw new XmlError(`elements nested deeper than ${MAX_DEPTH}`);
        }
        this.handler.open(name, attrs, selfClosing);
        if (selfClosing)
            this.handler.close(name);
        else
            this.stack.push(name);
    }
}
function countLines(s, from, to) {
    let n = 0;
    for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1))
        n++;
    return n;
}
/** Reads a whole document held in memory (tests, small inputs). */
function xml_readXml(input, handler) {
    const reader = new XmlReader(handler);
    reader.write(input);
    reader.end();
}

;// CONCATENATED MODULE: ./src/enrich/junit.ts




/** Failing tests listed at most; the rest are counted in `more`. */
const MAX_LISTED_FAILURES = 20;
const MAX_FILES = 500;
/** Bytes read across all reports (SPEC §4: a byte cap across files); what is past it is a warning. */
const MAX_TOTAL_BYTES = 32 * 1024 * 1024;
const MAX_MESSAGE_CHARS = 300;
/** Text kept from a `<failure>` without a `message` attribute: its first line is all that is shown. */
const MAX_TEXT = 16 * 1024;
function firstLine(text) {
    const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
    const t = line.trim();
    return t.length > MAX_MESSAGE_CHARS ? `${t.slice(0, MAX_MESSAGE_CHARS)}…` : t;
}
function attrInt(attrs, name) {
    const n = Number.parseInt(attrs[name] ?? '', 10);
    return Number.isFinite(n) && n > 0 ? n : 0;
}
/** A root element other than `<testsuites>` or `<testsuite>`: the file is not a JUnit report. */
class NotJunitError extends Error {
}
/**
 * Counts tests while a JUnit report is read (XmlHandler), holding only the open suites and the
 * current test case: `<testsuites>` or a single `<testsuite>`, suites nested at any depth. Each
 * `<testcase>` counts once: failed when it has a `<failure>` or `<error>`, skipped when it has
 * `<skipped>`. A suite without test cases or suites (some tools write only totals) contributes its
 * `tests`, `failures`, `errors` and `skipped` attributes.
 */
class JunitCounter {
    counts = { total: 0, failed: 0, skipped: 0, failures: [], unlisted: 0 };
    depth = 0;
    suites = [];
    current;
    open(name, attrs) {
        this.depth++;
        if (this.depth === 1 && name !== 'testsuites' && name !== 'testsuite') {
            throw new NotJunitError(`root element <${name.slice(0, 40)}>, not <testsuites> or <testsuite>`);
        }
        const c = this.current;
        if (c) {
            if (this.depth === c.depth + 1 && !c.problem && (name === 'failure' || name === 'error')) {
                c.problem = { name, attrs, depth: this.depth, text: '' };
            }
            else if (this.depth === c.depth + 1 && name === 'skipped') {
                c.skipped = true;
            }
            return;
        }
        const parent = this.suites[this.suites.length - 1];
        if (name === 'testcase' || name === 'testsuite') {
            if (parent)
                parent.nested = true;
        }
        if (name === 'testsuite') {
            this.suites.push({ name: attrs.name ?? parent?.name ?? '', attrs, depth: this.depth, nested: false });
        }
        else if (name === 'testcase') {
            this.current = {
                suite: attrs.classname || parent?.name || '',
                name: attrs.name ?? '',
                depth: this.depth,
                skipped: false,
            };
        }
    }
    text(text) {
        const p = this.current?.problem;
        if (p && p.text.length < MAX_TEXT)
            p.text = (p.text + text).slice(0, MAX_TEXT);
    }
    close() {
        const c = this.current;
        if (c && this.depth === c.depth) {
            this.countCase(c);
            this.current = undefined;
        }
        else if (!c) {
            const suite = this.suites[this.suites.length - 1];
            if (suite && suite.depth === this.depth) {
                this.suites.pop();
                if (!suite.nested)
                    this.countTotals(suite.attrs);
            }
        }
        this.depth--;
    }
    countCase(c) {
        const counts = this.counts;
        counts.total++;
        if (c.problem) {
            counts.failed++;
            if (counts.failures.length >= MAX_LISTED_FAILURES) {
                counts.unlisted = (counts.unlisted ?? 0) + 1;
                return;
            }
            const p = c.problem;
            counts.failures.push({
                suite: c.suite,
                name: c.name,
                message: firstLine(p.attrs.message || p.text || p.attrs.type || p.name),
            });
        }
        else if (c.skipped) {
            counts.skipped++;
        }
    }
    countTotals(attrs) {
        this.counts.total += attrInt(attrs, 'tests');
        this.counts.failed += attrInt(attrs, 'failures') + attrInt(attrs, 'errors');
        this.counts.skipped += attrInt(attrs, 'skipped') || attrInt(attrs, 'disabled');
    }
}
/** Counts the tests of a JUnit report held in memory. Throws XmlError or NotJunitError. */
function countJunit(xml) {
    const counter = new JunitCounter();
    readXml(xml, counter);
    return counter.counts;
}
/** Adds up counts from several reports and applies the cap on listed failures. */
function combineCounts(all, cap = MAX_LISTED_FAILURES) {
    const total = all.reduce((n, c) => n + c.total, 0);
    const failed = all.reduce((n, c) => n + c.failed, 0);
    const skipped = all.reduce((n, c) => n + c.skipped, 0);
    const failures = all.flatMap((c) => c.failures);
    const unlisted = all.reduce((n, c) => n + (c.unlisted ?? 0), 0);
    return {
        total,
        passed: Math.max(0, total - failed - skipped),
        failed,
        skipped,
        failures: failures.slice(0, cap),
        more: Math.max(0, failures.length - cap) + unlisted,
    };
}
/** Expands `junit-files` globs relative to the workspace; paths outside the allowed roots are refused. */
async function findReportFiles(patterns, roots) {
    const files = new Set();
    const unmatched = [];
    for (const pattern of patterns) {
        let matches;
        if (!(0,paths/* isGlob */.fg)(pattern)) {
            const path = (0,paths/* resolveInsideRoots */.iI)('junit-files', pattern, roots);
            matches = isFile(path) ? [path] : [];
        }
        else {
            const found = await (0,paths/* globMatches */.mw)('junit-files', pattern, roots);
            matches = found.map((m) => (0,paths/* resolveInsideRoots */.iI)('junit-files', m, roots));
        }
        if (matches.length === 0)
            unmatched.push(pattern);
        for (const m of matches.sort()) {
            if (files.size < MAX_FILES)
                files.add(m);
        }
    }
    return { files: [...files], unmatched };
}
function isFile(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
/**
 * Streams one report into a counter, a chunk at a time, so that the event loop (the SMTP handshake,
 * the step's timer) runs between chunks. Stops at `budget` bytes or at `stopAt` (ms since epoch):
 * the counts so far are kept and the cut is returned.
 */
async function countFile(path, budget, stopAt) {
    const counter = new JunitCounter();
    const reader = new XmlReader(counter);
    let bytes = 0;
    const stream = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 64 * 1024 });
    const decoder = new TextDecoder('utf-8');
    try {
        for await (const chunk of stream) {
            const take = Math.min(chunk.length, budget - bytes);
            bytes += take;
            reader.write(decoder.decode(chunk.subarray(0, take), { stream: true }));
            if (take < chunk.length)
                return { counts: counter.counts, bytes, cut: 'bytes' };
            if (Date.now() >= stopAt)
                return { counts: counter.counts, bytes, cut: 'time' };
        }
    }
    finally {
        stream.destroy();
    }
    reader.write(decoder.decode());
    reader.end();
    return { counts: counter.counts, bytes };
}
/** What the reports' warning says was left out. */
function cutNote(cut, shown, maxBytes) {
    return cut === 'bytes'
        ? `${shown} and any later reports were cut at ${Math.round(maxBytes / 1024 / 1024)} MB read in all (the counts cover what was read)`
        : `${shown} was cut to keep \`timeout-seconds\` (the counts cover what was read in time)`;
}
/**
 * Reads the JUnit reports `junit-files` names and summarises them, streamed and counted while read
 * (never built into a tree), with MAX_TOTAL_BYTES across files and at most half the time left
 * before `deadline`: past either, the counts so far are used and a warning says what was cut. A file
 * that is unreadable, malformed or not a JUnit report is a warning, never a failure of the step.
 * Undefined when no report could be read.
 */
async function readJunitReports(patterns, roots, log, deadline, maxBytes = MAX_TOTAL_BYTES) {
    if (patterns.length === 0)
        return undefined;
    const { files, unmatched } = await findReportFiles(patterns, roots);
    if (unmatched.length) {
        log.warning(`Input \`junit-files\`: no files match ${unmatched.map((u) => `"${u}"`).join(', ')} (relative to the workspace); the message has no test results from them.`);
    }
    // Half of what is left: the other half is for rendering and sending the alert.
    const stopAt = deadline ? Date.now() + deadline.remainingMs() / 2 : Number.POSITIVE_INFINITY;
    const counts = [];
    const problems = [];
    let read = 0;
    for (const file of files) {
        const shown = (0,external_node_path_.relative)(roots.workspace, file) || file;
        try {
            const result = await countFile(file, maxBytes - read, stopAt);
            read += result.bytes;
            counts.push(result.counts);
            if (result.cut) {
                log.warning(`Input \`junit-files\`: ${cutNote(result.cut, shown, maxBytes)}.`);
                break;
            }
        }
        catch (err) {
            problems.push(`${shown} (${err.message})`);
        }
    }
    if (problems.length) {
        log.warning(`Input \`junit-files\`: could not read ${problems.length} report(s), skipped: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}.`);
    }
    return counts.length ? combineCounts(counts) : undefined;
}


/***/ })

};
