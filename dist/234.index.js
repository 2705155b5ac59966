export const id = 234;
export const ids = [234];
export const modules = {

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
