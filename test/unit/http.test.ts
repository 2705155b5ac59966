// The proxy-aware HTTP layer (src/http.ts) against the tunnelling-only test proxy, on real sockets.
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpFetch, proxyFor, proxySecrets } from '../../src/http.js';
import { type RunningProxyServer, startProxyServer } from '../servers/proxy.mjs';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  for (const close of closers.splice(0)) await close();
});

function clearProxyEnv(): void {
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy']) {
    vi.stubEnv(name, '');
  }
}

async function echoServer(): Promise<number> {
  const server: Server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(
      `${req.method} ${req.url} host=${req.headers.host} proxy-auth=${req.headers['proxy-authorization'] ?? 'none'}`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

async function proxy(auth?: { user: string; pass: string }): Promise<RunningProxyServer> {
  const p = await startProxyServer({ auth });
  closers.push(() => p.close());
  return p;
}

describe('proxyFor', () => {
  it('uses HTTPS_PROXY for https, HTTP_PROXY for http, lower case too', () => {
    clearProxyEnv();
    vi.stubEnv('HTTPS_PROXY', 'http://secure.proxy:3128');
    vi.stubEnv('http_proxy', 'http://plain.proxy:8080');
    expect(proxyFor('https://gmail.googleapis.com/x')?.origin).toBe('http://secure.proxy:3128');
    expect(proxyFor('http://example.com/x')?.origin).toBe('http://plain.proxy:8080');
  });

  it('never proxies loopback, nor hosts in NO_PROXY (suffixes and ports included)', () => {
    clearProxyEnv();
    vi.stubEnv('HTTPS_PROXY', 'http://proxy.example:3128');
    vi.stubEnv('NO_PROXY', 'internal.example, .corp.example,api.github.com:443');
    for (const url of ['https://127.0.0.1:8443/', 'https://localhost/', 'https://[::1]:1/']) {
      expect(proxyFor(url), url).toBeUndefined();
    }
    expect(proxyFor('https://mail.internal.example/')).toBeUndefined();
    expect(proxyFor('https://x.corp.example/')).toBeUndefined();
    expect(proxyFor('https://api.github.com/')).toBeUndefined();
    expect(proxyFor('https://oauth2.googleapis.com/token')?.origin).toBe('http://proxy.example:3128');
  });

  it('turns credentials in the proxy URL into Proxy-Authorization, and removes them from the URL', () => {
    clearProxyEnv();
    vi.stubEnv('HTTPS_PROXY', 'http://svc%40corp:p%3Ass%20w@proxy.example:3128');
    const p = proxyFor('https://oauth2.googleapis.com/token');
    expect(p?.authorization).toBe(`Basic ${Buffer.from('svc@corp:p:ss w').toString('base64')}`);
    expect(p?.uri).toBe('http://proxy.example:3128/');
  });

  it('names the variable when the proxy URL is not one', () => {
    clearProxyEnv();
    vi.stubEnv('HTTPS_PROXY', 'http://[bad');
    expect(() => proxyFor('https://oauth2.googleapis.com/token')).toThrow(/HTTPS_PROXY/);
  });
});

describe('proxySecrets', () => {
  it('lists the password as written and decoded, and the base64 forms that travel', () => {
    const secrets = proxySecrets({
      HTTPS_PROXY: 'http://svc:p%40ss%2Fw0rd@proxy.example:3128',
      HTTP_PROXY: '',
    });
    expect(secrets).toEqual(
      expect.arrayContaining([
        'p%40ss%2Fw0rd',
        'p@ss/w0rd',
        Buffer.from('svc:p@ss/w0rd').toString('base64'),
        Buffer.from('p@ss/w0rd').toString('base64'),
      ]),
    );
    expect(proxySecrets({ HTTPS_PROXY: 'http://proxy.example:3128' })).toEqual([]);
  });
});

describe('httpFetch', () => {
  it('tunnels through the proxy with its credentials; the proxy records the target', async () => {
    clearProxyEnv();
    const port = await echoServer();
    const p = await proxy({ user: 'svc', pass: 'p@ss' });
    vi.stubEnv('HTTP_PROXY', `http://svc:p%40ss@127.0.0.1:${p.port}`);
    const res = await httpFetch(`http://api.proxied.test:${port}/hello`);
    // The CONNECT carried the credentials; the request inside the tunnel does not.
    expect(await res.text()).toBe(`GET /hello host=api.proxied.test:${port} proxy-auth=none`);
    expect(p.tunnels()).toEqual([`api.proxied.test:${port}`]);
    expect(p.records.every((r) => r.authorized)).toBe(true);
  });

  it('fails when the proxy refuses the credentials', async () => {
    clearProxyEnv();
    const port = await echoServer();
    const p = await proxy({ user: 'svc', pass: 'right' });
    vi.stubEnv('HTTP_PROXY', `http://svc:wrong@127.0.0.1:${p.port}`);
    await expect(httpFetch(`http://api.proxied.test:${port}/`)).rejects.toThrow();
    expect(p.records.map((r) => r.status)).toEqual([407]);
  });

  it('goes direct to loopback and to NO_PROXY hosts, whatever HTTP_PROXY says', async () => {
    clearProxyEnv();
    const port = await echoServer();
    const p = await proxy();
    vi.stubEnv('HTTP_PROXY', p.url);
    vi.stubEnv('NO_PROXY', '0.0.0.0');
    expect((await httpFetch(`http://127.0.0.1:${port}/a`)).status).toBe(200);
    expect((await httpFetch(`http://0.0.0.0:${port}/b`)).status).toBe(200);
    expect(p.records).toEqual([]);
  });
});
