/**
 * The run context: who, what and where this workflow run is about, read from the runner's
 * environment (GITHUB_* variables) and the event payload at GITHUB_EVENT_PATH.
 *
 * Payloads differ per event, change over time and can be edited by hand for local runs, so this
 * module is tolerant by design: it never throws, and every field falls back to an environment
 * value or an empty string. Values are passed on verbatim; escaping them is the renderer's job.
 */

import { readFileSync } from 'node:fs';

/** The commit a run is about. */
export interface CommitInfo {
  sha: string;
  message: string;
  /** First line of `message`. */
  title: string;
  author_name: string;
  author_email: string;
  /** `repository_url/commit/sha`. */
  url: string;
}

/** The pull request a run is about. */
export interface PullRequestInfo {
  number: number;
  title: string;
  url: string;
  /** Login of the pull request's author. */
  author: string;
  /** Head branch name. */
  head: string;
  /** Base branch name. */
  base: string;
}

/** The release a `release` event is about. */
export interface ReleaseInfo {
  tag: string;
  name: string;
  url: string;
  /** Release notes, Markdown as the author wrote them. */
  body: string;
  prerelease: boolean;
}

/** The run that triggered a `workflow_run` event (the watched run); 0 or '' where the payload has nothing. */
export interface WorkflowRunInfo {
  /** The watched workflow's name. */
  name: string;
  /** `requested`, `in_progress` or `completed`. */
  status: string;
  /** GitHub's conclusion (`success`, `failure`, `timed_out`…); '' until it completes. */
  conclusion: string;
  url: string;
  /** The event that triggered the watched run. */
  event: string;
  id: number;
  run_number: number;
  /** 1 for a first attempt; 0 when the payload does not say. */
  run_attempt: number;
  /** The watched workflow's id, for finding its previous runs. */
  workflow_id: number;
}

/**
 * The run a notification reports on: this run, or for a `workflow_run` event the watched run.
 * Failure details, the previous run, the default message and the X-GitHub-* headers all use it.
 */
export interface ReportedRun {
  /** Run id as a string of digits; '' when unknown (a payload without one). */
  id: string;
  /** Run attempt as a string of digits, '1' when unknown. */
  attempt: string;
  number: string;
  workflow: string;
  url: string;
  /** The watched run of a `workflow_run` event, when it is one. */
  watched?: WorkflowRunInfo;
}

/** Everything the rest of the action needs to know about the current run. */
export interface RunContext {
  /** `owner/name`. */
  repository: string;
  /** `https://github.com/owner/name`, based on GITHUB_SERVER_URL. */
  repository_url: string;
  server_url: string;
  api_url: string;
  workflow: string;
  job: string;
  run_id: string;
  run_number: string;
  run_attempt: string;
  /** Link to this run; ends in `/attempts/N` when N > 1, so a re-run links to its own logs. */
  run_url: string;
  event_name: string;
  actor: string;
  triggering_actor: string;
  ref: string;
  ref_name: string;
  ref_type: 'branch' | 'tag' | '';
  /** The branch the run is about (a pull request's head branch); '' for tags. */
  branch: string;
  /** The commit the run is about (a pull request's head, not its merge commit). */
  sha: string;
  short_sha: string;
  commit: CommitInfo;
  pull_request?: PullRequestInfo;
  release?: ReleaseInfo;
  workflow_run?: WorkflowRunInfo;
  /** The same shape as the `github` context in workflows, `event` being the payload. */
  github: Record<string, unknown>;
  /** The raw event payload; `{}` when it is missing or not a JSON object. */
  event: Record<string, unknown>;
  workspace: string;
  runner_temp: string;
}

type Json = Record<string, unknown>;

/** Events whose payload carries a top-level `pull_request` describing the run's subject. */
const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

/** Environment keys that hold credentials the runner hands to every action. */
const RUNNER_SECRET_KEYS = new Set(['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN']);

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object at `value`, or an empty one, so lookups on odd payloads never throw. */
function rec(value: unknown): Json {
  return isRecord(value) ? value : {};
}

/** A string field; numbers are accepted because some payloads carry ids as either. */
function str(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** A non-negative integer field, accepting its string form; 0 when absent or malformed. */
function int(value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  return 0;
}

/** The first non-empty string among the candidates. */
function first(...values: unknown[]): string {
  for (const value of values) {
    const s = str(value);
    if (s !== '') return s;
  }
  return '';
}

/** The payload as an object; a missing file, bad JSON or a non-object payload all give `{}`. */
function loadEvent(path: string, readFile: (path: string) => string): Json {
  if (path === '') return {};
  try {
    // Strip a byte-order mark: hand-written payloads for local runs sometimes carry one.
    const parsed: unknown = JSON.parse(readFile(path).replace(/^\uFEFF/, ''));
    return rec(parsed);
  } catch {
    return {};
  }
}

function trimSlashes(url: string): string {
  return url.replace(/\/+$/, '');
}

/** The REST API base for a server, as the runner would set it, for when GITHUB_API_URL is absent. */
function defaultApiUrl(serverUrl: string): string {
  try {
    const host = new URL(serverUrl).hostname;
    if (host === 'github.com') return 'https://api.github.com';
    if (host.endsWith('.ghe.com')) return `https://api.${host}`;
  } catch {
    // A malformed server URL still gets the Enterprise Server form below.
  }
  return `${serverUrl}/api/v3`;
}

function defaultGraphqlUrl(serverUrl: string, apiUrl: string): string {
  return apiUrl === `${serverUrl}/api/v3` ? `${serverUrl}/api/graphql` : `${apiUrl}/graphql`;
}

/** `refs/heads/x` → branch, `refs/tags/x` → tag, anything else → ''. */
function refTypeOf(ref: string): RunContext['ref_type'] {
  if (ref.startsWith('refs/heads/')) return 'branch';
  if (ref.startsWith('refs/tags/')) return 'tag';
  return '';
}

/** The short name GitHub derives from a ref (`refs/pull/1/merge` → `1/merge`, as the runner does). */
function refNameOf(ref: string): string {
  const match = /^refs\/(?:heads|tags|pull|remotes)\/(.+)$/.exec(ref);
  return match ? match[1]! : ref;
}

/** The first line of a commit message, which is what people read as its title. */
function firstLine(message: string): string {
  return (message.split(/\r\n|\r|\n/, 1)[0] ?? '').trim();
}

function runUrl(repositoryUrl: string, runId: string, runAttempt: string): string {
  if (repositoryUrl === '' || runId === '') return '';
  const base = `${repositoryUrl}/actions/runs/${runId}`;
  return int(runAttempt) > 1 ? `${base}/attempts/${int(runAttempt)}` : base;
}

/** The ref when GITHUB_REF is absent (local runs): what the payload says, or what GitHub would set. */
function fallbackRef(eventName: string, event: Json): string {
  const ref = str(event.ref);
  if (ref.startsWith('refs/')) return ref;
  const tag = str(rec(event.release).tag_name);
  if (eventName === 'release' && tag !== '') return `refs/tags/${tag}`;
  const number = int(rec(event.pull_request).number) || int(event.number);
  if (PULL_REQUEST_EVENTS.has(eventName) && number > 0) return `refs/pull/${number}/merge`;
  return '';
}

/** A pull request event's subject, falling back to GITHUB_HEAD_REF/BASE_REF and the `refs/pull/N/…` ref. */
function pullRequestFromEvent(
  event: Json,
  env: NodeJS.ProcessEnv,
  repositoryUrl: string,
  ref: string,
): PullRequestInfo | undefined {
  const pr = rec(event.pull_request);
  const number = int(pr.number) || int(event.number) || int(/^refs\/pull\/(\d+)\//.exec(ref)?.[1]);
  const head = first(rec(pr.head).ref, env.GITHUB_HEAD_REF);
  if (number === 0 && head === '') return undefined;
  return {
    number,
    title: str(pr.title),
    url: first(pr.html_url, number > 0 && repositoryUrl !== '' ? `${repositoryUrl}/pull/${number}` : ''),
    author: str(rec(pr.user).login),
    head,
    base: first(rec(pr.base).ref, env.GITHUB_BASE_REF),
  };
}

/**
 * A `workflow_run` knows its pull request by number and branches. Its title is the run's
 * `display_title` when a pull request event triggered the run; a push run lists open pull requests
 * of its branch too, but then `display_title` is the commit's title, not the pull request's.
 */
function pullRequestFromWorkflowRun(run: Json, repositoryUrl: string): PullRequestInfo | undefined {
  const prs = run.pull_requests;
  const pr = Array.isArray(prs) ? rec(prs[0]) : {};
  const number = int(pr.number);
  if (number === 0) return undefined;
  return {
    number,
    title: PULL_REQUEST_EVENTS.has(str(run.event)) ? str(run.display_title) : '',
    url: repositoryUrl !== '' ? `${repositoryUrl}/pull/${number}` : '',
    author: '',
    head: str(rec(pr.head).ref),
    base: str(rec(pr.base).ref),
  };
}

function commitInfo(source: Json | undefined, sha: string, repositoryUrl: string): CommitInfo {
  const commitSha = first(source?.id, sha);
  const message = str(source?.message);
  const author = rec(source?.author);
  return {
    sha: commitSha,
    message,
    title: firstLine(message),
    author_name: str(author.name),
    author_email: str(author.email),
    // Built rather than taken from the payload, so it always points at this server and repository.
    url: commitSha !== '' && repositoryUrl !== '' ? `${repositoryUrl}/commit/${commitSha}` : '',
  };
}

/**
 * Builds the run context from the runner's environment and the event payload at GITHUB_EVENT_PATH.
 * Never throws: a missing or malformed payload yields `event: {}` and values from `env` alone.
 */
export function readRunContext(
  env: NodeJS.ProcessEnv,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): RunContext {
  const eventPath = str(env.GITHUB_EVENT_PATH);
  const event = loadEvent(eventPath, readFile);
  const eventName = str(env.GITHUB_EVENT_NAME);
  const payloadRepo = rec(event.repository);

  const serverUrl = trimSlashes(first(env.GITHUB_SERVER_URL, 'https://github.com'));
  const apiUrl = trimSlashes(first(env.GITHUB_API_URL, defaultApiUrl(serverUrl)));
  const graphqlUrl = trimSlashes(first(env.GITHUB_GRAPHQL_URL, defaultGraphqlUrl(serverUrl, apiUrl)));
  const repository = first(env.GITHUB_REPOSITORY, payloadRepo.full_name);
  const repositoryUrl = repository !== '' ? `${serverUrl}/${repository}` : '';

  const ref = first(env.GITHUB_REF, fallbackRef(eventName, event));
  const refName = first(env.GITHUB_REF_NAME, refNameOf(ref));
  const envRefType = str(env.GITHUB_REF_TYPE);
  const refType = envRefType === 'branch' || envRefType === 'tag' ? envRefType : refTypeOf(ref);

  const runId = str(env.GITHUB_RUN_ID);
  const runNumber = str(env.GITHUB_RUN_NUMBER);
  const runAttempt = str(env.GITHUB_RUN_ATTEMPT);
  const actor = first(env.GITHUB_ACTOR, rec(event.sender).login);
  const triggeringActor = first(env.GITHUB_TRIGGERING_ACTOR, actor);

  const isPullRequest = PULL_REQUEST_EVENTS.has(eventName);
  const run = eventName === 'workflow_run' && isRecord(event.workflow_run) ? event.workflow_run : undefined;

  let pullRequest: PullRequestInfo | undefined;
  let branch: string;
  let sha: string;
  let commitSource: Json | undefined;
  if (isPullRequest) {
    pullRequest = pullRequestFromEvent(event, env, repositoryUrl, ref);
    branch = first(pullRequest?.head, env.GITHUB_HEAD_REF);
    // GITHUB_SHA is the test merge commit, which nobody recognises; the head is what was pushed.
    sha = first(rec(rec(event.pull_request).head).sha, env.GITHUB_SHA);
  } else if (run) {
    pullRequest = pullRequestFromWorkflowRun(run, repositoryUrl);
    branch = str(run.head_branch);
    sha = first(run.head_sha, env.GITHUB_SHA);
    commitSource = isRecord(run.head_commit) ? run.head_commit : undefined;
  } else {
    branch = refType === 'branch' ? refName : '';
    const after = str(event.after);
    sha = first(env.GITHUB_SHA, /^0+$/.test(after) ? '' : after, rec(event.head_commit).id);
    commitSource = isRecord(event.head_commit) ? event.head_commit : undefined;
  }

  const release = rec(event.release);
  const releaseInfo: ReleaseInfo | undefined =
    eventName === 'release' && isRecord(event.release)
      ? {
          tag: str(release.tag_name),
          name: str(release.name),
          url: str(release.html_url),
          body: str(release.body),
          prerelease: release.prerelease === true,
        }
      : undefined;

  const workflowRun: WorkflowRunInfo | undefined = run
    ? {
        name: str(run.name),
        status: str(run.status),
        conclusion: str(run.conclusion),
        url: str(run.html_url),
        event: str(run.event),
        id: int(run.id),
        run_number: int(run.run_number),
        run_attempt: int(run.run_attempt),
        workflow_id: int(run.workflow_id),
      }
    : undefined;

  const pr = rec(event.pull_request);
  const github: Record<string, unknown> = {
    repository,
    repository_id: str(env.GITHUB_REPOSITORY_ID),
    repository_owner: first(
      env.GITHUB_REPOSITORY_OWNER,
      repository.split('/')[0],
      rec(payloadRepo.owner).login,
    ),
    repository_owner_id: str(env.GITHUB_REPOSITORY_OWNER_ID),
    repositoryUrl: repository !== '' ? `git://${hostOf(serverUrl)}/${repository}.git` : '',
    event_name: eventName,
    event,
    event_path: eventPath,
    // The workflow context's own values: `sha` stays the merge commit for pull requests.
    sha: first(env.GITHUB_SHA, sha),
    ref,
    ref_name: refName,
    ref_type: refType,
    ref_protected: env.GITHUB_REF_PROTECTED === 'true',
    head_ref: first(env.GITHUB_HEAD_REF, isPullRequest ? rec(pr.head).ref : ''),
    base_ref: first(env.GITHUB_BASE_REF, isPullRequest ? rec(pr.base).ref : ''),
    actor,
    actor_id: str(env.GITHUB_ACTOR_ID),
    triggering_actor: triggeringActor,
    workflow: str(env.GITHUB_WORKFLOW),
    workflow_ref: str(env.GITHUB_WORKFLOW_REF),
    workflow_sha: str(env.GITHUB_WORKFLOW_SHA),
    job: str(env.GITHUB_JOB),
    run_id: runId,
    run_number: runNumber,
    run_attempt: runAttempt,
    retention_days: str(env.GITHUB_RETENTION_DAYS),
    server_url: serverUrl,
    api_url: apiUrl,
    graphql_url: graphqlUrl,
    workspace: str(env.GITHUB_WORKSPACE),
    action: str(env.GITHUB_ACTION),
    ...optional('action_path', env.GITHUB_ACTION_PATH),
    ...optional('action_repository', env.GITHUB_ACTION_REPOSITORY),
    ...optional('action_ref', env.GITHUB_ACTION_REF),
  };

  return {
    repository,
    repository_url: repositoryUrl,
    server_url: serverUrl,
    api_url: apiUrl,
    workflow: str(env.GITHUB_WORKFLOW),
    job: str(env.GITHUB_JOB),
    run_id: runId,
    run_number: runNumber,
    run_attempt: runAttempt,
    run_url: runUrl(repositoryUrl, runId, runAttempt),
    event_name: eventName,
    actor,
    triggering_actor: triggeringActor,
    ref,
    ref_name: refName,
    ref_type: refType,
    branch,
    sha,
    short_sha: sha.slice(0, 7),
    commit: commitInfo(commitSource, sha, repositoryUrl),
    ...(pullRequest ? { pull_request: pullRequest } : {}),
    ...(releaseInfo ? { release: releaseInfo } : {}),
    ...(workflowRun ? { workflow_run: workflowRun } : {}),
    github,
    event,
    workspace: str(env.GITHUB_WORKSPACE),
    runner_temp: str(env.RUNNER_TEMP),
  };
}

/**
 * The run the notification reports on (see ReportedRun). For `workflow_run`, never this run's
 * ids: a payload without the watched run's id gives id '' rather than the notifier's.
 */
export function reportedRun(ctx: RunContext): ReportedRun {
  const watched = ctx.event_name === 'workflow_run' ? ctx.workflow_run : undefined;
  if (!watched) {
    return {
      id: /^\d+$/.test(ctx.run_id) ? ctx.run_id : '',
      attempt: /^[1-9]\d*$/.test(ctx.run_attempt) ? ctx.run_attempt : '1',
      number: ctx.run_number,
      workflow: ctx.workflow,
      url: ctx.run_url,
    };
  }
  const id = watched.id > 0 ? String(watched.id) : '';
  return {
    id,
    attempt: String(watched.run_attempt || 1),
    number: watched.run_number > 0 ? String(watched.run_number) : '',
    workflow: watched.name || ctx.workflow,
    url: watched.url || (id && ctx.repository_url ? `${ctx.repository_url}/actions/runs/${id}` : ''),
    watched,
  };
}

/** Why the GitHub API cannot be asked about the reported run, or '' when it can. */
export function unreportableRun(ctx: RunContext): string {
  if (!ctx.repository) return 'GITHUB_REPOSITORY is not set (not running in GitHub Actions?)';
  if (reportedRun(ctx).id !== '') return '';
  return ctx.event_name === 'workflow_run'
    ? 'the workflow_run payload has no `workflow_run.id`'
    : 'GITHUB_RUN_ID is not set (not running in GitHub Actions?)';
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.replace(/^[a-z]+:\/\//i, '');
  }
}

/** `{ key: value }` when the variable is set, so the `github` context only shows what the runner gave. */
function optional(key: string, value: string | undefined): Record<string, string> {
  return value !== undefined && value !== '' ? { [key]: value } : {};
}

/**
 * The template variables (SPEC section 4) that need no network: status, previous_status,
 * failed_jobs and tests are added by later stages. `env` is the step's environment without any
 * `INPUT_*` key, since inputs hold secrets, nor the runner's own tokens.
 */
export function templateVariables(
  ctx: RunContext,
  env: NodeJS.ProcessEnv,
  templateEnv: readonly string[] = [],
): Record<string, unknown> {
  return {
    repository: ctx.repository,
    repository_url: ctx.repository_url,
    workflow: ctx.workflow,
    job: ctx.job,
    run_id: ctx.run_id,
    run_number: ctx.run_number,
    run_attempt: ctx.run_attempt,
    run_url: ctx.run_url,
    event_name: ctx.event_name,
    actor: ctx.actor,
    ref: ctx.ref,
    ref_name: ctx.ref_name,
    sha: ctx.sha,
    short_sha: ctx.short_sha,
    commit: { ...ctx.commit },
    ...(ctx.pull_request ? { pull_request: { ...ctx.pull_request } } : {}),
    ...(ctx.release ? { release: { ...ctx.release } } : {}),
    github: ctx.github,
    env: listedEnv(env, templateEnv),
  };
}

/**
 * Only the variables the workflow named in `template-env` (empty when unset on this run): a template
 * is text an outsider may have reached, so it never sees tokens, inputs or anything else.
 */
function listedEnv(env: NodeJS.ProcessEnv, names: readonly string[]): Record<string, string> {
  const entries = names
    .filter((name) => !/^(INPUT|ACTIONS)_/i.test(name) && !RUNNER_SECRET_KEYS.has(name.toUpperCase()))
    .map((name): [string, string] => [name, env[name] ?? '']);
  // Object.fromEntries defines own properties, so a key such as `__proto__` cannot reach the prototype.
  return Object.fromEntries(entries);
}
