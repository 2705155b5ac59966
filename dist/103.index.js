export const id = 103;
export const ids = [103];
export const modules = {

/***/ 3103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readJunitReports: () => (/* binding */ readJunitReports)
});

// UNUSED EXPORTS: MAX_LISTED_FAILURES, combineCounts, findReportFiles, isJunitRoot, summariseJunit

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
;// CONCATENATED MODULE: ./src/enrich/xml.ts
/**
 * A small, strict-enough XML reader for test reports: elements, attributes (any order, either
 * quote), text, CDATA, comments, processing instructions and a skipped DOCTYPE. The five predefined
 * entities and character references are decoded; nothing else is expanded and nothing is fetched
 * or executed, so hostile reports (entity bombs, external entities) are inert.
 */
/** A document that is not well-formed enough to read; the message says where. */
class XmlError extends Error {
    name = 'XmlError';
}
const MAX_DEPTH = 200;
const MAX_TEXT = 16 * 1024;
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
function lineAt(src, index) {
    let line = 1;
    for (let i = src.indexOf('\n'); i !== -1 && i < index; i = src.indexOf('\n', i + 1))
        line++;
    return line;
}
function parseAttributes(raw, src, at) {
    const attrs = Object.create(null);
    const re = /([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')|(\S)/g;
    for (let m = re.exec(raw); m; m = re.exec(raw)) {
        if (m[4] !== undefined) {
            if (m[4] === '/')
                continue;
            throw new XmlError(`malformed attribute near line ${lineAt(src, at)}`);
        }
        // Literal line breaks and tabs in attribute values are spaces in XML; &#10; stays a line break.
        attrs[m[1]] = decodeEntities((m[2] ?? m[3] ?? '').replace(/[\t\r\n]/g, ' '));
    }
    return attrs;
}
/** Parses a document and returns its root element. Throws XmlError when it is not well-formed. */
function parseXml(input) {
    const src = input.replace(/^\uFEFF/, '');
    const stack = [];
    let root;
    let i = 0;
    const addText = (t) => {
        const top = stack[stack.length - 1];
        if (!top) {
            if (t.trim())
                throw new XmlError(`text outside the root element near line ${lineAt(src, i)}`);
            return;
        }
        if (top.text.length < MAX_TEXT)
            top.text = (top.text + t).slice(0, MAX_TEXT);
    };
    const until = (end, from, what) => {
        const j = src.indexOf(end, from);
        if (j === -1)
            throw new XmlError(`unterminated ${what} starting on line ${lineAt(src, from)}`);
        return j;
    };
    while (i < src.length) {
        const lt = src.indexOf('<', i);
        if (lt === -1) {
            addText(decodeEntities(src.slice(i)));
            break;
        }
        if (lt > i)
            addText(decodeEntities(src.slice(i, lt)));
        if (src.startsWith('<?', lt)) {
            i = until('?>', lt, 'processing instruction') + 2;
        }
        else if (src.startsWith('<!--', lt)) {
            i = until('-->', lt, 'comment') + 3;
        }
        else if (src.startsWith('<![CDATA[', lt)) {
            const end = until(']]>', lt, 'CDATA section');
            addText(src.slice(lt + 9, end));
            i = end + 3;
        }
        else if (src.startsWith('<!', lt)) {
            // DOCTYPE (with an optional internal subset in brackets): skipped, its entities not defined.
            let j = lt + 2;
            let depth = 0;
            for (; j < src.length; j++) {
                const c = src[j];
                if (c === '[')
                    depth++;
                else if (c === ']')
                    depth--;
                else if (c === '>' && depth <= 0)
                    break;
            }
            if (j >= src.length)
                throw new XmlError(`unterminated declaration on line ${lineAt(src, lt)}`);
            i = j + 1;
        }
        else if (src.startsWith('</', lt)) {
            const end = until('>', lt, 'end tag');
            const name = src.slice(lt + 2, end).trim();
            const top = stack.pop();
            if (!top || top.name !== name) {
                throw new XmlError(`</${name.slice(0, 40)}> on line ${lineAt(src, lt)} does not close ${top ? `<${top.name}>` : 'anything'}`);
            }
            i = end + 1;
        }
        else {
            // Find the tag's end, skipping '>' inside quoted attribute values.
            let j = lt + 1;
            let quote = '';
            for (; j < src.length; j++) {
                const c = src[j];
                if (quote) {
                    if (c === quote)
                        quote = '';
                }
                else if (c === '"' || c === "'")
                    quote = c;
                else if (c === '>')
                    break;
            }
            if (j >= src.length)
                throw new XmlError(`unterminated tag on line ${lineAt(src, lt)}`);
            const body = src.slice(lt + 1, j);
            const selfClosing = body.endsWith('/');
            const nameMatch = /^[^\s/>]+/.exec(body);
            if (!nameMatch || /^[\d.-]/.test(nameMatch[0])) {
                throw new XmlError(`malformed tag on line ${lineAt(src, lt)}`);
            }
            const element = {
                name: nameMatch[0],
                attrs: parseAttributes(body.slice(nameMatch[0].length, selfClosing ? -1 : undefined), src, lt),
                children: [],
                text: '',
            };
            const parent = stack[stack.length - 1];
            if (parent)
                parent.children.push(element);
            else if (root)
                throw new XmlError(`a second root element on line ${lineAt(src, lt)}`);
            else
                root = element;
            if (!selfClosing) {
                if (stack.length >= MAX_DEPTH)
                    throw new XmlError(`elements nested deeper than ${MAX_DEPTH}`);
                stack.push(element);
            }
            i = j + 1;
        }
    }
    if (stack.length)
        throw new XmlError(`<${stack[stack.length - 1].name}> is never closed`);
    if (!root)
        throw new XmlError('no root element');
    return root;
}

;// CONCATENATED MODULE: ./src/enrich/junit.ts




/** Failing tests listed at most; the rest are counted in `more`. */
const MAX_LISTED_FAILURES = 20;
const MAX_FILES = 500;
const MAX_FILE_BYTES = 50 * 1024 * 1024;
const MAX_MESSAGE_CHARS = 300;
const GLOB_CHARS = /[*?[\]{}!]/;
function firstLine(text) {
    const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
    const t = line.trim();
    return t.length > MAX_MESSAGE_CHARS ? `${t.slice(0, MAX_MESSAGE_CHARS)}…` : t;
}
function attrInt(el, name) {
    const n = Number.parseInt(el.attrs[name] ?? '', 10);
    return Number.isFinite(n) && n > 0 ? n : 0;
}
function hasDescendant(el, name) {
    return el.children.some((c) => c.name === name || hasDescendant(c, name));
}
/**
 * Reads the test counts and failing tests from a parsed JUnit document: `<testsuites>` or a single
 * `<testsuite>`, suites nested at any depth. Each `<testcase>` counts once: failed when it has a
 * `<failure>` or `<error>`, skipped when it has `<skipped>`. A suite without test cases (some
 * tools write only totals) contributes its `tests`, `failures`, `errors` and `skipped` attributes.
 */
function summariseJunit(root) {
    const counts = { total: 0, failed: 0, skipped: 0, failures: [] };
    const visit = (el, suite) => {
        if (el.name === 'testcase') {
            counts.total++;
            const problem = el.children.find((c) => c.name === 'failure' || c.name === 'error');
            if (problem) {
                counts.failed++;
                counts.failures.push({
                    suite: el.attrs.classname || suite,
                    name: el.attrs.name ?? '',
                    message: firstLine(problem.attrs.message || problem.text || problem.attrs.type || problem.name),
                });
            }
            else if (el.children.some((c) => c.name === 'skipped')) {
                counts.skipped++;
            }
            return;
        }
        const name = el.name === 'testsuite' ? (el.attrs.name ?? suite) : suite;
        if (el.name === 'testsuite' && !hasDescendant(el, 'testcase') && !hasDescendant(el, 'testsuite')) {
            counts.total += attrInt(el, 'tests');
            counts.failed += attrInt(el, 'failures') + attrInt(el, 'errors');
            counts.skipped += attrInt(el, 'skipped') || attrInt(el, 'disabled');
            return;
        }
        for (const child of el.children)
            visit(child, name);
    };
    visit(root, '');
    return counts;
}
/** True when the root element is a JUnit report's. */
function isJunitRoot(root) {
    return root.name === 'testsuites' || root.name === 'testsuite';
}
/** Adds up counts from several reports and applies the cap on listed failures. */
function combineCounts(all, cap = MAX_LISTED_FAILURES) {
    const total = all.reduce((n, c) => n + c.total, 0);
    const failed = all.reduce((n, c) => n + c.failed, 0);
    const skipped = all.reduce((n, c) => n + c.skipped, 0);
    const failures = all.flatMap((c) => c.failures);
    return {
        total,
        passed: Math.max(0, total - failed - skipped),
        failed,
        skipped,
        failures: failures.slice(0, cap),
        more: Math.max(0, failures.length - cap),
    };
}
/** Expands `junit-files` globs relative to the workspace; paths outside the allowed roots are refused. */
async function findReportFiles(patterns, roots) {
    const files = new Set();
    const unmatched = [];
    let globFn;
    for (const pattern of patterns) {
        let matches;
        if (!GLOB_CHARS.test(pattern)) {
            const path = (0,paths/* resolveInsideRoots */.i)('junit-files', pattern, roots);
            matches = isFile(path) ? [path] : [];
        }
        else {
            // The fixed part of the pattern must itself stay inside the allowed roots.
            const segments = pattern.split(/[\\/]/);
            const firstGlob = segments.findIndex((seg) => GLOB_CHARS.test(seg));
            const baseDir = (0,paths/* resolveInsideRoots */.i)('junit-files', segments.slice(0, firstGlob).join('/') || '.', roots);
            globFn ??= (await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 3382))).glob;
            const found = await globFn(segments.slice(firstGlob).join('/'), {
                cwd: baseDir,
                absolute: true,
                onlyFiles: true,
                dot: false,
            });
            matches = found.map((m) => (0,paths/* resolveInsideRoots */.i)('junit-files', m, roots));
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
 * Reads the JUnit reports `junit-files` names and summarises them. A file that is unreadable, too
 * large, malformed or not a JUnit report is a warning, never a failure of the step. Undefined when
 * no report could be read.
 */
async function readJunitReports(patterns, roots, log) {
    if (patterns.length === 0)
        return undefined;
    const { files, unmatched } = await findReportFiles(patterns, roots);
    if (unmatched.length) {
        log.warning(`Input \`junit-files\`: no files match ${unmatched.map((u) => `"${u}"`).join(', ')} (relative to the workspace); the message has no test results from them.`);
    }
    const counts = [];
    const problems = [];
    for (const file of files) {
        const shown = (0,external_node_path_.relative)(roots.workspace, file) || file;
        try {
            const size = (0,external_node_fs_.statSync)(file).size;
            if (size > MAX_FILE_BYTES) {
                problems.push(`${shown} (larger than ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
                continue;
            }
            const root = parseXml((0,external_node_fs_.readFileSync)(file, 'utf8'));
            if (!isJunitRoot(root)) {
                problems.push(`${shown} (root element <${root.name.slice(0, 40)}>, not <testsuites> or <testsuite>)`);
                continue;
            }
            counts.push(summariseJunit(root));
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
