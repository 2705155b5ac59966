export const id = 497;
export const ids = [497];
export const modules = {

/***/ 8497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   enrich: () => (/* binding */ enrich)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(788);

/** The commit authors to add (`author-recipients: culprits`), through the run's GitHub client. */
async function authorRecipients(settings, ctx, log, github) {
    const [{ findAuthorRecipients, commitsApiOver }, client] = await Promise.all([
        __webpack_require__.e(/* import() */ 261).then(__webpack_require__.bind(__webpack_require__, 2261)),
        github.client(),
    ]);
    return findAuthorRecipients(commitsApiOver(client, ctx), settings, ctx, log);
}
/**
 * Gathers what the message should say beyond the event: the previous run's status, the failed
 * jobs of the reported run attempt (this one, or the watched run's for `workflow_run`; on failure,
 * with `details: true`), the JUnit summary (`junit-files`) and the commit authors to add
 * (`author-recipients: culprits`, looked up while the failed jobs are).
 * Nothing here fails the step except a `junit-files` path outside the workspace: refusals and
 * outages are warnings, and the message goes out without those details.
 */
async function enrich(settings, ctx, facts, log) {
    const { previous, github, deadline } = facts;
    const enrichment = {
        previous_status: previous && previous !== 'unknown' ? previous : undefined,
        failed_jobs: [],
    };
    const authors = settings.authorRecipients === 'culprits' ? authorRecipients(settings, ctx, log, github) : undefined;
    // Settled below; a failure of the failed-jobs lookup must not leave it unhandled meanwhile.
    authors?.catch(() => undefined);
    if (settings.details && facts.status === 'failure') {
        const missing = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .unreportableRun */ .nF)(ctx);
        if (missing) {
            log.warning(`Could not list the failed jobs: ${missing}. Sending without failure details.`);
        }
        else {
            // The API client loads only for runs that list failed jobs.
            const [{ findFailedJobs }, { permissionHint }] = await Promise.all([
                __webpack_require__.e(/* import() */ 259).then(__webpack_require__.bind(__webpack_require__, 4259)),
                __webpack_require__.e(/* import() */ 234).then(__webpack_require__.bind(__webpack_require__, 9234)),
            ]);
            try {
                const found = await findFailedJobs(await github.client(), ctx, settings.logLines, log);
                enrichment.failed_jobs = found.jobs;
                if (found.more)
                    enrichment.failed_jobs_more = found.more;
            }
            catch (err) {
                log.warning(`Could not list the failed jobs (\`details\`): ${permissionHint(err)}. Sending without failure details.`);
            }
        }
    }
    if (authors)
        enrichment.authors = await authors;
    if (settings.junitFiles.length) {
        const { readJunitReports } = await __webpack_require__.e(/* import() */ 103).then(__webpack_require__.bind(__webpack_require__, 3103));
        const tests = await readJunitReports(settings.junitFiles, { workspace: ctx.workspace, runnerTemp: ctx.runner_temp }, log, deadline);
        if (tests)
            enrichment.tests = tests;
    }
    return enrichment;
}


/***/ })

};
