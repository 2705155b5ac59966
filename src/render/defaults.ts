import type { RunContext } from '../context.js';
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

/** A default Markdown body that links the run and names the commit and actor. */
export function defaultBody(ctx: RunContext, status: Status): string {
  const lines = [
    `**${ctx.workflow || 'Workflow'}** ${STATUS_WORD[status]} in **${ctx.repository}**.`,
    '',
    `- Run: #${ctx.run_number} — ${ctx.run_url}`,
    `- Trigger: ${ctx.event_name} by ${ctx.actor}`,
  ];
  if (ctx.sha) lines.push(`- Commit: ${ctx.short_sha} ${ctx.commit.title}`);
  return lines.join('\n');
}
