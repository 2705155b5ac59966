/**
 * The run's status, in one place: the words the `status` input accepts, how GitHub's conclusions
 * map onto them, and which status a `workflow_run` notification reports. notify-when, the
 * failure details, the default message and the X-GitHub-Status header all use the result.
 */
import type { RunContext } from '../context.js';

export type Status = 'success' | 'failure' | 'cancelled';

/** The three statuses, in the order messages name them. */
export const STATUSES: readonly Status[] = ['success', 'failure', 'cancelled'];

/**
 * GitHub's conclusions (of a workflow run, a job, `needs.<job>.result`) as a status. A run that
 * needs approval (`action_required`) did not pass, so it counts as a failure; one that never
 * really ran (`stale`, `skipped`) is reported like a cancelled one; `neutral` is not a failure.
 */
const CONCLUSION_STATUS: Readonly<Record<string, Status>> = {
  success: 'success',
  neutral: 'success',
  failure: 'failure',
  timed_out: 'failure',
  startup_failure: 'failure',
  action_required: 'failure',
  cancelled: 'cancelled',
  stale: 'cancelled',
  skipped: 'cancelled',
};

/** Common spellings people write for a status. */
const ALIASES: Readonly<Record<string, Status>> = { failed: 'failure', canceled: 'cancelled' };

/** Every word the `status` input accepts, for messages and suggestions. */
export const STATUS_WORDS: readonly string[] = [...Object.keys(CONCLUSION_STATUS), ...Object.keys(ALIASES)];

/**
 * A status or one of GitHub's conclusion words as a status (case-insensitive, trimmed);
 * undefined for anything else.
 */
export function statusFromWord(word: string): Status | undefined {
  const w = word.trim().toLowerCase();
  return Object.hasOwn(CONCLUSION_STATUS, w)
    ? CONCLUSION_STATUS[w]
    : Object.hasOwn(ALIASES, w)
      ? ALIASES[w]
      : undefined;
}

/** The watched run of a `workflow_run` event, as messages name it. */
export interface WatchedRun {
  workflow: string;
  run_number: number;
  /** Its conclusion, or its status (`requested`, `in_progress`) while it has none. */
  conclusion: string;
}

/** The status to report, and where it came from when it is not the `status` input. */
export interface RunStatus {
  status: Status;
  /** Set when the status was taken from the watched run of a `workflow_run` event. */
  from?: WatchedRun;
  /** The watched run has not completed (`on: workflow_run` without `types: [completed]`). */
  pending?: WatchedRun;
  /** An explicit `failure` or `cancelled` input that the watched run's conclusion does not match. */
  differs?: WatchedRun;
}

/**
 * The status this notification reports. On a `workflow_run` event whose watched run has completed,
 * a `success` input (what the default `${{ job.status }}` gives the notifying job) is replaced by the
 * watched run's conclusion: a notifier that ran fine says nothing about the run it reports on. An
 * explicit `failure` or `cancelled` input is kept.
 */
export function runStatus(input: Status, ctx: RunContext): RunStatus {
  const watched = ctx.event_name === 'workflow_run' ? ctx.workflow_run : undefined;
  if (!watched) return { status: input };
  const named = (conclusion: string): WatchedRun => ({
    workflow: watched.name,
    run_number: watched.run_number,
    conclusion,
  });
  // A run still requested or in progress has no conclusion yet: nothing to report on.
  if (watched.status !== '' && watched.status !== 'completed') {
    return input === 'success' ? { status: input, pending: named(watched.status) } : { status: input };
  }
  const status = statusFromWord(watched.conclusion);
  if (!status) return { status: input };
  if (input !== 'success') {
    return status === input ? { status: input } : { status: input, differs: named(watched.conclusion) };
  }
  return { status, from: named(watched.conclusion) };
}
