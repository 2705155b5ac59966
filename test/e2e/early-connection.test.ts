// The SMTP connection is opened and signed in while the message renders. These runs check that this
// changes nothing a user can see: no server is contacted when nothing is to be sent, a failure in
// rendering sends nothing, sign-in and transient failures read and retry as before.
import { afterEach, describe, expect, it } from 'vitest';
import { GMAIL_REPLIES, type RunningSmtpServer, startSmtpServer } from '../servers/smtp.mjs';
import { type ActionRun, cleanupRun, runAction } from './harness.js';

const USER = 'ci-bot@gmail.com';
const PASSWORD = 'abcdefghijklmnop';

let server: RunningSmtpServer | undefined;
const runs: ActionRun[] = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const r of runs.splice(0)) await cleanupRun(r);
});

async function run(
  s: RunningSmtpServer,
  inputs: Record<string, string>,
  workspaceFiles?: Record<string, string>,
): Promise<ActionRun> {
  const r = await runAction({
    inputs: {
      username: USER,
      'app-password': PASSWORD,
      to: 'dev@example.com',
      'smtp-host': '127.0.0.1',
      'smtp-port': String(s.port),
      'smtp-security': 'tls',
      'timeout-seconds': '30',
      ...inputs,
    },
    workspaceFiles,
  });
  runs.push(r);
  return r;
}

describe('early SMTP connection', () => {
  it('contacts no server on a dry run or a notify-when skip', async () => {
    server = await startSmtpServer({ users: { [USER]: { password: PASSWORD } } });
    const dry = await run(server, { 'dry-run': 'true' });
    expect(dry.code).toBe(0);
    expect(dry.outputs['skipped-reason']).toBe('dry-run');
    const skipped = await run(server, { 'notify-when': 'failure', status: 'success' });
    expect(skipped.code).toBe(0);
    expect(skipped.outputs['skipped-reason']).toBe('notify-when');
    expect(server.connections()).toHaveLength(0);
  });

  it('contacts no server when an attachment is missing and must exist', async () => {
    server = await startSmtpServer({ users: { [USER]: { password: PASSWORD } } });
    const r = await run(server, { attachments: 'nothing-*.zip', 'if-no-files-found': 'error' });
    expect(r.code).toBe(1);
    expect(server.connections()).toHaveLength(0);
  });

  it('sends nothing when rendering fails after the connection was opened', async () => {
    server = await startSmtpServer({ users: { [USER]: { password: PASSWORD } } });
    const r = await run(server, { 'body-file': 'missing.md' });
    expect(r.code).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error')).toHaveLength(1);
    expect(r.annotations[0]?.message).toMatch(/body-file/);
    expect(server.received).toHaveLength(0);
    for (const c of server.connections())
      expect(c.commands.some((cmd) => cmd.startsWith('MAIL'))).toBe(false);
  });

  it('reports bad credentials as an auth failure, once, without retrying', async () => {
    server = await startSmtpServer({ users: { [USER]: { password: 'another-password' } } });
    const r = await run(server, {});
    expect(r.code).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/^auth: /);
    expect(errors[0].message).toMatch(/535/);
    expect(server.authAttempts).toHaveLength(1);
    expect(server.received).toHaveLength(0);
  });

  it('retries a transient greeting on a new connection and sends once', async () => {
    server = await startSmtpServer({
      users: { [USER]: { password: PASSWORD } },
      faults: { greeting: { reply: GMAIL_REPLIES.tryAgainLater, times: 1 } },
    });
    const r = await run(server, { retries: '2' });
    expect(r.code).toBe(0);
    expect(r.outputs.sent).toBe('true');
    expect(server.received).toHaveLength(1);
    expect(server.connections().length).toBe(2);
  });

  it('verifies the certificate and its name on the socket opened ahead (implicit TLS and STARTTLS)', async () => {
    const cases = [
      { cert: 'wrong-host', security: 'tls', host: '127.0.0.1', reason: /altnames/ },
      { cert: 'wrong-host', security: 'tls', host: 'localhost', reason: /altnames/ },
      { cert: 'self-signed', security: 'tls', host: '127.0.0.1', reason: /SELF_SIGNED|self[- ]signed/i },
      { cert: 'wrong-host', security: 'starttls', host: '127.0.0.1', reason: /altnames/ },
    ] as const;
    for (const c of cases) {
      const s = await startSmtpServer({
        users: { [USER]: { password: PASSWORD } },
        cert: c.cert,
        security: c.security,
      });
      try {
        const r = await run(s, { 'smtp-host': c.host, 'smtp-security': c.security });
        const label = `${c.cert} ${c.security} ${c.host}`;
        expect(r.code, label).toBe(1);
        const errors = r.annotations.filter((a) => a.level === 'error');
        expect(errors, label).toHaveLength(1);
        expect(errors[0]?.message, label).toMatch(
          /^connect: the TLS certificate of .* could not be verified/,
        );
        expect(errors[0]?.message, label).toMatch(c.reason);
        expect(s.authAttempts, label).toHaveLength(0);
        expect(s.received, label).toHaveLength(0);
      } finally {
        await s.close();
      }
    }
  });

  it('sends over implicit TLS to a host name, checked against the certificate (SNI)', async () => {
    server = await startSmtpServer({ users: { [USER]: { password: PASSWORD } } });
    const r = await run(server, { 'smtp-host': 'localhost' });
    expect(r.code).toBe(0);
    expect(server.received).toHaveLength(1);
  });
});
