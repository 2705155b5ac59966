// The message as recipients get it: dist/index.js run like a GitHub step, sending to the local
// Gmail-like SMTP server; every assertion is on the message as mailparser parses it.
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { type ParsedMail, simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSmtpServer, startSmtpServer } from '../servers/smtp.mjs';
import {
  type ActionRun,
  assertNoSecrets,
  authPlainBase64,
  cleanupRun,
  DEFAULT_GITHUB_TOKEN,
  REPO_ROOT,
  type RunActionOptions,
  runAction,
} from './harness.js';

const USER = 'ci-bot@gmail.com';
const APP_PASSWORD = 'abcd efgh ijkl mnop';
const SECRETS = [
  APP_PASSWORD,
  APP_PASSWORD.replace(/ /g, ''),
  authPlainBase64(USER, 'abcdefghijklmnop'),
  DEFAULT_GITHUB_TOKEN,
];
const TO = 'team@example.com';

const event = (name: string): object =>
  JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/fixtures/events', `${name}.json`), 'utf8')) as object;

/** A workflow_run payload whose watched run concluded `conclusion`. */
function withWatchedConclusion(payload: object, conclusion: string): object {
  const p = payload as { workflow_run: object };
  return { ...p, workflow_run: { ...p.workflow_run, conclusion } };
}

let server: RunningSmtpServer;
const runs: ActionRun[] = [];
const scratch: string[] = [];

beforeAll(async () => {
  server = await startSmtpServer({ security: 'tls', users: { [USER]: { password: 'abcdefghijklmnop' } } });
});

afterAll(async () => {
  await server.close();
  await Promise.all(runs.map((r) => cleanupRun(r)));
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** Runs the step with SMTP inputs pointing at the local server; checks no secret leaked. */
async function step(
  opts: Partial<RunActionOptions> & { inputs?: Record<string, string> },
): Promise<ActionRun> {
  const run = await runAction({
    ...opts,
    inputs: {
      username: USER,
      'app-password': APP_PASSWORD,
      to: TO,
      'smtp-host': '127.0.0.1',
      'smtp-port': String(server.port),
      'smtp-security': 'tls',
      'timeout-seconds': '20',
      retries: '0',
      ...opts.inputs,
    },
  });
  runs.push(run);
  assertNoSecrets(run, SECRETS);
  return run;
}

/** The message the server received for this run (matched by Message-ID), parsed. */
async function received(run: ActionRun): Promise<{ mail: ParsedMail; raw: string; rcpt: string[] }> {
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
  const id = run.outputs['message-id'];
  const hit = server.received.find((m) => m.raw.toString('latin1').includes(`Message-ID: ${id}`));
  expect(hit, `no message with Message-ID ${id}`).toBeDefined();
  const raw = hit!.raw.toString('utf8');
  return { mail: await simpleParser(hit!.raw), raw, rcpt: hit!.envelope.rcptTo };
}

/** Links in an HTML part: every href value. */
function hrefs(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*?\shref\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map(
    (m) => m[2] ?? m[3] ?? m[4] ?? '',
  );
}

/** No tag in the HTML carries an event-handler attribute (escaped text may mention one). */
function expectNoHandlers(html: string): void {
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
}

/** Checks the parsed HTML part carries no markup a value could have created. */
function expectNoInjectedMarkup(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<img/i);
  expectNoHandlers(html);
  for (const href of hrefs(html)) {
    expect(href).toMatch(/^(https:\/\/github\.com\/|mailto:)/);
  }
}

const STATUS_WORD = { success: 'succeeded', failure: 'failed', cancelled: 'was cancelled' } as const;
const EVENTS = ['push', 'pull_request', 'release', 'workflow_run', 'schedule', 'workflow_dispatch'] as const;

describe('default message per event and status, as received', () => {
  for (const name of EVENTS) {
    for (const status of ['success', 'failure', 'cancelled'] as const) {
      it(`${name} × ${status}`, async () => {
        // A workflow_run reports the watched run's conclusion (a success input gives way to it), so
        // the payload's run concluded as the status under test.
        const payload = name === 'workflow_run' ? withWatchedConclusion(event(name), status) : event(name);
        const run = await step({ eventName: name, event: payload, inputs: { status } });
        const { mail, raw } = await received(run);
        const subject = mail.subject ?? '';
        expect(run.outputs.subject).toBe(subject);
        expect(subject).toMatch(/^\[octo-org\/octo-repo\] /);
        if (name === 'release' && status === 'success') {
          expect(subject).toBe('[octo-org/octo-repo] Released v2.3.0 — Faster builds');
        } else if (name === 'release') {
          expect(subject).toBe(`[octo-org/octo-repo] Release v2.3.0: CI ${STATUS_WORD[status]}`);
        } else {
          expect(subject).toContain(`CI ${STATUS_WORD[status]} on `);
        }
        if (name === 'pull_request' || name === 'workflow_run') {
          expect(subject).toContain('on feature/faster-builds (PR #1347)');
        } else if (name !== 'release') {
          expect(subject).toContain(' on main ');
        }
        const html = typeof mail.html === 'string' ? mail.html : '';
        const text = mail.text ?? '';
        expect(html).toContain('max-width:600px');
        for (const part of [html, text]) {
          expect(part).toContain('octo-org/octo-repo');
          expect(part).toContain('/actions/runs/');
        }
        expect(text).toMatch(/Triggered by: {2}\S/);
        if (name === 'pull_request' || name === 'workflow_run') {
          for (const part of [html, text])
            expect(part).toContain('Speed up builds with a shared dependency cache');
        }
        if (name === 'push') {
          for (const part of [html, text]) {
            expect(part).toContain('Cache npm dependencies in CI');
            expect(part).toContain('Mona Lisa Octocat');
            expect(part).toContain('0d1a26e');
          }
        }
        if (name === 'release') {
          expect(html).toMatch(/<h3[^>]*>Features<\/h3>/);
          expect(text).toContain('### Features');
        }
        if (name === 'workflow_dispatch') expect(text).toContain('environment: staging');
        if (name === 'schedule') expect(text).toContain('schedule (30 5 * * 1-5)');
        expect(raw).toMatch(/^List-Id: octo-org\/octo-repo <octo-org\.octo-repo\.github\.gmail-notify>\r?$/m);
        expect(raw).toMatch(new RegExp(`^X-GitHub-Status: ${status}\\r?$`, 'm'));
        expect(raw).toMatch(new RegExp(`^X-GitHub-Event: ${name}\\r?$`, 'm'));
        expect(raw).toMatch(/^X-GitHub-Repository: octo-org\/octo-repo\r?$/m);
        expect(raw).toMatch(/^X-GitHub-Workflow: CI\r?$/m);
        expectNoInjectedMarkup(html);
      });
    }
  }
});

describe('hostile payloads', () => {
  const hostileText = (mailText: string): void => {
    expect(mailText).toContain('<script>alert(1)</script>');
    expect(mailText).toContain('[click me](http://evil.example/phish)');
  };

  for (const name of ['hostile-push', 'hostile-pull_request'] as const) {
    const eventName = name.replace('hostile-', '');
    for (const mode of ['default', 'template'] as const) {
      it(`${name} with the ${mode} message: nothing becomes markup, a link or a header`, async () => {
        const inputs: Record<string, string> =
          mode === 'default'
            ? { status: 'failure' }
            : {
                status: 'failure',
                subject: '{{ commit.message }} {{ pull_request.title }} {{ ref_name }}',
                body: [
                  '# {{ workflow }} on {{ ref_name }}',
                  '',
                  '**Commit:** {{ commit.message }} by {{ commit.author_name }}',
                  '',
                  '{% if pull_request %}[{{ pull_request.title }}]({{ pull_request.url }}) from {{ pull_request.head }}{% endif %}',
                  '',
                  'Message: {{ commit.message }}',
                  '',
                  '<a href="{{ pull_request.head }}">branch</a> <img src="{{ commit.author_name }}" alt="x">',
                ].join('\n'),
              };
        const run = await step({ eventName, event: event(name), inputs });
        const { mail, raw, rcpt } = await received(run);
        const html = typeof mail.html === 'string' ? mail.html : '';
        expect(rcpt).toEqual([TO]);
        expect(mail.bcc).toBeUndefined();
        expect(mail.headers.has('bcc')).toBe(false);
        const head = raw.slice(0, raw.search(/\r?\n\r?\n/));
        expect(head).not.toMatch(/^Bcc:/im);
        expect(head).not.toMatch(/victim@evil/i);
        expect(head.match(/^Subject:/gim)).toHaveLength(1);
        expect(mail.subject ?? '').not.toMatch(/[\r\n]/);
        expect(run.outputs.subject).toBe(mail.subject);
        // The template's own <img> has a value as its source: not a safe URL, so it has no src.
        for (const img of html.match(/<img\b[^>]*>/gi) ?? []) expect(img).not.toMatch(/\ssrc\s*=/i);
        expect(html.replace(/<img\b[^>]*\balt="x"[^>]*>/g, '')).not.toMatch(/<img/i);
        expect(html).not.toMatch(/<script/i);
        expectNoHandlers(html);
        for (const href of hrefs(html)) expect(href).not.toContain('evil.example');
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        hostileText(mail.text ?? '');
        if (mode === 'template') {
          expect(mail.subject).toContain('Bcc: victim@evil.example');
          expect(html).toMatch(/<h1[^>]*>CI on /);
        }
        // The step summary shows the subject and a preview without markup either.
        expect(run.summary).not.toMatch(/<script|<img/i);
      });
    }
  }
});

describe('| markdown on hostile text', () => {
  it('keeps safe formatting and http(s) links, drops scripts, images, handlers and javascript: links', async () => {
    const run = await step({
      eventName: 'pull_request',
      event: event('hostile-pull_request'),
      inputs: {
        body: '{{ github.event.pull_request.body | markdown }}\n\n{{ env.BAD | markdown }}',
        'template-env': 'BAD',
      },
      env: {
        BAD: '**bold** [x](javascript:alert(1)) <a href="javascript:alert(2)">y</a>',
      },
    });
    const { mail, raw } = await received(run);
    const html = typeof mail.html === 'string' ? mail.html : '';
    expect(html).not.toMatch(/<script|<img/i);
    expectNoHandlers(html);
    for (const href of hrefs(html)) expect(href).toMatch(/^(https?:\/\/|mailto:)/);
    expect(html).toContain('<strong>bold</strong>');
    // Raw HTML is sanitised, not shown: the script goes with its content, the image with its handler.
    // (The <title> shows the subject, whose branch name holds them as text.)
    const body = html.slice(html.indexOf('<body'));
    expect(body).not.toContain('alert(');
    expect(mail.text).toContain('[x](javascript:alert(1))');
    const head = raw.slice(0, raw.search(/\r?\n\r?\n/));
    expect(head).not.toMatch(/^(Bcc|Subject: you)/im);
  });
});

describe('| markdown on GitHub-generated release notes', () => {
  it('drops the generated-notes comment and the image, keeps <details>, and closes what the notes left open', async () => {
    const payload = event('release') as { release: Record<string, unknown> };
    const notes = [
      '<!-- Release notes generated using configuration in .github/release.yml at main -->',
      '',
      "## What's Changed",
      '* Shared npm cache across jobs by @hubot in https://github.com/octo-org/octo-repo/pull/1347',
      '',
      '<details><summary>Screenshots</summary>',
      '',
      '<img width="600" alt="New layout" src="https://github.com/user-attachments/assets/1" onerror="alert(1)">',
      '',
      '</details>',
      '',
      '<table><tr><td>left open',
    ].join('\n');
    const run = await step({
      eventName: 'release',
      event: { ...payload, release: { ...payload.release, body: notes } },
    });
    const { mail } = await received(run);
    const html = typeof mail.html === 'string' ? mail.html : '';
    expect(html).not.toContain('Release notes generated');
    expect(html).not.toContain('&lt;!--');
    expect(html).toMatch(/<details><summary>Screenshots<\/summary>[\s\S]*New layout[\s\S]*<\/details>/);
    expect(html).not.toMatch(/onerror|alert\(/i);
    expectNoInjectedMarkup(html);
    // The footer after the notes is in no element the notes opened.
    const enclosing: string[] = [];
    let footerIn: string[] | undefined;
    const parser = new Parser({
      onopentag: (name) => enclosing.push(name),
      onclosetag: () => enclosing.pop(),
      ontext: (text) => {
        if (text.includes('Sent by Gmail Notify')) footerIn ??= [...enclosing];
      },
    });
    parser.write(html);
    parser.end();
    expect(footerIn).toBeDefined();
    expect(footerIn).not.toContain('table');
    expect(footerIn).not.toContain('details');
    // The text part shows the notes as written, less the comment.
    expect(mail.text).toContain('<details><summary>Screenshots</summary>');
    expect(mail.text).toContain("## What's Changed");
    expect(mail.text).not.toContain('Release notes generated');
  });
});

/**
 * The step failed while rendering, so nothing went out: the server received no message and no
 * connection of this run got as far as MAIL. The connection is opened early (and may have signed
 * in) before rendering, so at most that one connection is allowed.
 */
function expectNothingSent(run: ActionRun, connectionsBefore: number, receivedBefore: number): void {
  expect(run.outputs.sent ?? 'false').toBe('false');
  expect(server.received).toHaveLength(receivedBefore);
  const mine = server.connections().slice(connectionsBefore);
  expect(mine.length).toBeLessThanOrEqual(1);
  for (const c of mine) {
    expect(c.commands).not.toContain('MAIL');
    expect(c.commands).not.toContain('DATA');
  }
}

describe('templates', () => {
  it('a misspelt variable fails the step with one line naming it and its line', async () => {
    const connectionsBefore = server.connections().length;
    const receivedBefore = server.received.length;
    const run = await step({ inputs: { body: 'Hello\n{{ workflow }}\n{{ commit.titel }}' } });
    expect(run.code).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(
      /Input `body`: unknown variable `commit.titel` on line 3 \(did you mean `commit.title`\?\)/,
    );
    expect(errors[0]!.message).not.toContain('\n');
    expectNothingSent(run, connectionsBefore, receivedBefore);
  });

  it('a misspelt field of a failed job fails a success run too, where the loop is empty', async () => {
    const connectionsBefore = server.connections().length;
    const receivedBefore = server.received.length;
    const run = await step({
      jobStatus: 'success',
      inputs: { body: 'Failed jobs:\n{% for j in failed_jobs %}{{ j.nam }}{% endfor %}' },
    });
    expect(run.code).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe(
      'Input `body`: unknown variable `j.nam` on line 2 (did you mean `j.name`?). See the list of template variables in docs/templates.md; test optional ones with {% if … %}.',
    );
    expectNothingSent(run, connectionsBefore, receivedBefore);
  });

  it('{% if pull_request %} on a push is fine; body-file is read from the workspace', async () => {
    const run = await step({
      inputs: { 'body-file': '.github/mail.md' },
      workspaceFiles: {
        '.github/mail.md':
          '{% if pull_request %}PR {{ pull_request.number }}{% else %}Push to **{{ ref_name }}**{% endif %}',
      },
    });
    const { mail } = await received(run);
    expect(mail.text).toBe('Push to **main**');
    expect(mail.html).toMatch(/Push to <strong>main<\/strong>/);
  });

  // The runner passes action.yml's default `body-format: markdown` on every run: the extension decides.
  it('a .html body-file is the HTML part; its text part has no tags', async () => {
    const run = await step({
      inputs: { 'body-file': '.github/mail.html' },
      workspaceFiles: {
        '.github/mail.html': '<table><tr><td><b>{{ workflow }}</b> on {{ ref_name }}</td></tr></table>',
      },
    });
    const { mail } = await received(run);
    expect(mail.html).toContain('<table><tr><td><b>CI</b> on main</td></tr></table>');
    expect(mail.text?.trim()).toBe('CI on main');
  });

  it('a .txt body-file sends a text-only message; body-format text wins over a .md file', async () => {
    const txt = await step({
      inputs: { 'body-file': 'mail.txt' },
      workspaceFiles: { 'mail.txt': 'Plain **{{ ref_name }}**' },
    });
    const a = await received(txt);
    expect(a.mail.html).toBe(false);
    expect(a.mail.text?.trim()).toBe('Plain **main**');
    const md = await step({
      inputs: { 'body-file': 'mail.md', 'body-format': 'text' },
      workspaceFiles: { 'mail.md': 'Plain **{{ ref_name }}**' },
    });
    const b = await received(md);
    expect(b.mail.html).toBe(false);
    expect(b.mail.text?.trim()).toBe('Plain **main**');
  });

  it('a body-file outside the workspace is refused', async () => {
    const run = await step({ inputs: { 'body-file': '../../../../etc/hostname' } });
    expect(run.code).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /`body-file` points outside the workspace/,
    );
  });

  it('a body-file that is a symlink to a file outside is refused', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'gmail-notify-ws-link-'));
    const outside = mkdtempSync(path.join(os.tmpdir(), 'gmail-notify-outside-'));
    scratch.push(ws, outside);
    writeFileSync(path.join(outside, 'secret.md'), 'TOP SECRET');
    symlinkSync(path.join(outside, 'secret.md'), path.join(ws, 'mail.md'));
    const connectionsBefore = server.connections().length;
    const receivedBefore = server.received.length;
    const run = await step({ inputs: { 'body-file': 'mail.md' }, env: { GITHUB_WORKSPACE: ws } });
    expect(run.code).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')?.message).toMatch(/`body-file` points outside/);
    expect(run.stdout + run.summary).not.toContain('TOP SECRET');
    expectNothingSent(run, connectionsBefore, receivedBefore);
  });
});

describe('headers', () => {
  it('priority, extra headers and in-reply-to with References, in exact case', async () => {
    const run = await step({
      inputs: {
        priority: 'high',
        headers: 'X-Team: platform\nX-Ticket-ID: OPS-12',
        'in-reply-to': '<release-thread-1@mail.gmail.com>',
      },
    });
    const { mail, raw } = await received(run);
    expect(raw).toMatch(/^X-Priority: 1/m);
    expect(raw).toMatch(/^Importance: High\r?$/m);
    expect(raw).toMatch(/^X-Team: platform\r?$/m);
    expect(raw).toMatch(/^X-Ticket-ID: OPS-12\r?$/m);
    expect(mail.inReplyTo).toBe('<release-thread-1@mail.gmail.com>');
    expect(mail.references).toEqual('<release-thread-1@mail.gmail.com>');
  });

  it('refuses a header the action sets itself (List-Id, X-GitHub-*, Reply-To) before connecting', async () => {
    const connectionsBefore = server.connections().length;
    const receivedBefore = server.received.length;
    for (const [headers, name, instead] of [
      ['List-Id: custom <x.example>\nX-GitHub-Status: fake', 'List-Id', 'give yours another name'],
      ['X-Team: infra\nX-GitHub-Status: fake', 'X-GitHub-Status', 'give yours another name'],
      ['Reply-To: help@example.com', 'Reply-To', "use the action's own input `reply-to`"],
    ] as const) {
      const run = await step({ inputs: { headers } });
      expect(run.code, headers).toBe(1);
      const errors = run.annotations.filter((a) => a.level === 'error');
      expect(errors, headers).toHaveLength(1);
      expect(errors[0]!.message).toMatch(new RegExp(`^Input \`headers\` may not set ${name}: `));
      expect(errors[0]!.message).toContain(instead);
    }
    expect(server.connections().length).toBe(connectionsBefore);
    expect(server.received).toHaveLength(receivedBefore);
  });
});

describe('attachments', () => {
  it('attaches the files a glob matches, relative to the workspace', async () => {
    const run = await step({
      inputs: { attachments: 'reports/*.txt\nsummary.json' },
      workspaceFiles: {
        'reports/a.txt': 'alpha\n',
        'reports/b.txt': 'beta\n',
        'reports/skip.log': 'no',
        'summary.json': '{"ok":false}',
      },
    });
    const { mail } = await received(run);
    const files = mail.attachments.map((a) => [a.filename, a.content.toString('utf8')]);
    expect(files.sort()).toEqual([
      ['a.txt', 'alpha\n'],
      ['b.txt', 'beta\n'],
      ['summary.json', '{"ok":false}'],
    ]);
  });

  it('warns and sends when a pattern matches nothing (if-no-files-found: warn)', async () => {
    const run = await step({ inputs: { attachments: 'missing/*.zip' } });
    await received(run);
    expect(run.annotations.find((a) => a.level === 'warning')?.message).toContain('"missing/*.zip"');
  });

  it('fails before connecting when a pattern matches nothing (if-no-files-found: error)', async () => {
    const connectionsBefore = server.connections().length;
    const run = await step({ inputs: { attachments: 'missing/*.zip', 'if-no-files-found': 'error' } });
    expect(run.code).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')?.message).toContain(
      'no files match "missing/*.zip"',
    );
    expect(server.connections().length).toBe(connectionsBefore);
  });

  it('refuses more than 25 MB before connecting, listing the files and sizes', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'gmail-notify-ws-big-'));
    scratch.push(ws);
    mkdirSync(path.join(ws, 'dist'));
    for (const [name, size] of [
      ['dist/app.tar', 20_000_000],
      ['dist/debug.zip', 5_000_001],
    ] as const) {
      writeFileSync(path.join(ws, name), '');
      truncateSync(path.join(ws, name), size);
    }
    const connectionsBefore = server.connections().length;
    const run = await step({ inputs: { attachments: 'dist/*' }, env: { GITHUB_WORKSPACE: ws } });
    expect(run.code).toBe(1);
    const message = run.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(message).toContain('over the 25.0 MB');
    expect(message).toContain('dist/app.tar (20.0 MB)');
    expect(message).toContain('dist/debug.zip (5.0 MB)');
    expect(server.connections().length).toBe(connectionsBefore);
  });

  it('refuses a symlink that points outside the workspace; a glob leaves it out with a warning', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'gmail-notify-ws-att-'));
    const outside = mkdtempSync(path.join(os.tmpdir(), 'gmail-notify-outside-'));
    scratch.push(ws, outside);
    writeFileSync(path.join(outside, 'id_rsa'), 'PRIVATE');
    mkdirSync(path.join(ws, 'logs'));
    writeFileSync(path.join(ws, 'logs', 'ok.txt'), 'ok');
    symlinkSync(path.join(outside, 'id_rsa'), path.join(ws, 'logs', 'key.txt'));
    const connectionsBefore = server.connections().length;
    for (const pattern of ['logs/key.txt', '../*/id_rsa']) {
      const run = await step({ inputs: { attachments: pattern }, env: { GITHUB_WORKSPACE: ws } });
      expect(run.code, pattern).toBe(1);
      expect(run.annotations.find((a) => a.level === 'error')?.message, pattern).toMatch(
        /`attachments` points outside the workspace/,
      );
    }
    expect(server.connections().length).toBe(connectionsBefore);
    // A glob's match through the link: left out, so a planted link cannot silence the alert (issue 13).
    const run = await step({ inputs: { attachments: 'logs/*.txt' }, env: { GITHUB_WORKSPACE: ws } });
    const { mail, raw } = await received(run);
    expect(mail.attachments.map((a) => a.filename)).toEqual(['ok.txt']);
    expect(raw).not.toContain('PRIVATE');
    expect(run.annotations.find((a) => a.level === 'warning')?.message).toContain(
      'left out 1 match(es) that lead outside the workspace (symlinks): "logs/key.txt"',
    );
  });
});

describe('step summary', () => {
  it('shows status, recipients, subject, Message-ID and a preview', async () => {
    const run = await step({ eventName: 'push', event: event('push'), inputs: { status: 'failure' } });
    await received(run);
    expect(run.summary).toContain('failure');
    expect(run.summary).toContain(TO);
    expect(run.summary).toContain('[octo-org/octo-repo] CI failed on main (0d1a26e)');
    expect(run.summary).toContain(run.outputs['message-id']!.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    expect(run.summary).toContain('Cache npm dependencies in CI');
  });

  it('says why nothing was sent on a dry run, and writes the .eml', async () => {
    const run = await step({ inputs: { 'dry-run': 'true', 'eml-path': 'out/mail.eml' } });
    expect(run.code).toBe(0);
    expect(run.outputs['skipped-reason']).toBe('dry-run');
    expect(run.summary).toContain('dry run');
    const mail = await simpleParser(readFileSync(run.outputs['eml-path']!));
    expect(mail.subject).toBe(run.outputs.subject);
  });
});
