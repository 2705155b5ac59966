/**
 * The inputs room: the only place that reads inputs. One reader per concern (delivery and sign-in,
 * recipients, notify-when, message, authors), composed here into a typed, validated Settings.
 */
import { authorInputs } from './authors.js';
import { readDelivery } from './delivery.js';
import { maskingOnce, maskSecret } from './mask.js';
import { readMessage, templateEnvInput } from './message.js';
import { Input } from './names.js';
import { notifyWhenInput, statusInput } from './notify.js';
import { bool, int, splitList } from './parse.js';
import { readRecipients } from './recipients.js';
import type { InputSource, Settings } from './types.js';

export { maskSecret } from './mask.js';
export { Input, Output } from './names.js';
export { splitList } from './parse.js';
export { parseServiceAccountKey } from './service-account-key.js';
export * from './types.js';
export { appPasswordWarning, senderWarning } from './warnings.js';

/**
 * Reads and validates every input. Secrets are masked the moment they are read. Throws InputError
 * (one clear line naming the input) on anything invalid; inputs are checked in a fixed order, so
 * the first problem named is always the same one.
 */
export function getSettings(input: InputSource): Settings {
  const source = maskingOnce(input);
  const get = (n: string): string => source.getInput(n);
  // Any token given for the GitHub API is a secret too.
  const githubToken = get(Input.GithubToken).trim();
  maskSecret(source, githubToken);

  const delivery = readDelivery(source);
  const recipients = readRecipients(source, delivery.username, delivery.smtp.host);
  const notifyWhen = notifyWhenInput(get(Input.NotifyWhen));
  const status = statusInput(get(Input.Status));
  const message = readMessage(source);
  return {
    ...delivery,
    ...recipients,
    ...message,
    status,
    notifyWhen,
    details: bool(Input.Details, get(Input.Details), true),
    logLines: int(Input.LogLines, get(Input.LogLines), 30, 0, 1000),
    junitFiles: splitList(get(Input.JunitFiles)),
    githubToken,
    ...authorInputs(get(Input.AuthorRecipients), get(Input.AuthorDomains)),
    retries: int(Input.Retries, get(Input.Retries), 3, 0, 10),
    timeoutSeconds: int(Input.TimeoutSeconds, get(Input.TimeoutSeconds), 120, 1, 3600),
    dryRun: bool(Input.DryRun, get(Input.DryRun), false),
    emlPath: get(Input.EmlPath).trim() || undefined,
    templateEnv: templateEnvInput(get(Input.TemplateEnv)),
    jobSummary: bool(Input.JobSummary, get(Input.JobSummary), true),
    failOnError: bool(Input.FailOnError, get(Input.FailOnError), true),
  };
}
