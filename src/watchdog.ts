import type { Core } from './core.js';

/**
 * The last resort should a wait not be bounded by the step's deadline (every wait is meant to be):
 * fail the step a little after `timeout-seconds` and exit. Unref'd, so it never keeps a finished
 * run alive.
 */
export function watchdog(timeoutSeconds: number, log: Core): void {
  setTimeout(
    () => {
      log.setFailed(
        `The step did not finish within \`timeout-seconds\` (${timeoutSeconds} s) and was stopped; nothing more will be sent.`,
      );
      process.exit(1);
    },
    timeoutSeconds * 1000 + 3000,
  ).unref();
}
