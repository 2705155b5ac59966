import { addressKey } from './addresses.js';
import { authorsLine } from './enrich/author-filter.js';
import type { AuthorRecipients } from './enrich/types.js';
import { oneLine } from './errors.js';
import type { Settings } from './inputs/index.js';
import { escapeHtml } from './render/escape.js';
import type { ComposedMessage } from './render/message.js';

/**
 * Whom the message is addressed to, as bare addresses. The step summary and the log are public in a
 * public repository: they name To and Cc, and only count Bcc (see `hideBcc`).
 */
export interface Recipients {
  to: string[];
  cc: string[];
  bcc: string[];
  /**
   * The Bcc addresses replaced in lines said (hideBcc): all but the sender's own, which From shows
   * anyway and which sign-in errors name.
   */
  hidden: string[];
}

/** The recipients of the settings, known as soon as the inputs are parsed (before any rendering). */
export function recipientsOf(settings: Settings): Recipients {
  const bare = (list: Settings['to']): string[] => list.map((m) => m.address);
  const sender = new Set([settings.username, settings.from?.address ?? ''].filter(Boolean).map(addressKey));
  const bcc = bare(settings.bcc);
  return {
    to: bare(settings.to),
    cc: bare(settings.cc),
    bcc,
    hidden: bcc.filter((a) => !sender.has(addressKey(a))),
  };
}

/** What happened, as outputs and the step summary report it. */
export interface Outcome {
  sent: boolean;
  skippedReason?: 'notify-when' | 'dry-run' | 'error';
  /** Why it was skipped or failed, in one line. */
  detail?: string;
  status: string;
  /** Set once the inputs were parsed, so a skip or an early error still says whom it was for. */
  recipients?: Recipients;
  /** A dry run (`skippedReason: 'dry-run'`) on which notify-when would not have sent either. */
  heldByNotifyWhen?: boolean;
  message?: ComposedMessage;
  /** The commit authors added to To (`author-recipients: culprits`), and who was left out. */
  authors?: AuthorRecipients;
  accepted: string[];
  rejected: string[];
  emlPath?: string;
  gmailId?: string;
  threadId?: string;
}

/** The part of @actions/core that reporting needs. */
export interface Reporter {
  setOutput(name: string, value: string): void;
}

/** Writes every output, always, so later steps can rely on them. */
export function writeOutputs(out: Reporter, o: Outcome): void {
  out.setOutput('sent', String(o.sent));
  out.setOutput('skipped-reason', o.skippedReason ?? '');
  out.setOutput('message-id', o.message?.messageId ?? '');
  out.setOutput('accepted', o.accepted.join(','));
  out.setOutput('rejected', o.rejected.join(','));
  out.setOutput('subject', o.message?.subject ?? '');
  out.setOutput('eml-path', o.emlPath ?? '');
  out.setOutput('gmail-id', o.gmailId ?? '');
  out.setOutput('thread-id', o.threadId ?? '');
}

const PREVIEW_CHARS = 4000;

/** What stands in a public line for a Bcc address. */
export const BCC_PLACEHOLDER = '[Bcc recipient]';

// What can stand right before an address without being part of it is anything but these: quotes,
// `=`, `/`, brackets and the like delimit an address in server replies (`rcpt='x@y'`, `<x@y>`).
const ADDRESS_CHAR = '[A-Za-z0-9._%+-]';

/**
 * The line with every Bcc address replaced by a placeholder: the log and the step summary are
 * public in a public repository, and a Bcc recipient is meant to stay unseen. Server replies and
 * refusal lists name recipients, so every line said is passed through this once the inputs are known.
 */
export function hideBcc(line: string, bcc: readonly string[]): string {
  if (!bcc.length) return line;
  // The envelope (and so a server's reply) carries a unicode domain as punycode: both forms.
  const forms = new Set(bcc.flatMap((a) => [a, addressKey(a)]));
  const escaped = [...forms]
    .sort((x, y) => y.length - x.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Whole addresses only: not `x@example.com` inside `ax@example.com` or `x@example.com.au`.
  const pattern = new RegExp(
    `(?<!${ADDRESS_CHAR})(?:${escaped.join('|')})(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`,
    'gi',
  );
  return line.replace(pattern, BCC_PLACEHOLDER);
}

/** `a@example.com, b@example.com + 2 Bcc`: the addresses, Bcc ones only counted. */
export function listWithBccCounted(addresses: readonly string[], bcc: readonly string[]): string {
  const hidden = new Set(bcc.map(addressKey));
  const shown = addresses.filter((a) => !hidden.has(addressKey(a)));
  const counted = addresses.length - shown.length;
  if (!counted) return shown.join(', ');
  return shown.length ? `${shown.join(', ')} + ${counted} Bcc` : `${counted} Bcc`;
}

/** The step summary: status, recipients, subject, Message-ID or why it was skipped, body preview. */
export function summaryMarkdown(o: Outcome): string {
  // A failure (no skipped reason: the step fails) is marked as one, not as information.
  const failed = !o.sent && o.skippedReason === undefined;
  const icon = o.sent ? '✅' : failed ? '❌' : o.skippedReason === 'error' ? '⚠️' : 'ℹ️';
  const headline = o.sent
    ? 'Email sent'
    : failed
      ? 'Email not sent: the step failed'
      : o.skippedReason === 'error'
        ? 'Email not sent (fail-on-error: false)'
        : o.skippedReason === 'dry-run'
          ? o.heldByNotifyWhen
            ? 'Email rendered (dry run, not sent; notify-when would not send it on this run)'
            : 'Email rendered (dry run, not sent)'
          : o.skippedReason === 'notify-when'
            ? 'Email not sent (notify-when)'
            : 'Email not sent';
  const bcc = o.recipients?.bcc ?? [];
  const rows: Array<[string, string]> = [['Run status', o.status]];
  if (o.message) rows.push(['Subject', o.message.subject]);
  // Not the message's envelope: it holds the Bcc addresses with the others.
  if (o.recipients) {
    const { to, cc } = o.recipients;
    rows.push(['Recipients', listWithBccCounted([...to, ...cc, ...bcc], bcc)]);
  }
  if (o.authors) rows.push(['Commit authors', authorsLine(o.authors).replace(/^Commit authors /, '')]);
  if (o.message) rows.push(['Message-ID', o.message.messageId]);
  if (o.accepted.length) rows.push(['Accepted', listWithBccCounted(o.accepted, bcc)]);
  if (o.rejected.length) rows.push(['Rejected', listWithBccCounted(o.rejected, bcc)]);
  if (o.gmailId) rows.push(['Gmail id / thread', `${o.gmailId} / ${o.threadId ?? ''}`]);
  if (o.emlPath) rows.push(['.eml written to', o.emlPath]);
  if (o.detail) rows.push([o.sent ? 'Note' : 'Why', hideBcc(o.detail, o.recipients?.hidden ?? [])]);
  const table = [
    '<table>',
    // One line each: a blank line inside a cell would end the HTML block and let Markdown in.
    ...rows.map(
      ([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(oneLine(v, 2000))}</td></tr>`,
    ),
    '</table>',
  ].join('\n');
  let preview = '';
  if (o.message) {
    const text = o.message.content.text;
    const cut = text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}\n…` : text;
    preview = `\n<details><summary>Message preview (plain-text part)</summary>\n\n<pre>${escapeHtml(cut)}</pre>\n</details>\n`;
  }
  return `### ${icon} Gmail Notify: ${headline}\n\n${table}\n${preview}`;
}
