import type { RunContext } from '../context.js';
import type { PreviousConclusion } from '../decide.js';
import type { Settings } from '../settings.js';
import { githubApi, permissionHint } from './github-api.js';

interface RunInfo {
  id: number;
  workflow_id: number;
  head_branch: string | null;
  conclusion: string | null;
  status: string;
  run_number: number;
}

const PASSED_OVER = new Set(['cancelled', 'skipped']);

/**
 * The conclusion of the most recent completed run of this workflow on the same branch (a pull
 * request's head branch; a tag's workflow), cancelled and skipped runs passed over. `null` when
 * there is none; `'unknown'` (with a warning) when the API cannot tell us.
 */
export async function findPreviousConclusion(
  settings: Settings,
  ctx: RunContext,
  log: { warning(message: string): void },
): Promise<PreviousConclusion> {
  const api = githubApi(ctx.api_url, settings.githubToken, 10_000);
  try {
    const current = await api.get<RunInfo>(`/repos/${ctx.repository}/actions/runs/${ctx.run_id}`);
    const branch = ctx.ref_type === 'tag' ? '' : ctx.branch || current.head_branch || '';
    const query = new URLSearchParams({ status: 'completed', per_page: '30', exclude_pull_requests: 'true' });
    if (branch) query.set('branch', branch);
    const list = await api.get<{ workflow_runs?: RunInfo[] }>(
      `/repos/${ctx.repository}/actions/workflows/${current.workflow_id}/runs?${query}`,
    );
    const previous = (list.workflow_runs ?? [])
      .filter((r) => r.id !== current.id && r.run_number <= current.run_number)
      .find((r) => r.conclusion && !PASSED_OVER.has(r.conclusion));
    return previous?.conclusion ?? null;
  } catch (err) {
    log.warning(
      `Could not look up the previous run for \`notify-when\`: ${permissionHint(err)}. Sending anyway.`,
    );
    return 'unknown';
  }
}
