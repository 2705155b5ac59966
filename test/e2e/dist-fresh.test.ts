// The check that stops the end-to-end tests on a dist/ older than src/ (dist-fresh.ts), on small
// throwaway repositories: times after an edit or a build, and git's word on a fresh clone.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DIST_ENTRIES, distStaleness } from './dist-fresh.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A tree with src/ and both bundles, every file dated `at` (seconds since the epoch). */
function tree(at: number): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dist-fresh-'));
  roots.push(root);
  for (const file of ['src/index.ts', 'src/cli/auth.ts', ...DIST_ENTRIES])
    write(root, file, `// ${file}\n`, at);
  return root;
}

function write(root: string, file: string, text: string, at: number): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
  utimesSync(path.join(root, file), at, at);
}

function git(root: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: root,
    stdio: 'ignore',
  });
}

describe('distStaleness', () => {
  it('passes a build at least as new as every source file', () => {
    const root = tree(1_000_000);
    expect(distStaleness(root)).toBeUndefined();
    write(root, DIST_ENTRIES[0]!, '// rebuilt\n', 2_000_000);
    write(root, DIST_ENTRIES[1]!, '// rebuilt\n', 2_000_000);
    write(root, 'src/index.ts', '// edited before that build\n', 1_500_000);
    expect(distStaleness(root)).toBeUndefined();
  });

  it('refuses, in one line that says what to run, a source file edited after the build', () => {
    const root = tree(1_000_000);
    write(root, 'src/cli/auth.ts', '// edited\n', 2_000_000);
    expect(distStaleness(root)).toBe(
      `dist/ is older than src/: run npm run build (${path.join('src', 'cli', 'auth.ts')} changed after the last build)`,
    );
  });

  it('refuses a missing bundle', () => {
    const root = tree(1_000_000);
    rmSync(path.join(root, 'dist/cli/index.js'));
    expect(distStaleness(root)).toBe('dist/cli/index.js is missing: run npm run build');
  });

  it('believes git on a checkout whose times came out in the wrong order, unless src/ moved on', () => {
    const root = tree(1_000_000);
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'src and dist together');
    // As a fresh clone may leave it: dist/ written before src/.
    write(root, 'src/index.ts', '// src/index.ts\n', 2_000_000);
    expect(distStaleness(root)).toBeUndefined();

    // A source change not built yet: uncommitted, then committed without dist/.
    write(root, 'src/index.ts', '// changed\n', 3_000_000);
    expect(distStaleness(root)).toMatch(/^dist\/ is older than src\/: run npm run build/);
    git(root, 'commit', '-qam', 'src only');
    expect(distStaleness(root)).toMatch(/^dist\/ is older than src\/: run npm run build/);

    // Built and committed: in step again, whatever the times.
    for (const entry of DIST_ENTRIES) write(root, entry, '// rebuilt\n', 500_000);
    git(root, 'commit', '-qam', 'dist rebuilt');
    expect(distStaleness(root)).toBeUndefined();
  });
});
