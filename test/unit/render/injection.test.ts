// Template injection through `${{ }}` (issue 13): event text that holds `{{` or `{%` and reaches an
// inline template is shown as written; a template that still does not parse is sent as written
// with a warning; `env` holds only what `template-env` names.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRunContext } from '../../../src/context.js';
import type { Enrichment } from '../../../src/enrich/types.js';
import type { Settings } from '../../../src/inputs/index.js';
import { renderContent } from '../../../src/render/content.js';
import { couldOpenTag, literalForms, literalize, outsiderValues } from '../../../src/render/literal.js';
import { inputErrorOf } from '../input-error.js';
import { fixture, runnerEnv, settingsWith } from './helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: tests edit event payloads freely
type Payload = Record<string, any>;

const noEnrichment: Enrichment = { failed_jobs: [] };
const dir = mkdtempSync(path.join(os.tmpdir(), 'inject-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TOKEN = 'npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const EXFIL = 'Fix {{ env.NPM_TOKEN | split: "" | join: " " }}';

/** A pull_request run whose payload has these changes, with NPM_TOKEN in the environment. */
function prRun(change: (event: Payload) => void) {
  const event = JSON.parse(readFileSync(fixture('pull_request'), 'utf8')) as Payload;
  change(event);
  const file = path.join(dir, `event-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(event));
  const env = runnerEnv('pull_request', 'pull_request', { GITHUB_EVENT_PATH: file, NPM_TOKEN: TOKEN });
  return { ctx: readRunContext(env), env, event };
}

async function rendered(settings: Partial<Settings>, change: (event: Payload) => void) {
  const { ctx, env } = prRun(change);
  return renderContent(settingsWith(settings), ctx, noEnrichment, env);
}

/** Every form of the token a reader or log could show: plain, spaced, reversed, base64. */
function expectNoToken(text: string): void {
  const squeezed = text.replace(/[\s,|"'-]+/g, '');
  expect(squeezed).not.toContain(TOKEN);
  expect(squeezed).not.toContain([...TOKEN].reverse().join(''));
  expect(text).not.toContain(Buffer.from(TOKEN).toString('base64').slice(0, 20));
  expect(text).not.toContain('npm_');
}

describe('outsider text substituted by GitHub expressions stays text', () => {
  it('mails the PR title as written, and no form of the token, when the title is template code', async () => {
    const content = await rendered(
      {
        subject: `PR: ${EXFIL}`,
        body: `Title: ${EXFIL}\n\nRun: {{ run_url }}`,
        templateEnv: ['NPM_TOKEN'],
      },
      (e) => {
        e.pull_request.title = EXFIL;
      },
    );
    expect(content.subject).toBe(`PR: ${EXFIL}`);
    expect(content.text).toContain(`Title: ${EXFIL}`);
    expect(content.text).toContain('Run: https://github.com/octo-org/octo-repo/actions/runs/1658821493');
    expect(content.html).toContain('Fix {{ env.NPM_TOKEN | split: &quot;&quot; | join: &quot; &quot; }}');
    expect(content.warnings).toBeUndefined();
    for (const part of [content.subject, content.text, content.html ?? '']) expectNoToken(part);
  });

  it('covers commit messages, branch names, comments and release notes, trimmed, CRLF and JSON forms', async () => {
    const helm = 'fix(chart): quote {{ .Values.image.tag }}';
    const branch = 'feat/{%raw%}';
    const body = `Line one\r\n{{ env.HOME }} here\r\n`;
    const content = await rendered(
      {
        body: `Commit: ${helm}\nBranch: ${branch}\nBody: ${body.trim()}\nJSON: ${JSON.stringify({ b: body })}`,
        bodyFormat: 'text',
      },
      (e) => {
        e.pull_request.head.ref = branch;
        e.pull_request.body = body;
        e.comment = { body: 'nothing' };
        e.commits = [{ message: helm }];
      },
    );
    expect(content.warnings).toBeUndefined();
    expect(content.text).toBe(
      `Commit: ${helm}\nBranch: ${branch}\nBody: ${body.trim()}\nJSON: ${JSON.stringify({ b: body })}`,
    );
  });

  it('keeps the author’s own template working around the literal text', async () => {
    const content = await rendered(
      { subject: '{{ status }}: {% raw %}{{ x }}{% endraw %} — {{x}} {{ pull_request.number }}' },
      (e) => {
        e.pull_request.title = '{{x}}';
      },
    );
    expect(content.subject).toBe('success: {{ x }} — {{x}} 1347');
  });

  it('a value split over two fields cannot join into a tag', async () => {
    const content = await rendered({ subject: '{ { env.A }}', bodyFormat: 'text', body: 'x' }, (e) => {
      e.pull_request.title = '{';
      e.pull_request.body = '{ env.A }}';
    });
    expect(content.subject).toBe('{ { env.A }}');
    // The same pair written next to each other, as `${{ title }}${{ body }}` would.
    const joined = await rendered({ subject: '{{ env.A }}' }, (e) => {
      e.pull_request.title = '{';
      e.pull_request.body = '{ env.A }}';
    });
    expect(joined.subject).toBe('{{ env.A }}');
  });

  it('finds the values anywhere in odd payloads, keys included, and stays bounded', () => {
    const deep: Record<string, unknown> = {};
    let at = deep;
    for (let i = 0; i < 200; i++) {
      const next: Record<string, unknown> = {};
      at.next = next;
      at = next;
    }
    at.title = '{{ too deep }}';
    const values = outsiderValues({
      a: [null, 1, true, { '{{ key }}': 'v' }, ['{% raw %}']],
      b: 'plain',
      c: deep,
      d: '  {x} ',
    });
    expect(values.sort()).toEqual(['  {x} ', '{% raw %}', '{{ key }}']);
    expect(couldOpenTag('ends with {')).toBe(true);
    expect(couldOpenTag('a { b } c')).toBe(false);
    const forms = literalForms(['a\r\n{{ b }} c\r\n']);
    expect(forms).toContain('a\r\n{{ b }} c\r\n');
    expect(forms).toContain('a\n{{ b }} c');
    expect(forms).toContain('{{ b }} c');
    expect(forms).toContain('a\\r\\n{{ b }} c\\r\\n');
    expect(literalize('x {{ b }} c y', forms, () => 'P').source).toBe('x P y');
  });
});

describe('an inline template that does not parse is sent as written, with a warning', () => {
  it('subject with an unclosed {% raw %} the author wrote', async () => {
    const content = await rendered({ subject: 'Deploy {% raw %} {{ status }}' }, () => undefined);
    expect(content.subject).toBe('Deploy {% raw %} {{ status }}');
    expect(content.warnings).toHaveLength(1);
    const [warning] = content.warnings!;
    expect(warning).toMatch(/^Input `subject` is not a valid template \(/);
    expect(warning).toContain('raw');
    expect(warning).toContain('{{ commit.message }}');
    expect(warning).toContain('{% raw %}');
    expect(warning).not.toContain('\n');
  });

  it('a Markdown body keeps its formatting, and its text is shown as written', async () => {
    const content = await rendered({ body: '**Build** {{ status }} {% if %}' }, () => undefined);
    expect(content.text).toBe('**Build** {{ status }} {% if %}');
    expect(content.html).toContain('<strong>Build</strong> {{ status }} {% if %}');
    expect(content.warnings?.[0]).toMatch(/^Input `body` is not a valid template/);
  });

  it('a value left out of an unsafe place in body-file is warned about under body-file', async () => {
    const workspace = mkdtempSync(path.join(dir, 'ws-'));
    writeFileSync(
      path.join(workspace, 'mail.html'),
      '<style>p { color: {{ pull_request.title }} }</style><p>ok</p>',
    );
    const { ctx, env } = prRun(() => undefined);
    const content = await renderContent(
      settingsWith({ bodyFile: 'mail.html' }),
      { ...ctx, workspace },
      noEnrichment,
      env,
    );
    expect(content.html).toBe('<style>p { color:  }</style><p>ok</p>');
    expect(content.warnings).toEqual([
      'Input `body-file`: a value inside <style> was left out, since it cannot be shown there safely; put values in element text or ordinary attributes.',
    ]);
  });

  it('event text that matches the end of the author’s own tag is sent as written, not an unknown name', async () => {
    // `%}%}` is found across the author's `%}` and the body's first `%}`: its placeholder lands
    // inside `{% if … %}` and reads as a variable. Found by the injection property (CI, stop 19).
    const body = '**{{ status }}**: {{\n\n{% if pull_request %}%}%}{% endif %}';
    const content = await rendered({ body, bodyFormat: 'text' }, (e) => {
      e.pull_request.title = '{{';
      e.pull_request.body = '%}%}';
    });
    expect(content.text).toBe(body);
    expect(content.warnings).toHaveLength(1);
    expect(content.warnings?.[0]).toMatch(
      /^Input `body` is not a valid template \(template error on line 3: text from the event landed inside a tag\)/,
    );
    expect(content.warnings?.[0]).not.toMatch(/Q[0-9a-f]+N\d+E/i);
  });

  it('body-file stays strict', async () => {
    const workspace = mkdtempSync(path.join(dir, 'ws-'));
    writeFileSync(path.join(workspace, 'mail.md'), 'Hi {% raw %}');
    const { ctx, env } = prRun(() => undefined);
    const err = await inputErrorOf(
      renderContent(settingsWith({ bodyFile: 'mail.md' }), { ...ctx, workspace }, noEnrichment, env),
    );
    expect(err.input).toBe('body-file');
  });

  it('a name that exists on no run is still an error; one empty on this run renders empty', async () => {
    const { ctx, env } = prRun(() => undefined);
    const err = await inputErrorOf(
      renderContent(settingsWith({ subject: '{{ commit.titel }}' }), ctx, noEnrichment, env),
    );
    expect(err.message).toContain('commit.title');
    const push = readRunContext(runnerEnv('push'));
    const content = await renderContent(
      settingsWith({ subject: '[{{ pull_request.title }}][{{ release.tag }}][{{ tests.failed }}]' }),
      push,
      noEnrichment,
      runnerEnv('push'),
    );
    expect(content.subject).toBe('[][][]');
  });
});

describe('env holds only what template-env names', () => {
  it('shows a listed variable, and an unlisted one is an unknown variable naming template-env', async () => {
    const { ctx, env } = prRun(() => undefined);
    const ok = await renderContent(
      settingsWith({ subject: '{{ env.DEPLOY }}|{{ env.UNSET }}', templateEnv: ['DEPLOY', 'UNSET'] }),
      ctx,
      noEnrichment,
      { ...env, DEPLOY: 'staging' },
    );
    expect(ok.subject).toBe('staging|');
    const err = await inputErrorOf(
      renderContent(settingsWith({ subject: '{{ env.NPM_TOKEN }}' }), ctx, noEnrichment, env),
    );
    expect(err.message).toContain('`env.NPM_TOKEN`');
    expect(err.message).toContain('template-env');
    expect(err.message).not.toContain(TOKEN);
  });

  it('github holds no token', async () => {
    const { ctx, env } = prRun(() => undefined);
    const content = await renderContent(
      settingsWith({ subject: '[{{ github.token }}]', bodyFormat: 'text', body: '{{ github }}' }),
      ctx,
      noEnrichment,
      { ...env, GITHUB_TOKEN: 'ghs_ShouldNeverShow000000000000000' },
    );
    expect(content.subject).toBe('[]');
    expect(content.text).not.toContain('ghs_');
  });
});

describe('an encoded-word lookalike reaches no header as an encoded-word', () => {
  it('encodes the whole value, so a mail client shows the characters as written', async () => {
    const { protectEncodedWords } = await import('../../../src/render/message.js');
    const { simpleParser } = await import('mailparser');
    const fake = `=?utf-8?B?${Buffer.from('Your account is suspended').toString('base64')}?=`;
    const title = `PR ${fake} and ünïcode ${'x'.repeat(120)}`;
    const encoded = protectEncodedWords(title);
    expect(encoded).not.toContain(fake);
    expect(encoded).toMatch(/^(=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?= ?)+$/);
    for (const word of encoded.split(' ')) expect(word.length).toBeLessThanOrEqual(75);
    const mail = await simpleParser(`Subject: ${encoded}\r\n\r\nx`);
    expect(mail.subject).toBe(title);
    expect(protectEncodedWords('plain =? text')).toBe('plain =? text');
  });
});

describe('Go template syntax from elsewhere (a `git log` output) is text, not a misspelt name', () => {
  it('an inline body with {{ .Values.image.tag }} is sent as written with a warning; body-file fails', async () => {
    const content = await rendered(
      { body: 'Changes:\n  fix(chart): quote {{ .Values.image.tag }}\n{{ status }}', bodyFormat: 'text' },
      () => undefined,
    );
    expect(content.text).toBe('Changes:\n  fix(chart): quote {{ .Values.image.tag }}\n{{ status }}');
    expect(content.warnings?.[0]).toContain('`.Values` is Go template syntax, not Liquid');
    expect(content.warnings?.[0]).toContain('line 2');
    const workspace = mkdtempSync(path.join(dir, 'ws-'));
    writeFileSync(path.join(workspace, 'mail.txt'), '{{ .Values.x }} {{ commit.titel }}');
    const { ctx, env } = prRun(() => undefined);
    const err = await inputErrorOf(
      renderContent(settingsWith({ bodyFile: 'mail.txt' }), { ...ctx, workspace }, noEnrichment, env),
    );
    expect(err.message).toBe(
      'Input `body-file`: template error on line 1: `.Values` is Go template syntax, not Liquid.',
    );
  });
});
