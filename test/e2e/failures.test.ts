// One test per failure the action must explain: the exact ::error:: line (stage, server reply,
// advice), retries where the failure is transient and none where it is permanent, and the same
// failure swallowed by `fail-on-error: false`.

import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { RunningSmtpServer } from '../servers/smtp.mjs';
import { GMAIL_REPLIES } from '../servers/smtp.mjs';
import type { RunningTokenServer } from '../servers/token.mjs';
import {
  ACCESS_TOKEN,
  ACCOUNT_PASSWORD,
  appPasswordInputs,
  CLIENT_ID,
  CLIENT_SECRET,
  closedPort,
  E2E_TIMEOUT_MS,
  expectFailure,
  expectNoStackTrace,
  expectSwallowed,
  type Fixture,
  fixture,
  messageIdsSent,
  oauthInputs,
  REFRESH_TOKEN,
  REVOKED_REFRESH_TOKEN,
  SCOPELESS_REFRESH_TOKEN,
  USER,
  WRONG_APP_PASSWORD_SPACED,
} from './fixture.js';
import type { ActionRun } from './harness.js';

interface Scenario {
  inputs: Record<string, string>;
  smtp?: RunningSmtpServer;
  token?: RunningTokenServer;
}

interface Outcome {
  run: ActionRun;
  scenario: Scenario;
}

function setup(onTestFinished: (fn: () => Promise<void>) => void): Fixture {
  const f = fixture();
  onTestFinished(() => f.close());
  return f;
}

/**
 * Runs the failing scenario twice, each against servers of its own: as is (one ::error:: with
 * every part, exit 1) and with `fail-on-error: false` (a ::warning:: with the same line, exit 0).
 */
async function failsBothWays(
  f: Fixture,
  build: (f: Fixture) => Promise<Scenario>,
  parts: string[],
): Promise<{ strict: Outcome; lenient: Outcome; line: string }> {
  const [a, b] = await Promise.all([build(f), build(f)]);
  const [strictRun, lenientRun] = await Promise.all([
    f.run({ inputs: a.inputs }),
    f.run({ inputs: { ...b.inputs, 'fail-on-error': 'false' } }),
  ]);
  const line = expectFailure(strictRun, parts);
  const warning = expectSwallowed(lenientRun, parts);
  // Same line, apart from the port of each scenario's own server.
  const anyPort = (text: string): string => text.replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT');
  expect(anyPort(warning)).toContain(anyPort(line));
  for (const { smtp } of [a, b]) expect(smtp?.received ?? []).toEqual([]);
  expect(strictRun.summary).toContain(parts[0]!);
  return { strict: { run: strictRun, scenario: a }, lenient: { run: lenientRun, scenario: b }, line };
}

const attempts = (o: Outcome): number => o.scenario.smtp!.connections().length;
/**
 * A failed token request: the SMTP connection may already be open (it is started while the token is
 * fetched, to save a round trip), but no sign-in and no mail may go over it.
 */
const nothingSentAfterTokenFailure = (o: Outcome): void => {
  expect(o.scenario.smtp!.authAttempts).toHaveLength(0);
  expect(o.scenario.smtp!.received).toHaveLength(0);
  for (const c of o.scenario.smtp!.connections()) expect(c.commands).not.toContain('MAIL');
};

describe.concurrent('failures', { timeout: E2E_TIMEOUT_MS }, () => {
  it('535-5.7.8: wrong App Password', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const { strict, lenient, line } = await failsBothWays(
      f,
      async (f) => {
        const smtp = await f.smtp();
        return { smtp, inputs: appPasswordInputs(smtp, { 'app-password': WRONG_APP_PASSWORD_SPACED }) };
      },
      // The local server answers as Gmail does, but it is 127.0.0.1: the line names it and quotes
      // Gmail's words, without Gmail's own advice (that is for smtp.gmail.com: see deliver/smtp-errors.test.ts).
      ['auth: 127.0.0.1:', '(535)', 'Username and Password not accepted', '`username`'],
    );
    expect(line.startsWith('auth: ')).toBe(true);
    expect(line).not.toMatch(/App Password|2-Step Verification|apppasswords/);
    expect(attempts(strict)).toBe(1);
    expect(attempts(lenient)).toBe(1);
  });

  it('534-5.7.9: the account password instead of an App Password', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const { strict } = await failsBothWays(
      f,
      async (f) => {
        const smtp = await f.smtp();
        return { smtp, inputs: appPasswordInputs(smtp, { 'app-password': ACCOUNT_PASSWORD }) };
      },
      ['auth: 127.0.0.1:', '(534)', 'Application-specific password required'],
    );
    expect(strict.scenario.smtp!.authAttempts.map((a) => a.reason)).toEqual(['app-password-required']);
  });

  it('421-4.7.0 once: retried on a new connection, then delivered', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp({ faults: { ehlo: { reply: GMAIL_REPLIES.tryAgainLater, times: 1 } } });
    const run = await f.run({ inputs: appPasswordInputs(smtp, { retries: '2' }) });
    expect(run.code, run.stdout).toBe(0);
    expect(run.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
    expect(run.outputs.sent).toBe('true');
    expect(smtp.connections()).toHaveLength(2);
    expect(smtp.received).toHaveLength(1);
    expect(run.stdout).toMatch(/Attempt 1 failed: connect: .*\(421\)/);
    expectNoStackTrace(run);
  });

  it('421-4.7.0 always: retried, then one line', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const { strict, lenient } = await failsBothWays(
      f,
      async (f) => {
        const smtp = await f.smtp({ faults: { ehlo: GMAIL_REPLIES.tryAgainLater } });
        return { smtp, inputs: appPasswordInputs(smtp, { retries: '1' }) };
      },
      ['connect: ', '(421)', 'Try again later, closing connection.', 'temporary', 'run the job again later'],
    );
    expect(attempts(strict)).toBe(2);
    expect(attempts(lenient)).toBe(2);
  });

  it('454-4.7.0: too many login attempts, retried, then one line', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const { strict } = await failsBothWays(
      f,
      async (f) => {
        const smtp = await f.smtp({ faults: { auth: GMAIL_REPLIES.tooManyLoginAttempts } });
        return { smtp, inputs: appPasswordInputs(smtp, { retries: '1' }) };
      },
      ['auth: ', '(454)', 'Too many login attempts', 'run the job again later'],
    );
    expect(strict.scenario.smtp!.authAttempts).toHaveLength(2);
  });

  it('550-5.4.5: daily limit, not retried', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const { strict, lenient } = await failsBothWays(
      f,
      async (f) => {
        const smtp = await f.smtp({ faults: { mail: GMAIL_REPLIES.dailyLimitExceeded } });
        return { smtp, inputs: appPasswordInputs(smtp, { retries: '3' }) };
      },
      ['send: 127.0.0.1:', '(550)', 'Daily user sending limit exceeded'],
    );
    expect(attempts(strict)).toBe(1);
    expect(attempts(lenient)).toBe(1);
    expect(strict.run.stdout).not.toContain('Retrying');
  });

  it('every recipient refused: one line naming the addresses to check, not retried', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const { strict, lenient } = await failsBothWays(
      f,
      async (f) => {
        const smtp = await f.smtp({
          faults: {
            rcpt: '550-5.1.1 The email account that you tried to reach does not exist.\n550 5.1.1 Bye',
          },
        });
        return {
          smtp,
          inputs: appPasswordInputs(smtp, {
            to: 'a@example.com, "B" <b@example.com>',
            cc: 'c@example.com',
            retries: '2',
          }),
        };
      },
      [
        'send: ',
        'refused every recipient',
        '550-5.1.1',
        'a@example.com, b@example.com, c@example.com',
        'does not exist',
        '`to`',
      ],
    );
    expect(attempts(strict)).toBe(1);
    for (const o of [strict, lenient]) {
      expect(o.run.outputs.rejected).toBe('a@example.com,b@example.com,c@example.com');
      expect(o.run.outputs.accepted).toBe('');
      expect(o.scenario.smtp!.connections()[0]!.commands.filter((c) => c === 'RCPT')).toHaveLength(3);
    }
    expect(strict.run.summary).toContain('a@example.com, b@example.com, c@example.com');
  });

  it('invalid_grant: revoked refresh token, the 7-day Testing expiry', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const { strict } = await failsBothWays(
      f,
      async (f) => {
        const smtp = await f.smtp();
        const token = await f.token();
        return {
          smtp,
          token,
          inputs: oauthInputs(smtp, token, { 'oauth-refresh-token': REVOKED_REFRESH_TOKEN }),
        };
      },
      // Not Google's endpoint: no "Google refused", no Testing-status advice (auth/token-errors.test.ts has those).
      [
        'token: 127.0.0.1 refused the refresh token',
        'invalid_grant',
        'Token has been expired or revoked.',
        '`oauth-refresh-token`',
      ],
    );
    expect(strict.scenario.token!.requests).toHaveLength(1);
    expect(strict.scenario.token!.requests[0]).toMatchObject({ status: 400, error: 'invalid_grant' });
    nothingSentAfterTokenFailure(strict);
  });

  it('invalid_client: wrong client secret', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const { strict } = await failsBothWays(
      f,
      async (f) => {
        const smtp = await f.smtp();
        const token = await f.token();
        return {
          smtp,
          token,
          inputs: oauthInputs(smtp, token, { 'oauth-client-secret': `${CLIENT_SECRET}-old` }),
        };
      },
      ['token: ', 'invalid_client', 'Unauthorized', '`oauth-client-id`', '`oauth-client-secret`'],
    );
    expect(strict.scenario.token!.requests).toHaveLength(1);
    nothingSentAfterTokenFailure(strict);
  });

  it('XOAUTH2 scope challenge: names https://mail.google.com/', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const { strict } = await failsBothWays(
      f,
      async (f) => {
        const smtp = await f.smtp();
        const token = await f.token();
        return {
          smtp,
          token,
          inputs: oauthInputs(smtp, token, { 'oauth-refresh-token': SCOPELESS_REFRESH_TOKEN }),
        };
      },
      ['auth: 127.0.0.1:', 'XOAUTH2', '535 5.7.8', '`oauth-scope`'],
    );
    expect(strict.scenario.smtp!.authAttempts).toEqual([
      { method: 'XOAUTH2', username: USER, ok: false, reason: 'insufficient-scope' },
    ]);
    expect(strict.run.masks).toContain(strict.scenario.token!.requests[0]!.issuedAccessToken);
  });

  it('connection refused: a closed port', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    await failsBothWays(f, async () => {
      const port = await closedPort();
      return {
        inputs: {
          username: USER,
          'app-password': WRONG_APP_PASSWORD_SPACED,
          'smtp-host': '127.0.0.1',
          'smtp-port': String(port),
          'smtp-security': 'tls',
          to: 'dev@example.com',
          retries: '1',
        },
      };
    }, ['connect: ', 'refused the connection (ECONNREFUSED)', '`smtp-host`', '`smtp-port`']);
  });

  it('a mistyped smtp-host (ENOTFOUND): names the input, not retried', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    await failsBothWays(
      f,
      async () => ({
        inputs: {
          username: USER,
          'app-password': WRONG_APP_PASSWORD_SPACED,
          // .invalid never resolves (RFC 6761).
          'smtp-host': 'smtp.gmial.invalid',
          'smtp-port': '465',
          to: 'dev@example.com',
          retries: '2',
        },
      }),
      ['connect: ', '`smtp-host`', 'smtp.gmial.invalid', 'ENOTFOUND', 'smtp.gmail.com'],
    ).then(({ strict }) => expect(strict.run.stdout).not.toMatch(/Retrying in/));
  });

  it('token and API endpoints that refuse the connection: the line names the input to check', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const port = await closedPort();
    const [token, api] = await Promise.all([
      f.run({
        inputs: {
          username: USER,
          'oauth-client-id': CLIENT_ID,
          'oauth-client-secret': CLIENT_SECRET,
          'oauth-refresh-token': REFRESH_TOKEN,
          'oauth-token-url': `http://127.0.0.1:${port}/token`,
          'smtp-host': '127.0.0.1',
          'smtp-port': String(port),
          to: 'dev@example.com',
        },
      }),
      f.run({
        inputs: {
          username: USER,
          'oauth-access-token': ACCESS_TOKEN,
          transport: 'gmail-api',
          'gmail-api-url': `http://127.0.0.1:${port}`,
          to: 'dev@example.com',
        },
      }),
    ]);
    expectFailure(token, ['token: ', 'ECONNREFUSED', '`oauth-token-url`', 'network']);
    expectFailure(api, ['api: ', 'ECONNREFUSED', '`gmail-api-url`', 'network']);
  });

  it('greeting timeout: timeout-seconds ends the wait and leaves no time for a retry', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const { strict, lenient } = await failsBothWays(
      f,
      async (f) => {
        const smtp = await f.smtp({ faults: { greeting: 'silent' } });
        return { smtp, inputs: appPasswordInputs(smtp, { 'timeout-seconds': '4', retries: '3' }) };
      },
      [
        'connect: ',
        'never sent its SMTP greeting',
        'check that it can reach 127.0.0.1',
        'Gave up after 1 attempt (`timeout-seconds` left no time for another)',
      ],
    );
    // Without the step's deadline, each greeting wait would be 30 s and 3 retries would follow:
    // the harness would kill the run (timedOut) long before it gave up on its own.
    for (const o of [strict, lenient]) {
      expect(o.run.timedOut).toBe(false);
      expect(attempts(o)).toBe(1);
      expect(o.scenario.smtp!.connections().every((c) => c.silent)).toBe(true);
    }
  });

  it('no reply after DATA: timeout-seconds bounds the step', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const { strict, lenient } = await failsBothWays(
      f,
      async (f) => {
        const smtp = await f.smtp({ faults: { stallAfterData: true } });
        return { smtp, inputs: appPasswordInputs(smtp, { 'timeout-seconds': '4', retries: '3' }) };
      },
      ['send: ', 'did not finish before `timeout-seconds` ran out', 'check that it can reach 127.0.0.1'],
    );
    // The 60 s socket timeout would have let the harness kill the run: the deadline ended it.
    for (const o of [strict, lenient]) {
      expect(o.run.timedOut).toBe(false);
      expect(attempts(o)).toBe(1);
      expect(o.scenario.smtp!.connections()[0]!.stalled).toBe(true);
    }
  });

  it('a drop during DATA is retried and delivered exactly once', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp({ faults: { dropDuringData: { times: 1 } } });
    const run = await f.run({ inputs: appPasswordInputs(smtp, { retries: '2' }) });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.sent).toBe('true');
    expect(run.stdout).toMatch(/Attempt 1 failed: send: .*closed unexpectedly/);
    const connections = smtp.connections();
    expect(connections).toHaveLength(2);
    expect(connections[0]!.dropped).toBe(true);
    // Wait out a late duplicate, should the first attempt somehow complete after all.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received).toHaveLength(1);
    const mail = await simpleParser(smtp.received[0]!.raw);
    expect(mail.messageId).toBe(run.outputs['message-id']);
  });

  it('every attempt carries the same Message-ID', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    // Plaintext, without credentials (allowed for a host other than smtp.gmail.com), so a relay
    // can record every byte of every attempt.
    const smtp = await f.smtp({
      security: 'none',
      faults: {
        data: { reply: '451-4.3.0 Mail server temporarily rejected message.\n451 4.3.0 Try again', times: 1 },
        dropDuringData: { times: 1 },
      },
    });
    const relay = await f.proxy(smtp.port);
    const run = await f.run({
      inputs: {
        from: USER,
        'smtp-host': '127.0.0.1',
        'smtp-port': String(relay.port),
        'smtp-security': 'none',
        to: 'dev@example.com',
        retries: '3',
      },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(smtp.received).toHaveLength(1);
    expect(relay.sent).toHaveLength(3);
    const ids = relay.sent.map(messageIdsSent);
    expect(ids.every((list) => list.length === 1)).toBe(true);
    expect(new Set(ids.flat())).toEqual(new Set([run.outputs['message-id']]));
    const mail = await simpleParser(smtp.received[0]!.raw);
    expect(mail.messageId).toBe(run.outputs['message-id']);
  });

  it('token endpoint 503 once: retried, then delivered', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp();
    const token = await f.token({ faults: { status: 503, times: 1 } });
    const run = await f.run({ inputs: oauthInputs(smtp, token, { retries: '2' }) });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.sent).toBe('true');
    expect(token.requests.map((r) => r.status)).toEqual([503, 200]);
    expect(run.stdout).toMatch(/Token attempt 1 failed: token: .*HTTP 503/);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.authMethod).toBe('XOAUTH2');
  });

  it('token endpoint 503 always: one line after the retries', async ({ onTestFinished }) => {
    const f = setup(onTestFinished);
    const { strict } = await failsBothWays(
      f,
      async (f) => {
        const smtp = await f.smtp();
        const token = await f.token({ faults: { status: 503 } });
        return { smtp, token, inputs: oauthInputs(smtp, token, { retries: '1' }) };
      },
      ['token: ', 'HTTP 503', 'temporary'],
    );
    expect(strict.scenario.token!.requests).toHaveLength(2);
    nothingSentAfterTokenFailure(strict);
  });
});
