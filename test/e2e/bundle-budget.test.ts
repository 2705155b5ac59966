// Guard for issue 5 (speed): what a run loads. Not a timed test: it counts bytes and records which
// dist/ files a run imports, through a module-loader hook in the child process.
//
// Budget: every run loads dist/index.js (a few lines) and the action's chunk: our core code with
// @actions/core, its @actions/http-client and undici (about 1.1 MB unminified; issue 12 put the
// runtime on the specified packages, whose proxy-aware HTTP client every HTTPS request now uses).
// START_BUDGET bounds that, which is what start-up latency follows. A simple send adds nodemailer's
// composer (~240 KB with its MIME-type table) and SMTP client (~95 KB) with their shared code
// (~90 KB). Markdown (marked, ~50 KB) is a chunk of its own, loaded only for a message with Markdown
// in it; so is the Liquid engine (liquidjs, ~180 KB), loaded only for the workflow's own subject or
// body (the default message is written as code). SEND_BUDGET holds a simple send to that, with room
// for less than either: the next thing of that size (a second HTTP client, a template engine on the
// default path) must be a deliberate decision, made here. Octokit (@actions/github) loads only on runs
// that call the API.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSmtpServer, startSmtpServer } from '../servers/smtp.mjs';
import { cleanupRun, REPO_ROOT, runAction } from './harness.js';

const KB = 1024;
const SEND_BUDGET = 1850 * KB;
const START_BUDGET = 1300 * KB;
/** Strings of the chunks every run loads: @actions/core's file-command delimiter, and run()'s own. */
const START_MARKERS = ['ghadelimiter_', 'delivery was not prepared'];
/** The dist/ files every run loads: dist/index.js and the chunks holding START_MARKERS. */
function startFiles(): string[] {
  return ['index.js', ...new Set(START_MARKERS.flatMap((m) => filesContaining(m)))].sort();
}

const DIST = path.join(REPO_ROOT, 'dist');
const USER = 'ci-bot@gmail.com';
const PASSWORD = 'abcdefghijklmnop';

/**
 * Code a run must load only when it needs it, found in dist/ by a string its source contains (chunk
 * file names are numbers that change with every build). A marker found nowhere fails the test, so
 * it cannot pass by losing track of what it guards.
 */
const GUARDED = {
  smtp: { marker: 'XOAUTH2 rejected', what: 'the SMTP transport (src/deliver/smtp.ts)' },
  smtpClient: { marker: '_actionEHLO', what: "nodemailer's SMTP client" },
  smtpErrors: {
    marker: 'did not answer the TLS handshake with TLS',
    what: 'the SMTP failure explanations (src/deliver/smtp-errors.ts), loaded only on a failure',
  },
  githubClient: {
    marker: 'requests to the GitHub API',
    what: 'the GitHub API client (src/enrich/github.ts)',
  },
  octokit: { marker: 'octokit-core.js', what: "@actions/github's Octokit" },
  gmailApi: { marker: 'gmail/v1/users', what: 'the Gmail API transport' },
  glob: { marker: 'picomatch', what: 'the glob matcher (attachments)' },
  htmlToText: {
    marker: 'Following selectors have no specified format',
    what: 'html-to-text (the text part of an HTML body, src/render/html-text.ts)',
  },
  liquid: {
    marker: 'block tag cannot be nested',
    what: "LiquidJS (src/render/template.ts), for the workflow's own subject or body only",
  },
  inlineTemplate: {
    marker: 'is not a valid template (',
    what: 'the inline-template guard (src/render/literal.ts), for an inline subject or body only',
  },
  markdown: {
    marker: 'marked(): input parameter is undefined or null',
    what: 'the Markdown engine (marked, src/render/markdown.ts)',
  },
} as const;
type Guarded = keyof typeof GUARDED;
/** JUnit parsing is guarded once it exists (src/enrich/junit.ts): its marker is the element name. */
const JUNIT_MARKER = '<testsuite';

function distFiles(): string[] {
  return readdirSync(DIST).filter((f) => f.endsWith('.js'));
}

function filesContaining(marker: string): string[] {
  return distFiles().filter((f) => readFileSync(path.join(DIST, f), 'utf8').includes(marker));
}

let server: RunningSmtpServer;
let hookDir: string;

beforeAll(async () => {
  server = await startSmtpServer({ users: { [USER]: { password: PASSWORD } } });
  hookDir = await mkdtemp(path.join(os.tmpdir(), 'bundle-budget-'));
  // An ESM loader hook (module.register works on Node 20 and 24) that appends each loaded file URL.
  await writeFile(
    path.join(hookDir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
export async function initialize(data) { globalThis.logFile = data.logFile; }
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(globalThis.logFile, url + '\\n');
  return next(url, context);
}
`,
  );
  await writeFile(
    path.join(hookDir, 'preload.mjs'),
    `import { register } from 'node:module';
register(${JSON.stringify(pathToFileURL(path.join(hookDir, 'hooks.mjs')).href)}, { data: { logFile: process.env.BUNDLE_LOAD_LOG } });
`,
  );
});

afterAll(async () => {
  await server?.close();
  if (hookDir) await rm(hookDir, { recursive: true, force: true });
});

/** Runs dist/index.js with the hook; returns the dist/ files it loaded (base names) and the run. */
async function loadedBy(
  name: string,
  inputs: Record<string, string>,
  event?: { eventName: string; event: object },
): Promise<{ files: string[]; code: number | null }> {
  const logFile = path.join(hookDir, `${name}.log`);
  await writeFile(logFile, '');
  const run = await runAction({
    ...event,
    inputs: {
      username: USER,
      'app-password': PASSWORD,
      to: 'dev@example.com',
      status: 'success',
      'smtp-host': '127.0.0.1',
      'smtp-port': String(server.port),
      'smtp-security': 'tls',
      'timeout-seconds': '30',
      ...inputs,
    },
    env: {
      NODE_OPTIONS: `--import=${pathToFileURL(path.join(hookDir, 'preload.mjs')).href}`,
      BUNDLE_LOAD_LOG: logFile,
    },
  });
  await cleanupRun(run);
  const files = (await readFile(logFile, 'utf8'))
    .split('\n')
    .filter((u) => u.startsWith(pathToFileURL(DIST).href))
    .map((u) => path.basename(new URL(u).pathname));
  return { files: [...new Set(files)], code: run.code };
}

function loadedGuards(files: string[]): Guarded[] {
  return (Object.keys(GUARDED) as Guarded[]).filter((g) =>
    filesContaining(GUARDED[g].marker).some((f) => files.includes(f)),
  );
}

describe('bundle budget', () => {
  it('finds every guarded module in dist/ (markers still match the build)', () => {
    for (const [key, g] of Object.entries(GUARDED)) {
      // At least one chunk: ncc copies a module shared by two lazy chunks into each of them.
      expect(filesContaining(g.marker).length, `${key}: ${g.what}`).toBeGreaterThan(0);
    }
    // Each guarded module is a chunk of its own, not part of dist/index.js.
    for (const g of Object.values(GUARDED)) expect(filesContaining(g.marker)).not.toContain('index.js');
  });

  it(`keeps dist/index.js and the action's chunk (with @actions/core) under ${START_BUDGET / KB} KB`, () => {
    const start = startFiles();
    expect(start.length).toBeGreaterThan(1);
    const bytes = start.reduce((sum, f) => sum + statSync(path.join(DIST, f)).size, 0);
    expect(bytes).toBeLessThanOrEqual(START_BUDGET);
  });

  it(`a simple send loads the SMTP chunks, nothing it does not need, within ${SEND_BUDGET / KB} KB`, async () => {
    const { files, code } = await loadedBy('send', {});
    expect(code).toBe(0);
    expect(files).toContain('index.js');
    expect(loadedGuards(files).sort()).toEqual(['smtp', 'smtpClient']);
    if (filesContaining(JUNIT_MARKER).length) {
      expect(files.some((f) => filesContaining(JUNIT_MARKER).includes(f))).toBe(false);
    }
    const bytes = files.reduce((sum, f) => sum + statSync(path.join(DIST, f)).size, 0);
    expect(bytes, `loaded: ${files.join(', ')}`).toBeLessThanOrEqual(SEND_BUDGET);
  });

  it('a refused SMTP sign-in loads the SMTP failure explanations', async () => {
    const { files, code } = await loadedBy('refused', { 'app-password': 'wrongwrongwrongw' });
    expect(code).toBe(1);
    expect(loadedGuards(files).sort()).toEqual(['smtp', 'smtpClient', 'smtpErrors']);
  });

  it('a dry run loads no transport, GitHub API, JUnit or glob code', async () => {
    const { files, code } = await loadedBy('dry', { 'dry-run': 'true' });
    expect(code).toBe(0);
    expect(loadedGuards(files)).toEqual([]);
    if (filesContaining(JUNIT_MARKER).length) {
      expect(files.some((f) => filesContaining(JUNIT_MARKER).includes(f))).toBe(false);
    }
  });

  it('a default failure email, sent or dry run, does not load the Markdown engine', async () => {
    for (const dry of ['false', 'true']) {
      const { files, code } = await loadedBy(`failure-${dry}`, { status: 'failure', 'dry-run': dry });
      expect(code).toBe(0);
      expect(loadedGuards(files), `dry-run: ${dry}`).not.toContain('markdown');
    }
  });

  it('a release email (its notes) and a Markdown body load the Markdown engine', async () => {
    const release = JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'test/fixtures/events/release.json'), 'utf8'),
    );
    const notes = await loadedBy('release', { 'dry-run': 'true' }, { eventName: 'release', event: release });
    expect(notes.code).toBe(0);
    expect(loadedGuards(notes.files)).toEqual(['markdown']);
    const body = await loadedBy('markdown-body', { body: '**Deployed** {{ ref_name }}' });
    expect(body.code).toBe(0);
    expect(loadedGuards(body.files).sort()).toEqual([
      'inlineTemplate',
      'liquid',
      'markdown',
      'smtp',
      'smtpClient',
    ]);
  });

  it('an HTML body loads html-to-text for its text part, and only then', async () => {
    const html = await loadedBy('html-body', {
      body: '<p>Deployed {{ ref_name }} &mdash; done</p>',
      'body-format': 'html',
      'dry-run': 'true',
    });
    expect(html.code).toBe(0);
    expect(loadedGuards(html.files)).toContain('htmlToText');
  });

  it("a run skipped by notify-when loads nothing beyond dist/index.js and the action's chunk", async () => {
    const { files, code } = await loadedBy('skip', { 'notify-when': 'failure' });
    expect(code).toBe(0);
    expect(files.sort()).toEqual(startFiles());
  });

  it('a failure email with `details` loads the GitHub client and Octokit', async () => {
    const { files } = await loadedBy('details', { status: 'failure', details: 'true', 'dry-run': 'true' });
    expect(loadedGuards(files).sort()).toEqual(['githubClient', 'octokit']);
  });
});
