// Issue 13, items 2 to 5 (bounded work, eml-path, workflow commands, smaller ones), reproduced end
// to end: the bundled action in a child process, real mail to the local SMTP server. What is
// asserted is what happened (sent, warned, refused, nothing written), never how long it took.

import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { appPasswordInputs, E2E_TIMEOUT_MS, expectFailure, fixture } from './fixture.js';
import { REPO_ROOT } from './harness.js';

const event = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/fixtures/events', name), 'utf8'));

const scratch = mkdtempSync(path.join(os.tmpdir(), 'gmail-notify-bounded-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const warningsOf = (run: { annotations: Array<{ level: string; message: string }> }): string[] =>
  run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

describe.concurrent('bounded work on untrusted input: the alert still goes out', () => {
  it('a 64 KB release body of inline code, timeout-seconds: 10: sent, every span styled', {
    timeout: E2E_TIMEOUT_MS,
  }, async ({ onTestFinished }) => {
    const f = fixture();
    onTestFinished(() => f.close());
    const smtp = await f.smtp();
    const release = event('release.json');
    const notes = '`x` '.repeat(16 * 1024);
    const run = await f.run({
      inputs: appPasswordInputs(smtp, { 'timeout-seconds': '10' }),
      eventName: 'release',
      event: { ...release, release: { ...(release.release as object), body: notes } },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.sent).toBe('true');
    expect(smtp.received).toHaveLength(1);
    const mail = await simpleParser(smtp.received[0]!.raw);
    expect(String(mail.html).match(/<code style=/g)?.length).toBeGreaterThanOrEqual(16 * 1024);
  });

  it('a 300 KB release body: sent, cut at about 100 KB with a note', {
    timeout: E2E_TIMEOUT_MS,
  }, async ({ onTestFinished }) => {
    const f = fixture();
    onTestFinished(() => f.close());
    const smtp = await f.smtp();
    const release = event('release.json');
    const notes = Array.from({ length: 10_000 }, (_, i) => `- change number ${i} <a x="`).join('\n');
    const run = await f.run({
      inputs: appPasswordInputs(smtp, { 'timeout-seconds': '10' }),
      eventName: 'release',
      event: { ...release, release: { ...(release.release as object), body: notes } },
    });
    expect(run.outputs.sent, run.stdout).toBe('true');
    const html = String((await simpleParser(smtp.received[0]!.raw)).html);
    expect(html).toContain('change number 100');
    expect(html).not.toContain('change number 9999');
    expect(html).toContain('(cut here: the rest is longer than this email shows)');
    expect(warningsOf(run).join('\n')).toMatch(/^A `\| markdown` value of \d+ characters was cut to 100000/m);
  });

  it.for([
    {
      name: '50 MB of <x/> inside <testsuites>',
      xml: (): Buffer => Buffer.from(`<testsuites>${'<x/>'.repeat(50 * 256 * 1024)}</testsuites>`),
    },
    {
      name: '198 nested suites over 2 million leaves',
      xml: (): Buffer =>
        Buffer.from(
          `${'<testsuite name="s">'.repeat(198)}${'<testcase name="t"/>'.repeat(2_000_000)}${'</testsuite>'.repeat(198)}`,
        ),
    },
  ])(
    'JUnit bomb, $name, timeout-seconds: 5: sent, with a warning about the cut',
    {
      timeout: E2E_TIMEOUT_MS,
    },
    async (bomb, { onTestFinished }) => {
      const f = fixture();
      onTestFinished(() => f.close());
      const smtp = await f.smtp();
      const run = await f.run({
        inputs: appPasswordInputs(smtp, {
          'timeout-seconds': '5',
          'junit-files': 'reports/*.xml',
          status: 'failure',
          details: 'false',
        }),
        workspaceFiles: { 'reports/bomb.xml': bomb.xml() },
      });
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.sent).toBe('true');
      expect(smtp.received).toHaveLength(1);
      expect(warningsOf(run).join('\n')).toMatch(
        /^Input `junit-files`: reports\/bomb\.xml (was cut to keep `timeout-seconds`|and any later reports were cut at 32 MB)/m,
      );
    },
  );

  it('a capture that doubles a string in body-file: an error at the memory limit, nothing sent', {
    timeout: E2E_TIMEOUT_MS,
  }, async ({ onTestFinished }) => {
    const f = fixture();
    onTestFinished(() => f.close());
    const smtp = await f.smtp();
    const bomb =
      '{% capture s %}xxxxxxxxxxxxxxxx{% endcapture %}{% for i in (1..40) %}{% capture s %}{{ s | raw }}{{ s | raw }}{% endcapture %}{% endfor %}{{ s | size }}';
    const run = await f.run({
      inputs: appPasswordInputs(smtp, { 'body-file': 'mail.md' }),
      workspaceFiles: { 'mail.md': bomb },
    });
    expectFailure(run, ['Input `body-file`', 'memory alloc limit exceeded']);
    expect(smtp.received).toHaveLength(0);
  });
});

describe.concurrent('an inline template over its limits is sent as written', () => {
  it('a capture that doubles a string in an inline body: sent as written, with a warning naming `body`', {
    timeout: E2E_TIMEOUT_MS,
  }, async ({ onTestFinished }) => {
    const f = fixture();
    onTestFinished(() => f.close());
    const smtp = await f.smtp();
    const bomb =
      '{% capture s %}xxxxxxxxxxxxxxxx{% endcapture %}{% for i in (1..40) %}{% capture s %}{{ s | raw }}{{ s | raw }}{% endcapture %}{% endfor %}{{ s | size }}';
    const run = await f.run({ inputs: appPasswordInputs(smtp, { body: bomb, 'body-format': 'text' }) });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.sent).toBe('true');
    expect(smtp.received).toHaveLength(1);
    const mail = await simpleParser(smtp.received[0]!.raw);
    expect(String(mail.text).trim()).toBe(bomb);
    expect(warningsOf(run).join('\n')).toMatch(
      /^Input `body` is not a valid template .*memory alloc limit exceeded/m,
    );
  });
});

describe.concurrent('eml-path stays in the workspace or RUNNER_TEMP', () => {
  const ws = path.join(scratch, 'ws');
  const outside = path.join(scratch, 'outside');
  mkdirSync(ws, { recursive: true });
  mkdirSync(outside, { recursive: true });
  const victim = path.join(outside, 'victim.sh');
  writeFileSync(victim, '#!/bin/sh\necho untouched\n');
  symlinkSync(victim, path.join(ws, 'report.eml'));
  symlinkSync(outside, path.join(ws, 'linkdir'));

  it.for(['../outside/x.eml', path.join(outside, 'abs.eml'), 'linkdir/via-link.eml', '../../x.eml'])(
    '%s: an error naming eml-path, nothing sent and nothing written',
    { timeout: E2E_TIMEOUT_MS },
    async (emlPath, { onTestFinished }) => {
      const f = fixture();
      onTestFinished(() => f.close());
      const smtp = await f.smtp();
      const run = await f.run({
        inputs: appPasswordInputs(smtp, { 'eml-path': emlPath }),
        env: { GITHUB_WORKSPACE: ws },
      });
      expectFailure(run, ['Input `eml-path` points outside the workspace']);
      expect(smtp.received).toHaveLength(0);
      expect(smtp.connections()).toHaveLength(0);
      expect(existsSync(path.resolve(ws, emlPath))).toBe(false);
    },
  );

  it('a committed symlink report.eml -> /elsewhere/victim.sh is replaced, the victim untouched', {
    timeout: E2E_TIMEOUT_MS,
  }, async ({ onTestFinished }) => {
    const f = fixture();
    onTestFinished(() => f.close());
    const smtp = await f.smtp();
    const run = await f.run({
      inputs: appPasswordInputs(smtp, { 'eml-path': 'report.eml' }),
      env: { GITHUB_WORKSPACE: ws },
    });
    expect(run.outputs.sent, run.stdout).toBe('true');
    expect(readFileSync(victim, 'utf8')).toBe('#!/bin/sh\necho untouched\n');
    expect(readFileSync(path.join(ws, 'report.eml'), 'utf8')).toContain('Message-ID:');
  });
});

describe.concurrent('payload text never starts a workflow command', () => {
  it('a workflow_run name holding \\n::warning title=Injected::x', {
    timeout: E2E_TIMEOUT_MS,
  }, async ({ onTestFinished }) => {
    const f = fixture();
    onTestFinished(() => f.close());
    const smtp = await f.smtp();
    const payload = event('workflow_run.json');
    const name = 'CI\n::warning title=Injected::x\r::notice::y\u2028::error::z';
    const run = await f.run({
      inputs: appPasswordInputs(smtp, { details: 'false' }),
      eventName: 'workflow_run',
      event: { ...payload, workflow_run: { ...(payload.workflow_run as object), name } },
    });
    expect(run.outputs.sent, run.stdout).toBe('true');
    expect(run.stdout).toContain('Status: failure, from the conclusion of CI ::warning title=Injected::x');
    for (const line of run.stdout.split(/\r\n|\r|\n|\u2028|\u2029/)) {
      expect(line.trimStart().startsWith('::warning title=Injected'), line).toBe(false);
      expect(line.trimStart().startsWith('::notice::y'), line).toBe(false);
      expect(line.trimStart().startsWith('::error::z'), line).toBe(false);
    }
    expect(run.annotations.some((a) => a.properties.title === 'Injected')).toBe(false);
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });
});

describe.concurrent('smaller ones', () => {
  it('a body-file that is a FIFO: one clear error, at once, nothing sent', {
    timeout: E2E_TIMEOUT_MS,
  }, async ({ onTestFinished }) => {
    const f = fixture();
    onTestFinished(() => f.close());
    const smtp = await f.smtp();
    const ws = mkdtempSync(path.join(scratch, 'fifo-'));
    execFileSync('mkfifo', [path.join(ws, 'mail.md')]);
    const run = await f.run({
      inputs: appPasswordInputs(smtp, { 'body-file': 'mail.md' }),
      env: { GITHUB_WORKSPACE: ws },
    });
    expectFailure(run, ['Input `body-file` must name a regular file; "mail.md" is a named pipe (FIFO).']);
    expect(run.timedOut).toBe(false);
    expect(smtp.received).toHaveLength(0);
  });

  it('an attachment glob matching a planted symlink: sent without it, with a warning', {
    timeout: E2E_TIMEOUT_MS,
  }, async ({ onTestFinished }) => {
    const f = fixture();
    onTestFinished(() => f.close());
    const smtp = await f.smtp();
    const ws = mkdtempSync(path.join(scratch, 'att-'));
    mkdirSync(path.join(ws, 'logs'));
    writeFileSync(path.join(ws, 'logs', 'build.log'), 'build ok');
    writeFileSync(path.join(scratch, 'secret.log'), 'TOP SECRET outside');
    symlinkSync(path.join(scratch, 'secret.log'), path.join(ws, 'logs', 'planted.log'));
    const run = await f.run({
      inputs: appPasswordInputs(smtp, { attachments: 'logs/*.log' }),
      env: { GITHUB_WORKSPACE: ws },
    });
    expect(run.outputs.sent, run.stdout).toBe('true');
    const mail = await simpleParser(smtp.received[0]!.raw);
    expect(mail.attachments.map((a) => a.filename)).toEqual(['build.log']);
    expect(smtp.received[0]!.raw.toString()).not.toContain('TOP SECRET');
    expect(warningsOf(run).join('\n')).toContain(
      'Input `attachments`: left out 1 match(es) that lead outside the workspace (symlinks): "logs/planted.log".',
    );
  });
});
