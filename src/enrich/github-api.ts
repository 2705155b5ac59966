/** A small GitHub REST client on fetch: loads nothing else, so runs that never call it pay nothing. */
export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface GitHubApi {
  get<T>(path: string): Promise<T>;
  getText(path: string): Promise<string>;
}

/** A client for GITHUB_API_URL with the given token, every call bounded by `timeoutMs`. */
export function githubApi(apiUrl: string, token: string, timeoutMs: number): GitHubApi {
  const base = apiUrl.replace(/\/+$/, '');
  const request = async (path: string, accept: string): Promise<Response> => {
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, {
        headers: {
          accept,
          'x-github-api-version': '2022-11-28',
          'user-agent': 'gmail-notify',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } };
      throw new GitHubApiError(0, `could not reach ${base} (${e.cause?.code ?? e.name})`);
    }
    if (!res.ok) throw new GitHubApiError(res.status, `${path} answered HTTP ${res.status}`);
    return res;
  };
  return {
    async get<T>(path: string): Promise<T> {
      return (await (await request(path, 'application/vnd.github+json')).json()) as T;
    },
    async getText(path: string): Promise<string> {
      return (await request(path, 'application/vnd.github+json')).text();
    },
  };
}

/** The warning a reader needs when the API refused: which permission to add. */
export function permissionHint(err: unknown): string {
  const status = err instanceof GitHubApiError ? err.status : 0;
  if (status === 401 || status === 403 || status === 404) {
    return `the GitHub API refused (HTTP ${status}); give the job \`permissions: { actions: read }\` (and pass \`github-token\` if you override it)`;
  }
  return `the GitHub API could not be reached (${(err as Error)?.message ?? err})`;
}
