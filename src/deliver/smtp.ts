import { hostname } from 'node:os';
import SMTPConnection, {
  type SMTPConnectionCustomAuthContext,
  type SMTPConnectionSendInfo,
} from 'nodemailer/lib/smtp-connection';
import type { Credentials } from '../auth/credentials.js';
import { DeliveryError, explainSmtpError } from '../errors.js';
import type { SmtpSecurity } from '../settings.js';
import type { Deadline } from './retry.js';
import type { DeliveryResult, OutgoingMessage } from './types.js';

export interface SmtpTarget {
  host: string;
  port: number;
  security: SmtpSecurity;
}

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

/**
 * Sends one message over one SMTP connection: connect (implicit TLS or required STARTTLS), sign in,
 * send. Every failure becomes a DeliveryError naming its stage.
 */
export async function sendSmtp(
  message: OutgoingMessage,
  creds: Credentials,
  target: SmtpTarget,
  deadline: Deadline,
): Promise<DeliveryResult> {
  const conn = new SMTPConnection({
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
  let stage: 'connect' | 'auth' | 'send' = 'connect';
  const authKind = creds.kind === 'password' ? 'app-password' : creds.kind === 'oauth2' ? 'oauth' : 'none';
  const authMethod = creds.kind === 'oauth2' ? 'XOAUTH2' : creds.kind === 'password' ? 'PLAIN' : undefined;
  // A failure after the session settled (e.g. a late socket error) must not crash the process.
  conn.on('error', () => undefined);
  // A little after the deadline, so nodemailer's own (more specific) timeouts fire first.
  const overall = setTimeout(() => conn.close(), deadline.remainingMs() + 250);
  try {
    await step<void>(conn, (cb) => conn.connect((err) => cb(err)));
    if (creds.kind !== 'none') {
      stage = 'auth';
      if (!conn.secure) {
        throw new DeliveryError(
          'connect',
          'connect: the connection is not encrypted; credentials are never sent in the clear. Use `smtp-security: tls` or `starttls`.',
          false,
        );
      }
      const auth =
        creds.kind === 'password'
          ? { user: creds.user, pass: creds.pass }
          : { method: XOAUTH2_METHOD, user: creds.user, accessToken: creds.accessToken };
      await step<boolean>(conn, (cb) => conn.login(auth, (err, ok) => cb(err, ok)));
    }
    stage = 'send';
    const info = await step<SMTPConnectionSendInfo>(conn, (cb) =>
      conn.send({ from: message.envelope.from, to: message.envelope.to }, message.createStream(), (err, i) =>
        cb(err, i),
      ),
    );
    return { accepted: info.accepted, rejected: info.rejected, response: info.response };
  } catch (err) {
    if (err instanceof DeliveryError) throw err;
    const base = explainSmtpError(err, {
      host: target.host,
      port: target.port,
      authKind,
      authMethod: stage === 'auth' ? authMethod : undefined,
      stage,
    });
    if (deadline.remainingMs() <= 0 && !isReply(err) && !/greeting/i.test(base.message)) {
      throw new DeliveryError(
        stage,
        `${stage}: ${target.host}:${target.port} did not finish before \`timeout-seconds\` ran out. If outbound SMTP ports are blocked on this runner, try \`transport: gmail-api\` (HTTPS, port 443).`,
        false,
      );
    }
    throw base;
  } finally {
    clearTimeout(overall);
    try {
      conn.quit();
    } catch {
      // Already closed.
    }
    conn.close();
  }
}

function isReply(err: unknown): boolean {
  return typeof (err as { responseCode?: unknown })?.responseCode === 'number';
}
