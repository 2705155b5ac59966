import type { Readable } from 'node:stream';
import type { Credentials } from '../auth/credentials.js';
import { retryAfterSeconds } from '../auth/token-endpoint.js';
import { DeliveryError, oneLine } from '../errors.js';
import { type HttpInit, httpFetch } from '../http.js';
import { explainHttpNetworkError } from '../http-errors.js';
import type { OutgoingMessage } from '../render/message.js';
import type { Deadline } from '../retry.js';
import type { DeliveryResult } from './types.js';

interface GmailErrorBody {
  error?: {
    code?: number;
    message?: string;
    status?: string;
    errors?: Array<{ reason?: string; message?: string }>;
  };
}

const SEND_SCOPE = 'https://www.googleapis.com/auth/gmail.send';
const RATE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'RESOURCE_EXHAUSTED']);

/**
 * The Gmail API refused the access token (HTTP 401): expired or revoked between issue and use. The
 * message was not taken, so a sign-in that can renew may get a new token and send it once more.
 */
export class GmailTokenRejected extends DeliveryError {
  constructor(
    /** `HTTP 401` and Gmail's reason, e.g. `HTTP 401 authError`. */
    readonly code: string,
    message: string,
  ) {
    super('api', message, false);
    this.name = 'GmailTokenRejected';
  }
}

/** What to do about a 403 that is not rate limiting: a missing scope, another account, the API off. */
function forbiddenAdvice(reason: string, message: string): string {
  if (/scope|insufficient/i.test(`${reason} ${message}`)) {
    return `The token lacks the scope ${SEND_SCOPE} (or https://mail.google.com/): request it when creating the refresh token (npm run auth -- --transport gmail-api), in \`access_token_scopes\`, or in the service account's domain-wide delegation.`;
  }
  if (/delegation/i.test(message)) {
    return 'The token belongs to another account than the one in the request: set `username` to the account the token was issued for.';
  }
  if (/not been used|disabled|accessNotConfigured/i.test(`${reason} ${message}`)) {
    return 'Enable the Gmail API in the Google Cloud project of the OAuth client (APIs & Services > Library > Gmail API).';
  }
  return 'Check that the Gmail API is enabled in the Google Cloud project of the OAuth client, and that `username` is the account the token belongs to.';
}

/**
 * Turns a Gmail API error reply into one clear line: what the API said and what to do. 429, 5xx
 * and 403 rate-limit reasons are transient (retried, honouring Retry-After); the rest are not.
 */
export function explainGmailApiError(
  status: number,
  body: GmailErrorBody | undefined,
  retryAfter?: number,
): DeliveryError {
  const message = body?.error?.message ?? '';
  const msg = message ? ` Gmail said: "${oneLine(message, 200)}".` : '';
  const reason = oneLine(String(body?.error?.errors?.[0]?.reason ?? body?.error?.status ?? ''), 100);
  const code = `HTTP ${status}${reason ? ` ${reason}` : ''}`;
  if (status === 401) {
    return new GmailTokenRejected(
      code,
      `api: the Gmail API did not accept the access token (${code}).${msg} The token has expired or was revoked (or is not a Google access token): obtain a new one (an \`oauth-access-token\` lives one hour), or use the refresh-token inputs or \`service-account-key\` so a fresh one is fetched each run.`,
    );
  }
  if (status === 403 && RATE_REASONS.has(reason)) {
    return new DeliveryError(
      'api',
      `api: the Gmail API is rate-limiting this account (${code}).${msg} This is temporary: send fewer messages or run the job again later.`,
      true,
      retryAfter,
    );
  }
  if (status === 403) {
    const advice = forbiddenAdvice(reason, message);
    return new DeliveryError('api', `api: the Gmail API refused to send (${code}).${msg} ${advice}`, false);
  }
  if (status === 429) {
    const waited = retryAfter !== undefined ? ` (Gmail asked to wait ${retryAfter} s)` : '';
    const daily = /mail sending|daily/i.test(message)
      ? ' If the account reached its daily sending limit, this lasts up to 24 hours.'
      : '';
    return new DeliveryError(
      'api',
      `api: the Gmail API is rate-limiting this account (${code}).${msg} Run the job again later${waited}.${daily}`,
      true,
      retryAfter,
    );
  }
  if (status >= 500) {
    return new DeliveryError(
      'api',
      `api: the Gmail API had a server error (${code}).${msg} This is temporary on Google's side: run the job again later.`,
      true,
      retryAfter,
    );
  }
  if (status === 413) {
    return new DeliveryError(
      'api',
      `api: the Gmail API refused the message as too large (${code}).${msg} The Gmail API accepts at most 35 MB: attach fewer or smaller files.`,
      false,
    );
  }
  return new DeliveryError(
    'api',
    `api: the Gmail API refused the message (${code}).${msg} Check the recipients and attachments.`,
    false,
  );
}

/**
 * How long one API request may go without progress (no body bytes taken, no answer) before it is
 * abandoned and, within the budget, retried: a quarter of `timeout-seconds`, between 5 and 30 s.
 * Progress, not total time, so a 35 MB upload on a slow link is never cut while it moves, and a
 * hang still leaves time for another attempt.
 */
export function stallLimitMs(timeoutSeconds: number): number {
  return Math.min(30_000, Math.max(5_000, Math.round((timeoutSeconds * 1000) / 4)));
}

/** What is known about a Gmail API request that ended without an answer. */
export interface UnansweredRequest {
  baseUrl: string;
  /** The mailbox whose Sent folder would hold the message. */
  user: string;
  /**
   * fetch had taken every byte of the message (or Gmail had already answered 2xx): Gmail may have
   * it, so another attempt could send it twice.
   */
  uploaded: boolean;
  /** What ended it: no progress for `stallMs`, the step's deadline, or the network. */
  cause: { kind: 'stall'; stallMs: number } | { kind: 'deadline' } | { kind: 'network'; error: unknown };
}

/**
 * Turns a Gmail API request that ended without an answer into one line. Before the whole message
 * was uploaded a stall or a network failure is worth another attempt; after it, Gmail may have sent
 * it, so the error is final and says where to look: a retry would risk a duplicate.
 */
export function explainUnanswered(req: UnansweredRequest): DeliveryError {
  const { baseUrl, cause } = req;
  if (req.uploaded) {
    const what =
      cause.kind === 'stall'
        ? `the Gmail API took the whole message but did not answer within ${Math.round(cause.stallMs / 1000)} s`
        : cause.kind === 'deadline'
          ? 'the Gmail API took the whole message but did not answer before `timeout-seconds` ran out'
          : `the connection to the Gmail API failed (${networkCode(cause.error)}) after it took the whole message and before it answered`;
    return new DeliveryError(
      'api',
      `api: ${what}, so it may have been sent; it was not retried, to avoid sending it twice. Check the Sent folder of ${req.user} before running the job again.`,
      false,
    );
  }
  if (cause.kind === 'stall') {
    return new DeliveryError(
      'api',
      `api: no answer from ${baseUrl} for ${Math.round(cause.stallMs / 1000)} s (the request stalled before the message was uploaded, so it was abandoned). This is usually temporary on Google's side: run the job again later; if it keeps happening, check \`gmail-api-url\` and the runner's network.`,
      true,
    );
  }
  if (cause.kind === 'deadline') {
    return new DeliveryError(
      'api',
      `api: no answer from ${baseUrl} before \`timeout-seconds\` ran out: run the job again later; raise \`timeout-seconds\` if large attachments need longer to upload; if it keeps happening, check \`gmail-api-url\` and the runner's network.`,
      false,
    );
  }
  return explainHttpNetworkError(cause.error, 'api', baseUrl);
}

/** The system code of a fetch failure (`ECONNRESET`, `UND_ERR_SOCKET`…), or a short description. */
function networkCode(err: unknown): string {
  const e = (err ?? {}) as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  return e.cause?.code || e.code || oneLine(e.cause?.message || e.message || 'closed', 80);
}

/**
 * Sends the exact RFC 5322 message through `users.messages.send` (media upload, streamed), as
 * user `me`. Returns Gmail's message id and thread id. A request that makes no progress for
 * `stallMs` is abandoned: with a transient error while the upload is incomplete, with a final one
 * (it may have been sent) once fetch has taken the whole message.
 */
export async function sendGmailApi(
  message: OutgoingMessage,
  creds: Credentials,
  baseUrl: string,
  deadline: Deadline,
  stallMs = 30_000,
): Promise<DeliveryResult> {
  if (creds.kind !== 'oauth2') {
    throw new DeliveryError(
      'api',
      'api: the Gmail API needs an OAuth access token; an App Password works only with SMTP.',
      false,
    );
  }
  const reply = await postMessage(message, creds, baseUrl, deadline, stallMs);
  return readSendReply(reply, message, baseUrl);
}

/** Gmail's answer to a send request: the response and its whole body as text. */
interface SendReply {
  res: Response;
  text: string;
}

/**
 * Uploads the message and reads Gmail's answer. A request that ends without one (stall, deadline,
 * network) ends the message stream and becomes an error saying whether Gmail may have the message.
 */
async function postMessage(
  message: OutgoingMessage,
  creds: Extract<Credentials, { kind: 'oauth2' }>,
  baseUrl: string,
  deadline: Deadline,
  stallMs: number,
): Promise<SendReply> {
  const url = `${baseUrl}/upload/gmail/v1/users/me/messages/send?uploadType=media`;
  const upload = new WatchedUpload(message, stallMs);
  const overall = AbortSignal.timeout(deadline.cap(Number.MAX_SAFE_INTEGER));
  let res: Response | undefined;
  try {
    upload.progress();
    res = await httpFetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${creds.accessToken}`, 'content-type': 'message/rfc822' },
      body: upload.body,
      duplex: 'half',
      signal: AbortSignal.any([upload.stalled.signal, overall]),
      redirect: 'error',
    } as HttpInit);
    upload.progress();
    return { res, text: await res.text() };
  } catch (err) {
    upload.abandon();
    throw explainUnanswered({
      baseUrl,
      user: creds.user,
      uploaded: upload.uploaded || (res?.ok ?? false),
      cause: upload.stalled.signal.aborted
        ? { kind: 'stall', stallMs }
        : overall.aborted
          ? { kind: 'deadline' }
          : { kind: 'network', error: err },
    });
  } finally {
    upload.end();
  }
}

/**
 * The message as a request body that fetch pulls chunk by chunk, with a stall timer re-armed on
 * every chunk taken (fetch takes them as the socket drains) and on the answer; never past the
 * deadline, where the request's overall signal ends it.
 */
class WatchedUpload {
  /** Aborted when the request made no progress for `stallMs`. */
  readonly stalled = new AbortController();
  /** No queue of its own (highWaterMark 0): a chunk is read only when fetch asks for one. */
  readonly body: ReadableStream<Uint8Array>;
  /**
   * Set when fetch asks for more after the last chunk: it has written every byte to the socket, so
   * from then on Gmail may have the whole message even if it never answers.
   */
  uploaded = false;
  private readonly source: Readable;
  private readonly chunks: AsyncIterator<Uint8Array>;
  private timer: NodeJS.Timeout | undefined;
  /**
   * Once the request has ended, nothing may re-arm the timer: fetch can still ask for a chunk
   * after an abort (its writer wakes up when the socket closes), and a live timer holds the step.
   */
  private ended = false;

  constructor(
    message: OutgoingMessage,
    private readonly stallMs: number,
  ) {
    // Gmail takes the recipients from the headers: Bcc must be in what is uploaded.
    this.source = message.createStream({ keepBcc: true });
    this.chunks = this.source[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
    this.body = new ReadableStream<Uint8Array>(
      {
        pull: (controller) => this.pull(controller),
        cancel: () => {
          this.source.destroy();
        },
      },
      { highWaterMark: 0 },
    );
  }

  /** The request moved: the stall timer starts again. */
  progress(): void {
    if (this.ended) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.stalled.abort(), this.stallMs);
  }

  /** The request ended without an answer: ends the message stream (and closes its attachment files). */
  abandon(): void {
    this.ended = true;
    this.source.destroy();
  }

  /** The request ended either way: the timer stops for good. */
  end(): void {
    this.ended = true;
    clearTimeout(this.timer);
  }

  /** fetch asks for the next chunk: gives it one, or ends the body after the last. */
  private async pull(controller: ReadableStreamDefaultController<Uint8Array>): Promise<void> {
    if (this.ended) return controller.error(new Error('the request has ended'));
    this.progress();
    const next = await this.chunks.next();
    if (next.done) {
      this.uploaded = true;
      controller.close();
    } else {
      controller.enqueue(next.value);
    }
  }
}

/** Gmail's answer as the delivery result (its message and thread ids), or the error it stands for. */
function readSendReply({ res, text }: SendReply, message: OutgoingMessage, baseUrl: string): DeliveryResult {
  let body: (GmailErrorBody & { id?: unknown; threadId?: unknown }) | undefined;
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = undefined;
  }
  if (!res.ok)
    throw explainGmailApiError(res.status, body, retryAfterSeconds(res.headers.get('retry-after')));
  const gmailId = typeof body?.id === 'string' ? body.id : undefined;
  if (!gmailId) {
    throw new DeliveryError(
      'api',
      `api: ${baseUrl} answered HTTP ${res.status} without a message id. Check \`gmail-api-url\`.`,
      false,
    );
  }
  return {
    accepted: message.envelope.to,
    rejected: [],
    response: `Gmail API accepted the message (id ${gmailId})`,
    gmailId,
    threadId: typeof body?.threadId === 'string' ? body.threadId : undefined,
  };
}
