// scripts/docs.mjs: the repository named once in package.json reaches every `uses:` line and link.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { repositorySlug, withRepository } from '../../scripts/docs.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('repositorySlug', () => {
  it('reads the npm shorthand and github.com URLs', () => {
    expect(repositorySlug('github:OWNER/gmail-notify')).toBe('OWNER/gmail-notify');
    expect(repositorySlug('octo-org/gmail-notify')).toBe('octo-org/gmail-notify');
    expect(repositorySlug({ type: 'git', url: 'git+https://github.com/octo-org/mail.action.git' })).toBe(
      'octo-org/mail.action',
    );
  });

  it('refuses what is not a GitHub repository, saying what to write', () => {
    expect(() => repositorySlug(undefined)).toThrow(
      /"repository" is undefined: write .*"github:OWNER\/NAME"/,
    );
    expect(() => repositorySlug('gitlab:octo-org/gmail-notify')).toThrow(/github:OWNER\/NAME/);
    expect(() => repositorySlug({ url: 'https://example.com/a/b.git' })).toThrow(/github:OWNER\/NAME/);
  });
});

describe('withRepository', () => {
  const text = [
    '[![CI](https://github.com/OWNER/gmail-notify/actions/workflows/ci.yml/badge.svg)](https://github.com/OWNER/gmail-notify/actions/workflows/ci.yml)',
    '      - uses: actions/checkout@v5',
    '      - uses: OWNER/gmail-notify@v1',
    '  uses: someone-else/gmail-notify@v1.2.3',
    '       uses: google-github-actions/auth@v3',
    'git clone https://github.com/OWNER/gmail-notify.git && cd gmail-notify',
    'See https://github.com/OWNER/gmail-notify-extra and https://github.com/nodemailer/nodemailer.',
  ].join('\n');

  it('rewrites the badge, every uses: line and the clone URL, and nothing else', () => {
    expect(withRepository(text, 'octo-org/gmail-notify').split('\n')).toEqual([
      '[![CI](https://github.com/octo-org/gmail-notify/actions/workflows/ci.yml/badge.svg)](https://github.com/octo-org/gmail-notify/actions/workflows/ci.yml)',
      '      - uses: actions/checkout@v5',
      '      - uses: octo-org/gmail-notify@v1',
      '  uses: octo-org/gmail-notify@v1.2.3',
      '       uses: google-github-actions/auth@v3',
      'git clone https://github.com/octo-org/gmail-notify.git && cd gmail-notify',
      'See https://github.com/OWNER/gmail-notify-extra and https://github.com/nodemailer/nodemailer.',
    ]);
  });

  it('follows a renamed repository, and again after a second owner change', () => {
    const renamed = withRepository(text, 'octo-org/mail-action');
    expect(renamed).toContain('uses: octo-org/mail-action@v1\n');
    expect(renamed).not.toMatch(/uses: \S+\/gmail-notify@/);
    expect(withRepository(renamed, 'other-org/mail-action')).toContain('uses: other-org/mail-action@v1.2.3');
  });
});

describe('npm run docs with a new owner in package.json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'docs-owner-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--check fails, the rewrite fixes README.md and docs/*.md, then --check passes', () => {
    for (const file of [
      'README.md',
      'action.yml',
      'biome.json',
      '.gitignore',
      'CHANGELOG.md',
      'scripts/docs.mjs',
    ]) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      copyFileSync(join(root, file), join(dir, file));
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ ...pkg, repository: 'github:octo-org/gmail-notify' }),
    );
    mkdirSync(join(dir, 'docs', 'guides'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'guides', 'oauth.md'), '```yaml\n- uses: OWNER/gmail-notify@v1\n```\n');
    const docs = (...args: string[]) =>
      spawnSync(process.execPath, ['scripts/docs.mjs', ...args], { cwd: dir, encoding: 'utf8' });

    const before = docs('--check');
    expect(before.status).toBe(1);
    expect(before.stderr).toContain('README.md does not name the repository as octo-org/gmail-notify');
    expect(before.stderr).toContain('docs/guides/oauth.md does not name the repository');
    expect(before.stderr).toContain('CHANGELOG.md does not name the repository');

    expect(docs().status).toBe(0);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme).not.toContain('OWNER/gmail-notify');
    expect(readme.match(/uses: octo-org\/gmail-notify@v1/g)?.length).toBeGreaterThan(5);
    expect(readme).toContain('https://github.com/octo-org/gmail-notify/actions/workflows/ci.yml/badge.svg');
    expect(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')).toContain(
      '[1.0.0]: https://github.com/octo-org/gmail-notify/releases/tag/v1.0.0',
    );
    expect(readFileSync(join(dir, 'docs', 'guides', 'oauth.md'), 'utf8')).toBe(
      '```yaml\n- uses: octo-org/gmail-notify@v1\n```\n',
    );
    expect(
      execFileSync(process.execPath, ['scripts/docs.mjs', '--check'], { cwd: dir, encoding: 'utf8' }),
    ).toContain('name the repository octo-org/gmail-notify');
  });
});
