// A GitHub REST API look-alike for tests: the Actions endpoints Gmail Notify reads, with payloads
// shaped like api.github.com's (fields and nesting as documented at docs.github.com/rest/actions),
// plus a second server on another port standing in for the log storage host that
// GET /actions/jobs/{id}/logs redirects to.
//
// Plain ESM JavaScript with JSDoc (types in github-api.d.mts). Listens on 127.0.0.1 only, on
// ephemeral ports. Records every request (never the token itself).

import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { listenOnLoopback } from './listen.mjs';

const SERVER_URL = 'https://github.com';

/** GitHub's error bodies, as api.github.com sends them. */
export const GITHUB_ERRORS = Object.freeze({
  badCredentials: {
    status: 401,
    body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' },
  },
  forbidden: {
    status: 403,
    body: {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/actions/workflow-runs#get-a-workflow-run',
      status: '403',
    },
  },
  notFound: {
    status: 404,
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
  },
});

/**
 * @param {number} n
 * @returns {string}
 */
function iso(n) {
  return new Date(Date.UTC(2025, 2, 14, 9, 0, 0) + n * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A workflow run as GET /repos/{owner}/{repo}/actions/runs/{run_id} returns it.
 * @param {string} repository
 * @param {import('./github-api.d.mts').RunInput} r
 */
export function workflowRun(repository, r) {
  const api = `https://api.github.com/repos/${repository}`;
  const created = r.created_at ?? iso(r.run_number);
  const sha = r.head_sha ?? randomBytes(20).toString('hex');
  return {
    id: r.id,
    name: r.name ?? 'CI',
    node_id: `WFR_kwLOA${Buffer.from(String(r.id)).toString('base64url')}`,
    head_branch: r.head_branch,
    head_sha: sha,
    path: '.github/workflows/ci.yml',
    display_title: r.display_title ?? 'Cache npm dependencies in CI',
    run_number: r.run_number,
    event: r.event ?? 'push',
    status: r.status ?? 'completed',
    conclusion: r.conclusion ?? null,
    workflow_id: r.workflow_id ?? 161335,
    check_suite_id: r.id + 1000,
    check_suite_node_id: 'CS_kwDOA',
    url: `${api}/actions/runs/${r.id}`,
    html_url: `${SERVER_URL}/${repository}/actions/runs/${r.id}`,
    pull_requests: [],
    created_at: created,
    updated_at: created,
    actor: { login: 'octocat', id: 583231, type: 'User' },
    run_attempt: r.run_attempt ?? 1,
    referenced_workflows: [],
    run_started_at: created,
    triggering_actor: { login: 'octocat', id: 583231, type: 'User' },
    jobs_url: `${api}/actions/runs/${r.id}/jobs`,
    logs_url: `${api}/actions/runs/${r.id}/logs`,
    check_suite_url: `${api}/check-suites/${r.id + 1000}`,
    artifacts_url: `${api}/actions/runs/${r.id}/artifacts`,
    cancel_url: `${api}/actions/runs/${r.id}/cancel`,
    rerun_url: `${api}/actions/runs/${r.id}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${api}/actions/workflows/${r.workflow_id ?? 161335}`,
    head_commit: {
      id: sha,
      tree_id: randomBytes(20).toString('hex'),
      message: 'Cache npm dependencies in CI',
      timestamp: created,
      author: { name: 'Mona Octocat', email: 'mona@example.com' },
      committer: { name: 'GitHub', email: 'noreply@github.com' },
    },
    repository: { id: 123456789, name: repository.split('/')[1], full_name: repository },
    head_repository: { id: 123456789, name: repository.split('/')[1], full_name: repository },
  };
}

/**
 * A job as GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{n}/jobs lists it.
 * @param {string} repository
 * @param {import('./github-api.d.mts').JobInput} j
 */
export function workflowJob(repository, j) {
  const api = `https://api.github.com/repos/${repository}`;
  const status = j.status ?? 'completed';
  return {
    id: j.id,
    run_id: j.run_id,
    workflow_name: 'CI',
    head_branch: 'main',
    run_url: `${api}/actions/runs/${j.run_id}`,
    run_attempt: j.run_attempt ?? 1,
    node_id: `CR_kwDOA${Buffer.from(String(j.id)).toString('base64url')}`,
    head_sha: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
    url: `${api}/actions/jobs/${j.id}`,
    html_url: `${SERVER_URL}/${repository}/actions/runs/${j.run_id}/job/${j.id}`,
    status,
    conclusion: status === 'completed' ? (j.conclusion ?? 'success') : null,
    created_at: iso(0),
    started_at: iso(0),
    completed_at: status === 'completed' ? iso(3) : null,
    name: j.name,
    steps: (j.steps ?? []).map((s, i) => ({
      name: s.name,
      status: s.status ?? (s.conclusion ? 'completed' : 'in_progress'),
      conclusion: s.conclusion ?? null,
      number: i + 1,
      started_at: iso(0),
      completed_at: s.conclusion ? iso(1) : null,
    })),
    check_run_url: `${api}/check-runs/${j.id}`,
    labels: ['ubuntu-latest'],
    runner_id: 42,
    runner_name: 'GitHub Actions 42',
    runner_group_id: 2,
    runner_group_name: 'GitHub Actions',
  };
}

/**
 * A commit as GET /repos/{owner}/{repo}/compare/{basehead} and GET /repos/{owner}/{repo}/pulls/{n}/commits
 * list it.
 * @param {string} repository
 * @param {import('./github-api.d.mts').CommitInput & { sha: string }} c
 * @param {string | undefined} parent
 * @param {number} n
 */
export function gitCommit(repository, c, parent, n) {
  const api = `https://api.github.com/repos/${repository}`;
  const date = iso(n);
  const login = c.login === undefined ? null : c.login;
  const user = login ? { login, id: 1000 + n, type: 'User', html_url: `${SERVER_URL}/${login}` } : null;
  return {
    sha: c.sha,
    node_id: `C_kwDOA${Buffer.from(c.sha.slice(0, 12)).toString('base64url')}`,
    commit: {
      author: { name: c.author_name, email: c.author_email, date },
      committer: c.committer ?? { name: 'GitHub', email: 'noreply@github.com', date },
      message: c.message ?? 'Update build script',
      tree: { sha: randomBytes(20).toString('hex'), url: `${api}/git/trees/x` },
      url: `${api}/git/commits/${c.sha}`,
      comment_count: 0,
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
    },
    url: `${api}/commits/${c.sha}`,
    html_url: `${SERVER_URL}/${repository}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    author: user,
    committer: { login: 'web-flow', id: 19864447, type: 'User' },
    parents: parent ? [{ sha: parent, url: `${api}/commits/${parent}` }] : [],
  };
}

/**
 * Lines as a job log stores them: each prefixed with a timestamp, the file starting with a BOM.
 * @param {string[]} lines
 * @returns {string}
 */
export function jobLog(lines) {
  const start = Date.UTC(2025, 2, 14, 9, 31, 7);
  const stamped = lines.map((l, i) => `${new Date(start + i * 37).toISOString().replace('Z', '0000Z')} ${l}`);
  return `\uFEFF${stamped.join('\n')}\n`;
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {string | undefined} token
 * @returns {'none' | 'valid' | 'invalid'}
 */
function authOf(request, token) {
  const header = request.headers.authorization;
  if (!header) return 'none';
  const m = /^(?:Bearer|token) (.+)$/i.exec(header);
  return m && token !== undefined && m[1] === token ? 'valid' : 'invalid';
}

/**
 * The record of one request, pushed to `requests` by the caller (status filled in on reply).
 * @param {'api' | 'logs'} host
 * @param {import('node:http').IncomingMessage} request
 * @param {string | undefined} token
 * @returns {{ url: URL, record: import('./github-api.d.mts').GitHubRequestRecord }}
 */
function recordOf(host, request, token) {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  return {
    url,
    record: {
      host,
      method: request.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      auth: authOf(request, token),
      status: 0,
    },
  };
}

/**
 * Starts the API and its log host on 127.0.0.1.
 * @param {import('./github-api.d.mts').GitHubApiServerOptions} [options]
 * @returns {Promise<import('./github-api.d.mts').RunningGitHubApiServer>}
 */
export async function startGitHubApiServer(options = {}) {
  const repository = options.repository ?? 'octo-org/octo-repo';
  const runs = (options.runs ?? []).map((r) => workflowRun(repository, r));
  const jobs = (options.jobs ?? []).map((j) => workflowJob(repository, j));
  const logs = new Map(Object.entries(options.logs ?? {}).map(([id, text]) => [Number(id), text]));
  /** @param {import('./github-api.d.mts').CommitInput[]} list */
  const commitList = (list) => {
    /** @type {Record<string, unknown>[]} */
    const out = [];
    for (const [i, c] of list.entries()) {
      const sha = c.sha ?? randomBytes(20).toString('hex');
      out.push(gitCommit(repository, { ...c, sha }, /** @type {string | undefined} */ (out[i - 1]?.sha), i));
    }
    return out;
  };
  const history = commitList(options.commits ?? []);
  const pulls = new Map(
    Object.entries(options.pulls ?? {}).map(([n, list]) => [Number(n), commitList(list)]),
  );
  /** @type {import('./github-api.d.mts').GitHubRequestRecord[]} */
  const requests = [];
  /** @type {Map<string, number>} signed download path → job id */
  const downloads = new Map();
  let logOrigin = '';

  /**
   * @param {import('node:http').ServerResponse} response
   * @param {import('./github-api.d.mts').GitHubRequestRecord} record
   * @param {number} status
   * @param {unknown} body
   * @param {Record<string, string>} [headers]
   */
  const send = (response, record, status, body, headers = {}) => {
    record.status = status;
    const text = JSON.stringify(body, null, 2);
    response.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '999',
      ...headers,
    });
    response.end(text);
  };

  /**
   * @param {URL} url
   * @param {number} page
   * @param {number} perPage
   * @param {number} total
   * @returns {Record<string, string>}
   */
  const linkHeader = (url, page, perPage, total) => {
    const last = Math.max(1, Math.ceil(total / perPage));
    /** @param {number} p @param {string} rel */
    const link = (p, rel) => {
      const u = new URL(url.pathname + url.search, `http://${url.host}`);
      u.searchParams.set('page', String(p));
      return `<${u}>; rel="${rel}"`;
    };
    const parts = [];
    if (page < last) parts.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) parts.push(link(1, 'first'), link(page - 1, 'prev'));
    return parts.length ? { link: parts.join(', ') } : {};
  };

  /**
   * @template T
   * @param {T[]} list
   * @param {URL} url
   */
  const paginate = (list, url) => {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    return {
      items: list.slice((page - 1) * perPage, page * perPage),
      headers: linkHeader(url, page, perPage, list.length),
    };
  };

  /**
   * GET compare/{base}...{head} (the commits after base up to head on `history`, oldest first) and
   * GET pulls/{n}/commits, both paginated like GitHub's.
   * @param {string} repoPath
   * @param {URL} url
   * @param {import('node:http').ServerResponse} response
   * @param {import('./github-api.d.mts').GitHubRequestRecord} record
   */
  const commitsEndpoint = (repoPath, url, response, record) => {
    const pull = /^pulls\/(\d+)\/commits$/.exec(repoPath);
    if (pull) {
      const list = pulls.get(Number(pull[1]));
      if (!list) return send(response, record, 404, GITHUB_ERRORS.notFound.body);
      const { items, headers } = paginate(list, url);
      return send(response, record, 200, items, headers);
    }
    const [base, head] = decodeURIComponent(repoPath.slice('compare/'.length)).split('...');
    const index = (/** @type {string | undefined} */ sha) =>
      history.findIndex(
        (c) => typeof c.sha === 'string' && sha !== undefined && sha.length >= 7 && c.sha.startsWith(sha),
      );
    const from = index(base);
    const to = index(head);
    if (from < 0 || to < 0) {
      return send(response, record, 404, {
        ...GITHUB_ERRORS.notFound.body,
        message: 'No commit found for SHA',
      });
    }
    const between = history.slice(from + 1, to + 1);
    const { items, headers } = paginate(between, url);
    const api = `https://api.github.com/repos/${repository}`;
    return send(
      response,
      record,
      200,
      {
        url: `${api}/compare/${base}...${head}`,
        html_url: `${SERVER_URL}/${repository}/compare/${base}...${head}`,
        base_commit: history[from],
        merge_base_commit: history[Math.min(from, to)],
        status: to > from ? 'ahead' : to === from ? 'identical' : 'behind',
        ahead_by: Math.max(0, to - from),
        behind_by: Math.max(0, from - to),
        total_commits: between.length,
        commits: items,
        files: [],
      },
      headers,
    );
  };

  const api = createServer((request, response) => {
    const { url, record } = recordOf('api', request, options.token);
    requests.push(record);
    const respond = () => {
      if (request.method !== 'GET') return send(response, record, 404, GITHUB_ERRORS.notFound.body);
      if (options.token !== undefined && record.auth !== 'valid') {
        return send(response, record, 401, GITHUB_ERRORS.badCredentials.body);
      }
      const repoPath = url.pathname.slice(`/repos/${repository}/`.length);
      const commitsAt = /^(compare\/[^/]+|pulls\/\d+\/commits)$/.test(repoPath);
      if (url.pathname.startsWith(`/repos/${repository}/`) && commitsAt) {
        const mode = options.commitsMode ?? options.mode ?? 'ok';
        if (mode === 'forbidden') return send(response, record, 403, GITHUB_ERRORS.forbidden.body);
        if (mode === 'not-found') return send(response, record, 404, GITHUB_ERRORS.notFound.body);
        return commitsEndpoint(repoPath, url, response, record);
      }
      const prefix = `/repos/${repository}/actions/`;
      if (!url.pathname.startsWith(prefix)) return send(response, record, 404, GITHUB_ERRORS.notFound.body);
      const rest = url.pathname.slice(prefix.length);
      const isLogs = /^jobs\/\d+\/logs$/.test(rest);
      const mode = isLogs ? (options.logsMode ?? options.mode ?? 'ok') : (options.mode ?? 'ok');
      if (mode === 'forbidden') return send(response, record, 403, GITHUB_ERRORS.forbidden.body);
      if (mode === 'not-found') return send(response, record, 404, GITHUB_ERRORS.notFound.body);

      let m = /^runs\/(\d+)$/.exec(rest);
      if (m) {
        const run = runs.find((r) => r.id === Number(m?.[1]));
        return run
          ? send(response, record, 200, run)
          : send(response, record, 404, GITHUB_ERRORS.notFound.body);
      }
      m = /^workflows\/(\d+)\/runs$/.exec(rest);
      if (m) {
        const q = url.searchParams;
        const status = q.get('status');
        const list = runs
          .filter((r) => r.workflow_id === Number(m?.[1]))
          .filter((r) => !q.get('branch') || r.head_branch === q.get('branch'))
          .filter((r) => !q.get('event') || r.event === q.get('event'))
          .filter((r) => !status || r.status === status || r.conclusion === status)
          .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
        const { items, headers } = paginate(list, url);
        return send(response, record, 200, { total_count: list.length, workflow_runs: items }, headers);
      }
      m = /^runs\/(\d+)\/attempts\/(\d+)\/jobs$/.exec(rest);
      if (m) {
        const runId = Number(m[1]);
        if (!runs.some((r) => r.id === runId))
          return send(response, record, 404, GITHUB_ERRORS.notFound.body);
        const list = jobs.filter((j) => j.run_id === runId && j.run_attempt === Number(m?.[2]));
        const { items, headers } = paginate(list, url);
        return send(response, record, 200, { total_count: list.length, jobs: items }, headers);
      }
      m = /^jobs\/(\d+)\/logs$/.exec(rest);
      if (m) {
        const jobId = Number(m[1]);
        if (!logs.has(jobId)) return send(response, record, 404, GITHUB_ERRORS.notFound.body);
        const signed = `/${randomBytes(8).toString('hex')}/logs/${jobId}.txt`;
        downloads.set(signed, jobId);
        record.status = 302;
        response.writeHead(302, {
          location: `${logOrigin}${signed}?rsct=text%2Fplain&se=2025-03-14T10%3A00%3A00Z&sp=r&sv=2021-12-02&sr=b&sig=${randomBytes(24).toString('base64url')}`,
          'content-length': '0',
        });
        return response.end();
      }
      return send(response, record, 404, GITHUB_ERRORS.notFound.body);
    };
    request.resume();
    if (options.delayMs) setTimeout(respond, options.delayMs);
    else respond();
  });

  const logHost = createServer((request, response) => {
    const { url, record } = recordOf('logs', request, options.token);
    requests.push(record);
    request.resume();
    const jobId = downloads.get(url.pathname);
    // Like blob storage with a SAS URL: an extra Authorization header is an error.
    if (record.auth !== 'none' || jobId === undefined || !url.searchParams.get('sig')) {
      record.status = 403;
      response.writeHead(403, { 'content-type': 'application/xml' });
      response.end(
        '<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request.</Message></Error>',
      );
      return;
    }
    record.status = 200;
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(logs.get(jobId) ?? '');
  });

  const apiListening = await listenOnLoopback(api);
  const logListening = await listenOnLoopback(logHost);
  logOrigin = `http://127.0.0.1:${logListening.port}`;

  /** @type {Promise<void> | undefined} */
  let closing;
  return {
    url: `http://127.0.0.1:${apiListening.port}`,
    get logOrigin() {
      return logOrigin;
    },
    setLogOrigin(origin) {
      logOrigin = origin;
    },
    requests,
    close() {
      closing ??= Promise.all([apiListening.close(), logListening.close()]).then(() => undefined);
      return closing;
    },
  };
}
