// Runs the bundled action (dist/index.js) in a child process the way the GitHub runner does:
// a clean environment with INPUT_* variables, GITHUB_* context, file-command files, an event
// payload file, a fresh workspace and runner temp directory, and NODE_EXTRA_CA_CERTS pointing at
// the test CA. Then it parses what the step produced: outputs, summary, annotations, masks.

import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/** The repository root (this file is test/e2e/harness.ts). */
export const REPO_ROOT: string = fileURLToPath(new URL('../../', import.meta.url));
/** The test CA the action trusts through NODE_EXTRA_CA_CERTS. */
export const CA_CERT_PATH: string = path.join(REPO_ROOT, 'test/fixtures/tls/ca.pem');
/** GITHUB_SHA when the event does not name one. */
export const DEFAULT_SHA = '8c3f5d2a9e1b4c7d6f0a2b3c4d5e6f708192a3b4';
/** Value of `${{ github.token }}` in action.yml defaults, unless `githubToken` is given. */
export const DEFAULT_GITHUB_TOKEN = 'ghs_TestToken0000000000000000000000000000';

const MAX_CAPTURE_BYTES = 32 * 1024 * 1024;
const CLOSE_GRACE_MS = 2000;

export interface RunActionOptions {
  /** Action inputs by name (kebab-case, as in action.yml); become INPUT_<NAME> with hyphens kept. */
  inputs: Record<string, string>;
  /** GITHUB_EVENT_NAME; default 'push'. */
  eventName?: string;
  /** The event payload written to GITHUB_EVENT_PATH (e.g. a test/fixtures/events/*.json); default a minimal one. */
  event?: object;
  /** Extra environment, applied last (overrides everything above, e.g. GITHUB_API_URL, RUNNER_DEBUG). */
  env?: Record<string, string>;
  /** Node binary; default process.env.E2E_NODE, else the one running the tests. */
  node?: string;
  /** Kill the step after this long; default 60 000. */
  timeoutMs?: number;
  /** Files to create in the workspace, by relative path. */
  workspaceFiles?: Record<string, string | Buffer>;
  /** Script to run; default <repo>/dist/index.js. */
  entry?: string;
  /** Fill inputs the test does not give from action.yml defaults, as the runner does; default true. */
  applyActionDefaults?: boolean;
  /** `${{ github.token }}` in action.yml defaults; default DEFAULT_GITHUB_TOKEN. */
  githubToken?: string;
  /** `${{ job.status }}` in action.yml defaults; default 'success'. */
  jobStatus?: string;
  /**
   * After the run, assert that no masked value and no secret input leaked (see sweepSecrets);
   * default true. Only a test of the sweep itself turns it off.
   */
  sweepSecrets?: boolean;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  /** `file`, `line`, `title`… from `::error file=…,line=…::` (unescaped). */
  properties: Record<string, string>;
}

export interface ActionRun {
  /** Exit code; null when killed (timeout) or when node could not be started. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** From GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** Contents of GITHUB_STEP_SUMMARY. */
  summary: string;
  /** GITHUB_WORKSPACE (also the cwd). Not removed automatically: see cleanupRun(). */
  workspace: string;
  /** RUNNER_TEMP (holds the event file and file-command files). */
  runnerTemp: string;
  eventPath: string;
  /** `::error::`, `::warning::`, `::notice::` lines from stdout, in order. */
  annotations: Annotation[];
  /** Values registered with `::add-mask::` (core.setSecret), in order. */
  masks: string[];
  /** Malformed lines in GITHUB_OUTPUT (the runner would fail the step on them). */
  fileCommandErrors: string[];
  timedOut: boolean;
  durationMs: number;
}

/** The environment variable the runner sets for an input: INPUT_ + name uppercased, spaces → _, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

type Json = Record<string, unknown>;

function asObject(value: unknown): Json {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== ''
    ? value
    : typeof value === 'number'
      ? String(value)
      : undefined;
}

/** GITHUB_* context variables derived from the event, the way the runner derives them. */
export function githubContextEnv(eventName: string, event: object): Record<string, string> {
  const payload = asObject(event);
  const repository = asObject(payload.repository);
  const repo = asString(repository.full_name) ?? 'octo-org/octo-repo';
  const owner = repo.split('/')[0];
  const defaultBranch = asString(repository.default_branch) ?? 'main';
  const pullRequest = asObject(payload.pull_request);
  const sender = asObject(payload.sender);
  const actor = asString(sender.login) ?? 'octocat';

  let ref = `refs/heads/${defaultBranch}`;
  let sha = DEFAULT_SHA;
  let headRef = '';
  let baseRef = '';
  switch (eventName) {
    case 'push': {
      ref = asString(payload.ref) ?? ref;
      const after = asString(payload.after);
      sha = after && !/^0+$/.test(after) ? after : (asString(asObject(payload.head_commit).id) ?? sha);
      break;
    }
    case 'pull_request':
    case 'pull_request_review':
    case 'pull_request_review_comment': {
      const number = asString(payload.number) ?? asString(pullRequest.number) ?? '1';
      ref = `refs/pull/${number}/merge`;
      sha = asString(pullRequest.merge_commit_sha) ?? asString(asObject(pullRequest.head).sha) ?? sha;
      headRef = asString(asObject(pullRequest.head).ref) ?? '';
      baseRef = asString(asObject(pullRequest.base).ref) ?? '';
      break;
    }
    case 'pull_request_target': {
      baseRef = asString(asObject(pullRequest.base).ref) ?? defaultBranch;
      headRef = asString(asObject(pullRequest.head).ref) ?? '';
      ref = `refs/heads/${baseRef}`;
      sha = asString(asObject(pullRequest.base).sha) ?? sha;
      break;
    }
    case 'release': {
      const tag = asString(asObject(payload.release).tag_name);
      if (tag) ref = `refs/tags/${tag}`;
      break;
    }
    case 'workflow_run': {
      sha = asString(asObject(payload.workflow_run).head_sha) ?? sha;
      break;
    }
    case 'workflow_dispatch': {
      ref = asString(payload.ref) ?? ref;
      break;
    }
    default:
      break;
  }
  const refType = ref.startsWith('refs/tags/') ? 'tag' : 'branch';
  const refName = ref.replace(/^refs\/(heads|tags|pull)\//, '');
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_REPOSITORY: repo,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_REPOSITORY_ID: asString(repository.id) ?? '123456789',
    GITHUB_REPOSITORY_OWNER_ID: asString(asObject(repository.owner).id) ?? '987654',
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: refName,
    GITHUB_REF_TYPE: refType,
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_HEAD_REF: headRef,
    GITHUB_BASE_REF: baseRef,
    GITHUB_ACTOR: actor,
    GITHUB_ACTOR_ID: asString(sender.id) ?? '583231',
    GITHUB_TRIGGERING_ACTOR: actor,
    GITHUB_WORKFLOW: 'CI',
    GITHUB_WORKFLOW_REF: `${repo}/.github/workflows/ci.yml@${ref}`,
    GITHUB_WORKFLOW_SHA: sha,
    GITHUB_JOB: 'build',
    GITHUB_RUN_ID: '1658821493',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
  };
}

function minimalEvent(eventName: string): Json {
  const base: Json = {
    repository: {
      id: 123456789,
      name: 'octo-repo',
      full_name: 'octo-org/octo-repo',
      html_url: 'https://github.com/octo-org/octo-repo',
      default_branch: 'main',
      owner: { login: 'octo-org', id: 987654 },
    },
    sender: { login: 'octocat', id: 583231 },
  };
  if (eventName === 'push') {
    return { ...base, ref: 'refs/heads/main', before: '0'.repeat(40), after: DEFAULT_SHA };
  }
  return base;
}

/** Replaces the `${{ … }}` expressions action.yml defaults use; unknown ones become '' (as an empty context value would). */
function evaluateDefault(value: string, context: Record<string, string>): string {
  return value.replace(
    /\$\{\{\s*([^}]*?)\s*\}\}/g,
    (_match, expression: string) => context[expression] ?? '',
  );
}

async function actionDefaults(context: Record<string, string>): Promise<Record<string, string>> {
  const file = path.join(REPO_ROOT, 'action.yml');
  if (!existsSync(file)) return {};
  const doc = asObject(parseYaml(await readFile(file, 'utf8')));
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(asObject(doc.inputs))) {
    const value = asObject(spec).default;
    if (value === undefined || value === null) continue;
    defaults[name] = evaluateDefault(String(value), context);
  }
  return defaults;
}

function unescapeCommandValue(value: string, property: boolean): string {
  const pattern = property ? /%(25|0D|0A|3A|2C)/gi : /%(25|0D|0A)/gi;
  const map: Record<string, string> = { '25': '%', '0D': '\r', '0A': '\n', '3A': ':', '2C': ',' };
  return value.replace(pattern, (_match, code: string) => map[code.toUpperCase()]);
}

/** Parses workflow commands (`::error file=a,line=1::message`, `::add-mask::value`) from stdout. */
export function parseWorkflowCommands(stdout: string): { annotations: Annotation[]; masks: string[] } {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const [, command, rawProperties = '', rawMessage] = match;
    if (command === 'add-mask') {
      masks.push(unescapeCommandValue(rawMessage, false));
      continue;
    }
    if (command !== 'error' && command !== 'warning' && command !== 'notice') continue;
    const properties: Record<string, string> = {};
    for (const pair of rawProperties.split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq).trim()] = unescapeCommandValue(pair.slice(eq + 1), true);
    }
    annotations.push({ level: command, message: unescapeCommandValue(rawMessage, false), properties });
  }
  return { annotations, masks };
}

/**
 * Parses a file-command file (GITHUB_OUTPUT) as @actions/core writes it: `name<<ghadelimiter_UUID`,
 * the value lines, the delimiter; also the single-line `name=value` form.
 */
export function parseFileCommand(text: string): { values: Record<string, string>; errors: string[] } {
  const values: Record<string, string> = {};
  const errors: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const start = i + 1;
      let end = start;
      while (end < lines.length && lines[end] !== delimiter) end++;
      if (end >= lines.length) {
        errors.push(`line ${i + 1}: no closing delimiter for "${name}"`);
        break;
      }
      values[name] = lines.slice(start, end).join('\n');
      i = end;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) {
      values[line.slice(0, eq)] = line.slice(eq + 1);
      continue;
    }
    errors.push(`line ${i + 1}: neither name<<delimiter nor name=value`);
  }
  return { values, errors };
}

async function writeWorkspaceFiles(workspace: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [relative, content] of Object.entries(files)) {
    const target = path.resolve(workspace, relative);
    if (path.isAbsolute(relative) || !target.startsWith(workspace + path.sep)) {
      throw new Error(`workspaceFiles: "${relative}" must be a relative path inside the workspace`);
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}

/** Runs dist/index.js as a GitHub runner would run the step, and reports what it did. */
export async function runAction(opts: RunActionOptions): Promise<ActionRun> {
  const eventName = opts.eventName ?? 'push';
  const event = opts.event ?? minimalEvent(eventName);
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const node = opts.node ?? process.env.E2E_NODE ?? process.execPath;
  const entry = opts.entry ?? path.join(REPO_ROOT, 'dist/index.js');

  const workspace = await mkdtemp(path.join(os.tmpdir(), 'gmail-notify-ws-'));
  const runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'gmail-notify-temp-'));
  const commandsDir = path.join(runnerTemp, '_runner_file_commands');
  await mkdir(commandsDir, { recursive: true });
  await mkdir(path.join(runnerTemp, '_github_workflow'), { recursive: true });
  const eventPath = path.join(runnerTemp, '_github_workflow', 'event.json');
  await writeFile(eventPath, JSON.stringify(event, null, 2));
  const fileCommand = async (name: string): Promise<string> => {
    const file = path.join(commandsDir, `${name}_${randomUUID()}`);
    await writeFile(file, '');
    return file;
  };
  const outputFile = await fileCommand('set_output');
  const summaryFile = await fileCommand('step_summary');
  const envFile = await fileCommand('set_env');
  const pathFile = await fileCommand('add_path');
  const stateFile = await fileCommand('save_state');
  await writeWorkspaceFiles(workspace, opts.workspaceFiles ?? {});

  const context = githubContextEnv(eventName, event);
  const env: Record<string, string> = {};
  if (process.env.PATH) env.PATH = process.env.PATH;
  if (process.env.HOME) env.HOME = process.env.HOME;
  Object.assign(env, context, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: 'notify',
    GITHUB_ACTION_REPOSITORY: 'octo-org/gmail-notify',
    GITHUB_ACTION_REF: 'v1',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ENV: envFile,
    GITHUB_PATH: pathFile,
    GITHUB_STATE: stateFile,
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/graphql',
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 2',
    RUNNER_ENVIRONMENT: 'github-hosted',
    NODE_EXTRA_CA_CERTS: CA_CERT_PATH,
  });
  if (opts.applyActionDefaults ?? true) {
    const defaults = await actionDefaults({
      'github.token': opts.githubToken ?? DEFAULT_GITHUB_TOKEN,
      'job.status': opts.jobStatus ?? 'success',
      'github.workspace': workspace,
      'runner.temp': runnerTemp,
      'github.repository': context.GITHUB_REPOSITORY,
      'github.event_name': eventName,
      'github.sha': context.GITHUB_SHA,
      'github.ref': context.GITHUB_REF,
    });
    for (const [name, value] of Object.entries(defaults)) env[inputEnvName(name)] = value;
  }
  for (const [name, value] of Object.entries(opts.inputs)) env[inputEnvName(name)] = value;
  // Step debug logging on, as a user chasing a problem would have it: no secret may show then either.
  env.RUNNER_DEBUG = '1';
  Object.assign(env, opts.env ?? {});

  const started = Date.now();
  const result = await new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
    timedOut: boolean;
  }>((resolve) => {
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let captured = 0;
    let timedOut = false;
    let settled = false;
    let exitCode: number | null = null;
    let exitSignal: NodeJS.Signals | null = null;
    const capture = (into: Buffer[]) => (chunk: Buffer) => {
      captured += chunk.length;
      if (captured <= MAX_CAPTURE_BYTES) into.push(chunk);
    };
    const child = spawn(node, [entry], {
      cwd: workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // own process group, so a timeout kills anything it started too
    });
    const finish = (extraStderr = '') => {
      if (settled) return;
      settled = true;
      clearTimeout(killTimer);
      clearTimeout(graceTimer);
      resolve({
        code: exitCode,
        signal: exitSignal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8') + extraStderr,
        timedOut,
      });
    };
    let graceTimer: NodeJS.Timeout | undefined;
    const killTimer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      graceTimer = setTimeout(
        () => finish('\n[harness] killed after timeout; output may be incomplete'),
        CLOSE_GRACE_MS,
      );
    }, timeoutMs);
    child.stdout.on('data', capture(stdout));
    child.stderr.on('data', capture(stderr));
    child.on('error', (error) => finish(`\n[harness] could not run ${node}: ${error.message}`));
    child.on('exit', (code, signal) => {
      exitCode = code;
      exitSignal = signal;
      // 'close' waits for stdio to end; a grandchild holding the pipes open must not hang the test
      graceTimer ??= setTimeout(() => finish('\n[harness] stdio still open after exit'), CLOSE_GRACE_MS);
    });
    child.on('close', () => finish());
  });
  const durationMs = Date.now() - started;

  const parsedOutputs = parseFileCommand(await readFile(outputFile, 'utf8'));
  const { annotations, masks } = parseWorkflowCommands(result.stdout);
  const run: ActionRun = {
    ...result,
    outputs: parsedOutputs.values,
    fileCommandErrors: parsedOutputs.errors,
    summary: await readFile(summaryFile, 'utf8'),
    workspace,
    runnerTemp,
    eventPath,
    annotations,
    masks,
    durationMs,
  };
  if (opts.sweepSecrets ?? true) {
    try {
      sweepSecrets(run, env);
    } catch (err) {
      // The caller never gets the run to clean up; the error already says what leaked and where.
      await cleanupRun(run);
      throw err;
    }
  }
  return run;
}

/** Inputs whose values are secrets, whatever the action does with them. */
export const SECRET_INPUTS: readonly string[] = [
  'app-password',
  'password',
  'oauth-client-secret',
  'oauth-refresh-token',
  'oauth-access-token',
  'service-account-key',
  'github-token',
];

/**
 * Everything a run must never show: every value it asked to mask, every secret input (each line of
 * a multi-line one, an App Password with and without its spaces), and the base64 SASL strings AUTH
 * PLAIN and XOAUTH2 would carry for them. Values shorter than MIN_SECRET_LENGTH are left out (a
 * key's `}` line would match everywhere).
 */
export function runSecrets(run: Pick<ActionRun, 'masks'>, env: Record<string, string>): string[] {
  const values = new Set<string>();
  const add = (v: string): void => {
    const t = v.trim();
    if (t.length >= MIN_SECRET_LENGTH) values.add(t);
  };
  for (const m of run.masks) add(m);
  for (const name of SECRET_INPUTS) {
    const value = env[inputEnvName(name)] ?? '';
    add(value);
    for (const line of value.split(/\r?\n|\r|\\n/)) add(line);
    if (name === 'app-password') add(value.replace(/\s+/g, ''));
  }
  // A proxy's password (in the environment, not an input), decoded, and the Proxy-Authorization base64.
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']) {
    const proxy = URL.parse(env[name] ?? '');
    if (!proxy?.password) continue;
    add(proxy.password);
    add(decodeURIComponent(proxy.password));
    add(
      Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString(
        'base64',
      ),
    );
  }
  const user = (env[inputEnvName('username')] ?? '').trim();
  const password = (env[inputEnvName('app-password')] ?? '').replace(/\s+/g, '');
  if (user && password) add(authPlainBase64(user, password));
  // `password` travels exactly as given, spaces included.
  const exact = (env[inputEnvName('password')] ?? '').replace(/\r?\n$/, '');
  if (user && exact.trim()) add(authPlainBase64(user, exact));
  if (user) {
    // Any token, given or obtained (obtained ones are known only through their masks).
    for (const token of [...values]) if (!token.includes('\n')) add(xoauth2Base64(user, token));
  }
  return [...values];
}

const SWEEP_DIR = process.env.SECRET_SWEEP_DIR ?? path.join(os.tmpdir(), 'gmail-notify-secret-sweep-adhoc');
const sweepTally = { runs: 0, forms: 0, secrets: new Set<string>() };

/**
 * The secret-leak sweep every runAction() call ends with: asserts (assertNoSecrets) that no value of
 * runSecrets() shows in stdout, stderr, the summary, the outputs or the .eml the run wrote, then
 * adds what it checked to this process's tally (a JSON file the global teardown sums up).
 */
export function sweepSecrets(run: ActionRun, env: Record<string, string>): void {
  const secrets = runSecrets(run, env);
  const eml = run.outputs['eml-path'];
  assertNoSecrets(run, secrets, eml && existsSync(eml) ? [eml] : []);
  sweepTally.runs++;
  for (const secret of secrets) {
    sweepTally.forms += secretForms(secret).length;
    sweepTally.secrets.add(createHash('sha256').update(secret).digest('hex'));
  }
  mkdirSync(SWEEP_DIR, { recursive: true });
  writeFileSync(
    path.join(SWEEP_DIR, `${process.pid}.json`),
    JSON.stringify({ runs: sweepTally.runs, forms: sweepTally.forms, secrets: [...sweepTally.secrets] }),
  );
}

/** Removes the run's workspace and runner temp directories. */
export async function cleanupRun(run: Pick<ActionRun, 'workspace' | 'runnerTemp'>): Promise<void> {
  await rm(run.workspace, { recursive: true, force: true });
  await rm(run.runnerTemp, { recursive: true, force: true });
}

/** base64 of the AUTH PLAIN response `\0user\0pass`, as it would appear on the wire or in a log. */
export function authPlainBase64(user: string, pass: string): string {
  return Buffer.from(`\0${user}\0${pass}`, 'utf8').toString('base64');
}

/** base64 of the XOAUTH2 initial response `user=U\x01auth=Bearer T\x01\x01`. */
export function xoauth2Base64(user: string, token: string): string {
  return Buffer.from(`user=${user}\x01auth=Bearer ${token}\x01\x01`, 'utf8').toString('base64');
}

const MIN_SECRET_LENGTH = 8;

/**
 * The ways a secret can show up in text: as is, URL-encoded, and base64/base64url at each of
 * the three byte alignments it can have inside a longer encoded string (only the characters
 * that depend on the secret's bytes alone, so a match is a real leak whatever surrounds it).
 */
export function secretForms(secret: string): { form: string; value: string }[] {
  const forms = [{ form: 'as is', value: secret }];
  const urlEncoded = encodeURIComponent(secret);
  if (urlEncoded !== secret) forms.push({ form: 'URL-encoded', value: urlEncoded });
  const bytes = Buffer.from(secret, 'utf8');
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes, Buffer.alloc(3)]).toString('base64');
    const fragment = encoded.slice(
      Math.ceil((8 * offset) / 6),
      Math.floor((8 * (offset + bytes.length)) / 6),
    );
    forms.push({ form: `base64 (offset ${offset})`, value: fragment });
    const urlSafe = fragment.replace(/\+/g, '-').replace(/\//g, '_');
    if (urlSafe !== fragment) forms.push({ form: `base64url (offset ${offset})`, value: urlSafe });
  }
  return forms;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Throws if any secret (as is, URL-encoded, base64 or base64url at any alignment) appears in the
 * run's stdout (except `::add-mask::` lines, which the runner consumes), stderr, step summary,
 * outputs, or the given files (also checked with line breaks removed, for wrapped base64 and
 * quoted-printable). The message names the secret's index, its form and where, never the secret.
 * Pass authPlainBase64() / xoauth2Base64() results as secrets to also catch logged SMTP AUTH lines.
 */
export function assertNoSecrets(run: ActionRun, secrets: string[], extraFiles: string[] = []): void {
  const sources: { where: string; text: string }[] = [
    {
      where: 'stdout',
      text: run.stdout
        .split('\n')
        .map((line) => (line.startsWith('::add-mask::') ? '' : line))
        .join('\n'),
    },
    { where: 'stderr', text: run.stderr },
    { where: 'step summary', text: run.summary },
    ...Object.entries(run.outputs).map(([name, value]) => ({ where: `output "${name}"`, text: value })),
    ...extraFiles.map((file) => ({ where: `file ${file}`, text: readFileSync(file, 'latin1') })),
  ];
  const leaks: string[] = [];
  secrets.forEach((secret, index) => {
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new Error(
        `assertNoSecrets: secret #${index} is shorter than ${MIN_SECRET_LENGTH} characters; use a realistic test secret`,
      );
    }
    const forms = secretForms(secret);
    for (const source of sources) {
      // wrapped base64 and quoted-printable split a value across lines
      const variants = [source.text, source.text.replace(/\r?\n/g, ''), source.text.replace(/=\r?\n/g, '')];
      const found = forms.find((form) => variants.some((variant) => variant.includes(form.value)));
      if (!found) continue;
      const direct = source.text.indexOf(found.value);
      const place = direct >= 0 ? ` line ${lineOf(source.text, direct)}` : ' (line breaks removed)';
      leaks.push(`secret #${index} appears ${found.form} in ${source.where}${place}`);
    }
  });
  if (leaks.length > 0) throw new Error(`assertNoSecrets: ${leaks.join('; ')}`);
}
