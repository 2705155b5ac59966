/**
 * The one HTTPS layer every request of the action goes through (token endpoint, service-account
 * exchange, Gmail API, GitHub API): self-hosted runners often reach the internet only through a
 * proxy. Which proxy (if any) is decided by @actions/http-client, as for the runner's own tools:
 * HTTPS_PROXY/https_proxy for https URLs, HTTP_PROXY/http_proxy for http ones, hosts in
 * NO_PROXY/no_proxy and loopback go direct. The request itself is undici's fetch, through undici's
 * ProxyAgent (a CONNECT tunnel) when proxied. SMTP is not HTTP and never goes through here.
 */
import { getProxyUrl } from '@actions/http-client';
import { checkBypass } from '@actions/http-client/lib/proxy';
import { type Dispatcher, ProxyAgent, fetch as undiciFetch } from 'undici';
import { InputError } from './errors.js';

/** A proxy to use: its URL without credentials, and the Proxy-Authorization value for them. */
export interface ProxyChoice {
  /** The proxy's origin (credentials removed), for messages. */
  origin: string;
  uri: string;
  /** `Basic <base64 user:pass>` when the proxy URL carries credentials. */
  authorization?: string;
}

function proxyUrlFor(target: URL): URL | undefined {
  if (checkBypass(target)) return undefined;
  const https = target.protocol === 'https:';
  const name = https ? 'HTTPS_PROXY' : 'HTTP_PROXY';
  const value = (
    https
      ? process.env.https_proxy || process.env.HTTPS_PROXY
      : process.env.http_proxy || process.env.HTTP_PROXY
  )?.trim();
  if (!value) return undefined;
  // @actions/http-client quietly goes direct on a proxy URL it cannot parse; say so instead.
  const href = URL.canParse(value) || URL.canParse(`http://${value}`) ? getProxyUrl(target.href) : '';
  if (!href) {
    throw new InputError(
      name,
      `The proxy in ${name} (or its lower-case form) is not a valid URL: set it to e.g. http://proxy.example:3128, or unset it.`,
    );
  }
  return new URL(href);
}

/** The proxy a request to `url` goes through, or undefined for a direct connection. */
export function proxyFor(url: string | URL): ProxyChoice | undefined {
  const proxy = proxyUrlFor(new URL(url));
  if (!proxy?.hostname) return undefined;
  const user = decodeURIComponent(proxy.username);
  const pass = decodeURIComponent(proxy.password);
  const authorization =
    user || pass ? `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}` : undefined;
  proxy.username = '';
  proxy.password = '';
  return { origin: proxy.origin, uri: proxy.href, authorization };
}

/** Throws an InputError naming the proxy variable that is set but not a URL (checked before any request). */
export function checkProxyEnv(env: NodeJS.ProcessEnv = process.env): void {
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']) {
    const value = env[name]?.trim();
    if (!value || URL.canParse(value) || URL.canParse(`http://${value}`)) continue;
    throw new InputError(
      name,
      `The proxy in ${name} is not a valid URL: set it to e.g. http://proxy.example:3128, or unset it.`,
    );
  }
}

/**
 * The secrets in the proxy variables, to mask before any request: each password as written
 * (percent-encoded) and decoded, and the `user:pass` base64 that travels in Proxy-Authorization.
 */
export function proxySecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  const secrets = new Set<string>();
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']) {
    const value = env[name]?.trim();
    if (!value) continue;
    let url: URL;
    try {
      url = new URL(value.includes('://') ? value : `http://${value}`);
    } catch {
      continue;
    }
    if (!url.password) continue;
    const user = decodeURIComponent(url.username);
    const pass = decodeURIComponent(url.password);
    for (const s of [
      url.password,
      pass,
      encodeURIComponent(pass),
      Buffer.from(`${user}:${pass}`).toString('base64'),
      Buffer.from(pass).toString('base64'),
    ]) {
      if (s) secrets.add(s);
    }
  }
  return [...secrets];
}

// One agent per proxy (and credentials), so connections to it are reused within the run.
const agents = new Map<string, ProxyAgent>();

/** The undici dispatcher for `url`: a ProxyAgent when it is proxied, undefined (direct) otherwise. */
export function dispatcherFor(url: string | URL): Dispatcher | undefined {
  const proxy = proxyFor(url);
  if (!proxy) return undefined;
  const key = `${proxy.uri} ${proxy.authorization ?? ''}`;
  let agent = agents.get(key);
  if (!agent) {
    agent = new ProxyAgent({
      uri: proxy.uri,
      ...(proxy.authorization ? { token: proxy.authorization } : {}),
    });
    agents.set(key, agent);
  }
  return agent;
}

/** Options of a request: fetch's, plus `duplex` for a streamed body. */
export type HttpInit = RequestInit & { duplex?: 'half' };

/**
 * fetch() through the proxy the environment names for `url` (see proxyFor), or directly. The same
 * contract as the global fetch: an answer of any status resolves, a network failure rejects.
 */
export function httpFetch(url: string | URL, init: HttpInit = {}): Promise<Response> {
  const dispatcher = dispatcherFor(url);
  // undici's Request/Response are the classes behind Node's own fetch; the types differ only in name.
  const options = { ...init, ...(dispatcher ? { dispatcher } : {}) } as Parameters<typeof undiciFetch>[1];
  return undiciFetch(url, options) as unknown as Promise<Response>;
}
