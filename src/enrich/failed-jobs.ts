import { type RunContext, reportedRun } from '../context.js';
import { GitHubApiError, type GitHubClient } from './github.js';
import { logExcerpt } from './log-excerpt.js';
import type { FailedJob, FailedStep } from './types.js';

/** A job of a run attempt (GET /repos/{o}/{r}/actions/runs/{id}/attempts/{n}/jobs), the fields we use. */
export interface WorkflowJob {
  id: number;
  name: string;
  html_url: string | null;
  status: string;
  conclusion: string | null;
  steps?: Array<{ name: string; status: string; conclusion: string | null; number: number }>;
}

interface JobList {
  total_count?: number;
  jobs?: WorkflowJob[];
}

/** Job conclusions that mean "this job failed" (cancelled jobs, e.g. by fail-fast, are not failures). */
const FAILED_JOB = new Set(['failure', 'timed_out']);
const PER_PAGE = 100;
const MAX_PAGES = 5;
/** Jobs listed at most (each finished one with its log excerpt); more are counted in `more`. */
export const MAX_FAILED_JOBS = 20;
/** Logs downloaded at once: a wide failing matrix is read in a few rounds, within the API's time share. */
export const LOG_CONCURRENCY = 4;
/** Bytes of a log kept for the excerpt, and read at most. */
const LOG_TAIL_BYTES = 512 * 1024;
const LOG_MAX_BYTES = 64 * 1024 * 1024;

/** The failed jobs of a run attempt, and how many were left out. */
export interface FailedJobs {
  jobs: FailedJob[];
  more: number;
}

/**
 * The steps that failed in a job: conclusion `failure`; in a timed-out job also the step that was
 * cut off (GitHub marks it `cancelled`). Links point at the step in the job's log view.
 */
export function failedSteps(job: WorkflowJob): FailedStep[] {
  const url = job.html_url ?? '';
  return (job.steps ?? [])
    .filter(
      (s) => s.conclusion === 'failure' || (job.conclusion === 'timed_out' && s.conclusion === 'cancelled'),
    )
    .map((s) => ({ name: s.name, number: s.number, url: url ? `${url}#step:${s.number}:1` : '' }));
}

/**
 * Which jobs to report: completed jobs that failed or timed out, and jobs still running (the job
 * sending this message, or a sibling) that already have a failed step.
 */
export function selectFailedJobs(jobs: WorkflowJob[]): WorkflowJob[] {
  return jobs.filter((j) =>
    j.status === 'completed'
      ? FAILED_JOB.has(j.conclusion ?? '')
      : (j.steps ?? []).some((s) => s.conclusion === 'failure'),
  );
}

/** Why a log could not be read, in a few words for the message and the warning. */
function logProblem(err: unknown): string {
  if (err instanceof GitHubApiError && err.status) return `HTTP ${err.status}`;
  return (err as Error).message
    .replace(/`/g, '')
    .replace(/^GET \S+: /, '')
    .replace(/^reading \S+ failed/, 'download failed');
}

/** Runs `work` on every item, at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Lists the failed jobs of the reported run's attempt (this run, or the watched run of a
 * `workflow_run` event: see reportedRun) with their failed steps and, for completed ones, the
 * last `logLines` lines of their log (read `LOG_CONCURRENCY` at a time). A log that cannot be read
 * (refused, too large, out of time or requests) gives that job a `log_note` saying why in place of
 * the excerpt, and one warning names them all; a refused or failed jobs listing throws (GitHubApiError) for the
 * caller to warn about.
 *
 * Endpoints: GET /repos/{o}/{r}/actions/runs/{run_id}/attempts/{attempt}/jobs (≤ 5 pages of 100)
 * and GET /repos/{o}/{r}/actions/jobs/{job_id}/logs (302 to a download URL, followed without the token).
 */
export async function findFailedJobs(
  api: GitHubClient,
  ctx: RunContext,
  logLines: number,
  log: { warning(message: string): void },
): Promise<FailedJobs> {
  const { id, attempt } = reportedRun(ctx);
  const all: WorkflowJob[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await api.rest.actions.listJobsForWorkflowRunAttempt({
      ...api.repo,
      run_id: Number(id),
      attempt_number: Number(attempt),
      per_page: PER_PAGE,
      page,
    });
    if (typeof data !== 'object' || data === null) {
      throw new GitHubApiError(0, 'GET /actions/runs/{run_id}/attempts/{attempt}/jobs: unreadable answer');
    }
    const list = data as JobList;
    const jobs = Array.isArray(list.jobs) ? list.jobs : [];
    all.push(...jobs);
    const total = typeof list.total_count === 'number' ? list.total_count : 0;
    if (jobs.length < PER_PAGE || all.length >= total) break;
  }
  const selected = selectFailedJobs(all);
  const listed = selected.slice(0, MAX_FAILED_JOBS);
  const result: FailedJob[] = listed.map((job) => {
    const inProgress = job.status !== 'completed';
    return {
      name: job.name,
      url: job.html_url ?? '',
      conclusion: job.conclusion ?? (inProgress ? 'failure' : ''),
      failed_steps: failedSteps(job),
      log_excerpt: '',
      in_progress: inProgress,
    };
  });
  // Each finished job's log, a few at a time; a log that cannot be read gets a note saying why.
  let refused = false;
  const finished = logLines > 0 ? result.flatMap((job, i) => (job.in_progress ? [] : [i])) : [];
  await eachLimited(finished, LOG_CONCURRENCY, async (i) => {
    const out = result[i]!;
    try {
      const tail = await api.getLogTail(listed[i]!.id, LOG_TAIL_BYTES, LOG_MAX_BYTES);
      if (tail.truncated) out.log_note = `larger than ${LOG_MAX_BYTES / 1024 / 1024} MB`;
      else out.log_excerpt = logExcerpt(tail.text, logLines);
    } catch (err) {
      out.log_note = logProblem(err);
      if (err instanceof GitHubApiError && [401, 403, 404].includes(err.status)) refused = true;
    }
  });
  const unread = result.filter((job) => job.log_note);
  if (unread.length) {
    const hint = refused ? ' Reading logs needs `permissions: { actions: read, contents: read }`.' : '';
    log.warning(
      `Could not read the log of ${unread.map((job) => `${job.name} (${job.log_note})`).join(', ')}; the message says so in place of the excerpt.${hint}`,
    );
  }
  return { jobs: result, more: selected.length - result.length };
}
