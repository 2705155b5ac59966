export const id = 259;
export const ids = [259,234];
export const modules = {

/***/ 4259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LOG_CONCURRENCY: () => (/* binding */ LOG_CONCURRENCY),
  MAX_FAILED_JOBS: () => (/* binding */ MAX_FAILED_JOBS),
  failedSteps: () => (/* binding */ failedSteps),
  findFailedJobs: () => (/* binding */ findFailedJobs),
  selectFailedJobs: () => (/* binding */ selectFailedJobs)
});

// EXTERNAL MODULE: ./src/context.ts
var context = __webpack_require__(788);
// EXTERNAL MODULE: ./src/enrich/github.ts
var github = __webpack_require__(9234);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/enrich/log-excerpt.ts

/**
 * Turning a raw GitHub Actions job log into a short excerpt a reader can take in: the runner's
 * timestamps and ANSI colour codes removed, workflow-command markers made readable, and the last
 * lines kept.
 */
/** `2024-05-01T12:34:56.1234567Z ` — the runner's prefix on every line of a job log. */
const TIMESTAMP = /^\uFEFF?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z ?/;
/** Control characters other than tab, once escape sequences are gone. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g;
const MAX_LINE_CHARS = 500;
/** One log line as a reader should see it: no timestamp, no escape codes, markers spelled out. */
function cleanLogLine(line) {
    // Node's own stripper for escape sequences (colours, cursor moves, OSC titles and hyperlinks).
    let s = (0,external_node_util_.stripVTControlCharacters)(line.replace(/\r$/, '').replace(TIMESTAMP, '')).replace(CONTROL, '');
    if (s.startsWith('##[endgroup]'))
        return undefined;
    s = s
        .replace(/^##\[group\]/, '')
        .replace(/^##\[error\]/, 'Error: ')
        .replace(/^##\[warning\]/, 'Warning: ')
        .replace(/^##\[notice\]/, 'Notice: ')
        .replace(/^##\[debug\]/, 'Debug: ')
        .replace(/^##\[command\]/, '');
    if (s.length > MAX_LINE_CHARS)
        s = `${s.slice(0, MAX_LINE_CHARS)}…`;
    return s;
}
/**
 * The last `lines` lines of a job log, cleaned. If the log's last `##[error]` line (where the
 * failure is reported) would fall before that window, because post-job steps logged a lot after
 * it, the window ends at that error instead, so the excerpt shows how the job failed.
 */
function logExcerpt(raw, lines) {
    if (lines <= 0)
        return '';
    const rawLines = raw.split('\n');
    const cleaned = [];
    let lastError = -1;
    for (const line of rawLines) {
        const c = cleanLogLine(line);
        if (c === undefined)
            continue;
        if (c.startsWith('Error: '))
            lastError = cleaned.length;
        cleaned.push(c);
    }
    while (cleaned.length && cleaned[cleaned.length - 1].trim() === '')
        cleaned.pop();
    let end = cleaned.length;
    if (lastError >= 0 && lastError < end - lines)
        end = lastError + 1;
    return cleaned.slice(Math.max(0, end - lines), end).join('\n');
}

;// CONCATENATED MODULE: ./src/enrich/failed-jobs.ts



/** Job conclusions that mean "this job failed" (cancelled jobs, e.g. by fail-fast, are not failures). */
const FAILED_JOB = new Set(['failure', 'timed_out']);
const PER_PAGE = 100;
const MAX_PAGES = 5;
/** Jobs listed at most (each finished one with its log excerpt); more are counted in `more`. */
const MAX_FAILED_JOBS = 20;
/** Logs downloaded at once: a wide failing matrix is read in a few rounds, within the API's time share. */
const LOG_CONCURRENCY = 4;
/** Bytes of a log kept for the excerpt, and read at most. */
const LOG_TAIL_BYTES = 512 * 1024;
const LOG_MAX_BYTES = 64 * 1024 * 1024;
/**
 * The steps that failed in a job: conclusion `failure`; in a timed-out job also the step that was
 * cut off (GitHub marks it `cancelled`). Links point at the step in the job's log view.
 */
function failedSteps(job) {
    const url = job.html_url ?? '';
    return (job.steps ?? [])
        .filter((s) => s.conclusion === 'failure' || (job.conclusion === 'timed_out' && s.conclusion === 'cancelled'))
        .map((s) => ({ name: s.name, number: s.number, url: url ? `${url}#step:${s.number}:1` : '' }));
}
/**
 * Which jobs to report: completed jobs that failed or timed out, and jobs still running (the job
 * sending this message, or a sibling) that already have a failed step.
 */
function selectFailedJobs(jobs) {
    return jobs.filter((j) => j.status === 'completed'
        ? FAILED_JOB.has(j.conclusion ?? '')
        : (j.steps ?? []).some((s) => s.conclusion === 'failure'));
}
/** Why a log could not be read, in a few words for the message and the warning. */
function logProblem(err) {
    if (err instanceof github.GitHubApiError && err.status)
        return `HTTP ${err.status}`;
    return err.message
        .replace(/`/g, '')
        .replace(/^GET \S+: /, '')
        .replace(/^reading \S+ failed/, 'download failed');
}
/** Runs `work` on every item, at most `limit` at a time. */
async function eachLimited(items, limit, work) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await work(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
/**
 * Lists the failed jobs of the reported run's attempt (this run, or the watched run of a
 * `workflow_run` event: see reportedRun) with their failed steps and, for completed ones, the
 * last `logLines` lines of their log (read `LOG_CONCURRENCY` at a time). A log that cannot be read
 * (refused, too large, out of time or requests) gives that job a `log_note` saying why in place of
 * the excerpt, and one warning names them all; a refused or failed jobs listing throws (GitHubApiError) for the
 * caller to warn about.
 *
 * Endpoints: GET /repos/{o}/{r}/actions/runs/{run_id}/attempts/{attempt}/jobs (≤ 5 pages of 100)
 * and GET /repos/{o}/{r}/actions/jobs/{job_id}/logs (302 to a download URL, followed without the token).
 */
async function findFailedJobs(api, ctx, logLines, log) {
    const { id, attempt } = (0,context/* reportedRun */.T_)(ctx);
    const all = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await api.rest.actions.listJobsForWorkflowRunAttempt({
            ...api.repo,
            run_id: Number(id),
            attempt_number: Number(attempt),
            per_page: PER_PAGE,
            page,
        });
        if (typeof data !== 'object' || data === null) {
            throw new github.GitHubApiError(0, 'GET /actions/runs/{run_id}/attempts/{attempt}/jobs: unreadable answer');
        }
        const list = data;
        const jobs = Array.isArray(list.jobs) ? list.jobs : [];
        all.push(...jobs);
        const total = typeof list.total_count === 'number' ? list.total_count : 0;
        if (jobs.length < PER_PAGE || all.length >= total)
            break;
    }
    const selected = selectFailedJobs(all);
    const listed = selected.slice(0, MAX_FAILED_JOBS);
    const result = listed.map((job) => {
        const inProgress = job.status !== 'completed';
        return {
            name: job.name,
            url: job.html_url ?? '',
            conclusion: job.conclusion ?? (inProgress ? 'failure' : ''),
            failed_steps: failedSteps(job),
            log_excerpt: '',
            in_progress: inProgress,
        };
    });
    // Each finished job's log, a few at a time; a log that cannot be read gets a note saying why.
    let refused = false;
    const finished = logLines > 0 ? result.flatMap((job, i) => (job.in_progress ? [] : [i])) : [];
    await eachLimited(finished, LOG_CONCURRENCY, async (i) => {
        const out = result[i];
        try {
            const tail = await api.getLogTail(listed[i].id, LOG_TAIL_BYTES, LOG_MAX_BYTES);
            if (tail.truncated)
                out.log_note = `larger than ${LOG_MAX_BYTES / 1024 / 1024} MB`;
            else
                out.log_excerpt = logExcerpt(tail.text, logLines);
        }
        catch (err) {
            out.log_note = logProblem(err);
            if (err instanceof github.GitHubApiError && [401, 403, 404].includes(err.status))
                refused = true;
        }
    });
    const unread = result.filter((job) => job.log_note);
    if (unread.length) {
        const hint = refused ? ' Reading logs needs `permissions: { actions: read, contents: read }`.' : '';
        log.warning(`Could not read the log of ${unread.map((job) => `${job.name} (${job.log_note})`).join(', ')}; the message says so in place of the excerpt.${hint}`);
    }
    return { jobs: result, more: selected.length - result.length };
}


/***/ }),

/***/ 9234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubApiError: () => (/* binding */ GitHubApiError),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   permissionHint: () => (/* binding */ permissionHint)
/* harmony export */ });
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9892);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6803);
/* harmony import */ var _http_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(223);



/** A refused or failed API call; `status` 0 means the API could not be reached or a budget ran out. */
class GitHubApiError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
        this.name = 'GitHubApiError';
    }
}
const MAX_JSON_BYTES = 8 * 1024 * 1024;
const MAX_REDIRECTS = 3;
/** Why a request failed, in a few words, from fetch's error (its cause holds the system code). */
function networkReason(err) {
    const proxyStatus = (0,_http_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .proxyRefusalStatus */ .n8)(err);
    if (proxyStatus)
        return `the proxy answered HTTP ${proxyStatus} to the tunnel request`;
    const e = (err ?? {});
    if (e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError')
        return 'timed out';
    return e.cause?.code ?? e.cause?.message ?? e.message ?? String(err);
}
/** Octokit's error as a GitHubApiError (budget errors thrown by our fetch pass through). */
function toApiError(err, what) {
    if (err instanceof GitHubApiError)
        return err;
    const e = err;
    if (e.cause instanceof GitHubApiError)
        return e.cause;
    if (e.response && typeof e.status === 'number') {
        return new GitHubApiError(e.status, `${what} answered HTTP ${e.status}`);
    }
    return new GitHubApiError(0, `could not reach ${what} (${networkReason(e.cause ?? err)})`);
}
/** Reads a body, keeping its last `tailBytes` and stopping after `maxBytes`. */
async function readTail(body, tailBytes, maxBytes) {
    if (!body)
        return { text: '', truncated: false };
    const reader = body.getReader();
    const chunks = [];
    let kept = 0;
    let total = 0;
    let truncated = false;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        chunks.push(value);
        kept += value.byteLength;
        while (chunks.length > 1 && kept - chunks[0].byteLength >= tailBytes)
            kept -= chunks.shift().byteLength;
        if (total > maxBytes) {
            truncated = true;
            await reader.cancel().catch(() => undefined);
            break;
        }
    }
    let buf = Buffer.concat(chunks);
    const dropped = total > buf.length || buf.length > tailBytes;
    if (buf.length > tailBytes)
        buf = buf.subarray(buf.length - tailBytes);
    let text = buf.toString('utf8');
    // The first line of a cut tail is partial (perhaps mid-character): drop it.
    if (dropped)
        text = text.slice(text.indexOf('\n') + 1);
    return { text, truncated };
}
/** A body that errors once it passes `maxBytes`: an API answer is read whole, so it is capped. */
function capped(res, maxBytes) {
    if (!res.body || res.status < 200 || res.status >= 300)
        return res;
    if (Number(res.headers.get('content-length') ?? 0) > maxBytes) {
        res.body.cancel().catch(() => undefined);
        throw new GitHubApiError(0, `an answer of the GitHub API was larger than ${maxBytes} bytes`);
    }
    let seen = 0;
    const limit = new TransformStream({
        transform(chunk, controller) {
            seen += chunk.byteLength;
            if (seen > maxBytes)
                controller.error(new Error(`answer larger than ${maxBytes} bytes`));
            else
                controller.enqueue(chunk);
        },
    });
    return new Response(res.body.pipeThrough(limit), {
        status: res.status,
        statusText: res.statusText,
        headers: res.headers,
    });
}
/**
 * Follows a log redirect by hand (at most MAX_REDIRECTS hops, https only but on loopback) without
 * the token, and reads the download's tail (readTail), streamed and capped.
 */
async function downloadTail(fetchFn, redirect, tailBytes, maxBytes) {
    const { what } = redirect;
    let location = redirect.location;
    let url = redirect.from;
    for (let hop = 0;; hop++) {
        if (!location || hop >= MAX_REDIRECTS) {
            throw new GitHubApiError(redirect.status, `${what}: redirect without a usable Location`);
        }
        url = new URL(location, url);
        if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (0,_hosts_js__WEBPACK_IMPORTED_MODULE_0__/* .isLoopback */ .U9)(url.hostname))) {
            throw new GitHubApiError(0, `${what}: refused to follow a redirect to ${url.protocol}`);
        }
        let res;
        try {
            // No token: the download URL is pre-signed, and the token stays with the API.
            res = await fetchFn(url, { redirect: 'manual', headers: { 'user-agent': 'gmail-notify' } });
        }
        catch (err) {
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
        }
        catch (err) {
            throw new GitHubApiError(0, `reading ${what.slice(4)} failed (${networkReason(err)})`);
        }
    }
}
/**
 * A client for `options.apiUrl`, bounded by the options. Loads @actions/github on first use of
 * this function; nothing else in the action imports it.
 */
async function createGitHubClient(options) {
    const { getOctokit, GitHub } = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 1351)).then(async (m) => ({
        getOctokit: m.getOctokit,
        GitHub: (await __webpack_require__.e(/* import() */ 665).then(__webpack_require__.bind(__webpack_require__, 8665))).GitHub,
    }));
    const base = options.apiUrl.replace(/\/+$/, '');
    const perCallMs = options.perCallMs ?? 10_000;
    const maxRequests = options.maxRequests ?? 40;
    const [owner = '', repo = ''] = options.repository.split('/');
    let count = 0;
    // Every request, Octokit's and the log download, passes here: budget, time bound, proxy.
    const boundedFetch = async (url, init = {}) => {
        if (count >= maxRequests) {
            throw new GitHubApiError(0, `stopped after ${maxRequests} requests to the GitHub API`);
        }
        if (options.deadline.remainingMs() < 50) {
            throw new GitHubApiError(0, 'no time left within `timeout-seconds` for the GitHub API');
        }
        count++;
        const timeout = AbortSignal.timeout(options.deadline.cap(perCallMs));
        const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        return (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .httpFetch */ .tX)(url, { ...init, signal });
    };
    const octokitOptions = {
        baseUrl: base,
        userAgent: 'gmail-notify',
        request: {
            fetch: async (url, init) => capped(await boundedFetch(url, init), MAX_JSON_BYTES),
        },
        // Octokit logs deprecation notices to the console; the action's log is for the reader.
        log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } },
    };
    const octokit = options.token
        ? getOctokit(options.token, octokitOptions)
        : new GitHub(octokitOptions);
    const basePath = new URL(base).pathname.replace(/\/+$/, '');
    // `GET /repos/o/r/actions/runs/1`: the request as the API documents it, without query or base.
    const described = (request) => {
        try {
            const { method, url } = octokit.request.endpoint.parse(request);
            const path = new URL(url).pathname;
            return `${method} ${path.startsWith(basePath) ? path.slice(basePath.length) : path}`;
        }
        catch {
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
        get requestCount() {
            return count;
        },
        async getLogTail(jobId, tailBytes, maxBytes) {
            const what = `GET /repos/${owner}/${repo}/actions/jobs/${jobId}/logs`;
            // Octokit asks the API (with the token) and reports its redirect without following it.
            const first = await octokit.rest.actions.downloadJobLogsForWorkflowRun({
                owner,
                repo,
                job_id: jobId,
                request: { redirect: 'manual' },
            });
            const location = first.headers.location;
            const from = new URL(first.url || base);
            return downloadTail(boundedFetch, { what, status: first.status, location, from }, tailBytes, maxBytes);
        },
    };
}
/** The warning a reader needs when the API refused or could not be reached: which permission to add. */
function permissionHint(err) {
    const status = err instanceof GitHubApiError ? err.status : 0;
    const message = err instanceof Error ? err.message : String(err);
    if (status === 401 || status === 403 || status === 404) {
        return `the GitHub API refused (HTTP ${status}); give the job \`permissions: { actions: read, contents: read }\` (and check \`github-token\` if you set it)`;
    }
    return `the GitHub API could not be used (${message}); it needs network access to GITHUB_API_URL and \`permissions: { actions: read, contents: read }\``;
}


/***/ })

};
