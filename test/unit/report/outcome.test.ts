// report(): the one place that writes outputs, annotations and the summary for an outcome.
import { describe, expect, it } from 'vitest';
import { DeliveryError, InputError } from '../../../src/errors.js';
import { report } from '../../../src/report/index.js';
import { failedOutcome, type Known, skippedOutcome } from '../../../src/report/outcome.js';
import { fakeCore } from '../../__fixtures__/core.js';

const KNOWN: Known = {
  status: 'failure',
  recipients: { to: ['dev@example.com'], cc: [], bcc: [], hidden: [] },
};

describe('report()', () => {
  it('writes every output and says a skip as one notice, never as a failure', async () => {
    const core = fakeCore();
    await report(
      core,
      skippedOutcome(KNOWN, 'the status is failure, not success', 'No email sent: x.'),
      false,
    );
    expect(core.outputs).toMatchObject({ sent: 'false', 'skipped-reason': 'notify-when', 'message-id': '' });
    expect(Object.keys(core.outputs)).toHaveLength(9);
    expect(core.notices).toEqual(['No email sent: x.']);
    expect(core.failures).toEqual([]);
    expect(core.summaryText).toBe('');
  });

  it('fails the step with the error line of an input error, and writes the outputs first', async () => {
    const core = fakeCore();
    const err = new InputError('to', 'Input `to` is required.');
    await report(core, failedOutcome(KNOWN, err, true), false);
    expect(core.failures).toEqual(['Input `to` is required.']);
    expect(core.outputs['skipped-reason']).toBe('');
    expect(core.debugs).toEqual([]);
  });

  it('turns a delivery error into a warning under fail-on-error: false (skipped-reason error)', async () => {
    const core = fakeCore();
    const err = new DeliveryError('send', 'smtp: refused', false, undefined, ['dev@example.com']);
    await report(core, failedOutcome(KNOWN, err, false), false);
    expect(core.failures).toEqual([]);
    expect(core.warnings).toEqual(['Email not sent (fail-on-error: false): smtp: refused']);
    expect(core.outputs).toMatchObject({ 'skipped-reason': 'error', rejected: 'dev@example.com' });
  });

  it('fails on an unexpected error whatever fail-on-error says, its stack only in debug', async () => {
    const core = fakeCore();
    await report(core, failedOutcome(KNOWN, new TypeError('boom'), false), false);
    expect(core.failures).toEqual(['Unexpected error: boom']);
    expect(core.debugs.join('\n')).toContain('TypeError: boom');
  });
});
