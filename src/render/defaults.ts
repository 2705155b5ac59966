/**
 * `d`, the facts the default message (default-message.ts) shows, worked out here once for every
 * event and status.
 */
import { type RunContext, reportedRun } from '../context.js';
import type { Enrichment } from '../enrich/types.js';
import type { Status } from '../inputs/index.js';
import { oneLine } from './one-line.js';

/** How the run ended, as the reader cares: `fixed` is a success after a failed or cancelled run. */
export type Outcome = 'success' | 'fixed' | 'failure' | 'cancelled' | 'released';

/** What the default message says, derived from the context, the status and the previous run. */
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

/** Works out the facts the default message shows, for any event and status. */
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
