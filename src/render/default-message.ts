/**
 * The default message (subject, plain-text body, HTML body), written as code.
 *
 * Why not Liquid, like a user's template: the defaults are fixed, so parsing and interpreting them
 * on every run bought nothing, and on the runs that use them (most runs) Liquid was the largest
 * cost after Node's own start-up: loading LiquidJS and running it cold took about as long as the
 * rest of our work together (`npm run bench`, CPU profiles in docs/BENCHMARKS.md). A user's
 * template still renders through the same engine as before (template.ts).
 *
 * The safety mechanism is the one a template gets (slots.ts): every value from the run goes out as a
 * placeholder through `Put`, and is filled in later, escaped for where it landed. Literal markup here
 * is ours. test/property/default-message.test.ts checks, for generated runs, that the output is
 * exactly what the Liquid reference templates in test/__fixtures__/default-templates.ts render.
 */
import type { PullRequestInfo, ReleaseInfo, RunContext } from '../context.js';
import type { Enrichment, FailedJob, TestSummary } from '../enrich/types.js';
import type { DefaultFacts } from './defaults.js';
import { oneLine } from './one-line.js';

/** Hands out placeholders for values (see slots.ts): `text` shown literally, `markdown` rendered. */
export interface Put {
  text(value: unknown): string;
  markdown(value: unknown): string;
}

/** What the default message shows: the run, the facts worked out for it, and the enrichment. */
export interface DefaultInput {
  ctx: RunContext;
  d: DefaultFacts;
  enrichment: Enrichment;
}

/** A value on one line (a title or a name in a one-line place), as a placeholder. */
const line = (put: Put, value: string): string => put.text(oneLine(value));

/** A `#pull request` that has a number. */
const numberedPr = (pr: PullRequestInfo | undefined): pr is PullRequestInfo => !!pr && pr.number > 0;

const plural = (n: number): string => (n > 1 ? 's' : '');

/** The default subject: repository, then the headline (workflow, status, branch or tag, PR). */
export function defaultSubject({ ctx, d }: DefaultInput, put: Put): string {
  const sha = d.short_sha !== '' && !ctx.release ? ` (${put.text(d.short_sha)})` : '';
  return `[${put.text(ctx.repository)}] ${put.text(d.headline)}${sha}`;
}

/** The facts rows of the text body, each on a line of its own after "Repository:". */
function textFacts({ ctx, d, enrichment }: DefaultInput, put: Put): string {
  const { commit, release } = ctx;
  const pr = ctx.pull_request;
  let out = `Repository:    ${put.text(ctx.repository)} (${put.text(ctx.repository_url)})`;
  if (release) {
    out += `\nRelease:       ${line(put, d.release_title)}${release.prerelease ? ' (pre-release)' : ''}`;
    if (release.url !== '') out += `\n               ${put.text(release.url)}`;
  }
  if (numberedPr(pr)) {
    out += `\nPull request:  #${put.text(pr.number)}`;
    if (pr.title !== '') out += ` ${line(put, pr.title)}`;
    if (pr.author !== '') out += ` (by ${line(put, pr.author)})`;
    out += `\n               ${put.text(pr.url)}`;
  }
  if (d.place_kind === 'branch') {
    out += `\nBranch:        ${put.text(d.place)}`;
    if (pr && pr.base !== '') out += ` → ${line(put, pr.base)}`;
  } else if (d.place_kind === 'tag' && !release) {
    out += `\nTag:           ${put.text(d.place)}`;
  }
  if (ctx.short_sha !== '') {
    out += `\nCommit:        ${put.text(ctx.short_sha)}`;
    if (commit.title !== '') out += ` ${line(put, commit.title)}`;
    if (commit.url !== '') out += `\n               ${put.text(commit.url)}`;
  }
  if (commit.author_name !== '') {
    out += `\nAuthor:        ${line(put, commit.author_name)}`;
    if (commit.author_email !== '') out += ` <${line(put, commit.author_email)}>`;
  }
  out += `\nTriggered by:  ${put.text(d.trigger)}`;
  for (const input of d.inputs) out += `\nInput:         ${put.text(input.name)}: ${line(put, input.value)}`;
  if (enrichment.previous_status) out += `\nPrevious run:  ${put.text(enrichment.previous_status)}`;
  return out;
}

function textJob(job: FailedJob, put: Put): string {
  let out = `\n✖ ${line(put, job.name)}`;
  if (job.url !== '') out += `\n  ${put.text(job.url)}`;
  for (const step of job.failed_steps) {
    out += `\n  Failed step ${put.text(step.number)}: ${line(put, step.name)}`;
    if (step.url !== '') out += ` (${put.text(step.url)})`;
  }
  if (job.log_excerpt !== '') out += `\n  Last lines of the log:\n${put.text(job.log_excerpt)}`;
  else if (job.in_progress) out += '\n  Still running when this email was sent; its log is in the run.';
  else if ((job.log_note ?? '') !== '')
    out += `\n  Log not included (${put.text(job.log_note)}); open the job to read it.`;
  return `${out}\n`;
}

function textTests(tests: TestSummary, put: Put): string {
  let out = `\n\n\nTESTS\n${put.text(tests.total)} total, ${put.text(tests.passed)} passed, ${put.text(tests.failed)} failed, ${put.text(tests.skipped)} skipped`;
  for (const t of tests.failures) {
    out += `\n- ${t.suite !== '' ? `${line(put, t.suite)} › ` : ''}${line(put, t.name)}`;
    if (t.message !== '') out += `\n    ${line(put, t.message)}`;
  }
  if (tests.more > 0) out += `\n…and ${put.text(tests.more)} more failing test${plural(tests.more)}.`;
  return out;
}

/** The default plain-text body: says what the HTML says, in the same order. */
export function defaultText(input: DefaultInput, put: Put): string {
  const { ctx, d, enrichment } = input;
  const jobs = enrichment.failed_jobs;
  let out = `${put.text(d.icon)} ${put.text(d.headline)}\n`;
  out += `${put.text(ctx.repository)} · ${put.text(d.workflow)} · ${put.text(d.run_label)}\n`;
  if (d.run_url !== '') out += `\nView run: ${put.text(d.run_url)}\n`;
  out += `\n${textFacts(input, put)}`;
  if (d.details && jobs.length > 0) {
    out += `\n\n\nFAILED JOBS\n${jobs.map((job) => textJob(job, put)).join('')}`;
    if (d.failed_jobs_more > 0)
      out += `\n…and ${put.text(d.failed_jobs_more)} more failed job${plural(d.failed_jobs_more)}.\n`;
    out += '\nLog excerpts may contain sensitive data; take care when forwarding this email.';
  }
  if (enrichment.tests) out += textTests(enrichment.tests, put);
  if (ctx.release && ctx.release.body !== '')
    out += `\n\n\nRELEASE NOTES\n\n${put.markdown(ctx.release.body)}`;
  return `${out}\n`;
}

const MUTED = 'color:#59636e;';
const LABEL_CELL = `padding:6px 12px 6px 0;vertical-align:top;width:88px;white-space:nowrap;font-size:13px;${MUTED}`;
const VALUE_CELL =
  'padding:6px 0;vertical-align:top;font-size:14px;word-break:break-word;overflow-wrap:anywhere;';
const LINK = 'color:#0969da;text-decoration:none;';
const MONO = "font-family:ui-monospace,SFMono-Regular,'SF Mono',Menlo,Consolas,'Liberation Mono',monospace;";
const H2 = 'margin:24px 0 8px;font-size:16px;line-height:1.3;color:#1f2328;';

/** One row of the facts table; an empty string (the line stays) when the row does not apply. */
function row(label: string, value: string | false): string {
  return value === false
    ? ''
    : `<tr><td style="${LABEL_CELL}">${label}</td><td style="${VALUE_CELL}">${value}</td></tr>`;
}

function releaseCell(release: ReleaseInfo, d: DefaultFacts, put: Put): string {
  const title = line(put, d.release_title);
  const linked =
    release.url !== '' ? `<a href="${put.text(release.url)}" style="${LINK}">${title}</a>` : title;
  return `${linked}${release.prerelease ? ` <span style="${MUTED}">(pre-release)</span>` : ''}`;
}

function pullRequestCell(pr: PullRequestInfo, put: Put): string {
  let out = `<a href="${put.text(pr.url)}" style="${LINK}">#${put.text(pr.number)}</a>`;
  if (pr.title !== '') out += ` ${line(put, pr.title)}`;
  if (pr.author !== '') out += ` <span style="${MUTED}">by ${line(put, pr.author)}</span>`;
  return out;
}

/** The facts table's rows, one per line (a row that does not apply leaves its line empty). */
function htmlFacts({ ctx, d, enrichment }: DefaultInput, put: Put): string[] {
  const { commit, release } = ctx;
  const pr = ctx.pull_request;
  const code = (value: string): string => `<span style="${MONO}font-size:13px;">${put.text(value)}</span>`;
  const sha = ctx.short_sha;
  const commitCell = (): string =>
    `${commit.url !== '' ? `<a href="${put.text(commit.url)}" style="${LINK}${MONO}font-size:13px;">${put.text(sha)}</a>` : code(sha)}${commit.title !== '' ? ` ${line(put, commit.title)}` : ''}`;
  return [
    row(
      'Repository',
      `<a href="${put.text(ctx.repository_url)}" style="${LINK}">${put.text(ctx.repository)}</a>`,
    ),
    row('Release', !!release && releaseCell(release, d, put)),
    row('Pull request', numberedPr(pr) && pullRequestCell(pr, put)),
    row(
      'Branch',
      d.place_kind === 'branch' &&
        `${code(d.place)}${pr && pr.base !== '' ? ` <span style="${MUTED}">→ ${line(put, pr.base)}</span>` : ''}`,
    ),
    row('Tag', d.place_kind === 'tag' && !release && code(d.place)),
    row('Commit', sha !== '' && commitCell()),
    row(
      'Author',
      commit.author_name !== '' &&
        `${line(put, commit.author_name)}${commit.author_email !== '' ? ` <span style="color:#59636e;">&lt;${line(put, commit.author_email)}&gt;</span>` : ''}`,
    ),
    row('Triggered by', put.text(d.trigger)),
    row(
      'Inputs',
      d.inputs.length > 0 && d.inputs.map((i) => `${code(i.name)}: ${line(put, i.value)}`).join('<br>'),
    ),
    row('Previous run', !!enrichment.previous_status && put.text(enrichment.previous_status)),
  ];
}

function htmlJob(job: FailedJob, put: Put): string {
  const name = line(put, job.name);
  const title =
    job.url !== ''
      ? `<a href="${put.text(job.url)}" style="color:#a40e26;text-decoration:none;">${name}</a>`
      : name;
  const steps = job.failed_steps
    .map((step) => {
      const stepName = line(put, step.name);
      const linked =
        step.url !== ''
          ? `<a href="${put.text(step.url)}" style="color:#0969da;text-decoration:none;">${stepName}</a>`
          : stepName;
      return `${linked} <span style="${MUTED}">(step ${put.text(step.number)})</span>`;
    })
    .join(', ');
  const stepsLine = job.failed_steps.length
    ? `<div style="margin:0 0 6px;">Failed step${plural(job.failed_steps.length)}: ${steps}</div>`
    : '';
  let log = '';
  if (job.log_excerpt !== '')
    log = `<pre style="${MONO}font-size:12px;line-height:1.45;margin:6px 0 0;padding:10px;background:#f6f8fa;border:1px solid #d8dee4;border-radius:6px;white-space:pre-wrap;word-break:break-all;overflow-wrap:anywhere;color:#1f2328;">${put.text(job.log_excerpt)}</pre>`;
  else if (job.in_progress)
    log = `<div style="font-size:13px;${MUTED}">Still running when this email was sent; its log is in the run.</div>`;
  else if ((job.log_note ?? '') !== '')
    log = `<div style="font-size:13px;${MUTED}">Log not included (${put.text(job.log_note)}); open the job to read it.</div>`;
  return [
    '<div style="border:1px solid #ffcecb;border-radius:6px;margin:0 0 12px;overflow:hidden;">',
    `<div style="background:#ffebe9;padding:8px 12px;font-weight:600;font-size:14px;word-break:break-word;">✖ ${title}</div>`,
    '<div style="padding:8px 12px;font-size:14px;">',
    stepsLine,
    log,
    '</div></div>',
  ].join('\n');
}

/** The failure details: failed jobs, each with its steps and log excerpt. */
function htmlDetails({ d, enrichment }: DefaultInput, put: Put): string {
  const jobs = enrichment.failed_jobs;
  if (!d.details || jobs.length === 0) return '';
  const more =
    d.failed_jobs_more > 0
      ? `<div style="font-size:13px;${MUTED}margin:0 0 12px;">…and ${put.text(d.failed_jobs_more)} more failed job${plural(d.failed_jobs_more)}.</div>`
      : '';
  return [
    `<h2 style="${H2}">Failed jobs</h2>`,
    jobs.map((job) => htmlJob(job, put)).join(''),
    more,
    `<div style="font-size:12px;${MUTED}margin:0 0 8px;">Log excerpts may contain sensitive data; take care when forwarding this email.</div>`,
  ].join('\n');
}

function htmlTests(tests: TestSummary | undefined, put: Put): string {
  if (!tests) return '';
  const failures = tests.failures
    .map(
      (t) =>
        `<li style="margin:0 0 6px;"><span style="${MUTED}">${t.suite !== '' ? `${line(put, t.suite)} › ` : ''}</span><strong>${line(put, t.name)}</strong>${t.message !== '' ? `<br><span style="${MONO}font-size:12px;color:#a40e26;">${line(put, t.message)}</span>` : ''}</li>`,
    )
    .join('');
  return [
    `<h2 style="${H2}">Tests</h2>`,
    `<div style="font-size:14px;margin:0 0 8px;"><strong>${put.text(tests.total)}</strong> total · <span style="color:#1a7f37;">${put.text(tests.passed)} passed</span> · <span style="${tests.failed > 0 ? 'color:#cf222e;font-weight:600;' : ''}">${put.text(tests.failed)} failed</span> · <span style="color:#59636e;">${put.text(tests.skipped)} skipped</span></div>`,
    tests.failures.length > 0
      ? `<ul style="margin:0 0 12px;padding-left:20px;font-size:14px;">${failures}</ul>`
      : '',
    tests.more > 0
      ? `<div style="font-size:13px;${MUTED}">…and ${put.text(tests.more)} more failing test${plural(tests.more)}.</div>`
      : '',
  ].join('\n');
}

/** The default HTML body (inside the layout's card): badge, headline, button, facts, details. */
export function defaultHtml(input: DefaultInput, put: Put): string {
  const { ctx, d } = input;
  const release = ctx.release;
  return [
    `<div style="margin:0 0 12px;"><span style="display:inline-block;padding:3px 10px;border-radius:999px;background:${put.text(d.color)};color:#ffffff;font-size:12px;font-weight:600;letter-spacing:.3px;">${put.text(d.icon)} ${put.text(d.label.toUpperCase())}</span></div>`,
    `<h1 style="margin:0 0 6px;font-size:20px;line-height:1.35;color:#1f2328;word-break:break-word;overflow-wrap:anywhere;">${put.text(d.headline)}</h1>`,
    `<div style="margin:0 0 16px;font-size:13px;${MUTED}">${put.text(ctx.repository)}${d.workflow !== '' ? ` · ${put.text(d.workflow)}` : ''} · ${put.text(d.run_label)}</div>`,
    d.run_url !== ''
      ? `<div style="margin:0 0 20px;"><a href="${put.text(d.run_url)}" style="display:inline-block;padding:9px 16px;border-radius:6px;background:#1f2328;color:#ffffff;font-size:14px;font-weight:600;text-decoration:none;">View run</a></div>`
      : '',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;border-top:1px solid #d8dee4;">',
    ...htmlFacts(input, put),
    '</table>',
    htmlDetails(input, put),
    htmlTests(input.enrichment.tests, put),
    release && release.body !== ''
      ? `<h2 style="${H2}">Release notes</h2><div style="font-size:14px;padding:4px 0 4px 14px;border-left:3px solid #d0d7de;">${put.markdown(release.body)}</div>`
      : '',
  ].join('\n');
}
