export const id = 835;
export const ids = [835,876];
export const modules = {

/***/ 4835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   couldOpenTag: () => (/* binding */ couldOpenTag),
/* harmony export */   literalForms: () => (/* binding */ literalForms),
/* harmony export */   literalize: () => (/* binding */ literalize),
/* harmony export */   outsiderValues: () => (/* binding */ outsiderValues),
/* harmony export */   renderInline: () => (/* binding */ renderInline)
/* harmony export */ });
/* harmony import */ var _one_line_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3911);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6876);
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
 * An inline `subject` or `body`: text written in the workflow, where `${{ }}` may have put a commit
 * message or title that holds `{{` or `{%` (Helm, Jinja, Vue). An alert must not be lost to its own
 * text: when it does not parse or render, the source itself (every Liquid character shown
 * literally) is used instead, with a warning naming the input, the error and the fix. An unknown name
 * stays an error: it is the author's, and exists on no run. A "name" that holds a placeholder is not:
 * a value such as `%}%}` matched the end of the author's own tag, and its placeholder landed inside it.
 */
function renderInline(engine, input, source, scope, shapes, isPlaceholder) {
    const result = (0,_template_js__WEBPACK_IMPORTED_MODULE_0__.renderOrExplain)(engine, input, source, scope, shapes, isPlaceholder);
    if (result.error === undefined)
        return { output: result.output };
    const reason = (0,_one_line_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .T)(result.error.replace(/^Input `[^`]*`:? ?/, '')).replace(/\.$/, '');
    return {
        output: source,
        warning: `Input \`${input}\` is not a valid template (${reason.slice(0, 300)}), so it was sent exactly as written. To show text that holds {{ or {%, put it in with a template variable such as {{ commit.message }} or {{ pull_request.title }} instead of \${{ github.event.* }}, or wrap it in {% raw %}…{% endraw %}.`,
    };
}


/***/ }),

/***/ 6876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createEngine: () => (/* binding */ createEngine),
  renderLimitMs: () => (/* binding */ renderLimitMs),
  renderOrExplain: () => (/* binding */ renderOrExplain),
  renderTemplate: () => (/* binding */ renderTemplate),
  suggestVariable: () => (/* binding */ suggestVariable),
  templateErrorMessage: () => (/* binding */ templateErrorMessage)
});

// EXTERNAL MODULE: ./node_modules/liquidjs/dist/liquid.node.js
var liquid_node = __webpack_require__(8694);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/render/one-line.ts
var one_line = __webpack_require__(3911);
// EXTERNAL MODULE: ./src/render/slots.ts + 1 modules
var render_slots = __webpack_require__(5377);
// EXTERNAL MODULE: ./src/inputs/suggest.ts
var suggest = __webpack_require__(7443);
// EXTERNAL MODULE: ./src/render/shapes.ts
var shapes = __webpack_require__(4524);
;// CONCATENATED MODULE: ./src/render/variables.ts
/**
 * The static check of a template's variables, before it renders: every name it reads must be a
 * template variable or one the template binds itself, and every field one the variable has.
 *
 * Rendering alone cannot be trusted with this. Liquid makes an unknown name inside `{% if %}` quietly
 * false, and a loop over an empty list never reads its items: `{{ j.nam }}` inside
 * `{% for j in failed_jobs %}` passes every successful run, then fails the one failure email that
 * matters. So the check reads the template, not the values: it holds on every event and status.
 */



/** LiquidJS's `forloop` (drops/forloop-drop): its methods are the fields a template reads. */
const FORLOOP_FIELDS = {
    index: 'value',
    index0: 'value',
    rindex: 'value',
    rindex0: 'value',
    first: 'value',
    last: 'value',
    length: 'value',
    name: 'value',
};
const FORLOOP = (0,shapes/* fields */.O)(FORLOOP_FIELDS);
const TABLEROWLOOP = (0,shapes/* fields */.O)({
    ...FORLOOP_FIELDS,
    row: 'value',
    col: 'value',
    col0: 'value',
    col_first: 'value',
    col_last: 'value',
});
/** Filters that return a list of the same items (or, on a value, a value). */
const SAME_SHAPE_FILTERS = new Set([
    'compact',
    'reject',
    'reject_exp',
    'reverse',
    'slice',
    'sort',
    'sort_natural',
    'uniq',
    'where',
    'where_exp',
]);
/** Filters that return one item of a list. */
const ITEM_FILTERS = new Set(['first', 'last', 'find', 'find_exp']);
/**
 * The closest of `names` to a misspelt `wanted`: a name it shortens (`repo`, `nam`), a name it
 * shares a long start with (`tag_name` → `tag`), else the nearest within a few edits (`titel`).
 */
function closestName(wanted, names) {
    const lower = wanted.toLowerCase();
    const abbreviated = names
        .filter((k) => lower.length >= 3 && k.toLowerCase().startsWith(lower))
        .sort((a, b) => a.length - b.length)[0];
    if (abbreviated)
        return abbreviated;
    let best;
    let bestDistance = Math.max(2, Math.floor(lower.length / 3)) + 1;
    for (const name of names) {
        const d = (0,suggest/* editDistance */.YC)(lower, name.toLowerCase());
        if (d < bestDistance) {
            best = name;
            bestDistance = d;
        }
    }
    return best ?? (0,suggest/* closestWord */.En)(wanted, names);
}
/** The names one can read below a shape, for a suggestion. */
function namesBelow(shape) {
    if (typeof shape === 'string')
        return [];
    return 'fields' in shape ? Object.keys(shape.fields) : ['first', 'last', 'size'];
}
/** What is below `shape` at `key`; undefined when nothing is. */
function below(shape, key) {
    if (shape === 'any')
        return 'any';
    const name = typeof key === 'string' ? key : undefined;
    if (typeof shape !== 'string' &&
        'fields' in shape &&
        name !== undefined &&
        Object.hasOwn(shape.fields, name)) {
        return shape.fields[name];
    }
    // Liquid's `size` of a string, list or object; its `first` and `last` of a list; and `length`,
    // which LiquidJS reads from the JavaScript string or array.
    if (name === 'size')
        return 'value';
    if (shape === 'value')
        return name === undefined || name === 'length' ? 'value' : undefined;
    if ('items' in shape) {
        if (name === 'length')
            return 'value';
        return name === undefined || name === 'first' || name === 'last' ? shape.items : undefined;
    }
    return typeof key === 'object' ? 'any' : undefined;
}
/** `path` followed by `key` as Liquid writes it: `.name`, `[0]`, `["a b"]`, `[i]`. */
function pathWith(path, key) {
    if (typeof key === 'object')
        return `${path}[${key.computed}]`;
    if (typeof key === 'number')
        return `${path}[${key}]`;
    return /^[A-Za-z_][\w-]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
/** The shape of one item when a `for` or `tablerow` walks over a value of `shape`. */
function itemOf(shape) {
    if (shape === undefined || shape === 'any')
        return 'any';
    if (shape === 'value')
        return 'value';
    // An object is walked as [key, value] pairs.
    return 'items' in shape ? shape.items : 'any';
}
/** One pass over a parsed template; see checkVariables. */
class Check {
    globals;
    found = [];
    /** Names bound by for/tablerow, innermost last. */
    blocks = [];
    /** Names the template assigns, captures, increments or decrements anywhere. */
    bound = new Map();
    /** How many tags bind each of those names: one `assign` of a plain path keeps its shape. */
    bindings = new Map();
    constructor(globals) {
        this.globals = globals;
    }
    run(templates) {
        this.collectBindings(templates);
        this.walk(templates);
    }
    /** Liquid keeps an assigned name for the rest of the render, loops included: allowed everywhere. */
    collectBindings(templates) {
        for (const template of templates) {
            for (const ident of template.localScope?.() ?? []) {
                const name = String(ident.content);
                this.bound.set(name, 'any');
                this.bindings.set(name, (this.bindings.get(name) ?? 0) + 1);
            }
            if (template.children && !template.partialScope)
                this.collectBindings(children(template));
        }
    }
    walk(templates) {
        for (const template of templates) {
            if (template instanceof liquid_node/* AssignTag */.ED) {
                this.assign(template);
                continue;
            }
            if (template instanceof liquid_node/* ForTag */.I9 || template instanceof liquid_node/* TablerowTag */.p7) {
                const collection = this.shapeOf(template.collection);
                // `offset: continue` reads the loop's own register.
                this.blocks.push(new Map([['continue', 'any']]));
                for (const arg of template.arguments())
                    if (arg !== template.collection)
                        this.check(arg);
                this.blocks.pop();
                const loop = template instanceof liquid_node/* ForTag */.I9 ? ['forloop', FORLOOP] : ['tablerowloop', TABLEROWLOOP];
                this.blocks.push(new Map([
                    [template.variable, itemOf(collection)],
                    [loop[0], loop[1]],
                ]));
                this.walk(children(template));
                this.blocks.pop();
                continue;
            }
            for (const arg of template.arguments?.() ?? [])
                this.check(arg);
            // include, render and layout read other files, which templates cannot: rendering says so.
            if (!template.children || template.partialScope)
                continue;
            const names = [...(template.blockScope?.() ?? [])];
            if (names.length)
                this.blocks.push(new Map(names.map((name) => [name, 'any'])));
            this.walk(children(template));
            if (names.length)
                this.blocks.pop();
        }
    }
    /** Checks an assign's value. `{% assign jobs = failed_jobs | reverse %}`, the only binding of `jobs`, gives it their shape. */
    assign(tag) {
        // LiquidJS keeps the name and value in fields its typings call private.
        const { key, value } = tag;
        if (typeof key !== 'string' || !(value instanceof liquid_node/* Value */.WT)) {
            for (const arg of tag.arguments())
                this.check(arg);
            return;
        }
        const shape = this.shapeOf(value);
        if (this.bindings.get(key) === 1)
            this.bound.set(key, shape ?? 'any');
    }
    /** Checks every variable an argument reads. */
    check(arg) {
        for (const token of accesses(arg))
            this.resolve(token);
    }
    /**
     * The shape of a value: a path, optionally through filters that keep its items. Its variables are
     * checked (once: loop collections only come here). Undefined when unknown.
     */
    shapeOf(arg) {
        const [initial, filters] = arg instanceof liquid_node/* Value */.WT
            ? [arg.initial.postfix, arg.filters.map((f) => f.name)]
            : liquid_node/* TypeGuards */.TG.isFilteredValueToken(arg)
                ? [arg.initial.postfix, arg.filters.map((f) => f.name)]
                : [[arg], []];
        const only = initial.length === 1 && liquid_node/* TypeGuards */.TG.isPropertyAccessToken(initial[0]) ? initial[0] : undefined;
        // Check everything the value reads; `only`'s shape is the resolve below.
        for (const token of accesses(arg))
            if (token !== only)
                this.resolve(token);
        let shape = only
            ? this.resolve(only)
            : liquid_node/* TypeGuards */.TG.isRangeToken(initial[0])
                ? (0,shapes/* listOf */.c)('value')
                : undefined;
        for (const filter of filters) {
            if (shape === undefined || shape === 'any')
                return shape;
            if (ITEM_FILTERS.has(filter))
                shape = typeof shape !== 'string' && 'items' in shape ? shape.items : 'any';
            else if (!SAME_SHAPE_FILTERS.has(filter))
                return 'any';
        }
        return shape;
    }
    lookup(name) {
        for (let i = this.blocks.length - 1; i >= 0; i--) {
            const shape = this.blocks[i].get(name);
            if (shape !== undefined)
                return shape;
        }
        return this.bound.get(name) ?? (Object.hasOwn(this.globals, name) ? this.globals[name] : undefined);
    }
    visibleNames() {
        return [
            ...new Set([
                ...this.blocks.flatMap((b) => [...b.keys()]),
                ...this.bound.keys(),
                ...Object.keys(this.globals),
            ]),
        ];
    }
    /** Checks one path and returns what it reads: undefined after an unknown name or field. */
    resolve(token) {
        const [row, col] = token.getPosition();
        // A path below a literal (`"abc".size`) or a computed name: check what it reads, not the path.
        const [root, ...props] = token.props;
        if (token.variable) {
            for (const inner of accesses(token.variable))
                this.resolve(inner);
            for (const prop of token.props)
                this.key(prop);
            return 'any';
        }
        const name = root && (liquid_node/* TypeGuards */.TG.isWordToken(root) || liquid_node/* TypeGuards */.TG.isQuotedToken(root)) ? root.content : undefined;
        if (name === undefined) {
            for (const prop of token.props)
                this.key(prop);
            return 'any';
        }
        let shape = this.lookup(name);
        if (shape === undefined) {
            const suggestion = closestName(name, this.visibleNames());
            this.found.push({ path: name, row, col, ...(suggestion ? { suggestion } : {}) });
            for (const prop of props)
                this.key(prop);
            return undefined;
        }
        let path = name;
        for (const prop of props) {
            const key = this.key(prop);
            const next = below(shape, key);
            if (next === undefined) {
                const wrong = pathWith(path, key);
                const meant = typeof key === 'string' ? closestName(key, namesBelow(shape)) : undefined;
                this.found.push({ path: wrong, row, col, ...(meant ? { suggestion: pathWith(path, meant) } : {}) });
                return undefined;
            }
            path = pathWith(path, key);
            shape = next;
        }
        return shape;
    }
    /** The key a property reads; a computed one is checked as a path of its own. */
    key(prop) {
        if (liquid_node/* TypeGuards */.TG.isWordToken(prop) || liquid_node/* TypeGuards */.TG.isQuotedToken(prop))
            return prop.content;
        if (liquid_node/* TypeGuards */.TG.isNumberToken(prop))
            return Number(prop.content);
        for (const inner of accesses(prop))
            this.resolve(inner);
        return { computed: prop.getText() };
    }
}
/** A tag's or block's inner templates. */
function children(template) {
    return template.children ? (0,liquid_node/* toValueSync */.qr)(template.children(false, true)) : [];
}
/** The outermost paths a value reads, through operators, ranges, groups and filter arguments. */
function* accesses(arg) {
    if (arg instanceof liquid_node/* Value */.WT || liquid_node/* TypeGuards */.TG.isFilteredValueToken(arg)) {
        for (const token of arg.initial.postfix)
            yield* accesses(token);
        for (const filter of arg.filters) {
            for (const fa of filter.args)
                yield* accesses(Array.isArray(fa) ? fa[1] : fa);
        }
    }
    else if (liquid_node/* TypeGuards */.TG.isRangeToken(arg)) {
        yield* accesses(arg.lhs);
        yield* accesses(arg.rhs);
    }
    else if (liquid_node/* TypeGuards */.TG.isPropertyAccessToken(arg)) {
        yield arg;
    }
}
/**
 * Every unknown name or field `source` reads, in the order they appear, checked against `globals`
 * and the names the template binds itself (assign, capture, increment, decrement, for, tablerow,
 * forloop). Loop items have their list's item shape. Throws only what `engine.parse` throws.
 */
function checkVariables(engine, source, globals) {
    const check = new Check(globals);
    check.run(typeof source === 'string' ? engine.parse(source) : source);
    return check.found.sort((a, b) => a.row - b.row || a.col - b.col);
}

;// CONCATENATED MODULE: ./src/render/template.ts





/** Bounds on what one template may cost; a template is the author's, but loops over payloads are not. */
const LIMITS = { parseLimit: 1_000_000, renderLimit: 5_000, memoryLimit: 50_000_000 };
/** Render time for one template: a quarter of `timeout-seconds`, 5 s at most, so sending has time. */
function renderLimitMs(timeoutSeconds) {
    return Math.max(100, Math.min(LIMITS.renderLimit, (timeoutSeconds * 1000) / 4));
}
/** `{% capture %}` charged to `memoryLimit`: LiquidJS does not count it, so doubling reached GBs. */
class BoundedCaptureTag extends liquid_node/* CaptureTag */.XU {
    *render(ctx) {
        yield* super.render(ctx);
        const value = ctx.bottom()[this.variable];
        if (typeof value === 'string')
            ctx.memoryLimit.use(value.length);
    }
}
/**
 * The runtime's default locale, resolved only when a `date` filter formats a date. Without a
 * `locale`, LiquidJS resolves it up front with `Intl.DateTimeFormat().resolvedOptions()`, which
 * loads ICU's locale data: about 13 ms of every run, needed only by `date`. An empty locale list
 * means the same thing to `Intl` (ECMA-402 CanonicalizeLocaleList: no requested locale, so the
 * default one), and LiquidJS only ever hands `locale` on to `Intl.DateTimeFormat` and
 * `Date.prototype.toLocale*String`.
 */
const DEFAULT_LOCALE = [];
/**
 * A Liquid engine whose every `{{ output }}` becomes a placeholder in `slots`, so no value can ever
 * turn into markup. Strict: an unknown variable or filter is an error, except as the sole subject of
 * an `if`/`unless`/`default` (so `{% if github.event.pull_request %}` works on a push; misspelt names
 * there are caught before rendering, see renderTemplate). It reads no files:
 * `include`, `render` and `layout` see an empty in-memory set of templates.
 */
function createEngine(slots, renderLimit = LIMITS.renderLimit) {
    const engine = new liquid_node/* Liquid */.HX({
        strictVariables: true,
        strictFilters: true,
        lenientIf: true,
        ownPropertyOnly: true,
        jsTruthy: false,
        templates: {},
        relativeReference: false,
        dynamicPartials: false,
        cache: false,
        locale: DEFAULT_LOCALE,
        ...LIMITS,
        renderLimit,
        outputEscape: (value) => slots.add('text', value),
    });
    engine.registerTag('capture', BoundedCaptureTag);
    // `| markdown`: sanitised Markdown in the HTML part, the value as written in the text part.
    engine.registerFilter('markdown', { raw: true, handler: (value) => slots.add('markdown', value) });
    // `| one_line`: line breaks become spaces, for titles and names in a one-line place.
    engine.registerFilter('one_line', (value) => (0,one_line/* oneLine */.T)((0,render_slots/* stringifyValue */.ng)(value)));
    // Every value is escaped already; escaping again would show `&amp;lt;` to the reader.
    engine.registerFilter('escape', (value) => value);
    engine.registerFilter('escape_once', (value) => value);
    return engine;
}
/** The closest existing name for a misspelt variable path such as `commit.titel`, if one is close. */
function suggestVariable(path, scope) {
    const parts = path.split('.');
    let parent = scope;
    for (const part of parts.slice(0, -1)) {
        if (typeof parent !== 'object' || parent === null || !Object.hasOwn(parent, part))
            return undefined;
        parent = parent[part];
    }
    if (typeof parent !== 'object' || parent === null || Array.isArray(parent))
        return undefined;
    const best = closestName(parts.at(-1), Object.keys(parent));
    return best === undefined ? undefined : [...parts.slice(0, -1), best].join('.');
}
function unknownVariable(input, name, line, suggestion) {
    const where = line ? ` on line ${line}` : '';
    const hint = suggestion ? ` (did you mean \`${suggestion}\`?)` : '';
    if (/^env[.[]/.test(name)) {
        return `Input \`${input}\`: unknown variable \`${name}\`${where}${hint}. Templates see only the environment variables named in \`template-env\`; add it there.`;
    }
    return `Input \`${input}\`: unknown variable \`${name}\`${where}${hint}. See the list of template variables in docs/templates.md; test optional ones with {% if … %}.`;
}
/** One line for a template error: the input, what is wrong, and `line N` in the template. */
function templateErrorMessage(input, err, scope) {
    if (!(err instanceof liquid_node/* LiquidError */.HN)) {
        return `Input \`${input}\` could not be rendered: ${String(err?.message ?? err).split('\n')[0]}`;
    }
    const [line] = err.token?.getPosition?.() ?? [0];
    const where = line ? ` on line ${line}` : '';
    const raw = (err.originalError?.message ?? err.message).split('\n')[0].replace(/, line:\d+, col:\d+$/, '');
    if (err instanceof liquid_node/* UndefinedVariableError */.ni || /^undefined variable: /.test(raw)) {
        const name = raw.replace(/^undefined variable: /, '');
        return unknownVariable(input, name, line, suggestVariable(name, scope));
    }
    if (/^undefined filter: /.test(raw)) {
        return `Input \`${input}\`: unknown filter \`${raw.replace(/^undefined filter: /, '')}\`${where}.`;
    }
    if (/Failed to lookup/.test(raw)) {
        return `Input \`${input}\`: templates cannot include other files (include, render and layout are not available)${where}.`;
    }
    return `Input \`${input}\`: template error${where}: ${raw}.`;
}
/**
 * Renders one template with placeholders for its values (see slots.ts). Throws an InputError naming
 * the input and the line on any template error. With `shapes`, first checks every name and field the
 * template reads against them (see variables.ts): a misspelt one is an error on every event, inside
 * `{% if %}` and loops too, not only where it happens to be rendered. Once checked, a name that exists
 * but has no value on this run (`pull_request.title` on a push) renders empty.
 */
function renderTemplate(engine, input, source, scope, shapes) {
    const result = renderOrExplain(engine, input, source, scope, shapes);
    if (result.error !== undefined)
        throw new errors/* InputError */.dz(input, result.error);
    return result.output;
}
/**
 * The rendered output, or the one-line template error. An unknown name is thrown: it is the
 * author's. Except one that `spliced` recognises (a placeholder for event text, see literal.ts):
 * event text that ended inside the author's tag is a template that does not parse, not a misspelling.
 */
function renderOrExplain(engine, input, source, scope, shapes, spliced) {
    try {
        const template = engine.parse(source);
        const unknowns = shapes ? checkVariables(engine, template, shapes) : [];
        // `{{ .Values.tag }}` is Go template syntax (Helm, Hugo), which LiquidJS reads as `Values`: text
        // that is not a Liquid template, not a misspelt name.
        const go = unknowns.find((u) => source.split('\n')[u.row - 1]?.charAt(u.col - 1) === '.');
        if (go) {
            return {
                error: `Input \`${input}\`: template error on line ${go.row}: \`.${go.path}\` is Go template syntax, not Liquid.`,
            };
        }
        const splice = spliced && unknowns.find((u) => spliced(u.path));
        if (splice) {
            return {
                error: `Input \`${input}\`: template error on line ${splice.row}: text from the event landed inside a tag.`,
            };
        }
        const [unknown] = unknowns;
        if (unknown) {
            throw new errors/* InputError */.dz(input, unknownVariable(input, unknown.path, unknown.row, unknown.suggestion));
        }
        return { output: engine.renderSync(template, scope, shapes ? { strictVariables: false } : {}) };
    }
    catch (err) {
        if (err instanceof errors/* InputError */.dz)
            throw err;
        return { error: templateErrorMessage(input, err, scope) };
    }
}


/***/ })

};
