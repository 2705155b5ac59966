/** When to send: `notify-when` and the `status` it is compared with. */

import { STATUS_WORDS, type Status, statusFromWord } from '../decide/status.js';
import { InputError } from '../errors.js';
import { Input } from './names.js';
import { didYouMean } from './suggest.js';
import type { NotifyWhen } from './types.js';

const NOTIFY_WHEN: readonly NotifyWhen[] = ['always', 'success', 'failure', 'cancelled', 'fixed', 'changed'];

/** The `status` input: success, failure, cancelled or one of GitHub's conclusions; empty is success. */
export function statusInput(value: string): Status {
  const v = value.trim();
  if (!v) return 'success';
  const status = statusFromWord(v);
  if (status) return status;
  throw new InputError(
    Input.Status,
    `Input \`status\` must be success, failure or cancelled (or a GitHub conclusion such as timed_out or skipped); got "${v.slice(0, 60)}".${didYouMean(v.toLowerCase(), STATUS_WORDS)}`,
  );
}

/** The `notify-when` words; empty is `always`. */
export function notifyWhenInput(value: string): NotifyWhen[] {
  // The words hold no spaces, so spaces separate them too, and YAML list debris (`- x`, `[x, y]`,
  // quotes) from a list written as YAML inside the string is dropped.
  const words = value
    .toLowerCase()
    .split(/[,;\s]+/)
    .map((w) => w.replace(/^[-[\]"']+|[[\]"']+$/g, ''))
    .filter(Boolean);
  for (const w of words) {
    if (!(NOTIFY_WHEN as readonly string[]).includes(w)) {
      throw new InputError(
        Input.NotifyWhen,
        `Input \`notify-when\` has "${w.slice(0, 40)}"; use any of ${NOTIFY_WHEN.join(', ')}, separated by commas.${didYouMean(w, NOTIFY_WHEN)}`,
      );
    }
  }
  return words.length ? (words as NotifyWhen[]) : ['always'];
}
