// Shared setup for the end-to-end tests: the test accounts and secrets, servers that close when
// the test ends, a runner that checks every run for leaked secrets, and the assertions every
// failure shares (one ::error:: line, no stack trace).

import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { expect } from 'vitest';
import { type RunningSmtpServer, type SmtpServerOptions, startSmtpServer } from '../servers/smtp.mjs';
import {
  GOOGLE_TOKEN_ERRORS,
  type RunningTokenServer,
  startTokenServer,
  type TokenServerOptions,
} from '../servers/token.mjs';
import {
  type ActionRun,
  assertNoSecrets,
  authPlainBase64,
  cleanupRun,
  type RunActionOptions,
  runAction,
  xoauth2Base64,
} from './harness.js';

export { GOOGLE_TOKEN_ERRORS };

export const USER = 'ci-bot@example.com';
/** As Google displays it; the server only accepts it without the spaces. */
export const APP_PASSWORD_SPACED = 'qzxv wbnm plok ijuh';
export const APP_PASSWORD = APP_PASSWORD_SPACED.replace(/ /g, '');
/** An App Password the server does not know: Gmail answers 535-5.7.8. */
export const WRONG_APP_PASSWORD_SPACED = 'wxyz qrst uvwx mnbv';
export const WRONG_APP_PASSWORD = WRONG_APP_PASSWORD_SPACED.replace(/ /g, '');
/** The account's normal password: Gmail answers 534-5.7.9 to it. */
export const ACCOUNT_PASSWORD = 'Correct-Horse-Battery-9';
export const CLIENT_ID = '1234567890-abcdefg.apps.googleusercontent.com';
export const CLIENT_SECRET = 'GOCSPX-TestClientSecret-0123456789';
export const REFRESH_TOKEN = '1//0gTestRefreshToken-abcdefghijklmnopqrstuv';
export const REVOKED_REFRESH_TOKEN = '1//0gRevokedRefreshToken-zyxwvutsrqponm';
export const SCOPELESS_REFRESH_TOKEN = '1//0gGmailSendOnlyRefreshToken-0987654321';
export const ACCESS_TOKEN = 'ya29.a0AfB_TestAccessToken-0123456789abcdef';
export const SCOPELESS_ACCESS_TOKEN = 'ya29.a0AfB_GmailSendOnlyToken-fedcba9876543210';

/** Every secret any run may hold, in each form it could leak in (as is, and the SASL strings). */
export const ALL_SECRETS: string[] = [
  APP_PASSWORD_SPACED,
  APP_PASSWORD,
  WRONG_APP_PASSWORD_SPACED,
  WRONG_APP_PASSWORD,
  ACCOUNT_PASSWORD,
  CLIENT_SECRET,
  REFRESH_TOKEN,
  REVOKED_REFRESH_TOKEN,
  SCOPELESS_REFRESH_TOKEN,
  ACCESS_TOKEN,
  SCOPELESS_ACCESS_TOKEN,
  authPlainBase64(USER, APP_PASSWORD),
  authPlainBase64(USER, ACCOUNT_PASSWORD),
  authPlainBase64(USER, WRONG_APP_PASSWORD),
  xoauth2Base64(USER, ACCESS_TOKEN),
  xoauth2Base64(USER, SCOPELESS_ACCESS_TOKEN),
];

/** Generous: a run may wait out retries, and two engineers share two cores. */
export const E2E_TIMEOUT_MS = 45_000;

/** A stack frame line, as Node prints it. */
const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(node:[^)]*\)|<anonymous>\)?)$/m;

/** A plaintext TCP relay that records what the client sent on each connection. */
export interface RecordingProxy {
  port: number;
  /** Bytes the client sent, one entry per connection, in order. */
  sent: Buffer[][];
  close(): Promise<void>;
}

export interface Fixture {
  smtp(options?: SmtpServerOptions): Promise<RunningSmtpServer>;
  token(options?: TokenServerOptions): Promise<RunningTokenServer>;
  proxy(targetPort: number): Promise<RecordingProxy>;
  /** Runs the bundled action; checks stdout, stderr, summary, outputs and the .eml for secrets. */
  run(options: RunActionOptions): Promise<ActionRun>;
  close(): Promise<void>;
}

/** Test-scoped servers and runs, all closed or removed by close(). */
export function fixture(): Fixture {
  const cleanups: Array<() => Promise<void>> = [];
  return {
    async smtp(options = {}) {
      const server = await startSmtpServer({
        users: {
          [USER]: {
            password: APP_PASSWORD,
            accountPassword: ACCOUNT_PASSWORD,
            accessToken: ACCESS_TOKEN,
            tokensWithoutScope: [SCOPELESS_ACCESS_TOKEN],
          },
        },
        socketTimeoutMs: 20_000,
        ...options,
      });
      cleanups.push(() => server.close());
      return server;
    },
    async token(options = {}) {
      const server = await startTokenServer({
        clients: {
          [CLIENT_ID]: {
            secret: CLIENT_SECRET,
            refreshTokens: {
              [REFRESH_TOKEN]: { accessToken: ACCESS_TOKEN },
              [SCOPELESS_REFRESH_TOKEN]: {
                accessToken: SCOPELESS_ACCESS_TOKEN,
                scope: 'https://www.googleapis.com/auth/gmail.send',
              },
            },
          },
        },
        ...options,
      });
      cleanups.push(() => server.close());
      return server;
    },
    async proxy(targetPort) {
      const proxy = await recordingProxy(targetPort);
      cleanups.push(() => proxy.close());
      return proxy;
    },
    async run(options) {
      const run = await runAction({ timeoutMs: 40_000, ...options });
      cleanups.push(() => cleanupRun(run));
      const eml = run.outputs['eml-path'];
      assertNoSecrets(run, ALL_SECRETS, eml && existsSync(eml) ? [eml] : []);
      expect(run.fileCommandErrors).toEqual([]);
      return run;
    },
    async close() {
      await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
    },
  };
}

/** Inputs for the App Password method against a local server. */
export function appPasswordInputs(
  server: RunningSmtpServer,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    username: USER,
    'app-password': APP_PASSWORD_SPACED,
    'smtp-host': server.host,
    'smtp-port': String(server.port),
    'smtp-security': server.security,
    to: 'dev@example.com',
    retries: '1',
    ...extra,
  };
}

/** Inputs for the OAuth refresh-token method against local servers. */
export function oauthInputs(
  server: RunningSmtpServer,
  token: RunningTokenServer,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    username: USER,
    'oauth-client-id': CLIENT_ID,
    'oauth-client-secret': CLIENT_SECRET,
    'oauth-refresh-token': REFRESH_TOKEN,
    'oauth-token-url': token.url,
    'smtp-host': server.host,
    'smtp-port': String(server.port),
    'smtp-security': server.security,
    to: 'dev@example.com',
    retries: '1',
    ...extra,
  };
}

/** Asserts that nothing in the run's output looks like a stack trace. */
export function expectNoStackTrace(run: ActionRun): void {
  expect(run.stdout).not.toMatch(STACK_FRAME);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/\bUnexpected error\b|TypeError|ReferenceError/);
}

/**
 * Asserts a failed step: exit 1, exactly one ::error:: whose text contains every part, no
 * warning repeating it, no stack trace, outputs written with sent=false. Returns the line.
 */
export function expectFailure(run: ActionRun, parts: string[]): string {
  const errors = run.annotations.filter((a) => a.level === 'error');
  expect(errors, run.stdout).toHaveLength(1);
  const line = errors[0]!.message;
  expect(line).not.toMatch(/[\r\n]/);
  for (const part of parts) expect(line).toContain(part);
  expect(run.code, run.stderr).toBe(1);
  expectNoStackTrace(run);
  expect(run.outputs.sent).toBe('false');
  expect(run.outputs['skipped-reason']).toBe('');
  return line;
}

/** Asserts a failure swallowed by `fail-on-error: false`: exit 0, a ::warning::, no ::error::. */
export function expectSwallowed(run: ActionRun, parts: string[]): string {
  expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
  const warnings = run.annotations.filter((a) => a.level === 'warning');
  expect(warnings, run.stdout).toHaveLength(1);
  const line = warnings[0]!.message;
  for (const part of parts) expect(line).toContain(part);
  expect(run.code, run.stderr).toBe(0);
  expectNoStackTrace(run);
  expect(run.outputs.sent).toBe('false');
  expect(run.outputs['skipped-reason']).toBe('error');
  return line;
}

/** A port on 127.0.0.1 nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function recordingProxy(targetPort: number): Promise<RecordingProxy> {
  const sent: Buffer[][] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const chunks: Buffer[] = [];
    sent.push(chunks);
    const upstream = net.connect(targetPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => {
        sockets.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk: Buffer) => chunks.push(chunk));
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    sent,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The Message-ID header lines in what a client sent over one connection. */
export function messageIdsSent(chunks: Buffer[]): string[] {
  const text = Buffer.concat(chunks).toString('latin1');
  return [...text.matchAll(/^Message-ID: *(<[^>\r\n]+>)/gim)].map((m) => m[1]!);
}

/** Resolves a workspace-relative path the way the runner's cwd does. */
export function inWorkspace(run: ActionRun, relative: string): string {
  return path.resolve(run.workspace, relative);
}
