import { describe, expect, it } from 'vitest';
import { DeliveryError } from '../../src/errors.js';
import { backoffDelay, Deadline, withRetries } from '../../src/retry.js';

/** A clock the test moves by hand; sleeping advances it instead of waiting. */
function fakeClock(start = 1_000_000): {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  slept: number[];
} {
  let t = start;
  const slept: number[] = [];
  return {
    now: () => t,
    slept,
    sleep: async (ms) => {
      slept.push(ms);
      t += ms;
    },
  };
}

const transient = (n = 0): DeliveryError =>
  new DeliveryError('connect', `connect: attempt ${n} failed`, true);

describe('backoffDelay', () => {
  it('doubles from the base, with equal jitter, capped at max', () => {
    const low = (): number => 0;
    const high = (): number => 1;
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(a, 1000, 30_000, low))).toEqual([
      500, 1000, 2000, 4000, 8000,
    ]);
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(a, 1000, 30_000, high))).toEqual([
      1000, 2000, 4000, 8000, 16000,
    ]);
    expect(backoffDelay(10, 1000, 30_000, high)).toBe(30_000);
    expect(backoffDelay(10, 1000, 30_000, low)).toBe(15_000);
  });

  it('stays within [ceiling/2, ceiling] for any random value', () => {
    for (let attempt = 1; attempt <= 8; attempt++) {
      const ceiling = Math.min(30_000, 1000 * 2 ** (attempt - 1));
      for (const r of [0, 0.001, 0.25, 0.5, 0.999999]) {
        const d = backoffDelay(attempt, 1000, 30_000, () => r);
        expect(d).toBeGreaterThanOrEqual(ceiling / 2);
        expect(d).toBeLessThanOrEqual(ceiling);
      }
    }
  });
});

describe('Deadline', () => {
  it('counts down from the step start and caps timeouts', () => {
    const clock = fakeClock();
    const d = new Deadline(clock.now() + 5000, clock.now);
    expect(d.remainingMs()).toBe(5000);
    expect(d.cap(30_000)).toBe(5000);
    expect(d.cap(1000)).toBe(1000);
    void clock.sleep(6000);
    expect(d.remainingMs()).toBe(0);
    expect(d.cap(30_000)).toBe(1);
  });

  it('after() starts from the given start', () => {
    expect(Deadline.after(10, 1000).endsAt).toBe(11_000);
  });
});

describe('withRetries', () => {
  it('returns the first success without waiting', async () => {
    const clock = fakeClock();
    const result = await withRetries(async (n) => `ok ${n}`, {
      retries: 3,
      deadline: new Deadline(clock.now() + 60_000, clock.now),
      sleep: clock.sleep,
    });
    expect(result).toBe('ok 0');
    expect(clock.slept).toEqual([]);
  });

  it('retries transient failures with growing delays, then succeeds', async () => {
    const clock = fakeClock();
    const retries: Array<[number, number]> = [];
    const result = await withRetries(
      async (n) => {
        if (n < 3) throw transient(n);
        return n;
      },
      {
        retries: 3,
        deadline: new Deadline(clock.now() + 120_000, clock.now),
        sleep: clock.sleep,
        random: () => 0.5,
        onRetry: (_err, delay, attempt) => retries.push([attempt, delay]),
      },
    );
    expect(result).toBe(3);
    expect(clock.slept).toEqual([750, 1500, 3000]);
    expect(retries).toEqual([
      [1, 750],
      [2, 1500],
      [3, 3000],
    ]);
  });

  it('gives up after `retries` extra attempts and throws the last error', async () => {
    const clock = fakeClock();
    let calls = 0;
    await expect(
      withRetries(
        async (n) => {
          calls++;
          throw transient(n);
        },
        {
          retries: 2,
          deadline: new Deadline(clock.now() + 120_000, clock.now),
          sleep: clock.sleep,
          random: () => 0,
        },
      ),
    ).rejects.toThrow('connect: attempt 2 failed');
    expect(calls).toBe(3);
  });

  it('does not retry a permanent error', async () => {
    const clock = fakeClock();
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls++;
          throw new DeliveryError('send', 'send: 550-5.4.5', false);
        },
        { retries: 5, deadline: new Deadline(clock.now() + 120_000, clock.now), sleep: clock.sleep },
      ),
    ).rejects.toThrow('send: 550-5.4.5');
    expect(calls).toBe(1);
    expect(clock.slept).toEqual([]);
  });

  it('does not retry an error that is not a DeliveryError', async () => {
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls++;
          throw new Error('bug');
        },
        { retries: 3, deadline: Deadline.after(60), sleep: async () => undefined },
      ),
    ).rejects.toThrow('bug');
    expect(calls).toBe(1);
  });

  it('waits at least Retry-After', async () => {
    const clock = fakeClock();
    let calls = 0;
    await withRetries(
      async () => {
        if (calls++ === 0) throw new DeliveryError('token', 'token: HTTP 429', true, 7);
        return 'ok';
      },
      {
        retries: 3,
        deadline: new Deadline(clock.now() + 60_000, clock.now),
        sleep: clock.sleep,
        random: () => 1,
      },
    );
    expect(clock.slept).toEqual([7000]);
  });

  it('stops when the next wait would not leave a second before the deadline', async () => {
    const clock = fakeClock();
    const deadline = new Deadline(clock.now() + 4000, clock.now);
    let calls = 0;
    await expect(
      withRetries(
        async (n) => {
          calls++;
          throw transient(n);
        },
        { retries: 10, deadline, sleep: clock.sleep, random: () => 1 },
      ),
    ).rejects.toThrow('connect: attempt 2 failed');
    // 1 s wait (3 s left), a 2 s wait (leaves 1 s: allowed), then a 4 s wait would overrun.
    expect(clock.slept).toEqual([1000, 2000]);
    expect(calls).toBe(3);
  });

  it('never sleeps past the deadline, whatever Retry-After says', async () => {
    const clock = fakeClock();
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls++;
          throw new DeliveryError('token', 'token: HTTP 503', true, 300);
        },
        { retries: 3, deadline: new Deadline(clock.now() + 30_000, clock.now), sleep: clock.sleep },
      ),
    ).rejects.toThrow('HTTP 503');
    expect(calls).toBe(1);
    expect(clock.slept).toEqual([]);
  });
});

describe('the final transient error says how many attempts were made', () => {
  const run = (retries: number, deadlineMs: number): Promise<unknown> => {
    const clock = fakeClock();
    return withRetries(
      async (n) => {
        throw transient(n);
      },
      {
        retries,
        deadline: new Deadline(clock.now() + deadlineMs, clock.now),
        sleep: clock.sleep,
        random: () => 0,
      },
    );
  };

  it('after the retries ran out', async () => {
    await expect(run(2, 120_000)).rejects.toThrow('connect: attempt 2 failed Gave up after 3 attempts.');
  });

  it('when retries is 0', async () => {
    await expect(run(0, 120_000)).rejects.toThrow(
      'connect: attempt 0 failed Gave up after 1 attempt (`retries: 0`).',
    );
  });

  it('when the deadline leaves no room', async () => {
    await expect(run(5, 1200)).rejects.toThrow(
      'connect: attempt 0 failed Gave up after 1 attempt (`timeout-seconds` left no time for another).',
    );
  });
});
