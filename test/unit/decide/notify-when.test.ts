import { describe, expect, it } from 'vitest';
import { needsPreviousRun, type PreviousConclusion, shouldNotify } from '../../../src/decide/notify-when.js';
import type { NotifyWhen, Status } from '../../../src/inputs/index.js';

const STATUSES: Status[] = ['success', 'failure', 'cancelled'];
const PREVIOUS: PreviousConclusion[] = ['success', 'failure', null, 'unknown'];

/** The contract of SPEC section 5, written independently of the implementation. */
function expected(w: NotifyWhen, status: Status, previous: PreviousConclusion): boolean {
  switch (w) {
    case 'always':
      return true;
    case 'success':
    case 'failure':
    case 'cancelled':
      return w === status;
    case 'fixed':
      // A run that did not succeed is never "fixed", whatever came before.
      if (status !== 'success') return false;
      // Unknown (no permission, no network) is not evidence of a fix: no mail on every green build.
      return previous !== 'unknown' && previous !== null && previous !== 'success';
    case 'changed':
      // No previous run at all: changed. One that could not be looked up: not known to have changed.
      return previous !== 'unknown' && (previous === null || previous !== status);
  }
}

const SINGLE: NotifyWhen[] = ['always', 'success', 'failure', 'cancelled', 'fixed', 'changed'];

describe('shouldNotify: each condition × status × previous', () => {
  for (const w of SINGLE) {
    for (const status of STATUSES) {
      for (const previous of PREVIOUS) {
        const want = expected(w, status, previous);
        it(`${w}, status ${status}, previous ${String(previous)} → ${want ? 'send' : 'skip'}`, () => {
          const d = shouldNotify([w], status, previous);
          expect(d.send).toBe(want);
          expect(d.reason.length).toBeGreaterThan(0);
        });
      }
    }
  }
});

describe('shouldNotify: a comma list is a union', () => {
  const pairs: NotifyWhen[][] = [];
  for (const a of SINGLE) for (const b of SINGLE) if (a < b) pairs.push([a, b]);
  for (const when of pairs) {
    for (const status of STATUSES) {
      for (const previous of PREVIOUS) {
        const want = when.some((w) => expected(w, status, previous));
        it(`${when.join(',')}, ${status}, previous ${String(previous)}`, () => {
          expect(shouldNotify(when, status, previous).send).toBe(want);
          expect(shouldNotify([...when].reverse(), status, previous).send).toBe(want);
        });
      }
    }
  }
});

describe('shouldNotify: reasons a reader can act on', () => {
  it('says the previous run succeeded too when a success is not fixed', () => {
    const d = shouldNotify(['fixed'], 'success', 'success');
    expect(d).toEqual({ send: false, reason: 'not fixed: the previous run succeeded too' });
  });
  it('says there is no previous run', () => {
    expect(shouldNotify(['fixed'], 'success', null).reason).toContain('no previous run');
  });
  it('names both conditions of a union that did not match', () => {
    const d = shouldNotify(['failure', 'fixed'], 'success', 'success');
    expect(d.send).toBe(false);
    expect(d.reason).toContain('not failure');
    expect(d.reason).toContain('not fixed');
  });
  it('names the transition when changed', () => {
    expect(shouldNotify(['changed'], 'failure', 'success').reason).toBe(
      'notify-when: changed (success → failure)',
    );
  });
  it('says a lookup failure is why it does not send', () => {
    const d = shouldNotify(['failure', 'fixed'], 'success', 'unknown');
    expect(d.send).toBe(false);
    expect(d.reason).toContain('not fixed: the previous run could not be looked up');
    expect(shouldNotify(['changed'], 'success', 'unknown').reason).toContain('could not be looked up');
  });
  it('an unknown previous run still lets a matching status send', () => {
    expect(shouldNotify(['failure', 'fixed'], 'failure', 'unknown').send).toBe(true);
  });
});

describe('needsPreviousRun', () => {
  it('is false when a status condition or always already decides', () => {
    expect(needsPreviousRun(['always', 'fixed'], 'success')).toBe(false);
    expect(needsPreviousRun(['failure', 'fixed'], 'failure')).toBe(false);
    expect(needsPreviousRun(['failure', 'changed'], 'failure')).toBe(false);
    expect(needsPreviousRun(['success'], 'failure')).toBe(false);
  });
  it('is false for fixed on a run that did not succeed', () => {
    expect(needsPreviousRun(['fixed'], 'failure')).toBe(false);
    expect(needsPreviousRun(['fixed'], 'cancelled')).toBe(false);
  });
  it('is true when fixed or changed can change the answer', () => {
    expect(needsPreviousRun(['failure', 'fixed'], 'success')).toBe(true);
    expect(needsPreviousRun(['changed'], 'failure')).toBe(true);
    expect(needsPreviousRun(['success', 'changed'], 'cancelled')).toBe(true);
  });
  it('agrees with shouldNotify: without a lookup the decision is the same for every previous value', () => {
    const lists: NotifyWhen[][] = SINGLE.flatMap((a) => SINGLE.map((b) => [a, b]));
    for (const when of lists) {
      for (const status of STATUSES) {
        if (needsPreviousRun(when, status)) continue;
        const answers = new Set(PREVIOUS.map((p) => shouldNotify(when, status, p).send));
        expect(answers.size, `${when.join(',')} / ${status}`).toBe(1);
      }
    }
  });
});
