// Recipients deferred at RCPT TO (a 4xx such as Gmail's 450-4.2.1 "receiving mail at too high a
// rate") while others accepted the message: end to end through dist/index.js. Only the deferred
// ones are tried again, on a new connection, with the same bytes and Message-ID; nobody who
// accepted it gets a second copy; a 5xx refusal is final.

import { describe, expect, it } from 'vitest';
import type { RunningSmtpServer } from '../servers/smtp.mjs';
import { appPasswordInputs, E2E_TIMEOUT_MS, expectNoStackTrace, type Fixture, fixture } from './fixture.js';
import type { ActionRun } from './harness.js';

const DEFERRED =
  '450-4.2.1 The user you are trying to contact is receiving mail at too high a rate.\n450 4.2.1 Please try again later.';
const GONE = '550-5.1.1 The email account that you tried to reach does not exist.\n550 5.1.1 Bye';

const A = 'a@example.com';
const B = 'b@example.com';
const C = 'c@example.com';

function setup(onTestFinished: (fn: () => Promise<void>) => void): Fixture {
  const f = fixture();
  onTestFinished(() => f.close());
  return f;
}

function expectSent(run: ActionRun): void {
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
  expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
  expect(run.outputs.sent).toBe('true');
  expectNoStackTrace(run);
}

/** How many accepted messages (250 after DATA) went to each address. */
async function copiesPerRecipient(smtp: RunningSmtpServer): Promise<Record<string, number>> {
  // Wait out a late duplicate, should an abandoned attempt complete after all.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const counts: Record<string, number> = {};
  for (const m of smtp.received) for (const r of m.envelope.rcptTo) counts[r] = (counts[r] ?? 0) + 1;
  return counts;
}

function messageIdOf(raw: Buffer): string | undefined {
  return /^Message-ID:\s*(<[^>]+>)/im.exec(raw.toString('utf8'))?.[1];
}

function warnings(run: ActionRun): string[] {
  return run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
}

/** RCPT TO commands on each connection, in order. */
function rcptsPerConnection(smtp: RunningSmtpServer): number[] {
  return smtp.connections().map((c) => c.commands.filter((v) => v === 'RCPT').length);
}

describe.concurrent('recipients deferred at RCPT TO', { timeout: E2E_TIMEOUT_MS }, () => {
  it('one of three deferred once: retried alone, everyone gets exactly one copy, no warning', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp({ faults: { rcptFor: { [B]: { reply: DEFERRED, times: 1 } } } });
    const run = await f.run({ inputs: appPasswordInputs(smtp, { to: `${A}, ${B}`, cc: C, retries: '1' }) });
    expectSent(run);
    expect(await copiesPerRecipient(smtp)).toEqual({ [A]: 1, [B]: 1, [C]: 1 });
    expect(smtp.received.map((m) => m.envelope.rcptTo)).toEqual([[A, C], [B]]);
    // Two connections: the retry opens its own.
    expect(rcptsPerConnection(smtp)).toEqual([3, 1]);
    expect(new Set(smtp.received.map((m) => m.connectionId)).size).toBe(2);
    // The same bytes, so the same Message-ID, and the headers still name everyone.
    const [first, second] = smtp.received;
    expect(second!.raw.equals(first!.raw)).toBe(true);
    expect(messageIdOf(first!.raw)).toBe(run.outputs['message-id']);
    expect(messageIdOf(second!.raw)).toBe(run.outputs['message-id']);
    expect(second!.raw.toString('utf8')).toMatch(/^To: .*a@example\.com.*b@example\.com/m);
    expect(second!.raw.toString('utf8')).toMatch(/^Cc: .*c@example\.com/m);
    expect(run.outputs.accepted).toBe(`${A},${B},${C}`);
    expect(run.outputs.rejected).toBe('');
    expect(warnings(run)).toEqual([]);
    expect(run.stdout).toMatch(/Attempt 1 .*b@example\.com.*450.*Retrying in/);
  });

  it('deferred every time: sent, the address in `rejected`, one warning naming it and the attempts', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp({ faults: { rcptFor: { [B]: DEFERRED } } });
    const run = await f.run({
      inputs: appPasswordInputs(smtp, { to: `${A}, ${B}, ${C}`, retries: '2', 'timeout-seconds': '20' }),
    });
    expectSent(run);
    expect(await copiesPerRecipient(smtp)).toEqual({ [A]: 1, [C]: 1 });
    expect(rcptsPerConnection(smtp)).toEqual([3, 1, 1]);
    expect(run.outputs.accepted).toBe(`${A},${C}`);
    expect(run.outputs.rejected).toBe(B);
    const w = warnings(run);
    expect(w, run.stdout).toHaveLength(1);
    expect(w[0]).toContain(B);
    expect(w[0]).toContain('450-4.2.1');
    expect(w[0]).toMatch(/deferred/i);
    expect(w[0]).toContain('3 attempts');
    expect(w[0]).toContain('`retries: 2`');
    expect(w[0]).not.toMatch(/[\r\n]/);
  });

  it('a 550 and a 450-once: the 550 is never retried, the 450 is delivered on the retry', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp({
      faults: { rcptFor: { [A]: GONE, [B]: { reply: DEFERRED, times: 1 } } },
    });
    const run = await f.run({ inputs: appPasswordInputs(smtp, { to: `${A}, ${B}, ${C}`, retries: '2' }) });
    expectSent(run);
    expect(await copiesPerRecipient(smtp)).toEqual({ [B]: 1, [C]: 1 });
    expect(smtp.received.map((m) => m.envelope.rcptTo)).toEqual([[C], [B]]);
    // A was asked for once, on the first connection only.
    expect(rcptsPerConnection(smtp)).toEqual([3, 1]);
    expect(run.outputs.accepted).toBe(`${B},${C}`);
    expect(run.outputs.rejected).toBe(A);
    const w = warnings(run);
    expect(w).toHaveLength(1);
    expect(w[0]).toContain(A);
    expect(w[0]).toContain('550-5.1.1');
    expect(w[0]).not.toContain(B);
  });

  it('everyone refused, one of them only deferred: the deferred one alone is tried again', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp({ faults: { rcptFor: { [A]: GONE, [B]: { reply: DEFERRED, times: 1 } } } });
    const run = await f.run({ inputs: appPasswordInputs(smtp, { to: `${A}, ${B}`, retries: '2' }) });
    expectSent(run);
    expect(await copiesPerRecipient(smtp)).toEqual({ [B]: 1 });
    expect(rcptsPerConnection(smtp)).toEqual([2, 1]);
    expect(run.outputs.accepted).toBe(B);
    expect(run.outputs.rejected).toBe(A);
  });

  it('deferred until `timeout-seconds` leaves no time: sent to the others, the warning says so', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp({ faults: { rcptFor: { [B]: DEFERRED } } });
    const run = await f.run({
      inputs: appPasswordInputs(smtp, { to: `${A}, ${B}`, retries: '10', 'timeout-seconds': '3' }),
    });
    expectSent(run);
    expect(await copiesPerRecipient(smtp)).toEqual({ [A]: 1 });
    const attempts = smtp.connections().length;
    expect(attempts).toBeGreaterThanOrEqual(1);
    expect(attempts).toBeLessThan(11);
    expect(run.outputs.rejected).toBe(B);
    const w = warnings(run);
    expect(w).toHaveLength(1);
    expect(w[0]).toContain(B);
    expect(w[0]).toContain(`${attempts} attempt`);
    expect(w[0]).toContain('`timeout-seconds`');
  });
});
