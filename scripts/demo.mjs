// `npm run demo`: runs the bundled action (dist/index.js) exactly as a GitHub runner would, against an
// embedded Gmail-like SMTP server on 127.0.0.1 (implicit TLS, AUTH, test CA), with a sample failed
// push: a GitHub API look-alike on 127.0.0.1 serves the run's failed jobs and their logs, and a
// JUnit report in the workspace lists the failing tests. Writes the received .eml and its HTML part
// to demo-output/ and prints where. No account, no network.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { parse as parseYaml } from 'yaml';
import { jobLog, startGitHubApiServer } from '../test/servers/github-api.mjs';
import { startSmtpServer } from '../test/servers/smtp.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// DEMO_OUTPUT_DIR: where to write (test/e2e/demo.test.ts uses it); default demo-output/ (git-ignored).
const outDir = resolve(process.env.DEMO_OUTPUT_DIR || join(root, 'demo-output'));
const USER = 'ci-bot@gmail.com';
const APP_PASSWORD = 'abcd efgh ijkl mnop';
const GITHUB_TOKEN = 'ghs_demoTokenForTheLocalApiOnly00000000';
const RUN_ID = 1658821493;

/** What `npm test` printed in the failed jobs, as the runner stores it (the excerpt cleans it up). */
const testLog = () =>
  jobLog([
    '##[group]Run npm test',
    '\u001b[36;1mnpm test\u001b[0m',
    'shell: /usr/bin/bash -e {0}',
    '##[endgroup]',
    '',
    '> octo-repo@2.3.0 test',
    '> vitest run --reporter=default --reporter=junit --outputFile=reports/junit.xml',
    '',
    ' RUN  v4.1.12 /home/runner/work/octo-repo/octo-repo',
    '',
    ' ❯ math.test.ts (5 tests | 2 failed | 1 skipped) 9ms',
    '   ✓ math > adds numbers 2ms',
    '   × math > multiplies & divides <correctly> 5ms',
    '     → expected 6 to be 7 // Object.is equality',
    '   ↓ math > is skipped for now',
    '   ✓ strings > trims whitespace 0ms',
    '   × strings > throws on "bad" input 1ms',
    "     → Cannot read properties of undefined (reading 'x')",
    '',
    ' Test Files  1 failed (1)',
    '      Tests  2 failed | 2 passed | 1 skipped (5)',
    '   Duration  412ms',
    '',
    '##[error]Process completed with exit code 1.',
  ]);

const buildLog = jobLog([
  '##[group]Run npm run build',
  '\u001b[36;1mnpm run build\u001b[0m',
  '##[endgroup]',
  '',
  '> octo-repo@2.3.0 build',
  '> tsc -p tsconfig.build.json',
  '',
  "src/cache.ts(42,7): error TS2322: Type 'string | undefined' is not assignable to type 'string'.",
  "  Type 'undefined' is not assignable to type 'string'.",
  '',
  'Found 1 error in src/cache.ts:42',
  '',
  '##[error]Process completed with exit code 2.',
]);

const testSteps = [
  { name: 'Set up job', conclusion: 'success' },
  { name: 'Run actions/checkout@v5', conclusion: 'success' },
  { name: 'Run actions/setup-node@v5', conclusion: 'success' },
  { name: 'Run npm ci', conclusion: 'success' },
  { name: 'Run npm test', conclusion: 'failure' },
  { name: 'Post Run actions/checkout@v5', conclusion: 'success' },
  { name: 'Complete job', conclusion: 'success' },
];

const server = await startSmtpServer({
  security: 'tls',
  users: { [USER]: { password: APP_PASSWORD.replace(/ /g, '') } },
});
// The run the email is about: the test and build jobs failed; this (notify) job is still running.
const github = await startGitHubApiServer({
  token: GITHUB_TOKEN,
  runs: [{ id: RUN_ID, run_number: 42, head_branch: 'main', status: 'in_progress' }],
  jobs: [
    { id: 4711, run_id: RUN_ID, name: 'lint', conclusion: 'success', steps: testSteps.slice(0, 4) },
    { id: 4712, run_id: RUN_ID, name: 'test (ubuntu-latest, 20)', conclusion: 'failure', steps: testSteps },
    {
      id: 4713,
      run_id: RUN_ID,
      name: 'build',
      conclusion: 'failure',
      steps: [
        ...testSteps.slice(0, 4),
        { name: 'Run npm run build', conclusion: 'failure' },
        ...testSteps.slice(5),
      ],
    },
    {
      id: 4714,
      run_id: RUN_ID,
      name: 'notify',
      status: 'in_progress',
      steps: [{ name: 'Set up job', conclusion: 'success' }, { name: 'Run OWNER/gmail-notify@v1' }],
    },
  ],
  logs: { 4712: testLog(), 4713: buildLog },
});
const work = mkdtempSync(join(tmpdir(), 'gmail-notify-demo-'));
try {
  const workspace = join(work, 'workspace');
  const runnerTemp = join(work, 'runner-temp');
  mkdirSync(workspace);
  mkdirSync(runnerTemp);
  writeFileSync(join(workspace, 'test-report.txt'), '2 tests failed: see the email body.\n');
  mkdirSync(join(workspace, 'reports'));
  copyFileSync(join(root, 'test/fixtures/junit/vitest.xml'), join(workspace, 'reports/junit.xml'));
  const outputFile = join(work, 'github_output');
  const summaryFile = join(work, 'step_summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const event = readFileSync(join(root, 'test/fixtures/events/push.json'), 'utf8');
  const eventPath = join(work, 'event.json');
  writeFileSync(eventPath, event);
  const sha = JSON.parse(event).after ?? '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c';

  const inputs = {
    username: USER,
    'app-password': APP_PASSWORD,
    to: '"Dev Team" <dev-team@example.com>',
    cc: 'oncall@example.com',
    status: 'failure',
    'smtp-host': '127.0.0.1',
    'smtp-port': String(server.port),
    'smtp-security': 'tls',
    attachments: 'test-report.txt',
    'timeout-seconds': '30',
    'github-token': GITHUB_TOKEN,
    'junit-files': 'reports/*.xml',
  };
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'notify',
    GITHUB_RUN_ID: String(RUN_ID),
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_ACTOR: 'monalisa',
    NODE_EXTRA_CA_CERTS: join(root, 'test/fixtures/tls/ca.pem'),
  };
  // The runner passes every input that has a default in action.yml; the inputs above win.
  // (The two expression defaults, `status` and `github-token`, are given above.)
  const action = parseYaml(readFileSync(join(root, 'action.yml'), 'utf8'));
  const defaults = Object.fromEntries(
    Object.entries(action.inputs)
      .filter(([, spec]) => spec.default !== undefined && !String(spec.default).includes('${{'))
      .map(([name, spec]) => [name, String(spec.default)]),
  );
  for (const [name, value] of Object.entries({ ...defaults, ...inputs }))
    env[`INPUT_${name.toUpperCase().replace(/ /g, '_')}`] = value;

  console.log(`Embedded Gmail-like SMTP server on 127.0.0.1:${server.port} (implicit TLS, AUTH required).`);
  console.log(
    `GitHub API look-alike on ${github.url}: run #42 of CI, failed jobs test and build with their logs.`,
  );
  console.log('Running dist/index.js as the runner would ...\n');
  const started = Date.now();
  // The runner consumes `::add-mask::` lines (they carry the secrets, to hide them from the log) and
  // never shows them; there is no runner here, so the demo consumes them the same way.
  let masks = 0;
  /** Writes the child's output line by line, indented, without its mask commands. */
  const relay = (stream, out) => {
    let rest = '';
    const write = (line) => {
      if (line.startsWith('::add-mask::')) masks++;
      else out.write(`  | ${line}\n`);
    };
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) write(line);
    });
    stream.on('end', () => {
      if (rest) write(rest);
    });
  };
  const code = await new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [join(root, 'dist/index.js')], {
      cwd: workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    child.on('error', reject);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolveRun(c);
    });
  });
  console.log(
    `\n(${masks} ::add-mask:: commands consumed, as the runner would: they register the secrets to hide, so they are not shown.)`,
  );
  console.log(`The action exited with code ${code} after ${Date.now() - started} ms.`);
  if (code !== 0 || server.received.length !== 1) {
    console.error(`Expected one delivered message; the server received ${server.received.length}.`);
    process.exitCode = 1;
  } else {
    const [message] = server.received;
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const emlPath = join(outDir, 'message.eml');
    writeFileSync(emlPath, message.raw);
    const parsed = await simpleParser(message.raw);
    const htmlPath = join(outDir, 'message.html');
    writeFileSync(htmlPath, typeof parsed.html === 'string' ? parsed.html : '');
    const textPath = join(outDir, 'message.txt');
    writeFileSync(textPath, parsed.text ?? '');
    console.log('\nThe server received one message:');
    console.log(`  From:        ${parsed.from?.text}`);
    console.log(`  To:          ${message.envelope.rcptTo.join(', ')}`);
    console.log(`  Subject:     ${parsed.subject}`);
    console.log(`  Message-ID:  ${parsed.messageId}`);
    console.log(
      `  Signed in:   ${message.authMethod} as ${message.user}, over TLS: ${message.secure}, EHLO ${message.clientHostname}`,
    );
    console.log(
      `  Attachments: ${parsed.attachments.map((a) => `${a.filename} (${a.size} bytes)`).join(', ') || 'none'}`,
    );
    console.log('\nWritten:');
    console.log(`  ${emlPath}   (the exact message, open it in a mail client)`);
    console.log(`  ${htmlPath}  (its HTML part, open it in a browser)`);
    console.log(`  ${textPath}   (its plain-text part)`);
  }
} finally {
  await Promise.all([server.close(), github.close()]);
  rmSync(work, { recursive: true, force: true });
}
