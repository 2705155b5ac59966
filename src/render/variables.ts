/**
 * The static check of a template's variables, before it renders: every name it reads must be a
 * template variable or one the template binds itself, and every field one the variable has.
 *
 * Rendering alone cannot be trusted with this. Liquid makes an unknown name inside `{% if %}` quietly
 * false, and a loop over an empty list never reads its items: `{{ j.nam }}` inside
 * `{% for j in failed_jobs %}` passes every successful run, then fails the one failure email that
 * matters. So the check reads the template, not the values: it holds on every event and status.
 */
import {
  AssignTag,
  ForTag,
  type Liquid,
  type PropertyAccessToken,
  TablerowTag,
  type Template,
  type Token,
  TypeGuards,
  toValueSync,
  Value,
  type ValueToken,
} from 'liquidjs';
import { closestWord, editDistance } from '../inputs/suggest.js';
import { fields, listOf, type Shape, type Shapes } from './shapes.js';

/** A name or field the template reads that does not exist, where it first does so. */
export interface UnknownVariable {
  /** As written: `statu`, `commit.titel`, `j.nam`. */
  path: string;
  row: number;
  col: number;
  /** The existing name or path meant, when one is close. */
  suggestion?: string;
}

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
} as const satisfies Record<string, Shape>;
const FORLOOP = fields(FORLOOP_FIELDS);
const TABLEROWLOOP = fields({
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
export function closestName(wanted: string, names: readonly string[]): string | undefined {
  const lower = wanted.toLowerCase();
  const abbreviated = names
    .filter((k) => lower.length >= 3 && k.toLowerCase().startsWith(lower))
    .sort((a, b) => a.length - b.length)[0];
  if (abbreviated) return abbreviated;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(lower.length / 3)) + 1;
  for (const name of names) {
    const d = editDistance(lower, name.toLowerCase());
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best ?? closestWord(wanted, names);
}

/** The names one can read below a shape, for a suggestion. */
function namesBelow(shape: Shape): string[] {
  if (typeof shape === 'string') return [];
  return 'fields' in shape ? Object.keys(shape.fields) : ['first', 'last', 'size'];
}

/** A key known only when rendering (`failed_jobs[i]`), by its text in the template. */
interface Computed {
  readonly computed: string;
}
/** What one step of a path reads: a name, an index, or a computed key. */
type Key = string | number | Computed;

/** What is below `shape` at `key`; undefined when nothing is. */
function below(shape: Shape, key: Key): Shape | undefined {
  if (shape === 'any') return 'any';
  const name = typeof key === 'string' ? key : undefined;
  if (
    typeof shape !== 'string' &&
    'fields' in shape &&
    name !== undefined &&
    Object.hasOwn(shape.fields, name)
  ) {
    return shape.fields[name];
  }
  // Liquid's `size` of a string, list or object; its `first` and `last` of a list; and `length`,
  // which LiquidJS reads from the JavaScript string or array.
  if (name === 'size') return 'value';
  if (shape === 'value') return name === undefined || name === 'length' ? 'value' : undefined;
  if ('items' in shape) {
    if (name === 'length') return 'value';
    return name === undefined || name === 'first' || name === 'last' ? shape.items : undefined;
  }
  return typeof key === 'object' ? 'any' : undefined;
}

/** `path` followed by `key` as Liquid writes it: `.name`, `[0]`, `["a b"]`, `[i]`. */
function pathWith(path: string, key: Key): string {
  if (typeof key === 'object') return `${path}[${key.computed}]`;
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_][\w-]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** The shape of one item when a `for` or `tablerow` walks over a value of `shape`. */
function itemOf(shape: Shape | undefined): Shape {
  if (shape === undefined || shape === 'any') return 'any';
  if (shape === 'value') return 'value';
  // An object is walked as [key, value] pairs.
  return 'items' in shape ? shape.items : 'any';
}

/** One pass over a parsed template; see checkVariables. */
class Check {
  readonly found: UnknownVariable[] = [];
  /** Names bound by for/tablerow, innermost last. */
  private readonly blocks: Map<string, Shape>[] = [];
  /** Names the template assigns, captures, increments or decrements anywhere. */
  private readonly bound = new Map<string, Shape>();
  /** How many tags bind each of those names: one `assign` of a plain path keeps its shape. */
  private readonly bindings = new Map<string, number>();

  constructor(private readonly globals: Shapes) {}

  run(templates: Template[]): void {
    this.collectBindings(templates);
    this.walk(templates);
  }

  /** Liquid keeps an assigned name for the rest of the render, loops included: allowed everywhere. */
  private collectBindings(templates: Template[]): void {
    for (const template of templates) {
      for (const ident of template.localScope?.() ?? []) {
        const name = String(ident.content);
        this.bound.set(name, 'any');
        this.bindings.set(name, (this.bindings.get(name) ?? 0) + 1);
      }
      if (template.children && !template.partialScope) this.collectBindings(children(template));
    }
  }

  private walk(templates: readonly Template[]): void {
    for (const template of templates) {
      if (template instanceof AssignTag) {
        this.assign(template);
        continue;
      }
      if (template instanceof ForTag || template instanceof TablerowTag) {
        const collection = this.shapeOf(template.collection);
        // `offset: continue` reads the loop's own register.
        this.blocks.push(new Map([['continue', 'any']]));
        for (const arg of template.arguments()) if (arg !== template.collection) this.check(arg);
        this.blocks.pop();
        const loop = template instanceof ForTag ? ['forloop', FORLOOP] : ['tablerowloop', TABLEROWLOOP];
        this.blocks.push(
          new Map<string, Shape>([
            [template.variable, itemOf(collection)],
            [loop[0] as string, loop[1] as Shape],
          ]),
        );
        this.walk(children(template));
        this.blocks.pop();
        continue;
      }
      for (const arg of template.arguments?.() ?? []) this.check(arg);
      // include, render and layout read other files, which templates cannot: rendering says so.
      if (!template.children || template.partialScope) continue;
      const names = [...(template.blockScope?.() ?? [])];
      if (names.length) this.blocks.push(new Map(names.map((name) => [name, 'any'])));
      this.walk(children(template));
      if (names.length) this.blocks.pop();
    }
  }

  /** Checks an assign's value. `{% assign jobs = failed_jobs | reverse %}`, the only binding of `jobs`, gives it their shape. */
  private assign(tag: AssignTag): void {
    // LiquidJS keeps the name and value in fields its typings call private.
    const { key, value } = tag as unknown as { key: unknown; value: unknown };
    if (typeof key !== 'string' || !(value instanceof Value)) {
      for (const arg of tag.arguments()) this.check(arg);
      return;
    }
    const shape = this.shapeOf(value);
    if (this.bindings.get(key) === 1) this.bound.set(key, shape ?? 'any');
  }

  /** Checks every variable an argument reads. */
  private check(arg: Value | ValueToken): void {
    for (const token of accesses(arg)) this.resolve(token);
  }

  /**
   * The shape of a value: a path, optionally through filters that keep its items. Its variables are
   * checked (once: loop collections only come here). Undefined when unknown.
   */
  private shapeOf(arg: Value | ValueToken): Shape | undefined {
    const [initial, filters] =
      arg instanceof Value
        ? [arg.initial.postfix, arg.filters.map((f) => f.name)]
        : TypeGuards.isFilteredValueToken(arg)
          ? [arg.initial.postfix, arg.filters.map((f) => f.name)]
          : [[arg], []];
    const only =
      initial.length === 1 && TypeGuards.isPropertyAccessToken(initial[0]) ? initial[0] : undefined;
    // Check everything the value reads; `only`'s shape is the resolve below.
    for (const token of accesses(arg)) if (token !== only) this.resolve(token);
    let shape: Shape | undefined = only
      ? this.resolve(only)
      : TypeGuards.isRangeToken(initial[0])
        ? listOf('value')
        : undefined;
    for (const filter of filters) {
      if (shape === undefined || shape === 'any') return shape;
      if (ITEM_FILTERS.has(filter))
        shape = typeof shape !== 'string' && 'items' in shape ? shape.items : 'any';
      else if (!SAME_SHAPE_FILTERS.has(filter)) return 'any';
    }
    return shape;
  }

  private lookup(name: string): Shape | undefined {
    for (let i = this.blocks.length - 1; i >= 0; i--) {
      const shape = this.blocks[i]!.get(name);
      if (shape !== undefined) return shape;
    }
    return this.bound.get(name) ?? (Object.hasOwn(this.globals, name) ? this.globals[name] : undefined);
  }

  private visibleNames(): string[] {
    return [
      ...new Set([
        ...this.blocks.flatMap((b) => [...b.keys()]),
        ...this.bound.keys(),
        ...Object.keys(this.globals),
      ]),
    ];
  }

  /** Checks one path and returns what it reads: undefined after an unknown name or field. */
  private resolve(token: PropertyAccessToken): Shape | undefined {
    const [row, col] = token.getPosition();
    // A path below a literal (`"abc".size`) or a computed name: check what it reads, not the path.
    const [root, ...props] = token.props;
    if (token.variable) {
      for (const inner of accesses(token.variable as ValueToken)) this.resolve(inner);
      for (const prop of token.props) this.key(prop);
      return 'any';
    }
    const name =
      root && (TypeGuards.isWordToken(root) || TypeGuards.isQuotedToken(root)) ? root.content : undefined;
    if (name === undefined) {
      for (const prop of token.props) this.key(prop);
      return 'any';
    }
    let shape = this.lookup(name);
    if (shape === undefined) {
      const suggestion = closestName(name, this.visibleNames());
      this.found.push({ path: name, row, col, ...(suggestion ? { suggestion } : {}) });
      for (const prop of props) this.key(prop);
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
  private key(prop: ValueToken | Token): Key {
    if (TypeGuards.isWordToken(prop) || TypeGuards.isQuotedToken(prop)) return prop.content;
    if (TypeGuards.isNumberToken(prop)) return Number(prop.content);
    for (const inner of accesses(prop)) this.resolve(inner);
    return { computed: prop.getText() };
  }
}

/** A tag's or block's inner templates. */
function children(template: Template): Template[] {
  return template.children ? toValueSync(template.children(false, true)) : [];
}

/** The outermost paths a value reads, through operators, ranges, groups and filter arguments. */
function* accesses(arg: Value | ValueToken | Token | undefined): Generator<PropertyAccessToken> {
  if (arg instanceof Value || TypeGuards.isFilteredValueToken(arg)) {
    for (const token of arg.initial.postfix) yield* accesses(token);
    for (const filter of arg.filters) {
      for (const fa of filter.args) yield* accesses(Array.isArray(fa) ? fa[1] : fa);
    }
  } else if (TypeGuards.isRangeToken(arg)) {
    yield* accesses(arg.lhs);
    yield* accesses(arg.rhs);
  } else if (TypeGuards.isPropertyAccessToken(arg)) {
    yield arg;
  }
}

/**
 * Every unknown name or field `source` reads, in the order they appear, checked against `globals`
 * and the names the template binds itself (assign, capture, increment, decrement, for, tablerow,
 * forloop). Loop items have their list's item shape. Throws only what `engine.parse` throws.
 */
export function checkVariables(
  engine: Liquid,
  source: string | Template[],
  globals: Shapes,
): UnknownVariable[] {
  const check = new Check(globals);
  check.run(typeof source === 'string' ? engine.parse(source) : source);
  return check.found.sort((a, b) => a.row - b.row || a.col - b.col);
}
