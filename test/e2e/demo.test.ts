// `npm run demo` (scripts/demo.mjs) as a reader runs it: the output hides the runner's mask
// commands, and the email it saves is a full failure email (failed jobs, log excerpts, tests).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness.js';

interface DemoRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

let out = '';
let run: DemoRun;

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'gmail-notify-demo-test-'));
  run = await new Promise<DemoRun>((resolve, reject) => {
    const child = spawn(
      process.env.E2E_NODE ?? process.execPath,
      [path.join(REPO_ROOT, 'scripts/demo.mjs')],
      {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH ?? '', DEMO_OUTPUT_DIR: out },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 50_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}, 60_000);

afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

describe('npm run demo', () => {
  it('runs offline and says where it saved the message', () => {
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain(path.join(out, 'message.eml'));
    expect(run.stdout).toContain(path.join(out, 'message.html'));
  });

  it('shows no mask command, only how many were consumed', () => {
    const all = `${run.stdout}\n${run.stderr}`;
    expect(all.split('\n').filter((line) => line.includes('::add-mask::'))).toEqual([
      expect.stringMatching(/^\(\d+ ::add-mask:: commands consumed, as the runner would/),
    ]);
    expect(Number(/\((\d+) ::add-mask::/.exec(all)?.[1])).toBeGreaterThan(0);
    // The demo's App Password, in any form the action masks, never shows.
    for (const secret of ['abcd efgh ijkl mnop', 'abcdefghijklmnop', 'ghs_demoTokenForTheLocalApiOnly'])
      expect(all).not.toContain(secret);
    expect(all).not.toContain(Buffer.from('\0ci-bot@gmail.com\0abcdefghijklmnop').toString('base64'));
  });

  it('saves a failure email with the failed jobs, their log excerpts and the failing tests', async () => {
    const html = await readFile(path.join(out, 'message.html'), 'utf8');
    const text = await readFile(path.join(out, 'message.txt'), 'utf8');
    expect(html).toContain('Failed jobs');
    expect(html).toMatch(/job\/4712"[^>]*>test \(ubuntu-latest, 20\)<\/a>/);
    expect(html).toMatch(/job\/4713"[^>]*>build<\/a>/);
    expect(html).toContain('error TS2322');
    expect(html).toContain('Error: Process completed with exit code 1.');
    expect(html).toContain('multiplies &amp; divides &lt;correctly&gt;');
    expect(text).toContain('FAILED JOBS');
    expect(text).toContain('Failed step 5: Run npm test');
    expect(text).toContain('5 total, 2 passed, 2 failed, 1 skipped');
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/::warning::|::error::/);
  });
});
