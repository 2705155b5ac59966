/**
 * A small GitHub REST client on fetch: loads nothing else, so runs that never call it pay nothing
 * (the full @actions/github client costs about 0.1 s to load). Every call is bounded in time (by
 * the step's deadline) and in number, and the token only ever goes to the API's own origin.
 */
import type { Deadline } from '../deliver/retry.js';

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

export interface GitHubApi {
  /** GET a JSON resource. */
  get<T>(path: string): Promise<T>;
  /**
   * GET a job's log (`/actions/jobs/{id}/logs` answers 302 to a download URL), keeping the last
   * `tailBytes` and reading at most `maxBytes`. The redirect is followed by hand: the token is not
   * sent to another origin.
   */
  getLogTail(path: string, tailBytes: number, maxBytes: number): Promise<LogTail>;
  /** Requests made so far (redirect hops included). */
  readonly requestCount: number;
}

/** Bounds on a client's calls. */
export interface ApiLimits {
  /** No call outlives this (the step's deadline, or a share of it). */
  deadline: Deadline;
  /** At most this long per request. Default 10 000 ms. */
  perCallMs?: number;
  /** At most this many requests. Default 40. */
  maxRequests?: number;
}

const MAX_REDIRECTS = 3;
const MAX_JSON_BYTES = 8 * 1024 * 1024;

function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) || url.hostname.startsWith('127.');
}

async function readLimited(res: Response, maxBytes: number, tailBytes: number): Promise<LogTail> {
  if (!res.body) return { text: '', truncated: false };
  const reader = res.body.getReader();
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

/** A client for GITHUB_API_URL with the given token, bounded by `limits`. */
export function githubApi(apiUrl: string, token: string, limits: ApiLimits): GitHubApi {
  const base = apiUrl.replace(/\/+$/, '');
  const apiOrigin = new URL(base).origin;
  const perCallMs = limits.perCallMs ?? 10_000;
  const maxRequests = limits.maxRequests ?? 40;
  let count = 0;

  const request = async (url: URL, accept: string, withToken: boolean, what: string): Promise<Response> => {
    if (count >= maxRequests) {
      throw new GitHubApiError(0, `stopped after ${maxRequests} requests to the GitHub API`);
    }
    if (limits.deadline.remainingMs() < 50) {
      throw new GitHubApiError(0, 'no time left within `timeout-seconds` for the GitHub API');
    }
    count++;
    try {
      return await fetch(url, {
        headers: {
          accept,
          'user-agent': 'gmail-notify',
          ...(withToken
            ? { 'x-github-api-version': '2022-11-28', ...(token ? { authorization: `Bearer ${token}` } : {}) }
            : {}),
        },
        redirect: 'manual',
        signal: AbortSignal.timeout(limits.deadline.cap(perCallMs)),
      });
    } catch (err) {
      const e = err as Error & { cause?: { code?: string; message?: string } };
      // fetch() fails with a bare `TypeError: fetch failed`; the reason is in its cause.
      const why = e.name === 'TimeoutError' ? 'timed out' : (e.cause?.code ?? e.cause?.message ?? e.name);
      throw new GitHubApiError(0, `could not reach ${what} (${why})`);
    }
  };

  return {
    get requestCount(): number {
      return count;
    },
    async get<T>(path: string): Promise<T> {
      const res = await request(new URL(`${base}${path}`), 'application/vnd.github+json', true, base);
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        throw new GitHubApiError(res.status, `GET ${path.split('?')[0]} answered HTTP ${res.status}`);
      }
      try {
        const { text, truncated } = await readLimited(res, MAX_JSON_BYTES, MAX_JSON_BYTES);
        if (truncated) throw new Error('too large');
        return JSON.parse(text) as T;
      } catch (err) {
        const e = err as Error;
        const why = e.name === 'TimeoutError' ? 'timed out' : e.message;
        throw new GitHubApiError(0, `GET ${path.split('?')[0]}: unreadable answer (${why})`);
      }
    },
    async getLogTail(path: string, tailBytes: number, maxBytes: number): Promise<LogTail> {
      let url = new URL(`${base}${path}`);
      let res = await request(url, 'application/vnd.github+json', true, base);
      for (let hop = 0; res.status >= 300 && res.status < 400; hop++) {
        await res.body?.cancel().catch(() => undefined);
        const location = res.headers.get('location');
        if (!location || hop >= MAX_REDIRECTS) {
          throw new GitHubApiError(res.status, `GET ${path}: redirect without a usable Location`);
        }
        url = new URL(location, url);
        if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
          throw new GitHubApiError(0, `GET ${path}: refused to follow a redirect to ${url.protocol}`);
        }
        // The download URL is pre-signed; the token stays with the API's own origin.
        res = await request(url, '*/*', url.origin === apiOrigin, 'the log download');
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        throw new GitHubApiError(res.status, `GET ${path} answered HTTP ${res.status}`);
      }
      try {
        return await readLimited(res, maxBytes, tailBytes);
      } catch (err) {
        const e = err as Error;
        throw new GitHubApiError(
          0,
          `reading ${path} failed (${e.name === 'TimeoutError' ? 'timed out' : e.name})`,
        );
      }
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
