// Property 2, end to end: a sample of generated input maps through dist/index.js against the
// Gmail-like SMTP server. Each run either exits 0 having delivered exactly one message (or skipped
// by notify-when, delivering none), or exits 1 with exactly one ::error:: line and nothing
// delivered; never a stack trace, never a hang. FC_SEED replays a sample.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputMaps } from '../property/input-arbitraries.js';
import { appPasswordInputs, expectNoStackTrace, fixture } from './fixture.js';

const SAMPLE = Number(process.env.FC_E2E_RUNS) || 30;
const SEED = process.env.FC_SEED === undefined ? Date.now() % 2 ** 31 : Number(process.env.FC_SEED);
const CONCURRENCY = 3;

/** Inputs that would aim the step elsewhere or let it run long are left to the fault matrix. */
const PINNED = [
  'smtp-host',
  'smtp-port',
  'smtp-security',
  'transport',
  'gmail-api-url',
  'oauth-token-url',
  'timeout-seconds',
  'retries',
];

describe('property: generated inputs end to end', () => {
  it(`${SAMPLE} generated input maps through dist/index.js (seed ${SEED})`, async ({ onTestFinished }) => {
    const f = fixture();
    onTestFinished(() => f.close());
    const samples = fc.sample(inputMaps(), { numRuns: SAMPLE, seed: SEED });
    const failures: string[] = [];
    const tally = { sent: 0, skipped: 0, refused: 0 };
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < samples.length) {
        const index = next++;
        // An environment variable cannot hold NUL, so no runner can pass one in an input.
        const generated = Object.fromEntries(
          Object.entries(samples[index]!)
            .filter(([k]) => !PINNED.includes(k))
            .map(([k, v]) => [k, v.replace(/\u0000/g, '')]),
        );
        const smtp = await f.smtp();
        const inputs = { ...appPasswordInputs(smtp), ...generated, 'timeout-seconds': '6', retries: '1' };
        const run = await f.run({ inputs, timeoutMs: 20_000 });
        try {
          expect(run.timedOut).toBe(false);
          expectNoStackTrace(run);
          const errors = run.annotations.filter((a) => a.level === 'error');
          if (run.code === 0) {
            expect(errors).toEqual([]);
            if (run.outputs.sent === 'true') {
              expect(smtp.received).toHaveLength(1);
              tally.sent++;
            } else {
              expect(run.outputs['skipped-reason']).toBe('notify-when');
              expect(smtp.received).toHaveLength(0);
              tally.skipped++;
            }
          } else {
            expect(run.code).toBe(1);
            expect(errors).toHaveLength(1);
            expect(errors[0]!.message).not.toMatch(/[\r\n]/);
            expect(errors[0]!.message).toMatch(/`[a-z-]+/);
            expect(smtp.received).toHaveLength(0);
            expect(smtp.connections().some((c) => c.commands.includes('MAIL'))).toBe(false);
            tally.refused++;
          }
        } catch (err) {
          failures.push(
            `case ${index} (FC_SEED=${SEED}) inputs ${JSON.stringify(generated)}: ${(err as Error).message}`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(failures, failures.join('\n')).toEqual([]);
    expect(tally.sent + tally.skipped + tally.refused).toBe(SAMPLE);
  }, 120_000);
});
