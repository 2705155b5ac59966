export const id = 865;
export const ids = [865];
export const modules = {

/***/ 3865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_API_REQUESTS: () => (/* binding */ MAX_API_REQUESTS),
/* harmony export */   boundedGitHubApi: () => (/* binding */ boundedGitHubApi),
/* harmony export */   permissionHint: () => (/* reexport safe */ _github_api_js__WEBPACK_IMPORTED_MODULE_1__.fm)
/* harmony export */ });
/* harmony import */ var _deliver_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5475);
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79);



/**
 * Requests one client may make: the failed jobs listing (≤ 5 pages) and, for each of the 20 jobs
 * listed, its log (the API's redirect, then the download), with room to spare.
 */
const MAX_API_REQUESTS = 60;
/**
 * A GitHub API client bounded to a share of the step's time: the API may take at most half of
 * what is left (and 30 s), so a slow or silent API never eats the time the mail needs.
 */
function boundedGitHubApi(settings, ctx, deadline) {
    const share = Math.min(30_000, Math.floor(deadline.remainingMs() / 2));
    const apiDeadline = new _deliver_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .Deadline */ .B2(Math.min(deadline.endsAt, Date.now() + share));
    return (0,_github_api_js__WEBPACK_IMPORTED_MODULE_1__/* .githubApi */ .Mc)(ctx.api_url, settings.githubToken, {
        deadline: apiDeadline,
        perCallMs: 10_000,
        maxRequests: MAX_API_REQUESTS,
    });
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
