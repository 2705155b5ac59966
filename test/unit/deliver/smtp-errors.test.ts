import { describe, expect, it } from 'vitest';
import {
  explainSmtpError,
  SMTP_RULES,
  type SmtpFailureContext,
  smtpDeadlineError,
  smtpRuleFor,
} from '../../../src/deliver/smtp-errors.js';
import { oneLineReply } from '../../../src/deliver/smtp-replies.js';
import { GMAIL_REPLIES } from '../../servers/smtp.mjs';
import { expectOneClearLine } from '../delivery-error.js';

const CONNECT: SmtpFailureContext = {
  host: 'smtp.gmail.com',
  port: 465,
  authKind: 'app-password',
  stage: 'connect',
};
const AUTH_PLAIN: SmtpFailureContext = { ...CONNECT, stage: 'auth', authMethod: 'PLAIN' };
const AUTH_XOAUTH2: SmtpFailureContext = {
  ...CONNECT,
  stage: 'auth',
  authMethod: 'XOAUTH2',
  authKind: 'oauth',
};
const SEND: SmtpFailureContext = { ...CONNECT, stage: 'send' };

/** An error shaped like the ones nodemailer's SMTPConnection reports for a server reply. */
function replyError(response: string, code = 'EPROTOCOL', command = 'CONN'): Error {
  return Object.assign(new Error(`Invalid response: ${response}`), {
    code,
    command,
    response,
    responseCode: Number.parseInt(response.slice(0, 3), 10),
  });
}

describe('oneLineReply', () => {
  it('joins a multi-line Gmail reply, keeping the code once', () => {
    expect(oneLineReply(GMAIL_REPLIES.badCredentials)).toBe(
      '535 5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials ' +
        GMAIL_REPLIES.badCredentials.split('BadCredentials ')[1],
    );
  });

  it('handles CRLF and a one-line reply', () => {
    expect(oneLineReply('250 2.0.0 OK\r\n')).toBe('250 2.0.0 OK');
    expect(oneLineReply('')).toBe('');
  });
});

describe('explainSmtpError: Gmail replies', () => {
  it('535-5.7.8 with a password: use an App Password, 2-Step Verification', () => {
    const err = explainSmtpError(replyError(GMAIL_REPLIES.badCredentials, 'EAUTH', 'AUTH PLAIN'), AUTH_PLAIN);
    expectOneClearLine(err, 'auth');
    expect(err.message).toContain('535-5.7.8');
    expect(err.message).toContain('Server said: "535 5.7.8 Username and Password not accepted.');
    expect(err.message).toContain('App Password');
    expect(err.message).toContain('2-Step Verification');
    expect(err.transient).toBe(false);
  });

  it('535-5.7.8 after XOAUTH2: names the scope https://mail.google.com/', () => {
    const err = explainSmtpError(
      replyError(GMAIL_REPLIES.badCredentials, 'EAUTH', 'AUTH XOAUTH2'),
      AUTH_XOAUTH2,
    );
    expectOneClearLine(err, 'auth');
    expect(err.message).toContain('XOAUTH2');
    expect(err.message).toContain('https://mail.google.com/');
    expect(err.message).toContain('Username and Password not accepted');
    expect(err.transient).toBe(false);
  });

  it('534-5.7.9: App Password required', () => {
    const err = explainSmtpError(replyError(GMAIL_REPLIES.appPasswordRequired, 'EAUTH'), AUTH_PLAIN);
    expectOneClearLine(err, 'auth');
    expect(err.message).toContain('534-5.7.9');
    expect(err.message).toContain('Application-specific password required');
    expect(err.message).toContain('https://myaccount.google.com/apppasswords');
    expect(err.transient).toBe(false);
  });

  it('421-4.7.0 at EHLO: transient, retried', () => {
    const err = explainSmtpError(replyError(GMAIL_REPLIES.tryAgainLater, 'EPROTOCOL', 'EHLO'), CONNECT);
    expectOneClearLine(err, 'connect');
    expect(err.message).toContain('(421)');
    expect(err.message).toContain('Try again later, closing connection.');
    expect(err.message).toMatch(/temporary/);
    expect(err.transient).toBe(true);
  });

  it('454-4.7.0 at AUTH: transient, too many login attempts', () => {
    const err = explainSmtpError(replyError(GMAIL_REPLIES.tooManyLoginAttempts, 'EAUTH'), AUTH_PLAIN);
    expectOneClearLine(err, 'auth');
    expect(err.message).toContain('(454)');
    expect(err.message).toContain('Too many login attempts');
    expect(err.message).toMatch(/run the job again later/);
    expect(err.transient).toBe(true);
  });

  it('550-5.4.5: daily limit, permanent', () => {
    const err = explainSmtpError(
      replyError(GMAIL_REPLIES.dailyLimitExceeded, 'EENVELOPE', 'MAIL FROM'),
      SEND,
    );
    expectOneClearLine(err, 'send');
    expect(err.message).toContain('550-5.4.5');
    expect(err.message).toContain('Daily user sending limit exceeded');
    expect(err.message).toMatch(/24 hours/);
    expect(err.transient).toBe(false);
  });

  it('530-5.7.0: authentication required', () => {
    const err = explainSmtpError(replyError(GMAIL_REPLIES.authRequired, 'EENVELOPE'), SEND);
    expectOneClearLine(err, 'auth');
    expect(err.message).toContain('`app-password`');
    expect(err.transient).toBe(false);
  });

  it('552-5.3.4: too large', () => {
    const err = explainSmtpError(replyError(GMAIL_REPLIES.messageTooBig, 'EMESSAGE'), SEND);
    expectOneClearLine(err, 'send');
    expect(err.message).toContain('25 MB');
    expect(err.transient).toBe(false);
  });

  it('552-5.7.0: blocked content, not "too large"', () => {
    const err = explainSmtpError(
      replyError(
        '552-5.7.0 This message was blocked because its content presents a potential\n552-5.7.0 security issue.',
        'EMESSAGE',
      ),
      SEND,
    );
    expectOneClearLine(err, 'send');
    expect(err.message).toContain('blocked the message for its content');
    expect(err.message).not.toContain('too large');
    expect(err.transient).toBe(false);
  });

  it('another 4xx when sending is transient, a 5xx permanent', () => {
    const soft = explainSmtpError(replyError('451 4.3.0 Mail server temporarily rejected message.'), SEND);
    expectOneClearLine(soft, 'send');
    expect(soft.transient).toBe(true);
    const hard = explainSmtpError(
      replyError('553 5.1.2 The recipient address is not valid.', 'EENVELOPE'),
      SEND,
    );
    expectOneClearLine(hard, 'send');
    expect(hard.transient).toBe(false);
    expect(hard.message).toContain('recipient address');
    expect(hard.message).toContain('`to`');
  });
});

describe('explainSmtpError: every recipient refused', () => {
  /** nodemailer's error when RCPT TO was refused for every recipient. */
  function allRefused(replies: Record<string, string>, reported: string): Error {
    const rejectedErrors = Object.entries(replies).map(([recipient, response]) =>
      Object.assign(replyError(response, 'EENVELOPE', 'RCPT TO'), { recipient }),
    );
    return Object.assign(replyError(reported, 'EENVELOPE', 'RCPT TO'), {
      rejected: Object.keys(replies),
      rejectedErrors,
    });
  }
  const noSuchUser = '550-5.1.1 The email account that you tried to reach does not exist.\n550 5.1.1 Bye';

  it('lists the addresses and keeps the reply codes; permanent', () => {
    const err = explainSmtpError(
      allRefused({ 'a@example.com': noSuchUser, 'b@example.com': noSuchUser }, noSuchUser),
      SEND,
    );
    expectOneClearLine(err, 'send');
    expect(err.message).toContain('refused every recipient (550-5.1.1): a@example.com, b@example.com.');
    expect(err.message).toContain('does not exist');
    expect(err.message).toContain('`to`');
    expect(err.rejected).toEqual(['a@example.com', 'b@example.com']);
    expect(err.transient).toBe(false);
  });

  it('different replies: each address with its code; a deferral makes it transient', () => {
    const deferred = '450 4.2.1 The user you are trying to contact is receiving mail too quickly.';
    const err = explainSmtpError(
      allRefused({ 'a@example.com': noSuchUser, 'b@example.com': deferred }, deferred),
      SEND,
    );
    expectOneClearLine(err, 'send');
    expect(err.message).toContain('a@example.com (550-5.1.1), b@example.com (450-4.2.1)');
    expect(err.message).toContain('receiving mail too quickly');
    expect(err.transient).toBe(true);
  });
});

describe('explainSmtpError: STARTTLS', () => {
  it('a server that refuses STARTTLS does not offer it: names the settings, not retried', () => {
    const err = explainSmtpError(replyError('500 5.5.2 Error: command not recognized', 'ETLS', 'STARTTLS'), {
      ...CONNECT,
      port: 587,
    });
    expectOneClearLine(err, 'connect');
    expect(err.message).toContain('does not offer STARTTLS');
    expect(err.message).toContain('500 5.5.2 Error: command not recognized');
    expect(err.message).toContain('`smtp-security`');
    expect(err.message).toContain('`smtp-port`');
    expect(err.message).not.toContain('Check the message');
    expect(err.transient).toBe(false);
  });

  it('454 to STARTTLS (TLS not available for now) is transient', () => {
    const err = explainSmtpError(
      replyError('454 4.7.0 TLS not available due to temporary reason', 'ETLS', 'STARTTLS'),
      { ...CONNECT, port: 587 },
    );
    expectOneClearLine(err, 'connect');
    expect(err.message).toContain('454 4.7.0 TLS not available');
    expect(err.transient).toBe(true);
  });
});

describe('explainSmtpError: socket failures', () => {
  it('connection refused: names host and port, not retried', () => {
    const err = explainSmtpError(
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ESOCKET' }),
      { ...CONNECT, host: '127.0.0.1', port: 1 },
    );
    expectOneClearLine(err, 'connect');
    expect(err.message).toContain('127.0.0.1:1 refused the connection (ECONNREFUSED)');
    expect(err.message).toContain('`smtp-port`');
    expect(err.transient).toBe(false);
  });

  it.each([
    // The socket opened ahead and nodemailer's own both report it as ESOCKET, OpenSSL's code kept.
    {
      code: 'ESOCKET',
      originalCode: 'ERR_SSL_WRONG_VERSION_NUMBER',
      message: 'ssl3_get_record:wrong version number',
    },
    { code: 'ERR_SSL_PACKET_LENGTH_TOO_LONG', message: 'ssl3_get_record:packet length too long' },
  ])(
    'implicit TLS against a plain or STARTTLS port ($message): names the settings, not retried',
    (fields) => {
      const err = explainSmtpError(Object.assign(new Error(fields.message), fields), {
        ...CONNECT,
        port: 587,
      });
      expectOneClearLine(err, 'connect');
      expect(err.message).toContain('did not answer the TLS handshake with TLS');
      expect(err.message).toContain('`smtp-security`');
      expect(err.message).toContain('`smtp-port`');
      expect(err.message).toContain('587 uses starttls');
      expect(err.transient).toBe(false);
    },
  );

  it('closed during the TLS handshake: transient, but points at smtp-security', () => {
    const err = explainSmtpError(
      Object.assign(
        new Error('Client network socket disconnected before secure TLS connection was established'),
        {
          code: 'ESOCKET',
          originalCode: 'ECONNRESET',
        },
      ),
      CONNECT,
    );
    expectOneClearLine(err, 'connect');
    expect(err.message).toContain('`smtp-security`');
    expect(err.transient).toBe(true);
  });

  it('greeting timeout: suggests gmail-api, transient', () => {
    const err = explainSmtpError(
      Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT' }),
      CONNECT,
    );
    expectOneClearLine(err, 'connect');
    expect(err.message).toContain('greeting');
    expect(err.message).toContain('`transport: gmail-api`');
    expect(err.transient).toBe(true);
  });

  it('connection timeout: suggests gmail-api', () => {
    const err = explainSmtpError(
      Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT' }),
      CONNECT,
    );
    expectOneClearLine(err, 'connect');
    expect(err.message).toContain('465/587');
    expect(err.message).toContain('`transport: gmail-api`');
    expect(err.transient).toBe(true);
  });

  it('a reset during DATA: transient, stage send', () => {
    const err = explainSmtpError(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), SEND);
    expectOneClearLine(err, 'send');
    expect(err.message).toContain('closed unexpectedly');
    expect(err.transient).toBe(true);
  });

  it('a certificate failure: never suggests turning verification off', () => {
    const err = explainSmtpError(
      Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }),
      CONNECT,
    );
    expectOneClearLine(err, 'connect');
    expect(err.message).toContain('NODE_EXTRA_CA_CERTS');
    expect(err.message).not.toMatch(/rejectUnauthorized|NODE_TLS_REJECT_UNAUTHORIZED/);
    expect(err.transient).toBe(false);
  });

  it.each([
    { code: 'EDNS', originalCode: 'ENOTFOUND' },
    { code: 'ESOCKET', originalCode: 'ENOTFOUND' },
    { code: 'ENOTFOUND' },
  ])('an unknown host ($code $originalCode): names smtp-host, not retried', (fields) => {
    const err = explainSmtpError(Object.assign(new Error('getaddrinfo ENOTFOUND smtp.gmial.com'), fields), {
      ...CONNECT,
      host: 'smtp.gmial.com',
    });
    expectOneClearLine(err, 'connect');
    expect(err.message).toContain('smtp.gmial.com');
    expect(err.message).toContain('`smtp-host`');
    expect(err.transient).toBe(false);
  });

  it.each([
    { code: 'EDNS', originalCode: 'ENOTFOUND' },
    { code: 'ESOCKET', originalCode: 'ENOTFOUND' },
    { code: 'ENOTFOUND' },
  ])("smtp.gmail.com not found ($code $originalCode): the runner's DNS, retried", (fields) => {
    for (const host of ['smtp.gmail.com', 'SMTP.Gmail.com.']) {
      const err = explainSmtpError(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), fields), {
        ...CONNECT,
        host,
      });
      expectOneClearLine(err, 'connect');
      expect(err.message).toBe(
        `connect: the runner could not resolve ${host} (ENOTFOUND): its DNS or network is failing, not the input. Check the runner's network; run the job again.`,
      );
      expect(err.transient).toBe(true);
    }
  });

  it('a DNS failure for now (EAI_AGAIN) stays transient', () => {
    const err = explainSmtpError(
      Object.assign(new Error('getaddrinfo EAI_AGAIN smtp.gmail.com'), {
        code: 'ESOCKET',
        originalCode: 'EAI_AGAIN',
      }),
      CONNECT,
    );
    expectOneClearLine(err, 'connect');
    expect(err.message).toContain('EAI_AGAIN');
    expect(err.transient).toBe(true);
  });

  it('a multi-line unknown error stays on one line', () => {
    const err = explainSmtpError(new Error('something\nodd\nhappened'), SEND);
    expectOneClearLine(err, 'send');
    expect(err.message).toContain('something odd happened');
  });
});

describe('explainSmtpError: another server gets no Gmail advice (SPEC §6)', () => {
  const RELAY: SmtpFailureContext = {
    host: 'mail.example.com',
    port: 587,
    authKind: 'app-password',
    stage: 'auth',
  };
  const GMAIL_ONLY = /Gmail|App Password|2-Step|apppasswords|gmail-api|25 MB/;

  it.each([
    ['535 5.7.8 bad credentials', GMAIL_REPLIES.badCredentials, 'auth'],
    ['534 5.7.9', GMAIL_REPLIES.appPasswordRequired, 'auth'],
    ['454 4.7.0', GMAIL_REPLIES.tooManyLoginAttempts, 'auth'],
    ['550 5.4.5', GMAIL_REPLIES.dailyLimitExceeded, 'send'],
    ['552 5.3.4', GMAIL_REPLIES.messageTooBig, 'send'],
    ['530 5.7.0', GMAIL_REPLIES.authRequired, 'send'],
    ['552 5.7.0', '552 5.7.0 Message blocked', 'send'],
    ['535 5.7.139 (Microsoft 365)', '535 5.7.139 Authentication unsuccessful', 'auth'],
  ] as const)('%s names mail.example.com:587, no Gmail advice', (_, reply, stage) => {
    const err = explainSmtpError(replyError(reply, stage === 'auth' ? 'EAUTH' : 'EMESSAGE'), {
      ...RELAY,
      stage,
    });
    expect(err.message).toContain('mail.example.com:587');
    // The server's own words are quoted as they are; the action's words say nothing of Gmail.
    expect(err.message.replace(/Server said: ".*?"\./, '')).not.toMatch(GMAIL_ONLY);
    expect(err.message).not.toMatch(/[\r\n]/);
  });

  it('a refused sign-in points at `username` and `password`', () => {
    const err = explainSmtpError(replyError('535 5.7.8 Error: authentication failed', 'EAUTH'), RELAY);
    expect(err.message).toContain('`password`');
  });

  it.each([
    ['ETIMEDOUT', new Error('Connection timeout')],
    ['greeting', new Error('Greeting never received')],
    ['ECONNREFUSED', new Error('connect ECONNREFUSED 127.0.0.1:587')],
    ['ENOTFOUND', new Error('getaddrinfo ENOTFOUND mail.example.com')],
    ['ECONNRESET', new Error('read ECONNRESET')],
  ])('%s: no `transport: gmail-api` or Gmail hint', (code, error) => {
    const err = explainSmtpError(Object.assign(error, { code }), { ...RELAY, stage: 'connect' });
    expect(err.message).toContain('mail.example.com');
    expect(err.message).not.toMatch(GMAIL_ONLY);
  });

  it('554 5.7.1 Relay access denied at RCPT with no credentials: hints that the server wants a sign-in', () => {
    const reply = '554 5.7.1 <team@example.org>: Relay access denied';
    const e = Object.assign(replyError(reply, 'EENVELOPE', 'RCPT TO'), {
      rejected: ['team@example.org'],
      rejectedErrors: [{ recipient: 'team@example.org', response: reply, responseCode: 554 }],
    });
    const unsigned = explainSmtpError(e, { ...RELAY, authKind: 'none', stage: 'send' });
    expect(unsigned.message).toContain('did not sign in');
    expect(unsigned.message).toContain('`username` and `password`');
    expect(unsigned.message).not.toContain('Check the addresses');
    // Signed in: the refusal is about the addresses.
    const signed = explainSmtpError(e, { ...RELAY, stage: 'send' });
    expect(signed.message).toContain('Check the addresses');
  });
});

describe('SMTP_RULES: an ordered list, each rule reached', () => {
  const refused = (response: string, code?: string, command?: string) => replyError(response, code, command);
  const socket = (message: string, fields: Record<string, string>) =>
    Object.assign(new Error(message), fields);
  const RELAY: SmtpFailureContext = {
    host: 'mail.example.com',
    port: 587,
    authKind: 'app-password',
    stage: 'auth',
  };
  /** One failure per rule: [rule name, error, context]. */
  const CASES: Array<[string, unknown, SmtpFailureContext]> = [
    ['starttls-for-now', refused('454 4.7.0 TLS not available', 'ETLS', 'STARTTLS'), CONNECT],
    ['starttls-not-offered', refused('502 5.5.1 Unrecognized command', 'ETLS', 'STARTTLS'), CONNECT],
    [
      'every-recipient-refused',
      Object.assign(refused('550 5.1.1 No such user', 'EENVELOPE', 'RCPT TO'), {
        rejected: ['a@example.com'],
      }),
      SEND,
    ],
    [
      'xoauth2-token-refused',
      refused('535 5.7.8 Invalid token', 'EAUTH'),
      { ...RELAY, authMethod: 'XOAUTH2' },
    ],
    ['gmail-xoauth2-token-refused', refused(GMAIL_REPLIES.badCredentials, 'EAUTH'), AUTH_XOAUTH2],
    ['gmail-password-refused', refused(GMAIL_REPLIES.badCredentials, 'EAUTH'), AUTH_PLAIN],
    ['gmail-app-password-required', refused(GMAIL_REPLIES.appPasswordRequired, 'EAUTH'), AUTH_PLAIN],
    ['gmail-daily-limit', refused(GMAIL_REPLIES.dailyLimitExceeded, 'EENVELOPE'), SEND],
    ['busy', refused('421 Service not available'), CONNECT],
    ['sign-in-required', refused(GMAIL_REPLIES.authRequired, 'EENVELOPE'), SEND],
    ['content-blocked', refused('552 5.7.0 Message blocked'), SEND],
    ['too-large', refused('552 5.3.4 Message size exceeds fixed limit'), SEND],
    ['sign-in-refused', refused('535 5.7.139 Authentication unsuccessful', 'EAUTH'), RELAY],
    ['message-refused', refused('553 5.1.2 Bad address', 'EENVELOPE'), SEND],
    ['not-tls', socket('ssl3_get_record:wrong version number', { code: 'ESOCKET' }), CONNECT],
    ['certificate', socket('certificate has expired', { code: 'CERT_HAS_EXPIRED' }), CONNECT],
    ['connection-refused', socket('connect ECONNREFUSED 127.0.0.1:1', { code: 'ESOCKET' }), CONNECT],
    ['dns-for-now', socket('getaddrinfo EAI_AGAIN smtp.gmail.com', { code: 'EDNS' }), CONNECT],
    ['google-host-unresolved', socket('getaddrinfo ENOTFOUND smtp.gmail.com', { code: 'EDNS' }), CONNECT],
    [
      'host-not-found',
      socket('getaddrinfo ENOTFOUND mail.example.con', { code: 'EDNS' }),
      { ...RELAY, stage: 'connect' },
    ],
    ['greeting-timeout', socket('Greeting never received', { code: 'ETIMEDOUT' }), CONNECT],
    ['timeout', socket('Timeout', { code: 'ETIMEDOUT' }), SEND],
    ['encryption-failed', socket('Error initiating TLS', { code: 'ETLS' }), CONNECT],
    ['connection-closed', socket('Connection closed', { code: 'ECONNECTION' }), SEND],
    ['other', socket('something odd', { code: 'EUNKNOWN' }), SEND],
  ];

  it.each(CASES)('%s', (name, err, ctx) => {
    expect(smtpRuleFor(err, ctx).name).toBe(name);
    const explained = explainSmtpError(err, ctx);
    expect(explained.message).not.toMatch(/[\r\n]/);
    expect(explained.message).toMatch(/^(connect|auth|send): /);
  });

  it('every rule has a case above, and names are unique', () => {
    const names = SMTP_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(CASES.map(([name]) => name).sort()).toEqual([...names].sort());
  });

  it('a reply never falls through to the rules for failures without one', () => {
    const err = refused('499 4.0.0 certificate timeout ECONNREFUSED', 'ESOCKET');
    expect(smtpRuleFor(err, SEND).name).toBe('message-refused');
  });
});

describe('smtpDeadlineError', () => {
  it('timeout-seconds ran out: not retried; Gmail gets the gmail-api hint, another server its host', () => {
    const gmail = smtpDeadlineError('connect', 'smtp.gmail.com', 465);
    expectOneClearLine(gmail, 'connect');
    expect(gmail.message).toContain('`timeout-seconds`');
    expect(gmail.message).toContain('`transport: gmail-api`');
    expect(gmail.transient).toBe(false);
    const relay = smtpDeadlineError('send', 'mail.example.com', 587);
    expect(relay.message).toContain('check that it can reach mail.example.com');
    expect(relay.message).not.toContain('gmail-api');
  });
});
