// Shared fast-check settings: how many cases each property runs, and a fixed seed when FC_SEED is
// set, so a failure printed as "seed: N, path: P" can be replayed exactly (FC_SEED=N FC_PATH=P).
// With FC_PATH only that one case runs, so a property that also counts how often each branch was
// reached fails on its tally once the case passes: to check a fix, rerun with FC_SEED=N alone.
import fc from 'fast-check';

/**
 * Cases per property. 200 keeps `npm test` well under 3 minutes on a 2-core machine, and the
 * tallies the properties check (e.g. more than 1 in 20 cases accepted, where about 1 in 5 are)
 * far from chance failure; FC_RUNS sets more: the nightly workflow runs 2000, with a new seed.
 */
export const NUM_RUNS: number = Number(process.env.FC_RUNS) || 200;

/**
 * How long fast-check may run one property, shrinking included, before it stops and reports the
 * smallest failing case so far (as a failure). A guard against a hang or an endless shrink, far
 * beyond a passing run (seconds at 200 cases, about a minute at 2000 on a loaded machine); the
 * property project's testTimeout (vitest.config.ts) is above it, so the report comes through.
 */
export const PROPERTY_TIME_LIMIT_MS = 10 * 60_000;

/** Options for fc.assert: explicit numRuns, and the seed (and path) to replay when given. */
export function fcOptions(numRuns: number = NUM_RUNS): fc.Parameters<unknown> {
  const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
  return {
    numRuns,
    ...(seed !== undefined && Number.isFinite(seed) ? { seed } : {}),
    ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}),
    // Shrinking hostile strings is worth it, but bounded: a report must come in reasonable time.
    endOnFailure: false,
    interruptAfterTimeLimit: PROPERTY_TIME_LIMIT_MS,
    markInterruptAsFailure: true,
  };
}

/** Fragments an attacker would try, in any field that reaches the message. */
export const DANGEROUS_FRAGMENTS: readonly string[] = [
  '<script>alert(1)</script>',
  '<script src="http://evil.example/x.js"></script>',
  '<img src=x onerror=alert(1)>',
  '<img src="http://evil.example/pixel.gif">',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  'javascript:alert(1)',
  '[x](http://evil.example)',
  '[x](javascript:alert(1))',
  '![t](http://evil.example/t.png)',
  'http://evil.example',
  'https://evil.example/a?b=c&d=e',
  'www.evil.example',
  'mailto:x@evil.example',
  'x@evil.example',
  '"><a href="http://evil.example">',
  "'><a href='http://evil.example'>",
  '" onmouseover="alert(1)',
  '<style>body{display:none}</style>',
  '<iframe src="http://evil.example"></iframe>',
  '<!--',
  '-->',
  '<![CDATA[',
  '\r',
  '\n',
  '\r\n',
  '\r\nBcc: x@evil.example',
  '\nBcc: x@evil.example\n',
  '\r\nTo: x@evil.example\r\n\r\n<b>body</b>',
  '\r\nContent-Type: text/html\r\n\r\n',
  '{{ env }}',
  '{{ github.token }}',
  '{{ env.NPM_TOKEN | split: "" | join: " " }}',
  '{{ .Values.image.tag }}',
  '=?utf-8?B?WW91ciBhY2NvdW50IGlzIHN1c3BlbmRlZA==?=',
  "<a title=it's href=",
  '{% raw %}',
  '{% include "x" %}',
  '{%- endraw -%}',
  '&lt;script&gt;',
  '&amp;',
  '&#106;avascript:',
  '&quot;',
  '\u0000',
  '\u202e',
  '\u200f',
  '\u2028',
  '=?utf-8?b?QmNjOiB4QGV2aWwuZXhhbXBsZQ==?=',
  '=0D=0ABcc: x@evil.example',
  '.\r\n.\r\n',
  '\r\n.\r\nMAIL FROM:<x@evil.example>',
  '`code`',
  '**bold**',
  '# heading',
  '<b>',
  '</div></td></tr></table>',
  'QdeadbeefN0E',
  '%0ABcc:%20x@evil.example',
];

/** A hostile string: arbitrary unicode, dangerous fragments mixed with it, or a very long one. */
export function hostileString(): fc.Arbitrary<string> {
  const fragment = fc.constantFrom(...DANGEROUS_FRAGMENTS);
  const mixed = fc
    .array(fc.oneof(fragment, fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ maxLength: 8 })), {
      minLength: 1,
      maxLength: 8,
    })
    .map((parts) => parts.join(''));
  const long = fc
    .tuple(fragment, fc.integer({ min: 200, max: 3000 }))
    .map(([f, n]) => `${f}${'A'.repeat(n)}${f}`.repeat(3));
  return fc.oneof(
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 5, arbitrary: mixed },
    { weight: 1, arbitrary: long },
  );
}

/** Shapes that made a pass quadratic before issue 13: each repeated thousands of times. */
export const REPEATED_SHAPES: readonly string[] = [
  '<a ',
  '<a x="',
  "<a x='",
  "<a '",
  '<a x=" y=\'',
  '`x` ',
  '<code>x</code> ',
  '<p a ',
  '<pre><code>',
  '<!--',
  '<svg>',
  '<script>',
  '</',
  '<a href="javascript:alert(1)">',
  '[x](',
  '**',
  '> ',
  '- ',
];

/** A shape from REPEATED_SHAPES repeated 1,000 to 22,000 times, with a hostile head and tail. */
export function repeatedShape(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...REPEATED_SHAPES),
      fc.integer({ min: 1_000, max: 22_000 }),
      fc.constantFrom('', '>', '"', "'", 'x"<a x=">', '-->', '</svg>', '`'),
      fc.constantFrom('', '<b>', '<a x="', '\n\n'),
    )
    .map(([shape, n, tail, head]) => `${head}${shape.repeat(n)}${tail}`);
}
