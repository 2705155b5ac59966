/**
 * The ground floor every room uses: the error classes (a bad input, a failed delivery) and `oneLine`,
 * which makes outside text safe for one log line. What each failure means lives beside the code that
 * meets it: deliver/smtp-errors.ts, auth/token-errors.ts, http-errors.ts.
 */

import { redactSecrets } from './secrets.js';

/** Where in the flow a failure happened. */
export type Stage = 'input' | 'token' | 'connect' | 'auth' | 'send' | 'api';

/** A bad input: always fails the step, whatever `fail-on-error` says. */
export class InputError extends Error {
  constructor(
    /** The input name, kebab-case, as the user wrote it in `with:`. */
    readonly input: string,
    message: string,
  ) {
    // Messages quote what the user gave, which may hold line breaks: the error stays one line.
    super(message.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' '));
    this.name = 'InputError';
  }
}

/** One recipient the server refused at RCPT TO: a 4xx defers it (worth another try), a 5xx is final. */
export interface Refusal {
  recipient: string;
  /** The reply code (450, 550…); 0 when the server's reply had none. */
  code: number;
  /** The server's reply, as nodemailer reports it. */
  reply: string;
}

/** A failure while obtaining a token or delivering, already explained in one line. */
export class DeliveryError extends Error {
  constructor(
    readonly stage: Stage,
    message: string,
    /** Worth another attempt (SMTP 4xx, resets, timeouts, HTTP 429/5xx). */
    readonly transient: boolean,
    /** Seconds the server asked us to wait (HTTP Retry-After), if any. */
    readonly retryAfterSeconds?: number,
    /** Recipients the server refused (RCPT TO), for the `rejected` output. */
    readonly rejected: readonly string[] = [],
    /** Each refused recipient with its reply, when known (every recipient refused at RCPT TO). */
    readonly refusals: readonly Refusal[] = [],
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/** Line breaks of every kind, and other control characters: a log line must stay one line. */
const LINE_BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * Outside text as one log line: secrets replaced first (a cut must not leave half of one), line
 * breaks and controls made spaces (no payload may start a workflow command), then cut at `max`.
 */
export function oneLine(text: string, max = 400): string {
  const flat = redactSecrets(String(text)).replace(LINE_BREAKS, ' ').replace(/ {2,}/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
