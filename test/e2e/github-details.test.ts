// End-to-end: the bundled action (dist/index.js) against the Gmail-like SMTP server and the GitHub
// REST look-alike (GITHUB_API_URL), checking notify-when, failure details and JUnit summaries in the
// mail as received. Run `npm run build` first.

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { jobLog, type GitHubApiServerOptions as RunGitHubApiOptions } from '../servers/github-api.mjs';
import { type GitHubRun, type GitHubRunOptions, runWithGitHubApi } from './github-run.js';
import type { ActionRun } from './harness.js';

const RUN_ID = 1658821493; // GITHUB_RUN_ID in the harness
const RUN_NUMBER = 42;
const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

type Previous = 'success' | 'failure' | 'none' | 'unknown';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** Runs written like a real history on `main`: newest passed-over runs on top, another branch mixed in. */
function history(previous: Previous, branch = 'main'): RunGitHubApiOptions['runs'] {
  const current = { id: RUN_ID, run_number: RUN_NUMBER, head_branch: branch, status: 'in_progress' as const };
  if (previous === 'none' || previous === 'unknown') {
    return [current, { id: 900, run_number: 41, head_branch: 'other', conclusion: 'failure' }];
  }
  const other = previous === 'success' ? 'failure' : 'success';
  return [
    current,
    // Passed over: cancelled and skipped runs, another branch, another workflow.
    { id: 905, run_number: 41, head_branch: branch, conclusion: 'cancelled' },
    { id: 904, run_number: 40, head_branch: branch, conclusion: 'skipped' },
    { id: 903, run_number: 39, head_branch: 'other', conclusion: other },
    { id: 950, run_number: 12, head_branch: branch, conclusion: other, workflow_id: 777 },
    { id: 902, run_number: 38, head_branch: branch, conclusion: previous },
    { id: 901, run_number: 37, head_branch: branch, conclusion: other },
  ];
}

const runWith = (opts: GitHubRunOptions): Promise<GitHubRun> => runWithGitHubApi(opts, cleanups);

const JOB_URL = `https://github.com/octo-org/octo-repo/actions/runs/${RUN_ID}/job`;

/** The text part's entry for one failed job: from its `✖ name` line to the next job or the note. */
function jobBlock(text: string, name: string): string {
  const start = text.indexOf(`\n✖ ${name}\n`);
  if (start < 0) return '';
  const rest = text.slice(start + 1);
  const end = rest.search(/\n✖ |\nLog excerpts may contain|\n…and \d+ more failed job/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** How often `needle` occurs in `haystack`. */
function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

function explain(run: ActionRun): string {
  return `exit ${run.code}\n${run.stdout}\n${run.stderr}`;
}

function warnings(run: ActionRun): string {
  return run.annotations
    .filter((a) => a.level === 'warning')
    .map((a) => a.message)
    .join('\n');
}

describe('notify-when against the previous run', () => {
  const cases: Array<[string, 'success' | 'failure', Previous, boolean]> = [
    // Status conditions decide without asking the API.
    ['always', 'success', 'success', true],
    ['always', 'failure', 'failure', true],
    ['success', 'success', 'failure', true],
    ['success', 'failure', 'failure', false],
    ['failure', 'failure', 'success', true],
    ['failure', 'success', 'failure', false],
    ['cancelled', 'success', 'success', false],
    ['fixed', 'success', 'failure', true],
    ['fixed', 'success', 'success', false],
    ['fixed', 'success', 'none', false],
    // Unknown (HTTP 403: no `actions: read`) is no evidence of a fix or a change: nothing is sent.
    ['fixed', 'success', 'unknown', false],
    ['fixed', 'failure', 'failure', false],
    ['changed', 'success', 'failure', true],
    ['changed', 'success', 'success', false],
    ['changed', 'failure', 'success', true],
    ['changed', 'failure', 'failure', false],
    ['changed', 'success', 'none', true],
    ['changed', 'failure', 'unknown', false],
    ['failure,fixed', 'success', 'success', false],
    ['failure,fixed', 'success', 'failure', true],
    ['failure,fixed', 'failure', 'failure', true],
    ['failure,fixed', 'success', 'unknown', false],
    ['failure,fixed', 'failure', 'unknown', true],
  ];
  it.concurrent.each(cases)(
    'notify-when %s, status %s, previous %s → send %s',
    async (when, status, previous, send) => {
      const { smtp, api, run, mail } = await runWith({
        inputs: { 'notify-when': when, status, details: 'false' },
        api: { runs: history(previous), mode: previous === 'unknown' ? 'forbidden' : 'ok' },
      });
      expect(run.code, explain(run)).toBe(0);
      const lookup = api.requests.filter((r) => r.host === 'api');
      const needsLookup =
        when.split(',').some((w) => w === 'changed' || (w === 'fixed' && status === 'success')) &&
        !when.split(',').includes(status);
      if (needsLookup) {
        expect(lookup.map((r) => r.path)).toEqual([
          `/repos/octo-org/octo-repo/actions/runs/${RUN_ID}`,
          ...(previous === 'unknown' ? [] : ['/repos/octo-org/octo-repo/actions/workflows/161335/runs']),
        ]);
        expect(lookup.every((r) => r.auth === 'valid')).toBe(true);
        if (previous !== 'unknown')
          expect(lookup[1]!.query).toMatchObject({ branch: 'main', status: 'completed' });
      } else {
        expect(lookup).toEqual([]);
      }
      if (previous === 'unknown') {
        if (needsLookup) {
          expect(warnings(run)).toMatch(/previous run.*HTTP 403.*actions: read/);
          expect(warnings(run)).toContain('neither `fixed` nor `changed` matches');
        } else {
          expect(warnings(run)).toBe('');
        }
      } else {
        expect(warnings(run)).toBe('');
      }
      if (send) {
        expect(run.outputs.sent, explain(run)).toBe('true');
        expect(smtp.received).toHaveLength(1);
        expect(mail?.subject).toContain('octo-org/octo-repo');
        if (needsLookup && previous !== 'unknown' && previous !== 'none') {
          expect(mail?.text).toMatch(new RegExp(`^Previous run: +${previous}$`, 'm'));
          expect(mail?.html).toMatch(new RegExp(`>Previous run</td><td[^>]*>${previous}</td>`));
        }
      } else {
        expect(run.outputs.sent).toBe('false');
        expect(run.outputs['skipped-reason']).toBe('notify-when');
        const notice = run.annotations.find((a) => a.level === 'notice');
        expect(notice?.message).toMatch(/^No email sent: .*\(notify-when: /);
        expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
        expect(smtp.connections()).toHaveLength(0);
      }
    },
  );

  it('compares a pull request with the runs of its head branch', async () => {
    const branch = 'feature/faster-builds';
    const { run, api, smtp } = await runWith({
      eventName: 'pull_request',
      event: JSON.parse(fixture('events/pull_request.json')),
      inputs: { 'notify-when': 'fixed', status: 'success', details: 'false' },
      api: {
        runs: [
          {
            id: RUN_ID,
            run_number: RUN_NUMBER,
            head_branch: branch,
            status: 'in_progress',
            event: 'pull_request',
          },
          // Newer, on the base branch: must not count.
          { id: 903, run_number: 39, head_branch: 'main', conclusion: 'success' },
          { id: 902, run_number: 38, head_branch: branch, conclusion: 'failure', event: 'pull_request' },
        ],
      },
    });
    expect(run.code, explain(run)).toBe(0);
    expect(api.requests.find((r) => r.path.endsWith('/workflows/161335/runs'))?.query.branch).toBe(branch);
    expect(smtp.received).toHaveLength(1);
  });

  it('sends nothing, with a warning, when the API cannot be reached at all', async () => {
    const { run, smtp } = await runWith({
      inputs: { 'notify-when': 'changed', status: 'success', details: 'false' },
      api: {},
      env: { GITHUB_API_URL: 'http://127.0.0.1:9' },
    });
    expect(run.code, explain(run)).toBe(0);
    expect(warnings(run)).toMatch(/could not be used.*actions: read/);
    expect(run.outputs['skipped-reason']).toBe('notify-when');
    expect(smtp.received).toHaveLength(0);
  });
});

const TEST_LOG = jobLog([
  '##[group]Run actions/checkout@v4',
  'Syncing repository: octo-org/octo-repo',
  '##[endgroup]',
  '##[group]Run npm test',
  '\u001b[36;1mnpm test\u001b[0m',
  ...Array.from({ length: 40 }, (_, i) => `early output line ${i + 1}`),
  '\u001b[31m FAIL \u001b[39m src/sum.test.ts > adds two numbers',
  'AssertionError: expected 3 to be 4 // Object.is equality',
  ' ❯ src/sum.test.ts:5:17',
  '\u001b[31mTest Files  1 failed (1)\u001b[39m',
  '##[error]Process completed with exit code 1.',
  'Post job cleanup.',
  'Cleaning up orphan processes',
]);
const BUILD_LOG = jobLog([
  'Run npm run build',
  "src/index.ts(3,1): error TS2304: Cannot find name 'foo'.",
  '##[error]Process completed with exit code 2.',
]);

const STEPS_TEST = [
  { name: 'Set up job', conclusion: 'success' as const },
  { name: 'Run actions/checkout@v4', conclusion: 'success' as const },
  { name: 'Run npm test', conclusion: 'failure' as const },
  { name: 'Post Run actions/checkout@v4', conclusion: 'success' as const },
  { name: 'Complete job', conclusion: 'success' as const },
];

describe('failure details', () => {
  it('lists failed jobs, steps, links and log excerpts; the running job has no excerpt', async () => {
    const { run, api, mail } = await runWith({
      inputs: { status: 'failure', 'log-lines': '7' },
      // Debug logging on: the token must not show there either (assertNoSecrets in runWith).
      env: { RUNNER_DEBUG: '1' },
      api: {
        runs: history('none'),
        jobs: [
          {
            id: 3001,
            run_id: RUN_ID,
            name: 'lint',
            conclusion: 'success',
            steps: [{ name: 'Lint', conclusion: 'success' }],
          },
          {
            id: 3002,
            run_id: RUN_ID,
            name: 'test (ubuntu-latest, 20)',
            conclusion: 'failure',
            steps: STEPS_TEST,
          },
          { id: 3003, run_id: RUN_ID, name: 'test (windows-latest, 20)', conclusion: 'cancelled', steps: [] },
          {
            id: 3004,
            run_id: RUN_ID,
            run_attempt: 2,
            name: 'from another attempt',
            conclusion: 'failure',
            steps: [],
          },
          {
            id: 3005,
            run_id: RUN_ID,
            name: 'build',
            status: 'in_progress',
            steps: [
              { name: 'Set up job', conclusion: 'success' },
              { name: 'Compile', conclusion: 'failure' },
              { name: 'Run gmail-notify', status: 'in_progress' },
            ],
          },
        ],
        logs: { 3002: TEST_LOG, 3005: 'should never be fetched' },
      },
    });
    expect(run.code, explain(run)).toBe(0);
    expect(warnings(run)).toBe('');
    const text = mail?.text ?? '';
    const html = mail?.html || '';
    expect(text).toContain('FAILED JOBS');
    expect(html).toContain('>Failed jobs</h2>');
    // The failed job: name, link, failed step with its number and link.
    const test = jobBlock(text, 'test (ubuntu-latest, 20)');
    expect(test, text).toContain(`\n  ${JOB_URL}/3002\n`);
    expect(test).toContain(`Failed step 3: Run npm test (${JOB_URL}/3002#step:3:1)`);
    expect(html).toMatch(new RegExp(`<a href="${JOB_URL}/3002"[^>]*>test \\(ubuntu-latest, 20\\)</a>`));
    expect(html).toMatch(new RegExp(`<a href="${JOB_URL}/3002#step:3:1"[^>]*>Run npm test</a>`));
    expect(html).toContain('(step 3)');
    // The last 7 lines, cleaned, in that job's entry.
    expect(test).toContain('Last lines of the log:');
    for (const line of [
      'FAIL  src/sum.test.ts > adds two numbers',
      'AssertionError: expected 3 to be 4 // Object.is equality',
      'Test Files  1 failed (1)',
      'Error: Process completed with exit code 1.',
      'Cleaning up orphan processes',
    ]) {
      expect(test).toContain(line);
      expect(html).toContain(line.replace(/>/g, '&gt;'));
    }
    for (const part of [text, html]) {
      expect(part).not.toContain('early output line 40');
      expect(part).not.toMatch(/2025-03-14T09:31/);
      expect(part).not.toContain('\u001b');
      // Cancelled and other-attempt jobs are not failures of this attempt.
      expect(part).not.toContain('windows-latest');
      expect(part).not.toContain('from another attempt');
    }
    // The job sending the message: failed step, no excerpt.
    const build = jobBlock(text, 'build');
    expect(build, text).toContain(`\n  ${JOB_URL}/3005\n`);
    expect(build).toContain(`Failed step 2: Compile (${JOB_URL}/3005#step:2:1)`);
    expect(build).toContain('Still running when this email was sent');
    expect(build).not.toContain('Last lines of the log');
    expect(text).not.toContain('should never be fetched');
    expect(html).toMatch(new RegExp(`<a href="${JOB_URL}/3005"[^>]*>build</a>`));
    expect(html).toMatch(new RegExp(`<a href="${JOB_URL}/3005#step:2:1"[^>]*>Compile</a>`));
    expect(html).toContain('Still running when this email was sent');
    // One excerpt in all: the running job has none.
    expect(count(text, 'Last lines of the log:')).toBe(1);
    expect(count(html, '<pre')).toBe(1);
    expect(text).toContain('may contain sensitive data');
    expect(html).toContain('may contain sensitive data');
    // The jobs list of this attempt, one log download (redirected, without the token).
    const paths = api.requests.map((r) => `${r.host} ${r.path}`);
    expect(paths).toContain(`api /repos/octo-org/octo-repo/actions/runs/${RUN_ID}/attempts/1/jobs`);
    expect(paths).toContain('api /repos/octo-org/octo-repo/actions/jobs/3002/logs');
    expect(paths).not.toContain('api /repos/octo-org/octo-repo/actions/jobs/3005/logs');
    const download = api.requests.filter((r) => r.host === 'logs');
    expect(download).toHaveLength(1);
    expect(download[0]).toMatchObject({ auth: 'none', status: 200 });
    expect(api.requests.filter((r) => r.host === 'api').every((r) => r.auth === 'valid')).toBe(true);
  });

  it('gives every failed job an excerpt in a dedicated notify job (all failed jobs complete)', async () => {
    const { run, mail } = await runWith({
      inputs: { status: 'failure', 'log-lines': '30' },
      env: { GITHUB_JOB: 'notify' },
      api: {
        runs: history('none'),
        jobs: [
          {
            id: 4001,
            run_id: RUN_ID,
            name: 'build',
            conclusion: 'failure',
            steps: [{ name: 'Run npm run build', conclusion: 'failure' }],
          },
          {
            id: 4002,
            run_id: RUN_ID,
            name: 'test',
            conclusion: 'timed_out',
            steps: [...STEPS_TEST.slice(0, 2), { name: 'Run npm test', conclusion: 'cancelled' }],
          },
          {
            id: 4003,
            run_id: RUN_ID,
            name: 'notify',
            status: 'in_progress',
            steps: [
              { name: 'Set up job', conclusion: 'success' },
              { name: 'Run gmail-notify', status: 'in_progress' },
            ],
          },
        ],
        logs: { 4001: BUILD_LOG, 4002: TEST_LOG },
      },
    });
    expect(run.code, explain(run)).toBe(0);
    expect(warnings(run)).toBe('');
    const text = mail?.text ?? '';
    const html = mail?.html || '';
    const build = jobBlock(text, 'build');
    expect(build, text).toContain('Last lines of the log:');
    expect(build).toContain("error TS2304: Cannot find name 'foo'.");
    expect(build).toContain('Error: Process completed with exit code 2.');
    const test = jobBlock(text, 'test');
    expect(test, text).toContain('Last lines of the log:');
    expect(test).toContain('FAIL  src/sum.test.ts > adds two numbers');
    expect(test).toContain(`Failed step 3: Run npm test (${JOB_URL}/4002#step:3:1)`);
    expect(count(html, '<pre')).toBe(2);
    expect(html).toContain('error TS2304: Cannot find name &#39;foo&#39;.');
    expect(html).toMatch(new RegExp(`<a href="${JOB_URL}/4002#step:3:1"[^>]*>Run npm test</a>`));
    expect(text).not.toMatch(/^✖ notify$/m);
    expect(html).not.toContain('>notify</a>');
    expect(text).not.toContain('Still running');
    expect(html).not.toContain('Still running');
    expect(text).toContain('may contain sensitive data');
  });

  it('still sends, with a warning naming actions: read, when the API answers 403', async () => {
    const { run, smtp, mail } = await runWith({
      inputs: { status: 'failure' },
      api: {
        mode: 'forbidden',
        runs: history('none'),
        jobs: [{ id: 5001, run_id: RUN_ID, name: 'test', conclusion: 'failure' }],
      },
    });
    expect(run.code, explain(run)).toBe(0);
    expect(run.outputs.sent).toBe('true');
    expect(smtp.received).toHaveLength(1);
    expect(warnings(run)).toMatch(
      /Could not list the failed jobs.*HTTP 403.*permissions: \{ actions: read, contents: read \}/,
    );
    expect(mail?.text).not.toContain('FAILED JOBS');
    expect(mail?.text).not.toContain('Failed step');
    expect(mail?.html).not.toContain('Failed jobs');
  });

  it('lists the jobs with a note in place of the excerpt when only the logs are refused (404)', async () => {
    const { run, mail } = await runWith({
      inputs: { status: 'failure' },
      api: {
        logsMode: 'not-found',
        runs: history('none'),
        jobs: [{ id: 6001, run_id: RUN_ID, name: 'test', conclusion: 'failure', steps: STEPS_TEST }],
        logs: { 6001: TEST_LOG },
      },
    });
    expect(run.code, explain(run)).toBe(0);
    expect(warnings(run)).toMatch(
      /Could not read the log of test \(HTTP 404\).*permissions: \{ actions: read, contents: read \}/,
    );
    const text = mail?.text ?? '';
    const html = mail?.html || '';
    const test = jobBlock(text, 'test');
    expect(test, text).toContain(`${JOB_URL}/6001`);
    expect(test).toContain(`Failed step 3: Run npm test (${JOB_URL}/6001#step:3:1)`);
    expect(test).toContain('Log not included (HTTP 404); open the job to read it.');
    expect(html).toContain('Log not included (HTTP 404); open the job to read it.');
    expect(html).toMatch(new RegExp(`<a href="${JOB_URL}/6001#step:3:1"[^>]*>Run npm test</a>`));
    expect(text).not.toContain('Last lines of the log');
    expect(text).not.toContain('Process completed with exit code');
    expect(html).not.toContain('<pre');
  });

  it('counts the failed jobs left out of a wide failing matrix ("and N more")', async () => {
    const { run, api, mail } = await runWith({
      inputs: { status: 'failure', 'log-lines': '0' },
      env: { GITHUB_JOB: 'notify' },
      api: {
        runs: history('none'),
        jobs: Array.from({ length: 23 }, (_, i) => ({
          id: 7001 + i,
          run_id: RUN_ID,
          name: `matrix ${i + 1}`,
          conclusion: 'failure' as const,
          steps: STEPS_TEST,
        })),
      },
    });
    expect(run.code, explain(run)).toBe(0);
    expect(warnings(run)).toBe('');
    // log-lines: 0 downloads no logs.
    expect(api.requests.filter((r) => r.path.endsWith('/logs'))).toEqual([]);
    const text = mail?.text ?? '';
    const html = mail?.html || '';
    expect(text).toMatch(/^✖ matrix 20$/m);
    expect(text).not.toMatch(/^✖ matrix 21$/m);
    expect(text).toContain('…and 3 more failed jobs.');
    expect(html).toContain('>matrix 20</a>');
    expect(html).not.toContain('>matrix 21</a>');
    expect(html).toContain('…and 3 more failed jobs.');
  });

  it('asks for nothing on success or with details: false', async () => {
    const variants: Record<string, string>[] = [
      { status: 'success' },
      { status: 'failure', details: 'false' },
    ];
    for (const inputs of variants) {
      const { run, api } = await runWith({ inputs, api: { runs: history('none') } });
      expect(run.code, explain(run)).toBe(0);
      expect(api.requests).toEqual([]);
    }
  });
});

describe('junit-files', () => {
  it('summarises real vitest and pytest reports in the message', async () => {
    const { run, mail } = await runWith({
      inputs: { status: 'failure', details: 'false', 'junit-files': 'reports/**/*.xml\nmissing/*.xml' },
      api: {},
      workspaceFiles: {
        'reports/vitest.xml': fixture('junit/vitest.xml'),
        'reports/py/pytest.xml': fixture('junit/pytest.xml'),
        'reports/broken.xml': '<testsuites><testsuite name="x">',
      },
    });
    expect(run.code, explain(run)).toBe(0);
    const text = mail?.text ?? '';
    const html = mail?.html || '';
    expect(text).toContain('TESTS\n11 total, 4 passed, 5 failed, 2 skipped\n');
    expect(text).toContain(
      '- math.test.ts › math > multiplies & divides <correctly>\n    expected 6 to be 7',
    );
    expect(text).toContain('- math.test.ts › strings > throws on "bad" input\n');
    expect(text).toContain(
      "- test_sample.TestParser › test_raises\n    ValueError: unexpected token '<' at line 3\n",
    );
    expect(text).toContain('- test_sample › test_uses_broken_fixture\n');
    // No API details with `details: false`.
    expect(text).not.toContain('FAILED JOBS');
    expect(html).toMatch(
      /<strong>11<\/strong> total · <span[^>]*>4 passed<\/span> · <span[^>]*>5 failed<\/span> · <span[^>]*>2 skipped<\/span>/,
    );
    // In the HTML part the test names are text, not markup.
    expect(html).toMatch(
      /math\.test\.ts › <\/span><strong>math &gt; multiplies &amp; divides &lt;correctly&gt;<\/strong><br><span[^>]*>expected 6 to be 7/,
    );
    expect(html).toMatch(
      /test_sample\.TestParser › <\/span><strong>test_raises<\/strong><br><span[^>]*>ValueError: unexpected token &#39;&lt;&#39; at line 3/,
    );
    expect(html).toContain('<strong>test_uses_broken_fixture</strong>');
    expect(warnings(run)).toMatch(/no files match "missing\/\*\.xml"/);
    expect(warnings(run)).toMatch(/reports\/broken\.xml/);
  });

  it('refuses a report path outside the workspace', async () => {
    const { run, smtp } = await runWith({
      inputs: { status: 'failure', details: 'false', 'junit-files': '../../etc/*.xml' },
      api: {},
    });
    expect(run.code).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /junit-files.*outside the workspace/,
    );
    // The connection is opened early (while reports are read), but no mail goes over it.
    expect(smtp.received).toHaveLength(0);
    for (const c of smtp.connections()) expect(c.commands).not.toContain('MAIL');
  });
});

describe('workflow_run: the notification reports on the watched run', () => {
  // test/fixtures/events/workflow_run.json: CI run #482 on feature/faster-builds (PR #1347), failed.
  const payload = JSON.parse(fixture('events/workflow_run.json')) as {
    workflow_run: Record<string, unknown>;
  };
  const WATCHED_ID = 13862081234;
  const WATCHED_WORKFLOW = 48213377;
  const BRANCH = 'feature/faster-builds';
  const WATCHED_URL = `https://github.com/octo-org/octo-repo/actions/runs/${WATCHED_ID}`;
  const WATCHED_JOB_URL = `${WATCHED_URL}/job`;
  /** The notifier's own run (GITHUB_RUN_ID), in another workflow. */
  const NOTIFIER_ENV = { GITHUB_WORKFLOW: 'Notify on CI', GITHUB_JOB: 'notify' };
  const notifierRun = {
    id: RUN_ID,
    run_number: RUN_NUMBER,
    head_branch: 'main',
    status: 'in_progress' as const,
    name: 'Notify on CI',
    event: 'workflow_run',
  };
  /** The fixture with the watched run's conclusion replaced. */
  const eventWith = (conclusion: string): object => ({
    ...payload,
    workflow_run: { ...payload.workflow_run, conclusion },
  });
  const watchedRun = (conclusion: string) => ({
    id: WATCHED_ID,
    run_number: 482,
    head_branch: BRANCH,
    conclusion,
    workflow_id: WATCHED_WORKFLOW,
    event: 'pull_request',
  });

  it('a failed CI run with the default status: a failure email with the watched run’s failed jobs and logs', async () => {
    const { run, api, mail } = await runWith({
      // No `status`: the harness fills in action.yml's `${{ job.status }}`, which is success here.
      inputs: { 'log-lines': '30' },
      eventName: 'workflow_run',
      event: payload,
      env: NOTIFIER_ENV,
      api: {
        runs: [notifierRun, watchedRun('failure')],
        jobs: [
          // The notifier's own job: had it been asked about, this job would show up.
          {
            id: 9001,
            run_id: RUN_ID,
            name: 'notifier decoy',
            status: 'in_progress',
            steps: [{ name: 'Decoy step', conclusion: 'failure' }],
          },
          {
            id: 8001,
            run_id: WATCHED_ID,
            name: 'build',
            conclusion: 'failure',
            steps: [{ name: 'Run npm run build', conclusion: 'failure' }],
          },
          {
            id: 8002,
            run_id: WATCHED_ID,
            name: 'test',
            conclusion: 'timed_out',
            steps: [...STEPS_TEST.slice(0, 2), { name: 'Run npm test', conclusion: 'cancelled' }],
          },
          { id: 8003, run_id: WATCHED_ID, name: 'lint', conclusion: 'success', steps: [] },
        ],
        logs: { 8001: BUILD_LOG, 8002: TEST_LOG, 9001: 'the notifier log must not be read' },
      },
    });
    expect(run.code, explain(run)).toBe(0);
    expect(warnings(run)).toBe('');
    expect(run.stdout).toContain(
      'Status: failure, from the conclusion of CI run #482 (failure) that triggered this workflow_run.',
    );
    expect(mail?.subject).toBe(`[octo-org/octo-repo] CI failed on ${BRANCH} (PR #1347) (c7d2e9f)`);
    expect(mail?.headers.get('x-github-status')).toBe('failure');
    expect(mail?.headers.get('x-github-workflow')).toBe('CI');
    expect(mail?.headers.get('x-github-run-url')).toBe(WATCHED_URL);
    expect(mail?.headers.get('x-github-event')).toBe('workflow_run');
    expect(run.summary).toContain('<th align="left">Run status</th><td>failure</td>');
    const text = mail?.text ?? '';
    const html = mail?.html || '';
    expect(html).toContain('#cf222e');
    expect(html).toContain('Failed');
    expect(text).toMatch(/^Pull request: +#1347 Speed up builds with a shared dependency cache$/m);
    expect(html).toContain('#1347</a> Speed up builds with a shared dependency cache');
    // Every failed job of the watched run is complete, so each has its excerpt.
    const build = jobBlock(text, 'build');
    expect(build, text).toContain(`\n  ${WATCHED_JOB_URL}/8001\n`);
    expect(build).toContain("error TS2304: Cannot find name 'foo'.");
    const test = jobBlock(text, 'test');
    expect(test, text).toContain(`Failed step 3: Run npm test (${WATCHED_JOB_URL}/8002#step:3:1)`);
    expect(test).toContain('FAIL  src/sum.test.ts > adds two numbers');
    expect(count(text, 'Last lines of the log:')).toBe(2);
    expect(count(html, '<pre')).toBe(2);
    for (const part of [text, html]) {
      expect(part).not.toContain('decoy');
      expect(part).not.toContain('Still running');
      expect(part).not.toMatch(/^✖ lint$/m);
    }
    // The API was asked about the watched run, never about the notifier's.
    const paths = api.requests.filter((r) => r.host === 'api').map((r) => r.path);
    expect(paths).toEqual([
      `/repos/octo-org/octo-repo/actions/runs/${WATCHED_ID}/attempts/1/jobs`,
      '/repos/octo-org/octo-repo/actions/jobs/8001/logs',
      '/repos/octo-org/octo-repo/actions/jobs/8002/logs',
    ]);
    expect(paths.join('\n')).not.toContain(String(RUN_ID));
  });

  it('an explicit status: failure stays failure even when the watched run succeeded', async () => {
    const { run, mail } = await runWith({
      inputs: { status: 'failure', details: 'false' },
      eventName: 'workflow_run',
      event: eventWith('success'),
      env: NOTIFIER_ENV,
      api: {},
    });
    expect(run.code, explain(run)).toBe(0);
    expect(mail?.headers.get('x-github-status')).toBe('failure');
    expect(mail?.subject).toContain('CI failed on ');
  });

  // notify-when decides on the status the email shows: the watched run's, against its own history.
  const cases: Array<[string, string, 'success' | 'failure' | null, string | null]> = [
    ['fixed', 'success', 'failure', 'CI fixed on'],
    ['fixed', 'success', 'success', null],
    ['fixed', 'success', null, null],
    ['changed', 'timed_out', 'success', 'CI failed on'],
    ['changed', 'failure', 'failure', null],
    ['failure', 'failure', 'success', 'CI failed on'],
    ['failure', 'success', 'failure', null],
    ['cancelled', 'skipped', 'success', 'CI was cancelled on'],
  ];
  it.concurrent.each(cases)(
    'notify-when %s, watched run %s, its previous run %s → %s',
    async (when, conclusion, previous, subject) => {
      const { run, api, mail, smtp } = await runWith({
        inputs: { 'notify-when': when, details: 'false' },
        eventName: 'workflow_run',
        event: eventWith(conclusion),
        env: NOTIFIER_ENV,
        api: {
          runs: [
            notifierRun,
            // The notifier's own history on the watched branch says the opposite: never consulted.
            {
              id: 990,
              run_number: 41,
              head_branch: BRANCH,
              name: 'Notify on CI',
              conclusion: previous === 'success' ? 'failure' : 'success',
            },
            // A newer run of the watched workflow (this notification is late), then the watched run.
            { ...watchedRun('failure'), id: WATCHED_ID + 1, run_number: 483 },
            watchedRun(conclusion),
            { ...watchedRun('cancelled'), id: 13862070002, run_number: 481 },
            { ...watchedRun('success'), id: 13862070001, run_number: 480, head_branch: 'main' },
            ...(previous ? [{ ...watchedRun(previous), id: 13862070000, run_number: 479 }] : []),
          ],
        },
      });
      expect(run.code, explain(run)).toBe(0);
      expect(warnings(run)).toBe('');
      const lookups = api.requests.filter((r) => r.host === 'api');
      if (when === 'fixed' || when === 'changed') {
        // The payload names the watched workflow: one query, on its branch.
        expect(lookups.map((r) => r.path)).toEqual([
          `/repos/octo-org/octo-repo/actions/workflows/${WATCHED_WORKFLOW}/runs`,
        ]);
        expect(lookups[0]?.query).toMatchObject({ branch: BRANCH, status: 'completed' });
      } else {
        expect(lookups).toEqual([]);
      }
      if (subject) {
        expect(run.outputs.sent, explain(run)).toBe('true');
        expect(mail?.subject).toContain(`${subject} ${BRANCH}`);
        if (previous && lookups.length)
          expect(mail?.text).toMatch(new RegExp(`^Previous run: +${previous}$`, 'm'));
      } else {
        expect(run.outputs.sent, explain(run)).toBe('false');
        expect(run.outputs['skipped-reason']).toBe('notify-when');
        expect(smtp.received).toHaveLength(0);
      }
    },
  );
});

describe('status takes GitHub conclusion words', () => {
  it.each([
    ['timed_out', 'failure', 'CI failed on main'],
    ['startup_failure', 'failure', 'CI failed on main'],
    ['skipped', 'cancelled', 'CI was cancelled on main'],
    ['neutral', 'success', 'CI succeeded on main'],
  ])('status: %s sends a %s email', async (value, status, subject) => {
    const { run, mail } = await runWith({ inputs: { status: value, details: 'false' }, api: {} });
    expect(run.code, explain(run)).toBe(0);
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(mail?.subject).toContain(subject);
    expect(mail?.headers.get('x-github-status')).toBe(status);
  });

  it('status from github.event.workflow_run.conclusion (startup_failure) on workflow_run reports a failure', async () => {
    const event = JSON.parse(fixture('events/workflow_run.json')) as { workflow_run: object };
    const { run, mail } = await runWith({
      inputs: { status: 'startup_failure', details: 'false' },
      eventName: 'workflow_run',
      event: { ...event, workflow_run: { ...event.workflow_run, conclusion: 'startup_failure' } },
      env: { GITHUB_WORKFLOW: 'Notify on CI' },
      api: {},
    });
    expect(run.code, explain(run)).toBe(0);
    expect(mail?.headers.get('x-github-status')).toBe('failure');
    expect(mail?.subject).toContain('CI failed on feature/faster-builds');
  });

  it('a watched run that has not completed (no types: [completed]): nothing sent, a notice says why', async () => {
    const event = JSON.parse(fixture('events/workflow_run.json')) as { workflow_run: object };
    const { run, api, smtp } = await runWith({
      inputs: {},
      eventName: 'workflow_run',
      event: {
        ...event,
        action: 'requested',
        workflow_run: { ...event.workflow_run, status: 'in_progress', conclusion: null },
      },
      env: { GITHUB_WORKFLOW: 'Notify on CI' },
      api: {},
    });
    expect(run.code, explain(run)).toBe(0);
    expect(run.outputs.sent).toBe('false');
    expect(run.outputs['skipped-reason']).toBe('notify-when');
    expect(run.annotations.map((a) => [a.level, a.message])).toEqual([
      [
        'notice',
        'No email sent: CI run #482 has not completed yet (in_progress). Add `types: [completed]` under `on: workflow_run` so this workflow runs once it has.',
      ],
    ]);
    expect(smtp.connections()).toHaveLength(0);
    expect(api.requests).toHaveLength(0);
  });

  it('an explicit status that the watched run does not match is kept, with a warning', async () => {
    const event = JSON.parse(fixture('events/workflow_run.json')) as { workflow_run: object };
    const { run, mail } = await runWith({
      // What `${{ job.status }}` gives when an earlier step of the notify job failed.
      inputs: { status: 'failure', details: 'false' },
      eventName: 'workflow_run',
      event: { ...event, workflow_run: { ...event.workflow_run, conclusion: 'success' } },
      env: { GITHUB_WORKFLOW: 'Notify on CI' },
      api: {},
    });
    expect(run.code, explain(run)).toBe(0);
    expect(mail?.headers.get('x-github-status')).toBe('failure');
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: GitHub's expression, as literal text.
      "Input `status` is failure but CI run #482, which triggered this workflow_run, concluded success; the email reports failure as given. The default, `${{ job.status }}`, is this notify job's own status: failure when one of its earlier steps failed.",
    ]);
  });
});
