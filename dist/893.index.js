export const id = 893;
export const ids = [893];
export const modules = {

/***/ 1893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(143);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/context.ts
var context = __webpack_require__(788);
// EXTERNAL MODULE: ./src/core.ts
var src_core = __webpack_require__(828);
;// CONCATENATED MODULE: ./src/decide/notify-when.ts
const STATUS_CONDITIONS = new Set(['success', 'failure', 'cancelled']);
/**
 * True when `notify-when` needs the previous run to decide: some `fixed` or `changed` condition
 * could change the answer. A status condition that already matches, or `fixed` on a run that did
 * not succeed, needs no lookup, so no API call is made for it.
 */
function needsPreviousRun(when, status) {
    if (when.includes('always') || when.includes(status))
        return false;
    return when.includes('changed') || (when.includes('fixed') && status === 'success');
}
/**
 * Applies `notify-when` (a union of conditions) to this run's status and the previous conclusion.
 * `fixed`: this run succeeded and the previous one did not (no previous run: not fixed).
 * `changed`: the conclusion differs from the previous one (no previous run: changed).
 * When the previous run could not be looked up, neither `fixed` nor `changed` matches: a token that
 * cannot read runs must not turn `fixed` into mail on every green build (a status condition in the
 * same list still matches).
 */
function shouldNotify(when, status, previous) {
    const reasons = [];
    for (const w of when) {
        if (w === 'always')
            return { send: true, reason: 'notify-when: always' };
        if (!STATUS_CONDITIONS.has(w))
            continue;
        if (w === status)
            return { send: true, reason: `notify-when: ${w} and the status is ${status}` };
        reasons.push(`the status is ${status}, not ${w}`);
    }
    for (const w of when) {
        if (w === 'fixed') {
            if (status !== 'success') {
                reasons.push(`not fixed: this run's status is ${status}`);
            }
            else if (previous === 'unknown') {
                reasons.push('not fixed: the previous run could not be looked up (see the warning)');
            }
            else if (previous === null) {
                reasons.push('not fixed: there is no previous run to compare with');
            }
            else if (previous !== 'success') {
                return { send: true, reason: `notify-when: fixed (the previous run was ${previous})` };
            }
            else {
                reasons.push('not fixed: the previous run succeeded too');
            }
        }
        else if (w === 'changed') {
            if (previous === 'unknown') {
                reasons.push('not changed: the previous run could not be looked up (see the warning)');
                continue;
            }
            if (previous === null)
                return { send: true, reason: 'notify-when: changed (no previous run)' };
            if (previous !== status) {
                return { send: true, reason: `notify-when: changed (${previous} → ${status})` };
            }
            reasons.push(`not changed: the previous run was ${previous} too`);
        }
    }
    return { send: false, reason: reasons.join('; ') || 'no notify-when condition matched' };
}

// EXTERNAL MODULE: ./src/decide/status.ts
var decide_status = __webpack_require__(7532);
// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(9809);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/auth/service-account.ts

const b64url = (data) => Buffer.from(data).toString('base64url');
/**
 * Builds the signed JWT (RS256) a service account with domain-wide delegation presents to the
 * token endpoint to act as `subject`.
 */
function serviceAccountAssertion(key, subject, scope, audience, nowSeconds = Math.floor(Date.now() / 1000)) {
    const header = { alg: 'RS256', typ: 'JWT', ...(key.private_key_id ? { kid: key.private_key_id } : {}) };
    const claims = {
        iss: key.client_email,
        sub: subject,
        scope,
        aud: audience,
        iat: nowSeconds,
        exp: nowSeconds + 3600,
    };
    const unsigned = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signer = (0,external_node_crypto_.createSign)('RSA-SHA256');
    signer.update(unsigned);
    const privateKey = key.private_key.replace(/\\n/g, '\n');
    return `${unsigned}.${signer.sign(privateKey).toString('base64url')}`;
}

// EXTERNAL MODULE: ./src/auth/token-endpoint.ts + 1 modules
var token_endpoint = __webpack_require__(3951);
;// CONCATENATED MODULE: ./src/auth/credentials.ts



/** The OAuth scope each transport needs. */
const SCOPES = {
    smtp: 'https://mail.google.com/',
    'gmail-api': 'https://www.googleapis.com/auth/gmail.send',
};
/** The signed JWT, masked first: it is a bearer credential for its hour, like the key that signs it. */
function maskedAssertion(auth, scope, setSecret) {
    const jwt = serviceAccountAssertion(auth.key, auth.user, scope, auth.tokenUrl);
    setSecret(jwt);
    return jwt;
}
/** Turns the configured sign-in method into credentials, fetching an access token when needed. */
async function obtainCredentials(auth, options) {
    switch (auth.kind) {
        case 'none':
            return { kind: 'none', user: auth.user };
        case 'app-password':
        case 'password':
            return { kind: 'password', user: auth.user, pass: auth.password };
        case 'access-token':
            return { kind: 'oauth2', user: auth.user, accessToken: auth.accessToken };
        case 'oauth-refresh':
        case 'service-account': {
            const fetchToken = () => auth.kind === 'oauth-refresh'
                ? (0,token_endpoint/* requestToken */.F)(auth.tokenUrl, {
                    grant_type: 'refresh_token',
                    client_id: auth.clientId,
                    client_secret: auth.clientSecret,
                    refresh_token: auth.refreshToken,
                    ...(auth.scope ? { scope: auth.scope } : {}),
                }, 'refresh_token', options.deadline)
                : (0,token_endpoint/* requestToken */.F)(auth.tokenUrl, {
                    grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
                    assertion: maskedAssertion(auth, SCOPES[options.transport], options.setSecret),
                }, 'jwt-bearer', options.deadline, auth.tokenUrlFrom);
            const token = await (0,retry/* withRetries */.LH)(fetchToken, {
                retries: options.retries,
                deadline: options.deadline,
                onRetry: options.onRetry,
            });
            options.setSecret(token.accessToken);
            return { kind: 'oauth2', user: auth.user, accessToken: token.accessToken };
        }
    }
}
/** The SASL strings whose base64 forms travel on the wire: masked too, so not even those can leak. */
function wireSecrets(creds) {
    if (creds.kind === 'password') {
        return [
            Buffer.from(`\u0000${creds.user}\u0000${creds.pass}`).toString('base64'),
            Buffer.from(creds.pass).toString('base64'),
        ];
    }
    if (creds.kind === 'oauth2') {
        return [
            Buffer.from(`user=${creds.user}\u0001auth=Bearer ${creds.accessToken}\u0001\u0001`).toString('base64'),
            Buffer.from(creds.accessToken).toString('base64'),
        ];
    }
    return [];
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/deliver/smtp-replies.ts
var smtp_replies = __webpack_require__(4628);
;// CONCATENATED MODULE: ./src/deliver/recipients.ts


/** A 4xx at RCPT TO: the server may take the message for this recipient later. */
function isDeferral(r) {
    return r.code >= 400 && r.code < 500;
}
const key = (address) => address.toLowerCase();
/**
 * What became of each recipient of one message over all its SMTP attempts: accepted (never sent
 * again), refused for good (5xx, never asked again) or deferred (4xx, asked again on the next
 * attempt). Lists keep the order of the original envelope.
 */
class RecipientLedger {
    order;
    acceptedBy = new Set();
    refusedBy = new Map();
    deferredBy = new Map();
    constructor(recipients) {
        // Each address once, as first spelled.
        const first = new Map();
        for (const r of recipients)
            if (!first.has(key(r)))
                first.set(key(r), r);
        this.order = [...first.values()];
    }
    /** The outcome of one attempt's envelope: who accepted it, who was refused and how. */
    record(accepted, refusals) {
        for (const a of accepted) {
            this.acceptedBy.add(key(a));
            this.deferredBy.delete(key(a));
        }
        for (const r of refusals) {
            const k = key(r.recipient);
            if (this.acceptedBy.has(k))
                continue;
            if (isDeferral(r)) {
                this.deferredBy.set(k, r);
            }
            else {
                this.deferredBy.delete(k);
                this.refusedBy.set(k, r);
            }
        }
    }
    pick(has) {
        return this.order.filter((r) => has(key(r)));
    }
    /** Everyone who accepted the message, over every attempt. */
    get accepted() {
        return this.pick((k) => this.acceptedBy.has(k));
    }
    /** Whom the next attempt goes to: everyone not yet accepted nor refused for good. */
    get pending() {
        return this.pick((k) => !this.acceptedBy.has(k) && !this.refusedBy.has(k));
    }
    /** Whether nobody has been accepted or refused for good yet (the next attempt is the whole message). */
    get untouched() {
        return this.acceptedBy.size === 0 && this.refusedBy.size === 0;
    }
    /** Recipients whose last answer was a 4xx, with that answer. */
    get deferred() {
        return this.pick((k) => this.deferredBy.has(k)).map((r) => this.deferredBy.get(key(r)));
    }
    /** Recipients refused for good (5xx), with the answer. */
    get refused() {
        return this.pick((k) => this.refusedBy.has(k)).map((r) => this.refusedBy.get(key(r)));
    }
    /** For the `rejected` output: refused for good, or still deferred. */
    get rejected() {
        return this.pick((k) => this.refusedBy.has(k) || this.deferredBy.has(k));
    }
}
/** The same message (same bytes, same Message-ID) with its envelope limited to `to`; headers unchanged. */
function withEnvelopeTo(message, to) {
    return {
        messageId: message.messageId,
        envelope: { from: message.envelope.from, to: [...to] },
        createStream: (options) => message.createStream(options),
    };
}
/** `b@example.com (450-4.2.1), c@example.com (550-5.1.1)`. */
function listRefusals(refusals) {
    return refusals.map((r) => `${r.recipient} (${(0,smtp_replies/* replyCodes */.D4)(r.reply) || r.code})`).join(', ');
}
/** The transient failure of an attempt that left some recipients deferred while others accepted it. */
function deferralError(where, deferred) {
    const said = deferred[0]?.reply ? ` Server said: "${(0,errors/* oneLine */.TN)((0,smtp_replies/* oneLineReply */.P_)(deferred[0].reply), 300)}".` : '';
    return new errors/* DeliveryError */.VE('send', `send: ${where} deferred ${deferred.length} recipient(s) (4xx): ${listRefusals(deferred)}.${said}`, true, undefined, deferred.map((r) => r.recipient), deferred);
}
/**
 * The one warning of a message that reached some of its recipients but not all: those refused for
 * good (5xx), and those still deferred (4xx) when retries or time ran out. Undefined when everyone
 * received it.
 */
function undeliveredWarning(refused, deferred) {
    const parts = [];
    if (refused.length)
        parts.push(`The server refused ${refused.length} recipient(s): ${listRefusals(refused)}.`);
    if (deferred?.refusals.length) {
        const n = deferred.attempts;
        parts.push(`The server deferred (4xx) ${deferred.refusals.length} recipient(s), still not delivered after ${n} attempt${n === 1 ? '' : 's'} (${deferred.why}): ${listRefusals(deferred.refusals)}.`);
    }
    if (!parts.length)
        return undefined;
    return `${parts.join(' ')} The others received the message.`;
}

;// CONCATENATED MODULE: ./src/deliver/index.ts
/**
 * Delivery behind one interface for both transports (smtp | gmail-api): `prepareDelivery` starts
 * what does not depend on the message (credentials, the SMTP connection and sign-in) as soon as we
 * know we will send, and `send` delivers the rendered message with retries. The transports load as
 * chunks of their own, only when used.
 */




/**
 * Starts delivery for `settings` (see Delivery). Awaits only the SMTP chunk, so that the connection is
 * under way before the caller loads and runs anything else.
 */
async function prepareDelivery(settings, deadline, log) {
    const obtain = () => obtainCredentials(settings.auth, {
        transport: settings.transport,
        deadline,
        retries: settings.retries,
        setSecret: (s) => log.setSecret(s),
        onRetry: (err, delayMs, attempt) => log.info(`Token attempt ${attempt} failed: ${(0,errors/* oneLine */.TN)(err.message, 1000)} Retrying in ${(delayMs / 1000).toFixed(1)} s.`),
    }).then((creds) => {
        for (const s of wireSecrets(creds))
            log.setSecret(s);
        return creds;
    });
    const credentials = obtain();
    // Awaited later; a failure before then (e.g. the template fails first) is not unhandled.
    credentials.catch(() => undefined);
    // The SMTP chunk alone, before the rendering chunks load: loaded together, the connection would wait
    // for all of them to compile.
    const smtp = settings.transport === 'smtp'
        ? Promise.resolve((await Promise.all(/* import() */[__webpack_require__.e(76), __webpack_require__.e(611), __webpack_require__.e(689)]).then(__webpack_require__.bind(__webpack_require__, 2689))).openSmtp(credentials, settings.smtp, deadline))
        : undefined;
    const prepared = { settings, deadline, log, credentials, renew: obtain, smtp };
    return {
        send: (message) => deliver(prepared, message),
        close: () => {
            smtp?.then((s) => s.close(), () => undefined);
        },
    };
}
async function deliver(prepared, message) {
    const { log } = prepared;
    const creds = await prepared.credentials;
    const onRetry = (err, delayMs, attempt) => log.info(`Attempt ${attempt} failed: ${(0,errors/* oneLine */.TN)(err.message, 1000)} Retrying in ${(delayMs / 1000).toFixed(1)} s.`);
    if (prepared.settings.transport === 'gmail-api') {
        return deliverGmailApi(prepared, message, creds, onRetry);
    }
    return deliverSmtp(prepared, message, creds, onRetry);
}
/** Sign-ins that get their token from a token endpoint, and so can get a new one. */
const RENEWABLE = new Set(['oauth-refresh', 'service-account']);
/**
 * Sends through the Gmail API, with retries. A 401 (the token expired or was revoked between issue
 * and use) means Gmail did not take the message: a sign-in that can renew gets one new token and
 * one more attempt with the same message (same Message-ID); a second 401 is final.
 */
async function deliverGmailApi(prepared, message, creds, onRetry) {
    const { settings, deadline, log } = prepared;
    const { GmailTokenRejected, sendGmailApi, stallLimitMs } = await __webpack_require__.e(/* import() */ 570).then(__webpack_require__.bind(__webpack_require__, 1570));
    const stallMs = stallLimitMs(settings.timeoutSeconds);
    let current = creds;
    let renewed = false;
    const send = async () => {
        try {
            return await sendGmailApi(message, current, settings.gmailApiUrl, deadline, stallMs);
        }
        catch (err) {
            if (!(err instanceof GmailTokenRejected) || !RENEWABLE.has(settings.auth.kind))
                throw err;
            if (renewed) {
                throw new errors/* DeliveryError */.VE('api', `api: the Gmail API did not accept a newly issued access token either (${err.code}), so nothing was sent. Check that \`username\` is the account the refresh token was issued for (or, for a service account, that domain-wide delegation covers it) and that the token's scope includes https://www.googleapis.com/auth/gmail.send.`, false);
            }
            renewed = true;
            log.info(`The Gmail API did not accept the access token (${err.code}): it expired or was revoked. Getting a new one and trying once more.`);
            current = await prepared.renew();
            return send();
        }
    };
    return (0,retry/* withRetries */.LH)(send, { retries: settings.retries, deadline, onRetry });
}
/**
 * Sends over SMTP, with retries that go to the recipients not yet served: once some accepted the
 * message or refused it for good, a retry goes to the others only.
 */
async function deliverSmtp(prepared, message, creds, onRetry) {
    const { settings, deadline } = prepared;
    const { sendSmtp } = await Promise.all(/* import() */[__webpack_require__.e(76), __webpack_require__.e(611), __webpack_require__.e(689)]).then(__webpack_require__.bind(__webpack_require__, 2689));
    const where = `${settings.smtp.host}:${settings.smtp.port}`;
    const progress = {
        ledger: new RecipientLedger(message.envelope.to),
        attempts: 0,
        deferredOn: -1,
        response: '',
    };
    const { ledger } = progress;
    // The first attempt uses the connection opened ahead; retries open their own.
    let early = prepared.smtp;
    try {
        await (0,retry/* withRetries */.LH)(async (n) => {
            progress.attempts = n + 1;
            const session = early ? await early : undefined;
            early = undefined;
            // The same bytes and Message-ID, the envelope limited to the others (the headers still name everyone).
            const outgoing = ledger.untouched ? message : withEnvelopeTo(message, ledger.pending);
            try {
                const result = await sendSmtp(outgoing, creds, settings.smtp, deadline, session);
                ledger.record(result.accepted, result.refusals ?? []);
                progress.response = result.response;
            }
            catch (err) {
                // Every recipient of this attempt refused: the 5xx ones are final, the 4xx ones are tried again.
                if (err instanceof errors/* DeliveryError */.VE && err.refusals.length) {
                    ledger.record([], err.refusals);
                    // Deferred again while others already have it: the same partial delivery as below.
                    if (ledger.accepted.length && ledger.deferred.length) {
                        progress.deferredOn = n;
                        throw deferralError(where, ledger.deferred);
                    }
                }
                throw err;
            }
            if (ledger.deferred.length) {
                progress.deferredOn = n;
                throw deferralError(where, ledger.deferred);
            }
        }, { retries: settings.retries, deadline, onRetry });
    }
    catch (err) {
        return partialDelivery(err, progress, settings.retries);
    }
    return {
        accepted: ledger.accepted,
        rejected: ledger.rejected,
        refusals: ledger.refused,
        response: progress.response,
    };
}
/**
 * The end of SMTP attempts that failed: when nobody got the message the error is thrown (naming
 * everyone refused on any attempt); when someone did, it was sent, with the ones still deferred in
 * `rejected` and why no further attempt was made.
 */
function partialDelivery(err, progress, retries) {
    const { ledger, attempts, deferredOn } = progress;
    if (!ledger.accepted.length) {
        if (!(err instanceof errors/* DeliveryError */.VE) || !ledger.rejected.length)
            throw err;
        throw new errors/* DeliveryError */.VE(err.stage, err.message, err.transient, err.retryAfterSeconds, ledger.rejected, [
            ...ledger.refused,
            ...ledger.deferred,
        ]);
    }
    const why = deferredOn !== attempts - 1
        ? `the last attempt failed: ${err instanceof errors/* DeliveryError */.VE ? err.message : (0,errors/* oneLine */.TN)(String(err?.message ?? err), 300)}`
        : attempts > retries
            ? `\`retries: ${retries}\` used up`
            : '`timeout-seconds` left no time for another';
    return {
        accepted: ledger.accepted,
        rejected: ledger.rejected,
        refusals: ledger.refused,
        deferred: { refusals: ledger.deferred, attempts, why },
        response: progress.response,
    };
}

// EXTERNAL MODULE: ./src/enrich/author-filter.ts
var author_filter = __webpack_require__(9585);
;// CONCATENATED MODULE: ./src/enrich/index.ts

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
        const missing = (0,context/* unreportableRun */.nF)(ctx);
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

;// CONCATENATED MODULE: ./src/enrich/lookups.ts

/** Lookups for this run, within `deadline`; nothing is loaded or asked until one is made. */
function gitHubLookups(settings, ctx, deadline) {
    let client;
    const lookups = {
        client() {
            client ??= __webpack_require__.e(/* import() */ 865).then(__webpack_require__.bind(__webpack_require__, 3865)).then((m) => m.boundedGitHubApi(settings, ctx, deadline));
            return client;
        },
        async previousConclusion(notifyWhen, status, log) {
            if (!needsPreviousRun(notifyWhen, status))
                return 'unknown';
            const [{ findPreviousConclusion }, api] = await Promise.all([
                __webpack_require__.e(/* import() */ 704).then(__webpack_require__.bind(__webpack_require__, 6704)),
                lookups.client(),
            ]);
            return findPreviousConclusion(api, ctx, log);
        },
    };
    return lookups;
}

// EXTERNAL MODULE: ./src/http.ts
var http = __webpack_require__(6803);
;// CONCATENATED MODULE: ./src/inputs/foreign-probe.ts
/**
 * Cheap, on every step: may an input be written for dawidd6/action-send-mail? (Ours are kebab-case,
 * so any INPUT_ name with `_` may.) Only then is foreign-inputs.ts loaded to name them.
 */
function mayHaveForeignInputs(env) {
    const bare = new Set(['INPUT_SECURE', 'INPUT_NODEMAILERLOG', 'INPUT_NODEMAILERDEBUG']);
    return (Object.keys(env).some((k) => k.startsWith('INPUT_') && (k.includes('_', 6) || bare.has(k))) ||
        (env.INPUT_BODY ?? '').trim().startsWith('file://') ||
        (env.INPUT_HEADERS ?? '').trim().startsWith('{'));
}

// EXTERNAL MODULE: ./src/inputs/index.ts + 12 modules
var inputs = __webpack_require__(5063);
// EXTERNAL MODULE: ./src/inputs/names.ts
var names = __webpack_require__(5585);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
;// CONCATENATED MODULE: ./src/render/attachments.ts




/** Gmail's limits on the raw size of all attachments together (MB = 10^6 bytes). */
const ATTACHMENT_LIMITS = { smtp: 25_000_000, 'gmail-api': 35_000_000 };
function formatBytes(n) {
    return n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.ceil(n / 1000)} kB`;
}
/**
 * Room for the message's headers, its text and HTML parts and the MIME boundaries: less than the
 * smallest default message (about 5.5 kB), so with the default body the estimate stays below the
 * real size; a custom one-line body makes a message of under 1 kB, so there the estimate is up to
 * about 3 kB over (a message within 3 kB of the 35 MB limit may be refused that Gmail would take).
 */
const MESSAGE_ALLOWANCE = 4_000;
/** Each attachment's own MIME headers (Content-Type, Content-Disposition with the name, boundary). */
const PART_ALLOWANCE = 200;
/**
 * The size of the message the Gmail API receives with these attachments: each file base64-encoded
 * (4 bytes for every 3, in lines of 76 characters ending in CRLF, as the composer writes them), plus
 * its part headers and a modest allowance for the rest. Meant as a floor, not a ceiling, so a
 * message Gmail would take is never refused for it.
 */
function encodedMessageBytes(files) {
    let total = MESSAGE_ALLOWANCE;
    for (const f of files) {
        const chars = 4 * Math.ceil(f.size / 3);
        total += chars + 2 * Math.ceil(chars / 76) + PART_ALLOWANCE + 2 * Buffer.byteLength(f.filename);
    }
    return total;
}
/**
 * Expands attachment globs relative to the workspace, refuses anything that resolves outside the
 * allowed roots, and checks the total size against the transport's limit before we connect.
 */
async function findAttachments(patterns, roots, transport, ifNoFilesFound) {
    const files = new Map();
    const unmatched = [];
    const skipped = [];
    for (const pattern of patterns) {
        let matches;
        if (!(0,paths/* isGlob */.fg)(pattern)) {
            const path = (0,paths/* resolveInsideRoots */.iI)('attachments', pattern, roots);
            matches = exists(path) ? [path] : [];
        }
        else {
            const found = await (0,paths/* globMatches */.mw)('attachments', pattern, roots);
            matches = [];
            for (const m of found) {
                // A link planted in the workspace must not silence the alert: it is left out, not fatal.
                try {
                    matches.push((0,paths/* resolveInsideRoots */.iI)('attachments', m, roots));
                }
                catch (err) {
                    if (!(err instanceof errors/* InputError */.dz))
                        throw err;
                    skipped.push(displayPath(m, roots));
                }
            }
            if (found.length && !matches.length)
                continue;
        }
        if (matches.length === 0)
            unmatched.push(pattern);
        for (const m of matches.sort()) {
            if (files.has(m))
                continue;
            const stat = (0,external_node_fs_.statSync)(m);
            // Only regular files: a FIFO or device would block the send or never end.
            if (stat.isFile())
                files.set(m, { path: m, filename: (0,external_node_path_.basename)(m), size: stat.size });
        }
    }
    if (unmatched.length && ifNoFilesFound === 'error') {
        throw new errors/* InputError */.dz('attachments', `Input \`attachments\`: no files match ${unmatched.map((u) => `"${u}"`).join(', ')} (paths are relative to the workspace). Fix the pattern, or set \`if-no-files-found: warn\` or \`ignore\`.`);
    }
    const list = [...files.values()];
    const total = list.reduce((n, f) => n + f.size, 0);
    const limit = ATTACHMENT_LIMITS[transport];
    if (total > limit) {
        throw new errors/* InputError */.dz('attachments', `Attachments total ${formatBytes(total)}, over the ${formatBytes(limit)} Gmail allows with \`transport: ${transport}\`: ${listFiles(list, roots)}. Attach fewer or compressed files, or link to an artifact instead.`);
    }
    // The API's 35 MB is the size of the uploaded message, where the files travel base64-encoded
    // (about 4/3 of their size): checked too, so a 30 MB file is not uploaded to be refused with a 413.
    const encoded = transport === 'gmail-api' ? encodedMessageBytes(list) : 0;
    if (encoded > ATTACHMENT_LIMITS['gmail-api']) {
        throw new errors/* InputError */.dz('attachments', `Attachments total ${formatBytes(total)}, which the Gmail API receives base64-encoded in a message of about ${formatBytes(encoded)}, over the ${formatBytes(ATTACHMENT_LIMITS['gmail-api'])} it accepts: ${listFiles(list, roots)}. Attach fewer or smaller (compressed) files, about 25 MB in all at most, or upload them as an artifact and link to it instead.`);
    }
    return { files: list, unmatched, skipped };
}
/** The largest files first, with their sizes: the ten largest, and how many more. */
function listFiles(list, roots) {
    const shown = [...list]
        .sort((a, b) => b.size - a.size)
        .slice(0, 10)
        .map((f) => `${displayPath(f.path, roots)} (${formatBytes(f.size)})`)
        .join(', ');
    return `${shown}${list.length > 10 ? `, and ${list.length - 10} more` : ''}`;
}
function exists(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function displayPath(path, roots) {
    const rel = (0,external_node_path_.relative)(roots.workspace, path);
    return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : path;
}
/** The warnings about what `attachments` matched: patterns that matched nothing, links left out. */
function attachmentWarnings(found, ifNoFilesFound) {
    const warnings = [];
    if (found.unmatched.length && ifNoFilesFound === 'warn') {
        warnings.push(`Input \`attachments\`: no files match ${found.unmatched.map((u) => `"${u}"`).join(', ')} (relative to the workspace); sending without them.`);
    }
    if (found.skipped.length) {
        warnings.push(`Input \`attachments\`: left out ${found.skipped.length} match(es) that lead outside the workspace (symlinks): ${found.skipped
            .slice(0, 5)
            .map((p) => `"${(0,errors/* oneLine */.TN)(p, 200)}"`)
            .join(', ')}${found.skipped.length > 5 ? ', …' : ''}. Sending without them.`);
    }
    return warnings;
}

;// CONCATENATED MODULE: ./src/read-file.ts


/**
 * Reads a regular file of at most `maxBytes`, or throws an InputError naming `input`. Opened
 * without blocking and checked on its descriptor: a FIFO is refused at once, not waited on.
 */
function readRegularFile(input, path, shown, maxBytes) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch {
        throw new errors/* InputError */.dz(input, `Input \`${input}\` names a file that cannot be read (${JSON.stringify(shown)}). Check the path (relative to the workspace) and that the job checked out the repository.`);
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile()) {
            throw new errors/* InputError */.dz(input, `Input \`${input}\` must name a regular file; ${JSON.stringify(shown)} is a ${stat.isDirectory() ? 'folder' : stat.isFIFO() ? 'named pipe (FIFO)' : 'device or socket'}.`);
        }
        if (stat.size > maxBytes) {
            throw new errors/* InputError */.dz(input, `Input \`${input}\`: ${JSON.stringify(shown)} is ${stat.size} bytes, over the ${maxBytes} a template may have. Use a smaller template.`);
        }
        return (0,external_node_fs_.readFileSync)(fd, 'utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./src/render/one-line.ts
var one_line = __webpack_require__(3911);
;// CONCATENATED MODULE: ./src/render/default-message.ts

/** A value on one line (a title or a name in a one-line place), as a placeholder. */
const line = (put, value) => put.text((0,one_line/* oneLine */.T)(value));
/** A `#pull request` that has a number. */
const numberedPr = (pr) => !!pr && pr.number > 0;
const plural = (n) => (n > 1 ? 's' : '');
/** The default subject: repository, then the headline (workflow, status, branch or tag, PR). */
function defaultSubject({ ctx, d }, put) {
    const sha = d.short_sha !== '' && !ctx.release ? ` (${put.text(d.short_sha)})` : '';
    return `[${put.text(ctx.repository)}] ${put.text(d.headline)}${sha}`;
}
/** The facts rows of the text body, each on a line of its own after "Repository:". */
function textFacts({ ctx, d, enrichment }, put) {
    const { commit, release } = ctx;
    const pr = ctx.pull_request;
    let out = `Repository:    ${put.text(ctx.repository)} (${put.text(ctx.repository_url)})`;
    if (release) {
        out += `\nRelease:       ${line(put, d.release_title)}${release.prerelease ? ' (pre-release)' : ''}`;
        if (release.url !== '')
            out += `\n               ${put.text(release.url)}`;
    }
    if (numberedPr(pr)) {
        out += `\nPull request:  #${put.text(pr.number)}`;
        if (pr.title !== '')
            out += ` ${line(put, pr.title)}`;
        if (pr.author !== '')
            out += ` (by ${line(put, pr.author)})`;
        out += `\n               ${put.text(pr.url)}`;
    }
    if (d.place_kind === 'branch') {
        out += `\nBranch:        ${put.text(d.place)}`;
        if (pr && pr.base !== '')
            out += ` → ${line(put, pr.base)}`;
    }
    else if (d.place_kind === 'tag' && !release) {
        out += `\nTag:           ${put.text(d.place)}`;
    }
    if (ctx.short_sha !== '') {
        out += `\nCommit:        ${put.text(ctx.short_sha)}`;
        if (commit.title !== '')
            out += ` ${line(put, commit.title)}`;
        if (commit.url !== '')
            out += `\n               ${put.text(commit.url)}`;
    }
    if (commit.author_name !== '') {
        out += `\nAuthor:        ${line(put, commit.author_name)}`;
        if (commit.author_email !== '')
            out += ` <${line(put, commit.author_email)}>`;
    }
    out += `\nTriggered by:  ${put.text(d.trigger)}`;
    for (const input of d.inputs)
        out += `\nInput:         ${put.text(input.name)}: ${line(put, input.value)}`;
    if (enrichment.previous_status)
        out += `\nPrevious run:  ${put.text(enrichment.previous_status)}`;
    return out;
}
function textJob(job, put) {
    let out = `\n✖ ${line(put, job.name)}`;
    if (job.url !== '')
        out += `\n  ${put.text(job.url)}`;
    for (const step of job.failed_steps) {
        out += `\n  Failed step ${put.text(step.number)}: ${line(put, step.name)}`;
        if (step.url !== '')
            out += ` (${put.text(step.url)})`;
    }
    if (job.log_excerpt !== '')
        out += `\n  Last lines of the log:\n${put.text(job.log_excerpt)}`;
    else if (job.in_progress)
        out += '\n  Still running when this email was sent; its log is in the run.';
    else if ((job.log_note ?? '') !== '')
        out += `\n  Log not included (${put.text(job.log_note)}); open the job to read it.`;
    return `${out}\n`;
}
function textTests(tests, put) {
    let out = `\n\n\nTESTS\n${put.text(tests.total)} total, ${put.text(tests.passed)} passed, ${put.text(tests.failed)} failed, ${put.text(tests.skipped)} skipped`;
    for (const t of tests.failures) {
        out += `\n- ${t.suite !== '' ? `${line(put, t.suite)} › ` : ''}${line(put, t.name)}`;
        if (t.message !== '')
            out += `\n    ${line(put, t.message)}`;
    }
    if (tests.more > 0)
        out += `\n…and ${put.text(tests.more)} more failing test${plural(tests.more)}.`;
    return out;
}
/** The default plain-text body: says what the HTML says, in the same order. */
function defaultText(input, put) {
    const { ctx, d, enrichment } = input;
    const jobs = enrichment.failed_jobs;
    let out = `${put.text(d.icon)} ${put.text(d.headline)}\n`;
    out += `${put.text(ctx.repository)} · ${put.text(d.workflow)} · ${put.text(d.run_label)}\n`;
    if (d.run_url !== '')
        out += `\nView run: ${put.text(d.run_url)}\n`;
    out += `\n${textFacts(input, put)}`;
    if (d.details && jobs.length > 0) {
        out += `\n\n\nFAILED JOBS\n${jobs.map((job) => textJob(job, put)).join('')}`;
        if (d.failed_jobs_more > 0)
            out += `\n…and ${put.text(d.failed_jobs_more)} more failed job${plural(d.failed_jobs_more)}.\n`;
        out += '\nLog excerpts may contain sensitive data; take care when forwarding this email.';
    }
    if (enrichment.tests)
        out += textTests(enrichment.tests, put);
    if (ctx.release && ctx.release.body !== '')
        out += `\n\n\nRELEASE NOTES\n\n${put.markdown(ctx.release.body)}`;
    return `${out}\n`;
}
const MUTED = 'color:#59636e;';
const LABEL_CELL = `padding:6px 12px 6px 0;vertical-align:top;width:88px;white-space:nowrap;font-size:13px;${MUTED}`;
const VALUE_CELL = 'padding:6px 0;vertical-align:top;font-size:14px;word-break:break-word;overflow-wrap:anywhere;';
const LINK = 'color:#0969da;text-decoration:none;';
const MONO = "font-family:ui-monospace,SFMono-Regular,'SF Mono',Menlo,Consolas,'Liberation Mono',monospace;";
const H2 = 'margin:24px 0 8px;font-size:16px;line-height:1.3;color:#1f2328;';
/** One row of the facts table; an empty string (the line stays) when the row does not apply. */
function row(label, value) {
    return value === false
        ? ''
        : `<tr><td style="${LABEL_CELL}">${label}</td><td style="${VALUE_CELL}">${value}</td></tr>`;
}
function releaseCell(release, d, put) {
    const title = line(put, d.release_title);
    const linked = release.url !== '' ? `<a href="${put.text(release.url)}" style="${LINK}">${title}</a>` : title;
    return `${linked}${release.prerelease ? ` <span style="${MUTED}">(pre-release)</span>` : ''}`;
}
function pullRequestCell(pr, put) {
    let out = `<a href="${put.text(pr.url)}" style="${LINK}">#${put.text(pr.number)}</a>`;
    if (pr.title !== '')
        out += ` ${line(put, pr.title)}`;
    if (pr.author !== '')
        out += ` <span style="${MUTED}">by ${line(put, pr.author)}</span>`;
    return out;
}
/** The facts table's rows, one per line (a row that does not apply leaves its line empty). */
function htmlFacts({ ctx, d, enrichment }, put) {
    const { commit, release } = ctx;
    const pr = ctx.pull_request;
    const code = (value) => `<span style="${MONO}font-size:13px;">${put.text(value)}</span>`;
    const sha = ctx.short_sha;
    const commitCell = () => `${commit.url !== '' ? `<a href="${put.text(commit.url)}" style="${LINK}${MONO}font-size:13px;">${put.text(sha)}</a>` : code(sha)}${commit.title !== '' ? ` ${line(put, commit.title)}` : ''}`;
    return [
        row('Repository', `<a href="${put.text(ctx.repository_url)}" style="${LINK}">${put.text(ctx.repository)}</a>`),
        row('Release', !!release && releaseCell(release, d, put)),
        row('Pull request', numberedPr(pr) && pullRequestCell(pr, put)),
        row('Branch', d.place_kind === 'branch' &&
            `${code(d.place)}${pr && pr.base !== '' ? ` <span style="${MUTED}">→ ${line(put, pr.base)}</span>` : ''}`),
        row('Tag', d.place_kind === 'tag' && !release && code(d.place)),
        row('Commit', sha !== '' && commitCell()),
        row('Author', commit.author_name !== '' &&
            `${line(put, commit.author_name)}${commit.author_email !== '' ? ` <span style="color:#59636e;">&lt;${line(put, commit.author_email)}&gt;</span>` : ''}`),
        row('Triggered by', put.text(d.trigger)),
        row('Inputs', d.inputs.length > 0 && d.inputs.map((i) => `${code(i.name)}: ${line(put, i.value)}`).join('<br>')),
        row('Previous run', !!enrichment.previous_status && put.text(enrichment.previous_status)),
    ];
}
function htmlJob(job, put) {
    const name = line(put, job.name);
    const title = job.url !== ''
        ? `<a href="${put.text(job.url)}" style="color:#a40e26;text-decoration:none;">${name}</a>`
        : name;
    const steps = job.failed_steps
        .map((step) => {
        const stepName = line(put, step.name);
        const linked = step.url !== ''
            ? `<a href="${put.text(step.url)}" style="color:#0969da;text-decoration:none;">${stepName}</a>`
            : stepName;
        return `${linked} <span style="${MUTED}">(step ${put.text(step.number)})</span>`;
    })
        .join(', ');
    const stepsLine = job.failed_steps.length
        ? `<div style="margin:0 0 6px;">Failed step${plural(job.failed_steps.length)}: ${steps}</div>`
        : '';
    let log = '';
    if (job.log_excerpt !== '')
        log = `<pre style="${MONO}font-size:12px;line-height:1.45;margin:6px 0 0;padding:10px;background:#f6f8fa;border:1px solid #d8dee4;border-radius:6px;white-space:pre-wrap;word-break:break-all;overflow-wrap:anywhere;color:#1f2328;">${put.text(job.log_excerpt)}</pre>`;
    else if (job.in_progress)
        log = `<div style="font-size:13px;${MUTED}">Still running when this email was sent; its log is in the run.</div>`;
    else if ((job.log_note ?? '') !== '')
        log = `<div style="font-size:13px;${MUTED}">Log not included (${put.text(job.log_note)}); open the job to read it.</div>`;
    return [
        '<div style="border:1px solid #ffcecb;border-radius:6px;margin:0 0 12px;overflow:hidden;">',
        `<div style="background:#ffebe9;padding:8px 12px;font-weight:600;font-size:14px;word-break:break-word;">✖ ${title}</div>`,
        '<div style="padding:8px 12px;font-size:14px;">',
        stepsLine,
        log,
        '</div></div>',
    ].join('\n');
}
/** The failure details: failed jobs, each with its steps and log excerpt. */
function htmlDetails({ d, enrichment }, put) {
    const jobs = enrichment.failed_jobs;
    if (!d.details || jobs.length === 0)
        return '';
    const more = d.failed_jobs_more > 0
        ? `<div style="font-size:13px;${MUTED}margin:0 0 12px;">…and ${put.text(d.failed_jobs_more)} more failed job${plural(d.failed_jobs_more)}.</div>`
        : '';
    return [
        `<h2 style="${H2}">Failed jobs</h2>`,
        jobs.map((job) => htmlJob(job, put)).join(''),
        more,
        `<div style="font-size:12px;${MUTED}margin:0 0 8px;">Log excerpts may contain sensitive data; take care when forwarding this email.</div>`,
    ].join('\n');
}
function htmlTests(tests, put) {
    if (!tests)
        return '';
    const failures = tests.failures
        .map((t) => `<li style="margin:0 0 6px;"><span style="${MUTED}">${t.suite !== '' ? `${line(put, t.suite)} › ` : ''}</span><strong>${line(put, t.name)}</strong>${t.message !== '' ? `<br><span style="${MONO}font-size:12px;color:#a40e26;">${line(put, t.message)}</span>` : ''}</li>`)
        .join('');
    return [
        `<h2 style="${H2}">Tests</h2>`,
        `<div style="font-size:14px;margin:0 0 8px;"><strong>${put.text(tests.total)}</strong> total · <span style="color:#1a7f37;">${put.text(tests.passed)} passed</span> · <span style="${tests.failed > 0 ? 'color:#cf222e;font-weight:600;' : ''}">${put.text(tests.failed)} failed</span> · <span style="color:#59636e;">${put.text(tests.skipped)} skipped</span></div>`,
        tests.failures.length > 0
            ? `<ul style="margin:0 0 12px;padding-left:20px;font-size:14px;">${failures}</ul>`
            : '',
        tests.more > 0
            ? `<div style="font-size:13px;${MUTED}">…and ${put.text(tests.more)} more failing test${plural(tests.more)}.</div>`
            : '',
    ].join('\n');
}
/** The default HTML body (inside the layout's card): badge, headline, button, facts, details. */
function defaultHtml(input, put) {
    const { ctx, d } = input;
    const release = ctx.release;
    return [
        `<div style="margin:0 0 12px;"><span style="display:inline-block;padding:3px 10px;border-radius:999px;background:${put.text(d.color)};color:#ffffff;font-size:12px;font-weight:600;letter-spacing:.3px;">${put.text(d.icon)} ${put.text(d.label.toUpperCase())}</span></div>`,
        `<h1 style="margin:0 0 6px;font-size:20px;line-height:1.35;color:#1f2328;word-break:break-word;overflow-wrap:anywhere;">${put.text(d.headline)}</h1>`,
        `<div style="margin:0 0 16px;font-size:13px;${MUTED}">${put.text(ctx.repository)}${d.workflow !== '' ? ` · ${put.text(d.workflow)}` : ''} · ${put.text(d.run_label)}</div>`,
        d.run_url !== ''
            ? `<div style="margin:0 0 20px;"><a href="${put.text(d.run_url)}" style="display:inline-block;padding:9px 16px;border-radius:6px;background:#1f2328;color:#ffffff;font-size:14px;font-weight:600;text-decoration:none;">View run</a></div>`
            : '',
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;border-top:1px solid #d8dee4;">',
        ...htmlFacts(input, put),
        '</table>',
        htmlDetails(input, put),
        htmlTests(input.enrichment.tests, put),
        release && release.body !== ''
            ? `<h2 style="${H2}">Release notes</h2><div style="font-size:14px;padding:4px 0 4px 14px;border-left:3px solid #d0d7de;">${put.markdown(release.body)}</div>`
            : '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/render/defaults.ts
/**
 * `d`, the facts the default message (default-message.ts) shows, worked out here once for every
 * event and status.
 */


const LOOK = {
    success: { label: 'Succeeded', color: '#1a7f37', icon: '✔', words: 'succeeded' },
    fixed: { label: 'Fixed', color: '#1a7f37', icon: '✔', words: 'fixed' },
    failure: { label: 'Failed', color: '#cf222e', icon: '✖', words: 'failed' },
    cancelled: { label: 'Cancelled', color: '#6e7781', icon: '■', words: 'was cancelled' },
    released: { label: 'Released', color: '#8250df', icon: '★', words: 'succeeded' },
};
function rec(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : {};
}
function str(value) {
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}
/** True when a success follows a run that did not succeed: the message says "fixed". */
function isFixed(status, previous) {
    return status === 'success' && !!previous && previous !== 'success' && previous !== 'skipped';
}
/** A release's title: `v2.3.0 — Faster builds` (the name when it contains the tag), else `tag: name`. */
function releaseTitle(tag, name) {
    const n = name.trim();
    if (!n || n === tag)
        return tag;
    if (tag && n.includes(tag))
        return n;
    return tag ? `${tag}: ${n}` : n;
}
function triggerText(ctx) {
    const action = str(ctx.event.action);
    const by = ctx.actor ? ` by ${ctx.actor}` : '';
    switch (ctx.event_name) {
        case 'push':
            return `push${by}`;
        case 'pull_request':
        case 'pull_request_target':
            return `pull request${action ? ` ${action === 'synchronize' ? 'updated' : action.replace(/_/g, ' ')}` : ''}${by}`;
        case 'release':
            return `release${action ? ` ${action}` : ''}${by}`;
        case 'schedule': {
            const cron = str(ctx.event.schedule);
            return `schedule${cron ? ` (${cron})` : ''}`;
        }
        case 'workflow_dispatch':
            return `manual run${by}`;
        case 'workflow_run': {
            const run = ctx.workflow_run;
            return run
                ? `${run.name || 'a workflow'} completed${run.event ? ` (on ${run.event})` : ''}${by}`
                : `workflow_run${by}`;
        }
        default:
            return `${ctx.event_name || 'run'}${by}`;
    }
}
/**
 * Release event actions that put a release out. A bare `on: release` also runs for `edited`,
 * `deleted` and `unpublished`, which must not be announced as "Released".
 */
const RELEASING_ACTIONS = new Set(['', 'published', 'released', 'prereleased', 'created']);
/** Works out the facts the default message shows, for any event and status. */
function defaultFacts(ctx, status, enrichment) {
    const releaseAction = ctx.event_name === 'release' ? str(ctx.event.action) : '';
    const released = ctx.event_name === 'release' &&
        status === 'success' &&
        !!ctx.release &&
        RELEASING_ACTIONS.has(releaseAction);
    const outcome = released
        ? 'released'
        : isFixed(status, enrichment.previous_status)
            ? 'fixed'
            : status;
    const look = LOOK[outcome];
    const run = (0,context/* reportedRun */.T_)(ctx);
    const workflow = run.workflow || 'Workflow';
    const pr = ctx.pull_request;
    let placeKind = '';
    let place = '';
    if (pr?.head || ctx.branch) {
        placeKind = 'branch';
        place = pr?.head || ctx.branch;
    }
    else if (ctx.ref_type === 'tag' && ctx.ref_name) {
        placeKind = 'tag';
        place = ctx.ref_name;
    }
    else if (ctx.ref_name && !pr) {
        place = ctx.ref_name;
    }
    const prNote = pr?.number ? ` (PR #${pr.number})` : '';
    const release = ctx.release;
    const title = release ? releaseTitle(release.tag, release.name) : '';
    let headline;
    if (released) {
        headline = `${release?.prerelease ? 'Pre-released' : 'Released'} ${title}`;
    }
    else if (release && status === 'success') {
        // Edited, deleted or unpublished: say what happened to it.
        headline = `Release ${release.tag || title} ${releaseAction.replace(/_/g, ' ')}`;
    }
    else if (release) {
        headline = `Release ${release.tag || title}: ${workflow} ${look.words}`;
    }
    else {
        headline = `${workflow} ${look.words}${place ? ` on ${place}` : ''}${prNote}`;
    }
    const attempt = Number(run.attempt) > 1 ? `, attempt ${run.attempt}` : '';
    return {
        outcome,
        // Values shown on one line: a branch name or title with a line break must not break it.
        label: look.label,
        color: look.color,
        icon: look.icon,
        headline: (0,one_line/* oneLine */.T)(headline),
        workflow,
        run_url: run.url,
        run_label: run.number ? `Run #${run.number}${attempt}` : 'Run',
        place_kind: placeKind,
        place: (0,one_line/* oneLine */.T)(place),
        trigger: (0,one_line/* oneLine */.T)(triggerText(ctx)),
        release_title: (0,one_line/* oneLine */.T)(title),
        inputs: Object.entries(rec(ctx.event.inputs)).map(([name, value]) => ({
            name,
            value: typeof value === 'string' ? value : JSON.stringify(value),
        })),
        details: status === 'failure',
        failed_jobs_more: enrichment.failed_jobs_more ?? 0,
        short_sha: ctx.short_sha,
    };
}

// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/layout.ts

/**
 * Wraps body HTML in a Gmail-friendly document: inline styles only (Gmail drops many <style>
 * rules), one centred column at most 600 px wide that shrinks to the phone's width.
 */
function emailDocument(bodyHtml, title, options = {}) {
    const accent = /^#[0-9a-f]{3,8}$/i.test(options.accent ?? '') ? options.accent : '#d0d7de';
    return [
        '<!DOCTYPE html>',
        '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light only">',
        `<title>${(0,render_escape/* escapeHtml */.Z)(title)}</title></head>`,
        '<body style="margin:0;padding:0;background:#f6f8fa;-webkit-text-size-adjust:100%;">',
        options.preheader
            ? `<div style="display:none;max-height:0;overflow:hidden;opacity:0;">${(0,render_escape/* escapeHtml */.Z)(options.preheader)}</div>`
            : '',
        '<div style="max-width:600px;margin:0 auto;padding:16px 12px;font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2328;">',
        `<div style="background:#ffffff;border:1px solid #d0d7de;border-top:4px solid ${accent};border-radius:8px;padding:20px;word-wrap:break-word;overflow-wrap:anywhere;">`,
        bodyHtml,
        '</div>',
        options.footerHtml
            ? `<div style="padding:12px 4px;font-size:12px;line-height:1.5;color:#656d76;">${options.footerHtml}</div>`
            : '',
        '</div></body></html>',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/render/shapes.ts
var shapes = __webpack_require__(4524);
// EXTERNAL MODULE: ./src/render/slots.ts + 1 modules
var render_slots = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/render/content.ts












const FORMAT_BY_EXTENSION = {
    '.md': 'markdown',
    '.markdown': 'markdown',
    '.html': 'html',
    '.htm': 'html',
    '.txt': 'text',
};
/** A body template is a page of text: a larger file is refused (its values may add more). */
const MAX_BODY_FILE_BYTES = 1_000_000;
/** Reads the body template from `body` or `body-file`, and decides its format. */
function loadBodyTemplate(settings, ctx) {
    if (settings.body && settings.bodyFile) {
        throw new errors/* InputError */.dz('body-file', 'Give either `body` or `body-file`, not both.');
    }
    if (!settings.bodyFile)
        return { template: settings.body, format: settings.bodyFormat };
    const path = (0,paths/* resolveInsideRoots */.iI)('body-file', settings.bodyFile, {
        workspace: ctx.workspace,
        runnerTemp: ctx.runner_temp,
    });
    const template = readRegularFile('body-file', path, settings.bodyFile, MAX_BODY_FILE_BYTES);
    // The runner always passes action.yml's default `markdown`, so only `html` or `text` can be told
    // from the default: they win over the extension; `markdown` yields to a `.html` or `.txt` file.
    const byExt = FORMAT_BY_EXTENSION[(0,external_node_path_.extname)(path).toLowerCase()];
    return {
        template,
        format: settings.bodyFormat === 'markdown' ? (byExt ?? 'markdown') : settings.bodyFormat,
    };
}
const MAX_SUBJECT = 300;
/** The subject is one line: line breaks (and other control characters) become spaces. */
function oneLineSubject(subject) {
    const line = subject
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return line.length > MAX_SUBJECT ? `${line.slice(0, MAX_SUBJECT - 1)}…` : line;
}
const FAILED_STEP = (0,shapes/* fields */.O)({ name: 'value', number: 'value', url: 'value' });
/**
 * What a template may read: every variable `templateScope` offers, with the fields of each, whether
 * this event has the object or not. A template is checked against it before rendering, so a misspelt
 * name fails on every run, not only on the run that reaches it. docs/templates.md lists the same names (a
 * unit test compares them).
 */
const TEMPLATE_SHAPES = {
    repository: 'value',
    repository_url: 'value',
    workflow: 'value',
    job: 'value',
    run_id: 'value',
    run_number: 'value',
    run_attempt: 'value',
    run_url: 'value',
    status: 'value',
    previous_status: 'value',
    event_name: 'value',
    actor: 'value',
    ref: 'value',
    ref_name: 'value',
    sha: 'value',
    short_sha: 'value',
    commit: (0,shapes/* fields */.O)({
        sha: 'value',
        message: 'value',
        title: 'value',
        author_name: 'value',
        author_email: 'value',
        url: 'value',
    }),
    pull_request: (0,shapes/* fields */.O)({
        number: 'value',
        title: 'value',
        url: 'value',
        author: 'value',
        head: 'value',
        base: 'value',
    }),
    release: (0,shapes/* fields */.O)({
        tag: 'value',
        name: 'value',
        url: 'value',
        body: 'value',
        prerelease: 'value',
    }),
    failed_jobs: (0,shapes/* listOf */.c)((0,shapes/* fields */.O)({
        name: 'value',
        url: 'value',
        conclusion: 'value',
        failed_steps: (0,shapes/* listOf */.c)(FAILED_STEP),
        log_excerpt: 'value',
        log_note: 'value',
        in_progress: 'value',
    })),
    tests: (0,shapes/* fields */.O)({
        total: 'value',
        passed: 'value',
        failed: 'value',
        skipped: 'value',
        failures: (0,shapes/* listOf */.c)((0,shapes/* fields */.O)({ suite: 'value', name: 'value', message: 'value' })),
        more: 'value',
    }),
    authors: (0,shapes/* listOf */.c)((0,shapes/* fields */.O)({ name: 'value', email: 'value' })),
    github: 'any',
    env: 'any',
};
/** TEMPLATE_SHAPES for this run: `env` has exactly the names `template-env` lists. */
function shapesFor(templateEnv) {
    return { ...TEMPLATE_SHAPES, env: (0,shapes/* fields */.O)(Object.fromEntries(templateEnv.map((name) => [name, 'value']))) };
}
/**
 * Every template variable of SPEC section 4. Optional objects (`pull_request`, `release`,
 * `previous_status`, `tests`) are null when absent, so `{% if pull_request %}` works on a push.
 */
function templateScope(ctx, env, status, enrichment, templateEnv = []) {
    const tests = enrichment.tests;
    return {
        pull_request: null,
        release: null,
        ...(0,context/* templateVariables */.Qp)(ctx, env, templateEnv),
        status,
        previous_status: enrichment.previous_status ?? null,
        failed_jobs: enrichment.failed_jobs.map((job) => ({
            name: job.name,
            url: job.url,
            conclusion: job.conclusion,
            failed_steps: job.failed_steps.map((step) => ({ ...step })),
            log_excerpt: job.log_excerpt,
            log_note: job.log_note ?? '',
            in_progress: job.in_progress,
        })),
        tests: tests
            ? {
                total: tests.total,
                passed: tests.passed,
                failed: tests.failed,
                skipped: tests.skipped,
                failures: tests.failures.map((f) => ({ ...f })),
                more: tests.more,
            }
            : null,
        // The commit authors added to To (`author-recipients: culprits`); empty without it.
        authors: (enrichment.authors?.added ?? []).map((p) => ({ name: p.name, email: p.email })),
    };
}
function footerHtml(ctx) {
    const where = ctx.repository ? ` for ${(0,render_escape/* escapeHtml */.Z)(ctx.repository)}` : '';
    const run = ctx.run_url
        ? ` · <a href="${(0,render_escape/* escapeHtml */.Z)(ctx.run_url)}" style="color:#656d76;">${(0,render_escape/* escapeHtml */.Z)(ctx.workflow || 'workflow')} run #${(0,render_escape/* escapeHtml */.Z)(ctx.run_number)}</a>`
        : '';
    return `Sent by Gmail Notify${where}${run}`;
}
/** The Markdown engine (marked), a chunk of its own: most messages (the default push, pull request and failure emails) have no Markdown. */
function loadMarkdown() {
    return Promise.all(/* import() */[__webpack_require__.e(22), __webpack_require__.e(252)]).then(__webpack_require__.bind(__webpack_require__, 5252));
}
/**
 * The Liquid engine (LiquidJS, a chunk of its own) for the workflow's templates, with the scope and
 * shapes they read. Loaded only for a run that gives `subject`, `body` or `body-file`: the default
 * message is written as code (default-message.ts). A template that does not parse inline is sent as
 * written, with a warning.
 */
async function templateRenderer(settings, ctx, enrichment, env, on) {
    const [{ createEngine, renderLimitMs, renderOrExplain, renderTemplate }, literal] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(694), __webpack_require__.e(876)]).then(__webpack_require__.bind(__webpack_require__, 6876)),
        on.inline ? __webpack_require__.e(/* import() */ 835).then(__webpack_require__.bind(__webpack_require__, 4835)) : undefined,
    ]);
    const { slots, warnings } = on;
    const engine = createEngine(slots, renderLimitMs(settings.timeoutSeconds));
    const scope = templateScope(ctx, env, settings.status, enrichment, settings.templateEnv);
    const shapes = shapesFor(settings.templateEnv);
    let forms;
    return {
        inline(input, source) {
            if (!literal)
                throw new Error('renderContent: the inline template module was not loaded');
            forms ??= literal.literalForms(literal.outsiderValues(ctx.github));
            const text = literal.literalize(source, forms, (value) => slots.add('text', value)).source;
            const spliced = (name) => slots.has(name);
            const result = literal.inlineOrAsWritten(input, text, renderOrExplain(engine, input, text, scope, shapes, spliced));
            if (result.warning)
                warnings.push(result.warning);
            return result.output;
        },
        file: (input, source) => renderTemplate(engine, input, source, scope, shapes),
    };
}
/** The default message's HTML part, in the layout (with the preheader the inbox list shows). */
function defaultHtmlDocument(defaults, bodyHtml, subject) {
    const { ctx, d } = defaults;
    const preheader = (0,one_line/* oneLine */.T)([d.place, ctx.short_sha && `${ctx.short_sha} ${ctx.commit.title}`, d.trigger].filter(Boolean).join(' · '));
    return emailDocument(bodyHtml, subject, {
        accent: d.color,
        footerHtml: footerHtml(ctx),
        preheader,
    });
}
/**
 * Renders subject and body from the inputs or the defaults, with every value from the event shown
 * literally (see slots.ts): HTML-escaped in the HTML part, as written in the text part and subject.
 * The Markdown engine is loaded only for a message that needs it: a Markdown body, or a
 * `| markdown` value (the default release email's notes) in an HTML part.
 */
async function renderContent(settings, ctx, enrichment, env) {
    const { template, format } = loadBodyTemplate(settings, ctx);
    // A Markdown body always needs it: start loading before the templates render.
    const early = template !== undefined && format === 'markdown' ? loadMarkdown() : undefined;
    early?.catch(() => undefined);
    const slots = new render_slots/* Slots */.WR();
    const put = { text: (v) => slots.add('text', v), markdown: (v) => slots.add('markdown', v) };
    const defaults = { ctx, d: defaultFacts(ctx, settings.status, enrichment), enrichment };
    const markdown = async () => early ?? (slots.hasMarkdown() ? loadMarkdown() : undefined);
    const warnings = [];
    const own = settings.subject !== undefined || template !== undefined
        ? await templateRenderer(settings, ctx, enrichment, env, {
            slots,
            warnings,
            inline: settings.subject !== undefined || (template !== undefined && !settings.bodyFile),
        })
        : undefined;
    const subjectOut = own && settings.subject !== undefined
        ? own.inline('subject', settings.subject)
        : defaultSubject(defaults, put);
    const subject = oneLineSubject(slots.fillText(subjectOut));
    const done = (content) => {
        warnings.push(...slots.refusals());
        return warnings.length ? { ...content, warnings } : content;
    };
    if (!own || template === undefined) {
        const text = slots.fillText(defaultText(defaults, put)).trim();
        if (format === 'text')
            return done({ subject, text });
        // Rendered before the Markdown engine is asked for: a release's notes are what need it.
        const bodyOut = defaultHtml(defaults, put);
        const body = slots.fillHtml(bodyOut, await markdown());
        return done({ subject, text, html: defaultHtmlDocument(defaults, body, subject) });
    }
    const input = settings.bodyFile ? 'body-file' : 'body';
    const out = settings.bodyFile ? own.file(input, template) : own.inline(input, template);
    if (format === 'text')
        return done({ subject, text: slots.fillText(out) });
    if (format === 'html') {
        const html = slots.fillHtml(out, await markdown(), input);
        // Its own chunk (html-to-text and its parser), loaded only for an HTML body.
        const { htmlToText } = await Promise.all(/* import() */[__webpack_require__.e(655), __webpack_require__.e(123)]).then(__webpack_require__.bind(__webpack_require__, 123));
        return done({ subject, text: htmlToText(html), html });
    }
    const md = (await markdown());
    return done({
        subject,
        text: slots.fillText(out),
        html: emailDocument(slots.fillHtml(md.markdownToHtml(out, true), md, input), subject, {
            footerHtml: footerHtml(ctx),
        }),
    });
}

;// CONCATENATED MODULE: ./src/report/outputs.ts

/** Writes every output, always, so later steps can rely on them. */
function writeOutputs(out, o) {
    out.setOutput(names/* Output */.k.Sent, String(o.sent));
    out.setOutput(names/* Output */.k.SkippedReason, o.skippedReason ?? '');
    out.setOutput(names/* Output */.k.MessageId, o.message?.messageId ?? '');
    out.setOutput(names/* Output */.k.Accepted, o.accepted.join(','));
    out.setOutput(names/* Output */.k.Rejected, o.rejected.join(','));
    out.setOutput(names/* Output */.k.Subject, o.message?.subject ?? '');
    out.setOutput(names/* Output */.k.EmlPath, o.emlPath ?? '');
    out.setOutput(names/* Output */.k.GmailId, o.gmailId ?? '');
    out.setOutput(names/* Output */.k.ThreadId, o.threadId ?? '');
}

// EXTERNAL MODULE: ./src/addresses.ts
var src_addresses = __webpack_require__(3523);
;// CONCATENATED MODULE: ./src/report/recipients.ts

/** The recipients of the settings, known as soon as the inputs are parsed (before any rendering). */
function recipientsOf(settings) {
    const bare = (list) => list.map((m) => m.address);
    const sender = new Set([settings.username, settings.from?.address ?? ''].filter(Boolean).map(src_addresses/* addressKey */.IY));
    const bcc = bare(settings.bcc);
    return {
        to: bare(settings.to),
        cc: bare(settings.cc),
        bcc,
        hidden: bcc.filter((a) => !sender.has((0,src_addresses/* addressKey */.IY)(a))),
    };
}
/** What stands in a public line for a Bcc address. */
const BCC_PLACEHOLDER = '[Bcc recipient]';
// What can stand right before an address without being part of it is anything but these: quotes,
// `=`, `/`, brackets and the like delimit an address in server replies (`rcpt='x@y'`, `<x@y>`).
const ADDRESS_CHAR = '[A-Za-z0-9._%+-]';
/**
 * The line with every Bcc address replaced by a placeholder: the log and the step summary are
 * public in a public repository, and a Bcc recipient is meant to stay unseen. Server replies and
 * refusal lists name recipients, so every line said is passed through this once the inputs are known.
 */
function hideBcc(line, bcc) {
    if (!bcc.length)
        return line;
    // The envelope (and so a server's reply) carries a unicode domain as punycode: both forms.
    const forms = new Set(bcc.flatMap((a) => [a, (0,src_addresses/* addressKey */.IY)(a)]));
    const escaped = [...forms]
        .sort((x, y) => y.length - x.length)
        .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // Whole addresses only: not `x@example.com` inside `ax@example.com` or `x@example.com.au`.
    const pattern = new RegExp(`(?<!${ADDRESS_CHAR})(?:${escaped.join('|')})(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`, 'gi');
    return line.replace(pattern, BCC_PLACEHOLDER);
}
/** `a@example.com, b@example.com + 2 Bcc`: the addresses, Bcc ones only counted. */
function listWithBccCounted(addresses, bcc) {
    const hidden = new Set(bcc.map(src_addresses/* addressKey */.IY));
    const shown = addresses.filter((a) => !hidden.has((0,src_addresses/* addressKey */.IY)(a)));
    const counted = addresses.length - shown.length;
    if (!counted)
        return shown.join(', ');
    return shown.length ? `${shown.join(', ')} + ${counted} Bcc` : `${counted} Bcc`;
}
/**
 * The same runner, with every Bcc address in what it logs replaced (hideBcc): the log is public in a
 * public repository, and server replies, refusal lists and retry lines name recipients.
 */
function hidingBcc(log, bcc, env) {
    if (!bcc.length)
        return log;
    // Outputs go to the GITHUB_OUTPUT file, read by later steps only; without it (old runners, local
    // runs) they are printed as `::set-output` lines, in the public log: then Bcc is hidden there too.
    const printedOutputs = !env.GITHUB_OUTPUT;
    const hide = (m) => (typeof m === 'string' ? hideBcc(m, bcc) : m);
    return {
        getInput: (name, options) => log.getInput(name, options),
        setSecret: (secret) => log.setSecret(secret),
        setOutput: (name, value) => log.setOutput(name, printedOutputs && typeof value === 'string' ? hideBcc(value, bcc) : value),
        setFailed: (message) => log.setFailed(hide(message)),
        warning: (message, properties) => log.warning(hide(message), properties),
        notice: (message, properties) => log.notice(hide(message), properties),
        info: (message) => log.info(hideBcc(message, bcc)),
        debug: (message) => log.debug(hideBcc(message, bcc)),
        get summary() {
            return log.summary;
        },
    };
}

;// CONCATENATED MODULE: ./src/report/summary.ts




const PREVIEW_CHARS = 4000;
/** The step summary: status, recipients, subject, Message-ID or why it was skipped, body preview. */
function summaryMarkdown(o) {
    // A failure (no skipped reason: the step fails) is marked as one, not as information.
    const failed = !o.sent && o.skippedReason === undefined;
    const icon = o.sent ? '✅' : failed ? '❌' : o.skippedReason === 'error' ? '⚠️' : 'ℹ️';
    const headline = o.sent
        ? 'Email sent'
        : failed
            ? 'Email not sent: the step failed'
            : o.skippedReason === 'error'
                ? 'Email not sent (fail-on-error: false)'
                : o.skippedReason === 'dry-run'
                    ? o.heldByNotifyWhen
                        ? 'Email rendered (dry run, not sent; notify-when would not send it on this run)'
                        : 'Email rendered (dry run, not sent)'
                    : o.skippedReason === 'notify-when'
                        ? 'Email not sent (notify-when)'
                        : 'Email not sent';
    const bcc = o.recipients?.bcc ?? [];
    const rows = [['Run status', o.status]];
    if (o.message)
        rows.push(['Subject', o.message.subject]);
    // Not the message's envelope: it holds the Bcc addresses with the others.
    if (o.recipients) {
        const { to, cc } = o.recipients;
        rows.push(['Recipients', listWithBccCounted([...to, ...cc, ...bcc], bcc)]);
    }
    if (o.authors)
        rows.push(['Commit authors', (0,author_filter/* authorsLine */.bb)(o.authors).replace(/^Commit authors /, '')]);
    if (o.message)
        rows.push(['Message-ID', o.message.messageId]);
    if (o.accepted.length)
        rows.push(['Accepted', listWithBccCounted(o.accepted, bcc)]);
    if (o.rejected.length)
        rows.push(['Rejected', listWithBccCounted(o.rejected, bcc)]);
    if (o.gmailId)
        rows.push(['Gmail id / thread', `${o.gmailId} / ${o.threadId ?? ''}`]);
    if (o.emlPath)
        rows.push(['.eml written to', o.emlPath]);
    if (o.detail)
        rows.push([o.sent ? 'Note' : 'Why', hideBcc(o.detail, o.recipients?.hidden ?? [])]);
    const table = [
        '<table>',
        // One line each: a blank line inside a cell would end the HTML block and let Markdown in.
        ...rows.map(([k, v]) => `<tr><th align="left">${(0,render_escape/* escapeHtml */.Z)(k)}</th><td>${(0,render_escape/* escapeHtml */.Z)((0,errors/* oneLine */.TN)(v, 2000))}</td></tr>`),
        '</table>',
    ].join('\n');
    let preview = '';
    if (o.message) {
        const text = o.message.content.text;
        const cut = text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}\n…` : text;
        preview = `\n<details><summary>Message preview (plain-text part)</summary>\n\n<pre>${(0,render_escape/* escapeHtml */.Z)(cut)}</pre>\n</details>\n`;
    }
    return `### ${icon} Gmail Notify: ${headline}\n\n${table}\n${preview}`;
}
/** Appends the step summary (when `job-summary` is on and the runner has one); a failure is a warning. */
async function writeSummary(log, jobSummary, outcome) {
    if (!jobSummary)
        return;
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await log.summary.addRaw(summaryMarkdown(outcome), true).write();
    }
    catch (err) {
        log.warning(`Could not write the step summary: ${(0,errors/* oneLine */.TN)(String(err.message ?? err), 200)}`);
    }
}

;// CONCATENATED MODULE: ./src/report/index.ts


/** Reports `outcome` once: outputs, annotations (setFailed for a failure), step summary. */
async function report(log, outcome, jobSummary) {
    writeOutputs(log, outcome);
    for (const { level, text } of outcome.said ?? []) {
        if (level === 'failed')
            log.setFailed(text);
        else
            log[level](text);
    }
    await writeSummary(log, jobSummary, outcome);
}

;// CONCATENATED MODULE: ./src/report/outcome.ts


/** No email: notify-when holds it back (or the watched run has not completed). */
function skippedOutcome(known, reason, notice) {
    return {
        sent: false,
        skippedReason: 'notify-when',
        detail: reason,
        status: known.status,
        recipients: known.recipients,
        accepted: [],
        rejected: [],
        said: [{ level: 'notice', text: notice }],
    };
}
/**
 * A dry run: rendered, not sent. When notify-when would not send on this run either, the message is
 * still rendered and checked (that is what a dry run is for); `skipped-reason` stays `dry-run` as
 * SPEC §7 says, and the notice and summary say that notify-when would hold it back.
 */
function dryRunOutcome(known, decision, notifyWhen, summaryShown) {
    const dry = 'dry-run: true, no mail or token server was contacted';
    const held = decision.send ? undefined : `notify-when (${notifyWhen}) would not send on this run`;
    const { message, emlPath } = known;
    const where = [emlPath ? `\`eml-path\` (${emlPath})` : '', summaryShown ? 'the step summary' : ''].filter(Boolean);
    const notice = held
        ? `Dry run: ${held} (${decision.reason}); nothing was sent. ${where.length ? `The message it would send is in ${where.join(' and ')}.` : 'Set `eml-path` to see the message it would send.'}`
        : `Dry run: rendered "${message.subject}" for ${message.recipients.length} recipient(s); nothing was sent.`;
    return {
        sent: false,
        skippedReason: 'dry-run',
        detail: held ? `${held}: ${decision.reason}; ${dry}` : dry,
        status: known.status,
        recipients: known.recipients,
        heldByNotifyWhen: held !== undefined,
        message,
        authors: known.authors,
        accepted: [],
        rejected: [],
        emlPath,
        said: [{ level: 'notice', text: notice }],
    };
}
/** Sent: to whom, and a warning naming any recipient the server refused or kept deferring. */
function sentOutcome(known, result) {
    const { message } = known;
    const undelivered = result.refusals
        ? undeliveredWarning(result.refusals, result.deferred)
        : result.rejected.length
            ? `The server refused ${result.rejected.length} recipient(s): ${result.rejected.join(', ')}. The others received the message.`
            : undefined;
    const said = undelivered ? [{ level: 'warning', text: undelivered }] : [];
    said.push({
        level: 'info',
        text: `Sent "${message.subject}" to ${result.accepted.length} recipient(s); Message-ID ${message.messageId}.`,
    });
    return {
        sent: true,
        status: known.status,
        recipients: known.recipients,
        message,
        authors: known.authors,
        accepted: result.accepted,
        rejected: result.rejected,
        emlPath: known.emlPath,
        gmailId: result.gmailId,
        threadId: result.threadId,
        said,
    };
}
/**
 * An error anywhere: the step fails with its one line, except a delivery error under
 * `fail-on-error: false`, which is a warning (`skipped-reason: error`).
 */
function failedOutcome(known, err, failOnError) {
    const expected = err instanceof errors/* InputError */.dz || err instanceof errors/* DeliveryError */.VE;
    const line = expected
        ? err.message
        : `Unexpected error: ${(0,errors/* oneLine */.TN)(String(err?.message ?? err), 300)}`;
    const swallow = err instanceof errors/* DeliveryError */.VE && !failOnError;
    const said = expected ? [] : [{ level: 'debug', text: String(err?.stack ?? err) }];
    said.push(swallow
        ? { level: 'warning', text: `Email not sent (fail-on-error: false): ${line}` }
        : { level: 'failed', text: line });
    return {
        sent: false,
        skippedReason: swallow ? 'error' : undefined,
        detail: line,
        status: known.status,
        recipients: known.recipients,
        message: known.message,
        accepted: [],
        rejected: err instanceof errors/* DeliveryError */.VE ? [...err.rejected] : [],
        emlPath: known.emlPath,
        said,
    };
}

;// CONCATENATED MODULE: ./src/main.ts





















/** Runs the action: settings → facts → decide → notify (enrich → render → deliver) → report once. */
async function run(core, env = process.env, hooks = {}) {
    const start = Date.now();
    const runnerCore = (0,src_core/* withLineMasking */.Hl)(core);
    // The proxy's password is in the environment, not an input: masked before any request.
    for (const secret of (0,http/* proxySecrets */.Wm)(env))
        runnerCore.setSecret(secret);
    const state = { log: runnerCore, known: { status: 'unknown' } };
    let outcome;
    try {
        const settings = await readSettings(runnerCore, env);
        state.settings = settings;
        state.known = { status: settings.status, recipients: recipientsOf(settings) };
        state.log = hidingBcc(runnerCore, state.known.recipients?.hidden ?? [], env);
        hooks.watchdog?.(settings.timeoutSeconds, state.log);
        const facts = await readFacts(settings, env, retry/* Deadline */.B2.after(settings.timeoutSeconds, start), state.log);
        state.known.status = facts.reported.status;
        const decided = await decideRun(settings, facts, state);
        outcome = 'outcome' in decided ? decided.outcome : await notify(settings, facts, decided, state, env);
    }
    catch (err) {
        outcome = failedOutcome(state.known, err, state.settings?.failOnError ?? true);
    }
    finally {
        state.delivery?.close();
    }
    await report(state.log, outcome, state.settings?.jobSummary ?? true);
}
/** The settings, after the environment checks that come before any input is read. */
async function readSettings(log, env) {
    (0,http/* checkProxyEnv */.qG)(env);
    // Before any input is read: a step written for dawidd6/action-send-mail must not silently go to Gmail.
    if (mayHaveForeignInputs(env))
        (await __webpack_require__.e(/* import() */ 0).then(__webpack_require__.bind(__webpack_require__, 1619))).refuseForeignInputs(env);
    return (0,inputs/* getSettings */.mt)(log);
}
/** The watched workflow's name is outside text: one line, so it cannot start a workflow command. */
function runName(w) {
    return `${(0,errors/* oneLine */.TN)(w.workflow, 200) || 'the watched workflow'}${w.run_number ? ` run #${w.run_number}` : ''}`;
}
async function readFacts(settings, env, deadline, log) {
    const ctx = (0,context/* readRunContext */.$p)(env);
    // Its own chunk: most runs write no .eml.
    const emlTarget = settings.emlPath
        ? (await __webpack_require__.e(/* import() */ 800).then(__webpack_require__.bind(__webpack_require__, 9800))).resolveForWriting(names/* Input */.p.EmlPath, settings.emlPath, {
            workspace: ctx.workspace,
            runnerTemp: ctx.runner_temp,
        })
        : undefined;
    const reported = (0,decide_status/* runStatus */.em)(settings.status, ctx);
    if (reported.from) {
        log.info(`Status: ${reported.status}, from the conclusion of ${runName(reported.from)} (${reported.from.conclusion}) that triggered this workflow_run.`);
    }
    if (reported.differs) {
        log.warning(`Input \`status\` is ${settings.status} but ${runName(reported.differs)}, which triggered this workflow_run, concluded ${reported.differs.conclusion}; the email reports ${settings.status} as given. The default, \`\${{ job.status }}\`, is this notify job's own status: failure when one of its earlier steps failed.`);
    }
    return { ctx, reported, emlTarget, deadline, github: gitHubLookups(settings, ctx, deadline) };
}
async function decideRun(settings, facts, state) {
    const { reported } = facts;
    if (reported.pending) {
        const reason = `${runName(reported.pending)} has not completed yet (${reported.pending.conclusion})`;
        const notice = `No email sent: ${reason}. Add \`types: [completed]\` under \`on: workflow_run\` so this workflow runs once it has.`;
        return { outcome: skippedOutcome(state.known, reason, notice) };
    }
    const previous = await facts.github.previousConclusion(settings.notifyWhen, reported.status, state.log);
    const decision = shouldNotify(settings.notifyWhen, reported.status, previous);
    // A dry run goes on to render and check the message notify-when holds back (see dryRunOutcome);
    // a real run stops here, cheaply, with nothing rendered.
    if (!decision.send && !settings.dryRun) {
        const notice = `No email sent: ${decision.reason} (notify-when: ${settings.notifyWhen.join(', ')}).`;
        return { outcome: skippedOutcome(state.known, decision.reason, notice) };
    }
    return { decision, previous };
}
/** Enrich → render → deliver (or stop after rendering, on a dry run): the outcome of a send. */
async function notify(settings, facts, decided, state, env) {
    const { ctx, deadline, reported } = facts;
    const { log, known } = state;
    for (const warning of [(0,inputs/* appPasswordWarning */.nm)(settings), (0,inputs/* senderWarning */.Ss)(settings)]) {
        if (warning)
            log.warning(warning);
    }
    // Attachments are found and their total size checked before any server is contacted.
    const roots = { workspace: ctx.workspace, runnerTemp: ctx.runner_temp };
    const found = await findAttachments(settings.attachments, roots, settings.transport, settings.ifNoFilesFound);
    for (const warning of attachmentWarnings(found, settings.ifNoFilesFound))
        log.warning(warning);
    if (!settings.dryRun)
        state.delivery = await prepareDelivery(settings, deadline, log);
    // Between the steps below (a few ms of CPU each), the connection opened ahead gets its turn to
    // connect and answer the TLS handshake; run in one go, they held its first packet until the end.
    const ioTurn = () => (state.delivery ? (0,promises_.setImmediate)() : Promise.resolve());
    await ioTurn();
    // Loaded only now (a chunk of its own, with nodemailer's composer), so a send starts connecting first.
    // Enrich and render are small (their heavy parts load lazily) and part of this chunk: a chunk
    // costs a module load of its own, which measured more than their compile on every run.
    const { composeMessage, withBytesBuilt } = await Promise.all(/* import() */[__webpack_require__.e(76), __webpack_require__.e(619), __webpack_require__.e(795)]).then(__webpack_require__.bind(__webpack_require__, 8795));
    await ioTurn();
    const { previous } = decided;
    const enrichment = await enrich(settings, ctx, { status: reported.status, previous, github: facts.github, deadline }, log);
    // The message is rendered for the reported status (templates, X-GitHub-Status), not the input's.
    let addressed = { ...settings, status: reported.status };
    if (enrichment.authors) {
        // `author-recipients: culprits`: the vetted authors join To (the summary says who and why not).
        addressed = (0,author_filter/* withAuthors */.NZ)(addressed, enrichment.authors.added);
        known.recipients = recipientsOf(addressed);
        known.authors = enrichment.authors;
        log.info((0,author_filter/* authorsLine */.bb)(enrichment.authors));
    }
    const content = await renderContent(addressed, ctx, enrichment, env);
    for (const warning of content.warnings ?? [])
        log.warning(warning);
    await ioTurn();
    known.message = composeMessage(addressed, ctx, content, found.files);
    // Built while the server is still greeting, instead of after it; attachments stay streamed.
    if (!settings.dryRun && !found.files.length)
        known.message = await withBytesBuilt(known.message);
    const message = known.message;
    if (facts.emlTarget && settings.emlPath) {
        // Written before anything is sent: a path that cannot be written stops the step with nothing sent.
        await (await __webpack_require__.e(/* import() */ 800).then(__webpack_require__.bind(__webpack_require__, 9800))).writeEml(facts.emlTarget, message);
        known.emlPath = (0,external_node_path_.resolve)(ctx.workspace, settings.emlPath);
    }
    if (settings.dryRun) {
        const summaryShown = Boolean(process.env.GITHUB_STEP_SUMMARY) && settings.jobSummary;
        return dryRunOutcome({ ...known, message }, decided.decision, settings.notifyWhen.join(', '), summaryShown);
    }
    if (!state.delivery)
        throw new Error('delivery was not prepared');
    return sentOutcome({ ...known, message }, await state.delivery.send(message));
}

;// CONCATENATED MODULE: ./src/watchdog.ts
/**
 * The last resort should a wait not be bounded by the step's deadline (every wait is meant to be):
 * fail the step a little after `timeout-seconds` and exit. Unref'd, so it never keeps a finished
 * run alive.
 */
function watchdog(timeoutSeconds, log) {
    setTimeout(() => {
        log.setFailed(`The step did not finish within \`timeout-seconds\` (${timeoutSeconds} s) and was stopped; nothing more will be sent.`);
        process.exit(1);
    }, timeoutSeconds * 1000 + 3000).unref();
}

;// CONCATENATED MODULE: ./src/action.ts



/** Runs the action with @actions/core as the runner seam, under the watchdog. */
function runAction() {
    return run(core, process.env, { watchdog: watchdog });
}


/***/ }),

/***/ 3523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ isValidAddress),
/* harmony export */   IY: () => (/* binding */ addressKey),
/* harmony export */   Mb: () => (/* binding */ parseAddressList)
/* harmony export */ });
/* unused harmony export splitAddressEntries */
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


// Deliberately strict: a mistyped address should fail before we connect, not bounce later.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const DOMAIN_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
/** True for an address Gmail will accept as a recipient: `local@domain.tld` (unicode domains allowed). */
function isValidAddress(address) {
    if (address.length > 254 || /[\s\r\n]/.test(address))
        return false;
    const at = address.lastIndexOf('@');
    if (at <= 0 || at === address.length - 1)
        return false;
    const local = address.slice(0, at);
    const domain = address.slice(at + 1);
    if (local.length > 64 ||
        !LOCAL.test(local) ||
        local.startsWith('.') ||
        local.endsWith('.') ||
        local.includes('..'))
        return false;
    let ascii;
    try {
        ascii = new URL(`http://${domain}`).hostname;
    }
    catch {
        return false;
    }
    const labels = ascii.split('.');
    return labels.length >= 2 && labels.every((l) => DOMAIN_LABEL.test(l)) && !/^\d+$/.test(labels.at(-1));
}
/**
 * Splits a list into entries on commas, semicolons and line breaks, except for commas and
 * semicolons inside a quoted display name or angle brackets (`"Doe, Jane" <jane@example.com>`).
 */
function splitAddressEntries(value) {
    const entries = [];
    let current = '';
    let quoted = false;
    let angle = false;
    for (let i = 0; i < value.length; i++) {
        const c = value[i];
        if (c === '\r' || c === '\n') {
            entries.push(current);
            current = '';
            quoted = false;
            angle = false;
            continue;
        }
        if (quoted && c === '\\' && i + 1 < value.length) {
            current += c + value[++i];
            continue;
        }
        if (c === '"' && !angle)
            quoted = !quoted;
        else if (!quoted && c === '<')
            angle = true;
        else if (!quoted && c === '>')
            angle = false;
        if (!quoted && !angle && (c === ',' || c === ';')) {
            entries.push(current);
            current = '';
            continue;
        }
        current += c;
    }
    entries.push(current);
    return entries.map((e) => e.trim()).filter(Boolean);
}
// `Name <addr>` or `"Name" <addr>`; anything else must be a bare address.
const NAMED = /^(?:"((?:[^"\\]|\\.)*)"|([^<>"]*?))\s*<([^<>]*)>$/;
/** One entry: a bare address, or a display name with the address in angle brackets. */
function parseEntry(entry) {
    if (!/[<>"]/.test(entry))
        return isValidAddress(entry) ? { name: '', address: entry } : undefined;
    const m = NAMED.exec(entry);
    if (!m)
        return undefined;
    const address = m[3].trim();
    if (!isValidAddress(address))
        return undefined;
    // An unquoted name with an @ is a second address run into this one, not a name to show.
    if (m[2]?.includes('@'))
        return undefined;
    const raw = m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2];
    // Control characters (NUL, ESC…) in a display name are mangled or hidden by mail clients.
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(raw))
        return undefined;
    const name = raw.replace(/\s+/g, ' ').trim();
    return { name, address };
}
/**
 * Parses an address list input. Entries are separated by commas, semicolons or newlines and may
 * carry display names (`"Dev Team" <dev@example.com>`). Any entry that is not a valid address is
 * an InputError naming the input and the entry; in particular two addresses without a separator
 * between them are refused rather than one being taken for the other's display name.
 */
function parseAddressList(input, value) {
    const out = [];
    for (const [i, entry] of splitAddressEntries(value).entries()) {
        const mailbox = parseEntry(entry);
        if (!mailbox) {
            // A Bcc address stays out of the log (public in a public repository): its position instead.
            const which = input === 'bcc' ? ` (entry ${i + 1}; Bcc addresses are not shown)` : `: "${entry.slice(0, 120)}"`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `Input \`${input}\` has an invalid email address${which}. Use name@example.com or "Name" <name@example.com>, separated by commas, semicolons or new lines.`);
        }
        out.push(mailbox);
    }
    return out;
}
/** The bare address in lower case, for comparing and removing duplicates. */
function addressKey(address) {
    const a = address.trim();
    const at = a.lastIndexOf('@');
    // A unicode domain and its punycode form are one mailbox (the envelope carries punycode).
    const domain = at >= 0 ? (0,node_url__WEBPACK_IMPORTED_MODULE_0__.domainToASCII)(a.slice(at + 1)) || a.slice(at + 1) : '';
    return (at >= 0 ? `${a.slice(0, at)}@${domain}` : a).toLowerCase();
}


/***/ }),

/***/ 3951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ requestToken),
  C: () => (/* binding */ retryAfterSeconds)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/http.ts
var http = __webpack_require__(6803);
// EXTERNAL MODULE: ./src/http-errors.ts
var http_errors = __webpack_require__(223);
// EXTERNAL MODULE: ./src/hosts.ts
var hosts = __webpack_require__(9892);
;// CONCATENATED MODULE: ./src/auth/token-errors.ts
/** One line for a token endpoint that refused: invalid_grant, invalid_client, 429/5xx, anything else. */


/** How an error line names where the token URL came from. */
function tokenUrlInputName(from) {
    return from === 'oauth-token-url' ? '`oauth-token-url`' : 'the `token_uri` in `service-account-key`';
}
function grantName(grant) {
    return grant === 'refresh_token' ? 'refresh token' : 'service account sign-in';
}
/** What to do about invalid_grant, by grant and provider. */
function invalidGrantAdvice(grant, google) {
    if (grant === 'jwt-bearer') {
        return 'The service account may not have domain-wide delegation for this scope, `username` may not be a user of its Workspace domain, or the key was deleted: check the delegation in the Admin console (Security > API controls > Domain-wide delegation).';
    }
    return google
        ? 'The refresh token has expired or was revoked. Create a new one (npm run auth in a clone of this action) and update the `oauth-refresh-token` secret. If the OAuth consent screen is in "Testing" status, Google expires refresh tokens after 7 days: publish the app to keep them.'
        : 'The refresh token has expired or was revoked: get a new one from that provider and update the `oauth-refresh-token` secret.';
}
/** Turns a token endpoint failure into a DeliveryError with one clear line. */
function explainTokenError(status, body, tokenUrl, grant, retryAfterSeconds, tokenUrlFrom = 'oauth-token-url') {
    const desc = body?.error_description ? `: ${(0,errors/* oneLine */.TN)(body.error_description, 200)}` : '';
    const said = body?.error ? ` The token endpoint said "${(0,errors/* oneLine */.TN)(String(body.error), 100)}${desc}".` : '';
    const host = (0,hosts/* hostOf */.w4)(tokenUrl) ?? tokenUrl;
    const google = (0,hosts/* isKnownGoogleHost */.zz)(host);
    const who = google ? `Google (${host})` : host;
    if (body?.error === 'invalid_grant') {
        return new errors/* DeliveryError */.VE('token', `token: ${who} refused the ${grantName(grant)} (invalid_grant).${said} ${invalidGrantAdvice(grant, google)}`, false);
    }
    if (body?.error === 'invalid_client' || body?.error === 'unauthorized_client') {
        const advice = grant === 'refresh_token'
            ? 'Check that `oauth-client-id` and `oauth-client-secret` are from the same OAuth client as the refresh token, and that the client still exists.'
            : 'Check that the service account key is current and its client is allowed domain-wide delegation.';
        return new errors/* DeliveryError */.VE('token', `token: ${who} did not accept the OAuth client (${body.error}).${said} ${advice}`, false);
    }
    if (status === 429 || status >= 500) {
        return new errors/* DeliveryError */.VE('token', `token: ${tokenUrl} answered HTTP ${status}.${said} This is usually temporary on the server's side: run the job again later.`, true, retryAfterSeconds);
    }
    return new errors/* DeliveryError */.VE('token', `token: ${tokenUrl} answered HTTP ${status}.${said} Check ${tokenUrlInputName(tokenUrlFrom)} and the OAuth inputs.`, false);
}

;// CONCATENATED MODULE: ./src/auth/token-endpoint.ts




/** Parses a Retry-After header given in seconds (HTTP dates are rare on token endpoints). */
function retryAfterSeconds(header) {
    if (!header)
        return undefined;
    const n = Number(header.trim());
    if (Number.isFinite(n) && n >= 0)
        return Math.min(n, 300);
    const date = Date.parse(header);
    return Number.isNaN(date) ? undefined : Math.max(0, Math.min(300, (date - Date.now()) / 1000));
}
/**
 * POSTs a form to an OAuth token endpoint and returns the access token, or throws a DeliveryError
 * with one clear line (invalid_grant, invalid_client, 429/5xx as transient).
 */
async function requestToken(tokenUrl, form, grant, deadline, tokenUrlFrom = 'oauth-token-url') {
    let res;
    let text;
    try {
        res = await (0,http/* httpFetch */.tX)(tokenUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
            body: new URLSearchParams(form).toString(),
            signal: AbortSignal.timeout(deadline.cap(30_000)),
            redirect: 'error',
        });
        text = await res.text();
    }
    catch (err) {
        throw (0,http_errors/* explainHttpNetworkError */.mG)(err, 'token', tokenUrl, tokenUrlInputName(tokenUrlFrom));
    }
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        body = undefined;
    }
    if (!res.ok) {
        throw explainTokenError(res.status, body, tokenUrl, grant, retryAfterSeconds(res.headers.get('retry-after')), tokenUrlFrom);
    }
    if (!body || typeof body.access_token !== 'string' || !body.access_token) {
        throw new errors/* DeliveryError */.VE('token', `token: ${tokenUrl} answered HTTP ${res.status} without an access_token (the reply was not the expected JSON). Check ${tokenUrlInputName(tokenUrlFrom)}.`, false);
    }
    return {
        accessToken: body.access_token,
        expiresIn: typeof body.expires_in === 'number' ? body.expires_in : undefined,
        scope: typeof body.scope === 'string' ? body.scope : undefined,
    };
}


/***/ }),

/***/ 788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readRunContext),
/* harmony export */   Qp: () => (/* binding */ templateVariables),
/* harmony export */   T_: () => (/* binding */ reportedRun),
/* harmony export */   nF: () => (/* binding */ unreportableRun)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The run context: who, what and where this workflow run is about, read from the runner's
 * environment (GITHUB_* variables) and the event payload at GITHUB_EVENT_PATH.
 *
 * Payloads differ per event, change over time and can be edited by hand for local runs, so this
 * module is tolerant by design: it never throws, and every field falls back to an environment
 * value or an empty string. Values are passed on verbatim; escaping them is the renderer's job.
 */

/** Events whose payload carries a top-level `pull_request` describing the run's subject. */
const PULL_REQUEST_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
]);
/** Environment keys that hold credentials the runner hands to every action. */
const RUNNER_SECRET_KEYS = new Set(['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN']);
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The object at `value`, or an empty one, so lookups on odd payloads never throw. */
function rec(value) {
    return isRecord(value) ? value : {};
}
/** A string field; numbers are accepted because some payloads carry ids as either. */
function str(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    return '';
}
/** A non-negative integer field, accepting its string form; 0 when absent or malformed. */
function int(value) {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
        return value;
    if (typeof value === 'string' && /^\d{1,15}$/.test(value))
        return Number(value);
    return 0;
}
/** The first non-empty string among the candidates. */
function first(...values) {
    for (const value of values) {
        const s = str(value);
        if (s !== '')
            return s;
    }
    return '';
}
/** The payload as an object; a missing file, bad JSON or a non-object payload all give `{}`. */
function loadEvent(path, readFile) {
    if (path === '')
        return {};
    try {
        // Strip a byte-order mark: hand-written payloads for local runs sometimes carry one.
        const parsed = JSON.parse(readFile(path).replace(/^\uFEFF/, ''));
        return rec(parsed);
    }
    catch {
        return {};
    }
}
function trimSlashes(url) {
    return url.replace(/\/+$/, '');
}
/** The REST API base for a server, as the runner would set it, for when GITHUB_API_URL is absent. */
function defaultApiUrl(serverUrl) {
    try {
        const host = new URL(serverUrl).hostname;
        if (host === 'github.com')
            return 'https://api.github.com';
        if (host.endsWith('.ghe.com'))
            return `https://api.${host}`;
    }
    catch {
        // A malformed server URL still gets the Enterprise Server form below.
    }
    return `${serverUrl}/api/v3`;
}
function defaultGraphqlUrl(serverUrl, apiUrl) {
    return apiUrl === `${serverUrl}/api/v3` ? `${serverUrl}/api/graphql` : `${apiUrl}/graphql`;
}
/** `refs/heads/x` → branch, `refs/tags/x` → tag, anything else → ''. */
function refTypeOf(ref) {
    if (ref.startsWith('refs/heads/'))
        return 'branch';
    if (ref.startsWith('refs/tags/'))
        return 'tag';
    return '';
}
/** The short name GitHub derives from a ref (`refs/pull/1/merge` → `1/merge`, as the runner does). */
function refNameOf(ref) {
    const match = /^refs\/(?:heads|tags|pull|remotes)\/(.+)$/.exec(ref);
    return match ? match[1] : ref;
}
/** The first line of a commit message, which is what people read as its title. */
function firstLine(message) {
    return (message.split(/\r\n|\r|\n/, 1)[0] ?? '').trim();
}
function runUrl(repositoryUrl, runId, runAttempt) {
    if (repositoryUrl === '' || runId === '')
        return '';
    const base = `${repositoryUrl}/actions/runs/${runId}`;
    return int(runAttempt) > 1 ? `${base}/attempts/${int(runAttempt)}` : base;
}
/** The ref when GITHUB_REF is absent (local runs): what the payload says, or what GitHub would set. */
function fallbackRef(eventName, event) {
    const ref = str(event.ref);
    if (ref.startsWith('refs/'))
        return ref;
    const tag = str(rec(event.release).tag_name);
    if (eventName === 'release' && tag !== '')
        return `refs/tags/${tag}`;
    const number = int(rec(event.pull_request).number) || int(event.number);
    if (PULL_REQUEST_EVENTS.has(eventName) && number > 0)
        return `refs/pull/${number}/merge`;
    return '';
}
/** A pull request event's subject, falling back to GITHUB_HEAD_REF/BASE_REF and the `refs/pull/N/…` ref. */
function pullRequestFromEvent(event, env, repositoryUrl, ref) {
    const pr = rec(event.pull_request);
    const number = int(pr.number) || int(event.number) || int(/^refs\/pull\/(\d+)\//.exec(ref)?.[1]);
    const head = first(rec(pr.head).ref, env.GITHUB_HEAD_REF);
    if (number === 0 && head === '')
        return undefined;
    return {
        number,
        title: str(pr.title),
        url: first(pr.html_url, number > 0 && repositoryUrl !== '' ? `${repositoryUrl}/pull/${number}` : ''),
        author: str(rec(pr.user).login),
        head,
        base: first(rec(pr.base).ref, env.GITHUB_BASE_REF),
    };
}
/**
 * A `workflow_run` knows its pull request by number and branches. Its title is the run's
 * `display_title` when a pull request event triggered the run; a push run lists open pull requests
 * of its branch too, but then `display_title` is the commit's title, not the pull request's.
 */
function pullRequestFromWorkflowRun(run, repositoryUrl) {
    const prs = run.pull_requests;
    const pr = Array.isArray(prs) ? rec(prs[0]) : {};
    const number = int(pr.number);
    if (number === 0)
        return undefined;
    return {
        number,
        title: PULL_REQUEST_EVENTS.has(str(run.event)) ? str(run.display_title) : '',
        url: repositoryUrl !== '' ? `${repositoryUrl}/pull/${number}` : '',
        author: '',
        head: str(rec(pr.head).ref),
        base: str(rec(pr.base).ref),
    };
}
function commitInfo(source, sha, repositoryUrl) {
    const commitSha = first(source?.id, sha);
    const message = str(source?.message);
    const author = rec(source?.author);
    return {
        sha: commitSha,
        message,
        title: firstLine(message),
        author_name: str(author.name),
        author_email: str(author.email),
        // Built rather than taken from the payload, so it always points at this server and repository.
        url: commitSha !== '' && repositoryUrl !== '' ? `${repositoryUrl}/commit/${commitSha}` : '',
    };
}
function placeOf(env, event) {
    const serverUrl = trimSlashes(first(env.GITHUB_SERVER_URL, 'https://github.com'));
    const apiUrl = trimSlashes(first(env.GITHUB_API_URL, defaultApiUrl(serverUrl)));
    const graphqlUrl = trimSlashes(first(env.GITHUB_GRAPHQL_URL, defaultGraphqlUrl(serverUrl, apiUrl)));
    const repository = first(env.GITHUB_REPOSITORY, rec(event.repository).full_name);
    const repositoryUrl = repository !== '' ? `${serverUrl}/${repository}` : '';
    return { serverUrl, apiUrl, graphqlUrl, repository, repositoryUrl };
}
/** The ref, its short name and its type, env first, then what the payload implies. */
function refOf(env, eventName, event) {
    const ref = first(env.GITHUB_REF, fallbackRef(eventName, event));
    const envRefType = str(env.GITHUB_REF_TYPE);
    return {
        ref,
        ref_name: first(env.GITHUB_REF_NAME, refNameOf(ref)),
        ref_type: envRefType === 'branch' || envRefType === 'tag' ? envRefType : refTypeOf(ref),
    };
}
/** A pull request event is about the pull request's head. */
function pullRequestSubject(env, event, place, ref) {
    const pullRequest = pullRequestFromEvent(event, env, place.repositoryUrl, ref);
    return {
        pullRequest,
        branch: first(pullRequest?.head, env.GITHUB_HEAD_REF),
        // GITHUB_SHA is the test merge commit, which nobody recognises; the head is what was pushed.
        sha: first(rec(rec(event.pull_request).head).sha, env.GITHUB_SHA),
    };
}
/** A workflow_run event is about the watched run's head, not this run's. */
function workflowRunSubject(env, run, place) {
    return {
        pullRequest: pullRequestFromWorkflowRun(run, place.repositoryUrl),
        branch: str(run.head_branch),
        sha: first(run.head_sha, env.GITHUB_SHA),
        commitSource: isRecord(run.head_commit) ? run.head_commit : undefined,
    };
}
/** Any other event (push, tag, schedule…) is about GITHUB_SHA, or the pushed head. */
function pushSubject(env, event, refs) {
    const after = str(event.after);
    return {
        branch: refs.ref_type === 'branch' ? refs.ref_name : '',
        sha: first(env.GITHUB_SHA, /^0+$/.test(after) ? '' : after, rec(event.head_commit).id),
        commitSource: isRecord(event.head_commit) ? event.head_commit : undefined,
    };
}
function releaseOf(eventName, event) {
    if (eventName !== 'release' || !isRecord(event.release))
        return undefined;
    const release = event.release;
    return {
        tag: str(release.tag_name),
        name: str(release.name),
        url: str(release.html_url),
        body: str(release.body),
        prerelease: release.prerelease === true,
    };
}
function workflowRunOf(run) {
    return {
        name: str(run.name),
        status: str(run.status),
        conclusion: str(run.conclusion),
        url: str(run.html_url),
        event: str(run.event),
        id: int(run.id),
        run_number: int(run.run_number),
        run_attempt: int(run.run_attempt),
        workflow_id: int(run.workflow_id),
    };
}
/** The workflow's `github` context: the runner's own values (`sha` stays the merge commit for pull requests). */
function githubContext(b, sha) {
    const { env, event, place } = b;
    const isPullRequest = PULL_REQUEST_EVENTS.has(b.eventName);
    const pr = rec(event.pull_request);
    return {
        repository: place.repository,
        repository_id: str(env.GITHUB_REPOSITORY_ID),
        repository_owner: first(env.GITHUB_REPOSITORY_OWNER, place.repository.split('/')[0], rec(rec(event.repository).owner).login),
        repository_owner_id: str(env.GITHUB_REPOSITORY_OWNER_ID),
        repositoryUrl: place.repository !== '' ? `git://${hostAndPort(place.serverUrl)}/${place.repository}.git` : '',
        event_name: b.eventName,
        event,
        event_path: b.eventPath,
        sha: first(env.GITHUB_SHA, sha),
        ...b.refs,
        ref_protected: env.GITHUB_REF_PROTECTED === 'true',
        head_ref: first(env.GITHUB_HEAD_REF, isPullRequest ? rec(pr.head).ref : ''),
        base_ref: first(env.GITHUB_BASE_REF, isPullRequest ? rec(pr.base).ref : ''),
        actor: b.actor,
        actor_id: str(env.GITHUB_ACTOR_ID),
        triggering_actor: b.triggeringActor,
        workflow: str(env.GITHUB_WORKFLOW),
        workflow_ref: str(env.GITHUB_WORKFLOW_REF),
        workflow_sha: str(env.GITHUB_WORKFLOW_SHA),
        job: str(env.GITHUB_JOB),
        run_id: str(env.GITHUB_RUN_ID),
        run_number: str(env.GITHUB_RUN_NUMBER),
        run_attempt: str(env.GITHUB_RUN_ATTEMPT),
        retention_days: str(env.GITHUB_RETENTION_DAYS),
        server_url: place.serverUrl,
        api_url: place.apiUrl,
        graphql_url: place.graphqlUrl,
        workspace: str(env.GITHUB_WORKSPACE),
        action: str(env.GITHUB_ACTION),
        ...optional('action_path', env.GITHUB_ACTION_PATH),
        ...optional('action_repository', env.GITHUB_ACTION_REPOSITORY),
        ...optional('action_ref', env.GITHUB_ACTION_REF),
    };
}
function runBasics(env, readFile) {
    const eventPath = str(env.GITHUB_EVENT_PATH);
    const event = loadEvent(eventPath, readFile);
    const eventName = str(env.GITHUB_EVENT_NAME);
    const actor = first(env.GITHUB_ACTOR, rec(event.sender).login);
    return {
        env,
        event,
        eventName,
        eventPath,
        place: placeOf(env, event),
        refs: refOf(env, eventName, event),
        actor,
        triggeringActor: first(env.GITHUB_TRIGGERING_ACTOR, actor),
    };
}
/**
 * Builds the run context from the runner's environment and the event payload at GITHUB_EVENT_PATH.
 * Never throws: a missing or malformed payload yields `event: {}` and values from `env` alone.
 */
function readRunContext(env, readFile = (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8')) {
    const b = runBasics(env, readFile);
    const { event, eventName, place } = b;
    const run = eventName === 'workflow_run' && isRecord(event.workflow_run) ? event.workflow_run : undefined;
    const subject = PULL_REQUEST_EVENTS.has(eventName)
        ? pullRequestSubject(env, event, place, b.refs.ref)
        : run
            ? workflowRunSubject(env, run, place)
            : pushSubject(env, event, b.refs);
    const release = releaseOf(eventName, event);
    const runId = str(env.GITHUB_RUN_ID);
    const runAttempt = str(env.GITHUB_RUN_ATTEMPT);
    return {
        repository: place.repository,
        repository_url: place.repositoryUrl,
        server_url: place.serverUrl,
        api_url: place.apiUrl,
        workflow: str(env.GITHUB_WORKFLOW),
        job: str(env.GITHUB_JOB),
        run_id: runId,
        run_number: str(env.GITHUB_RUN_NUMBER),
        run_attempt: runAttempt,
        run_url: runUrl(place.repositoryUrl, runId, runAttempt),
        event_name: eventName,
        actor: b.actor,
        triggering_actor: b.triggeringActor,
        ...b.refs,
        branch: subject.branch,
        sha: subject.sha,
        short_sha: subject.sha.slice(0, 7),
        commit: commitInfo(subject.commitSource, subject.sha, place.repositoryUrl),
        ...(subject.pullRequest ? { pull_request: subject.pullRequest } : {}),
        ...(release ? { release } : {}),
        ...(run ? { workflow_run: workflowRunOf(run) } : {}),
        github: githubContext(b, subject.sha),
        event,
        workspace: str(env.GITHUB_WORKSPACE),
        runner_temp: str(env.RUNNER_TEMP),
    };
}
/**
 * The run the notification reports on (see ReportedRun). For `workflow_run`, never this run's
 * ids: a payload without the watched run's id gives id '' rather than the notifier's.
 */
function reportedRun(ctx) {
    const watched = ctx.event_name === 'workflow_run' ? ctx.workflow_run : undefined;
    if (!watched) {
        return {
            id: /^\d+$/.test(ctx.run_id) ? ctx.run_id : '',
            attempt: /^[1-9]\d*$/.test(ctx.run_attempt) ? ctx.run_attempt : '1',
            number: ctx.run_number,
            workflow: ctx.workflow,
            url: ctx.run_url,
        };
    }
    const id = watched.id > 0 ? String(watched.id) : '';
    return {
        id,
        attempt: String(watched.run_attempt || 1),
        number: watched.run_number > 0 ? String(watched.run_number) : '',
        workflow: watched.name || ctx.workflow,
        url: watched.url || (id && ctx.repository_url ? `${ctx.repository_url}/actions/runs/${id}` : ''),
        watched,
    };
}
/** Why the GitHub API cannot be asked about the reported run, or '' when it can. */
function unreportableRun(ctx) {
    if (!ctx.repository)
        return 'GITHUB_REPOSITORY is not set (not running in GitHub Actions?)';
    if (reportedRun(ctx).id !== '')
        return '';
    return ctx.event_name === 'workflow_run'
        ? 'the workflow_run payload has no `workflow_run.id`'
        : 'GITHUB_RUN_ID is not set (not running in GitHub Actions?)';
}
/** The host and port of a URL (not hosts.ts `hostOf`, the bare name), for the `git://` URL. */
function hostAndPort(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return url.replace(/^[a-z]+:\/\//i, '');
    }
}
/** `{ key: value }` when the variable is set, so the `github` context only shows what the runner gave. */
function optional(key, value) {
    return value !== undefined && value !== '' ? { [key]: value } : {};
}
/**
 * The template variables (SPEC section 4) that need no network: status, previous_status,
 * failed_jobs and tests are added by later stages. `env` is the step's environment without any
 * `INPUT_*` key, since inputs hold secrets, nor the runner's own tokens.
 */
function templateVariables(ctx, env, templateEnv = []) {
    return {
        repository: ctx.repository,
        repository_url: ctx.repository_url,
        workflow: ctx.workflow,
        job: ctx.job,
        run_id: ctx.run_id,
        run_number: ctx.run_number,
        run_attempt: ctx.run_attempt,
        run_url: ctx.run_url,
        event_name: ctx.event_name,
        actor: ctx.actor,
        ref: ctx.ref,
        ref_name: ctx.ref_name,
        sha: ctx.sha,
        short_sha: ctx.short_sha,
        commit: { ...ctx.commit },
        ...(ctx.pull_request ? { pull_request: { ...ctx.pull_request } } : {}),
        ...(ctx.release ? { release: { ...ctx.release } } : {}),
        github: ctx.github,
        env: listedEnv(env, templateEnv),
    };
}
/**
 * Only the variables the workflow named in `template-env` (empty when unset on this run): a template
 * is text an outsider may have reached, so it never sees tokens, inputs or anything else.
 */
function listedEnv(env, names) {
    const entries = names
        .filter((name) => !/^(INPUT|ACTIONS)_/i.test(name) && !RUNNER_SECRET_KEYS.has(name.toUpperCase()))
        .map((name) => [name, env[name] ?? '']);
    // Object.fromEntries defines own properties, so a key such as `__proto__` cannot reach the prototype.
    return Object.fromEntries(entries);
}


/***/ }),

/***/ 828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hl: () => (/* binding */ withLineMasking),
/* harmony export */   Z$: () => (/* binding */ maskValues)
/* harmony export */ });
/* unused harmony export MIN_MASKED_LINE */
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7194);
/**
 * The runner seam: the part of @actions/core the action uses, as a type. `run()` is handed
 * @actions/core itself (src/index.ts) or, in unit tests, the fake in test/__fixtures__/core.ts.
 */

/** Lines of a multi-line secret shorter than this are not masked on their own (`}` would mask every brace). */
const MIN_MASKED_LINE = 4;
/**
 * The values to mask for one secret: the whole value, then each line of a multi-line one (the runner
 * matches masks within a line, so a PEM key masked whole would still show line by line).
 */
function maskValues(secret) {
    if (!secret.trim())
        return [];
    const values = [secret];
    if (/[\r\n]/.test(secret)) {
        for (const line of secret.split(/\r?\n|\r/)) {
            const t = line.trim();
            if (t.length >= MIN_MASKED_LINE && !values.includes(t))
                values.push(t);
        }
    }
    return values;
}
/**
 * The same core, with `setSecret` masking a multi-line secret line by line (maskValues) and each
 * value once: @actions/core registers exactly the string it is given.
 */
function withLineMasking(core) {
    const masked = new Set();
    return {
        getInput: (name, options) => core.getInput(name, options),
        setSecret: (secret) => {
            for (const value of maskValues(String(secret))) {
                if (masked.has(value))
                    continue;
                masked.add(value);
                // Also replaced in outside text before it is cut short (oneLine, secrets.ts).
                (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .rememberSecret */ .Gz)(value);
                core.setSecret(value);
            }
        },
        setOutput: (name, value) => core.setOutput(name, value),
        setFailed: (message) => core.setFailed(message),
        warning: (message, properties) => core.warning(message, properties),
        notice: (message, properties) => core.notice(message, properties),
        info: (message) => core.info(message),
        debug: (message) => core.debug(message),
        get summary() {
            return core.summary;
        },
    };
}


/***/ }),

/***/ 7532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   em: () => (/* binding */ runStatus),
/* harmony export */   ly: () => (/* binding */ STATUS_WORDS),
/* harmony export */   xz: () => (/* binding */ statusFromWord)
/* harmony export */ });
/* unused harmony export STATUSES */
/** The three statuses, in the order messages name them. */
const STATUSES = (/* unused pure expression or super */ null && (['success', 'failure', 'cancelled']));
/**
 * GitHub's conclusions (of a workflow run, a job, `needs.<job>.result`) as a status. A run that
 * needs approval (`action_required`) did not pass, so it counts as a failure; one that never
 * really ran (`stale`, `skipped`) is reported like a cancelled one; `neutral` is not a failure.
 */
const CONCLUSION_STATUS = {
    success: 'success',
    neutral: 'success',
    failure: 'failure',
    timed_out: 'failure',
    startup_failure: 'failure',
    action_required: 'failure',
    cancelled: 'cancelled',
    stale: 'cancelled',
    skipped: 'cancelled',
};
/** Common spellings people write for a status. */
const ALIASES = { failed: 'failure', canceled: 'cancelled' };
/** Every word the `status` input accepts, for messages and suggestions. */
const STATUS_WORDS = [...Object.keys(CONCLUSION_STATUS), ...Object.keys(ALIASES)];
/**
 * A status or one of GitHub's conclusion words as a status (case-insensitive, trimmed);
 * undefined for anything else.
 */
function statusFromWord(word) {
    const w = word.trim().toLowerCase();
    return Object.hasOwn(CONCLUSION_STATUS, w)
        ? CONCLUSION_STATUS[w]
        : Object.hasOwn(ALIASES, w)
            ? ALIASES[w]
            : undefined;
}
/**
 * The status this notification reports. On a `workflow_run` event whose watched run has completed,
 * a `success` input (what the default `${{ job.status }}` gives the notifying job) is replaced by the
 * watched run's conclusion: a notifier that ran fine says nothing about the run it reports on. An
 * explicit `failure` or `cancelled` input is kept.
 */
function runStatus(input, ctx) {
    const watched = ctx.event_name === 'workflow_run' ? ctx.workflow_run : undefined;
    if (!watched)
        return { status: input };
    const named = (conclusion) => ({
        workflow: watched.name,
        run_number: watched.run_number,
        conclusion,
    });
    // A run still requested or in progress has no conclusion yet: nothing to report on.
    if (watched.status !== '' && watched.status !== 'completed') {
        return input === 'success' ? { status: input, pending: named(watched.status) } : { status: input };
    }
    const status = statusFromWord(watched.conclusion);
    if (!status)
        return { status: input };
    if (input !== 'success') {
        return status === input ? { status: input } : { status: input, differs: named(watched.conclusion) };
    }
    return { status, from: named(watched.conclusion) };
}


/***/ }),

/***/ 4628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ replyCodes),
/* harmony export */   P_: () => (/* binding */ oneLineReply),
/* harmony export */   he: () => (/* binding */ refusalsOf)
/* harmony export */ });
/** nodemailer's per-recipient RCPT TO errors as Refusals (those without an address are left out). */
function refusalsOf(errors = []) {
    return errors.flatMap((r) => r.recipient
        ? [
            {
                recipient: r.recipient,
                code: r.responseCode ?? (Number.parseInt((r.response ?? '').slice(0, 3), 10) || 0),
                reply: r.response ?? '',
            },
        ]
        : []);
}
/** `550-5.1.1` from `550-5.1.1 The email account…`: the reply code and its enhanced status code. */
function replyCodes(reply) {
    const m = /^(\d{3})[ -](\d\.\d{1,3}\.\d{1,3})\b/.exec(reply.trim());
    return m ? `${m[1]}-${m[2]}` : reply.trim().slice(0, 3);
}
/** Collapses a multi-line server reply (`535-5.7.8 …\n535 5.7.8 …`) into one line, codes kept once. */
function oneLineReply(reply) {
    const lines = reply
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    if (lines.length === 0)
        return '';
    const first = lines[0];
    const rest = lines.slice(1).map((l) => l.replace(/^\d{3}[ -](\d\.\d{1,3}\.\d{1,3}\s+)?/, ''));
    return [first.replace(/^(\d{3})-/, '$1 '), ...rest].join(' ').replace(/\s+/g, ' ').trim();
}


/***/ }),

/***/ 9585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ selectAuthors),
/* harmony export */   NZ: () => (/* binding */ withAuthors),
/* harmony export */   U8: () => (/* binding */ MAX_AUTHORS),
/* harmony export */   bb: () => (/* binding */ authorsLine),
/* harmony export */   xr: () => (/* binding */ peopleOf)
/* harmony export */ });
/* unused harmony exports inDomains, isNoreply, coAuthors, droppedSummary */
/* harmony import */ var _addresses_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3523);
/**
 * Who of the commit authors may be mailed (`author-recipients: culprits`): pure rules, no I/O.
 *
 * Commit addresses are written by whoever makes the commit (a fork's pull request included), so an
 * address is mailed only when its domain is on the `author-domains` allowlist; GitHub's noreply
 * addresses never are. Loaded on every run (main.ts), so it imports nothing heavy; the
 * `author-domains` input itself is read in inputs/authors.ts.
 */

/** At most this many authors are added to `To`. */
const MAX_AUTHORS = 20;
/** The domain of an address, lower-case ASCII (punycode for a unicode domain). */
function domainOf(address) {
    const key = (0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .addressKey */ .IY)(address);
    return key.slice(key.lastIndexOf('@') + 1);
}
/** True when the address is in one of `domains` or a subdomain of one (`dev.example.com`, not `badexample.com`). */
function inDomains(address, domains) {
    const domain = domainOf(address);
    return domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}
/**
 * True for GitHub's noreply addresses: `ID+login@users.noreply.github.com` (and the same on
 * Enterprise hosts, `users.noreply.<host>`) and `noreply@github.com`, the committer of web merges.
 */
function isNoreply(address) {
    const key = (0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .addressKey */ .IY)(address);
    const domain = domainOf(address);
    return domain.startsWith('users.noreply.') || key === 'noreply@github.com';
}
// `Co-authored-by: Name <email>` on a line of its own; the key is case-insensitive, as git's trailers.
const CO_AUTHOR = /^[ \t]*co-authored-by:[ \t]*([^<>\r\n]*?)[ \t]*<([^<>\s]+)>[ \t]*$/gim;
/** The co-authors named in a commit message's `Co-authored-by: Name <email>` trailers. */
function coAuthors(message) {
    const out = [];
    for (const m of message.matchAll(CO_AUTHOR))
        out.push({ name: m[1].trim(), email: m[2].trim() });
    return out;
}
/** Every author and co-author of the commits, in commit order, each address once (case-insensitive). */
function peopleOf(commits) {
    const seen = new Set();
    const out = [];
    const add = (p) => {
        const email = p.email.trim();
        if (!email)
            return;
        const key = (0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .addressKey */ .IY)(email);
        if (seen.has(key))
            return;
        seen.add(key);
        out.push({ name: oneLineName(p.name), email });
    };
    for (const c of commits) {
        add({ name: c.authorName, email: c.authorEmail });
        for (const p of coAuthors(c.message))
            add(p);
    }
    return out;
}
/** A display name from a commit, made one short line: it comes from whoever wrote the commit. */
function oneLineName(name) {
    return name
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 100);
}
/**
 * Picks the authors to mail: valid addresses, not GitHub noreply, inside `domains`; those already
 * among `existing` (to, cc and bcc) are not added again; at most `cap` are added (MAX_AUTHORS, less
 * when the message would otherwise pass Gmail's 100 recipients). The rest are counted by reason.
 */
function selectAuthors(people, domains, existing, cap = MAX_AUTHORS) {
    const present = new Set(existing.map(_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .addressKey */ .IY));
    const dropped = { outside: 0, noreply: 0, invalid: 0, overCap: 0 };
    const added = [];
    let already = 0;
    for (const p of people) {
        if (!(0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidAddress */ .$m)(p.email))
            dropped.invalid++;
        else if (isNoreply(p.email))
            dropped.noreply++;
        else if (!inDomains(p.email, domains))
            dropped.outside++;
        else if (present.has((0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .addressKey */ .IY)(p.email)))
            already++;
        else if (added.length >= Math.max(0, cap))
            dropped.overCap++;
        else {
            present.add((0,_addresses_js__WEBPACK_IMPORTED_MODULE_0__/* .addressKey */ .IY)(p.email));
            added.push(p);
        }
    }
    return { added, already, dropped };
}
/** `3 outside author-domains, 1 GitHub noreply`: the drops that happened, or '' when none did. */
function droppedSummary(d, cap = MAX_AUTHORS) {
    return [
        d.outside ? `${d.outside} outside \`author-domains\`` : '',
        d.noreply ? `${d.noreply} GitHub noreply` : '',
        d.invalid ? `${d.invalid} not a valid address` : '',
        d.overCap
            ? cap < MAX_AUTHORS
                ? `${d.overCap} over the cap (room for ${cap} within Gmail's 100 recipients)`
                : `${d.overCap} over the cap of ${cap}`
            : '',
    ]
        .filter(Boolean)
        .join(', ');
}
/**
 * One line for the log and the step summary: whom the commits added and how many were left out, by
 * reason (`Commit authors of the push (3 commits): added a@example.com; dropped 1 GitHub noreply.`).
 */
function authorsLine(a) {
    const head = `Commit authors ${a.source} (${a.commits} commit${a.commits === 1 ? '' : 's'})`;
    const parts = [
        a.added.length ? `added ${a.added.map((p) => p.email).join(', ')}` : 'none added',
        a.already ? `${a.already} already a recipient` : '',
    ].filter(Boolean);
    const dropped = droppedSummary(a.dropped, a.cap);
    return `${head}: ${parts.join('; ')}${dropped ? `; dropped ${dropped}` : ''}.`;
}
/** The settings with the added authors at the end of `To`, as bare addresses. */
function withAuthors(settings, added) {
    // No display name: a commit's name is whatever its author typed, and could pose as another header
    // text (an encoded-word) in To; the address alone is what the allowlist vetted.
    return { ...settings, to: [...settings.to, ...added.map((p) => ({ name: '', address: p.email }))] };
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   VE: () => (/* binding */ DeliveryError),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7194);
/**
 * The ground floor every room uses: the error classes (a bad input, a failed delivery) and `oneLine`,
 * which makes outside text safe for one log line. What each failure means lives beside the code that
 * meets it: deliver/smtp-errors.ts, auth/token-errors.ts, http-errors.ts.
 */

/** A bad input: always fails the step, whatever `fail-on-error` says. */
class InputError extends Error {
    input;
    constructor(
    /** The input name, kebab-case, as the user wrote it in `with:`. */
    input, message) {
        // Messages quote what the user gave, which may hold line breaks: the error stays one line.
        super(message.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' '));
        this.input = input;
        this.name = 'InputError';
    }
}
/** A failure while obtaining a token or delivering, already explained in one line. */
class DeliveryError extends Error {
    stage;
    transient;
    retryAfterSeconds;
    rejected;
    refusals;
    constructor(stage, message, 
    /** Worth another attempt (SMTP 4xx, resets, timeouts, HTTP 429/5xx). */
    transient, 
    /** Seconds the server asked us to wait (HTTP Retry-After), if any. */
    retryAfterSeconds, 
    /** Recipients the server refused (RCPT TO), for the `rejected` output. */
    rejected = [], 
    /** Each refused recipient with its reply, when known (every recipient refused at RCPT TO). */
    refusals = []) {
        super(message);
        this.stage = stage;
        this.transient = transient;
        this.retryAfterSeconds = retryAfterSeconds;
        this.rejected = rejected;
        this.refusals = refusals;
        this.name = 'DeliveryError';
    }
}
/** Line breaks of every kind, and other control characters: a log line must stay one line. */
const LINE_BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
/**
 * Outside text as one log line: secrets replaced first (a cut must not leave half of one), line
 * breaks and controls made spaces (no payload may start a workflow command), then cut at `max`.
 */
function oneLine(text, max = 400) {
    const flat = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(String(text)).replace(LINE_BREAKS, ' ').replace(/ {2,}/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}


/***/ }),

/***/ 9892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   pJ: () => (/* binding */ isGmailSmtpHost),
/* harmony export */   w4: () => (/* binding */ hostOf),
/* harmony export */   zz: () => (/* binding */ isKnownGoogleHost)
/* harmony export */ });
/**
 * Host names the action treats specially, decided in one place: loopback (where plain http is
 * allowed), Gmail's SMTP hosts (which get Gmail's own advice) and the Google hosts known to exist.
 */
/**
 * True for a loopback host name as `URL.hostname` gives it: `localhost`, `[::1]` or 127.x.x.x
 * (the URL parser writes every IPv4 form as a dotted quad, so `127.example.com` is a name, not loopback).
 */
function isLoopback(hostname) {
    return ['localhost', '[::1]'].includes(hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
/** The host name of a URL, or undefined when it is not one. */
function hostOf(url) {
    try {
        return new URL(url).hostname;
    }
    catch {
        return undefined;
    }
}
/** A host name compared as DNS does: case and a trailing dot ignored. */
function normalized(host) {
    return host.toLowerCase().replace(/\.$/, '');
}
/**
 * Host names Google serves that the action uses or that service-account keys name (the built-in
 * `smtp-host`, `oauth-token-url` and `gmail-api-url`, and older keys' `token_uri`). They exist, so
 * ENOTFOUND for one of them is not a typo: the runner's DNS or network is failing.
 */
const GOOGLE_HOSTS = new Set([
    'smtp.gmail.com',
    'oauth2.googleapis.com',
    'gmail.googleapis.com',
    'www.googleapis.com',
    'accounts.google.com',
]);
/** Only these get Gmail's own advice (App Passwords, 2-Step Verification). */
const GMAIL_SMTP_HOSTS = new Set(['smtp.gmail.com', 'smtp.googlemail.com']);
/** True for Gmail's SMTP host (case and a trailing dot ignored). */
function isGmailSmtpHost(host) {
    return GMAIL_SMTP_HOSTS.has(normalized(host));
}
/** True for a Google host name that is known to exist (case and a trailing dot ignored). */
function isKnownGoogleHost(host) {
    return GOOGLE_HOSTS.has(normalized(host));
}


/***/ }),

/***/ 223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mG: () => (/* binding */ explainHttpNetworkError),
/* harmony export */   n8: () => (/* binding */ proxyRefusalStatus)
/* harmony export */ });
/* unused harmony export explainProxyRefusal */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9892);
/* harmony import */ var _net_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6926);
/**
 * One line for an HTTPS request that got no answer (token endpoint, Gmail API): a proxy that would
 * not tunnel, a timeout, a certificate, a host name, a refused or reset connection.
 */



/**
 * The HTTP status a proxy answered a tunnel request (CONNECT) with, when that is why a request
 * failed: undici reports it, several causes deep, as `Proxy response (407) !== 200 …`.
 */
function proxyRefusalStatus(err) {
    let e = err;
    for (let depth = 0; e && depth < 5; depth++, e = e.cause) {
        const m = /Proxy response \((\d{3})\)/.exec(String(e.message ?? ''));
        if (m)
            return Number(m[1]);
    }
    return undefined;
}
/** One line for a request the proxy would not tunnel: which proxy answer, and what to change. */
function explainProxyRefusal(stage, url, status) {
    const host = (0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .hostOf */ .w4)(url) ?? url;
    const advice = status === 407
        ? 'the proxy did not accept the credentials: check the user and password in the proxy URL (HTTPS_PROXY)'
        : status === 403
            ? `the proxy does not allow ${host}: ask for it to be allowed, or list it in NO_PROXY if the runner reaches it directly`
            : `the proxy could not reach ${host}: check the URL, or list the host in NO_PROXY if the runner reaches it directly`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeliveryError */ .VE(stage, `${stage}: the proxy refused to connect to ${url} (HTTP ${status}); ${advice}.`, status >= 500 && status !== 501);
}
/** The input that names an HTTPS endpoint, by stage, when the caller does not say. */
function defaultInput(stage) {
    return stage === 'token' ? '`oauth-token-url`' : '`gmail-api-url`';
}
/**
 * Turns a network failure talking to an HTTP endpoint (token, Gmail API) into one line. `input` is
 * what the line tells the user to check (backquoted), e.g. `oauth-token-url`.
 */
function explainHttpNetworkError(err, stage, url, input = defaultInput(stage)) {
    const e = (err ?? {});
    const code = e.cause?.code ?? e.code ?? '';
    const msg = e.cause?.message ?? e.message ?? String(err);
    const proxyStatus = proxyRefusalStatus(err);
    if (proxyStatus)
        return explainProxyRefusal(stage, url, proxyStatus);
    if (e.name === 'TimeoutError' || e.name === 'AbortError') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeliveryError */ .VE(stage, `${stage}: no answer from ${url} in time. Run the job again later; if it keeps happening, check ${input} and the runner's network.`, true);
    }
    if (_net_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TLS_CODES */ .p.has(code) || /certificate/i.test(msg)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeliveryError */ .VE(stage, `${stage}: the TLS certificate of ${url} could not be verified (${code || (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(msg, 100)}). For a private CA, point NODE_EXTRA_CA_CERTS at the CA file.`, false);
    }
    if (code === 'ENOTFOUND') {
        const host = (0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .hostOf */ .w4)(url);
        if (host && (0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .isKnownGoogleHost */ .zz)(host))
            return (0,_net_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .unresolvableGoogleHost */ .K)(stage, host, code);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeliveryError */ .VE(stage, `${stage}: the host name of ${url} does not exist (ENOTFOUND). Check its spelling in ${input}.`, false);
    }
    return unreachable(stage, url, input, code, msg);
}
/** fetch's "bad port", a refused connection (permanent) or any other network failure (transient). */
function unreachable(stage, url, input, code, msg) {
    // fetch refuses ports that browsers block (1–1023 services such as 9, 25, 465, 587…) before
    // connecting: no retry changes that.
    if (!code && /^bad port$/i.test(msg.trim())) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeliveryError */ .VE(stage, `${stage}: ${url} uses a port that HTTPS clients refuse to connect to (fetch's "bad port" list, e.g. 25, 465, 587). Check ${input}: an HTTPS endpoint is on 443 or its own port.`, false);
    }
    // Refused: nothing listens there (a wrong URL or port), which no retry fixes.
    const transient = code !== 'ECONNREFUSED';
    const advice = transient
        ? `If it keeps happening, check ${input} and the runner's network (outbound HTTPS, proxies).`
        : `Check ${input} (its host and port) and the runner's network.`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeliveryError */ .VE(stage, `${stage}: could not reach ${url} (${code || (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(msg, 120)}). ${advice}`, transient);
}


/***/ }),

/***/ 6803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wm: () => (/* binding */ proxySecrets),
/* harmony export */   qG: () => (/* binding */ checkProxyEnv),
/* harmony export */   tX: () => (/* binding */ httpFetch)
/* harmony export */ });
/* unused harmony exports proxyFor, dispatcherFor */
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2779);
/* harmony import */ var _actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9783);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6752);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/**
 * The one HTTPS layer every request of the action goes through (token endpoint, service-account
 * exchange, Gmail API, GitHub API): self-hosted runners often reach the internet only through a
 * proxy. Which proxy (if any) is decided by @actions/http-client, as for the runner's own tools:
 * HTTPS_PROXY/https_proxy for https URLs, HTTP_PROXY/http_proxy for http ones, hosts in
 * NO_PROXY/no_proxy and loopback go direct. The request itself is undici's fetch, through undici's
 * ProxyAgent (a CONNECT tunnel) when proxied. SMTP is not HTTP and never goes through here.
 */




function proxyUrlFor(target) {
    if ((0,_actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_1__/* .checkBypass */ .H)(target))
        return undefined;
    const https = target.protocol === 'https:';
    const name = https ? 'HTTPS_PROXY' : 'HTTP_PROXY';
    const value = (https
        ? process.env.https_proxy || process.env.HTTPS_PROXY
        : process.env.http_proxy || process.env.HTTP_PROXY)?.trim();
    if (!value)
        return undefined;
    // @actions/http-client quietly goes direct on a proxy URL it cannot parse; say so instead.
    const href = URL.canParse(value) || URL.canParse(`http://${value}`) ? (0,_actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .getProxyUrl */ .s_)(target.href) : '';
    if (!href) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, `The proxy in ${name} (or its lower-case form) is not a valid URL: set it to e.g. http://proxy.example:3128, or unset it.`);
    }
    return new URL(href);
}
/** The proxy a request to `url` goes through, or undefined for a direct connection. */
function proxyFor(url) {
    const proxy = proxyUrlFor(new URL(url));
    if (!proxy?.hostname)
        return undefined;
    const user = decodeURIComponent(proxy.username);
    const pass = decodeURIComponent(proxy.password);
    const authorization = user || pass ? `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}` : undefined;
    proxy.username = '';
    proxy.password = '';
    return { origin: proxy.origin, uri: proxy.href, authorization };
}
/** Throws an InputError naming the proxy variable that is set but not a URL (checked before any request). */
function checkProxyEnv(env = process.env) {
    for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']) {
        const value = env[name]?.trim();
        if (!value || URL.canParse(value) || URL.canParse(`http://${value}`))
            continue;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, `The proxy in ${name} is not a valid URL: set it to e.g. http://proxy.example:3128, or unset it.`);
    }
}
/**
 * The secrets in the proxy variables, to mask before any request: each password as written
 * (percent-encoded) and decoded, and the `user:pass` base64 that travels in Proxy-Authorization.
 */
function proxySecrets(env = process.env) {
    const secrets = new Set();
    for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']) {
        const value = env[name]?.trim();
        if (!value)
            continue;
        let url;
        try {
            url = new URL(value.includes('://') ? value : `http://${value}`);
        }
        catch {
            continue;
        }
        if (!url.password)
            continue;
        const user = decodeURIComponent(url.username);
        const pass = decodeURIComponent(url.password);
        for (const s of [
            url.password,
            pass,
            encodeURIComponent(pass),
            Buffer.from(`${user}:${pass}`).toString('base64'),
            Buffer.from(pass).toString('base64'),
        ]) {
            if (s)
                secrets.add(s);
        }
    }
    return [...secrets];
}
// One agent per proxy (and credentials), so connections to it are reused within the run.
const agents = new Map();
/** The undici dispatcher for `url`: a ProxyAgent when it is proxied, undefined (direct) otherwise. */
function dispatcherFor(url) {
    const proxy = proxyFor(url);
    if (!proxy)
        return undefined;
    const key = `${proxy.uri} ${proxy.authorization ?? ''}`;
    let agent = agents.get(key);
    if (!agent) {
        agent = new undici__WEBPACK_IMPORTED_MODULE_2__.ProxyAgent({
            uri: proxy.uri,
            ...(proxy.authorization ? { token: proxy.authorization } : {}),
        });
        agents.set(key, agent);
    }
    return agent;
}
/**
 * fetch() through the proxy the environment names for `url` (see proxyFor), or directly. The same
 * contract as the global fetch: an answer of any status resolves, a network failure rejects.
 */
function httpFetch(url, init = {}) {
    const dispatcher = dispatcherFor(url);
    // undici's Request/Response are the classes behind Node's own fetch; the types differ only in name.
    const options = { ...init, ...(dispatcher ? { dispatcher } : {}) };
    return (0,undici__WEBPACK_IMPORTED_MODULE_2__.fetch)(url, options);
}


/***/ }),

/***/ 5063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cv: () => (/* reexport */ MAX_RECIPIENTS),
  nm: () => (/* reexport */ appPasswordWarning),
  mt: () => (/* binding */ getSettings),
  Ss: () => (/* reexport */ senderWarning)
});

// UNUSED EXPORTS: DEFAULT_GMAIL_API_URL, DEFAULT_TOKEN_URL, GMAIL_SMTP_HOST, Input, Output, maskSecret, parseServiceAccountKey, splitList

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/inputs/names.ts
var inputs_names = __webpack_require__(5585);
// EXTERNAL MODULE: ./src/hosts.ts
var hosts = __webpack_require__(9892);
// EXTERNAL MODULE: ./src/inputs/suggest.ts
var suggest = __webpack_require__(7443);
;// CONCATENATED MODULE: ./src/inputs/parse.ts
/** Parse helpers shared by the input readers: lists, enums, booleans, numbers, endpoint URLs. */



/** Splits a list input on commas, semicolons and newlines; blank entries dropped. */
function splitList(value) {
    return value
        .split(/[,;\r\n]+/)
        .map((s) => s.trim())
        .filter(Boolean);
}
/** One of `allowed` (case-insensitive), `fallback` when empty; anything else names the input. */
function oneOf(input, value, allowed, fallback) {
    const v = value.trim().toLowerCase();
    if (!v)
        return fallback;
    if (allowed.includes(v))
        return v;
    throw new errors/* InputError */.dz(input, `Input \`${input}\` must be one of ${allowed.join(', ')}; got "${value.trim().slice(0, 60)}".${(0,suggest/* didYouMean */.au)(v, allowed)}`);
}
/** true/yes/on/1 or false/no/off/0, `fallback` when empty. */
function bool(input, value, fallback) {
    const v = value.trim().toLowerCase();
    if (!v)
        return fallback;
    if (['true', 'yes', 'on', '1'].includes(v))
        return true;
    if (['false', 'no', 'off', '0'].includes(v))
        return false;
    throw new errors/* InputError */.dz(input, `Input \`${input}\` must be true or false; got "${value.trim().slice(0, 60)}".`);
}
/** A whole number from `min` to `max`, `fallback` when empty. */
function parse_int(input, value, fallback, min, max) {
    const v = value.trim();
    if (!v)
        return fallback;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
        throw new errors/* InputError */.dz(input, `Input \`${input}\` must be a whole number from ${min} to ${max}; got "${v.slice(0, 60)}".`);
    }
    return Number(v);
}
/** https URL, or http on a loopback host (tests, local providers); trailing slashes dropped. */
function endpointUrl(input, value, fallback) {
    const v = value.trim() || fallback;
    let url;
    try {
        url = new URL(v);
    }
    catch {
        throw new errors/* InputError */.dz(input, `Input \`${input}\` must be a URL like ${fallback}; got "${v.slice(0, 80)}".`);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (0,hosts/* isLoopback */.U9)(url.hostname))) {
        throw new errors/* InputError */.dz(input, `Input \`${input}\` must be an https:// URL (plain http is allowed only on loopback); got "${v.slice(0, 80)}".`);
    }
    return v.replace(/\/+$/, '');
}

;// CONCATENATED MODULE: ./src/inputs/authors.ts
/** Who else is mailed: `author-recipients` and the `author-domains` allowlist. */




/** Where a domain entry fails, for the input error; undefined when it is a usable domain. */
function domainProblem(ascii) {
    const labels = ascii.split('.');
    if (labels.length < 2)
        return 'a domain needs a dot (example.com), or every address in a top-level domain would pass';
    if (!labels.every((l) => /^(?!-)[a-z0-9-]{1,63}(?<!-)$/.test(l)))
        return 'not a domain name';
    if (/^\d+$/.test(labels.at(-1)))
        return 'not a domain name';
    return undefined;
}
/**
 * The `author-domains` input as lower-case ASCII domains. `@example.com` and `*.example.com` are
 * taken as `example.com` (subdomains are always admitted). Returns the entry and why it is not a
 * domain for the first bad one, so the caller can name the input.
 */
function parseAuthorDomains(entries) {
    const domains = [];
    for (const entry of entries) {
        const bare = entry
            .trim()
            .replace(/^\*?\.|^@/, '')
            .replace(/\.$/, '');
        const ascii = (0,external_node_url_.domainToASCII)(bare.toLowerCase());
        const why = ascii ? domainProblem(ascii) : 'not a domain name';
        if (why)
            return { bad: entry.trim(), why };
        if (!domains.includes(ascii))
            domains.push(ascii);
    }
    return { domains };
}
/**
 * `author-recipients` and `author-domains`: the domains are required with `culprits`, since commit
 * addresses are whatever the committer wrote (a fork's pull request included).
 */
function authorInputs(recipients, domainsValue) {
    const authorRecipients = oneOf(inputs_names/* Input */.p.AuthorRecipients, recipients, ['none', 'culprits'], 'none');
    const parsed = parseAuthorDomains(splitList(domainsValue));
    if ('bad' in parsed) {
        throw new errors/* InputError */.dz(inputs_names/* Input */.p.AuthorDomains, `Input \`author-domains\` has "${parsed.bad.slice(0, 80)}": ${parsed.why}. List the domains whose addresses may be mailed, e.g. \`author-domains: example.com\`.`);
    }
    if (authorRecipients === 'culprits' && !parsed.domains.length) {
        throw new errors/* InputError */.dz(inputs_names/* Input */.p.AuthorDomains, 'Input `author-domains` is required with `author-recipients: culprits`: list the domains whose commit addresses may be mailed (e.g. `author-domains: example.com`). Anyone can put any address in a commit, so only these domains (and their subdomains) are mailed.');
    }
    return { authorRecipients, authorDomains: parsed.domains };
}

// EXTERNAL MODULE: ./src/addresses.ts
var addresses = __webpack_require__(3523);
// EXTERNAL MODULE: ./src/core.ts
var core = __webpack_require__(828);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
;// CONCATENATED MODULE: ./src/inputs/mask.ts
/** Masking of secret inputs the moment they are read. */


/** Masks a secret, and each line of a multi-line one, so no log line can show it. */
function maskSecret(source, secret) {
    for (const value of (0,core/* maskValues */.Z$)(secret))
        source.setSecret(value);
    // A server may echo it form-encoded (a token request's body): those forms are masked too.
    if (secret.trim() && !/[\r\n]/.test(secret))
        for (const form of (0,secrets/* encodedForms */.wV)(secret))
            source.setSecret(form);
}
/** The source with each secret announced once, however many inputs or forms share it. */
function maskingOnce(input) {
    const masked = new Set();
    return {
        getInput: (name, options) => input.getInput(name, options),
        setSecret: (secret) => {
            if (masked.has(secret))
                return;
            masked.add(secret);
            input.setSecret(secret);
        },
    };
}

;// CONCATENATED MODULE: ./src/inputs/service-account-key.ts
/** The `service-account-key` input: a JSON key (or its base64), checked to hold a usable RSA key. */

/**
 * Escapes raw line breaks inside JSON string literals, so a key whose `private_key` was pasted with
 * real newlines (invalid JSON) still parses. Line breaks between fields are left alone.
 */
function escapeNewlinesInStrings(text) {
    let out = '';
    let inString = false;
    let escaped = false;
    for (const ch of text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (ch === '\\')
                escaped = true;
            else if (ch === '"')
                inString = false;
            else if (ch === '\n') {
                out += '\\n';
                continue;
            }
            else if (ch === '\r')
                continue;
        }
        else if (ch === '"')
            inString = true;
        out += ch;
    }
    return out;
}
function parseJsonObject(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return JSON.parse(escapeNewlinesInStrings(text));
    }
}
/** Parses a service-account JSON key given as JSON (escaped `\n` or real newlines in the key) or base64. */
function parseServiceAccountKey(raw) {
    let parsed;
    try {
        parsed = parseJsonObject(raw.trim());
    }
    catch {
        // Users sometimes store the key base64-encoded.
        try {
            const decoded = Buffer.from(raw.replace(/\s+/g, ''), 'base64').toString('utf8');
            parsed = parseJsonObject(decoded.trim());
        }
        catch {
            throw new errors/* InputError */.dz('service-account-key', 'Input `service-account-key` is not valid JSON. Paste the whole JSON key file of the service account (or its base64) into the secret.');
        }
    }
    const k = (parsed ?? {});
    if (typeof k.client_email !== 'string' ||
        typeof k.private_key !== 'string' ||
        !k.private_key.includes('PRIVATE KEY')) {
        throw new errors/* InputError */.dz('service-account-key', 'Input `service-account-key` lacks `client_email` or `private_key`. Use a JSON key of type service_account, created under IAM > Service accounts > Keys.');
    }
    // A key pasted through some tools keeps its newlines as literal `\n`; the PEM needs real ones.
    const privateKey = k.private_key.replace(/(?:\\r)?\\n/g, '\n').replace(/\r\n/g, '\n');
    // Checked now, so a damaged key is an input error (in a dry run too), not a failure while signing.
    let keyType;
    try {
        keyType = process.getBuiltinModule('node:crypto').createPrivateKey(privateKey).asymmetricKeyType;
    }
    catch {
        keyType = undefined;
    }
    if (keyType !== 'rsa') {
        throw new errors/* InputError */.dz('service-account-key', `Input \`service-account-key\` has a \`private_key\` that ${keyType ? `is not an RSA key (${keyType})` : 'cannot be read as a PEM private key (cut short or altered?)'}. Paste the whole JSON key file again, or create a new key under IAM > Service accounts > Keys.`);
    }
    return {
        client_email: k.client_email,
        private_key: privateKey,
        private_key_id: typeof k.private_key_id === 'string' ? k.private_key_id : undefined,
        token_uri: typeof k.token_uri === 'string' ? k.token_uri : undefined,
    };
}

;// CONCATENATED MODULE: ./src/inputs/types.ts
const GMAIL_SMTP_HOST = 'smtp.gmail.com';
const DEFAULT_TOKEN_URL = 'https://oauth2.googleapis.com/token';
const DEFAULT_GMAIL_API_URL = 'https://gmail.googleapis.com';
/** Gmail's per-message recipient limit, for SMTP and the API alike. */
const MAX_RECIPIENTS = 100;

;// CONCATENATED MODULE: ./src/inputs/sign-in.ts
/**
 * The sign-in inputs: exactly one method (app password, password, OAuth refresh token, access
 * token or service account), each secret masked the moment it is read, even one then refused.
 */








/** Why a secret input given in the workflow can still arrive empty, and what to check. */
const EMPTY_SECRET_HINT = `if the workflow passes \`\${{ secrets.NAME }}\`, check the secret's name and that it is available to this repository or environment; pull requests from forks get no secrets, and Dependabot runs only Dependabot secrets.`;
/** Where Gmail signs in, so `username` must be an address (a service account impersonates it). */
function gmailNeedsAddress(host, transport, serviceAccount) {
    return transport === 'gmail-api' || serviceAccount || (0,hosts/* isGmailSmtpHost */.pJ)(host);
}
function readSignInInputs(source) {
    const get = (n) => source.getInput(n).trim();
    return {
        appPassword: source.getInput(inputs_names/* Input */.p.AppPassword),
        // Exactly as given, spaces kept; only a final line break (a secret pasted from a file) goes.
        password: source.getInput(inputs_names/* Input */.p.Password, { trimWhitespace: false }).replace(/\r?\n$/, ''),
        clientId: get(inputs_names/* Input */.p.OAuthClientId),
        clientSecret: get(inputs_names/* Input */.p.OAuthClientSecret),
        refreshToken: get(inputs_names/* Input */.p.OAuthRefreshToken),
        accessToken: get(inputs_names/* Input */.p.OAuthAccessToken),
        saKey: source.getInput(inputs_names/* Input */.p.ServiceAccountKey),
        tokenUrlInput: get(inputs_names/* Input */.p.OAuthTokenUrl),
        scope: get(inputs_names/* Input */.p.OAuthScope).replace(/\s+/g, ' '),
    };
}
/** Masks every secret form before anything is checked: even a rejected input is never printed. */
function maskSignInInputs(source, i) {
    if (i.appPassword) {
        maskSecret(source, i.appPassword);
        maskSecret(source, i.appPassword.trim());
        maskSecret(source, i.appPassword.replace(/\s+/g, ''));
    }
    for (const s of [i.clientSecret, i.refreshToken, i.accessToken])
        maskSecret(source, s);
    if (i.password.trim()) {
        maskSecret(source, i.password);
        maskSecret(source, i.password.trim());
    }
    if (i.saKey.trim()) {
        maskSecret(source, i.saKey);
        maskSecret(source, i.saKey.replace(/\\n/g, '\n'));
    }
}
function refreshTrio(i) {
    return [
        [inputs_names/* Input */.p.OAuthClientId, i.clientId],
        [inputs_names/* Input */.p.OAuthClientSecret, i.clientSecret],
        [inputs_names/* Input */.p.OAuthRefreshToken, i.refreshToken],
    ];
}
/** The methods given, each with the inputs that give it, in the order error lines name them. */
function methodsGiven(i) {
    const methods = [];
    if (i.appPassword.trim())
        methods.push(['app password', [inputs_names/* Input */.p.AppPassword]]);
    if (i.password.trim())
        methods.push(['password', [inputs_names/* Input */.p.Password]]);
    const oauthGiven = refreshTrio(i).filter(([, v]) => v);
    if (oauthGiven.length)
        methods.push(['OAuth refresh token', oauthGiven.map(([n]) => n)]);
    if (i.accessToken)
        methods.push(['access token', [inputs_names/* Input */.p.OAuthAccessToken]]);
    if (i.saKey.trim())
        methods.push(['service account', [inputs_names/* Input */.p.ServiceAccountKey]]);
    return methods;
}
/** Refuses two methods at once, and `oauth-scope` without the refresh-token method. */
function refuseConflicts(methods, scope) {
    if (methods.length > 1) {
        const names = methods.flatMap(([, inputs]) => inputs).map((n) => `\`${n}\``);
        throw new errors/* InputError */.dz(methods[0][1][0], `Give exactly one sign-in method; these inputs conflict: ${names.join(', ')}. Remove all but one method (app password or password, OAuth refresh token, access token, or service account).`);
    }
    if (scope && methods[0]?.[0] !== 'OAuth refresh token') {
        throw new errors/* InputError */.dz(inputs_names/* Input */.p.OAuthScope, `Input \`oauth-scope\` applies only to the refresh-token method (\`oauth-client-id\`, \`oauth-client-secret\`, \`oauth-refresh-token\`); remove it.${methods[0]?.[0] === 'service account' ? ' A service account gets the scope its transport needs.' : ''}`);
    }
}
function requireUser({ username, host, transport }) {
    if (username)
        return;
    throw new errors/* InputError */.dz(inputs_names/* Input */.p.Username, gmailNeedsAddress(host, transport, false)
        ? 'Input `username` is required: the Gmail or Workspace address to sign in as.'
        : `Input \`username\` is required: the login of ${host} (e.g. \`apikey\` for SendGrid).`);
}
/** No secret given: fine for a server that needs none, else one line on what did not arrive. */
function noMethod({ username, host, transport }) {
    if ((0,hosts/* isGmailSmtpHost */.pJ)(host)) {
        // `username` given with every secret empty: the workflow most likely passed a secret that did
        // not reach the run (a misnamed secret, a fork's pull request, Dependabot), not no secret at all.
        if (username) {
            throw new errors/* InputError */.dz(inputs_names/* Input */.p.AppPassword, `No secret reached the action: \`app-password\`, \`oauth-refresh-token\`, \`oauth-access-token\` and \`service-account-key\` are all empty, though \`username\` is set. Set one (${transport === 'gmail-api' ? 'the Gmail API needs an OAuth sign-in: a refresh token, an access token or a service account key' : 'a Gmail App Password is simplest'}); ${EMPTY_SECRET_HINT}`);
        }
        throw new errors/* InputError */.dz(inputs_names/* Input */.p.AppPassword, 'No sign-in method given. Set `username` and `app-password` (a Gmail App Password, simplest), or `oauth-client-id`, `oauth-client-secret` and `oauth-refresh-token` (OAuth2); `oauth-access-token` and `service-account-key` also work.');
    }
    // A login (not an address) is only for signing in: its secret did not arrive.
    if (username && !(0,addresses/* isValidAddress */.$m)(username)) {
        throw new errors/* InputError */.dz(inputs_names/* Input */.p.Password, `Input \`username\` is a login (${username.slice(0, 60)}) but \`password\` is empty, so there is nothing to sign in to ${host} with. Set \`password\`; ${EMPTY_SECRET_HINT}`);
    }
    return { kind: 'none', user: username };
}
function passwordMethod(target, password) {
    const { host, transport } = target;
    if ((0,hosts/* isGmailSmtpHost */.pJ)(host) || transport === 'gmail-api') {
        throw new errors/* InputError */.dz(inputs_names/* Input */.p.Password, `Input \`password\` is for other SMTP servers (set \`smtp-host\`); for Gmail put a Gmail App Password in \`app-password\`${transport === 'gmail-api' ? ', or use an OAuth sign-in for `transport: gmail-api`' : ''}.`);
    }
    requireUser(target);
    return { kind: 'password', user: target.username, password };
}
function refreshTokenMethod(target, i) {
    const missing = refreshTrio(i)
        .filter(([, v]) => !v)
        .map(([n]) => n);
    if (missing.length) {
        throw new errors/* InputError */.dz(missing[0], `OAuth sign-in needs all three of \`oauth-client-id\`, \`oauth-client-secret\` and \`oauth-refresh-token\`; missing: ${missing.map((n) => `\`${n}\``).join(', ')}. Set them; ${EMPTY_SECRET_HINT}`);
    }
    requireUser(target);
    return {
        kind: 'oauth-refresh',
        user: target.username,
        clientId: i.clientId,
        clientSecret: i.clientSecret,
        refreshToken: i.refreshToken,
        tokenUrl: endpointUrl(inputs_names/* Input */.p.OAuthTokenUrl, i.tokenUrlInput, DEFAULT_TOKEN_URL),
        ...(i.scope ? { scope: i.scope } : {}),
    };
}
function serviceAccountMethod(source, target, i) {
    requireUser(target);
    const key = parseServiceAccountKey(i.saKey);
    maskSecret(source, key.private_key);
    // action.yml gives oauth-token-url a literal default, so only a different value counts as given.
    const tokenUrlFrom = i.tokenUrlInput && i.tokenUrlInput !== DEFAULT_TOKEN_URL ? inputs_names/* Input */.p.OAuthTokenUrl : inputs_names/* Input */.p.ServiceAccountKey;
    const tokenUrl = tokenUrlFrom === inputs_names/* Input */.p.OAuthTokenUrl
        ? endpointUrl(inputs_names/* Input */.p.OAuthTokenUrl, i.tokenUrlInput, DEFAULT_TOKEN_URL)
        : endpointUrl(inputs_names/* Input */.p.ServiceAccountKey, key.token_uri ?? '', DEFAULT_TOKEN_URL);
    return { kind: 'service-account', user: target.username, key, tokenUrl, tokenUrlFrom };
}
/**
 * Reads the sign-in inputs into the one method given. Secrets are masked first; two methods, a
 * partial OAuth trio or a method that does not fit the host is one InputError naming the input.
 */
function readSignIn(source, target) {
    const i = readSignInInputs(source);
    maskSignInInputs(source, i);
    const methods = methodsGiven(i);
    refuseConflicts(methods, i.scope);
    const method = methods[0]?.[0];
    switch (method) {
        case undefined:
            return noMethod(target);
        case 'password':
            return passwordMethod(target, i.password);
        case 'app password':
            requireUser(target);
            return { kind: 'app-password', user: target.username, password: i.appPassword.replace(/\s+/g, '') };
        case 'OAuth refresh token':
            return refreshTokenMethod(target, i);
        case 'access token':
            requireUser(target);
            return { kind: 'access-token', user: target.username, accessToken: i.accessToken };
        default:
            return serviceAccountMethod(source, target, i);
    }
}

;// CONCATENATED MODULE: ./src/inputs/delivery.ts
/**
 * Where and how the message goes: `transport`, `smtp-host`, `smtp-port`, `smtp-security`,
 * `gmail-api-url`, and the sign-in method (sign-in.ts) checked against them.
 */






function readHost(source) {
    const host = source.getInput(inputs_names/* Input */.p.SmtpHost).trim() || GMAIL_SMTP_HOST;
    if (/[\s/:@]/.test(host)) {
        throw new errors/* InputError */.dz(inputs_names/* Input */.p.SmtpHost, `Input \`smtp-host\` must be a host name such as smtp.gmail.com, without scheme or port; got "${host.slice(0, 80)}".`);
    }
    return host;
}
/**
 * Refuses, before anything connects, an `smtp-security` that cannot work on `smtp-port`: STARTTLS on
 * 465 (the port of implicit TLS, RFC 8314: the client would wait for a greeting that never comes),
 * and implicit TLS on Gmail's 587 (STARTTLS there). Another host's 587 may in principle speak
 * implicit TLS, so that mismatch is left to the explanation at connect time.
 */
function refuseSecurityPortMismatch(host, port, security) {
    if (security === 'starttls' && port === 465) {
        throw new errors/* InputError */.dz(inputs_names/* Input */.p.SmtpSecurity, 'Input `smtp-security: starttls` does not work with `smtp-port: 465`: port 465 speaks implicit TLS, so a STARTTLS client would wait for a greeting that never comes. Use `smtp-security: tls` with port 465, or `smtp-port: 587` with starttls.');
    }
    if (security === 'tls' && port === 587 && host.toLowerCase() === GMAIL_SMTP_HOST) {
        throw new errors/* InputError */.dz(inputs_names/* Input */.p.SmtpSecurity, 'Input `smtp-security: tls` does not work with `smtp-port: 587` on smtp.gmail.com: Gmail speaks STARTTLS on 587, not implicit TLS. Use `smtp-security: starttls` with port 587, or `smtp-port: 465` with tls.');
    }
}
/** Refuses a sign-in method the connection cannot carry. */
function refuseAuthMismatch(auth, security, transport) {
    if (security === 'none' && auth.kind !== 'none') {
        throw new errors/* InputError */.dz(inputs_names/* Input */.p.SmtpSecurity, 'Input `smtp-security: none` would send credentials unencrypted. Use `tls` (port 465) or `starttls` (port 587), or remove the credentials for a server that needs none.');
    }
    if (transport === 'gmail-api' && (auth.kind === 'app-password' || auth.kind === 'none')) {
        throw new errors/* InputError */.dz(inputs_names/* Input */.p.Transport, '`transport: gmail-api` needs an OAuth sign-in (`oauth-refresh-token` trio, `oauth-access-token` or `service-account-key`); an App Password works only with SMTP.');
    }
}
/** Reads transport, server and sign-in, each checked against the others. */
function readDelivery(source) {
    const get = (n) => source.getInput(n);
    const username = get(inputs_names/* Input */.p.Username).trim();
    const host = readHost(source);
    const port = parse_int(inputs_names/* Input */.p.SmtpPort, get(inputs_names/* Input */.p.SmtpPort), 465, 1, 65535);
    const security = oneOf(inputs_names/* Input */.p.SmtpSecurity, get(inputs_names/* Input */.p.SmtpSecurity), ['tls', 'starttls', 'none'], port === 465 ? 'tls' : 'starttls');
    const transport = oneOf(inputs_names/* Input */.p.Transport, get(inputs_names/* Input */.p.Transport), ['smtp', 'gmail-api'], 'smtp');
    const loginOnly = username !== '' && !(0,addresses/* isValidAddress */.$m)(username);
    // Checked before the sign-in inputs, as for Gmail it is the first thing to fix.
    if (loginOnly && gmailNeedsAddress(host, transport, get(inputs_names/* Input */.p.ServiceAccountKey).trim() !== '')) {
        throw new errors/* InputError */.dz(inputs_names/* Input */.p.Username, `Input \`username\` must be the full email address of the Gmail account (e.g. ci-bot@gmail.com); got "${username.slice(0, 80)}". A login such as \`apikey\` is for other servers: set \`smtp-host\` and \`password\`.`);
    }
    const auth = readSignIn(source, { username, host, transport });
    refuseAuthMismatch(auth, security, transport);
    // Only SMTP uses them: a leftover pair does not stop the Gmail API.
    if (transport === 'smtp')
        refuseSecurityPortMismatch(host, port, security);
    const gmailApiUrl = endpointUrl(inputs_names/* Input */.p.GmailApiUrl, get(inputs_names/* Input */.p.GmailApiUrl), DEFAULT_GMAIL_API_URL);
    return { username, auth, transport, smtp: { host, port, security }, gmailApiUrl };
}

;// CONCATENATED MODULE: ./src/inputs/headers.ts
/** The header inputs: `headers` and `in-reply-to`. */


/**
 * Headers the action writes itself, with what to do instead. A user line for one of them would
 * either duplicate it (List-Id, X-GitHub-*, the priority headers) or be dropped by the composer in
 * favour of the action's own (Reply-To, In-Reply-To, References): both are refused, never ignored.
 */
const RESERVED_HEADERS = new Map([
    ...['from', 'to', 'cc', 'bcc', 'subject', 'reply-to'].map((input) => [input, `use the action's own input \`${input}\``]),
    ['sender', "use the action's own input `from`"],
    ['x-priority', "use the action's own input `priority`"],
    ['x-msmail-priority', "use the action's own input `priority`"],
    ['importance', "use the action's own input `priority`"],
    ['in-reply-to', "use the action's own input `in-reply-to` (it sets References too)"],
    ['references', "use the action's own input `in-reply-to` (it sets References too)"],
    ...[
        'List-Id',
        'X-GitHub-Repository',
        'X-GitHub-Workflow',
        'X-GitHub-Event',
        'X-GitHub-Status',
        'X-GitHub-Run-URL',
    ].map((name) => [
        name.toLowerCase(),
        `the action sets ${name} on every message for recipients' filters; give yours another name (e.g. X-Team)`,
    ]),
    ...['date', 'message-id', 'mime-version', 'content-type', 'content-transfer-encoding'].map((name) => [name, 'the action sets it']),
]);
/** The `headers` input: one `Name: value` per line; headers the action sets itself are refused. */
function parseHeaders(value) {
    const out = [];
    for (const line of value.split(/\r?\n/)) {
        if (!line.trim())
            continue;
        const m = /^([!-9;-~]+):\s?(.*)$/.exec(line.trim());
        if (!m) {
            throw new errors/* InputError */.dz(inputs_names/* Input */.p.Headers, `Input \`headers\` has a line that is not \`Name: value\`: "${line.trim().slice(0, 80)}". Write one header per line.`);
        }
        const name = m[1];
        const instead = RESERVED_HEADERS.get(name.toLowerCase());
        if (instead) {
            throw new errors/* InputError */.dz(inputs_names/* Input */.p.Headers, `Input \`headers\` may not set ${name}: ${instead}.`);
        }
        out.push([name, m[2]]);
    }
    return out;
}
/** The `in-reply-to` input as `<id@host>`, undefined when empty. */
function messageIdInput(value) {
    const v = value.trim();
    if (!v)
        return undefined;
    const bare = v.replace(/^<|>$/g, '');
    if (!/^[^\s<>@]+@[^\s<>@]+$/.test(bare)) {
        throw new errors/* InputError */.dz(inputs_names/* Input */.p.InReplyTo, `Input \`in-reply-to\` must be a Message-ID like <abc123@mail.gmail.com>; got "${v.slice(0, 80)}".`);
    }
    return `<${bare}>`;
}

;// CONCATENATED MODULE: ./src/inputs/message.ts
/** What the message says and carries: templates, body format, headers,
 * priority, attachments, and the environment variables templates may read. */




/**
 * The `template-env` list: environment variable names, never the runner's own (`INPUT_*` holds the
 * inputs, secrets included; `ACTIONS_*` the runner's tokens).
 */
function templateEnvInput(value) {
    const names = [...new Set(splitList(value).flatMap((n) => n.split(/\s+/)))].filter(Boolean);
    for (const name of names) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
            throw new errors/* InputError */.dz(inputs_names/* Input */.p.TemplateEnv, `Input \`template-env\` must list environment variable names (letters, digits, _); got "${name.slice(0, 60)}".`);
        }
        if (/^(INPUT|ACTIONS)_/i.test(name)) {
            throw new errors/* InputError */.dz(inputs_names/* Input */.p.TemplateEnv, `Input \`template-env\` cannot name ${name.slice(0, 60)}: INPUT_* and ACTIONS_* variables hold inputs and the runner's tokens. Put the value in the step's \`env\` under a name of its own.`);
        }
    }
    return names;
}
/** Reads the message inputs; templates are kept as given (undefined: use the default). */
function readMessage(source) {
    const get = (n) => source.getInput(n);
    return {
        subject: get(inputs_names/* Input */.p.Subject) || undefined,
        body: get(inputs_names/* Input */.p.Body) || undefined,
        bodyFile: get(inputs_names/* Input */.p.BodyFile).trim() || undefined,
        bodyFormat: oneOf(inputs_names/* Input */.p.BodyFormat, get(inputs_names/* Input */.p.BodyFormat), ['markdown', 'html', 'text'], 'markdown'),
        attachments: splitList(get(inputs_names/* Input */.p.Attachments)),
        ifNoFilesFound: oneOf(inputs_names/* Input */.p.IfNoFilesFound, get(inputs_names/* Input */.p.IfNoFilesFound), ['warn', 'error', 'ignore'], 'warn'),
        priority: oneOf(inputs_names/* Input */.p.Priority, get(inputs_names/* Input */.p.Priority), ['high', 'normal', 'low'], 'normal'),
        headers: parseHeaders(get(inputs_names/* Input */.p.Headers)),
        inReplyTo: messageIdInput(get(inputs_names/* Input */.p.InReplyTo)),
    };
}

// EXTERNAL MODULE: ./src/decide/status.ts
var decide_status = __webpack_require__(7532);
;// CONCATENATED MODULE: ./src/inputs/notify.ts
/** When to send: `notify-when` and the `status` it is compared with. */




const NOTIFY_WHEN = ['always', 'success', 'failure', 'cancelled', 'fixed', 'changed'];
/** The `status` input: success, failure, cancelled or one of GitHub's conclusions; empty is success. */
function statusInput(value) {
    const v = value.trim();
    if (!v)
        return 'success';
    const status = (0,decide_status/* statusFromWord */.xz)(v);
    if (status)
        return status;
    throw new errors/* InputError */.dz(inputs_names/* Input */.p.Status, `Input \`status\` must be success, failure or cancelled (or a GitHub conclusion such as timed_out or skipped); got "${v.slice(0, 60)}".${(0,suggest/* didYouMean */.au)(v.toLowerCase(), decide_status/* STATUS_WORDS */.ly)}`);
}
/** The `notify-when` words; empty is `always`. */
function notifyWhenInput(value) {
    // The words hold no spaces, so spaces separate them too, and YAML list debris (`- x`, `[x, y]`,
    // quotes) from a list written as YAML inside the string is dropped.
    const words = value
        .toLowerCase()
        .split(/[,;\s]+/)
        .map((w) => w.replace(/^[-[\]"']+|[[\]"']+$/g, ''))
        .filter(Boolean);
    for (const w of words) {
        if (!NOTIFY_WHEN.includes(w)) {
            throw new errors/* InputError */.dz(inputs_names/* Input */.p.NotifyWhen, `Input \`notify-when\` has "${w.slice(0, 40)}"; use any of ${NOTIFY_WHEN.join(', ')}, separated by commas.${(0,suggest/* didYouMean */.au)(w, NOTIFY_WHEN)}`);
        }
    }
    return words.length ? words : ['always'];
}

;// CONCATENATED MODULE: ./src/inputs/recipients.ts
/** The sender and recipients: `from`, `to`, `cc`, `bcc`, `reply-to`. */




/** The sender; undefined means "username", refused when username is empty or only a login. */
function readFrom(source, username, host) {
    const fromList = (0,addresses/* parseAddressList */.Mb)(inputs_names/* Input */.p.From, source.getInput(inputs_names/* Input */.p.From));
    if (fromList.length > 1)
        throw new errors/* InputError */.dz(inputs_names/* Input */.p.From, 'Input `from` must be a single address.');
    const from = fromList[0];
    if (!from && !username) {
        throw new errors/* InputError */.dz(inputs_names/* Input */.p.From, 'Set `from` (or `username`): the message needs a sender address.');
    }
    if (!from && !(0,addresses/* isValidAddress */.$m)(username)) {
        throw new errors/* InputError */.dz(inputs_names/* Input */.p.From, `Input \`from\` is required: \`username\` (${username.slice(0, 60)}) is a login, not an address, so it cannot be the sender. Set \`from\` to an address ${host} may send as, e.g. \`from: CI <ci@example.com>\`.`);
    }
    return from;
}
/**
 * Reads sender and recipients. Duplicates across to/cc/bcc are removed, keeping the most visible
 * place; none at all, or more than Gmail accepts per message, is an InputError.
 */
function readRecipients(source, username, host) {
    const from = readFrom(source, username, host);
    const list = (name) => (0,addresses/* parseAddressList */.Mb)(name, source.getInput(name));
    const [to, cc, bcc, replyTo] = [list(inputs_names/* Input */.p.To), list(inputs_names/* Input */.p.Cc), list(inputs_names/* Input */.p.Bcc), list(inputs_names/* Input */.p.ReplyTo)];
    const seen = new Set();
    const dedupe = (mailboxes) => mailboxes.filter((m) => {
        const k = (0,addresses/* addressKey */.IY)(m.address);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
    const kept = { to: dedupe(to), cc: dedupe(cc), bcc: dedupe(bcc) };
    if (seen.size === 0) {
        throw new errors/* InputError */.dz(inputs_names/* Input */.p.To, 'No recipients: set at least one of `to`, `cc` or `bcc` (e.g. `to: team@example.com`).');
    }
    if (seen.size > MAX_RECIPIENTS) {
        throw new errors/* InputError */.dz(inputs_names/* Input */.p.To, `Too many recipients: ${seen.size} across \`to\`, \`cc\` and \`bcc\`; Gmail accepts at most ${MAX_RECIPIENTS} per message. Use a Google Group or mailing list address instead.`);
    }
    return { from, ...kept, replyTo };
}

;// CONCATENATED MODULE: ./src/inputs/warnings.ts
/** Warnings (never errors) about inputs that are valid but likely not what was meant. */


/**
 * A warning when `from` names another address than the account signing in to Gmail: Gmail then
 * puts the account's own address in From unless the other one is a "Send mail as" alias.
 */
function senderWarning(settings) {
    const gmail = settings.transport === 'gmail-api' || settings.smtp.host.toLowerCase() === GMAIL_SMTP_HOST;
    const from = settings.from?.address;
    if (!gmail || !from || !settings.username || (0,addresses/* addressKey */.IY)(from) === (0,addresses/* addressKey */.IY)(settings.username))
        return undefined;
    return `Input \`from\`: ${from} is not \`username\` (${settings.username}); Gmail sends it as ${settings.username} unless ${from} is a "Send mail as" alias of that account (Gmail settings > Accounts).`;
}
/**
 * A warning when `app-password` for smtp.gmail.com is not shaped like a Gmail App Password: 16
 * letters once spaces are removed (Google shows four groups of four). Most likely it is the
 * account's own password, which Gmail refuses. Only a warning: Google could change the format.
 * Dashes are not stripped like spaces: Google never shows them, and an account password may hold
 * them. Nothing derived from the value (not even its length) is put in the line.
 */
function appPasswordWarning(settings) {
    const { auth } = settings;
    if (auth.kind !== 'app-password' || settings.transport !== 'smtp')
        return undefined;
    if (settings.smtp.host.toLowerCase() !== GMAIL_SMTP_HOST || /^[A-Za-z]{16}$/.test(auth.password))
        return undefined;
    return 'Input `app-password` does not look like a Gmail App Password (16 letters, shown as four groups of four); Gmail refuses an account password (535-5.7.8 or 534-5.7.9). Create an App Password at https://myaccount.google.com/apppasswords (2-Step Verification must be on) and store it in the secret.';
}

;// CONCATENATED MODULE: ./src/inputs/index.ts
/**
 * The inputs room: the only place that reads inputs. One reader per concern (delivery and sign-in,
 * recipients, notify-when, message, authors), composed here into a typed, validated Settings.
 */














/**
 * Reads and validates every input. Secrets are masked the moment they are read. Throws InputError
 * (one clear line naming the input) on anything invalid; inputs are checked in a fixed order, so
 * the first problem named is always the same one.
 */
function getSettings(input) {
    const source = maskingOnce(input);
    const get = (n) => source.getInput(n);
    // Any token given for the GitHub API is a secret too.
    const githubToken = get(inputs_names/* Input */.p.GithubToken).trim();
    maskSecret(source, githubToken);
    const delivery = readDelivery(source);
    const recipients = readRecipients(source, delivery.username, delivery.smtp.host);
    const notifyWhen = notifyWhenInput(get(inputs_names/* Input */.p.NotifyWhen));
    const status = statusInput(get(inputs_names/* Input */.p.Status));
    const message = readMessage(source);
    return {
        ...delivery,
        ...recipients,
        ...message,
        status,
        notifyWhen,
        details: bool(inputs_names/* Input */.p.Details, get(inputs_names/* Input */.p.Details), true),
        logLines: parse_int(inputs_names/* Input */.p.LogLines, get(inputs_names/* Input */.p.LogLines), 30, 0, 1000),
        junitFiles: splitList(get(inputs_names/* Input */.p.JunitFiles)),
        githubToken,
        ...authorInputs(get(inputs_names/* Input */.p.AuthorRecipients), get(inputs_names/* Input */.p.AuthorDomains)),
        retries: parse_int(inputs_names/* Input */.p.Retries, get(inputs_names/* Input */.p.Retries), 3, 0, 10),
        timeoutSeconds: parse_int(inputs_names/* Input */.p.TimeoutSeconds, get(inputs_names/* Input */.p.TimeoutSeconds), 120, 1, 3600),
        dryRun: bool(inputs_names/* Input */.p.DryRun, get(inputs_names/* Input */.p.DryRun), false),
        emlPath: get(inputs_names/* Input */.p.EmlPath).trim() || undefined,
        templateEnv: templateEnvInput(get(inputs_names/* Input */.p.TemplateEnv)),
        jobSummary: bool(inputs_names/* Input */.p.JobSummary, get(inputs_names/* Input */.p.JobSummary), true),
        failOnError: bool(inputs_names/* Input */.p.FailOnError, get(inputs_names/* Input */.p.FailOnError), true),
    };
}


/***/ }),

/***/ 5585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ Output),
/* harmony export */   p: () => (/* binding */ Input)
/* harmony export */ });
/**
 * Every input and output name of action.yml, in one place (as actions/setup-node keeps its
 * constants), so a reader and a writer cannot drift apart by a typo; test/unit/inputs/names.test.ts
 * checks them against action.yml.
 */
/** The names of the action's inputs. */
const Input = {
    Username: 'username',
    AppPassword: 'app-password',
    Password: 'password',
    OAuthClientId: 'oauth-client-id',
    OAuthClientSecret: 'oauth-client-secret',
    OAuthRefreshToken: 'oauth-refresh-token',
    OAuthScope: 'oauth-scope',
    OAuthAccessToken: 'oauth-access-token',
    ServiceAccountKey: 'service-account-key',
    OAuthTokenUrl: 'oauth-token-url',
    Transport: 'transport',
    SmtpHost: 'smtp-host',
    SmtpPort: 'smtp-port',
    SmtpSecurity: 'smtp-security',
    GmailApiUrl: 'gmail-api-url',
    From: 'from',
    To: 'to',
    Cc: 'cc',
    Bcc: 'bcc',
    ReplyTo: 'reply-to',
    Subject: 'subject',
    Body: 'body',
    BodyFile: 'body-file',
    BodyFormat: 'body-format',
    Attachments: 'attachments',
    IfNoFilesFound: 'if-no-files-found',
    Priority: 'priority',
    Headers: 'headers',
    InReplyTo: 'in-reply-to',
    Status: 'status',
    NotifyWhen: 'notify-when',
    Details: 'details',
    LogLines: 'log-lines',
    JunitFiles: 'junit-files',
    GithubToken: 'github-token',
    AuthorRecipients: 'author-recipients',
    AuthorDomains: 'author-domains',
    Retries: 'retries',
    TimeoutSeconds: 'timeout-seconds',
    DryRun: 'dry-run',
    EmlPath: 'eml-path',
    TemplateEnv: 'template-env',
    JobSummary: 'job-summary',
    FailOnError: 'fail-on-error',
};
/** The names of the action's outputs. */
const Output = {
    Sent: 'sent',
    SkippedReason: 'skipped-reason',
    MessageId: 'message-id',
    Accepted: 'accepted',
    Rejected: 'rejected',
    Subject: 'subject',
    EmlPath: 'eml-path',
    GmailId: 'gmail-id',
    ThreadId: 'thread-id',
};


/***/ }),

/***/ 7443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   En: () => (/* binding */ closestWord),
/* harmony export */   YC: () => (/* binding */ editDistance),
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/** Close-match suggestions for "did you mean" hints in error lines. Pure; no dependencies. */
/** Levenshtein distance: insertions, deletions and substitutions each count 1. */
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_v, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}
/**
 * The allowed word a mistyped `value` most likely meant, if one is close: a word it shortens or
 * extends (`fix`, `failed` → `failure` shares `fail`), else the nearest by edit distance within a
 * third of its length (at least 1: `canceled` → `cancelled`).
 */
function closestWord(value, allowed) {
    const v = value.toLowerCase();
    if (v.length < 3)
        return undefined;
    const sharedPrefix = (w) => {
        let n = 0;
        while (n < v.length && n < w.length && v[n] === w[n])
            n++;
        return n;
    };
    const byPrefix = allowed
        .map((w) => ({ w, n: sharedPrefix(w) }))
        .filter(({ w, n }) => n === v.length || n === w.length || n >= 4)
        .sort((a, b) => b.n - a.n)[0];
    if (byPrefix)
        return byPrefix.w;
    let best;
    let bestDistance = Math.max(1, Math.floor(v.length / 3)) + 1;
    for (const w of allowed) {
        const d = editDistance(v, w);
        if (d < bestDistance) {
            best = w;
            bestDistance = d;
        }
    }
    return best;
}
/** ` Did you mean "x"?` for an error line, or nothing. */
function didYouMean(value, allowed) {
    const word = closestWord(value.trim(), allowed);
    return word ? ` Did you mean "${word}"?` : '';
}


/***/ }),

/***/ 6926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ unresolvableGoogleHost),
/* harmony export */   p: () => (/* binding */ TLS_CODES)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * What SMTP and HTTPS failures have in common: the fields their errors carry, the certificate
 * failures, and a Google host name the runner could not resolve.
 */

/** The system codes of a certificate that could not be verified. */
const TLS_CODES = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'CERT_UNTRUSTED',
]);
/** ENOTFOUND for a name that exists: the runner cannot resolve names, so it is worth another try. */
function unresolvableGoogleHost(stage, host, code) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeliveryError */ .VE(stage, `${stage}: the runner could not resolve ${host} (${code}): its DNS or network is failing, not the input. Check the runner's network; run the job again.`, true);
}


/***/ }),

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SU: () => (/* binding */ refuseNul),
/* harmony export */   fg: () => (/* binding */ isGlob),
/* harmony export */   gz: () => (/* binding */ refuseOutside),
/* harmony export */   iI: () => (/* binding */ resolveInsideRoots),
/* harmony export */   mw: () => (/* binding */ globMatches),
/* harmony export */   x: () => (/* binding */ real)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



function inside(child, parent) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(parent, child);
    return rel === '' || (!rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/** The path with symlinks resolved, or as given when it does not exist. */
function real(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
    }
    catch {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(p);
    }
}
/**
 * Resolves a user-given path against the workspace and refuses it (InputError naming `input`) when
 * it lands, after following symlinks and `..`, outside GITHUB_WORKSPACE and RUNNER_TEMP.
 */
function resolveInsideRoots(input, userPath, roots) {
    refuseNul(input, userPath);
    const target = real((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(roots.workspace, userPath));
    refuseOutside(input, userPath, target, roots);
    return target;
}
/**
 * A NUL character cannot be in a file name, and node:fs throws a TypeError on one (tinyglobby's
 * walker too): the runner's environment cannot carry it, but an input read another way can.
 */
function refuseNul(input, userPath) {
    if (!userPath.includes('\0'))
        return;
    const shown = JSON.stringify(userPath.slice(0, 120)).slice(1, -1);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `Input \`${input}\`: the path "${shown}" holds a NUL character (\\u0000), which no file name can: remove it.`);
}
/** Throws the InputError naming `input` when `target` is outside GITHUB_WORKSPACE and RUNNER_TEMP. */
function refuseOutside(input, userPath, target, roots) {
    const allowed = [roots.workspace, roots.runnerTemp].filter((r) => !!r).map(real);
    if (!allowed.some((root) => inside(target, root))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `Input \`${input}\` points outside the workspace: "${userPath.slice(0, 120)}" resolves to ${target}. Only files under GITHUB_WORKSPACE or RUNNER_TEMP may be used.`);
    }
}
/** Characters that make a path input a glob pattern (tinyglobby's syntax). */
const GLOB_CHARS = /[*?[\]{}!]/;
/** True when `pattern` is a glob, not a plain path. */
function isGlob(pattern) {
    return GLOB_CHARS.test(pattern);
}
/**
 * The files a glob pattern matches, as absolute paths, not yet checked against the roots (a match may
 * be a link that leads outside: the caller decides). The pattern's fixed part, the folders before its
 * first wildcard, must itself resolve inside the allowed roots (InputError naming `input`). tinyglobby
 * loads only here, a chunk of its own: most runs have no pattern.
 */
async function globMatches(input, pattern, roots) {
    refuseNul(input, pattern);
    const segments = pattern.split(/[\\/]/);
    const firstGlob = segments.findIndex((seg) => GLOB_CHARS.test(seg));
    const baseDir = resolveInsideRoots(input, segments.slice(0, firstGlob).join('/') || '.', roots);
    const { glob } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 3382));
    return glob(segments.slice(firstGlob).join('/'), {
        cwd: baseDir,
        absolute: true,
        onlyFiles: true,
        dot: false,
    });
}


/***/ }),

/***/ 7789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isSafeUrl),
/* harmony export */   Z: () => (/* binding */ escapeHtml)
/* harmony export */ });
/**
 * HTML escaping and the URL check with no dependencies, so the step summary, the layout and the
 * placeholders (slots.ts) can use them without loading the Markdown engine into every run: it is
 * loaded only for a message that has Markdown in it (see content.ts).
 */
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/**
 * True for a URL a recipient may safely follow: an absolute http(s) or mailto URL. Browsers ignore
 * tabs, line breaks and leading control characters in URLs, so those are removed before looking
 * at the scheme (`java\nscript:` is still javascript).
 */
function isSafeUrl(href) {
    const h = href.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
    return /^(https?:\/\/[^/]|mailto:)/.test(h);
}


/***/ }),

/***/ 3911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ oneLine)
/* harmony export */ });
/** Line breaks and other control characters become single spaces: a value for a one-line place. */
function oneLine(text) {
    return text
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim();
}


/***/ }),

/***/ 4524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ fields),
/* harmony export */   c: () => (/* binding */ listOf)
/* harmony export */ });
/**
 * What a template may read, by name: the shapes the static check (variables.ts) holds a template
 * to. Apart from variables.ts, so that content.ts can describe the variables without loading LiquidJS.
 */
/** An object with these fields. */
const fields = (shape) => ({ fields: shape });
/** A list whose items have this shape. */
const listOf = (item) => ({ items: item });


/***/ }),

/***/ 5377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WR: () => (/* binding */ Slots),
  ng: () => (/* binding */ stringifyValue)
});

// UNUSED EXPORTS: withoutHtmlComments

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/html-tokens.ts
/**
 * A tokenizer for an author's HTML template, following the WHATWG tokenizer's states for what
 * matters to placing a value: tags and their attributes (an apostrophe inside an unquoted value is
 * part of it: `<a title=it's href="…">` has an `href`), comments (`-->`, `--!>`, `<!-->`), bogus
 * comments, and the elements whose content is raw text (`<style>`, `<script>`…) or escapable raw text
 * (`<title>`, `<textarea>`), which are raw only outside `<svg>` and `<math>`. One pass, each character
 * read a bounded number of times. Not a tree builder: callers track open elements themselves.
 */
/** Content is raw text up to the matching end tag (outside foreign content). */
const RAW_TEXT = new Set([
    'style',
    'script',
    'xmp',
    'iframe',
    'noembed',
    'noframes',
    'noscript',
    'textarea',
    'title',
    'plaintext',
]);
const SPACE = /[\t\n\f\r ]/;
const FOREIGN = new Set(['svg', 'math']);
/** Where the raw content of `name` starting at `from` ends: its end tag, or the end of input. */
function rawEnd(html, from, name) {
    if (name === 'plaintext')
        return html.length;
    let at = from;
    for (;;) {
        const lt = html.indexOf('</', at);
        if (lt < 0)
            return html.length;
        const after = html.charAt(lt + 2 + name.length);
        if (html.slice(lt + 2, lt + 2 + name.length).toLowerCase() === name && /^[\t\n\f\r />]?$/.test(after)) {
            return lt;
        }
        at = lt + 2;
    }
}
/** The end of a comment starting at `start` (`<!--`). */
function commentEnd(html, start) {
    if (html.startsWith('>', start + 4))
        return start + 5;
    if (html.startsWith('->', start + 4))
        return start + 6;
    const close = /--!?>/g;
    close.lastIndex = start + 4;
    const m = close.exec(html);
    return m ? m.index + m[0].length : html.length;
}
/** Reads a tag's attributes from `i` (after its name); undefined when the input ends inside it. */
function readAttributes(html, i) {
    const attributes = [];
    const n = html.length;
    for (;;) {
        while (i < n && (SPACE.test(html[i]) || (html[i] === '/' && html[i + 1] !== '>')))
            i++;
        if (i >= n)
            return undefined;
        if (html[i] === '>')
            return { attributes, end: i + 1, selfClosing: false };
        if (html.startsWith('/>', i))
            return { attributes, end: i + 2, selfClosing: true };
        const start = i;
        i++; // The first character is part of the name, even `=`.
        while (i < n && !/[\t\n\f\r />=]/.test(html[i]))
            i++;
        const name = html.slice(start, i);
        let j = i;
        while (j < n && SPACE.test(html[j]))
            j++;
        if (html[j] !== '=') {
            attributes.push({ name, value: '', start, end: i });
            continue;
        }
        j++;
        while (j < n && SPACE.test(html[j]))
            j++;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
            const close = html.indexOf(quote, j + 1);
            if (close < 0)
                return undefined;
            attributes.push({ name, value: html.slice(j + 1, close), start, end: close + 1 });
            i = close + 1;
        }
        else {
            let k = j;
            while (k < n && !/[\t\n\f\r >]/.test(html[k]))
                k++;
            attributes.push({ name, value: html.slice(j, k), start, end: k });
            i = k;
        }
    }
}
/** The tokens of `html`, in order, covering it without gaps. */
function* htmlTokens(html) {
    let i = 0;
    let textStart = 0;
    let foreign = 0;
    const n = html.length;
    while (i < n) {
        const lt = html.indexOf('<', i);
        if (lt < 0)
            break;
        const next = html[lt + 1] ?? '';
        let token;
        if (html.startsWith('<!--', lt)) {
            token = { kind: 'comment', start: lt, end: commentEnd(html, lt) };
        }
        else if (/[A-Za-z]/.test(next) || (next === '/' && /[A-Za-z]/.test(html[lt + 2] ?? ''))) {
            const closing = next === '/';
            let k = lt + (closing ? 2 : 1);
            while (k < n && !/[\t\n\f\r />]/.test(html[k]))
                k++;
            const name = html.slice(lt + (closing ? 2 : 1), k).toLowerCase();
            const rest = readAttributes(html, k);
            token = rest
                ? { kind: 'tag', start: lt, name, nameEnd: k, closing, ...rest }
                : { kind: 'comment', start: lt, end: n };
        }
        else if (next === '!' || next === '?' || next === '/') {
            const gt = html.indexOf('>', lt + 2);
            token = { kind: 'comment', start: lt, end: gt < 0 ? n : gt + 1 };
        }
        if (!token) {
            i = lt + 1;
            continue;
        }
        if (lt > textStart)
            yield { kind: 'text', start: textStart, end: lt };
        yield token;
        i = token.end;
        textStart = i;
        if (token.kind !== 'tag')
            continue;
        if (FOREIGN.has(token.name) && !token.selfClosing)
            foreign += token.closing ? (foreign > 0 ? -1 : 0) : 1;
        if (!token.closing && foreign === 0 && RAW_TEXT.has(token.name)) {
            const end = rawEnd(html, i, token.name);
            if (end > i)
                yield { kind: 'text', start: i, end, raw: token.name };
            i = end;
            textStart = i;
        }
    }
    if (n > textStart)
        yield { kind: 'text', start: textStart, end: n };
}

;// CONCATENATED MODULE: ./src/render/slots.ts



/** Attributes whose value is fetched or followed: a placeholder there must yield a safe URL. */
const URL_ATTRIBUTES = new Set([
    'href',
    'src',
    'srcset',
    'action',
    'formaction',
    'background',
    'poster',
    'cite',
    'longdesc',
    'lowsrc',
    'dynsrc',
    'data',
    'xlink:href',
    'ping',
    'manifest',
    'icon',
    'codebase',
    'usemap',
]);
/** Tags whose content is not markup: line breaks stay line breaks there. */
const LITERAL_CONTENT = /^(pre|textarea|script|style|title)$/;
/** Elements with no content, so never an enclosing element. */
const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/;
/** Elements that may hold blocks (headings, lists, tables); inside any other, Markdown goes inline. */
const FLOW = /^(div|td|th|li|dd|blockquote|body|center|section|article|aside|main|header|footer|nav|details|figure)$/;
/**
 * Elements a value may not reach at all, neither in their content nor in their attributes: style
 * sheets and scripts (escaping HTML does nothing for CSS or JavaScript), frames and plugins, `<meta>`
 * (`http-equiv=refresh` redirects), `<base>` and `<link>`, and SVG animations (which can set `href`).
 */
const REFUSED_ELEMENTS = new Set([
    'style',
    'script',
    'xmp',
    'iframe',
    'frame',
    'frameset',
    'noembed',
    'noframes',
    'noscript',
    'plaintext',
    'object',
    'embed',
    'applet',
    'param',
    'meta',
    'base',
    'link',
    'animate',
    'set',
    'animatemotion',
    'animatetransform',
]);
/** Attributes whose value is markup or script: `srcdoc` is a whole document. */
const REFUSED_ATTRIBUTES = new Set(['srcdoc']);
/** Characters all values of one message may add up to (SPEC §4: Liquid's memory bounded). */
const MAX_SLOT_CHARS = 20_000_000;
/** Turns a Liquid output value into the string Liquid would show. */
function stringifyValue(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    if (Array.isArray(value))
        return value.map(stringifyValue).join(', ');
    try {
        return JSON.stringify(value) ?? '';
    }
    catch {
        return String(value);
    }
}
/** Decodes the few entities an author's HTML or Markdown output uses, for checking a URL's scheme. */
function decodeEntities(text) {
    return text
        .replace(/&#x([0-9a-f]+);?/gi, (_m, hex) => String.fromCodePoint(Number.parseInt(hex, 16) % 0x110000))
        .replace(/&#(\d+);?/g, (_m, dec) => String.fromCodePoint(Number(dec) % 0x110000))
        .replace(/&colon;/gi, ':')
        .replace(/&tab;/gi, '\t')
        .replace(/&newline;/gi, '\n')
        .replace(/&lt;/gi, '<')
        .replace(/&gt;/gi, '>')
        .replace(/&quot;/gi, '"')
        .replace(/&#39;|&apos;/gi, "'")
        .replace(/&amp;/gi, '&');
}
/** Values for one message: every placeholder handed out, and how to fill them in. */
/** Removes complete `<!-- … -->` comments and the line break after each; an unclosed one stays. */
function withoutHtmlComments(value) {
    return value.replace(/<!--[\s\S]*?-->[ \t]*(\r?\n)?/g, '');
}
class Slots {
    nonce;
    slots = [];
    chars = 0;
    pattern;
    refused = new Set();
    constructor(nonce = (0,external_node_crypto_.randomBytes)(6).toString('hex')) {
        if (!/^[0-9a-f]{6,32}$/.test(nonce))
            throw new Error('Slots: nonce must be lowercase hex');
        this.nonce = nonce;
        // Case-insensitive, so a filter such as `upcase` applied after `markdown` still resolves.
        this.pattern = new RegExp(`Q${nonce}N(\\d{1,7})E`, 'gi');
    }
    /** Registers a value and returns its placeholder (letters and digits only). */
    add(kind, value) {
        // A value captured from template output may hold placeholders: it is shown as the text they stand for.
        const text = this.fillText(stringifyValue(value));
        // Placeholders are short, so a capture that doubles them stays small to Liquid: counted here.
        this.chars += text.length;
        if (this.chars > MAX_SLOT_CHARS)
            throw new Error('memory limit exceeded (values over 20 MB in all)');
        this.slots.push({ kind, value: text });
        return `Q${this.nonce}N${this.slots.length - 1}E`;
    }
    /** True when a `| markdown` value was output: its HTML needs the Markdown renderer. */
    hasMarkdown() {
        return this.slots.some((s) => s.kind === 'markdown');
    }
    /** True when the string holds at least one placeholder of this message. */
    has(text) {
        this.pattern.lastIndex = 0;
        return this.pattern.test(text);
    }
    slot(index) {
        return this.slots[Number(index)] ?? { kind: 'text', value: '' };
    }
    /**
     * Fills every placeholder with its value as is: for the text part and the subject. A `| markdown`
     * value loses its HTML comments (such as the one GitHub puts at the top of generated release
     * notes), which a reader of the HTML part never sees either.
     */
    fillText(text) {
        return text.replace(this.pattern, (_m, i) => {
            const slot = this.slot(i);
            return slot.kind === 'markdown' ? withoutHtmlComments(slot.value) : slot.value;
        });
    }
    /**
     * Fills placeholders in HTML, each escaped for where it landed. A Markdown value standing alone in
     * a paragraph or in an element that may hold blocks (div, td, li…) becomes blocks; inside a line
     * of text or an inline element (strong, span, a…) it becomes inline HTML.
     * `markdown` is required when `hasMarkdown()`.
     */
    fillHtml(html, markdown, input = 'body') {
        // <p>{{ notes | markdown }}</p> would nest blocks inside a paragraph: use a <div> instead.
        const prepared = html.replace(new RegExp(`<p(?:\\s[^>]*)?>\\s*(Q${this.nonce}N(\\d{1,7})E)\\s*</p>`, 'gi'), (whole, token, i) => (this.slot(i).kind === 'markdown' ? `<div>${token}</div>` : whole));
        let out = '';
        const open = [];
        // Every open element, innermost last: a Markdown value becomes blocks only where blocks may be.
        const enclosing = [];
        const blocksAllowed = () => enclosing.length === 0 || FLOW.test(enclosing[enclosing.length - 1]);
        // Where this tracking and a browser's tree could differ (tags that break out of <svg>, its
        // integration points), it errs to the strict side: markup a browser would take as text is
        // checked as markup, and anything under a refused element is refused, tag or text.
        const refusedIn = () => enclosing.find((tag) => REFUSED_ELEMENTS.has(tag));
        for (const token of htmlTokens(prepared)) {
            const text = prepared.slice(token.start, token.end);
            if (token.kind === 'comment') {
                // Comments are invisible: a value there could only end the comment early.
                out += text.replace(this.pattern, '');
            }
            else if (token.kind === 'text') {
                const refused = token.raw && REFUSED_ELEMENTS.has(token.raw) ? token.raw : refusedIn();
                out += refused
                    ? this.refuse(text, `<${refused}>`, input)
                    : this.fillContent(text, open.length > 0 || token.raw !== undefined, markdown, blocksAllowed());
            }
            else {
                out += this.fillTag(text, token, refusedIn(), input);
                this.track(token, open, enclosing);
            }
        }
        return out;
    }
    /** Keeps the stacks of open elements up to date after a tag. */
    track(token, open, enclosing) {
        const tag = token.name;
        if (token.closing) {
            const at = open.lastIndexOf(tag);
            if (at >= 0)
                open.length = at;
            const within = enclosing.lastIndexOf(tag);
            if (within >= 0)
                enclosing.length = within;
        }
        else if (!token.selfClosing && !VOID.test(tag)) {
            enclosing.push(tag);
            if (LITERAL_CONTENT.test(tag))
                open.push(tag);
        }
    }
    /** Removes every placeholder from `text`, noting the place for a warning when there was one. */
    refuse(text, place, input) {
        if (!this.has(text))
            return text;
        this.refused.add(`Input \`${input}\`: a value inside ${place} was left out, since it cannot be shown there safely; put values in element text or ordinary attributes.`);
        return text.replace(this.pattern, '');
    }
    /** One warning line for each unsafe place a value was left out of (see fillHtml), and each cut value. */
    refusals() {
        return [...this.refused];
    }
    /** Text between tags: values escaped; line breaks become <br> outside <pre> and the like. */
    fillContent(text, literal, markdown, blocksAllowed = true) {
        if (!text)
            return text;
        const alone = text.trim().toLowerCase();
        return text.replace(this.pattern, (token, i) => {
            const slot = this.slot(i);
            if (slot.kind === 'markdown' && !literal) {
                // Never shown unrendered or raw: a missing renderer is a bug, and fails the step.
                if (!markdown)
                    throw new Error('Slots: a `| markdown` value needs the Markdown renderer');
                if (slot.value.length > markdown.MAX_UNTRUSTED_MARKDOWN) {
                    this.refused.add(`A \`| markdown\` value of ${slot.value.length} characters was cut to ${markdown.MAX_UNTRUSTED_MARKDOWN} in the HTML part, which says where; the text part holds it whole.`);
                }
                return alone === token.toLowerCase() && blocksAllowed
                    ? markdown.markdownToHtml(slot.value, false)
                    : markdown.markdownToInlineHtml(slot.value);
            }
            const escaped = (0,render_escape/* escapeHtml */.Z)(slot.value);
            return literal ? escaped : escaped.replace(/\r\n|\r|\n/g, '<br>\n');
        });
    }
    /**
     * A tag: placeholders may only fill attribute values of ordinary elements, and URL attributes must
     * stay safe. An end tag's attributes mean nothing, and a placeholder in a name could create markup:
     * both are dropped.
     */
    fillTag(text, token, refusedIn, input) {
        if (!this.has(text))
            return text;
        const offset = token.start;
        const name = text.slice(0, token.nameEnd - offset);
        if (token.closing || this.has(name))
            return text.replace(this.pattern, '');
        const refusedTag = refusedIn ?? (REFUSED_ELEMENTS.has(token.name) ? token.name : undefined);
        let out = name;
        let last = token.nameEnd - offset;
        for (const attribute of token.attributes) {
            out += text.slice(last, attribute.start - offset);
            last = attribute.end - offset;
            const whole = text.slice(attribute.start - offset, last);
            if (!this.has(whole)) {
                out += whole;
                continue;
            }
            const attr = attribute.name.toLowerCase();
            if (refusedTag || REFUSED_ATTRIBUTES.has(attr)) {
                this.refuse(whole, refusedTag ? `<${refusedTag}>` : `the ${attr} attribute`, input);
                continue;
            }
            out += this.fillAttribute(attribute.name, attribute.value);
        }
        return out + text.slice(last);
    }
    /** `name="value"` with its placeholders filled, or nothing when no value may go there. */
    fillAttribute(name, value) {
        if (this.has(name))
            return '';
        const attr = name.toLowerCase();
        // Event handlers decode entities before running: no value may reach them.
        if (attr.startsWith('on'))
            return '';
        if (URL_ATTRIBUTES.has(attr)) {
            const url = decodeEntities(this.fillText(value));
            if (attr === 'srcset' || !(0,render_escape/* isSafeUrl */.F)(url))
                return '';
        }
        const safeValue = value
            .split(this.pattern)
            .map((part, n) => {
            // split() with one capture group alternates text and slot indexes.
            if (n % 2 === 1) {
                const v = this.slot(part).value;
                return attr === 'style' ? v.replace(/[^A-Za-z0-9#.%, -]/g, '') : (0,render_escape/* escapeHtml */.Z)(v);
            }
            return part.replace(/"/g, '&quot;');
        })
            .join('');
        return `${name}="${safeValue}"`;
    }
}


/***/ }),

/***/ 9809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ Deadline),
/* harmony export */   LH: () => (/* binding */ withRetries)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** A point in time by which the whole step must be done, retries included. */
class Deadline {
    endsAt;
    now;
    constructor(endsAt, now = Date.now) {
        this.endsAt = endsAt;
        this.now = now;
    }
    /** A deadline `seconds` after `start` (the step's start, not this call's). */
    static after(seconds, start = Date.now()) {
        return new Deadline(start + seconds * 1000);
    }
    remainingMs() {
        return Math.max(0, this.endsAt - this.now());
    }
    /** The smaller of `ms` and what is left, never below 1 ms (0 means "no timeout" to some APIs). */
    cap(ms) {
        return Math.max(1, Math.min(ms, this.remainingMs()));
    }
}
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * The delay before retry number `attempt` (1-based): exponential, with "equal jitter" (half fixed,
 * half random) so that many runners failing together do not retry in lockstep.
 */
function backoffDelay(attempt, base, max, random) {
    const ceiling = Math.min(max, base * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
/**
 * Runs `attempt` until it succeeds, fails permanently, runs out of retries, or the next wait would
 * not fit before the deadline. Only DeliveryErrors marked transient are retried.
 */
async function withRetries(attempt, options) {
    const base = options.baseDelayMs ?? 1000;
    const max = options.maxDelayMs ?? 30_000;
    const random = options.random ?? Math.random;
    const sleep = options.sleep ?? defaultSleep;
    for (let n = 0;; n++) {
        try {
            return await attempt(n);
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeliveryError */ .VE) || !err.transient)
                throw err;
            if (n >= options.retries)
                throw givenUp(err, n + 1, options.retries === 0 ? ' (`retries: 0`)' : '');
            let delay = backoffDelay(n + 1, base, max, random);
            if (err.retryAfterSeconds !== undefined)
                delay = Math.max(delay, err.retryAfterSeconds * 1000);
            // Leave the next attempt at least a second of its own; otherwise the retry is pointless.
            if (delay + 1000 > options.deadline.remainingMs())
                throw givenUp(err, n + 1, ' (`timeout-seconds` left no time for another)');
            options.onRetry?.(err, delay, n + 1);
            await sleep(delay);
        }
    }
}
/** The last transient error, saying how many attempts were made, so the one line is accurate. */
function givenUp(err, attempts, why) {
    const said = `Gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}${why}.`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeliveryError */ .VE(err.stage, `${err.message} ${said}`, err.transient, err.retryAfterSeconds, err.rejected, err.refusals);
}


/***/ }),

/***/ 7194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ rememberSecret),
/* harmony export */   fp: () => (/* binding */ redactSecrets),
/* harmony export */   wV: () => (/* binding */ encodedForms)
/* harmony export */ });
/* unused harmony export forgetSecrets */
// The run's secrets, so outside text can have them replaced before it is cut short: the runner
// masks only whole secrets, and a cut reply may end inside one (issue 13).
const known = new Set();
/** Remembers a secret (4 characters or more) for redactSecrets. */
function rememberSecret(secret) {
    if (secret.length >= 4)
        known.add(secret);
}
/** Text with every remembered secret replaced by `***`, longest first. */
function redactSecrets(text) {
    if (!known.size || !text)
        return text;
    let out = text;
    for (const secret of [...known].sort((a, b) => b.length - a.length))
        out = out.split(secret).join('***');
    return out;
}
/** Forgets every secret (tests). */
function forgetSecrets() {
    known.clear();
}
/**
 * Forms a server may echo a secret in: as a form body (how token requests send it), as
 * encodeURIComponent writes it, and with `~*!'()` escaped too; only those that differ from it.
 */
function encodedForms(secret) {
    const strict = encodeURIComponent(secret).replace(/[~*!'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    const form = new URLSearchParams({ x: secret }).toString().slice(2);
    const forms = [form, encodeURIComponent(secret), strict, strict.replace(/%20/g, '+')];
    return [...new Set(forms)].filter((f) => f !== secret);
}


/***/ })

};
