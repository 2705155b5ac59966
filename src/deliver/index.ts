/**
 * Delivery behind one interface for both transports (smtp | gmail-api): `prepareDelivery` starts
 * what does not depend on the message (credentials, the SMTP connection and sign-in) as soon as we
 * know we will send, and `send` delivers the rendered message with retries. The transports load as
 * chunks of their own, only when used.
 */
import { type Credentials, obtainCredentials, wireSecrets } from '../auth/credentials.js';
import type { Core } from '../core.js';
import { DeliveryError, oneLine } from '../errors.js';
import type { Settings } from '../inputs/index.js';
import type { ComposedMessage } from '../render/message.js';
import { type Deadline, withRetries } from '../retry.js';
import { deferralError, RecipientLedger, withEnvelopeTo } from './recipients.js';
import type { SmtpSession } from './smtp.js';
import type { DeliveryResult } from './types.js';

/**
 * Delivery, started ahead: the credentials (a token request for OAuth) and, for SMTP, the
 * connection and sign-in (nodemailer's SMTPConnection) are on their way while enrichment and
 * rendering run. Nothing is sent until `send()`.
 */
export interface Delivery {
  /** Sends the message (retries, the recipient ledger, one token renewal on a Gmail API 401). */
  send(message: ComposedMessage): Promise<DeliveryResult>;
  /** Closes the connection opened ahead, if it was not used. */
  close(): void;
}

/** What the transports share while one delivery runs. */
interface Prepared {
  settings: Settings;
  deadline: Deadline;
  log: Core;
  credentials: Promise<Credentials>;
  /** A new token from the same sign-in (refresh token, service account). */
  renew(): Promise<Credentials>;
  smtp?: Promise<SmtpSession>;
}

type OnRetry = (err: DeliveryError, delayMs: number, attempt: number) => void;

/**
 * Starts delivery for `settings` (see Delivery). Awaits only the SMTP chunk, so that the connection is
 * under way before the caller loads and runs anything else.
 */
export async function prepareDelivery(settings: Settings, deadline: Deadline, log: Core): Promise<Delivery> {
  const obtain = (): Promise<Credentials> =>
    obtainCredentials(settings.auth, {
      transport: settings.transport,
      deadline,
      retries: settings.retries,
      setSecret: (s) => log.setSecret(s),
      onRetry: (err, delayMs, attempt) =>
        log.info(
          `Token attempt ${attempt} failed: ${oneLine(err.message, 1000)} Retrying in ${(delayMs / 1000).toFixed(1)} s.`,
        ),
    }).then((creds) => {
      for (const s of wireSecrets(creds)) log.setSecret(s);
      return creds;
    });
  const credentials = obtain();
  // Awaited later; a failure before then (e.g. the template fails first) is not unhandled.
  credentials.catch(() => undefined);
  // The SMTP chunk alone, before the rendering chunks load: loaded together, the connection would wait
  // for all of them to compile.
  const smtp =
    settings.transport === 'smtp'
      ? Promise.resolve((await import('./smtp.js')).openSmtp(credentials, settings.smtp, deadline))
      : undefined;
  const prepared: Prepared = { settings, deadline, log, credentials, renew: obtain, smtp };
  return {
    send: (message) => deliver(prepared, message),
    close: () => {
      smtp?.then(
        (s) => s.close(),
        () => undefined,
      );
    },
  };
}

async function deliver(prepared: Prepared, message: ComposedMessage): Promise<DeliveryResult> {
  const { log } = prepared;
  const creds = await prepared.credentials;
  const onRetry: OnRetry = (err, delayMs, attempt) =>
    log.info(
      `Attempt ${attempt} failed: ${oneLine(err.message, 1000)} Retrying in ${(delayMs / 1000).toFixed(1)} s.`,
    );
  if (prepared.settings.transport === 'gmail-api') {
    return deliverGmailApi(prepared, message, creds, onRetry);
  }
  return deliverSmtp(prepared, message, creds, onRetry);
}

/** Sign-ins that get their token from a token endpoint, and so can get a new one. */
const RENEWABLE = new Set(['oauth-refresh', 'service-account']);

/**
 * Sends through the Gmail API, with retries. A 401 (the token expired or was revoked between issue
 * and use) means Gmail did not take the message: a sign-in that can renew gets one new token and
 * one more attempt with the same message (same Message-ID); a second 401 is final.
 */
async function deliverGmailApi(
  prepared: Prepared,
  message: ComposedMessage,
  creds: Credentials,
  onRetry: OnRetry,
): Promise<DeliveryResult> {
  const { settings, deadline, log } = prepared;
  const { GmailTokenRejected, sendGmailApi, stallLimitMs } = await import('./gmail-api.js');
  const stallMs = stallLimitMs(settings.timeoutSeconds);
  let current = creds;
  let renewed = false;
  const send = async (): Promise<DeliveryResult> => {
    try {
      return await sendGmailApi(message, current, settings.gmailApiUrl, deadline, stallMs);
    } catch (err) {
      if (!(err instanceof GmailTokenRejected) || !RENEWABLE.has(settings.auth.kind)) throw err;
      if (renewed) {
        throw new DeliveryError(
          'api',
          `api: the Gmail API did not accept a newly issued access token either (${err.code}), so nothing was sent. Check that \`username\` is the account the refresh token was issued for (or, for a service account, that domain-wide delegation covers it) and that the token's scope includes https://www.googleapis.com/auth/gmail.send.`,
          false,
        );
      }
      renewed = true;
      log.info(
        `The Gmail API did not accept the access token (${err.code}): it expired or was revoked. Getting a new one and trying once more.`,
      );
      current = await prepared.renew();
      return send();
    }
  };
  return withRetries(send, { retries: settings.retries, deadline, onRetry });
}

/** Where the SMTP attempts stand, over every attempt. */
interface SmtpProgress {
  /** Who accepted, who was refused for good (5xx), who was only deferred (4xx). */
  ledger: RecipientLedger;
  attempts: number;
  /** The attempt (0-based) on which recipients were last deferred, or -1. */
  deferredOn: number;
  response: string;
}

/**
 * Sends over SMTP, with retries that go to the recipients not yet served: once some accepted the
 * message or refused it for good, a retry goes to the others only.
 */
async function deliverSmtp(
  prepared: Prepared,
  message: ComposedMessage,
  creds: Credentials,
  onRetry: OnRetry,
): Promise<DeliveryResult> {
  const { settings, deadline } = prepared;
  const { sendSmtp } = await import('./smtp.js');
  const where = `${settings.smtp.host}:${settings.smtp.port}`;
  const progress: SmtpProgress = {
    ledger: new RecipientLedger(message.envelope.to),
    attempts: 0,
    deferredOn: -1,
    response: '',
  };
  const { ledger } = progress;
  // The first attempt uses the connection opened ahead; retries open their own.
  let early = prepared.smtp;
  try {
    await withRetries(
      async (n) => {
        progress.attempts = n + 1;
        const session = early ? await early : undefined;
        early = undefined;
        // The same bytes and Message-ID, the envelope limited to the others (the headers still name everyone).
        const outgoing = ledger.untouched ? message : withEnvelopeTo(message, ledger.pending);
        try {
          const result = await sendSmtp(outgoing, creds, settings.smtp, deadline, session);
          ledger.record(result.accepted, result.refusals ?? []);
          progress.response = result.response;
        } catch (err) {
          // Every recipient of this attempt refused: the 5xx ones are final, the 4xx ones are tried again.
          if (err instanceof DeliveryError && err.refusals.length) {
            ledger.record([], err.refusals);
            // Deferred again while others already have it: the same partial delivery as below.
            if (ledger.accepted.length && ledger.deferred.length) {
              progress.deferredOn = n;
              throw deferralError(where, ledger.deferred);
            }
          }
          throw err;
        }
        if (ledger.deferred.length) {
          progress.deferredOn = n;
          throw deferralError(where, ledger.deferred);
        }
      },
      { retries: settings.retries, deadline, onRetry },
    );
  } catch (err) {
    return partialDelivery(err, progress, settings.retries);
  }
  return {
    accepted: ledger.accepted,
    rejected: ledger.rejected,
    refusals: ledger.refused,
    response: progress.response,
  };
}

/**
 * The end of SMTP attempts that failed: when nobody got the message the error is thrown (naming
 * everyone refused on any attempt); when someone did, it was sent, with the ones still deferred in
 * `rejected` and why no further attempt was made.
 */
function partialDelivery(err: unknown, progress: SmtpProgress, retries: number): DeliveryResult {
  const { ledger, attempts, deferredOn } = progress;
  if (!ledger.accepted.length) {
    if (!(err instanceof DeliveryError) || !ledger.rejected.length) throw err;
    throw new DeliveryError(err.stage, err.message, err.transient, err.retryAfterSeconds, ledger.rejected, [
      ...ledger.refused,
      ...ledger.deferred,
    ]);
  }
  const why =
    deferredOn !== attempts - 1
      ? `the last attempt failed: ${err instanceof DeliveryError ? err.message : oneLine(String((err as Error)?.message ?? err), 300)}`
      : attempts > retries
        ? `\`retries: ${retries}\` used up`
        : '`timeout-seconds` left no time for another';
  return {
    accepted: ledger.accepted,
    rejected: ledger.rejected,
    refusals: ledger.refused,
    deferred: { refusals: ledger.deferred, attempts, why },
    response: progress.response,
  };
}
