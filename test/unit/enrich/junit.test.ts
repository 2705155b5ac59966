import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  combineCounts,
  countJunit,
  JunitCounter,
  MAX_TOTAL_BYTES,
  readJunitReports,
} from '../../../src/enrich/junit.js';
import { decodeEntities, readXml, XmlError, XmlReader } from '../../../src/enrich/xml.js';
import { InputError } from '../../../src/errors.js';
import { Deadline } from '../../../src/retry.js';

interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Element[];
  text: string;
}

/** A tree of the reader's events, for checking what it reads (the action itself builds none). */
function parseXml(xml: string): Element {
  const stack: Element[] = [{ name: '', attrs: {}, children: [], text: '' }];
  readXml(xml, {
    open(name, attrs) {
      const el: Element = { name, attrs: { ...attrs }, children: [], text: '' };
      stack[stack.length - 1]!.children.push(el);
      stack.push(el);
    },
    close() {
      stack.pop();
    },
    text(t) {
      stack[stack.length - 1]!.text += t;
    },
  });
  return stack[0]!.children[0]!;
}

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/junit/${name}`, import.meta.url), 'utf8');

describe('parseXml', () => {
  it('reads attributes in any order and either quote, entities and character references', () => {
    const root = parseXml(`<a y='1 &amp; 2' x="&lt;b&gt; &#65;&#x42; &apos;q&quot;"/>`);
    expect(root.attrs).toEqual({ y: '1 & 2', x: `<b> AB 'q"` });
  });
  it('keeps CDATA verbatim and skips comments, PIs and a DOCTYPE with an internal subset', () => {
    const root = parseXml(
      `<?xml version="1.0"?>\n<!DOCTYPE r [ <!ENTITY boom "x"> ]>\n<!-- c --><r><![CDATA[<not> &amp; a tag]]>&boom;</r>`,
    );
    expect(root.name).toBe('r');
    // The undefined entity stays as written: nothing declared in a DOCTYPE is expanded.
    expect(root.text).toBe('<not> &amp; a tag&boom;');
  });
  it('normalises literal line breaks in attributes but keeps &#10;', () => {
    expect(parseXml('<a m="one\ntwo&#10;three"/>').attrs.m).toBe('one two\nthree');
  });
  it('accepts a > inside a quoted attribute value', () => {
    expect(parseXml('<a m="x > y"><b/></a>').children[0]!.name).toBe('b');
  });
  it.each([
    ['<a><b></a>', /does not close <b>/],
    ['<a>', /never closed/],
    ['<a/><b/>', /second root/],
    ['', /no root/],
    ['<a x=1/>', /malformed attribute/],
    ['<a><![CDATA[x</a>', /unterminated CDATA/],
    ['text', /outside the root/],
  ])('rejects %j', (xml, message) => {
    expect(() => parseXml(xml)).toThrowError(XmlError);
    expect(() => parseXml(xml)).toThrowError(message);
  });
  it('refuses absurd nesting instead of overflowing the stack', () => {
    expect(() => parseXml(`${'<a>'.repeat(1000)}${'</a>'.repeat(1000)}`)).toThrowError(/nested deeper/);
  });
  it('decodes out-of-range references to U+FFFD', () => {
    expect(decodeEntities('&#0;&#xD800;&#1114112;')).toBe('\uFFFD\uFFFD\uFFFD');
  });
});

describe('summariseJunit on real reports', () => {
  it("reads vitest's JUnit reporter output", () => {
    const counts = countJunit(fixture('vitest.xml'));
    expect(counts).toMatchObject({ total: 5, failed: 2, skipped: 1 });
    expect(counts.failures).toEqual([
      {
        suite: 'math.test.ts',
        name: 'math > multiplies & divides <correctly>',
        message: 'expected 6 to be 7 // Object.is equality',
      },
      {
        suite: 'math.test.ts',
        name: 'strings > throws on "bad" input',
        message: "Cannot read properties of undefined (reading 'x')",
      },
    ]);
  });
  it("reads pytest's --junitxml output, errors counted as failures, first line of the message", () => {
    const counts = countJunit(fixture('pytest.xml'));
    expect(counts).toMatchObject({ total: 6, failed: 3, skipped: 1 });
    expect(counts.failures).toEqual([
      {
        suite: 'test_sample',
        name: 'test_compares_dicts',
        message: "AssertionError: assert {'a': 1, 'b': [1, 2]} == {'a': 1, 'b': [1, 3]}",
      },
      {
        suite: 'test_sample.TestParser',
        name: 'test_raises',
        message: "ValueError: unexpected token '<' at line 3",
      },
      {
        suite: 'test_sample',
        name: 'test_uses_broken_fixture',
        message: 'failed on setup with "RuntimeError: fixture setup failed"',
      },
    ]);
  });
});

describe('summariseJunit on other shapes', () => {
  it('handles nested suites, a bare <testsuite> root and a message only in the body', () => {
    const counts = countJunit(`<testsuite name="outer"><testsuite name="inner">
        <testcase name="t1"><failure><![CDATA[

          boom: first line
          second line]]></failure></testcase>
        <testcase name="t2"/></testsuite>
        <testcase name="t3"><error type="Timeout"/></testcase></testsuite>`);
    expect(counts).toMatchObject({ total: 3, failed: 2, skipped: 0 });
    expect(counts.failures).toEqual([
      { suite: 'inner', name: 't1', message: 'boom: first line' },
      { suite: 'outer', name: 't3', message: 'Timeout' },
    ]);
  });
  it('uses the totals of a suite that lists no test cases', () => {
    expect(
      countJunit(
        '<testsuites><testsuite name="s" tests="7" failures="1" errors="1" skipped="2"/></testsuites>',
      ),
    ).toMatchObject({ total: 7, failed: 2, skipped: 2, failures: [] });
  });
  it('caps the listed failures and counts the rest', () => {
    const failures = Array.from({ length: 25 }, (_, i) => ({ suite: 's', name: `t${i}`, message: 'm' }));
    const summary = combineCounts([
      { total: 30, failed: 25, skipped: 1, failures },
      { total: 4, failed: 0, skipped: 0, failures: [] },
    ]);
    expect(summary).toMatchObject({ total: 34, passed: 8, failed: 25, skipped: 1, more: 5 });
    expect(summary.failures).toHaveLength(20);
    expect(summary.failures[19]!.name).toBe('t19');
  });
});

describe('readJunitReports', () => {
  let ws: string;
  let outside: string;
  const warnings: string[] = [];
  const log = { warning: (m: string): void => void warnings.push(m) };
  beforeEach(() => {
    ws = mkdtempSync(path.join(os.tmpdir(), 'junit-ws-'));
    outside = mkdtempSync(path.join(os.tmpdir(), 'junit-out-'));
    warnings.length = 0;
  });
  afterEach(() => {
    rmSync(ws, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('combines reports matched by globs, and warns about a malformed one without failing', async () => {
    mkdirSync(path.join(ws, 'reports/py'), { recursive: true });
    writeFileSync(path.join(ws, 'reports/vitest.xml'), fixture('vitest.xml'));
    writeFileSync(path.join(ws, 'reports/py/pytest.xml'), fixture('pytest.xml'));
    writeFileSync(path.join(ws, 'reports/broken.xml'), '<testsuites><testsuite>');
    writeFileSync(path.join(ws, 'reports/other.xml'), '<coverage/>');
    const summary = await readJunitReports(['reports/**/*.xml', 'missing/*.xml'], { workspace: ws }, log);
    expect(summary).toMatchObject({ total: 11, failed: 5, skipped: 2, passed: 4, more: 0 });
    expect(summary!.failures.map((f) => f.name)).toContain('test_raises');
    expect(warnings.join('\n')).toMatch(/no files match "missing\/\*\.xml"/);
    expect(warnings.join('\n')).toMatch(/reports\/broken\.xml \(<testsuite> is never closed\)/);
    expect(warnings.join('\n')).toMatch(/reports\/other\.xml \(root element <coverage>/);
  });

  it('refuses a path or a symlink that leads outside the workspace', async () => {
    writeFileSync(path.join(outside, 'r.xml'), fixture('vitest.xml'));
    await expect(
      readJunitReports([path.join(outside, 'r.xml')], { workspace: ws }, log),
    ).rejects.toThrowError(InputError);
    await expect(readJunitReports(['r\u0000/*.xml'], { workspace: ws }, log)).rejects.toThrowError(
      /^Input `junit-files`: the path .* holds a NUL character/,
    );
    await expect(readJunitReports(['../*/r.xml'], { workspace: ws }, log)).rejects.toThrowError(
      /junit-files/,
    );
    symlinkSync(path.join(outside, 'r.xml'), path.join(ws, 'link.xml'));
    await expect(readJunitReports(['*.xml'], { workspace: ws }, log)).rejects.toThrowError(
      /outside the workspace/,
    );
  });

  it('reads from RUNNER_TEMP too, and is undefined when nothing could be read', async () => {
    writeFileSync(path.join(outside, 'r.xml'), fixture('pytest.xml'));
    const summary = await readJunitReports(
      [path.join(outside, 'r.xml')],
      { workspace: ws, runnerTemp: outside },
      log,
    );
    expect(summary?.total).toBe(6);
    expect(await readJunitReports(['nothing.xml'], { workspace: ws }, log)).toBeUndefined();
  });
});

describe('reading while counting (issue 13: bounded work on untrusted reports)', () => {
  let ws: string;
  const warnings: string[] = [];
  const log = { warning: (m: string): void => void warnings.push(m) };
  beforeEach(() => {
    ws = mkdtempSync(path.join(os.tmpdir(), 'junit-bound-'));
    warnings.length = 0;
  });
  afterEach(() => rmSync(ws, { recursive: true, force: true }));

  it('reads the same whatever the chunk boundaries (one character at a time)', () => {
    const xml = `\uFEFF<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "y">]><!-- c --><testsuites><testsuite name="s &amp; t">
      <testcase name="a"><failure><![CDATA[boom ]] > here]]>&lt;x&gt;</failure></testcase>
      <testcase name="b"><skipped/></testcase></testsuite></testsuites>`;
    const whole = countJunit(xml);
    const counter = new JunitCounter();
    const reader = new XmlReader(counter);
    for (const ch of xml) reader.write(ch);
    reader.end();
    expect(counter.counts).toEqual(whole);
    expect(whole).toMatchObject({ total: 2, failed: 1, skipped: 1 });
    expect(whole.failures[0]).toEqual({ suite: 's & t', name: 'a', message: 'boom ]] > here<x>' });
  });

  it('keeps 20 failures per report and counts the rest', () => {
    const cases = Array.from(
      { length: 5000 },
      (_, i) => `<testcase name="t${i}"><failure message="m"/></testcase>`,
    );
    const summary = combineCounts([countJunit(`<testsuite name="s">${cases.join('')}</testsuite>`)]);
    expect(summary).toMatchObject({ total: 5000, failed: 5000, more: 4980 });
    expect(summary.failures).toHaveLength(20);
  });

  it('counts 198 nested suites over 20,000 leaves once each, totals only from leaf suites', () => {
    const xml = `${'<testsuite name="s" tests="999">'.repeat(198)}${'<testcase name="t"/>'.repeat(20_000)}${'</testsuite>'.repeat(198)}`;
    expect(countJunit(xml)).toMatchObject({ total: 20_000, failed: 0 });
  });

  it('is a warning, not a failure, for reports over the byte cap: counted up to it', async () => {
    expect(MAX_TOTAL_BYTES).toBe(32 * 1024 * 1024);
    const xml = `<testsuite name="s">${'<testcase name="t"/>'.repeat(100_000)}</testsuite>`;
    writeFileSync(path.join(ws, 'a.xml'), xml);
    writeFileSync(path.join(ws, 'b.xml'), xml);
    const summary = await readJunitReports(['*.xml'], { workspace: ws }, log, undefined, 3 * 1024 * 1024);
    // All of a.xml (2 MB) and the first MB of b.xml: the cap is across files.
    expect(summary!.total).toBeGreaterThan(100_000 + 50_000);
    expect(summary!.total).toBeLessThan(200_000);
    expect(warnings.join('\n')).toMatch(/b\.xml and any later reports were cut at 3 MB/);
  });

  it('stops at half the time left before the deadline, with a warning', async () => {
    writeFileSync(path.join(ws, 'r.xml'), `<testsuite>${'<testcase name="t"/>'.repeat(200_000)}</testsuite>`);
    const summary = await readJunitReports(['r.xml'], { workspace: ws }, log, new Deadline(Date.now()));
    expect(summary!.total).toBeLessThan(200_000);
    expect(warnings.join('\n')).toMatch(/r\.xml was cut to keep `timeout-seconds`/);
  });

  it('reads no further than the first element of 50 MB of <x/>', async () => {
    writeFileSync(path.join(ws, 'x.xml'), '<x/>'.repeat(50 * 256 * 1024));
    expect(await readJunitReports(['x.xml'], { workspace: ws }, log)).toBeUndefined();
    expect(warnings.join('\n')).toMatch(/x\.xml \(root element <x>, not <testsuites> or <testsuite>\)/);
  });
});
