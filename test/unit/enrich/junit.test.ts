import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { combineCounts, readJunitReports, summariseJunit } from '../../../src/enrich/junit.js';
import { decodeEntities, parseXml, XmlError } from '../../../src/enrich/xml.js';
import { InputError } from '../../../src/errors.js';

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
    const counts = summariseJunit(parseXml(fixture('vitest.xml')));
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
    const counts = summariseJunit(parseXml(fixture('pytest.xml')));
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
    const counts = summariseJunit(
      parseXml(`<testsuite name="outer"><testsuite name="inner">
        <testcase name="t1"><failure><![CDATA[

          boom: first line
          second line]]></failure></testcase>
        <testcase name="t2"/></testsuite>
        <testcase name="t3"><error type="Timeout"/></testcase></testsuite>`),
    );
    expect(counts).toMatchObject({ total: 3, failed: 2, skipped: 0 });
    expect(counts.failures).toEqual([
      { suite: 'inner', name: 't1', message: 'boom: first line' },
      { suite: 'outer', name: 't3', message: 'Timeout' },
    ]);
  });
  it('uses the totals of a suite that lists no test cases', () => {
    expect(
      summariseJunit(
        parseXml(
          '<testsuites><testsuite name="s" tests="7" failures="1" errors="1" skipped="2"/></testsuites>',
        ),
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
