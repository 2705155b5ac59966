/**
 * One place that turns SMTP replies, OAuth errors, HTTP errors and socket errors into one clear
 * line: the stage, what the server said, and what to do.
 */

import { redactSecrets } from './secrets.js';

/** Where in the flow a failure happened. */
export type Stage = 'input' | 'token' | 'connect' | 'auth' | 'send' | 'api';

/** A bad input: always fails the step, whatever `fail-on-error` says. */
export class InputError extends Error {
  constructor(
    /** The input name, kebab-case, as the user wrote it in `with:`. */
    readonly input: string,
    message: string,
  ) {
    // Messages quote what the user gave, which may hold line breaks: the error stays one line.
    super(message.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' '));
    this.name = 'InputError';
  }
}

/** One recipient the server refused at RCPT TO: a 4xx defers it (worth another try), a 5xx is final. */
export interface Refusal {
  recipient: string;
  /** The reply code (450, 550…); 0 when the server's reply had none. */
  code: number;
  /** The server's reply, as nodemailer reports it. */
  reply: string;
}

/** A failure while obtaining a token or delivering, already explained in one line. */
export class DeliveryError extends Error {
  constructor(
    readonly stage: Stage,
    message: string,
    /** Worth another attempt (SMTP 4xx, resets, timeouts, HTTP 429/5xx). */
    readonly transient: boolean,
    /** Seconds the server asked us to wait (HTTP Retry-After), if any. */
    readonly retryAfterSeconds?: number,
    /** Recipients the server refused (RCPT TO), for the `rejected` output. */
    readonly rejected: readonly string[] = [],
    /** Each refused recipient with its reply, when known (every recipient refused at RCPT TO). */
    readonly refusals: readonly Refusal[] = [],
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/** The fields nodemailer and node:net put on their errors that we read. */
export interface SocketishError {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  message?: string;
  /** nodemailer: the system or OpenSSL code, when it replaced it with its own (ESOCKET). */
  originalCode?: string;
  /** nodemailer, every recipient refused: their addresses and each one's RCPT TO error. */
  rejected?: string[];
  rejectedErrors?: Array<{ recipient?: string; response?: string; responseCode?: number }>;
}

/** nodemailer's per-recipient RCPT TO errors as Refusals (those without an address are left out). */
export function refusalsOf(errors: SocketishError['rejectedErrors'] = []): Refusal[] {
  return errors.flatMap((r) =>
    r.recipient
      ? [
          {
            recipient: r.recipient,
            code: r.responseCode ?? (Number.parseInt((r.response ?? '').slice(0, 3), 10) || 0),
            reply: r.response ?? '',
          },
        ]
      : [],
  );
}

/** `550-5.1.1` from `550-5.1.1 The email account…`: the reply code and its enhanced status code. */
export function replyCodes(reply: string): string {
  const m = /^(\d{3})[ -](\d\.\d{1,3}\.\d{1,3})\b/.exec(reply.trim());
  return m ? `${m[1]}-${m[2]}` : reply.trim().slice(0, 3);
}

/** "Relaying denied" at RCPT TO (Postfix `554 5.7.1 … Relay access denied`, Exchange `5.7.54`). */
const RELAY_DENIED = /\b5\.7\.(1|54)\b|relay|access denied/i;

/** Every recipient refused at RCPT TO: which, with what reply; transient when one was only deferred. */
function explainAllRecipientsRefused(
  e: SocketishError,
  where: string,
  ctx: SmtpFailureContext,
): DeliveryError {
  const errors = e.rejectedErrors ?? [];
  const rejected = e.rejected ?? errors.map((r) => r.recipient ?? '').filter(Boolean);
  // nodemailer reports a deferral (4xx) when there is one: the message may still go through later.
  const reply = oneLineReply(e.response ?? '');
  const codes = new Set(errors.map((r) => replyCodes(r.response ?? '')));
  const list =
    codes.size > 1
      ? errors.map((r) => `${r.recipient} (${replyCodes(r.response ?? '')})`).join(', ')
      : rejected.join(', ');
  const code = e.responseCode ?? 0;
  const transient = code >= 400 && code < 500;
  const advice = transient
    ? 'The refusal is temporary: run the job again later.'
    : ctx.authKind === 'none' && RELAY_DENIED.test(reply)
      ? `The action did not sign in, and ${ctx.host} may relay only for users who do: set \`username\` and \`password\`.`
      : 'Check the addresses in `to`, `cc` and `bcc`.';
  return new DeliveryError(
    'send',
    `send: ${where} refused every recipient (${replyCodes(reply)}): ${list}. Server said: "${oneLine(reply, 300)}". ${advice}`,
    transient,
    undefined,
    rejected,
    refusalsOf(errors),
  );
}

/** Collapses a multi-line server reply (`535-5.7.8 …\n535 5.7.8 …`) into one line, codes kept once. */
export function oneLineReply(reply: string): string {
  const lines = reply
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return '';
  const first = lines[0]!;
  const rest = lines.slice(1).map((l) => l.replace(/^\d{3}[ -](\d\.\d{1,3}\.\d{1,3}\s+)?/, ''));
  return [first.replace(/^(\d{3})-/, '$1 '), ...rest].join(' ').replace(/\s+/g, ' ').trim();
}

/** Line breaks of every kind, and other control characters: a log line must stay one line. */
const LINE_BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * Outside text as one log line: secrets replaced first (a cut must not leave half of one), line
 * breaks and controls made spaces (no payload may start a workflow command), then cut at `max`.
 */
export function oneLine(text: string, max = 400): string {
  const flat = redactSecrets(String(text)).replace(LINE_BREAKS, ' ').replace(/ {2,}/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const GMAIL_API_HINT =
  'If outbound ports 465/587 are blocked on this runner, try `transport: gmail-api` (HTTPS, port 443).';

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_UNTRUSTED',
]);

/**
 * OpenSSL's view of a peer that does not speak TLS: its first bytes (a plain SMTP greeting or reply)
 * are not a TLS record. Implicit TLS against a plain or STARTTLS port, the classic "587 + tls".
 */
const NOT_TLS_CODES =
  /^ERR_SSL_(WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|UNKNOWN_PROTOCOL|HTTP_REQUEST|RECORD_LAYER_FAILURE)$/;
const NOT_TLS_MESSAGE = /wrong version number|packet length too long|unknown protocol|http request/i;

/**
 * Host names Google serves that the action uses or that service-account keys name (the built-in
 * `smtp-host`, `oauth-token-url` and `gmail-api-url`, and older keys' `token_uri`). They exist, so
 * ENOTFOUND for one of them is not a typo: the runner's DNS or network is failing.
 */
const GOOGLE_HOSTS = new Set([
  'smtp.gmail.com',
  'oauth2.googleapis.com',
  'gmail.googleapis.com',
  'www.googleapis.com',
  'accounts.google.com',
]);

/** Only these get Gmail's own advice (App Passwords, 2-Step Verification). */
const GMAIL_SMTP_HOSTS = new Set(['smtp.gmail.com', 'smtp.googlemail.com']);

/** True for Gmail's SMTP host (case and a trailing dot ignored). */
export function isGmailSmtpHost(host: string): boolean {
  return GMAIL_SMTP_HOSTS.has(host.toLowerCase().replace(/\.$/, ''));
}

/** True for a Google host name that is known to exist (case and a trailing dot ignored). */
export function isKnownGoogleHost(host: string): boolean {
  return GOOGLE_HOSTS.has(host.toLowerCase().replace(/\.$/, ''));
}

/** ENOTFOUND for a name that exists: the runner cannot resolve names, so it is worth another try. */
function unresolvableGoogleHost(stage: Stage, host: string, code: string): DeliveryError {
  return new DeliveryError(
    stage,
    `${stage}: the runner could not resolve ${host} (${code}): its DNS or network is failing, not the input. Check the runner's network; run the job again.`,
    true,
  );
}

const SECURITY_ADVICE =
  'Check `smtp-security` and `smtp-port`: 465 uses tls, 587 uses starttls (on smtp.gmail.com, either pair).';

/** What to check about the credentials, worded for the server. */
function credentialAdvice(ctx: SmtpFailureContext): string {
  if (ctx.authKind === 'oauth') return 'Check `username` and the OAuth inputs.';
  return isGmailSmtpHost(ctx.host)
    ? 'Check `username` and `app-password`.'
    : 'Check `username` and `password` (sent exactly as given).';
}

/** For a runner that cannot reach SMTP: the Gmail API helps only with Gmail. */
function blockedPortHint(host: string): string {
  return isGmailSmtpHost(host)
    ? GMAIL_API_HINT
    : `If outbound SMTP ports are blocked on this runner, check that it can reach ${host}.`;
}

/** What we know about the SMTP attempt when it failed. */
export interface SmtpFailureContext {
  host: string;
  port: number;
  /** The SASL method used, when authentication was under way. */
  authMethod?: 'PLAIN' | 'LOGIN' | 'XOAUTH2';
  /** Which sign-in method the user configured, for advice (`app-password` covers `password` too). */
  authKind: 'app-password' | 'oauth' | 'none';
  /** The stage we were in when it failed. */
  stage: 'connect' | 'auth' | 'send';
  timeoutSeconds?: number;
}

/** Turns any SMTP-side failure into a DeliveryError with one clear line. */
export function explainSmtpError(err: unknown, ctx: SmtpFailureContext): DeliveryError {
  const e = (err ?? {}) as SocketishError;
  const where = `${ctx.host}:${ctx.port}`;
  const reply = e.response ? oneLineReply(e.response) : '';
  const code = e.responseCode ?? (reply ? Number.parseInt(reply.slice(0, 3), 10) : undefined);
  const said = reply ? ` Server said: "${oneLine(reply, 300)}".` : '';
  // Gmail's own advice (App Passwords, 2-Step Verification, its limits) only for Gmail's hosts.
  const gmail = isGmailSmtpHost(ctx.host);

  // requireTLS: nodemailer sends STARTTLS whether or not EHLO offered it; a refusal is a setting
  // that does not match the server (a plain relay, or the wrong port), not a refused message.
  if (e.command === 'STARTTLS' && code && code >= 400) {
    if (code < 500) {
      return new DeliveryError(
        'connect',
        `connect: ${where} could not start TLS for now (${code}).${said} This is usually temporary: run the job again later.`,
        true,
      );
    }
    return new DeliveryError(
      'connect',
      `connect: ${where} does not offer STARTTLS (it answered ${code} to the STARTTLS command).${said} Check \`smtp-security\` and \`smtp-port\`: 465 uses tls, 587 uses starttls; \`none\` only for a server that needs no credentials.`,
      false,
    );
  }

  if (e.code === 'EENVELOPE' && e.command === 'RCPT TO' && (e.rejected?.length || e.rejectedErrors?.length)) {
    return explainAllRecipientsRefused(e, where, ctx);
  }

  if (code && code >= 400) {
    return explainReply(e, ctx, { where, reply, said, code, gmail });
  }
  return explainSocketError(e, err, ctx, where, gmail);
}

/** A server reply that fails the step: what the code means here, and what to do. */
function explainReply(
  e: SocketishError,
  ctx: SmtpFailureContext,
  r: { where: string; reply: string; said: string; code: number; gmail: boolean },
): DeliveryError {
  const { where, reply, said, code, gmail } = r;
  const stage = ctx.stage;
  const transient = code < 500;
  const has = (s: string): boolean => reply.includes(s);
  if (has('5.7.8') && ctx.authMethod === 'XOAUTH2' && !gmail) {
    return new DeliveryError(
      'auth',
      `auth: ${where} rejected the OAuth2 access token (XOAUTH2).${said} The token is expired, revoked, or lacks the scope this server needs for SMTP (set it with \`oauth-scope\`), and \`username\` must be the account the token belongs to.`,
      false,
    );
  }
  if (has('5.7.8') && ctx.authMethod === 'XOAUTH2') {
    return new DeliveryError(
      'auth',
      `auth: ${where} rejected the OAuth2 access token (XOAUTH2).${said} The token is expired, revoked, or lacks the scope https://mail.google.com/ that SMTP needs: request that scope when creating the refresh token (npm run auth) or the access token, and make sure \`username\` is the account the token belongs to.`,
      false,
    );
  }
  if (has('5.7.8') && gmail) {
    return new DeliveryError(
      'auth',
      `auth: Gmail (${where}) did not accept the username and password (535-5.7.8).${said} Use an App Password (it needs 2-Step Verification on the account), not the account password, and set \`username\` to the full address it belongs to.`,
      false,
    );
  }
  if (has('5.7.9') && gmail) {
    return new DeliveryError(
      'auth',
      `auth: Gmail (${where}) requires an App Password for this account (534-5.7.9).${said} Turn on 2-Step Verification, create an App Password at https://myaccount.google.com/apppasswords and put it in the \`app-password\` secret.`,
      false,
    );
  }
  if (has('5.4.5') && gmail) {
    return new DeliveryError(
      'send',
      `send: Gmail (${where}) refused the message because the account reached its daily sending limit (550-5.4.5).${said} Wait up to 24 hours for the limit to reset, send fewer messages, or use a Google Workspace account with higher limits.`,
      false,
    );
  }
  if (code === 421 || has('4.7.0')) {
    const what = stage === 'auth' ? 'refused the sign-in for now' : 'is temporarily refusing the connection';
    return new DeliveryError(
      stage,
      `${stage}: ${where} ${what} (${code}).${said} This is temporary on ${gmail ? "Gmail's" : "the server's"} side (too many connections or login attempts): run the job again later.`,
      true,
    );
  }
  if (has('5.7.0') && code === 530) {
    return new DeliveryError(
      'auth',
      `auth: ${where} requires authentication (530-5.7.0).${said} ${gmail ? 'Give `app-password`, an OAuth method, `oauth-access-token` or `service-account-key`.' : "Set `username` and `password` (the server's SMTP login), or an OAuth sign-in."}`,
      false,
    );
  }
  // Gmail's 552-5.7.0 is a blocked content (an attachment type, a flagged link), not a size problem.
  if (stage === 'send' && code >= 500 && has('5.7.0')) {
    return new DeliveryError(
      'send',
      `send: ${where} blocked the message for its content (${code}).${said} ${gmail ? 'Gmail refuses some attachment types (.exe, .js, archives holding them) and links it flags: remove or zip-and-rename them, or link to an artifact instead.' : 'Remove the attachment or link it objects to, or link to an artifact instead.'}`,
      false,
    );
  }
  if (code === 552 || has('5.3.4')) {
    return new DeliveryError(
      'send',
      `send: ${where} refused the message as too large (${code}).${said} Attach fewer or smaller files${gmail ? ' (Gmail SMTP allows 25 MB in all)' : ''}.`,
      false,
    );
  }
  if (stage === 'auth' || e.code === 'EAUTH') {
    return new DeliveryError(
      'auth',
      `auth: ${where} refused the sign-in (${code}).${said} ${credentialAdvice(ctx)}`,
      transient,
    );
  }
  const what = transient ? 'temporarily refused' : 'refused';
  const advice = transient
    ? 'This is temporary: run the job again later.'
    : e.code === 'EENVELOPE'
      ? 'Check the sender and recipient addresses (`from`, `to`, `cc`, `bcc`).'
      : 'Check the message and the account.';
  return new DeliveryError(
    stage,
    `${stage}: ${where} ${what} the message (${code}).${said} ${advice}`,
    transient,
  );
}

/** A failure without a server reply: TLS, DNS, refused or closed connections, timeouts. */
function explainSocketError(
  e: SocketishError,
  err: unknown,
  ctx: SmtpFailureContext,
  where: string,
  gmail: boolean,
): DeliveryError {
  const stage = ctx.stage;
  const sysCode = e.code ?? '';
  const message = e.message ?? String(err);
  if (
    stage === 'connect' &&
    (NOT_TLS_CODES.test(e.originalCode ?? '') || NOT_TLS_CODES.test(sysCode) || NOT_TLS_MESSAGE.test(message))
  ) {
    const why = e.originalCode ?? (NOT_TLS_CODES.test(sysCode) ? sysCode : 'not a TLS reply');
    return new DeliveryError(
      'connect',
      `connect: ${where} did not answer the TLS handshake with TLS (${why}): the port speaks plain SMTP or STARTTLS, not implicit TLS. ${SECURITY_ADVICE}`,
      false,
    );
  }
  const tlsCode = [...TLS_CODES].find((c) => sysCode === c || message.includes(c));
  if (tlsCode || /certificate|self[- ]signed/i.test(message)) {
    return new DeliveryError(
      'connect',
      `connect: the TLS certificate of ${where} could not be verified (${tlsCode ?? oneLine(message, 120)}). Check \`smtp-host\`; for a server with a private CA, point NODE_EXTRA_CA_CERTS at the CA file (verification is never turned off).`,
      false,
    );
  }
  if (sysCode === 'ECONNREFUSED' || message.includes('ECONNREFUSED')) {
    return new DeliveryError(
      'connect',
      `connect: ${where} refused the connection (ECONNREFUSED). Check \`smtp-host\` and \`smtp-port\` (${gmail ? 'Gmail: 465 with tls or 587 with starttls' : 'usually 465 with tls or 587 with starttls'}).`,
      false,
    );
  }
  // ENOTFOUND: the name does not exist (a typo), which no retry fixes, unless it is one of Google's;
  // EAI_AGAIN: DNS failed for now.
  const dnsCode = [e.originalCode, sysCode].find((c) => c === 'ENOTFOUND' || c === 'EAI_AGAIN');
  if (dnsCode === 'EAI_AGAIN' || (!dnsCode && message.includes('EAI_AGAIN'))) {
    return new DeliveryError(
      'connect',
      `connect: the host name in \`smtp-host\` (${ctx.host}) could not be resolved for now (EAI_AGAIN). The runner's DNS failed: run the job again later.`,
      true,
    );
  }
  if (dnsCode === 'ENOTFOUND' || sysCode === 'EDNS' || message.includes('ENOTFOUND')) {
    if (isKnownGoogleHost(ctx.host)) {
      const shown = dnsCode ?? (message.includes('ENOTFOUND') ? 'ENOTFOUND' : e.originalCode || sysCode);
      return unresolvableGoogleHost('connect', ctx.host, shown);
    }
    return new DeliveryError(
      'connect',
      `connect: the host name in \`smtp-host\` (${ctx.host}) does not exist (ENOTFOUND). Check its spelling${/^smtp\.g|gmail|google/i.test(ctx.host) ? ' (Gmail: smtp.gmail.com)' : ''}.`,
      false,
    );
  }
  if (sysCode === 'ETIMEDOUT' || /timeout|timed out/i.test(message)) {
    if (/greeting/i.test(message)) {
      return new DeliveryError(
        'connect',
        `connect: ${where} accepted the connection but never sent its SMTP greeting (greeting timeout). Check \`smtp-port\` and \`smtp-security\` (465 uses tls, 587 uses starttls). ${blockedPortHint(ctx.host)}`,
        true,
      );
    }
    return new DeliveryError(
      stage,
      `${stage}: no answer from ${where} in time (${oneLine(message, 120)}). ${blockedPortHint(ctx.host)}`,
      true,
    );
  }
  if (sysCode === 'ETLS' || /STARTTLS/i.test(message)) {
    return new DeliveryError(
      'connect',
      `connect: ${where} could not set up encryption (${oneLine(message, 160)}). Check \`smtp-security\`: credentials are never sent over an unencrypted connection.`,
      false,
    );
  }
  if (
    sysCode === 'ECONNECTION' ||
    sysCode === 'ESOCKET' ||
    sysCode === 'ECONNRESET' ||
    sysCode === 'EPIPE' ||
    /closed|reset|socket hang up/i.test(message)
  ) {
    // Closed during the TLS handshake: a server that hangs up on a TLS hello looks like this too.
    const advice = /before secure TLS connection/i.test(message)
      ? `If it happens every time, the port may not speak implicit TLS: ${SECURITY_ADVICE}`
      : `If it keeps happening, check the network${gmail ? ' or try `transport: gmail-api`' : ''}.`;
    return new DeliveryError(
      stage,
      `${stage}: the connection to ${where} was closed unexpectedly (${sysCode || 'closed'}). ${advice}`,
      true,
    );
  }
  return new DeliveryError(stage, `${stage}: ${where}: ${oneLine(message, 200)}`, false);
}

/** OAuth error body as Google and other providers send it. */
export interface OAuthErrorBody {
  error?: string;
  error_description?: string;
}

/** Turns a token endpoint failure into a DeliveryError with one clear line. */
/** Where a token endpoint's URL came from: the `oauth-token-url` input, or a key's `token_uri`. */
export type TokenUrlFrom = 'oauth-token-url' | 'service-account-key';

/** How an error line names where the token URL came from. */
export function tokenUrlInputName(from: TokenUrlFrom): string {
  return from === 'oauth-token-url' ? '`oauth-token-url`' : 'the `token_uri` in `service-account-key`';
}

export function explainTokenError(
  status: number,
  body: OAuthErrorBody | undefined,
  tokenUrl: string,
  grant: 'refresh_token' | 'jwt-bearer',
  retryAfterSeconds?: number,
  tokenUrlFrom: TokenUrlFrom = 'oauth-token-url',
): DeliveryError {
  const desc = body?.error_description ? `: ${oneLine(body.error_description, 200)}` : '';
  const said = body?.error ? ` The token endpoint said "${oneLine(String(body.error), 100)}${desc}".` : '';
  const host = hostOf(tokenUrl) ?? tokenUrl;
  const google = isKnownGoogleHost(host);
  const who = google ? `Google (${host})` : host;
  if (body?.error === 'invalid_grant') {
    const advice =
      grant === 'jwt-bearer'
        ? 'The service account may not have domain-wide delegation for this scope, `username` may not be a user of its Workspace domain, or the key was deleted: check the delegation in the Admin console (Security > API controls > Domain-wide delegation).'
        : google
          ? 'The refresh token has expired or was revoked. Create a new one (npm run auth in a clone of this action) and update the `oauth-refresh-token` secret. If the OAuth consent screen is in "Testing" status, Google expires refresh tokens after 7 days: publish the app to keep them.'
          : 'The refresh token has expired or was revoked: get a new one from that provider and update the `oauth-refresh-token` secret.';
    return new DeliveryError(
      'token',
      `token: ${who} refused the ${grantName(grant)} (invalid_grant).${said} ${advice}`,
      false,
    );
  }
  if (body?.error === 'invalid_client' || body?.error === 'unauthorized_client') {
    const advice =
      grant === 'refresh_token'
        ? 'Check that `oauth-client-id` and `oauth-client-secret` are from the same OAuth client as the refresh token, and that the client still exists.'
        : 'Check that the service account key is current and its client is allowed domain-wide delegation.';
    return new DeliveryError(
      'token',
      `token: ${who} did not accept the OAuth client (${body.error}).${said} ${advice}`,
      false,
    );
  }
  if (status === 429 || status >= 500) {
    return new DeliveryError(
      'token',
      `token: ${tokenUrl} answered HTTP ${status}.${said} This is usually temporary on the server's side: run the job again later.`,
      true,
      retryAfterSeconds,
    );
  }
  return new DeliveryError(
    'token',
    `token: ${tokenUrl} answered HTTP ${status}.${said} Check ${tokenUrlInputName(tokenUrlFrom)} and the OAuth inputs.`,
    false,
  );
}

function grantName(grant: 'refresh_token' | 'jwt-bearer'): string {
  return grant === 'refresh_token' ? 'refresh token' : 'service account sign-in';
}

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

/** Turns a network failure talking to an HTTP endpoint (token, Gmail API) into one line. */
export function explainHttpNetworkError(
  err: unknown,
  stage: Stage,
  url: string,
  tokenUrlFrom: TokenUrlFrom = 'oauth-token-url',
): DeliveryError {
  const e = (err ?? {}) as SocketishError & { cause?: SocketishError; name?: string };
  const code = e.cause?.code ?? e.code ?? '';
  const msg = e.cause?.message ?? e.message ?? String(err);
  const input = stage === 'token' ? tokenUrlInputName(tokenUrlFrom) : '`gmail-api-url`';
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

/** The host name of a URL, or undefined when it is not one. */
function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
