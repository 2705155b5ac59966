import { describe, expect, it } from 'vitest';
import type { Status } from '../../../src/inputs/index.js';
import { renderContent } from '../../../src/render/content.js';
import { defaultFacts, isFixed, releaseTitle } from '../../../src/render/defaults.js';
import { contextFor, failureEnrichment, runnerEnv, settingsWith } from './helpers.js';

const STATUSES: Status[] = ['success', 'failure', 'cancelled'];
const WORDS: Record<Status, string> = { success: 'succeeded', failure: 'failed', cancelled: 'was cancelled' };

/** The subject each event's default should produce, per status. */
const EXPECTED: Record<string, (s: Status) => string> = {
  push: (s) => `[octo-org/octo-repo] CI ${WORDS[s]} on main (0d1a26e)`,
  pull_request: (s) => `[octo-org/octo-repo] CI ${WORDS[s]} on feature/faster-builds (PR #1347) (c7d2e9f)`,
  release: (s) =>
    s === 'success'
      ? '[octo-org/octo-repo] Released v2.3.0 — Faster builds'
      : `[octo-org/octo-repo] Release v2.3.0: CI ${WORDS[s]}`,
  workflow_run: (s) => `[octo-org/octo-repo] CI ${WORDS[s]} on feature/faster-builds (PR #1347) (c7d2e9f)`,
  schedule: (s) => `[octo-org/octo-repo] CI ${WORDS[s]} on main (0d1a26e)`,
  workflow_dispatch: (s) => `[octo-org/octo-repo] CI ${WORDS[s]} on main (0d1a26e)`,
};

describe('default messages for every event and status', () => {
  for (const [event, subject] of Object.entries(EXPECTED)) {
    for (const status of STATUSES) {
      it(`${event} × ${status}`, async () => {
        const ctx = contextFor(event);
        const enrichment = status === 'failure' ? failureEnrichment() : { failed_jobs: [] };
        const c = await renderContent(settingsWith({ status }), ctx, enrichment, runnerEnv(event));
        expect(c.subject).toBe(subject(status));
        expect(c.html).toBeDefined();
        const html = c.html ?? '';
        // The run is linked and named in both parts.
        expect(html).toContain('href="https://github.com/octo-org/octo-repo/actions/runs/');
        expect(c.text).toContain('https://github.com/octo-org/octo-repo/actions/runs/');
        expect(c.text).toContain('Triggered by:');
        if (ctx.short_sha) {
          expect(html).toContain(`>${ctx.short_sha}</a>`);
          expect(c.text).toContain(`Commit:        ${ctx.short_sha}`);
        }
        if (ctx.commit.title) expect(c.text).toContain(ctx.commit.title);
        if (ctx.pull_request?.title) {
          expect(html).toContain(ctx.pull_request.title);
          expect(c.text).toContain(`#1347 ${ctx.pull_request.title}`);
        }
        if (event === 'release') {
          expect(html).toMatch(/<h2[^>]*>Release notes<\/h2>/);
          expect(html).toMatch(/<h3[^>]*>Features<\/h3>/);
          expect(c.text).toContain("## What's Changed");
        }
        if (status === 'failure') {
          expect(html).toContain('Failed jobs');
          expect(html).toContain('test (ubuntu-latest, 20)');
          expect(html).toContain(
            'href="https://github.com/octo-org/octo-repo/actions/runs/1658821493/job/4711#step:5:1"',
          );
          expect(html).toMatch(/<pre[^>]*>FAIL test\/math.test.ts &gt; adds\nAssertionError/);
          expect(html).toContain('may contain sensitive data');
          expect(html).toContain('…and 2 more failing tests.');
          expect(c.text).toContain('FAILED JOBS');
          expect(c.text).toContain('- math › adds');
          expect(c.text).toContain('120 total, 115 passed, 3 failed, 2 skipped');
        } else {
          expect(html).not.toContain('Failed jobs');
        }
      });
    }
  }

  it('says "fixed" when a success follows a failed run', async () => {
    const ctx = contextFor('push');
    const c = await renderContent(
      settingsWith({ status: 'success' }),
      ctx,
      { previous_status: 'failure', failed_jobs: [] },
      runnerEnv('push'),
    );
    expect(c.subject).toBe('[octo-org/octo-repo] CI fixed on main (0d1a26e)');
    expect(c.html).toContain('FIXED');
    expect(isFixed('success', 'cancelled')).toBe(true);
    expect(isFixed('success', 'success')).toBe(false);
    expect(isFixed('success', undefined)).toBe(false);
    expect(isFixed('failure', 'failure')).toBe(false);
  });

  it("says why a finished job's log is not quoted, in both parts", async () => {
    const enrichment = failureEnrichment();
    const [job] = enrichment.failed_jobs;
    enrichment.failed_jobs = [
      job!,
      { ...job!, name: 'test (windows-latest, 20)', log_excerpt: '', log_note: 'HTTP 404' },
      { ...job!, name: 'build', log_excerpt: '', log_note: '' },
    ];
    const c = await renderContent(
      settingsWith({ status: 'failure' }),
      contextFor('push'),
      enrichment,
      runnerEnv('push'),
    );
    const note = 'Log not included (HTTP 404); open the job to read it.';
    expect(c.text).toContain(`✖ test (windows-latest, 20)`);
    expect(c.text.split(note)).toHaveLength(2);
    expect(c.text.indexOf(note)).toBeGreaterThan(c.text.indexOf('✖ test (windows-latest, 20)'));
    expect(c.text.indexOf(note)).toBeLessThan(c.text.indexOf('✖ build'));
    expect((c.html ?? '').split(note)).toHaveLength(2);
    expect(c.html).toMatch(
      /test \(windows-latest, 20\)<\/a><\/div>(?:(?!<\/div><\/div>).)*Log not included \(HTTP 404\)/s,
    );
  });

  it('names the watched workflow of a workflow_run and links its run', () => {
    // The notifier's own run (its name, number and attempt) must not show through.
    const notifier = { GITHUB_WORKFLOW: 'Notify', GITHUB_RUN_NUMBER: '7', GITHUB_RUN_ATTEMPT: '3' };
    const facts = defaultFacts(contextFor('workflow_run', 'workflow_run', notifier), 'failure', {
      failed_jobs: [],
    });
    expect(facts.workflow).toBe('CI');
    expect(facts.run_url).toBe('https://github.com/octo-org/octo-repo/actions/runs/13862081234');
    expect(facts.run_label).toBe('Run #482');
    expect(facts.trigger).toContain('completed (on pull_request)');
  });

  it('announces a release only when it is put out, not when it is edited, deleted or unpublished', () => {
    const facts = (action: string) =>
      defaultFacts(
        { ...contextFor('release'), event: { ...contextFor('release').event, action } },
        'success',
        { failed_jobs: [] },
      );
    expect(facts('published')).toMatchObject({
      outcome: 'released',
      headline: 'Released v2.3.0 — Faster builds',
    });
    expect(facts('prereleased').outcome).toBe('released');
    expect(facts('deleted')).toMatchObject({ outcome: 'success', headline: 'Release v2.3.0 deleted' });
    expect(facts('unpublished').headline).toBe('Release v2.3.0 unpublished');
    expect(facts('edited').headline).toBe('Release v2.3.0 edited');
  });

  it('shows schedule and manual-run details', async () => {
    expect(defaultFacts(contextFor('schedule'), 'success', { failed_jobs: [] }).trigger).toBe(
      'schedule (30 5 * * 1-5)',
    );
    const dispatch = await renderContent(
      settingsWith(),
      contextFor('workflow_dispatch'),
      { failed_jobs: [] },
      runnerEnv('workflow_dispatch'),
    );
    expect(dispatch.text).toContain('Input:         environment: staging');
    expect(dispatch.text).toContain('manual run by monalisa');
  });

  it('titles releases without repeating the tag', () => {
    expect(releaseTitle('v2.3.0', 'v2.3.0 — Faster builds')).toBe('v2.3.0 — Faster builds');
    expect(releaseTitle('v2.3.0', 'Faster builds')).toBe('v2.3.0: Faster builds');
    expect(releaseTitle('v2.3.0', '')).toBe('v2.3.0');
  });

  it('keeps hostile values literal in the default message', async () => {
    const ctx = contextFor('pull_request', 'hostile-pull_request');
    const c = await renderContent(
      settingsWith({ status: 'failure' }),
      ctx,
      failureEnrichment(),
      runnerEnv('pull_request', 'hostile-pull_request'),
    );
    expect(c.subject).not.toMatch(/[\r\n]/);
    expect(c.subject).toContain('feature/"><a href="http://evil.example">x</a><img src=x onerror=alert(1)>');
    const html = c.html ?? '';
    expect(html).not.toMatch(/<script|<img|href="http:\/\/evil|onerror=alert\(1\)>/i);
    expect(html).toContain('Fix &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(c.text).toContain(
      'Fix <script>alert(1)</script> <img src=x onerror=alert(1)> [click me](http://evil.example/phish)',
    );
  });
});
