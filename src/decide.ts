import type { NotifyWhen, Status } from './settings.js';

/**
 * The previous completed run's conclusion: a value when found, `null` when there is none, or
 * `'unknown'` when it could not be looked up (no permission, no network).
 */
export type PreviousConclusion = string | null | 'unknown';

/** Whether to send, and why (said in the notice when we do not). */
export interface Decision {
  send: boolean;
  reason: string;
}

/** True when `notify-when` needs the previous run to decide. */
export function needsPreviousRun(when: NotifyWhen[]): boolean {
  return !when.includes('always') && (when.includes('fixed') || when.includes('changed'));
}

/** Applies `notify-when` (a union of conditions) to this run's status and the previous conclusion. */
export function shouldNotify(when: NotifyWhen[], status: Status, previous: PreviousConclusion): Decision {
  const reasons: string[] = [];
  for (const w of when) {
    if (w === 'always') return { send: true, reason: 'notify-when: always' };
    if (w === status) return { send: true, reason: `notify-when: ${w} and the status is ${status}` };
    if (w === 'success' || w === 'failure' || w === 'cancelled') {
      reasons.push(`the status is ${status}, not ${w}`);
      continue;
    }
    if (previous === 'unknown') {
      return {
        send: true,
        reason: `notify-when: ${w}, but the previous run could not be looked up, so it sends`,
      };
    }
    if (w === 'fixed') {
      if (status === 'success' && previous !== null && previous !== 'success') {
        return { send: true, reason: `notify-when: fixed (the previous run was ${previous})` };
      }
      reasons.push(
        status !== 'success'
          ? `not fixed: this run's status is ${status}`
          : previous === null
            ? 'not fixed: there is no previous run to compare with'
            : 'not fixed: the previous run succeeded too',
      );
    }
    if (w === 'changed') {
      if (previous === null) return { send: true, reason: 'notify-when: changed (no previous run)' };
      if (previous !== status)
        return { send: true, reason: `notify-when: changed (${previous} → ${status})` };
      reasons.push(`not changed: the previous run was ${previous} too`);
    }
  }
  return { send: false, reason: reasons.join('; ') };
}
