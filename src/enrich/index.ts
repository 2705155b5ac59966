import type { RunContext } from '../context.js';
import type { PreviousConclusion } from '../decide.js';
import type { Settings } from '../settings.js';
import type { Enrichment } from './types.js';

/** Gathers what the message should say beyond the event: previous status (failed jobs and tests come next). */
export async function enrich(
  _settings: Settings,
  _ctx: RunContext,
  _log: { warning(message: string): void },
  previous: PreviousConclusion,
): Promise<Enrichment> {
  return {
    previous_status: previous && previous !== 'unknown' ? previous : undefined,
    failed_jobs: [],
  };
}
