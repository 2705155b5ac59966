import { extname } from 'node:path';
import {
  type CommitInfo,
  type PullRequestInfo,
  type ReleaseInfo,
  type RunContext,
  templateVariables,
} from '../context.js';
import type { Enrichment, FailedJob, FailedStep, TestFailure, TestSummary } from '../enrich/types.js';
import { InputError } from '../errors.js';
import type { BodyFormat, Settings, Status } from '../inputs/index.js';
import { resolveInsideRoots } from '../paths.js';
import { readRegularFile } from '../read-file.js';
import { type DefaultInput, defaultHtml, defaultSubject, defaultText, type Put } from './default-message.js';
import { defaultFacts } from './defaults.js';
import { escapeHtml } from './escape.js';
import { emailDocument } from './layout.js';
import { oneLine } from './one-line.js';
import { fields, listOf, type Shape, type Shapes } from './shapes.js';
import { type MarkdownRenderer, Slots } from './slots.js';

/** The words of the message: a one-line subject, a plain-text part, and an HTML part unless text-only. */
export interface RenderedContent {
  subject: string;
  text: string;
  html?: string;
  /** One line each: an inline template sent as written, a value left out of an unsafe place. */
  warnings?: string[];
}

const FORMAT_BY_EXTENSION: Record<string, BodyFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
};

/** A body template is a page of text: a larger file is refused (its values may add more). */
const MAX_BODY_FILE_BYTES = 1_000_000;

/** Reads the body template from `body` or `body-file`, and decides its format. */
export function loadBodyTemplate(
  settings: Settings,
  ctx: RunContext,
): { template?: string; format: BodyFormat } {
  if (settings.body && settings.bodyFile) {
    throw new InputError('body-file', 'Give either `body` or `body-file`, not both.');
  }
  if (!settings.bodyFile) return { template: settings.body, format: settings.bodyFormat };
  const path = resolveInsideRoots('body-file', settings.bodyFile, {
    workspace: ctx.workspace,
    runnerTemp: ctx.runner_temp,
  });
  const template = readRegularFile('body-file', path, settings.bodyFile, MAX_BODY_FILE_BYTES);
  // The runner always passes action.yml's default `markdown`, so only `html` or `text` can be told
  // from the default: they win over the extension; `markdown` yields to a `.html` or `.txt` file.
  const byExt = FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
  return {
    template,
    format: settings.bodyFormat === 'markdown' ? (byExt ?? 'markdown') : settings.bodyFormat,
  };
}

const MAX_SUBJECT = 300;

/** The subject is one line: line breaks (and other control characters) become spaces. */
export function oneLineSubject(subject: string): string {
  const line = subject
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > MAX_SUBJECT ? `${line.slice(0, MAX_SUBJECT - 1)}…` : line;
}

const FAILED_STEP = fields({ name: 'value', number: 'value', url: 'value' } satisfies Record<
  keyof FailedStep,
  Shape
>);

/**
 * What a template may read: every variable `templateScope` offers, with the fields of each, whether
 * this event has the object or not. A template is checked against it before rendering, so a misspelt
 * name fails on every run, not only on the run that reaches it. docs/templates.md lists the same names (a
 * unit test compares them).
 */
export const TEMPLATE_SHAPES: Shapes = {
  repository: 'value',
  repository_url: 'value',
  workflow: 'value',
  job: 'value',
  run_id: 'value',
  run_number: 'value',
  run_attempt: 'value',
  run_url: 'value',
  status: 'value',
  previous_status: 'value',
  event_name: 'value',
  actor: 'value',
  ref: 'value',
  ref_name: 'value',
  sha: 'value',
  short_sha: 'value',
  commit: fields({
    sha: 'value',
    message: 'value',
    title: 'value',
    author_name: 'value',
    author_email: 'value',
    url: 'value',
  } satisfies Record<keyof CommitInfo, Shape>),
  pull_request: fields({
    number: 'value',
    title: 'value',
    url: 'value',
    author: 'value',
    head: 'value',
    base: 'value',
  } satisfies Record<keyof PullRequestInfo, Shape>),
  release: fields({
    tag: 'value',
    name: 'value',
    url: 'value',
    body: 'value',
    prerelease: 'value',
  } satisfies Record<keyof ReleaseInfo, Shape>),
  failed_jobs: listOf(
    fields({
      name: 'value',
      url: 'value',
      conclusion: 'value',
      failed_steps: listOf(FAILED_STEP),
      log_excerpt: 'value',
      log_note: 'value',
      in_progress: 'value',
    } satisfies Record<keyof FailedJob, Shape>),
  ),
  tests: fields({
    total: 'value',
    passed: 'value',
    failed: 'value',
    skipped: 'value',
    failures: listOf(
      fields({ suite: 'value', name: 'value', message: 'value' } satisfies Record<keyof TestFailure, Shape>),
    ),
    more: 'value',
  } satisfies Record<keyof TestSummary, Shape>),
  authors: listOf(fields({ name: 'value', email: 'value' })),
  github: 'any',
  env: 'any',
};

/** TEMPLATE_SHAPES for this run: `env` has exactly the names `template-env` lists. */
export function shapesFor(templateEnv: readonly string[]): Shapes {
  return { ...TEMPLATE_SHAPES, env: fields(Object.fromEntries(templateEnv.map((name) => [name, 'value']))) };
}

/**
 * Every template variable of SPEC section 4. Optional objects (`pull_request`, `release`,
 * `previous_status`, `tests`) are null when absent, so `{% if pull_request %}` works on a push.
 */
export function templateScope(
  ctx: RunContext,
  env: NodeJS.ProcessEnv,
  status: Status,
  enrichment: Enrichment,
  templateEnv: readonly string[] = [],
): Record<string, unknown> {
  const tests = enrichment.tests;
  return {
    pull_request: null,
    release: null,
    ...templateVariables(ctx, env, templateEnv),
    status,
    previous_status: enrichment.previous_status ?? null,
    failed_jobs: enrichment.failed_jobs.map((job) => ({
      name: job.name,
      url: job.url,
      conclusion: job.conclusion,
      failed_steps: job.failed_steps.map((step) => ({ ...step })),
      log_excerpt: job.log_excerpt,
      log_note: job.log_note ?? '',
      in_progress: job.in_progress,
    })),
    tests: tests
      ? {
          total: tests.total,
          passed: tests.passed,
          failed: tests.failed,
          skipped: tests.skipped,
          failures: tests.failures.map((f) => ({ ...f })),
          more: tests.more,
        }
      : null,
    // The commit authors added to To (`author-recipients: culprits`); empty without it.
    authors: (enrichment.authors?.added ?? []).map((p) => ({ name: p.name, email: p.email })),
  };
}

function footerHtml(ctx: RunContext): string {
  const where = ctx.repository ? ` for ${escapeHtml(ctx.repository)}` : '';
  const run = ctx.run_url
    ? ` · <a href="${escapeHtml(ctx.run_url)}" style="color:#656d76;">${escapeHtml(ctx.workflow || 'workflow')} run #${escapeHtml(ctx.run_number)}</a>`
    : '';
  return `Sent by Gmail Notify${where}${run}`;
}

/** The Markdown engine (marked), a chunk of its own: most messages (the default push, pull request and failure emails) have no Markdown. */
function loadMarkdown(): Promise<MarkdownRenderer> {
  return import('./markdown.js');
}

/** Renders the workflow's own `subject` and `body` templates: how each is read, and the engine. */
interface TemplateRenderer {
  /** An inline `subject` or `body` (see literal.ts): outsiders' text that `${{ }}` put in it is shown as written. */
  inline(input: string, source: string): string;
  /** `body-file`: authored, not substituted into, so it stays strict. */
  file(input: string, source: string): string;
}

/**
 * The Liquid engine (LiquidJS, a chunk of its own) for the workflow's templates, with the scope and
 * shapes they read. Loaded only for a run that gives `subject`, `body` or `body-file`: the default
 * message is written as code (default-message.ts). A template that does not parse inline is sent as
 * written, with a warning.
 */
async function templateRenderer(
  settings: Settings,
  ctx: RunContext,
  enrichment: Enrichment,
  env: NodeJS.ProcessEnv,
  on: { slots: Slots; warnings: string[]; inline: boolean },
): Promise<TemplateRenderer> {
  const [{ createEngine, renderLimitMs, renderOrExplain, renderTemplate }, literal] = await Promise.all([
    import('./template.js'),
    on.inline ? import('./literal.js') : undefined,
  ]);
  const { slots, warnings } = on;
  const engine = createEngine(slots, renderLimitMs(settings.timeoutSeconds));
  const scope = templateScope(ctx, env, settings.status, enrichment, settings.templateEnv);
  const shapes = shapesFor(settings.templateEnv);
  let forms: string[] | undefined;
  return {
    inline(input, source) {
      if (!literal) throw new Error('renderContent: the inline template module was not loaded');
      forms ??= literal.literalForms(literal.outsiderValues(ctx.github));
      const text = literal.literalize(source, forms, (value) => slots.add('text', value)).source;
      const spliced = (name: string): boolean => slots.has(name);
      const result = literal.inlineOrAsWritten(
        input,
        text,
        renderOrExplain(engine, input, text, scope, shapes, spliced),
      );
      if (result.warning) warnings.push(result.warning);
      return result.output;
    },
    file: (input, source) => renderTemplate(engine, input, source, scope, shapes),
  };
}

/** The default message's HTML part, in the layout (with the preheader the inbox list shows). */
function defaultHtmlDocument(defaults: DefaultInput, bodyHtml: string, subject: string): string {
  const { ctx, d } = defaults;
  const preheader = oneLine(
    [d.place, ctx.short_sha && `${ctx.short_sha} ${ctx.commit.title}`, d.trigger].filter(Boolean).join(' · '),
  );
  return emailDocument(bodyHtml, subject, {
    accent: d.color,
    footerHtml: footerHtml(ctx),
    preheader,
  });
}

/**
 * Renders subject and body from the inputs or the defaults, with every value from the event shown
 * literally (see slots.ts): HTML-escaped in the HTML part, as written in the text part and subject.
 * The Markdown engine is loaded only for a message that needs it: a Markdown body, or a
 * `| markdown` value (the default release email's notes) in an HTML part.
 */
export async function renderContent(
  settings: Settings,
  ctx: RunContext,
  enrichment: Enrichment,
  env: NodeJS.ProcessEnv,
): Promise<RenderedContent> {
  const { template, format } = loadBodyTemplate(settings, ctx);
  // A Markdown body always needs it: start loading before the templates render.
  const early = template !== undefined && format === 'markdown' ? loadMarkdown() : undefined;
  early?.catch(() => undefined);
  const slots = new Slots();
  const put: Put = { text: (v) => slots.add('text', v), markdown: (v) => slots.add('markdown', v) };
  const defaults: DefaultInput = { ctx, d: defaultFacts(ctx, settings.status, enrichment), enrichment };
  const markdown = async (): Promise<MarkdownRenderer | undefined> =>
    early ?? (slots.hasMarkdown() ? loadMarkdown() : undefined);
  const warnings: string[] = [];
  const own =
    settings.subject !== undefined || template !== undefined
      ? await templateRenderer(settings, ctx, enrichment, env, {
          slots,
          warnings,
          inline: settings.subject !== undefined || (template !== undefined && !settings.bodyFile),
        })
      : undefined;

  const subjectOut =
    own && settings.subject !== undefined
      ? own.inline('subject', settings.subject)
      : defaultSubject(defaults, put);
  const subject = oneLineSubject(slots.fillText(subjectOut));
  const done = (content: RenderedContent): RenderedContent => {
    warnings.push(...slots.refusals());
    return warnings.length ? { ...content, warnings } : content;
  };

  if (!own || template === undefined) {
    const text = slots.fillText(defaultText(defaults, put)).trim();
    if (format === 'text') return done({ subject, text });
    // Rendered before the Markdown engine is asked for: a release's notes are what need it.
    const bodyOut = defaultHtml(defaults, put);
    const body = slots.fillHtml(bodyOut, await markdown());
    return done({ subject, text, html: defaultHtmlDocument(defaults, body, subject) });
  }

  const input = settings.bodyFile ? 'body-file' : 'body';
  const out = settings.bodyFile ? own.file(input, template) : own.inline(input, template);
  if (format === 'text') return done({ subject, text: slots.fillText(out) });
  if (format === 'html') {
    const html = slots.fillHtml(out, await markdown(), input);
    // Its own chunk (html-to-text and its parser), loaded only for an HTML body.
    const { htmlToText } = await import('./html-text.js');
    return done({ subject, text: htmlToText(html), html });
  }
  const md = (await markdown())!;
  return done({
    subject,
    text: slots.fillText(out),
    html: emailDocument(slots.fillHtml(md.markdownToHtml(out, true), md, input), subject, {
      footerHtml: footerHtml(ctx),
    }),
  });
}
