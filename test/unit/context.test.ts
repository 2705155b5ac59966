import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRunContext, reportedRun, templateVariables, unreportableRun } from '../../src/context.js';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/events/${name}.json`, import.meta.url));

/** The variables the runner sets for every step, for octo-org/octo-repo on github.com. */
function runnerEnv(eventName: string, overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: fixture(eventName),
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_REPOSITORY_ID: '581234567',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main',
    GITHUB_JOB: 'build',
    GITHUB_RUN_ID: '13862081234',
    GITHUB_RUN_NUMBER: '482',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'monalisa',
    GITHUB_TRIGGERING_ACTOR: 'monalisa',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_SHA: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
    GITHUB_HEAD_REF: '',
    GITHUB_BASE_REF: '',
    GITHUB_WORKSPACE: '/home/runner/work/octo-repo/octo-repo',
    GITHUB_ACTION: '__octo-org_gmail-notify',
    RUNNER_TEMP: '/home/runner/work/_temp',
    ...overrides,
  };
}

const pullRequestEnv = (overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv =>
  runnerEnv('pull_request', {
    GITHUB_REF: 'refs/pull/1347/merge',
    GITHUB_REF_NAME: '1347/merge',
    GITHUB_SHA: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4',
    GITHUB_HEAD_REF: 'feature/faster-builds',
    GITHUB_BASE_REF: 'main',
    GITHUB_ACTOR: 'hubot',
    GITHUB_TRIGGERING_ACTOR: 'hubot',
    ...overrides,
  });

/** A readFile that serves `text` for any path, to feed payloads that are not fixtures. */
const serve = (text: string) => (): string => text;

describe('readRunContext: push', () => {
  const ctx = readRunContext(runnerEnv('push'));

  it('names the repository and links it', () => {
    expect(ctx.repository).toBe('octo-org/octo-repo');
    expect(ctx.repository_url).toBe('https://github.com/octo-org/octo-repo');
    expect(ctx.server_url).toBe('https://github.com');
    expect(ctx.api_url).toBe('https://api.github.com');
  });

  it('is about the pushed branch and its head commit', () => {
    expect(ctx.ref_type).toBe('branch');
    expect(ctx.branch).toBe('main');
    expect(ctx.sha).toBe('0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c');
    expect(ctx.short_sha).toBe('0d1a26e');
  });

  it('takes the commit from head_commit, titled by its first line', () => {
    expect(ctx.commit).toEqual({
      sha: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
      message:
        'Cache npm dependencies in CI\n\nRestores ~/.npm keyed on package-lock.json so the test job\nstarts in 20 seconds instead of 90.\n\nCloses #1342',
      title: 'Cache npm dependencies in CI',
      author_name: 'Mona Lisa Octocat',
      author_email: 'mona@octo-org.example',
      url: 'https://github.com/octo-org/octo-repo/commit/0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
    });
  });

  it('has no pull request, release or triggering run', () => {
    expect(ctx.pull_request).toBeUndefined();
    expect(ctx.release).toBeUndefined();
    expect(ctx.workflow_run).toBeUndefined();
    expect('pull_request' in ctx).toBe(false);
  });

  it('links the run, adding the attempt only for re-runs', () => {
    expect(ctx.run_url).toBe('https://github.com/octo-org/octo-repo/actions/runs/13862081234');
    const rerun = readRunContext(runnerEnv('push', { GITHUB_RUN_ATTEMPT: '3' }));
    expect(rerun.run_attempt).toBe('3');
    expect(rerun.run_url).toBe('https://github.com/octo-org/octo-repo/actions/runs/13862081234/attempts/3');
  });

  it('fills the github context from the environment, with the payload as event', () => {
    expect(ctx.github).toMatchObject({
      repository: 'octo-org/octo-repo',
      repository_owner: 'octo-org',
      event_name: 'push',
      sha: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
      ref: 'refs/heads/main',
      ref_name: 'main',
      ref_type: 'branch',
      head_ref: '',
      base_ref: '',
      actor: 'monalisa',
      triggering_actor: 'monalisa',
      workflow: 'CI',
      workflow_ref: 'octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main',
      job: 'build',
      run_id: '13862081234',
      run_number: '482',
      run_attempt: '1',
      server_url: 'https://github.com',
      api_url: 'https://api.github.com',
      graphql_url: 'https://api.github.com/graphql',
      workspace: '/home/runner/work/octo-repo/octo-repo',
      action: '__octo-org_gmail-notify',
    });
    expect(ctx.github.event).toBe(ctx.event);
    expect(ctx.event.compare).toBe(
      'https://github.com/octo-org/octo-repo/compare/6113728f27ae...0d1a26e67d8f',
    );
    expect(ctx.github).not.toHaveProperty('token');
    expect(ctx.github).not.toHaveProperty('action_path');
    expect(ctx.workspace).toBe('/home/runner/work/octo-repo/octo-repo');
    expect(ctx.runner_temp).toBe('/home/runner/work/_temp');
  });

  it('uses the readFile it is given', () => {
    const paths: string[] = [];
    const text = JSON.stringify({ head_commit: { id: 'abc', message: 'Injected\nbody' } });
    const injected = readRunContext(runnerEnv('push'), (path) => {
      paths.push(path);
      return text;
    });
    expect(paths).toEqual([fixture('push')]);
    expect(injected.commit.title).toBe('Injected');
  });
});

describe('readRunContext: pull_request', () => {
  const ctx = readRunContext(pullRequestEnv());

  it('is about the head branch and head commit, not the merge commit', () => {
    expect(ctx.branch).toBe('feature/faster-builds');
    expect(ctx.sha).toBe('c7d2e9f4a1b8c3d6e5f4a3b2c1d0e9f8a7b6c5d4');
    expect(ctx.short_sha).toBe('c7d2e9f');
    expect(ctx.ref_name).toBe('1347/merge');
  });

  it('describes the pull request', () => {
    expect(ctx.pull_request).toEqual({
      number: 1347,
      title: 'Speed up builds with a shared dependency cache',
      url: 'https://github.com/octo-org/octo-repo/pull/1347',
      author: 'hubot',
      head: 'feature/faster-builds',
      base: 'main',
    });
  });

  it('has a commit with the head sha and no message', () => {
    expect(ctx.commit).toEqual({
      sha: 'c7d2e9f4a1b8c3d6e5f4a3b2c1d0e9f8a7b6c5d4',
      message: '',
      title: '',
      author_name: '',
      author_email: '',
      url: 'https://github.com/octo-org/octo-repo/commit/c7d2e9f4a1b8c3d6e5f4a3b2c1d0e9f8a7b6c5d4',
    });
  });

  it('keeps the github context faithful to the workflow one', () => {
    expect(ctx.github.sha).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4');
    expect(ctx.github.head_ref).toBe('feature/faster-builds');
    expect(ctx.github.base_ref).toBe('main');
  });

  it('treats pull_request_target the same way', () => {
    const target = readRunContext(
      pullRequestEnv({
        GITHUB_EVENT_NAME: 'pull_request_target',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_REF_NAME: 'main',
        GITHUB_SHA: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
        GITHUB_EVENT_PATH: fixture('pull_request'),
      }),
    );
    expect(target.branch).toBe('feature/faster-builds');
    expect(target.sha).toBe('c7d2e9f4a1b8c3d6e5f4a3b2c1d0e9f8a7b6c5d4');
    expect(target.pull_request?.number).toBe(1347);
  });

  it('falls back to GITHUB_HEAD_REF and the ref when the payload is missing', () => {
    const bare = readRunContext(pullRequestEnv({ GITHUB_EVENT_PATH: '/nonexistent/event.json' }));
    expect(bare.branch).toBe('feature/faster-builds');
    expect(bare.sha).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4');
    expect(bare.pull_request).toEqual({
      number: 1347,
      title: '',
      url: 'https://github.com/octo-org/octo-repo/pull/1347',
      author: '',
      head: 'feature/faster-builds',
      base: 'main',
    });
  });
});

describe('readRunContext: release', () => {
  const ctx = readRunContext(
    runnerEnv('release', {
      GITHUB_REF: 'refs/tags/v2.3.0',
      GITHUB_REF_NAME: 'v2.3.0',
      GITHUB_REF_TYPE: 'tag',
    }),
  );

  it('is about a tag, not a branch', () => {
    expect(ctx.ref_type).toBe('tag');
    expect(ctx.ref_name).toBe('v2.3.0');
    expect(ctx.branch).toBe('');
  });

  it('describes the release with its notes verbatim', () => {
    expect(ctx.release).toMatchObject({
      tag: 'v2.3.0',
      name: 'v2.3.0 — Faster builds',
      url: 'https://github.com/octo-org/octo-repo/releases/tag/v2.3.0',
      prerelease: false,
    });
    expect(ctx.release?.body).toMatch(/^## What's Changed\n\n### Features\n- Shared npm cache/);
    expect(ctx.release?.body).toContain('[v2.2.1...v2.3.0](https://github.com/octo-org/octo-repo/compare/');
    expect(ctx.pull_request).toBeUndefined();
  });

  it('derives the tag ref from the payload when GITHUB_REF is absent', () => {
    const local = readRunContext({ GITHUB_EVENT_NAME: 'release', GITHUB_EVENT_PATH: fixture('release') });
    expect(local.ref).toBe('refs/tags/v2.3.0');
    expect(local.ref_type).toBe('tag');
    expect(local.branch).toBe('');
  });
});

describe('readRunContext: workflow_run', () => {
  // The notifier's own run: another workflow, another id than the watched run in the payload.
  const notifierEnv = runnerEnv('workflow_run', {
    GITHUB_WORKFLOW: 'Notify on CI',
    GITHUB_JOB: 'notify',
    GITHUB_RUN_ID: '13862099999',
    GITHUB_RUN_NUMBER: '77',
  });
  const ctx = readRunContext(notifierEnv);
  const payload = JSON.parse(readFileSync(fixture('workflow_run'), 'utf8')) as Record<string, unknown>;
  /** The fixture with the watched run's fields replaced. */
  const withRun = (run: Record<string, unknown>) =>
    readRunContext(
      notifierEnv,
      serve(
        JSON.stringify({
          ...payload,
          workflow_run: { ...(payload.workflow_run as Record<string, unknown>), ...run },
        }),
      ),
    );

  it('is about the triggering run: its branch, sha and head commit', () => {
    expect(ctx.branch).toBe('feature/faster-builds');
    expect(ctx.sha).toBe('c7d2e9f4a1b8c3d6e5f4a3b2c1d0e9f8a7b6c5d4');
    expect(ctx.short_sha).toBe('c7d2e9f');
    expect(ctx.commit.title).toBe('Restore the npm cache before installing');
    expect(ctx.commit.author_name).toBe('Hubot');
    expect(ctx.commit.author_email).toBe('hubot@octo-org.example');
    expect(ctx.commit.url).toBe(
      'https://github.com/octo-org/octo-repo/commit/c7d2e9f4a1b8c3d6e5f4a3b2c1d0e9f8a7b6c5d4',
    );
  });

  it('describes the triggering run', () => {
    expect(ctx.workflow_run).toEqual({
      name: 'CI',
      status: 'completed',
      conclusion: 'failure',
      url: 'https://github.com/octo-org/octo-repo/actions/runs/13862081234',
      event: 'pull_request',
      id: 13862081234,
      run_number: 482,
      run_attempt: 1,
      workflow_id: 48213377,
    });
    expect(ctx.workflow).toBe('Notify on CI');
    expect(ctx.run_id).toBe('13862099999');
  });

  it('reports on the watched run, never on the notifier', () => {
    expect(reportedRun(ctx)).toEqual({
      id: '13862081234',
      attempt: '1',
      number: '482',
      workflow: 'CI',
      url: 'https://github.com/octo-org/octo-repo/actions/runs/13862081234',
      watched: ctx.workflow_run,
    });
    expect(reportedRun(withRun({ run_attempt: 3 })).attempt).toBe('3');
    // Without the watched run's id there is nothing to ask about: not the notifier's id instead.
    const noId = withRun({ id: null, html_url: null });
    expect(reportedRun(noId)).toMatchObject({ id: '', url: '' });
    expect(unreportableRun(noId)).toMatch(/workflow_run\.id/);
    expect(unreportableRun(ctx)).toBe('');
  });

  it("titles the pull request with the run's display title when a pull request triggered it", () => {
    expect(ctx.pull_request).toEqual({
      number: 1347,
      title: 'Speed up builds with a shared dependency cache',
      url: 'https://github.com/octo-org/octo-repo/pull/1347',
      author: '',
      head: 'feature/faster-builds',
      base: 'main',
    });
    expect(withRun({ event: 'pull_request_target' }).pull_request?.title).toBe(
      'Speed up builds with a shared dependency cache',
    );
  });

  it('leaves the title empty for a push run on a branch with an open pull request', () => {
    // GitHub lists the branch's open pull requests on a push run too; its display title is the commit's.
    const push = withRun({ event: 'push', display_title: 'Restore the npm cache before installing' });
    expect(push.pull_request).toMatchObject({ number: 1347, title: '' });
  });
});

describe('reportedRun: other events', () => {
  it('is this run, with its attempt', () => {
    const ctx = readRunContext(runnerEnv('push', { GITHUB_RUN_ATTEMPT: '2' }));
    expect(reportedRun(ctx)).toEqual({
      id: '13862081234',
      attempt: '2',
      number: '482',
      workflow: 'CI',
      url: 'https://github.com/octo-org/octo-repo/actions/runs/13862081234/attempts/2',
    });
    expect(unreportableRun(ctx)).toBe('');
  });

  it('has no id outside Actions, and says why', () => {
    const ctx = readRunContext(runnerEnv('push', { GITHUB_RUN_ID: '', GITHUB_RUN_ATTEMPT: '' }));
    expect(reportedRun(ctx)).toMatchObject({ id: '', attempt: '1' });
    expect(unreportableRun(ctx)).toMatch(/GITHUB_RUN_ID is not set/);
    expect(
      unreportableRun(readRunContext(runnerEnv('push', { GITHUB_REPOSITORY: '' }), serve('{}'))),
    ).toMatch(/GITHUB_REPOSITORY is not set/);
  });
});

describe('readRunContext: schedule and workflow_dispatch', () => {
  it('schedule: minimal payload, branch from the ref, commit from GITHUB_SHA', () => {
    const ctx = readRunContext(runnerEnv('schedule', { GITHUB_ACTOR: 'monalisa' }));
    expect(ctx.event.schedule).toBe('30 5 * * 1-5');
    expect(ctx.branch).toBe('main');
    expect(ctx.sha).toBe('0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c');
    expect(ctx.commit).toEqual({
      sha: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
      message: '',
      title: '',
      author_name: '',
      author_email: '',
      url: 'https://github.com/octo-org/octo-repo/commit/0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
    });
    expect(ctx.pull_request).toBeUndefined();
  });

  it('workflow_dispatch: inputs reach github.event', () => {
    const ctx = readRunContext(runnerEnv('workflow_dispatch'));
    expect(ctx.branch).toBe('main');
    expect((ctx.github.event as { inputs: Record<string, string> }).inputs.environment).toBe('staging');
  });
});

describe('readRunContext: hostile payloads pass through verbatim', () => {
  it('pull request title and branch are kept literally; escaping is the renderer’s job', () => {
    const ctx = readRunContext(
      pullRequestEnv({
        GITHUB_EVENT_PATH: fixture('hostile-pull_request'),
        GITHUB_HEAD_REF: 'ignored-because-the-payload-has-one',
      }),
    );
    expect(ctx.pull_request?.title).toContain('<script>alert(1)</script>');
    expect(ctx.pull_request?.title).toContain('\r\nBcc: victim@evil.example');
    expect(ctx.pull_request?.author).toBe('mallory-dev');
    expect(ctx.branch).toContain('<img src=x onerror=alert(1)>');
    expect(ctx.branch).toBe(ctx.pull_request?.head);
  });

  it('a commit title never spans lines, even with CR LF injection in the message', () => {
    const ctx = readRunContext(
      runnerEnv('push', {
        GITHUB_EVENT_PATH: fixture('hostile-push'),
        GITHUB_REF: 'refs/heads/"><script>alert(1)</script>{{secrets}}',
        GITHUB_REF_NAME: '"><script>alert(1)</script>{{secrets}}',
      }),
    );
    expect(ctx.commit.title).toBe('<script>alert(1)</script> [click me](http://evil.example/phish)');
    expect(ctx.commit.title).not.toMatch(/[\r\n]/);
    expect(ctx.commit.message).toContain('{% raw %}');
    expect(ctx.commit.author_name).toBe('Mallory <img src=x onerror=alert(1)>\r\nBcc: victim@evil.example');
    expect(ctx.branch).toBe('"><script>alert(1)</script>{{secrets}}');
  });
});

describe('readRunContext: tolerance', () => {
  const env = runnerEnv('push');

  it.each([
    ['a missing file', undefined, { ...env, GITHUB_EVENT_PATH: '/nonexistent/event.json' }],
    ['no GITHUB_EVENT_PATH', undefined, { ...env, GITHUB_EVENT_PATH: undefined }],
    [
      'a readFile that throws',
      (): string => {
        throw new Error('EISDIR');
      },
      env,
    ],
    ['invalid JSON', serve('{"ref": "refs/heads/main",'), env],
    ['an empty file', serve(''), env],
    ['an array payload', serve('[]'), env],
    ['a null payload', serve('null'), env],
    ['a string payload', serve('"push"'), env],
    ['a number payload', serve('42'), env],
  ])('%s gives an empty event and env-based values', (_label, readFile, runEnv) => {
    const ctx = readRunContext(runEnv, readFile);
    expect(ctx.event).toEqual({});
    expect(ctx.github.event).toEqual({});
    expect(ctx.repository).toBe('octo-org/octo-repo');
    expect(ctx.branch).toBe('main');
    expect(ctx.sha).toBe('0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c');
    expect(ctx.commit.message).toBe('');
    expect(ctx.commit.title).toBe('');
  });

  it('reads a payload that starts with a byte-order mark', () => {
    const ctx = readRunContext(env, serve('\uFEFF{"schedule":"0 0 * * *"}'));
    expect(ctx.event).toEqual({ schedule: '0 0 * * *' });
  });

  it('ignores fields of the wrong type', () => {
    const odd = JSON.stringify({
      number: 'abc',
      pull_request: { number: -4, title: 7, user: 'x', head: { ref: ['a'], sha: {} }, base: null },
      head_commit: [],
      release: { tag_name: null, name: false, body: { md: 1 }, prerelease: 'yes' },
      workflow_run: { pull_requests: 'none', head_commit: 'x', head_branch: null, id: '12' },
      sender: 5,
      repository: [],
    });
    for (const eventName of ['push', 'pull_request', 'release', 'workflow_run', 'schedule']) {
      const ctx = readRunContext({ ...env, GITHUB_EVENT_NAME: eventName }, serve(odd));
      expect(typeof ctx.branch).toBe('string');
      expect(typeof ctx.sha).toBe('string');
      expect(typeof ctx.commit.title).toBe('string');
    }
    const pr = readRunContext(pullRequestEnv(), serve(odd));
    // A number where a string belongs is kept in its string form; anything else becomes ''.
    expect(pr.pull_request).toMatchObject({
      number: 1347,
      title: '7',
      author: '',
      head: 'feature/faster-builds',
    });
    expect(pr.sha).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4');
    const release = readRunContext({ ...env, GITHUB_EVENT_NAME: 'release' }, serve(odd));
    expect(release.release).toEqual({ tag: '', name: '', url: '', body: '', prerelease: false });
    const run = readRunContext({ ...env, GITHUB_EVENT_NAME: 'workflow_run' }, serve(odd));
    expect(run.pull_request).toBeUndefined();
    expect(run.workflow_run?.id).toBe(12);
    expect(run.branch).toBe('');
  });

  it('builds from the payload alone when the environment is empty', () => {
    const ctx = readRunContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: fixture('push') });
    expect(ctx.repository).toBe('octo-org/octo-repo');
    expect(ctx.repository_url).toBe('https://github.com/octo-org/octo-repo');
    expect(ctx.ref).toBe('refs/heads/main');
    expect(ctx.branch).toBe('main');
    expect(ctx.sha).toBe('0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c');
    expect(ctx.actor).toBe('monalisa');
    expect(ctx.triggering_actor).toBe('monalisa');
    expect(ctx.run_url).toBe('');
  });

  it('gives empty strings, never undefined, with nothing at all', () => {
    const ctx = readRunContext({});
    for (const key of [
      'repository',
      'repository_url',
      'workflow',
      'run_url',
      'ref',
      'branch',
      'sha',
    ] as const) {
      expect(ctx[key]).toBe('');
    }
    expect(ctx.server_url).toBe('https://github.com');
    expect(ctx.api_url).toBe('https://api.github.com');
    expect(ctx.commit.url).toBe('');
  });

  it('never throws, whatever JSON the payload holds', () => {
    const events = ['push', 'pull_request', 'pull_request_target', 'release', 'workflow_run', 'schedule'];
    fc.assert(
      fc.property(fc.constantFrom(...events), fc.jsonValue(), (eventName, payload) => {
        const ctx = readRunContext({ ...env, GITHUB_EVENT_NAME: eventName }, serve(JSON.stringify(payload)));
        expect(typeof ctx.commit.title).toBe('string');
        expect(ctx.commit.title).not.toMatch(/[\r\n]/);
        templateVariables(ctx, env);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readRunContext: servers other than github.com', () => {
  it('uses GITHUB_SERVER_URL for links and derives the Enterprise Server API URL', () => {
    const ctx = readRunContext(
      runnerEnv('push', {
        GITHUB_SERVER_URL: 'https://github.example.com/',
        GITHUB_API_URL: undefined,
        GITHUB_GRAPHQL_URL: undefined,
        GITHUB_RUN_ATTEMPT: '2',
      }),
    );
    expect(ctx.server_url).toBe('https://github.example.com');
    expect(ctx.api_url).toBe('https://github.example.com/api/v3');
    expect(ctx.github.graphql_url).toBe('https://github.example.com/api/graphql');
    expect(ctx.repository_url).toBe('https://github.example.com/octo-org/octo-repo');
    expect(ctx.run_url).toBe(
      'https://github.example.com/octo-org/octo-repo/actions/runs/13862081234/attempts/2',
    );
    expect(ctx.commit.url).toBe(
      'https://github.example.com/octo-org/octo-repo/commit/0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
    );
  });
});

describe('templateVariables', () => {
  it('gives the section 4 variables for a push, without pull_request or release', () => {
    const env = runnerEnv('push');
    const vars = templateVariables(readRunContext(env), env);
    expect(vars).toMatchObject({
      repository: 'octo-org/octo-repo',
      repository_url: 'https://github.com/octo-org/octo-repo',
      workflow: 'CI',
      job: 'build',
      run_id: '13862081234',
      run_number: '482',
      run_attempt: '1',
      run_url: 'https://github.com/octo-org/octo-repo/actions/runs/13862081234',
      event_name: 'push',
      actor: 'monalisa',
      ref: 'refs/heads/main',
      ref_name: 'main',
      sha: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
      short_sha: '0d1a26e',
      commit: { title: 'Cache npm dependencies in CI', author_name: 'Mona Lisa Octocat' },
    });
    expect(vars).not.toHaveProperty('pull_request');
    expect(vars).not.toHaveProperty('release');
    expect((vars.github as Record<string, unknown>).event_name).toBe('push');
  });

  it('includes pull_request and release when the event has them', () => {
    const prEnv = pullRequestEnv();
    expect(templateVariables(readRunContext(prEnv), prEnv).pull_request).toMatchObject({ number: 1347 });
    const relEnv = runnerEnv('release', { GITHUB_REF: 'refs/tags/v2.3.0', GITHUB_REF_TYPE: 'tag' });
    expect(templateVariables(readRunContext(relEnv), relEnv).release).toMatchObject({ tag: 'v2.3.0' });
  });

  it('gives templates only the variables template-env names, never an INPUT_* key or runner token', () => {
    const env = runnerEnv('push', {
      INPUT_APP_PASSWORD: 'abcd efgh ijkl mnop',
      'INPUT_OAUTH-REFRESH-TOKEN': '1//0g-secret',
      input_lowercase: 'secret too',
      ACTIONS_RUNTIME_TOKEN: 'runtime-secret',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-secret',
      NPM_TOKEN: 'npm_NotListedSecret',
      DEPLOY_TARGET: 'staging',
      UNSET: undefined,
    });
    const vars = templateVariables(readRunContext(env), env, [
      'DEPLOY_TARGET',
      'UNSET',
      'INPUT_APP_PASSWORD',
      'ACTIONS_RUNTIME_TOKEN',
    ]);
    expect(vars.env).toEqual({ DEPLOY_TARGET: 'staging', UNSET: '' });
    expect(templateVariables(readRunContext(env), env).env).toEqual({});
    expect(JSON.stringify(vars)).not.toMatch(
      /abcd efgh|1\/\/0g-secret|secret too|runtime-secret|oidc-secret|npm_NotListedSecret/,
    );
    expect(env.INPUT_APP_PASSWORD).toBe('abcd efgh ijkl mnop');
  });
});
