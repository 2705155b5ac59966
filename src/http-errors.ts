/**
 * One line for an HTTPS request that got no answer (token endpoint, Gmail API): a proxy that would
 * not tunnel, a timeout, a certificate, a host name, a refused or reset connection.
 */
import { DeliveryError, oneLine, type Stage } from './errors.js';
import { hostOf, isKnownGoogleHost } from './hosts.js';
import { type SocketishError, TLS_CODES, unresolvableGoogleHost } from './net-errors.js';

/**
 * The HTTP status a proxy answered a tunnel request (CONNECT) with, when that is why a request
 * failed: undici reports it, several causes deep, as `Proxy response (407) !== 200 …`.
 */
export function proxyRefusalStatus(err: unknown): number | undefined {
  let e = err as { message?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 5; depth++, e = e.cause as typeof e) {
    const m = /Proxy response \((\d{3})\)/.exec(String(e.message ?? ''));
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** One line for a request the proxy would not tunnel: which proxy answer, and what to change. */
export function explainProxyRefusal(stage: Stage, url: string, status: number): DeliveryError {
  const host = hostOf(url) ?? url;
  const advice =
    status === 407
      ? 'the proxy did not accept the credentials: check the user and password in the proxy URL (HTTPS_PROXY)'
      : status === 403
        ? `the proxy does not allow ${host}: ask for it to be allowed, or list it in NO_PROXY if the runner reaches it directly`
        : `the proxy could not reach ${host}: check the URL, or list the host in NO_PROXY if the runner reaches it directly`;
  return new DeliveryError(
    stage,
    `${stage}: the proxy refused to connect to ${url} (HTTP ${status}); ${advice}.`,
    status >= 500 && status !== 501,
  );
}

/** The input that names an HTTPS endpoint, by stage, when the caller does not say. */
function defaultInput(stage: Stage): string {
  return stage === 'token' ? '`oauth-token-url`' : '`gmail-api-url`';
}

/**
 * Turns a network failure talking to an HTTP endpoint (token, Gmail API) into one line. `input` is
 * what the line tells the user to check (backquoted), e.g. `oauth-token-url`.
 */
export function explainHttpNetworkError(
  err: unknown,
  stage: Stage,
  url: string,
  input: string = defaultInput(stage),
): DeliveryError {
  const e = (err ?? {}) as SocketishError & { cause?: SocketishError; name?: string };
  const code = e.cause?.code ?? e.code ?? '';
  const msg = e.cause?.message ?? e.message ?? String(err);
  const proxyStatus = proxyRefusalStatus(err);
  if (proxyStatus) return explainProxyRefusal(stage, url, proxyStatus);
  if (e.name === 'TimeoutError' || e.name === 'AbortError') {
    return new DeliveryError(
      stage,
      `${stage}: no answer from ${url} in time. Run the job again later; if it keeps happening, check ${input} and the runner's network.`,
      true,
    );
  }
  if (TLS_CODES.has(code) || /certificate/i.test(msg)) {
    return new DeliveryError(
      stage,
      `${stage}: the TLS certificate of ${url} could not be verified (${code || oneLine(msg, 100)}). For a private CA, point NODE_EXTRA_CA_CERTS at the CA file.`,
      false,
    );
  }
  if (code === 'ENOTFOUND') {
    const host = hostOf(url);
    if (host && isKnownGoogleHost(host)) return unresolvableGoogleHost(stage, host, code);
    return new DeliveryError(
      stage,
      `${stage}: the host name of ${url} does not exist (ENOTFOUND). Check its spelling in ${input}.`,
      false,
    );
  }
  return unreachable(stage, url, input, code, msg);
}

/** fetch's "bad port", a refused connection (permanent) or any other network failure (transient). */
function unreachable(stage: Stage, url: string, input: string, code: string, msg: string): DeliveryError {
  // fetch refuses ports that browsers block (1–1023 services such as 9, 25, 465, 587…) before
  // connecting: no retry changes that.
  if (!code && /^bad port$/i.test(msg.trim())) {
    return new DeliveryError(
      stage,
      `${stage}: ${url} uses a port that HTTPS clients refuse to connect to (fetch's "bad port" list, e.g. 25, 465, 587). Check ${input}: an HTTPS endpoint is on 443 or its own port.`,
      false,
    );
  }
  // Refused: nothing listens there (a wrong URL or port), which no retry fixes.
  const transient = code !== 'ECONNREFUSED';
  const advice = transient
    ? `If it keeps happening, check ${input} and the runner's network (outbound HTTPS, proxies).`
    : `Check ${input} (its host and port) and the runner's network.`;
  return new DeliveryError(
    stage,
    `${stage}: could not reach ${url} (${code || oneLine(msg, 120)}). ${advice}`,
    transient,
  );
}
