// A Google-like OAuth 2.0 token endpoint for tests, demos and benchmarks.
//
// Plain ESM JavaScript with JSDoc (types in token.d.mts) so vitest and `node scripts/*.mjs` both
// load it without a build step. Listens on 127.0.0.1 only, on an ephemeral port, at /token.
//
// Grants: refresh_token (client credentials in the body or HTTP Basic) and
// urn:ietf:params:oauth:grant-type:jwt-bearer (a service account's RS256 JWT, verified with
// node:crypto). Errors use Google's JSON bodies; scripted faults (5xx/429, malformed JSON, a hang)
// apply to the first N requests.

import { randomBytes, verify } from 'node:crypto';
import { createServer } from 'node:http';
import { listenOnLoopback } from './listen.mjs';

export const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const MAX_BODY_BYTES = 64 * 1024;
/** Leeway for clocks, in seconds, on iat/exp checks. */
const CLOCK_SKEW = 300;

/**
 * Google's token-endpoint errors (status and JSON body). Sources: public issue trackers quoting
 * oauth2.googleapis.com responses, e.g. simonrob/email-oauth2-proxy#362 (invalid_client),
 * twentyhq/twenty#18159 (invalid_grant), googleapis/google-cloud-python#10004 (JWT signature).
 */
export const GOOGLE_TOKEN_ERRORS = Object.freeze({
  clientNotFound: {
    status: 401,
    body: { error: 'invalid_client', error_description: 'The OAuth client was not found.' },
  },
  wrongClientSecret: { status: 401, body: { error: 'invalid_client', error_description: 'Unauthorized' } },
  refreshTokenRevoked: {
    status: 400,
    body: { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' },
  },
  invalidJwtSignature: {
    status: 400,
    body: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' },
  },
  jwtTimeframe: {
    status: 400,
    body: {
      error: 'invalid_grant',
      error_description:
        'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.',
    },
  },
  serviceAccountNotFound: {
    status: 400,
    body: { error: 'invalid_grant', error_description: 'Invalid grant: account not found' },
  },
  unauthorizedClient: {
    status: 401,
    body: {
      error: 'unauthorized_client',
      error_description:
        'Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.',
    },
  },
  invalidScope: {
    status: 400,
    body: { error: 'invalid_scope', error_description: 'Invalid OAuth scope or ID token audience provided.' },
  },
});

/**
 * @typedef {{ status: number, body: Record<string, string> }} TokenError
 * @typedef {import('./token.d.mts').TokenFault & { used: number }} ActiveFault
 */

/**
 * @param {string} error
 * @param {string} description
 * @returns {TokenError}
 */
function badRequest(error, description) {
  return { status: 400, body: { error, error_description: description } };
}

/**
 * @param {string} value
 * @returns {unknown}
 */
function decodeJwtPart(value) {
  return JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
}

/**
 * Reads client credentials from an HTTP Basic header (RFC 6749 2.3.1: each part form-encoded).
 * @param {string | undefined} header
 * @returns {{ id: string, secret: string } | undefined}
 */
export function basicCredentials(header) {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const formDecode = (/** @type {string} */ part) => {
    try {
      return decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      return part;
    }
  };
  return { id: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) };
}

/**
 * Starts a Google-like OAuth token endpoint on 127.0.0.1 (ephemeral port).
 *
 * @param {import('./token.d.mts').TokenServerOptions} [options]
 * @returns {Promise<import('./token.d.mts').RunningTokenServer>}
 */
export async function startTokenServer(options = {}) {
  const clients = options.clients ?? {};
  const serviceAccounts = options.serviceAccounts ?? {};
  /** @type {ActiveFault[]} */
  const faults = [options.faults ?? []].flat().map((fault) => ({ ...fault, used: 0 }));
  /** @type {import('./token.d.mts').TokenRequestRecord[]} */
  const requests = [];
  let url = '';

  /** @returns {ActiveFault | undefined} */
  function takeFault() {
    const fault = faults.find((candidate) => candidate.used < (candidate.times ?? Number.POSITIVE_INFINITY));
    if (fault) fault.used += 1;
    return fault;
  }

  /**
   * @param {URLSearchParams} params
   * @param {string | undefined} authorization
   * @param {import('./token.d.mts').TokenRequestRecord} record
   * @returns {TokenError | { status: 200, body: Record<string, unknown> }}
   */
  function refreshGrant(params, authorization, record) {
    const basic = basicCredentials(authorization);
    const clientId = basic?.id ?? params.get('client_id') ?? '';
    const secret = basic?.secret ?? params.get('client_secret') ?? '';
    record.clientId = clientId;
    record.clientAuth = basic ? 'basic' : params.has('client_id') ? 'body' : 'none';
    const client = Object.hasOwn(clients, clientId) ? clients[clientId] : undefined;
    if (!client) return GOOGLE_TOKEN_ERRORS.clientNotFound;
    if (client.secret !== secret) return GOOGLE_TOKEN_ERRORS.wrongClientSecret;
    const refreshToken = params.get('refresh_token');
    if (!refreshToken) return badRequest('invalid_request', 'Missing required parameter: refresh_token');
    const grant = Object.hasOwn(client.refreshTokens, refreshToken)
      ? client.refreshTokens[refreshToken]
      : undefined;
    if (!grant) return GOOGLE_TOKEN_ERRORS.refreshTokenRevoked;
    if (params.has('scope')) record.requestedScope = params.get('scope') ?? '';
    record.scope = grant.scope ?? 'https://mail.google.com/';
    record.issuedAccessToken = grant.accessToken;
    return {
      status: 200,
      body: { access_token: grant.accessToken, expires_in: 3599, scope: record.scope, token_type: 'Bearer' },
    };
  }

  /**
   * @param {URLSearchParams} params
   * @param {import('./token.d.mts').TokenRequestRecord} record
   * @returns {TokenError | { status: 200, body: Record<string, unknown> }}
   */
  function jwtGrant(params, record) {
    const assertion = params.get('assertion');
    if (!assertion) return badRequest('invalid_request', 'Missing required parameter: assertion');
    const parts = assertion.split('.');
    if (parts.length !== 3)
      return badRequest('invalid_grant', 'Invalid JWT: expected three dot-separated parts.');
    /** @type {Record<string, unknown>} */
    let header;
    /** @type {Record<string, unknown>} */
    let claims;
    try {
      header = /** @type {Record<string, unknown>} */ (decodeJwtPart(parts[0]));
      claims = /** @type {Record<string, unknown>} */ (decodeJwtPart(parts[1]));
    } catch {
      return badRequest('invalid_grant', 'Invalid JWT: header or claims are not base64url JSON.');
    }
    record.jwtHeader = header;
    record.claims = claims;
    record.clientId = typeof claims.iss === 'string' ? claims.iss : '';
    record.subject = typeof claims.sub === 'string' ? claims.sub : undefined;
    record.scope = typeof claims.scope === 'string' ? claims.scope : undefined;
    if (header.alg !== 'RS256') return GOOGLE_TOKEN_ERRORS.invalidJwtSignature;
    const account = Object.hasOwn(serviceAccounts, record.clientId)
      ? serviceAccounts[record.clientId]
      : undefined;
    if (!account) return GOOGLE_TOKEN_ERRORS.serviceAccountNotFound;
    const settings = typeof account === 'string' ? { publicKey: account } : account;
    let signatureOk = false;
    try {
      signatureOk = verify(
        'RSA-SHA256',
        Buffer.from(`${parts[0]}.${parts[1]}`),
        settings.publicKey,
        Buffer.from(parts[2], 'base64url'),
      );
    } catch {
      signatureOk = false;
    }
    if (!signatureOk) return GOOGLE_TOKEN_ERRORS.invalidJwtSignature;
    if (claims.aud !== url) {
      return badRequest('invalid_grant', `Invalid JWT: Failed audience check. The expected value was ${url}`);
    }
    const now = Math.floor(Date.now() / 1000);
    const { iat, exp } = claims;
    if (
      typeof iat !== 'number' ||
      typeof exp !== 'number' ||
      exp <= iat ||
      exp - iat > 3600 ||
      iat > now + CLOCK_SKEW ||
      exp < now - CLOCK_SKEW
    ) {
      return GOOGLE_TOKEN_ERRORS.jwtTimeframe;
    }
    if (!record.scope) return GOOGLE_TOKEN_ERRORS.invalidScope;
    const scopes = record.scope.split(/\s+/);
    if (settings.allowedScopes && !scopes.every((scope) => settings.allowedScopes?.includes(scope))) {
      return GOOGLE_TOKEN_ERRORS.unauthorizedClient;
    }
    if (settings.allowedSubjects && !settings.allowedSubjects.includes(record.subject ?? '')) {
      return GOOGLE_TOKEN_ERRORS.unauthorizedClient;
    }
    const accessToken =
      settings.accessToken ??
      options.jwtAccessToken ??
      `ya29.c.test-${randomBytes(24).toString('base64url')}`;
    record.issuedAccessToken = accessToken;
    return { status: 200, body: { access_token: accessToken, expires_in: 3599, token_type: 'Bearer' } };
  }

  const server = createServer((request, response) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      /** @type {import('./token.d.mts').TokenRequestRecord} */
      const record = {
        method: request.method ?? '',
        path,
        contentType: request.headers['content-type'] ?? '',
        grantType: '',
        clientId: '',
        clientAuth: 'none',
        status: 0,
      };
      requests.push(record);

      /** @param {number} status @param {unknown} body @param {Record<string, string>} [headers] */
      const send = (status, body, headers = {}) => {
        record.status = status;
        if (status >= 400 && body && typeof body === 'object' && 'error' in body)
          record.error = String(body.error);
        response.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'no-cache, no-store, max-age=0, must-revalidate',
          ...headers,
        });
        response.end(typeof body === 'string' ? body : JSON.stringify(body, null, 2));
      };

      if (tooLarge)
        return send(413, { error: 'invalid_request', error_description: 'Request body too large.' });
      if (path !== '/token')
        return send(404, { error: 'not_found', error_description: `No such endpoint: ${path}` });
      if (request.method !== 'POST')
        return send(405, { error: 'invalid_request', error_description: 'Use POST.' });

      const text = Buffer.concat(chunks).toString('utf8');
      /** @type {URLSearchParams} */
      let params;
      if (/^application\/json/i.test(record.contentType)) {
        try {
          const json = JSON.parse(text);
          params = new URLSearchParams(
            Object.entries(json && typeof json === 'object' ? json : {}).map(
              ([key, value]) => /** @type {[string, string]} */ ([key, String(value)]),
            ),
          );
        } catch {
          return send(400, {
            error: 'invalid_request',
            error_description: 'Request body is not valid JSON.',
          });
        }
      } else {
        params = new URLSearchParams(text);
      }
      record.grantType = params.get('grant_type') ?? '';

      const fault = takeFault();
      if (fault) {
        record.fault = true;
        if (fault.hang) return; // never answered; close() ends it
        if (fault.malformedJson) {
          record.status = 200;
          response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
          response.end('{\n  "access_token": "ya29.a0AfH6SMB-truncated');
          return;
        }
        const status = fault.status ?? 503;
        /** @type {Record<string, string>} */
        const headers = fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
        const error =
          status === 429
            ? 'rate_limit_exceeded'
            : status === 503
              ? 'temporarily_unavailable'
              : 'server_error';
        return send(status, { error, error_description: `Scripted test fault (HTTP ${status}).` }, headers);
      }

      /** @type {TokenError | { status: 200, body: Record<string, unknown> }} */
      let result;
      if (record.grantType === 'refresh_token')
        result = refreshGrant(params, request.headers.authorization, record);
      else if (record.grantType === JWT_BEARER_GRANT) result = jwtGrant(params, record);
      else if (!record.grantType)
        result = badRequest('invalid_request', 'Missing required parameter: grant_type');
      else result = badRequest('unsupported_grant_type', `Invalid grant_type: ${record.grantType}`);
      return send(result.status, result.body);
    });
  });

  const { port, close } = await listenOnLoopback(server);
  url = `http://127.0.0.1:${port}/token`;

  return {
    url,
    port,
    requests,
    close,
  };
}
