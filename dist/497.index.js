export const id = 497;
export const ids = [497];
export const modules = {

/***/ 8497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   enrich: () => (/* binding */ enrich)
/* harmony export */ });
/** Gathers what the message should say beyond the event: previous status (failed jobs and tests come next). */
async function enrich(_settings, _ctx, _log, previous) {
    return {
        previous_status: previous && previous !== 'unknown' ? previous : undefined,
        failed_jobs: [],
    };
}


/***/ })

};
