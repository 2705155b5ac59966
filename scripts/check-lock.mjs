// Fails when package-lock.json has a package entry npm could install without checking it.
//
//   node scripts/check-lock.mjs [path/to/package-lock.json]
//
// `npm ci` verifies each tarball against the entry's `integrity`; an entry without one (a
// hand-written stub, say) is installed unchecked on whatever platform selects it, so CI refuses it.
// `resolved` is not required: npm may leave registry URLs out of the lock
// (omit-lockfile-registry-resolved) and then fetches from the configured registry, still checked
// against `integrity`.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Lists the problems in a parsed lockfile (v2 or v3): entries that are not links to a local folder
 * and lack a version or a sha512 integrity. An empty list means every entry is pinned and checked.
 */
export function lockProblems(lock) {
  if (!lock || typeof lock !== 'object' || typeof lock.packages !== 'object' || lock.packages === null) {
    return [
      'the lockfile has no "packages" map (lockfileVersion 2 or 3 is needed: regenerate it with npm 7 or later)',
    ];
  }
  const problems = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    // '' is the project itself; links point at folders in the repository, which have no tarball.
    if (path === '' || entry?.link === true) continue;
    if (typeof entry?.version !== 'string' || entry.version === '') {
      problems.push(`${path}: no version`);
    }
    if (typeof entry?.integrity !== 'string' || !/^sha512-[A-Za-z0-9+/]+={0,2}$/.test(entry.integrity)) {
      problems.push(`${path}: no sha512 integrity`);
    }
  }
  return problems;
}

function main() {
  const file = process.argv[2] ?? 'package-lock.json';
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const problems = lockProblems(lock);
  if (problems.length > 0) {
    console.error(
      `${file}: ${problems.length} entr${problems.length === 1 ? 'y is' : 'ies are'} not checkable:`,
    );
    for (const problem of problems) console.error(`  ${problem}`);
    console.error(
      'Regenerate the entries from the registry: `npm install --package-lock-only`, then commit.',
    );
    process.exit(1);
  }
  const count = Object.keys(lock.packages).filter((path) => path !== '').length;
  console.log(`${file}: all ${count} package entries have a version and a sha512 integrity.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main();
  } catch (error) {
    console.error(`check-lock: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
