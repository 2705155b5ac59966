/**
 * The one place that tells what a run came to: the outputs (always, so later steps can rely on
 * them), then the log's notice, warnings or failure, then the step summary.
 */
import type { Core } from '../core.js';
import type { Outcome } from './outcome.js';
import { writeOutputs } from './outputs.js';
import { writeSummary } from './summary.js';

/** Reports `outcome` once: outputs, annotations (setFailed for a failure), step summary. */
export async function report(log: Core, outcome: Outcome, jobSummary: boolean): Promise<void> {
  writeOutputs(log, outcome);
  for (const { level, text } of outcome.said ?? []) {
    if (level === 'failed') log.setFailed(text);
    else log[level](text);
  }
  await writeSummary(log, jobSummary, outcome);
}
