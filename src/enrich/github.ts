/**
 * The one GitHub API client of the action: @actions/github's Octokit, loaded (by dynamic import)
 * only on runs that call the API. Every request it makes goes through the proxy-aware layer
 * (src/http.ts), counts against a request budget and is bounded in time by the step's deadline.
 * Errors come out as GitHubApiError: an HTTP status, or 0 when the API could not be reached or a
 * budget ran out; the token never appears in them.
 */
import type { getOctokit } from '@actions/github';
import { isLoopback } from '../hosts.js';
import { type HttpInit, httpFetch } from '../http.js';
import { proxyRefusalStatus } from '../http-errors.js';
import type { Deadline } from '../retry.js';

/** A refused or failed API call; `status` 0 means the API could not be reached or a budget ran out. */
export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}

/** The end of a downloaded log: its last bytes as text, and whether the download stopped early. */
export interface LogTail {
  text: string;
  /** The log was longer than the read bound; `text` is not its end. */
  truncated: boolean;
}

type Octokit = ReturnType<typeof getOctokit>;

/**
 * What other code uses of the API. `rest` and `paginate` are Octokit's own (e.g.
 * `rest.repos.compareCommits`, `paginate(rest.pulls.listCommits, …)`), within this client's bounds.
 */
export interface GitHubClient {
  /** Octokit's REST endpoint methods. */
  readonly rest: Octokit['rest'];
  /** Octokit's paginate (mind the request budget: each page is a request). */
  readonly paginate: Octokit['paginate'];
  /** `owner` and `repo` of the repository the run belongs to, for the endpoint parameters. */
  readonly repo: { owner: string; repo: string };
  /**
   * A job's log (`/actions/jobs/{id}/logs` answers 302 to a download URL), keeping the last
   * `tailBytes` and reading at most `maxBytes`. The redirect is followed by hand, streamed, and
   * without the token (the download URL is pre-signed; the token stays with the API).
   */
  getLogTail(jobId: number, tailBytes: number, maxBytes: number): Promise<LogTail>;
  /** Requests made so far (the log download included). */
  readonly requestCount: number;
}

/** Where the client talks to and within which bounds. */
export interface GitHubClientOptions {
  /** GITHUB_API_URL, e.g. https://api.github.com or https://ghe.example/api/v3. */
  apiUrl: string;
  /** `owner/repo`. */
  repository: string;
  /** The token; empty for unauthenticated calls. */
  token: string;
  /** No request outlives this (the step's deadline, or a share of it). */
  deadline: Deadline;
  /** At most this long per request. Default 10 000 ms. */
  perCallMs?: number;
  /** At most this many requests. Default 40. */
  maxRequests?: number;
}

const MAX_JSON_BYTES = 8 * 1024 * 1024;
const MAX_REDIRECTS = 3;

/** Why a request failed, in a few words, from fetch's error (its cause holds the system code). */
function networkReason(err: unknown): string {
  const proxyStatus = proxyRefusalStatus(err);
  if (proxyStatus) return `the proxy answered HTTP ${proxyStatus} to the tunnel request`;
  const e = (err ?? {}) as Error & { cause?: { code?: string; message?: string; name?: string } };
  if (e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError') return 'timed out';
  return e.cause?.code ?? e.cause?.message ?? e.message ?? String(err);
}

/** Octokit's error as a GitHubApiError (budget errors thrown by our fetch pass through). */
function toApiError(err: unknown, what: string): GitHubApiError {
  if (err instanceof GitHubApiError) return err;
  const e = err as { status?: number; response?: unknown; cause?: unknown; name?: string };
  if (e.cause instanceof GitHubApiError) return e.cause;
  if (e.response && typeof e.status === 'number') {
    return new GitHubApiError(e.status, `${what} answered HTTP ${e.status}`);
  }
  return new GitHubApiError(0, `could not reach ${what} (${networkReason(e.cause ?? err)})`);
}

/** Reads a body, keeping its last `tailBytes` and stopping after `maxBytes`. */
async function readTail(
  body: ReadableStream<Uint8Array> | null,
  tailBytes: number,
  maxBytes: number,
): Promise<LogTail> {
  if (!body) return { text: '', truncated: false };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let kept = 0;
  let total = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    chunks.push(value);
    kept += value.byteLength;
    while (chunks.length > 1 && kept - chunks[0]!.byteLength >= tailBytes) kept -= chunks.shift()!.byteLength;
    if (total > maxBytes) {
      truncated = true;
      await reader.cancel().catch(() => undefined);
      break;
    }
  }
  let buf = Buffer.concat(chunks);
  const dropped = total > buf.length || buf.length > tailBytes;
  if (buf.length > tailBytes) buf = buf.subarray(buf.length - tailBytes);
  let text = buf.toString('utf8');
  // The first line of a cut tail is partial (perhaps mid-character): drop it.
  if (dropped) text = text.slice(text.indexOf('\n') + 1);
  return { text, truncated };
}

/** A body that errors once it passes `maxBytes`: an API answer is read whole, so it is capped. */
function capped(res: Response, maxBytes: number): Response {
  if (!res.body || res.status < 200 || res.status >= 300) return res;
  if (Number(res.headers.get('content-length') ?? 0) > maxBytes) {
    res.body.cancel().catch(() => undefined);
    throw new GitHubApiError(0, `an answer of the GitHub API was larger than ${maxBytes} bytes`);
  }
  let seen = 0;
  const limit = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > maxBytes) controller.error(new Error(`answer larger than ${maxBytes} bytes`));
      else controller.enqueue(chunk);
    },
  });
  return new Response(res.body.pipeThrough(limit), {
    status: res.status,
    statusText: res.statusText,
    headers: res.headers,
  });
}

/** Where the API's answer to a log request pointed, for downloadTail. */
interface LogRedirect {
  /** `GET /repos/o/r/actions/jobs/1/logs`, for messages. */
  what: string;
  status: number;
  location: string | undefined;
  /** The URL the redirect came from (a relative Location resolves against it). */
  from: URL;
}

/**
 * Follows a log redirect by hand (at most MAX_REDIRECTS hops, https only but on loopback) without
 * the token, and reads the download's tail (readTail), streamed and capped.
 */
async function downloadTail(
  fetchFn: (url: URL, init: HttpInit) => Promise<Response>,
  redirect: LogRedirect,
  tailBytes: number,
  maxBytes: number,
): Promise<LogTail> {
  const { what } = redirect;
  let location = redirect.location;
  let url = redirect.from;
  for (let hop = 0; ; hop++) {
    if (!location || hop >= MAX_REDIRECTS) {
      throw new GitHubApiError(redirect.status, `${what}: redirect without a usable Location`);
    }
    url = new URL(location, url);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
      throw new GitHubApiError(0, `${what}: refused to follow a redirect to ${url.protocol}`);
    }
    let res: Response;
    try {
      // No token: the download URL is pre-signed, and the token stays with the API.
      res = await fetchFn(url, { redirect: 'manual', headers: { 'user-agent': 'gmail-notify' } });
    } catch (err) {
      throw toApiError(err, 'the log download');
    }
    if (res.status >= 300 && res.status < 400) {
      await res.body?.cancel().catch(() => undefined);
      location = res.headers.get('location') ?? undefined;
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new GitHubApiError(res.status, `${what} answered HTTP ${res.status}`);
    }
    try {
      return await readTail(res.body, tailBytes, maxBytes);
    } catch (err) {
      throw new GitHubApiError(0, `reading ${what.slice(4)} failed (${networkReason(err)})`);
    }
  }
}

/**
 * A client for `options.apiUrl`, bounded by the options. Loads @actions/github on first use of
 * this function; nothing else in the action imports it.
 */
export async function createGitHubClient(options: GitHubClientOptions): Promise<GitHubClient> {
  const { getOctokit, GitHub } = await import('@actions/github').then(async (m) => ({
    getOctokit: m.getOctokit,
    GitHub: (await import('@actions/github/lib/utils')).GitHub,
  }));
  const base = options.apiUrl.replace(/\/+$/, '');
  const perCallMs = options.perCallMs ?? 10_000;
  const maxRequests = options.maxRequests ?? 40;
  const [owner = '', repo = ''] = options.repository.split('/');
  let count = 0;

  // Every request, Octokit's and the log download, passes here: budget, time bound, proxy.
  const boundedFetch = async (url: string | URL, init: HttpInit = {}): Promise<Response> => {
    if (count >= maxRequests) {
      throw new GitHubApiError(0, `stopped after ${maxRequests} requests to the GitHub API`);
    }
    if (options.deadline.remainingMs() < 50) {
      throw new GitHubApiError(0, 'no time left within `timeout-seconds` for the GitHub API');
    }
    count++;
    const timeout = AbortSignal.timeout(options.deadline.cap(perCallMs));
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return httpFetch(url, { ...init, signal });
  };
  const octokitOptions = {
    baseUrl: base,
    userAgent: 'gmail-notify',
    request: {
      fetch: async (url: string, init: HttpInit) => capped(await boundedFetch(url, init), MAX_JSON_BYTES),
    },
    // Octokit logs deprecation notices to the console; the action's log is for the reader.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  };
  const octokit: Octokit = options.token
    ? getOctokit(options.token, octokitOptions)
    : (new GitHub(octokitOptions) as unknown as Octokit);
  const basePath = new URL(base).pathname.replace(/\/+$/, '');
  // `GET /repos/o/r/actions/runs/1`: the request as the API documents it, without query or base.
  const described = (request: Parameters<Octokit['request']['endpoint']['parse']>[0]): string => {
    try {
      const { method, url } = octokit.request.endpoint.parse(request);
      const path = new URL(url).pathname;
      return `${method} ${path.startsWith(basePath) ? path.slice(basePath.length) : path}`;
    } catch {
      return `${request.method} ${String(request.url)}`;
    }
  };
  octokit.hook.error('request', (err, request) => {
    throw toApiError(err, described(request));
  });

  return {
    rest: octokit.rest,
    paginate: octokit.paginate,
    repo: { owner, repo },
    get requestCount(): number {
      return count;
    },
    async getLogTail(jobId, tailBytes, maxBytes): Promise<LogTail> {
      const what = `GET /repos/${owner}/${repo}/actions/jobs/${jobId}/logs`;
      // Octokit asks the API (with the token) and reports its redirect without following it.
      const first = await octokit.rest.actions.downloadJobLogsForWorkflowRun({
        owner,
        repo,
        job_id: jobId,
        request: { redirect: 'manual' },
      });
      const location = (first.headers as Record<string, string | undefined>).location;
      const from = new URL(first.url || base);
      return downloadTail(boundedFetch, { what, status: first.status, location, from }, tailBytes, maxBytes);
    },
  };
}

/** The warning a reader needs when the API refused or could not be reached: which permission to add. */
export function permissionHint(err: unknown): string {
  const status = err instanceof GitHubApiError ? err.status : 0;
  const message = err instanceof Error ? err.message : String(err);
  if (status === 401 || status === 403 || status === 404) {
    return `the GitHub API refused (HTTP ${status}); give the job \`permissions: { actions: read, contents: read }\` (and check \`github-token\` if you set it)`;
  }
  return `the GitHub API could not be used (${message}); it needs network access to GITHUB_API_URL and \`permissions: { actions: read, contents: read }\``;
}
