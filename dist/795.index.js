export const id = 795;
export const ids = [795];
export const modules = {

/***/ 8795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   composeMessage: () => (/* binding */ composeMessage),
/* harmony export */   withBytesBuilt: () => (/* binding */ withBytesBuilt)
/* harmony export */ });
/* unused harmony exports defaultFrom, newMessageId, protectEncodedWords, priorityHeaders */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var nodemailer_lib_mail_composer__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3619);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(788);
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9892);





/** The default sender: a display name naming the repository, at the signed-in address. */
function defaultFrom(settings, ctx) {
    return { name: `${ctx.repository || 'GitHub Actions'} via Gmail Notify`, address: settings.username };
}
/** MAIL FROM: Gmail's account, else the From address (a login such as `apikey` is no address). */
function envelopeFrom(settings, from) {
    const gmail = settings.transport === 'gmail-api' || (0,_hosts_js__WEBPACK_IMPORTED_MODULE_4__/* .isGmailSmtpHost */ .pJ)(settings.smtp.host);
    return gmail ? settings.username || from.address : from.address;
}
/** A new Message-ID in the sender's domain. */
function newMessageId(fromAddress) {
    const domain = fromAddress.split('@')[1] || 'gmail-notify.local';
    return `<${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}@${domain}>`;
}
function listId(repository) {
    const id = repository.replace(/[^A-Za-z0-9-]+/g, '.').replace(/^\.+|\.+$/g, '') || 'repository';
    return `${repository} <${id}.github.gmail-notify>`;
}
const EXACT_CASE = new Map([
    'List-Id',
    'Message-ID',
    'MIME-Version',
    'Content-ID',
    'X-GitHub-Repository',
    'X-GitHub-Workflow',
    'X-GitHub-Event',
    'X-GitHub-Status',
    'X-GitHub-Run-URL',
    'X-Priority',
    'X-MSMail-Priority',
].map((k) => [k.toLowerCase(), k]));
/** Header names as recipients' filters expect them (`X-GitHub-Status`, not `X-Github-Status`). */
function headerKeyCase(extra) {
    return (key) => {
        const clean = key.replace(/[\s\x00-\x20\x7f:]/g, '');
        const lower = clean.toLowerCase();
        return EXACT_CASE.get(lower) ?? extra.get(lower) ?? lower.replace(/(^|-)[a-z]/g, (c) => c.toUpperCase());
    };
}
/** Header values must never carry a line break, whatever the event put in them. */
function headerValue(value) {
    return protectEncodedWords(value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim());
}
/** Something a mail client would decode as an RFC 2047 encoded-word: `=?charset?B?` or `?Q?`. */
const ENCODED_WORD = /=\?[^?\s]*\?[bq]\?/i;
/** Bytes per encoded-word: 45 bytes make 60 base64 characters, a 72-character word (at most 75). */
const WORD_BYTES = 45;
/**
 * A value that holds what looks like an encoded-word (`=?utf-8?B?…?=`, a pull request title, say)
 * is encoded whole as UTF-8 encoded-words, so a mail client shows the characters as written instead
 * of decoding them into other text. nodemailer passes ASCII header text through unchanged (it only
 * encodes non-ASCII), so the words we build reach the message as they are; any other value is left
 * for nodemailer to encode.
 */
function protectEncodedWords(value) {
    if (!ENCODED_WORD.test(value))
        return value;
    const words = [];
    let chunk = '';
    for (const char of value) {
        if (Buffer.byteLength(chunk + char) > WORD_BYTES) {
            words.push(chunk);
            chunk = '';
        }
        chunk += char;
    }
    if (chunk)
        words.push(chunk);
    return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(' ');
}
/** The headers mail clients read for `priority` (MailComposer alone does not add them). */
function priorityHeaders(priority) {
    if (priority === 'high') {
        return [
            { key: 'X-Priority', value: '1 (Highest)' },
            { key: 'X-MSMail-Priority', value: 'High' },
            { key: 'Importance', value: 'High' },
        ];
    }
    if (priority === 'low') {
        return [
            { key: 'X-Priority', value: '5 (Lowest)' },
            { key: 'X-MSMail-Priority', value: 'Low' },
            { key: 'Importance', value: 'Low' },
        ];
    }
    return [];
}
/**
 * Builds the RFC 5322 message: addresses, filter headers (List-Id, X-GitHub-*), threading,
 * priority, both parts, attachments (streamed from disk on every attempt, never held whole).
 */
function composeMessage(settings, ctx, content, attachments, date = new Date()) {
    const from = settings.from ?? defaultFrom(settings, ctx);
    const messageId = newMessageId(from.address);
    // The run the message is about: for workflow_run the watched one, as in the subject and body.
    const run = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .reportedRun */ .T_)(ctx);
    const headers = [
        { key: 'List-Id', value: headerValue(listId(ctx.repository)) },
        { key: 'X-GitHub-Repository', value: headerValue(ctx.repository) },
        { key: 'X-GitHub-Workflow', value: headerValue(run.workflow) },
        { key: 'X-GitHub-Event', value: headerValue(ctx.event_name) },
        { key: 'X-GitHub-Status', value: settings.status },
        { key: 'X-GitHub-Run-URL', value: headerValue(run.url) },
        ...priorityHeaders(settings.priority),
        // RFC 3834: autoresponders leave it alone. `headers` may override it.
        ...(settings.headers.some(([key]) => key.toLowerCase() === 'auto-submitted')
            ? []
            : [{ key: 'Auto-Submitted', value: 'auto-generated' }]),
        ...settings.headers.map(([key, value]) => ({ key, value: headerValue(value) })),
    ];
    const options = {
        from,
        to: settings.to,
        cc: settings.cc,
        bcc: settings.bcc,
        replyTo: settings.replyTo.length ? settings.replyTo : undefined,
        subject: protectEncodedWords(content.subject),
        text: content.text,
        html: content.html,
        messageId,
        date,
        headers,
        inReplyTo: settings.inReplyTo,
        references: settings.inReplyTo,
        attachments: attachments.map((a) => ({ filename: a.filename, path: a.path })),
        textEncoding: 'quoted-printable',
        normalizeHeaderKey: headerKeyCase(new Map(settings.headers.map(([k]) => [k.toLowerCase(), k]))),
    };
    const envelopeNode = new nodemailer_lib_mail_composer__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A(options).compile();
    const envelope = envelopeNode.getEnvelope();
    const recipients = envelope.to;
    return {
        messageId,
        subject: content.subject,
        from,
        recipients,
        content,
        envelope: { from: envelopeFrom(settings, from), to: recipients },
        createStream: (stream) => {
            const node = new nodemailer_lib_mail_composer__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A(options).compile();
            node.keepBcc = stream?.keepBcc === true;
            return node.createReadStream();
        },
    };
}
/**
 * The message with its bytes built now, once, and kept in memory: for a message without attachments
 * (text and HTML, a few KB), composed while the SMTP server is still on its way to the greeting
 * rather than after it, and then written in one go on every attempt. A message with attachments is
 * not passed here: it is streamed from the files on each attempt.
 */
async function withBytesBuilt(message) {
    const chunks = [];
    for await (const chunk of message.createStream())
        chunks.push(chunk);
    const bytes = Buffer.concat(chunks);
    return {
        ...message,
        // Built without Bcc; a stream that keeps it (the Gmail API's) is composed afresh.
        createStream: (stream) => stream?.keepBcc ? message.createStream(stream) : node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from([bytes], { objectMode: false }),
    };
}


/***/ })

};
