export const id = 704;
export const ids = [704];
export const modules = {

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


/***/ }),

/***/ 6704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findPreviousConclusion: () => (/* binding */ findPreviousConclusion),
/* harmony export */   pickPrevious: () => (/* binding */ pickPrevious),
/* harmony export */   previousRunQuery: () => (/* binding */ previousRunQuery),
/* harmony export */   watchedRunFromPayload: () => (/* binding */ watchedRunFromPayload)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(788);
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79);


/** Conclusions that say nothing about the code: the run did not really happen. */
const PASSED_OVER = new Set(['cancelled', 'skipped', 'stale', 'action_required', 'neutral']);
/** How GitHub's run conclusions compare with `status`. */
const AS_STATUS = {
    success: 'success',
    failure: 'failure',
    timed_out: 'failure',
    startup_failure: 'failure',
};
const PER_PAGE = 50;
const MAX_PAGES = 3;
/**
 * How to find the previous run, as a query on the workflow's runs:
 * - a branch (push, schedule, dispatch…): `branch=<it>`;
 * - a pull request: its head branch (ctx.branch); a workflow_run: the watched run's branch;
 * - a tag (or a release): GitHub files a tag's run under `head_branch` = the tag name, so a branch
 *   filter would find only runs of that same tag. The previous run is then the workflow's previous
 *   run triggered by the same event, on any ref (the previous release's run).
 */
function previousRunQuery(ctx, current, page) {
    const query = new URLSearchParams({
        status: 'completed',
        per_page: String(PER_PAGE),
        page: String(page),
        exclude_pull_requests: 'true',
    });
    const isTag = ctx.ref_type === 'tag' || ctx.event_name === 'release';
    if (isTag) {
        if (current.event)
            query.set('event', current.event);
    }
    else {
        const branch = ctx.branch || current.head_branch || '';
        if (branch)
            query.set('branch', branch);
    }
    return query.toString();
}
/**
 * Picks the previous run from a page of runs (newest first, as GitHub lists them): the first
 * completed one other than this run and not newer than it (a re-run of an old run compares with
 * what came before it), cancelled and skipped runs passed over. Returns its conclusion as a status
 * (`success` or `failure`), or undefined when this page has none.
 */
function pickPrevious(runs, current) {
    for (const r of runs) {
        if (r.id === current.id || r.run_number > current.run_number)
            continue;
        if (r.status && r.status !== 'completed')
            continue;
        if (!r.conclusion || PASSED_OVER.has(r.conclusion))
            continue;
        const status = AS_STATUS[r.conclusion];
        if (status)
            return status;
    }
    return undefined;
}
/**
 * The watched run of a `workflow_run` event as the API would describe it, when the payload says
 * enough (its id, run number and workflow id); otherwise it is fetched by id.
 */
function watchedRunFromPayload(ctx) {
    const w = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportedRun */ .T_)(ctx).watched;
    if (!w || w.id === 0 || w.workflow_id === 0 || w.run_number === 0)
        return undefined;
    return {
        id: w.id,
        workflow_id: w.workflow_id,
        head_branch: ctx.branch || null,
        event: w.event,
        status: w.status || null,
        conclusion: w.conclusion || null,
        run_number: w.run_number,
    };
}
/**
 * The conclusion of the most recent completed run before the reported one, of the same workflow on
 * the same branch (see previousRunQuery), cancelled and skipped runs passed over: `'success'` or
 * `'failure'`; `null` when there is none; `'unknown'` (with a warning naming `actions: read`) when
 * the API cannot tell. For a `workflow_run` event the reported run is the watched run, so it is
 * compared with the watched workflow's history, not the notifier's.
 *
 * Endpoints: GET /repos/{o}/{r}/actions/runs/{run_id} (workflow_id, head_branch, event; not asked
 * when the workflow_run payload says) and
 * GET /repos/{o}/{r}/actions/workflows/{workflow_id}/runs?branch=…&status=completed (≤ 3 pages).
 */
async function findPreviousConclusion(api, ctx, log) {
    const missing = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .unreportableRun */ .nF)(ctx);
    if (missing) {
        log.warning(`Could not look up the previous run for \`notify-when\`: ${missing}. Sending anyway.`);
        return 'unknown';
    }
    try {
        const current = watchedRunFromPayload(ctx) ??
            (await api.get(`/repos/${ctx.repository}/actions/runs/${(0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportedRun */ .T_)(ctx).id}`));
        for (let page = 1; page <= MAX_PAGES; page++) {
            const list = await api.get(`/repos/${ctx.repository}/actions/workflows/${current.workflow_id}/runs?${previousRunQuery(ctx, current, page)}`);
            const runs = Array.isArray(list.workflow_runs) ? list.workflow_runs : [];
            const found = pickPrevious(runs, current);
            if (found)
                return found;
            const total = typeof list.total_count === 'number' ? list.total_count : 0;
            if (runs.length < PER_PAGE || page * PER_PAGE >= total)
                return null;
        }
        // 150 completed runs, all cancelled or skipped: as good as none.
        return null;
    }
    catch (err) {
        log.warning(`Could not look up the previous run for \`notify-when\`: ${(0,_github_api_js__WEBPACK_IMPORTED_MODULE_1__/* .permissionHint */ .fm)(err)}. Sending anyway.`);
        return 'unknown';
    }
}


/***/ })

};
