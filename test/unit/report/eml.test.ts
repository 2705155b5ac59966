// eml-path: confined to the workspace or RUNNER_TEMP, written atomically, never through a link.

import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { resolveForWriting, writeFileAtomically } from '../../../src/report/eml.js';

describe('eml-path: confined, never written through a link', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'eml-path-'));
  const ws = path.join(root, 'ws');
  const temp = path.join(root, 'temp');
  const outside = path.join(root, 'outside');
  for (const d of [ws, temp, outside]) mkdirSync(d);
  const victim = path.join(outside, 'victim.sh');
  writeFileSync(victim, 'echo untouched');
  symlinkSync(outside, path.join(ws, 'linkdir'));
  symlinkSync(victim, path.join(ws, 'report.eml'));
  const roots = { workspace: ws, runnerTemp: temp };
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([
    '../../x.eml',
    '../outside/x.eml',
    path.join(outside, 'x.eml'),
    'linkdir/x.eml',
    'linkdir/new/deeper/x.eml',
    '/etc/x.eml',
  ])('refuses %s', (p) => {
    expect(() => resolveForWriting('eml-path', p, roots)).toThrowError(InputError);
    expect(() => resolveForWriting('eml-path', p, roots)).toThrowError(
      /`eml-path` points outside the workspace/,
    );
  });

  it.each(['out/new/x.eml', 'x.eml', path.join(temp, 'x.eml'), 'linkdir/../y.eml'])('allows %s', (p) => {
    expect(resolveForWriting('eml-path', p, roots).startsWith(root)).toBe(true);
  });

  it('refuses a name holding a NUL character with one line naming the input', () => {
    expect(() => resolveForWriting('eml-path', 'out/a\u0000.eml', roots)).toThrowError(
      /^Input `eml-path`: the path "out\/a\\u0000\.eml" holds a NUL character/,
    );
  });

  it('refuses a folder name', () => {
    expect(() => resolveForWriting('eml-path', 'out/', roots)).toThrowError(/must name a file/);
  });

  it('replaces a symlink at the file name instead of writing through it', async () => {
    const target = resolveForWriting('eml-path', 'report.eml', roots);
    await writeFileAtomically(target, Readable.from([Buffer.from('Subject: x\n\nbody\n')]));
    expect(readFileSync(victim, 'utf8')).toBe('echo untouched');
    expect(lstatSync(path.join(ws, 'report.eml')).isSymbolicLink()).toBe(false);
    expect(readFileSync(path.join(ws, 'report.eml'), 'utf8')).toBe('Subject: x\n\nbody\n');
    expect(readdirSync(ws).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('creates missing folders, and leaves no temporary file when it cannot write', async () => {
    const target = resolveForWriting('eml-path', 'a/b/c.eml', roots);
    await writeFileAtomically(target, Readable.from([Buffer.from('x')]));
    expect(existsSync(path.join(ws, 'a/b/c.eml'))).toBe(true);
    mkdirSync(path.join(ws, 'dir.eml'));
    const dir = resolveForWriting('eml-path', 'dir.eml', roots);
    await expect(writeFileAtomically(dir, Readable.from([Buffer.from('x')]))).rejects.toThrowError(
      /could not write .*dir\.eml/,
    );
    expect(readdirSync(ws).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
