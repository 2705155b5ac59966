import { DeliveryError } from '../errors.js';
import { httpFetch } from '../http.js';
import { explainHttpNetworkError } from '../http-errors.js';
import type { Deadline } from '../retry.js';
import {
  explainTokenError,
  type OAuthErrorBody,
  type TokenUrlFrom,
  tokenUrlInputName,
} from './token-errors.js';

/** What a successful token response gives us. */
export interface TokenResponse {
  accessToken: string;
  expiresIn?: number;
  scope?: string;
}

/** Parses a Retry-After header given in seconds (HTTP dates are rare on token endpoints). */
export function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const n = Number(header.trim());
  if (Number.isFinite(n) && n >= 0) return Math.min(n, 300);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.min(300, (date - Date.now()) / 1000));
}

/**
 * POSTs a form to an OAuth token endpoint and returns the access token, or throws a DeliveryError
 * with one clear line (invalid_grant, invalid_client, 429/5xx as transient).
 */
export async function requestToken(
  tokenUrl: string,
  form: Record<string, string>,
  grant: 'refresh_token' | 'jwt-bearer',
  deadline: Deadline,
  tokenUrlFrom: TokenUrlFrom = 'oauth-token-url',
): Promise<TokenResponse> {
  let res: Response;
  let text: string;
  try {
    res = await httpFetch(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(form).toString(),
      signal: AbortSignal.timeout(deadline.cap(30_000)),
      redirect: 'error',
    });
    text = await res.text();
  } catch (err) {
    throw explainHttpNetworkError(err, 'token', tokenUrl, tokenUrlInputName(tokenUrlFrom));
  }
  let body: (OAuthErrorBody & { access_token?: unknown; expires_in?: unknown; scope?: unknown }) | undefined;
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    throw explainTokenError(
      res.status,
      body,
      tokenUrl,
      grant,
      retryAfterSeconds(res.headers.get('retry-after')),
      tokenUrlFrom,
    );
  }
  if (!body || typeof body.access_token !== 'string' || !body.access_token) {
    throw new DeliveryError(
      'token',
      `token: ${tokenUrl} answered HTTP ${res.status} without an access_token (the reply was not the expected JSON). Check ${tokenUrlInputName(tokenUrlFrom)}.`,
      false,
    );
  }
  return {
    accessToken: body.access_token,
    expiresIn: typeof body.expires_in === 'number' ? body.expires_in : undefined,
    scope: typeof body.scope === 'string' ? body.scope : undefined,
  };
}
