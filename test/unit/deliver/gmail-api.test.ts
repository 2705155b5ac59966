import { describe, expect, it } from 'vitest';
import {
  explainGmailApiError,
  explainUnanswered,
  sendGmailApi,
  stallLimitMs,
} from '../../../src/deliver/gmail-api.js';
import type { OutgoingMessage } from '../../../src/render/message.js';
import { Deadline } from '../../../src/retry.js';

describe('stallLimitMs', () => {
  it('a quarter of timeout-seconds, between 5 and 30 s', () => {
    expect(stallLimitMs(120)).toBe(30_000);
    expect(stallLimitMs(600)).toBe(30_000);
    expect(stallLimitMs(40)).toBe(10_000);
    expect(stallLimitMs(14)).toBe(5_000);
    expect(stallLimitMs(1)).toBe(5_000);
  });

  it('leaves room for another attempt within the default budget', () => {
    expect(stallLimitMs(120) * 2).toBeLessThan(120_000);
  });
});

describe('explainUnanswered', () => {
  const base = { baseUrl: 'https://gmail.googleapis.com', user: 'ci-bot@example.com' };
  const reset = Object.assign(new TypeError('fetch failed'), {
    cause: { code: 'ECONNRESET', message: 'read ECONNRESET' },
  });

  it('before the whole message was uploaded: a stall or a reset is retried, the deadline is not', () => {
    const stall = explainUnanswered({ ...base, uploaded: false, cause: { kind: 'stall', stallMs: 30_000 } });
    expect(stall.transient).toBe(true);
    expect(stall.message).toBe(
      "api: no answer from https://gmail.googleapis.com for 30 s (the request stalled before the message was uploaded, so it was abandoned). This is usually temporary on Google's side: run the job again later; if it keeps happening, check `gmail-api-url` and the runner's network.",
    );
    const network = explainUnanswered({ ...base, uploaded: false, cause: { kind: 'network', error: reset } });
    expect(network.transient).toBe(true);
    expect(network.message).toMatch(/^api: could not reach https:\/\/gmail\.googleapis\.com \(ECONNRESET\)/);
    const deadline = explainUnanswered({ ...base, uploaded: false, cause: { kind: 'deadline' } });
    expect(deadline.transient).toBe(false);
    expect(deadline.message).toMatch(/^api: no answer from .* before `timeout-seconds` ran out/);
  });

  it('after the whole message was uploaded: never retried, says it may have been sent and where to look', () => {
    const lines = [
      explainUnanswered({ ...base, uploaded: true, cause: { kind: 'stall', stallMs: 5_000 } }),
      explainUnanswered({ ...base, uploaded: true, cause: { kind: 'deadline' } }),
      explainUnanswered({ ...base, uploaded: true, cause: { kind: 'network', error: reset } }),
    ];
    for (const err of lines) {
      expect(err.transient).toBe(false);
      expect(err.stage).toBe('api');
      expect(err.message).not.toMatch(/[\r\n]/);
      expect(err.message).toContain(
        'so it may have been sent; it was not retried, to avoid sending it twice. Check the Sent folder of ci-bot@example.com before running the job again.',
      );
    }
    expect(lines[0]!.message).toMatch(
      /^api: the Gmail API took the whole message but did not answer within 5 s, so/,
    );
    expect(lines[1]!.message).toMatch(/^api: .* did not answer before `timeout-seconds` ran out, so/);
    expect(lines[2]!.message).toMatch(
      /^api: the connection to the Gmail API failed \(ECONNRESET\) after it took the whole message and before it answered, so/,
    );
  });
});

describe('explainGmailApiError on a 403 that is not rate limiting', () => {
  const forbidden = (reason: string, message: string) =>
    explainGmailApiError(403, { error: { message, errors: [{ reason }] } });

  it('names the fix for a missing scope, another account, the API switched off, or anything else', () => {
    const cases: Array<[string, string, RegExp]> = [
      [
        'insufficientPermissions',
        'Request had insufficient authentication scopes.',
        /lacks the scope https:\/\/www\.googleapis\.com\/auth\/gmail\.send/,
      ],
      [
        'forbidden',
        'Delegation denied for ci-bot@example.com',
        /set `username` to the account the token was issued for\.$/,
      ],
      [
        'accessNotConfigured',
        'Gmail API has not been used in project 1',
        /Enable the Gmail API in the Google Cloud project/,
      ],
      [
        'forbidden',
        'The caller does not have permission',
        /Check that the Gmail API is enabled .* and that `username` is the account the token belongs to\.$/,
      ],
    ];
    for (const [reason, message, advice] of cases) {
      const err = forbidden(reason, message);
      expect(err.transient, reason).toBe(false);
      expect(err.message).toMatch(
        new RegExp(`^api: the Gmail API refused to send \\(HTTP 403 ${reason}\\)\\. Gmail said: `),
      );
      expect(err.message).toMatch(advice);
    }
  });
});

describe('sendGmailApi', () => {
  it('refuses an App Password before reading or uploading anything', async () => {
    let streams = 0;
    const message: OutgoingMessage = {
      messageId: '<1@example.com>',
      envelope: { from: 'ci-bot@example.com', to: ['dev@example.com'] },
      createStream: () => {
        streams++;
        throw new Error('must not be read');
      },
    };
    const creds = { kind: 'password' as const, user: 'ci-bot@example.com', pass: 'app-password' };
    await expect(sendGmailApi(message, creds, 'http://127.0.0.1:9', Deadline.after(5))).rejects.toMatchObject(
      {
        stage: 'api',
        transient: false,
        message: 'api: the Gmail API needs an OAuth access token; an App Password works only with SMTP.',
      },
    );
    expect(streams).toBe(0);
  });
});
