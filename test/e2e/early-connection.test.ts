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
});
