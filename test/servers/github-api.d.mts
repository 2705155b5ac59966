// Types for github-api.mjs (hand-written; keep in step with it).

export interface GitHubError {
  readonly status: number;
  readonly body: { readonly message: string; readonly documentation_url: string; readonly status: string };
}

/** api.github.com's error replies, as this server sends them. */
export declare const GITHUB_ERRORS: {
  /** 401 "Bad credentials" (a token other than `token`). */
  readonly badCredentials: GitHubError;
  /** 403 "Resource not accessible by integration" (GITHUB_TOKEN without `actions: read`). */
  readonly forbidden: GitHubError;
  /** 404 "Not Found" (also what a token that cannot see a private repository gets). */
  readonly notFound: GitHubError;
};

/** A workflow run; the server fills in the rest of GitHub's fields. */
export interface RunInput {
  id: number;
  run_number: number;
  /** The branch; for a tag's run GitHub puts the tag name here. */
  head_branch: string | null;
  /** Default 'completed'. */
  status?: 'completed' | 'in_progress' | 'queued';
  /** success, failure, cancelled, skipped, timed_out, startup_failure…; null while running. */
  conclusion?: string | null;
  /** Default 161335. */
  workflow_id?: number;
  /** Default 'push'. */
  event?: string;
  run_attempt?: number;
  name?: string;
  display_title?: string;
  head_sha?: string;
  /** ISO time; default derived from run_number (newer numbers are newer runs). */
  created_at?: string;
}

export interface StepInput {
  name: string;
  /** null (or absent) while the step has not finished. */
  conclusion?: 'success' | 'failure' | 'cancelled' | 'skipped' | null;
  status?: 'completed' | 'in_progress' | 'queued';
}

/** A job of a run attempt; steps are numbered 1, 2, 3… in order. */
export interface JobInput {
  id: number;
  run_id: number;
  name: string;
  /** Default 1. */
  run_attempt?: number;
  /** Default 'completed'. */
  status?: 'completed' | 'in_progress' | 'queued';
  /** For a completed job; default 'success'. */
  conclusion?: 'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out';
  steps?: StepInput[];
}

/** A commit; the server fills in the rest of GitHub's fields. */
export interface CommitInput {
  /** 40 hex digits; default random. */
  sha?: string;
  author_name: string;
  author_email: string;
  /** Default 'Update build script'. */
  message?: string;
  /** The author's GitHub login; default none (`author: null`, an address GitHub does not know). */
  login?: string;
  /** Default GitHub's web-flow committer (`noreply@github.com`). */
  committer?: { name: string; email: string };
}

export type ApiMode = 'ok' | 'forbidden' | 'not-found';

export interface GitHubApiServerOptions {
  /** `owner/name`; other repositories get 404. Default 'octo-org/octo-repo'. */
  repository?: string;
  /** When set, API requests must carry `Authorization: Bearer <token>`; others get 401. */
  token?: string;
  /** 'forbidden' → every Actions endpoint answers 403; 'not-found' → 404. Default 'ok'. */
  mode?: ApiMode;
  /** The same, only for GET /actions/jobs/{id}/logs (default: `mode`). */
  logsMode?: ApiMode;
  runs?: RunInput[];
  jobs?: JobInput[];
  /** Raw log text per job id (see jobLog()); jobs without one get 404 from the logs endpoint. */
  logs?: Record<number, string>;
  /** A branch's history, oldest first, for GET /compare/{base}...{head} (commits after base up to head). */
  commits?: CommitInput[];
  /** Commits per pull request number, for GET /pulls/{n}/commits. */
  pulls?: Record<number, CommitInput[]>;
  /** The same as `mode`, only for the compare and pull request commits endpoints (default: `mode`). */
  commitsMode?: ApiMode;
  /** Delay before answering each API request, in ms. */
  delayMs?: number;
}

/** One request either server saw. The token itself is never recorded. */
export interface GitHubRequestRecord {
  /** 'api' or the log download host ('logs'). */
  host: 'api' | 'logs';
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  /** Whether an Authorization header came, and whether it carried `token`. */
  auth: 'none' | 'valid' | 'invalid';
  /** Status sent (0 while unanswered). */
  status: number;
}

export interface RunningGitHubApiServer {
  /** The API base, for GITHUB_API_URL: http://127.0.0.1:PORT */
  url: string;
  /** Origin of the log host the logs endpoint redirects to (another port). */
  readonly logOrigin: string;
  /** Redirect log downloads to this origin instead (e.g. a TLS front of the log host, by another name). */
  setLogOrigin(origin: string): void;
  requests: GitHubRequestRecord[];
  /** Destroys open connections and stops both servers (bounded: at most ~2 s). Idempotent. */
  close(): Promise<void>;
}

/** A workflow run with all of GitHub's fields. */
export declare function workflowRun(repository: string, run: RunInput): Record<string, unknown>;
/** A job with all of GitHub's fields. */
export declare function workflowJob(repository: string, job: JobInput): Record<string, unknown>;
/** A commit with all of GitHub's fields, as the compare and pull request commits endpoints list it. */
export declare function gitCommit(
  repository: string,
  commit: CommitInput & { sha: string },
  parent: string | undefined,
  n: number,
): Record<string, unknown>;
/** Log text as GitHub stores it: a BOM, then each line prefixed with a timestamp. */
export declare function jobLog(lines: string[]): string;

/** Starts a GitHub-REST-like server and its log host on 127.0.0.1, on ephemeral ports. */
export declare function startGitHubApiServer(
  options?: GitHubApiServerOptions,
): Promise<RunningGitHubApiServer>;
