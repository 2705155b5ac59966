import { hostname } from 'node:os';
import SMTPConnection, {
  type SMTPConnectionCustomAuthContext,
  type SMTPConnectionSendInfo,
} from 'nodemailer/lib/smtp-connection';
import type { Credentials } from '../auth/credentials.js';
import { DeliveryError } from '../errors.js';
import type { SmtpSecurity } from '../inputs/index.js';
import type { OutgoingMessage } from '../render/message.js';
import type { Deadline } from '../retry.js';
import type { SmtpFailureContext } from './smtp-errors.js';
import { refusalsOf } from './smtp-replies.js';
import type { DeliveryResult } from './types.js';

export interface SmtpTarget {
  host: string;
  port: number;
  security: SmtpSecurity;
}

/**
 * TLS settings of every SMTP connection (implicit TLS and STARTTLS): certificates verified against the
 * default CAs (NODE_EXTRA_CA_CERTS included), the host name checked, TLS 1.2 at least. Nothing here
 * loosens Node's defaults.
 */
const SMTP_TLS = Object.freeze({ minVersion: 'TLSv1.2' as const });

const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const FQDN = new RegExp(`^${LABEL}(?:\\.${LABEL})+$`);

/**
 * The name we announce in EHLO. Gmail and other servers expect a fully-qualified name; runner host
 * names usually have no domain, so one is added rather than sending `localhost`.
 */
export function ehloName(host: string = hostname()): string {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9.-]/g, '');
  if (FQDN.test(h) && !h.startsWith('localhost')) return h;
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
async function xoauth2(ctx: SMTPConnectionCustomAuthContext): Promise<void> {
  const token = String(ctx.auth.accessToken ?? '');
  const initial = Buffer.from(`user=${ctx.auth.user}\u0001auth=Bearer ${token}\u0001\u0001`).toString(
    'base64',
  );
  const first = await ctx.sendCommand(`AUTH XOAUTH2 ${initial}`);
  if (first.status === 235) return ctx.resolve();
  let final = first;
  if (first.status === 334) {
    // The server sent a JSON error challenge; an empty line asks for the final reply.
    final = await ctx.sendCommand('');
    if (final.status === 235) return ctx.resolve();
  }
  const err = new Error('XOAUTH2 rejected') as Error & { response: string; responseCode: number };
  err.response = final.response;
  err.responseCode = final.status;
  ctx.reject(err);
}

/**
 * Runs one SMTPConnection step as a promise. nodemailer reports some failures through the step's
 * callback and others as 'error' or 'end' events on the connection, so all three settle it.
 */
function step<T>(
  conn: SMTPConnection,
  fn: (cb: (err: Error | null | undefined, value?: T) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onError = (err: Error): void => settle(err);
    const onEnd = (): void => settle(Object.assign(new Error('Connection closed'), { code: 'ECONNECTION' }));
    const settle = (err: Error | null | undefined, value?: T): void => {
      conn.removeListener('error', onError);
      conn.removeListener('end', onEnd);
      if (err) reject(err);
      else resolve(value as T);
    };
    conn.once('error', onError);
    conn.once('end', onEnd);
    fn(settle);
  });
}

type Stage = 'connect' | 'auth' | 'send';

/**
 * A connection opened and signed in ahead of the message: the TLS handshake, the server's greeting,
 * EHLO and AUTH are round trips (and, at smtp-server's early-talker check, a wait) that overlap the
 * rendering of the message instead of following it.
 */
export interface SmtpSession {
  /** Settles once connected and signed in; rejects with a DeliveryError naming the stage. */
  readonly ready: Promise<void>;
  /** Sends the message over this connection, then closes it. */
  send(message: OutgoingMessage): Promise<DeliveryResult>;
  /** Closes the connection (QUIT when possible); idempotent. */
  close(): void;
}

/** The connection's options: the security the user chose, EHLO name, timeouts within the deadline. */
function connectionFor(target: SmtpTarget, deadline: Deadline): SMTPConnection {
  return new SMTPConnection({
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

/** The live state of one session, shared by its steps. */
interface SessionState {
  readonly conn: SMTPConnection;
  readonly target: SmtpTarget;
  readonly deadline: Deadline;
  stage: Stage;
  known?: Credentials;
  close(): void;
}

/**
 * Any failure as a DeliveryError naming the stage. The explanations are loaded only now: a run
 * that sends never loads them.
 */
async function explain(s: SessionState, err: unknown): Promise<DeliveryError> {
  if (err instanceof DeliveryError) return err;
  const { explainSmtpError, smtpDeadlineError } = await import('./smtp-errors.js');
  const { known, stage, target } = s;
  const authKind: SmtpFailureContext['authKind'] =
    known?.kind === 'password' ? 'app-password' : known?.kind === 'oauth2' ? 'oauth' : 'none';
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
async function connectAndSignIn(s: SessionState, creds: Credentials | Promise<Credentials>): Promise<void> {
  const { conn } = s;
  await step<void>(conn, (cb) => conn.connect((err) => cb(err)));
  const known = await creds;
  s.known = known;
  if (known.kind === 'none') return;
  s.stage = 'auth';
  if (!conn.secure) {
    throw new DeliveryError(
      'connect',
      'connect: the connection is not encrypted; credentials are never sent in the clear. Use `smtp-security: tls` or `starttls`.',
      false,
    );
  }
  const auth =
    known.kind === 'password'
      ? { user: known.user, pass: known.pass }
      : { method: XOAUTH2_METHOD, user: known.user, accessToken: known.accessToken };
  await step<boolean>(conn, (cb) => conn.login(auth, (err, ok) => cb(err, ok)));
}

/** Sends the message once the session is ready; the envelope is the message's own. */
async function sendOver(s: SessionState, message: OutgoingMessage): Promise<DeliveryResult> {
  const { conn } = s;
  s.stage = 'send';
  const info = await step<SMTPConnectionSendInfo>(conn, (cb) =>
    conn.send({ from: message.envelope.from, to: message.envelope.to }, message.createStream(), (err, i) =>
      cb(err, i),
    ),
  );
  return {
    accepted: info.accepted,
    rejected: info.rejected,
    refusals: refusalsOf(info.rejectedErrors),
    response: info.response,
  };
}

/** A close() that ends the connection once (QUIT when possible) and clears the overall timer. */
function closerOf(conn: SMTPConnection, overall: NodeJS.Timeout): () => void {
  let closed = false;
  return () => {
    if (closed) return;
    closed = true;
    clearTimeout(overall);
    try {
      conn.quit();
    } catch {
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
export function openSmtp(
  creds: Credentials | Promise<Credentials>,
  target: SmtpTarget,
  deadline: Deadline,
): SmtpSession {
  const conn = connectionFor(target, deadline);
  // A failure after the session settled (e.g. a late socket error) must not crash the process.
  conn.on('error', () => undefined);
  // A little after the deadline, so nodemailer's own (more specific) timeouts fire first.
  const overall = setTimeout(() => conn.close(), deadline.remainingMs() + 250);
  const s: SessionState = { conn, target, deadline, stage: 'connect', close: closerOf(conn, overall) };

  const ready = connectAndSignIn(s, creds).catch(async (err: unknown) => {
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
      } catch (err) {
        throw await explain(s, err);
      } finally {
        s.close();
      }
    },
  };
}

/**
 * Sends one message over one SMTP connection: connect (implicit TLS or required STARTTLS), sign in,
 * send; over `session` when one was opened ahead. Every failure becomes a DeliveryError naming its stage.
 */
export async function sendSmtp(
  message: OutgoingMessage,
  creds: Credentials,
  target: SmtpTarget,
  deadline: Deadline,
  session: SmtpSession = openSmtp(creds, target, deadline),
): Promise<DeliveryResult> {
  return session.send(message);
}

function isReply(err: unknown): boolean {
  return typeof (err as { responseCode?: unknown })?.responseCode === 'number';
}
