/**
 * Who of the commit authors may be mailed (`author-recipients: culprits`): pure rules, no I/O.
 *
 * Commit addresses are written by whoever makes the commit (a fork's pull request included), so an
 * address is mailed only when its domain is on the `author-domains` allowlist; GitHub's noreply
 * addresses never are. Loaded on every run (main.ts), so it imports nothing heavy; the
 * `author-domains` input itself is read in inputs/authors.ts.
 */
import { addressKey, isValidAddress } from '../addresses.js';

/** A commit as the author lookup needs it: who wrote it and its message (for co-author trailers). */
export interface CommitData {
  authorName: string;
  authorEmail: string;
  message: string;
}

/** Someone who wrote or co-wrote a commit. */
export interface Person {
  name: string;
  email: string;
}

/** How many author addresses were left out, by reason. */
export interface DroppedAuthors {
  /** Outside `author-domains`. */
  outside: number;
  /** GitHub noreply addresses (`…@users.noreply.github.com`, `noreply@github.com`). */
  noreply: number;
  /** Not a valid email address. */
  invalid: number;
  /** Over the cap of 20 added (or the 100 recipients Gmail accepts per message). */
  overCap: number;
}

/** At most this many authors are added to `To`. */
export const MAX_AUTHORS = 20;

/** The domain of an address, lower-case ASCII (punycode for a unicode domain). */
function domainOf(address: string): string {
  const key = addressKey(address);
  return key.slice(key.lastIndexOf('@') + 1);
}

/** True when the address is in one of `domains` or a subdomain of one (`dev.example.com`, not `badexample.com`). */
export function inDomains(address: string, domains: readonly string[]): boolean {
  const domain = domainOf(address);
  return domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/**
 * True for GitHub's noreply addresses: `ID+login@users.noreply.github.com` (and the same on
 * Enterprise hosts, `users.noreply.<host>`) and `noreply@github.com`, the committer of web merges.
 */
export function isNoreply(address: string): boolean {
  const key = addressKey(address);
  const domain = domainOf(address);
  return domain.startsWith('users.noreply.') || key === 'noreply@github.com';
}

// `Co-authored-by: Name <email>` on a line of its own; the key is case-insensitive, as git's trailers.
const CO_AUTHOR = /^[ \t]*co-authored-by:[ \t]*([^<>\r\n]*?)[ \t]*<([^<>\s]+)>[ \t]*$/gim;

/** The co-authors named in a commit message's `Co-authored-by: Name <email>` trailers. */
export function coAuthors(message: string): Person[] {
  const out: Person[] = [];
  for (const m of message.matchAll(CO_AUTHOR)) out.push({ name: m[1]!.trim(), email: m[2]!.trim() });
  return out;
}

/** Every author and co-author of the commits, in commit order, each address once (case-insensitive). */
export function peopleOf(commits: readonly CommitData[]): Person[] {
  const seen = new Set<string>();
  const out: Person[] = [];
  const add = (p: Person): void => {
    const email = p.email.trim();
    if (!email) return;
    const key = addressKey(email);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ name: oneLineName(p.name), email });
  };
  for (const c of commits) {
    add({ name: c.authorName, email: c.authorEmail });
    for (const p of coAuthors(c.message)) add(p);
  }
  return out;
}

/** A display name from a commit, made one short line: it comes from whoever wrote the commit. */
function oneLineName(name: string): string {
  return name
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
}

/** The authors to add to `To`, the ones already among the recipients, and the ones left out. */
export interface AuthorSelection {
  added: Person[];
  /** Authors already in to, cc or bcc: they get the message anyway. */
  already: number;
  dropped: DroppedAuthors;
}

/**
 * Picks the authors to mail: valid addresses, not GitHub noreply, inside `domains`; those already
 * among `existing` (to, cc and bcc) are not added again; at most `cap` are added (MAX_AUTHORS, less
 * when the message would otherwise pass Gmail's 100 recipients). The rest are counted by reason.
 */
export function selectAuthors(
  people: readonly Person[],
  domains: readonly string[],
  existing: readonly string[],
  cap: number = MAX_AUTHORS,
): AuthorSelection {
  const present = new Set(existing.map(addressKey));
  const dropped: DroppedAuthors = { outside: 0, noreply: 0, invalid: 0, overCap: 0 };
  const added: Person[] = [];
  let already = 0;
  for (const p of people) {
    if (!isValidAddress(p.email)) dropped.invalid++;
    else if (isNoreply(p.email)) dropped.noreply++;
    else if (!inDomains(p.email, domains)) dropped.outside++;
    else if (present.has(addressKey(p.email))) already++;
    else if (added.length >= Math.max(0, cap)) dropped.overCap++;
    else {
      present.add(addressKey(p.email));
      added.push(p);
    }
  }
  return { added, already, dropped };
}

/** `3 outside author-domains, 1 GitHub noreply`: the drops that happened, or '' when none did. */
export function droppedSummary(d: DroppedAuthors, cap: number = MAX_AUTHORS): string {
  return [
    d.outside ? `${d.outside} outside \`author-domains\`` : '',
    d.noreply ? `${d.noreply} GitHub noreply` : '',
    d.invalid ? `${d.invalid} not a valid address` : '',
    d.overCap
      ? cap < MAX_AUTHORS
        ? `${d.overCap} over the cap (room for ${cap} within Gmail's 100 recipients)`
        : `${d.overCap} over the cap of ${cap}`
      : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** What the author lookup found, as authorsLine() reports it. */
export interface AuthorsFound extends AuthorSelection {
  /** Where the commits came from: `since the last successful run (abc1234)`, `of the push`… */
  source: string;
  /** How many commits were read. */
  commits: number;
  /** How many could be added at most on this run. */
  cap: number;
}

/**
 * One line for the log and the step summary: whom the commits added and how many were left out, by
 * reason (`Commit authors of the push (3 commits): added a@example.com; dropped 1 GitHub noreply.`).
 */
export function authorsLine(a: AuthorsFound): string {
  const head = `Commit authors ${a.source} (${a.commits} commit${a.commits === 1 ? '' : 's'})`;
  const parts = [
    a.added.length ? `added ${a.added.map((p) => p.email).join(', ')}` : 'none added',
    a.already ? `${a.already} already a recipient` : '',
  ].filter(Boolean);
  const dropped = droppedSummary(a.dropped, a.cap);
  return `${head}: ${parts.join('; ')}${dropped ? `; dropped ${dropped}` : ''}.`;
}

/** The settings with the added authors at the end of `To`, as bare addresses. */
export function withAuthors<S extends { to: Array<{ name: string; address: string }> }>(
  settings: S,
  added: readonly Person[],
): S {
  // No display name: a commit's name is whatever its author typed, and could pose as another header
  // text (an encoded-word) in To; the address alone is what the allowlist vetted.
  return { ...settings, to: [...settings.to, ...added.map((p) => ({ name: '', address: p.email }))] };
}
