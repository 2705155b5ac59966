import type { RunContext } from '../context.js';
import type { Enrichment } from '../enrich/types.js';
import type { Status } from '../settings.js';

const STATUS_WORD: Record<Status, string> = {
  success: 'succeeded',
  failure: 'failed',
  cancelled: 'was cancelled',
};

/** Where the run happened, as a reader scans for it: a branch, a tag, or a pull request. */
export function runPlace(ctx: RunContext): string {
  if (ctx.pull_request) return `PR #${ctx.pull_request.number} (${ctx.pull_request.head})`;
  if (ctx.ref_type === 'tag') return ctx.ref_name;
  return ctx.branch || ctx.ref_name;
}

/** A one-line default subject: repository, workflow, status and branch or tag. */
export function defaultSubject(ctx: RunContext, status: Status): string {
  const place = runPlace(ctx);
  return `[${ctx.repository}] ${ctx.workflow || 'Workflow'} ${STATUS_WORD[status]}${place ? ` on ${place}` : ''}`;
}

/** An inline code span: shows any value literally, in both the text and the HTML part. */
function codeSpan(value: string): string {
  const v = value.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(v.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${longest ? ' ' : ''}${v}${longest ? ' ' : ''}${fence}`;
}

/** A fenced block whose fence no line of `text` can close. */
function codeBlock(text: string): string {
  const longest = Math.max(0, ...(text.match(/~+/g) ?? []).map((m) => m.length));
  const fence = '~'.repeat(Math.max(3, longest + 1));
  return `${fence}\n${text}\n${fence}`;
}

/**
 * Failed jobs and failing tests as plain Markdown (interim listing by the issue-3 branch, to be
 * replaced by the template-based default body): every value from the run sits in a code span or
 * block, so it shows literally.
 */
export function detailsSection(enrichment: Enrichment | undefined): string[] {
  if (!enrichment) return [];
  const lines: string[] = [];
  for (const job of enrichment.failed_jobs) {
    lines.push('', `**Failed job:** ${codeSpan(job.name)}${job.url ? ` — ${job.url}` : ''}`);
    for (const step of job.failed_steps) {
      lines.push(`- Failed step ${step.number}: ${codeSpan(step.name)}${step.url ? ` — ${step.url}` : ''}`);
    }
    if (job.log_excerpt) {
      lines.push('', `Log excerpt of ${codeSpan(job.name)}:`, '', codeBlock(job.log_excerpt));
    } else if (job.in_progress) {
      lines.push('', '(This job was still running when the message was sent; no log excerpt.)');
    }
  }
  if (enrichment.failed_jobs_more) lines.push('', `And ${enrichment.failed_jobs_more} more failed jobs.`);
  if (enrichment.failed_jobs.some((j) => j.log_excerpt)) {
    lines.push('', '_Log excerpts may contain sensitive data; forward this message with care._');
  }
  const t = enrichment.tests;
  if (t) {
    lines.push(
      '',
      `**Tests:** ${t.total} total, ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`,
    );
    if (t.failures.length) {
      const list = t.failures.map(
        (f) => `✗ ${f.suite ? `${f.suite} › ` : ''}${f.name}${f.message ? ` — ${f.message}` : ''}`,
      );
      if (t.more) list.push(`… and ${t.more} more`);
      lines.push('', codeBlock(list.join('\n')));
    }
  }
  return lines;
}

/** A default Markdown body that links the run and names the commit and actor. */
export function defaultBody(ctx: RunContext, status: Status, enrichment?: Enrichment): string {
  const lines = [
    `**${ctx.workflow || 'Workflow'}** ${STATUS_WORD[status]} in **${ctx.repository}**.`,
    '',
    `- Run: #${ctx.run_number} — ${ctx.run_url}`,
    `- Trigger: ${ctx.event_name} by ${ctx.actor}`,
  ];
  if (ctx.sha) lines.push(`- Commit: ${ctx.short_sha} ${ctx.commit.title}`);
  if (enrichment?.previous_status) lines.push(`- Previous run: ${enrichment.previous_status}`);
  lines.push(...detailsSection(enrichment));
  return lines.join('\n');
}
