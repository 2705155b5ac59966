import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from './errors.js';

/** The folders a workflow may hand us files from. */
export interface AllowedRoots {
  workspace: string;
  runnerTemp?: string;
}

function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

/**
 * Resolves a user-given path against the workspace and refuses it (InputError naming `input`) when
 * it lands, after following symlinks and `..`, outside GITHUB_WORKSPACE and RUNNER_TEMP.
 */
export function resolveInsideRoots(input: string, userPath: string, roots: AllowedRoots): string {
  const target = real(resolve(roots.workspace, userPath));
  refuseOutside(input, userPath, target, roots);
  return target;
}

function refuseOutside(input: string, userPath: string, target: string, roots: AllowedRoots): void {
  const allowed = [roots.workspace, roots.runnerTemp].filter((r): r is string => !!r).map(real);
  if (!allowed.some((root) => inside(target, root))) {
    throw new InputError(
      input,
      `Input \`${input}\` points outside the workspace: "${userPath.slice(0, 120)}" resolves to ${target}. Only files under GITHUB_WORKSPACE or RUNNER_TEMP may be used.`,
    );
  }
}

/**
 * Where a file the action writes (`eml-path`) may go: its folder resolved, symlinks and `..`
 * included, through the deepest folder that exists (the rest is created later), and refused
 * (InputError) outside GITHUB_WORKSPACE and RUNNER_TEMP. The file name itself is not followed: a
 * symlink there is replaced by the file, never written through.
 */
export function resolveForWriting(input: string, userPath: string, roots: AllowedRoots): string {
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
 * Reads a regular file of at most `maxBytes` as UTF-8, or throws an InputError naming `input`. It
 * is opened without blocking and checked on the open descriptor, so a FIFO, a device or a folder
 * is refused at once (reading a FIFO would wait forever) and the file checked is the file read.
 */
export function readRegularFile(input: string, path: string, shown: string, maxBytes: number): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    throw new InputError(
      input,
      `Input \`${input}\` names a file that cannot be read (${JSON.stringify(shown)}). Check the path (relative to the workspace) and that the job checked out the repository.`,
    );
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      throw new InputError(
        input,
        `Input \`${input}\` must name a regular file; ${JSON.stringify(shown)} is a ${stat.isDirectory() ? 'folder' : stat.isFIFO() ? 'named pipe (FIFO)' : 'device or socket'}.`,
      );
    }
    if (stat.size > maxBytes) {
      throw new InputError(
        input,
        `Input \`${input}\`: ${JSON.stringify(shown)} is ${stat.size} bytes, over the ${maxBytes} a template may have. Use a smaller template.`,
      );
    }
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}
