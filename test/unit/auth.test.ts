// Sign-in pieces that need no process: the helper's arguments and consent URL, PKCE, the
// service-account key forms and the JWT it signs (verified with the key's public half), and the
// Gmail API error lines.

import { createHash, generateKeyPairSync, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serviceAccountAssertion } from '../../src/auth/service-account.js';
import {
  AuthHelperError,
  consentUrl,
  GOOGLE_AUTHORIZE_URL,
  GOOGLE_TOKEN_URL,
  parseAuthArgs,
  pkcePair,
} from '../../src/cli/auth-flow.js';
import { explainGmailApiError } from '../../src/deliver/gmail-api.js';
import { InputError } from '../../src/errors.js';
import { parseServiceAccountKey } from '../../src/inputs/index.js';

const SA_KEY = readFileSync(new URL('../fixtures/tls/sa-key.pem', import.meta.url), 'utf8');
const SA_PUB = readFileSync(new URL('../fixtures/tls/sa-pub.pem', import.meta.url), 'utf8');
const KEY_JSON = {
  type: 'service_account',
  client_email: 'sa@p.iam.gserviceaccount.com',
  private_key: SA_KEY,
};

describe('refresh-token helper arguments', () => {
  const base = ['--client-id', 'id.apps.googleusercontent.com', '--client-secret', 'GOCSPX-secret'];

  it('defaults to Google, the SMTP scope and a 300 s wait', () => {
    expect(parseAuthArgs(base)).toMatchObject({
      scope: 'https://mail.google.com/',
      transport: 'smtp',
      authorizeUrl: GOOGLE_AUTHORIZE_URL,
      tokenUrl: GOOGLE_TOKEN_URL,
      timeoutSeconds: 300,
    });
  });

  it('maps --transport gmail-api and --scope shorthands to gmail.send', () => {
    const send = 'https://www.googleapis.com/auth/gmail.send';
    expect(parseAuthArgs([...base, '--transport', 'gmail-api'])?.scope).toBe(send);
    expect(parseAuthArgs([...base, '--scope=gmail.send'])).toMatchObject({
      scope: send,
      transport: 'gmail-api',
    });
    expect(parseAuthArgs([...base, '--scope', 'mail'])?.scope).toBe('https://mail.google.com/');
  });

  it('reads the client from the environment, and returns undefined for --help', () => {
    expect(parseAuthArgs([], { GMAIL_CLIENT_ID: 'a', GMAIL_CLIENT_SECRET: 'b' })?.clientId).toBe('a');
    expect(parseAuthArgs(['--help'])).toBeUndefined();
  });

  it('refuses bad input with exit code 2', () => {
    for (const argv of [
      ['--client-id', 'x'],
      [...base, '--transport', 'imap'],
      [...base, '--timeout', '0'],
      [...base, '--token-url', 'http://example.com/token'],
      [...base, '--bogus', '1'],
      [...base, '--scope', 'gmail.readonly'],
    ]) {
      expect(() => parseAuthArgs(argv), argv.join(' ')).toThrow(AuthHelperError);
      try {
        parseAuthArgs(argv);
      } catch (err) {
        expect((err as AuthHelperError).exitCode).toBe(2);
      }
    }
    expect(parseAuthArgs([...base, '--token-url', 'http://127.0.0.1:8080/token'])?.tokenUrl).toBe(
      'http://127.0.0.1:8080/token',
    );
  });

  it('builds a consent URL with offline access, forced consent and an S256 challenge', () => {
    const { verifier, challenge } = pkcePair();
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(createHash('sha256').update(verifier).digest('base64url')).toBe(challenge);
    const options = parseAuthArgs([...base, '--login-hint', 'ci-bot@example.com'])!;
    const url = new URL(consentUrl(options, 'http://127.0.0.1:5555', challenge, 'st4te'));
    expect(url.origin + url.pathname).toBe(GOOGLE_AUTHORIZE_URL);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'id.apps.googleusercontent.com',
      redirect_uri: 'http://127.0.0.1:5555',
      response_type: 'code',
      scope: 'https://mail.google.com/',
      access_type: 'offline',
      prompt: 'consent',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state: 'st4te',
      login_hint: 'ci-bot@example.com',
    });
    expect(url.toString()).not.toContain('GOCSPX-secret');
  });
});

describe('service-account key', () => {
  it('parses the key as downloaded, with real newlines, with literal \\n, and as base64', () => {
    const downloaded = JSON.stringify(KEY_JSON, null, 2);
    const realNewlines = downloaded.replace(/\\n/g, '\n');
    const doubleEscaped = JSON.stringify({ ...KEY_JSON, private_key: SA_KEY.replace(/\n/g, '\\n') });
    const base64 = Buffer.from(downloaded).toString('base64');
    for (const raw of [
      downloaded,
      realNewlines,
      doubleEscaped,
      base64,
      `${base64.slice(0, 60)}\n${base64.slice(60)}`,
    ]) {
      const key = parseServiceAccountKey(raw);
      expect(key.client_email).toBe(KEY_JSON.client_email);
      expect(key.private_key).toBe(SA_KEY);
    }
  });

  it('refuses a value that is neither JSON nor base64 JSON, and a key without private_key', () => {
    expect(() => parseServiceAccountKey('not a key')).toThrow(/not valid JSON/);
    expect(() => parseServiceAccountKey(JSON.stringify({ client_email: 'a@b' }))).toThrow(/lacks/);
  });

  it('refuses a damaged or non-RSA private key by name, before anything is signed', () => {
    const lines = SA_KEY.trim().split('\n');
    const truncated = [...lines.slice(0, 5), lines.at(-1)].join('\n');
    let err: unknown;
    try {
      parseServiceAccountKey(JSON.stringify({ ...KEY_JSON, private_key: truncated }));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    if (!(err instanceof InputError)) return;
    expect(err.input).toBe('service-account-key');
    expect(err.message).toMatch(
      /^Input `service-account-key` has a `private_key` that cannot be read as a PEM private key/,
    );
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    });
    expect(() => parseServiceAccountKey(JSON.stringify({ ...KEY_JSON, private_key: ec }))).toThrow(
      /is not an RSA key \(ec\)/,
    );
  });

  it('signs an RS256 JWT with iss, sub, scope, aud and a one-hour lifetime', () => {
    const key = parseServiceAccountKey(JSON.stringify({ ...KEY_JSON, private_key_id: 'kid-1' }));
    const jwt = serviceAccountAssertion(
      key,
      'ci-bot@example.com',
      'https://mail.google.com/',
      'https://t/token',
      1000,
    );
    const [h, c, s] = jwt.split('.') as [string, string, string];
    expect(verify('RSA-SHA256', Buffer.from(`${h}.${c}`), SA_PUB, Buffer.from(s, 'base64url'))).toBe(true);
    expect(JSON.parse(Buffer.from(h, 'base64url').toString())).toEqual({
      alg: 'RS256',
      typ: 'JWT',
      kid: 'kid-1',
    });
    expect(JSON.parse(Buffer.from(c, 'base64url').toString())).toEqual({
      iss: KEY_JSON.client_email,
      sub: 'ci-bot@example.com',
      scope: 'https://mail.google.com/',
      aud: 'https://t/token',
      iat: 1000,
      exp: 4600,
    });
  });
});

describe('Gmail API error lines', () => {
  const body = (reason: string, message: string) => ({ error: { message, errors: [{ reason }] } });

  it('marks 429, 5xx and 403 rate limits transient, keeping Retry-After', () => {
    const rate = explainGmailApiError(429, body('rateLimitExceeded', 'User-rate limit exceeded'), 7);
    expect(rate).toMatchObject({ transient: true, retryAfterSeconds: 7, stage: 'api' });
    expect(
      explainGmailApiError(403, body('userRateLimitExceeded', 'User Rate Limit Exceeded')).transient,
    ).toBe(true);
    expect(explainGmailApiError(503, undefined).transient).toBe(true);
    expect(explainGmailApiError(401, body('authError', 'Invalid Credentials')).transient).toBe(false);
    expect(explainGmailApiError(400, body('invalidArgument', 'Recipient address required')).transient).toBe(
      false,
    );
  });

  it('says what to do, on one line', () => {
    const scope = explainGmailApiError(
      403,
      body('insufficientPermissions', 'Request had insufficient authentication scopes.'),
    );
    expect(scope.message).toContain('https://www.googleapis.com/auth/gmail.send');
    expect(
      explainGmailApiError(403, body('accessNotConfigured', 'Gmail API has not been used in project 1'))
        .message,
    ).toMatch(/Enable the Gmail API/);
    expect(
      explainGmailApiError(429, body('rateLimitExceeded', 'User-rate limit exceeded (Mail sending)')).message,
    ).toMatch(/daily sending limit/);
    expect(explainGmailApiError(413, undefined).message).toMatch(/35 MB/);
    for (const status of [401, 403, 413, 429, 500]) {
      expect(explainGmailApiError(status, body('x', 'line one\nline two')).message).not.toContain('\n');
    }
  });
});
