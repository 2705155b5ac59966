// Property 3: whatever HTML an untrusted `| markdown` value holds, the sanitiser's output has only
// allowlisted elements, each with only its allowed attributes (a link only to http(s)/mailto), no
// comment or other markup, text with no `<`, `>` or stray `&`, and every element closed in order.
// Sanitising twice changes nothing. Checked by a strict reader written here, not by the sanitiser's
// own, and by htmlparser2.

import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../src/render/sanitize.js';
import { DANGEROUS_FRAGMENTS, fcOptions, NUM_RUNS, repeatedShape } from './fc-config.js';

/** Element → the attributes it may carry. */
const ALLOWED: Record<string, readonly string[]> = {
  a: ['href'],
  ol: ['start'],
  th: ['colspan', 'rowspan', 'align'],
  td: ['colspan', 'rowspan', 'align'],
  input: ['type', 'disabled', 'checked'],
  ...Object.fromEntries(
    (
      'b strong i em u s del ins mark sub sup small kbd code pre br p div span blockquote ul li dl dt dd ' +
      'h1 h2 h3 h4 h5 h6 hr table thead tbody tfoot tr details summary'
    )
      .split(' ')
      .map((t) => [t, []]),
  ),
};
const VOID = new Set(['br', 'hr', 'input']);

const TAG_NAMES = [
  ...Object.keys(ALLOWED),
  'script',
  'style',
  'iframe',
  'svg',
  'math',
  'template',
  'object',
  'embed',
  'img',
  'textarea',
  'title',
  'noscript',
  'xmp',
  'plaintext',
  'center',
  'font',
  'form',
  'SCRIPT',
  'ScRiPt',
  'a b',
  'scr<script',
  'x-y',
];
const ATTRIBUTE_NAMES = ['href', 'src', 'onclick', 'onerror', 'style', 'class', 'colspan', 'rowspan'];
const MORE_ATTRIBUTES = [
  'start',
  'align',
  'type',
  'checked',
  'alt',
  'title',
  '=',
  '"',
  "'",
  '/',
  'xlink:href',
];
const ATTRIBUTE_VALUES = [
  'https://example.com/a?b=1&c=2',
  'http://x',
  'mailto:a@example.com',
  'javascript:alert(1)',
  'java\nscript:alert(1)',
  'javascript&#58;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x68;ttps://example.com',
  'data:text/html,<script>alert(1)</script>',
  'checkbox',
  '2',
  'center',
  'x>y',
  '"',
  "'",
  '<b>',
  '',
];

const attribute: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...ATTRIBUTE_NAMES, ...MORE_ATTRIBUTES),
    fc.constantFrom(...ATTRIBUTE_VALUES),
    fc.constantFrom('"', "'", '', 'none'),
    fc.constantFrom(' ', '\n', '/', '  '),
  )
  .map(([name, value, quote, space]) =>
    quote === 'none' ? `${space}${name}` : `${space}${name}=${quote}${value}${quote}`,
  );

const tag: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('<', '</'),
    fc.constantFrom(...TAG_NAMES),
    fc.array(attribute, { maxLength: 3 }),
    fc.constantFrom('>', '/>', ' >', ''),
  )
  .map(([open, name, attrs, close]) => `${open}${name}${attrs.join('')}${close}`);

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: tag },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '<!--',
      '-->',
      '<!-- c -->',
      '<!-->',
      '--!>',
      '<!DOCTYPE html>',
      '<?xml x?>',
      '<![CDATA[',
      ']]>',
      '<',
      '>',
      '</',
      '&',
      '&lt;',
      '&amp;lt;',
      '&#60;',
      '&#x3c;',
      '&copy;',
      '"',
      "'",
      '\n\n',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(...DANGEROUS_FRAGMENTS) },
  { weight: 3, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

const hostileHtml: fc.Arbitrary<string> = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));

/** Decodes what the sanitiser's own attribute escaping produces. */
const unescapeAttribute = (v: string): string =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Throws unless `html` is text and allowlisted tags only, balanced. */
function checkStrictly(html: string): void {
  const token = /<(\/?)([a-z0-9]+)((?: [a-z]+(?:="[^"<>]*")?)*)>|[^<>]+/y;
  const open: string[] = [];
  let at = 0;
  while (at < html.length) {
    token.lastIndex = at;
    const m = token.exec(html);
    if (!m) throw new Error(`not text or a clean tag at ${at}: ${JSON.stringify(html.slice(at, at + 40))}`);
    at = token.lastIndex;
    const [whole, closing, name, attrs] = m;
    if (name === undefined) {
      expect(whole).not.toMatch(/&(?![A-Za-z][A-Za-z0-9]*;|#[0-9]+;|#[xX][0-9a-fA-F]+;)/);
      continue;
    }
    expect(Object.keys(ALLOWED), name).toContain(name);
    if (closing) {
      expect(open.pop(), `</${name}> closes what is open`).toBe(name);
      expect(attrs).toBe('');
      continue;
    }
    for (const [, attr, value] of attrs!.matchAll(/ ([a-z]+)(?:="([^"]*)")?/g)) {
      expect(ALLOWED[name], `${name} ${attr}`).toContain(attr);
      if (attr === 'href') {
        expect(unescapeAttribute(value ?? '').replace(/[\u0000-\u0020\u007f]+/g, '')).toMatch(
          /^(https?:\/\/[^/]|mailto:)/i,
        );
      }
      if (attr === 'type') expect(value).toBe('checkbox');
      if (attr === 'start' || attr === 'colspan' || attr === 'rowspan') expect(value).toMatch(/^[0-9]+$/);
    }
    if (!VOID.has(name)) open.push(name);
  }
  expect(open, 'every element closed').toEqual([]);
}

/** What a real HTML parser finds in `html`: elements, attributes and comments. */
function checkWithParser(html: string): void {
  const found: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        found.push(name);
        for (const attr of Object.keys(attribs))
          expect(ALLOWED[name] ?? [], `${name} ${attr}`).toContain(attr);
      },
      oncomment() {
        found.push('#comment');
      },
      onprocessinginstruction(name) {
        found.push(`#pi ${name}`);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  for (const name of found) expect(Object.keys(ALLOWED), name).toContain(name);
}

describe('property: the sanitiser writes only allowlisted, balanced markup', () => {
  it(`${NUM_RUNS} generated cases, block and inline`, () => {
    let generated = 0;
    fc.assert(
      fc.property(hostileHtml, fc.boolean(), (input, inline) => {
        generated++;
        const out = sanitizeHtml(input, { inline });
        checkStrictly(out);
        checkWithParser(out);
        expect(sanitizeHtml(out, { inline })).toBe(out);
      }),
      fcOptions(),
    );
    expect(generated).toBeGreaterThanOrEqual(NUM_RUNS);
  });
});

describe('property: shapes repeated thousands of times (issue 13) stay clean', () => {
  it('30 generated cases, block and inline', () => {
    let generated = 0;
    fc.assert(
      fc.property(repeatedShape(), fc.boolean(), (input, inline) => {
        generated++;
        const out = sanitizeHtml(input, { inline });
        checkStrictly(out);
        checkWithParser(out);
        expect(sanitizeHtml(out, { inline })).toBe(out);
      }),
      fcOptions(30),
    );
    expect(generated).toBeGreaterThanOrEqual(30);
  });
});
