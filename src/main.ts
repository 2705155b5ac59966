import { resolve } from 'node:path';
import { setImmediate as afterIo } from 'node:timers/promises';
import { type RunContext, readRunContext } from './context.js';
import { type Core, withLineMasking } from './core.js';
import { type Decision, type PreviousConclusion, shouldNotify } from './decide/notify-when.js';
import { type RunStatus, runStatus, type WatchedRun } from './decide/status.js';
import { type Delivery, prepareDelivery } from './deliver/index.js';
import { authorsLine, withAuthors } from './enrich/author-filter.js';
import { enrich } from './enrich/index.js';
import { type GitHubLookups, gitHubLookups } from './enrich/lookups.js';
import { oneLine } from './errors.js';
import { checkProxyEnv, proxySecrets } from './http.js';
import { mayHaveForeignInputs } from './inputs/foreign-probe.js';
import { appPasswordWarning, getSettings, type Settings, senderWarning } from './inputs/index.js';
import { Input } from './inputs/names.js';
import { attachmentWarnings, findAttachments } from './render/attachments.js';
import { renderContent } from './render/content.js';
import { report } from './report/index.js';
import {
  dryRunOutcome,
  failedOutcome,
  type Known,
  type Outcome,
  sentOutcome,
  skippedOutcome,
} from './report/outcome.js';
import { hidingBcc, recipientsOf } from './report/recipients.js';
import { Deadline } from './retry.js';

export type { Core } from './core.js';

/** What the entry point (src/action.ts) adds to a run: the last-resort watchdog. */
export interface RunHooks {
  /** Called once the step's time limit is known, with the log that hides Bcc. */
  watchdog?(timeoutSeconds: number, log: Core): void;
}

/** What the run knows before it decides: the event, the status it reports, the time it has. */
interface Facts {
  ctx: RunContext;
  /** The status to report (runStatus): the watched run's for `workflow_run`, else the input. */
  reported: RunStatus;
  /** Where `eml-path` is written, confined (report/eml.ts); refused before anything is contacted. */
  emlTarget?: string;
  deadline: Deadline;
  /** The run's one GitHub client, for the previous run and for enrich. */
  github: GitHubLookups;
}

/** The run so far: the log to use, and what a failure reports (Known). */
interface RunState {
  log: Core;
  settings?: Settings;
  known: Known;
  delivery?: Delivery;
}

/** Runs the action: settings → facts → decide → notify (enrich → render → deliver) → report once. */
export async function run(
  core: Core,
  env: NodeJS.ProcessEnv = process.env,
  hooks: RunHooks = {},
): Promise<void> {
  const start = Date.now();
  const runnerCore = withLineMasking(core);
  // The proxy's password is in the environment, not an input: masked before any request.
  for (const secret of proxySecrets(env)) runnerCore.setSecret(secret);
  const state: RunState = { log: runnerCore, known: { status: 'unknown' } };
  let outcome: Outcome;
  try {
    const settings = await readSettings(runnerCore, env);
    state.settings = settings;
    state.known = { status: settings.status, recipients: recipientsOf(settings) };
    state.log = hidingBcc(runnerCore, state.known.recipients?.hidden ?? [], env);
    hooks.watchdog?.(settings.timeoutSeconds, state.log);
    const facts = await readFacts(settings, env, Deadline.after(settings.timeoutSeconds, start), state.log);
    state.known.status = facts.reported.status;
    const decided = await decideRun(settings, facts, state);
    outcome = 'outcome' in decided ? decided.outcome : await notify(settings, facts, decided, state, env);
  } catch (err) {
    outcome = failedOutcome(state.known, err, state.settings?.failOnError ?? true);
  } finally {
    state.delivery?.close();
  }
  await report(state.log, outcome, state.settings?.jobSummary ?? true);
}

/** The settings, after the environment checks that come before any input is read. */
async function readSettings(log: Core, env: NodeJS.ProcessEnv): Promise<Settings> {
  checkProxyEnv(env);
  // Before any input is read: a step written for dawidd6/action-send-mail must not silently go to Gmail.
  if (mayHaveForeignInputs(env)) (await import('./inputs/foreign-inputs.js')).refuseForeignInputs(env);
  return getSettings(log);
}

/** The watched workflow's name is outside text: one line, so it cannot start a workflow command. */
function runName(w: WatchedRun): string {
  return `${oneLine(w.workflow, 200) || 'the watched workflow'}${w.run_number ? ` run #${w.run_number}` : ''}`;
}

async function readFacts(
  settings: Settings,
  env: NodeJS.ProcessEnv,
  deadline: Deadline,
  log: Core,
): Promise<Facts> {
  const ctx = readRunContext(env);
  // Its own chunk: most runs write no .eml.
  const emlTarget = settings.emlPath
    ? (await import('./report/eml.js')).resolveForWriting(Input.EmlPath, settings.emlPath, {
        workspace: ctx.workspace,
        runnerTemp: ctx.runner_temp,
      })
    : undefined;
  const reported = runStatus(settings.status, ctx);
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
  return { ctx, reported, emlTarget, deadline, github: gitHubLookups(settings, ctx, deadline) };
}

/** To send (or render, on a dry run), with the decision; or the skip outcome. */
type Decided = { outcome: Outcome } | { decision: Decision; previous: PreviousConclusion };

async function decideRun(settings: Settings, facts: Facts, state: RunState): Promise<Decided> {
  const { reported } = facts;
  if (reported.pending) {
    const reason = `${runName(reported.pending)} has not completed yet (${reported.pending.conclusion})`;
    const notice = `No email sent: ${reason}. Add \`types: [completed]\` under \`on: workflow_run\` so this workflow runs once it has.`;
    return { outcome: skippedOutcome(state.known, reason, notice) };
  }
  const previous = await facts.github.previousConclusion(settings.notifyWhen, reported.status, state.log);
  const decision = shouldNotify(settings.notifyWhen, reported.status, previous);
  // A dry run goes on to render and check the message notify-when holds back (see dryRunOutcome);
  // a real run stops here, cheaply, with nothing rendered.
  if (!decision.send && !settings.dryRun) {
    const notice = `No email sent: ${decision.reason} (notify-when: ${settings.notifyWhen.join(', ')}).`;
    return { outcome: skippedOutcome(state.known, decision.reason, notice) };
  }
  return { decision, previous };
}

/** Enrich → render → deliver (or stop after rendering, on a dry run): the outcome of a send. */
async function notify(
  settings: Settings,
  facts: Facts,
  decided: { decision: Decision; previous: PreviousConclusion },
  state: RunState,
  env: NodeJS.ProcessEnv,
): Promise<Outcome> {
  const { ctx, deadline, reported } = facts;
  const { log, known } = state;
  for (const warning of [appPasswordWarning(settings), senderWarning(settings)]) {
    if (warning) log.warning(warning);
  }
  // Attachments are found and their total size checked before any server is contacted.
  const roots = { workspace: ctx.workspace, runnerTemp: ctx.runner_temp };
  const found = await findAttachments(
    settings.attachments,
    roots,
    settings.transport,
    settings.ifNoFilesFound,
  );
  for (const warning of attachmentWarnings(found, settings.ifNoFilesFound)) log.warning(warning);
  if (!settings.dryRun) state.delivery = await prepareDelivery(settings, deadline, log);
  // Between the steps below (a few ms of CPU each), the connection opened ahead gets its turn to
  // connect and answer the TLS handshake; run in one go, they held its first packet until the end.
  const ioTurn = (): Promise<void> => (state.delivery ? afterIo() : Promise.resolve());
  await ioTurn();
  // Loaded only now (a chunk of its own, with nodemailer's composer), so a send starts connecting first.
  // Enrich and render are small (their heavy parts load lazily) and part of this chunk: a chunk
  // costs a module load of its own, which measured more than their compile on every run.
  const { composeMessage, withBytesBuilt } = await import('./render/message.js');
  await ioTurn();
  const { previous } = decided;
  const enrichment = await enrich(
    settings,
    ctx,
    { status: reported.status, previous, github: facts.github, deadline },
    log,
  );
  // The message is rendered for the reported status (templates, X-GitHub-Status), not the input's.
  let addressed: Settings = { ...settings, status: reported.status };
  if (enrichment.authors) {
    // `author-recipients: culprits`: the vetted authors join To (the summary says who and why not).
    addressed = withAuthors(addressed, enrichment.authors.added);
    known.recipients = recipientsOf(addressed);
    known.authors = enrichment.authors;
    log.info(authorsLine(enrichment.authors));
  }
  const content = await renderContent(addressed, ctx, enrichment, env);
  for (const warning of content.warnings ?? []) log.warning(warning);
  await ioTurn();
  known.message = composeMessage(addressed, ctx, content, found.files);
  // Built while the server is still greeting, instead of after it; attachments stay streamed.
  if (!settings.dryRun && !found.files.length) known.message = await withBytesBuilt(known.message);
  const message = known.message;
  if (facts.emlTarget && settings.emlPath) {
    // Written before anything is sent: a path that cannot be written stops the step with nothing sent.
    await (await import('./report/eml.js')).writeEml(facts.emlTarget, message);
    known.emlPath = resolve(ctx.workspace, settings.emlPath);
  }
  if (settings.dryRun) {
    const summaryShown = Boolean(process.env.GITHUB_STEP_SUMMARY) && settings.jobSummary;
    return dryRunOutcome(
      { ...known, message },
      decided.decision,
      settings.notifyWhen.join(', '),
      summaryShown,
    );
  }
  if (!state.delivery) throw new Error('delivery was not prepared');
  return sentOutcome({ ...known, message }, await state.delivery.send(message));
}
