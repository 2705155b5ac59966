// End to end for the refresh-token helper (`npm run auth` → dist/cli/index.js): the test spawns the
// CLI and plays the browser against a local Google-like authorization server — it reads the consent
// URL the helper prints, visits it, and follows the redirect to the helper's loopback port.
// Build first: `npm run build`.

import { type ChildProcessByStdio, spawn } from 'node:child_process';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningAuthorizationServer, startAuthorizationServer } from '../servers/oauth-authorize.mjs';
import { startProxyServer, startTlsFront } from '../servers/proxy.mjs';
import { REPO_ROOT } from './harness.js';

const CLI = path.join(REPO_ROOT, 'dist/cli/index.js');
const CLIENT_ID = '1234567890-desktop.apps.googleusercontent.com';
const CLIENT_SECRET = 'GOCSPX-helper-test-secret-0123456789';
const REFRESH_TOKEN = '1//0gHelperIssuedRefreshToken-abcdefghijklmnop';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

interface Helper {
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the consent URL once printed (rejects after 15 s). */
  consentUrl: Promise<string>;
  /** Resolves with the exit code (the process is killed after 20 s). */
  exit: Promise<number | null>;
}

function startHelper(args: string[], env: NodeJS.ProcessEnv = {}): Helper {
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(process.execPath, [CLI, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const exit = new Promise<number | null>((resolve) => {
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve(code);
    });
  });
  cleanups.push(async () => {
    child.kill('SIGKILL');
    await exit;
  });
  const consentUrl = new Promise<string>((resolve, reject) => {
    // Until it is printed or the helper has exited (the killer above ends one that hangs).
    const poll = (): void => {
      const match = /^ {2}(http\S+\/o\/oauth2\/v2\/auth\?\S+)$/m.exec(out);
      if (match) resolve(match[1]!);
      else if (child.exitCode !== null || child.signalCode !== null) {
        reject(new Error(`no consent URL printed; stdout: ${out} stderr: ${err}`));
      } else setTimeout(poll, 20);
    };
    poll();
  });
  // Tests of a helper that exits with an error never await the consent URL: keep its rejection from
  // becoming an unhandled one (the tests that do await it still see it).
  consentUrl.catch(() => undefined);
  return { stdout: () => out, stderr: () => err, consentUrl, exit };
}

async function authorizationServer(
  options: Parameters<typeof startAuthorizationServer>[0] = {},
): Promise<RunningAuthorizationServer> {
  const server = await startAuthorizationServer({
    clients: { [CLIENT_ID]: { secret: CLIENT_SECRET, refreshToken: REFRESH_TOKEN } },
    ...options,
  });
  cleanups.push(() => server.close());
  return server;
}

function helperArgs(server: RunningAuthorizationServer, extra: string[] = []): string[] {
  return [
    '--client-id',
    CLIENT_ID,
    '--client-secret',
    CLIENT_SECRET,
    '--auth-url',
    server.authorizeUrl,
    '--token-url',
    server.tokenUrl,
    '--timeout',
    '15',
    ...extra,
  ];
}

/**
 * The authorization server with its token endpoint answering only as https://token.proxied.test (a
 * TLS front; only the test proxy resolves that name), a proxy that only tunnels, and the helper's
 * arguments pointing there.
 */
async function behindProxy(auth?: { user: string; pass: string }) {
  const server = await authorizationServer();
  const proxy = await startProxyServer(auth ? { auth } : {});
  cleanups.push(() => proxy.close());
  const front = await startTlsFront(server.port);
  cleanups.push(() => front.close());
  const tokenUrl = `https://token.proxied.test:${front.port}/token`;
  const args = helperArgs(server);
  args[args.indexOf('--token-url') + 1] = tokenUrl;
  return { server, proxy, front, tokenUrl, args };
}

/** The proxy URL with a user and password in it, percent-encoded. */
function withCredentials(proxyUrl: string, user: string, pass: string): string {
  const url = new URL(proxyUrl);
  url.username = encodeURIComponent(user);
  url.password = encodeURIComponent(pass);
  return url.href;
}

/** Plays the browser: visits the consent URL and returns where the server redirects. */
async function consent(url: string): Promise<URL> {
  const res = await fetch(url, { redirect: 'manual' });
  expect(res.status).toBe(302);
  return new URL(res.headers.get('location') ?? '');
}

/** Follows the redirect to the helper's loopback port, as the browser would. */
async function land(location: URL): Promise<{ status: number; text: string }> {
  const res = await fetch(location);
  return { status: res.status, text: await res.text() };
}

describe('refresh-token helper (npm run auth)', () => {
  it('runs the installed-app flow with PKCE and prints the refresh token and gh secret set lines', async () => {
    const server = await authorizationServer();
    const helper = startHelper(helperArgs(server, ['--repo', 'octo-org/octo-repo']));
    const url = new URL(await helper.consentUrl);
    expect(url.origin + url.pathname).toBe(server.authorizeUrl);
    const location = await consent(url.toString());
    const [auth] = server.authorizations;
    expect(auth).toMatchObject({
      clientId: CLIENT_ID,
      responseType: 'code',
      scope: 'https://mail.google.com/',
      accessType: 'offline',
      prompt: 'consent',
      codeChallengeMethod: 'S256',
      outcome: 'code',
    });
    expect(auth!.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(auth!.codeChallenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(auth!.state).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(location.origin).toBe(auth!.redirectUri);

    const page = await land(location);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Signed in');
    expect(await helper.exit).toBe(0);

    expect(server.exchanges).toHaveLength(1);
    expect(server.exchanges[0]).toMatchObject({
      grantType: 'authorization_code',
      clientId: CLIENT_ID,
      redirectUri: auth!.redirectUri,
      hasVerifier: true,
      verifierOk: true,
      status: 200,
    });
    const out = helper.stdout();
    expect(out).toContain(`  ${REFRESH_TOKEN}\n`);
    expect(out).toContain('gh secret set GMAIL_CLIENT_ID --repo octo-org/octo-repo');
    expect(out).toContain('gh secret set GMAIL_CLIENT_SECRET --repo octo-org/octo-repo');
    expect(out).toContain('gh secret set GMAIL_REFRESH_TOKEN --repo octo-org/octo-repo');
    expect(out).not.toContain('transport: gmail-api');
    expect(out + helper.stderr()).not.toContain(CLIENT_SECRET);
  });

  it('asks for gmail.send with --transport gmail-api', async () => {
    const server = await authorizationServer();
    const helper = startHelper(helperArgs(server, ['--transport', 'gmail-api']));
    await land(await consent(await helper.consentUrl));
    expect(await helper.exit).toBe(0);
    expect(server.authorizations[0]!.scope).toBe('https://www.googleapis.com/auth/gmail.send');
    expect(helper.stdout()).toContain('transport: gmail-api');
    expect(helper.stdout()).toContain(REFRESH_TOKEN);
  });

  it('explains a denied consent (error=access_denied) and exchanges nothing', async () => {
    const server = await authorizationServer({ deny: true });
    const helper = startHelper(helperArgs(server));
    const location = await consent(await helper.consentUrl);
    expect(location.searchParams.get('error')).toBe('access_denied');
    await land(location);
    expect(await helper.exit).toBe(1);
    expect(helper.stderr()).toMatch(/^Error: Consent was denied \(access_denied\)/m);
    expect(server.exchanges).toHaveLength(0);
    expect(helper.stdout()).not.toContain('gh secret set');
  });

  it('explains a wrong client secret (invalid_client)', async () => {
    const server = await authorizationServer();
    const args = helperArgs(server);
    args[3] = 'GOCSPX-not-the-right-secret-000000';
    const helper = startHelper(args);
    await land(await consent(await helper.consentUrl));
    expect(await helper.exit).toBe(1);
    expect(helper.stderr()).toMatch(
      /invalid_client.*--client-id and --client-secret belong to the same OAuth client/,
    );
    expect(server.exchanges[0]).toMatchObject({ status: 401, error: 'invalid_client' });
  });

  it('refuses a redirect whose state does not match', async () => {
    const server = await authorizationServer();
    const helper = startHelper(helperArgs(server));
    const location = await consent(await helper.consentUrl);
    location.searchParams.set('state', 'forged-state-value-0000');
    const page = await land(location);
    expect(page.status).toBe(400);
    expect(await helper.exit).toBe(1);
    expect(helper.stderr()).toMatch(/state/);
    expect(server.exchanges).toHaveLength(0);
  });

  it('gives up after --timeout seconds when the browser never comes back', async () => {
    const server = await authorizationServer();
    const args = helperArgs(server);
    args[args.indexOf('--timeout') + 1] = '1';
    const helper = startHelper(args);
    await helper.consentUrl;
    // Exit code 1 of its own (the test's killer would leave none) and the reason.
    expect(await helper.exit).toBe(1);
    expect(helper.stderr()).toMatch(/Timed out after 1 s/);
    expect(server.exchanges).toHaveLength(0);
  });

  it('exchanges the code through HTTPS_PROXY (a proxy that only tunnels, with credentials)', async () => {
    const proxyPass = 'helper:pr0xy@pass';
    const w = await behindProxy({ user: 'dev', pass: proxyPass });
    const helper = startHelper(w.args, {
      HTTPS_PROXY: withCredentials(w.proxy.url, 'dev', proxyPass),
      NODE_EXTRA_CA_CERTS: path.join(REPO_ROOT, 'test/fixtures/tls/ca.pem'),
    });
    await land(await consent(await helper.consentUrl));
    expect(await helper.exit, helper.stderr()).toBe(0);
    expect(helper.stdout()).toContain(`  ${REFRESH_TOKEN}\n`);
    expect(w.server.exchanges).toHaveLength(1);
    expect(w.proxy.records).toEqual([
      { method: 'CONNECT', target: new URL(w.tokenUrl).host, status: 200, authorized: true },
    ]);
    expect(helper.stdout() + helper.stderr()).not.toContain(proxyPass);
  });

  it('says the proxy refused the credentials when it answers 407', async () => {
    const w = await behindProxy({ user: 'dev', pass: 'right' });
    const helper = startHelper(w.args, {
      HTTPS_PROXY: withCredentials(w.proxy.url, 'dev', 'wrong-pass-1234'),
    });
    await land(await consent(await helper.consentUrl));
    expect(await helper.exit).toBe(1);
    expect(helper.stderr()).toContain(
      `the proxy refused to connect to ${w.tokenUrl} (HTTP 407); the proxy did not accept the credentials: check the user and password in the proxy URL (HTTPS_PROXY).`,
    );
    expect(w.proxy.records.map((r) => r.status)).toEqual([407]);
    expect(helper.stdout() + helper.stderr()).not.toContain('wrong-pass-1234');
  });

  it('says the proxy could not reach the token endpoint when it answers 502', async () => {
    const w = await behindProxy();
    // Nothing listens behind token.proxied.test any more: the proxy cannot open the tunnel.
    await w.front.close();
    const helper = startHelper(w.args, { HTTPS_PROXY: w.proxy.url });
    await land(await consent(await helper.consentUrl));
    expect(await helper.exit).toBe(1);
    expect(helper.stderr()).toContain(
      `the proxy refused to connect to ${w.tokenUrl} (HTTP 502); the proxy could not reach token.proxied.test`,
    );
    expect(w.proxy.records.map((r) => r.status)).toEqual([502]);
  });

  it('names the proxy when the tunnel opens but the token endpoint is not reached through it', async () => {
    const w = await behindProxy();
    // No NODE_EXTRA_CA_CERTS: the test CA's certificate is not trusted, so TLS fails inside the tunnel.
    const helper = startHelper(w.args, { HTTPS_PROXY: w.proxy.url });
    await land(await consent(await helper.consentUrl));
    expect(await helper.exit).toBe(1);
    expect(helper.stderr()).toContain(
      `Could not reach the token endpoint ${w.tokenUrl} through the proxy ${w.proxy.url} (HTTPS_PROXY) (`,
    );
    expect(w.proxy.tunnels()).toEqual([new URL(w.tokenUrl).host]);
    expect(w.server.exchanges).toHaveLength(0);
  });

  it('exits 2 with usage when the client secret is missing', async () => {
    const helper = startHelper(['--client-id', CLIENT_ID]);
    expect(await helper.exit).toBe(2);
    expect(helper.stderr()).toMatch(/Give --client-id and --client-secret/);
    expect(helper.stderr()).toContain('Usage: node dist/cli/index.js');
  });
});
