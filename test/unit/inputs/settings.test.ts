import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import {
  appPasswordWarning,
  getSettings,
  type InputSource,
  type Settings,
  senderWarning,
  splitList,
} from '../../../src/inputs/index.js';

const APP_PASSWORD_SPACED = 'abcd efgh ijkl mnop';
const APP_PASSWORD = 'abcdefghijklmnop';

/** A plain InputSource: inputs by name, and every value handed to setSecret. */
function source(inputs: Record<string, string>): InputSource & { secrets: string[] } {
  const secrets: string[] = [];
  return {
    secrets,
    getInput: (name) => inputs[name] ?? '',
    setSecret: (secret) => {
      secrets.push(secret);
    },
  };
}

const BASE = { username: 'ci-bot@example.com', 'app-password': APP_PASSWORD_SPACED, to: 'team@example.com' };

function settings(inputs: Record<string, string>): Settings {
  return getSettings(source(inputs));
}

/** The InputError thrown for these inputs (fails the test when none is thrown). */
function inputError(inputs: Record<string, string>): InputError {
  try {
    getSettings(source(inputs));
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

function expectOneLine(err: InputError, input: string): void {
  expect(err.message).not.toMatch(/\n/);
  expect(err.input).toBe(input);
  // Named in backticks, e.g. `smtp-port` or `smtp-security: none`.
  expect(err.message).toMatch(new RegExp(`\`${input}[\`:]`));
}

describe('getSettings: validation errors name the input in one line', () => {
  const cases: Array<[string, Record<string, string>]> = [
    ['username', { username: 'not-an-address' }],
    ['smtp-host', { 'smtp-host': 'smtp://mail.example.com' }],
    ['smtp-port', { 'smtp-port': '99999' }],
    ['smtp-port', { 'smtp-port': 'abc' }],
    ['smtp-security', { 'smtp-security': 'ssl' }],
    ['transport', { transport: 'carrier-pigeon' }],
    ['gmail-api-url', { 'gmail-api-url': 'http://gmail.example.com' }],
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

describe('getSettings: sign-in methods', () => {
  it('app password: spaces removed, both forms masked', () => {
    const src = source(BASE);
    const s = getSettings(src);
    expect(s.auth).toEqual({ kind: 'app-password', user: 'ci-bot@example.com', password: APP_PASSWORD });
    expect(src.secrets).toContain(APP_PASSWORD_SPACED);
    expect(src.secrets).toContain(APP_PASSWORD);
  });

  it('conflicting methods: one error naming every conflicting input', () => {
    const err = inputError({
      ...BASE,
      'oauth-client-id': 'id',
      'oauth-client-secret': 'secret-value',
      'oauth-refresh-token': 'refresh-value',
      'oauth-access-token': 'ya29.token',
    });
    expect(err.message).not.toMatch(/\n/);
    for (const name of [
      'app-password',
      'oauth-client-id',
      'oauth-client-secret',
      'oauth-refresh-token',
      'oauth-access-token',
    ]) {
      expect(err.message).toContain(`\`${name}\``);
    }
    expect(err.message).toMatch(/conflict/);
  });

  it('conflicting inputs are still masked', () => {
    const src = source({ ...BASE, 'oauth-access-token': 'ya29.conflicting-token' });
    expect(() => getSettings(src)).toThrow(InputError);
    expect(src.secrets).toContain('ya29.conflicting-token');
    expect(src.secrets).toContain(APP_PASSWORD);
  });

  it('no method on smtp.gmail.com explains the two main options', () => {
    const err = inputError({ from: 'ci-bot@example.com', to: 'team@example.com' });
    expect(err.message).not.toMatch(/\n/);
    expect(err.message).toContain('`app-password`');
    expect(err.message).toContain('`oauth-refresh-token`');
    expect(err.message).toContain('`oauth-client-id`');
  });

  it('username set but every secret empty: says no secret reached the action, and why that happens', () => {
    const err = inputError({
      username: 'ci-bot@example.com',
      to: 'team@example.com',
      'app-password': '',
      'oauth-refresh-token': '  ',
      'oauth-access-token': '',
      'service-account-key': '',
    });
    expectOneLine(err, 'app-password');
    expect(err.message).toBe(
      `No secret reached the action: \`app-password\`, \`oauth-refresh-token\`, \`oauth-access-token\` and \`service-account-key\` are all empty, though \`username\` is set. Set one (a Gmail App Password is simplest); if the workflow passes \`\${{ secrets.NAME }}\`, check the secret's name and that it is available to this repository or environment; pull requests from forks get no secrets, and Dependabot runs only Dependabot secrets.`,
    );
    expect(err.message).not.toContain('No sign-in method given');
    // With the Gmail API, an App Password would not do: the advice names what would.
    const api = inputError({
      username: 'ci-bot@example.com',
      to: 'team@example.com',
      transport: 'gmail-api',
    });
    expect(api.message).toContain(
      'Set one (the Gmail API needs an OAuth sign-in: a refresh token, an access token or a service account key);',
    );
    expect(api.message).not.toContain('App Password');
  });

  it('username empty too: the message explaining the sign-in methods stays', () => {
    const err = inputError({ to: 'team@example.com', from: 'ci@example.com', 'app-password': '' });
    expect(err.message).toMatch(/^No sign-in method given\. Set `username` and `app-password`/);
  });

  it('an OAuth client id without the secrets names the empty-secret cause too', () => {
    const err = inputError({
      username: 'ci-bot@example.com',
      to: 'team@example.com',
      'oauth-client-id': 'id.apps.googleusercontent.com',
      'oauth-client-secret': '',
      'oauth-refresh-token': '',
    });
    expect(err.message).not.toMatch(/\n/);
    expect(err.message).toContain('missing: `oauth-client-secret`, `oauth-refresh-token`.');
    expect(err.message).toContain("check the secret's name");
    expect(err.message).toContain('pull requests from forks get no secrets');
  });

  it('no method is allowed on another host', () => {
    const s = settings({
      'smtp-host': 'mail.internal.example',
      'smtp-port': '25',
      from: 'ci@example.com',
      to: 'a@example.com',
    });
    expect(s.auth.kind).toBe('none');
    expect(s.smtp).toEqual({ host: 'mail.internal.example', port: 25, security: 'starttls' });
  });

  it('OAuth refresh: trio and token URL; secrets masked', () => {
    const src = source({
      username: 'ci-bot@example.com',
      to: 'a@example.com',
      'oauth-client-id': 'id.apps.googleusercontent.com',
      'oauth-client-secret': 'GOCSPX-secret',
      'oauth-refresh-token': '1//refresh-token',
      'oauth-token-url': 'http://127.0.0.1:8080/token/',
    });
    const s = getSettings(src);
    expect(s.auth).toMatchObject({ kind: 'oauth-refresh', tokenUrl: 'http://127.0.0.1:8080/token' });
    expect(src.secrets).toEqual(expect.arrayContaining(['GOCSPX-secret', '1//refresh-token']));
  });

  it('the github token is masked', () => {
    const src = source({ ...BASE, 'github-token': 'ghs_abcdefghijkl' });
    getSettings(src);
    expect(src.secrets).toContain('ghs_abcdefghijkl');
  });
});

describe('getSettings: SMTP security', () => {
  it.each([
    ['465', 'tls'],
    ['587', 'starttls'],
    ['2525', 'starttls'],
    ['', 'tls'],
  ])('port %s defaults to %s', (port, security) => {
    expect(settings({ ...BASE, 'smtp-port': port }).smtp.security).toBe(security);
  });

  it('an explicit security wins over the port default', () => {
    expect(settings({ ...BASE, 'smtp-port': '2465', 'smtp-security': 'TLS' }).smtp.security).toBe('tls');
  });

  it('none with credentials is refused', () => {
    const err = inputError({
      ...BASE,
      'smtp-host': 'mail.example.com',
      'smtp-port': '25',
      'smtp-security': 'none',
    });
    expectOneLine(err, 'smtp-security');
    expect(err.message).toMatch(/unencrypted/);
  });

  it('starttls on port 465 is refused before connecting, whatever the host', () => {
    for (const host of ['', 'smtp.gmail.com', 'mail.example.com']) {
      const err = inputError({ ...BASE, 'smtp-host': host, 'smtp-port': '465', 'smtp-security': 'starttls' });
      expectOneLine(err, 'smtp-security');
      expect(err.message).toBe(
        'Input `smtp-security: starttls` does not work with `smtp-port: 465`: port 465 speaks implicit TLS, so a STARTTLS client would wait for a greeting that never comes. Use `smtp-security: tls` with port 465, or `smtp-port: 587` with starttls.',
      );
    }
    // The port defaults to 465, so starttls alone is the same mistake.
    expect(inputError({ ...BASE, 'smtp-security': 'STARTTLS' }).message).toContain('`smtp-port: 465`');
  });

  it('tls on port 587 is refused before connecting on smtp.gmail.com only', () => {
    for (const host of ['', 'smtp.gmail.com', 'SMTP.Gmail.com']) {
      const err = inputError({ ...BASE, 'smtp-host': host, 'smtp-port': '587', 'smtp-security': 'tls' });
      expectOneLine(err, 'smtp-security');
      expect(err.message).toBe(
        'Input `smtp-security: tls` does not work with `smtp-port: 587` on smtp.gmail.com: Gmail speaks STARTTLS on 587, not implicit TLS. Use `smtp-security: starttls` with port 587, or `smtp-port: 465` with tls.',
      );
    }
    // Another server's 587 may speak implicit TLS: left to the explanation at connect time.
    const other = settings({
      ...BASE,
      'smtp-host': 'mail.example.com',
      'smtp-port': '587',
      'smtp-security': 'tls',
    });
    expect(other.smtp).toEqual({ host: 'mail.example.com', port: 587, security: 'tls' });
  });

  it('the matching pairs, and a mismatch the Gmail API does not use, pass', () => {
    expect(settings({ ...BASE, 'smtp-port': '465', 'smtp-security': 'tls' }).smtp.security).toBe('tls');
    expect(settings({ ...BASE, 'smtp-port': '587', 'smtp-security': 'starttls' }).smtp.security).toBe(
      'starttls',
    );
    const api = settings({
      username: 'ci-bot@example.com',
      'oauth-access-token': 'ya29.token',
      to: 'team@example.com',
      transport: 'gmail-api',
      'smtp-port': '465',
      'smtp-security': 'starttls',
    });
    expect(api.transport).toBe('gmail-api');
  });

  it('none without credentials is allowed on another host', () => {
    const s = settings({
      'smtp-host': 'mail.example.com',
      'smtp-security': 'none',
      from: 'a@example.com',
      to: 'b@example.com',
    });
    expect(s.smtp.security).toBe('none');
  });
});

describe('getSettings: recipients', () => {
  it('lists split on commas, semicolons and newlines, with display names', () => {
    const s = settings({
      ...BASE,
      to: '"Dev Team" <dev@example.com>; ops@example.com\nQA <qa@example.com>,\r\n  last@example.com  ',
    });
    expect(s.to).toEqual([
      { name: 'Dev Team', address: 'dev@example.com' },
      { name: '', address: 'ops@example.com' },
      { name: 'QA', address: 'qa@example.com' },
      { name: '', address: 'last@example.com' },
    ]);
  });

  it('duplicates across to/cc/bcc are removed, keeping the most visible place', () => {
    const s = settings({
      ...BASE,
      to: 'a@example.com, A@Example.com',
      cc: 'a@example.com, b@example.com',
      bcc: 'B@example.com, c@example.com, c@example.com',
    });
    expect(s.to.map((m) => m.address)).toEqual(['a@example.com']);
    expect(s.cc.map((m) => m.address)).toEqual(['b@example.com']);
    expect(s.bcc.map((m) => m.address)).toEqual(['c@example.com']);
  });

  const many = (n: number, prefix: string): string =>
    Array.from({ length: n }, (_, i) => `${prefix}${i}@example.com`).join(',');

  it('exactly 100 distinct recipients are allowed (duplicates do not count)', () => {
    const s = settings({ ...BASE, to: many(60, 'to'), cc: many(40, 'cc'), bcc: many(40, 'cc') });
    expect(s.to.length + s.cc.length + s.bcc.length).toBe(100);
  });

  it('more than 100 recipients are refused', () => {
    const err = inputError({ ...BASE, to: many(60, 'to'), bcc: many(41, 'bcc') });
    expect(err.message).not.toMatch(/\n/);
    expect(err.message).toContain('101');
    expect(err.message).toContain('100');
  });

  it('from keeps its display name', () => {
    expect(settings({ ...BASE, from: '"CI Bot" <ci-bot@example.com>' }).from).toEqual({
      name: 'CI Bot',
      address: 'ci-bot@example.com',
    });
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

describe('getSettings: headers the action sets itself are refused, never duplicated or dropped', () => {
  it.each([
    ['List-Id: custom <x.example>', 'List-Id', 'give yours another name'],
    ['X-GitHub-Repository: me/other', 'X-GitHub-Repository', 'give yours another name'],
    ['X-GitHub-Workflow: Other', 'X-GitHub-Workflow', 'give yours another name'],
    ['X-GitHub-Event: push', 'X-GitHub-Event', 'give yours another name'],
    ['x-github-status: fake', 'x-github-status', 'give yours another name'],
    ['X-GitHub-Run-URL: https://example.com', 'X-GitHub-Run-URL', 'give yours another name'],
    ['Reply-To: help@example.com', 'Reply-To', "use the action's own input `reply-to`"],
    ['In-Reply-To: <a@b.example>', 'In-Reply-To', "use the action's own input `in-reply-to`"],
    ['References: <a@b.example>', 'References', "use the action's own input `in-reply-to`"],
    ['X-Priority: 1', 'X-Priority', "use the action's own input `priority`"],
    ['Importance: high', 'Importance', "use the action's own input `priority`"],
    ['Subject: sneaky', 'Subject', "use the action's own input `subject`"],
    ['Sender: x@example.com', 'Sender', "use the action's own input `from`"],
    ['Message-ID: <x@y>', 'Message-ID', 'the action sets it'],
  ])('%j', (line, name, instead) => {
    const err = inputError({ ...BASE, headers: `X-Team: infra\n${line}` });
    expectOneLine(err, 'headers');
    expect(err.message).toContain(`may not set ${name}: `);
    expect(err.message).toContain(instead);
  });

  it('the example from the report: the first reserved line is named', () => {
    const err = inputError({ ...BASE, headers: 'List-Id: custom <x.example>\nX-GitHub-Status: fake' });
    expect(err.message).toBe(
      "Input `headers` may not set List-Id: the action sets List-Id on every message for recipients' filters; give yours another name (e.g. X-Team).",
    );
  });

  it('other names pass, X-GitHub-* ones the action does not set included', () => {
    expect(
      settings({ ...BASE, headers: 'X-GitHub-PR: 12\nList-Unsubscribe: <mailto:x@example.com>' }).headers,
    ).toEqual([
      ['X-GitHub-PR', '12'],
      ['List-Unsubscribe', '<mailto:x@example.com>'],
    ]);
  });
});

describe('senderWarning', () => {
  it('warns when from is another address than username on Gmail, SMTP or API', () => {
    const warning = senderWarning(settings({ ...BASE, from: 'Releases <releases@example.org>' }));
    expect(warning).toBe(
      'Input `from`: releases@example.org is not `username` (ci-bot@example.com); Gmail sends it as ci-bot@example.com unless releases@example.org is a "Send mail as" alias of that account (Gmail settings > Accounts).',
    );
    expect(
      senderWarning(
        settings({
          username: 'ci-bot@example.com',
          'oauth-access-token': 'ya29.token',
          transport: 'gmail-api',
          to: 'team@example.com',
          from: 'releases@example.org',
        }),
      ),
    ).toMatch(/^Input `from`: releases@example.org is not `username`/);
  });

  it('is quiet for the same address (any case, a display name) and for other SMTP hosts', () => {
    expect(senderWarning(settings({ ...BASE, from: 'Bot <CI-Bot@Example.com>' }))).toBeUndefined();
    expect(senderWarning(settings(BASE))).toBeUndefined();
    expect(
      senderWarning(settings({ ...BASE, 'smtp-host': 'smtp.example.net', from: 'releases@example.org' })),
    ).toBeUndefined();
  });
});

describe('appPasswordWarning', () => {
  const WARNING =
    'Input `app-password` does not look like a Gmail App Password (16 letters, shown as four groups of four); Gmail refuses an account password (535-5.7.8 or 534-5.7.9). Create an App Password at https://myaccount.google.com/apppasswords (2-Step Verification must be on) and store it in the secret.';

  it.each([
    'Hunter2!',
    'abcdefghijklmno',
    'abcdefghijklmnopq',
    'abcd-efgh-ijkl-mnop',
    'abcd efgh ijkl mnø1',
    'Correct-Horse-Battery-9',
  ])('warns for %j on smtp.gmail.com, without the value or anything derived from it', (password) => {
    const warning = appPasswordWarning(settings({ ...BASE, 'app-password': password }));
    // The same line whatever the value: nothing in it comes from the secret.
    expect(warning).toBe(WARNING);
  });

  it.each([APP_PASSWORD_SPACED, APP_PASSWORD, ' ABCD efgh IJKL mnop ', 'abcd\u00a0efgh ijkl mnop'])(
    'is quiet for a 16-letter App Password %j (spaces, any case)',
    (password) => {
      expect(appPasswordWarning(settings({ ...BASE, 'app-password': password }))).toBeUndefined();
    },
  );

  it('is quiet for another SMTP host, and for other sign-in methods', () => {
    expect(
      appPasswordWarning(settings({ ...BASE, 'smtp-host': 'smtp.example.net', 'app-password': 'Hunter2!' })),
    ).toBeUndefined();
    expect(
      appPasswordWarning(
        settings({
          username: 'ci-bot@example.com',
          to: 'team@example.com',
          'oauth-access-token': 'ya29.token',
        }),
      ),
    ).toBeUndefined();
  });

  it('the host is compared without regard to case', () => {
    expect(
      appPasswordWarning(settings({ ...BASE, 'smtp-host': 'SMTP.Gmail.com', 'app-password': 'Hunter2!' })),
    ).toBe(WARNING);
  });
});

describe('getSettings: author-recipients and author-domains', () => {
  it('is off by default', () => {
    expect(settings(BASE)).toMatchObject({ authorRecipients: 'none', authorDomains: [] });
  });

  it('takes culprits with a list of domains, normalised', () => {
    expect(
      settings({
        ...BASE,
        'author-recipients': 'Culprits',
        'author-domains': 'Example.com; @corp.example.org\n',
      }),
    ).toMatchObject({ authorRecipients: 'culprits', authorDomains: ['example.com', 'corp.example.org'] });
  });

  it('requires author-domains with culprits, naming it', () => {
    const err = inputError({ ...BASE, 'author-recipients': 'culprits' });
    expectOneLine(err, 'author-domains');
    expect(err.message).toContain('required with `author-recipients: culprits`');
  });

  it('refuses an entry that is not a domain, quoting it', () => {
    const err = inputError({
      ...BASE,
      'author-recipients': 'culprits',
      'author-domains': 'example.com, com',
    });
    expectOneLine(err, 'author-domains');
    expect(err.message).toContain('"com"');
  });

  it('refuses an unknown author-recipients word, with a suggestion', () => {
    const err = inputError({ ...BASE, 'author-recipients': 'culprit', 'author-domains': 'example.com' });
    expectOneLine(err, 'author-recipients');
    expect(err.message).toContain('culprits');
  });
});

describe('getSettings: other SMTP servers (SPEC §2 `username`, `password`)', () => {
  const RELAY = { 'smtp-host': 'smtp.sendgrid.net', 'smtp-port': '587', to: 'team@example.com' };
  const SPACED = ' correct horse battery staple ';

  it('takes any login with `password`, used exactly as given, spaces kept, and `from` as sender', () => {
    const src = source({ ...RELAY, username: 'apikey', password: SPACED, from: 'CI <ci@example.com>' });
    const s = getSettings(src);
    expect(s.auth).toEqual({ kind: 'password', user: 'apikey', password: SPACED });
    expect(s.from?.address).toBe('ci@example.com');
    expect(src.secrets).toContain(SPACED);
    expect(src.secrets).toContain(SPACED.trim());
  });

  it('drops only a trailing line break from `password` (a secret pasted from a file)', () => {
    const s = settings({ ...RELAY, username: 'apikey', password: 'pa ss\n', from: 'ci@example.com' });
    expect(s.auth).toMatchObject({ kind: 'password', password: 'pa ss' });
  });

  it('requires `from` when `username` is a login and not an address', () => {
    const err = inputError({ ...RELAY, username: 'AKIAIOSFODNN7EXAMPLE', password: 'secret' });
    expectOneLine(err, 'from');
    expect(err.message).toContain('smtp.sendgrid.net');
  });

  it('an address as login on another server is also the default sender', () => {
    const s = settings({ ...RELAY, username: 'ci@example.com', password: 'pw' });
    expect(s.from).toBeUndefined();
    expect(s.username).toBe('ci@example.com');
  });

  it.each([
    ['smtp.gmail.com', { 'app-password': APP_PASSWORD }],
    ['the Gmail API', { 'app-password': '', transport: 'gmail-api', 'oauth-access-token': 'ya29.x' }],
  ])('still wants an address on %s', (_, overrides) => {
    const err = inputError({ ...BASE, username: 'apikey', from: 'ci@example.com', ...overrides });
    expectOneLine(err, 'username');
    expect(err.message).toContain('full email address');
  });

  it.each([
    [{ 'app-password': APP_PASSWORD }, '`app-password`, `password`'],
    [{ 'oauth-access-token': 'ya29.token' }, '`password`, `oauth-access-token`'],
  ])('`password` with another sign-in method is a conflict naming both: %j', (other, names) => {
    const err = inputError({
      ...RELAY,
      username: 'apikey',
      password: 'pw',
      from: 'ci@example.com',
      ...other,
    });
    expect(err.message).toContain(`these inputs conflict: ${names}`);
    expect(err.message).not.toMatch(/\n/);
  });

  it('`password` for smtp.gmail.com points to `app-password`', () => {
    const err = inputError({ ...BASE, 'app-password': '', password: 'abcd efgh ijkl mnop' });
    expectOneLine(err, 'password');
    expect(err.message).toContain('`app-password`');
  });

  it('`password` needs `username`, named as the login of that server', () => {
    const err = inputError({ ...RELAY, password: 'pw', from: 'ci@example.com' });
    expectOneLine(err, 'username');
    expect(err.message).toContain('login of smtp.sendgrid.net');
    expect(err.message).not.toMatch(/Gmail/);
  });

  it('a login whose `password` is empty says the secret did not arrive', () => {
    const err = inputError({ ...RELAY, username: 'apikey', from: 'ci@example.com' });
    expectOneLine(err, 'password');
  });

  it('`app-password` keeps ignoring spaces', () => {
    expect(settings(BASE).auth).toMatchObject({ kind: 'app-password', password: APP_PASSWORD });
  });
});
