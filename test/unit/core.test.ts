// The Core seam (src/core.ts): line-by-line masking over core.setSecret, with the real
// @actions/core writing the workflow commands, and run() driven through the fake core.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { maskValues, withLineMasking } from '../../src/core.js';
import { run } from '../../src/main.js';
import { fakeCore } from '../__fixtures__/core.js';
import { parseWorkflowCommands } from '../e2e/harness.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** What @actions/core writes to stdout while `work` runs. */
function stdoutOf(work: () => void): string {
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  try {
    work();
  } finally {
    vi.restoreAllMocks();
  }
  return out.join('');
}

const KEY =
  '-----BEGIN PRIVATE KEY-----\r\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n  abc\n}\n\nTAIL1234==\n-----END PRIVATE KEY-----\n';

describe('maskValues', () => {
  it('never registers empty or blank values (the runner warns on them)', () => {
    expect(maskValues('')).toEqual([]);
    expect(maskValues(' \n ')).toEqual([]);
  });

  it('covers every line of at least MIN_MASKED_LINE characters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 0, maxLength: 12 }), { minLength: 2, maxLength: 6 }),
        (lines) => {
          const secret = lines.join('\n');
          const values = maskValues(secret);
          for (const line of lines) if (line.trim().length >= 4) expect(values).toContain(line.trim());
          if (secret.trim()) expect(values[0]).toBe(secret);
        },
      ),
    );
  });
});

describe('withLineMasking over @actions/core', () => {
  it('masks a multi-line secret whole and line by line (a PEM key), skipping trivial lines, once', () => {
    const stdout = stdoutOf(() => {
      const masked = withLineMasking(core);
      masked.setSecret(KEY);
      masked.setSecret(KEY);
      masked.setSecret('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC');
    });
    expect(parseWorkflowCommands(stdout).masks).toEqual([
      KEY,
      '-----BEGIN PRIVATE KEY-----',
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
      'TAIL1234==',
      '-----END PRIVATE KEY-----',
    ]);
    // Every mask command is one line.
    expect(
      stdout
        .split('\n')
        .filter(Boolean)
        .every((l) => /^::add-mask::[^\r\n]*$/.test(l)),
    ).toBe(true);
  });

  it('hands everything else through unchanged', () => {
    const fake = fakeCore({ name: '  value  ' });
    const masked = withLineMasking(fake);
    expect(masked.getInput('name')).toBe('value');
    expect(masked.getInput('name', { trimWhitespace: false })).toBe('  value  ');
    masked.setOutput('sent', 'true');
    masked.warning('w');
    masked.notice('n');
    masked.setFailed(new Error('boom'));
    expect(fake).toMatchObject({
      outputs: { sent: 'true' },
      warnings: ['w'],
      notices: ['n'],
      failures: ['Error: boom'],
    });
  });
});

describe('run() through the Core seam', () => {
  const env = (dir: string): NodeJS.ProcessEnv => ({
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    HTTPS_PROXY: 'http://proxy-user:s3cr%40t-pass@proxy.example:3128',
  });

  it('reads inputs, masks secrets (proxy password included), writes outputs and a notice on a dry run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'core-seam-'));
    try {
      const fake = fakeCore({
        username: 'ci-bot@example.com',
        'app-password': 'abcd efgh ijkl mnop',
        to: 'team@example.com',
        subject: 'Build {{ status }}',
        status: 'success',
        'dry-run': 'true',
        'eml-path': 'out.eml',
      });
      await run(fake, env(dir));
      expect(fake.failures).toEqual([]);
      expect(fake.outputs).toMatchObject({ sent: 'false', 'skipped-reason': 'dry-run' });
      expect(fake.notices.join('\n')).toMatch(/Dry run: rendered "Build success"/);
      expect(fake.secrets).toEqual(
        expect.arrayContaining(['abcd efgh ijkl mnop', 's3cr@t-pass', 's3cr%40t-pass']),
      );
      expect(fake.secrets).toContain(Buffer.from('proxy-user:s3cr@t-pass').toString('base64'));
      expect(readFileSync(join(dir, 'out.eml'), 'utf8')).toContain('Subject: Build success');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails through core.setFailed with one line naming the input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'core-seam-'));
    writeFileSync(join(dir, 'x'), '');
    try {
      const fake = fakeCore({ username: 'not-an-address', to: 'team@example.com', subject: 's' });
      await run(fake, env(dir));
      expect(fake.failures).toHaveLength(1);
      expect(fake.failures[0]).toMatch(/Input `username` must be the full email address/);
      expect(fake.outputs.sent).toBe('false');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
