// One run of the bundled action against its own Gmail-like SMTP server and GitHub REST look-alike
// (GITHUB_API_URL), shared by the end-to-end files that test what the action reads from the API.

import { type ParsedMail, simpleParser } from 'mailparser';
import {
  type GitHubApiServerOptions,
  type RunningGitHubApiServer,
  startGitHubApiServer,
} from '../servers/github-api.mjs';
import { type RunningSmtpServer, startSmtpServer } from '../servers/smtp.mjs';
import { type ActionRun, assertNoSecrets, authPlainBase64, cleanupRun, runAction } from './harness.js';

const USER = 'ci-bot@example.com';
const APP_PASSWORD = 'wxyz abcd efgh ijkl';
const GH_TOKEN = 'ghs_E2eGitHubTokenForApiRuns0123456789ab';

export interface GitHubRun {
  smtp: RunningSmtpServer;
  api: RunningGitHubApiServer;
  run: ActionRun;
  /** The envelope recipients of the first message received, sorted. */
  rcptTo: string[];
  mail?: ParsedMail;
}

export interface GitHubRunOptions {
  inputs: Record<string, string>;
  api: GitHubApiServerOptions;
  env?: Record<string, string>;
  eventName?: string;
  event?: object;
  jobStatus?: string;
  workspaceFiles?: Record<string, string>;
}

/**
 * Runs the action with an App Password against both servers, each closed when the run ends (cases
 * may run concurrently); the run's folders are removed by `cleanups`. Checks that no secret leaked.
 */
export async function runWithGitHubApi(
  opts: GitHubRunOptions,
  cleanups: Array<() => Promise<void>>,
): Promise<GitHubRun> {
  const smtp = await startSmtpServer({
    security: 'tls',
    users: { [USER]: { password: APP_PASSWORD.replace(/ /g, '') } },
  });
  const api = await startGitHubApiServer({ token: GH_TOKEN, ...opts.api });
  let run: ActionRun;
  try {
    run = await runAction({
      inputs: {
        username: USER,
        'app-password': APP_PASSWORD,
        to: 'team@example.com',
        'smtp-host': '127.0.0.1',
        'smtp-port': String(smtp.port),
        'smtp-security': 'tls',
        retries: '0',
        'timeout-seconds': '30',
        ...opts.inputs,
      },
      githubToken: GH_TOKEN,
      eventName: opts.eventName ?? 'push',
      event: opts.event,
      jobStatus: opts.jobStatus,
      workspaceFiles: opts.workspaceFiles,
      env: { GITHUB_API_URL: api.url, ...opts.env },
    });
  } finally {
    await Promise.all([smtp.close(), api.close()]);
  }
  cleanups.push(() => cleanupRun(run));
  assertNoSecrets(run, [
    APP_PASSWORD,
    APP_PASSWORD.replace(/ /g, ''),
    GH_TOKEN,
    authPlainBase64(USER, APP_PASSWORD.replace(/ /g, '')),
  ]);
  const received = smtp.received[0];
  return {
    smtp,
    api,
    run,
    rcptTo: received ? [...received.envelope.rcptTo].sort() : [],
    mail: received ? await simpleParser(received.raw) : undefined,
  };
}
