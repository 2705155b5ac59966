/**
 * The default messages: one subject, one HTML body and one text body, written as Liquid templates
 * (rendered by the same safe engine as the user's own), plus `d`, the facts they need, worked out
 * here once for every event and status.
 */
import { type RunContext, reportedRun } from '../context.js';
import type { Enrichment } from '../enrich/types.js';
import type { Status } from '../inputs/index.js';
import { oneLine } from './template.js';
import { fields, listOf, type Shape } from './variables.js';

/** How the run ended, as the reader cares: `fixed` is a success after a failed or cancelled run. */
export type Outcome = 'success' | 'fixed' | 'failure' | 'cancelled' | 'released';

/** What the default templates say, derived from the context, the status and the previous run. */
export interface DefaultFacts {
  outcome: Outcome;
  /** One word for the status badge: Failed, Succeeded, Fixed, Cancelled, Released. */
  label: string;
  /** Accent colour of the badge and card. */
  color: string;
  icon: string;
  /** The sentence the subject and the body open with: "CI failed on main (PR #12)". */
  headline: string;
  /** The workflow the message is about (for `workflow_run`, the one that ran, not the notifier). */
  workflow: string;
  run_url: string;
  /** "Run #42" or "Run #42, attempt 2". */
  run_label: string;
  /** `branch`, `tag` or ''. */
  place_kind: string;
  place: string;
  /** "push by monalisa", "schedule (30 5 * * 1-5)", "manual run by monalisa"… */
  trigger: string;
  /** A release's title: its tag, and its name when that says more. */
  release_title: string;
  /** workflow_dispatch inputs, in the order given. */
  inputs: Array<{ name: string; value: string }>;
  /** The failure details section is shown. */
  details: boolean;
  /** Failed jobs left out of `failed_jobs` by the cap (a wide failing matrix). */
  failed_jobs_more: number;
  short_sha: string;
}

/**
 * What the default templates may read below `d`. They are constant, so a unit test checks them
 * against it (see variables.ts) instead of every run.
 */
export const DEFAULT_FACTS_SHAPE: Shape = fields({
  outcome: 'value',
  label: 'value',
  color: 'value',
  icon: 'value',
  headline: 'value',
  workflow: 'value',
  run_url: 'value',
  run_label: 'value',
  place_kind: 'value',
  place: 'value',
  trigger: 'value',
  release_title: 'value',
  inputs: listOf(fields({ name: 'value', value: 'value' })),
  details: 'value',
  failed_jobs_more: 'value',
  short_sha: 'value',
} satisfies Record<keyof DefaultFacts, Shape>);

const LOOK: Record<Outcome, { label: string; color: string; icon: string; words: string }> = {
  success: { label: 'Succeeded', color: '#1a7f37', icon: '✔', words: 'succeeded' },
  fixed: { label: 'Fixed', color: '#1a7f37', icon: '✔', words: 'fixed' },
  failure: { label: 'Failed', color: '#cf222e', icon: '✖', words: 'failed' },
  cancelled: { label: 'Cancelled', color: '#6e7781', icon: '■', words: 'was cancelled' },
  released: { label: 'Released', color: '#8250df', icon: '★', words: 'succeeded' },
};

function rec(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** True when a success follows a run that did not succeed: the message says "fixed". */
export function isFixed(status: Status, previous: string | undefined): boolean {
  return status === 'success' && !!previous && previous !== 'success' && previous !== 'skipped';
}

/** A release's title: `v2.3.0 — Faster builds` (the name when it contains the tag), else `tag: name`. */
export function releaseTitle(tag: string, name: string): string {
  const n = name.trim();
  if (!n || n === tag) return tag;
  if (tag && n.includes(tag)) return n;
  return tag ? `${tag}: ${n}` : n;
}

function triggerText(ctx: RunContext): string {
  const action = str(ctx.event.action);
  const by = ctx.actor ? ` by ${ctx.actor}` : '';
  switch (ctx.event_name) {
    case 'push':
      return `push${by}`;
    case 'pull_request':
    case 'pull_request_target':
      return `pull request${action ? ` ${action === 'synchronize' ? 'updated' : action.replace(/_/g, ' ')}` : ''}${by}`;
    case 'release':
      return `release${action ? ` ${action}` : ''}${by}`;
    case 'schedule': {
      const cron = str(ctx.event.schedule);
      return `schedule${cron ? ` (${cron})` : ''}`;
    }
    case 'workflow_dispatch':
      return `manual run${by}`;
    case 'workflow_run': {
      const run = ctx.workflow_run;
      return run
        ? `${run.name || 'a workflow'} completed${run.event ? ` (on ${run.event})` : ''}${by}`
        : `workflow_run${by}`;
    }
    default:
      return `${ctx.event_name || 'run'}${by}`;
  }
}

/**
 * Release event actions that put a release out. A bare `on: release` also runs for `edited`,
 * `deleted` and `unpublished`, which must not be announced as "Released".
 */
const RELEASING_ACTIONS = new Set(['', 'published', 'released', 'prereleased', 'created']);

/** Works out the facts the default templates show, for any event and status. */
export function defaultFacts(ctx: RunContext, status: Status, enrichment: Enrichment): DefaultFacts {
  const releaseAction = ctx.event_name === 'release' ? str(ctx.event.action) : '';
  const released =
    ctx.event_name === 'release' &&
    status === 'success' &&
    !!ctx.release &&
    RELEASING_ACTIONS.has(releaseAction);
  const outcome: Outcome = released
    ? 'released'
    : isFixed(status, enrichment.previous_status)
      ? 'fixed'
      : status;
  const look = LOOK[outcome];
  const run = reportedRun(ctx);
  const workflow = run.workflow || 'Workflow';
  const pr = ctx.pull_request;
  let placeKind = '';
  let place = '';
  if (pr?.head || ctx.branch) {
    placeKind = 'branch';
    place = pr?.head || ctx.branch;
  } else if (ctx.ref_type === 'tag' && ctx.ref_name) {
    placeKind = 'tag';
    place = ctx.ref_name;
  } else if (ctx.ref_name && !pr) {
    place = ctx.ref_name;
  }
  const prNote = pr?.number ? ` (PR #${pr.number})` : '';
  const release = ctx.release;
  const title = release ? releaseTitle(release.tag, release.name) : '';
  let headline: string;
  if (released) {
    headline = `${release?.prerelease ? 'Pre-released' : 'Released'} ${title}`;
  } else if (release && status === 'success') {
    // Edited, deleted or unpublished: say what happened to it.
    headline = `Release ${release.tag || title} ${releaseAction.replace(/_/g, ' ')}`;
  } else if (release) {
    headline = `Release ${release.tag || title}: ${workflow} ${look.words}`;
  } else {
    headline = `${workflow} ${look.words}${place ? ` on ${place}` : ''}${prNote}`;
  }
  const attempt = Number(run.attempt) > 1 ? `, attempt ${run.attempt}` : '';
  return {
    outcome,
    // Values shown on one line: a branch name or title with a line break must not break it.
    label: look.label,
    color: look.color,
    icon: look.icon,
    headline: oneLine(headline),
    workflow,
    run_url: run.url,
    run_label: run.number ? `Run #${run.number}${attempt}` : 'Run',
    place_kind: placeKind,
    place: oneLine(place),
    trigger: oneLine(triggerText(ctx)),
    release_title: oneLine(title),
    inputs: Object.entries(rec(ctx.event.inputs)).map(([name, value]) => ({
      name,
      value: typeof value === 'string' ? value : JSON.stringify(value),
    })),
    details: status === 'failure',
    failed_jobs_more: enrichment.failed_jobs_more ?? 0,
    short_sha: ctx.short_sha,
  };
}

/** The default subject: repository, then the headline (workflow, status, branch or tag, PR). */
export const DEFAULT_SUBJECT =
  '[{{ repository }}] {{ d.headline }}{% if d.short_sha != "" %}{% unless release %} ({{ d.short_sha }}){% endunless %}{% endif %}';

const MUTED = 'color:#59636e;';
const LABEL_CELL = `padding:6px 12px 6px 0;vertical-align:top;width:88px;white-space:nowrap;font-size:13px;${MUTED}`;
const VALUE_CELL =
  'padding:6px 0;vertical-align:top;font-size:14px;word-break:break-word;overflow-wrap:anywhere;';
const LINK = 'color:#0969da;text-decoration:none;';
const MONO = "font-family:ui-monospace,SFMono-Regular,'SF Mono',Menlo,Consolas,'Liberation Mono',monospace;";
const H2 = 'margin:24px 0 8px;font-size:16px;line-height:1.3;color:#1f2328;';

function row(label: string, value: string, condition?: string): string {
  const tr = `<tr><td style="${LABEL_CELL}">${label}</td><td style="${VALUE_CELL}">${value}</td></tr>`;
  return condition ? `{% if ${condition} %}${tr}{% endif %}` : tr;
}

/** The default HTML body (inside the layout's card): badge, headline, button, facts, details. */
export const DEFAULT_HTML = [
  `<div style="margin:0 0 12px;"><span style="display:inline-block;padding:3px 10px;border-radius:999px;background:{{ d.color }};color:#ffffff;font-size:12px;font-weight:600;letter-spacing:.3px;">{{ d.icon }} {{ d.label | upcase }}</span></div>`,
  `<h1 style="margin:0 0 6px;font-size:20px;line-height:1.35;color:#1f2328;word-break:break-word;overflow-wrap:anywhere;">{{ d.headline }}</h1>`,
  `<div style="margin:0 0 16px;font-size:13px;${MUTED}">{{ repository }}{% if d.workflow != "" %} · {{ d.workflow }}{% endif %} · {{ d.run_label }}</div>`,
  `{% if d.run_url != "" %}<div style="margin:0 0 20px;"><a href="{{ d.run_url }}" style="display:inline-block;padding:9px 16px;border-radius:6px;background:#1f2328;color:#ffffff;font-size:14px;font-weight:600;text-decoration:none;">View run</a></div>{% endif %}`,
  '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;border-top:1px solid #d8dee4;">',
  row('Repository', `<a href="{{ repository_url }}" style="${LINK}">{{ repository }}</a>`),
  row(
    'Release',
    `{% if release.url != "" %}<a href="{{ release.url }}" style="${LINK}">{{ d.release_title | one_line }}</a>{% else %}{{ d.release_title | one_line }}{% endif %}{% if release.prerelease %} <span style="${MUTED}">(pre-release)</span>{% endif %}`,
    'release',
  ),
  row(
    'Pull request',
    `<a href="{{ pull_request.url }}" style="${LINK}">#{{ pull_request.number }}</a>{% if pull_request.title != "" %} {{ pull_request.title | one_line }}{% endif %}{% if pull_request.author != "" %} <span style="${MUTED}">by {{ pull_request.author | one_line }}</span>{% endif %}`,
    'pull_request and pull_request.number > 0',
  ),
  row(
    'Branch',
    `<span style="${MONO}font-size:13px;">{{ d.place }}</span>{% if pull_request and pull_request.base != "" %} <span style="${MUTED}">→ {{ pull_request.base | one_line }}</span>{% endif %}`,
    'd.place_kind == "branch"',
  ),
  row(
    'Tag',
    `<span style="${MONO}font-size:13px;">{{ d.place }}</span>`,
    'd.place_kind == "tag" and release == nil',
  ),
  row(
    'Commit',
    `{% if commit.url != "" %}<a href="{{ commit.url }}" style="${LINK}${MONO}font-size:13px;">{{ short_sha }}</a>{% else %}<span style="${MONO}font-size:13px;">{{ short_sha }}</span>{% endif %}{% if commit.title != "" %} {{ commit.title | one_line }}{% endif %}`,
    'short_sha != ""',
  ),
  row(
    'Author',
    '{{ commit.author_name | one_line }}{% if commit.author_email != "" %} <span style="color:#59636e;">&lt;{{ commit.author_email | one_line }}&gt;</span>{% endif %}',
    'commit.author_name != ""',
  ),
  row('Triggered by', '{{ d.trigger }}'),
  row(
    'Inputs',
    `{% for input in d.inputs %}<span style="${MONO}font-size:13px;">{{ input.name }}</span>: {{ input.value | one_line }}{% unless forloop.last %}<br>{% endunless %}{% endfor %}`,
    'd.inputs.size > 0',
  ),
  row('Previous run', '{{ previous_status }}', 'previous_status and previous_status != ""'),
  '</table>',
  // Failure details, filled by the enrich stage.
  `{% if d.details and failed_jobs.size > 0 %}<h2 style="${H2}">Failed jobs</h2>`,
  '{% for job in failed_jobs %}<div style="border:1px solid #ffcecb;border-radius:6px;margin:0 0 12px;overflow:hidden;">',
  `<div style="background:#ffebe9;padding:8px 12px;font-weight:600;font-size:14px;word-break:break-word;">✖ {% if job.url != "" %}<a href="{{ job.url }}" style="color:#a40e26;text-decoration:none;">{{ job.name | one_line }}</a>{% else %}{{ job.name | one_line }}{% endif %}</div>`,
  '<div style="padding:8px 12px;font-size:14px;">',
  `{% if job.failed_steps.size > 0 %}<div style="margin:0 0 6px;">Failed step{% if job.failed_steps.size > 1 %}s{% endif %}: {% for step in job.failed_steps %}{% if step.url != "" %}<a href="{{ step.url }}" style="color:#0969da;text-decoration:none;">{{ step.name | one_line }}</a>{% else %}{{ step.name | one_line }}{% endif %} <span style="${MUTED}">(step {{ step.number }})</span>{% unless forloop.last %}, {% endunless %}{% endfor %}</div>{% endif %}`,
  `{% if job.log_excerpt != "" %}<pre style="${MONO}font-size:12px;line-height:1.45;margin:6px 0 0;padding:10px;background:#f6f8fa;border:1px solid #d8dee4;border-radius:6px;white-space:pre-wrap;word-break:break-all;overflow-wrap:anywhere;color:#1f2328;">{{ job.log_excerpt }}</pre>{% elsif job.in_progress %}<div style="font-size:13px;${MUTED}">Still running when this email was sent; its log is in the run.</div>{% elsif job.log_note != "" %}<div style="font-size:13px;${MUTED}">Log not included ({{ job.log_note }}); open the job to read it.</div>{% endif %}`,
  '</div></div>{% endfor %}',
  `{% if d.failed_jobs_more > 0 %}<div style="font-size:13px;${MUTED}margin:0 0 12px;">…and {{ d.failed_jobs_more }} more failed job{% if d.failed_jobs_more > 1 %}s{% endif %}.</div>{% endif %}`,
  `<div style="font-size:12px;${MUTED}margin:0 0 8px;">Log excerpts may contain sensitive data; take care when forwarding this email.</div>{% endif %}`,
  `{% if tests %}<h2 style="${H2}">Tests</h2>`,
  '<div style="font-size:14px;margin:0 0 8px;"><strong>{{ tests.total }}</strong> total · <span style="color:#1a7f37;">{{ tests.passed }} passed</span> · <span style="{% if tests.failed > 0 %}color:#cf222e;font-weight:600;{% endif %}">{{ tests.failed }} failed</span> · <span style="color:#59636e;">{{ tests.skipped }} skipped</span></div>',
  `{% if tests.failures.size > 0 %}<ul style="margin:0 0 12px;padding-left:20px;font-size:14px;">{% for t in tests.failures %}<li style="margin:0 0 6px;"><span style="${MUTED}">{% if t.suite != "" %}{{ t.suite | one_line }} › {% endif %}</span><strong>{{ t.name | one_line }}</strong>{% if t.message != "" %}<br><span style="${MONO}font-size:12px;color:#a40e26;">{{ t.message | one_line }}</span>{% endif %}</li>{% endfor %}</ul>{% endif %}`,
  `{% if tests.more > 0 %}<div style="font-size:13px;${MUTED}">…and {{ tests.more }} more failing test{% if tests.more > 1 %}s{% endif %}.</div>{% endif %}{% endif %}`,
  `{% if release and release.body != "" %}<h2 style="${H2}">Release notes</h2><div style="font-size:14px;padding:4px 0 4px 14px;border-left:3px solid #d0d7de;">{{ release.body | markdown }}</div>{% endif %}`,
].join('\n');

/** The default plain-text body: says what the HTML says, in the same order. */
export const DEFAULT_TEXT = `{{ d.icon }} {{ d.headline }}
{{ repository }} · {{ d.workflow }} · {{ d.run_label }}
{% if d.run_url != "" %}
View run: {{ d.run_url }}
{% endif %}
Repository:    {{ repository }} ({{ repository_url }})
{%- if release %}
Release:       {{ d.release_title | one_line }}{% if release.prerelease %} (pre-release){% endif %}{% if release.url != "" %}
               {{ release.url }}{% endif %}
{%- endif %}
{%- if pull_request and pull_request.number > 0 %}
Pull request:  #{{ pull_request.number }}{% if pull_request.title != "" %} {{ pull_request.title | one_line }}{% endif %}{% if pull_request.author != "" %} (by {{ pull_request.author | one_line }}){% endif %}
               {{ pull_request.url }}
{%- endif %}
{%- if d.place_kind == "branch" %}
Branch:        {{ d.place }}{% if pull_request and pull_request.base != "" %} → {{ pull_request.base | one_line }}{% endif %}
{%- elsif d.place_kind == "tag" and release == nil %}
Tag:           {{ d.place }}
{%- endif %}
{%- if short_sha != "" %}
Commit:        {{ short_sha }}{% if commit.title != "" %} {{ commit.title | one_line }}{% endif %}{% if commit.url != "" %}
               {{ commit.url }}{% endif %}
{%- endif %}
{%- if commit.author_name != "" %}
Author:        {{ commit.author_name | one_line }}{% if commit.author_email != "" %} <{{ commit.author_email | one_line }}>{% endif %}
{%- endif %}
Triggered by:  {{ d.trigger }}
{%- for input in d.inputs %}
Input:         {{ input.name }}: {{ input.value | one_line }}
{%- endfor %}
{%- if previous_status and previous_status != "" %}
Previous run:  {{ previous_status }}
{%- endif %}
{%- if d.details and failed_jobs.size > 0 %}


FAILED JOBS
{% for job in failed_jobs %}
✖ {{ job.name | one_line }}{% if job.url != "" %}
  {{ job.url }}{% endif %}
{%- for step in job.failed_steps %}
  Failed step {{ step.number }}: {{ step.name | one_line }}{% if step.url != "" %} ({{ step.url }}){% endif %}
{%- endfor %}
{%- if job.log_excerpt != "" %}
  Last lines of the log:
{{ job.log_excerpt }}
{%- elsif job.in_progress %}
  Still running when this email was sent; its log is in the run.
{%- elsif job.log_note != "" %}
  Log not included ({{ job.log_note }}); open the job to read it.
{%- endif %}
{% endfor %}
{%- if d.failed_jobs_more > 0 %}
…and {{ d.failed_jobs_more }} more failed job{% if d.failed_jobs_more > 1 %}s{% endif %}.
{% endif %}
Log excerpts may contain sensitive data; take care when forwarding this email.
{%- endif %}
{%- if tests %}


TESTS
{{ tests.total }} total, {{ tests.passed }} passed, {{ tests.failed }} failed, {{ tests.skipped }} skipped
{%- for t in tests.failures %}
- {% if t.suite != "" %}{{ t.suite | one_line }} › {% endif %}{{ t.name | one_line }}{% if t.message != "" %}
    {{ t.message | one_line }}{% endif %}
{%- endfor %}
{%- if tests.more > 0 %}
…and {{ tests.more }} more failing test{% if tests.more > 1 %}s{% endif %}.
{%- endif %}
{%- endif %}
{%- if release and release.body != "" %}


RELEASE NOTES

{{ release.body | markdown }}
{%- endif %}
`;
