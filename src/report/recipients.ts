import { addressKey } from '../addresses.js';
import type { Core } from '../core.js';
import type { Settings } from '../inputs/index.js';

/**
 * Whom the message is addressed to, as bare addresses. The step summary and the log are public in a
 * public repository: they name To and Cc, and only count Bcc (see `hideBcc`).
 */
export interface Recipients {
  to: string[];
  cc: string[];
  bcc: string[];
  /**
   * The Bcc addresses replaced in lines said (hideBcc): all but the sender's own, which From shows
   * anyway and which sign-in errors name.
   */
  hidden: string[];
}

/** The recipients of the settings, known as soon as the inputs are parsed (before any rendering). */
export function recipientsOf(settings: Settings): Recipients {
  const bare = (list: Settings['to']): string[] => list.map((m) => m.address);
  const sender = new Set([settings.username, settings.from?.address ?? ''].filter(Boolean).map(addressKey));
  const bcc = bare(settings.bcc);
  return {
    to: bare(settings.to),
    cc: bare(settings.cc),
    bcc,
    hidden: bcc.filter((a) => !sender.has(addressKey(a))),
  };
}

/** What stands in a public line for a Bcc address. */
export const BCC_PLACEHOLDER = '[Bcc recipient]';

// What can stand right before an address without being part of it is anything but these: quotes,
// `=`, `/`, brackets and the like delimit an address in server replies (`rcpt='x@y'`, `<x@y>`).
const ADDRESS_CHAR = '[A-Za-z0-9._%+-]';

/**
 * The line with every Bcc address replaced by a placeholder: the log and the step summary are
 * public in a public repository, and a Bcc recipient is meant to stay unseen. Server replies and
 * refusal lists name recipients, so every line said is passed through this once the inputs are known.
 */
export function hideBcc(line: string, bcc: readonly string[]): string {
  if (!bcc.length) return line;
  // The envelope (and so a server's reply) carries a unicode domain as punycode: both forms.
  const forms = new Set(bcc.flatMap((a) => [a, addressKey(a)]));
  const escaped = [...forms]
    .sort((x, y) => y.length - x.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Whole addresses only: not `x@example.com` inside `ax@example.com` or `x@example.com.au`.
  const pattern = new RegExp(
    `(?<!${ADDRESS_CHAR})(?:${escaped.join('|')})(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`,
    'gi',
  );
  return line.replace(pattern, BCC_PLACEHOLDER);
}

/** `a@example.com, b@example.com + 2 Bcc`: the addresses, Bcc ones only counted. */
export function listWithBccCounted(addresses: readonly string[], bcc: readonly string[]): string {
  const hidden = new Set(bcc.map(addressKey));
  const shown = addresses.filter((a) => !hidden.has(addressKey(a)));
  const counted = addresses.length - shown.length;
  if (!counted) return shown.join(', ');
  return shown.length ? `${shown.join(', ')} + ${counted} Bcc` : `${counted} Bcc`;
}

/**
 * The same runner, with every Bcc address in what it logs replaced (hideBcc): the log is public in a
 * public repository, and server replies, refusal lists and retry lines name recipients.
 */
export function hidingBcc(log: Core, bcc: readonly string[], env: NodeJS.ProcessEnv): Core {
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
