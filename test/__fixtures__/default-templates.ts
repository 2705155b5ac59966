/**
 * The default message as it was first written: Liquid templates over the run's template variables
 * plus `d` (DefaultFacts). src/render/default-message.ts renders the same message as code; its test
 * renders these through the action's Liquid engine and requires the very same output, for generated runs.
 */

import type { DefaultFacts } from '../../src/render/defaults.js';
import { fields, listOf, type Shape } from '../../src/render/shapes.js';

/**
 * What the reference templates may read below `d`.
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
