// Types for oauth-authorize.mjs (hand-written; keep in step with it).

export interface AuthorizationClient {
  secret: string;
  /** Refresh token issued for access_type=offline; default a random `1//0g-test-…`. */
  refreshToken?: string;
  /** Access token issued; default a random `ya29.a0-test-…`. */
  accessToken?: string;
}

export interface AuthorizationServerOptions {
  /** Desktop OAuth clients, keyed by client_id. An unknown client_id gets Google's error page, no redirect. */
  clients?: Record<string, AuthorizationClient>;
  /** The user declines on the consent screen: redirect with `error=access_denied`. */
  deny?: boolean;
  /** Require code_challenge with S256 (default true). */
  requirePkce?: boolean;
}

/** One visit to the consent endpoint. */
export interface AuthorizeRecord {
  clientId: string;
  redirectUri: string;
  responseType: string;
  scope: string;
  state?: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
  accessType?: string;
  prompt?: string;
  loginHint?: string;
  /** `code` issued, `denied` (access_denied), or `error`. */
  outcome: 'code' | 'denied' | 'error';
  error?: string;
}

/** One POST to /token (client secrets and codes are not recorded). */
export interface CodeExchangeRecord {
  grantType: string;
  clientId: string;
  redirectUri: string;
  hasVerifier: boolean;
  /** The verifier's S256 hash matched the challenge. */
  verifierOk?: boolean;
  scope?: string;
  status: number;
  error?: string;
  issuedAccessToken?: string;
  issuedRefreshToken?: string;
}

export interface RunningAuthorizationServer {
  /** http://127.0.0.1:PORT */
  url: string;
  /** The consent endpoint, `…/o/oauth2/v2/auth` (the helper's `--auth-url`). */
  authorizeUrl: string;
  /** The token endpoint, `…/token` (the helper's `--token-url`). */
  tokenUrl: string;
  port: number;
  authorizations: AuthorizeRecord[];
  exchanges: CodeExchangeRecord[];
  /** Stops listening (bounded: at most ~2 s). Idempotent. */
  close(): Promise<void>;
}

/** Starts a Google-like OAuth authorization server (consent + code exchange with PKCE) on 127.0.0.1. */
export declare function startAuthorizationServer(
  options?: AuthorizationServerOptions,
): Promise<RunningAuthorizationServer>;
