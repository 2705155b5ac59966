export interface ProxyServerOptions {
  /** Require `Proxy-Authorization: Basic base64(user:pass)` on every CONNECT (else 407). */
  auth?: { user: string; pass: string };
}

export interface ProxyRecord {
  /** `CONNECT`, or the method of a refused non-tunnel request. */
  method: string;
  /** `host:port` of a CONNECT, or the request target of a refused request. */
  target: string;
  /** 200 tunnel established; 405 not a tunnel; 407 no or wrong credentials; 502 unknown host. */
  status: number;
  /** The Proxy-Authorization matched the required credentials (true when none are required and none sent). */
  authorized?: boolean;
}

export interface RunningProxyServer {
  /** `http://127.0.0.1:<port>`, to put in HTTPS_PROXY (add credentials as needed). */
  url: string;
  port: number;
  records: ProxyRecord[];
  /** The `host:port` targets of the tunnels established, in order. */
  tunnels(): string[];
  close(): Promise<void>;
}

export interface RunningTlsFront {
  port: number;
  close(): Promise<void>;
}

export declare function startProxyServer(options?: ProxyServerOptions): Promise<RunningProxyServer>;
export declare function startTlsFront(targetPort: number): Promise<RunningTlsFront>;
