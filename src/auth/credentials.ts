import type { DeliveryError } from '../errors.js';
import type { AuthSettings } from '../inputs/index.js';
import { type Deadline, withRetries } from '../retry.js';
import { serviceAccountAssertion } from './service-account.js';
import { requestToken } from './token-endpoint.js';

/** What a transport signs in with: a password, a bearer token, or nothing. */
export type Credentials =
  | { kind: 'password'; user: string; pass: string }
  | { kind: 'oauth2'; user: string; accessToken: string }
  | { kind: 'none'; user: string };

/** The OAuth scope each transport needs. */
export const SCOPES = {
  smtp: 'https://mail.google.com/',
  'gmail-api': 'https://www.googleapis.com/auth/gmail.send',
} as const;

export interface CredentialOptions {
  transport: 'smtp' | 'gmail-api';
  deadline: Deadline;
  retries: number;
  /** Masks a token the moment we obtain it. */
  setSecret: (secret: string) => void;
  onRetry?: (err: DeliveryError, delayMs: number, attempt: number) => void;
}

/** The signed JWT, masked first: it is a bearer credential for its hour, like the key that signs it. */
function maskedAssertion(
  auth: Extract<AuthSettings, { kind: 'service-account' }>,
  scope: string,
  setSecret: (secret: string) => void,
): string {
  const jwt = serviceAccountAssertion(auth.key, auth.user, scope, auth.tokenUrl);
  setSecret(jwt);
  return jwt;
}

/** Turns the configured sign-in method into credentials, fetching an access token when needed. */
export async function obtainCredentials(
  auth: AuthSettings,
  options: CredentialOptions,
): Promise<Credentials> {
  switch (auth.kind) {
    case 'none':
      return { kind: 'none', user: auth.user };
    case 'app-password':
    case 'password':
      return { kind: 'password', user: auth.user, pass: auth.password };
    case 'access-token':
      return { kind: 'oauth2', user: auth.user, accessToken: auth.accessToken };
    case 'oauth-refresh':
    case 'service-account': {
      const fetchToken = (): Promise<{ accessToken: string }> =>
        auth.kind === 'oauth-refresh'
          ? requestToken(
              auth.tokenUrl,
              {
                grant_type: 'refresh_token',
                client_id: auth.clientId,
                client_secret: auth.clientSecret,
                refresh_token: auth.refreshToken,
                ...(auth.scope ? { scope: auth.scope } : {}),
              },
              'refresh_token',
              options.deadline,
            )
          : requestToken(
              auth.tokenUrl,
              {
                grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
                assertion: maskedAssertion(auth, SCOPES[options.transport], options.setSecret),
              },
              'jwt-bearer',
              options.deadline,
              auth.tokenUrlFrom,
            );
      const token = await withRetries(fetchToken, {
        retries: options.retries,
        deadline: options.deadline,
        onRetry: options.onRetry,
      });
      options.setSecret(token.accessToken);
      return { kind: 'oauth2', user: auth.user, accessToken: token.accessToken };
    }
  }
}

/** The SASL strings whose base64 forms travel on the wire: masked too, so not even those can leak. */
export function wireSecrets(creds: Credentials): string[] {
  if (creds.kind === 'password') {
    return [
      Buffer.from(`\u0000${creds.user}\u0000${creds.pass}`).toString('base64'),
      Buffer.from(creds.pass).toString('base64'),
    ];
  }
  if (creds.kind === 'oauth2') {
    return [
      Buffer.from(`user=${creds.user}\u0001auth=Bearer ${creds.accessToken}\u0001\u0001`).toString('base64'),
      Buffer.from(creds.accessToken).toString('base64'),
    ];
  }
  return [];
}
