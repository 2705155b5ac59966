// End to end through dist/index.js: servers other than Gmail (issue 14). A relay login that is not
// an address (`apikey`) with `from`; a password with spaces through `password`, arriving intact at
// the SMTP server's AUTH handler; refusals naming the server used, without Gmail's advice; the
// Auto-Submitted header; and steps written for dawidd6/action-send-mail failing before any server
// is contacted. Build first: `npm run build`.

import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { RunningSmtpServer, SmtpServerOptions } from '../servers/smtp.mjs';
import { E2E_TIMEOUT_MS, expectFailure, expectNoStackTrace, type Fixture, fixture } from './fixture.js';
import { type ActionRun, assertNoSecrets, authPlainBase64 } from './harness.js';

const LOGIN = 'apikey';
/** Spaces inside and at both ends: all of them are part of the password. */
const SPACED_PASSWORD = ' correct horse battery staple ';
const SENDER = 'ci@example.com';
/** Gmail's own advice, which a server other than Gmail must never get. */
const GMAIL_ADVICE = /App Password|2-Step Verification|apppasswords|transport: gmail-api|Gmail/;

function setup(onTestFinished: (fn: () => Promise<void>) => void): Fixture {
  const f = fixture();
  onTestFinished(() => f.close());
  return f;
}

/** A relay whose only user is `apikey`, with a password that holds spaces. */
function relay(f: Fixture, options: SmtpServerOptions = {}): Promise<RunningSmtpServer> {
  return f.smtp({ security: 'starttls', users: { [LOGIN]: { password: SPACED_PASSWORD } }, ...options });
}

function relayInputs(server: RunningSmtpServer, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'smtp-host': server.host,
    'smtp-port': String(server.port),
    'smtp-security': server.security,
    username: LOGIN,
    password: SPACED_PASSWORD,
    from: `CI <${SENDER}>`,
    to: 'team@example.com',
    retries: '0',
    ...extra,
  };
}

function noSecrets(run: ActionRun): void {
  assertNoSecrets(run, [SPACED_PASSWORD, SPACED_PASSWORD.trim(), authPlainBase64(LOGIN, SPACED_PASSWORD)]);
}

describe.concurrent('other SMTP servers', { timeout: E2E_TIMEOUT_MS }, () => {
  it('a relay login (`apikey`) with `password` kept exactly, spaces included, and `from` as sender', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const smtp = await relay(f);
    const run = await f.run({ inputs: relayInputs(smtp) });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.sent).toBe('true');
    noSecrets(run);
    expect(run.masks).toContain(SPACED_PASSWORD);
    // The server's AUTH handler compared the password byte for byte and accepted it.
    expect(smtp.authAttempts).toEqual([expect.objectContaining({ username: LOGIN, ok: true })]);
    const got = smtp.received[0]!;
    expect(got.user).toBe(LOGIN);
    expect(got.envelope.mailFrom).toBe(SENDER);
    const mail = await simpleParser(got.raw);
    expect(mail.from?.value).toEqual([{ name: 'CI', address: SENDER }]);
    // No warning about `from` differing from `username`: that is Gmail's rule only.
    expect(run.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
  });

  it('debug mode: a password with spaces leaks in no form, sent or refused', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const smtp = await relay(f);
    const env = { RUNNER_DEBUG: '1' };
    const ok = await f.run({ inputs: relayInputs(smtp), env });
    const bad = await f.run({ inputs: relayInputs(smtp, { username: 'apikey2' }), env });
    expect(ok.outputs.sent).toBe('true');
    expect(bad.code).toBe(1);
    noSecrets(ok);
    noSecrets(bad);
    assertNoSecrets(bad, [authPlainBase64('apikey2', SPACED_PASSWORD)]);
  });

  it('the same password without its spaces is refused: nothing was stripped on the way', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const smtp = await relay(f);
    const run = await f.run({
      inputs: relayInputs(smtp, { password: SPACED_PASSWORD.replace(/ /g, '') }),
    });
    expect(run.code).toBe(1);
    expect(smtp.authAttempts).toEqual([expect.objectContaining({ username: LOGIN, ok: false })]);
  });

  it('`username: apikey` without `from`: an error naming `from`, nothing contacted', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const smtp = await relay(f);
    const inputs = relayInputs(smtp);
    delete inputs.from;
    const run = await f.run({ inputs });
    const line = expectFailure(run, ['Input `from` is required', '`username`']);
    expect(line).not.toMatch(GMAIL_ADVICE);
    expect(smtp.connections()).toHaveLength(0);
  });

  it('a refused sign-in names 127.0.0.1 and gives no Gmail advice, even to an `app-password`', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const smtp = await relay(f);
    for (const inputs of [
      relayInputs(smtp, { password: 'wrong password' }),
      // Gmail's reply, from a host that is not Gmail: the words come from the server, the advice must not.
      {
        ...relayInputs(smtp),
        password: '',
        'app-password': 'abcd efgh ijkl mnop',
        username: 'ci-bot@example.com',
      },
    ]) {
      const run = await f.run({ inputs });
      const line = expectFailure(run, ['auth: ', `127.0.0.1:${smtp.port}`, '535']);
      expect(line.replace(/Server said: ".*?"\./, '')).not.toMatch(GMAIL_ADVICE);
      expect(run.summary).toMatch(/^### ❌ /m);
      expectNoStackTrace(run);
    }
  });

  it('554 5.7.1 Relay access denied at RCPT, no credentials given: hints that the server wants a sign-in', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp({
      security: 'none',
      faults: { rcpt: '554 5.7.1 <team@example.com>: Relay access denied' },
    });
    const run = await f.run({
      inputs: {
        'smtp-host': smtp.host,
        'smtp-port': String(smtp.port),
        'smtp-security': 'none',
        from: SENDER,
        to: 'team@example.com',
        retries: '0',
      },
    });
    const line = expectFailure(run, [`127.0.0.1:${smtp.port}`, '554', 'did not sign in', '`password`']);
    expect(line).not.toContain('Check the addresses');
    expect(line).not.toMatch(GMAIL_ADVICE);
  });

  it('Auto-Submitted: auto-generated on every message; `headers` may override it', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const smtp = await relay(f);
    const plain = await f.run({ inputs: relayInputs(smtp) });
    const overridden = await f.run({ inputs: relayInputs(smtp, { headers: 'Auto-Submitted: no' }) });
    expect(plain.outputs.sent).toBe('true');
    expect(overridden.outputs.sent).toBe('true');
    const [first, second] = smtp.received.map((m) => m.raw.toString('utf8'));
    expect(first!.match(/^Auto-Submitted: .*$/gim)).toEqual(['Auto-Submitted: auto-generated']);
    expect(second!.match(/^Auto-Submitted: .*$/gim)).toEqual(['Auto-Submitted: no']);
  });

  it('dawidd6/action-send-mail inputs fail naming `smtp-host`, before any server is contacted', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const smtp = await relay(f);
    const token = await f.token();
    // As the runner passes them: INPUT_SERVER_ADDRESS (upper-cased, `_` kept). GITHUB_API_URL points
    // at a recording HTTP server: no request may reach it either.
    const run = await f.run({
      inputs: {
        username: 'ci-bot@example.com',
        'app-password': 'abcd efgh ijkl mnop',
        to: 'team@example.com',
        server_address: smtp.host,
        server_port: String(smtp.port),
        html_body: '<b>Build</b> done',
        reply_to: 'dev@example.com',
      },
      env: { GITHUB_API_URL: token.url },
    });
    const line = expectFailure(run, [
      'dawidd6/action-send-mail',
      '`server_address`: use `smtp-host`',
      '`server_port`: use `smtp-port`',
      '`html_body`: use `body` with `body-format: html`',
      '`reply_to`: use `reply-to`',
    ]);
    expect(line).not.toMatch(/[\r\n]/);
    expect(run.outputs.sent).toBe('false');
    expect(smtp.connections()).toHaveLength(0);
    expect(token.requests).toHaveLength(0);
  });
});
