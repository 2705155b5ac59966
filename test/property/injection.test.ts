// Properties for issue 13's shapes: event text that `${{ }}` substitutes into an inline template,
// built from Liquid, encoded-word and HTML fragments, never reads a variable, never loses the alert,
// always appears as written; encoded-word lookalikes never reach a header verbatim; and values in an
// author's HTML with odd quoting never become a link, a handler or CSS.
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { readRunContext } from '../../src/context.js';
import { renderContent } from '../../src/render/content.js';
import { composeMessage } from '../../src/render/message.js';
import { Slots } from '../../src/render/slots.js';
import { createEngine, renderTemplate } from '../../src/render/template.js';
import { settingsWith } from '../unit/render/helpers.js';
import { fcOptions, NUM_RUNS } from './fc-config.js';

const SECRET = 'sekret_Zq4Wn8Lp2Vx6Rt0Yc3';
const RUNS = Math.max(50, Math.floor(NUM_RUNS / 3));

/** Pieces of Liquid an attacker combines: tags, filters that transform a secret, raw blocks. */
const LIQUID = [
  '{{',
  '}}',
  '{%',
  '%}',
  '{{ env.SECRET }}',
  '{{ env.SECRET | split: "" | join: " " }}',
  '{{ env.SECRET | base64_encode }}',
  '{{ env.SECRET | reverse }}',
  '{%raw%}',
  '{% endraw %}',
  '{%- raw -%}',
  '{% assign s = env.SECRET %}{{ s }}',
  '{% capture x %}{{ env.SECRET }}{% endcapture %}{{ x }}',
  '{{ .Values.image.tag }}',
  '{{ github.event.pull_request.title }}',
  '{',
  '%',
  ' env.SECRET ',
  '=?utf-8?B?SGVsbG8=?=',
  '=?iso-8859-1?q?caf=E9?=',
  '<style>',
  '"',
  "'",
  '\n',
  '\r\n',
];
const piece = fc.oneof(
  fc.constantFrom(...LIQUID),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('Fix ', 'chart', ' ', 'ü', '🚀'),
);
const hostile = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));

/** An author's inline template around the substituted values (what `${{ }}` leaves behind). */
const AUTHOR = fc.constantFrom(
  (a: string, b: string) => `[{{ repository }}] ${a} — ${b}`,
  (a: string, b: string) => `${a}${b}`,
  (a: string, b: string) => `**{{ status }}**: ${a}\n\n{% if pull_request %}${b}{% endif %}`,
  (a: string, b: string) => `{% raw %}${a}{% endraw %} ${b}`,
  (a: string, b: string) => `${a} {{ pull_request.title }} ${b}`,
);

function prEnv(title: string, body: string, branch: string): NodeJS.ProcessEnv {
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: '/event.json',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_HEAD_REF: branch,
    SECRET,
    PR_TITLE: title,
    PR_BODY: body,
  };
}

/** Every form of the secret a transforming filter could print. */
function leaks(text: string): boolean {
  const squeezed = text.replace(/[^A-Za-z0-9_]/g, '');
  const core = SECRET.slice(7);
  return (
    squeezed.includes(core) ||
    squeezed.includes([...core].reverse().join('')) ||
    text.includes(Buffer.from(SECRET).toString('base64').slice(0, 16))
  );
}

describe('property: substituted event text is literal', () => {
  it(`${RUNS} cases: no secret in any form, the alert always renders, each value appears as written`, async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostile, AUTHOR, async (title, body, branch, author) => {
        const env = prEnv(title, body, branch);
        const payload = JSON.stringify({
          pull_request: { number: 7, title, body, head: { ref: branch }, base: { ref: 'main' } },
        });
        const ctx = readRunContext(env, () => payload);
        const settings = settingsWith({
          subject: author(title, branch),
          body: author(title, body),
          bodyFormat: 'text',
          // The worst case: the workflow lists the secret; the payload still cannot read it.
          templateEnv: ['SECRET'],
        });
        const content = await renderContent(settings, ctx, { failed_jobs: [] }, env);
        for (const part of [content.subject, content.text, ...(content.warnings ?? [])]) {
          expect(leaks(part), part).toBe(false);
        }
        for (const value of [title, body]) {
          expect(content.text.replace(/\r\n?/g, '\n')).toContain(value.replace(/\r\n?/g, '\n').trim());
        }
      }),
      fcOptions(RUNS),
    );
  });
});

describe('property: encoded-word lookalikes never reach a header verbatim', () => {
  it(`${RUNS} cases: what mailparser shows is the subject as rendered`, async () => {
    const word = fc
      .tuple(
        fc.constantFrom('utf-8', 'UTF-8', 'iso-8859-1', 'x'),
        fc.constantFrom('B', 'b', 'Q', 'q'),
        fc.string({ maxLength: 12 }).map((s) => Buffer.from(s).toString('base64')),
      )
      .map(([charset, enc, text]) => `=?${charset}?${enc}?${text}?=`);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(word, piece), { minLength: 1, maxLength: 5 }), async (parts) => {
        const title = parts.join(' ');
        const env = prEnv(title, '', 'main');
        const payload = JSON.stringify({ pull_request: { number: 7, title, head: { ref: 'x' } } });
        const ctx = readRunContext(env, () => payload);
        const settings = settingsWith({
          subject: 'PR: {{ pull_request.title }}',
          headers: [['X-Title', title]],
        });
        const content = await renderContent(settings, ctx, { failed_jobs: [] }, env);
        const message = composeMessage(settings, ctx, content, []);
        const chunks: Buffer[] = [];
        for await (const chunk of message.createStream()) chunks.push(chunk as Buffer);
        const raw = Buffer.concat(chunks).toString('latin1');
        const head = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]/g, ' ');
        for (const w of parts.filter((p) => /=\?[^?\s]*\?[bq]\?/i.test(p))) {
          expect(head.includes(w), w).toBe(false);
        }
        const mail = await simpleParser(Buffer.concat(chunks));
        expect(mail.subject).toBe(content.subject);
      }),
      fcOptions(RUNS),
    );
  });
});

describe('property: values in an author’s HTML never become a link, a handler or CSS', () => {
  const value = fc.oneof(
    fc.constantFrom(
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '} body { background:url(https://evil.example/t) }',
      '0;url=https://evil.example/',
      '"><script>alert(1)</script>',
      "' onmouseover='alert(1)",
    ),
    fc.string({ maxLength: 10 }),
  );
  const attrNoise = fc.constantFrom('', " title=it's", " title='x", ' a=b\'c"d', ' /', ' x= ', ' data-x="1"');
  const template = fc
    .tuple(
      attrNoise,
      fc.constantFrom(
        (n: string) => `<a${n} href="{{ v }}">x</a>`,
        (n: string) => `<a${n} href={{ v }}>x</a>`,
        (n: string) => `<img${n} src='{{ v }}'>`,
        (n: string) => `<style${n}>p { color: {{ v }} }</style>`,
        (n: string) => `<iframe${n} srcdoc="{{ v }}"></iframe>`,
        (n: string) => `<meta${n} http-equiv=refresh content="0;url={{ v }}">`,
        (n: string) => `<p${n} onclick="{{ v }}">x</p>`,
        (n: string) => `<svg><a${n} xlink:href="{{ v }}">x</a></svg>`,
        (n: string) => `<div${n} style="color: {{ v }}">x</div>`,
      ),
    )
    .map(([noise, make]) => make(noise));

  it(`${RUNS} cases`, () => {
    fc.assert(
      fc.property(template, value, (source, v) => {
        const slots = new Slots();
        const out = slots.fillHtml(renderTemplate(createEngine(slots), 'body', source, { v }));
        const problems: string[] = [];
        let inStyle = 0;
        const parser = new Parser(
          {
            onopentag(name, attribs) {
              if (name === 'style') inStyle++;
              for (const [attr, val] of Object.entries(attribs)) {
                if (attr.startsWith('on') && val.includes('alert')) problems.push(`${attr}=${val}`);
                if (/href|src/.test(attr) && !/^(https?:|mailto:|$)/i.test(val.trim())) {
                  problems.push(`${attr}=${val}`);
                }
                if (attr === 'srcdoc' || (attr === 'content' && val.includes('url='))) {
                  if (val.includes(v) && v.length > 2) problems.push(`${attr}=${val}`);
                }
              }
            },
            ontext(text) {
              if (inStyle && v.length > 2 && text.includes(v)) problems.push(`style: ${text}`);
            },
            onclosetag(name) {
              if (name === 'style') inStyle--;
            },
          },
          { decodeEntities: true, lowerCaseAttributeNames: true },
        );
        parser.write(out);
        parser.end();
        expect(problems, `${source} with ${JSON.stringify(v)} → ${out}`).toEqual([]);
      }),
      fcOptions(RUNS),
    );
  });
});
