// Types for smtp.mjs (hand-written; keep in step with it).

/** Gmail's replies, verbatim, lines joined with `\n` (as nodemailer reports them). */
export interface GmailReplies {
  /** 535-5.7.8 Username and Password not accepted (also the XOAUTH2 failure after the challenge). */
  readonly badCredentials: string;
  /** 534-5.7.9 Application-specific password required. */
  readonly appPasswordRequired: string;
  /** 421-4.7.0 Try again later, closing connection. (EHLO) — the server closes after it. */
  readonly tryAgainLater: string;
  /** 454-4.7.0 Too many login attempts, please try again later. */
  readonly tooManyLoginAttempts: string;
  /** 550-5.4.5 Daily user sending limit exceeded. */
  readonly dailyLimitExceeded: string;
  /** 530-5.7.0 Authentication Required (MAIL without AUTH). */
  readonly authRequired: string;
  /** 530 5.7.0 Must issue a STARTTLS command first. (AUTH or MAIL before STARTTLS on a starttls server). */
  readonly mustIssueStarttls: string;
  /** 552-5.3.4 Your message exceeded Google's message size limits. */
  readonly messageTooBig: string;
}
export declare const GMAIL_REPLIES: GmailReplies;

/** JSON inside Gmail's XOAUTH2 `334` challenge: `{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}`. */
export declare const XOAUTH2_CHALLENGE: {
  readonly status: string;
  readonly schemes: string;
  readonly scope: string;
};

/** Gmail's advertised SIZE (35882577 bytes), the default `maxMessageSize`. */
export declare const GMAIL_SIZE_LIMIT: number;

/** `tls`: implicit TLS like :465; `starttls`: like :587 (AUTH and MAIL refused before STARTTLS); `none`: no TLS. */
export type SmtpSecurity = 'tls' | 'starttls' | 'none';

/** Certificate the server presents, from test/fixtures/tls. */
export type SmtpCertName = 'server' | 'wrong-host' | 'self-signed';

export interface SmtpUser {
  /** Accepted by AUTH PLAIN and LOGIN (compared exactly: an App Password without its spaces). */
  password?: string;
  /** The account's normal password: AUTH with it gets 534-5.7.9 (App Password required), like Gmail with 2SV. */
  accountPassword?: string;
  /** Access token(s) accepted by XOAUTH2. */
  accessToken?: string | string[];
  /** Valid tokens without the https://mail.google.com/ scope: XOAUTH2 gets the 334 challenge, then 535-5.7.8. */
  tokensWithoutScope?: string[];
}

/**
 * A scripted reply, written as Gmail sends it (e.g. `GMAIL_REPLIES.tryAgainLater`); lines joined
 * with `\n` or `\r\n`, each starting with the same code and `-` (continuation) or ` ` (last).
 * With `times`, only the first N occurrences of the stage get it; afterwards the server behaves normally.
 */
export type ReplyFault = string | { reply: string; times?: number };
/** `'silent'`: TCP (and TLS) accepted, but no greeting is ever sent. */
export type GreetingFault = 'silent' | ReplyFault;
export type FlagFault = true | { times?: number };

export interface SmtpFaults {
  /** Instead of the 220 greeting (a 421 closes the connection), or 'silent'. Counted per connection. */
  greeting?: GreetingFault;
  /** Reply to EHLO/HELO (counted per EHLO or HELO command). */
  ehlo?: ReplyFault;
  /** Reply to AUTH, whatever the credentials (counted per authentication attempt). */
  auth?: ReplyFault;
  /** Reply to MAIL FROM. */
  mail?: ReplyFault;
  /** Reply to RCPT TO (counted per recipient). */
  rcpt?: ReplyFault;
  /**
   * Reply to RCPT TO for one address (keyed by address, case-insensitive), counted per RCPT TO of
   * that address; takes precedence over `rcpt`. E.g. `{ 'b@example.com': { reply: '450 …', times: 1 } }`.
   */
  rcptFor?: Record<string, ReplyFault>;
  /** Reply after the message body (instead of 250). */
  data?: ReplyFault;
  /** Destroy the socket when the first chunk of the body arrives. */
  dropDuringData?: FlagFault;
  /** Read the whole body, then never reply. */
  stallAfterData?: FlagFault;
}

export interface SmtpServerOptions {
  /** Default 'tls'. */
  security?: SmtpSecurity;
  /** Default 'server' (SAN localhost, 127.0.0.1, ::1, signed by the test CA). */
  cert?: SmtpCertName;
  /** Accounts, keyed by username (the Gmail address). */
  users?: Record<string, SmtpUser>;
  /** Accept MAIL without AUTH. Default false (530-5.7.0 like Gmail), except true for security 'none'. */
  authOptional?: boolean;
  faults?: SmtpFaults;
  /** Bytes; larger messages (or a larger MAIL FROM SIZE=) get 552-5.3.4. Default GMAIL_SIZE_LIMIT. */
  maxMessageSize?: number;
  /** Idle timeout of a connection. Default 60000. */
  socketTimeoutMs?: number;
  /**
   * Port on 127.0.0.1; default 0 (ephemeral). A port below 1024 needs the privilege to bind it:
   * startSmtpServer rejects (EACCES) without it.
   */
  port?: number;
}

/** A message the server accepted (250 after DATA). */
export interface ReceivedMessage {
  envelope: { mailFrom: string; rcptTo: string[] };
  /** The message exactly as sent (dot-unstuffed), headers and body. */
  raw: Buffer;
  /** The authenticated username, or null. */
  user: string | null;
  /** 'PLAIN' | 'LOGIN' | 'XOAUTH2', or null without AUTH. */
  authMethod: string | null;
  /** Whether the connection was TLS (implicit or after STARTTLS) when the message was sent. */
  secure: boolean;
  /** The name the client announced in its last EHLO/HELO, as sent. */
  clientHostname: string;
  /** `id` of the SmtpConnectionRecord it came in on. */
  connectionId: number;
}

export interface AuthAttempt {
  method: string;
  username: string;
  ok: boolean;
  reason:
    | 'ok'
    | 'bad-credentials'
    | 'app-password-required'
    | 'invalid-token'
    | 'insufficient-scope'
    | 'fault';
}

/** One TCP connection the server accepted (a snapshot). */
export interface SmtpConnectionRecord {
  /** 1, 2, 3… in the order connections arrived. */
  id: number;
  remotePort: number;
  /** TLS at the end (implicit, or after STARTTLS). */
  secure: boolean;
  /** The 220 greeting was sent. False for a failed TLS handshake, a scripted greeting fault or 'silent'. */
  greeted: boolean;
  /** The 'silent' greeting fault applied. */
  silent: boolean;
  /** Names announced in EHLO/HELO, as sent, in order. */
  ehloNames: string[];
  /** Command verbs in order (`AUTH PLAIN` with its mechanism; credentials never recorded). */
  commands: string[];
  user: string | null;
  authMethod: string | null;
  /** dropDuringData applied. */
  dropped: boolean;
  /** stallAfterData applied. */
  stalled: boolean;
  closed: boolean;
}

export interface RunningSmtpServer {
  host: '127.0.0.1';
  port: number;
  security: SmtpSecurity;
  /** Accepted messages, in order. */
  received: ReceivedMessage[];
  /** Every AUTH attempt (never the password or token). */
  authAttempts: AuthAttempt[];
  /** Socket and TLS errors the server saw (e.g. a client rejecting the certificate). */
  errors: string[];
  /** Snapshots of every connection so far. */
  connections(): SmtpConnectionRecord[];
  /** Destroys open connections and stops listening (bounded: at most ~2 s). Idempotent. */
  close(): Promise<void>;
}

/** Starts a Gmail-like SMTP server on 127.0.0.1, on an ephemeral port. */
export declare function startSmtpServer(options?: SmtpServerOptions): Promise<RunningSmtpServer>;
