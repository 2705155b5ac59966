// The listen / socket-tracking / close block every fake server in this folder shares.
//
// Plain ESM JavaScript with JSDoc (like the servers that use it); types in listen.d.mts.
// A test must be able to stop a server while a client still holds a connection open (a stalled
// upload, a hung token request, a silent SMTP greeting), so each server tracks its sockets and
// close() destroys them instead of waiting for clients that never hang up.

/** How long close() waits for the server to report it has stopped; a safety net, never a test bound. */
const CLOSE_BOUND_MS = 2000;

/**
 * Listens on 127.0.0.1 (an ephemeral port unless one is given) and tracks the open TCP sockets.
 *
 * @param {import('./listen.d.mts').Listenable} server
 * @param {import('./listen.d.mts').ListenOptions} [options]
 * @returns {Promise<import('./listen.d.mts').Listening>}
 */
export async function listenOnLoopback(server, options = {}) {
  const net = options.net ?? /** @type {import('node:net').Server} */ (server);
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  net.on('connection', (/** @type {import('node:net').Socket} */ socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    net.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      net.off('error', reject);
      resolve(undefined);
    });
  });
  const address = net.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const endConnections =
    options.endConnections ??
    ((/** @type {ReadonlySet<import('node:net').Socket>} */ open) => {
      for (const socket of open) socket.destroy();
    });

  /** @type {Promise<void> | undefined} */
  let closing;
  return {
    port,
    sockets,
    close() {
      closing ??= new Promise((resolve) => {
        const timer = setTimeout(resolve, CLOSE_BOUND_MS);
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        endConnections(sockets);
      });
      return closing;
    },
  };
}
