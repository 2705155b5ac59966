export const id = 261;
export const ids = [261,234,704];
export const modules = {

/***/ 2261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_COMMITS: () => (/* binding */ MAX_COMMITS),
/* harmony export */   commitsApiOver: () => (/* binding */ commitsApiOver),
/* harmony export */   culpritCommits: () => (/* binding */ culpritCommits),
/* harmony export */   findAuthorRecipients: () => (/* binding */ findAuthorRecipients)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(788);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5063);
/* harmony import */ var _author_filter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9585);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9234);
/* harmony import */ var _previous_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6704);
/**
 * `author-recipients: culprits`: the authors (and co-authors) of the commits this run is about,
 * filtered by author-filter.ts. The commits are those since the last successful run of the workflow
 * on this branch (compare API); when there is none or it cannot be looked up, the event's own.
 *
 * The GitHub calls sit behind CommitsApi (plain data in, plain data out), so the client under it
 * can change without touching the rules; commitsApiOver() is the adapter for today's client.
 */





/** Commits read at most (3 pages of 100): authors beyond them would pass the cap of 20 anyway. */
const MAX_COMMITS = 300;
const PER_PAGE = 100;
/** A commit id as the API gives them (and nothing that could change the path it goes into). */
const SHA = /^[0-9a-f]{7,64}$/i;
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : {};
}
function text(value) {
    return typeof value === 'string' ? value : '';
}
/** A push payload's commit (`commits[]`, `head_commit`) as CommitData. */
function payloadCommit(value) {
    const c = record(value);
    const author = record(c.author);
    return { authorName: text(author.name), authorEmail: text(author.email), message: text(c.message) };
}
/** The commits the event itself names, for when the last successful run cannot serve. */
async function eventCommits(api, ctx, log) {
    if (ctx.event_name === 'push') {
        const listed = Array.isArray(ctx.event.commits) ? ctx.event.commits : [];
        const commits = listed.length ? listed : ctx.event.head_commit ? [ctx.event.head_commit] : [];
        return { commits: commits.slice(0, MAX_COMMITS).map(payloadCommit), source: 'of the push' };
    }
    const pr = ctx.pull_request;
    if (pr && pr.number > 0 && ctx.event_name !== 'workflow_run') {
        try {
            return { commits: await api.pullRequestCommits(pr.number), source: `of pull request #${pr.number}` };
        }
        catch (err) {
            log.warning(`Could not list the commits of pull request #${pr.number} for \`author-recipients\`: ${(0,_github_js__WEBPACK_IMPORTED_MODULE_3__.permissionHint)(err)}. No commit authors added.`);
            return { commits: [], source: `of pull request #${pr.number} (not readable)` };
        }
    }
    // workflow_run carries the watched run's head commit; schedule and dispatch name no commit.
    const c = ctx.commit;
    return c.author_email
        ? {
            commits: [{ authorName: c.author_name, authorEmail: c.author_email, message: c.message }],
            source: 'of the head commit',
        }
        : { commits: [], source: `of the ${ctx.event_name || 'event'} (it names no commits)` };
}
/**
 * The commits whose authors are the culprits: those since the last successful run (compare API),
 * else the event's. A refusal or outage is a warning naming the permission, then the fallback.
 */
async function culpritCommits(api, ctx, log) {
    const missing = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .unreportableRun */ .nF)(ctx);
    if (missing) {
        log.warning(`Could not look up the last successful run for \`author-recipients\`: ${missing}. Using the commits of the event.`);
        return eventCommits(api, ctx, log);
    }
    let base;
    try {
        base = await api.lastSuccessfulSha();
    }
    catch (err) {
        log.warning(`Could not look up the last successful run for \`author-recipients\`: ${(0,_github_js__WEBPACK_IMPORTED_MODULE_3__.permissionHint)(err)}. Using the commits of the event.`);
        return eventCommits(api, ctx, log);
    }
    if (!base || !SHA.test(ctx.sha))
        return eventCommits(api, ctx, log);
    const since = `since the last successful run (${base.slice(0, 7)})`;
    // A green run of this very commit before: nothing was committed since.
    if (base === ctx.sha)
        return { commits: [], source: since };
    try {
        return { commits: await api.compareCommits(base, ctx.sha), source: since };
    }
    catch (err) {
        log.warning(`Could not compare with the last successful run for \`author-recipients\`: ${(0,_github_js__WEBPACK_IMPORTED_MODULE_3__.permissionHint)(err)}. Using the commits of the event.`);
        return eventCommits(api, ctx, log);
    }
}
/**
 * The authors to add to `To` (settings.authorDomains decides who may be), with what was left out.
 * Never throws: without the API it falls back to the event's commits, with a warning.
 */
async function findAuthorRecipients(api, settings, ctx, log) {
    const { commits, source } = await culpritCommits(api, ctx, log);
    const existing = [...settings.to, ...settings.cc, ...settings.bcc].map((m) => m.address);
    // Gmail takes 100 recipients per message: the authors fill what the inputs leave, up to 20.
    const cap = Math.max(0, Math.min(_author_filter_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_AUTHORS */ .U8, _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RECIPIENTS */ .Cv - existing.length));
    const selection = (0,_author_filter_js__WEBPACK_IMPORTED_MODULE_2__/* .selectAuthors */ .Jt)((0,_author_filter_js__WEBPACK_IMPORTED_MODULE_2__/* .peopleOf */ .xr)(commits), settings.authorDomains, existing, cap);
    return { ...selection, source, commits: commits.length, cap };
}
// --- The adapter over today's GitHub client ---------------------------------------------------
/** A commit as the compare and pull request commits endpoints list it (`commit.author`, `commit.message`). */
function apiCommit(value) {
    const commit = record(record(value).commit);
    const author = record(commit.author);
    return { authorName: text(author.name), authorEmail: text(author.email), message: text(commit.message) };
}
/**
 * CommitsApi over the run's GitHub client (enrich/github.ts). Endpoints:
 * GET /repos/{o}/{r}/actions/runs/{id} (the workflow, unless the workflow_run payload says),
 * GET /repos/{o}/{r}/actions/workflows/{id}/runs?branch=…&status=success,
 * GET /repos/{o}/{r}/compare/{base}...{head} and GET /repos/{o}/{r}/pulls/{n}/commits (≤ 3 pages each).
 */
function commitsApiOver(api, ctx) {
    const pages = async (get, list) => {
        const out = [];
        for (let page = 1; out.length < MAX_COMMITS; page++) {
            const items = list((await get(page)).data);
            out.push(...items.slice(0, MAX_COMMITS - out.length).map(apiCommit));
            if (items.length < PER_PAGE)
                break;
        }
        return out;
    };
    return {
        async lastSuccessfulSha() {
            const current = (0,_previous_run_js__WEBPACK_IMPORTED_MODULE_4__.watchedRunFromPayload)(ctx) ??
                (await api.rest.actions.getWorkflowRun({ ...api.repo, run_id: Number((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportedRun */ .T_)(ctx).id) }))
                    .data;
            for (let page = 1; page <= 2; page++) {
                const query = { ...(0,_previous_run_js__WEBPACK_IMPORTED_MODULE_4__.previousRunQuery)(ctx, current, page), status: 'success' };
                const body = record((await api.rest.actions.listWorkflowRuns({
                    ...api.repo,
                    workflow_id: current.workflow_id,
                    ...query,
                })).data);
                const runs = (Array.isArray(body.workflow_runs) ? body.workflow_runs : []).map(record);
                // Newest first; a re-run of an old run looks back from where that run stood.
                const found = runs.find((r) => r.id !== current.id && Number(r.run_number) <= current.run_number && r.conclusion === 'success');
                if (found)
                    return SHA.test(text(found.head_sha)) ? text(found.head_sha) : null;
                if (runs.length < query.per_page)
                    break;
            }
            return null;
        },
        compareCommits(base, head) {
            return pages((page) => api.rest.repos.compareCommits({ ...api.repo, base, head, per_page: PER_PAGE, page }), (body) => {
                const commits = record(body).commits;
                return Array.isArray(commits) ? commits : [];
            });
        },
        pullRequestCommits(number) {
            return pages((page) => api.rest.pulls.listCommits({ ...api.repo, pull_number: number, per_page: PER_PAGE, page }), (body) => (Array.isArray(body) ? body : []));
        },
    };
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
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9234);


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
/** What an unknown previous run means for `notify-when` (SPEC §5), said with each lookup warning. */
const UNKNOWN_PREVIOUS = 'Without it neither `fixed` nor `changed` matches on this run (a status such as `failure` in the list still does).';
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
    const query = {
        status: 'completed',
        per_page: PER_PAGE,
        page,
        exclude_pull_requests: true,
    };
    const isTag = ctx.ref_type === 'tag' || ctx.event_name === 'release';
    if (isTag) {
        if (current.event)
            query.event = current.event;
    }
    else {
        const branch = ctx.branch || current.head_branch || '';
        if (branch)
            query.branch = branch;
    }
    return query;
}
/** An answer that should be a JSON object; anything else (cut off, not JSON) is unreadable. */
function objectOf(data, what) {
    if (typeof data !== 'object' || data === null) {
        throw new _github_js__WEBPACK_IMPORTED_MODULE_1__.GitHubApiError(0, `${what}: unreadable answer`);
    }
    return data;
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
        log.warning(`Could not look up the previous run for \`notify-when\`: ${missing}. ${UNKNOWN_PREVIOUS}`);
        return 'unknown';
    }
    try {
        const current = watchedRunFromPayload(ctx) ??
            objectOf((await api.rest.actions.getWorkflowRun({ ...api.repo, run_id: Number((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportedRun */ .T_)(ctx).id) })).data, 'GET /actions/runs/{run_id}');
        for (let page = 1; page <= MAX_PAGES; page++) {
            const list = objectOf((await api.rest.actions.listWorkflowRuns({
                ...api.repo,
                workflow_id: current.workflow_id,
                ...previousRunQuery(ctx, current, page),
            })).data, 'GET /actions/workflows/{workflow_id}/runs');
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
        log.warning(`Could not look up the previous run for \`notify-when\`: ${(0,_github_js__WEBPACK_IMPORTED_MODULE_1__.permissionHint)(err)}. ${UNKNOWN_PREVIOUS}`);
        return 'unknown';
    }
}


/***/ })

};
