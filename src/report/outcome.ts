/**
 * What a run came to, as one value: sent, skipped (notify-when), rendered (dry run) or failed.
 * The constructors below also word what the log says about it; report() says it, once.
 */
import type { Decision } from '../decide/notify-when.js';
import { undeliveredWarning } from '../deliver/recipients.js';
import type { DeliveryResult } from '../deliver/types.js';
import type { AuthorRecipients } from '../enrich/types.js';
import { DeliveryError, InputError, oneLine } from '../errors.js';
import type { ComposedMessage } from '../render/message.js';
import type { Recipients } from './recipients.js';

/** A line the log says about the outcome; `failed` fails the step (setFailed). */
export interface Said {
  level: 'notice' | 'warning' | 'info' | 'debug' | 'failed';
  text: string;
}

/** What happened, as outputs and the step summary report it. */
export interface Outcome {
  sent: boolean;
  skippedReason?: 'notify-when' | 'dry-run' | 'error';
  /** Why it was skipped or failed, in one line. */
  detail?: string;
  status: string;
  /** Set once the inputs were parsed, so a skip or an early error still says whom it was for. */
  recipients?: Recipients;
  /** A dry run (`skippedReason: 'dry-run'`) on which notify-when would not have sent either. */
  heldByNotifyWhen?: boolean;
  message?: ComposedMessage;
  /** The commit authors added to To (`author-recipients: culprits`), and who was left out. */
  authors?: AuthorRecipients;
  accepted: string[];
  rejected: string[];
  emlPath?: string;
  gmailId?: string;
  threadId?: string;
  /** What the log says about it, in order (report() writes them after the outputs). */
  said?: Said[];
}

/** What is known of the run so far: a failure reports whatever was reached before it. */
export interface Known {
  status: string;
  recipients?: Recipients;
  message?: ComposedMessage;
  authors?: AuthorRecipients;
  emlPath?: string;
}

/** No email: notify-when holds it back (or the watched run has not completed). */
export function skippedOutcome(known: Known, reason: string, notice: string): Outcome {
  return {
    sent: false,
    skippedReason: 'notify-when',
    detail: reason,
    status: known.status,
    recipients: known.recipients,
    accepted: [],
    rejected: [],
    said: [{ level: 'notice', text: notice }],
  };
}

/**
 * A dry run: rendered, not sent. When notify-when would not send on this run either, the message is
 * still rendered and checked (that is what a dry run is for); `skipped-reason` stays `dry-run` as
 * SPEC §7 says, and the notice and summary say that notify-when would hold it back.
 */
export function dryRunOutcome(
  known: Known & { message: ComposedMessage },
  decision: Decision,
  notifyWhen: string,
  summaryShown: boolean,
): Outcome {
  const dry = 'dry-run: true, no mail or token server was contacted';
  const held = decision.send ? undefined : `notify-when (${notifyWhen}) would not send on this run`;
  const { message, emlPath } = known;
  const where = [emlPath ? `\`eml-path\` (${emlPath})` : '', summaryShown ? 'the step summary' : ''].filter(
    Boolean,
  );
  const notice = held
    ? `Dry run: ${held} (${decision.reason}); nothing was sent. ${where.length ? `The message it would send is in ${where.join(' and ')}.` : 'Set `eml-path` to see the message it would send.'}`
    : `Dry run: rendered "${message.subject}" for ${message.recipients.length} recipient(s); nothing was sent.`;
  return {
    sent: false,
    skippedReason: 'dry-run',
    detail: held ? `${held}: ${decision.reason}; ${dry}` : dry,
    status: known.status,
    recipients: known.recipients,
    heldByNotifyWhen: held !== undefined,
    message,
    authors: known.authors,
    accepted: [],
    rejected: [],
    emlPath,
    said: [{ level: 'notice', text: notice }],
  };
}

/** Sent: to whom, and a warning naming any recipient the server refused or kept deferring. */
export function sentOutcome(known: Known & { message: ComposedMessage }, result: DeliveryResult): Outcome {
  const { message } = known;
  const undelivered = result.refusals
    ? undeliveredWarning(result.refusals, result.deferred)
    : result.rejected.length
      ? `The server refused ${result.rejected.length} recipient(s): ${result.rejected.join(', ')}. The others received the message.`
      : undefined;
  const said: Said[] = undelivered ? [{ level: 'warning', text: undelivered }] : [];
  said.push({
    level: 'info',
    text: `Sent "${message.subject}" to ${result.accepted.length} recipient(s); Message-ID ${message.messageId}.`,
  });
  return {
    sent: true,
    status: known.status,
    recipients: known.recipients,
    message,
    authors: known.authors,
    accepted: result.accepted,
    rejected: result.rejected,
    emlPath: known.emlPath,
    gmailId: result.gmailId,
    threadId: result.threadId,
    said,
  };
}

/**
 * An error anywhere: the step fails with its one line, except a delivery error under
 * `fail-on-error: false`, which is a warning (`skipped-reason: error`).
 */
export function failedOutcome(known: Known, err: unknown, failOnError: boolean): Outcome {
  const expected = err instanceof InputError || err instanceof DeliveryError;
  const line = expected
    ? err.message
    : `Unexpected error: ${oneLine(String((err as Error)?.message ?? err), 300)}`;
  const swallow = err instanceof DeliveryError && !failOnError;
  const said: Said[] = expected ? [] : [{ level: 'debug', text: String((err as Error)?.stack ?? err) }];
  said.push(
    swallow
      ? { level: 'warning', text: `Email not sent (fail-on-error: false): ${line}` }
      : { level: 'failed', text: line },
  );
  return {
    sent: false,
    skippedReason: swallow ? 'error' : undefined,
    detail: line,
    status: known.status,
    recipients: known.recipients,
    message: known.message,
    accepted: [],
    rejected: err instanceof DeliveryError ? [...err.rejected] : [],
    emlPath: known.emlPath,
    said,
  };
}
