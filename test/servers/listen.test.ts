// The shared listen/close helper of the fake servers: close() must not wait for a client that
// keeps its connection open (a hung upload, a silent greeting), and may be called twice.

import { createServer, Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { until } from '../until.js';
import { listenOnLoopback } from './listen.mjs';

describe('listenOnLoopback', () => {
  it('listens on 127.0.0.1, tracks open sockets and ends them on close()', async () => {
    const server = createServer(() => undefined); // accepts and never answers nor hangs up
    const listening = await listenOnLoopback(server);
    expect(server.address()).toMatchObject({ address: '127.0.0.1', port: listening.port });

    const client = new Socket();
    const clientClosed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    client.on('error', () => undefined);
    client.connect(listening.port, '127.0.0.1');
    await until(() => listening.sockets.size === 1);

    const first = listening.close();
    expect(listening.close()).toBe(first); // idempotent: one shared promise
    await first;
    await clientClosed;
    await until(() => listening.sockets.size === 0); // each socket leaves the set as it closes
    expect(server.listening).toBe(false);
  });

  it('hands the open sockets to endConnections when given one', async () => {
    const server = createServer(() => undefined);
    const seen: number[] = [];
    const listening = await listenOnLoopback(server, {
      endConnections(sockets) {
        seen.push(sockets.size);
        for (const socket of sockets) socket.destroy();
      },
    });
    const client = new Socket();
    client.on('error', () => undefined);
    client.connect(listening.port, '127.0.0.1');
    await until(() => listening.sockets.size === 1);
    await listening.close();
    expect(seen).toEqual([1]);
  });

  it('rejects when the port is taken', async () => {
    const taken = await listenOnLoopback(createServer());
    await expect(listenOnLoopback(createServer(), { port: taken.port })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
    await taken.close();
  });
});
