// Self-hosted runners behind a proxy (SPEC §6): dist/index.js with HTTPS_PROXY set sends every HTTPS
// request — token endpoint, Gmail API, GitHub API and its log download — through a local proxy that
// ONLY tunnels (test/servers/proxy.mjs). The servers answer as https://<name>.proxied.test:<port>
// (a TLS front with a certificate of the test CA); only the proxy resolves those names, so a
// request that bypasses it fails. Also: NO_PROXY, proxy credentials (used, never shown), and a
// Gmail API 401 (renewed once and delivered once; a ready token gets a clear error).
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { jobLog, type RunningGitHubApiServer, startGitHubApiServer } from '../servers/github-api.mjs';
import { type RunningGmailApiServer, startGmailApiServer } from '../servers/gmail-api.mjs';
import { type RunningProxyServer, startProxyServer, startTlsFront } from '../servers/proxy.mjs';
import { type RunningTokenServer, startTokenServer } from '../servers/token.mjs';
import { type ActionRun, assertNoSecrets, cleanupRun, runAction } from './harness.js';

const USER = 'ci-bot@example.com';
const TO = 'team@example.com';
const CLIENT_ID = '1234567890-proxyclient.apps.googleusercontent.com';
const CLIENT_SECRET = 'GOCSPX-proxy-client-secret-0123456789';
const REFRESH_TOKEN = '1//0gProxyRefreshToken-abcdefghijklmnopqrstuvwxyz0123';
const ISSUED_TOKEN = 'ya29.a0AfH6SMB-issued-through-the-proxy-0123456789';
const READY_TOKEN = 'ya29.c.b0-ready-token-that-gmail-will-refuse-0123';
const GH_TOKEN = 'ghs_ProxyE2eGitHubToken0123456789abcdefgh';
const SEND_SCOPE = 'https://www.googleapis.com/auth/gmail.send';
const RUN_ID = 1658821493; // GITHUB_RUN_ID in the harness
const PROXY_USER = 'runner@corp';
const PROXY_PASS = 'Pr0xy:p@ss/w0rd!';
const PROXY_PASS_ENCODED = encodeURIComponent(PROXY_PASS);
const PROXY_BASIC = Buffer.from(`${PROXY_USER}:${PROXY_PASS}`).toString('base64');

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Closes `thing` after the test. */
function later<T extends { close(): Promise<void> }>(thing: T): T {
  cleanups.push(() => thing.close());
  return thing;
}

/** `https://<name>.proxied.test:<port>` for a plain-HTTP test server on 127.0.0.1:`port`. */
async function behindTls(name: string, port: number): Promise<string> {
  const front = later(await startTlsFront(port));
  return `https://${name}.proxied.test:${front.port}`;
}

interface World {
  proxy: RunningProxyServer;
  token: RunningTokenServer;
  gmail: RunningGmailApiServer;
  github: RunningGitHubApiServer;
  tokenUrl: string;
  gmailUrl: string;
  apiUrl: string;
  proxyUrl: string;
}

async function world(gmailOptions: Parameters<typeof startGmailApiServer>[0] = {}): Promise<World> {
  const proxy = later(await startProxyServer({ auth: { user: PROXY_USER, pass: PROXY_PASS } }));
  const token = later(
    await startTokenServer({
      clients: {
        [CLIENT_ID]: {
          secret: CLIENT_SECRET,
          refreshTokens: { [REFRESH_TOKEN]: { accessToken: ISSUED_TOKEN } },
        },
      },
    }),
  );
  const gmail = later(
    await startGmailApiServer({
      tokens: {
        [ISSUED_TOKEN]: { user: USER, scopes: [SEND_SCOPE] },
        [READY_TOKEN]: { user: USER, scopes: [SEND_SCOPE] },
      },
      ...gmailOptions,
    }),
  );
  const github = later(
    await startGitHubApiServer({
      token: GH_TOKEN,
      runs: [{ id: RUN_ID, run_number: 42, head_branch: 'main', status: 'in_progress' }],
      jobs: [
        {
          id: 3002,
          run_id: RUN_ID,
          name: 'test',
          conclusion: 'failure',
          steps: [{ name: 'Run npm test', conclusion: 'failure' }],
        },
      ],
      logs: {
        3002: jobLog([
          'npm test',
          'AssertionError: expected 2 to equal 3',
          'Error: Process completed with exit code 1.',
        ]),
      },
    }),
  );
  github.setLogOrigin(await behindTls('logs', Number(new URL(github.logOrigin).port)));
  return {
    proxy,
    token,
    gmail,
    github,
    tokenUrl: `${await behindTls('oauth2', token.port)}/token`,
    gmailUrl: await behindTls('gmail', gmail.port),
    apiUrl: await behindTls('api', Number(new URL(github.url).port)),
    proxyUrl: `http://${encodeURIComponent(PROXY_USER)}:${PROXY_PASS_ENCODED}@127.0.0.1:${proxy.port}`,
  };
}

async function run(
  w: World,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const result = await runAction({
    inputs: {
      username: USER,
      to: TO,
      transport: 'gmail-api',
      'gmail-api-url': w.gmailUrl,
      status: 'failure',
      details: 'true',
      retries: '0',
      'timeout-seconds': '30',
      ...inputs,
    },
    githubToken: GH_TOKEN,
    timeoutMs: 45_000,
    env: { HTTPS_PROXY: w.proxyUrl, GITHUB_API_URL: w.apiUrl, ...env },
  });
  cleanups.push(() => cleanupRun(result));
  // Named here as well as in the harness's sweep: the proxy password in every form that could leak.
  assertNoSecrets(result, [PROXY_PASS, PROXY_PASS_ENCODED, PROXY_BASIC, GH_TOKEN, ISSUED_TOKEN, READY_TOKEN]);
  return result;
}

const refresh = (w: World): Record<string, string> => ({
  'oauth-client-id': CLIENT_ID,
  'oauth-client-secret': CLIENT_SECRET,
  'oauth-refresh-token': REFRESH_TOKEN,
  'oauth-token-url': w.tokenUrl,
});

const host = (url: string): string => new URL(url).host;
const explain = (r: ActionRun): string => `exit ${r.code}\n${r.stdout}\n${r.stderr}`;

describe('behind an HTTPS proxy', () => {
  it('sends the token request, the Gmail API call and the GitHub API calls through it, with its credentials', async () => {
    const w = await world();
    const result = await run(w, refresh(w), { RUNNER_DEBUG: '1' });
    expect(result.code, explain(result)).toBe(0);
    expect(result.outputs.sent).toBe('true');
    // Every tunnel the proxy opened, by target: each endpoint at least once, nothing else.
    const tunnels = new Set(w.proxy.tunnels());
    expect(tunnels).toEqual(
      new Set([host(w.tokenUrl), host(w.gmailUrl), host(w.apiUrl), host(w.github.logOrigin)]),
    );
    expect(w.proxy.records.every((r) => r.method === 'CONNECT' && r.authorized && r.status === 200)).toBe(
      true,
    );
    // The servers saw the requests (through the tunnels): token, send, jobs listing, log.
    expect(w.token.requests.map((r) => r.status)).toEqual([200]);
    expect(w.gmail.received).toHaveLength(1);
    expect(w.github.requests.map((r) => [r.host, r.auth, r.status])).toEqual([
      ['api', 'valid', 200],
      ['api', 'valid', 302],
      ['logs', 'none', 200],
    ]);
    const mail = await simpleParser(w.gmail.received[0]!.raw);
    expect(mail.messageId).toBe(result.outputs['message-id']);
    expect(mail.text ?? '').toContain('AssertionError: expected 2 to equal 3');
    // The proxy password, decoded and as written, and the Proxy-Authorization base64 were masked.
    expect(result.masks).toEqual(expect.arrayContaining([PROXY_PASS, PROXY_PASS_ENCODED, PROXY_BASIC]));
  });

  it('connects directly to a host in NO_PROXY (0.0.0.0 here), and through the proxy to the rest', async () => {
    const w = await world();
    const direct = `https://0.0.0.0:${new URL(w.tokenUrl).port}/token`;
    const result = await run(
      w,
      { ...refresh(w), 'oauth-token-url': direct, details: 'false' },
      { NO_PROXY: 'example.com,0.0.0.0' },
    );
    expect(result.code, explain(result)).toBe(0);
    expect(w.token.requests).toHaveLength(1);
    expect(w.proxy.tunnels()).toEqual([host(w.gmailUrl)]);
  });

  it('without NO_PROXY the same host goes to the proxy, which cannot reach it: the step fails at the token', async () => {
    const w = await world();
    const direct = `https://0.0.0.0:${new URL(w.tokenUrl).port}/token`;
    const result = await run(w, { ...refresh(w), 'oauth-token-url': direct, details: 'false' });
    expect(result.code).toBe(1);
    expect(w.token.requests).toHaveLength(0);
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      `token: the proxy refused to connect to ${direct} (HTTP 502); the proxy could not reach 0.0.0.0: check the URL, or list the host in NO_PROXY if the runner reaches it directly. Gave up after 1 attempt (\`retries: 0\`).`,
    ]);
    expect(w.proxy.records.map((r) => [r.target, r.status])).toEqual([[host(direct), 502]]);
    expect(w.gmail.requests).toHaveLength(0);
  });

  it('fails, naming nothing secret, when the proxy refuses the credentials', async () => {
    const w = await world();
    const wrong = w.proxyUrl.replace(PROXY_PASS_ENCODED, 'not-the-password');
    const result = await run(w, { ...refresh(w), details: 'false' }, { HTTPS_PROXY: wrong });
    expect(result.code).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      `token: the proxy refused to connect to ${w.tokenUrl} (HTTP 407); the proxy did not accept the credentials: check the user and password in the proxy URL (HTTPS_PROXY).`,
    ]);
    expect(w.proxy.records.map((r) => r.status)).toEqual([407]);
    expect(w.token.requests).toHaveLength(0);
    expect(w.gmail.requests).toHaveLength(0);
  });
});

describe('Gmail API 401 on send', () => {
  it('gets one new token and sends once more: delivered exactly once, same Message-ID', async () => {
    const w = await world({ faults: { status: 401, times: 1 } });
    const result = await run(w, { ...refresh(w), details: 'false' });
    expect(result.code, explain(result)).toBe(0);
    expect(w.token.requests.map((r) => r.status)).toEqual([200, 200]);
    expect(w.gmail.requests.map((r) => r.status)).toEqual([401, 200]);
    expect(w.gmail.received).toHaveLength(1);
    // The same bytes both times: the message (and its Message-ID) was built once.
    const [first, second] = w.gmail.requests;
    expect(first!.bodyBytes).toBe(second!.bodyBytes);
    const mail = await simpleParser(w.gmail.received[0]!.raw);
    expect(mail.messageId).toBe(result.outputs['message-id']);
    expect(result.stdout).toContain('did not accept the access token (HTTP 401');
  });

  it('gives up after the renewed token is refused too: one clear line, nothing sent', async () => {
    const w = await world({ faults: { status: 401, times: 2 } });
    const result = await run(w, { ...refresh(w), details: 'false', retries: '3' });
    expect(result.code).toBe(1);
    expect(w.token.requests).toHaveLength(2);
    expect(w.gmail.requests.map((r) => r.status)).toEqual([401, 401]);
    expect(w.gmail.received).toHaveLength(0);
    const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toEqual([
      expect.stringMatching(
        /^api: the Gmail API did not accept a newly issued access token either \(HTTP 401/,
      ),
    ]);
  });

  it('with a ready access token: a clear error that it expired or was revoked, no token request', async () => {
    const w = await world({ faults: { status: 401, times: 1 } });
    const result = await run(w, { 'oauth-access-token': READY_TOKEN, details: 'false', retries: '3' });
    expect(result.code).toBe(1);
    expect(w.token.requests).toHaveLength(0);
    expect(w.gmail.requests.map((r) => r.status)).toEqual([401]);
    const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /did not accept the access token \(HTTP 401.*has expired or was revoked.*obtain a new one/,
    );
  });
});
