// scripts/changelog.mjs: the release notes a GitHub release gets, and the version checks the
// release script relies on.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { changelogSection, compareVersions, parseVersion, releaseNotes } from '../../scripts/changelog.mjs';

const script = fileURLToPath(new URL('../../scripts/changelog.mjs', import.meta.url));
const projectChangelog = fileURLToPath(new URL('../../CHANGELOG.md', import.meta.url));

const changelog = [
  '# Changelog',
  '',
  '## [Unreleased]',
  '',
  '### Fixed',
  '',
  '- Not yet released.',
  '',
  '## [1.10.0] - 2027-03-01',
  '',
  '### Added',
  '',
  '- The tenth minor.',
  '',
  '## [1.1.0] - 2027-01-15',
  '',
  '### Changed',
  '',
  '- A [linked][docs] change.',
  '',
  '[docs]: https://example.com/docs',
  '',
  '## [1.0.0]',
  '',
  '## [0.9.0] - 2026-11-01',
  '',
  '- The last before 1.0.',
  '',
  '[Unreleased]: https://github.com/OWNER/gmail-notify/compare/v1.10.0...HEAD',
  '[1.10.0]: https://github.com/OWNER/gmail-notify/compare/v1.1.0...v1.10.0',
  '[0.9.0]: https://github.com/OWNER/gmail-notify/releases/tag/v0.9.0',
  '',
].join('\n');

describe('parseVersion and compareVersions', () => {
  it('accepts X.Y.Z and vX.Y.Z', () => {
    expect(parseVersion('1.2.3')).toEqual({ major: 1, minor: 2, patch: 3, version: '1.2.3' });
    expect(parseVersion('v10.0.1').version).toBe('10.0.1');
  });

  it.each(['1.2', '1.2.3.4', '01.2.3', '1.2.3-beta.1', 'v', '', 'latest'])(
    'refuses %j in one line',
    (text) => {
      expect(() => parseVersion(text)).toThrow(/is not a release version: give X\.Y\.Z/);
    },
  );

  it('orders numerically, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.9.0', '1.0.0')).toBeLessThan(0);
  });
});

describe('changelogSection and releaseNotes', () => {
  it('takes one section, up to the next heading, not a longer version that starts the same', () => {
    expect(releaseNotes(changelog, '1.1.0')).toBe(
      '### Changed\n\n- A [linked][docs] change.\n\n[docs]: https://example.com/docs',
    );
    expect(releaseNotes(changelog, '1.10.0')).toBe('### Added\n\n- The tenth minor.');
  });

  it('leaves out the version link definitions at the end of the file', () => {
    expect(releaseNotes(changelog, '0.9.0')).toBe('- The last before 1.0.');
  });

  it('reads the Unreleased section too', () => {
    expect(changelogSection(changelog, 'Unreleased')?.body).toBe('### Fixed\n\n- Not yet released.');
  });

  it('says what to add when the section is missing, undated or empty', () => {
    expect(changelogSection(changelog, '2.0.0')).toBeUndefined();
    expect(() => releaseNotes(changelog, '2.0.0')).toThrow(
      'CHANGELOG.md has no "## [2.0.0] - YYYY-MM-DD" section: move the Unreleased entries under it, then commit.',
    );
    expect(() => releaseNotes(changelog, '1.0.0')).toThrow(
      'CHANGELOG.md line 23: write the heading as "## [1.0.0] - YYYY-MM-DD" (the release date).',
    );
    const empty = changelog.replace('- The last before 1.0.\n', '');
    expect(() => releaseNotes(empty, '0.9.0')).toThrow('the 0.9.0 section is empty');
  });

  it('reads CRLF files', () => {
    expect(releaseNotes(changelog.replace(/\n/g, '\r\n'), '1.10.0')).toBe('### Added\n\n- The tenth minor.');
  });
});

describe('node scripts/changelog.mjs (the release workflow runs it)', () => {
  it("prints the project's 1.0.0 notes for the tag v1.0.0", () => {
    const result = spawnSync(process.execPath, [script, 'v1.0.0', projectChangelog], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('### Added');
    expect(result.stdout).not.toContain('## [');
    expect(result.stdout).not.toMatch(/^\[1\.0\.0\]:/m);
    expect(readFileSync(projectChangelog, 'utf8')).toMatch(/^## \[Unreleased\]$/m);
  });

  it('exits 1 with one line when the version has no section', () => {
    const result = spawnSync(process.execPath, [script, '9.9.9', projectChangelog], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('has no "## [9.9.9] - YYYY-MM-DD" section');
  });
});
