import { DeliveryError } from './errors.js';

/** A point in time by which the whole step must be done, retries included. */
export class Deadline {
  constructor(
    readonly endsAt: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** A deadline `seconds` after `start` (the step's start, not this call's). */
  static after(seconds: number, start: number = Date.now()): Deadline {
    return new Deadline(start + seconds * 1000);
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - this.now());
  }

  /** The smaller of `ms` and what is left, never below 1 ms (0 means "no timeout" to some APIs). */
  cap(ms: number): number {
    return Math.max(1, Math.min(ms, this.remainingMs()));
  }
}

export interface RetryOptions {
  /** Extra attempts after the first. */
  retries: number;
  deadline: Deadline;
  /** First backoff delay; doubles each time. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Called before waiting for the next attempt. */
  onRetry?: (err: DeliveryError, delayMs: number, attempt: number) => void;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The delay before retry number `attempt` (1-based): exponential, with "equal jitter" (half fixed,
 * half random) so that many runners failing together do not retry in lockstep.
 */
export function backoffDelay(attempt: number, base: number, max: number, random: () => number): number {
  const ceiling = Math.min(max, base * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * Runs `attempt` until it succeeds, fails permanently, runs out of retries, or the next wait would
 * not fit before the deadline. Only DeliveryErrors marked transient are retried.
 */
export async function withRetries<T>(attempt: (n: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const base = options.baseDelayMs ?? 1000;
  const max = options.maxDelayMs ?? 30_000;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;
  for (let n = 0; ; n++) {
    try {
      return await attempt(n);
    } catch (err) {
      if (!(err instanceof DeliveryError) || !err.transient) throw err;
      if (n >= options.retries) throw givenUp(err, n + 1, options.retries === 0 ? ' (`retries: 0`)' : '');
      let delay = backoffDelay(n + 1, base, max, random);
      if (err.retryAfterSeconds !== undefined) delay = Math.max(delay, err.retryAfterSeconds * 1000);
      // Leave the next attempt at least a second of its own; otherwise the retry is pointless.
      if (delay + 1000 > options.deadline.remainingMs())
        throw givenUp(err, n + 1, ' (`timeout-seconds` left no time for another)');
      options.onRetry?.(err, delay, n + 1);
      await sleep(delay);
    }
  }
}

/** The last transient error, saying how many attempts were made, so the one line is accurate. */
function givenUp(err: DeliveryError, attempts: number, why: string): DeliveryError {
  const said = `Gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}${why}.`;
  return new DeliveryError(
    err.stage,
    `${err.message} ${said}`,
    err.transient,
    err.retryAfterSeconds,
    err.rejected,
    err.refusals,
  );
}
