import * as core from '@actions/core';
import { run } from './main.js';
import { watchdog } from './watchdog.js';

/** Runs the action with @actions/core as the runner seam, under the watchdog. */
export function runAction(): Promise<void> {
  return run(core, process.env, { watchdog });
}
