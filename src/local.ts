// Entry point for running the action from source with @github/local-action:
//   npx @github/local-action run . src/local.ts .env
// local-action replaces @actions/core with its own (it shows masking, outputs and the summary
// itself); the action is handed whatever @actions/core this import resolves to, as in src/index.ts.
import * as core from '@actions/core';
import { run as runAction } from './main.js';
import { watchdog } from './watchdog.js';

export async function run(): Promise<void> {
  await runAction(core, process.env, { watchdog });
}
