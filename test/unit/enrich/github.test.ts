// The GitHub client (@actions/github's Octokit through src/http.ts), previous-run lookup and failed-jobs listing against the GitHub
// REST look-alike on loopback (real HTTP, no mocks).

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readRunContext } from '../../../src/context.js';
import { MAX_API_REQUESTS } from '../../../src/enrich/bounded-api.js';
import { findFailedJobs, MAX_FAILED_JOBS } from '../../../src/enrich/failed-jobs.js';
import {
  createGitHubClient,
  GitHubApiError,
  type GitHubClient,
  type GitHubClientOptions,
  permissionHint,
} from '../../../src/enrich/github.js';
import { findPreviousConclusion, previousRunQuery } from '../../../src/enrich/previous-run.js';
import { Deadline } from '../../../src/retry.js';
import {
  type GitHubApiServerOptions,
  jobLog,
  type RunningGitHubApiServer,
  startGitHubApiServer,
} from '../../servers/github-api.mjs';

const TOKEN = 'ghs_UnitTestToken0123456789abcdefghijklmn';
const RUN_ID = 5550001;
const servers: RunningGitHubApiServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(options: GitHubApiServerOptions): Promise<RunningGitHubApiServer> {
  const s = await startGitHubApiServer({ token: TOKEN, ...options });
  servers.push(s);
  return s;
}

function ctxFor(apiUrl: string, env: Record<string, string> = {}): ReturnType<typeof readRunContext> {
  return readRunContext({
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_API_URL: apiUrl,
    GITHUB_RUN_ID: String(RUN_ID),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    ...env,
  });
}

const soon = (ms = 10_000): Deadline => Deadline.after(ms / 1000);

/** A client for the look-alike at `url` (the repository of ctxFor), with these bounds. */
function githubApi(
  url: string,
  token: string,
  bounds: Pick<GitHubClientOptions, 'deadline' | 'perCallMs' | 'maxRequests'>,
): Promise<GitHubClient> {
  return createGitHubClient({ apiUrl: url, repository: 'octo-org/octo-repo', token, ...bounds });
}
const quiet = { warning: (_m: string): void => undefined };

const workflowRunPayload = JSON.parse(
  readFileSync(new URL('../../fixtures/events/workflow_run.json', import.meta.url), 'utf8'),
) as { workflow_run: Record<string, unknown> };

/** A notifier's context on `workflow_run` (the fixture, watched-run fields replaced by `run`). */
function workflowRunCtx(
  apiUrl: string,
  run: Record<string, unknown> = {},
): ReturnType<typeof readRunContext> {
  const event = { ...workflowRunPayload, workflow_run: { ...workflowRunPayload.workflow_run, ...run } };
  return readRunContext(
    {
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_API_URL: apiUrl,
      GITHUB_WORKFLOW: 'Notify',
      GITHUB_RUN_ID: String(RUN_ID),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: '/event.json',
    },
    () => JSON.stringify(event),
  );
}

/** GET /repos/{owner}/{repo}/actions/runs/1 through the client. */
const getRun = (api: GitHubClient): Promise<unknown> =>
  api.rest.actions.getWorkflowRun({ ...api.repo, run_id: 1 });

describe('createGitHubClient', () => {
  it('follows the log redirect to the other host without the token, and keeps only the tail', async () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `line ${i + 1} ${'x'.repeat(40)}`);
    const s = await server({ runs: [], logs: { 7: jobLog(lines) } });
    const api = await githubApi(s.url, TOKEN, { deadline: soon() });
    const tail = await api.getLogTail(7, 4096, 16 * 1024 * 1024);
    expect(tail.truncated).toBe(false);
    expect(tail.text.length).toBeLessThanOrEqual(4096);
    expect(tail.text.trimEnd().endsWith(`line 40000 ${'x'.repeat(40)}`)).toBe(true);
    // The first, cut line was dropped: every line is whole.
    expect(tail.text.split('\n')[0]).toMatch(/^\S+Z line \d+ x{40}$/);
    expect(s.requests.map((r) => [r.host, r.auth, r.status])).toEqual([
      ['api', 'valid', 302],
      ['logs', 'none', 200],
    ]);
  });

  it('stops reading a log past the byte bound', async () => {
    const s = await server({ logs: { 8: 'y'.repeat(3 * 1024 * 1024) } });
    const api = await githubApi(s.url, TOKEN, { deadline: soon() });
    const tail = await api.getLogTail(8, 1024, 1024 * 1024);
    expect(tail.truncated).toBe(true);
  });

  it('bounds the number of requests and the time of each', async () => {
    const s = await server({ runs: [{ id: 1, run_number: 1, head_branch: 'main' }], delayMs: 400 });
    const capped = await githubApi(s.url, TOKEN, { deadline: soon(), maxRequests: 1 });
    await getRun(capped);
    await expect(getRun(capped)).rejects.toThrowError(/stopped after 1/);
    // The server answers after 400 ms; the 100 ms per-call bound (armed before the request is
    // sent, so always first) is what ends the call: "timed out", not an answer.
    const slow = await githubApi(s.url, TOKEN, { deadline: soon(), perCallMs: 100 });
    await expect(getRun(slow)).rejects.toThrowError(/timed out/);
    expect(slow.requestCount).toBe(1);
    // A deadline already reached (a clock standing at its end): no request is sent at all.
    const late = await githubApi(s.url, TOKEN, { deadline: new Deadline(1_000, () => 1_000) });
    await expect(getRun(late)).rejects.toThrowError(/no time left/);
    expect(late.requestCount).toBe(0);
  });

  it('reports refusals with their status and never the token', async () => {
    const s = await server({ mode: 'forbidden' });
    const api = await githubApi(s.url, TOKEN, { deadline: soon() });
    const err = await getRun(api).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect((err as GitHubApiError).status).toBe(403);
    expect(permissionHint(err)).toContain('permissions: { actions: read, contents: read }');
    expect(String((err as Error).message)).not.toContain(TOKEN);
    const wrong = await githubApi(s.url, 'ghs_wrong-token-000000000000000000', { deadline: soon() });
    await expect(getRun(wrong)).rejects.toMatchObject({
      status: 401,
    });
  });
});

describe('findPreviousConclusion', () => {
  const current = { id: RUN_ID, run_number: 200, head_branch: 'main', status: 'in_progress' as const };

  it('pages past a long streak of cancelled and skipped runs', async () => {
    const runs = [
      current,
      ...Array.from({ length: 70 }, (_, i) => ({
        id: 1000 + i,
        run_number: 199 - i,
        head_branch: 'main',
        conclusion: i % 2 ? 'cancelled' : 'skipped',
      })),
      { id: 10, run_number: 100, head_branch: 'main', conclusion: 'timed_out' },
    ];
    const s = await server({ runs });
    const api = await githubApi(s.url, TOKEN, { deadline: soon() });
    expect(await findPreviousConclusion(api, ctxFor(s.url), quiet)).toBe('failure');
    expect(s.requests.filter((r) => r.path.endsWith('/runs') && r.path.includes('workflows'))).toHaveLength(
      2,
    );
  });

  it('ignores newer runs when this is a re-run of an older one', async () => {
    const s = await server({
      runs: [
        { id: RUN_ID, run_number: 50, head_branch: 'main', status: 'in_progress', run_attempt: 2 },
        { id: 60, run_number: 60, head_branch: 'main', conclusion: 'failure' },
        { id: 49, run_number: 49, head_branch: 'main', conclusion: 'success' },
      ],
    });
    const api = await githubApi(s.url, TOKEN, { deadline: soon() });
    expect(await findPreviousConclusion(api, ctxFor(s.url, { GITHUB_RUN_ATTEMPT: '2' }), quiet)).toBe(
      'success',
    );
  });

  it('is null without a previous run and unknown (with a warning) on 404', async () => {
    const s = await server({ runs: [current] });
    expect(
      await findPreviousConclusion(await githubApi(s.url, TOKEN, { deadline: soon() }), ctxFor(s.url), quiet),
    ).toBe(null);
    const denied = await server({ mode: 'not-found', runs: [current] });
    const said: string[] = [];
    const result = await findPreviousConclusion(
      await githubApi(denied.url, TOKEN, { deadline: soon() }),
      ctxFor(denied.url),
      { warning: (m) => void said.push(m) },
    );
    expect(result).toBe('unknown');
    expect(said.join('\n')).toMatch(/HTTP 404.*actions: read/);
  });

  it('compares the watched run of a workflow_run with its own workflow, not the notifier', async () => {
    const branch = 'feature/faster-builds';
    const s = await server({
      runs: [
        // The notifier's own run and history (workflow 161335): never asked about.
        { id: RUN_ID, run_number: 300, head_branch: 'main', status: 'in_progress', name: 'Notify' },
        { id: 700, run_number: 299, head_branch: branch, conclusion: 'success', name: 'Notify' },
        // The watched workflow: a newer run, the watched run itself, a cancelled one, then the previous.
        {
          id: 13862081299,
          run_number: 483,
          head_branch: branch,
          conclusion: 'success',
          workflow_id: 48213377,
        },
        {
          id: 13862081234,
          run_number: 482,
          head_branch: branch,
          conclusion: 'failure',
          workflow_id: 48213377,
        },
        {
          id: 13862080001,
          run_number: 481,
          head_branch: branch,
          conclusion: 'cancelled',
          workflow_id: 48213377,
        },
        {
          id: 13862080000,
          run_number: 480,
          head_branch: 'main',
          conclusion: 'failure',
          workflow_id: 48213377,
        },
        {
          id: 13862079999,
          run_number: 479,
          head_branch: branch,
          conclusion: 'success',
          workflow_id: 48213377,
        },
      ],
    });
    const ctx = workflowRunCtx(s.url);
    const api = await githubApi(s.url, TOKEN, { deadline: soon() });
    expect(await findPreviousConclusion(api, ctx, quiet)).toBe('success');
    // The payload names the watched run's workflow: no GET /runs/{id} is needed.
    expect(s.requests.map((r) => r.path)).toEqual([
      '/repos/octo-org/octo-repo/actions/workflows/48213377/runs',
    ]);
    expect(s.requests[0]?.query).toMatchObject({ branch, status: 'completed' });
  });

  it('fetches the watched run when the workflow_run payload lacks its workflow id', async () => {
    const s = await server({
      runs: [
        { id: RUN_ID, run_number: 300, head_branch: 'main', status: 'in_progress', name: 'Notify' },
        {
          id: 13862081234,
          run_number: 482,
          head_branch: 'feature/faster-builds',
          conclusion: 'success',
          workflow_id: 48213377,
        },
        {
          id: 13862081000,
          run_number: 470,
          head_branch: 'feature/faster-builds',
          conclusion: 'failure',
          workflow_id: 48213377,
        },
      ],
    });
    const ctx = workflowRunCtx(s.url, { workflow_id: undefined });
    expect(
      await findPreviousConclusion(await githubApi(s.url, TOKEN, { deadline: soon() }), ctx, quiet),
    ).toBe('failure');
    expect(s.requests.map((r) => r.path)).toEqual([
      '/repos/octo-org/octo-repo/actions/runs/13862081234',
      '/repos/octo-org/octo-repo/actions/workflows/48213377/runs',
    ]);
  });

  it('looks up a tag by event across refs, a branch by branch', () => {
    const run = {
      id: 1,
      workflow_id: 2,
      head_branch: 'v2.3.0',
      event: 'push',
      status: 'in_progress',
      conclusion: null,
      run_number: 3,
    };
    const tag = previousRunQuery(ctxFor('http://x', { GITHUB_REF: 'refs/tags/v2.3.0' }), run, 1);
    expect(tag.branch).toBeUndefined();
    expect(tag.event).toBe('push');
    const branch = previousRunQuery(ctxFor('http://x'), { ...run, head_branch: 'main' }, 2);
    expect(branch).toMatchObject({ branch: 'main', status: 'completed', page: 2 });
  });
});

describe('findFailedJobs', () => {
  it('pages through a wide matrix, caps the listed jobs and quotes the log of each', async () => {
    const jobs = Array.from({ length: 230 }, (_, i) => ({
      id: 10_000 + i,
      run_id: RUN_ID,
      name: `shard ${i + 1}`,
      conclusion: (i % 10 === 0 ? 'failure' : 'success') as 'failure' | 'success',
      steps: [
        { name: 'Run tests', conclusion: (i % 10 === 0 ? 'failure' : 'success') as 'failure' | 'success' },
      ],
    }));
    const logs = Object.fromEntries(
      jobs.map((j) => [j.id, jobLog([`log of ${j.name}`, '##[error]Process completed with exit code 1.'])]),
    );
    const s = await server({ runs: [{ id: RUN_ID, run_number: 1, head_branch: 'main' }], jobs, logs });
    const api = await githubApi(s.url, TOKEN, { deadline: soon(), maxRequests: MAX_API_REQUESTS });
    const said: string[] = [];
    const found = await findFailedJobs(api, ctxFor(s.url), 5, { warning: (m) => void said.push(m) });
    const failing = jobs.filter((j) => j.conclusion === 'failure').slice(0, MAX_FAILED_JOBS);
    expect(found.jobs.map((j) => j.name)).toEqual(failing.map((j) => j.name));
    expect(found.more).toBe(3);
    // Every listed job has its own log's end, in order, however many there are.
    expect(found.jobs.map((j) => [j.log_excerpt, j.log_note])).toEqual(
      failing.map((j) => [`log of ${j.name}\nError: Process completed with exit code 1.`, undefined]),
    );
    expect(said).toEqual([]);
    expect(s.requests.filter((r) => r.path.endsWith('/jobs')).map((r) => r.query.page)).toEqual([
      '1',
      '2',
      '3',
    ]);
    expect(s.requests.filter((r) => r.host === 'logs' && r.status === 200)).toHaveLength(MAX_FAILED_JOBS);
  });

  it('says why a log is missing: refused, or past the request budget', async () => {
    const jobs = Array.from({ length: 12 }, (_, i) => ({
      id: 20_000 + i,
      run_id: RUN_ID,
      name: `shard ${i + 1}`,
      conclusion: 'failure' as const,
      steps: [{ name: 'Run tests', conclusion: 'failure' as const }],
    }));
    // The first job's log is gone (404); the budget (1 listing + 2 per log) runs out after about 8 logs.
    const logs = Object.fromEntries(jobs.slice(1).map((j) => [j.id, jobLog([`log of ${j.name}`])]));
    const s = await server({ runs: [{ id: RUN_ID, run_number: 1, head_branch: 'main' }], jobs, logs });
    const api = await githubApi(s.url, TOKEN, { deadline: soon(), maxRequests: 1 + 1 + 2 * 8 });
    const said: string[] = [];
    const found = await findFailedJobs(api, ctxFor(s.url), 5, { warning: (m) => void said.push(m) });
    expect(found.jobs[0]).toMatchObject({ name: 'shard 1', log_excerpt: '', log_note: 'HTTP 404' });
    const quoted = found.jobs.filter((j) => j.log_excerpt);
    const unread = found.jobs.slice(1).filter((j) => !j.log_excerpt);
    // Which logs the budget reaches depends on how the four downloads interleave; each job has one or the other.
    expect(quoted.length).toBeGreaterThan(0);
    expect(unread.length).toBeGreaterThan(0);
    expect(quoted.length + unread.length).toBe(11);
    expect(quoted.every((j) => j.log_excerpt === `log of ${j.name}` && j.log_note === undefined)).toBe(true);
    for (const j of unread) expect(j.log_note).toBe('stopped after 18 requests to the GitHub API');
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('Could not read the log of shard 1 (HTTP 404), ');
    expect(said[0]).toContain(`${unread[0]!.name} (stopped after 18 requests to the GitHub API)`);
    expect(said[0]).toContain('permissions: { actions: read, contents: read }');
  });

  it('lists the jobs of the watched run attempt on workflow_run, each with its log', async () => {
    const watched = 13862081234;
    const s = await server({
      runs: [
        { id: RUN_ID, run_number: 300, head_branch: 'main', status: 'in_progress', name: 'Notify' },
        {
          id: watched,
          run_number: 482,
          head_branch: 'feature/faster-builds',
          conclusion: 'failure',
          run_attempt: 2,
          workflow_id: 48213377,
        },
      ],
      jobs: [
        {
          id: 1,
          run_id: RUN_ID,
          name: 'notify',
          status: 'in_progress',
          steps: [{ name: 'Fail', conclusion: 'failure' }],
        },
        { id: 2, run_id: watched, run_attempt: 1, name: 'first attempt', conclusion: 'failure' },
        {
          id: 3,
          run_id: watched,
          run_attempt: 2,
          name: 'test',
          conclusion: 'failure',
          steps: [{ name: 'Run tests', conclusion: 'failure' }],
        },
        { id: 4, run_id: watched, run_attempt: 2, name: 'lint', conclusion: 'success' },
      ],
      logs: { 3: jobLog(['boom', '##[error]Process completed with exit code 1.']) },
    });
    const api = await githubApi(s.url, TOKEN, { deadline: soon() });
    const found = await findFailedJobs(api, workflowRunCtx(s.url, { run_attempt: 2 }), 5, quiet);
    expect(found.jobs.map((j) => [j.name, j.in_progress, j.log_excerpt])).toEqual([
      ['test', false, 'boom\nError: Process completed with exit code 1.'],
    ]);
    expect(s.requests.filter((r) => r.host === 'api').map((r) => r.path)).toEqual([
      `/repos/octo-org/octo-repo/actions/runs/${watched}/attempts/2/jobs`,
      '/repos/octo-org/octo-repo/actions/jobs/3/logs',
    ]);
  });
});
