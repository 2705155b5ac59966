import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ehloName, openSmtp } from '../../../src/deliver/smtp.js';
import { DeliveryError } from '../../../src/errors.js';
import { Deadline } from '../../../src/retry.js';

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

const target = (port: number) => ({ host: '127.0.0.1', port, security: 'none' as const });
const noAuth = { kind: 'none', user: 'a@example.com' } as const;

describe('ehloName', () => {
  it.each([
    ['runner-1.example.com', 'runner-1.example.com'],
    ['Runner-1.Example.COM', 'runner-1.example.com'],
    ['fv-az123-456', 'fv-az123-456.localdomain'],
    ['my_host', 'myhost.localdomain'],
    ['localhost', 'gmail-notify.localdomain'],
    ['localhost.localdomain', 'gmail-notify.localdomain'],
    ['.', 'gmail-notify.localdomain'],
    ['-bad-.', 'gmail-notify.localdomain'],
    ['host.', 'host.localdomain'],
    ['', 'gmail-notify.localdomain'],
  ])('%j → %j', (host, expected) => {
    expect(ehloName(host)).toBe(expected);
  });

  it('the default is fully qualified and not localhost', () => {
    expect(ehloName()).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(ehloName()).not.toMatch(/^localhost/);
  });
});

// Plain TCP here (`smtp-security: none`); the TLS paths (certificates, STARTTLS) run end to end in
// test/e2e/early-connection.test.ts and failures.test.ts against dist/index.js.
describe('openSmtp (the connection opened ahead of the message)', () => {
  it('a 421 greeting, the server then closing, is a transient connect failure', async () => {
    const port = await serve((s) => s.end('421 4.7.0 Try again later, closing connection.\r\n'));
    const err = await openSmtp(noAuth, target(port), Deadline.after(10)).ready.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as DeliveryError).message).toMatch(/^connect: .*temporarily refusing the connection \(421\)/);
    expect((err as DeliveryError).transient).toBe(true);
  });

  it('greets with a fully-qualified EHLO name and is ready before anything is sent', async () => {
    const lines: string[] = [];
    const port = await serve((s) => {
      s.write('220 test ESMTP\r\n');
      s.on('data', (d) => {
        for (const line of String(d).split('\r\n').filter(Boolean)) {
          lines.push(line);
          if (/^EHLO/i.test(line)) s.write('250-test\r\n250 8BITMIME\r\n');
          else if (/^QUIT/i.test(line)) s.end('221 bye\r\n');
        }
      });
    });
    const session = openSmtp(noAuth, target(port), Deadline.after(10));
    await expect(session.ready).resolves.toBeUndefined();
    session.close();
    expect(lines[0]).toBe(`EHLO ${ehloName()}`);
    expect(lines.some((l) => /^MAIL/i.test(l))).toBe(false);
  });

  it('names the server and the reason when the connection is refused', async () => {
    const port = await serve(() => undefined);
    await new Promise<void>((resolve) => servers.pop()?.close(() => resolve()));
    await expect(openSmtp(noAuth, target(port), Deadline.after(10)).ready).rejects.toThrow(
      /^connect: 127\.0\.0\.1:\d+ refused the connection \(ECONNREFUSED\)/,
    );
  });

  it('never sends credentials over a connection that is not encrypted', async () => {
    const port = await serve((s) => {
      s.write('220 test ESMTP\r\n');
      s.on('data', (d) => {
        if (/^EHLO/im.test(String(d))) s.write('250-test\r\n250 AUTH PLAIN LOGIN\r\n');
        if (/^AUTH/im.test(String(d))) s.end('535 no\r\n');
      });
    });
    const creds = { kind: 'password', user: 'a@example.com', pass: 'secret-password' } as const;
    await expect(openSmtp(creds, target(port), Deadline.after(10)).ready).rejects.toThrow(
      /^connect: the connection is not encrypted/,
    );
  });
});
