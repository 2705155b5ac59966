// Types for gmail-api.mjs (hand-written; keep in step with it).

/** Scopes that allow users.messages.send. */
export declare const SEND_SCOPES: readonly string[];
/** 35 MiB: the largest message messages.send accepts. */
export declare const GMAIL_API_MAX_BYTES: number;

/** A Gmail API error body: `{ error: { code, message, errors: [{ message, domain, reason }], status } }`. */
export interface GmailApiErrorBody {
  error: {
    code: number;
    message: string;
    errors: Array<{ message: string; domain: string; reason: string }>;
    status: string;
  };
}

/** Google's error bodies as this server sends them. */
export declare const GMAIL_API_ERRORS: {
  /** 401 authError / UNAUTHENTICATED (unknown, expired or revoked token). */
  readonly invalidCredentials: GmailApiErrorBody;
  /** 403 insufficientPermissions / PERMISSION_DENIED (token lacks a send scope). */
  readonly insufficientScope: GmailApiErrorBody;
  /** 429 rateLimitExceeded / RESOURCE_EXHAUSTED. */
  readonly rateLimited: GmailApiErrorBody;
  /** 500 backendError. */
  readonly backendError: GmailApiErrorBody;
  /** 503 backendError / UNAVAILABLE. */
  readonly unavailable: GmailApiErrorBody;
  /** 400 invalidArgument "Recipient address required". */
  readonly recipientRequired: GmailApiErrorBody;
  /** 403 forbidden "Delegation denied for …". */
  readonly delegationDenied: GmailApiErrorBody;
};

/** What a Bearer token is worth. */
export interface GmailApiTokenGrant {
  /** The mailbox the token belongs to; `users/{this}` is accepted as well as `users/me`. */
  user?: string;
  /** Granted scopes; default ['https://www.googleapis.com/auth/gmail.send']. None of SEND_SCOPES → 403. */
  scopes?: string[];
}

/** A scripted error reply for the first `times` requests that pass the token checks (default: all). */
export interface GmailApiFault {
  /** HTTP status; default 503. 429/401/403/5xx get Google's matching body. */
  status?: number;
  times?: number;
  /** Seconds, sent as Retry-After. */
  retryAfter?: number;
  /** Replace the body. */
  body?: unknown;
  /** Never answer. */
  hang?: boolean;
  /**
   * With `hang`: `after-body` (default) reads the whole request body first, so the client has
   * uploaded everything; `before-body` never reads it (`bodyBytes` stays unset), so an upload larger
   * than the socket buffers cannot complete.
   */
  when?: 'before-body' | 'after-body';
}

export interface GmailApiServerOptions {
  /** Accepted Bearer tokens; anything else → 401. */
  tokens?: Record<string, GmailApiTokenGrant>;
  /** Serve HTTPS with test/fixtures/tls/server.pem (trusted via the test CA). Default false. */
  https?: boolean;
  faults?: GmailApiFault | GmailApiFault[];
  /** Largest raw message accepted; default GMAIL_API_MAX_BYTES. Larger → 413. */
  maxUploadBytes?: number;
}

/** A message the server accepted. */
export interface GmailApiReceivedMessage {
  id: string;
  threadId: string;
  /** The RFC 822 message exactly as uploaded. */
  raw: Buffer;
  /** Whom Gmail would deliver it to: the addresses of its To, Cc and Bcc headers, lowercased. */
  recipients: string[];
  /** `media` (uploadType=media), `multipart` (uploadType=multipart) or `json` ({raw} without upload). */
  form: 'media' | 'multipart' | 'json';
  /** `{userId}` from the path, e.g. 'me'. */
  userId: string;
  /** The token's user. */
  user?: string;
  /** The JSON metadata (multipart, json forms). */
  metadata: Record<string, unknown>;
  /** The body came with Transfer-Encoding: chunked (streamed, no Content-Length). */
  chunked: boolean;
}

/** What the server saw for one request (tokens are not recorded). */
export interface GmailApiRequestRecord {
  method: string;
  path: string;
  uploadType: string;
  contentType: string;
  chunked: boolean;
  /** An `Authorization: Bearer …` header was present. */
  bearer: boolean;
  userId?: string;
  /** The token's user, when the token was accepted. */
  user?: string;
  form?: 'media' | 'multipart' | 'json';
  /** Bytes of the body read, once it was read to its end. */
  bodyBytes?: number;
  fault?: boolean;
  status: number;
  /** `reason` of an error reply. */
  reason?: string;
  /** Gmail id of the accepted message. */
  messageId?: string;
}

export interface RunningGmailApiServer {
  /** Base URL, `http(s)://127.0.0.1:PORT` — the action's `gmail-api-url`. */
  url: string;
  port: number;
  received: GmailApiReceivedMessage[];
  requests: GmailApiRequestRecord[];
  /** Ends open requests and stops listening (bounded: at most ~2 s). Idempotent. */
  close(): Promise<void>;
}

/** Starts a Gmail-API-like `users.messages.send` endpoint on 127.0.0.1, on an ephemeral port. */
export declare function startGmailApiServer(options?: GmailApiServerOptions): Promise<RunningGmailApiServer>;
