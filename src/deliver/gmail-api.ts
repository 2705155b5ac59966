import { Readable } from 'node:stream';
import type { Credentials } from '../auth/credentials.js';
import { retryAfterSeconds } from '../auth/token-endpoint.js';
import { DeliveryError, explainHttpNetworkError, oneLine } from '../errors.js';
import type { Deadline } from './retry.js';
import type { DeliveryResult, OutgoingMessage } from './types.js';

interface GmailErrorBody {
  error?: {
    code?: number;
    message?: string;
    status?: string;
    errors?: Array<{ reason?: string; message?: string }>;
  };
}

/** Turns a Gmail API error reply into one clear line. */
export function explainGmailApiError(
  status: number,
  body: GmailErrorBody | undefined,
  retryAfter?: number,
): DeliveryError {
  const msg = body?.error?.message ? ` Gmail said: "${oneLine(body.error.message, 200)}".` : '';
  const reason = body?.error?.errors?.[0]?.reason ?? body?.error?.status ?? '';
  if (status === 401) {
    return new DeliveryError(
      'api',
      `api: the Gmail API did not accept the access token (HTTP 401${reason ? ` ${reason}` : ''}).${msg} The token is expired or revoked: obtain a new one, or use the refresh-token inputs so a fresh one is fetched each run.`,
      false,
    );
  }
  if (status === 403) {
    const scope = /scope|insufficient/i.test(`${reason} ${body?.error?.message ?? ''}`);
    const advice = scope
      ? 'The token lacks the scope https://www.googleapis.com/auth/gmail.send (or https://mail.google.com/): request it when creating the refresh token or access token.'
      : 'Check that the Gmail API is enabled in the Google Cloud project of the OAuth client, and that `username` is the account the token belongs to.';
    return new DeliveryError(
      'api',
      `api: the Gmail API refused to send (HTTP 403${reason ? ` ${reason}` : ''}).${msg} ${advice}`,
      false,
    );
  }
  if (status === 429 || status >= 500) {
    return new DeliveryError(
      'api',
      `api: the Gmail API answered HTTP ${status}${reason ? ` ${reason}` : ''}.${msg} This is temporary (rate limit or server trouble): it was retried within \`timeout-seconds\`.`,
      true,
      retryAfter,
    );
  }
  return new DeliveryError(
    'api',
    `api: the Gmail API refused the message (HTTP ${status}${reason ? ` ${reason}` : ''}).${msg} Check the recipients and attachments.`,
    false,
  );
}

/**
 * Sends the exact RFC 5322 message through `users.messages.send` (media upload, streamed), as
 * user `me`. Returns Gmail's message id and thread id.
 */
export async function sendGmailApi(
  message: OutgoingMessage,
  creds: Credentials,
  baseUrl: string,
  deadline: Deadline,
): Promise<DeliveryResult> {
  if (creds.kind !== 'oauth2') {
    throw new DeliveryError(
      'api',
      'api: the Gmail API needs an OAuth access token; an App Password works only with SMTP.',
      false,
    );
  }
  const url = `${baseUrl}/upload/gmail/v1/users/me/messages/send?uploadType=media`;
  let res: Response;
  let text: string;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${creds.accessToken}`, 'content-type': 'message/rfc822' },
      body: Readable.toWeb(message.createStream()) as ReadableStream<Uint8Array>,
      duplex: 'half',
      signal: AbortSignal.timeout(deadline.cap(120_000)),
      redirect: 'error',
    } as RequestInit & { duplex: 'half' });
    text = await res.text();
  } catch (err) {
    throw explainHttpNetworkError(err, 'api', baseUrl);
  }
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
