/**
 * Host names the action treats specially, decided in one place: loopback (where plain http is
 * allowed), Gmail's SMTP hosts (which get Gmail's own advice) and the Google hosts known to exist.
 */

/**
 * True for a loopback host name as `URL.hostname` gives it: `localhost`, `[::1]` or 127.x.x.x
 * (the URL parser writes every IPv4 form as a dotted quad, so `127.example.com` is a name, not loopback).
 */
export function isLoopback(hostname: string): boolean {
  return ['localhost', '[::1]'].includes(hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** The host name of a URL, or undefined when it is not one. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** A host name compared as DNS does: case and a trailing dot ignored. */
function normalized(host: string): string {
  return host.toLowerCase().replace(/\.$/, '');
}

/**
 * Host names Google serves that the action uses or that service-account keys name (the built-in
 * `smtp-host`, `oauth-token-url` and `gmail-api-url`, and older keys' `token_uri`). They exist, so
 * ENOTFOUND for one of them is not a typo: the runner's DNS or network is failing.
 */
const GOOGLE_HOSTS = new Set([
  'smtp.gmail.com',
  'oauth2.googleapis.com',
  'gmail.googleapis.com',
  'www.googleapis.com',
  'accounts.google.com',
]);

/** Only these get Gmail's own advice (App Passwords, 2-Step Verification). */
const GMAIL_SMTP_HOSTS = new Set(['smtp.gmail.com', 'smtp.googlemail.com']);

/** True for Gmail's SMTP host (case and a trailing dot ignored). */
export function isGmailSmtpHost(host: string): boolean {
  return GMAIL_SMTP_HOSTS.has(normalized(host));
}

/** True for a Google host name that is known to exist (case and a trailing dot ignored). */
export function isKnownGoogleHost(host: string): boolean {
  return GOOGLE_HOSTS.has(normalized(host));
}
