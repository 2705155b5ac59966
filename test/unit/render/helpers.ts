// Builders shared by the render unit tests: a runner-like context from a fixture, full Settings.
import { fileURLToPath } from 'node:url';
import { type RunContext, readRunContext } from '../../../src/context.js';
import type { Enrichment } from '../../../src/enrich/types.js';
import type { Settings } from '../../../src/inputs/index.js';

/** Path of an event fixture. */
export const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/events/${name}.json`, import.meta.url));

/** What the runner sets for a step of octo-org/octo-repo, with the ref the event implies. */
export function runnerEnv(
  eventName: string,
  file = eventName,
  overrides: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv {
  const refs: Record<string, [string, string, string]> = {
    release: ['refs/tags/v2.3.0', 'v2.3.0', 'tag'],
    pull_request: ['refs/pull/1347/merge', '1347/merge', ''],
  };
  const [ref, refName, refType] = refs[eventName] ?? ['refs/heads/main', 'main', 'branch'];
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: fixture(file),
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'build',
    GITHUB_RUN_ID: '1658821493',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'monalisa',
    GITHUB_REF: ref,
    GITHUB_REF_NAME: refName,
    GITHUB_REF_TYPE: refType,
    GITHUB_SHA: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
    GITHUB_WORKSPACE: '/nonexistent/workspace',
    RUNNER_TEMP: '/nonexistent/temp',
    ...overrides,
  };
}

/** The run context for an event fixture. */
export function contextFor(
  eventName: string,
  file = eventName,
  overrides: NodeJS.ProcessEnv = {},
): RunContext {
  return readRunContext(runnerEnv(eventName, file, overrides));
}

/** Settings as getSettings would return them for a minimal configuration, with overrides. */
export function settingsWith(overrides: Partial<Settings> = {}): Settings {
  return {
    username: 'ci-bot@gmail.com',
    auth: { kind: 'app-password', user: 'ci-bot@gmail.com', password: 'abcdefghijklmnop' },
    transport: 'smtp',
    smtp: { host: 'smtp.gmail.com', port: 465, security: 'tls' },
    gmailApiUrl: 'https://gmail.googleapis.com',
    to: [{ name: '', address: 'team@example.com' }],
    cc: [],
    bcc: [],
    replyTo: [],
    bodyFormat: 'markdown',
    attachments: [],
    ifNoFilesFound: 'warn',
    priority: 'normal',
    headers: [],
    status: 'success',
    notifyWhen: ['always'],
    details: true,
    logLines: 30,
    junitFiles: [],
    githubToken: '',
    authorRecipients: 'none',
    authorDomains: [],
    retries: 3,
    timeoutSeconds: 120,
    dryRun: false,
    templateEnv: [],
    jobSummary: true,
    failOnError: true,
    ...overrides,
  };
}

/** Failure details as the enrich stage fills them. */
export function failureEnrichment(): Enrichment {
  return {
    previous_status: 'success',
    failed_jobs: [
      {
        name: 'test (ubuntu-latest, 20)',
        url: 'https://github.com/octo-org/octo-repo/actions/runs/1658821493/job/4711',
        conclusion: 'failure',
        in_progress: false,
        failed_steps: [
          {
            name: 'Run npm test',
            number: 5,
            url: 'https://github.com/octo-org/octo-repo/actions/runs/1658821493/job/4711#step:5:1',
          },
        ],
        log_excerpt:
          'FAIL test/math.test.ts > adds\nAssertionError: expected 3 to be 4\nError: Process completed with exit code 1.',
      },
    ],
    tests: {
      total: 120,
      passed: 115,
      failed: 3,
      skipped: 2,
      failures: [{ suite: 'math', name: 'adds', message: 'expected 3 to be 4' }],
      more: 2,
    },
  };
}
