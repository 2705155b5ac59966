// `npm run screenshots`: renders the default failure, fixed-free success and release emails with the
// real bundle (dist/index.js, dry-run + eml-path, so no mail server is involved), takes the HTML part
// of each .eml, and screenshots it with headless Chromium at 600 px (desktop) and 375 px (phone).
// A loopback stand-in for the GitHub REST API serves the failed jobs and their logs, and a JUnit file
// supplies the test results, so the failure email shows its details. Writes docs/email-*.png.
// Needs Chromium (Debian: `apt-get install chromium`); it is not part of `npm test`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const docs = join(root, 'docs');

function findChromium() {
  const candidates = [
    process.env.CHROMIUM,
    'chromium',
    'chromium-browser',
    'google-chrome',
    'google-chrome-stable',
  ];
  for (const name of candidates.filter(Boolean)) {
    const found = spawnSync(name, ['--version'], { encoding: 'utf8' });
    if (found.status === 0) return name;
  }
  return undefined;
}

const chromium = findChromium();
if (!chromium) {
  console.error(
    'npm run screenshots needs Chromium, and none was found (tried $CHROMIUM, chromium, chromium-browser, google-chrome).\n' +
      'Install it, e.g. on Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or point CHROMIUM at a Chrome/Chromium binary.',
  );
  process.exit(2);
}
if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('dist/index.js is missing: run `npm run build` first.');
  process.exit(2);
}

const RUN_ID = '1658821493';
const REPO = 'octo-org/octo-repo';
const JOBS = {
  total_count: 3,
  jobs: [
    {
      id: 4711,
      run_id: Number(RUN_ID),
      name: 'test (ubuntu-latest, node 22)',
      status: 'completed',
      conclusion: 'failure',
      html_url: `https://github.com/${REPO}/actions/runs/${RUN_ID}/job/4711`,
      steps: [
        { name: 'Set up job', number: 1, status: 'completed', conclusion: 'success' },
        { name: 'Install dependencies', number: 3, status: 'completed', conclusion: 'success' },
        { name: 'Run npm test', number: 4, status: 'completed', conclusion: 'failure' },
      ],
    },
    {
      id: 4712,
      run_id: Number(RUN_ID),
      name: 'lint',
      status: 'completed',
      conclusion: 'success',
      html_url: `https://github.com/${REPO}/actions/runs/${RUN_ID}/job/4712`,
      steps: [],
    },
    {
      id: 4713,
      run_id: Number(RUN_ID),
      name: 'notify',
      status: 'in_progress',
      conclusion: null,
      html_url: `https://github.com/${REPO}/actions/runs/${RUN_ID}/job/4713`,
      steps: [{ name: 'Set up job', number: 1, status: 'completed', conclusion: 'success' }],
    },
  ],
};
const LOG = [
  '2025-03-14T10:08:51.1021Z > octo-repo@2.3.0 test',
  '2025-03-14T10:08:51.1022Z > vitest run',
  '2025-03-14T10:08:55.4410Z  ✓ test/cache.test.ts (12 tests) 41ms',
  '2025-03-14T10:08:55.9121Z  ❯ test/retry.test.ts (9 tests | 2 failed) 310ms',
  '2025-03-14T10:08:55.9122Z    × backs off exponentially',
  '2025-03-14T10:08:55.9123Z      → expected 400 to be 800',
  '2025-03-14T10:08:55.9124Z    × stops at the deadline',
  '2025-03-14T10:08:55.9125Z      → expected [ 100, 200, 400 ] to have a length of 2',
  '2025-03-14T10:08:56.0011Z  Test Files  1 failed | 11 passed (12)',
  '2025-03-14T10:08:56.0012Z       Tests  2 failed | 140 passed | 3 skipped (145)',
  '2025-03-14T10:08:56.1201Z ##[error]Process completed with exit code 1.',
].join('\n');
const JUNIT = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="vitest tests" tests="145" failures="2" errors="0" skipped="3" time="4.9">
  <testsuite name="test/retry.test.ts" tests="9" failures="2" skipped="0" time="0.31">
    <testcase classname="test/retry.test.ts" name="retry &gt; backs off exponentially" time="0.01">
      <failure message="expected 400 to be 800" type="AssertionError">AssertionError: expected 400 to be 800</failure>
    </testcase>
    <testcase classname="test/retry.test.ts" name="retry &gt; stops at the deadline" time="0.2">
      <failure message="expected [ 100, 200, 400 ] to have a length of 2" type="AssertionError">AssertionError</failure>
    </testcase>
${Array.from({ length: 7 }, (_v, i) => `    <testcase classname="test/retry.test.ts" name="retry ok ${i}" time="0.01"/>`).join('\n')}
  </testsuite>
  <testsuite name="test/cache.test.ts" tests="136" failures="0" skipped="3" time="0.04">
${Array.from({ length: 133 }, (_v, i) => `    <testcase classname="test/cache.test.ts" name="cache ok ${i}" time="0.001"/>`).join('\n')}
${Array.from({ length: 3 }, (_v, i) => `    <testcase classname="test/cache.test.ts" name="cache skipped ${i}" time="0"><skipped/></testcase>`).join('\n')}
  </testsuite>
</testsuites>
`;

/** A loopback stand-in for the few GitHub REST endpoints the failure details use. */
function startGithubApi() {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const json = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (
      /\/actions\/runs\/\d+\/attempts\/\d+\/jobs$/.test(url.pathname) ||
      /\/actions\/runs\/\d+\/jobs$/.test(url.pathname)
    ) {
      return json(
        200,
        url.searchParams.get('page') && url.searchParams.get('page') !== '1'
          ? { total_count: 3, jobs: [] }
          : JOBS,
      );
    }
    if (/\/actions\/jobs\/4711\/logs$/.test(url.pathname)) {
      res.writeHead(302, { location: `http://127.0.0.1:${server.address().port}/download/4711.log` });
      return res.end();
    }
    if (url.pathname === '/download/4711.log') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end(LOG);
    }
    if (/\/actions\/runs\/\d+$/.test(url.pathname)) {
      return json(200, {
        id: Number(RUN_ID),
        workflow_id: 77,
        head_branch: 'main',
        event: 'push',
        run_attempt: 1,
      });
    }
    if (/\/actions\/workflows\/\d+\/runs$/.test(url.pathname)) {
      return json(200, { total_count: 0, workflow_runs: [] });
    }
    return json(404, { message: 'Not Found' });
  });
  return new Promise((resolveStart) => server.listen(0, '127.0.0.1', () => resolveStart(server)));
}

function runBundle(env, cwd) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [join(root, 'dist/index.js')], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code, out });
    });
  });
}

/** Renders one email with the bundle and returns the HTML part. */
async function render(work, { name, eventName, fixture, status, ref, inputs = {}, apiUrl }) {
  const dir = join(work, name);
  const workspace = join(dir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  writeFileSync(join(workspace, 'junit.xml'), JUNIT);
  const eventPath = join(dir, 'event.json');
  const event = readFileSync(join(root, 'test/fixtures/events', `${fixture}.json`), 'utf8');
  writeFileSync(eventPath, event);
  const payload = JSON.parse(event);
  for (const f of ['out', 'summary']) writeFileSync(join(dir, f), '');
  const allInputs = {
    username: 'ci-bot@gmail.com',
    'app-password': 'abcd efgh ijkl mnop',
    to: 'team@example.com',
    status,
    'dry-run': 'true',
    'eml-path': join(dir, 'message.eml'),
    'github-token': 'ghs_screenshotTokenNotSecret000000000',
    'timeout-seconds': '30',
    ...inputs,
  };
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: dir,
    GITHUB_REPOSITORY: REPO,
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: apiUrl,
    GITHUB_WORKFLOW: eventName === 'release' ? 'Release' : 'CI',
    GITHUB_JOB: 'notify',
    GITHUB_RUN_ID: RUN_ID,
    GITHUB_RUN_NUMBER: '482',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA:
      payload.after ?? payload.pull_request?.head?.sha ?? '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_ACTOR: payload.sender?.login ?? 'monalisa',
  };
  for (const [k, v] of Object.entries(allInputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const { code, out } = await runBundle(env, workspace);
  if (code !== 0) throw new Error(`The action failed rendering ${name} (exit ${code}):\n${out}`);
  const parsed = await simpleParser(readFileSync(join(dir, 'message.eml')));
  console.log(`${name}: ${parsed.subject}`);
  return typeof parsed.html === 'string' ? parsed.html : '';
}

function chromiumArgs(profile) {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--hide-scrollbars',
    '--force-device-scale-factor=1',
    `--user-data-dir=${profile}`,
  ];
}

/** The page's height at this width: a copy of it writes its scrollHeight into the DOM Chromium dumps. */
function measure(htmlPath, width) {
  const probe = htmlPath.replace(/\.html$/, `.probe-${width}.html`);
  // Chromium may clamp a small window, so the probe lays the page out at the width itself.
  const script = `<script>addEventListener("load",()=>{document.documentElement.style.width="${width}px";document.title="h="+document.documentElement.scrollHeight;});</script>`;
  writeFileSync(probe, readFileSync(htmlPath, 'utf8').replace('</body>', `${script}</body>`));
  const profile = mkdtempSync(join(tmpdir(), 'gmail-notify-chromium-'));
  try {
    const result = spawnSync(
      chromium,
      [
        ...chromiumArgs(profile),
        '--virtual-time-budget=2000',
        `--window-size=${width},400`,
        '--dump-dom',
        `file://${probe}`,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    const match = /<title>h=(\d+)<\/title>/.exec(result.stdout ?? '');
    return match ? Number(match[1]) : 1400;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function screenshot(htmlPath, pngPath, width) {
  const height = measure(htmlPath, width);
  const profile = mkdtempSync(join(tmpdir(), 'gmail-notify-chromium-'));
  try {
    const result = spawnSync(
      chromium,
      [
        ...chromiumArgs(profile),
        `--screenshot=${pngPath}`,
        `--window-size=${width},${height}`,
        `file://${htmlPath}`,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    if (result.status !== 0 || !existsSync(pngPath)) {
      throw new Error(
        `Chromium could not take ${pngPath}: ${result.stderr?.split('\n').slice(-3).join(' ')}`,
      );
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const EMAILS = [
  {
    name: 'failure',
    eventName: 'push',
    fixture: 'push',
    status: 'failure',
    ref: 'refs/heads/main',
    inputs: { 'junit-files': 'junit.xml' },
  },
  {
    name: 'success',
    eventName: 'pull_request',
    fixture: 'pull_request',
    status: 'success',
    ref: 'refs/pull/1347/merge',
  },
  {
    name: 'release',
    eventName: 'release',
    fixture: 'release',
    status: 'success',
    ref: 'refs/tags/v2.3.0',
  },
];

const api = await startGithubApi();
const work = mkdtempSync(join(tmpdir(), 'gmail-notify-screenshots-'));
try {
  mkdirSync(docs, { recursive: true });
  for (const email of EMAILS) {
    const html = await render(work, { ...email, apiUrl: `http://127.0.0.1:${api.address().port}` });
    const htmlPath = join(work, `${email.name}.html`);
    writeFileSync(htmlPath, html);
    screenshot(htmlPath, join(docs, `email-${email.name}-600.png`), 600);
    screenshot(htmlPath, join(docs, `email-${email.name}-375.png`), 375);
  }
  console.log(`Screenshots written to ${docs}/email-{failure,success,release}-{600,375}.png`);
} finally {
  api.close();
  rmSync(work, { recursive: true, force: true });
}
