import type { Socket } from 'node:net';
import type { ConnectionOptions } from 'node:tls';
import type { SmtpSecurity } from '../settings.js';

/**
 * TLS settings of every SMTP connection, the early one (implicit TLS) and nodemailer's (STARTTLS,
 * retries): certificates verified against the default CAs (NODE_EXTRA_CA_CERTS included), the host
 * name checked, TLS 1.2 at least. Nothing here loosens Node's defaults.
 */
export const SMTP_TLS: Readonly<ConnectionOptions> = Object.freeze({ minVersion: 'TLSv1.2' });

/**
 * The SMTP socket, opened with Node's own `net`/`tls` as soon as a run knows it will send, before
 * the nodemailer chunk is even loaded: the TCP and TLS handshakes (and the server's greeting delay
 * that follows them) then overlap loading and rendering. Nothing is written to it here except the
 * TLS handshake; nodemailer's SMTPConnection takes it over (`connection`) and does all of SMTP.
 *
 * Until then it has no 'data' listener, so it stays paused and anything the server sends (its
 * greeting, a 421) waits in the socket's buffer for nodemailer. A failure before the hand-over
 * (refused, reset, certificate, timeout, closed) is kept as the error nodemailer would have
 * reported for it on a connection of its own, and the socket is not handed over.
 */
export interface EarlySocket {
  readonly socket: Socket;
  /** Settles (never rejects) once the socket is connected (TLS: handshake done) or has failed. */
  readonly settled: Promise<void>;
  /**
   * Hands the socket over, once settled: from then on its events are the caller's. Returns the
   * failure instead when it did not come up (or was closed); the socket is then destroyed.
   */
  takeOver(): Error | undefined;
  /** Destroys the socket unless it was taken over; idempotent. */
  close(): void;
}

export interface EarlyTarget {
  host: string;
  port: number;
  security: SmtpSecurity;
}

/** An error as nodemailer's SMTPConnection reports it for the connection stage. */
function connError(err: Error, code: string): Error {
  const e = err as Error & { code?: string; originalCode?: string; command?: string };
  if (e.code && e.code !== code && !e.originalCode) e.originalCode = e.code;
  e.code = code;
  e.command = 'CONN';
  return e;
}

/**
 * Opens the connection to `target`: TLS for `tls`, plain TCP for `starttls` (nodemailer upgrades it
 * before signing in) and `none`. `timeoutMs` bounds connecting, like nodemailer's connectionTimeout.
 */
export function openEarlySocket(target: EarlyTarget, timeoutMs: number): EarlySocket {
  // Synchronous, and only now: a run that sends nothing never loads `net` or `tls`.
  const net = process.getBuiltinModule('node:net');
  const implicitTls = target.security === 'tls';
  const socket: Socket = implicitTls
    ? process.getBuiltinModule('node:tls').connect({
        ...SMTP_TLS,
        host: target.host,
        port: target.port,
        // SNI and the certificate's name: the host name, as nodemailer does (an IP is checked as an IP).
        ...(net.isIP(target.host) ? {} : { servername: target.host }),
      })
    : net.connect({ host: target.host, port: target.port });
  const upEvent = implicitTls ? 'secureConnect' : 'connect';

  let failure: Error | undefined;
  let taken = false;
  let settle: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => {
    settle = resolve;
  });
  // A turn later: whatever runs on `settled` must not run before the TLS layer has sent our last
  // handshake message (TLS 1.3: Finished); synchronous work right in 'secureConnect' holds it back,
  // and the server's greeting (and its early-talker delay) waits for that message.
  const onUp = (): void => {
    setImmediate(settle);
  };
  // nodemailer: a socket error is `ESOCKET` (its own code kept as `originalCode`).
  const onError = (err: Error): void => {
    failure ??= connError(err, 'ESOCKET');
    settle();
  };
  // nodemailer: a server that closes before its greeting is `ECONNECTION`. A socket closed with
  // data still in its buffer (Gmail's 421 greeting, then FIN) is handed over: nodemailer reads the reply.
  const onClose = (): void => {
    if (socket.readableLength === 0) {
      failure ??= connError(new Error('Connection closed unexpectedly'), 'ECONNECTION');
    }
    settle();
  };
  const timer = setTimeout(() => {
    failure ??= connError(
      Object.assign(new Error('Connection timeout'), { timeoutType: 'CONNECT_TIMEOUT' }),
      'ETIMEDOUT',
    );
    socket.destroy();
    settle();
  }, timeoutMs);
  void settled.then(() => clearTimeout(timer));
  socket.once(upEvent, onUp);
  socket.on('error', onError);
  socket.once('close', onClose);
  socket.setNoDelay(true);

  const release = (): void => {
    clearTimeout(timer);
    socket.removeListener(upEvent, onUp);
    socket.removeListener('error', onError);
    socket.removeListener('close', onClose);
  };
  return {
    socket,
    settled,
    takeOver() {
      if (taken) return connError(new Error('Connection closed unexpectedly'), 'ECONNECTION');
      taken = true;
      if (failure) {
        socket.destroy();
        // An 'error' after this must not crash the process.
        socket.on('error', () => undefined);
        return failure;
      }
      release();
      return undefined;
    },
    close() {
      if (taken) return;
      taken = true;
      socket.on('error', () => undefined);
      socket.destroy();
      settle();
    },
  };
}
