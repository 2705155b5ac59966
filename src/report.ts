import { escapeHtml } from './render/escape.js';
import type { ComposedMessage } from './render/message.js';

/** What happened, as outputs and the step summary report it. */
export interface Outcome {
  sent: boolean;
  skippedReason?: 'notify-when' | 'dry-run' | 'error';
  /** Why it was skipped or failed, in one line. */
  detail?: string;
  status: string;
  /** A dry run: rendered and checked, not sent (`skippedReason` says why nothing would be sent). */
  dryRun?: boolean;
  message?: ComposedMessage;
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

/** The step summary: status, recipients, subject, Message-ID or why it was skipped, body preview. */
export function summaryMarkdown(o: Outcome): string {
  const icon = o.sent ? '✅' : o.skippedReason === 'error' ? '⚠️' : 'ℹ️';
  const headline = o.sent
    ? 'Email sent'
    : o.skippedReason === 'dry-run'
      ? 'Email rendered (dry run, not sent)'
      : o.skippedReason === 'notify-when'
        ? o.dryRun
          ? 'Email rendered (dry run, not sent; notify-when would not send it on this run)'
          : 'Email not sent (notify-when)'
        : 'Email not sent';
  const rows: Array<[string, string]> = [['Run status', o.status]];
  if (o.message) {
    rows.push(['Subject', o.message.subject]);
    rows.push(['Recipients', o.message.recipients.join(', ')]);
    rows.push(['Message-ID', o.message.messageId]);
  }
  if (o.accepted.length) rows.push(['Accepted', o.accepted.join(', ')]);
  if (o.rejected.length) rows.push(['Rejected', o.rejected.join(', ')]);
  if (o.gmailId) rows.push(['Gmail id / thread', `${o.gmailId} / ${o.threadId ?? ''}`]);
  if (o.emlPath) rows.push(['.eml written to', o.emlPath]);
  if (o.detail) rows.push([o.sent ? 'Note' : 'Why', o.detail]);
  const table = [
    '<table>',
    ...rows.map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`),
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
