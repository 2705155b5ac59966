// `smtp-security` that does not match what the server on `smtp-port` speaks: the commonest setup
// mistakes (587 with tls, a plain relay with starttls). Each must end in one line that names
// `smtp-security` and `smtp-port`, be tried once (retrying cannot fix a setting), and never send
// credentials. STARTTLS on 465 (and implicit TLS on smtp.gmail.com's 587) cannot work whatever the
// server, so it is refused before anything connects.

import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { appPasswordInputs, E2E_TIMEOUT_MS, expectFailure, type Fixture, fixture, USER } from './fixture.js';

function setup(onTestFinished: (fn: () => Promise<void>) => void): Fixture {
  const f = fixture();
  onTestFinished(() => f.close());
  return f;
}

/** A server that stays silent until the client speaks, then answers in plain SMTP text. */
async function plainTalker(onTestFinished: (fn: () => Promise<void>) => void): Promise<{
  port: number;
  connections: () => number;
}> {
  let connections = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('data', () => socket.write('500 5.5.2 Error: command not recognized\r\n'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { port: (server.address() as net.AddressInfo).port, connections: () => connections };
}

describe.concurrent('smtp-security that does not match the port', { timeout: E2E_TIMEOUT_MS }, () => {
  it.for([
    { name: '`smtp-security: starttls`', security: 'starttls' },
    { name: 'the default on a port other than 465', security: '' },
  ])('$name against a server without STARTTLS: one line, tried once', async (row, { onTestFinished }) => {
    const f = setup(onTestFinished);
    const smtp = await f.smtp({ security: 'none', users: {} });
    const run = await f.run({
      inputs: appPasswordInputs(smtp, { 'smtp-security': row.security, retries: '2' }),
    });
    const line = expectFailure(run, [
      'connect: ',
      'does not offer STARTTLS',
      '500 5.5.2',
      '`smtp-security`',
      '`smtp-port`',
      '465',
      '587',
    ]);
    expect(line.startsWith('connect: ')).toBe(true);
    expect(line).not.toContain('Check the message and the account');
    expect(smtp.connections()).toHaveLength(1);
    expect(smtp.connections()[0]!.commands).toContain('STARTTLS');
    expect(smtp.connections()[0]!.commands.some((c) => c.startsWith('AUTH'))).toBe(false);
    expect(run.stdout).not.toMatch(/Retrying in/);
  });

  it.for([
    { name: 'a STARTTLS server (587 + tls)', security: 'starttls' as const },
    { name: 'a plain server', security: 'none' as const },
  ])(
    '`smtp-security: tls` against $name: one line naming the setting, tried once',
    async (row, { onTestFinished }) => {
      const f = setup(onTestFinished);
      const smtp = await f.smtp({ security: row.security });
      const run = await f.run({
        inputs: appPasswordInputs(smtp, { 'smtp-security': 'tls', retries: '2' }),
      });
      expectFailure(run, ['connect: ', 'TLS', '`smtp-security`', '`smtp-port`', '465', '587']);
      expect(run.annotations.find((a) => a.level === 'error')!.message).not.toContain('closed unexpectedly');
      expect(smtp.connections()).toHaveLength(1);
      expect(smtp.authAttempts).toEqual([]);
      expect(run.stdout).not.toMatch(/Retrying in/);
    },
  );

  it('`smtp-security: tls` against a server that answers the TLS hello in plain text', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    const server = await plainTalker(onTestFinished);
    const run = await f.run({
      inputs: {
        username: USER,
        'app-password': 'qzxv wbnm plok ijuh',
        'smtp-host': '127.0.0.1',
        'smtp-port': String(server.port),
        'smtp-security': 'tls',
        to: 'dev@example.com',
        retries: '2',
      },
    });
    expectFailure(run, ['connect: ', 'TLS', '`smtp-security`', '`smtp-port`']);
    expect(server.connections()).toBe(1);
    expect(run.stdout).not.toMatch(/Retrying in/);
  });

  it('`smtp-security: starttls` with `smtp-port: 465`: refused before anything connects', async ({
    onTestFinished,
  }) => {
    const f = setup(onTestFinished);
    // A server on 465 itself, where the test may bind it (root, or a lowered
    // ip_unprivileged_port_start); elsewhere the exact line shows the step never reached connect.
    const on465 = await f.smtp({ port: 465 }).catch(() => undefined);
    const run = await f.run({
      inputs: {
        username: USER,
        'app-password': 'qzxv wbnm plok ijuh',
        'smtp-host': '127.0.0.1',
        'smtp-port': '465',
        'smtp-security': 'starttls',
        to: 'dev@example.com',
        retries: '2',
        // Should it connect after all, the greeting never comes: the error would be a greeting
        // timeout, not the input line below (and not after the default 120 s).
        'timeout-seconds': '8',
      },
    });
    const line = expectFailure(run, []);
    expect(line).toBe(
      'Input `smtp-security: starttls` does not work with `smtp-port: 465`: port 465 speaks implicit TLS, so a STARTTLS client would wait for a greeting that never comes. Use `smtp-security: tls` with port 465, or `smtp-port: 587` with starttls.',
    );
    expect(run.stdout).not.toMatch(/connect: |Retrying in/);
    if (on465) expect(on465.connections()).toHaveLength(0);
  });
});
