import type { RunContext } from '../context.js';
import type { Settings } from '../inputs/index.js';
import { Deadline } from '../retry.js';
import { createGitHubClient, type GitHubClient } from './github.js';

export { permissionHint } from './github.js';

/**
 * Requests one client may make: the failed jobs listing (≤ 5 pages) and, for each of the 20 jobs
 * listed, its log (the API's redirect, then the download), with room to spare.
 */
export const MAX_API_REQUESTS = 60;

/**
 * The run's GitHub API client, bounded to a share of the step's time: the API may take at most
 * half of what is left (and 30 s), so a slow or silent API never eats the time the mail needs.
 */
export function boundedGitHubApi(
  settings: Settings,
  ctx: RunContext,
  deadline: Deadline,
): Promise<GitHubClient> {
  const share = Math.min(30_000, Math.floor(deadline.remainingMs() / 2));
  const apiDeadline = new Deadline(Math.min(deadline.endsAt, Date.now() + share));
  return createGitHubClient({
    apiUrl: ctx.api_url,
    repository: ctx.repository,
    token: settings.githubToken,
    deadline: apiDeadline,
    perCallMs: 10_000,
    maxRequests: MAX_API_REQUESTS,
  });
}
