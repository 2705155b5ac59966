/** The sender and recipients: `from`, `to`, `cc`, `bcc`, `reply-to`. */
import { addressKey, isValidAddress, type Mailbox, parseAddressList } from '../addresses.js';
import { InputError } from '../errors.js';
import { Input } from './names.js';
import { type InputSource, MAX_RECIPIENTS, type Settings } from './types.js';

/** The recipient part of Settings. */
export type RecipientSettings = Pick<Settings, 'from' | 'to' | 'cc' | 'bcc' | 'replyTo'>;

/** The sender; undefined means "username", refused when username is empty or only a login. */
function readFrom(source: InputSource, username: string, host: string): Mailbox | undefined {
  const fromList = parseAddressList(Input.From, source.getInput(Input.From));
  if (fromList.length > 1) throw new InputError(Input.From, 'Input `from` must be a single address.');
  const from = fromList[0];
  if (!from && !username) {
    throw new InputError(Input.From, 'Set `from` (or `username`): the message needs a sender address.');
  }
  if (!from && !isValidAddress(username)) {
    throw new InputError(
      Input.From,
      `Input \`from\` is required: \`username\` (${username.slice(0, 60)}) is a login, not an address, so it cannot be the sender. Set \`from\` to an address ${host} may send as, e.g. \`from: CI <ci@example.com>\`.`,
    );
  }
  return from;
}

/**
 * Reads sender and recipients. Duplicates across to/cc/bcc are removed, keeping the most visible
 * place; none at all, or more than Gmail accepts per message, is an InputError.
 */
export function readRecipients(source: InputSource, username: string, host: string): RecipientSettings {
  const from = readFrom(source, username, host);
  const list = (name: string): Mailbox[] => parseAddressList(name, source.getInput(name));
  const [to, cc, bcc, replyTo] = [list(Input.To), list(Input.Cc), list(Input.Bcc), list(Input.ReplyTo)];
  const seen = new Set<string>();
  const dedupe = (mailboxes: Mailbox[]): Mailbox[] =>
    mailboxes.filter((m) => {
      const k = addressKey(m.address);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  const kept = { to: dedupe(to), cc: dedupe(cc), bcc: dedupe(bcc) };
  if (seen.size === 0) {
    throw new InputError(
      Input.To,
      'No recipients: set at least one of `to`, `cc` or `bcc` (e.g. `to: team@example.com`).',
    );
  }
  if (seen.size > MAX_RECIPIENTS) {
    throw new InputError(
      Input.To,
      `Too many recipients: ${seen.size} across \`to\`, \`cc\` and \`bcc\`; Gmail accepts at most ${MAX_RECIPIENTS} per message. Use a Google Group or mailing list address instead.`,
    );
  }
  return { from, ...kept, replyTo };
}
