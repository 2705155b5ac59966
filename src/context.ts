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

/** Where the run lives: server, API and repository URLs, env first, then the payload's repository. */
interface Place {
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  repository: string;
  repositoryUrl: string;
}

function placeOf(env: NodeJS.ProcessEnv, event: Json): Place {
  const serverUrl = trimSlashes(first(env.GITHUB_SERVER_URL, 'https://github.com'));
  const apiUrl = trimSlashes(first(env.GITHUB_API_URL, defaultApiUrl(serverUrl)));
  const graphqlUrl = trimSlashes(first(env.GITHUB_GRAPHQL_URL, defaultGraphqlUrl(serverUrl, apiUrl)));
  const repository = first(env.GITHUB_REPOSITORY, rec(event.repository).full_name);
  const repositoryUrl = repository !== '' ? `${serverUrl}/${repository}` : '';
  return { serverUrl, apiUrl, graphqlUrl, repository, repositoryUrl };
}

/** The ref, its short name and its type, env first, then what the payload implies. */
function refOf(
  env: NodeJS.ProcessEnv,
  eventName: string,
  event: Json,
): Pick<RunContext, 'ref' | 'ref_name' | 'ref_type'> {
  const ref = first(env.GITHUB_REF, fallbackRef(eventName, event));
  const envRefType = str(env.GITHUB_REF_TYPE);
  return {
    ref,
    ref_name: first(env.GITHUB_REF_NAME, refNameOf(ref)),
    ref_type: envRefType === 'branch' || envRefType === 'tag' ? envRefType : refTypeOf(ref),
  };
}

/** What the run is about: its pull request (if any), branch, commit and the payload's commit object. */
interface Subject {
  pullRequest?: PullRequestInfo;
  branch: string;
  sha: string;
  commitSource?: Json;
}

/** A pull request event is about the pull request's head. */
function pullRequestSubject(env: NodeJS.ProcessEnv, event: Json, place: Place, ref: string): Subject {
  const pullRequest = pullRequestFromEvent(event, env, place.repositoryUrl, ref);
  return {
    pullRequest,
    branch: first(pullRequest?.head, env.GITHUB_HEAD_REF),
    // GITHUB_SHA is the test merge commit, which nobody recognises; the head is what was pushed.
    sha: first(rec(rec(event.pull_request).head).sha, env.GITHUB_SHA),
  };
}

/** A workflow_run event is about the watched run's head, not this run's. */
function workflowRunSubject(env: NodeJS.ProcessEnv, run: Json, place: Place): Subject {
  return {
    pullRequest: pullRequestFromWorkflowRun(run, place.repositoryUrl),
    branch: str(run.head_branch),
    sha: first(run.head_sha, env.GITHUB_SHA),
    commitSource: isRecord(run.head_commit) ? run.head_commit : undefined,
  };
}

/** Any other event (push, tag, schedule…) is about GITHUB_SHA, or the pushed head. */
function pushSubject(
  env: NodeJS.ProcessEnv,
  event: Json,
  refs: Pick<RunContext, 'ref_name' | 'ref_type'>,
): Subject {
  const after = str(event.after);
  return {
    branch: refs.ref_type === 'branch' ? refs.ref_name : '',
    sha: first(env.GITHUB_SHA, /^0+$/.test(after) ? '' : after, rec(event.head_commit).id),
    commitSource: isRecord(event.head_commit) ? event.head_commit : undefined,
  };
}

function releaseOf(eventName: string, event: Json): ReleaseInfo | undefined {
  if (eventName !== 'release' || !isRecord(event.release)) return undefined;
  const release = event.release;
  return {
    tag: str(release.tag_name),
    name: str(release.name),
    url: str(release.html_url),
    body: str(release.body),
    prerelease: release.prerelease === true,
  };
}

function workflowRunOf(run: Json): WorkflowRunInfo {
  return {
    name: str(run.name),
    status: str(run.status),
    conclusion: str(run.conclusion),
    url: str(run.html_url),
    event: str(run.event),
    id: int(run.id),
    run_number: int(run.run_number),
    run_attempt: int(run.run_attempt),
    workflow_id: int(run.workflow_id),
  };
}

/** What the runner and payload say about this run, before the subject is worked out. */
interface RunBasics {
  env: NodeJS.ProcessEnv;
  event: Json;
  eventName: string;
  eventPath: string;
  place: Place;
  refs: Pick<RunContext, 'ref' | 'ref_name' | 'ref_type'>;
  actor: string;
  triggeringActor: string;
}

/** The workflow's `github` context: the runner's own values (`sha` stays the merge commit for pull requests). */
function githubContext(b: RunBasics, sha: string): Record<string, unknown> {
  const { env, event, place } = b;
  const isPullRequest = PULL_REQUEST_EVENTS.has(b.eventName);
  const pr = rec(event.pull_request);
  return {
    repository: place.repository,
    repository_id: str(env.GITHUB_REPOSITORY_ID),
    repository_owner: first(
      env.GITHUB_REPOSITORY_OWNER,
      place.repository.split('/')[0],
      rec(rec(event.repository).owner).login,
    ),
    repository_owner_id: str(env.GITHUB_REPOSITORY_OWNER_ID),
    repositoryUrl:
      place.repository !== '' ? `git://${hostAndPort(place.serverUrl)}/${place.repository}.git` : '',
    event_name: b.eventName,
    event,
    event_path: b.eventPath,
    sha: first(env.GITHUB_SHA, sha),
    ...b.refs,
    ref_protected: env.GITHUB_REF_PROTECTED === 'true',
    head_ref: first(env.GITHUB_HEAD_REF, isPullRequest ? rec(pr.head).ref : ''),
    base_ref: first(env.GITHUB_BASE_REF, isPullRequest ? rec(pr.base).ref : ''),
    actor: b.actor,
    actor_id: str(env.GITHUB_ACTOR_ID),
    triggering_actor: b.triggeringActor,
    workflow: str(env.GITHUB_WORKFLOW),
    workflow_ref: str(env.GITHUB_WORKFLOW_REF),
    workflow_sha: str(env.GITHUB_WORKFLOW_SHA),
    job: str(env.GITHUB_JOB),
    run_id: str(env.GITHUB_RUN_ID),
    run_number: str(env.GITHUB_RUN_NUMBER),
    run_attempt: str(env.GITHUB_RUN_ATTEMPT),
    retention_days: str(env.GITHUB_RETENTION_DAYS),
    server_url: place.serverUrl,
    api_url: place.apiUrl,
    graphql_url: place.graphqlUrl,
    workspace: str(env.GITHUB_WORKSPACE),
    action: str(env.GITHUB_ACTION),
    ...optional('action_path', env.GITHUB_ACTION_PATH),
    ...optional('action_repository', env.GITHUB_ACTION_REPOSITORY),
    ...optional('action_ref', env.GITHUB_ACTION_REF),
  };
}

function runBasics(env: NodeJS.ProcessEnv, readFile: (path: string) => string): RunBasics {
  const eventPath = str(env.GITHUB_EVENT_PATH);
  const event = loadEvent(eventPath, readFile);
  const eventName = str(env.GITHUB_EVENT_NAME);
  const actor = first(env.GITHUB_ACTOR, rec(event.sender).login);
  return {
    env,
    event,
    eventName,
    eventPath,
    place: placeOf(env, event),
    refs: refOf(env, eventName, event),
    actor,
    triggeringActor: first(env.GITHUB_TRIGGERING_ACTOR, actor),
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
  const b = runBasics(env, readFile);
  const { event, eventName, place } = b;
  const run = eventName === 'workflow_run' && isRecord(event.workflow_run) ? event.workflow_run : undefined;
  const subject = PULL_REQUEST_EVENTS.has(eventName)
    ? pullRequestSubject(env, event, place, b.refs.ref)
    : run
      ? workflowRunSubject(env, run, place)
      : pushSubject(env, event, b.refs);
  const release = releaseOf(eventName, event);
  const runId = str(env.GITHUB_RUN_ID);
  const runAttempt = str(env.GITHUB_RUN_ATTEMPT);
  return {
    repository: place.repository,
    repository_url: place.repositoryUrl,
    server_url: place.serverUrl,
    api_url: place.apiUrl,
    workflow: str(env.GITHUB_WORKFLOW),
    job: str(env.GITHUB_JOB),
    run_id: runId,
    run_number: str(env.GITHUB_RUN_NUMBER),
    run_attempt: runAttempt,
    run_url: runUrl(place.repositoryUrl, runId, runAttempt),
    event_name: eventName,
    actor: b.actor,
    triggering_actor: b.triggeringActor,
    ...b.refs,
    branch: subject.branch,
    sha: subject.sha,
    short_sha: subject.sha.slice(0, 7),
    commit: commitInfo(subject.commitSource, subject.sha, place.repositoryUrl),
    ...(subject.pullRequest ? { pull_request: subject.pullRequest } : {}),
    ...(release ? { release } : {}),
    ...(run ? { workflow_run: workflowRunOf(run) } : {}),
    github: githubContext(b, subject.sha),
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

/** The host and port of a URL (not hosts.ts `hostOf`, the bare name), for the `git://` URL. */
function hostAndPort(url: string): string {
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
