/**
 * Where and how the message goes: `transport`, `smtp-host`, `smtp-port`, `smtp-security`,
 * `gmail-api-url`, and the sign-in method (sign-in.ts) checked against them.
 */
import { isValidAddress } from '../addresses.js';
import { InputError } from '../errors.js';
import { Input } from './names.js';
import { endpointUrl, int, oneOf } from './parse.js';
import { gmailNeedsAddress, readSignIn } from './sign-in.js';
import {
  type AuthSettings,
  DEFAULT_GMAIL_API_URL,
  GMAIL_SMTP_HOST,
  type InputSource,
  type Settings,
  type SmtpSecurity,
} from './types.js';

/** The delivery part of Settings. */
export type DeliverySettings = Pick<Settings, 'username' | 'auth' | 'transport' | 'smtp' | 'gmailApiUrl'>;

function readHost(source: InputSource): string {
  const host = source.getInput(Input.SmtpHost).trim() || GMAIL_SMTP_HOST;
  if (/[\s/:@]/.test(host)) {
    throw new InputError(
      Input.SmtpHost,
      `Input \`smtp-host\` must be a host name such as smtp.gmail.com, without scheme or port; got "${host.slice(0, 80)}".`,
    );
  }
  return host;
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
      Input.SmtpSecurity,
      'Input `smtp-security: starttls` does not work with `smtp-port: 465`: port 465 speaks implicit TLS, so a STARTTLS client would wait for a greeting that never comes. Use `smtp-security: tls` with port 465, or `smtp-port: 587` with starttls.',
    );
  }
  if (security === 'tls' && port === 587 && host.toLowerCase() === GMAIL_SMTP_HOST) {
    throw new InputError(
      Input.SmtpSecurity,
      'Input `smtp-security: tls` does not work with `smtp-port: 587` on smtp.gmail.com: Gmail speaks STARTTLS on 587, not implicit TLS. Use `smtp-security: starttls` with port 587, or `smtp-port: 465` with tls.',
    );
  }
}

/** Refuses a sign-in method the connection cannot carry. */
function refuseAuthMismatch(
  auth: AuthSettings,
  security: SmtpSecurity,
  transport: Settings['transport'],
): void {
  if (security === 'none' && auth.kind !== 'none') {
    throw new InputError(
      Input.SmtpSecurity,
      'Input `smtp-security: none` would send credentials unencrypted. Use `tls` (port 465) or `starttls` (port 587), or remove the credentials for a server that needs none.',
    );
  }
  if (transport === 'gmail-api' && (auth.kind === 'app-password' || auth.kind === 'none')) {
    throw new InputError(
      Input.Transport,
      '`transport: gmail-api` needs an OAuth sign-in (`oauth-refresh-token` trio, `oauth-access-token` or `service-account-key`); an App Password works only with SMTP.',
    );
  }
}

/** Reads transport, server and sign-in, each checked against the others. */
export function readDelivery(source: InputSource): DeliverySettings {
  const get = (n: string): string => source.getInput(n);
  const username = get(Input.Username).trim();
  const host = readHost(source);
  const port = int(Input.SmtpPort, get(Input.SmtpPort), 465, 1, 65535);
  const security = oneOf<SmtpSecurity>(
    Input.SmtpSecurity,
    get(Input.SmtpSecurity),
    ['tls', 'starttls', 'none'],
    port === 465 ? 'tls' : 'starttls',
  );
  const transport = oneOf(Input.Transport, get(Input.Transport), ['smtp', 'gmail-api'] as const, 'smtp');
  const loginOnly = username !== '' && !isValidAddress(username);
  // Checked before the sign-in inputs, as for Gmail it is the first thing to fix.
  if (loginOnly && gmailNeedsAddress(host, transport, get(Input.ServiceAccountKey).trim() !== '')) {
    throw new InputError(
      Input.Username,
      `Input \`username\` must be the full email address of the Gmail account (e.g. ci-bot@gmail.com); got "${username.slice(0, 80)}". A login such as \`apikey\` is for other servers: set \`smtp-host\` and \`password\`.`,
    );
  }
  const auth = readSignIn(source, { username, host, transport });
  refuseAuthMismatch(auth, security, transport);
  // Only SMTP uses them: a leftover pair does not stop the Gmail API.
  if (transport === 'smtp') refuseSecurityPortMismatch(host, port, security);
  const gmailApiUrl = endpointUrl(Input.GmailApiUrl, get(Input.GmailApiUrl), DEFAULT_GMAIL_API_URL);
  return { username, auth, transport, smtp: { host, port, security }, gmailApiUrl };
}
