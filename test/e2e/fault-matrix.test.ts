// The server fault matrix, end to end through dist/index.js against the scripted servers. Every row:
// ends within `timeout-seconds` + 5 s, fails with exactly one ::error:: line naming the stage and the
// key part of the server's reply (or, for a fault that clears, delivers), retries only transient
// faults (a permanent one is tried exactly once) and never delivers twice.
//
// Rows already covered one by one in failures.test.ts (not repeated here): 421 at EHLO (once and
// always), 454 at AUTH, 550-5.4.5 at MAIL, 550 at RCPT, 451 after DATA (once), a drop mid-DATA
// (once), a stall before the greeting, a stall after DATA, token 503, invalid_grant, invalid_client;
// and in api-stall.test.ts, a Gmail API stall before the upload completed (retried) and after it
// (never retried: it may have been sent).

import { describe, expect, it } from 'vitest';
import {
  GMAIL_API_ERRORS,
  type GmailApiServerOptions,
  type RunningGmailApiServer,
  startGmailApiServer,
} from '../servers/gmail-api.mjs';
import { GMAIL_REPLIES, type RunningSmtpServer, type SmtpServerOptions } from '../servers/smtp.mjs';
import type { RunningTokenServer, TokenServerOptions } from '../servers/token.mjs';
import {
  ACCESS_TOKEN,
  appPasswordInputs,
  expectFailure,
  expectNoStackTrace,
  fixture,
  oauthInputs,
  USER,
} from './fixture.js';

const TIMEOUT_SECONDS = 6;

interface Row {
  name: string;
  /** How the step signs in and sends. */
  via: 'app-password' | 'oauth' | 'gmail-api';
  smtp?: SmtpServerOptions;
  token?: TokenServerOptions;
  gmail?: GmailApiServerOptions;
  retries?: number;
  /** `sent`: the fault clears and the message is delivered once. */
  outcome: 'fail' | 'sent';
  /** Parts of the ::error:: line: the stage first, then the key of the server's reply. */
  parts?: string[];
  /** Which server's attempts to count, and how many there must be. */
  attempts: [counter: 'connections' | 'token' | 'gmail', count: number];
  /** Lower bound on the duration (a Retry-After honoured). */
  minMs?: number;
}

const transient451 = '451-4.3.0 Mail server temporarily rejected message.\n451 4.3.0 Try again later';

const ROWS: Row[] = [
  {
    name: '421 at the greeting, always: retried, then one line',
    via: 'app-password',
    smtp: { faults: { greeting: GMAIL_REPLIES.tryAgainLater } },
    outcome: 'fail',
    parts: ['connect: ', '421', 'Try again later'],
    attempts: ['connections', 2],
  },
  {
    name: '421 at the greeting once: retried on a new connection, delivered once',
    via: 'app-password',
    smtp: { faults: { greeting: { reply: GMAIL_REPLIES.tryAgainLater, times: 1 } } },
    outcome: 'sent',
    attempts: ['connections', 2],
  },
  {
    name: '454 at AUTH once: retried, delivered once',
    via: 'app-password',
    smtp: { faults: { auth: { reply: GMAIL_REPLIES.tooManyLoginAttempts, times: 1 } } },
    outcome: 'sent',
    attempts: ['connections', 2],
  },
  {
    name: '451 at MAIL, always: transient, retried, then one line',
    via: 'app-password',
    smtp: { faults: { mail: transient451 } },
    outcome: 'fail',
    parts: ['send: ', '451', 'temporarily rejected'],
    attempts: ['connections', 2],
  },
  {
    name: '450 at RCPT, always: transient, retried, then one line',
    via: 'app-password',
    smtp: {
      faults: {
        rcpt: '450-4.2.1 The user you are trying to contact is receiving mail too quickly.\n450 4.2.1 Try again',
      },
    },
    outcome: 'fail',
    parts: ['send: ', '450', 'receiving mail too quickly'],
    attempts: ['connections', 2],
  },
  {
    name: '451 after DATA, always: retried, then one line, nothing delivered',
    via: 'app-password',
    smtp: { faults: { data: transient451 } },
    outcome: 'fail',
    parts: ['send: ', '451', 'temporarily rejected'],
    attempts: ['connections', 2],
  },
  {
    name: '552 after DATA: permanent, tried once',
    via: 'app-password',
    retries: 2,
    smtp: {
      faults: {
        data: '552-5.7.0 This message was blocked because its content presents a potential\n552 5.7.0 security issue.',
      },
    },
    outcome: 'fail',
    parts: ['send: ', '552', 'security issue', 'blocked the message for its content'],
    attempts: ['connections', 1],
  },
  {
    name: '554 at MAIL: permanent, tried once',
    via: 'app-password',
    retries: 2,
    smtp: { faults: { mail: '554 5.7.1 Message rejected by policy' } },
    outcome: 'fail',
    parts: ['send: ', '554', 'rejected by policy'],
    attempts: ['connections', 1],
  },
  {
    name: 'a drop mid-DATA, every time: retried, then one line, nothing delivered',
    via: 'app-password',
    smtp: { faults: { dropDuringData: true } },
    outcome: 'fail',
    parts: ['send: ', 'closed'],
    attempts: ['connections', 2],
  },
  {
    name: 'TLS handshake failure (self-signed certificate): not retried',
    via: 'app-password',
    retries: 2,
    smtp: { cert: 'self-signed' },
    outcome: 'fail',
    parts: ['connect: ', 'certificate', 'self-signed', 'NODE_EXTRA_CA_CERTS'],
    attempts: ['connections', 1],
  },
  {
    name: 'a certificate for another host: not retried',
    via: 'app-password',
    retries: 2,
    smtp: { cert: 'wrong-host' },
    outcome: 'fail',
    parts: ['connect: ', 'certificate', 'does not match'],
    attempts: ['connections', 1],
  },
  {
    name: 'token endpoint 500, always: retried, then one line, nothing sent',
    via: 'oauth',
    token: { faults: { status: 500 } },
    outcome: 'fail',
    parts: ['token: ', 'HTTP 500'],
    attempts: ['token', 2],
  },
  {
    name: 'token endpoint 429 with Retry-After once: waited for, then delivered once',
    via: 'oauth',
    token: { faults: { status: 429, retryAfter: 2, times: 1 } },
    outcome: 'sent',
    attempts: ['token', 2],
    minMs: 2000,
  },
  {
    name: 'token endpoint 429 with Retry-After, always: one line naming the 429',
    via: 'oauth',
    token: { faults: { status: 429, retryAfter: 1 } },
    outcome: 'fail',
    parts: ['token: ', '429'],
    attempts: ['token', 2],
  },
  {
    name: 'token endpoint answers malformed JSON: not retried',
    via: 'oauth',
    retries: 2,
    token: { faults: { malformedJson: true } },
    outcome: 'fail',
    parts: ['token: ', 'access_token', '`oauth-token-url`'],
    attempts: ['token', 1],
  },
  {
    name: 'Gmail API 403 insufficient scope: permanent, tried once',
    via: 'gmail-api',
    retries: 2,
    gmail: { faults: { status: 403, body: GMAIL_API_ERRORS.insufficientScope } },
    outcome: 'fail',
    parts: ['api: ', 'HTTP 403', 'gmail.send'],
    attempts: ['gmail', 1],
  },
  {
    name: 'Gmail API 429, always: retried, then one line',
    via: 'gmail-api',
    gmail: { faults: { status: 429, retryAfter: 1 } },
    outcome: 'fail',
    parts: ['api: ', 'HTTP 429', 'rate-limiting'],
    attempts: ['gmail', 2],
  },
  {
    name: 'Gmail API 500, always: retried, then one line',
    via: 'gmail-api',
    gmail: { faults: { status: 500 } },
    outcome: 'fail',
    parts: ['api: ', 'HTTP 500', 'server error'],
    attempts: ['gmail', 2],
  },
  {
    name: 'Gmail API 500 once: retried, delivered once',
    via: 'gmail-api',
    gmail: { faults: { status: 500, times: 1 } },
    outcome: 'sent',
    attempts: ['gmail', 2],
  },
];

describe.concurrent('fault matrix', () => {
  it.for(ROWS)('$name', { timeout: 30_000 }, async (row, { onTestFinished }) => {
    const f = fixture();
    let gmail: RunningGmailApiServer | undefined;
    onTestFinished(async () => {
      await f.close();
      await gmail?.close();
    });
    const extra = { retries: String(row.retries ?? 1), 'timeout-seconds': String(TIMEOUT_SECONDS) };
    let smtp: RunningSmtpServer | undefined;
    let token: RunningTokenServer | undefined;
    let inputs: Record<string, string>;
    if (row.via === 'gmail-api') {
      gmail = await startGmailApiServer({ tokens: { [ACCESS_TOKEN]: { user: USER } }, ...row.gmail });
      inputs = {
        username: USER,
        'oauth-access-token': ACCESS_TOKEN,
        transport: 'gmail-api',
        'gmail-api-url': gmail.url,
        to: 'dev@example.com',
        ...extra,
      };
    } else {
      smtp = await f.smtp(row.smtp);
      if (row.via === 'oauth') {
        token = await f.token(row.token);
        inputs = oauthInputs(smtp, token, extra);
      } else {
        inputs = appPasswordInputs(smtp, extra);
      }
    }

    // Ended on its own, not by the harness (whose 40 s guard is far beyond TIMEOUT_SECONDS and
    // short of the 30-60 s network timeouts a missed deadline would leave running).
    const run = await f.run({ inputs });
    expect(run.timedOut).toBe(false);
    // A lower bound only: a busy machine makes a run longer, never shorter, so it cannot flake.
    if (row.minMs) expect(run.durationMs).toBeGreaterThanOrEqual(row.minMs);

    const [counter, count] = row.attempts;
    const attempts =
      counter === 'connections'
        ? smtp!.connections().length
        : counter === 'token'
          ? token!.requests.length
          : gmail!.requests.length;
    expect(attempts, run.stdout).toBe(count);

    // Wait out a late duplicate, should an abandoned attempt complete after all.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const received = (smtp?.received.length ?? 0) + (gmail?.received.length ?? 0);
    if (row.outcome === 'sent') {
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.sent).toBe('true');
      expect(received).toBe(1);
      expectNoStackTrace(run);
      return;
    }
    const line = expectFailure(run, row.parts!);
    expect(line.startsWith(row.parts![0]!), line).toBe(true);
    expect(received).toBe(0);
    if (count === 1) expect(run.stdout).not.toMatch(/Retrying in/);
    if (row.via === 'oauth') {
      // Nothing may go over the early SMTP connection once the token failed.
      expect(smtp!.authAttempts).toHaveLength(0);
      for (const c of smtp!.connections()) expect(c.commands).not.toContain('MAIL');
    }
  });
});
