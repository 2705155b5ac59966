// Reads one version's section out of CHANGELOG.md (Keep a Changelog form): the release notes.
//
//   node scripts/changelog.mjs 1.2.3 [CHANGELOG.md]   print the section's body (exit 1 when absent)
//
// Used by scripts/release.mjs (the section must exist before a release) and by the release workflow
// (the body becomes the GitHub release's notes).

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/**
 * Parses "X.Y.Z" (a leading "v" is accepted) into its parts; throws a one-line error otherwise.
 * Pre-release and build suffixes are refused: the release tags are plain vX.Y.Z.
 */
export function parseVersion(text) {
  const match = SEMVER.exec(String(text ?? '').replace(/^v/, ''));
  if (!match) {
    throw new Error(
      `"${text ?? ''}" is not a release version: give X.Y.Z, three numbers without leading zeros (e.g. 1.2.3).`,
    );
  }
  const [major, minor, patch] = match.slice(1).map(Number);
  return { major, minor, patch, version: `${major}.${minor}.${patch}` };
}

/** Orders two "X.Y.Z" versions: negative when a < b, 0 when equal, positive when a > b. */
export function compareVersions(a, b) {
  const x = parseVersion(a);
  const y = parseVersion(b);
  return x.major - y.major || x.minor - y.minor || x.patch - y.patch;
}

function regexLiteral(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds the `## [label]` heading for `label` (a version or "Unreleased"). Returns its line index,
 * the heading line, and the body: the lines up to the next `## ` heading, without the link
 * reference definitions (`[1.0.0]: https://…`) Keep a Changelog puts at the end, trimmed.
 * Returns undefined when there is no such heading.
 */
export function changelogSection(text, label) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const heading = new RegExp(`^## \\[${regexLiteral(label)}\\](?:\\s|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start === -1) return undefined;
  let end = lines.findIndex((line, index) => index > start && /^## /.test(line));
  if (end === -1) end = lines.length;
  const body = lines
    .slice(start + 1, end)
    .filter((line) => !/^\[(?:Unreleased|\d+\.\d+\.\d+[^\]]*)\]:\s*\S+\s*$/i.test(line))
    .join('\n')
    .trim();
  return { line: start + 1, heading: lines[start], body };
}

/**
 * The release notes for `version`: the body of its section. Throws a one-line error, saying what
 * to add, when the section is missing, undated or empty.
 */
export function releaseNotes(text, version, file = 'CHANGELOG.md') {
  const section = changelogSection(text, version);
  if (!section) {
    throw new Error(
      `${file} has no "## [${version}] - YYYY-MM-DD" section: move the Unreleased entries under it, then commit.`,
    );
  }
  if (!/^## \[[^\]]+\] - \d{4}-\d{2}-\d{2}\s*$/.test(section.heading)) {
    throw new Error(
      `${file} line ${section.line}: write the heading as "## [${version}] - YYYY-MM-DD" (the release date).`,
    );
  }
  if (section.body === '') {
    throw new Error(
      `${file} line ${section.line}: the ${version} section is empty: list the changes under it.`,
    );
  }
  return section.body;
}

function main() {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
  const { version: plain } = parseVersion(version);
  process.stdout.write(`${releaseNotes(readFileSync(file, 'utf8'), plain, file)}\n`);
}

// Run as a script, not imported.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main();
  } catch (error) {
    console.error(`changelog: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
