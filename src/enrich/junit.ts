import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { type AllowedRoots, resolveInsideRoots } from '../paths.js';
import type { TestFailure, TestSummary } from './types.js';
import { parseXml, type XmlElement } from './xml.js';

/** Failing tests listed at most; the rest are counted in `more`. */
export const MAX_LISTED_FAILURES = 20;
const MAX_FILES = 500;
const MAX_FILE_BYTES = 50 * 1024 * 1024;
const MAX_MESSAGE_CHARS = 300;
const GLOB_CHARS = /[*?[\]{}!]/;

/** Counts and failures read from one or more reports, before the cap is applied. */
export interface TestCounts {
  total: number;
  failed: number;
  skipped: number;
  failures: TestFailure[];
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const t = line.trim();
  return t.length > MAX_MESSAGE_CHARS ? `${t.slice(0, MAX_MESSAGE_CHARS)}…` : t;
}

function attrInt(el: XmlElement, name: string): number {
  const n = Number.parseInt(el.attrs[name] ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function hasDescendant(el: XmlElement, name: string): boolean {
  return el.children.some((c) => c.name === name || hasDescendant(c, name));
}

/**
 * Reads the test counts and failing tests from a parsed JUnit document: `<testsuites>` or a single
 * `<testsuite>`, suites nested at any depth. Each `<testcase>` counts once: failed when it has a
 * `<failure>` or `<error>`, skipped when it has `<skipped>`. A suite without test cases (some
 * tools write only totals) contributes its `tests`, `failures`, `errors` and `skipped` attributes.
 */
export function summariseJunit(root: XmlElement): TestCounts {
  const counts: TestCounts = { total: 0, failed: 0, skipped: 0, failures: [] };
  const visit = (el: XmlElement, suite: string): void => {
    if (el.name === 'testcase') {
      counts.total++;
      const problem = el.children.find((c) => c.name === 'failure' || c.name === 'error');
      if (problem) {
        counts.failed++;
        counts.failures.push({
          suite: el.attrs.classname || suite,
          name: el.attrs.name ?? '',
          message: firstLine(problem.attrs.message || problem.text || problem.attrs.type || problem.name),
        });
      } else if (el.children.some((c) => c.name === 'skipped')) {
        counts.skipped++;
      }
      return;
    }
    const name = el.name === 'testsuite' ? (el.attrs.name ?? suite) : suite;
    if (el.name === 'testsuite' && !hasDescendant(el, 'testcase') && !hasDescendant(el, 'testsuite')) {
      counts.total += attrInt(el, 'tests');
      counts.failed += attrInt(el, 'failures') + attrInt(el, 'errors');
      counts.skipped += attrInt(el, 'skipped') || attrInt(el, 'disabled');
      return;
    }
    for (const child of el.children) visit(child, name);
  };
  visit(root, '');
  return counts;
}

/** True when the root element is a JUnit report's. */
export function isJunitRoot(root: XmlElement): boolean {
  return root.name === 'testsuites' || root.name === 'testsuite';
}

/** Adds up counts from several reports and applies the cap on listed failures. */
export function combineCounts(all: TestCounts[], cap: number = MAX_LISTED_FAILURES): TestSummary {
  const total = all.reduce((n, c) => n + c.total, 0);
  const failed = all.reduce((n, c) => n + c.failed, 0);
  const skipped = all.reduce((n, c) => n + c.skipped, 0);
  const failures = all.flatMap((c) => c.failures);
  return {
    total,
    passed: Math.max(0, total - failed - skipped),
    failed,
    skipped,
    failures: failures.slice(0, cap),
    more: Math.max(0, failures.length - cap),
  };
}

/** Expands `junit-files` globs relative to the workspace; paths outside the allowed roots are refused. */
export async function findReportFiles(
  patterns: string[],
  roots: AllowedRoots,
): Promise<{ files: string[]; unmatched: string[] }> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  let globFn: typeof import('tinyglobby').glob | undefined;
  for (const pattern of patterns) {
    let matches: string[];
    if (!GLOB_CHARS.test(pattern)) {
      const path = resolveInsideRoots('junit-files', pattern, roots);
      matches = isFile(path) ? [path] : [];
    } else {
      // The fixed part of the pattern must itself stay inside the allowed roots.
      const segments = pattern.split(/[\\/]/);
      const firstGlob = segments.findIndex((seg) => GLOB_CHARS.test(seg));
      const baseDir = resolveInsideRoots('junit-files', segments.slice(0, firstGlob).join('/') || '.', roots);
      globFn ??= (await import('tinyglobby')).glob;
      const found = await globFn(segments.slice(firstGlob).join('/'), {
        cwd: baseDir,
        absolute: true,
        onlyFiles: true,
        dot: false,
      });
      matches = found.map((m) => resolveInsideRoots('junit-files', m, roots));
    }
    if (matches.length === 0) unmatched.push(pattern);
    for (const m of matches.sort()) {
      if (files.size < MAX_FILES) files.add(m);
    }
  }
  return { files: [...files], unmatched };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Reads the JUnit reports `junit-files` names and summarises them. A file that is unreadable, too
 * large, malformed or not a JUnit report is a warning, never a failure of the step. Undefined when
 * no report could be read.
 */
export async function readJunitReports(
  patterns: string[],
  roots: AllowedRoots,
  log: { warning(message: string): void },
): Promise<TestSummary | undefined> {
  if (patterns.length === 0) return undefined;
  const { files, unmatched } = await findReportFiles(patterns, roots);
  if (unmatched.length) {
    log.warning(
      `Input \`junit-files\`: no files match ${unmatched.map((u) => `"${u}"`).join(', ')} (relative to the workspace); the message has no test results from them.`,
    );
  }
  const counts: TestCounts[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const shown = relative(roots.workspace, file) || file;
    try {
      const size = statSync(file).size;
      if (size > MAX_FILE_BYTES) {
        problems.push(`${shown} (larger than ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
        continue;
      }
      const root = parseXml(readFileSync(file, 'utf8'));
      if (!isJunitRoot(root)) {
        problems.push(`${shown} (root element <${root.name.slice(0, 40)}>, not <testsuites> or <testsuite>)`);
        continue;
      }
      counts.push(summariseJunit(root));
    } catch (err) {
      problems.push(`${shown} (${(err as Error).message})`);
    }
  }
  if (problems.length) {
    log.warning(
      `Input \`junit-files\`: could not read ${problems.length} report(s), skipped: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}.`,
    );
  }
  return counts.length ? combineCounts(counts) : undefined;
}
