/**
 * The refresh-token helper: the OAuth 2.0 installed-app flow with PKCE (RFC 7636, S256) on a
 * loopback redirect (RFC 8252), as Google documents it for Desktop clients. It prints the consent
 * URL, waits for the browser to come back to http://127.0.0.1:<random port>, checks `state`,
 * exchanges the code with the verifier and prints the refresh token with the commands that store it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InputError } from '../errors.js';
import { isLoopback } from '../hosts.js';
import { httpFetch, proxyFor } from '../http.js';
import { explainProxyRefusal, proxyRefusalStatus } from '../http-errors.js';

export const GOOGLE_AUTHORIZE_URL = 'https://accounts.google.com/o/oauth2/v2/auth';
export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';
/** Scope names the helper accepts as shorthands. */
export const SCOPE_ALIASES: Record<string, string> = {
  mail: 'https://mail.google.com/',
  'mail.google.com': 'https://mail.google.com/',
  'gmail.send': 'https://www.googleapis.com/auth/gmail.send',
};

/** A usage or flow failure, printed as one line. */
export class AuthHelperError extends Error {
  constructor(
    message: string,
    /** Process exit code: 2 for usage errors, 1 otherwise. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'AuthHelperError';
  }
}

/** What the helper was asked to do. */
export interface AuthOptions {
  clientId: string;
  clientSecret: string;
  scope: string;
  transport: 'smtp' | 'gmail-api';
  authorizeUrl: string;
  tokenUrl: string;
  timeoutSeconds: number;
  loginHint?: string;
  /** `--repo owner/name` for the printed `gh secret set` lines. */
  repo?: string;
}

export const USAGE = `Usage: node dist/cli/index.js --client-id ID [options]   (or: npm run auth -- …)

The client secret is read from the environment variable GMAIL_CLIENT_SECRET, which keeps it out of
shell history (--client-secret SECRET works too). No install is needed: dist/ is self-contained.

Obtains an OAuth2 refresh token for Gmail Notify with the installed-app flow (PKCE, loopback redirect).

Options:
  --client-id ID         OAuth client ID of a "Desktop app" client (or env GMAIL_CLIENT_ID)
  --client-secret SECRET Its client secret (better: env GMAIL_CLIENT_SECRET)
  --transport T          smtp (default; scope https://mail.google.com/) or gmail-api (scope gmail.send)
  --scope S              Scope to request: mail, gmail.send, or a full scope URL (overrides --transport)
  --login-hint ADDRESS   Preselect the Google account on the consent page
  --repo OWNER/NAME      Repository named in the printed gh secret set commands
  --timeout SECONDS      How long to wait for the browser (default 300)
  --auth-url URL         Authorization endpoint (default ${GOOGLE_AUTHORIZE_URL})
  --token-url URL        Token endpoint (default ${GOOGLE_TOKEN_URL})
  -h, --help             Show this help`;

function endpoint(flag: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AuthHelperError(`${flag} must be a URL; got "${value.slice(0, 80)}".`, 2);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new AuthHelperError(`${flag} must be an https:// URL (http only on loopback).`, 2);
  }
  return url.toString();
}

/** Parses the command line (`--name value` or `--name=value`). Returns undefined for --help. */
export function parseAuthArgs(argv: string[], env: NodeJS.ProcessEnv = {}): AuthOptions | undefined {
  const values = new Map<string, string>();
  const known = new Set([
    'client-id',
    'client-secret',
    'transport',
    'scope',
    'login-hint',
    'repo',
    'timeout',
    'auth-url',
    'token-url',
  ]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return undefined;
    const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!m || !known.has(m[1]!)) throw new AuthHelperError(`Unknown option "${arg}".\n\n${USAGE}`, 2);
    let value = m[2];
    if (value === undefined) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) {
        throw new AuthHelperError(`Option --${m[1]} needs a value.`, 2);
      }
      i++;
    }
    values.set(m[1]!, value.trim());
  }
  const clientId = values.get('client-id') || env.GMAIL_CLIENT_ID?.trim() || '';
  const clientSecret = values.get('client-secret') || env.GMAIL_CLIENT_SECRET?.trim() || '';
  if (!clientId || !clientSecret) {
    throw new AuthHelperError(
      `Give --client-id and --client-secret: the ID and secret of an OAuth client of type "Desktop app" (Google Cloud console > Google Auth Platform > Clients).\n\n${USAGE}`,
      2,
    );
  }
  const transport = values.get('transport') ?? 'smtp';
  if (transport !== 'smtp' && transport !== 'gmail-api') {
    throw new AuthHelperError(`--transport must be smtp or gmail-api; got "${transport.slice(0, 40)}".`, 2);
  }
  const scopeInput = values.get('scope');
  let scope: string;
  if (scopeInput) {
    scope = SCOPE_ALIASES[scopeInput] ?? scopeInput;
    if (!scope.split(/\s+/).every((part) => /^https:\/\/\S+$/.test(part) || /^[a-z_]+$/.test(part))) {
      throw new AuthHelperError(
        `--scope must be mail, gmail.send or a full scope URL; got "${scopeInput.slice(0, 60)}".`,
        2,
      );
    }
  } else {
    scope = transport === 'gmail-api' ? SCOPE_ALIASES['gmail.send']! : SCOPE_ALIASES.mail!;
  }
  const timeoutRaw = values.get('timeout') ?? '300';
  if (!/^\d+$/.test(timeoutRaw) || Number(timeoutRaw) < 1 || Number(timeoutRaw) > 3600) {
    throw new AuthHelperError(`--timeout must be a whole number of seconds from 1 to 3600.`, 2);
  }
  return {
    clientId,
    clientSecret,
    scope,
    transport: scope === SCOPE_ALIASES['gmail.send'] ? 'gmail-api' : transport,
    authorizeUrl: endpoint('--auth-url', values.get('auth-url') ?? GOOGLE_AUTHORIZE_URL),
    tokenUrl: endpoint('--token-url', values.get('token-url') ?? GOOGLE_TOKEN_URL),
    timeoutSeconds: Number(timeoutRaw),
    loginHint: values.get('login-hint') || undefined,
    repo: values.get('repo') || undefined,
  };
}

/** A PKCE verifier (43 characters from 32 random bytes) and its S256 challenge. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The consent URL: offline access (a refresh token), consent forced so one is always issued. */
export function consentUrl(
  options: Pick<AuthOptions, 'authorizeUrl' | 'clientId' | 'scope' | 'loginHint'>,
  redirectUri: string,
  challenge: string,
  state: string,
): string {
  const url = new URL(options.authorizeUrl);
  const params: Record<string, string> = {
    client_id: options.clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: options.scope,
    access_type: 'offline',
    prompt: 'consent',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
  };
  if (options.loginHint) params.login_hint = options.loginHint;
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

type Callback = { code: string } | { error: string; description?: string };

const PAGE_STYLE = 'font-family:system-ui,sans-serif;max-width:36em;margin:4em auto;line-height:1.5';

function respond(res: ServerResponse, status: number, title: string, text: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  res.end(
    `<!doctype html><meta charset="utf-8"><title>${esc(title)}</title><div style="${PAGE_STYLE}"><h1>${esc(title)}</h1><p>${esc(text)}</p></div>`,
  );
}

/**
 * Listens on 127.0.0.1 (random port) for the one redirect that carries our `state`; resolves with
 * the code or the error it brought. Other requests (favicon, probes) are answered and ignored.
 */
async function startLoopback(
  state: string,
): Promise<{ redirectUri: string; result: Promise<Callback>; close: () => void }> {
  let settle: (cb: Callback) => void = () => undefined;
  const result = new Promise<Callback>((resolve) => {
    settle = resolve;
  });
  let done = false;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const q = url.searchParams;
    if (done || url.pathname !== '/' || (!q.has('code') && !q.has('error'))) {
      respond(res, 404, 'Not found', 'This address only receives the sign-in redirect.');
      return;
    }
    if (q.get('state') !== state) {
      // Not the browser tab we opened (or a forged request): refuse it and stop.
      respond(res, 400, 'Sign-in failed', 'The state parameter did not match. Run the helper again.');
      done = true;
      settle({
        error: 'state_mismatch',
        description: 'the redirect did not carry the state this helper sent',
      });
      return;
    }
    done = true;
    const error = q.get('error');
    if (error) {
      respond(res, 200, 'Sign-in cancelled', 'No token was issued. You can close this tab.');
      settle({ error, description: q.get('error_description') ?? undefined });
      return;
    }
    respond(res, 200, 'Signed in', 'Gmail Notify received the authorization. You can close this tab.');
    settle({ code: q.get('code') ?? '' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    redirectUri: `http://127.0.0.1:${port}`,
    result,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

interface TokenReply {
  access_token?: unknown;
  refresh_token?: unknown;
  scope?: unknown;
  error?: unknown;
  error_description?: unknown;
}

/** Turns the token endpoint's error into one line that says what to do. */
export function explainExchangeError(status: number, reply: TokenReply | undefined): string {
  const error = typeof reply?.error === 'string' ? reply.error : '';
  const desc = typeof reply?.error_description === 'string' ? `: ${reply.error_description}` : '';
  const said = error ? ` (${error}${desc})` : ` (HTTP ${status})`;
  if (error === 'invalid_client' || error === 'unauthorized_client') {
    return `The token endpoint did not accept the OAuth client${said}. Check that --client-id and --client-secret belong to the same OAuth client, of type "Desktop app", and that it was not deleted.`;
  }
  if (error === 'invalid_grant') {
    return `The authorization code was refused${said}. It expires after a few minutes and works once: run the helper again.`;
  }
  if (error === 'redirect_uri_mismatch') {
    return `The token endpoint refused the redirect URI${said}. Use an OAuth client of type "Desktop app", which accepts loopback redirects.`;
  }
  return `The token endpoint refused the code exchange${said}. Check --token-url and the OAuth client.`;
}

/** Explains an `error=` brought back by the consent redirect. */
export function explainConsentError(error: string, description?: string): string {
  if (error === 'access_denied') {
    return 'Consent was denied (access_denied): no token was issued. Run the helper again and click Allow; if Google says the app is blocked or you are not a test user, add the account as a test user of the consent screen (or publish the app).';
  }
  if (error === 'state_mismatch') {
    return `The sign-in redirect was refused: ${description}. Run the helper again and use the URL it prints.`;
  }
  const extra = description ? `: ${description}` : '';
  return `Google returned an error instead of a code (${error}${extra}). Check the OAuth client type (Desktop app) and the consent screen settings.`;
}

/** Output the helper writes; tests and the CLI hand in their own. */
export interface AuthIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The refresh token and what was granted. */
export interface AuthResult {
  refreshToken: string;
  scope: string;
}

/**
 * Runs the whole installed-app flow. Resolves with the refresh token, or throws AuthHelperError with
 * one clear line (consent denied, wrong client, timeout, state mismatch, no refresh token).
 */
export async function runAuthFlow(options: AuthOptions, io: AuthIo): Promise<AuthResult> {
  const { verifier, challenge } = pkcePair();
  const state = randomBytes(16).toString('base64url');
  const loopback = await startLoopback(state);
  let timer: NodeJS.Timeout | undefined;
  try {
    const url = consentUrl(options, loopback.redirectUri, challenge, state);
    io.out('Open this URL in a browser and sign in as the account that will send the mail:');
    io.out('');
    io.out(`  ${url}`);
    io.out('');
    io.out(
      `Waiting up to ${options.timeoutSeconds} s for the browser to return to ${loopback.redirectUri} ...`,
    );
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new AuthHelperError(
              `Timed out after ${options.timeoutSeconds} s waiting for the consent redirect. Open the URL in a browser on this machine (the redirect goes to 127.0.0.1), or raise --timeout.`,
            ),
          ),
        options.timeoutSeconds * 1000,
      );
    });
    const callback = await Promise.race([loopback.result, timeout]);
    if ('error' in callback)
      throw new AuthHelperError(explainConsentError(callback.error, callback.description));

    let res: Response;
    let text: string;
    try {
      // Through HTTPS_PROXY like the action's own requests: a developer's machine is often behind one too.
      res = await httpFetch(options.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code: callback.code,
          client_id: options.clientId,
          client_secret: options.clientSecret,
          redirect_uri: loopback.redirectUri,
          code_verifier: verifier,
        }).toString(),
        signal: AbortSignal.timeout(30_000),
        redirect: 'error',
      });
      text = await res.text();
    } catch (err) {
      // A proxy variable that is not a URL: its own message names the variable.
      if (err instanceof InputError) throw new AuthHelperError(err.message);
      const refused = proxyRefusalStatus(err);
      if (refused) throw new AuthHelperError(explainProxyRefusal('token', options.tokenUrl, refused).message);
      const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
      const proxy = proxyFor(options.tokenUrl);
      const via = proxy ? ` through the proxy ${proxy.origin} (HTTPS_PROXY)` : '';
      throw new AuthHelperError(`Could not reach the token endpoint ${options.tokenUrl}${via} (${cause}).`);
    }
    let reply: TokenReply | undefined;
    try {
      reply = JSON.parse(text) as TokenReply;
    } catch {
      reply = undefined;
    }
    if (!res.ok) throw new AuthHelperError(explainExchangeError(res.status, reply));
    if (typeof reply?.refresh_token !== 'string' || !reply.refresh_token) {
      throw new AuthHelperError(
        "The token endpoint answered without a refresh token. Remove the app's access at https://myaccount.google.com/permissions and run the helper again (it asks for offline access with prompt=consent).",
      );
    }
    return {
      refreshToken: reply.refresh_token,
      scope: typeof reply.scope === 'string' ? reply.scope : options.scope,
    };
  } finally {
    clearTimeout(timer);
    loopback.close();
  }
}

/** A workflow expression reading a secret, e.g. `${{ secrets.NAME }}`. */
const secretRef = (name: string): string => `\${{ secrets.${name} }}`;

/** The lines printed after success: the token, the secrets to store, and the step to use them. */
export function successText(options: AuthOptions, result: AuthResult): string[] {
  const repo = options.repo ? ` --repo ${options.repo}` : ' --repo OWNER/REPO';
  const lines = [
    '',
    `Refresh token (scope ${result.scope}):`,
    '',
    `  ${result.refreshToken}`,
    '',
    'Store the three values as secrets of the repository that runs the workflow',
    '(gh asks for each value; paste the client ID, the client secret and the refresh token above):',
    '',
    `  gh secret set GMAIL_CLIENT_ID${repo}`,
    `  gh secret set GMAIL_CLIENT_SECRET${repo}`,
    `  gh secret set GMAIL_REFRESH_TOKEN${repo}`,
    '',
    'Then use them in the step:',
    '',
    '  with:',
    '    username: the-address-you-signed-in-as@example.com',
    `    oauth-client-id: ${secretRef('GMAIL_CLIENT_ID')}`,
    `    oauth-client-secret: ${secretRef('GMAIL_CLIENT_SECRET')}`,
    `    oauth-refresh-token: ${secretRef('GMAIL_REFRESH_TOKEN')}`,
  ];
  if (options.transport === 'gmail-api') lines.push('    transport: gmail-api');
  lines.push('', 'Keep the refresh token secret: it lets anyone send mail as this account.');
  return lines;
}

/** The CLI: parses arguments, runs the flow, prints the result. Returns the exit code. */
export async function main(argv: string[], env: NodeJS.ProcessEnv, io: AuthIo): Promise<number> {
  let options: AuthOptions | undefined;
  try {
    options = parseAuthArgs(argv, env);
    if (!options) {
      io.out(USAGE);
      return 0;
    }
    const result = await runAuthFlow(options, io);
    for (const line of successText(options, result)) io.out(line);
    return 0;
  } catch (err) {
    if (err instanceof AuthHelperError) {
      io.err(`Error: ${err.message}`);
      return err.exitCode;
    }
    io.err(`Error: ${(err as Error)?.message ?? String(err)}`);
    return 1;
  }
}
