// Attachments and body-file may come only from GITHUB_WORKSPACE or RUNNER_TEMP, whatever symlinks
// and `..` say. Adds to render.test.ts (a body-file symlink, `../` and a symlinked file in a glob):
// symlinked directories in a glob, `..` inside a glob, absolute paths outside, RUNNER_TEMP and
// in-workspace symlinks allowed. Whatever the outcome, no byte of an outside file is ever sent.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { appPasswordInputs, expectFailure, fixture } from './fixture.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'gmail-notify-paths-'));
const ws = path.join(root, 'ws');
const temp = path.join(root, 'temp');
const outside = path.join(root, 'outside');
for (const dir of [ws, temp, outside, path.join(ws, 'logs'), path.join(ws, 'docs'), path.join(ws, 'sub')]) {
  mkdirSync(dir, { recursive: true });
}
const SECRET = 'TOP SECRET outside the workspace';
writeFileSync(path.join(outside, 'secret.txt'), SECRET);
writeFileSync(path.join(outside, 'secret.md'), SECRET);
writeFileSync(path.join(ws, 'mail.md'), 'Hello from the workspace, {{ actor }}.');
writeFileSync(path.join(ws, 'logs', 'ok.txt'), 'ok');
writeFileSync(path.join(temp, 'report.txt'), 'report from RUNNER_TEMP');
writeFileSync(path.join(temp, 'mail.md'), 'Hello from RUNNER_TEMP, {{ actor }}.');
symlinkSync(outside, path.join(ws, 'linkdir'));
symlinkSync(path.join(ws, 'logs', 'ok.txt'), path.join(ws, 'inner-link.txt'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Row {
  input: 'attachments' | 'body-file';
  value: string;
  /** `refused`: fails naming the input; `allowed`: sent, with `expect` in the message. */
  outcome: 'refused' | 'allowed';
  expect?: string;
}

const ROWS: Row[] = [
  { input: 'attachments', value: 'linkdir/*.txt', outcome: 'refused' },
  { input: 'attachments', value: 'linkdir/secret.txt', outcome: 'refused' },
  { input: 'attachments', value: 'linkdir/**', outcome: 'refused' },
  // A glob's match through a symlink that leads outside is left out with a warning, not fatal: a
  // planted link must not silence the alert (issue 13). The others are sent; the secret never is.
  { input: 'attachments', value: '**/*.txt', outcome: 'allowed', expect: 'ok.txt' },
  { input: 'attachments', value: 'sub/../../outside/*.txt', outcome: 'refused' },
  { input: 'attachments', value: 'sub/../../*/secret.txt', outcome: 'refused' },
  { input: 'attachments', value: 'logs/../../outside/secret.txt', outcome: 'refused' },
  { input: 'attachments', value: '/etc/hostname', outcome: 'refused' },
  { input: 'attachments', value: path.join(outside, 'secret.txt'), outcome: 'refused' },
  { input: 'attachments', value: path.join(outside, '*.txt'), outcome: 'refused' },
  { input: 'attachments', value: path.join(temp, 'report.txt'), outcome: 'allowed', expect: 'report.txt' },
  { input: 'attachments', value: path.join(temp, '*.txt'), outcome: 'allowed', expect: 'report.txt' },
  { input: 'attachments', value: '../temp/report.txt', outcome: 'allowed', expect: 'report.txt' },
  // A symlink inside the workspace is followed; the file is attached under its target's name.
  { input: 'attachments', value: 'inner-link.txt', outcome: 'allowed', expect: 'ok.txt' },
  { input: 'attachments', value: 'docs/../logs/*.txt', outcome: 'allowed', expect: 'ok.txt' },
  { input: 'body-file', value: 'linkdir/secret.md', outcome: 'refused' },
  { input: 'body-file', value: '../outside/secret.md', outcome: 'refused' },
  { input: 'body-file', value: 'docs/../../outside/secret.md', outcome: 'refused' },
  { input: 'body-file', value: path.join(outside, 'secret.md'), outcome: 'refused' },
  { input: 'body-file', value: '/etc/hostname', outcome: 'refused' },
  {
    input: 'body-file',
    value: path.join(temp, 'mail.md'),
    outcome: 'allowed',
    expect: 'Hello from RUNNER_TEMP',
  },
  { input: 'body-file', value: '../temp/mail.md', outcome: 'allowed', expect: 'Hello from RUNNER_TEMP' },
  { input: 'body-file', value: 'docs/../mail.md', outcome: 'allowed', expect: 'Hello from the workspace' },
];

describe.concurrent('paths outside GITHUB_WORKSPACE and RUNNER_TEMP', () => {
  it.for(ROWS)('$input: $value → $outcome', { timeout: 30_000 }, async (row, { onTestFinished }) => {
    const f = fixture();
    onTestFinished(() => f.close());
    const smtp = await f.smtp();
    const run = await f.run({
      inputs: appPasswordInputs(smtp, { [row.input]: row.value, 'if-no-files-found': 'error' }),
      env: { GITHUB_WORKSPACE: ws, RUNNER_TEMP: temp },
    });
    const everything = `${run.stdout}\n${run.stderr}\n${run.summary}`;
    expect(everything).not.toContain(SECRET);
    for (const m of smtp.received) expect(m.raw.toString('latin1')).not.toContain('TOP SECRET');
    if (row.outcome === 'refused') {
      expectFailure(run, [`\`${row.input}\``, 'points outside the workspace']);
      expect(smtp.received).toHaveLength(0);
      return;
    }
    expect(run.code, run.stdout).toBe(0);
    expect(smtp.received).toHaveLength(1);
    const mail = await simpleParser(smtp.received[0]!.raw);
    if (row.input === 'attachments') {
      expect(mail.attachments.map((a) => a.filename)).toContain(row.expect);
    } else {
      expect(mail.text).toContain(row.expect);
    }
  });
});
