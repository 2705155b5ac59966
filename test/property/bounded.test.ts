// Issue 13 as properties: untrusted Markdown of hostile repeated shapes renders to allowlisted
// markup only; a JUnit report is counted the same however its bytes are split into chunks, and as
// its generator says; outside text put on one line never keeps a line break of any kind.

import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { combineCounts, JunitCounter } from '../../src/enrich/junit.js';
import { XmlReader } from '../../src/enrich/xml.js';
import { oneLine } from '../../src/errors.js';
import { markdownToHtml, markdownToInlineHtml } from '../../src/render/markdown.js';
import { ALLOWED_TAGS } from '../../src/render/sanitize.js';
import { fcOptions, hostileString, NUM_RUNS, repeatedShape } from './fc-config.js';

function elementsIn(html: string): Set<string> {
  const names = new Set<string>();
  const parser = new Parser({ onopentag: (name) => void names.add(name) }, { lowerCaseTags: true });
  parser.write(html);
  parser.end();
  return names;
}

describe('property: untrusted Markdown of repeated shapes', () => {
  it('30 generated cases: only allowlisted elements, block and inline', () => {
    fc.assert(
      fc.property(repeatedShape(), fc.boolean(), (input, inline) => {
        const html = inline ? markdownToInlineHtml(input) : markdownToHtml(input, false);
        for (const name of elementsIn(html)) expect(ALLOWED_TAGS.has(name), name).toBe(true);
      }),
      fcOptions(30),
    );
  });
});

/** A test case as generated: its outcome and whether its failure message sits in an attribute. */
type Case = 'pass' | 'fail-attr' | 'fail-text' | 'error' | 'skip';
interface Suite {
  cases: Case[];
  suites: Suite[];
}

const CASES = fc.array(fc.constantFrom<Case>('pass', 'fail-attr', 'fail-text', 'error', 'skip'), {
  maxLength: 8,
});

/** Suites nested up to `depth` levels below this one. */
function suiteOf(depth: number): fc.Arbitrary<Suite> {
  return fc.record({
    cases: CASES,
    suites: depth === 0 ? fc.constant([]) : fc.array(suiteOf(depth - 1), { maxLength: 2 }),
  });
}
const suite = suiteOf(4);

const noise = fc.constantFrom(
  '',
  '<!-- <testcase/> -->',
  '<properties><property name="a" value="&lt;"/></properties>',
  '\n  ',
  '<?pi x?>',
  '<system-out><![CDATA[<testcase name="fake"/>]]></system-out>',
);

function write(s: Suite, n: string, noiseText: string): string {
  const cases = s.cases.map((c, i) => {
    const open = `<testcase classname="c &amp; ${n}" name="t${i}">`;
    if (c === 'pass') return `<testcase name="t${i}"/>`;
    if (c === 'skip') return `${open}<skipped/></testcase>`;
    if (c === 'error') return `${open}<error type="E"/></testcase>`;
    if (c === 'fail-attr') return `${open}<failure message="m &lt;${i}&gt;"/></testcase>`;
    return `${open}<failure><![CDATA[\n  boom ]]&gt; ${i}\nmore]]></failure></testcase>`;
  });
  const inner = s.suites.map((child, i) => write(child, `${n}.${i}`, noiseText));
  return `<testsuite name="${n}">${noiseText}${cases.join(noiseText)}${inner.join('')}</testsuite>`;
}

function expected(s: Suite): { total: number; failed: number; skipped: number } {
  const own = {
    total: s.cases.length,
    failed: s.cases.filter((c) => c.startsWith('fail') || c === 'error').length,
    skipped: s.cases.filter((c) => c === 'skip').length,
  };
  for (const child of s.suites.map(expected)) {
    own.total += child.total;
    own.failed += child.failed;
    own.skipped += child.skipped;
  }
  return own;
}

function countInChunks(xml: string, cuts: number[]) {
  const counter = new JunitCounter();
  const reader = new XmlReader(counter);
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    reader.write(xml.slice(at, Math.min(cut, xml.length)));
    at = Math.max(at, Math.min(cut, xml.length));
  }
  reader.write(xml.slice(at));
  reader.end();
  return combineCounts([counter.counts]);
}

describe('property: a JUnit report is counted the same in any chunks', () => {
  it(`${NUM_RUNS} generated reports`, () => {
    fc.assert(
      fc.property(suite, noise, fc.array(fc.nat({ max: 4000 }), { maxLength: 12 }), (s, noiseText, cuts) => {
        const xml = `<?xml version="1.0"?>\n<testsuites>${write(s, 's', noiseText)}</testsuites>`;
        const whole = countInChunks(xml, []);
        expect(countInChunks(xml, cuts)).toEqual(whole);
        expect(whole).toMatchObject(expected(s));
        for (const f of whole.failures) expect(f.message).not.toMatch(/[\r\n]/);
      }),
      fcOptions(),
    );
  });
});

describe('property: oneLine leaves no line break of any kind', () => {
  it(`${NUM_RUNS} generated strings`, () => {
    fc.assert(
      fc.property(hostileString(), (s) => {
        expect(oneLine(s, 10_000)).not.toMatch(/[\r\n\u000b\u000c\u0085\u2028\u2029]/);
      }),
      fcOptions(),
    );
  });
});
