import { type RunContext, reportedRun } from '../context.js';
import type { GitHubApi } from './github-api.js';
import { GitHubApiError } from './github-api.js';
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
/** Jobs listed at most; more are counted in `more`. */
export const MAX_FAILED_JOBS = 20;
/** Logs downloaded at most, so a wide failing matrix does not make a huge message or a slow step. */
export const MAX_LOGS = 8;
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

/**
 * Lists the failed jobs of the reported run's attempt (this run, or the watched run of a
 * `workflow_run` event: see reportedRun) with their failed steps and, for completed ones, the
 * last `logLines` lines of their log. A log that cannot be read leaves that job without an excerpt;
 * a refused or failed jobs listing throws (GitHubApiError) for the caller to warn about.
 *
 * Endpoints: GET /repos/{o}/{r}/actions/runs/{run_id}/attempts/{attempt}/jobs (≤ 5 pages of 100)
 * and GET /repos/{o}/{r}/actions/jobs/{job_id}/logs (302 to a download URL, followed without the token).
 */
export async function findFailedJobs(
  api: GitHubApi,
  ctx: RunContext,
  logLines: number,
  log: { warning(message: string): void },
): Promise<FailedJobs> {
  const { id, attempt } = reportedRun(ctx);
  const all: WorkflowJob[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const list = await api.get<JobList>(
      `/repos/${ctx.repository}/actions/runs/${id}/attempts/${attempt}/jobs?per_page=${PER_PAGE}&page=${page}`,
    );
    const jobs = Array.isArray(list.jobs) ? list.jobs : [];
    all.push(...jobs);
    const total = typeof list.total_count === 'number' ? list.total_count : 0;
    if (jobs.length < PER_PAGE || all.length >= total) break;
  }
  const selected = selectFailedJobs(all);
  const listed = selected.slice(0, MAX_FAILED_JOBS);
  let logsLeft = logLines > 0 ? MAX_LOGS : 0;
  const logFailures: string[] = [];
  const result: FailedJob[] = [];
  for (const job of listed) {
    const inProgress = job.status !== 'completed';
    let excerpt = '';
    if (!inProgress && logsLeft > 0) {
      logsLeft--;
      try {
        const tail = await api.getLogTail(
          `/repos/${ctx.repository}/actions/jobs/${job.id}/logs`,
          LOG_TAIL_BYTES,
          LOG_MAX_BYTES,
        );
        excerpt = tail.truncated ? '' : logExcerpt(tail.text, logLines);
        if (tail.truncated)
          logFailures.push(`${job.name} (log larger than ${LOG_MAX_BYTES / 1024 / 1024} MB)`);
      } catch (err) {
        const status =
          err instanceof GitHubApiError && err.status ? `HTTP ${err.status}` : (err as Error).message;
        logFailures.push(`${job.name} (${status})`);
      }
    }
    result.push({
      name: job.name,
      url: job.html_url ?? '',
      conclusion: job.conclusion ?? (inProgress ? 'failure' : ''),
      failed_steps: failedSteps(job),
      log_excerpt: excerpt,
      in_progress: inProgress,
    });
  }
  if (logFailures.length) {
    log.warning(
      `Could not read the log of ${logFailures.join(', ')}; the message lists the failed steps without an excerpt. Reading logs needs \`actions: read\`.`,
    );
  }
  return { jobs: result, more: selected.length - listed.length };
}
