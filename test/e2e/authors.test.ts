// End-to-end: `author-recipients: culprits` with the bundled action (dist/index.js) against the
// Gmail-like SMTP server and the GitHub REST look-alike: who ends up in the envelope, what the step
// summary says, and the fallbacks. Run `npm run build` first.

import { afterEach, describe, expect, it } from 'vitest';
import type { CommitInput } from '../servers/github-api.mjs';
import { type GitHubRun, type GitHubRunOptions, runWithGitHubApi } from './github-run.js';

const RUN_ID = 1658821493; // GITHUB_RUN_ID in the harness
const RUN_NUMBER = 42;
const sha = (n: number): string => n.toString(16).padStart(40, 'a');
const HEAD = sha(9);

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** A push to main whose payload lists these commits (HEAD last). */
function pushEvent(commits: Array<{ name: string; email: string; message?: string }>): object {
  return {
    ref: 'refs/heads/main',
    before: sha(1),
    after: HEAD,
    repository: { full_name: 'octo-org/octo-repo', default_branch: 'main' },
    commits: commits.map((c, i) => ({
      id: i === commits.length - 1 ? HEAD : sha(100 + i),
      message: c.message ?? 'Change things',
      author: { name: c.name, email: c.email, username: 'someone' },
      committer: { name: 'GitHub', email: 'noreply@github.com', username: 'web-flow' },
    })),
    head_commit: { id: HEAD, message: 'Change things', author: { name: 'x', email: 'x@example.com' } },
  };
}

const current = { id: RUN_ID, run_number: RUN_NUMBER, head_branch: 'main', status: 'in_progress' as const };

const runWith = (opts: GitHubRunOptions): Promise<GitHubRun> => runWithGitHubApi(opts, cleanups);

const CULPRITS = { 'author-recipients': 'culprits', 'author-domains': 'example.com' };

describe('author-recipients: culprits', () => {
  it("mails the push's authors and co-authors inside author-domains, nobody else", async () => {
    const env = await runWith({
      inputs: {
        ...CULPRITS,
        cc: 'Lead@Example.com',
        body: 'Authors: {% for a in authors %}{{ a.name }} <{{ a.email }}>; {% endfor %}',
      },
      // No run of main ever went green: the commits are the push's own.
      api: { runs: [current, { id: 900, run_number: 41, head_branch: 'main', conclusion: 'failure' }] },
      event: pushEvent([
        { name: 'Jane Doe', email: 'jane@example.com' },
        { name: 'Mallory', email: 'mallory@badexample.com' },
        { name: 'Mona', email: '583231+mona@users.noreply.github.com' },
        { name: 'Lead', email: 'lead@example.com' },
        {
          name: 'Raj',
          email: 'raj@dev.example.com',
          message:
            'Fix upload\n\nCo-authored-by: Kim Lee <kim@example.com>\nCo-authored-by: Eve <eve@evil.example>',
        },
      ]),
    });
    const { run, rcptTo, mail } = env;
    expect(run.code, run.stdout).toBe(0);
    // Lead is in Cc (as written there) and not added again to To for their commit.
    expect(rcptTo.map((a) => a.toLowerCase()).sort()).toEqual([
      'jane@example.com',
      'kim@example.com',
      'lead@example.com',
      'raj@dev.example.com',
      'team@example.com',
    ]);
    const to = (mail?.to && !Array.isArray(mail.to) ? mail.to.value : []).map((a) => a.address);
    expect(to).toEqual(['team@example.com', 'jane@example.com', 'raj@dev.example.com', 'kim@example.com']);
    expect(mail?.text).toContain(
      'Authors: Jane Doe <jane@example.com>; Raj <raj@dev.example.com>; Kim Lee <kim@example.com>;',
    );
    expect(run.summary).toContain(
      'of the push (5 commits): added jane@example.com, raj@dev.example.com, kim@example.com; 1 already a recipient; dropped 2 outside `author-domains`, 1 GitHub noreply.',
    );
    expect(run.stdout).toContain('Commit authors of the push (5 commits): added jane@example.com');
    expect(run.outputs.accepted?.split(',').sort()).toEqual(rcptTo);
  });

  it('mails the authors since the last green run (compare API), not the push alone', async () => {
    const history: CommitInput[] = [
      { sha: sha(1), author_name: 'Green', author_email: 'green@example.com' },
      {
        sha: sha(2),
        author_name: 'Breaker',
        author_email: 'breaker@example.com',
        message: 'Refactor the parser',
      },
      { sha: sha(3), author_name: 'Outsider', author_email: 'someone@gmail.com' },
      { sha: HEAD, author_name: 'Pusher', author_email: 'pusher@example.com' },
    ];
    const env = await runWith({
      inputs: CULPRITS,
      jobStatus: 'failure',
      api: {
        runs: [
          current,
          { id: 903, run_number: 41, head_branch: 'main', conclusion: 'failure', head_sha: sha(3) },
          { id: 902, run_number: 40, head_branch: 'main', conclusion: 'success', head_sha: sha(1) },
        ],
        commits: history,
      },
      event: pushEvent([{ name: 'Pusher', email: 'pusher@example.com' }]),
    });
    expect(env.run.code, env.run.stdout).toBe(0);
    expect(env.rcptTo).toEqual(['breaker@example.com', 'pusher@example.com', 'team@example.com']);
    expect(
      env.api.requests.some((r) => r.path === `/repos/octo-org/octo-repo/compare/${sha(1)}...${HEAD}`),
    ).toBe(true);
    expect(env.run.summary).toContain(
      `since the last successful run (${sha(1).slice(0, 7)}) (3 commits): added breaker@example.com, pusher@example.com; dropped 1 outside`,
    );
  });

  it('sends the "fixed" mail to the same people as the failure', async () => {
    const history: CommitInput[] = [
      { sha: sha(1), author_name: 'Green', author_email: 'green@example.com' },
      { sha: sha(2), author_name: 'Breaker', author_email: 'breaker@example.com' },
      { sha: HEAD, author_name: 'Fixer', author_email: 'fixer@example.com' },
    ];
    const env = await runWith({
      inputs: { ...CULPRITS, 'notify-when': 'failure,fixed' },
      jobStatus: 'success',
      api: {
        runs: [
          current,
          { id: 903, run_number: 41, head_branch: 'main', conclusion: 'failure', head_sha: sha(2) },
          { id: 902, run_number: 40, head_branch: 'main', conclusion: 'success', head_sha: sha(1) },
        ],
        commits: history,
      },
      event: pushEvent([{ name: 'Fixer', email: 'fixer@example.com' }]),
    });
    expect(env.run.outputs.sent, env.run.stdout).toBe('true');
    expect(env.rcptTo).toEqual(['breaker@example.com', 'fixer@example.com', 'team@example.com']);
  });

  it("falls back to the push's commits when the API refuses (403), with a warning naming the permission", async () => {
    const env = await runWith({
      inputs: CULPRITS,
      api: { mode: 'forbidden', runs: [current] },
      event: pushEvent([
        { name: 'Jane', email: 'jane@example.com' },
        { name: 'Out', email: 'out@elsewhere.example' },
      ]),
    });
    expect(env.run.code, env.run.stdout).toBe(0);
    expect(env.rcptTo).toEqual(['jane@example.com', 'team@example.com']);
    const warnings = env.run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/author-recipients.*HTTP 403.*actions: read/);
    expect(env.run.summary).toContain('of the push (2 commits): added jane@example.com; dropped 1 outside');
  });

  it("mails a fork pull request's authors through the API, the allowlist still deciding", async () => {
    const env = await runWith({
      inputs: CULPRITS,
      eventName: 'pull_request',
      event: {
        action: 'synchronize',
        number: 7,
        pull_request: {
          number: 7,
          title: 'Faster parser',
          head: { ref: 'faster-parser', sha: HEAD, repo: { full_name: 'stranger/octo-repo', fork: true } },
          base: { ref: 'main', sha: sha(1), repo: { full_name: 'octo-org/octo-repo' } },
        },
        repository: { full_name: 'octo-org/octo-repo', default_branch: 'main' },
      },
      api: {
        runs: [{ ...current, head_branch: 'faster-parser', event: 'pull_request' }],
        pulls: {
          7: [
            { author_name: 'Stranger', author_email: 'stranger@mail.example', login: 'stranger' },
            {
              author_name: 'Stranger',
              author_email: 'stranger@mail.example',
              message: 'Tweak\n\nCo-authored-by: Jane <jane@example.com>',
            },
          ],
        },
      },
    });
    expect(env.run.code, env.run.stdout).toBe(0);
    expect(env.rcptTo).toEqual(['jane@example.com', 'team@example.com']);
    expect(env.api.requests.some((r) => r.path === '/repos/octo-org/octo-repo/pulls/7/commits')).toBe(true);
    expect(env.run.summary).toContain(
      'of pull request #7 (2 commits): added jane@example.com; dropped 1 outside',
    );
  });

  it('adds at most 20 authors and says how many were left over', async () => {
    const authors = Array.from({ length: 25 }, (_, i) => ({
      name: `Dev ${i}`,
      email: `dev${i}@eu.example.com`,
    }));
    const env = await runWith({ inputs: CULPRITS, api: { runs: [current] }, event: pushEvent(authors) });
    expect(env.run.code, env.run.stdout).toBe(0);
    expect(env.rcptTo).toHaveLength(21);
    expect(env.rcptTo).toContain('dev19@eu.example.com');
    expect(env.rcptTo).not.toContain('dev20@eu.example.com');
    expect(env.run.summary).toContain('dropped 5 over the cap of 20');
  });

  it("stays within Gmail's 100 recipients: the inputs' 96 leave room for 4 authors", async () => {
    const team = Array.from({ length: 96 }, (_, i) => `member${i}@example.com`).join(', ');
    const authors = Array.from({ length: 6 }, (_, i) => ({ name: `Dev ${i}`, email: `dev${i}@example.com` }));
    const env = await runWith({
      inputs: { ...CULPRITS, to: team },
      api: { runs: [current] },
      event: pushEvent(authors),
    });
    expect(env.run.code, env.run.stdout).toBe(0);
    expect(env.rcptTo).toHaveLength(100);
    expect(env.rcptTo).toContain('dev3@example.com');
    expect(env.rcptTo).not.toContain('dev4@example.com');
    expect(env.run.summary).toContain('dropped 2 over the cap (room for 4 within Gmail');
    expect(env.run.stdout).toContain("dropped 2 over the cap (room for 4 within Gmail's 100 recipients).");
  });

  it('shows the same in a dry run, contacting no mail server', async () => {
    const env = await runWith({
      inputs: { ...CULPRITS, 'dry-run': 'true' },
      api: { runs: [current] },
      event: pushEvent([
        { name: 'Jane', email: 'jane@example.com' },
        { name: 'Bot', email: 'noreply@github.com' },
      ]),
    });
    expect(env.run.outputs['skipped-reason'], env.run.stdout).toBe('dry-run');
    expect(env.smtp.received).toHaveLength(0);
    expect(env.run.summary).toContain(
      'of the push (2 commits): added jane@example.com; dropped 1 GitHub noreply.',
    );
    expect(env.run.summary).toMatch(/Recipients<\/th><td>team@example.com, jane@example.com</);
  });

  it('fails before sending when author-domains is missing', async () => {
    const env = await runWith({
      inputs: { 'author-recipients': 'culprits' },
      api: { runs: [current] },
      event: pushEvent([{ name: 'Jane', email: 'jane@example.com' }]),
    });
    expect(env.run.code).toBe(1);
    const errors = env.run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain(
      'Input `author-domains` is required with `author-recipients: culprits`',
    );
    expect(env.smtp.received).toHaveLength(0);
    expect(env.api.requests).toHaveLength(0);
    expect(env.run.outputs.sent).toBe('false');
  });
});
