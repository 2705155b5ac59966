// A Google-like OAuth 2.0 authorization server for the installed-app flow, for tests: the consent
// endpoint (GET /o/oauth2/v2/auth) and the code exchange (POST /token, grant_type=authorization_code
// with PKCE). The test plays the browser: it fetches the consent URL the helper printed, and follows
// the 302 to the helper's loopback redirect URI.
//
// Plain ESM JavaScript with JSDoc (types in oauth-authorize.d.mts). Listens on 127.0.0.1 only, on an
// ephemeral port.

import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { listenOnLoopback } from './listen.mjs';
import { basicCredentials } from './token.mjs';

const MAX_BODY_BYTES = 64 * 1024;

/**
 * @param {string} verifier
 * @returns {string}
 */
function s256(verifier) {
  return createHash('sha256').update(verifier).digest('base64url');
}

/**
 * A redirect URI Google accepts for a Desktop client: http on a loopback address, with a port.
 * @param {string} value
 */
function isLoopbackRedirect(value) {
  try {
    const url = new URL(value);
    return (
      url.protocol === 'http:' &&
      ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname) &&
      url.port !== ''
    );
  } catch {
    return false;
  }
}

/**
 * Starts a Google-like authorization server on 127.0.0.1 (ephemeral port).
 *
 * @param {import('./oauth-authorize.d.mts').AuthorizationServerOptions} [options]
 * @returns {Promise<import('./oauth-authorize.d.mts').RunningAuthorizationServer>}
 */
export async function startAuthorizationServer(options = {}) {
  const clients = options.clients ?? {};
  /** @type {import('./oauth-authorize.d.mts').AuthorizeRecord[]} */
  const authorizations = [];
  /** @type {import('./oauth-authorize.d.mts').CodeExchangeRecord[]} */
  const exchanges = [];
  /** @type {Map<string, { clientId: string, redirectUri: string, challenge: string, method: string, scope: string, offline: boolean }>} */
  const codes = new Map();

  /**
   * @param {import('node:http').ServerResponse} response
   * @param {number} status
   * @param {string} text
   */
  function page(response, status, text) {
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>${text}</title><p>${text}</p>`);
  }

  /**
   * @param {URL} url
   * @param {import('node:http').ServerResponse} response
   */
  function authorize(url, response) {
    const q = url.searchParams;
    /** @type {import('./oauth-authorize.d.mts').AuthorizeRecord} */
    const record = {
      clientId: q.get('client_id') ?? '',
      redirectUri: q.get('redirect_uri') ?? '',
      responseType: q.get('response_type') ?? '',
      scope: q.get('scope') ?? '',
      state: q.get('state') ?? undefined,
      codeChallenge: q.get('code_challenge') ?? undefined,
      codeChallengeMethod: q.get('code_challenge_method') ?? undefined,
      accessType: q.get('access_type') ?? undefined,
      prompt: q.get('prompt') ?? undefined,
      loginHint: q.get('login_hint') ?? undefined,
      outcome: 'error',
    };
    authorizations.push(record);
    // Like Google: an unknown client or a bad redirect URI is shown to the user, never redirected.
    if (!Object.hasOwn(clients, record.clientId)) {
      record.error = 'invalid_client';
      return page(response, 401, 'Error 401: invalid_client. The OAuth client was not found.');
    }
    if (!isLoopbackRedirect(record.redirectUri)) {
      record.error = 'redirect_uri_mismatch';
      return page(response, 400, 'Error 400: redirect_uri_mismatch');
    }
    /** @param {Record<string, string>} params */
    const redirect = (params) => {
      const target = new URL(record.redirectUri);
      for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
      if (record.state !== undefined) target.searchParams.set('state', record.state);
      response.writeHead(302, { location: target.toString() });
      response.end();
    };
    if (record.responseType !== 'code') {
      record.error = 'unsupported_response_type';
      return redirect({ error: 'unsupported_response_type' });
    }
    if (!record.scope) {
      record.error = 'invalid_request';
      return redirect({ error: 'invalid_request', error_description: 'Missing required parameter: scope' });
    }
    if (options.requirePkce !== false && (!record.codeChallenge || record.codeChallengeMethod !== 'S256')) {
      record.error = 'invalid_request';
      return redirect({ error: 'invalid_request', error_description: 'Missing code_challenge (S256).' });
    }
    if (options.deny) {
      record.outcome = 'denied';
      record.error = 'access_denied';
      return redirect({ error: 'access_denied' });
    }
    const code = `4/0A${randomBytes(24).toString('base64url')}`;
    codes.set(code, {
      clientId: record.clientId,
      redirectUri: record.redirectUri,
      challenge: record.codeChallenge ?? '',
      method: record.codeChallengeMethod ?? 'plain',
      scope: record.scope,
      offline: record.accessType === 'offline',
    });
    record.outcome = 'code';
    return redirect({ code, scope: record.scope });
  }

  /**
   * @param {URLSearchParams} params
   * @param {string | undefined} authorization
   * @returns {{ status: number, body: Record<string, unknown>, record: import('./oauth-authorize.d.mts').CodeExchangeRecord }}
   */
  function exchange(params, authorization) {
    const basic = basicCredentials(authorization);
    /** @type {import('./oauth-authorize.d.mts').CodeExchangeRecord} */
    const record = {
      grantType: params.get('grant_type') ?? '',
      clientId: basic?.id ?? params.get('client_id') ?? '',
      redirectUri: params.get('redirect_uri') ?? '',
      hasVerifier: params.has('code_verifier'),
      status: 0,
    };
    /** @param {number} status @param {string} error @param {string} description */
    const fail = (status, error, description) => {
      record.status = status;
      record.error = error;
      return { status, body: { error, error_description: description }, record };
    };
    if (record.grantType !== 'authorization_code') {
      return fail(400, 'unsupported_grant_type', `Invalid grant_type: ${record.grantType}`);
    }
    const client = Object.hasOwn(clients, record.clientId) ? clients[record.clientId] : undefined;
    if (!client) return fail(401, 'invalid_client', 'The OAuth client was not found.');
    const secret = basic?.secret ?? params.get('client_secret') ?? '';
    if (client.secret !== secret) return fail(401, 'invalid_client', 'Unauthorized');
    const code = params.get('code') ?? '';
    const issued = codes.get(code);
    if (!issued || issued.clientId !== record.clientId)
      return fail(400, 'invalid_grant', 'Malformed auth code.');
    codes.delete(code); // single use
    if (issued.redirectUri !== record.redirectUri) return fail(400, 'redirect_uri_mismatch', 'Bad Request');
    const verifier = params.get('code_verifier') ?? '';
    record.verifierOk =
      issued.method === 'S256' ? s256(verifier) === issued.challenge : verifier === issued.challenge;
    if (!record.verifierOk) return fail(400, 'invalid_grant', 'Invalid code verifier.');
    const accessToken = client.accessToken ?? `ya29.a0-test-${randomBytes(18).toString('base64url')}`;
    /** @type {Record<string, unknown>} */
    const body = { access_token: accessToken, expires_in: 3599, scope: issued.scope, token_type: 'Bearer' };
    if (issued.offline) {
      body.refresh_token = client.refreshToken ?? `1//0g-test-${randomBytes(30).toString('base64url')}`;
      record.issuedRefreshToken = String(body.refresh_token);
    }
    record.issuedAccessToken = accessToken;
    record.scope = issued.scope;
    record.status = 200;
    return { status: 200, body, record };
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'GET' && url.pathname === '/o/oauth2/v2/auth') {
      request.resume();
      return authorize(url, response);
    }
    if (url.pathname !== '/token') {
      request.resume();
      return page(response, 404, `Not found: ${url.pathname}`);
    }
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    request.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => {
      const result =
        request.method === 'POST' && size <= MAX_BODY_BYTES
          ? exchange(
              new URLSearchParams(Buffer.concat(chunks).toString('utf8')),
              request.headers.authorization,
            )
          : {
              status: 400,
              body: { error: 'invalid_request', error_description: 'POST a form of at most 64 KiB.' },
              record: { grantType: '', clientId: '', redirectUri: '', hasVerifier: false, status: 400 },
            };
      exchanges.push(result.record);
      response.writeHead(result.status, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(result.body, null, 2));
    });
  });
  const { port, close } = await listenOnLoopback(server);
  const base = `http://127.0.0.1:${port}`;

  return {
    url: base,
    authorizeUrl: `${base}/o/oauth2/v2/auth`,
    tokenUrl: `${base}/token`,
    port,
    authorizations,
    exchanges,
    close,
  };
}
