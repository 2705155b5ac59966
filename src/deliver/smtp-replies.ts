/** Small readers of SMTP replies, used on every send (the explanations load only on failure). */
import type { Refusal } from '../errors.js';
import type { SocketishError } from '../net-errors.js';

/** nodemailer's per-recipient RCPT TO errors as Refusals (those without an address are left out). */
export function refusalsOf(errors: SocketishError['rejectedErrors'] = []): Refusal[] {
  return errors.flatMap((r) =>
    r.recipient
      ? [
          {
            recipient: r.recipient,
            code: r.responseCode ?? (Number.parseInt((r.response ?? '').slice(0, 3), 10) || 0),
            reply: r.response ?? '',
          },
        ]
      : [],
  );
}

/** `550-5.1.1` from `550-5.1.1 The email account…`: the reply code and its enhanced status code. */
export function replyCodes(reply: string): string {
  const m = /^(\d{3})[ -](\d\.\d{1,3}\.\d{1,3})\b/.exec(reply.trim());
  return m ? `${m[1]}-${m[2]}` : reply.trim().slice(0, 3);
}

/** Collapses a multi-line server reply (`535-5.7.8 …\n535 5.7.8 …`) into one line, codes kept once. */
export function oneLineReply(reply: string): string {
  const lines = reply
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return '';
  const first = lines[0]!;
  const rest = lines.slice(1).map((l) => l.replace(/^\d{3}[ -](\d\.\d{1,3}\.\d{1,3}\s+)?/, ''));
  return [first.replace(/^(\d{3})-/, '$1 '), ...rest].join(' ').replace(/\s+/g, ' ').trim();
}
