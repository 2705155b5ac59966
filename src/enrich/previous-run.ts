import { type RunContext, reportedRun, unreportableRun } from '../context.js';
import type { PreviousConclusion } from '../decide/notify-when.js';
import { GitHubApiError, type GitHubClient, permissionHint } from './github.js';

/** The fields of a workflow run (GET /repos/{owner}/{repo}/actions/runs/{run_id}) we use. */
export interface WorkflowRun {
  id: number;
  workflow_id: number;
  head_branch: string | null;
  event: string;
  status: string | null;
  conclusion: string | null;
  run_number: number;
  created_at?: string;
}

interface WorkflowRunList {
  total_count?: number;
  workflow_runs?: WorkflowRun[];
}

/** Conclusions that say nothing about the code: the run did not really happen. */
const PASSED_OVER = new Set(['cancelled', 'skipped', 'stale', 'action_required', 'neutral']);
/** How GitHub's run conclusions compare with `status`. */
const AS_STATUS: Record<string, string> = {
  success: 'success',
  failure: 'failure',
  timed_out: 'failure',
  startup_failure: 'failure',
};

const PER_PAGE = 50;

/** What an unknown previous run means for `notify-when` (SPEC §5), said with each lookup warning. */
const UNKNOWN_PREVIOUS =
  'Without it neither `fixed` nor `changed` matches on this run (a status such as `failure` in the list still does).';
const MAX_PAGES = 3;

/**
 * How to find the previous run, as a query on the workflow's runs:
 * - a branch (push, schedule, dispatch…): `branch=<it>`;
 * - a pull request: its head branch (ctx.branch); a workflow_run: the watched run's branch;
 * - a tag (or a release): GitHub files a tag's run under `head_branch` = the tag name, so a branch
 *   filter would find only runs of that same tag. The previous run is then the workflow's previous
 *   run triggered by the same event, on any ref (the previous release's run).
 */
export function previousRunQuery(ctx: RunContext, current: WorkflowRun, page: number): RunQuery {
  const query: RunQuery = {
    status: 'completed',
    per_page: PER_PAGE,
    page,
    exclude_pull_requests: true,
  };
  const isTag = ctx.ref_type === 'tag' || ctx.event_name === 'release';
  if (isTag) {
    if (current.event) query.event = current.event;
  } else {
    const branch = ctx.branch || current.head_branch || '';
    if (branch) query.branch = branch;
  }
  return query;
}

/** The filters of GET …/actions/workflows/{workflow_id}/runs that previousRunQuery sets. */
export interface RunQuery {
  /** `completed` here; the author lookup asks for `success`. */
  status: 'completed' | 'success';
  per_page: number;
  page: number;
  exclude_pull_requests: true;
  event?: string;
  branch?: string;
}

/** An answer that should be a JSON object; anything else (cut off, not JSON) is unreadable. */
function objectOf<T>(data: unknown, what: string): T {
  if (typeof data !== 'object' || data === null) {
    throw new GitHubApiError(0, `${what}: unreadable answer`);
  }
  return data as T;
}

/**
 * Picks the previous run from a page of runs (newest first, as GitHub lists them): the first
 * completed one other than this run and not newer than it (a re-run of an old run compares with
 * what came before it), cancelled and skipped runs passed over. Returns its conclusion as a status
 * (`success` or `failure`), or undefined when this page has none.
 */
export function pickPrevious(runs: WorkflowRun[], current: WorkflowRun): string | undefined {
  for (const r of runs) {
    if (r.id === current.id || r.run_number > current.run_number) continue;
    if (r.status && r.status !== 'completed') continue;
    if (!r.conclusion || PASSED_OVER.has(r.conclusion)) continue;
    const status = AS_STATUS[r.conclusion];
    if (status) return status;
  }
  return undefined;
}

/**
 * The watched run of a `workflow_run` event as the API would describe it, when the payload says
 * enough (its id, run number and workflow id); otherwise it is fetched by id.
 */
export function watchedRunFromPayload(ctx: RunContext): WorkflowRun | undefined {
  const w = reportedRun(ctx).watched;
  if (!w || w.id === 0 || w.workflow_id === 0 || w.run_number === 0) return undefined;
  return {
    id: w.id,
    workflow_id: w.workflow_id,
    head_branch: ctx.branch || null,
    event: w.event,
    status: w.status || null,
    conclusion: w.conclusion || null,
    run_number: w.run_number,
  };
}

/**
 * The conclusion of the most recent completed run before the reported one, of the same workflow on
 * the same branch (see previousRunQuery), cancelled and skipped runs passed over: `'success'` or
 * `'failure'`; `null` when there is none; `'unknown'` (with a warning naming `actions: read`) when
 * the API cannot tell. For a `workflow_run` event the reported run is the watched run, so it is
 * compared with the watched workflow's history, not the notifier's.
 *
 * Endpoints: GET /repos/{o}/{r}/actions/runs/{run_id} (workflow_id, head_branch, event; not asked
 * when the workflow_run payload says) and
 * GET /repos/{o}/{r}/actions/workflows/{workflow_id}/runs?branch=…&status=completed (≤ 3 pages).
 */
export async function findPreviousConclusion(
  api: GitHubClient,
  ctx: RunContext,
  log: { warning(message: string): void },
): Promise<PreviousConclusion> {
  const missing = unreportableRun(ctx);
  if (missing) {
    log.warning(`Could not look up the previous run for \`notify-when\`: ${missing}. ${UNKNOWN_PREVIOUS}`);
    return 'unknown';
  }
  try {
    const current =
      watchedRunFromPayload(ctx) ??
      objectOf<WorkflowRun>(
        (await api.rest.actions.getWorkflowRun({ ...api.repo, run_id: Number(reportedRun(ctx).id) })).data,
        'GET /actions/runs/{run_id}',
      );
    for (let page = 1; page <= MAX_PAGES; page++) {
      const list = objectOf<WorkflowRunList>(
        (
          await api.rest.actions.listWorkflowRuns({
            ...api.repo,
            workflow_id: current.workflow_id,
            ...previousRunQuery(ctx, current, page),
          })
        ).data,
        'GET /actions/workflows/{workflow_id}/runs',
      );
      const runs = Array.isArray(list.workflow_runs) ? list.workflow_runs : [];
      const found = pickPrevious(runs, current);
      if (found) return found;
      const total = typeof list.total_count === 'number' ? list.total_count : 0;
      if (runs.length < PER_PAGE || page * PER_PAGE >= total) return null;
    }
    // 150 completed runs, all cancelled or skipped: as good as none.
    return null;
  } catch (err) {
    log.warning(
      `Could not look up the previous run for \`notify-when\`: ${permissionHint(err)}. ${UNKNOWN_PREVIOUS}`,
    );
    return 'unknown';
  }
}
