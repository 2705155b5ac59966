// Writes the .eml file (eml-path): atomically, never through a link.

import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { InputError } from './errors.js';

/**
 * Writes a message to `target` (already confined, see resolveForWriting): into a new file of its
 * own in the same folder (created exclusively, so no link is followed), then renamed over the
 * target. A symlink at `target` is replaced, never written through; a half-written file never
 * stands under the target's name.
 */
export async function writeFileAtomically(
  target: string,
  content: Readable,
  input = 'eml-path',
): Promise<void> {
  const folder = dirname(target);
  const temp = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    mkdirSync(folder, { recursive: true });
    await pipeline(content, createWriteStream(temp, { flags: 'wx', mode: 0o644 }));
    renameSync(temp, target);
  } catch (err) {
    rmSync(temp, { force: true });
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new InputError(
      input,
      `Input \`${input}\`: could not write ${target} (${code}). Name a file in a writable folder of the workspace or RUNNER_TEMP.`,
    );
  }
}
