// Entry point for running the action from source with @github/local-action:
//   npx @github/local-action run . src/local.ts .env
// local-action stands in for @actions/core (it shows masking, outputs and the summary itself) but
// does not read workflow commands written to stdout, which is how the bundled action talks to the
// runner (src/runner.ts). So here the action is handed @actions/core, which local-action replaces.
import * as core from '@actions/core';
import { run as runAction } from './main.js';
import type { Core } from './runner.js';

export async function run(): Promise<void> {
  await runAction(core as unknown as Core);
}
