import type { RunContext } from '../context.js';
import { Deadline } from '../deliver/retry.js';
import type { Settings } from '../settings.js';
import { type GitHubApi, githubApi } from './github-api.js';

export { permissionHint } from './github-api.js';

/**
 * Requests one client may make: the failed jobs listing (≤ 5 pages) and, for each of the 20 jobs
 * listed, its log (the API's redirect, then the download), with room to spare.
 */
export const MAX_API_REQUESTS = 60;

/**
 * A GitHub API client bounded to a share of the step's time: the API may take at most half of
 * what is left (and 30 s), so a slow or silent API never eats the time the mail needs.
 */
export function boundedGitHubApi(settings: Settings, ctx: RunContext, deadline: Deadline): GitHubApi {
  const share = Math.min(30_000, Math.floor(deadline.remainingMs() / 2));
  const apiDeadline = new Deadline(Math.min(deadline.endsAt, Date.now() + share));
  return githubApi(ctx.api_url, settings.githubToken, {
    deadline: apiDeadline,
    perCallMs: 10_000,
    maxRequests: MAX_API_REQUESTS,
  });
}
