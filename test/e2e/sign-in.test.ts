// End to end through dist/index.js: every sign-in method with every transport it supports, against
// the local SMTP server, OAuth token endpoint and Gmail API endpoint; plus the Gmail API's error
// lines and the combinations the action refuses. Build first: `npm run build`.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningGmailApiServer, startGmailApiServer } from '../servers/gmail-api.mjs';
import { type RunningSmtpServer, type SmtpServerOptions, startSmtpServer } from '../servers/smtp.mjs';
import { type RunningTokenServer, startTokenServer, type TokenServerOptions } from '../servers/token.mjs';
import { closedPort } from './fixture.js';
import { type ActionRun, assertNoSecrets, cleanupRun, runAction, xoauth2Base64 } from './harness.js';

const USER = 'ci-bot@example.com';
const TO = 'team@example.com';
const CLIENT_ID = '1234567890-testclient.apps.googleusercontent.com';
const CLIENT_SECRET = 'GOCSPX-test-client-secret-0123456789';
const REFRESH_TOKEN = '1//0gTestRefreshToken-abcdefghijklmnopqrstuvwxyz0123';
const REFRESHED_TOKEN = 'ya29.a0AfH6SMB-obtained-from-the-refresh-token-0123';
const READY_TOKEN = 'ya29.c.b0-ready-token-from-google-github-actions-auth';
const SA_TOKEN = 'ya29.c.c0-issued-to-the-service-account-for-ci-bot';
const SA_EMAIL = 'mailer@gmail-notify-test.iam.gserviceaccount.com';
const MAIL_SCOPE = 'https://mail.google.com/';
const SEND_SCOPE = 'https://www.googleapis.com/auth/gmail.send';
const SA_PRIVATE_KEY = readFileSync(new URL('../fixtures/tls/sa-key.pem', import.meta.url), 'utf8');
const SA_PUBLIC_KEY = readFileSync(new URL('../fixtures/tls/sa-pub.pem', import.meta.url), 'utf8');

/** Every secret a run may hold, including the tokens it obtains and each line of the private key. */
const SECRETS = [
  CLIENT_SECRET,
  REFRESH_TOKEN,
  REFRESHED_TOKEN,
  READY_TOKEN,
  SA_TOKEN,
  ...SA_PRIVATE_KEY.split('\n').filter((line) => line.length >= 8 && !line.startsWith('-----')),
  ...[REFRESHED_TOKEN, READY_TOKEN, SA_TOKEN].map((token) => xoauth2Base64(USER, token)),
];

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

function serviceAccountKey(tokenUri: string): Record<string, string> {
  return {
    type: 'service_account',
    project_id: 'gmail-notify-test',
    private_key_id: '0123456789abcdef0123456789abcdef01234567',
    private_key: SA_PRIVATE_KEY,
    client_email: SA_EMAIL,
    client_id: '109876543210987654321',
    auth_uri: 'https://accounts.google.com/o/oauth2/auth',
    token_uri: tokenUri,
  };
}

async function smtpServer(options: SmtpServerOptions = {}): Promise<RunningSmtpServer> {
  const server = await startSmtpServer({
    security: 'tls',
    users: { [USER]: { accessToken: [REFRESHED_TOKEN, READY_TOKEN, SA_TOKEN] } },
    ...options,
  });
  cleanups.push(() => server.close());
  return server;
}

async function tokenServer(options: TokenServerOptions = {}): Promise<RunningTokenServer> {
  const server = await startTokenServer({
    clients: {
      [CLIENT_ID]: {
        secret: CLIENT_SECRET,
        refreshTokens: { [REFRESH_TOKEN]: { accessToken: REFRESHED_TOKEN } },
      },
    },
    ...options,
  });
  cleanups.push(() => server.close());
  return server;
}

async function apiServer(
  options: Parameters<typeof startGmailApiServer>[0] = {},
): Promise<RunningGmailApiServer> {
  const server = await startGmailApiServer({
    https: true,
    tokens: {
      [REFRESHED_TOKEN]: { user: USER, scopes: [MAIL_SCOPE] },
      [READY_TOKEN]: { user: USER, scopes: [SEND_SCOPE] },
      [SA_TOKEN]: { user: USER, scopes: [SEND_SCOPE] },
    },
    ...options,
  });
  cleanups.push(() => server.close());
  return server;
}

function smtpInputs(server: RunningSmtpServer): Record<string, string> {
  return { 'smtp-host': '127.0.0.1', 'smtp-port': String(server.port), 'smtp-security': server.security };
}

const refreshInputs = (token: RunningTokenServer): Record<string, string> => ({
  'oauth-client-id': CLIENT_ID,
  'oauth-client-secret': CLIENT_SECRET,
  'oauth-refresh-token': REFRESH_TOKEN,
  'oauth-token-url': token.url,
});

async function run(inputs: Record<string, string>): Promise<ActionRun> {
  const result = await runAction({
    inputs: { username: USER, to: TO, details: 'false', 'timeout-seconds': '30', ...inputs },
    timeoutMs: 45_000,
  });
  cleanups.push(() => cleanupRun(result));
  assertNoSecrets(result, SECRETS);
  return result;
}

function errors(result: ActionRun): string[] {
  return result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
}

/** The step succeeded and the received message is the one the outputs describe. */
async function expectDelivered(result: ActionRun, raw: Buffer): Promise<void> {
  expect(errors(result), result.stdout + result.stderr).toEqual([]);
  expect(result.code).toBe(0);
  expect(result.outputs.sent).toBe('true');
  const mail = await simpleParser(raw);
  expect(mail.messageId).toBe(result.outputs['message-id']);
  expect(mail.subject).toBe(result.outputs.subject);
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  expect(to.flatMap((a) => a.value.map((v) => v.address))).toContain(TO);
  expect(mail.text ?? '').toContain('octo-org/octo-repo');
}

describe('OAuth refresh token', () => {
  it('signs in to SMTP with XOAUTH2 using a token obtained at the given token URL', async () => {
    const smtp = await smtpServer();
    const token = await tokenServer();
    const result = await run({ ...smtpInputs(smtp), ...refreshInputs(token) });
    expect(smtp.received, result.stdout).toHaveLength(1);
    await expectDelivered(result, smtp.received[0]!.raw);
    expect(smtp.received[0]!.authMethod).toBe('XOAUTH2');
    expect(smtp.received[0]!.user).toBe(USER);
    expect(token.requests.map((r) => [r.grantType, r.clientId, r.status])).toEqual([
      ['refresh_token', CLIENT_ID, 200],
    ]);
    expect(result.masks).toContain(REFRESHED_TOKEN);
    expect(result.outputs['gmail-id']).toBe('');
    // Google needs no scope on a refresh: none is sent unless oauth-scope asks for one.
    expect(token.requests[0]!.requestedScope).toBeUndefined();
  });

  it('sends oauth-scope with the refresh request (Microsoft 365 wants one)', async () => {
    const smtp = await smtpServer();
    const token = await tokenServer();
    const scope = 'https://outlook.office.com/SMTP.Send offline_access';
    const result = await run({ ...smtpInputs(smtp), ...refreshInputs(token), 'oauth-scope': scope });
    expect(smtp.received, result.stdout).toHaveLength(1);
    await expectDelivered(result, smtp.received[0]!.raw);
    expect(token.requests.map((r) => [r.grantType, r.requestedScope])).toEqual([['refresh_token', scope]]);
  });

  it('refuses oauth-scope with another sign-in method before contacting anything', async () => {
    const smtp = await smtpServer();
    const result = await run({
      ...smtpInputs(smtp),
      'app-password': 'abcd efgh ijkl mnop',
      'oauth-scope': 'x',
    });
    expect(result.code).toBe(1);
    expect(errors(result)).toEqual([
      'Input `oauth-scope` applies only to the refresh-token method (`oauth-client-id`, `oauth-client-secret`, `oauth-refresh-token`); remove it.',
    ]);
    expect(smtp.connections()).toHaveLength(0);
  });

  it('sends through the Gmail API (media upload, streamed) and reports its id and thread id', async () => {
    const api = await apiServer();
    const token = await tokenServer();
    const result = await run({ transport: 'gmail-api', 'gmail-api-url': api.url, ...refreshInputs(token) });
    expect(api.received, result.stdout).toHaveLength(1);
    const received = api.received[0]!;
    await expectDelivered(result, received.raw);
    expect(received.form).toBe('media');
    expect(received.userId).toBe('me');
    expect(received.chunked).toBe(true);
    expect(result.outputs['gmail-id']).toBe(received.id);
    expect(result.outputs['thread-id']).toBe(received.threadId);
    expect(result.summary).toContain(received.id);
    expect(result.masks).toContain(REFRESHED_TOKEN);
  });

  it('Gmail API: Bcc recipients get the message (the upload carries Bcc; the .eml does not)', async () => {
    const api = await apiServer();
    const token = await tokenServer();
    const result = await run({
      transport: 'gmail-api',
      'gmail-api-url': api.url,
      ...refreshInputs(token),
      cc: 'lead@example.com',
      bcc: 'Auditor <audit@example.com>, archive@example.com',
      'eml-path': 'sent.eml',
    });
    expect(api.received, result.stdout).toHaveLength(1);
    const received = api.received[0]!;
    expect(received.recipients).toEqual([TO, 'lead@example.com', 'audit@example.com', 'archive@example.com']);
    expect(result.outputs.accepted).toBe(`${TO},lead@example.com,audit@example.com,archive@example.com`);
    const eml = await simpleParser(readFileSync(result.outputs['eml-path']!));
    expect(eml.bcc).toBeUndefined();
    expect(eml.messageId).toBe((await simpleParser(received.raw)).messageId);
  });

  it('Gmail API: a message with only Bcc recipients is sent', async () => {
    const api = await apiServer();
    const token = await tokenServer();
    const result = await run({
      transport: 'gmail-api',
      'gmail-api-url': api.url,
      ...refreshInputs(token),
      to: '',
      bcc: 'audit@example.com',
    });
    expect(errors(result)).toEqual([]);
    expect(api.received[0]?.recipients).toEqual(['audit@example.com']);
  });
});

describe('ready access token (oauth-access-token)', () => {
  it('signs in to SMTP with the token as given, contacting no token endpoint', async () => {
    const smtp = await smtpServer();
    const token = await tokenServer();
    const result = await run({
      ...smtpInputs(smtp),
      'oauth-access-token': READY_TOKEN,
      'oauth-token-url': token.url,
    });
    expect(smtp.received, result.stdout).toHaveLength(1);
    await expectDelivered(result, smtp.received[0]!.raw);
    expect(smtp.received[0]!.authMethod).toBe('XOAUTH2');
    expect(token.requests).toHaveLength(0);
    expect(result.masks).toContain(READY_TOKEN);
  });

  it('explains an SMTP token without the https://mail.google.com/ scope in one line', async () => {
    const smtp = await smtpServer({ users: { [USER]: { tokensWithoutScope: [READY_TOKEN] } } });
    const result = await run({ ...smtpInputs(smtp), 'oauth-access-token': READY_TOKEN });
    expect(result.code).toBe(1);
    expect(errors(result)).toEqual([
      expect.stringMatching(
        // 127.0.0.1 is not Gmail: the line names the scope input, not Gmail's scope (deliver/smtp-errors.test.ts).
        /^auth: 127\.0\.0\.1:\d+ rejected the OAuth2 access token \(XOAUTH2\).*`oauth-scope`/,
      ),
    ]);
    expect(smtp.authAttempts.map((a) => [a.method, a.reason])).toEqual([['XOAUTH2', 'insufficient-scope']]);
  });

  it('sends through the Gmail API with a gmail.send token', async () => {
    const api = await apiServer();
    const result = await run({
      transport: 'gmail-api',
      'gmail-api-url': api.url,
      'oauth-access-token': READY_TOKEN,
    });
    expect(api.received, result.stdout).toHaveLength(1);
    await expectDelivered(result, api.received[0]!.raw);
    expect(result.outputs['gmail-id']).toBe(api.received[0]!.id);
  });
});

describe('service account with domain-wide delegation (service-account-key)', () => {
  it('SMTP: signs a JWT for the key token_uri with sub = username and scope https://mail.google.com/', async () => {
    const smtp = await smtpServer();
    const token = await tokenServer({
      serviceAccounts: {
        [SA_EMAIL]: {
          publicKey: SA_PUBLIC_KEY,
          allowedSubjects: [USER],
          allowedScopes: [MAIL_SCOPE],
          accessToken: SA_TOKEN,
        },
      },
    });
    // The JSON as Google downloads it: the PEM's newlines escaped as \n.
    const key = JSON.stringify(serviceAccountKey(token.url), null, 2);
    const result = await run({ ...smtpInputs(smtp), 'service-account-key': key });
    expect(smtp.received, result.stdout).toHaveLength(1);
    await expectDelivered(result, smtp.received[0]!.raw);
    const [request] = token.requests;
    expect(request).toMatchObject({
      grantType: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      clientId: SA_EMAIL,
      subject: USER,
      scope: MAIL_SCOPE,
      status: 200,
    });
    expect(request!.claims?.aud).toBe(token.url);
    expect(request!.jwtHeader?.kid).toBe('0123456789abcdef0123456789abcdef01234567');
    expect(result.masks).toContain(SA_TOKEN);
    for (const line of SA_PRIVATE_KEY.split('\n').filter((l) => l.length >= 8)) {
      expect(result.masks).toContain(line);
    }
  });

  it('Gmail API: a base64 key, oauth-token-url given (wins over token_uri), scope gmail.send', async () => {
    const api = await apiServer();
    const token = await tokenServer({
      serviceAccounts: {
        [SA_EMAIL]: { publicKey: SA_PUBLIC_KEY, allowedScopes: [SEND_SCOPE], accessToken: SA_TOKEN },
      },
    });
    const key = Buffer.from(
      JSON.stringify(serviceAccountKey('https://oauth2.googleapis.com/token')),
    ).toString('base64');
    const result = await run({
      transport: 'gmail-api',
      'gmail-api-url': api.url,
      'service-account-key': key,
      'oauth-token-url': token.url,
    });
    expect(api.received, result.stdout).toHaveLength(1);
    await expectDelivered(result, api.received[0]!.raw);
    expect(token.requests[0]).toMatchObject({ subject: USER, scope: SEND_SCOPE, status: 200 });
    expect(result.outputs['gmail-id']).toBe(api.received[0]!.id);
    assertNoSecrets(result, [key.slice(0, 200)]);
  });

  it('accepts a key pasted with real newlines inside private_key', async () => {
    const smtp = await smtpServer();
    const token = await tokenServer({
      serviceAccounts: {
        [SA_EMAIL]: { publicKey: SA_PUBLIC_KEY, allowedScopes: [MAIL_SCOPE], accessToken: SA_TOKEN },
      },
    });
    const key = JSON.stringify(serviceAccountKey(token.url)).replace(/\\n/g, '\n');
    expect(() => JSON.parse(key)).toThrow();
    const result = await run({ ...smtpInputs(smtp), 'service-account-key': key });
    expect(smtp.received, result.stdout).toHaveLength(1);
    await expectDelivered(result, smtp.received[0]!.raw);
    expect(token.requests[0]).toMatchObject({ subject: USER, scope: MAIL_SCOPE, status: 200 });
  });

  it('explains a refused delegation in one line', async () => {
    const smtp = await smtpServer();
    const token = await tokenServer({
      serviceAccounts: { [SA_EMAIL]: { publicKey: SA_PUBLIC_KEY, allowedScopes: [SEND_SCOPE] } },
    });
    const result = await run({
      ...smtpInputs(smtp),
      'service-account-key': JSON.stringify(serviceAccountKey(token.url)),
    });
    expect(result.code).toBe(1);
    expect(errors(result)).toHaveLength(1);
    expect(errors(result)[0]).toMatch(/^token: .*unauthorized_client.*domain-wide delegation/);
    expect(smtp.received).toHaveLength(0);
  });

  it("a token_uri nothing answers at: the line points at the key's token_uri, not oauth-token-url", async () => {
    const smtp = await smtpServer();
    const port = await closedPort();
    const result = await run({
      ...smtpInputs(smtp),
      'service-account-key': JSON.stringify(serviceAccountKey(`http://127.0.0.1:${port}/token`)),
    });
    expect(result.code).toBe(1);
    expect(errors(result)).toEqual([
      `token: could not reach http://127.0.0.1:${port}/token (ECONNREFUSED). Check the \`token_uri\` in \`service-account-key\` (its host and port) and the runner's network.`,
    ]);
    expect(smtp.received).toHaveLength(0);
  });
});

describe('other SMTP servers', () => {
  it('sends without credentials to a non-Gmail host with smtp-security: none', async () => {
    const smtp = await smtpServer({ security: 'none', users: {} });
    const result = await runAction({
      inputs: {
        to: TO,
        from: 'ci@example.com',
        details: 'false',
        'timeout-seconds': '30',
        ...smtpInputs(smtp),
      },
      timeoutMs: 45_000,
    });
    cleanups.push(() => cleanupRun(result));
    expect(smtp.received, result.stdout).toHaveLength(1);
    await expectDelivered(result, smtp.received[0]!.raw);
    expect(smtp.received[0]!.authMethod).toBeNull();
    expect(smtp.received[0]!.secure).toBe(false);
  });

  it('refuses smtp-security: none when credentials would be sent', async () => {
    const result = await run({
      'smtp-host': 'mail.example.net',
      'smtp-port': '25',
      'smtp-security': 'none',
      'oauth-access-token': READY_TOKEN,
    });
    expect(result.code).toBe(1);
    expect(errors(result)).toEqual([expect.stringMatching(/smtp-security: none.*unencrypted/)]);
  });
});

describe('secrets that did not arrive', () => {
  it('username set but every secret empty: one line saying no secret reached the action', async () => {
    const result = await run({
      'app-password': '',
      'oauth-refresh-token': '',
      'oauth-access-token': '',
      'service-account-key': '',
    });
    expect(result.code).toBe(1);
    expect(errors(result)).toEqual([
      expect.stringMatching(
        /^No secret reached the action: `app-password`, `oauth-refresh-token`, `oauth-access-token` and `service-account-key` are all empty, though `username` is set\..*pull requests from forks get no secrets/,
      ),
    ]);
    expect(result.outputs.sent).toBe('false');
  });

  it('an OAuth client id whose secret and refresh token are empty: the line names the empty-secret cause', async () => {
    const result = await run({
      'oauth-client-id': CLIENT_ID,
      'oauth-client-secret': '',
      'oauth-refresh-token': '',
    });
    expect(result.code).toBe(1);
    expect(errors(result)).toEqual([
      expect.stringMatching(
        /missing: `oauth-client-secret`, `oauth-refresh-token`\. .*check the secret's name.*forks get no secrets/,
      ),
    ]);
  });
});

describe('an App Password of the wrong shape', () => {
  function warnings(result: ActionRun): string[] {
    return result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
  }

  it('dry run on smtp.gmail.com: one warning for an app-password that is not 16 letters, never its value', async () => {
    for (const password of ['Correct-Horse-Battery-9', 'abcd-efgh-ijkl-mnop']) {
      const result = await run({ 'app-password': password, 'dry-run': 'true' });
      assertNoSecrets(result, [password]);
      expect(result.code, result.stdout).toBe(0);
      expect(result.outputs['skipped-reason']).toBe('dry-run');
      expect(warnings(result)).toEqual([
        'Input `app-password` does not look like a Gmail App Password (16 letters, shown as four groups of four); Gmail refuses an account password (535-5.7.8 or 534-5.7.9). Create an App Password at https://myaccount.google.com/apppasswords (2-Step Verification must be on) and store it in the secret.',
      ]);
    }
  });

  it('no warning for a 16-letter App Password, nor for another host', async () => {
    const gmail = await run({ 'app-password': 'qzxv wbnm plok ijuh', 'dry-run': 'true' });
    const other = await run({
      'app-password': 'Correct-Horse-Battery-9',
      'smtp-host': 'mail.example.net',
      'dry-run': 'true',
    });
    for (const result of [gmail, other]) {
      assertNoSecrets(result, ['qzxv wbnm plok ijuh', 'qzxvwbnmplokijuh', 'Correct-Horse-Battery-9']);
      expect(result.code, result.stdout).toBe(0);
      expect(warnings(result)).toEqual([]);
    }
  });
});

describe('Gmail API errors', () => {
  it('refuses an App Password with transport: gmail-api before contacting anything', async () => {
    const api = await apiServer();
    const result = await run({
      transport: 'gmail-api',
      'gmail-api-url': api.url,
      'app-password': 'abcd efgh ijkl mnop',
    });
    expect(result.code).toBe(1);
    expect(errors(result)).toEqual([
      expect.stringMatching(
        /`transport: gmail-api` needs an OAuth sign-in.*App Password works only with SMTP/,
      ),
    ]);
    expect(api.requests).toHaveLength(0);
  });

  it('refuses, before any request, attachments the API would receive as more than 35 MB encoded', async () => {
    const api = await apiServer();
    const ws = mkdtempSync(path.join(os.tmpdir(), 'gmail-notify-ws-api-big-'));
    cleanups.push(async () => rmSync(ws, { recursive: true, force: true }));
    mkdirSync(path.join(ws, 'dist'));
    // 30,000,000 bytes pass the 35 MB raw check; base64 makes them about 41 MB on the wire.
    writeFileSync(path.join(ws, 'dist/app.tar'), '');
    truncateSync(path.join(ws, 'dist/app.tar'), 30_000_000);
    const result = await runAction({
      inputs: {
        username: USER,
        to: TO,
        details: 'false',
        'timeout-seconds': '30',
        transport: 'gmail-api',
        'gmail-api-url': api.url,
        'oauth-access-token': READY_TOKEN,
        attachments: 'dist/*',
      },
      env: { GITHUB_WORKSPACE: ws },
      timeoutMs: 45_000,
    });
    cleanups.push(() => cleanupRun(result));
    assertNoSecrets(result, SECRETS);
    expect(result.code).toBe(1);
    expect(errors(result)).toEqual([
      'Attachments total 30.0 MB, which the Gmail API receives base64-encoded in a message of about 41.1 MB, over the 35.0 MB it accepts: dist/app.tar (30.0 MB). Attach fewer or smaller (compressed) files, about 25 MB in all at most, or upload them as an artifact and link to it instead.',
    ]);
    expect(result.outputs.sent).toBe('false');
    expect(api.requests).toHaveLength(0);
  });

  it('401: an expired or revoked token', async () => {
    const api = await apiServer({ tokens: {} });
    const result = await run({
      transport: 'gmail-api',
      'gmail-api-url': api.url,
      'oauth-access-token': READY_TOKEN,
    });
    expect(result.code).toBe(1);
    expect(errors(result)).toEqual([
      expect.stringMatching(/^api: .*HTTP 401 authError.*has expired or was revoked/),
    ]);
    expect(api.requests).toHaveLength(1);
  });

  it('403: a token without the gmail.send scope', async () => {
    const api = await apiServer({
      tokens: { [READY_TOKEN]: { user: USER, scopes: ['https://www.googleapis.com/auth/userinfo.email'] } },
    });
    const result = await run({
      transport: 'gmail-api',
      'gmail-api-url': api.url,
      'oauth-access-token': READY_TOKEN,
    });
    expect(result.code).toBe(1);
    const [line] = errors(result);
    expect(line).toMatch(/^api: .*HTTP 403 insufficientPermissions.*insufficient authentication scopes/);
    expect(line).toContain('https://www.googleapis.com/auth/gmail.send');
    expect(errors(result)).toHaveLength(1);
    expect(api.requests).toHaveLength(1);
  });

  it('429: retried after the Retry-After delay, then sent', async () => {
    const api = await apiServer({ faults: { status: 429, times: 1, retryAfter: 2 } });
    const result = await run({
      transport: 'gmail-api',
      'gmail-api-url': api.url,
      'oauth-access-token': READY_TOKEN,
    });
    expect(api.received, result.stdout).toHaveLength(1);
    await expectDelivered(result, api.received[0]!.raw);
    expect(api.requests.map((r) => r.status)).toEqual([429, 200]);
    expect(result.stdout).toMatch(
      /Attempt 1 failed: api: .*HTTP 429 rateLimitExceeded.* Retrying in 2\.0 s\./,
    );
    // Waited for it: a lower bound only (a busy machine makes a run longer, never shorter).
    expect(result.durationMs).toBeGreaterThanOrEqual(2000);
  });

  it('500: retried until the retries run out, then one error line', async () => {
    const api = await apiServer({ faults: { status: 500 } });
    const result = await run({
      transport: 'gmail-api',
      'gmail-api-url': api.url,
      'oauth-access-token': READY_TOKEN,
      retries: '2',
    });
    expect(result.code).toBe(1);
    expect(api.requests.map((r) => r.status)).toEqual([500, 500, 500]);
    expect(errors(result)).toEqual([
      expect.stringMatching(/^api: the Gmail API had a server error \(HTTP 500 backendError\)/),
    ]);
    expect(result.outputs.sent).toBe('false');
  });
});
