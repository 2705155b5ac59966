// The end-to-end tests run the bundled dist/index.js, not src/: run against a build older than the
// source, they would pass or fail for code that is no longer there. This check refuses that.
//
// Modification times answer it after any local edit or build. They cannot on a fresh clone: git
// writes files in whatever order it likes, so dist/ may be "older" than src/ there although it was
// committed from that very source. So when the times say stale, git gets the last word: src/ and
// dist/ as committed, and no commit touching src/ since the last one touching dist/, is up to date.
// (CI builds before it tests, which makes the times agree anyway; its check-dist job compares the
// committed dist/ with a fresh build.)

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The bundles the end-to-end tests run, relative to the repository root. */
export const DIST_ENTRIES: readonly string[] = ['dist/index.js', 'dist/cli/index.js'];

/** The newest file below `dir` (recursively) and its mtime, or undefined for an empty tree. */
function newestFile(dir: string): { file: string; mtimeMs: number } | undefined {
  let newest: { file: string; mtimeMs: number } | undefined;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const { mtimeMs } = statSync(file);
    if (!newest || mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
  }
  return newest;
}

function git(root: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
}

/** Whether git vouches for dist/: both trees as committed, and no src/ commit after the last dist/ one. */
function committedInStep(root: string): boolean {
  try {
    if (git(root, ['status', '--porcelain', '--', 'src', 'dist']) !== '') return false;
    const lastDist = git(root, ['log', '-1', '--format=%H', '--', 'dist']);
    if (!lastDist) return false;
    return git(root, ['rev-list', '--count', `${lastDist}..HEAD`, '--', 'src']) === '0';
  } catch {
    return false; // not a git checkout, or no git: the times alone decide
  }
}

/**
 * Why dist/ must not be tested as it is (one line, saying what to run), or undefined when it is
 * at least as new as src/.
 */
export function distStaleness(root: string): string | undefined {
  for (const entry of DIST_ENTRIES) {
    if (!existsSync(path.join(root, entry))) return `${entry} is missing: run npm run build`;
  }
  const newestSource = newestFile(path.join(root, 'src'));
  if (!newestSource) return undefined;
  const oldestBuilt = Math.min(...DIST_ENTRIES.map((entry) => statSync(path.join(root, entry)).mtimeMs));
  if (oldestBuilt >= newestSource.mtimeMs || committedInStep(root)) return undefined;
  const newer = path.relative(root, newestSource.file);
  return `dist/ is older than src/: run npm run build (${newer} changed after the last build)`;
}
