// Writes the .eml file (eml-path): atomically, never through a link.

import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { InputError } from '../errors.js';
import { type AllowedRoots, real, refuseNul, refuseOutside } from '../paths.js';
import type { ComposedMessage } from '../render/message.js';

// Loaded only when `eml-path` is set.

/**
 * Where a file the action writes (`eml-path`) may go: its folder resolved, symlinks and `..`
 * included, through the deepest folder that exists (the rest is created later), and refused
 * (InputError) outside GITHUB_WORKSPACE and RUNNER_TEMP. The file name itself is not followed: a
 * symlink there is replaced by the file, never written through.
 */
export function resolveForWriting(input: string, userPath: string, roots: AllowedRoots): string {
  refuseNul(input, userPath);
  const abs = resolve(roots.workspace, userPath);
  const name = basename(abs);
  if (!userPath.trim() || /[\\/]$/.test(userPath) || abs === dirname(abs)) {
    throw new InputError(
      input,
      `Input \`${input}\` must name a file, such as out/message.eml; got "${userPath.slice(0, 120)}".`,
    );
  }
  let existing = dirname(abs);
  const missing: string[] = [];
  while (!existsSync(existing) && dirname(existing) !== existing) {
    missing.unshift(basename(existing));
    existing = dirname(existing);
  }
  const target = join(real(existing), ...missing, name);
  refuseOutside(input, userPath, target, roots);
  return target;
}

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

/**
 * The message as an RFC 5322 file holds it: the same bytes SMTP sends (no Bcc), with CRLF line
 * breaks. The composer leaves the body's own breaks as LF (the SMTP client converts them on the
 * wire), so the bytes go through nodemailer's stream transport with its `newline: 'windows'` option.
 */
async function emlStream(message: ComposedMessage): Promise<Readable> {
  const { createTransport } = await import('nodemailer');
  const info = await createTransport({ streamTransport: true, buffer: false, newline: 'windows' }).sendMail({
    envelope: message.envelope,
    raw: message.createStream(),
  });
  return info.message as Readable;
}

/** Writes `message` as an .eml file to `target` (see resolveForWriting, writeFileAtomically). */
export async function writeEml(target: string, message: ComposedMessage): Promise<void> {
  await writeFileAtomically(target, await emlStream(message));
}
