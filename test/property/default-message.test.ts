// The default message is written as code (src/render/default-message.ts) so that most runs never load
// LiquidJS. It must say exactly what the Liquid templates it replaced said: for generated runs (every
// event fixture, any status, present and missing pull request, release, commit fields, failed jobs,
// tests, inputs, hostile text in every field), subject, text and HTML are compared with what those
// templates (test/__fixtures__/default-templates.ts) render through the action's Liquid engine,
// character for character, after the placeholders are filled in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RunContext } from '../../src/context.js';
import type { Enrichment, FailedJob, TestSummary } from '../../src/enrich/types.js';
import type { Status } from '../../src/inputs/index.js';
import { templateScope } from '../../src/render/content.js';
import { defaultHtml, defaultSubject, defaultText, type Put } from '../../src/render/default-message.js';
import { defaultFacts } from '../../src/render/defaults.js';
import * as markdown from '../../src/render/markdown.js';
import { Slots } from '../../src/render/slots.js';
import { createEngine, renderTemplate } from '../../src/render/template.js';
import { DEFAULT_HTML, DEFAULT_SUBJECT, DEFAULT_TEXT } from '../__fixtures__/default-templates.js';
import { contextFor } from '../unit/render/helpers.js';
import { fcOptions, hostileString } from './fc-config.js';

const EVENTS = ['push', 'pull_request', 'release', 'schedule', 'workflow_dispatch', 'workflow_run'] as const;

/** Empty, plain, or hostile: the three kinds of text a field holds. */
const text = (): fc.Arbitrary<string> =>
  fc.oneof(fc.constant(''), fc.constantFrom('main', 'Fix the build', 'v2.3.0'), hostileString());

const count = (): fc.Arbitrary<number> =>
  fc.oneof(fc.constant(0), fc.constant(1), fc.integer({ min: 2, max: 500 }));

const failedJob: fc.Arbitrary<FailedJob> = fc.record(
  {
    name: text(),
    url: text(),
    conclusion: fc.constantFrom('failure', 'cancelled', 'timed_out'),
    failed_steps: fc.array(fc.record({ name: text(), number: count(), url: text() }), { maxLength: 3 }),
    log_excerpt: text(),
    log_note: text(),
    in_progress: fc.boolean(),
  },
  { requiredKeys: ['name', 'url', 'conclusion', 'failed_steps', 'log_excerpt', 'in_progress'] },
);

const tests: fc.Arbitrary<TestSummary> = fc.record({
  total: count(),
  passed: count(),
  failed: count(),
  skipped: count(),
  failures: fc.array(fc.record({ suite: text(), name: text(), message: text() }), { maxLength: 3 }),
  more: count(),
});

const enrichment: fc.Arbitrary<Enrichment> = fc.record(
  {
    previous_status: fc.oneof(fc.constant(''), fc.constantFrom('success', 'failure', 'cancelled')),
    failed_jobs: fc.array(failedJob, { maxLength: 3 }),
    failed_jobs_more: count(),
    tests,
  },
  { requiredKeys: ['failed_jobs'] },
);

/** What the generated run changes on the fixture's context. */
interface Variation {
  event: (typeof EVENTS)[number];
  commit: { title: string; url: string; author_name: string; author_email: string };
  short_sha: string;
  pr?: { number: number; title: string; url: string; author: string; head: string; base: string } | null;
  release?: { tag: string; name: string; url: string; body: string; prerelease: boolean } | null;
  inputs: Record<string, string | number>;
  place: { branch: string; ref_type: 'branch' | 'tag' | ''; ref_name: string };
}

const variation: fc.Arbitrary<Variation> = fc.record({
  event: fc.constantFrom(...EVENTS),
  commit: fc.record({ title: text(), url: text(), author_name: text(), author_email: text() }),
  short_sha: fc.constantFrom('', '0d1a26e'),
  // undefined: as the fixture has it; null: none; an object: this one.
  pr: fc.option(
    fc.record({ number: count(), title: text(), url: text(), author: text(), head: text(), base: text() }),
    { nil: undefined },
  ),
  release: fc.option(
    fc.option(fc.record({ tag: text(), name: text(), url: text(), body: text(), prerelease: fc.boolean() })),
    { nil: undefined },
  ),
  inputs: fc.dictionary(fc.constantFrom('environment', 'dry', 'note'), fc.oneof(text(), fc.integer())),
  place: fc.record({
    branch: text(),
    ref_type: fc.constantFrom<'branch' | 'tag' | ''>('branch', 'tag', ''),
    ref_name: text(),
  }),
});

function runOf(v: Variation): RunContext {
  const base = contextFor(v.event);
  const ctx: RunContext = {
    ...base,
    ...v.place,
    short_sha: v.short_sha,
    commit: { ...base.commit, ...v.commit },
    event: { ...base.event, ...(Object.keys(v.inputs).length ? { inputs: v.inputs } : {}) },
  };
  if (v.pr === null) delete ctx.pull_request;
  else if (v.pr) ctx.pull_request = v.pr;
  if (v.release === null) delete ctx.release;
  else if (v.release) ctx.release = v.release;
  return ctx;
}

/** Subject, text and HTML, placeholders filled in, as the message would carry them. */
function filled(slots: Slots, subject: string, body: string, html: string) {
  return {
    subject: slots.fillText(subject),
    text: slots.fillText(body),
    html: slots.fillHtml(html, markdown),
  };
}

function byLiquid(ctx: RunContext, status: Status, e: Enrichment) {
  const slots = new Slots();
  const engine = createEngine(slots);
  const scope = { ...templateScope(ctx, {}, status, e), d: defaultFacts(ctx, status, e) };
  const render = (source: string) => renderTemplate(engine, 'body', source, scope);
  return filled(slots, render(DEFAULT_SUBJECT), render(DEFAULT_TEXT), render(DEFAULT_HTML));
}

function byCode(ctx: RunContext, status: Status, e: Enrichment) {
  const slots = new Slots();
  const put: Put = { text: (v) => slots.add('text', v), markdown: (v) => slots.add('markdown', v) };
  const input = { ctx, d: defaultFacts(ctx, status, e), enrichment: e };
  return filled(slots, defaultSubject(input, put), defaultText(input, put), defaultHtml(input, put));
}

describe('the default message written as code', () => {
  it('says exactly what the Liquid templates it replaced said, for any run', () => {
    const seen = { details: 0, tests: 0, releaseNotes: 0, pr: 0 };
    fc.assert(
      fc.property(
        variation,
        fc.constantFrom<Status>('success', 'failure', 'cancelled'),
        enrichment,
        (v, status, e) => {
          const ctx = runOf(v);
          const code = byCode(ctx, status, e);
          expect(code).toEqual(byLiquid(ctx, status, e));
          if (code.text.includes('FAILED JOBS')) seen.details++;
          if (code.text.includes('\nTESTS\n')) seen.tests++;
          if (code.text.includes('RELEASE NOTES')) seen.releaseNotes++;
          if (code.text.includes('Pull request:  #')) seen.pr++;
        },
      ),
      fcOptions(),
    );
    // The generated runs reach every optional section, so the comparison covers them.
    for (const [section, n] of Object.entries(seen)) expect(n, section).toBeGreaterThan(5);
  });

  it('is the message of a fixture run, to the letter', () => {
    const ctx = contextFor('push');
    const e: Enrichment = { failed_jobs: [] };
    const code = byCode(ctx, 'success', e);
    expect(code.subject).toBe('[octo-org/octo-repo] CI succeeded on main (0d1a26e)');
    expect(code).toEqual(byLiquid(ctx, 'success', e));
  });
});
