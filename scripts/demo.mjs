// `npm run demo`: runs the bundled action (dist/index.js) exactly as a GitHub runner would, against an
// embedded Gmail-like SMTP server on 127.0.0.1 (implicit TLS, AUTH, test CA), with a sample failed
// push. Writes the received .eml and its HTML part to demo-output/ and prints where. No account,
// no network.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { parse as parseYaml } from 'yaml';
import { startSmtpServer } from '../test/servers/smtp.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'demo-output');
const USER = 'ci-bot@gmail.com';
const APP_PASSWORD = 'abcd efgh ijkl mnop';

const server = await startSmtpServer({
  security: 'tls',
  users: { [USER]: { password: APP_PASSWORD.replace(/ /g, '') } },
});
const work = mkdtempSync(join(tmpdir(), 'gmail-notify-demo-'));
try {
  const workspace = join(work, 'workspace');
  const runnerTemp = join(work, 'runner-temp');
  mkdirSync(workspace);
  mkdirSync(runnerTemp);
  writeFileSync(join(workspace, 'test-report.txt'), '2 tests failed: see the email body.\n');
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
    'github-token': 'ghs_demoTokenNotUsedForAnything000000',
    details: 'false',
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
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'build',
    GITHUB_RUN_ID: '1658821493',
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
  console.log('Running dist/index.js as the runner would ...\n');
  const started = Date.now();
  const code = await new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [join(root, 'dist/index.js')], {
      cwd: workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.on('data', (d) => process.stdout.write(`  | ${String(d).replace(/\n(?=.)/g, '\n  | ')}`));
    child.stderr.on('data', (d) => process.stderr.write(`  | ${d}`));
    child.on('error', reject);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolveRun(c);
    });
  });
  console.log(`\nThe action exited with code ${code} after ${Date.now() - started} ms.`);
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
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
