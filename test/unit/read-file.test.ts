// body-file is read only when it is a regular file of reasonable size: a FIFO would block the step
// forever (issue 13).

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readRegularFile } from '../../src/read-file.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'gmail-notify-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readRegularFile', () => {
  it('reads a regular file', () => {
    writeFileSync(path.join(dir, 'mail.md'), 'Hello {{ actor }}');
    expect(readRegularFile('body-file', path.join(dir, 'mail.md'), 'mail.md', 100)).toBe('Hello {{ actor }}');
  });

  it('refuses a FIFO at once instead of waiting for a writer', () => {
    const fifo = path.join(dir, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    expect(() => readRegularFile('body-file', fifo, 'pipe.md', 100)).toThrowError(InputError);
    expect(() => readRegularFile('body-file', fifo, 'pipe.md', 100)).toThrowError(
      'Input `body-file` must name a regular file; "pipe.md" is a named pipe (FIFO).',
    );
  });

  it('refuses a folder and a file over the cap', () => {
    mkdirSync(path.join(dir, 'folder.md'));
    expect(() => readRegularFile('body-file', path.join(dir, 'folder.md'), 'folder.md', 100)).toThrowError(
      /is a folder/,
    );
    writeFileSync(path.join(dir, 'big.md'), 'x'.repeat(101));
    expect(() => readRegularFile('body-file', path.join(dir, 'big.md'), 'big.md', 100)).toThrowError(
      /"big\.md" is 101 bytes, over the 100 a template may have/,
    );
  });

  it('names a missing file', () => {
    expect(() => readRegularFile('body-file', path.join(dir, 'nope.md'), 'nope.md', 100)).toThrowError(
      /names a file that cannot be read \("nope\.md"\)/,
    );
  });
});
