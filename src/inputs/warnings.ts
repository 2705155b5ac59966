/** Warnings (never errors) about inputs that are valid but likely not what was meant. */
import { addressKey } from '../addresses.js';
import { GMAIL_SMTP_HOST, type Settings } from './types.js';

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
