import { describe, expect, it } from 'vitest';
import {
  DeliveryError,
  explainHttpNetworkError,
  explainSmtpError,
  explainTokenError,
  isKnownGoogleHost,
  oneLine,
  oneLineReply,
  type SmtpFailureContext,
} from '../../src/errors.js';
import { GMAIL_REPLIES } from '../servers/smtp.mjs';
import { GOOGLE_TOKEN_ERRORS } from '../servers/token.mjs';

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

function expectOneClearLine(err: DeliveryError, stage: string): void {
  expect(err).toBeInstanceOf(DeliveryError);
  expect(err.stage).toBe(stage);
  expect(err.message.startsWith(`${stage}: `)).toBe(true);
  expect(err.message).not.toMatch(/[\r\n]/);
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

describe('oneLine', () => {
  it('flattens and shortens', () => {
    expect(oneLine('a\n  b\r\nc')).toBe('a b c');
    expect(oneLine('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
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

describe('explainTokenError', () => {
  const URL = 'https://oauth2.googleapis.com/token';

  it('invalid_grant on the refresh grant: 7-day expiry of Testing consent screens', () => {
    const { status, body } = GOOGLE_TOKEN_ERRORS.refreshTokenRevoked;
    const err = explainTokenError(status, body, URL, 'refresh_token');
    expectOneClearLine(err, 'token');
    expect(err.message).toContain('invalid_grant');
    expect(err.message).toContain('Token has been expired or revoked.');
    expect(err.message).toContain('7 days');
    expect(err.message).toContain('Testing');
    expect(err.message).toContain('`oauth-refresh-token`');
    expect(err.transient).toBe(false);
  });

  it('invalid_grant on the JWT grant: domain-wide delegation', () => {
    const { status, body } = GOOGLE_TOKEN_ERRORS.invalidJwtSignature;
    const err = explainTokenError(status, body, URL, 'jwt-bearer');
    expectOneClearLine(err, 'token');
    expect(err.message).toContain('Domain-wide delegation');
  });

  it.each([GOOGLE_TOKEN_ERRORS.clientNotFound, GOOGLE_TOKEN_ERRORS.wrongClientSecret])(
    'invalid_client: check the client id and secret (%j)',
    ({ status, body }) => {
      const err = explainTokenError(status, body, URL, 'refresh_token');
      expectOneClearLine(err, 'token');
      expect(err.message).toContain('invalid_client');
      expect(err.message).toContain(body.error_description);
      expect(err.message).toContain('`oauth-client-id`');
      expect(err.message).toContain('`oauth-client-secret`');
      expect(err.transient).toBe(false);
    },
  );

  it.each([429, 500, 502, 503])('HTTP %i is transient and keeps Retry-After', (status) => {
    const err = explainTokenError(status, undefined, URL, 'refresh_token', 7);
    expectOneClearLine(err, 'token');
    expect(err.message).toContain(`HTTP ${status}`);
    expect(err.transient).toBe(true);
    expect(err.retryAfterSeconds).toBe(7);
  });

  it('another 4xx is permanent', () => {
    const err = explainTokenError(404, undefined, URL, 'refresh_token');
    expect(err.transient).toBe(false);
    expect(err.message).toContain('`oauth-token-url`');
  });
});

describe('explainHttpNetworkError', () => {
  it("names where the token URL came from: the input, or a service account key's token_uri", () => {
    const refused = Object.assign(new TypeError('fetch failed'), {
      cause: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' },
    });
    expect(explainHttpNetworkError(refused, 'token', 'http://127.0.0.1:1/token').message).toContain(
      'Check `oauth-token-url` (its host and port)',
    );
    const fromKey = explainHttpNetworkError(
      refused,
      'token',
      'http://127.0.0.1:1/token',
      'service-account-key',
    );
    expect(fromKey.message).toContain('Check the `token_uri` in `service-account-key` (its host and port)');
    expect(fromKey.message).not.toContain('oauth-token-url');
  });

  it("fetch's bad port is permanent and explained", () => {
    const err = explainHttpNetworkError(
      Object.assign(new TypeError('fetch failed'), { cause: new Error('bad port') }),
      'api',
      'http://127.0.0.1:587',
    );
    expectOneClearLine(err, 'api');
    expect(err.transient).toBe(false);
    expect(err.message).toContain('refuse to connect to');
    expect(err.message).toContain('Check `gmail-api-url`');
  });

  it('refused is permanent, a reset transient, a timeout transient', () => {
    const refused = explainHttpNetworkError(
      Object.assign(new TypeError('fetch failed'), {
        cause: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' },
      }),
      'token',
      'http://127.0.0.1:1/token',
    );
    expectOneClearLine(refused, 'token');
    expect(refused.transient).toBe(false);
    const reset = explainHttpNetworkError(
      Object.assign(new TypeError('fetch failed'), {
        cause: { code: 'ECONNRESET', message: 'socket hang up' },
      }),
      'api',
      'https://gmail.googleapis.com',
    );
    expect(reset.transient).toBe(true);
    const timeout = explainHttpNetworkError(
      Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }),
      'token',
      'https://oauth2.googleapis.com/token',
    );
    expect(timeout.transient).toBe(true);
    expect(timeout.message).toContain('in time');
  });

  it('says which input to check: oauth-token-url for the token, gmail-api-url for the API', () => {
    const refused = { cause: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' } };
    const token = explainHttpNetworkError(
      Object.assign(new TypeError('fetch failed'), refused),
      'token',
      'http://127.0.0.1:1/token',
    );
    expect(token.message).toContain('`oauth-token-url`');
    expect(token.message).toContain('network');
    const api = explainHttpNetworkError(
      Object.assign(new TypeError('fetch failed'), refused),
      'api',
      'http://127.0.0.1:1',
    );
    expect(api.message).toContain('`gmail-api-url`');
  });

  it('an unknown host name is permanent, EAI_AGAIN transient', () => {
    const notFound = explainHttpNetworkError(
      Object.assign(new TypeError('fetch failed'), {
        cause: { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND gmail.googleapis.invalid' },
      }),
      'api',
      'https://gmail.googleapis.invalid',
    );
    expectOneClearLine(notFound, 'api');
    expect(notFound.transient).toBe(false);
    expect(notFound.message).toContain('`gmail-api-url`');
    const again = explainHttpNetworkError(
      Object.assign(new TypeError('fetch failed'), {
        cause: { code: 'EAI_AGAIN', message: 'getaddrinfo EAI_AGAIN oauth2.googleapis.com' },
      }),
      'token',
      'https://oauth2.googleapis.com/token',
    );
    expect(again.transient).toBe(true);
  });

  it.each([
    ['token', 'https://oauth2.googleapis.com/token', 'oauth2.googleapis.com'],
    ['token', 'https://www.googleapis.com/oauth2/v4/token', 'www.googleapis.com'],
    ['api', 'https://gmail.googleapis.com', 'gmail.googleapis.com'],
  ] as const)("%s: %s not found is the runner's DNS, retried", (stage, url, host) => {
    const err = explainHttpNetworkError(
      Object.assign(new TypeError('fetch failed'), {
        cause: { code: 'ENOTFOUND', message: `getaddrinfo ENOTFOUND ${host}` },
      }),
      stage,
      url,
    );
    expectOneClearLine(err, stage);
    expect(err.message).toBe(
      `${stage}: the runner could not resolve ${host} (ENOTFOUND): its DNS or network is failing, not the input. Check the runner's network; run the job again.`,
    );
    expect(err.transient).toBe(true);
  });

  it('a user-given host not found is still a typo to check, not retried', () => {
    const err = explainHttpNetworkError(
      Object.assign(new TypeError('fetch failed'), {
        cause: { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND login.microsoftonline.con' },
      }),
      'token',
      'https://login.microsoftonline.con/common/oauth2/v2.0/token',
    );
    expect(err.message).toBe(
      'token: the host name of https://login.microsoftonline.con/common/oauth2/v2.0/token does not exist (ENOTFOUND). Check its spelling in `oauth-token-url`.',
    );
    expect(err.transient).toBe(false);
  });
});

describe('isKnownGoogleHost', () => {
  it('knows the built-in Google hosts, in any case, with or without the trailing dot', () => {
    for (const host of [
      'smtp.gmail.com',
      'oauth2.googleapis.com',
      'gmail.googleapis.com',
      'www.googleapis.com',
      'accounts.google.com',
      'Gmail.GoogleAPIs.com.',
    ]) {
      expect(isKnownGoogleHost(host), host).toBe(true);
    }
  });

  it('near misses and look-alikes are user input', () => {
    for (const host of [
      'smtp.gmial.com',
      'smtp.gmail.co',
      'gmail.googleapis.com.evil.example',
      'mail.google.com.internal',
      'googleapis.com',
      '127.0.0.1',
      '',
    ]) {
      expect(isKnownGoogleHost(host), host).toBe(false);
    }
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

describe('explainTokenError: a token endpoint other than Google', () => {
  const LOCAL = 'http://127.0.0.1:8999/token';
  it('invalid_grant names the endpoint and does not say Google', () => {
    const { status, body } = GOOGLE_TOKEN_ERRORS.refreshTokenRevoked;
    const err = explainTokenError(status, body, LOCAL, 'refresh_token');
    expect(err.message).toMatch(/^token: 127\.0\.0\.1 refused the refresh token \(invalid_grant\)/);
    expect(err.message).not.toMatch(/Google|Testing|7 days|npm run auth/);
  });
  it('Google named when it is Google', () => {
    const { status, body } = GOOGLE_TOKEN_ERRORS.refreshTokenRevoked;
    const err = explainTokenError(status, body, 'https://oauth2.googleapis.com/token', 'refresh_token');
    expect(err.message).toMatch(/^token: Google \(oauth2\.googleapis\.com\) refused the refresh token/);
  });
});
