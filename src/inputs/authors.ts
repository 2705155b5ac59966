/** Who else is mailed: `author-recipients` and the `author-domains` allowlist. */
import { domainToASCII } from 'node:url';
import { InputError } from '../errors.js';
import { Input } from './names.js';
import { oneOf, splitList } from './parse.js';
import type { Settings } from './types.js';

/** Where a domain entry fails, for the input error; undefined when it is a usable domain. */
function domainProblem(ascii: string): string | undefined {
  const labels = ascii.split('.');
  if (labels.length < 2)
    return 'a domain needs a dot (example.com), or every address in a top-level domain would pass';
  if (!labels.every((l) => /^(?!-)[a-z0-9-]{1,63}(?<!-)$/.test(l))) return 'not a domain name';
  if (/^\d+$/.test(labels.at(-1)!)) return 'not a domain name';
  return undefined;
}

/**
 * The `author-domains` input as lower-case ASCII domains. `@example.com` and `*.example.com` are
 * taken as `example.com` (subdomains are always admitted). Returns the entry and why it is not a
 * domain for the first bad one, so the caller can name the input.
 */
export function parseAuthorDomains(
  entries: readonly string[],
): { domains: string[] } | { bad: string; why: string } {
  const domains: string[] = [];
  for (const entry of entries) {
    const bare = entry
      .trim()
      .replace(/^\*?\.|^@/, '')
      .replace(/\.$/, '');
    const ascii = domainToASCII(bare.toLowerCase());
    const why = ascii ? domainProblem(ascii) : 'not a domain name';
    if (why) return { bad: entry.trim(), why };
    if (!domains.includes(ascii)) domains.push(ascii);
  }
  return { domains };
}

/**
 * `author-recipients` and `author-domains`: the domains are required with `culprits`, since commit
 * addresses are whatever the committer wrote (a fork's pull request included).
 */
export function authorInputs(
  recipients: string,
  domainsValue: string,
): Pick<Settings, 'authorRecipients' | 'authorDomains'> {
  const authorRecipients = oneOf(Input.AuthorRecipients, recipients, ['none', 'culprits'] as const, 'none');
  const parsed = parseAuthorDomains(splitList(domainsValue));
  if ('bad' in parsed) {
    throw new InputError(
      Input.AuthorDomains,
      `Input \`author-domains\` has "${parsed.bad.slice(0, 80)}": ${parsed.why}. List the domains whose addresses may be mailed, e.g. \`author-domains: example.com\`.`,
    );
  }
  if (authorRecipients === 'culprits' && !parsed.domains.length) {
    throw new InputError(
      Input.AuthorDomains,
      'Input `author-domains` is required with `author-recipients: culprits`: list the domains whose commit addresses may be mailed (e.g. `author-domains: example.com`). Anyone can put any address in a commit, so only these domains (and their subdomains) are mailed.',
    );
  }
  return { authorRecipients, authorDomains: parsed.domains };
}
