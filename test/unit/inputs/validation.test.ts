// getSettings: each invalid input is one line naming it; the other inputs read as documented.
import { describe, expect, it } from 'vitest';
import { type Settings, splitList } from '../../../src/inputs/index.js';
import { BASE, expectOneLine, inputError, settings } from './helpers.js';

describe('getSettings: validation errors name the input in one line', () => {
  const cases: Array<[string, Record<string, string>]> = [
    ['username', { username: 'not-an-address' }],
    ['smtp-host', { 'smtp-host': 'smtp://mail.example.com' }],
    ['smtp-port', { 'smtp-port': '99999' }],
    ['smtp-port', { 'smtp-port': 'abc' }],
    ['smtp-security', { 'smtp-security': 'ssl' }],
    ['transport', { transport: 'carrier-pigeon' }],
    ['gmail-api-url', { 'gmail-api-url': 'http://gmail.example.com' }],
    // A name that starts like a loopback address is a name (hosts.ts isLoopback): no plain http.
    ['gmail-api-url', { 'gmail-api-url': 'http://127.example.com' }],
    [
      'oauth-token-url',
      {
        'app-password': '',
        'oauth-client-id': 'id',
        'oauth-client-secret': 'sec-ret-123',
        'oauth-refresh-token': 'rt-12345678',
        'oauth-token-url': 'http://oauth.example.com/token',
      },
    ],
    ['from', { from: 'a@example.com, b@example.com' }],
    ['from', { from: 'nobody' }],
    ['to', { to: 'team@example' }],
    ['cc', { cc: 'x@@example.com' }],
    ['bcc', { bcc: 'spaces in@example.com' }],
    ['to', { to: 'a@example.com b@example.com' }],
    ['reply-to', { 'reply-to': 'nope' }],
    ['body-format', { 'body-format': 'rtf' }],
    ['if-no-files-found', { 'if-no-files-found': 'maybe' }],
    ['priority', { priority: 'urgent' }],
    ['headers', { headers: 'no colon here' }],
    ['headers', { headers: 'Subject: sneaky' }],
    ['in-reply-to', { 'in-reply-to': 'not a message id' }],
    ['notify-when', { 'notify-when': 'failure,sometimes' }],
    ['status', { status: 'exploded' }],
    ['details', { details: 'perhaps' }],
    ['log-lines', { 'log-lines': '-1' }],
    ['retries', { retries: '11' }],
    ['timeout-seconds', { 'timeout-seconds': '0' }],
    ['dry-run', { 'dry-run': 'y' }],
    ['job-summary', { 'job-summary': '2' }],
    ['fail-on-error', { 'fail-on-error': 'nah' }],
    ['service-account-key', { 'app-password': '', 'service-account-key': '{"not":"a key"}' }],
  ];
  it.each(cases)('%s: %j', (input, overrides) => {
    expectOneLine(inputError({ ...BASE, ...overrides }), input);
  });

  it.each([
    ['failure fixed', ['failure', 'fixed']],
    ['- failure\n- fixed', ['failure', 'fixed']],
    ['[failure, fixed]', ['failure', 'fixed']],
    ['"changed"', ['changed']],
  ])('notify-when %j is read as %j', (value, expected) => {
    expect(settings({ ...BASE, 'notify-when': value }).notifyWhen).toEqual(expected);
  });

  it.each([
    ['notify-when', 'failure,failed', 'failure'],
    ['notify-when', 'canceled', 'cancelled'],
    ['notify-when', 'succeeded', 'success'],
    ['notify-when', 'fix', 'fixed'],
    ['status', 'succeeded', 'success'],
    ['smtp-security', 'startls', 'starttls'],
    ['transport', 'gmail', 'gmail-api'],
    ['body-format', 'markdwon', 'markdown'],
  ])('%s: "%s" suggests "%s"', (input, value, meant) => {
    const err = inputError({ ...BASE, [input]: value });
    expectOneLine(err, input);
    expect(err.message).toContain(`Did you mean "${meant}"?`);
  });

  it('suggests nothing for a value close to no allowed word', () => {
    expect(inputError({ ...BASE, 'notify-when': 'sometimes' }).message).not.toContain('Did you mean');
    expect(inputError({ ...BASE, priority: 'urgent' }).message).not.toContain('Did you mean');
  });

  it('an invalid address is named in the error', () => {
    const err = inputError({ ...BASE, to: 'ok@example.com, broken@example, also-ok@example.com' });
    expectOneLine(err, 'to');
    expect(err.message).toContain('"broken@example"');
  });

  it('an invalid Bcc entry is named by position, never quoted (the log is public)', () => {
    const err = inputError({ ...BASE, bcc: 'ok@example.com, Boss <boss@secret.example' });
    expectOneLine(err, 'bcc');
    expect(err.message).toContain(
      'Input `bcc` has an invalid email address (entry 2; Bcc addresses are not shown).',
    );
    expect(err.message).not.toContain('secret.example');
  });

  it('no recipients at all is an error naming to, cc and bcc', () => {
    const err = inputError({ ...BASE, to: '' });
    expect(err.message).toMatch(/`to`, `cc` or `bcc`/);
  });

  it('an incomplete OAuth trio names what is missing', () => {
    const err = inputError({
      ...BASE,
      'app-password': '',
      'oauth-client-id': 'id.apps.googleusercontent.com',
    });
    expect(err.message).toContain('missing: `oauth-client-secret`, `oauth-refresh-token`');
    expect(err.input).toBe('oauth-client-secret');
  });
});

describe('getSettings: other inputs', () => {
  it('defaults', () => {
    const s = settings(BASE);
    expect(s).toMatchObject({
      transport: 'smtp',
      smtp: { host: 'smtp.gmail.com', port: 465, security: 'tls' },
      bodyFormat: 'markdown',
      priority: 'normal',
      status: 'success',
      notifyWhen: ['always'],
      retries: 3,
      timeoutSeconds: 120,
      dryRun: false,
      jobSummary: true,
      failOnError: true,
      details: true,
      logLines: 30,
    });
    expect(s.from).toBeUndefined();
    expect(s.emlPath).toBeUndefined();
  });

  it('status takes GitHub conclusion words, mapped onto success, failure and cancelled', () => {
    const cases: Array<[string, Settings['status']]> = [
      ['', 'success'],
      ['success', 'success'],
      ['Failure', 'failure'],
      ['failed', 'failure'],
      ['timed_out', 'failure'],
      ['startup_failure', 'failure'],
      ['action_required', 'failure'],
      ['neutral', 'success'],
      ['canceled', 'cancelled'],
      ['stale', 'cancelled'],
      ['skipped', 'cancelled'],
    ];
    for (const [value, status] of cases) {
      expect(settings({ ...BASE, status: value }).status, value).toBe(status);
    }
  });

  it('status refuses other words, naming the conclusions it would take', () => {
    const err = inputError({ ...BASE, status: 'in_progress' });
    expectOneLine(err, 'status');
    expect(err.message).toContain('success, failure or cancelled');
    expect(err.message).toContain('timed_out');
    expect(inputError({ ...BASE, status: 'timedout' }).message).toContain('Did you mean "timed_out"?');
  });

  it('lists and booleans', () => {
    const s = settings({
      ...BASE,
      'notify-when': 'Failure; fixed\nchanged',
      attachments: 'dist/*.zip, logs/**/*.txt',
      'dry-run': 'TRUE',
      'fail-on-error': 'false',
      'in-reply-to': 'abc123@mail.gmail.com',
      headers: 'X-Team: infra\nX-Ticket: 42',
    });
    expect(s.notifyWhen).toEqual(['failure', 'fixed', 'changed']);
    expect(s.attachments).toEqual(['dist/*.zip', 'logs/**/*.txt']);
    expect(s.dryRun).toBe(true);
    expect(s.failOnError).toBe(false);
    expect(s.inReplyTo).toBe('<abc123@mail.gmail.com>');
    expect(s.headers).toEqual([
      ['X-Team', 'infra'],
      ['X-Ticket', '42'],
    ]);
  });

  it('splitList drops blanks', () => {
    expect(splitList(' a ,;b\n\n c;')).toEqual(['a', 'b', 'c']);
  });
});

describe('endpoint URLs: plain http only on loopback', () => {
  it.each(['http://127.0.0.1:8080', 'http://127.1.2.3', 'http://localhost:3000', 'http://[::1]:8080'])(
    'accepts %s',
    (url) => {
      expect(settings({ ...BASE, 'gmail-api-url': url }).gmailApiUrl).toBe(url);
    },
  );
});
