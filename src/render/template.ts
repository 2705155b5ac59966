import { CaptureTag, type Context, Liquid, LiquidError, UndefinedVariableError } from 'liquidjs';
import { InputError } from '../errors.js';
import { oneLine } from './one-line.js';
import type { Shapes } from './shapes.js';
import { type Slots, stringifyValue } from './slots.js';
import { checkVariables, closestName } from './variables.js';

/** Bounds on what one template may cost; a template is the author's, but loops over payloads are not. */
const LIMITS = { parseLimit: 1_000_000, renderLimit: 5_000, memoryLimit: 50_000_000 };

/** Render time for one template: a quarter of `timeout-seconds`, 5 s at most, so sending has time. */
export function renderLimitMs(timeoutSeconds: number): number {
  return Math.max(100, Math.min(LIMITS.renderLimit, (timeoutSeconds * 1000) / 4));
}

/** `{% capture %}` charged to `memoryLimit`: LiquidJS does not count it, so doubling reached GBs. */
class BoundedCaptureTag extends CaptureTag {
  override *render(ctx: Context): Generator<unknown, void, string> {
    yield* super.render(ctx);
    const value: unknown = ctx.bottom()[this.variable as keyof object];
    if (typeof value === 'string') ctx.memoryLimit.use(value.length);
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
const DEFAULT_LOCALE = [] as unknown as string;

/**
 * A Liquid engine whose every `{{ output }}` becomes a placeholder in `slots`, so no value can ever
 * turn into markup. Strict: an unknown variable or filter is an error, except as the sole subject of
 * an `if`/`unless`/`default` (so `{% if github.event.pull_request %}` works on a push; misspelt names
 * there are caught before rendering, see renderTemplate). It reads no files:
 * `include`, `render` and `layout` see an empty in-memory set of templates.
 */
export function createEngine(slots: Slots, renderLimit: number = LIMITS.renderLimit): Liquid {
  const engine = new Liquid({
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
    outputEscape: (value: unknown): string => slots.add('text', value),
  });
  engine.registerTag('capture', BoundedCaptureTag);
  // `| markdown`: sanitised Markdown in the HTML part, the value as written in the text part.
  engine.registerFilter('markdown', { raw: true, handler: (value: unknown) => slots.add('markdown', value) });
  // `| one_line`: line breaks become spaces, for titles and names in a one-line place.
  engine.registerFilter('one_line', (value: unknown) => oneLine(stringifyValue(value)));
  // Every value is escaped already; escaping again would show `&amp;lt;` to the reader.
  engine.registerFilter('escape', (value: unknown) => value);
  engine.registerFilter('escape_once', (value: unknown) => value);
  return engine;
}

/** The closest existing name for a misspelt variable path such as `commit.titel`, if one is close. */
export function suggestVariable(path: string, scope: Record<string, unknown>): string | undefined {
  const parts = path.split('.');
  let parent: unknown = scope;
  for (const part of parts.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null || !Object.hasOwn(parent, part)) return undefined;
    parent = (parent as Record<string, unknown>)[part];
  }
  if (typeof parent !== 'object' || parent === null || Array.isArray(parent)) return undefined;
  const best = closestName(parts.at(-1)!, Object.keys(parent));
  return best === undefined ? undefined : [...parts.slice(0, -1), best].join('.');
}

function unknownVariable(input: string, name: string, line: number, suggestion: string | undefined): string {
  const where = line ? ` on line ${line}` : '';
  const hint = suggestion ? ` (did you mean \`${suggestion}\`?)` : '';
  if (/^env[.[]/.test(name)) {
    return `Input \`${input}\`: unknown variable \`${name}\`${where}${hint}. Templates see only the environment variables named in \`template-env\`; add it there.`;
  }
  return `Input \`${input}\`: unknown variable \`${name}\`${where}${hint}. See the list of template variables in docs/templates.md; test optional ones with {% if … %}.`;
}

/** One line for a template error: the input, what is wrong, and `line N` in the template. */
export function templateErrorMessage(input: string, err: unknown, scope: Record<string, unknown>): string {
  if (!(err instanceof LiquidError)) {
    return `Input \`${input}\` could not be rendered: ${String((err as Error)?.message ?? err).split('\n')[0]}`;
  }
  const [line] = err.token?.getPosition?.() ?? [0];
  const where = line ? ` on line ${line}` : '';
  const raw = (err.originalError?.message ?? err.message).split('\n')[0]!.replace(/, line:\d+, col:\d+$/, '');
  if (err instanceof UndefinedVariableError || /^undefined variable: /.test(raw)) {
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
export function renderTemplate(
  engine: Liquid,
  input: string,
  source: string,
  scope: Record<string, unknown>,
  shapes?: Shapes,
): string {
  const result = renderOrExplain(engine, input, source, scope, shapes);
  if (result.error !== undefined) throw new InputError(input, result.error);
  return result.output;
}

/** A template's output, or its one-line error. */
export type Rendered = { output: string; error?: undefined } | { output?: undefined; error: string };

/**
 * The rendered output, or the one-line template error. An unknown name is thrown: it is the
 * author's. Except one that `spliced` recognises (a placeholder for event text, see literal.ts):
 * event text that ended inside the author's tag is a template that does not parse, not a misspelling.
 */
export function renderOrExplain(
  engine: Liquid,
  input: string,
  source: string,
  scope: Record<string, unknown>,
  shapes?: Shapes,
  spliced?: (name: string) => boolean,
): Rendered {
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
      throw new InputError(input, unknownVariable(input, unknown.path, unknown.row, unknown.suggestion));
    }
    return { output: engine.renderSync(template, scope, shapes ? { strictVariables: false } : {}) };
  } catch (err) {
    if (err instanceof InputError) throw err;
    return { error: templateErrorMessage(input, err, scope) };
  }
}
