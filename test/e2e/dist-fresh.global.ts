// Global setup of the e2e project (vitest.config.ts): stops the run, before any test, when dist/
// is older than src/ (see dist-fresh.ts).

import { fileURLToPath } from 'node:url';
import { distStaleness } from './dist-fresh.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export default function setup(): void {
  const problem = distStaleness(REPO_ROOT);
  if (problem === undefined) return;
  // One line and stop: thrown, the error would come wrapped in vitest's "Unhandled Error" block
  // after a misleading "No test files found"; and no test of any project should run on.
  console.error(problem);
  process.exit(1);
}
