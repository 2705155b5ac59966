import addressparser, { type Address } from 'nodemailer/lib/addressparser';
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

function flatten(list: Address[]): Mailbox[] {
  const out: Mailbox[] = [];
  for (const a of list) {
    if (a.group) out.push(...flatten(a.group));
    else out.push({ name: a.name ?? '', address: a.address ?? '' });
  }
  return out;
}

/**
 * Parses an address list input. Entries are separated by commas, semicolons or newlines and may
 * carry display names (`"Dev Team" <dev@example.com>`). Any entry that is not a valid address is
 * an InputError naming the input and the entry.
 */
export function parseAddressList(input: string, value: string): Mailbox[] {
  if (!value.trim()) return [];
  const parsed = flatten(addressparser(value.replace(/\r?\n/g, ','), { flatten: true }));
  const out: Mailbox[] = [];
  for (const m of parsed) {
    const address = m.address.trim();
    const name = m.name.replace(/[\r\n]+/g, ' ').trim();
    if (!address && !name) continue;
    if (!isValidAddress(address)) {
      const shown = address || name;
      throw new InputError(
        input,
        `Input \`${input}\` has an invalid email address: "${shown.slice(0, 120)}". Use name@example.com or "Name" <name@example.com>, separated by commas, semicolons or new lines.`,
      );
    }
    out.push({ name, address });
  }
  return out;
}

/** The bare address in lower case, for comparing and removing duplicates. */
export function addressKey(address: string): string {
  return address.trim().toLowerCase();
}
