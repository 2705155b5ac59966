import type { Core } from '../core.js';
import { authorsLine } from '../enrich/author-filter.js';
import { oneLine } from '../errors.js';
import { escapeHtml } from '../render/escape.js';
import type { Outcome } from './outcome.js';
import { hideBcc, listWithBccCounted } from './recipients.js';

const PREVIEW_CHARS = 4000;

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

/** Appends the step summary (when `job-summary` is on and the runner has one); a failure is a warning. */
export async function writeSummary(log: Core, jobSummary: boolean, outcome: Outcome): Promise<void> {
  if (!jobSummary) return;
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await log.summary.addRaw(summaryMarkdown(outcome), true).write();
  } catch (err) {
    log.warning(`Could not write the step summary: ${oneLine(String((err as Error).message ?? err), 200)}`);
  }
}
