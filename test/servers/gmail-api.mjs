// A Gmail-API-like `users.messages.send` endpoint for tests, demos and benchmarks.
//
// Plain ESM JavaScript with JSDoc (types in gmail-api.d.mts) so vitest and `node scripts/*.mjs` both
// load it without a build step. Listens on 127.0.0.1 only, on an ephemeral port, over plain HTTP or
// HTTPS (test/fixtures/tls/server.pem, signed by the test CA).
//
// Accepts the three ways Google documents for sending a whole RFC 822 message:
//   POST /upload/gmail/v1/users/{userId}/messages/send?uploadType=media      (Content-Type: message/rfc822)
//   POST /upload/gmail/v1/users/{userId}/messages/send?uploadType=multipart  (multipart/related: JSON + message/rfc822)
//   POST /gmail/v1/users/{userId}/messages/send                              (JSON {"raw": base64url})
// Checks the Bearer token and its scopes, and answers errors with Google's JSON bodies
// (401 authError, 403 insufficientPermissions, 429 rateLimitExceeded, 5xx backendError).

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import addressparser from 'nodemailer/lib/addressparser';
import { listenOnLoopback } from './listen.mjs';

/** Scopes that allow users.messages.send (Google's reference page lists these). */
export const SEND_SCOPES = Object.freeze([
  'https://mail.google.com/',
  'https://www.googleapis.com/auth/gmail.modify',
  'https://www.googleapis.com/auth/gmail.compose',
  'https://www.googleapis.com/auth/gmail.send',
]);

/** messages.send accepts messages up to 35 MB (the `/upload` media limit on its reference page). */
export const GMAIL_API_MAX_BYTES = 35 * 1024 * 1024;

/**
 * Google's error bodies, as the Gmail API sends them (shapes from developers.google.com/gmail/api/guides/handle-errors).
 * @param {number} code
 * @param {string} message
 * @param {string} reason
 * @param {string} status
 * @param {string} [domain]
 */
function googleError(code, message, reason, status, domain = 'global') {
  return { error: { code, message, errors: [{ message, domain, reason }], status } };
}

export const GMAIL_API_ERRORS = Object.freeze({
  invalidCredentials: googleError(
    401,
    'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
    'authError',
    'UNAUTHENTICATED',
  ),
  insufficientScope: googleError(
    403,
    'Request had insufficient authentication scopes.',
    'insufficientPermissions',
    'PERMISSION_DENIED',
  ),
  rateLimited: googleError(
    429,
    'User-rate limit exceeded.  Retry after 2024-01-01T00:00:01.000Z',
    'rateLimitExceeded',
    'RESOURCE_EXHAUSTED',
    'usageLimits',
  ),
  backendError: googleError(500, 'Backend Error', 'backendError', 'INTERNAL'),
  unavailable: googleError(503, 'The service is currently unavailable.', 'backendError', 'UNAVAILABLE'),
  recipientRequired: googleError(400, 'Recipient address required', 'invalidArgument', 'INVALID_ARGUMENT'),
  delegationDenied: googleError(
    403,
    'Delegation denied for ci-bot@example.com',
    'forbidden',
    'PERMISSION_DENIED',
  ),
});

/**
 * @typedef {import('./gmail-api.d.mts').GmailApiFault & { used: number }} ActiveFault
 * @typedef {import('./gmail-api.d.mts').GmailApiRequestRecord} RequestRecord
 */

/**
 * Splits a multipart/related body into its parts (headers lower-cased, body as bytes).
 * @param {Buffer} body
 * @param {string} boundary
 * @returns {{ headers: Record<string, string>, body: Buffer }[] | undefined}
 */
function splitMultipart(body, boundary) {
  const delimiter = Buffer.from(`--${boundary}`);
  /** @type {{ headers: Record<string, string>, body: Buffer }[]} */
  const parts = [];
  let index = body.indexOf(delimiter);
  if (index < 0) return undefined;
  for (;;) {
    const afterDelimiter = index + delimiter.length;
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === '--') break; // closing delimiter
    const headerStart = body.indexOf('\r\n', afterDelimiter);
    if (headerStart < 0) return undefined;
    const headerEnd = body.indexOf('\r\n\r\n', headerStart);
    if (headerEnd < 0) return undefined;
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4);
    if (next < 0) return undefined;
    /** @type {Record<string, string>} */
    const headers = {};
    for (const line of body
      .subarray(headerStart + 2, headerEnd)
      .toString('utf8')
      .split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    parts.push({ headers, body: body.subarray(headerEnd + 4, next) });
    index = next + 2;
  }
  return parts;
}

/**
 * The header section of a raw message, unfolded, with names lower-cased.
 * @param {Buffer} raw
 * @returns {Record<string, string>}
 */
function messageHeaders(raw) {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const section = (end < 0 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  /** @type {Record<string, string>} */
  const headers = {};
  for (const line of section.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/**
 * Starts a Gmail-API-like endpoint on 127.0.0.1 (ephemeral port).
 *
 * @param {import('./gmail-api.d.mts').GmailApiServerOptions} [options]
 * @returns {Promise<import('./gmail-api.d.mts').RunningGmailApiServer>}
 */
export async function startGmailApiServer(options = {}) {
  const tokens = options.tokens ?? {};
  const maxBytes = options.maxUploadBytes ?? GMAIL_API_MAX_BYTES;
  /** @type {ActiveFault[]} */
  const faults = [options.faults ?? []].flat().map((fault) => ({ ...fault, used: 0 }));
  /** @type {import('./gmail-api.d.mts').GmailApiReceivedMessage[]} */
  const received = [];
  /** @type {RequestRecord[]} */
  const requests = [];
  let sequence = 0;

  /** @returns {ActiveFault | undefined} */
  function takeFault() {
    const fault = faults.find((candidate) => candidate.used < (candidate.times ?? Number.POSITIVE_INFINITY));
    if (fault) fault.used += 1;
    return fault;
  }

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  function handle(request, response) {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    /** @type {RequestRecord} */
    const record = {
      method: request.method ?? '',
      path: url.pathname,
      uploadType: url.searchParams.get('uploadType') ?? '',
      contentType: request.headers['content-type'] ?? '',
      chunked: /chunked/i.test(String(request.headers['transfer-encoding'] ?? '')),
      bearer: false,
      status: 0,
    };
    requests.push(record);

    /** @param {number} status @param {unknown} body @param {Record<string, string>} [headers] */
    const send = (status, body, headers = {}) => {
      record.status = status;
      const error = /** @type {{ error?: { errors?: { reason?: string }[] } }} */ (body).error;
      if (error) record.reason = error.errors?.[0]?.reason;
      if (response.headersSent) return;
      response.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers });
      response.end(JSON.stringify(body, null, 2));
    };

    const match = /^\/(upload\/)?gmail\/v1\/users\/([^/]+)\/messages\/send$/.exec(url.pathname);
    if (!match) {
      request.resume();
      return send(404, googleError(404, `Not Found: ${url.pathname}`, 'notFound', 'NOT_FOUND'));
    }
    if (request.method !== 'POST') {
      request.resume();
      return send(405, googleError(405, 'Method Not Allowed', 'httpMethodNotAllowed', 'UNIMPLEMENTED'));
    }
    const upload = Boolean(match[1]);
    record.userId = decodeURIComponent(match[2]);

    // Authorization comes first, before the body is read, as on Google's front end.
    const bearer = /^Bearer\s+(\S+)$/i.exec(String(request.headers.authorization ?? ''));
    record.bearer = Boolean(bearer);
    const token = bearer?.[1] ?? '';
    const grant = Object.hasOwn(tokens, token) ? tokens[token] : undefined;
    if (!grant) {
      request.resume();
      return send(401, GMAIL_API_ERRORS.invalidCredentials, {
        'www-authenticate': 'Bearer realm="https://accounts.google.com/"',
      });
    }
    record.user = grant.user;
    const scopes = grant.scopes ?? ['https://www.googleapis.com/auth/gmail.send'];
    if (!scopes.some((scope) => SEND_SCOPES.includes(scope))) {
      request.resume();
      return send(403, GMAIL_API_ERRORS.insufficientScope, {
        'www-authenticate': `Bearer realm="https://accounts.google.com/", error="insufficient_scope", scope="${SEND_SCOPES.join(' ')}"`,
      });
    }
    if (record.userId !== 'me' && grant.user && record.userId.toLowerCase() !== grant.user.toLowerCase()) {
      request.resume();
      return send(
        403,
        googleError(403, `Delegation denied for ${grant.user}`, 'forbidden', 'PERMISSION_DENIED'),
      );
    }

    // A fault is taken as the request arrives: a hang before the body must not read it at all.
    const fault = takeFault();
    if (fault) record.fault = true;
    if (fault?.hang && fault.when === 'before-body') return; // never read, never answered; close() ends it

    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      // Base64 in the JSON form and multipart framing add overhead; allow for it as Google does.
      if (size > maxBytes * 1.4 + 65536) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('error', () => undefined);
    request.on('end', () => {
      record.bodyBytes = size;
      if (fault) {
        if (fault.hang) return; // the whole body read, never answered; close() ends it
        const status = fault.status ?? 503;
        /** @type {Record<string, string>} */
        const headers = fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
        const body =
          fault.body ??
          (status === 429
            ? GMAIL_API_ERRORS.rateLimited
            : status === 401
              ? GMAIL_API_ERRORS.invalidCredentials
              : status === 403
                ? GMAIL_API_ERRORS.insufficientScope
                : status === 503
                  ? GMAIL_API_ERRORS.unavailable
                  : googleError(status, 'Backend Error', 'backendError', 'INTERNAL'));
        return send(status, body, headers);
      }
      if (tooLarge) {
        return send(
          413,
          googleError(413, 'Request Entity Too Large', 'uploadTooLarge', 'FAILED_PRECONDITION'),
        );
      }
      const body = Buffer.concat(chunks);
      const contentType = record.contentType.toLowerCase();
      /** @type {Buffer | undefined} */
      let raw;
      /** @type {Record<string, unknown>} */
      let metadata = {};
      /** @type {'media' | 'multipart' | 'json'} */
      let form;
      if (upload && record.uploadType === 'media') {
        form = 'media';
        if (!contentType.startsWith('message/rfc822')) {
          return send(
            400,
            googleError(
              400,
              `Media type '${record.contentType}' is not supported. Valid media types: [message/*]`,
              'badContent',
              'INVALID_ARGUMENT',
            ),
          );
        }
        raw = body;
      } else if (upload && record.uploadType === 'multipart') {
        form = 'multipart';
        const boundary = /boundary="?([^";]+)"?/i.exec(record.contentType)?.[1];
        const parts =
          contentType.startsWith('multipart/related') && boundary
            ? splitMultipart(body, boundary)
            : undefined;
        if (parts?.length !== 2) {
          return send(
            400,
            googleError(
              400,
              'Invalid multipart request with 0 mime parts.',
              'badContent',
              'INVALID_ARGUMENT',
            ),
          );
        }
        try {
          const text = parts[0].body.toString('utf8').trim();
          metadata = text ? JSON.parse(text) : {};
        } catch {
          return send(
            400,
            googleError(400, 'Invalid JSON payload received.', 'parseError', 'INVALID_ARGUMENT'),
          );
        }
        if (!/^message\//i.test(parts[1].headers['content-type'] ?? '')) {
          return send(
            400,
            googleError(
              400,
              `Media type '${parts[1].headers['content-type'] ?? ''}' is not supported. Valid media types: [message/*]`,
              'badContent',
              'INVALID_ARGUMENT',
            ),
          );
        }
        raw = parts[1].body;
      } else if (!upload && !record.uploadType) {
        form = 'json';
        try {
          metadata = JSON.parse(body.toString('utf8'));
        } catch {
          return send(
            400,
            googleError(400, 'Invalid JSON payload received.', 'parseError', 'INVALID_ARGUMENT'),
          );
        }
        const encoded = typeof metadata.raw === 'string' ? metadata.raw : '';
        raw = Buffer.from(encoded, 'base64url');
      } else {
        return send(
          400,
          googleError(
            400,
            `Invalid upload type: ${record.uploadType || '(none)'}`,
            'invalid',
            'INVALID_ARGUMENT',
          ),
        );
      }
      record.form = form;
      if (raw.length > maxBytes) {
        return send(
          413,
          googleError(413, 'Request Entity Too Large', 'uploadTooLarge', 'FAILED_PRECONDITION'),
        );
      }
      const headers = messageHeaders(raw);
      if (!headers.to && !headers.cc && !headers.bcc) return send(400, GMAIL_API_ERRORS.recipientRequired);
      sequence += 1;
      const id = `18f${sequence.toString(16).padStart(4, '0')}${randomBytes(4).toString('hex')}`;
      const threadId = typeof metadata.threadId === 'string' && metadata.threadId ? metadata.threadId : id;
      // Gmail delivers to To, Cc and Bcc, and keeps Bcc out of the copies it delivers.
      const recipients = ['to', 'cc', 'bcc'].flatMap((name) =>
        addressparser(headers[name] ?? '', { flatten: true }).map((a) => a.address.toLowerCase()),
      );
      received.push({
        id,
        threadId,
        raw,
        recipients,
        form,
        userId: record.userId ?? '',
        user: grant.user,
        metadata,
        chunked: record.chunked,
      });
      record.messageId = id;
      return send(200, { id, threadId, labelIds: ['SENT'] });
    });
  }

  const tls = options.https
    ? {
        cert: readFileSync(new URL('../fixtures/tls/server.pem', import.meta.url)),
        key: readFileSync(new URL('../fixtures/tls/server-key.pem', import.meta.url)),
      }
    : undefined;
  const server = tls ? createHttpsServer(tls, handle) : createHttpServer(handle);
  const { port, close } = await listenOnLoopback(server);

  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    received,
    requests,
    close,
  };
}
