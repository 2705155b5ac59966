import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  deferralError,
  isDeferral,
  listRefusals,
  RecipientLedger,
  undeliveredWarning,
  withEnvelopeTo,
} from '../../../src/deliver/recipients.js';
import { refusalsOf } from '../../../src/deliver/smtp-replies.js';
import type { Refusal } from '../../../src/errors.js';
import type { OutgoingMessage } from '../../../src/render/message.js';

const DEFERRED =
  '450-4.2.1 The user you are trying to contact is receiving mail at too high a rate.\n450 4.2.1 Try again';
const GONE = '550-5.1.1 The email account that you tried to reach does not exist.\n550 5.1.1 Bye';
const deferred = (recipient: string): Refusal => ({ recipient, code: 450, reply: DEFERRED });
const gone = (recipient: string): Refusal => ({ recipient, code: 550, reply: GONE });

describe('isDeferral', () => {
  it('is true for 4xx only', () => {
    expect([421, 450, 451, 452, 499].every((code) => isDeferral({ recipient: 'a', code, reply: '' }))).toBe(
      true,
    );
    expect([0, 250, 399, 500, 550, 553].some((code) => isDeferral({ recipient: 'a', code, reply: '' }))).toBe(
      false,
    );
  });
});

describe('RecipientLedger', () => {
  it('starts untouched, with everyone pending and nobody rejected', () => {
    const l = new RecipientLedger(['a@x.com', 'b@x.com']);
    expect(l.untouched).toBe(true);
    expect(l.pending).toEqual(['a@x.com', 'b@x.com']);
    expect(l.accepted).toEqual([]);
    expect(l.rejected).toEqual([]);
  });

  it('after a partial delivery only the deferred are pending; a 5xx is final', () => {
    const l = new RecipientLedger(['a@x.com', 'b@x.com', 'c@x.com', 'd@x.com']);
    l.record(['c@x.com'], [gone('a@x.com'), deferred('b@x.com'), deferred('d@x.com')]);
    expect(l.untouched).toBe(false);
    expect(l.pending).toEqual(['b@x.com', 'd@x.com']);
    expect(l.deferred.map((r) => r.recipient)).toEqual(['b@x.com', 'd@x.com']);
    expect(l.refused.map((r) => r.recipient)).toEqual(['a@x.com']);
    expect(l.rejected).toEqual(['a@x.com', 'b@x.com', 'd@x.com']);

    // The retry: b accepted, d refused for good this time.
    l.record(['b@x.com'], [gone('d@x.com')]);
    expect(l.pending).toEqual([]);
    expect(l.deferred).toEqual([]);
    expect(l.accepted).toEqual(['b@x.com', 'c@x.com']);
    expect(l.rejected).toEqual(['a@x.com', 'd@x.com']);
  });

  it('never takes back an acceptance, whatever a later reply says', () => {
    const l = new RecipientLedger(['a@x.com']);
    l.record(['a@x.com'], []);
    l.record([], [deferred('a@x.com'), gone('A@X.com')]);
    expect(l.accepted).toEqual(['a@x.com']);
    expect(l.pending).toEqual([]);
    expect(l.rejected).toEqual([]);
  });

  it('matches addresses case-insensitively and keeps the envelope order and spelling', () => {
    const l = new RecipientLedger(['Zed@X.com', 'amy@x.com', 'zed@x.com']);
    expect(l.pending).toEqual(['Zed@X.com', 'amy@x.com']);
    l.record(['AMY@x.com'], [deferred('zed@x.COM')]);
    expect(l.accepted).toEqual(['amy@x.com']);
    expect(l.rejected).toEqual(['Zed@X.com']);
  });

  it('an all-refused attempt with mixed replies leaves only the deferred pending', () => {
    const l = new RecipientLedger(['a@x.com', 'b@x.com']);
    l.record([], [gone('a@x.com'), deferred('b@x.com')]);
    expect(l.accepted).toEqual([]);
    expect(l.pending).toEqual(['b@x.com']);
  });
});

describe('withEnvelopeTo', () => {
  it('keeps the Message-ID, sender and bytes; only the envelope recipients change', async () => {
    const calls: unknown[] = [];
    const message: OutgoingMessage = {
      messageId: '<id@x>',
      envelope: { from: 'me@x.com', to: ['a@x.com', 'b@x.com'] },
      createStream: (options) => {
        calls.push(options);
        return Readable.from([Buffer.from('To: a@x.com, b@x.com\r\n\r\nhi\r\n')]);
      },
    };
    const narrowed = withEnvelopeTo(message, ['b@x.com']);
    expect(narrowed.messageId).toBe('<id@x>');
    expect(narrowed.envelope).toEqual({ from: 'me@x.com', to: ['b@x.com'] });
    expect(message.envelope.to).toEqual(['a@x.com', 'b@x.com']);
    const chunks: Buffer[] = [];
    for await (const c of narrowed.createStream({ keepBcc: false })) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('To: a@x.com, b@x.com\r\n\r\nhi\r\n');
    expect(calls).toEqual([{ keepBcc: false }]);
  });
});

describe('deferralError', () => {
  it('is a transient send failure naming the deferred and the server reply', () => {
    const err = deferralError('smtp.gmail.com:465', [deferred('b@x.com')]);
    expect(err.transient).toBe(true);
    expect(err.stage).toBe('send');
    expect(err.rejected).toEqual(['b@x.com']);
    expect(err.message).toContain('b@x.com (450-4.2.1)');
    expect(err.message).toContain('too high a rate');
    expect(err.message).not.toMatch(/[\r\n]/);
  });
});

describe('undeliveredWarning', () => {
  it('says nothing when everyone received it', () => {
    expect(undeliveredWarning([])).toBeUndefined();
    expect(undeliveredWarning([], { refusals: [], attempts: 2, why: 'x' })).toBeUndefined();
  });

  it('names the refused with their codes', () => {
    expect(undeliveredWarning([gone('a@x.com')])).toBe(
      'The server refused 1 recipient(s): a@x.com (550-5.1.1). The others received the message.',
    );
  });

  it('names the still deferred, the attempts and why it stopped, in one line', () => {
    const line = undeliveredWarning([gone('a@x.com')], {
      refusals: [deferred('b@x.com')],
      attempts: 3,
      why: '`retries: 2` used up',
    });
    expect(line).toBe(
      'The server refused 1 recipient(s): a@x.com (550-5.1.1). The server deferred (4xx) 1 recipient(s), still not delivered after 3 attempts (`retries: 2` used up): b@x.com (450-4.2.1). The others received the message.',
    );
    expect(undeliveredWarning([], { refusals: [deferred('b@x.com')], attempts: 1, why: 'w' })).toContain(
      'after 1 attempt (w)',
    );
  });
});

describe('refusalsOf / listRefusals', () => {
  it('reads nodemailer per-recipient errors, the code from the reply when missing', () => {
    const r = refusalsOf([
      { recipient: 'a@x.com', response: GONE, responseCode: 550 },
      { recipient: 'b@x.com', response: DEFERRED },
      { response: '550 no address' },
    ]);
    expect(r).toEqual([gone('a@x.com'), deferred('b@x.com')]);
    expect(listRefusals(r)).toBe('a@x.com (550-5.1.1), b@x.com (450-4.2.1)');
    expect(refusalsOf(undefined)).toEqual([]);
  });
});
