export const id = 259;
export const ids = [259];
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
// EXTERNAL MODULE: ./src/enrich/github-api.ts
var github_api = __webpack_require__(79);
;// CONCATENATED MODULE: ./src/enrich/log-excerpt.ts
/**
 * Turning a raw GitHub Actions job log into a short excerpt a reader can take in: the runner's
 * timestamps and ANSI colour codes removed, workflow-command markers made readable, and the last
 * lines kept.
 */
/** `2024-05-01T12:34:56.1234567Z ` — the runner's prefix on every line of a job log. */
const TIMESTAMP = /^\uFEFF?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z ?/;
/** CSI sequences (colours, cursor moves), OSC sequences (titles, hyperlinks), and lone ESC pairs. */
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
/** Control characters other than tab, once escape sequences are gone. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g;
const MAX_LINE_CHARS = 500;
/** One log line as a reader should see it: no timestamp, no escape codes, markers spelled out. */
function cleanLogLine(line) {
    let s = line.replace(/\r$/, '').replace(TIMESTAMP, '').replace(ANSI, '').replace(CONTROL, '');
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
    if (err instanceof github_api/* GitHubApiError */.OS && err.status)
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
        const list = await api.get(`/repos/${ctx.repository}/actions/runs/${id}/attempts/${attempt}/jobs?per_page=${PER_PAGE}&page=${page}`);
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
            const tail = await api.getLogTail(`/repos/${ctx.repository}/actions/jobs/${listed[i].id}/logs`, LOG_TAIL_BYTES, LOG_MAX_BYTES);
            if (tail.truncated)
                out.log_note = `larger than ${LOG_MAX_BYTES / 1024 / 1024} MB`;
            else
                out.log_excerpt = logExcerpt(tail.text, logLines);
        }
        catch (err) {
            out.log_note = logProblem(err);
            if (err instanceof github_api/* GitHubApiError */.OS && [401, 403, 404].includes(err.status))
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

/***/ 79:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mc: () => (/* binding */ githubApi),
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   fm: () => (/* binding */ permissionHint)
/* harmony export */ });
/** A refused or failed API call; `status` 0 means the API could not be reached or a budget ran out. */
class GitHubApiError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
        this.name = 'GitHubApiError';
    }
}
const MAX_REDIRECTS = 3;
const MAX_JSON_BYTES = 8 * 1024 * 1024;
function isLoopback(url) {
    return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) || url.hostname.startsWith('127.');
}
async function readLimited(res, maxBytes, tailBytes) {
    if (!res.body)
        return { text: '', truncated: false };
    const reader = res.body.getReader();
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
/** A client for GITHUB_API_URL with the given token, bounded by `limits`. */
function githubApi(apiUrl, token, limits) {
    const base = apiUrl.replace(/\/+$/, '');
    const apiOrigin = new URL(base).origin;
    const perCallMs = limits.perCallMs ?? 10_000;
    const maxRequests = limits.maxRequests ?? 40;
    let count = 0;
    const request = async (url, accept, withToken, what) => {
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
        }
        catch (err) {
            const e = err;
            // fetch() fails with a bare `TypeError: fetch failed`; the reason is in its cause.
            const why = e.name === 'TimeoutError' ? 'timed out' : (e.cause?.code ?? e.cause?.message ?? e.name);
            throw new GitHubApiError(0, `could not reach ${what} (${why})`);
        }
    };
    return {
        get requestCount() {
            return count;
        },
        async get(path) {
            const res = await request(new URL(`${base}${path}`), 'application/vnd.github+json', true, base);
            if (!res.ok) {
                await res.body?.cancel().catch(() => undefined);
                throw new GitHubApiError(res.status, `GET ${path.split('?')[0]} answered HTTP ${res.status}`);
            }
            try {
                const { text, truncated } = await readLimited(res, MAX_JSON_BYTES, MAX_JSON_BYTES);
                if (truncated)
                    throw new Error('too large');
                return JSON.parse(text);
            }
            catch (err) {
                const e = err;
                const why = e.name === 'TimeoutError' ? 'timed out' : e.message;
                throw new GitHubApiError(0, `GET ${path.split('?')[0]}: unreadable answer (${why})`);
            }
        },
        async getLogTail(path, tailBytes, maxBytes) {
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
            }
            catch (err) {
                const e = err;
                throw new GitHubApiError(0, `reading ${path} failed (${e.name === 'TimeoutError' ? 'timed out' : e.name})`);
            }
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
