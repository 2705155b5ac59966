import type { Readable } from 'node:stream';
import type { Refusal } from '../errors.js';

/** A rendered message ready for any transport. */
export interface OutgoingMessage {
  /** The Message-ID header value, with its angle brackets; the same on every attempt. */
  messageId: string;
  envelope: { from: string; to: string[] };
  /**
   * A fresh stream of the exact RFC 5322 bytes; called once per attempt, so nothing is held whole in
   * memory. `keepBcc` keeps the Bcc header: the Gmail API reads every recipient from the headers
   * (and keeps Bcc out of the copies it delivers). SMTP and the `.eml` never carry it.
   */
  createStream(options?: { keepBcc?: boolean }): Readable;
}

/** What the server did with the message. */
export interface DeliveryResult {
  accepted: string[];
  rejected: string[];
  /** SMTP: each refused recipient with its reply (a 4xx only deferred it). */
  refusals?: Refusal[];
  /**
   * SMTP, when some recipients were still deferred (4xx) at the end although others accepted the
   * message: how many attempts were made and why no further one was.
   */
  deferred?: { refusals: Refusal[]; attempts: number; why: string };
  /** The server's final reply (SMTP) or a short status (API). */
  response: string;
  /** Gmail API message id and thread id (API transport only). */
  gmailId?: string;
  threadId?: string;
}
