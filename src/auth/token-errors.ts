/** One line for a token endpoint that refused: invalid_grant, invalid_client, 429/5xx, anything else. */
import { DeliveryError, oneLine } from '../errors.js';
import { hostOf, isKnownGoogleHost } from '../hosts.js';

/** OAuth error body as Google and other providers send it. */
export interface OAuthErrorBody {
  error?: string;
  error_description?: string;
}

/** Where a token endpoint's URL came from: the `oauth-token-url` input, or a key's `token_uri`. */
export type TokenUrlFrom = 'oauth-token-url' | 'service-account-key';

/** The grant that was refused. */
export type Grant = 'refresh_token' | 'jwt-bearer';

/** How an error line names where the token URL came from. */
export function tokenUrlInputName(from: TokenUrlFrom): string {
  return from === 'oauth-token-url' ? '`oauth-token-url`' : 'the `token_uri` in `service-account-key`';
}

function grantName(grant: Grant): string {
  return grant === 'refresh_token' ? 'refresh token' : 'service account sign-in';
}

/** What to do about invalid_grant, by grant and provider. */
function invalidGrantAdvice(grant: Grant, google: boolean): string {
  if (grant === 'jwt-bearer') {
    return 'The service account may not have domain-wide delegation for this scope, `username` may not be a user of its Workspace domain, or the key was deleted: check the delegation in the Admin console (Security > API controls > Domain-wide delegation).';
  }
  return google
    ? 'The refresh token has expired or was revoked. Create a new one (npm run auth in a clone of this action) and update the `oauth-refresh-token` secret. If the OAuth consent screen is in "Testing" status, Google expires refresh tokens after 7 days: publish the app to keep them.'
    : 'The refresh token has expired or was revoked: get a new one from that provider and update the `oauth-refresh-token` secret.';
}

/** Turns a token endpoint failure into a DeliveryError with one clear line. */
export function explainTokenError(
  status: number,
  body: OAuthErrorBody | undefined,
  tokenUrl: string,
  grant: Grant,
  retryAfterSeconds?: number,
  tokenUrlFrom: TokenUrlFrom = 'oauth-token-url',
): DeliveryError {
  const desc = body?.error_description ? `: ${oneLine(body.error_description, 200)}` : '';
  const said = body?.error ? ` The token endpoint said "${oneLine(String(body.error), 100)}${desc}".` : '';
  const host = hostOf(tokenUrl) ?? tokenUrl;
  const google = isKnownGoogleHost(host);
  const who = google ? `Google (${host})` : host;
  if (body?.error === 'invalid_grant') {
    return new DeliveryError(
      'token',
      `token: ${who} refused the ${grantName(grant)} (invalid_grant).${said} ${invalidGrantAdvice(grant, google)}`,
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
