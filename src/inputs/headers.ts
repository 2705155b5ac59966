/** The header inputs: `headers` and `in-reply-to`. */
import { InputError } from '../errors.js';
import { Input } from './names.js';

/**
 * Headers the action writes itself, with what to do instead. A user line for one of them would
 * either duplicate it (List-Id, X-GitHub-*, the priority headers) or be dropped by the composer in
 * favour of the action's own (Reply-To, In-Reply-To, References): both are refused, never ignored.
 */
const RESERVED_HEADERS = new Map<string, string>([
  ...(['from', 'to', 'cc', 'bcc', 'subject', 'reply-to'] as const).map(
    (input) => [input, `use the action's own input \`${input}\``] as [string, string],
  ),
  ['sender', "use the action's own input `from`"],
  ['x-priority', "use the action's own input `priority`"],
  ['x-msmail-priority', "use the action's own input `priority`"],
  ['importance', "use the action's own input `priority`"],
  ['in-reply-to', "use the action's own input `in-reply-to` (it sets References too)"],
  ['references', "use the action's own input `in-reply-to` (it sets References too)"],
  ...[
    'List-Id',
    'X-GitHub-Repository',
    'X-GitHub-Workflow',
    'X-GitHub-Event',
    'X-GitHub-Status',
    'X-GitHub-Run-URL',
  ].map(
    (name) =>
      [
        name.toLowerCase(),
        `the action sets ${name} on every message for recipients' filters; give yours another name (e.g. X-Team)`,
      ] as [string, string],
  ),
  ...['date', 'message-id', 'mime-version', 'content-type', 'content-transfer-encoding'].map(
    (name) => [name, 'the action sets it'] as [string, string],
  ),
]);

/** The `headers` input: one `Name: value` per line; headers the action sets itself are refused. */
export function parseHeaders(value: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const line of value.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const m = /^([!-9;-~]+):\s?(.*)$/.exec(line.trim());
    if (!m) {
      throw new InputError(
        Input.Headers,
        `Input \`headers\` has a line that is not \`Name: value\`: "${line.trim().slice(0, 80)}". Write one header per line.`,
      );
    }
    const name = m[1]!;
    const instead = RESERVED_HEADERS.get(name.toLowerCase());
    if (instead) {
      throw new InputError(Input.Headers, `Input \`headers\` may not set ${name}: ${instead}.`);
    }
    out.push([name, m[2]!]);
  }
  return out;
}

/** The `in-reply-to` input as `<id@host>`, undefined when empty. */
export function messageIdInput(value: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  const bare = v.replace(/^<|>$/g, '');
  if (!/^[^\s<>@]+@[^\s<>@]+$/.test(bare)) {
    throw new InputError(
      Input.InReplyTo,
      `Input \`in-reply-to\` must be a Message-ID like <abc123@mail.gmail.com>; got "${v.slice(0, 80)}".`,
    );
  }
  return `<${bare}>`;
}
