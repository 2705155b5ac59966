import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
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

/** The path with symlinks resolved, or as given when it does not exist. */
export function real(p: string): string {
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
  refuseNul(input, userPath);
  const target = real(resolve(roots.workspace, userPath));
  refuseOutside(input, userPath, target, roots);
  return target;
}

/**
 * A NUL character cannot be in a file name, and node:fs throws a TypeError on one (tinyglobby's
 * walker too): the runner's environment cannot carry it, but an input read another way can.
 */
export function refuseNul(input: string, userPath: string): void {
  if (!userPath.includes('\0')) return;
  const shown = JSON.stringify(userPath.slice(0, 120)).slice(1, -1);
  throw new InputError(
    input,
    `Input \`${input}\`: the path "${shown}" holds a NUL character (\\u0000), which no file name can: remove it.`,
  );
}

/** Throws the InputError naming `input` when `target` is outside GITHUB_WORKSPACE and RUNNER_TEMP. */
export function refuseOutside(input: string, userPath: string, target: string, roots: AllowedRoots): void {
  const allowed = [roots.workspace, roots.runnerTemp].filter((r): r is string => !!r).map(real);
  if (!allowed.some((root) => inside(target, root))) {
    throw new InputError(
      input,
      `Input \`${input}\` points outside the workspace: "${userPath.slice(0, 120)}" resolves to ${target}. Only files under GITHUB_WORKSPACE or RUNNER_TEMP may be used.`,
    );
  }
}

/** Characters that make a path input a glob pattern (tinyglobby's syntax). */
const GLOB_CHARS = /[*?[\]{}!]/;

/** True when `pattern` is a glob, not a plain path. */
export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/**
 * The files a glob pattern matches, as absolute paths, not yet checked against the roots (a match may
 * be a link that leads outside: the caller decides). The pattern's fixed part, the folders before its
 * first wildcard, must itself resolve inside the allowed roots (InputError naming `input`). tinyglobby
 * loads only here, a chunk of its own: most runs have no pattern.
 */
export async function globMatches(input: string, pattern: string, roots: AllowedRoots): Promise<string[]> {
  refuseNul(input, pattern);
  const segments = pattern.split(/[\\/]/);
  const firstGlob = segments.findIndex((seg) => GLOB_CHARS.test(seg));
  const baseDir = resolveInsideRoots(input, segments.slice(0, firstGlob).join('/') || '.', roots);
  const { glob } = await import('tinyglobby');
  return glob(segments.slice(firstGlob).join('/'), {
    cwd: baseDir,
    absolute: true,
    onlyFiles: true,
    dot: false,
  });
}
