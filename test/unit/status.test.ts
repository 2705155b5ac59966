import { describe, expect, it } from 'vitest';
import { STATUS_WORDS, type Status, statusFromWord } from '../../src/status.js';

/** GitHub's conclusions, as documented for check runs and workflow runs, and what each reports. */
const CONCLUSIONS: Array<[string, Status]> = [
  ['success', 'success'],
  ['neutral', 'success'],
  ['failure', 'failure'],
  ['timed_out', 'failure'],
  ['startup_failure', 'failure'],
  ['action_required', 'failure'],
  ['cancelled', 'cancelled'],
  ['stale', 'cancelled'],
  ['skipped', 'cancelled'],
];

describe('statusFromWord', () => {
  it.each(CONCLUSIONS)('%s → %s', (word, status) => {
    expect(statusFromWord(word)).toBe(status);
    expect(statusFromWord(` ${word.toUpperCase()}\n`)).toBe(status);
  });

  it('takes the usual misspellings', () => {
    expect(statusFromWord('failed')).toBe('failure');
    expect(statusFromWord('canceled')).toBe('cancelled');
  });

  it('knows no other word, nor an inherited property name', () => {
    for (const word of ['', 'succeeded', 'exploded', 'in_progress', 'completed', 'constructor', 'toString']) {
      expect(statusFromWord(word), word).toBeUndefined();
    }
  });

  it('lists every word it accepts', () => {
    expect([...STATUS_WORDS].sort()).toEqual([...CONCLUSIONS.map(([w]) => w), 'failed', 'canceled'].sort());
  });
});
