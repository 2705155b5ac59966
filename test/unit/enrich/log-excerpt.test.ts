import { describe, expect, it } from 'vitest';
import { cleanLogLine, logExcerpt } from '../../../src/enrich/log-excerpt.js';

const ts = (n: number): string =>
  `2025-03-14T09:31:${String(n % 60).padStart(2, '0')}.${String(n).padStart(7, '0')}Z`;

describe('cleanLogLine', () => {
  it('strips the runner timestamp and a byte-order mark', () => {
    expect(cleanLogLine('\uFEFF2025-03-14T09:31:07.1234567Z Current runner version: 2.322.0')).toBe(
      'Current runner version: 2.322.0',
    );
  });
  it('strips ANSI colours, OSC hyperlinks and stray control characters', () => {
    expect(cleanLogLine(`${ts(1)} \u001b[31mFAIL\u001b[39m \u001b[1mtest/a.test.ts\u001b[22m\r`)).toBe(
      'FAIL test/a.test.ts',
    );
    expect(cleanLogLine('\u001b]8;;https://x.example\u0007link\u001b]8;;\u0007 done\u0007')).toBe(
      'link done',
    );
  });
  it('spells out workflow-command markers and drops endgroup', () => {
    expect(cleanLogLine(`${ts(2)} ##[error]Process completed with exit code 1.`)).toBe(
      'Error: Process completed with exit code 1.',
    );
    expect(cleanLogLine(`${ts(3)} ##[group]Run npm test`)).toBe('Run npm test');
    expect(cleanLogLine(`${ts(4)} ##[endgroup]`)).toBeUndefined();
  });
  it('keeps a line that only looks like a timestamp later on', () => {
    expect(cleanLogLine('at 2025-03-14T09:31:07Z the build started')).toBe(
      'at 2025-03-14T09:31:07Z the build started',
    );
  });
  it('caps very long lines', () => {
    expect(cleanLogLine('x'.repeat(2000))!.length).toBe(501);
  });
});

describe('logExcerpt', () => {
  const log = (lines: string[]): string => `${lines.map((l, i) => `${ts(i)} ${l}`).join('\n')}\n`;

  it('keeps the last N lines, without trailing blank lines', () => {
    const raw = log(Array.from({ length: 50 }, (_, i) => `line ${i + 1}`));
    const out = logExcerpt(`${raw}\n\n`, 5).split('\n');
    expect(out).toEqual(['line 46', 'line 47', 'line 48', 'line 49', 'line 50']);
  });
  it('returns everything when the log is shorter than N, and nothing for N = 0', () => {
    expect(logExcerpt(log(['a', 'b']), 30)).toBe('a\nb');
    expect(logExcerpt(log(['a', 'b']), 0)).toBe('');
  });
  it('ends at the last error when post-job steps would push it out of the window', () => {
    const lines = [
      'npm test',
      'FAIL src/sum.test.ts > adds',
      'AssertionError: expected 3 to be 4',
      '##[error]Process completed with exit code 1.',
      ...Array.from({ length: 20 }, (_, i) => `Post job cleanup ${i}`),
    ];
    const out = logExcerpt(log(lines), 3);
    expect(out).toBe(
      'FAIL src/sum.test.ts > adds\nAssertionError: expected 3 to be 4\nError: Process completed with exit code 1.',
    );
  });
  it('keeps the plain last N lines when the error is inside them', () => {
    const lines = ['a', '##[error]boom', 'Post job cleanup.', 'Cleaning up orphan processes'];
    expect(logExcerpt(log(lines), 3)).toBe('Error: boom\nPost job cleanup.\nCleaning up orphan processes');
  });
  it('handles CRLF logs', () => {
    expect(logExcerpt('2025-03-14T09:31:07.1Z one\r\n2025-03-14T09:31:07.2Z two\r\n', 1)).toBe('two');
  });
});
