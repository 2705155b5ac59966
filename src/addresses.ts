import { domainToASCII } from 'node:url';
import { InputError } from './errors.js';

/** One mailbox: an optional display name and a bare address. */
export interface Mailbox {
  name: string;
  address: string;
}

// Deliberately strict: a mistyped address should fail before we connect, not bounce later.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const DOMAIN_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

/** True for an address Gmail will accept as a recipient: `local@domain.tld` (unicode domains allowed). */
export function isValidAddress(address: string): boolean {
  if (address.length > 254 || /[\s\r\n]/.test(address)) return false;
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (
    local.length > 64 ||
    !LOCAL.test(local) ||
    local.startsWith('.') ||
    local.endsWith('.') ||
    local.includes('..')
  )
    return false;
  let ascii: string;
  try {
    ascii = new URL(`http://${domain}`).hostname;
  } catch {
    return false;
  }
  const labels = ascii.split('.');
  return labels.length >= 2 && labels.every((l) => DOMAIN_LABEL.test(l)) && !/^\d+$/.test(labels.at(-1)!);
}

/**
 * Splits a list into entries on commas, semicolons and line breaks, except for commas and
 * semicolons inside a quoted display name or angle brackets (`"Doe, Jane" <jane@example.com>`).
 */
export function splitAddressEntries(value: string): string[] {
  const entries: string[] = [];
  let current = '';
  let quoted = false;
  let angle = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\r' || c === '\n') {
      entries.push(current);
      current = '';
      quoted = false;
      angle = false;
      continue;
    }
    if (quoted && c === '\\' && i + 1 < value.length) {
      current += c + value[++i];
      continue;
    }
    if (c === '"' && !angle) quoted = !quoted;
    else if (!quoted && c === '<') angle = true;
    else if (!quoted && c === '>') angle = false;
    if (!quoted && !angle && (c === ',' || c === ';')) {
      entries.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  entries.push(current);
  return entries.map((e) => e.trim()).filter(Boolean);
}

// `Name <addr>` or `"Name" <addr>`; anything else must be a bare address.
const NAMED = /^(?:"((?:[^"\\]|\\.)*)"|([^<>"]*?))\s*<([^<>]*)>$/;

/** One entry: a bare address, or a display name with the address in angle brackets. */
function parseEntry(entry: string): Mailbox | undefined {
  if (!/[<>"]/.test(entry)) return isValidAddress(entry) ? { name: '', address: entry } : undefined;
  const m = NAMED.exec(entry);
  if (!m) return undefined;
  const address = m[3]!.trim();
  if (!isValidAddress(address)) return undefined;
  // An unquoted name with an @ is a second address run into this one, not a name to show.
  if (m[2]?.includes('@')) return undefined;
  const raw = m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]!;
  // Control characters (NUL, ESC…) in a display name are mangled or hidden by mail clients.
  if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(raw)) return undefined;
  const name = raw.replace(/\s+/g, ' ').trim();
  return { name, address };
}

/**
 * Parses an address list input. Entries are separated by commas, semicolons or newlines and may
 * carry display names (`"Dev Team" <dev@example.com>`). Any entry that is not a valid address is
 * an InputError naming the input and the entry; in particular two addresses without a separator
 * between them are refused rather than one being taken for the other's display name.
 */
export function parseAddressList(input: string, value: string): Mailbox[] {
  const out: Mailbox[] = [];
  for (const [i, entry] of splitAddressEntries(value).entries()) {
    const mailbox = parseEntry(entry);
    if (!mailbox) {
      // A Bcc address stays out of the log (public in a public repository): its position instead.
      const which =
        input === 'bcc' ? ` (entry ${i + 1}; Bcc addresses are not shown)` : `: "${entry.slice(0, 120)}"`;
      throw new InputError(
        input,
        `Input \`${input}\` has an invalid email address${which}. Use name@example.com or "Name" <name@example.com>, separated by commas, semicolons or new lines.`,
      );
    }
    out.push(mailbox);
  }
  return out;
}

/** The bare address in lower case, for comparing and removing duplicates. */
export function addressKey(address: string): string {
  const a = address.trim();
  const at = a.lastIndexOf('@');
  // A unicode domain and its punycode form are one mailbox (the envelope carries punycode).
  const domain = at >= 0 ? domainToASCII(a.slice(at + 1)) || a.slice(at + 1) : '';
  return (at >= 0 ? `${a.slice(0, at)}@${domain}` : a).toLowerCase();
}
