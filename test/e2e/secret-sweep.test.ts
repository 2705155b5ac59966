// The secret-leak sweep that ends every runAction() call must itself be able to fail: a step that
// prints a masked value, a secret input's base64, or the XOAUTH2 string of a token it obtained is
// caught; a clean step passes, and runs with step debug logging on.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupRun, runAction, xoauth2Base64 } from './harness.js';

const SECRET = 'qzxv wbnm plok ijuh';
const OBTAINED = 'ya29.a0AfB_ObtainedAtRunTime-0123456789';
let dir = '';

/** A stand-in for dist/index.js that prints what `body` computes from its environment. */
async function script(name: string, body: string): Promise<string> {
  const file = path.join(dir, `${name}.mjs`);
  await writeFile(file, `const env = process.env;\n${body}\n`);
  return file;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'gmail-notify-sweep-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const inputs = { username: 'ci-bot@example.com', 'app-password': SECRET, to: 'dev@example.com' };

describe('secret sweep', () => {
  it('passes a clean step, which runs with RUNNER_DEBUG=1', async () => {
    const entry = await script(
      'clean',
      "console.log('::add-mask::' + env['INPUT_APP-PASSWORD']);\nconsole.log('::debug::debug=' + env.RUNNER_DEBUG);",
    );
    const run = await runAction({ inputs, entry });
    await cleanupRun(run);
    expect(run.stdout).toContain('::debug::debug=1');
  });

  it.each([
    ['a secret input in a debug line', "console.log('::debug::' + env['INPUT_APP-PASSWORD']);"],
    [
      'the base64 of a secret input without its spaces',
      "console.log(Buffer.from(env['INPUT_APP-PASSWORD'].replace(/ /g, '')).toString('base64'));",
    ],
    ['a secret in stderr, URL-encoded', "console.error(encodeURIComponent(env['INPUT_GITHUB-TOKEN']));"],
    [
      'the XOAUTH2 string of a token obtained at run time (known only by its mask)',
      `console.log('::add-mask::${OBTAINED}');\nconsole.log(${JSON.stringify(xoauth2Base64('ci-bot@example.com', OBTAINED))});`,
    ],
    [
      'a masked value in an output',
      `console.log('::add-mask::${OBTAINED}');\n(await import('node:fs')).appendFileSync(env.GITHUB_OUTPUT, 'x=${OBTAINED}\\n');`,
    ],
  ])('catches %s', async (_label, body) => {
    const entry = await script(`leak-${Math.random().toString(36).slice(2)}`, body);
    // The step itself runs fine; only the sweep objects.
    const run = await runAction({ inputs, entry, sweepSecrets: false });
    await cleanupRun(run);
    expect(run.code, run.stderr).toBe(0);
    await expect(runAction({ inputs, entry })).rejects.toThrow(/assertNoSecrets: secret #\d+ appears/);
  });
});
