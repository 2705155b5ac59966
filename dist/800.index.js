export const id = 800;
export const ids = [800];
export const modules = {

/***/ 9800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveForWriting: () => (/* binding */ resolveForWriting),
/* harmony export */   writeEml: () => (/* binding */ writeEml),
/* harmony export */   writeFileAtomically: () => (/* binding */ writeFileAtomically)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8431);
// Writes the .eml file (eml-path): atomically, never through a link.






// Loaded only when `eml-path` is set.
/**
 * Where a file the action writes (`eml-path`) may go: its folder resolved, symlinks and `..`
 * included, through the deepest folder that exists (the rest is created later), and refused
 * (InputError) outside GITHUB_WORKSPACE and RUNNER_TEMP. The file name itself is not followed: a
 * symlink there is replaced by the file, never written through.
 */
function resolveForWriting(input, userPath, roots) {
    (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .refuseNul */ .SU)(input, userPath);
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(roots.workspace, userPath);
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(abs);
    if (!userPath.trim() || /[\\/]$/.test(userPath) || abs === (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(input, `Input \`${input}\` must name a file, such as out/message.eml; got "${userPath.slice(0, 120)}".`);
    }
    let existing = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs);
    const missing = [];
    while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(existing) && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(existing) !== existing) {
        missing.unshift((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(existing));
        existing = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(existing);
    }
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .real */ .x)(existing), ...missing, name);
    (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .refuseOutside */ .gz)(input, userPath, target, roots);
    return target;
}
/**
 * Writes a message to `target` (already confined, see resolveForWriting): into a new file of its
 * own in the same folder (created exclusively, so no link is followed), then renamed over the
 * target. A symlink at `target` is replaced, never written through; a half-written file never
 * stands under the target's name.
 */
async function writeFileAtomically(target, content, input = 'eml-path') {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target);
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(folder, { recursive: true });
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(content, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(temp, { flags: 'wx', mode: 0o644 }));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, target);
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temp, { force: true });
        const code = err.code ?? err.message;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(input, `Input \`${input}\`: could not write ${target} (${code}). Name a file in a writable folder of the workspace or RUNNER_TEMP.`);
    }
}
/**
 * The message as an RFC 5322 file holds it: the same bytes SMTP sends (no Bcc), with CRLF line
 * breaks. The composer leaves the body's own breaks as LF (the SMTP client converts them on the
 * wire), so the bytes go through nodemailer's stream transport with its `newline: 'windows'` option.
 */
async function emlStream(message) {
    const { createTransport } = await Promise.all(/* import() */[__webpack_require__.e(76), __webpack_require__.e(619), __webpack_require__.e(611), __webpack_require__.e(397)]).then(__webpack_require__.bind(__webpack_require__, 1397));
    const info = await createTransport({ streamTransport: true, buffer: false, newline: 'windows' }).sendMail({
        envelope: message.envelope,
        raw: message.createStream(),
    });
    return info.message;
}
/** Writes `message` as an .eml file to `target` (see resolveForWriting, writeFileAtomically). */
async function writeEml(target, message) {
    await writeFileAtomically(target, await emlStream(message));
}


/***/ })

};
