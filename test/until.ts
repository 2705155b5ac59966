// Waiting for something to happen, without a wall-clock bound of our own: a test that never gets
// there is ended by vitest's testTimeout (vitest.config.ts), so a slow, busy machine only makes a
// test slower, never red.

/** How often the condition is looked at: often enough not to slow a test, rare enough to cost nothing. */
const POLL_MS = 10;

/**
 * Resolves once `condition()` is true, looking again every few milliseconds (no deadline).
 * Use it for what the servers record (a request arrived, a body was read), not as a sleep.
 */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
}

/**
 * Resolves once `read()` returns the same value twice `POLL_MS * 10` apart: for "the client has
 * stopped making progress" (e.g. an upload blocked by full socket buffers). Stopping early only
 * ever sees less progress, so an assertion of "not everything went through" cannot flake.
 */
export async function untilSteady(read: () => number): Promise<number> {
  let last = read();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 10));
    const now = read();
    if (now === last) return now;
    last = now;
  }
}
