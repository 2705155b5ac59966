// An HTTP CONNECT proxy for tests that ONLY tunnels: a plain proxied request (GET http://…), or
// anything else that is not CONNECT, is refused with 405, so a client that does not tunnel fails.
// It resolves every CONNECT target itself: names under `.proxied.test` (a reserved TLD nothing else
// resolves) go to 127.0.0.1 on the requested port, so a request that bypasses the proxy cannot
// reach them. Optionally requires Basic Proxy-Authorization. Records every CONNECT target.
//
// Also `startTlsFront`: wraps a plain-HTTP test server in TLS with test/fixtures/tls/proxied.pem
// (signed by the test CA, valid for *.proxied.test and 0.0.0.0), so the servers in this folder can
// stand behind https://<name>.proxied.test:<port>.
//
// Plain ESM JavaScript with JSDoc (types in proxy.d.mts). Listens on 127.0.0.1, ephemeral ports.

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { listenOnLoopback } from './listen.mjs';

/**
 * Starts the proxy.
 * @param {import('./proxy.d.mts').ProxyServerOptions} [options]
 * @returns {Promise<import('./proxy.d.mts').RunningProxyServer>}
 */
export async function startProxyServer(options = {}) {
  /** @type {import('./proxy.d.mts').ProxyRecord[]} */
  const records = [];
  const expected = options.auth
    ? `Basic ${Buffer.from(`${options.auth.user}:${options.auth.pass}`).toString('base64')}`
    : undefined;

  const server = createServer((request, response) => {
    // Not a tunnel: a plain proxied request (or a stray one). Refused: this proxy only tunnels.
    records.push({ method: request.method ?? '', target: request.url ?? '', status: 405 });
    request.resume();
    response.writeHead(405, { allow: 'CONNECT', connection: 'close' });
    response.end('this proxy only tunnels (CONNECT)\n');
  });
  server.on('connect', (request, client, head) => {
    const target = request.url ?? '';
    const given = request.headers['proxy-authorization'];
    /** @type {import('./proxy.d.mts').ProxyRecord} */
    const record = { method: 'CONNECT', target, status: 0, authorized: given === expected };
    records.push(record);
    const refuse = (/** @type {number} */ status, /** @type {string} */ text, extra = '') => {
      record.status = status;
      client.end(`HTTP/1.1 ${status} ${text}\r\n${extra}connection: close\r\n\r\n`);
    };
    if (expected && given !== expected) {
      return refuse(407, 'Proxy Authentication Required', 'proxy-authenticate: Basic realm="test"\r\n');
    }
    const m = /^([^:]+):(\d+)$/.exec(target);
    if (!m?.[1]?.toLowerCase().endsWith('.proxied.test')) return refuse(502, 'Bad Gateway');
    const upstream = connect(Number(m[2]), '127.0.0.1');
    upstream.once('connect', () => {
      record.status = 200;
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head?.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => (record.status ? client.destroy() : refuse(502, 'Bad Gateway')));
    client.on('error', () => upstream.destroy());
  });
  const { port, close } = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    records,
    tunnels: () => records.filter((r) => r.method === 'CONNECT' && r.status === 200).map((r) => r.target),
    close,
  };
}

/**
 * Serves TLS (proxied.pem) on an ephemeral 127.0.0.1 port and pipes each connection, decrypted,
 * to the plain TCP server at 127.0.0.1:`targetPort`.
 * @param {number} targetPort
 * @returns {Promise<import('./proxy.d.mts').RunningTlsFront>}
 */
export async function startTlsFront(targetPort) {
  const server = createTlsServer(
    {
      cert: readFileSync(new URL('../fixtures/tls/proxied.pem', import.meta.url)),
      key: readFileSync(new URL('../fixtures/tls/proxied-key.pem', import.meta.url)),
    },
    (tlsSocket) => {
      const upstream = connect(targetPort, '127.0.0.1');
      tlsSocket.pipe(upstream).pipe(tlsSocket);
      upstream.on('error', () => tlsSocket.destroy());
      tlsSocket.on('error', () => upstream.destroy());
    },
  );
  const { port, close } = await listenOnLoopback(server);
  return { port, close };
}
