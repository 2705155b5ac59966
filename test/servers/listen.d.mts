// Types for listen.mjs (hand-written; keep in step with it).

import type { Server, Socket } from 'node:net';

/** A server listen.mjs can start and stop: a net/http/https Server, or a wrapper such as smtp-server's. */
export interface Listenable {
  listen(port: number, host: string, callback: () => void): unknown;
  close(callback?: (error?: Error) => void): unknown;
}

export interface ListenOptions {
  /** Port on 127.0.0.1; default 0 (ephemeral). */
  port?: number;
  /** The net.Server that accepts the connections when `server` wraps one (smtp-server's `.server`); default `server`. */
  net?: Server;
  /**
   * Ends the connections still open, called by close() right after it stops the server listening;
   * default: destroys every tracked socket.
   */
  endConnections?: (sockets: ReadonlySet<Socket>) => void;
}

export interface Listening {
  port: number;
  /** The TCP sockets open now (each leaves the set when it closes). */
  sockets: ReadonlySet<Socket>;
  /** Stops listening and ends open connections (bounded: at most ~2 s). Idempotent: one shared promise. */
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 and tracks the open sockets, so close() never waits for a client that hangs on. */
export declare function listenOnLoopback(
  server: Listenable | Server,
  options?: ListenOptions,
): Promise<Listening>;
