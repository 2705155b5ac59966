import { type RunContext, unreportableRun } from '../context.js';
import type { PreviousConclusion } from '../decide/notify-when.js';
import type { Settings, Status } from '../inputs/index.js';
import type { Deadline } from '../retry.js';
import type { GitHubLookups } from './lookups.js';
import type { AuthorRecipients, Enrichment } from './types.js';

/** What enrich needs beyond the settings and the run's context. */
export interface EnrichFacts {
  /** The status the message reports (runStatus: the watched run's for `workflow_run`). */
  status: Status;
  /** The previous run's conclusion, when notify-when looked it up. */
  previous: PreviousConclusion;
  /** The run's one GitHub client (the one the previous-run lookup used, if it ran). */
  github: GitHubLookups;
  deadline: Deadline;
}

/** The commit authors to add (`author-recipients: culprits`), through the run's GitHub client. */
async function authorRecipients(
  settings: Settings,
  ctx: RunContext,
  log: { warning(message: string): void },
  github: GitHubLookups,
): Promise<AuthorRecipients> {
  const [{ findAuthorRecipients, commitsApiOver }, client] = await Promise.all([
    import('./authors.js'),
    github.client(),
  ]);
  return findAuthorRecipients(commitsApiOver(client, ctx), settings, ctx, log);
}

/**
 * Gathers what the message should say beyond the event: the previous run's status, the failed
 * jobs of the reported run attempt (this one, or the watched run's for `workflow_run`; on failure,
 * with `details: true`), the JUnit summary (`junit-files`) and the commit authors to add
 * (`author-recipients: culprits`, looked up while the failed jobs are).
 * Nothing here fails the step except a `junit-files` path outside the workspace: refusals and
 * outages are warnings, and the message goes out without those details.
 */
export async function enrich(
  settings: Settings,
  ctx: RunContext,
  facts: EnrichFacts,
  log: { warning(message: string): void },
): Promise<Enrichment> {
  const { previous, github, deadline } = facts;
  const enrichment: Enrichment = {
    previous_status: previous && previous !== 'unknown' ? previous : undefined,
    failed_jobs: [],
  };
  const authors =
    settings.authorRecipients === 'culprits' ? authorRecipients(settings, ctx, log, github) : undefined;
  // Settled below; a failure of the failed-jobs lookup must not leave it unhandled meanwhile.
  authors?.catch(() => undefined);
  if (settings.details && facts.status === 'failure') {
    const missing = unreportableRun(ctx);
    if (missing) {
      log.warning(`Could not list the failed jobs: ${missing}. Sending without failure details.`);
    } else {
      // The API client loads only for runs that list failed jobs.
      const [{ findFailedJobs }, { permissionHint }] = await Promise.all([
        import('./failed-jobs.js'),
        import('./github.js'),
      ]);
      try {
        const found = await findFailedJobs(await github.client(), ctx, settings.logLines, log);
        enrichment.failed_jobs = found.jobs;
        if (found.more) enrichment.failed_jobs_more = found.more;
      } catch (err) {
        log.warning(
          `Could not list the failed jobs (\`details\`): ${permissionHint(err)}. Sending without failure details.`,
        );
      }
    }
  }
  if (authors) enrichment.authors = await authors;
  if (settings.junitFiles.length) {
    const { readJunitReports } = await import('./junit.js');
    const tests = await readJunitReports(
      settings.junitFiles,
      { workspace: ctx.workspace, runnerTemp: ctx.runner_temp },
      log,
      deadline,
    );
    if (tests) enrichment.tests = tests;
  }
  return enrichment;
}
