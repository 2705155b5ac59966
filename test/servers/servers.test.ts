// Exercises the local Gmail-like SMTP server and OAuth token endpoint directly, with nodemailer
// (and, where the exact wire matters, a raw TLS client) as the client. Test code for the servers
// only: the client trusts the test CA through `tls.ca`; the action itself uses NODE_EXTRA_CA_CERTS.

import { sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import tls from 'node:tls';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { afterEach, describe, expect, it } from 'vitest';
import { until } from '../until.js';
import {
  GMAIL_REPLIES,
  type RunningSmtpServer,
  type SmtpServerOptions,
  startSmtpServer,
  XOAUTH2_CHALLENGE,
} from './smtp.mjs';
import {
  GOOGLE_TOKEN_ERRORS,
  JWT_BEARER_GRANT,
  type RunningTokenServer,
  startTokenServer,
} from './token.mjs';

const tlsFixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/tls/${name}`, import.meta.url), 'utf8');
const CA = tlsFixture('ca.pem');
const SA_KEY = tlsFixture('sa-key.pem');
const SA_PUB = tlsFixture('sa-pub.pem');
const OTHER_KEY = tlsFixture('other-sa-key.pem');

const USER = 'ci-bot@example.com';
const APP_PASSWORD = 'abcdefghijklmnop';
const ACCESS_TOKEN = 'ya29.a0AfH6SMBtest-access-token';
const SCOPELESS_TOKEN = 'ya29.a0AfH6SMBtest-gmail-send-only';
const EHLO_NAME = 'runner-1.example.com';
/** What Gmail actually sends in the XOAUTH2 challenge (quoted in PHPMailer/PHPMailer#1664). */
const GMAIL_CHALLENGE_BASE64 =
  'eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function smtpServer(options: SmtpServerOptions = {}): Promise<RunningSmtpServer> {
  const server = await startSmtpServer({
    users: {
      [USER]: { password: APP_PASSWORD, accessToken: ACCESS_TOKEN, tokensWithoutScope: [SCOPELESS_TOKEN] },
    },
    ...options,
  });
  cleanups.push(() => server.close());
  return server;
}

async function tokenServer(
  options: Parameters<typeof startTokenServer>[0] = {},
): Promise<RunningTokenServer> {
  const server = await startTokenServer(options);
  cleanups.push(() => server.close());
  return server;
}

function transport(server: RunningSmtpServer, options: SMTPTransport.Options = {}) {
  const client = nodemailer.createTransport({
    host: server.host,
    port: server.port,
    secure: server.security === 'tls',
    requireTLS: server.security === 'starttls',
    tls: { ca: CA },
    name: EHLO_NAME,
    auth: { user: USER, pass: APP_PASSWORD },
    // Generous: a happy path never waits this long, and a busy machine must not fail it.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 30_000,
    ...options,
  });
  cleanups.push(async () => client.close());
  return client;
}

const message = { from: USER, to: 'team@example.com', subject: 'Build failed', text: 'See the run.' };

/** Sends and returns the error (failing the test if the send succeeds). */
async function sendError(
  client: ReturnType<typeof transport>,
  mail = message,
): Promise<Error & Record<string, unknown>> {
  try {
    await client.sendMail(mail);
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected the send to fail');
}

/** A bare SMTP-over-TLS client, to see exact replies (multi-line replies joined with \n). */
async function rawTlsClient(port: number) {
  let buffer = '';
  const socket = tls.connect({ host: '127.0.0.1', port, ca: CA });
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    buffer += chunk;
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('secureConnect', () => resolve());
    socket.once('error', reject);
  });
  cleanups.push(async () => {
    socket.destroy();
  });
  /** The next complete reply (multi-line joined with \n); vitest's testTimeout ends a wait for none. */
  const readReply = async (): Promise<string> => {
    let last = -1;
    await until(() => {
      last = buffer
        .split('\r\n')
        .slice(0, -1)
        .findIndex((line) => /^\d{3}( |$)/.test(line));
      return last >= 0;
    });
    const lines = buffer.split('\r\n');
    buffer = lines.slice(last + 1).join('\r\n');
    return lines.slice(0, last + 1).join('\n');
  };
  const command = async (line: string): Promise<string> => {
    socket.write(`${line}\r\n`);
    return readReply();
  };
  return { readReply, command };
}

describe('SMTP server', () => {
  it('accepts a message over implicit TLS with AUTH PLAIN and records it', async () => {
    const server = await smtpServer({ security: 'tls' });
    const info = await transport(server, { authMethod: 'PLAIN' }).sendMail(message);

    expect(info.response).toMatch(/^250 2\.0\.0 OK {2}\d+ .* - gsmtp$/);
    expect(server.received).toHaveLength(1);
    const [mail] = server.received;
    expect(mail.envelope).toEqual({ mailFrom: USER, rcptTo: ['team@example.com'] });
    expect(mail.raw.toString()).toContain('Subject: Build failed');
    expect(mail).toMatchObject({ user: USER, authMethod: 'PLAIN', secure: true, clientHostname: EHLO_NAME });
    expect(server.authAttempts).toEqual([{ method: 'PLAIN', username: USER, ok: true, reason: 'ok' }]);
    const [connection] = server.connections();
    expect(connection).toMatchObject({ secure: true, greeted: true, ehloNames: [EHLO_NAME], user: USER });
    expect(connection.commands.slice(0, 5)).toEqual(['EHLO', 'AUTH PLAIN', 'MAIL', 'RCPT', 'DATA']);
  });

  it('speaks STARTTLS like port 587 and refuses AUTH before it', async () => {
    const server = await smtpServer({ security: 'starttls' });
    await transport(server).sendMail(message);
    expect(server.received[0]).toMatchObject({ secure: true, authMethod: 'PLAIN', user: USER });
    expect(server.connections()[0].commands.slice(0, 4)).toEqual(['EHLO', 'STARTTLS', 'EHLO', 'AUTH PLAIN']);

    const error = await sendError(transport(server, { requireTLS: false, ignoreTLS: true }));
    expect(error.response).toBe(GMAIL_REPLIES.mustIssueStarttls);
    expect(server.received).toHaveLength(1);
  });

  it('presents certificates the client verifies against the test CA', async () => {
    // nodemailer reports TLS failures as ESOCKET, with Node's reason in the message
    const wrongHost = await smtpServer({ cert: 'wrong-host' });
    const altnames = await sendError(transport(wrongHost));
    expect(altnames).toMatchObject({ code: 'ESOCKET' });
    expect(altnames.message).toMatch(/does not match certificate's altnames/);
    const selfSigned = await smtpServer({ cert: 'self-signed' });
    expect((await sendError(transport(selfSigned))).message).toMatch(/self[- ]signed certificate/i);
    expect(wrongHost.received.length + selfSigned.received.length).toBe(0);
  });

  it('refuses mail without AUTH with Gmail’s 530-5.7.0', async () => {
    const server = await smtpServer();
    const error = await sendError(transport(server, { auth: undefined }));
    expect(error.response).toBe(GMAIL_REPLIES.authRequired);
  });

  it('accepts mail without AUTH when security is none', async () => {
    const server = await smtpServer({ security: 'none', users: {} });
    await transport(server, { auth: undefined, ignoreTLS: true }).sendMail(message);
    expect(server.received[0]).toMatchObject({ secure: false, user: null, authMethod: null });
  });

  it('rejects a wrong password with Gmail’s 535-5.7.8 and an account password with 534-5.7.9', async () => {
    const server = await smtpServer({
      users: { [USER]: { password: APP_PASSWORD, accountPassword: 'hunter2-account' } },
    });
    const wrong = await sendError(transport(server, { auth: { user: USER, pass: 'not-the-password' } }));
    expect(wrong.response).toBe(GMAIL_REPLIES.badCredentials);
    const account = await sendError(transport(server, { auth: { user: USER, pass: 'hunter2-account' } }));
    expect(account.response).toBe(GMAIL_REPLIES.appPasswordRequired);
    expect(server.authAttempts.map((attempt) => attempt.reason)).toEqual([
      'bad-credentials',
      'app-password-required',
    ]);
  });

  it('accepts XOAUTH2 with a valid token', async () => {
    const server = await smtpServer();
    await transport(server, { auth: { type: 'OAuth2', user: USER, accessToken: ACCESS_TOKEN } }).sendMail(
      message,
    );
    expect(server.received[0]).toMatchObject({ authMethod: 'XOAUTH2', user: USER });
  });

  it('answers a token without the mail scope with Gmail’s 334 challenge, then 535-5.7.8', async () => {
    const server = await smtpServer();
    const client = await rawTlsClient(server.port);
    expect(await client.readReply()).toMatch(/^220 smtp\.gmail\.com ESMTP /);
    expect(await client.command(`EHLO ${EHLO_NAME}`)).toContain('AUTH LOGIN PLAIN XOAUTH2');
    const initial = Buffer.from(`user=${USER}\x01auth=Bearer ${SCOPELESS_TOKEN}\x01\x01`).toString('base64');
    const challenge = await client.command(`AUTH XOAUTH2 ${initial}`);
    expect(challenge).toBe(`334 ${GMAIL_CHALLENGE_BASE64}`);
    expect(JSON.parse(Buffer.from(challenge.slice(4), 'base64').toString())).toEqual(XOAUTH2_CHALLENGE);
    expect(await client.command('')).toBe(GMAIL_REPLIES.badCredentials);
    expect(server.authAttempts).toEqual([
      { method: 'XOAUTH2', username: USER, ok: false, reason: 'insufficient-scope' },
    ]);

    const error = await sendError(
      transport(server, { auth: { type: 'OAuth2', user: USER, accessToken: 'ya29.expired-token' } }),
    );
    expect(error.response).toBe(GMAIL_REPLIES.badCredentials);
    expect(server.authAttempts.at(-1)?.reason).toBe('invalid-token');
  });

  it.each([
    ['greeting', GMAIL_REPLIES.tryAgainLater],
    ['ehlo', GMAIL_REPLIES.tryAgainLater],
    ['auth', GMAIL_REPLIES.tooManyLoginAttempts],
    ['mail', GMAIL_REPLIES.dailyLimitExceeded],
    ['rcpt', GMAIL_REPLIES.dailyLimitExceeded],
    ['data', GMAIL_REPLIES.dailyLimitExceeded],
  ] as const)('scripted %s fault arrives verbatim, once', async (stage, reply) => {
    const server = await smtpServer({ faults: { [stage]: { reply, times: 1 } } });
    const error = await sendError(transport(server));
    // nodemailer reports a 421 at greeting/EHLO with its own prefix, the reply text stays intact
    expect(String(error.response)).toContain(reply);
    expect(server.received).toHaveLength(0);

    await transport(server).sendMail(message); // the fault was for the first time only
    expect(server.received).toHaveLength(1);
  });

  it('scripted per-recipient RCPT faults: only that address, only N times', async () => {
    const deferral =
      '450-4.2.1 The user you are trying to contact is receiving mail at too high a rate.\n450 4.2.1 Try again';
    const gone = '550-5.1.1 The email account that you tried to reach does not exist.\n550 5.1.1 Bye';
    const server = await smtpServer({
      faults: { rcptFor: { 'Slow@Example.com': { reply: deferral, times: 1 }, 'gone@example.com': gone } },
    });
    const to = ['a@example.com', 'slow@example.com', 'gone@example.com'];
    const first = await transport(server).sendMail({ ...message, to });
    expect(first.accepted).toEqual(['a@example.com']);
    expect(first.rejectedErrors?.map((e) => e.response)).toEqual([deferral, gone]);
    const second = await transport(server).sendMail({
      ...message,
      to: ['slow@example.com', 'gone@example.com'],
    });
    expect(second.accepted).toEqual(['slow@example.com']);
    expect(second.rejected).toEqual(['gone@example.com']);
    expect(server.received.map((m) => m.envelope.rcptTo)).toEqual([['a@example.com'], ['slow@example.com']]);
  });

  it('closes the connection after a 421', async () => {
    const server = await smtpServer({ faults: { ehlo: GMAIL_REPLIES.tryAgainLater } });
    const client = await rawTlsClient(server.port);
    await client.readReply();
    expect(await client.command(`EHLO ${EHLO_NAME}`)).toBe(GMAIL_REPLIES.tryAgainLater);
    await until(() => server.connections()[0].closed);
    expect(server.connections()).toHaveLength(1);
  });

  it('refuses a message over the size limit with Gmail’s 552-5.3.4', async () => {
    const server = await smtpServer({ maxMessageSize: 2000 });
    const error = await sendError(transport(server), { ...message, text: 'x'.repeat(5000) });
    expect(error.response).toBe(GMAIL_REPLIES.messageTooBig);
    expect(server.received).toHaveLength(0);
  });

  it('can accept TCP and TLS and then never greet', async () => {
    const server = await smtpServer({ faults: { greeting: 'silent' } });
    // The server never greets, so the client's greeting timeout is what ends the attempt.
    const error = await sendError(transport(server, { greetingTimeout: 1000 }));
    expect(error.code).toBe('ETIMEDOUT');
    expect(error.message).toMatch(/greeting/i);
    expect(server.connections()[0]).toMatchObject({ silent: true, greeted: false });
  });

  it('can drop the connection while the body arrives', async () => {
    const server = await smtpServer({ faults: { dropDuringData: { times: 1 } } });
    const error = await sendError(transport(server));
    expect(error.code).toMatch(/ECONNECTION|ESOCKET/);
    expect(server.connections()[0].dropped).toBe(true);
    expect(server.received).toHaveLength(0);
    await transport(server).sendMail(message);
    expect(server.received).toHaveLength(1);
  });

  it('can take the body and never answer', async () => {
    const server = await smtpServer({ faults: { stallAfterData: true } });
    const error = await sendError(transport(server, { socketTimeout: 1000 }));
    expect(error.code).toBe('ETIMEDOUT');
    expect(server.connections()[0].stalled).toBe(true);
    expect(server.received).toHaveLength(0);
  });
});

function form(fields: Record<string, string>): {
  method: 'POST';
  headers: Record<string, string>;
  body: string;
} {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  };
}

async function post(
  url: string,
  init: RequestInit,
): Promise<{ status: number; json: unknown; headers: Headers }> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, json: JSON.parse(text), headers: response.headers };
}

const OAUTH_CLIENT = { id: '1234-test.apps.googleusercontent.com', secret: 'GOCSPX-test-client-secret' };
const REFRESH_TOKEN = '1//0gTestRefreshToken';

describe('token server: refresh_token grant', () => {
  const clients = {
    [OAUTH_CLIENT.id]: {
      secret: OAUTH_CLIENT.secret,
      refreshTokens: { [REFRESH_TOKEN]: { accessToken: ACCESS_TOKEN } },
    },
  };
  const refresh = (overrides: Record<string, string> = {}) =>
    form({
      grant_type: 'refresh_token',
      client_id: OAUTH_CLIENT.id,
      client_secret: OAUTH_CLIENT.secret,
      refresh_token: REFRESH_TOKEN,
      ...overrides,
    });

  it('exchanges a refresh token (credentials in the body or HTTP Basic)', async () => {
    const server = await tokenServer({ clients });
    const expected = {
      access_token: ACCESS_TOKEN,
      expires_in: 3599,
      scope: 'https://mail.google.com/',
      token_type: 'Bearer',
    };
    expect(await post(server.url, refresh())).toMatchObject({ status: 200, json: expected });

    const basic = Buffer.from(`${OAUTH_CLIENT.id}:${OAUTH_CLIENT.secret}`).toString('base64');
    const init = form({ grant_type: 'refresh_token', refresh_token: REFRESH_TOKEN });
    init.headers.authorization = `Basic ${basic}`;
    expect(await post(server.url, init)).toMatchObject({ status: 200, json: expected });

    expect(
      server.requests.map((request) => [request.grantType, request.clientId, request.clientAuth]),
    ).toEqual([
      ['refresh_token', OAUTH_CLIENT.id, 'body'],
      ['refresh_token', OAUTH_CLIENT.id, 'basic'],
    ]);
  });

  it('answers bad clients and revoked tokens as Google does', async () => {
    const server = await tokenServer({ clients });
    const unknown = await post(server.url, refresh({ client_id: 'nobody.apps.googleusercontent.com' }));
    expect(unknown).toMatchObject({ status: 401, json: GOOGLE_TOKEN_ERRORS.clientNotFound.body });
    expect(unknown.json).toEqual({
      error: 'invalid_client',
      error_description: 'The OAuth client was not found.',
    });
    const wrongSecret = await post(server.url, refresh({ client_secret: 'GOCSPX-wrong' }));
    expect(wrongSecret).toMatchObject({ status: 401, json: { error: 'invalid_client' } });
    const revoked = await post(server.url, refresh({ refresh_token: '1//0gRevoked' }));
    expect(revoked.status).toBe(400);
    expect(revoked.json).toEqual({
      error: 'invalid_grant',
      error_description: 'Token has been expired or revoked.',
    });
  });

  it('scripts 5xx/429 faults for the first N requests, with Retry-After', async () => {
    const server = await tokenServer({
      clients,
      faults: [
        { status: 503, times: 1, retryAfter: 2 },
        { status: 429, times: 1 },
      ],
    });
    const first = await post(server.url, refresh());
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('2');
    expect((await post(server.url, refresh())).status).toBe(429);
    expect((await post(server.url, refresh())).status).toBe(200);
    expect(server.requests.map((request) => request.fault ?? false)).toEqual([true, true, false]);
  });

  it('can send malformed JSON or hang', async () => {
    const malformed = await tokenServer({ clients, faults: { malformedJson: true } });
    const response = await fetch(malformed.url, refresh());
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow(SyntaxError);

    const hanging = await tokenServer({ clients, faults: { hang: true, times: 1 } });
    // Aborted only once the server has the request, so the one scripted hang is used up.
    const stop = new AbortController();
    const hung = fetch(hanging.url, { ...refresh(), signal: stop.signal });
    await until(() => hanging.requests.length === 1);
    stop.abort();
    await expect(hung).rejects.toThrow();
    expect(hanging.requests[0]).toMatchObject({ fault: true, status: 0 });
    expect((await post(hanging.url, refresh())).status).toBe(200);
  });
});

function base64urlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function signJwt(claims: Record<string, unknown>, privateKeyPem: string): string {
  const signingInput = `${base64urlJson({ alg: 'RS256', typ: 'JWT' })}.${base64urlJson(claims)}`;
  return `${signingInput}.${sign('RSA-SHA256', Buffer.from(signingInput), privateKeyPem).toString('base64url')}`;
}

describe('token server: JWT-bearer grant (service account)', () => {
  const SA_EMAIL = 'notifier@octo-project.iam.gserviceaccount.com';
  const claimsFor = (url: string, overrides: Record<string, unknown> = {}) => {
    const now = Math.floor(Date.now() / 1000);
    return {
      iss: SA_EMAIL,
      sub: USER,
      scope: 'https://mail.google.com/',
      aud: url,
      iat: now,
      exp: now + 3600,
      ...overrides,
    };
  };
  const jwtRequest = (assertion: string) => form({ grant_type: JWT_BEARER_GRANT, assertion });

  it('issues a token for a JWT signed with the service account key and records sub and scope', async () => {
    const server = await tokenServer({
      serviceAccounts: { [SA_EMAIL]: SA_PUB },
      jwtAccessToken: ACCESS_TOKEN,
    });
    const result = await post(server.url, jwtRequest(signJwt(claimsFor(server.url), SA_KEY)));
    expect(result).toMatchObject({
      status: 200,
      json: { access_token: ACCESS_TOKEN, expires_in: 3599, token_type: 'Bearer' },
    });
    expect(server.requests[0]).toMatchObject({
      grantType: JWT_BEARER_GRANT,
      clientId: SA_EMAIL,
      subject: USER,
      scope: 'https://mail.google.com/',
      status: 200,
    });
    expect(server.requests[0].claims).toMatchObject({ aud: server.url, iss: SA_EMAIL });
  });

  it('rejects a wrong key, a wrong audience, a stale token and an undelegated subject', async () => {
    const server = await tokenServer({
      serviceAccounts: { [SA_EMAIL]: { publicKey: SA_PUB, allowedSubjects: [USER] } },
    });
    const wrongKey = await post(server.url, jwtRequest(signJwt(claimsFor(server.url), OTHER_KEY)));
    expect(wrongKey).toMatchObject({ status: 400, json: GOOGLE_TOKEN_ERRORS.invalidJwtSignature.body });

    const wrongAudience = await post(
      server.url,
      jwtRequest(signJwt(claimsFor(server.url, { aud: 'https://oauth2.googleapis.com/token' }), SA_KEY)),
    );
    expect(wrongAudience).toMatchObject({ status: 400, json: { error: 'invalid_grant' } });

    const hourAgo = Math.floor(Date.now() / 1000) - 7200;
    const stale = await post(
      server.url,
      jwtRequest(signJwt(claimsFor(server.url, { iat: hourAgo, exp: hourAgo + 3600 }), SA_KEY)),
    );
    expect(stale).toMatchObject({ status: 400, json: GOOGLE_TOKEN_ERRORS.jwtTimeframe.body });

    const otherUser = await post(
      server.url,
      jwtRequest(signJwt(claimsFor(server.url, { sub: 'ceo@example.com' }), SA_KEY)),
    );
    expect(otherUser).toMatchObject({ status: 401, json: { error: 'unauthorized_client' } });

    const unknownAccount = await post(
      server.url,
      jwtRequest(signJwt(claimsFor(server.url, { iss: 'someone@else.iam.gserviceaccount.com' }), SA_KEY)),
    );
    expect(unknownAccount).toMatchObject({
      status: 400,
      json: GOOGLE_TOKEN_ERRORS.serviceAccountNotFound.body,
    });
    expect(server.requests.every((request) => request.status >= 400)).toBe(true);
  });
});
