// scripts/release.mjs on a throwaway git repository with a tiny build of its own: what it checks,
// what it commits and tags, and that it never pushes. (The real project's build takes minutes; the
// script only runs `npm run build` and looks at dist/, so a small deterministic build stands in.)
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const scripts = fileURLToPath(new URL('../../scripts/', import.meta.url));

const changelog = `# Changelog

## [Unreleased]

## [1.1.0] - 2027-01-15

### Added

- A new input.

## [1.0.0] - 2026-12-02

- First release.

[1.1.0]: https://github.com/OWNER/gmail-notify/compare/v1.0.0...v1.1.0
`;

let dir: string;
let origin: string;

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
}

function release(...args: string[]) {
  // Without npm_execpath the script runs the npm on PATH, as it does outside `npm run`.
  const env = { ...process.env };
  delete env.npm_execpath;
  return spawnSync(process.execPath, ['scripts/release.mjs', ...args], { cwd: dir, encoding: 'utf8', env });
}

function write(file: string, text: string) {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'release-'));
  origin = mkdtempSync(join(tmpdir(), 'release-origin-'));
  execFileSync('git', ['init', '--quiet', '--bare', origin]);
  git('init', '--quiet', '--initial-branch=main');
  for (const [key, value] of [
    ['user.name', 'Release Test'],
    ['user.email', 'release-test@example.com'],
    ['commit.gpgsign', 'false'],
    ['tag.gpgsign', 'false'],
  ]) {
    git('config', key, value);
  }
  git('remote', 'add', 'origin', origin);
  for (const file of ['release.mjs', 'changelog.mjs']) {
    mkdirSync(join(dir, 'scripts'), { recursive: true });
    copyFileSync(join(scripts, file), join(dir, 'scripts', file));
  }
  const pkg = {
    name: 'release-fixture',
    version: '1.0.0',
    private: true,
    scripts: { build: 'node build.mjs' },
  };
  write('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  const lock = {
    name: pkg.name,
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: { '': pkg },
  };
  write('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
  // dist/ is a pure function of src/, as with ncc.
  write(
    'build.mjs',
    "import fs from 'node:fs';\nfs.mkdirSync('dist',{recursive:true});\n" +
      "fs.writeFileSync('dist/index.js', '// built\\n' + fs.readFileSync('src/index.js','utf8'));\n",
  );
  write('src/index.js', 'console.log(1);\n');
  write('dist/index.js', '// built\nconsole.log(1);\n');
  write('CHANGELOG.md', changelog);
  git('add', '-A');
  git('commit', '--quiet', '-m', 'Initial');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(origin, { recursive: true, force: true });
});

describe('npm run release', () => {
  it('--dry-run runs every check and changes nothing', () => {
    const head = git('rev-parse', 'HEAD');
    const result = release('1.1.0', '--dry-run');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Dry run: releasing v1.1.0 (package.json has 1.0.0).');
    expect(result.stdout).toContain('- A new input.');
    expect(result.stdout).toContain('dist/ matches a fresh build.');
    expect(result.stdout).toContain(
      'Without --dry-run this bumps package.json from 1.0.0 to 1.1.0, commits "Release v1.1.0"',
    );
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(git('tag', '--list')).toBe('');
    expect(git('status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('bumps, commits "Release vX.Y.Z", tags it, moves vX, and pushes nothing', () => {
    const result = release('1.1.0');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(git('log', '-1', '--format=%s')).toBe('Release v1.1.0');
    expect(git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([
      'package-lock.json',
      'package.json',
    ]);
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version).toBe('1.1.0');
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
    expect([lock.version, lock.packages[''].version]).toEqual(['1.1.0', '1.1.0']);
    const head = git('rev-parse', 'HEAD');
    expect(git('rev-parse', 'v1.1.0^{commit}')).toBe(head);
    expect(git('cat-file', '-t', 'v1.1.0')).toBe('tag');
    expect(git('rev-parse', 'v1^{commit}')).toBe(head);
    expect(git('status', '--porcelain', '--untracked-files=all')).toBe('');
    expect(result.stdout).toContain('git push origin main');
    expect(result.stdout).toContain('git push origin v1.1.0');
    expect(execFileSync('git', ['for-each-ref'], { cwd: origin, encoding: 'utf8' })).toBe('');

    // The next release moves v1 on from the old commit.
    write(
      'CHANGELOG.md',
      changelog.replace('## [Unreleased]\n', '## [Unreleased]\n\n## [1.1.1] - 2027-02-01\n\n- A fix.\n'),
    );
    git('commit', '--quiet', '-am', 'Changelog for 1.1.1');
    expect(release('1.1.1').status).toBe(0);
    expect(git('rev-parse', 'v1^{commit}')).toBe(git('rev-parse', 'HEAD'));
    expect(git('rev-parse', 'v1.1.0^{commit}')).toBe(head);
  });

  it('releases the version package.json already holds with a commit of its own', () => {
    const before = git('rev-parse', 'HEAD');
    expect(release('v1.0.0').status).toBe(0);
    expect(git('rev-parse', 'HEAD~1')).toBe(before);
    expect(git('log', '-1', '--format=%s')).toBe('Release v1.0.0');
    expect(git('rev-parse', 'v1^{commit}')).toBe(git('rev-parse', 'HEAD'));
  });

  it.each([
    [['1.1'], /"1\.1" is not a release version/],
    [[], /give one version: npm run release -- X\.Y\.Z \[--dry-run\]/],
    [['0.9.0'], /0\.9\.0 is below package\.json's version 1\.0\.0/],
    [['1.2.0'], /CHANGELOG\.md has no "## \[1\.2\.0\] - YYYY-MM-DD" section/],
  ])('refuses %j before changing anything', (args, message) => {
    const result = release(...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(git('log', '--format=%s')).toBe('Initial');
    expect(git('tag', '--list')).toBe('');
  });

  it('refuses a dirty work tree and a version already tagged', () => {
    write('notes.txt', 'untracked\n');
    expect(release('1.1.0').stderr).toMatch(
      /the work tree is not clean; commit or stash first:\n\?\? notes\.txt/,
    );
    rmSync(join(dir, 'notes.txt'));
    git('tag', 'v1.1.0');
    expect(release('1.1.0').stderr).toMatch(/tag v1\.1\.0 already exists/);
    expect(git('log', '--format=%s')).toBe('Initial');
  });

  it('refuses a stale dist/ and puts the tree back as it was', () => {
    write('src/index.js', 'console.log(2);\n');
    git('commit', '--quiet', '-am', 'Change src without rebuilding');
    const result = release('1.1.0');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /dist\/ differs from a fresh `npm run build`; rebuild, commit dist\/ on its own/,
    );
    expect(git('status', '--porcelain', '--untracked-files=all')).toBe('');
    expect(git('tag', '--list')).toBe('');
    expect(git('log', '-1', '--format=%s')).toBe('Change src without rebuilding');
  });
});
