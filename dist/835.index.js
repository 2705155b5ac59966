export const id = 835;
export const ids = [835];
export const modules = {

/***/ 4835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   couldOpenTag: () => (/* binding */ couldOpenTag),
/* harmony export */   inlineOrAsWritten: () => (/* binding */ inlineOrAsWritten),
/* harmony export */   literalForms: () => (/* binding */ literalForms),
/* harmony export */   literalize: () => (/* binding */ literalize),
/* harmony export */   outsiderValues: () => (/* binding */ outsiderValues)
/* harmony export */ });
/* harmony import */ var _one_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3911);
/**
 * Template injection through `${{ }}`. GitHub substitutes `${{ github.event.pull_request.title }}`
 * into `subject` or `body` before the action runs, so a title like
 * `Fix {{ env.NPM_TOKEN | split: "" }}` would arrive as template source. Before an inline template
 * is parsed, every occurrence in it of an event value that outsiders can write and that could open
 * a Liquid tag is replaced by a placeholder (see slots.ts) that renders to the value as written.
 *
 * The payload is walked whole rather than field by field: titles, bodies, comments, commit messages,
 * branch and tag names, release notes and author names all live in it, at places that vary by event,
 * and a value that turns out to be the maintainers' own is only shown as the text it is anyway.
 * A chunk of its own: only a message with an inline template loads it.
 */

/**
 * GitHub's payloads are a few levels deep; outsiders write leaves, not structure. No cap on how many
 * values are collected: a cap would let a flood of decoys push the real injection past it.
 */
const MAX_DEPTH = 64;
/** A line of a multi-line value shorter than this is too short to matter alone (`{{`). */
const MIN_LINE = 4;
/**
 * True for a value that could open a Liquid tag, alone or next to another value: it holds `{{` or
 * `{%`, or starts with `{` or `%`, or ends with `{` (a title `x{` followed by a body `{ env.X }}`).
 */
function couldOpenTag(value) {
    if (value.includes('{{') || value.includes('{%'))
        return true;
    const trimmed = value.trim();
    return trimmed.length >= 2 && (/^[{%]/.test(trimmed) || trimmed.endsWith('{'));
}
/** Every string in `payload` (keys included) that could open a Liquid tag, depth- and count-bounded. */
function outsiderValues(payload) {
    const found = new Set();
    const visit = (value, depth) => {
        if (depth > MAX_DEPTH)
            return;
        if (typeof value === 'string') {
            if (couldOpenTag(value))
                found.add(value);
            return;
        }
        if (typeof value !== 'object' || value === null)
            return;
        if (Array.isArray(value)) {
            for (const item of value)
                visit(item, depth + 1);
            return;
        }
        for (const [key, item] of Object.entries(value)) {
            visit(key, depth + 1);
            visit(item, depth + 1);
        }
    };
    visit(payload, 0);
    return [...found];
}
/**
 * The forms a value can take once substituted: as is; trimmed (the runner trims inputs); with
 * Windows line breaks made plain; JSON-escaped (`${{ toJSON(github.event) }}`); and each of its
 * lines that could open a tag on its own. Longest first, so a whole value wins over its parts.
 */
function literalForms(values) {
    const forms = new Set();
    const add = (form) => {
        if (form && couldOpenTag(form))
            forms.add(form);
    };
    for (const value of values) {
        const plain = value.replace(/\r\n?/g, '\n');
        for (const v of [value, plain]) {
            add(v);
            add(v.trim());
            add(JSON.stringify(v).slice(1, -1));
        }
        if (plain.includes('\n')) {
            for (const line of plain.split('\n')) {
                const trimmed = line.trim();
                if (trimmed.length >= MIN_LINE && (trimmed.includes('{{') || trimmed.includes('{%'))) {
                    add(line);
                    add(trimmed);
                }
            }
        }
    }
    return [...forms].sort((a, b) => b.length - a.length);
}
/**
 * `source` with every occurrence of every form replaced by `placeholder(form)`, longest form first.
 * Placeholders are letters and digits only, so what is left can never join across one into a tag.
 * The whole value goes first and shrinks the source to a placeholder, so the many short forms (the
 * lines of a long body) are then looked for in little text.
 */
function literalize(source, forms, placeholder) {
    let out = source;
    let replaced = 0;
    for (const form of forms) {
        if (!out.includes(form))
            continue;
        const parts = out.split(form);
        replaced += parts.length - 1;
        out = parts.join(placeholder(form));
    }
    return { source: out, replaced };
}
/**
 * An inline `subject` or `body`, rendered (see renderOrExplain): text written in the workflow, where
 * `${{ }}` may have put a commit message or title that holds `{{` or `{%` (Helm, Jinja, Vue). An
 * alert must not be lost to its own text: when it did not parse or render, the source itself (every
 * Liquid character shown literally) is used instead, with a warning naming the input, the error and
 * the fix. (An unknown name was thrown before this: it is the author's, and exists on no run; but
 * one holding a placeholder is event text that ended inside the author's tag, a failure to parse.)
 * Takes the result rather than rendering, so this chunk does not carry the template module too.
 */
function inlineOrAsWritten(input, source, result) {
    if (result.error === undefined)
        return { output: result.output };
    const reason = (0,_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .T)(result.error.replace(/^Input `[^`]*`:? ?/, '')).replace(/\.$/, '');
    return {
        output: source,
        warning: `Input \`${input}\` is not a valid template (${reason.slice(0, 300)}), so it was sent exactly as written. To show text that holds {{ or {%, put it in with a template variable such as {{ commit.message }} or {{ pull_request.title }} instead of \${{ github.event.* }}, or wrap it in {% raw %}…{% endraw %}.`,
    };
}


/***/ })

};
