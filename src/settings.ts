import { addressKey, isValidAddress, type Mailbox, parseAddressList } from './addresses.js';
import { maskValues } from './core.js';
import { parseAuthorDomains } from './enrich/author-filter.js';
import { InputError } from './errors.js';
import { isGmailSmtpHost } from './hosts.js';
import { encodedForms } from './secrets.js';
import { STATUS_WORDS, type Status, statusFromWord } from './status.js';
import { didYouMean } from './suggest.js';

export type { Status } from './status.js';

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
export type NotifyWhen = 'always' | 'success' | 'failure' | 'cancelled' | 'fixed' | 'changed';

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

/** Splits a list input on commas, semicolons and newlines; blank entries dropped. */
export function splitList(value: string): string[] {
  return value
    .split(/[,;\r\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function oneOf<T extends string>(input: string, value: string, allowed: readonly T[], fallback: T): T {
  const v = value.trim().toLowerCase();
  if (!v) return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new InputError(
    input,
    `Input \`${input}\` must be one of ${allowed.join(', ')}; got "${value.trim().slice(0, 60)}".${didYouMean(v, allowed)}`,
  );
}

/** The `status` input: success, failure, cancelled or one of GitHub's conclusions; empty is success. */
function statusInput(value: string): Status {
  const v = value.trim();
  if (!v) return 'success';
  const status = statusFromWord(v);
  if (status) return status;
  throw new InputError(
    'status',
    `Input \`status\` must be success, failure or cancelled (or a GitHub conclusion such as timed_out or skipped); got "${v.slice(0, 60)}".${didYouMean(v.toLowerCase(), STATUS_WORDS)}`,
  );
}

function bool(input: string, value: string, fallback: boolean): boolean {
  const v = value.trim().toLowerCase();
  if (!v) return fallback;
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  throw new InputError(
    input,
    `Input \`${input}\` must be true or false; got "${value.trim().slice(0, 60)}".`,
  );
}

function int(input: string, value: string, fallback: number, min: number, max: number): number {
  const v = value.trim();
  if (!v) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
    throw new InputError(
      input,
      `Input \`${input}\` must be a whole number from ${min} to ${max}; got "${v.slice(0, 60)}".`,
    );
  }
  return Number(v);
}

/** https URL, or http on a loopback host (tests, local providers). */
function endpointUrl(input: string, value: string, fallback: string): string {
  const v = value.trim() || fallback;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new InputError(
      input,
      `Input \`${input}\` must be a URL like ${fallback}; got "${v.slice(0, 80)}".`,
    );
  }
  const loopback =
    ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) || url.hostname.startsWith('127.');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new InputError(
      input,
      `Input \`${input}\` must be an https:// URL (plain http is allowed only on loopback); got "${v.slice(0, 80)}".`,
    );
  }
  return v.replace(/\/+$/, '');
}

/** Masks a secret, and each line of a multi-line one, so no log line can show it. */
export function maskSecret(source: InputSource, secret: string): void {
  for (const value of maskValues(secret)) source.setSecret(value);
  // A server may echo it form-encoded (a token request's body): those forms are masked too.
  if (secret.trim() && !/[\r\n]/.test(secret))
    for (const form of encodedForms(secret)) source.setSecret(form);
}

/**
 * Escapes raw line breaks inside JSON string literals, so a key whose `private_key` was pasted with
 * real newlines (invalid JSON) still parses. Line breaks between fields are left alone.
 */
function escapeNewlinesInStrings(text: string): string {
  let out = '';
  let inString = false;
  let escaped = false;
  for (const ch of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      else if (ch === '\n') {
        out += '\\n';
        continue;
      } else if (ch === '\r') continue;
    } else if (ch === '"') inString = true;
    out += ch;
  }
  return out;
}

function parseJsonObject(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return JSON.parse(escapeNewlinesInStrings(text));
  }
}

/** Parses a service-account JSON key given as JSON (escaped `\n` or real newlines in the key) or base64. */
export function parseServiceAccountKey(raw: string): ServiceAccountKey {
  let parsed: unknown;
  try {
    parsed = parseJsonObject(raw.trim());
  } catch {
    // Users sometimes store the key base64-encoded.
    try {
      const decoded = Buffer.from(raw.replace(/\s+/g, ''), 'base64').toString('utf8');
      parsed = parseJsonObject(decoded.trim());
    } catch {
      throw new InputError(
        'service-account-key',
        'Input `service-account-key` is not valid JSON. Paste the whole JSON key file of the service account (or its base64) into the secret.',
      );
    }
  }
  const k = (parsed ?? {}) as Record<string, unknown>;
  if (
    typeof k.client_email !== 'string' ||
    typeof k.private_key !== 'string' ||
    !k.private_key.includes('PRIVATE KEY')
  ) {
    throw new InputError(
      'service-account-key',
      'Input `service-account-key` lacks `client_email` or `private_key`. Use a JSON key of type service_account, created under IAM > Service accounts > Keys.',
    );
  }
  // A key pasted through some tools keeps its newlines as literal `\n`; the PEM needs real ones.
  const privateKey = k.private_key.replace(/(?:\\r)?\\n/g, '\n').replace(/\r\n/g, '\n');
  // Checked now, so a damaged key is an input error (in a dry run too), not a failure while signing.
  let keyType: string | undefined;
  try {
    keyType = process.getBuiltinModule('node:crypto').createPrivateKey(privateKey).asymmetricKeyType;
  } catch {
    keyType = undefined;
  }
  if (keyType !== 'rsa') {
    throw new InputError(
      'service-account-key',
      `Input \`service-account-key\` has a \`private_key\` that ${keyType ? `is not an RSA key (${keyType})` : 'cannot be read as a PEM private key (cut short or altered?)'}. Paste the whole JSON key file again, or create a new key under IAM > Service accounts > Keys.`,
    );
  }
  return {
    client_email: k.client_email,
    private_key: privateKey,
    private_key_id: typeof k.private_key_id === 'string' ? k.private_key_id : undefined,
    token_uri: typeof k.token_uri === 'string' ? k.token_uri : undefined,
  };
}

/** Why a secret input given in the workflow can still arrive empty, and what to check. */
const EMPTY_SECRET_HINT = `if the workflow passes \`\${{ secrets.NAME }}\`, check the secret's name and that it is available to this repository or environment; pull requests from forks get no secrets, and Dependabot runs only Dependabot secrets.`;

function resolveAuth(
  source: InputSource,
  username: string,
  host: string,
  transport: 'smtp' | 'gmail-api',
): AuthSettings {
  const get = (n: string): string => source.getInput(n).trim();
  const appPassword = source.getInput('app-password');
  // Exactly as given, spaces kept; only a final line break (a secret pasted from a file) goes.
  const password = source.getInput('password', { trimWhitespace: false }).replace(/\r?\n$/, '');
  const clientId = get('oauth-client-id');
  const clientSecret = get('oauth-client-secret');
  const refreshToken = get('oauth-refresh-token');
  const accessToken = get('oauth-access-token');
  const saKey = source.getInput('service-account-key');
  const tokenUrlInput = get('oauth-token-url');
  const scope = get('oauth-scope').replace(/\s+/g, ' ');

  // Mask first: even an input we end up rejecting must never be printed.
  if (appPassword) {
    maskSecret(source, appPassword);
    maskSecret(source, appPassword.trim());
    maskSecret(source, appPassword.replace(/\s+/g, ''));
  }
  for (const s of [clientSecret, refreshToken, accessToken]) maskSecret(source, s);
  if (password.trim()) {
    maskSecret(source, password);
    maskSecret(source, password.trim());
  }
  if (saKey.trim()) {
    maskSecret(source, saKey);
    maskSecret(source, saKey.replace(/\\n/g, '\n'));
  }

  const methods: Array<[string, string[]]> = [];
  if (appPassword.trim()) methods.push(['app password', ['app-password']]);
  if (password.trim()) methods.push(['password', ['password']]);
  const oauthGiven = [
    ['oauth-client-id', clientId],
    ['oauth-client-secret', clientSecret],
    ['oauth-refresh-token', refreshToken],
  ].filter(([, v]) => v);
  if (oauthGiven.length) methods.push(['OAuth refresh token', oauthGiven.map(([n]) => n!)]);
  if (accessToken) methods.push(['access token', ['oauth-access-token']]);
  if (saKey.trim()) methods.push(['service account', ['service-account-key']]);

  if (methods.length > 1) {
    const names = methods.flatMap(([, inputs]) => inputs).map((n) => `\`${n}\``);
    throw new InputError(
      methods[0]![1][0]!,
      `Give exactly one sign-in method; these inputs conflict: ${names.join(', ')}. Remove all but one method (app password or password, OAuth refresh token, access token, or service account).`,
    );
  }
  if (scope && oauthGiven.length === 0) {
    throw new InputError(
      'oauth-scope',
      `Input \`oauth-scope\` applies only to the refresh-token method (\`oauth-client-id\`, \`oauth-client-secret\`, \`oauth-refresh-token\`); remove it.${methods[0]?.[0] === 'service account' ? ' A service account gets the scope its transport needs.' : ''}`,
    );
  }
  const needUser = (): void => {
    if (!username) {
      throw new InputError(
        'username',
        gmailNeedsAddress(host, transport, false)
          ? 'Input `username` is required: the Gmail or Workspace address to sign in as.'
          : `Input \`username\` is required: the login of ${host} (e.g. \`apikey\` for SendGrid).`,
      );
    }
  };
  if (methods.length === 0) {
    if (isGmailSmtpHost(host)) {
      // `username` given with every secret empty: the workflow most likely passed a secret that did
      // not reach the run (a misnamed secret, a fork's pull request, Dependabot), not no secret at all.
      if (username) {
        throw new InputError(
          'app-password',
          `No secret reached the action: \`app-password\`, \`oauth-refresh-token\`, \`oauth-access-token\` and \`service-account-key\` are all empty, though \`username\` is set. Set one (${transport === 'gmail-api' ? 'the Gmail API needs an OAuth sign-in: a refresh token, an access token or a service account key' : 'a Gmail App Password is simplest'}); ${EMPTY_SECRET_HINT}`,
        );
      }
      throw new InputError(
        'app-password',
        'No sign-in method given. Set `username` and `app-password` (a Gmail App Password, simplest), or `oauth-client-id`, `oauth-client-secret` and `oauth-refresh-token` (OAuth2); `oauth-access-token` and `service-account-key` also work.',
      );
    }
    // A login (not an address) is only for signing in: its secret did not arrive.
    if (username && !isValidAddress(username)) {
      throw new InputError(
        'password',
        `Input \`username\` is a login (${username.slice(0, 60)}) but \`password\` is empty, so there is nothing to sign in to ${host} with. Set \`password\`; ${EMPTY_SECRET_HINT}`,
      );
    }
    return { kind: 'none', user: username };
  }
  const [kind] = methods[0]!;
  if (kind === 'password') {
    if (isGmailSmtpHost(host) || transport === 'gmail-api') {
      throw new InputError(
        'password',
        `Input \`password\` is for other SMTP servers (set \`smtp-host\`); for Gmail put a Gmail App Password in \`app-password\`${transport === 'gmail-api' ? ', or use an OAuth sign-in for `transport: gmail-api`' : ''}.`,
      );
    }
    needUser();
    return { kind: 'password', user: username, password };
  }
  if (kind === 'app password') {
    needUser();
    const password = appPassword.replace(/\s+/g, '');
    return { kind: 'app-password', user: username, password };
  }
  if (kind === 'OAuth refresh token') {
    const missing = [
      ['oauth-client-id', clientId],
      ['oauth-client-secret', clientSecret],
      ['oauth-refresh-token', refreshToken],
    ]
      .filter(([, v]) => !v)
      .map(([n]) => `\`${n}\``);
    if (missing.length) {
      throw new InputError(
        missing[0]!.replace(/`/g, ''),
        `OAuth sign-in needs all three of \`oauth-client-id\`, \`oauth-client-secret\` and \`oauth-refresh-token\`; missing: ${missing.join(', ')}. Set them; ${EMPTY_SECRET_HINT}`,
      );
    }
    needUser();
    return {
      kind: 'oauth-refresh',
      user: username,
      clientId,
      clientSecret,
      refreshToken,
      tokenUrl: endpointUrl('oauth-token-url', tokenUrlInput, DEFAULT_TOKEN_URL),
      ...(scope ? { scope } : {}),
    };
  }
  if (kind === 'access token') {
    needUser();
    return { kind: 'access-token', user: username, accessToken };
  }
  needUser();
  const key = parseServiceAccountKey(saKey);
  maskSecret(source, key.private_key);
  // action.yml gives oauth-token-url a literal default, so only a different value counts as given.
  const tokenUrlFrom =
    tokenUrlInput && tokenUrlInput !== DEFAULT_TOKEN_URL ? 'oauth-token-url' : 'service-account-key';
  const tokenUrl =
    tokenUrlFrom === 'oauth-token-url'
      ? endpointUrl('oauth-token-url', tokenUrlInput, DEFAULT_TOKEN_URL)
      : endpointUrl('service-account-key', key.token_uri ?? '', DEFAULT_TOKEN_URL);
  return { kind: 'service-account', user: username, key, tokenUrl, tokenUrlFrom };
}

/** Where Gmail signs in, so `username` must be an address (a service account impersonates it). */
function gmailNeedsAddress(host: string, transport: 'smtp' | 'gmail-api', serviceAccount: boolean): boolean {
  return transport === 'gmail-api' || serviceAccount || isGmailSmtpHost(host);
}

/**
 * Headers the action writes itself, with what to do instead. A user line for one of them would
 * either duplicate it (List-Id, X-GitHub-*, the priority headers) or be dropped by the composer in
 * favour of the action's own (Reply-To, In-Reply-To, References): both are refused, never ignored.
 */
const RESERVED_HEADERS = new Map<string, string>([
  ...(['from', 'to', 'cc', 'bcc', 'subject', 'reply-to'] as const).map(
    (input) => [input, `use the action's own input \`${input}\``] as [string, string],
  ),
  ['sender', "use the action's own input `from`"],
  ['x-priority', "use the action's own input `priority`"],
  ['x-msmail-priority', "use the action's own input `priority`"],
  ['importance', "use the action's own input `priority`"],
  ['in-reply-to', "use the action's own input `in-reply-to` (it sets References too)"],
  ['references', "use the action's own input `in-reply-to` (it sets References too)"],
  ...[
    'List-Id',
    'X-GitHub-Repository',
    'X-GitHub-Workflow',
    'X-GitHub-Event',
    'X-GitHub-Status',
    'X-GitHub-Run-URL',
  ].map(
    (name) =>
      [
        name.toLowerCase(),
        `the action sets ${name} on every message for recipients' filters; give yours another name (e.g. X-Team)`,
      ] as [string, string],
  ),
  ...['date', 'message-id', 'mime-version', 'content-type', 'content-transfer-encoding'].map(
    (name) => [name, 'the action sets it'] as [string, string],
  ),
]);

function parseHeaders(value: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const line of value.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const m = /^([!-9;-~]+):\s?(.*)$/.exec(line.trim());
    if (!m) {
      throw new InputError(
        'headers',
        `Input \`headers\` has a line that is not \`Name: value\`: "${line.trim().slice(0, 80)}". Write one header per line.`,
      );
    }
    const name = m[1]!;
    const instead = RESERVED_HEADERS.get(name.toLowerCase());
    if (instead) {
      throw new InputError('headers', `Input \`headers\` may not set ${name}: ${instead}.`);
    }
    out.push([name, m[2]!]);
  }
  return out;
}

function messageIdInput(value: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  const bare = v.replace(/^<|>$/g, '');
  if (!/^[^\s<>@]+@[^\s<>@]+$/.test(bare)) {
    throw new InputError(
      'in-reply-to',
      `Input \`in-reply-to\` must be a Message-ID like <abc123@mail.gmail.com>; got "${v.slice(0, 80)}".`,
    );
  }
  return `<${bare}>`;
}

/**
 * A warning when `from` names another address than the account signing in to Gmail: Gmail then
 * puts the account's own address in From unless the other one is a "Send mail as" alias.
 */
export function senderWarning(settings: Settings): string | undefined {
  const gmail = settings.transport === 'gmail-api' || settings.smtp.host.toLowerCase() === GMAIL_SMTP_HOST;
  const from = settings.from?.address;
  if (!gmail || !from || !settings.username || addressKey(from) === addressKey(settings.username))
    return undefined;
  return `Input \`from\`: ${from} is not \`username\` (${settings.username}); Gmail sends it as ${settings.username} unless ${from} is a "Send mail as" alias of that account (Gmail settings > Accounts).`;
}

/**
 * A warning when `app-password` for smtp.gmail.com is not shaped like a Gmail App Password: 16
 * letters once spaces are removed (Google shows four groups of four). Most likely it is the
 * account's own password, which Gmail refuses. Only a warning: Google could change the format.
 * Dashes are not stripped like spaces: Google never shows them, and an account password may hold
 * them. Nothing derived from the value (not even its length) is put in the line.
 */
export function appPasswordWarning(settings: Settings): string | undefined {
  const { auth } = settings;
  if (auth.kind !== 'app-password' || settings.transport !== 'smtp') return undefined;
  if (settings.smtp.host.toLowerCase() !== GMAIL_SMTP_HOST || /^[A-Za-z]{16}$/.test(auth.password))
    return undefined;
  return 'Input `app-password` does not look like a Gmail App Password (16 letters, shown as four groups of four); Gmail refuses an account password (535-5.7.8 or 534-5.7.9). Create an App Password at https://myaccount.google.com/apppasswords (2-Step Verification must be on) and store it in the secret.';
}

/**
 * Refuses, before anything connects, an `smtp-security` that cannot work on `smtp-port`: STARTTLS on
 * 465 (the port of implicit TLS, RFC 8314: the client would wait for a greeting that never comes),
 * and implicit TLS on Gmail's 587 (STARTTLS there). Another host's 587 may in principle speak
 * implicit TLS, so that mismatch is left to the explanation at connect time.
 */
function refuseSecurityPortMismatch(host: string, port: number, security: SmtpSecurity): void {
  if (security === 'starttls' && port === 465) {
    throw new InputError(
      'smtp-security',
      'Input `smtp-security: starttls` does not work with `smtp-port: 465`: port 465 speaks implicit TLS, so a STARTTLS client would wait for a greeting that never comes. Use `smtp-security: tls` with port 465, or `smtp-port: 587` with starttls.',
    );
  }
  if (security === 'tls' && port === 587 && host.toLowerCase() === GMAIL_SMTP_HOST) {
    throw new InputError(
      'smtp-security',
      'Input `smtp-security: tls` does not work with `smtp-port: 587` on smtp.gmail.com: Gmail speaks STARTTLS on 587, not implicit TLS. Use `smtp-security: starttls` with port 587, or `smtp-port: 465` with tls.',
    );
  }
}

/**
 * `author-recipients` and `author-domains`: the domains are required with `culprits`, since commit
 * addresses are whatever the committer wrote (a fork's pull request included).
 */
function authorInputs(
  recipients: string,
  domainsValue: string,
): Pick<Settings, 'authorRecipients' | 'authorDomains'> {
  const authorRecipients = oneOf('author-recipients', recipients, ['none', 'culprits'] as const, 'none');
  const parsed = parseAuthorDomains(splitList(domainsValue));
  if ('bad' in parsed) {
    throw new InputError(
      'author-domains',
      `Input \`author-domains\` has "${parsed.bad.slice(0, 80)}": ${parsed.why}. List the domains whose addresses may be mailed, e.g. \`author-domains: example.com\`.`,
    );
  }
  if (authorRecipients === 'culprits' && !parsed.domains.length) {
    throw new InputError(
      'author-domains',
      'Input `author-domains` is required with `author-recipients: culprits`: list the domains whose commit addresses may be mailed (e.g. `author-domains: example.com`). Anyone can put any address in a commit, so only these domains (and their subdomains) are mailed.',
    );
  }
  return { authorRecipients, authorDomains: parsed.domains };
}

/**
 * The `template-env` list: environment variable names, never the runner's own (`INPUT_*` holds the
 * inputs, secrets included; `ACTIONS_*` the runner's tokens).
 */
function templateEnvInput(value: string): string[] {
  const names = [...new Set(splitList(value).flatMap((n) => n.split(/\s+/)))].filter(Boolean);
  for (const name of names) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new InputError(
        'template-env',
        `Input \`template-env\` must list environment variable names (letters, digits, _); got "${name.slice(0, 60)}".`,
      );
    }
    if (/^(INPUT|ACTIONS)_/i.test(name)) {
      throw new InputError(
        'template-env',
        `Input \`template-env\` cannot name ${name.slice(0, 60)}: INPUT_* and ACTIONS_* variables hold inputs and the runner's tokens. Put the value in the step's \`env\` under a name of its own.`,
      );
    }
  }
  return names;
}

/**
 * Reads and validates every input. The only place that reads inputs; secrets are masked the moment
 * they are read. Throws InputError (one clear line naming the input) on anything invalid.
 */
export function getSettings(input: InputSource): Settings {
  // Each secret is announced once, however many inputs or forms share it.
  const masked = new Set<string>();
  const source: InputSource = {
    getInput: (name, options) => input.getInput(name, options),
    setSecret: (secret) => {
      if (masked.has(secret)) return;
      masked.add(secret);
      input.setSecret(secret);
    },
  };
  const get = (n: string): string => source.getInput(n);
  // Any token given for the GitHub API is a secret too.
  maskSecret(source, get('github-token').trim());

  const username = get('username').trim();
  const host = get('smtp-host').trim() || GMAIL_SMTP_HOST;
  if (/[\s/:@]/.test(host)) {
    throw new InputError(
      'smtp-host',
      `Input \`smtp-host\` must be a host name such as smtp.gmail.com, without scheme or port; got "${host.slice(0, 80)}".`,
    );
  }
  const port = int('smtp-port', get('smtp-port'), 465, 1, 65535);
  const security = oneOf<SmtpSecurity>(
    'smtp-security',
    get('smtp-security'),
    ['tls', 'starttls', 'none'],
    port === 465 ? 'tls' : 'starttls',
  );
  const transport = oneOf('transport', get('transport'), ['smtp', 'gmail-api'] as const, 'smtp');
  const loginOnly = username !== '' && !isValidAddress(username);
  // Checked before the sign-in inputs, as for Gmail it is the first thing to fix.
  if (loginOnly && gmailNeedsAddress(host, transport, get('service-account-key').trim() !== '')) {
    throw new InputError(
      'username',
      `Input \`username\` must be the full email address of the Gmail account (e.g. ci-bot@gmail.com); got "${username.slice(0, 80)}". A login such as \`apikey\` is for other servers: set \`smtp-host\` and \`password\`.`,
    );
  }
  const auth = resolveAuth(source, username, host, transport);
  if (security === 'none' && auth.kind !== 'none') {
    throw new InputError(
      'smtp-security',
      'Input `smtp-security: none` would send credentials unencrypted. Use `tls` (port 465) or `starttls` (port 587), or remove the credentials for a server that needs none.',
    );
  }
  if (transport === 'gmail-api' && (auth.kind === 'app-password' || auth.kind === 'none')) {
    throw new InputError(
      'transport',
      '`transport: gmail-api` needs an OAuth sign-in (`oauth-refresh-token` trio, `oauth-access-token` or `service-account-key`); an App Password works only with SMTP.',
    );
  }
  // Only SMTP uses them: a leftover pair does not stop the Gmail API.
  if (transport === 'smtp') refuseSecurityPortMismatch(host, port, security);
  const gmailApiUrl = endpointUrl('gmail-api-url', get('gmail-api-url'), DEFAULT_GMAIL_API_URL);

  let from: Mailbox | undefined;
  const fromList = parseAddressList('from', get('from'));
  if (fromList.length > 1) throw new InputError('from', 'Input `from` must be a single address.');
  if (fromList.length === 1) from = fromList[0];
  if (!from && !username) {
    throw new InputError('from', 'Set `from` (or `username`): the message needs a sender address.');
  }
  if (!from && loginOnly) {
    throw new InputError(
      'from',
      `Input \`from\` is required: \`username\` (${username.slice(0, 60)}) is a login, not an address, so it cannot be the sender. Set \`from\` to an address ${host} may send as, e.g. \`from: CI <ci@example.com>\`.`,
    );
  }

  const to = parseAddressList('to', get('to'));
  const cc = parseAddressList('cc', get('cc'));
  const bcc = parseAddressList('bcc', get('bcc'));
  const replyTo = parseAddressList('reply-to', get('reply-to'));
  // Duplicates across to/cc/bcc are removed, keeping the most visible place.
  const seen = new Set<string>();
  const dedupe = (list: Mailbox[]): Mailbox[] =>
    list.filter((m) => {
      const k = addressKey(m.address);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  const toD = dedupe(to);
  const ccD = dedupe(cc);
  const bccD = dedupe(bcc);
  if (seen.size === 0) {
    throw new InputError(
      'to',
      'No recipients: set at least one of `to`, `cc` or `bcc` (e.g. `to: team@example.com`).',
    );
  }
  if (seen.size > MAX_RECIPIENTS) {
    throw new InputError(
      'to',
      `Too many recipients: ${seen.size} across \`to\`, \`cc\` and \`bcc\`; Gmail accepts at most ${MAX_RECIPIENTS} per message. Use a Google Group or mailing list address instead.`,
    );
  }

  const bodyFormatRaw = get('body-format').trim();
  // The words hold no spaces, so spaces separate them too, and YAML list debris (`- x`, `[x, y]`,
  // quotes) from a list written as YAML inside the string is dropped.
  const notifyWhen = get('notify-when')
    .toLowerCase()
    .split(/[,;\s]+/)
    .map((w) => w.replace(/^[-[\]"']+|[[\]"']+$/g, ''))
    .filter(Boolean);
  const allowedWhen: NotifyWhen[] = ['always', 'success', 'failure', 'cancelled', 'fixed', 'changed'];
  for (const w of notifyWhen) {
    if (!(allowedWhen as string[]).includes(w)) {
      throw new InputError(
        'notify-when',
        `Input \`notify-when\` has "${w.slice(0, 40)}"; use any of ${allowedWhen.join(', ')}, separated by commas.${didYouMean(w, allowedWhen)}`,
      );
    }
  }
  const status = statusInput(get('status'));

  const emlPath = get('eml-path').trim();
  return {
    username,
    auth,
    transport,
    smtp: { host, port, security },
    gmailApiUrl,
    from,
    to: toD,
    cc: ccD,
    bcc: bccD,
    replyTo,
    subject: get('subject') || undefined,
    body: get('body') || undefined,
    bodyFile: get('body-file').trim() || undefined,
    bodyFormat: oneOf<BodyFormat>('body-format', bodyFormatRaw, ['markdown', 'html', 'text'], 'markdown'),
    attachments: splitList(get('attachments')),
    ifNoFilesFound: oneOf(
      'if-no-files-found',
      get('if-no-files-found'),
      ['warn', 'error', 'ignore'] as const,
      'warn',
    ),
    priority: oneOf('priority', get('priority'), ['high', 'normal', 'low'] as const, 'normal'),
    headers: parseHeaders(get('headers')),
    inReplyTo: messageIdInput(get('in-reply-to')),
    status,
    notifyWhen: notifyWhen.length ? (notifyWhen as NotifyWhen[]) : ['always'],
    details: bool('details', get('details'), true),
    logLines: int('log-lines', get('log-lines'), 30, 0, 1000),
    junitFiles: splitList(get('junit-files')),
    githubToken: get('github-token').trim(),
    ...authorInputs(get('author-recipients'), get('author-domains')),
    retries: int('retries', get('retries'), 3, 0, 10),
    timeoutSeconds: int('timeout-seconds', get('timeout-seconds'), 120, 1, 3600),
    dryRun: bool('dry-run', get('dry-run'), false),
    emlPath: emlPath || undefined,
    templateEnv: templateEnvInput(get('template-env')),
    jobSummary: bool('job-summary', get('job-summary'), true),
    failOnError: bool('fail-on-error', get('fail-on-error'), true),
  };
}
