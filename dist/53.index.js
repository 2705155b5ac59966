export const id = 53;
export const ids = [53];
export const modules = {

/***/ 7053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainSmtpError: () => (/* binding */ explainSmtpError),
/* harmony export */   smtpDeadlineError: () => (/* binding */ smtpDeadlineError)
/* harmony export */ });
/* unused harmony exports SMTP_RULES, smtpRuleFor */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9892);
/* harmony import */ var _net_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6926);
/* harmony import */ var _smtp_replies_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4628);
/**
 * SMTP failures explained in one line: the stage, what the server said, and what to do. An ordered
 * list of small rules, the first that matches wins: STARTTLS, every recipient refused, the server's
 * replies (most specific first), then failures without a reply (TLS, DNS, refused, timeouts, closed).
 * Loaded by smtp.ts only when something failed.
 */




function failureOf(err, ctx) {
    const e = (err ?? {});
    const reply = e.response ? (0,_smtp_replies_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLineReply */ .P_)(e.response) : '';
    const code = e.responseCode ?? (reply ? Number.parseInt(reply.slice(0, 3), 10) : undefined);
    const sysCode = e.code ?? '';
    return {
        e,
        ctx,
        stage: ctx.stage,
        where: `${ctx.host}:${ctx.port}`,
        reply,
        said: reply ? ` Server said: "${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(reply, 300)}".` : '',
        refused: code && code >= 400 ? code : undefined,
        gmail: (0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .isGmailSmtpHost */ .pJ)(ctx.host),
        sysCode,
        message: e.message ?? String(err),
        dnsCode: [e.originalCode, sysCode].find((c) => c === 'ENOTFOUND' || c === 'EAI_AGAIN'),
    };
}
const fail = (stage, message, transient) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeliveryError */ .VE(stage, message, transient);
/** The server refused (4xx/5xx) with a reply holding `text` (an enhanced status code). */
const says = (f, text) => f.refused !== undefined && f.reply.includes(text);
const GMAIL_API_HINT = 'If outbound ports 465/587 are blocked on this runner, try `transport: gmail-api` (HTTPS, port 443).';
const SECURITY_ADVICE = 'Check `smtp-security` and `smtp-port`: 465 uses tls, 587 uses starttls (on smtp.gmail.com, either pair).';
/** What to check about the credentials, worded for the server. */
function credentialAdvice(ctx) {
    if (ctx.authKind === 'oauth')
        return 'Check `username` and the OAuth inputs.';
    return (0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .isGmailSmtpHost */ .pJ)(ctx.host)
        ? 'Check `username` and `app-password`.'
        : 'Check `username` and `password` (sent exactly as given).';
}
/** For a runner that cannot reach SMTP: the Gmail API helps only with Gmail. */
function blockedPortHint(host) {
    return (0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .isGmailSmtpHost */ .pJ)(host)
        ? GMAIL_API_HINT
        : `If outbound SMTP ports are blocked on this runner, check that it can reach ${host}.`;
}
/** "Relaying denied" at RCPT TO (Postfix `554 5.7.1 … Relay access denied`, Exchange `5.7.54`). */
const RELAY_DENIED = /\b5\.7\.(1|54)\b|relay|access denied/i;
/** Every recipient refused at RCPT TO: which, with what reply; transient when one was only deferred. */
function allRecipientsRefused(f) {
    const { e, ctx, where } = f;
    const errors = e.rejectedErrors ?? [];
    const rejected = e.rejected ?? errors.map((r) => r.recipient ?? '').filter(Boolean);
    // nodemailer reports a deferral (4xx) when there is one: the message may still go through later.
    const reply = (0,_smtp_replies_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLineReply */ .P_)(e.response ?? '');
    const codes = new Set(errors.map((r) => (0,_smtp_replies_js__WEBPACK_IMPORTED_MODULE_3__/* .replyCodes */ .D4)(r.response ?? '')));
    const list = codes.size > 1
        ? errors.map((r) => `${r.recipient} (${(0,_smtp_replies_js__WEBPACK_IMPORTED_MODULE_3__/* .replyCodes */ .D4)(r.response ?? '')})`).join(', ')
        : rejected.join(', ');
    const code = e.responseCode ?? 0;
    const transient = code >= 400 && code < 500;
    const advice = transient
        ? 'The refusal is temporary: run the job again later.'
        : ctx.authKind === 'none' && RELAY_DENIED.test(reply)
            ? `The action did not sign in, and ${ctx.host} may relay only for users who do: set \`username\` and \`password\`.`
            : 'Check the addresses in `to`, `cc` and `bcc`.';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeliveryError */ .VE('send', `send: ${where} refused every recipient (${(0,_smtp_replies_js__WEBPACK_IMPORTED_MODULE_3__/* .replyCodes */ .D4)(reply)}): ${list}. Server said: "${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(reply, 300)}". ${advice}`, transient, undefined, rejected, (0,_smtp_replies_js__WEBPACK_IMPORTED_MODULE_3__/* .refusalsOf */ .he)(errors));
}
// requireTLS: nodemailer sends STARTTLS whether or not EHLO offered it; a refusal is a setting that
// does not match the server (a plain relay, or the wrong port), not a refused message.
const STARTTLS_RULES = [
    {
        name: 'starttls-for-now',
        matches: (f) => f.e.command === 'STARTTLS' && f.refused !== undefined && f.refused < 500,
        explain: (f) => fail('connect', `connect: ${f.where} could not start TLS for now (${f.refused}).${f.said} This is usually temporary: run the job again later.`, true),
    },
    {
        name: 'starttls-not-offered',
        matches: (f) => f.e.command === 'STARTTLS' && f.refused !== undefined,
        explain: (f) => fail('connect', `connect: ${f.where} does not offer STARTTLS (it answered ${f.refused} to the STARTTLS command).${f.said} Check \`smtp-security\` and \`smtp-port\`: 465 uses tls, 587 uses starttls; \`none\` only for a server that needs no credentials.`, false),
    },
    {
        name: 'every-recipient-refused',
        matches: ({ e }) => e.code === 'EENVELOPE' &&
            e.command === 'RCPT TO' &&
            Boolean(e.rejected?.length || e.rejectedErrors?.length),
        explain: allRecipientsRefused,
    },
];
/** Gmail's and XOAUTH2's own replies, recognised by their enhanced status codes. */
const SIGN_IN_REPLY_RULES = [
    {
        name: 'xoauth2-token-refused',
        matches: (f) => says(f, '5.7.8') && f.ctx.authMethod === 'XOAUTH2' && !f.gmail,
        explain: (f) => fail('auth', `auth: ${f.where} rejected the OAuth2 access token (XOAUTH2).${f.said} The token is expired, revoked, or lacks the scope this server needs for SMTP (set it with \`oauth-scope\`), and \`username\` must be the account the token belongs to.`, false),
    },
    {
        name: 'gmail-xoauth2-token-refused',
        matches: (f) => says(f, '5.7.8') && f.ctx.authMethod === 'XOAUTH2',
        explain: (f) => fail('auth', `auth: ${f.where} rejected the OAuth2 access token (XOAUTH2).${f.said} The token is expired, revoked, or lacks the scope https://mail.google.com/ that SMTP needs: request that scope when creating the refresh token (npm run auth) or the access token, and make sure \`username\` is the account the token belongs to.`, false),
    },
    {
        name: 'gmail-password-refused',
        matches: (f) => says(f, '5.7.8') && f.gmail,
        explain: (f) => fail('auth', `auth: Gmail (${f.where}) did not accept the username and password (535-5.7.8).${f.said} Use an App Password (it needs 2-Step Verification on the account), not the account password, and set \`username\` to the full address it belongs to.`, false),
    },
    {
        name: 'gmail-app-password-required',
        matches: (f) => says(f, '5.7.9') && f.gmail,
        explain: (f) => fail('auth', `auth: Gmail (${f.where}) requires an App Password for this account (534-5.7.9).${f.said} Turn on 2-Step Verification, create an App Password at https://myaccount.google.com/apppasswords and put it in the \`app-password\` secret.`, false),
    },
    {
        name: 'gmail-daily-limit',
        matches: (f) => says(f, '5.4.5') && f.gmail,
        explain: (f) => fail('send', `send: Gmail (${f.where}) refused the message because the account reached its daily sending limit (550-5.4.5).${f.said} Wait up to 24 hours for the limit to reset, send fewer messages, or use a Google Workspace account with higher limits.`, false),
    },
];
/** Any server's replies: busy, sign-in required, content, size, then the generic refusals. */
const REPLY_RULES = [
    {
        name: 'busy',
        matches: (f) => f.refused === 421 || says(f, '4.7.0'),
        explain: (f) => {
            const what = f.stage === 'auth' ? 'refused the sign-in for now' : 'is temporarily refusing the connection';
            return fail(f.stage, `${f.stage}: ${f.where} ${what} (${f.refused}).${f.said} This is temporary on ${f.gmail ? "Gmail's" : "the server's"} side (too many connections or login attempts): run the job again later.`, true);
        },
    },
    {
        name: 'sign-in-required',
        matches: (f) => says(f, '5.7.0') && f.refused === 530,
        explain: (f) => fail('auth', `auth: ${f.where} requires authentication (530-5.7.0).${f.said} ${f.gmail ? 'Give `app-password`, an OAuth method, `oauth-access-token` or `service-account-key`.' : "Set `username` and `password` (the server's SMTP login), or an OAuth sign-in."}`, false),
    },
    {
        // Gmail's 552-5.7.0 is a blocked content (an attachment type, a flagged link), not a size problem.
        name: 'content-blocked',
        matches: (f) => says(f, '5.7.0') && f.stage === 'send' && (f.refused ?? 0) >= 500,
        explain: (f) => fail('send', `send: ${f.where} blocked the message for its content (${f.refused}).${f.said} ${f.gmail ? 'Gmail refuses some attachment types (.exe, .js, archives holding them) and links it flags: remove or zip-and-rename them, or link to an artifact instead.' : 'Remove the attachment or link it objects to, or link to an artifact instead.'}`, false),
    },
    {
        name: 'too-large',
        matches: (f) => f.refused === 552 || says(f, '5.3.4'),
        explain: (f) => fail('send', `send: ${f.where} refused the message as too large (${f.refused}).${f.said} Attach fewer or smaller files${f.gmail ? ' (Gmail SMTP allows 25 MB in all)' : ''}.`, false),
    },
    {
        name: 'sign-in-refused',
        matches: (f) => f.refused !== undefined && (f.stage === 'auth' || f.e.code === 'EAUTH'),
        explain: (f) => fail('auth', `auth: ${f.where} refused the sign-in (${f.refused}).${f.said} ${credentialAdvice(f.ctx)}`, (f.refused ?? 0) < 500),
    },
    {
        name: 'message-refused',
        matches: (f) => f.refused !== undefined,
        explain: (f) => {
            const transient = (f.refused ?? 0) < 500;
            const what = transient ? 'temporarily refused' : 'refused';
            const advice = transient
                ? 'This is temporary: run the job again later.'
                : f.e.code === 'EENVELOPE'
                    ? 'Check the sender and recipient addresses (`from`, `to`, `cc`, `bcc`).'
                    : 'Check the message and the account.';
            return fail(f.stage, `${f.stage}: ${f.where} ${what} the message (${f.refused}).${f.said} ${advice}`, transient);
        },
    },
];
/**
 * OpenSSL's view of a peer that does not speak TLS: its first bytes (a plain SMTP greeting or reply)
 * are not a TLS record. Implicit TLS against a plain or STARTTLS port, the classic "587 + tls".
 */
const NOT_TLS_CODES = /^ERR_SSL_(WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|UNKNOWN_PROTOCOL|HTTP_REQUEST|RECORD_LAYER_FAILURE)$/;
const NOT_TLS_MESSAGE = /wrong version number|packet length too long|unknown protocol|http request/i;
/** The certificate code in the error, if any. */
const tlsCodeOf = (f) => [..._net_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TLS_CODES */ .p].find((c) => f.sysCode === c || f.message.includes(c));
/** ENOTFOUND in any of its forms (nodemailer reports a failed lookup as EDNS). */
const notFound = (f) => f.dnsCode === 'ENOTFOUND' || f.sysCode === 'EDNS' || f.message.includes('ENOTFOUND');
const timedOut = (f) => f.sysCode === 'ETIMEDOUT' || /timeout|timed out/i.test(f.message);
/** A failure without a server reply: TLS, certificates, refused connections, DNS. */
const CONNECTION_RULES = [
    {
        name: 'not-tls',
        matches: (f) => f.stage === 'connect' &&
            (NOT_TLS_CODES.test(f.e.originalCode ?? '') ||
                NOT_TLS_CODES.test(f.sysCode) ||
                NOT_TLS_MESSAGE.test(f.message)),
        explain: (f) => {
            const why = f.e.originalCode ?? (NOT_TLS_CODES.test(f.sysCode) ? f.sysCode : 'not a TLS reply');
            return fail('connect', `connect: ${f.where} did not answer the TLS handshake with TLS (${why}): the port speaks plain SMTP or STARTTLS, not implicit TLS. ${SECURITY_ADVICE}`, false);
        },
    },
    {
        name: 'certificate',
        matches: (f) => tlsCodeOf(f) !== undefined || /certificate|self[- ]signed/i.test(f.message),
        explain: (f) => fail('connect', `connect: the TLS certificate of ${f.where} could not be verified (${tlsCodeOf(f) ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.message, 120)}). Check \`smtp-host\`; for a server with a private CA, point NODE_EXTRA_CA_CERTS at the CA file (verification is never turned off).`, false),
    },
    {
        name: 'connection-refused',
        matches: (f) => f.sysCode === 'ECONNREFUSED' || f.message.includes('ECONNREFUSED'),
        explain: (f) => fail('connect', `connect: ${f.where} refused the connection (ECONNREFUSED). Check \`smtp-host\` and \`smtp-port\` (${f.gmail ? 'Gmail: 465 with tls or 587 with starttls' : 'usually 465 with tls or 587 with starttls'}).`, false),
    },
    {
        // EAI_AGAIN: DNS failed for now.
        name: 'dns-for-now',
        matches: (f) => f.dnsCode === 'EAI_AGAIN' || (!f.dnsCode && f.message.includes('EAI_AGAIN')),
        explain: (f) => fail('connect', `connect: the host name in \`smtp-host\` (${f.ctx.host}) could not be resolved for now (EAI_AGAIN). The runner's DNS failed: run the job again later.`, true),
    },
    {
        // ENOTFOUND for one of Google's names is the runner's DNS, not a typo.
        name: 'google-host-unresolved',
        matches: (f) => notFound(f) && (0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .isKnownGoogleHost */ .zz)(f.ctx.host),
        explain: (f) => {
            const shown = f.dnsCode ?? (f.message.includes('ENOTFOUND') ? 'ENOTFOUND' : f.e.originalCode || f.sysCode);
            return (0,_net_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .unresolvableGoogleHost */ .K)('connect', f.ctx.host, shown);
        },
    },
    {
        // ENOTFOUND: the name does not exist (a typo), which no retry fixes.
        name: 'host-not-found',
        matches: notFound,
        explain: (f) => fail('connect', `connect: the host name in \`smtp-host\` (${f.ctx.host}) does not exist (ENOTFOUND). Check its spelling${/^smtp\.g|gmail|google/i.test(f.ctx.host) ? ' (Gmail: smtp.gmail.com)' : ''}.`, false),
    },
];
/** A failure without a server reply, once connected or connecting: timeouts, encryption, closes. */
const SOCKET_RULES = [
    {
        name: 'greeting-timeout',
        matches: (f) => timedOut(f) && /greeting/i.test(f.message),
        explain: (f) => fail('connect', `connect: ${f.where} accepted the connection but never sent its SMTP greeting (greeting timeout). Check \`smtp-port\` and \`smtp-security\` (465 uses tls, 587 uses starttls). ${blockedPortHint(f.ctx.host)}`, true),
    },
    {
        name: 'timeout',
        matches: timedOut,
        explain: (f) => fail(f.stage, `${f.stage}: no answer from ${f.where} in time (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.message, 120)}). ${blockedPortHint(f.ctx.host)}`, true),
    },
    {
        name: 'encryption-failed',
        matches: (f) => f.sysCode === 'ETLS' || /STARTTLS/i.test(f.message),
        explain: (f) => fail('connect', `connect: ${f.where} could not set up encryption (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.message, 160)}). Check \`smtp-security\`: credentials are never sent over an unencrypted connection.`, false),
    },
    {
        name: 'connection-closed',
        matches: (f) => ['ECONNECTION', 'ESOCKET', 'ECONNRESET', 'EPIPE'].includes(f.sysCode) ||
            /closed|reset|socket hang up/i.test(f.message),
        explain: (f) => {
            // Closed during the TLS handshake: a server that hangs up on a TLS hello looks like this too.
            const advice = /before secure TLS connection/i.test(f.message)
                ? `If it happens every time, the port may not speak implicit TLS: ${SECURITY_ADVICE}`
                : `If it keeps happening, check the network${f.gmail ? ' or try `transport: gmail-api`' : ''}.`;
            return fail(f.stage, `${f.stage}: the connection to ${f.where} was closed unexpectedly (${f.sysCode || 'closed'}). ${advice}`, true);
        },
    },
    {
        name: 'other',
        matches: () => true,
        explain: (f) => fail(f.stage, `${f.stage}: ${f.where}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.message, 200)}`, false),
    },
];
/** Every rule, in order: the first that matches explains the failure. */
const SMTP_RULES = [
    ...STARTTLS_RULES,
    ...SIGN_IN_REPLY_RULES,
    ...REPLY_RULES,
    ...CONNECTION_RULES,
    ...SOCKET_RULES,
];
/** The first rule that matches (the last rule matches anything). */
function ruleOf(f) {
    return SMTP_RULES.find((r) => r.matches(f)) ?? SMTP_RULES[SMTP_RULES.length - 1];
}
/** The rule that explains `err`: for tests, which must reach every rule. */
function smtpRuleFor(err, ctx) {
    return ruleOf(failureOf(err, ctx));
}
/** Turns any SMTP-side failure into a DeliveryError with one clear line. */
function explainSmtpError(err, ctx) {
    const f = failureOf(err, ctx);
    return ruleOf(f).explain(f);
}
/** `timeout-seconds` ran out before the server answered: not retried, the step has no time left. */
function smtpDeadlineError(stage, host, port) {
    const hint = (0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .isGmailSmtpHost */ .pJ)(host)
        ? 'try `transport: gmail-api` (HTTPS, port 443)'
        : `check that it can reach ${host}`;
    return fail(stage, `${stage}: ${host}:${port} did not finish before \`timeout-seconds\` ran out. If outbound SMTP ports are blocked on this runner, ${hint}.`, false);
}


/***/ })

};
