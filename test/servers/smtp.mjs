// A Gmail-like SMTP server for tests, demos and benchmarks, built on smtp-server.
//
// Plain ESM JavaScript with JSDoc so that vitest tests and `node scripts/*.mjs` can both load it
// without a build step; the types for TypeScript live in smtp.d.mts beside it.
//
// It listens on 127.0.0.1 only, on an ephemeral port (or the one asked for), and answers the way smtp.gmail.com does:
// implicit TLS (465) or STARTTLS (587), AUTH LOGIN / PLAIN / XOAUTH2, and Gmail's multi-line
// replies verbatim (GMAIL_REPLIES). Faults can be scripted per stage, each for the first N times.
//
// smtp-server has no hook for EHLO or for the exact text of its replies, so each connection is
// instrumented when it is accepted (see instrument()). That touches a few members of
// smtp-server's SMTPConnection (send, handler_EHLO/HELO, _onCommand, _nextHandler, _socket),
// checked on every connection; the package is pinned to an exact version in package.json.

import { readFileSync } from 'node:fs';
import { SMTPServer } from 'smtp-server';
import { listenOnLoopback } from './listen.mjs';

const TLS_DIR = new URL('../fixtures/tls/', import.meta.url);

/** The session tag Gmail appends to its replies (the part before it changes per connection). */
const GSMTP = 'd75a77b69052e-4a7c1e2f9b3sm1843721cf.42 - gsmtp';

/**
 * Gmail's replies, verbatim: multi-line replies use `NNN-` continuation lines, joined here with
 * `\n` (which is how nodemailer reports them in `err.response`); the server sends CRLF.
 * Sources (public issue trackers quoting real Gmail sessions):
 * - badCredentials: dawidd6/action-send-mail#205 (2024)
 * - appPasswordRequired: bberkay/openmail#1, leiweibau/Pi.Alert#236 (2024); layout nodemailer/nodemailer#1116
 * - tryAgainLater: laravel/laravel#6402 (2024)
 * - tooManyLoginAttempts: AnalogJ/justvanish#13 (2023)
 * - dailyLimitExceeded: woowacourse-teams/2025-ah-madda#635 (2025)
 * - authRequired: dawidd6/action-send-mail#186 (2023), node-red/node-red#1199
 * - mustIssueStarttls: Google's SMTP error reference (support.google.com/a/answer/3726730)
 * - messageTooBig: suped.com "Google error message when an email exceeds size limits" (2025)
 */
export const GMAIL_REPLIES = Object.freeze({
  badCredentials: [
    '535-5.7.8 Username and Password not accepted. For more information, go to',
    `535 5.7.8  https://support.google.com/mail/?p=BadCredentials ${GSMTP}`,
  ].join('\n'),
  appPasswordRequired: [
    '534-5.7.9 Application-specific password required. For more information, go to',
    `534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor ${GSMTP}`,
  ].join('\n'),
  tryAgainLater: [
    '421-4.7.0 Try again later, closing connection. (EHLO)',
    '421-4.7.0  For more information, go to',
    `421 4.7.0  https://support.google.com/a/answer/3221692 ${GSMTP}`,
  ].join('\n'),
  tooManyLoginAttempts: [
    '454-4.7.0 Too many login attempts, please try again later. Learn more at',
    `454 4.7.0  https://support.google.com/mail/answer/7126229 ${GSMTP}`,
  ].join('\n'),
  dailyLimitExceeded: [
    '550-5.4.5 Daily user sending limit exceeded. For more information on Gmail',
    '550-5.4.5 sending limits go to',
    `550 5.4.5  https://support.google.com/a/answer/166852 ${GSMTP}`,
  ].join('\n'),
  authRequired: [
    '530-5.7.0 Authentication Required. Learn more at',
    `530 5.7.0  https://support.google.com/mail/?p=WantAuthError ${GSMTP}`,
  ].join('\n'),
  mustIssueStarttls: `530 5.7.0 Must issue a STARTTLS command first. ${GSMTP}`,
  messageTooBig: [
    "552-5.3.4 Your message exceeded Google's message size limits. Please visit",
    '552-5.3.4  https://support.google.com/mail/?p=MaxSizeError to view our size',
    `552 5.3.4 guidelines. ${GSMTP}`,
  ].join('\n'),
});

/**
 * The JSON Gmail base64-encodes into its `334` challenge when an XOAUTH2 token is invalid,
 * expired or lacks the https://mail.google.com/ scope (same for all three).
 */
export const XOAUTH2_CHALLENGE = Object.freeze({
  status: '400',
  schemes: 'Bearer',
  scope: 'https://mail.google.com/',
});

/** Gmail advertises this SIZE in its EHLO reply; it is the default limit here too. */
export const GMAIL_SIZE_LIMIT = 35882577;

const VERBATIM = '\u0000verbatim\u0000';
const FAULT_STAGES = ['greeting', 'ehlo', 'auth', 'mail', 'rcpt', 'data', 'dropDuringData', 'stallAfterData'];

/**
 * @typedef {{ reply: string, times?: number }} ReplyFaultObject
 * @typedef {{ times?: number }} FlagFaultObject
 * @typedef {{ kind: 'reply' | 'silent' | 'flag', reply?: string, times: number, used: number }} ActiveFault
 */

/**
 * Splits a reply written as Gmail sends it into its code and line texts (without `NNN-`).
 * @param {string} reply
 * @returns {{ code: number, lines: string[] }}
 */
function parseReply(reply) {
  const rawLines = reply.split(/\r?\n/);
  const code = Number(rawLines[0].slice(0, 3));
  for (const line of rawLines) {
    if (!/^\d{3}[ -]/.test(line) || Number(line.slice(0, 3)) !== code) {
      throw new Error(
        `Bad SMTP reply line in test fault ${JSON.stringify(line)}: expected "${code}-" or "${code} "`,
      );
    }
  }
  return { code, lines: rawLines.map((line) => line.slice(4)) };
}

/**
 * An error that smtp-server turns into the given reply, verbatim (see instrument()).
 * @param {string} reply
 */
function verbatimError(reply) {
  const error = /** @type {Error & { responseCode?: number }} */ (new Error(VERBATIM + reply));
  error.responseCode = parseReply(reply).code;
  return error;
}

/**
 * Normalises options.faults into counters.
 * @param {import('./smtp.d.mts').SmtpFaults} faults
 * @returns {Map<string, ActiveFault>}
 */
function compileFaults(faults) {
  /** @type {Map<string, ActiveFault>} */
  const compiled = new Map();
  for (const [stage, spec] of Object.entries(faults)) {
    if (!FAULT_STAGES.includes(stage)) {
      throw new Error(`Unknown SMTP fault stage "${stage}" (expected one of ${FAULT_STAGES.join(', ')})`);
    }
    if (spec === undefined || spec === false || spec === null) continue;
    const object = typeof spec === 'object' ? /** @type {Record<string, unknown>} */ (spec) : {};
    const times = object.times === undefined ? Number.POSITIVE_INFINITY : Number(object.times);
    if (!(times >= 0)) throw new Error(`SMTP fault "${stage}": times must be a number >= 0`);
    if (stage === 'dropDuringData' || stage === 'stallAfterData') {
      compiled.set(stage, { kind: 'flag', times, used: 0 });
      continue;
    }
    const reply = typeof spec === 'string' ? spec : object.reply;
    if (typeof reply !== 'string') throw new Error(`SMTP fault "${stage}" needs a reply string`);
    if (reply === 'silent') {
      if (stage !== 'greeting') throw new Error('Only the greeting fault can be "silent"');
      compiled.set(stage, { kind: 'silent', times, used: 0 });
      continue;
    }
    parseReply(reply); // fail fast on a malformed reply
    compiled.set(stage, { kind: 'reply', reply, times, used: 0 });
  }
  return compiled;
}

/**
 * Normalises options.faults.rcptFor into counters, keyed by the lowercased address.
 * @param {Record<string, string | ReplyFaultObject>} byAddress
 * @returns {Map<string, ActiveFault>}
 */
function compileRecipientFaults(byAddress) {
  /** @type {Map<string, ActiveFault>} */
  const compiled = new Map();
  for (const [address, spec] of Object.entries(byAddress)) {
    const object = typeof spec === 'object' && spec !== null ? spec : { reply: spec };
    const times = object.times === undefined ? Number.POSITIVE_INFINITY : Number(object.times);
    if (!(times >= 0)) throw new Error(`SMTP fault rcptFor "${address}": times must be a number >= 0`);
    if (typeof object.reply !== 'string')
      throw new Error(`SMTP fault rcptFor "${address}" needs a reply string`);
    parseReply(object.reply); // fail fast on a malformed reply
    compiled.set(address.toLowerCase(), { kind: 'reply', reply: object.reply, times, used: 0 });
  }
  return compiled;
}

/**
 * @param {string | string[] | undefined} value
 * @returns {string[]}
 */
function asList(value) {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Starts a Gmail-like SMTP server on 127.0.0.1 (ephemeral port).
 *
 * @param {import('./smtp.d.mts').SmtpServerOptions} [options]
 * @returns {Promise<import('./smtp.d.mts').RunningSmtpServer>}
 */
export async function startSmtpServer(options = {}) {
  const security = options.security ?? 'tls';
  if (!['tls', 'starttls', 'none'].includes(security)) throw new Error(`Unknown security "${security}"`);
  const certName = options.cert ?? 'server';
  if (!['server', 'wrong-host', 'self-signed'].includes(certName))
    throw new Error(`Unknown cert "${certName}"`);
  const users = options.users ?? {};
  const hasUsers = Object.keys(users).length > 0;
  const authOptional = options.authOptional ?? security === 'none';
  const maxMessageSize = options.maxMessageSize ?? GMAIL_SIZE_LIMIT;
  const { rcptFor, ...stageFaults } = options.faults ?? {};
  const faults = compileFaults(stageFaults);
  const recipientFaults = compileRecipientFaults(rcptFor ?? {});

  /** @type {import('./smtp.d.mts').ReceivedMessage[]} */
  const received = [];
  /** @type {import('./smtp.d.mts').AuthAttempt[]} */
  const authAttempts = [];
  /** @type {string[]} */
  const errors = [];
  /** @type {import('./smtp.d.mts').SmtpConnectionRecord[]} */
  const records = [];
  /** Per-connection state, keyed by the client's port (loopback only, so unique while open). */
  const byPort = new Map();
  /** Per-connection state, keyed by the smtp-server session object. */
  const bySession = new WeakMap();
  /** @type {Set<{ record: import('./smtp.d.mts').SmtpConnectionRecord, connection?: any }>} */
  const connectionStates = new Set();

  /**
   * Returns the reply (or 'silent' / true) of a fault that applies to this occurrence, if any.
   * @param {string} stage
   * @returns {string | true | undefined}
   */
  function takeFault(stage) {
    const fault = faults.get(stage);
    if (!fault || fault.used >= fault.times) return undefined;
    fault.used += 1;
    if (fault.kind === 'flag') return true;
    if (fault.kind === 'silent') return 'silent';
    return fault.reply;
  }

  /**
   * The reply of a fault scripted for this recipient, if one applies to this RCPT TO of it.
   * @param {string} address
   * @returns {string | undefined}
   */
  function takeRecipientFault(address) {
    const fault = recipientFaults.get(address.toLowerCase());
    if (!fault || fault.used >= fault.times) return undefined;
    fault.used += 1;
    return fault.reply;
  }

  const tlsOptions =
    security === 'none'
      ? {}
      : {
          key: readFileSync(new URL(`${certName}-key.pem`, TLS_DIR)),
          cert: readFileSync(new URL(`${certName}.pem`, TLS_DIR)),
        };

  /** @type {string[]} */
  const disabledCommands = [];
  if (security === 'none') {
    disabledCommands.push('STARTTLS');
    if (!hasUsers) disabledCommands.push('AUTH');
  }

  const server = new SMTPServer({
    ...tlsOptions,
    secure: security === 'tls',
    disabledCommands,
    name: 'smtp.gmail.com',
    banner: GSMTP,
    heloResponse: '%s at your service, %s',
    logger: false,
    disableReverseLookup: true,
    hideENHANCEDSTATUSCODES: false,
    size: maxMessageSize,
    rejectOversized: true,
    authMethods: ['LOGIN', 'PLAIN', 'XOAUTH2'],
    authOptional,
    authRequiredMessage: VERBATIM + GMAIL_REPLIES.authRequired,
    closeTimeout: 1000,
    socketTimeout: options.socketTimeoutMs ?? 60_000,

    onConnect(session, callback) {
      const state = byPort.get(session.remotePort);
      const connection = [...server.connections].find((candidate) => candidate.session === session);
      if (!state || !connection) return callback(new Error('test server: connection not tracked'));
      try {
        instrument(connection, state);
      } catch (error) {
        errors.push(String(error));
        return callback(/** @type {Error} */ (error));
      }
      bySession.set(session, state);
      state.record.secure = Boolean(session.secure);
      const fault = takeFault('greeting');
      if (fault === 'silent') {
        state.record.silent = true;
        return; // accepted (and TLS done), but never greeted: the callback is never called
      }
      if (typeof fault === 'string') return callback(verbatimError(fault));
      state.record.greeted = true;
      callback();
    },

    onSecure(_socket, session, callback) {
      const state = byPort.get(session.remotePort);
      if (state) state.record.secure = true;
      callback();
    },

    onAuth(auth, session, callback) {
      const state = bySession.get(session);
      /** @type {import('./smtp.d.mts').AuthAttempt} */
      const attempt = {
        method: auth.method,
        username: auth.username ?? '',
        ok: false,
        reason: 'bad-credentials',
      };
      authAttempts.push(attempt);
      const fault = takeFault('auth');
      if (typeof fault === 'string') {
        attempt.reason = 'fault';
        return callback(verbatimError(fault));
      }
      const user = Object.hasOwn(users, attempt.username) ? users[attempt.username] : undefined;
      const accept = () => {
        attempt.ok = true;
        attempt.reason = 'ok';
        if (state) {
          state.record.user = attempt.username;
          state.record.authMethod = auth.method;
        }
        callback(null, { user: attempt.username });
      };
      if (auth.method === 'XOAUTH2') {
        const token = auth.accessToken ?? '';
        if (user && asList(user.accessToken).includes(token)) return accept();
        attempt.reason =
          user && asList(user.tokensWithoutScope).includes(token) ? 'insufficient-scope' : 'invalid-token';
        // smtp-server sends this as the base64 334 challenge, then answers the client's empty
        // line with 535, which instrument() rewrites to Gmail's 535-5.7.8
        return callback(null, { data: { ...XOAUTH2_CHALLENGE } });
      }
      if (auth.method === 'PLAIN' || auth.method === 'LOGIN') {
        const password = auth.password ?? '';
        if (user && user.password !== undefined && password === user.password) return accept();
        if (user && user.accountPassword !== undefined && password === user.accountPassword) {
          attempt.reason = 'app-password-required';
          return callback(verbatimError(GMAIL_REPLIES.appPasswordRequired));
        }
      }
      return callback(verbatimError(GMAIL_REPLIES.badCredentials));
    },

    onMailFrom(_address, _session, callback) {
      const fault = takeFault('mail');
      if (typeof fault === 'string') return callback(verbatimError(fault));
      callback();
    },

    onRcptTo(address, _session, callback) {
      const fault = takeRecipientFault(address.address) ?? takeFault('rcpt');
      if (typeof fault === 'string') return callback(verbatimError(fault));
      callback();
    },

    onData(stream, session, callback) {
      const state = bySession.get(session);
      if (takeFault('dropDuringData')) {
        stream.once('data', () => {
          if (state) state.record.dropped = true;
          state?.connection._socket.destroy();
        });
        stream.resume();
        return; // the connection is gone, no reply
      }
      const stall = takeFault('stallAfterData') === true;
      const dataFault = stall ? undefined : takeFault('data');
      /** @type {Buffer[]} */
      const chunks = [];
      let size = 0;
      stream.on('data', (/** @type {Buffer} */ chunk) => {
        size += chunk.length;
        if (size <= maxMessageSize) chunks.push(chunk); // oversized messages are refused anyway
      });
      stream.on('end', () => {
        if (stall) {
          if (state) state.record.stalled = true;
          return; // body accepted, never answered
        }
        if (typeof dataFault === 'string') return callback(verbatimError(dataFault));
        if (size > maxMessageSize) return callback(null); // smtp-server replies 552 (rewritten to Gmail's)
        const envelope = session.envelope;
        received.push({
          envelope: {
            mailFrom: envelope.mailFrom ? envelope.mailFrom.address : '',
            rcptTo: envelope.rcptTo.map((recipient) => recipient.address),
          },
          raw: Buffer.concat(chunks),
          user: typeof session.user === 'string' ? session.user : null,
          authMethod: state?.record.authMethod ?? null,
          secure: Boolean(session.secure),
          clientHostname: state?.record.ehloNames.at(-1) ?? '',
          connectionId: state?.record.id ?? 0,
        });
        callback(null, `${VERBATIM}250 2.0.0 OK  ${Math.floor(Date.now() / 1000)} ${GSMTP}`);
      });
    },
  });

  /**
   * Makes one smtp-server connection speak Gmail's exact replies and record what the client did.
   * @param {any} connection an smtp-server SMTPConnection
   * @param {{ record: import('./smtp.d.mts').SmtpConnectionRecord, connection?: any }} state
   */
  function instrument(connection, state) {
    for (const member of ['send', 'handler_EHLO', 'handler_HELO', '_onCommand']) {
      if (typeof connection[member] !== 'function') {
        throw new Error(
          `test server: smtp-server's SMTPConnection has no ${member}(); check the pinned version`,
        );
      }
    }
    state.connection = connection;
    const record = state.record;
    const baseSend = connection.send;

    /** @param {string} reply */
    const sendVerbatim = (reply) => {
      const { code, lines } = parseReply(reply);
      return baseSend.call(connection, code, lines, false);
    };

    connection.send = function send(
      /** @type {number} */ code,
      /** @type {unknown} */ data,
      /** @type {unknown} */ context,
    ) {
      if (security === 'starttls' && !this.secure && (code === 530 || code === 538)) {
        return sendVerbatim(GMAIL_REPLIES.mustIssueStarttls);
      }
      if (typeof data === 'string' && data.startsWith(VERBATIM))
        return sendVerbatim(data.slice(VERBATIM.length));
      if (code === 552) return sendVerbatim(GMAIL_REPLIES.messageTooBig);
      if (code === 535) return sendVerbatim(GMAIL_REPLIES.badCredentials); // the XOAUTH2 failure after the challenge
      return baseSend.call(this, code, data, context);
    };

    for (const verb of ['EHLO', 'HELO']) {
      const handler = connection[`handler_${verb}`];
      connection[`handler_${verb}`] = function hello(
        /** @type {Buffer} */ command,
        /** @type {() => void} */ done,
      ) {
        record.ehloNames.push(command.toString().trim().split(/\s+/)[1] ?? '');
        const fault = takeFault('ehlo');
        if (typeof fault === 'string') {
          sendVerbatim(fault);
          return done();
        }
        return handler.call(this, command, done);
      };
    }

    const onCommand = connection._onCommand;
    connection._onCommand = function command(/** @type {Buffer} */ line, /** @type {() => void} */ done) {
      // a pending _nextHandler means this line continues an AUTH exchange: credentials, not a command
      if (!this._nextHandler) {
        const words = (line || '').toString().trim().split(/\s+/);
        const verb = (words[0] ?? '').toUpperCase();
        record.commands.push(verb === 'AUTH' ? `AUTH ${(words[1] ?? '').toUpperCase()}` : verb);
      }
      return onCommand.call(this, line, done);
    };
  }

  server.on('error', (/** @type {Error} */ error) => {
    errors.push(error.message);
  });

  let nextId = 1;
  server.server.on('connection', (/** @type {import('node:net').Socket} */ socket) => {
    /** @type {import('./smtp.d.mts').SmtpConnectionRecord} */
    const record = {
      id: nextId++,
      remotePort: socket.remotePort ?? 0,
      secure: false,
      greeted: false,
      silent: false,
      ehloNames: [],
      commands: [],
      user: null,
      authMethod: null,
      dropped: false,
      stalled: false,
      closed: false,
    };
    records.push(record);
    const state = { record };
    connectionStates.add(state);
    byPort.set(record.remotePort, state);
    socket.once('close', () => {
      record.closed = true;
      if (byPort.get(record.remotePort) === state) byPort.delete(record.remotePort);
      connectionStates.delete(state);
    });
  });

  const { port, close } = await listenOnLoopback(server, {
    port: options.port,
    net: server.server,
    // smtp-server's close() destroys sockets still in their TLS handshake (topmost first); then
    // each connection's topmost socket: tearing a TLS socket (implicit or STARTTLS) down from
    // below, through the raw TCP socket, can crash Node
    endConnections(sockets) {
      for (const { connection } of connectionStates) connection?._socket?.destroy();
      setImmediate(() => {
        for (const socket of sockets) if (!socket.destroyed) socket.destroy();
      });
    },
  });

  return {
    host: '127.0.0.1',
    port,
    security,
    received,
    authAttempts,
    errors,
    connections: () =>
      records.map((record) => ({
        ...record,
        ehloNames: [...record.ehloNames],
        commands: [...record.commands],
      })),
    close,
  };
}
