import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { findAttachments } from './attachments.js';
import { type Credentials, obtainCredentials, wireSecrets } from './auth/credentials.js';
import { type RunContext, readRunContext } from './context.js';
import { type Core, withLineMasking } from './core.js';
import { needsPreviousRun, type PreviousConclusion, shouldNotify } from './decide.js';
import { deferralError, RecipientLedger, undeliveredWarning, withEnvelopeTo } from './deliver/recipients.js';
import type { SmtpSession } from './deliver/smtp.js';
import type { DeliveryResult } from './deliver/types.js';
import { authorsLine, withAuthors } from './enrich/author-filter.js';
import { DeliveryError, InputError, oneLine } from './errors.js';
import { checkProxyEnv, proxySecrets } from './http.js';
import { mayHaveForeignInputs } from './inputs/foreign-probe.js';
import { appPasswordWarning, getSettings, type Settings, senderWarning } from './inputs/index.js';
import type { ComposedMessage } from './render/message.js';
import {
  hideBcc,
  type Outcome,
  type Recipients,
  recipientsOf,
  summaryMarkdown,
  writeOutputs,
} from './report.js';
import { Deadline, withRetries } from './retry.js';
import { runStatus, type WatchedRun } from './status.js';

export type { Core } from './core.js';

/**
 * The message as an RFC 5322 file holds it: the same bytes SMTP sends (no Bcc), with CRLF line
 * breaks. The composer leaves the body's own breaks as LF (the SMTP client converts them on the
 * wire), so the bytes go through nodemailer's stream transport with its `newline: 'windows'` option.
 */
async function emlStream(message: ComposedMessage): Promise<Readable> {
  const { createTransport } = await import('nodemailer');
  const info = await createTransport({ streamTransport: true, buffer: false, newline: 'windows' }).sendMail({
    envelope: message.envelope,
    raw: message.createStream(),
  });
  return info.message as Readable;
}

/**
 * What delivery needs that does not depend on the message, started as soon as we know we will send:
 * credentials (a token request for OAuth) and, for SMTP, the connection and sign-in (nodemailer's
 * SMTPConnection). Their round trips then overlap enrichment and rendering. Nothing is sent until
 * `deliver()`.
 */
interface Prepared {
  credentials: Promise<Credentials>;
  /** A new token from the same sign-in (refresh token, service account). */
  renew(): Promise<Credentials>;
  smtp?: Promise<SmtpSession>;
  close(): void;
}

function prepareDelivery(settings: Settings, deadline: Deadline, log: Core): Prepared {
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
  // The SMTP chunk first, before the rendering chunks: the connection starts as soon as it is loaded.
  const smtp =
    settings.transport === 'smtp'
      ? import('./deliver/smtp.js').then((m) => m.openSmtp(credentials, settings.smtp, deadline))
      : undefined;
  smtp?.catch(() => undefined);
  return {
    credentials,
    renew: obtain,
    smtp,
    close: () => {
      smtp?.then(
        (s) => s.close(),
        () => undefined,
      );
    },
  };
}

/** Sign-ins that get their token from a token endpoint, and so can get a new one. */
const RENEWABLE = new Set(['oauth-refresh', 'service-account']);

/**
 * Sends through the Gmail API, with retries. A 401 (the token expired or was revoked between issue
 * and use) means Gmail did not take the message: a sign-in that can renew gets one new token and
 * one more attempt with the same message (same Message-ID); a second 401 is final.
 */
async function deliverGmailApi(
  settings: Settings,
  message: ComposedMessage,
  creds: Credentials,
  deadline: Deadline,
  log: Core,
  prepared: Prepared,
  onRetry: (err: DeliveryError, delayMs: number, attempt: number) => void,
): Promise<DeliveryResult> {
  const { GmailTokenRejected, sendGmailApi, stallLimitMs } = await import('./deliver/gmail-api.js');
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

async function deliver(
  settings: Settings,
  message: ComposedMessage,
  creds: Credentials,
  deadline: Deadline,
  log: Core,
  prepared: Prepared,
): Promise<DeliveryResult> {
  const onRetry = (err: DeliveryError, delayMs: number, attempt: number): void =>
    log.info(
      `Attempt ${attempt} failed: ${oneLine(err.message, 1000)} Retrying in ${(delayMs / 1000).toFixed(1)} s.`,
    );
  if (settings.transport === 'gmail-api') {
    return deliverGmailApi(settings, message, creds, deadline, log, prepared, onRetry);
  }
  const { sendSmtp } = await import('./deliver/smtp.js');
  const where = `${settings.smtp.host}:${settings.smtp.port}`;
  // Who accepted, who was refused for good (5xx), who was only deferred (4xx), over every attempt.
  const ledger = new RecipientLedger(message.envelope.to);
  // The first attempt uses the connection opened ahead; retries open their own.
  let early = prepared.smtp;
  let attempts = 0;
  let deferredOn = -1;
  let response = '';
  try {
    await withRetries(
      async (n) => {
        attempts = n + 1;
        const session = early ? await early : undefined;
        early = undefined;
        // Once some recipients accepted it or refused it for good, a retry goes to the others only:
        // the same bytes and Message-ID, the envelope limited to them (the headers still name everyone).
        const outgoing = ledger.untouched ? message : withEnvelopeTo(message, ledger.pending);
        try {
          const result = await sendSmtp(outgoing, creds, settings.smtp, deadline, session);
          ledger.record(result.accepted, result.refusals ?? []);
          response = result.response;
        } catch (err) {
          // Every recipient of this attempt refused: the 5xx ones are final, the 4xx ones are tried again.
          if (err instanceof DeliveryError && err.refusals.length) {
            ledger.record([], err.refusals);
            // Deferred again while others already have it: the same partial delivery as below.
            if (ledger.accepted.length && ledger.deferred.length) {
              deferredOn = n;
              throw deferralError(where, ledger.deferred);
            }
          }
          throw err;
        }
        const deferred = ledger.deferred;
        if (deferred.length) {
          deferredOn = n;
          throw deferralError(where, deferred);
        }
      },
      { retries: settings.retries, deadline, onRetry },
    );
  } catch (err) {
    if (!ledger.accepted.length) {
      // Nobody got it: the step fails; `rejected` names everyone refused on any attempt.
      if (!(err instanceof DeliveryError) || !ledger.rejected.length) throw err;
      throw new DeliveryError(err.stage, err.message, err.transient, err.retryAfterSeconds, ledger.rejected, [
        ...ledger.refused,
        ...ledger.deferred,
      ]);
    }
    // Someone got it: sent, with the ones still deferred in `rejected` and a warning.
    const why =
      deferredOn !== attempts - 1
        ? `the last attempt failed: ${err instanceof DeliveryError ? err.message : oneLine(String((err as Error)?.message ?? err), 300)}`
        : attempts > settings.retries
          ? `\`retries: ${settings.retries}\` used up`
          : '`timeout-seconds` left no time for another';
    return {
      accepted: ledger.accepted,
      rejected: ledger.rejected,
      refusals: ledger.refused,
      deferred: { refusals: ledger.deferred, attempts, why },
      response,
    };
  }
  return { accepted: ledger.accepted, rejected: ledger.rejected, refusals: ledger.refused, response };
}

/** The previous run's conclusion, looked up only when `notify-when` needs it. */
async function previousConclusion(
  settings: Settings,
  ctx: RunContext,
  deadline: Deadline,
  log: Core,
): Promise<PreviousConclusion> {
  if (!needsPreviousRun(settings.notifyWhen, settings.status)) return 'unknown';
  const [{ findPreviousConclusion }, { boundedGitHubApi }] = await Promise.all([
    import('./enrich/previous-run.js'),
    import('./enrich/bounded-api.js'),
  ]);
  return findPreviousConclusion(await boundedGitHubApi(settings, ctx, deadline), ctx, log);
}

async function writeSummary(log: Core, settings: Settings | undefined, outcome: Outcome): Promise<void> {
  if (settings && !settings.jobSummary) return;
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await log.summary.addRaw(summaryMarkdown(outcome), true).write();
  } catch (err) {
    log.warning(`Could not write the step summary: ${oneLine(String((err as Error).message ?? err), 200)}`);
  }
}

/**
 * The same runner, with every Bcc address in what it logs replaced (hideBcc): the log is public in a
 * public repository, and server replies, refusal lists and retry lines name recipients.
 */
function hidingBcc(log: Core, bcc: readonly string[], env: NodeJS.ProcessEnv): Core {
  if (!bcc.length) return log;
  // Outputs go to the GITHUB_OUTPUT file, read by later steps only; without it (old runners, local
  // runs) they are printed as `::set-output` lines, in the public log: then Bcc is hidden there too.
  const printedOutputs = !env.GITHUB_OUTPUT;
  const hide = <T extends string | Error>(m: T): T | string => (typeof m === 'string' ? hideBcc(m, bcc) : m);
  return {
    getInput: (name, options) => log.getInput(name, options),
    setSecret: (secret) => log.setSecret(secret),
    setOutput: (name, value) =>
      log.setOutput(name, printedOutputs && typeof value === 'string' ? hideBcc(value, bcc) : value),
    setFailed: (message) => log.setFailed(hide(message)),
    warning: (message, properties) => log.warning(hide(message), properties),
    notice: (message, properties) => log.notice(hide(message), properties),
    info: (message) => log.info(hideBcc(message, bcc)),
    debug: (message) => log.debug(hideBcc(message, bcc)),
    get summary() {
      return log.summary;
    },
  };
}

/** Runs the action: inputs → settings → decide → render → deliver → report, with one outer catch. */
export async function run(core: Core, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const start = Date.now();
  const runnerCore = withLineMasking(core);
  // The proxy's password is in the environment, not an input: masked before any request.
  for (const secret of proxySecrets(env)) runnerCore.setSecret(secret);
  let log = runnerCore;
  let settings: Settings | undefined;
  let recipients: Recipients | undefined;
  let message: ComposedMessage | undefined;
  let emlPath: string | undefined;
  let prepared: Prepared | undefined;
  const status = (): string => settings?.status ?? 'unknown';
  try {
    checkProxyEnv(env);
    // Before any input is read: a step written for dawidd6/action-send-mail must not silently go to Gmail.
    if (mayHaveForeignInputs(env)) (await import('./inputs/foreign-inputs.js')).refuseForeignInputs(env);
    settings = getSettings(log);
    recipients = recipientsOf(settings);
    log = hidingBcc(runnerCore, recipients.hidden, env);
    const deadline = Deadline.after(settings.timeoutSeconds, start);
    // Every wait below is bounded by the deadline; this is the last resort should one not be.
    const limit = settings.timeoutSeconds;
    setTimeout(
      () => {
        log.setFailed(
          `The step did not finish within \`timeout-seconds\` (${limit} s) and was stopped; nothing more will be sent.`,
        );
        process.exit(1);
      },
      limit * 1000 + 3000,
    ).unref();
    const ctx = readRunContext(env);
    // Refused before anything is contacted; written after rendering (see writeFileAtomically).
    // Its own chunk: most runs write no .eml.
    const eml = settings.emlPath ? await import('./eml.js') : undefined;
    const emlTarget =
      eml && settings.emlPath
        ? eml.resolveForWriting('eml-path', settings.emlPath, {
            workspace: ctx.workspace,
            runnerTemp: ctx.runner_temp,
          })
        : undefined;
    // From here on `status` is the one reported: what notify-when decides on and the message shows.
    const reported = runStatus(settings.status, ctx);
    // The watched workflow's name is outside text: one line, so it cannot start a workflow command.
    const runName = (w: WatchedRun): string =>
      `${oneLine(w.workflow, 200) || 'the watched workflow'}${w.run_number ? ` run #${w.run_number}` : ''}`;
    if (reported.from) {
      log.info(
        `Status: ${reported.status}, from the conclusion of ${runName(reported.from)} (${reported.from.conclusion}) that triggered this workflow_run.`,
      );
    }
    if (reported.differs) {
      log.warning(
        `Input \`status\` is ${settings.status} but ${runName(reported.differs)}, which triggered this workflow_run, concluded ${reported.differs.conclusion}; the email reports ${settings.status} as given. The default, \`\${{ job.status }}\`, is this notify job's own status: failure when one of its earlier steps failed.`,
      );
    }
    settings = { ...settings, status: reported.status };
    const current = settings;
    const skip = async (reason: string, notice: string): Promise<void> => {
      const outcome: Outcome = {
        sent: false,
        skippedReason: 'notify-when',
        detail: reason,
        status: status(),
        recipients,
        accepted: [],
        rejected: [],
      };
      writeOutputs(log, outcome);
      log.notice(notice);
      await writeSummary(log, current, outcome);
    };
    if (reported.pending) {
      const reason = `${runName(reported.pending)} has not completed yet (${reported.pending.conclusion})`;
      await skip(
        reason,
        `No email sent: ${reason}. Add \`types: [completed]\` under \`on: workflow_run\` so this workflow runs once it has.`,
      );
      return;
    }

    const previous = await previousConclusion(settings, ctx, deadline, log);
    const decision = shouldNotify(settings.notifyWhen, settings.status, previous);
    const notifyWhen = settings.notifyWhen.join(', ');
    // A dry run goes on to render and check the message notify-when holds back (see below); a real
    // run stops here, cheaply, with nothing rendered.
    if (!decision.send && !settings.dryRun) {
      await skip(decision.reason, `No email sent: ${decision.reason} (notify-when: ${notifyWhen}).`);
      return;
    }

    for (const warning of [appPasswordWarning(settings), senderWarning(settings)]) {
      if (warning) log.warning(warning);
    }

    // Attachments are found and their total size checked before any server is contacted.
    const found = await findAttachments(
      settings.attachments,
      { workspace: ctx.workspace, runnerTemp: ctx.runner_temp },
      settings.transport,
      settings.ifNoFilesFound,
    );
    if (found.unmatched.length && settings.ifNoFilesFound === 'warn') {
      log.warning(
        `Input \`attachments\`: no files match ${found.unmatched.map((u) => `"${u}"`).join(', ')} (relative to the workspace); sending without them.`,
      );
    }
    if (found.skipped.length) {
      log.warning(
        `Input \`attachments\`: left out ${found.skipped.length} match(es) that lead outside the workspace (symlinks): ${found.skipped
          .slice(0, 5)
          .map((p) => `"${oneLine(p, 200)}"`)
          .join(', ')}${found.skipped.length > 5 ? ', …' : ''}. Sending without them.`,
      );
    }
    if (!settings.dryRun) prepared = prepareDelivery(settings, deadline, log);

    // Loaded only now (their own chunks), so a send starts connecting before paying for them.
    const [{ enrich }, { renderContent }, { composeMessage, withBytesBuilt }] = await Promise.all([
      import('./enrich/index.js'),
      import('./render/content.js'),
      import('./render/message.js'),
    ]);
    const enrichment = await enrich(settings, ctx, log, previous, deadline);
    const authors = enrichment.authors;
    if (authors) {
      // `author-recipients: culprits`: the vetted authors join To (the summary says who and why not).
      settings = withAuthors(settings, authors.added);
      recipients = recipientsOf(settings);
      log.info(authorsLine(authors));
    }
    const content = await renderContent(settings, ctx, enrichment, env);
    for (const warning of content.warnings ?? []) log.warning(warning);
    message = composeMessage(settings, ctx, content, found.files);
    // Built while the server is still greeting, instead of after it; attachments stay streamed.
    if (!settings.dryRun && !found.files.length) message = await withBytesBuilt(message);
    if (settings.emlPath && emlTarget && eml) {
      await eml.writeFileAtomically(emlTarget, await emlStream(message));
      emlPath = resolve(ctx.workspace, settings.emlPath);
    }

    if (settings.dryRun) {
      const dry = 'dry-run: true, no mail or token server was contacted';
      // When notify-when would not send on this run either, the message is still rendered and
      // checked (that is what a dry run is for); `skipped-reason` stays `dry-run` as SPEC §7 says,
      // and the notice and summary say that notify-when would hold it back.
      const held = decision.send ? undefined : `notify-when (${notifyWhen}) would not send on this run`;
      const outcome: Outcome = {
        sent: false,
        skippedReason: 'dry-run',
        detail: held ? `${held}: ${decision.reason}; ${dry}` : dry,
        status: status(),
        recipients,
        heldByNotifyWhen: held !== undefined,
        message,
        authors,
        accepted: [],
        rejected: [],
        emlPath,
      };
      writeOutputs(log, outcome);
      if (held) {
        const where = [
          emlPath ? `\`eml-path\` (${emlPath})` : '',
          process.env.GITHUB_STEP_SUMMARY && settings.jobSummary ? 'the step summary' : '',
        ].filter(Boolean);
        log.notice(
          `Dry run: ${held} (${decision.reason}); nothing was sent. ${where.length ? `The message it would send is in ${where.join(' and ')}.` : 'Set `eml-path` to see the message it would send.'}`,
        );
      } else {
        log.notice(
          `Dry run: rendered "${message.subject}" for ${message.recipients.length} recipient(s); nothing was sent.`,
        );
      }
      await writeSummary(log, settings, outcome);
      return;
    }

    if (!prepared) throw new Error('delivery was not prepared');
    const creds = await prepared.credentials;
    const result = await deliver(settings, message, creds, deadline, log, prepared);
    const outcome: Outcome = {
      sent: true,
      status: status(),
      recipients,
      message,
      authors,
      accepted: result.accepted,
      rejected: result.rejected,
      emlPath,
      gmailId: result.gmailId,
      threadId: result.threadId,
    };
    writeOutputs(log, outcome);
    const undelivered = result.refusals
      ? undeliveredWarning(result.refusals, result.deferred)
      : result.rejected.length
        ? `The server refused ${result.rejected.length} recipient(s): ${result.rejected.join(', ')}. The others received the message.`
        : undefined;
    if (undelivered) log.warning(undelivered);
    log.info(
      `Sent "${message.subject}" to ${result.accepted.length} recipient(s); Message-ID ${message.messageId}.`,
    );
    await writeSummary(log, settings, outcome);
  } catch (err) {
    const line =
      err instanceof InputError || err instanceof DeliveryError
        ? err.message
        : `Unexpected error: ${oneLine(String((err as Error)?.message ?? err), 300)}`;
    const swallow = err instanceof DeliveryError && settings?.failOnError === false;
    const outcome: Outcome = {
      sent: false,
      skippedReason: swallow ? 'error' : undefined,
      detail: line,
      status: status(),
      recipients,
      message,
      accepted: [],
      rejected: err instanceof DeliveryError ? [...err.rejected] : [],
      emlPath,
    };
    writeOutputs(log, outcome);
    if (!(err instanceof InputError || err instanceof DeliveryError))
      log.debug(String((err as Error)?.stack ?? err));
    if (swallow) log.warning(`Email not sent (fail-on-error: false): ${line}`);
    else log.setFailed(line);
    await writeSummary(log, settings, outcome);
  } finally {
    prepared?.close();
  }
}
