/** What the message says and carries: templates, body format, headers,
 * priority, attachments, and the environment variables templates may read. */
import { InputError } from '../errors.js';
import { messageIdInput, parseHeaders } from './headers.js';
import { Input } from './names.js';
import { oneOf, splitList } from './parse.js';
import type { BodyFormat, InputSource, Settings } from './types.js';

/** The message part of Settings. */
export type MessageSettings = Pick<
  Settings,
  | 'subject'
  | 'body'
  | 'bodyFile'
  | 'bodyFormat'
  | 'attachments'
  | 'ifNoFilesFound'
  | 'priority'
  | 'headers'
  | 'inReplyTo'
>;

/**
 * The `template-env` list: environment variable names, never the runner's own (`INPUT_*` holds the
 * inputs, secrets included; `ACTIONS_*` the runner's tokens).
 */
export function templateEnvInput(value: string): string[] {
  const names = [...new Set(splitList(value).flatMap((n) => n.split(/\s+/)))].filter(Boolean);
  for (const name of names) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new InputError(
        Input.TemplateEnv,
        `Input \`template-env\` must list environment variable names (letters, digits, _); got "${name.slice(0, 60)}".`,
      );
    }
    if (/^(INPUT|ACTIONS)_/i.test(name)) {
      throw new InputError(
        Input.TemplateEnv,
        `Input \`template-env\` cannot name ${name.slice(0, 60)}: INPUT_* and ACTIONS_* variables hold inputs and the runner's tokens. Put the value in the step's \`env\` under a name of its own.`,
      );
    }
  }
  return names;
}

/** Reads the message inputs; templates are kept as given (undefined: use the default). */
export function readMessage(source: InputSource): MessageSettings {
  const get = (n: string): string => source.getInput(n);
  return {
    subject: get(Input.Subject) || undefined,
    body: get(Input.Body) || undefined,
    bodyFile: get(Input.BodyFile).trim() || undefined,
    bodyFormat: oneOf<BodyFormat>(
      Input.BodyFormat,
      get(Input.BodyFormat),
      ['markdown', 'html', 'text'],
      'markdown',
    ),
    attachments: splitList(get(Input.Attachments)),
    ifNoFilesFound: oneOf(
      Input.IfNoFilesFound,
      get(Input.IfNoFilesFound),
      ['warn', 'error', 'ignore'] as const,
      'warn',
    ),
    priority: oneOf(Input.Priority, get(Input.Priority), ['high', 'normal', 'low'] as const, 'normal'),
    headers: parseHeaders(get(Input.Headers)),
    inReplyTo: messageIdInput(get(Input.InReplyTo)),
  };
}
