// Prepares a release on the maintainer's machine; never pushes.
//
//   npm run release -- 1.2.3             bump, build, commit "Release v1.2.3", tag v1.2.3, move v1
//   npm run release -- 1.2.3 --dry-run   run every check (the build too) and change nothing
//
// Checks first, changes after: a clean work tree, a version X.Y.Z not below package.json's, no tag
// v1.2.3 yet, a dated "## [1.2.3] - YYYY-MM-DD" section in CHANGELOG.md, and a dist/ that a fresh
// `npm run build` leaves unchanged (dist/ must be rebuilt and committed before the release, so the
// release commit holds only the version bump). Then it prints the push commands; pushing the tag
// starts .github/workflows/release.yml, which checks again, publishes the release and moves v1.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareVersions, parseVersion, releaseNotes } from './changelog.mjs';

const root = process.cwd();

/** Runs a command in the project; returns its trimmed stdout, or throws with its stderr. */
function run(command, args, { quiet = false } = {}) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error) throw new Error(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) {
    const output = `${result.stderr ?? ''}${quiet ? '' : (result.stdout ?? '')}`.trim();
    throw new Error(`\`${[command, ...args].join(' ')}\` failed (exit ${result.status}):\n${output}`);
  }
  return (result.stdout ?? '').trim();
}

/** Runs npm with the same npm that started this script (npm run release), else the one on PATH. */
function npm(args) {
  const cli = process.env.npm_execpath;
  return cli && /\.[cm]?js$/.test(cli) ? run(process.execPath, [cli, ...args]) : run('npm', args);
}

const git = (...args) => run('git', args);

function readJson(file) {
  return JSON.parse(readFileSync(join(root, file), 'utf8'));
}

/** Reads the command line: one version and an optional --dry-run; throws on anything else. */
function parseArgs(argv) {
  const dryRun = argv.includes('--dry-run');
  const rest = argv.filter((arg) => arg !== '--dry-run');
  if (rest.length !== 1 || rest[0].startsWith('-')) {
    throw new Error('give one version: npm run release -- X.Y.Z [--dry-run]');
  }
  return { ...parseVersion(rest[0]), dryRun };
}

/** Every check that needs no build; throws the first problem found, as one line. */
function checkBeforeBuild(release) {
  const status = git('status', '--porcelain', '--untracked-files=all');
  if (status !== '') {
    throw new Error(`the work tree is not clean; commit or stash first:\n${status}`);
  }
  const current = readJson('package.json').version;
  if (compareVersions(release.version, current) < 0) {
    throw new Error(`${release.version} is below package.json's version ${current}: give a later version.`);
  }
  const tag = `v${release.version}`;
  if (git('tag', '--list', tag) !== '') {
    throw new Error(
      `tag ${tag} already exists: a released version is never tagged again; give a later version.`,
    );
  }
  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  const notes = releaseNotes(changelog, release.version);
  return { current, tag, notes };
}

/** Builds and fails when dist/ differs from what is committed. */
function checkDist() {
  npm(['run', '--silent', 'build']);
  const changed = git('status', '--porcelain', '--untracked-files=all', '--', 'dist');
  if (changed !== '') {
    throw new Error(
      `dist/ differs from a fresh \`npm run build\`; rebuild, commit dist/ on its own, then release:\n${changed}`,
    );
  }
}

/** Puts package.json, package-lock.json and dist/ back as committed (the tree was clean at the start). */
function restore() {
  git('checkout', '--', 'package.json', 'package-lock.json', 'dist');
  git('clean', '-fdq', '--', 'dist');
}

/** Bumps the version, commits and tags; returns the release commit's short hash. */
function commitAndTag(release, { current, tag }) {
  if (release.version !== current) {
    // npm's own bump: package.json and both version fields of package-lock.json.
    npm(['version', release.version, '--no-git-tag-version']);
  }
  git('add', 'package.json', 'package-lock.json');
  // A first release whose version package.json already holds still gets its own release commit.
  git('commit', '--quiet', '--allow-empty', '-m', `Release ${tag}`);
  git('tag', '-a', tag, '-m', `Release ${tag}`);
  git('tag', '-f', '-a', `v${release.major}`, '-m', `Latest ${release.major}.x release: ${tag}`);
  return git('rev-parse', '--short', 'HEAD');
}

function printNextSteps(release, tag, commit) {
  const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
  console.log(
    `Committed ${commit} "Release ${tag}", tagged ${tag}, moved v${release.major} to it (locally).`,
  );
  console.log('Nothing is pushed. To publish:');
  console.log(`  git push origin ${branch === 'HEAD' ? 'HEAD:main' : branch}`);
  console.log(`  git push origin ${tag}`);
  console.log(
    `Pushing ${tag} runs the Release workflow: it checks dist/ and the tests, publishes the GitHub release with the CHANGELOG notes, and moves v${release.major}.`,
  );
  console.log(`To move v${release.major} by hand instead: git push --force origin v${release.major}`);
}

function main() {
  const release = parseArgs(process.argv.slice(2));
  const checked = checkBeforeBuild(release);
  const mode = release.dryRun ? 'Dry run: ' : '';
  console.log(`${mode}releasing ${checked.tag} (package.json has ${checked.current}).`);
  console.log(`Release notes from CHANGELOG.md:\n\n${checked.notes}\n`);
  try {
    checkDist();
  } catch (error) {
    restore();
    throw error;
  }
  console.log('dist/ matches a fresh build.');
  if (release.dryRun) {
    restore();
    const bump =
      release.version === checked.current
        ? `keeps package.json at ${release.version}`
        : `bumps package.json from ${checked.current} to ${release.version}`;
    console.log(
      `Dry run: every check passed. Without --dry-run this ${bump}, commits "Release ${checked.tag}", tags ${checked.tag} and moves v${release.major}.`,
    );
    return;
  }
  const commit = commitAndTag(release, checked);
  printNextSteps(release, checked.tag, commit);
}

try {
  main();
} catch (error) {
  console.error(`release: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
