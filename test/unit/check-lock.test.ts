// scripts/check-lock.mjs, run as CI runs it: a lockfile entry without integrity fails the build.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/check-lock.mjs', import.meta.url));
const projectLock = fileURLToPath(new URL('../../package-lock.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'check-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(lock: unknown) {
  const file = join(dir, `lock-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(lock));
  return spawnSync(process.execPath, [script, file], { encoding: 'utf8' });
}

const integrity = `sha512-${'A'.repeat(86)}==`;

describe('check-lock', () => {
  it("accepts the project's own lockfile", () => {
    const out = execFileSync(process.execPath, [script, projectLock], { encoding: 'utf8' });
    expect(out).toMatch(/all \d+ package entries have a version and a sha512 integrity/);
  });

  it('names every entry without integrity and exits 1', () => {
    const result = run({
      lockfileVersion: 3,
      packages: {
        '': { name: 'x', version: '1.0.0' },
        'node_modules/ok': { version: '1.0.0', integrity },
        'node_modules/@rollup/rollup-darwin-arm64': { version: '4.0.0', optional: true, os: ['darwin'] },
        'node_modules/old': { version: '1.0.0', integrity: 'sha1-abcdef' },
        'packages/local': { version: '1.0.0' },
        'node_modules/local': { link: true, resolved: 'packages/local' },
      },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('node_modules/@rollup/rollup-darwin-arm64: no sha512 integrity');
    expect(result.stderr).toContain('node_modules/old: no sha512 integrity');
    expect(result.stderr).toContain('packages/local: no sha512 integrity');
    expect(result.stderr).not.toContain('node_modules/ok');
    expect(result.stderr).not.toContain('node_modules/local:');
    expect(result.stderr).toContain('npm install --package-lock-only');
  });

  it('refuses a lockfile without a packages map (lockfileVersion 1)', () => {
    const result = run({ lockfileVersion: 1, dependencies: {} });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no "packages" map/);
  });
});
