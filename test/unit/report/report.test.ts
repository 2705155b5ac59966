import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../src/inputs/index.js';
import type { ComposedMessage } from '../../../src/render/message.js';
import type { Outcome } from '../../../src/report/outcome.js';
import { writeOutputs } from '../../../src/report/outputs.js';
import {
  hideBcc,
  listWithBccCounted,
  type Recipients,
  recipientsOf,
} from '../../../src/report/recipients.js';
import { summaryMarkdown } from '../../../src/report/summary.js';

const RECIPIENTS: Recipients = { to: ['dev@example.com'], cc: ['ops@example.com'], bcc: [], hidden: [] };

function message(overrides: Partial<ComposedMessage> = {}): ComposedMessage {
  return {
    messageId: '<0b8e4c1e-1111-4a2b-9c3d-0123456789ab@example.com>',
    envelope: { from: 'ci-bot@example.com', to: ['dev@example.com', 'ops@example.com'] },
    createStream: () => Readable.from(['']),
    subject: '✅ octo-org/octo-repo: CI succeeded on main',
    from: { name: 'octo-org/octo-repo via Gmail Notify', address: 'ci-bot@example.com' },
    recipients: ['dev@example.com', 'ops@example.com'],
    content: {
      subject: 'x',
      text: 'Run 42 succeeded.\nhttps://github.com/octo-org/octo-repo/actions/runs/1',
      html: '<p>x</p>',
    },
    ...overrides,
  };
}

function outputs(o: Outcome): Record<string, string> {
  const out: Record<string, string> = {};
  writeOutputs({ setOutput: (name, value) => (out[name] = value) }, o);
  return out;
}

describe('writeOutputs', () => {
  it('sent: every output, comma-separated bare addresses', () => {
    expect(
      outputs({
        sent: true,
        status: 'success',
        message: message(),
        accepted: ['dev@example.com', 'ops@example.com'],
        rejected: ['gone@example.com'],
        emlPath: '/tmp/ws/out/mail.eml',
      }),
    ).toEqual({
      sent: 'true',
      'skipped-reason': '',
      'message-id': '<0b8e4c1e-1111-4a2b-9c3d-0123456789ab@example.com>',
      accepted: 'dev@example.com,ops@example.com',
      rejected: 'gone@example.com',
      subject: '✅ octo-org/octo-repo: CI succeeded on main',
      'eml-path': '/tmp/ws/out/mail.eml',
      'gmail-id': '',
      'thread-id': '',
    });
  });

  it('skipped or failed: every output still written', () => {
    const out = outputs({
      sent: false,
      skippedReason: 'notify-when',
      status: 'success',
      accepted: [],
      rejected: [],
    });
    expect(out.sent).toBe('false');
    expect(out['skipped-reason']).toBe('notify-when');
    expect(out['message-id']).toBe('');
    expect(Object.keys(out).sort()).toEqual(
      [
        'accepted',
        'eml-path',
        'gmail-id',
        'message-id',
        'rejected',
        'sent',
        'skipped-reason',
        'subject',
        'thread-id',
      ].sort(),
    );
  });
});

describe('summaryMarkdown', () => {
  it('sent: status, recipients, subject, Message-ID and a preview', () => {
    const md = summaryMarkdown({
      sent: true,
      status: 'success',
      recipients: RECIPIENTS,
      message: message(),
      accepted: ['dev@example.com', 'ops@example.com'],
      rejected: [],
    });
    expect(md).toContain('Email sent');
    expect(md).toContain('<th align="left">Recipients</th><td>dev@example.com, ops@example.com</td>');
    expect(md).toContain('<th align="left">Run status</th><td>success</td>');
    expect(md).toContain('<td>dev@example.com, ops@example.com</td>');
    expect(md).toContain('✅ octo-org/octo-repo: CI succeeded on main');
    expect(md).toContain('&lt;0b8e4c1e-1111-4a2b-9c3d-0123456789ab@example.com&gt;');
    expect(md).toContain(
      '<pre>Run 42 succeeded.\nhttps://github.com/octo-org/octo-repo/actions/runs/1</pre>',
    );
  });

  it('dry run: says so, with the reason', () => {
    const md = summaryMarkdown({
      sent: false,
      skippedReason: 'dry-run',
      detail: 'dry-run: true, no mail or token server was contacted',
      status: 'failure',
      message: message(),
      accepted: [],
      rejected: [],
      emlPath: '/tmp/ws/mail.eml',
    });
    expect(md).toContain('dry run, not sent');
    expect(md).toContain(
      '<th align="left">Why</th><td>dry-run: true, no mail or token server was contacted</td>',
    );
    expect(md).toContain('/tmp/ws/mail.eml');
  });

  it('notify-when skip and failure: the recipients still shown, with why', () => {
    const skipped = summaryMarkdown({
      sent: false,
      skippedReason: 'notify-when',
      detail: 'the status is success, not failure',
      status: 'success',
      recipients: RECIPIENTS,
      accepted: [],
      rejected: [],
    });
    expect(skipped).toContain('Email not sent (notify-when)');
    expect(skipped).toContain('<th align="left">Recipients</th><td>dev@example.com, ops@example.com</td>');
    expect(skipped).toContain('<th align="left">Why</th><td>the status is success, not failure</td>');
    expect(skipped).not.toContain('Message-ID');
    expect(skipped).not.toContain('preview');
    const failed = summaryMarkdown({
      sent: false,
      skippedReason: 'error',
      detail: 'auth: Gmail did not accept the username and password (535-5.7.8).',
      status: 'failure',
      recipients: RECIPIENTS,
      accepted: [],
      rejected: [],
    });
    expect(failed).toContain('⚠️');
    expect(failed).toContain('535-5.7.8');
    const broke = summaryMarkdown({
      sent: false,
      detail: 'auth: 127.0.0.1:2525 refused the sign-in (535).',
      status: 'success',
      recipients: RECIPIENTS,
      accepted: [],
      rejected: [],
    });
    expect(broke).toMatch(/^### ❌ Gmail Notify: Email not sent: the step failed/);
    expect(broke).not.toContain('ℹ️');
    expect(failed).toContain('<th align="left">Recipients</th><td>dev@example.com, ops@example.com</td>');
  });

  it('dry run that notify-when would hold back: says both, with the message', () => {
    const md = summaryMarkdown({
      sent: false,
      skippedReason: 'dry-run',
      heldByNotifyWhen: true,
      detail: 'notify-when (failure) would not send on this run: the status is success, not failure',
      status: 'success',
      recipients: RECIPIENTS,
      message: message(),
      accepted: [],
      rejected: [],
      emlPath: '/tmp/ws/mail.eml',
    });
    expect(md).toContain('Email rendered (dry run, not sent; notify-when would not send it on this run)');
    expect(md).toContain('✅ octo-org/octo-repo: CI succeeded on main');
    expect(md).toContain('<pre>Run 42 succeeded.');
    expect(md).toContain('notify-when (failure) would not send on this run');
  });

  it('Bcc recipients are counted, never named: recipients, accepted, rejected and why', () => {
    const md = summaryMarkdown({
      sent: true,
      status: 'success',
      recipients: {
        to: ['team@example.com'],
        cc: [],
        bcc: ['secret-list@example.com'],
        hidden: ['secret-list@example.com'],
      },
      message: message({ recipients: ['team@example.com', 'secret-list@example.com'] }),
      accepted: ['team@example.com'],
      rejected: ['Secret-List@example.com'],
      detail: 'The server refused 1 recipient(s): secret-list@example.com (550-5.1.1).',
    });
    expect(md).toContain('<th align="left">Recipients</th><td>team@example.com + 1 Bcc</td>');
    expect(md).toContain('<th align="left">Accepted</th><td>team@example.com</td>');
    expect(md).toContain('<th align="left">Rejected</th><td>1 Bcc</td>');
    expect(md).toContain('refused 1 recipient(s): [Bcc recipient] (550-5.1.1).');
    expect(md.toLowerCase()).not.toContain('secret-list');
  });

  it('event-controlled text cannot add markup to the summary', () => {
    const md = summaryMarkdown({
      sent: true,
      status: 'success',
      message: message({
        subject: '<img src=x onerror=alert(1)> fix',
        content: { subject: '', text: '</pre><script>alert(1)</script>' },
      }),
      accepted: ['dev@example.com'],
      rejected: [],
    });
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('</pre><');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; fix');
  });

  it('a long body preview is cut', () => {
    const md = summaryMarkdown({
      sent: true,
      status: 'success',
      message: message({ content: { subject: '', text: 'y'.repeat(10_000) } }),
      accepted: [],
      rejected: [],
    });
    expect(md).toContain(`${'y'.repeat(4000)}\n…</pre>`);
    expect(md).not.toContain('y'.repeat(4001));
  });
});

describe('Bcc privacy', () => {
  it('hideBcc replaces whole Bcc addresses, any case, punycode too, nothing else', () => {
    const bcc = ['x@example.com', 'boss@bücher.example'];
    expect(hideBcc('refused x@example.com, ax@example.com, x@example.com.au and X@Example.COM.', bcc)).toBe(
      'refused [Bcc recipient], ax@example.com, x@example.com.au and [Bcc recipient].',
    );
    expect(hideBcc('550 <boss@xn--bcher-kva.example> unknown; boss@bücher.example', bcc)).toBe(
      '550 <[Bcc recipient]> unknown; [Bcc recipient]',
    );
    expect(hideBcc('x@example.com', [])).toBe('x@example.com');
    // Delimiters other servers put around a recipient in their replies.
    for (const [open, close] of [
      ["'", "'"],
      ['`', '`'],
      ['{', '}'],
      ['rcpt=', ''],
      ['/', ''],
      ['|', '|'],
      ['"', '"'],
    ]) {
      expect(hideBcc(`550 ${open}x@example.com${close} unknown`, bcc)).toBe(
        `550 ${open}[Bcc recipient]${close} unknown`,
      );
    }
    expect(hideBcc('550 a.x@example.com and a+x@example.com unknown', bcc)).toBe(
      '550 a.x@example.com and a+x@example.com unknown',
    );
  });

  it('listWithBccCounted names the others and counts the Bcc ones', () => {
    const bcc = ['b@example.com', 'c@example.com'];
    expect(listWithBccCounted(['a@example.com', 'B@example.com', 'c@example.com'], bcc)).toBe(
      'a@example.com + 2 Bcc',
    );
    expect(listWithBccCounted(['a@example.com'], bcc)).toBe('a@example.com');
  });

  it('recipientsOf: bare addresses; the sender is counted as a Bcc but not hidden in lines', () => {
    const mb = (address: string) => ({ name: 'N', address });
    const settings = {
      username: 'ci-bot@example.com',
      to: [mb('team@example.com')],
      cc: [mb('lead@example.com')],
      bcc: [mb('secret@example.com'), mb('CI-Bot@example.com')],
    } as Settings;
    expect(recipientsOf(settings)).toEqual({
      to: ['team@example.com'],
      cc: ['lead@example.com'],
      bcc: ['secret@example.com', 'CI-Bot@example.com'],
      hidden: ['secret@example.com'],
    });
  });
});
