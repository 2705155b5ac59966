import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../../src/inputs/index.js';
import { ATTACHMENT_LIMITS, encodedMessageBytes, findAttachments } from '../../../src/render/attachments.js';
import { renderContent } from '../../../src/render/content.js';
import { type AttachmentFile, composeMessage } from '../../../src/render/message.js';
import { inputErrorOf } from '../input-error.js';
import { contextFor, runnerEnv, settingsWith } from './helpers.js';

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A fresh workspace holding the given files: a Buffer as is, a number as a sparse file of that size. */
function workspace(files: Record<string, Buffer | number>): string {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'gmail-notify-att-'));
  scratch.push(ws);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(ws, name);
    mkdirSync(path.dirname(file), { recursive: true });
    if (typeof content === 'number') {
      writeFileSync(file, '');
      truncateSync(file, content);
    } else writeFileSync(file, content);
  }
  return ws;
}

/** The bytes of the message as the Gmail API would receive it (Bcc kept). */
async function messageBytes(settings: Settings, files: AttachmentFile[]): Promise<number> {
  const ctx = contextFor('push');
  const content = await renderContent(settings, ctx, { failed_jobs: [] }, runnerEnv('push'));
  let n = 0;
  for await (const chunk of composeMessage(settings, ctx, content, files).createStream({ keepBcc: true })) {
    n += (chunk as Buffer).length;
  }
  return n;
}

describe('encodedMessageBytes', () => {
  it('is close below the size of the message the composer writes, attachments base64-encoded', async () => {
    const sizes = [0, 1, 2, 3, 56, 57, 58, 1000, 65_536, 1_000_003];
    const ws = workspace(Object.fromEntries(sizes.map((n, i) => [`f${i}-${n}.bin`, randomBytes(n)])));
    const { files } = await findAttachments(
      ['*.bin'],
      { workspace: ws, runnerTemp: ws },
      'gmail-api',
      'error',
    );
    expect(files).toHaveLength(sizes.length);
    const settings = settingsWith({ transport: 'gmail-api' });
    const actual = await messageBytes(settings, files);
    const estimate = encodedMessageBytes(files);
    expect(estimate).toBeLessThanOrEqual(actual);
    expect(actual - estimate).toBeLessThan(4_000);
    // The attachments alone: what they add to the same message, against what the estimate adds.
    const added = actual - (await messageBytes(settings, []));
    const estimatedAdded = estimate - encodedMessageBytes([]);
    expect(Math.abs(added - estimatedAdded)).toBeLessThan(100 * files.length);
  });

  it('is about 4/3 of the raw size for a large file: 30 MB make about 41 MB', () => {
    const estimate = encodedMessageBytes([{ filename: 'app.tar', size: 30_000_000 }]);
    expect(estimate).toBeGreaterThan(41_000_000);
    expect(estimate).toBeLessThan(41_100_000);
  });
});

describe('findAttachments: size limits, checked before connecting', () => {
  const roots = (ws: string) => ({ workspace: ws, runnerTemp: ws });

  it('gmail-api: 30 MB pass the 35 MB raw check but not the encoded one; one line naming files and sizes', async () => {
    const ws = workspace({ 'dist/app.tar': 30_000_000 });
    const err = await inputErrorOf(findAttachments(['dist/*'], roots(ws), 'gmail-api', 'error'));
    expect(err.input).toBe('attachments');
    expect(err.message).not.toMatch(/\n/);
    expect(err.message).toBe(
      'Attachments total 30.0 MB, which the Gmail API receives base64-encoded in a message of about 41.1 MB, over the 35.0 MB it accepts: dist/app.tar (30.0 MB). Attach fewer or smaller (compressed) files, about 25 MB in all at most, or upload them as an artifact and link to it instead.',
    );
  });

  it('gmail-api: 25 MB of files, about 34.2 MB encoded, pass', async () => {
    const ws = workspace({ 'a.bin': 20_000_000, 'b.bin': 5_000_000 });
    const { files } = await findAttachments(['*.bin'], roots(ws), 'gmail-api', 'error');
    expect(files.map((f) => f.size)).toEqual([20_000_000, 5_000_000]);
    expect(encodedMessageBytes(files)).toBeLessThan(ATTACHMENT_LIMITS['gmail-api']);
  });

  it('gmail-api: over 35 MB raw, the raw check speaks first', async () => {
    const ws = workspace({ 'big.bin': 35_000_001 });
    const err = await inputErrorOf(findAttachments(['big.bin'], roots(ws), 'gmail-api', 'error'));
    expect(err.message).toMatch(
      /^Attachments total 35\.0 MB, over the 35\.0 MB Gmail allows with `transport: gmail-api`/,
    );
  });

  it('smtp: only the raw 25 MB check (SMTP has its own limit on the raw size)', async () => {
    const ws = workspace({ 'a.bin': 25_000_000 });
    const { files } = await findAttachments(['a.bin'], roots(ws), 'smtp', 'error');
    expect(files).toHaveLength(1);
    const over = workspace({ 'a.bin': 25_000_001 });
    const err = await inputErrorOf(findAttachments(['a.bin'], roots(over), 'smtp', 'error'));
    expect(err.message).toMatch(/over the 25\.0 MB Gmail allows with `transport: smtp`: a\.bin \(25\.0 MB\)/);
  });

  it('lists the ten largest files and how many more', async () => {
    const ws = workspace(
      Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.bin`, 2_500_000 + i])),
    );
    const err = await inputErrorOf(findAttachments(['*.bin'], roots(ws), 'gmail-api', 'error'));
    expect(err.message).toContain('f11.bin (2.5 MB), f10.bin (2.5 MB)');
    expect(err.message).toContain(', and 2 more.');
    expect(err.message).not.toContain('f0.bin');
  });
});

describe('a symlink matched by a glob (issue 13)', () => {
  it('is left out and named when it leads outside; the rest is attached; a link inside is followed', async () => {
    const ws = workspace({ 'logs/a.txt': Buffer.from('a'), 'logs/b.txt': Buffer.from('b') });
    const outside = mkdtempSync(path.join(os.tmpdir(), 'gmail-notify-att-out-'));
    scratch.push(outside);
    writeFileSync(path.join(outside, 'secret.txt'), 'secret');
    symlinkSync(path.join(outside, 'secret.txt'), path.join(ws, 'logs/planted.txt'));
    symlinkSync(path.join(ws, 'logs/a.txt'), path.join(ws, 'logs/inner.txt'));
    const found = await findAttachments(['logs/*.txt'], { workspace: ws }, 'smtp', 'error');
    expect(found.files.map((f) => f.filename).sort()).toEqual(['a.txt', 'b.txt']);
    expect(found.skipped).toEqual([path.join('logs', 'planted.txt')]);
    expect(found.unmatched).toEqual([]);
  });

  it('a pattern matching only such links is neither attached nor unmatched', async () => {
    const ws = workspace({});
    const outside = mkdtempSync(path.join(os.tmpdir(), 'gmail-notify-att-out-'));
    scratch.push(outside);
    writeFileSync(path.join(outside, 'x.log'), 'x');
    symlinkSync(path.join(outside, 'x.log'), path.join(ws, 'x.log'));
    const found = await findAttachments(['*.log'], { workspace: ws }, 'smtp', 'error');
    expect(found).toEqual({ files: [], unmatched: [], skipped: ['x.log'] });
  });

  it('a path or pattern holding a NUL character is one error naming the input, not a crash', async () => {
    // Found by the inputs property: node:fs and tinyglobby's walker throw a TypeError on it.
    const ws = workspace({ 'a.log': Buffer.from('x') });
    for (const pattern of ['a\u0000.log', '*.log\u0000<x>', 'logs/\u0000/*.txt']) {
      const err = await inputErrorOf(findAttachments([pattern], { workspace: ws }, 'smtp', 'error'));
      expect(err.input).toBe('attachments');
      expect(err.message).toMatch(/^Input `attachments`: the path ".*\\u0000.*" holds a NUL character/);
      expect(err.message).not.toContain('\u0000');
    }
  });

  it('a literal path to such a link is still an error', async () => {
    const ws = workspace({});
    const outside = mkdtempSync(path.join(os.tmpdir(), 'gmail-notify-att-out-'));
    scratch.push(outside);
    writeFileSync(path.join(outside, 'x.log'), 'x');
    symlinkSync(path.join(outside, 'x.log'), path.join(ws, 'x.log'));
    const err = await inputErrorOf(findAttachments(['x.log'], { workspace: ws }, 'smtp', 'error'));
    expect(err.message).toMatch(/`attachments` points outside the workspace/);
  });
});
