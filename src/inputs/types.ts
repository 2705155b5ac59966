/** The typed settings the inputs are read into, and the constants their defaults use. */
import type { Mailbox } from '../addresses.js';
import type { NotifyWhen } from '../decide/notify-when.js';
import type { Status } from '../decide/status.js';

export type { NotifyWhen } from '../decide/notify-when.js';
export type { Status } from '../decide/status.js';

/** The part of @actions/core that settings need; tests hand in a plain object. */
export interface InputSource {
  /** Trimmed, like @actions/core, unless `trimWhitespace: false` (a password kept as given). */
  getInput(name: string, options?: { trimWhitespace?: boolean }): string;
  setSecret(secret: string): void;
}

/** A parsed service-account JSON key (only the fields we use). */
export interface ServiceAccountKey {
  client_email: string;
  private_key: string;
  private_key_id?: string;
  token_uri?: string;
}

/** The one sign-in method the user configured. */
export type AuthSettings =
  | { kind: 'app-password'; user: string; password: string }
  /** The `password` input for another SMTP server: used exactly as given, spaces kept. */
  | { kind: 'password'; user: string; password: string }
  | {
      kind: 'oauth-refresh';
      user: string;
      clientId: string;
      clientSecret: string;
      refreshToken: string;
      tokenUrl: string;
      /** Sent as `scope` with the refresh grant when given (Microsoft's endpoint wants one). */
      scope?: string;
    }
  | { kind: 'access-token'; user: string; accessToken: string }
  | {
      kind: 'service-account';
      user: string;
      key: ServiceAccountKey;
      tokenUrl: string;
      /** Where tokenUrl came from, for error lines: the input, or the key's `token_uri`. */
      tokenUrlFrom: 'oauth-token-url' | 'service-account-key';
    }
  | { kind: 'none'; user: string };

export type SmtpSecurity = 'tls' | 'starttls' | 'none';
export type BodyFormat = 'markdown' | 'html' | 'text';

/** Everything the action was asked to do, typed and validated. */
export interface Settings {
  /**
   * The login. For Gmail an address (and the default sender); on another server any login (`apikey`),
   * and then `from` is set. May be empty for unauthenticated non-Gmail hosts.
   */
  username: string;
  auth: AuthSettings;
  transport: 'smtp' | 'gmail-api';
  smtp: { host: string; port: number; security: SmtpSecurity };
  gmailApiUrl: string;
  /** Sender; undefined means "the default": a display name naming the repository, address = username. */
  from?: Mailbox;
  to: Mailbox[];
  cc: Mailbox[];
  bcc: Mailbox[];
  replyTo: Mailbox[];
  /** Templates as given; undefined means "use the default". */
  subject?: string;
  body?: string;
  bodyFile?: string;
  bodyFormat: BodyFormat;
  attachments: string[];
  ifNoFilesFound: 'warn' | 'error' | 'ignore';
  priority: 'high' | 'normal' | 'low';
  headers: Array<[string, string]>;
  inReplyTo?: string;
  /**
   * The `status` input, GitHub's conclusion words mapped onto success, failure or cancelled (see
   * status.ts). For a `workflow_run` event, run() replaces it with the status to report (runStatus).
   */
  status: Status;
  notifyWhen: NotifyWhen[];
  details: boolean;
  logLines: number;
  junitFiles: string[];
  githubToken: string;
  /** `culprits`: also mail the authors of the commits this run is about (enrich/authors.ts). */
  authorRecipients: 'none' | 'culprits';
  /** Lower-case ASCII domains author addresses must be in (subdomains admitted); set with `culprits`. */
  authorDomains: string[];
  retries: number;
  timeoutSeconds: number;
  dryRun: boolean;
  emlPath?: string;
  /** Environment variables templates may read as `env.NAME`; no other is visible to them. */
  templateEnv: string[];
  jobSummary: boolean;
  failOnError: boolean;
}

export const GMAIL_SMTP_HOST = 'smtp.gmail.com';
export const DEFAULT_TOKEN_URL = 'https://oauth2.googleapis.com/token';
export const DEFAULT_GMAIL_API_URL = 'https://gmail.googleapis.com';
/** Gmail's per-message recipient limit, for SMTP and the API alike. */
export const MAX_RECIPIENTS = 100;
