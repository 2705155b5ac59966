// enrich/lookups.ts: the run's GitHub lookups share one client (one request budget, one time share).
import { afterEach, describe, expect, it } from 'vitest';
import { readRunContext } from '../../../src/context.js';
import { gitHubLookups } from '../../../src/enrich/lookups.js';
import { Deadline } from '../../../src/retry.js';
import { type RunningGitHubApiServer, startGitHubApiServer } from '../../servers/github-api.mjs';
import { settingsWith } from '../render/helpers.js';

const TOKEN = 'ghs_UnitTestToken0123456789abcdefghijklmn';
const RUN_ID = 5550001;

const servers: RunningGitHubApiServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function ctxFor(apiUrl: string) {
  return readRunContext(
    {
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_API_URL: apiUrl,
      GITHUB_RUN_ID: String(RUN_ID),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: '/event.json',
    },
    () => '{}',
  );
}

describe('gitHubLookups', () => {
  it('asks nothing when notify-when can decide without the previous run', async () => {
    const s = await startGitHubApiServer({ token: TOKEN, runs: [] });
    servers.push(s);
    const github = gitHubLookups(settingsWith({ githubToken: TOKEN }), ctxFor(s.url), Deadline.after(10));
    const warnings: string[] = [];
    const previous = await github.previousConclusion(['always'], 'success', {
      warning: (m) => warnings.push(m),
    });
    expect(previous).toBe('unknown');
    expect(warnings).toEqual([]);
    expect(s.requests).toEqual([]);
  });

  it('looks up the previous run on the client every later lookup gets (its requests counted once)', async () => {
    const s = await startGitHubApiServer({
      token: TOKEN,
      runs: [
        { id: RUN_ID, run_number: 42, head_branch: 'main', status: 'in_progress' },
        { id: 901, run_number: 41, head_branch: 'main', conclusion: 'failure', head_sha: 'd'.repeat(40) },
      ],
    });
    servers.push(s);
    const github = gitHubLookups(settingsWith({ githubToken: TOKEN }), ctxFor(s.url), Deadline.after(10));
    const previous = await github.previousConclusion(['fixed'], 'success', { warning: () => undefined });
    expect(previous).toBe('failure');
    const client = await github.client();
    expect(await github.client()).toBe(client);
    expect(client.requestCount).toBe(s.requests.length);
    expect(client.requestCount).toBeGreaterThan(0);
  });
});
