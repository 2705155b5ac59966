/**
 * `author-recipients: culprits`: the authors (and co-authors) of the commits this run is about,
 * filtered by author-filter.ts. The commits are those since the last successful run of the workflow
 * on this branch (compare API); when there is none or it cannot be looked up, the event's own.
 *
 * The GitHub calls sit behind CommitsApi (plain data in, plain data out), so the client under it
 * can change without touching the rules; commitsApiOver() is the adapter for today's client.
 */
import { type RunContext, reportedRun, unreportableRun } from '../context.js';
import { MAX_RECIPIENTS, type Settings } from '../inputs/index.js';
import { type CommitData, MAX_AUTHORS, peopleOf, selectAuthors } from './author-filter.js';
import { type GitHubClient, permissionHint } from './github.js';
import { previousRunQuery, type WorkflowRun, watchedRunFromPayload } from './previous-run.js';
import type { AuthorRecipients } from './types.js';

/** The GitHub calls the author lookup makes. */
export interface CommitsApi {
  /**
   * The head commit of the newest successful run of the reported run's workflow on its branch
   * (not this run, nor a newer one); null when there is none.
   */
  lastSuccessfulSha(): Promise<string | null>;
  /** The commits after `base` up to `head`, oldest first, at most MAX_COMMITS. */
  compareCommits(base: string, head: string): Promise<CommitData[]>;
  /** A pull request's commits, oldest first, at most MAX_COMMITS. */
  pullRequestCommits(number: number): Promise<CommitData[]>;
}

/** Commits read at most (3 pages of 100): authors beyond them would pass the cap of 20 anyway. */
export const MAX_COMMITS = 300;
const PER_PAGE = 100;

/** The commits the authors come from, and where they came from (for the summary line). */
export interface CulpritCommits {
  commits: CommitData[];
  /** `since the last successful run (abc1234)`, `of the push`, `of pull request #7`… */
  source: string;
}

type Log = { warning(message: string): void };

/** A commit id as the API gives them (and nothing that could change the path it goes into). */
const SHA = /^[0-9a-f]{7,64}$/i;

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A push payload's commit (`commits[]`, `head_commit`) as CommitData. */
function payloadCommit(value: unknown): CommitData {
  const c = record(value);
  const author = record(c.author);
  return { authorName: text(author.name), authorEmail: text(author.email), message: text(c.message) };
}

/** The commits the event itself names, for when the last successful run cannot serve. */
async function eventCommits(api: CommitsApi, ctx: RunContext, log: Log): Promise<CulpritCommits> {
  if (ctx.event_name === 'push') {
    const listed = Array.isArray(ctx.event.commits) ? ctx.event.commits : [];
    const commits = listed.length ? listed : ctx.event.head_commit ? [ctx.event.head_commit] : [];
    return { commits: commits.slice(0, MAX_COMMITS).map(payloadCommit), source: 'of the push' };
  }
  const pr = ctx.pull_request;
  if (pr && pr.number > 0 && ctx.event_name !== 'workflow_run') {
    try {
      return { commits: await api.pullRequestCommits(pr.number), source: `of pull request #${pr.number}` };
    } catch (err) {
      log.warning(
        `Could not list the commits of pull request #${pr.number} for \`author-recipients\`: ${permissionHint(err)}. No commit authors added.`,
      );
      return { commits: [], source: `of pull request #${pr.number} (not readable)` };
    }
  }
  // workflow_run carries the watched run's head commit; schedule and dispatch name no commit.
  const c = ctx.commit;
  return c.author_email
    ? {
        commits: [{ authorName: c.author_name, authorEmail: c.author_email, message: c.message }],
        source: 'of the head commit',
      }
    : { commits: [], source: `of the ${ctx.event_name || 'event'} (it names no commits)` };
}

/**
 * The commits whose authors are the culprits: those since the last successful run (compare API),
 * else the event's. A refusal or outage is a warning naming the permission, then the fallback.
 */
export async function culpritCommits(api: CommitsApi, ctx: RunContext, log: Log): Promise<CulpritCommits> {
  const missing = unreportableRun(ctx);
  if (missing) {
    log.warning(
      `Could not look up the last successful run for \`author-recipients\`: ${missing}. Using the commits of the event.`,
    );
    return eventCommits(api, ctx, log);
  }
  let base: string | null;
  try {
    base = await api.lastSuccessfulSha();
  } catch (err) {
    log.warning(
      `Could not look up the last successful run for \`author-recipients\`: ${permissionHint(err)}. Using the commits of the event.`,
    );
    return eventCommits(api, ctx, log);
  }
  if (!base || !SHA.test(ctx.sha)) return eventCommits(api, ctx, log);
  const since = `since the last successful run (${base.slice(0, 7)})`;
  // A green run of this very commit before: nothing was committed since.
  if (base === ctx.sha) return { commits: [], source: since };
  try {
    return { commits: await api.compareCommits(base, ctx.sha), source: since };
  } catch (err) {
    log.warning(
      `Could not compare with the last successful run for \`author-recipients\`: ${permissionHint(err)}. Using the commits of the event.`,
    );
    return eventCommits(api, ctx, log);
  }
}

/**
 * The authors to add to `To` (settings.authorDomains decides who may be), with what was left out.
 * Never throws: without the API it falls back to the event's commits, with a warning.
 */
export async function findAuthorRecipients(
  api: CommitsApi,
  settings: Settings,
  ctx: RunContext,
  log: Log,
): Promise<AuthorRecipients> {
  const { commits, source } = await culpritCommits(api, ctx, log);
  const existing = [...settings.to, ...settings.cc, ...settings.bcc].map((m) => m.address);
  // Gmail takes 100 recipients per message: the authors fill what the inputs leave, up to 20.
  const cap = Math.max(0, Math.min(MAX_AUTHORS, MAX_RECIPIENTS - existing.length));
  const selection = selectAuthors(peopleOf(commits), settings.authorDomains, existing, cap);
  return { ...selection, source, commits: commits.length, cap };
}

// --- The adapter over today's GitHub client ---------------------------------------------------

/** A commit as the compare and pull request commits endpoints list it (`commit.author`, `commit.message`). */
function apiCommit(value: unknown): CommitData {
  const commit = record(record(value).commit);
  const author = record(commit.author);
  return { authorName: text(author.name), authorEmail: text(author.email), message: text(commit.message) };
}

/**
 * CommitsApi over the run's GitHub client (enrich/github.ts). Endpoints:
 * GET /repos/{o}/{r}/actions/runs/{id} (the workflow, unless the workflow_run payload says),
 * GET /repos/{o}/{r}/actions/workflows/{id}/runs?branch=…&status=success,
 * GET /repos/{o}/{r}/compare/{base}...{head} and GET /repos/{o}/{r}/pulls/{n}/commits (≤ 3 pages each).
 */
export function commitsApiOver(api: GitHubClient, ctx: RunContext): CommitsApi {
  const pages = async (
    get: (page: number) => Promise<{ data: unknown }>,
    list: (body: unknown) => unknown[],
  ) => {
    const out: CommitData[] = [];
    for (let page = 1; out.length < MAX_COMMITS; page++) {
      const items = list((await get(page)).data);
      out.push(...items.slice(0, MAX_COMMITS - out.length).map(apiCommit));
      if (items.length < PER_PAGE) break;
    }
    return out;
  };
  return {
    async lastSuccessfulSha() {
      const current =
        watchedRunFromPayload(ctx) ??
        ((await api.rest.actions.getWorkflowRun({ ...api.repo, run_id: Number(reportedRun(ctx).id) }))
          .data as WorkflowRun);
      for (let page = 1; page <= 2; page++) {
        const query = { ...previousRunQuery(ctx, current, page), status: 'success' as const };
        const body = record(
          (
            await api.rest.actions.listWorkflowRuns({
              ...api.repo,
              workflow_id: current.workflow_id,
              ...query,
            })
          ).data,
        );
        const runs = (Array.isArray(body.workflow_runs) ? body.workflow_runs : []).map(record);
        // Newest first; a re-run of an old run looks back from where that run stood.
        const found = runs.find(
          (r) =>
            r.id !== current.id && Number(r.run_number) <= current.run_number && r.conclusion === 'success',
        );
        if (found) return SHA.test(text(found.head_sha)) ? text(found.head_sha) : null;
        if (runs.length < query.per_page) break;
      }
      return null;
    },
    compareCommits(base, head) {
      return pages(
        (page) => api.rest.repos.compareCommits({ ...api.repo, base, head, per_page: PER_PAGE, page }),
        (body) => {
          const commits = record(body).commits;
          return Array.isArray(commits) ? commits : [];
        },
      );
    },
    pullRequestCommits(number) {
      return pages(
        (page) => api.rest.pulls.listCommits({ ...api.repo, pull_number: number, per_page: PER_PAGE, page }),
        (body) => (Array.isArray(body) ? body : []),
      );
    },
  };
}
