// Property 3: address lists with odd quoting, unicode, comments, groups and CR/LF either parse to
// the recipients a mail client would see, or are refused with one line naming the input. Oracles:
// the generator's own model for well-formed lists; nodemailer's address parser on the raw text;
// and the round trip through our composed message, parsed back by mailparser.

import { domainToASCII } from 'node:url';
import fc from 'fast-check';
import { type AddressObject, simpleParser } from 'mailparser';
import addressparser from 'nodemailer/lib/addressparser';
import { describe, expect, it } from 'vitest';
import { type Mailbox, parseAddressList } from '../../src/addresses.js';
import { readRunContext } from '../../src/context.js';
import { InputError } from '../../src/errors.js';
import { getSettings } from '../../src/inputs/index.js';
import { composeMessage } from '../../src/render/message.js';
import { settingsWith } from '../unit/render/helpers.js';
import { DANGEROUS_FRAGMENTS, fcOptions, NUM_RUNS } from './fc-config.js';

/** One entry of a list, and the mailbox it stands for when it is well-formed. */
interface Entry {
  raw: string;
  intended?: Mailbox;
}

const localPart = fc
  .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''), '.', '_', '+', '-'), {
    minLength: 1,
    maxLength: 12,
  })
  .map((cs) => cs.join(''))
  .filter((s) => /^[a-z0-9_+-]/.test(s) && !s.endsWith('.') && !s.includes('..'));
const domain = fc.constantFrom(
  'example.com',
  'mail.example.org',
  'EXAMPLE.NET',
  'bücher.example',
  'пример.рф',
  'xn--bcher-kva.example',
  'a-b.co',
);
const address = fc.tuple(localPart, domain).map(([l, d]) => `${l}@${d}`);

/** Display names: any unicode (without line breaks or other controls), with the characters quoting must handle. */
const displayName = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.constantFrom(
        '"',
        '\\',
        ',',
        ';',
        '<',
        '>',
        '(',
        ')',
        ':',
        '@',
        ' ',
        'Ünïcødé',
        '\u202e',
        'Doe, Jane',
      ),
    ),
    { maxLength: 5 },
  )
  .map((parts) => parts.join('').replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ''));
const plainName = fc
  .stringMatching(/^[A-Za-z][A-Za-z .'-]{0,15}$/)
  .filter((n) => n.trim() !== '' && !n.includes('..'));

const quote = (name: string): string => `"${name.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
const tidy = (name: string): string => name.replace(/\s+/g, ' ').trim();

const wellFormed: fc.Arbitrary<Entry> = fc.oneof(
  address.map((a) => ({ raw: a, intended: { name: '', address: a } })),
  fc.tuple(displayName, address).map(([n, a]) => ({
    raw: `${quote(n)} <${a}>`,
    intended: { name: tidy(n), address: a },
  })),
  fc.tuple(plainName, address).map(([n, a]) => ({
    raw: `${n} <${a}>`,
    intended: { name: tidy(n), address: a },
  })),
);

const odd: fc.Arbitrary<Entry> = fc.oneof(
  fc.tuple(address, displayName).map(([a, n]) => ({ raw: `${a} (${n})` })),
  fc.tuple(displayName, address, address).map(([n, a, b]) => ({ raw: `${n}: ${a}, ${b};` })),
  fc.tuple(displayName, address).map(([n, a]) => ({ raw: `${quote(n)}\r\n${n} <${a}>` })),
  address.map((a) => ({ raw: `${a}\r\nBcc: x@evil.example` })),
  fc.tuple(address, address).map(([a, b]) => ({ raw: `${a} ${b}` })),
  fc.tuple(address, address).map(([a, b]) => ({ raw: `${a} <${b}>` })),
  fc.tuple(displayName, address).map(([n, a]) => ({ raw: `"${n} <${a}>` })),
  fc.tuple(displayName, address).map(([n, a]) => ({ raw: `${n} <${a}` })),
  fc.tuple(displayName, address).map(([n, a]) => ({ raw: `${quote(n)} <${a}> trailing` })),
  fc.tuple(displayName, address).map(([n, a]) => ({ raw: `${quote(`${n}\u0000`)} <${a}>` })),
  fc.tuple(displayName, address).map(([n, a]) => ({ raw: `${quote(`${n}\t`)} <${a}>` })),
  fc.tuple(fc.constantFrom(...DANGEROUS_FRAGMENTS), address).map(([f, a]) => ({ raw: `${f}${a}` })),
  fc.string({ unit: 'binary', maxLength: 30 }).map((raw) => ({ raw })),
);

const separator = fc.constantFrom(', ', ',', ';', '; ', '\n', '\r\n', ' ,\n');

function list(entry: fc.Arbitrary<Entry>): fc.Arbitrary<{ raw: string; entries: Entry[] }> {
  return fc
    .tuple(
      fc.array(entry, { minLength: 1, maxLength: 5 }),
      fc.array(separator, { minLength: 5, maxLength: 5 }),
    )
    .map(([entries, seps]) => ({
      entries,
      raw: entries.map((e, i) => (i === 0 ? e.raw : `${seps[i]}${e.raw}`)).join(''),
    }));
}

/** Lower-case punycode form, as an address travels. */
function canonical(a: string): string {
  const at = a.lastIndexOf('@');
  const d = a.slice(at + 1);
  return `${a.slice(0, at)}@${domainToASCII(d) || d}`.toLowerCase();
}

function flatten(
  field: AddressObject | AddressObject[] | undefined,
): Array<{ name: string; address: string }> {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects
    .flatMap((o) => o.value.flatMap((a) => (a.group ? a.group : [a])))
    .map((a) => ({ name: a.name ?? '', address: a.address ?? '' }));
}

const ctx = readRunContext(
  { GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_EVENT_NAME: 'push', GITHUB_WORKFLOW: 'CI' },
  () => '{}',
);

/** What a mail client sees: our list composed into a message, parsed back by mailparser. */
async function roundTrip(mailboxes: Mailbox[]): Promise<{ header: Mailbox[]; envelope: string[] }> {
  const settings = settingsWith({ to: mailboxes });
  const message = composeMessage(settings, ctx, { subject: 's', text: 't' }, []);
  const chunks: Buffer[] = [];
  for await (const chunk of message.createStream()) chunks.push(chunk as Buffer);
  const mail = await simpleParser(Buffer.concat(chunks));
  return { header: flatten(mail.to), envelope: message.envelope.to };
}

/** Checks an accepted list against the raw-text oracle and the round trip. */
async function checkAccepted(raw: string, parsed: Mailbox[]): Promise<void> {
  // nodemailer's parser on the same text (our line breaks and semicolons are list separators too).
  const theirs = addressparser(raw.replace(/\r?\n/g, ','), { flatten: true }) as Array<{ address: string }>;
  expect(theirs.map((m) => canonical(m.address))).toEqual(parsed.map((m) => canonical(m.address)));
  const seen = await roundTrip(parsed);
  expect(seen.header.map((m) => canonical(m.address))).toEqual(parsed.map((m) => canonical(m.address)));
  expect(seen.header.map((m) => m.name)).toEqual(parsed.map((m) => m.name));
  // The envelope names each mailbox once (nodemailer drops repeats; getSettings does too).
  expect(new Set(seen.envelope.map(canonical))).toEqual(new Set(parsed.map((m) => canonical(m.address))));
}

function expectRefusal(err: unknown): void {
  if (!(err instanceof InputError)) throw err;
  expect(err.input).toBe('to');
  expect(err.message).toContain('`to`');
  expect(err.message).not.toMatch(/[\r\n]/);
}

describe('property: address lists parse to what a mail client sees, or are refused by name', () => {
  it(`${NUM_RUNS} well-formed lists: accepted, exactly as written, and the same after a round trip`, async () => {
    await fc.assert(
      fc.asyncProperty(list(wellFormed), async ({ raw, entries }) => {
        const parsed = parseAddressList('to', raw);
        expect(parsed).toEqual(entries.map((e) => e.intended));
        await checkAccepted(raw, parsed);
      }),
      fcOptions(),
    );
  });

  it(`${NUM_RUNS} lists with odd entries: refused by name, or the same recipients a mail client sees`, async () => {
    const tally = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(list(fc.oneof(wellFormed, odd)), async ({ raw }) => {
        let parsed: Mailbox[];
        try {
          parsed = parseAddressList('to', raw);
        } catch (err) {
          expectRefusal(err);
          tally.refused++;
          return;
        }
        tally.accepted++;
        await checkAccepted(raw, parsed);
      }),
      fcOptions(),
    );
    expect(tally.accepted).toBeGreaterThan(NUM_RUNS / 20);
    expect(tally.refused).toBeGreaterThan(NUM_RUNS / 4);
  });

  it('a unicode domain and its punycode form are one recipient', () => {
    const inputs: Record<string, string> = {
      username: 'ci-bot@example.com',
      'app-password': 'qzxvwbnmplokijuh',
      to: 'x@bücher.example',
      cc: 'X@xn--bcher-kva.example',
    };
    const settings = getSettings({ getInput: (n) => inputs[n] ?? '', setSecret: () => undefined });
    expect(settings.to).toEqual([{ name: '', address: 'x@bücher.example' }]);
    expect(settings.cc).toEqual([]);
  });

  it.each<[string, string, Mailbox[] | 'refused']>([
    ['quoted comma', '"Doe, Jane" <jane@example.com>', [{ name: 'Doe, Jane', address: 'jane@example.com' }]],
    ['escaped quote', '"Say \\"hi\\"" <a@example.com>', [{ name: 'Say "hi"', address: 'a@example.com' }]],
    [
      'semicolon in quotes',
      '"a; b" <a@example.com>; b@example.com',
      [
        { name: 'a; b', address: 'a@example.com' },
        { name: '', address: 'b@example.com' },
      ],
    ],
    [
      'unicode name and domain',
      'Jürgen <j@bücher.example>',
      [{ name: 'Jürgen', address: 'j@bücher.example' }],
    ],
    [
      'address as display name',
      '"boss@example.com" <intern@example.com>',
      [{ name: 'boss@example.com', address: 'intern@example.com' }],
    ],
    ['comment', 'a@example.com (Alice)', 'refused'],
    ['group', 'Team: a@example.com, b@example.com;', 'refused'],
    ['two addresses run together', 'a@example.com b@example.com', 'refused'],
    ['address then angle address', 'a@example.com <b@example.com>', 'refused'],
    ['unbalanced quote', '"Jane <jane@example.com>', 'refused'],
    ['header injection', 'a@example.com\r\nBcc: x@evil.example', 'refused'],
    ['CR/LF inside a quoted name', '"Jane\r\nBcc: x@evil.example" <jane@example.com>', 'refused'],
    ['NUL in a name', '"Jane\u0000" <jane@example.com>', 'refused'],
    ['empty angle', 'Jane <>', 'refused'],
    ['no domain dot', 'a@localhost', 'refused'],
  ])('%s', async (_label, raw, expected) => {
    if (expected === 'refused') {
      expect(() => parseAddressList('to', raw)).toThrow(InputError);
      try {
        parseAddressList('to', raw);
      } catch (err) {
        expectRefusal(err);
      }
      return;
    }
    const parsed = parseAddressList('to', raw);
    expect(parsed).toEqual(expected);
    await checkAccepted(raw, parsed);
  });
});
