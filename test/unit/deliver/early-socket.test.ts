// The socket opened ahead of nodemailer (src/deliver/early-socket.ts): what the server sends before
// the hand-over waits for nodemailer, and a failure before it reads as nodemailer's own would.
// Plain TCP here (the `starttls`/`none` path); certificate checks of the TLS path run end to end
// (test/e2e/failures.test.ts: wrong host, self-signed) against dist/index.js.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openEarlySocket } from '../../../src/deliver/early-socket.js';
import { Deadline } from '../../../src/deliver/retry.js';
import { openSmtp } from '../../../src/deliver/smtp.js';
import { DeliveryError } from '../../../src/errors.js';

const servers: net.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

/** A TCP server that runs `onSocket` for each connection; resolves with its port. */
async function serve(onSocket: (s: net.Socket) => void): Promise<number> {
  const server = net.createServer(onSocket);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const target = (port: number) => ({ host: '127.0.0.1', port, security: 'none' as const });

describe('early SMTP socket', () => {
  it('keeps what the server sent before the hand-over, even after the server closed', async () => {
    const port = await serve((s) => s.end('421 4.7.0 Try again later, closing connection.\r\n'));
    const early = openEarlySocket(target(port), 5000);
    await early.settled;
    await sleep(100); // the server's reply and FIN arrive while nothing reads
    expect(early.takeOver()).toBeUndefined();
    const data: string[] = [];
    early.socket.on('data', (d) => data.push(String(d)));
    await new Promise((resolve) => early.socket.once('end', resolve));
    expect(data.join('')).toBe('421 4.7.0 Try again later, closing connection.\r\n');
  });

  it('hands nodemailer the reply sent before it took over: a 421 greeting stays a 421', async () => {
    const port = await serve((s) => s.end('421 4.7.0 Try again later, closing connection.\r\n'));
    const deadline = Deadline.after(10);
    const early = openEarlySocket(target(port), 5000);
    await sleep(100);
    const session = openSmtp({ kind: 'none', user: 'a@example.com' }, target(port), deadline, early);
    const err = await session.ready.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as DeliveryError).message).toMatch(/^connect: .*temporarily refusing the connection \(421\)/);
    expect((err as DeliveryError).transient).toBe(true);
  });

  it('greets and sends over the socket taken over', async () => {
    const port = await serve((s) => {
      s.write('220 test ESMTP\r\n');
      s.on('data', (d) => {
        for (const line of String(d).split('\r\n').filter(Boolean)) {
          if (/^EHLO/i.test(line)) s.write('250-test\r\n250 8BITMIME\r\n');
          else if (/^QUIT/i.test(line)) s.end('221 bye\r\n');
        }
      });
    });
    const early = openEarlySocket(target(port), 5000);
    await sleep(50);
    const session = openSmtp(
      { kind: 'none', user: 'a@example.com' },
      target(port),
      Deadline.after(10),
      early,
    );
    await expect(session.ready).resolves.toBeUndefined();
    session.close();
  });

  it('reports a refused connection as nodemailer does', async () => {
    const port = await serve(() => undefined);
    await new Promise<void>((resolve) => servers.pop()?.close(() => resolve()));
    const early = openEarlySocket(target(port), 5000);
    await early.settled;
    const err = early.takeOver() as Error & { code?: string; originalCode?: string };
    expect(err.code).toBe('ESOCKET');
    expect(err.originalCode).toBe('ECONNREFUSED');
    const session = openSmtp(
      { kind: 'none', user: 'a@example.com' },
      target(port),
      Deadline.after(10),
      openEarlySocket(target(port), 5000),
    );
    await expect(session.ready).rejects.toThrow(
      /^connect: 127\.0\.0\.1:\d+ refused the connection \(ECONNREFUSED\)/,
    );
  });

  it('reports a close before any greeting, and a connection that never comes up', async () => {
    const port = await serve((s) => s.destroy());
    const early = openEarlySocket(target(port), 5000);
    await early.settled;
    await sleep(50);
    expect(early.takeOver()).toMatchObject({
      code: 'ECONNECTION',
      message: 'Connection closed unexpectedly',
    });
    // A TLS handshake the server never answers.
    const silent = await serve(() => undefined);
    const slow = openEarlySocket({ host: '127.0.0.1', port: silent, security: 'tls' }, 50);
    await slow.settled;
    expect(slow.takeOver()).toMatchObject({ code: 'ETIMEDOUT', message: 'Connection timeout' });
  });

  it('close() before the hand-over destroys the socket', async () => {
    const port = await serve(() => undefined);
    const early = openEarlySocket(target(port), 5000);
    early.close();
    await early.settled;
    expect(early.socket.destroyed).toBe(true);
    expect(early.takeOver()).toMatchObject({ code: 'ECONNECTION' });
  });
});
