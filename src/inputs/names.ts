/**
 * Every input and output name of action.yml, in one place (as actions/setup-node keeps its
 * constants), so a reader and a writer cannot drift apart by a typo; test/unit/inputs/names.test.ts
 * checks them against action.yml.
 */

/** The names of the action's inputs. */
export const Input = {
  Username: 'username',
  AppPassword: 'app-password',
  Password: 'password',
  OAuthClientId: 'oauth-client-id',
  OAuthClientSecret: 'oauth-client-secret',
  OAuthRefreshToken: 'oauth-refresh-token',
  OAuthScope: 'oauth-scope',
  OAuthAccessToken: 'oauth-access-token',
  ServiceAccountKey: 'service-account-key',
  OAuthTokenUrl: 'oauth-token-url',
  Transport: 'transport',
  SmtpHost: 'smtp-host',
  SmtpPort: 'smtp-port',
  SmtpSecurity: 'smtp-security',
  GmailApiUrl: 'gmail-api-url',
  From: 'from',
  To: 'to',
  Cc: 'cc',
  Bcc: 'bcc',
  ReplyTo: 'reply-to',
  Subject: 'subject',
  Body: 'body',
  BodyFile: 'body-file',
  BodyFormat: 'body-format',
  Attachments: 'attachments',
  IfNoFilesFound: 'if-no-files-found',
  Priority: 'priority',
  Headers: 'headers',
  InReplyTo: 'in-reply-to',
  Status: 'status',
  NotifyWhen: 'notify-when',
  Details: 'details',
  LogLines: 'log-lines',
  JunitFiles: 'junit-files',
  GithubToken: 'github-token',
  AuthorRecipients: 'author-recipients',
  AuthorDomains: 'author-domains',
  Retries: 'retries',
  TimeoutSeconds: 'timeout-seconds',
  DryRun: 'dry-run',
  EmlPath: 'eml-path',
  TemplateEnv: 'template-env',
  JobSummary: 'job-summary',
  FailOnError: 'fail-on-error',
} as const;

/** The names of the action's outputs. */
export const Output = {
  Sent: 'sent',
  SkippedReason: 'skipped-reason',
  MessageId: 'message-id',
  Accepted: 'accepted',
  Rejected: 'rejected',
  Subject: 'subject',
  EmlPath: 'eml-path',
  GmailId: 'gmail-id',
  ThreadId: 'thread-id',
} as const;

/** One input name. */
export type InputName = (typeof Input)[keyof typeof Input];
