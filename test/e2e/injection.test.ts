// Issue 13, as a workflow would hit it: dist/index.js run like a GitHub step with inputs that
// `${{ github.event.* }}` has already filled in, sending to the local SMTP server; every assertion
// is on the message as mailparser parses it, on its raw bytes, and on what the step printed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSmtpServer, startSmtpServer } from '../servers/smtp.mjs';
import {
  type ActionRun,
  assertNoSecrets,
  cleanupRun,
  REPO_ROOT,
  type RunActionOptions,
  runAction,
} from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: tests edit event payloads freely
type Payload = Record<string, any>;

const USER = 'ci-bot@gmail.com';
const APP_PASSWORD = 'abcd efgh ijkl mnop';
const TO = 'team@example.com';
const NPM_TOKEN = 'npm_Xq7RkWm2ZtLp9VbN4cHs6JdY0aFgUe3Ti8Oo';
/** The pull request title of the report: the token, spelt out so the runner's masking cannot see it. */
const EXFIL_TITLE = 'Fix {{ env.NPM_TOKEN | split: "" | join: " " }}';
const HELM = 'fix(chart): quote {{ .Values.image.tag }}';

const fixtureEvent = (name: string): Payload =>
  JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/fixtures/events', `${name}.json`), 'utf8'));

let server: RunningSmtpServer;
const runs: ActionRun[] = [];

beforeAll(async () => {
  server = await startSmtpServer({ security: 'tls', users: { [USER]: { password: 'abcdefghijklmnop' } } });
});

afterAll(async () => {
  await server.close();
  await Promise.all(runs.map((r) => cleanupRun(r)));
});

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
  return run;
}

async function received(run: ActionRun): Promise<{ mail: ParsedMail; raw: string; html: string }> {
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
  const id = run.outputs['message-id'];
  const hit = server.received.find((m) => m.raw.toString('latin1').includes(`Message-ID: ${id}`));
  expect(hit, `no message with Message-ID ${id}`).toBeDefined();
  const mail = await simpleParser(hit!.raw);
  return { mail, raw: hit!.raw.toString('latin1'), html: typeof mail.html === 'string' ? mail.html : '' };
}

/** A pull_request payload with this title (and other changes). */
function prEvent(title: string, change: (e: Payload) => void = () => undefined) {
  const event = fixtureEvent('pull_request');
  event.pull_request.title = title;
  change(event);
  return event;
}

/** No form of the token anywhere: as is, spaced or joined by anything, reversed, base64, URL-encoded. */
function expectNoToken(where: string, text: string): void {
  const squeezed = text.replace(/[^A-Za-z0-9_]+/g, '');
  const core = NPM_TOKEN.slice(4);
  expect(squeezed, where).not.toContain(core);
  expect(squeezed, where).not.toContain([...core].reverse().join(''));
  for (let shift = 0; shift < 3; shift++) {
    const b64 = Buffer.from(`${'x'.repeat(shift)}${NPM_TOKEN}`)
      .toString('base64')
      .slice(8, 40);
    expect(text.replace(/\r?\n/g, ''), where).not.toContain(b64);
  }
  expect(text, where).not.toMatch(/n\W*p\W*m\W*_\W*X\W*q\W*7/);
}

function expectNoTokenAnywhere(run: ActionRun, raw: string, mail: ParsedMail): void {
  for (const [where, text] of [
    ['stdout', run.stdout],
    ['stderr', run.stderr],
    ['summary', run.summary],
    ['outputs', JSON.stringify(run.outputs)],
    ['raw message', raw],
    ['subject', mail.subject ?? ''],
    ['text part', mail.text ?? ''],
    ['html part', typeof mail.html === 'string' ? mail.html : ''],
  ] as const) {
    expectNoToken(where, text);
  }
  assertNoSecrets(run, [NPM_TOKEN]);
}

describe('template injection through GitHub expressions', () => {
  for (const templateEnv of ['', 'NPM_TOKEN']) {
    it(`mails the PR title as written and no form of the token (template-env: ${templateEnv || 'unset'})`, async () => {
      // What `subject: ${{ github.event.pull_request.title }}` and a body built the same way arrive as.
      const run = await step({
        eventName: 'pull_request',
        event: prEvent(EXFIL_TITLE),
        env: { NPM_TOKEN },
        inputs: {
          subject: `[PR] ${EXFIL_TITLE}`,
          body: `**${EXFIL_TITLE}**\n\nBy {{ pull_request.author }}: {{ run_url }}`,
          ...(templateEnv ? { 'template-env': templateEnv } : {}),
        },
      });
      const { mail, raw, html } = await received(run);
      expect(mail.subject).toBe(`[PR] ${EXFIL_TITLE}`);
      expect(run.outputs.subject).toBe(`[PR] ${EXFIL_TITLE}`);
      expect(mail.text).toContain(`**${EXFIL_TITLE}**`);
      expect(html).toContain(
        '<strong>Fix {{ env.NPM_TOKEN | split: &quot;&quot; | join: &quot; &quot; }}</strong>',
      );
      expect(mail.text).toContain('By hubot: https://github.com/octo-org/octo-repo/actions/runs/');
      expect(run.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
      expectNoTokenAnywhere(run, raw, mail);
    });
  }

  it('delivers a Helm commit message in the body, with no failure and no warning', async () => {
    const event = fixtureEvent('push');
    event.head_commit.message = HELM;
    event.commits = [{ ...event.commits?.[0], message: HELM }];
    const run = await step({
      eventName: 'push',
      event,
      inputs: { body: `Commit: ${HELM}\n\n{{ commit.message }}`, 'body-format': 'text' },
    });
    const { mail } = await received(run);
    expect(mail.text?.trimEnd()).toBe(`Commit: ${HELM}\n\n${HELM}`);
    expect(run.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
  });

  it('delivers Go template syntax from outside the payload (a git log output) as written, with a warning', async () => {
    const run = await step({ inputs: { body: `Changes since v1:\n${HELM}`, 'body-format': 'text' } });
    const { mail } = await received(run);
    expect(mail.text?.trimEnd()).toBe(`Changes since v1:\n${HELM}`);
    const warnings = run.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('`.Values` is Go template syntax, not Liquid');
  });

  it('delivers a title holding {%raw%} as written', async () => {
    const title = 'Docs: explain {%raw%} and {{ in Jinja';
    const run = await step({
      eventName: 'pull_request',
      event: prEvent(title),
      inputs: { subject: `Review: ${title}` },
    });
    const { mail } = await received(run);
    expect(mail.subject).toBe(`Review: ${title}`);
    expect(run.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
  });

  it('sends an inline template that does not parse exactly as written, with one warning', async () => {
    // Text from elsewhere (a `git log` in an earlier step, say), not from the event payload.
    const subject = 'Release notes: {% raw %} {{ status }}';
    const run = await step({
      inputs: { subject, body: 'Status {{ status }} {% endif %}', 'body-format': 'text' },
    });
    const { mail } = await received(run);
    expect(mail.subject).toBe(subject);
    expect(mail.text?.trimEnd()).toBe('Status {{ status }} {% endif %}');
    const warnings = run.annotations.filter((a) => a.level === 'warning');
    expect(warnings.map((w) => w.message.match(/^Input `(\w+)`/)?.[1])).toEqual(['subject', 'body']);
    for (const w of warnings) {
      expect(w.message).toMatch(/is not a valid template \(.+\), so it was sent exactly as written/);
      expect(w.message).toContain('{{ commit.message }}');
      expect(w.message).toContain('{% raw %}');
    }
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });

  it('keeps body-file strict', async () => {
    const run = await step({
      inputs: { 'body-file': 'mail.md' },
      workspaceFiles: { 'mail.md': 'Hi {% raw %}' },
    });
    expect(run.code).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^Input `body-file`: template error/);
  });
});

describe('template-env', () => {
  it('lists what env shows; any other name is an error naming template-env', async () => {
    const ok = await step({
      env: { DEPLOY_URL: 'https://staging.example.com', NPM_TOKEN },
      inputs: {
        'template-env': 'DEPLOY_URL, UNSET_ONE',
        subject: 'Deployed {{ env.DEPLOY_URL }}[{{ env.UNSET_ONE }}]',
      },
    });
    const { mail, raw } = await received(ok);
    expect(mail.subject).toBe('Deployed https://staging.example.com[]');
    expectNoTokenAnywhere(ok, raw, mail);

    const bad = await step({ env: { NPM_TOKEN }, inputs: { subject: '{{ env.NPM_TOKEN }}' } });
    expect(bad.code).toBe(1);
    const [error] = bad.annotations.filter((a) => a.level === 'error');
    expect(error?.message).toContain('unknown variable `env.NPM_TOKEN`');
    expect(error?.message).toContain('template-env');
    expect(bad.stdout).not.toContain(NPM_TOKEN);

    const refused = await step({ inputs: { 'template-env': 'INPUT_APP-PASSWORD' } });
    expect(refused.code).toBe(1);
    expect(refused.annotations.find((a) => a.level === 'error')?.message).toMatch(/^Input `template-env`/);
  });
});

describe('encoded-words', () => {
  it('a PR title that looks like an encoded-word reaches the Subject encoded, shown as written', async () => {
    const fake = `=?utf-8?B?${Buffer.from('Your account is suspended').toString('base64')}?=`;
    const run = await step({
      eventName: 'pull_request',
      event: prEvent(fake),
      inputs: { subject: 'PR: {{ pull_request.title }}', headers: `X-Title: ${fake}` },
    });
    const { mail, raw } = await received(run);
    const head = raw.slice(0, raw.search(/\r?\n\r?\n/));
    expect(head).not.toContain(fake);
    expect(head).toMatch(/^Subject:\s+=\?UTF-8\?B\?/m);
    expect(mail.subject).toBe(`PR: ${fake}`);
    // mailparser leaves unknown headers encoded: decode the words the way a mail client would.
    const xTitle = String(mail.headers.get('x-title'));
    const words = [...xTitle.matchAll(/=\?UTF-8\?B\?([^?]*)\?=/g)].map((m) => Buffer.from(m[1]!, 'base64'));
    expect(xTitle.replace(/=\?UTF-8\?B\?[^?]*\?=|\s/g, '')).toBe('');
    expect(Buffer.concat(words).toString('utf8')).toBe(fake);
    expect(mail.subject).not.toContain('suspended');
  });
});

describe('values in an author’s HTML template', () => {
  it('checks the URL after a stray apostrophe and refuses <style>, srcdoc and meta refresh', async () => {
    const run = await step({
      eventName: 'pull_request',
      event: prEvent('} body { background:url(https://evil.example/track) }', (e) => {
        e.pull_request.html_url = 'javascript:alert(document.domain)';
        e.pull_request.head.ref = 'https://evil.example/redirect';
      }),
      inputs: {
        'body-format': 'html',
        body: [
          `<p><a title=it's href="{{ pull_request.url }}">the pull request</a></p>`,
          '<style>.t { color: {{ pull_request.title }} }</style>',
          '<iframe srcdoc="<b>{{ pull_request.title }}</b>"></iframe>',
          '<meta http-equiv=refresh content="0;url={{ pull_request.head }}">',
          '<p>{{ pull_request.title }}</p>',
        ].join('\n'),
      },
    });
    const { mail, html } = await received(run);
    expect(html).not.toContain('javascript:');
    expect(html).toContain(`<a title=it's >the pull request</a>`);
    expect(html).toContain('<style>.t { color:  }</style>');
    expect(html).toContain('<iframe ></iframe>');
    expect(html).not.toMatch(/content="[^"]*evil/);
    expect(html).toContain('<p>} body { background:url(https://evil.example/track) }</p>');
    expect(mail.text).toContain('} body { background:url(https://evil.example/track) }');
    const warnings = run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toHaveLength(3);
    for (const place of ['<style>', '<iframe>', '<meta>']) {
      expect(warnings.some((w) => w.includes(`a value inside ${place} was left out`))).toBe(true);
    }
  });
});
