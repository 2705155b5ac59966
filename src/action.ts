import * as core from '@actions/core';
import { run } from './main.js';

/** Runs the action with @actions/core as the runner seam. */
export function runAction(): Promise<void> {
  return run(core);
}
