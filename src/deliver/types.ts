import type { Refusal } from '../errors.js';

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
