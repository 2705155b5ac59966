import type { Status } from './status.js';

/** A `notify-when` condition: a status, or a comparison with the previous run. */
export type NotifyWhen = 'always' | 'success' | 'failure' | 'cancelled' | 'fixed' | 'changed';

/**
 * The previous completed run's conclusion: `'success'` or `'failure'` when found (GitHub's
 * `timed_out` and `startup_failure` count as failure), `null` when there is none, or `'unknown'`
 * when it could not be looked up (no permission, no network).
 */
export type PreviousConclusion = string | null | 'unknown';

/** Whether to send, and why (said in the notice when we do not). */
export interface Decision {
  send: boolean;
  reason: string;
}

const STATUS_CONDITIONS: ReadonlySet<NotifyWhen> = new Set(['success', 'failure', 'cancelled']);

/**
 * True when `notify-when` needs the previous run to decide: some `fixed` or `changed` condition
 * could change the answer. A status condition that already matches, or `fixed` on a run that did
 * not succeed, needs no lookup, so no API call is made for it.
 */
export function needsPreviousRun(when: NotifyWhen[], status: Status): boolean {
  if (when.includes('always') || when.includes(status)) return false;
  return when.includes('changed') || (when.includes('fixed') && status === 'success');
}

/**
 * Applies `notify-when` (a union of conditions) to this run's status and the previous conclusion.
 * `fixed`: this run succeeded and the previous one did not (no previous run: not fixed).
 * `changed`: the conclusion differs from the previous one (no previous run: changed).
 * When the previous run could not be looked up, neither `fixed` nor `changed` matches: a token that
 * cannot read runs must not turn `fixed` into mail on every green build (a status condition in the
 * same list still matches).
 */
export function shouldNotify(when: NotifyWhen[], status: Status, previous: PreviousConclusion): Decision {
  const reasons: string[] = [];
  for (const w of when) {
    if (w === 'always') return { send: true, reason: 'notify-when: always' };
    if (!STATUS_CONDITIONS.has(w)) continue;
    if (w === status) return { send: true, reason: `notify-when: ${w} and the status is ${status}` };
    reasons.push(`the status is ${status}, not ${w}`);
  }
  for (const w of when) {
    if (w === 'fixed') {
      if (status !== 'success') {
        reasons.push(`not fixed: this run's status is ${status}`);
      } else if (previous === 'unknown') {
        reasons.push('not fixed: the previous run could not be looked up (see the warning)');
      } else if (previous === null) {
        reasons.push('not fixed: there is no previous run to compare with');
      } else if (previous !== 'success') {
        return { send: true, reason: `notify-when: fixed (the previous run was ${previous})` };
      } else {
        reasons.push('not fixed: the previous run succeeded too');
      }
    } else if (w === 'changed') {
      if (previous === 'unknown') {
        reasons.push('not changed: the previous run could not be looked up (see the warning)');
        continue;
      }
      if (previous === null) return { send: true, reason: 'notify-when: changed (no previous run)' };
      if (previous !== status) {
        return { send: true, reason: `notify-when: changed (${previous} → ${status})` };
      }
      reasons.push(`not changed: the previous run was ${previous} too`);
    }
  }
  return { send: false, reason: reasons.join('; ') || 'no notify-when condition matched' };
}
