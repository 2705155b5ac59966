/**
 * The run's status, in one place: the words the `status` input accepts and how GitHub's
 * conclusions map onto them.
 */

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
