export const id = 722;
export const ids = [722];
export const modules = {

/***/ 4722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  findPreviousConclusion: () => (/* binding */ findPreviousConclusion)
});

;// CONCATENATED MODULE: ./src/enrich/github-api.ts
/** A small GitHub REST client on fetch: loads nothing else, so runs that never call it pay nothing. */
class GitHubApiError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
/** A client for GITHUB_API_URL with the given token, every call bounded by `timeoutMs`. */
function githubApi(apiUrl, token, timeoutMs) {
    const base = apiUrl.replace(/\/+$/, '');
    const request = async (path, accept) => {
        let res;
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
        }
        catch (err) {
            const e = err;
            throw new GitHubApiError(0, `could not reach ${base} (${e.cause?.code ?? e.name})`);
        }
        if (!res.ok)
            throw new GitHubApiError(res.status, `${path} answered HTTP ${res.status}`);
        return res;
    };
    return {
        async get(path) {
            return (await (await request(path, 'application/vnd.github+json')).json());
        },
        async getText(path) {
            return (await request(path, 'application/vnd.github+json')).text();
        },
    };
}
/** The warning a reader needs when the API refused: which permission to add. */
function permissionHint(err) {
    const status = err instanceof GitHubApiError ? err.status : 0;
    if (status === 401 || status === 403 || status === 404) {
        return `the GitHub API refused (HTTP ${status}); give the job \`permissions: { actions: read }\` (and pass \`github-token\` if you override it)`;
    }
    return `the GitHub API could not be reached (${err?.message ?? err})`;
}

;// CONCATENATED MODULE: ./src/enrich/previous-run.ts

const PASSED_OVER = new Set(['cancelled', 'skipped']);
/**
 * The conclusion of the most recent completed run of this workflow on the same branch (a pull
 * request's head branch; a tag's workflow), cancelled and skipped runs passed over. `null` when
 * there is none; `'unknown'` (with a warning) when the API cannot tell us.
 */
async function findPreviousConclusion(settings, ctx, log) {
    const api = githubApi(ctx.api_url, settings.githubToken, 10_000);
    try {
        const current = await api.get(`/repos/${ctx.repository}/actions/runs/${ctx.run_id}`);
        const branch = ctx.ref_type === 'tag' ? '' : ctx.branch || current.head_branch || '';
        const query = new URLSearchParams({ status: 'completed', per_page: '30', exclude_pull_requests: 'true' });
        if (branch)
            query.set('branch', branch);
        const list = await api.get(`/repos/${ctx.repository}/actions/workflows/${current.workflow_id}/runs?${query}`);
        const previous = (list.workflow_runs ?? [])
            .filter((r) => r.id !== current.id && r.run_number <= current.run_number)
            .find((r) => r.conclusion && !PASSED_OVER.has(r.conclusion));
        return previous?.conclusion ?? null;
    }
    catch (err) {
        log.warning(`Could not look up the previous run for \`notify-when\`: ${permissionHint(err)}. Sending anyway.`);
        return 'unknown';
    }
}


/***/ })

};
