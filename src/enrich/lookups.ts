/**
 * The run's GitHub lookups through one client: the previous run (for `notify-when`, before the
 * decision), then the failed jobs and the commit authors (enrich). The client, and @actions/github
 * under it, load on the first lookup that needs them; every lookup after it shares its request
 * budget and its share of the step's time (bounded-api.ts).
 */
import type { RunContext } from '../context.js';
import { needsPreviousRun, type PreviousConclusion } from '../decide/notify-when.js';
import type { NotifyWhen, Settings, Status } from '../inputs/index.js';
import type { Deadline } from '../retry.js';
import type { GitHubClient } from './github.js';

/** The GitHub API as enrich/ uses it: one client, made on first use. */
export interface GitHubLookups {
  /** The run's one client (created on the first call; the same promise after). */
  client(): Promise<GitHubClient>;
  /** The previous run's conclusion, looked up only when `notify-when` needs it to decide. */
  previousConclusion(
    notifyWhen: NotifyWhen[],
    status: Status,
    log: { warning(message: string): void },
  ): Promise<PreviousConclusion>;
}

/** Lookups for this run, within `deadline`; nothing is loaded or asked until one is made. */
export function gitHubLookups(settings: Settings, ctx: RunContext, deadline: Deadline): GitHubLookups {
  let client: Promise<GitHubClient> | undefined;
  const lookups: GitHubLookups = {
    client() {
      client ??= import('./bounded-api.js').then((m) => m.boundedGitHubApi(settings, ctx, deadline));
      return client;
    },
    async previousConclusion(notifyWhen, status, log) {
      if (!needsPreviousRun(notifyWhen, status)) return 'unknown';
      const [{ findPreviousConclusion }, api] = await Promise.all([
        import('./previous-run.js'),
        lookups.client(),
      ]);
      return findPreviousConclusion(api, ctx, log);
    },
  };
  return lookups;
}
