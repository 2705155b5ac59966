// The commit-author lookup (`author-recipients: culprits`) through the fetch client against the
// GitHub REST look-alike on loopback (real HTTP, no mocks).

import { afterEach, describe, expect, it } from 'vitest';
import { readRunContext } from '../../../src/context.js';
import { commitsApiOver, culpritCommits, findAuthorRecipients } from '../../../src/enrich/authors.js';
import { createGitHubClient } from '../../../src/enrich/github.js';
import { Deadline } from '../../../src/retry.js';
import {
  type CommitInput,
  type GitHubApiServerOptions,
  type RunningGitHubApiServer,
  startGitHubApiServer,
} from '../../servers/github-api.mjs';
import { settingsWith } from '../render/helpers.js';

const TOKEN = 'ghs_UnitTestToken0123456789abcdefghijklmn';
const RUN_ID = 5550001;
const sha = (n: number): string => n.toString(16).padStart(40, 'c');
const HEAD = sha(5);

const servers: RunningGitHubApiServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(options: GitHubApiServerOptions): Promise<RunningGitHubApiServer> {
  const s = await startGitHubApiServer({ token: TOKEN, ...options });
  servers.push(s);
  return s;
}

/** main's history: a green run at sha(1), then three commits up to HEAD. */
const HISTORY: CommitInput[] = [
  { sha: sha(0), author_name: 'Old', author_email: 'old@example.com' },
  { sha: sha(1), author_name: 'Green', author_email: 'green@example.com' },
  { sha: sha(2), author_name: 'Jane', author_email: 'jane@example.com', message: 'Break the build' },
  {
    sha: sha(3),
    author_name: 'Raj',
    author_email: 'raj@dev.example.com',
    message: 'Pair on the fix\n\nCo-authored-by: Kim <kim@example.com>',
  },
  { sha: HEAD, author_name: 'Jane', author_email: 'JANE@example.com' },
];

const PUSH_EVENT = {
  after: HEAD,
  commits: [
    { id: HEAD, message: 'Push commit', author: { name: 'Pusher', email: 'pusher@example.com' } },
    {
      id: sha(9),
      message: 'Another\n\nCo-authored-by: Bot <1+bot@users.noreply.github.com>',
      author: { name: 'Out', email: 'out@elsewhere.example' },
    },
  ],
};

function ctxFor(apiUrl: string, eventName = 'push', event: object = PUSH_EVENT) {
  return readRunContext(
    {
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_API_URL: apiUrl,
      GITHUB_RUN_ID: String(RUN_ID),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_REF: eventName === 'push' ? 'refs/heads/main' : 'refs/pull/7/merge',
      GITHUB_SHA: HEAD,
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: '/event.json',
    },
    () => JSON.stringify(event),
  );
}

async function apiFor(s: RunningGitHubApiServer, ctx: ReturnType<typeof ctxFor>) {
  const client = await createGitHubClient({
    apiUrl: s.url,
    repository: ctx.repository,
    token: TOKEN,
    deadline: Deadline.after(10),
  });
  return commitsApiOver(client, ctx);
}

const current = { id: RUN_ID, run_number: 42, head_branch: 'main', status: 'in_progress' as const };

function recorder() {
  const warnings: string[] = [];
  return { warnings, log: { warning: (m: string) => void warnings.push(m) } };
}

describe('culpritCommits', () => {
  it('takes the commits since the last successful run on the branch (compare API)', async () => {
    const s = await server({
      runs: [
        current,
        { id: 903, run_number: 41, head_branch: 'main', conclusion: 'failure', head_sha: sha(3) },
        { id: 904, run_number: 40, head_branch: 'other', conclusion: 'success', head_sha: sha(2) },
        { id: 902, run_number: 39, head_branch: 'main', conclusion: 'success', head_sha: sha(1) },
        { id: 901, run_number: 38, head_branch: 'main', conclusion: 'success', head_sha: sha(0) },
      ],
      commits: HISTORY,
    });
    const ctx = ctxFor(s.url);
    const { warnings, log } = recorder();
    const found = await culpritCommits(await apiFor(s, ctx), ctx, log);
    expect(warnings).toEqual([]);
    expect(found.source).toBe(`since the last successful run (${sha(1).slice(0, 7)})`);
    expect(found.commits.map((c) => c.authorEmail)).toEqual([
      'jane@example.com',
      'raj@dev.example.com',
      'JANE@example.com',
    ]);
    const list = s.requests.find((r) => r.path.endsWith('/runs') && r.query.status);
    expect(list?.query).toMatchObject({ status: 'success', branch: 'main' });
    expect(s.requests.some((r) => r.path === `/repos/octo-org/octo-repo/compare/${sha(1)}...${HEAD}`)).toBe(
      true,
    );
  });

  it('reads nothing more when the last green run was of this very commit', async () => {
    const s = await server({
      runs: [
        current,
        { id: 902, run_number: 41, head_branch: 'main', conclusion: 'success', head_sha: HEAD },
      ],
      commits: HISTORY,
    });
    const ctx = ctxFor(s.url);
    const found = await culpritCommits(await apiFor(s, ctx), ctx, recorder().log);
    expect(found.commits).toEqual([]);
    expect(s.requests.some((r) => r.path.includes('/compare/'))).toBe(false);
  });

  it("falls back to the push's commits when no run of the branch succeeded", async () => {
    const s = await server({
      runs: [current, { id: 903, run_number: 41, head_branch: 'main', conclusion: 'failure' }],
      commits: HISTORY,
    });
    const ctx = ctxFor(s.url);
    const { warnings, log } = recorder();
    const found = await culpritCommits(await apiFor(s, ctx), ctx, log);
    expect(warnings).toEqual([]);
    expect(found.source).toBe('of the push');
    expect(found.commits.map((c) => c.authorEmail)).toEqual(['pusher@example.com', 'out@elsewhere.example']);
  });

  it("falls back to the push's commits, with a warning naming the permission, when the API refuses", async () => {
    const s = await server({ mode: 'forbidden', runs: [current], commits: HISTORY });
    const ctx = ctxFor(s.url);
    const { warnings, log } = recorder();
    const found = await culpritCommits(await apiFor(s, ctx), ctx, log);
    expect(found.source).toBe('of the push');
    expect(found.commits).toHaveLength(2);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('HTTP 403');
    expect(warnings[0]).toContain('actions: read');
    expect(warnings[0]).toContain('author-recipients');
  });

  it("falls back to the event's commits when only the compare is refused", async () => {
    const s = await server({
      commitsMode: 'forbidden',
      runs: [
        current,
        { id: 902, run_number: 41, head_branch: 'main', conclusion: 'success', head_sha: sha(1) },
      ],
      commits: HISTORY,
    });
    const ctx = ctxFor(s.url);
    const { warnings, log } = recorder();
    const found = await culpritCommits(await apiFor(s, ctx), ctx, log);
    expect(found.source).toBe('of the push');
    expect(warnings[0]).toMatch(/Could not compare with the last successful run .*HTTP 403/);
  });

  it("lists a pull request's commits through the API when its branch never went green", async () => {
    const s = await server({
      runs: [{ ...current, head_branch: 'feature' }],
      pulls: {
        7: [
          { author_name: 'Fork', author_email: 'fork@example.com' },
          {
            author_name: 'Fork',
            author_email: 'fork@example.com',
            message: 'x\n\nCo-authored-by: Z <z@example.com>',
          },
        ],
      },
    });
    const ctx = ctxFor(s.url, 'pull_request', {
      number: 7,
      pull_request: { number: 7, head: { ref: 'feature', sha: HEAD }, base: { ref: 'main' } },
    });
    const found = await culpritCommits(await apiFor(s, ctx), ctx, recorder().log);
    expect(found.source).toBe('of pull request #7');
    expect(found.commits.map((c) => c.message)).toEqual([
      'Update build script',
      'x\n\nCo-authored-by: Z <z@example.com>',
    ]);
  });

  it('reads at most 300 commits, page by page', async () => {
    const long: CommitInput[] = Array.from({ length: 340 }, (_, i) => ({
      sha: sha(1000 + i),
      author_name: `Dev ${i}`,
      author_email: `dev${i}@example.com`,
    }));
    const s = await server({
      runs: [
        current,
        { id: 902, run_number: 41, head_branch: 'main', conclusion: 'success', head_sha: sha(1000) },
      ],
      commits: long,
    });
    const ctx = readRunContext({
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_RUN_ID: String(RUN_ID),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: sha(1339),
      GITHUB_EVENT_NAME: 'push',
    });
    const found = await culpritCommits(await apiFor(s, ctx), ctx, recorder().log);
    expect(found.commits).toHaveLength(300);
    expect(found.commits[0]!.authorEmail).toBe('dev1@example.com');
    expect(s.requests.filter((r) => r.path.includes('/compare/'))).toHaveLength(3);
  });
});

describe('findAuthorRecipients', () => {
  it('adds the allowed authors and co-authors, not those already recipients, and counts the others', async () => {
    const s = await server({
      runs: [
        current,
        { id: 902, run_number: 41, head_branch: 'main', conclusion: 'success', head_sha: sha(1) },
      ],
      commits: HISTORY,
    });
    const ctx = ctxFor(s.url);
    const settings = settingsWith({
      authorRecipients: 'culprits',
      authorDomains: ['example.com'],
      cc: [{ name: '', address: 'Kim@Example.com' }],
    });
    const found = await findAuthorRecipients(await apiFor(s, ctx), settings, ctx, recorder().log);
    expect(found.added.map((p) => p.email)).toEqual(['jane@example.com', 'raj@dev.example.com']);
    expect(found.already).toBe(1);
    expect(found).toMatchObject({ commits: 3, cap: 20 });
  });

  it('adds fewer than 20 when the inputs already name nearly 100 recipients', async () => {
    const s = await server({ runs: [current], commits: HISTORY });
    const ctx = ctxFor(s.url, 'push', {
      commits: Array.from({ length: 8 }, (_, i) => ({ author: { name: 'D', email: `d${i}@example.com` } })),
    });
    const to = Array.from({ length: 97 }, (_, i) => ({ name: '', address: `member${i}@example.com` }));
    const settings = settingsWith({ authorRecipients: 'culprits', authorDomains: ['example.com'], to });
    const found = await findAuthorRecipients(await apiFor(s, ctx), settings, ctx, recorder().log);
    expect(found.cap).toBe(3);
    expect(found.added).toHaveLength(3);
    expect(found.dropped.overCap).toBe(5);
  });
});
