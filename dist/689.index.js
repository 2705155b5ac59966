export const id = 689;
export const ids = [689];
export const modules = {

/***/ 2689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ehloName: () => (/* binding */ ehloName),
/* harmony export */   openSmtp: () => (/* binding */ openSmtp),
/* harmony export */   sendSmtp: () => (/* binding */ sendSmtp)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var nodemailer_lib_smtp_connection__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6611);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _smtp_replies_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4628);




/**
 * TLS settings of every SMTP connection (implicit TLS and STARTTLS): certificates verified against the
 * default CAs (NODE_EXTRA_CA_CERTS included), the host name checked, TLS 1.2 at least. Nothing here
 * loosens Node's defaults.
 */
const SMTP_TLS = Object.freeze({ minVersion: 'TLSv1.2' });
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
/** The connection's options: the security the user chose, EHLO name, timeouts within the deadline. */
function connectionFor(target, deadline) {
    return new nodemailer_lib_smtp_connection__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A({
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
        tls: { ...SMTP_TLS },
        customAuth: { [XOAUTH2_METHOD]: xoauth2 },
    });
}
/**
 * Any failure as a DeliveryError naming the stage. The explanations are loaded only now: a run
 * that sends never loads them.
 */
async function explain(s, err) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DeliveryError */ .VE)
        return err;
    const { explainSmtpError, smtpDeadlineError } = await __webpack_require__.e(/* import() */ 53).then(__webpack_require__.bind(__webpack_require__, 7053));
    const { known, stage, target } = s;
    const authKind = known?.kind === 'password' ? 'app-password' : known?.kind === 'oauth2' ? 'oauth' : 'none';
    const authMethod = known?.kind === 'oauth2' ? 'XOAUTH2' : known?.kind === 'password' ? 'PLAIN' : undefined;
    const base = explainSmtpError(err, {
        host: target.host,
        port: target.port,
        authKind,
        authMethod: stage === 'auth' ? authMethod : undefined,
        stage,
    });
    if (s.deadline.remainingMs() <= 0 && !isReply(err) && !/greeting/i.test(base.message)) {
        return smtpDeadlineError(stage, target.host, target.port);
    }
    return base;
}
/** Connects, then signs in once the credentials are known (never over an unencrypted connection). */
async function connectAndSignIn(s, creds) {
    const { conn } = s;
    await step(conn, (cb) => conn.connect((err) => cb(err)));
    const known = await creds;
    s.known = known;
    if (known.kind === 'none')
        return;
    s.stage = 'auth';
    if (!conn.secure) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DeliveryError */ .VE('connect', 'connect: the connection is not encrypted; credentials are never sent in the clear. Use `smtp-security: tls` or `starttls`.', false);
    }
    const auth = known.kind === 'password'
        ? { user: known.user, pass: known.pass }
        : { method: XOAUTH2_METHOD, user: known.user, accessToken: known.accessToken };
    await step(conn, (cb) => conn.login(auth, (err, ok) => cb(err, ok)));
}
/** Sends the message once the session is ready; the envelope is the message's own. */
async function sendOver(s, message) {
    const { conn } = s;
    s.stage = 'send';
    const info = await step(conn, (cb) => conn.send({ from: message.envelope.from, to: message.envelope.to }, message.createStream(), (err, i) => cb(err, i)));
    return {
        accepted: info.accepted,
        rejected: info.rejected,
        refusals: (0,_smtp_replies_js__WEBPACK_IMPORTED_MODULE_3__/* .refusalsOf */ .he)(info.rejectedErrors),
        response: info.response,
    };
}
/** A close() that ends the connection once (QUIT when possible) and clears the overall timer. */
function closerOf(conn, overall) {
    let closed = false;
    return () => {
        if (closed)
            return;
        closed = true;
        clearTimeout(overall);
        try {
            conn.quit();
        }
        catch {
            // Already closed.
        }
        conn.close();
    };
}
/**
 * Opens one SMTP connection (implicit TLS or required STARTTLS) through nodemailer's SMTPConnection
 * at once, and signs in as soon as `creds` are known: the handshakes, greeting, EHLO and AUTH then
 * overlap whatever the caller does meanwhile (rendering). Nothing is sent before `send()`; every
 * failure becomes a DeliveryError naming its stage.
 */
function openSmtp(creds, target, deadline) {
    const conn = connectionFor(target, deadline);
    // A failure after the session settled (e.g. a late socket error) must not crash the process.
    conn.on('error', () => undefined);
    // A little after the deadline, so nodemailer's own (more specific) timeouts fire first.
    const overall = setTimeout(() => conn.close(), deadline.remainingMs() + 250);
    const s = { conn, target, deadline, stage: 'connect', close: closerOf(conn, overall) };
    const ready = connectAndSignIn(s, creds).catch(async (err) => {
        s.close();
        throw await explain(s, err);
    });
    // Awaited by send(); until then a failure must not count as unhandled.
    ready.catch(() => undefined);
    return {
        ready,
        close: s.close,
        async send(message) {
            try {
                await ready;
                return await sendOver(s, message);
            }
            catch (err) {
                throw await explain(s, err);
            }
            finally {
                s.close();
            }
        },
    };
}
/**
 * Sends one message over one SMTP connection: connect (implicit TLS or required STARTTLS), sign in,
 * send; over `session` when one was opened ahead. Every failure becomes a DeliveryError naming its stage.
 */
async function sendSmtp(message, creds, target, deadline, session = openSmtp(creds, target, deadline)) {
    return session.send(message);
}
function isReply(err) {
    return typeof err?.responseCode === 'number';
}


/***/ })

};
