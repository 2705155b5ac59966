import { createReadStream, statSync } from 'node:fs';
import { relative } from 'node:path';
import { type AllowedRoots, globMatches, isGlob, resolveInsideRoots } from '../paths.js';
import type { Deadline } from '../retry.js';
import type { TestFailure, TestSummary } from './types.js';
import { readXml, type XmlHandler, XmlReader } from './xml.js';

/** Failing tests listed at most; the rest are counted in `more`. */
export const MAX_LISTED_FAILURES = 20;
const MAX_FILES = 500;
/** Bytes read across all reports (SPEC §4: a byte cap across files); what is past it is a warning. */
export const MAX_TOTAL_BYTES = 32 * 1024 * 1024;
const MAX_MESSAGE_CHARS = 300;
/** Text kept from a `<failure>` without a `message` attribute: its first line is all that is shown. */
const MAX_TEXT = 16 * 1024;

/** Counts and failures read from one or more reports, before the cap is applied. */
export interface TestCounts {
  total: number;
  failed: number;
  skipped: number;
  /** The first failing tests (at most MAX_LISTED_FAILURES per report). */
  failures: TestFailure[];
  /** Failing tests counted but not kept in `failures`. */
  unlisted?: number;
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const t = line.trim();
  return t.length > MAX_MESSAGE_CHARS ? `${t.slice(0, MAX_MESSAGE_CHARS)}…` : t;
}

function attrInt(attrs: Record<string, string>, name: string): number {
  const n = Number.parseInt(attrs[name] ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** An open `<testsuite>`: its name, its total attributes, and whether it holds cases or suites. */
interface SuiteFrame {
  name: string;
  attrs: Record<string, string>;
  depth: number;
  nested: boolean;
}

/** The `<testcase>` being read, and the `<failure>`/`<error>` in it. */
interface CaseFrame {
  suite: string;
  name: string;
  depth: number;
  problem?: { name: string; attrs: Record<string, string>; depth: number; text: string };
  skipped: boolean;
}

/** A root element other than `<testsuites>` or `<testsuite>`: the file is not a JUnit report. */
export class NotJunitError extends Error {}

/**
 * Counts tests while a JUnit report is read (XmlHandler), holding only the open suites and the
 * current test case: `<testsuites>` or a single `<testsuite>`, suites nested at any depth. Each
 * `<testcase>` counts once: failed when it has a `<failure>` or `<error>`, skipped when it has
 * `<skipped>`. A suite without test cases or suites (some tools write only totals) contributes its
 * `tests`, `failures`, `errors` and `skipped` attributes.
 */
export class JunitCounter implements XmlHandler {
  readonly counts: TestCounts = { total: 0, failed: 0, skipped: 0, failures: [], unlisted: 0 };
  private depth = 0;
  private readonly suites: SuiteFrame[] = [];
  private current?: CaseFrame;

  open(name: string, attrs: Record<string, string>): void {
    this.depth++;
    if (this.depth === 1 && name !== 'testsuites' && name !== 'testsuite') {
      throw new NotJunitError(`root element <${name.slice(0, 40)}>, not <testsuites> or <testsuite>`);
    }
    const c = this.current;
    if (c) {
      if (this.depth === c.depth + 1 && !c.problem && (name === 'failure' || name === 'error')) {
        c.problem = { name, attrs, depth: this.depth, text: '' };
      } else if (this.depth === c.depth + 1 && name === 'skipped') {
        c.skipped = true;
      }
      return;
    }
    const parent = this.suites[this.suites.length - 1];
    if (name === 'testcase' || name === 'testsuite') {
      if (parent) parent.nested = true;
    }
    if (name === 'testsuite') {
      this.suites.push({ name: attrs.name ?? parent?.name ?? '', attrs, depth: this.depth, nested: false });
    } else if (name === 'testcase') {
      this.current = {
        suite: attrs.classname || parent?.name || '',
        name: attrs.name ?? '',
        depth: this.depth,
        skipped: false,
      };
    }
  }

  text(text: string): void {
    const p = this.current?.problem;
    if (p && p.text.length < MAX_TEXT) p.text = (p.text + text).slice(0, MAX_TEXT);
  }

  close(): void {
    const c = this.current;
    if (c && this.depth === c.depth) {
      this.countCase(c);
      this.current = undefined;
    } else if (!c) {
      const suite = this.suites[this.suites.length - 1];
      if (suite && suite.depth === this.depth) {
        this.suites.pop();
        if (!suite.nested) this.countTotals(suite.attrs);
      }
    }
    this.depth--;
  }

  private countCase(c: CaseFrame): void {
    const counts = this.counts;
    counts.total++;
    if (c.problem) {
      counts.failed++;
      if (counts.failures.length >= MAX_LISTED_FAILURES) {
        counts.unlisted = (counts.unlisted ?? 0) + 1;
        return;
      }
      const p = c.problem;
      counts.failures.push({
        suite: c.suite,
        name: c.name,
        message: firstLine(p.attrs.message || p.text || p.attrs.type || p.name),
      });
    } else if (c.skipped) {
      counts.skipped++;
    }
  }

  private countTotals(attrs: Record<string, string>): void {
    this.counts.total += attrInt(attrs, 'tests');
    this.counts.failed += attrInt(attrs, 'failures') + attrInt(attrs, 'errors');
    this.counts.skipped += attrInt(attrs, 'skipped') || attrInt(attrs, 'disabled');
  }
}

/** Counts the tests of a JUnit report held in memory. Throws XmlError or NotJunitError. */
export function countJunit(xml: string): TestCounts {
  const counter = new JunitCounter();
  readXml(xml, counter);
  return counter.counts;
}

/** Adds up counts from several reports and applies the cap on listed failures. */
export function combineCounts(all: TestCounts[], cap: number = MAX_LISTED_FAILURES): TestSummary {
  const total = all.reduce((n, c) => n + c.total, 0);
  const failed = all.reduce((n, c) => n + c.failed, 0);
  const skipped = all.reduce((n, c) => n + c.skipped, 0);
  const failures = all.flatMap((c) => c.failures);
  const unlisted = all.reduce((n, c) => n + (c.unlisted ?? 0), 0);
  return {
    total,
    passed: Math.max(0, total - failed - skipped),
    failed,
    skipped,
    failures: failures.slice(0, cap),
    more: Math.max(0, failures.length - cap) + unlisted,
  };
}

/** Expands `junit-files` globs relative to the workspace; paths outside the allowed roots are refused. */
export async function findReportFiles(
  patterns: string[],
  roots: AllowedRoots,
): Promise<{ files: string[]; unmatched: string[] }> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    let matches: string[];
    if (!isGlob(pattern)) {
      const path = resolveInsideRoots('junit-files', pattern, roots);
      matches = isFile(path) ? [path] : [];
    } else {
      const found = await globMatches('junit-files', pattern, roots);
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

/** Why reading stopped early: the byte cap across files, or the time it may take. */
type Cut = 'bytes' | 'time';

/**
 * Streams one report into a counter, a chunk at a time, so that the event loop (the SMTP handshake,
 * the step's timer) runs between chunks. Stops at `budget` bytes or at `stopAt` (ms since epoch):
 * the counts so far are kept and the cut is returned.
 */
async function countFile(
  path: string,
  budget: number,
  stopAt: number,
): Promise<{ counts: TestCounts; bytes: number; cut?: Cut }> {
  const counter = new JunitCounter();
  const reader = new XmlReader(counter);
  let bytes = 0;
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const take = Math.min(chunk.length, budget - bytes);
      bytes += take;
      reader.write(decoder.decode(chunk.subarray(0, take), { stream: true }));
      if (take < chunk.length) return { counts: counter.counts, bytes, cut: 'bytes' };
      if (Date.now() >= stopAt) return { counts: counter.counts, bytes, cut: 'time' };
    }
  } finally {
    stream.destroy();
  }
  reader.write(decoder.decode());
  reader.end();
  return { counts: counter.counts, bytes };
}

/** What the reports' warning says was left out. */
function cutNote(cut: Cut, shown: string, maxBytes: number): string {
  return cut === 'bytes'
    ? `${shown} and any later reports were cut at ${Math.round(maxBytes / 1024 / 1024)} MB read in all (the counts cover what was read)`
    : `${shown} was cut to keep \`timeout-seconds\` (the counts cover what was read in time)`;
}

/**
 * Reads the JUnit reports `junit-files` names and summarises them, streamed and counted while read
 * (never built into a tree), with MAX_TOTAL_BYTES across files and at most half the time left
 * before `deadline`: past either, the counts so far are used and a warning says what was cut. A file
 * that is unreadable, malformed or not a JUnit report is a warning, never a failure of the step.
 * Undefined when no report could be read.
 */
export async function readJunitReports(
  patterns: string[],
  roots: AllowedRoots,
  log: { warning(message: string): void },
  deadline?: Deadline,
  maxBytes: number = MAX_TOTAL_BYTES,
): Promise<TestSummary | undefined> {
  if (patterns.length === 0) return undefined;
  const { files, unmatched } = await findReportFiles(patterns, roots);
  if (unmatched.length) {
    log.warning(
      `Input \`junit-files\`: no files match ${unmatched.map((u) => `"${u}"`).join(', ')} (relative to the workspace); the message has no test results from them.`,
    );
  }
  // Half of what is left: the other half is for rendering and sending the alert.
  const stopAt = deadline ? Date.now() + deadline.remainingMs() / 2 : Number.POSITIVE_INFINITY;
  const counts: TestCounts[] = [];
  const problems: string[] = [];
  let read = 0;
  for (const file of files) {
    const shown = relative(roots.workspace, file) || file;
    try {
      const result = await countFile(file, maxBytes - read, stopAt);
      read += result.bytes;
      counts.push(result.counts);
      if (result.cut) {
        log.warning(`Input \`junit-files\`: ${cutNote(result.cut, shown, maxBytes)}.`);
        break;
      }
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
