// Types for token.mjs (hand-written; keep in step with it).

/** `urn:ietf:params:oauth:grant-type:jwt-bearer` */
export declare const JWT_BEARER_GRANT: string;

export interface GoogleTokenError {
  readonly status: number;
  readonly body: { readonly error: string; readonly error_description: string };
}

/** Google's token-endpoint errors, as this server sends them. */
export declare const GOOGLE_TOKEN_ERRORS: {
  /** 401 invalid_client "The OAuth client was not found." (unknown client_id) */
  readonly clientNotFound: GoogleTokenError;
  /** 401 invalid_client "Unauthorized" (wrong client_secret) */
  readonly wrongClientSecret: GoogleTokenError;
  /** 400 invalid_grant "Token has been expired or revoked." (unknown refresh token) */
  readonly refreshTokenRevoked: GoogleTokenError;
  /** 400 invalid_grant "Invalid JWT Signature." */
  readonly invalidJwtSignature: GoogleTokenError;
  /** 400 invalid_grant "Invalid JWT: Token must be a short-lived token (60 minutes)…" (bad iat/exp) */
  readonly jwtTimeframe: GoogleTokenError;
  /** 400 invalid_grant "Invalid grant: account not found" (unknown iss) */
  readonly serviceAccountNotFound: GoogleTokenError;
  /** 401 unauthorized_client (domain-wide delegation missing for the subject or scope) */
  readonly unauthorizedClient: GoogleTokenError;
  /** 400 invalid_scope (no scope claim) */
  readonly invalidScope: GoogleTokenError;
};

export interface RefreshTokenGrant {
  accessToken: string;
  /** Returned as `scope`. Default 'https://mail.google.com/'. */
  scope?: string;
}

export interface OAuthClient {
  secret: string;
  /** Refresh tokens this client may exchange; anything else → 400 invalid_grant. */
  refreshTokens: Record<string, RefreshTokenGrant>;
}

export interface ServiceAccountSettings {
  /** PEM public key (e.g. test/fixtures/tls/sa-pub.pem) that verifies the JWT's RS256 signature. */
  publicKey: string;
  /** Users (`sub`) it may impersonate; others → 401 unauthorized_client. Default: any. */
  allowedSubjects?: string[];
  /** Scopes it is delegated; others → 401 unauthorized_client. Default: any. */
  allowedScopes?: string[];
  /** Access token to issue; default options.jwtAccessToken, else a random `ya29.c.test-…`. */
  accessToken?: string;
}

/** A scripted fault; applies to the first `times` requests (default: all). Faults in a list apply in order. */
export interface TokenFault {
  /** HTTP status of the error reply (default 503). */
  status?: 500 | 502 | 503 | 429 | number;
  times?: number;
  /** Seconds, sent as a Retry-After header. */
  retryAfter?: number;
  /** Reply 200 with a truncated JSON body instead. */
  malformedJson?: boolean;
  /** Never reply (the request hangs until the client gives up or the server closes). */
  hang?: boolean;
}

export interface TokenServerOptions {
  /** OAuth clients for grant_type=refresh_token, keyed by client_id. */
  clients?: Record<string, OAuthClient>;
  /** Service accounts for the JWT-bearer grant, keyed by client_email (the JWT's iss): a PEM public key or settings. */
  serviceAccounts?: Record<string, string | ServiceAccountSettings>;
  /** Access token issued for a valid JWT (default: generated per request). */
  jwtAccessToken?: string;
  faults?: TokenFault | TokenFault[];
}

/** What the server saw for one request (client secrets and refresh tokens are not recorded). */
export interface TokenRequestRecord {
  method: string;
  path: string;
  contentType: string;
  /** grant_type as sent ('' if missing). */
  grantType: string;
  /** client_id (refresh grant) or the JWT's iss (JWT grant). */
  clientId: string;
  /** How the client sent its credentials (refresh grant). */
  clientAuth: 'basic' | 'body' | 'none';
  /** JWT grant: the decoded header and claims. */
  jwtHeader?: Record<string, unknown>;
  claims?: Record<string, unknown>;
  /** JWT grant: `sub`. */
  subject?: string;
  /** JWT grant: the `scope` claim; refresh grant: the scope granted. */
  scope?: string;
  /** Refresh grant: the `scope` parameter, when the client sent one. */
  requestedScope?: string;
  /** A scripted fault answered this request. */
  fault?: boolean;
  /** HTTP status sent (0 while unanswered). */
  status: number;
  /** `error` of an error reply. */
  error?: string;
  /** The access token issued, on success. */
  issuedAccessToken?: string;
}

export interface RunningTokenServer {
  /** http://127.0.0.1:PORT/token — also the `aud` a JWT must carry. */
  url: string;
  port: number;
  requests: TokenRequestRecord[];
  /** Ends open requests and stops listening (bounded: at most ~2 s). Idempotent. */
  close(): Promise<void>;
}

/** Starts a Google-like OAuth token endpoint on 127.0.0.1, on an ephemeral port. */
export declare function startTokenServer(options?: TokenServerOptions): Promise<RunningTokenServer>;

/** Client credentials from an HTTP Basic header (RFC 6749 2.3.1: each part form-encoded), or undefined. */
export declare function basicCredentials(
  header: string | undefined,
): { id: string; secret: string } | undefined;
