import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRunContext } from '../../../src/context.js';
import { runStatus, STATUS_WORDS, type Status, statusFromWord } from '../../../src/decide/status.js';
import { fixture, runnerEnv } from '../render/helpers.js';

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

/** The workflow_run fixture with the watched run's fields replaced. */
function workflowRunContext(run: Record<string, unknown>, eventName = 'workflow_run') {
  const payload = JSON.parse(readFileSync(fixture('workflow_run'), 'utf8')) as {
    workflow_run: Record<string, unknown>;
  };
  const event = JSON.stringify({ ...payload, workflow_run: { ...payload.workflow_run, ...run } });
  return readRunContext(
    runnerEnv(eventName, 'workflow_run', { GITHUB_WORKFLOW: 'Notify', GITHUB_JOB: 'notify' }),
    () => event,
  );
}

describe('runStatus', () => {
  it.each(CONCLUSIONS)(
    'workflow_run whose watched run concluded %s, with status success (the default) → %s',
    (conclusion, status) => {
      const reported = runStatus('success', workflowRunContext({ conclusion }));
      expect(reported).toEqual({
        status,
        from: { workflow: 'CI', run_number: 482, conclusion },
      });
    },
  );

  it('keeps an explicit failure or cancelled, and says when the watched run concluded otherwise', () => {
    const watched = (conclusion: string) => ({ workflow: 'CI', run_number: 482, conclusion });
    expect(runStatus('failure', workflowRunContext({ conclusion: 'failure' }))).toEqual({
      status: 'failure',
    });
    expect(runStatus('failure', workflowRunContext({ conclusion: 'timed_out' }))).toEqual({
      status: 'failure',
    });
    expect(runStatus('cancelled', workflowRunContext({ conclusion: 'skipped' }))).toEqual({
      status: 'cancelled',
    });
    expect(runStatus('failure', workflowRunContext({ conclusion: 'success' }))).toEqual({
      status: 'failure',
      differs: watched('success'),
    });
    expect(runStatus('cancelled', workflowRunContext({ conclusion: 'failure' }))).toEqual({
      status: 'cancelled',
      differs: watched('failure'),
    });
  });

  it('marks a watched run with no conclusion yet (requested, in progress) as pending', () => {
    expect(runStatus('success', workflowRunContext({ status: 'requested', conclusion: null }))).toEqual({
      status: 'success',
      pending: { workflow: 'CI', run_number: 482, conclusion: 'requested' },
    });
    expect(runStatus('success', workflowRunContext({ status: 'in_progress', conclusion: null }))).toEqual({
      status: 'success',
      pending: { workflow: 'CI', run_number: 482, conclusion: 'in_progress' },
    });
    expect(runStatus('failure', workflowRunContext({ status: 'in_progress', conclusion: null }))).toEqual({
      status: 'failure',
    });
    // A conclusion GitHub does not have is not guessed at.
    expect(runStatus('success', workflowRunContext({ conclusion: 'exploded' }))).toEqual({
      status: 'success',
    });
  });

  it('reads the conclusion of a hand-written payload without a run status', () => {
    expect(
      runStatus('success', workflowRunContext({ status: undefined, conclusion: 'timed_out' })).status,
    ).toBe('failure');
  });

  it('leaves every other event alone', () => {
    // The same payload under another event name: its workflow_run is not the run's subject.
    expect(runStatus('success', workflowRunContext({ conclusion: 'failure' }, 'push'))).toEqual({
      status: 'success',
    });
    const push = readRunContext(runnerEnv('push'));
    for (const status of ['success', 'failure', 'cancelled'] as const) {
      expect(runStatus(status, push)).toEqual({ status });
    }
  });
});
