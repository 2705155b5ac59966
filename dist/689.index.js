export const id = 689;
export const ids = [689];
export const modules = {

/***/ 2689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sendSmtp: () => (/* binding */ sendSmtp)
/* harmony export */ });
/* unused harmony export ehloName */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var nodemailer_lib_smtp_connection__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6611);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const FQDN = new RegExp(`^${LABEL}(?:\\.${LABEL})+$`);
/**
 * The name we announce in EHLO. Gmail and other servers expect a fully-qualified name; runner host
 * names usually have no domain, so one is added rather than sending `localhost`.
 */
function ehloName(host = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.hostname)()) {
    const h = host
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9.-]/g, '');
    if (FQDN.test(h) && !h.startsWith('localhost'))
        return h;
    // `localhost.localdomain` (a common container host name) must not become our EHLO name either.
    const label = h.split('.')[0] ?? '';
    const short = new RegExp(`^${LABEL}$`).test(label) && label !== 'localhost' ? label : 'gmail-notify';
    return `${short}.localdomain`;
}
/**
 * The name our XOAUTH2 handler is registered under. Not `XOAUTH2`: nodemailer only keeps a
 * requested `XOAUTH2` method when it was given its own token generator (`auth.oauth2`); otherwise it
 * silently picks the server's first advertised method (Gmail lists LOGIN first) and fails with
 * "Missing credentials for LOGIN". A name of our own is used as is; the handler speaks XOAUTH2.
 */
const XOAUTH2_METHOD = 'GMAIL-NOTIFY-XOAUTH2';
/** XOAUTH2 done by hand so Gmail's scope challenge (334 + JSON) ends in its own 535 reply, not a retry. */
async function xoauth2(ctx) {
    const token = String(ctx.auth.accessToken ?? '');
    const initial = Buffer.from(`user=${ctx.auth.user}\u0001auth=Bearer ${token}\u0001\u0001`).toString('base64');
    const first = await ctx.sendCommand(`AUTH XOAUTH2 ${initial}`);
    if (first.status === 235)
        return ctx.resolve();
    let final = first;
    if (first.status === 334) {
        // The server sent a JSON error challenge; an empty line asks for the final reply.
        final = await ctx.sendCommand('');
        if (final.status === 235)
            return ctx.resolve();
    }
    const err = new Error('XOAUTH2 rejected');
    err.response = final.response;
    err.responseCode = final.status;
    ctx.reject(err);
}
/**
 * Runs one SMTPConnection step as a promise. nodemailer reports some failures through the step's
 * callback and others as 'error' or 'end' events on the connection, so all three settle it.
 */
function step(conn, fn) {
    return new Promise((resolve, reject) => {
        const onError = (err) => settle(err);
        const onEnd = () => settle(Object.assign(new Error('Connection closed'), { code: 'ECONNECTION' }));
        const settle = (err, value) => {
            conn.removeListener('error', onError);
            conn.removeListener('end', onEnd);
            if (err)
                reject(err);
            else
                resolve(value);
        };
        conn.once('error', onError);
        conn.once('end', onEnd);
        fn(settle);
    });
}
/**
 * Sends one message over one SMTP connection: connect (implicit TLS or required STARTTLS), sign in,
 * send. Every failure becomes a DeliveryError naming its stage.
 */
async function sendSmtp(message, creds, target, deadline) {
    const conn = new nodemailer_lib_smtp_connection__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A({
        host: target.host,
        port: target.port,
        secure: target.security === 'tls',
        requireTLS: target.security === 'starttls',
        ignoreTLS: target.security === 'none',
        name: ehloName(),
        connectionTimeout: deadline.cap(30_000),
        greetingTimeout: deadline.cap(30_000),
        socketTimeout: deadline.cap(60_000),
        socketCloseTimeout: 0,
        logger: false,
        tls: { minVersion: 'TLSv1.2' },
        customAuth: { [XOAUTH2_METHOD]: xoauth2 },
    });
    let stage = 'connect';
    const authKind = creds.kind === 'password' ? 'app-password' : creds.kind === 'oauth2' ? 'oauth' : 'none';
    const authMethod = creds.kind === 'oauth2' ? 'XOAUTH2' : creds.kind === 'password' ? 'PLAIN' : undefined;
    // A failure after the session settled (e.g. a late socket error) must not crash the process.
    conn.on('error', () => undefined);
    // A little after the deadline, so nodemailer's own (more specific) timeouts fire first.
    const overall = setTimeout(() => conn.close(), deadline.remainingMs() + 250);
    try {
        await step(conn, (cb) => conn.connect((err) => cb(err)));
        if (creds.kind !== 'none') {
            stage = 'auth';
            if (!conn.secure) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DeliveryError */ .VE('connect', 'connect: the connection is not encrypted; credentials are never sent in the clear. Use `smtp-security: tls` or `starttls`.', false);
            }
            const auth = creds.kind === 'password'
                ? { user: creds.user, pass: creds.pass }
                : { method: XOAUTH2_METHOD, user: creds.user, accessToken: creds.accessToken };
            await step(conn, (cb) => conn.login(auth, (err, ok) => cb(err, ok)));
        }
        stage = 'send';
        const info = await step(conn, (cb) => conn.send({ from: message.envelope.from, to: message.envelope.to }, message.createStream(), (err, i) => cb(err, i)));
        return { accepted: info.accepted, rejected: info.rejected, response: info.response };
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DeliveryError */ .VE)
            throw err;
        const base = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .explainSmtpError */ .Cx)(err, {
            host: target.host,
            port: target.port,
            authKind,
            authMethod: stage === 'auth' ? authMethod : undefined,
            stage,
        });
        if (deadline.remainingMs() <= 0 && !isReply(err) && !/greeting/i.test(base.message)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DeliveryError */ .VE(stage, `${stage}: ${target.host}:${target.port} did not finish before \`timeout-seconds\` ran out. If outbound SMTP ports are blocked on this runner, try \`transport: gmail-api\` (HTTPS, port 443).`, false);
        }
        throw base;
    }
    finally {
        clearTimeout(overall);
        try {
            conn.quit();
        }
        catch {
            // Already closed.
        }
        conn.close();
    }
}
function isReply(err) {
    return typeof err?.responseCode === 'number';
}


/***/ })

};
