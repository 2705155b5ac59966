// Property 1: any string in any event field or input that reaches the message never adds a header,
// a recipient, a link, an image, a script or markup to the parsed message. Drives the real
// rendering (renderContent) and composition (composeMessage), streams the message and parses it
// with mailparser, then compares with the same message rendered from benign values.

import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { type AddressObject, simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { readRunContext } from '../../src/context.js';
import type { Enrichment } from '../../src/enrich/types.js';
import type { BodyFormat, Settings } from '../../src/inputs/index.js';
import { renderContent } from '../../src/render/content.js';
import { composeMessage } from '../../src/render/message.js';
import { failureEnrichment, settingsWith } from '../unit/render/helpers.js';
import { fcOptions, hostileString, NUM_RUNS } from './fc-config.js';

type EventKind = 'push' | 'pull_request' | 'release';
type TemplateKind = 'default' | 'markdown' | 'html' | 'text';

/** The values an attacker controls in one run. */
interface Hostile {
  prTitle: string;
  branch: string;
  commitMessage: string;
  authorName: string;
  releaseBody: string;
  releaseName: string;
  workflow: string;
  actor: string;
  headerValue: string;
}

const BENIGN: Hostile = {
  prTitle: 'Speed up builds',
  branch: 'feature/faster-builds',
  commitMessage: 'Fix the cache key\n\nIt was too broad.',
  authorName: 'Mona Lisa',
  releaseBody: 'Fixes *two* bugs.\n\n- one\n- two',
  releaseName: 'Version 2.3.0',
  workflow: 'CI',
  actor: 'monalisa',
  headerValue: 'nightly',
};

const REPO = 'octo-org/octo-repo';
const SHA = 'c7d2e9f4a1b8c3d6e5f4a3b2c1d0e9f8a7b6c5d4';
const TO = [{ name: 'Dev Team', address: 'dev@example.com' }];
const CC = [{ name: '', address: 'lead@example.com' }];
const BCC = [{ name: '', address: 'audit@example.com' }];

function eventPayload(kind: EventKind, v: Hostile): Record<string, unknown> {
  const repository = {
    full_name: REPO,
    html_url: `https://github.com/${REPO}`,
    default_branch: 'main',
    owner: { login: 'octo-org' },
  };
  if (kind === 'push') {
    return {
      ref: `refs/heads/${v.branch}`,
      after: SHA,
      repository,
      sender: { login: v.actor },
      head_commit: {
        id: SHA,
        message: v.commitMessage,
        author: { name: v.authorName, email: 'mona@example.com' },
      },
    };
  }
  if (kind === 'pull_request') {
    return {
      number: 1347,
      repository,
      sender: { login: v.actor },
      pull_request: {
        number: 1347,
        title: v.prTitle,
        html_url: `https://github.com/${REPO}/pull/1347`,
        user: { login: v.authorName },
        head: { ref: v.branch, sha: SHA },
        base: { ref: 'main', sha: SHA },
      },
    };
  }
  return {
    repository,
    sender: { login: v.actor },
    release: {
      tag_name: 'v2.3.0',
      name: v.releaseName,
      body: v.releaseBody,
      html_url: `https://github.com/${REPO}/releases/tag/v2.3.0`,
      prerelease: false,
    },
  };
}

function runnerEnv(kind: EventKind, v: Hostile): NodeJS.ProcessEnv {
  const ref =
    kind === 'push'
      ? `refs/heads/${v.branch}`
      : kind === 'release'
        ? 'refs/tags/v2.3.0'
        : 'refs/pull/1347/merge';
  return {
    GITHUB_EVENT_NAME: kind,
    GITHUB_EVENT_PATH: '/event.json',
    GITHUB_REPOSITORY: REPO,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW: v.workflow,
    GITHUB_JOB: 'build',
    GITHUB_RUN_ID: '1658821493',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: v.actor,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags|pull)\//, ''),
    GITHUB_SHA: SHA,
    GITHUB_HEAD_REF: kind === 'pull_request' ? v.branch : '',
    GITHUB_WORKSPACE: '/nonexistent/workspace',
    RUNNER_TEMP: '/nonexistent/temp',
  };
}

/** The template's lines per event: every hostile field, once in the subject and once in the body. */
const FIELDS: Record<EventKind, Array<[string, keyof Hostile]>> = {
  push: [
    ['commit.message', 'commitMessage'],
    ['commit.author_name', 'authorName'],
    ['ref_name', 'branch'],
    ['workflow', 'workflow'],
    ['actor', 'actor'],
  ],
  pull_request: [
    ['pull_request.title', 'prTitle'],
    ['pull_request.head', 'branch'],
    ['pull_request.author', 'authorName'],
    ['workflow', 'workflow'],
    ['actor', 'actor'],
  ],
  release: [
    ['release.name', 'releaseName'],
    ['release.body', 'releaseBody'],
    ['workflow', 'workflow'],
    ['actor', 'actor'],
  ],
};

function customTemplates(kind: EventKind, format: Exclude<TemplateKind, 'default'>): Partial<Settings> {
  const vars = FIELDS[kind].map(([path]) => path);
  const subject = `[{{ repository }}] ${vars.map((p) => `{{ ${p} }}`).join(' / ')}`;
  const notes = kind === 'release';
  let body: string;
  if (format === 'html') {
    body = [
      '<table role="presentation"><tr><td>',
      ...vars.map((p) => `<p title="{{ ${p} }}">${p}: {{ ${p} }}</p>`),
      notes ? '<div class="notes">{{ release.body | markdown }}</div>' : '',
      '<a href="{{ run_url }}">View run</a>',
      '</td></tr></table>',
    ].join('\n');
  } else {
    body = [
      ...vars.map((p) => `${p}: {{ ${p} }}`),
      '',
      notes ? '<div class="notes">\n\n{{ release.body | markdown }}\n\n</div>\n' : '',
      '[View run]({{ run_url }})',
    ].join('\n');
  }
  return { subject, body, bodyFormat: format };
}

interface Built {
  settings: Settings;
  raw: Buffer;
  envelopeTo: string[];
}

async function build(
  kind: EventKind,
  template: TemplateKind,
  status: Settings['status'],
  v: Hostile,
): Promise<Built> {
  const env = runnerEnv(kind, v);
  const payload = JSON.stringify(eventPayload(kind, v));
  const ctx = readRunContext(env, () => payload);
  const settings = settingsWith({
    status,
    to: TO,
    cc: CC,
    bcc: BCC,
    headers: [['X-Build-Label', v.headerValue]],
    ...(template === 'default' ? {} : customTemplates(kind, template)),
  });
  const enrichment: Enrichment = status === 'failure' ? failureEnrichment() : { failed_jobs: [] };
  const content = await renderContent(settings, ctx, enrichment, env);
  const message = composeMessage(settings, ctx, content, [], new Date('2025-03-14T10:05:42Z'));
  const chunks: Buffer[] = [];
  for await (const chunk of message.createStream()) chunks.push(chunk as Buffer);
  return { settings, raw: Buffer.concat(chunks), envelopeTo: message.envelope.to };
}

interface HtmlShape {
  /** Tag name → how many, outside release notes rendered through `| markdown`. */
  counts: Map<string, number>;
  /** href/src of every element outside the notes, in order. */
  urls: string[];
  /** Elements and URLs inside the notes. */
  notesTags: string[];
  notesUrls: string[];
  /** Attribute names starting with `on`, anywhere. */
  handlers: string[];
  scripts: number;
}

/**
 * Tags sanitised Markdown may produce inside release notes: Markdown's own, and the safe formatting
 * raw HTML may keep (SPEC §4).
 */
const MARKDOWN_TAGS = new Set(
  (
    'p br a strong em del code pre h1 h2 h3 h4 h5 h6 ul ol li blockquote table thead tbody tr th td hr input div ' +
    'b i u s ins mark sub sup small kbd span dl dt dd tfoot details summary'
  ).split(' '),
);

function htmlShape(html: string): HtmlShape {
  const shape: HtmlShape = {
    counts: new Map(),
    urls: [],
    notesTags: [],
    notesUrls: [],
    handlers: [],
    scripts: 0,
  };
  let depth = 0;
  let notesDepth = -1;
  let lastClosedH2Text = '';
  let h2Text = '';
  let inH2 = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth++;
        const isNotes =
          notesDepth < 0 &&
          name === 'div' &&
          (attribs.class === 'notes' || lastClosedH2Text.trim() === 'Release notes');
        lastClosedH2Text = '';
        if (name === 'h2') {
          inH2 = true;
          h2Text = '';
        }
        for (const attr of Object.keys(attribs)) if (attr.startsWith('on')) shape.handlers.push(attr);
        if (name === 'script') shape.scripts++;
        const url = attribs.href ?? attribs.src;
        if (notesDepth >= 0) {
          shape.notesTags.push(name);
          if (url !== undefined) shape.notesUrls.push(url);
        } else {
          shape.counts.set(name, (shape.counts.get(name) ?? 0) + 1);
          if (url !== undefined) shape.urls.push(`${name} ${url}`);
        }
        if (isNotes) notesDepth = depth;
      },
      ontext(text) {
        if (inH2) h2Text += text;
      },
      onclosetag(name) {
        if (notesDepth === depth) notesDepth = -1;
        depth--;
        if (name === 'h2') {
          inH2 = false;
          lastClosedH2Text = h2Text;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return shape;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return list.flatMap((o) => o.value.flatMap((a) => (a.group ? a.group : [a]))).map((a) => a.address ?? '');
}

// Mail normalises line endings (a lone CR, CR CR LF): compared as single line breaks.
const lines = (s: string): string => s.replace(/[\r\n]+/g, '\n');

const baselines = new Map<string, Promise<{ built: Built; headerKeys: string[]; shape?: HtmlShape }>>();

function baseline(kind: EventKind, template: TemplateKind, status: Settings['status']) {
  const key = `${kind}/${template}/${status}`;
  let entry = baselines.get(key);
  if (!entry) {
    entry = (async () => {
      const built = await build(kind, template, status, BENIGN);
      const mail = await simpleParser(built.raw);
      return {
        built,
        headerKeys: [...mail.headers.keys()].sort(),
        shape: typeof mail.html === 'string' ? htmlShape(mail.html) : undefined,
      };
    })();
    baselines.set(key, entry);
  }
  return entry;
}

const hostileValues: fc.Arbitrary<Hostile> = fc.record({
  prTitle: hostileString(),
  branch: hostileString(),
  commitMessage: hostileString(),
  authorName: hostileString(),
  releaseBody: hostileString(),
  releaseName: hostileString(),
  workflow: hostileString(),
  actor: hostileString(),
  headerValue: hostileString(),
});

describe('property: hostile values never change the message structure', () => {
  it(`${NUM_RUNS} generated cases: headers, recipients, links, images, scripts, markup unchanged`, async () => {
    let generated = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<EventKind>('push', 'pull_request', 'release'),
        fc.constantFrom<TemplateKind>('default', 'markdown', 'html', 'text'),
        fc.constantFrom<Settings['status']>('success', 'failure'),
        hostileValues,
        async (kind, template, status, v) => {
          generated++;
          const base = await baseline(kind, template, status);
          const built = await build(kind, template, status, v);
          const mail = await simpleParser(built.raw);

          // No header added or removed (a filter header whose value is blank is left out); one-line subject.
          const blank = (s: string): boolean => s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim() === '';
          const expectedKeys = base.headerKeys.filter(
            (k) =>
              !(k === 'x-github-workflow' && blank(v.workflow)) &&
              !(k === 'x-build-label' && blank(v.headerValue)),
          );
          expect([...mail.headers.keys()].sort()).toEqual(expectedKeys);
          expect(mail.subject ?? '').not.toMatch(/[\r\n]/);
          // Recipients exactly the inputs', in the headers and on the envelope; Bcc never in a header.
          expect(addresses(mail.to)).toEqual(TO.map((m) => m.address));
          expect(addresses(mail.cc)).toEqual(CC.map((m) => m.address));
          expect(mail.bcc).toBeUndefined();
          expect(built.envelopeTo).toEqual(base.built.envelopeTo);
          const headerBlock = built.raw.toString('latin1').split(/\r?\n\r?\n/)[0]!;
          expect(headerBlock).not.toMatch(/^bcc:/im);

          const format: BodyFormat = template === 'default' ? 'markdown' : template;
          if (format === 'text') {
            expect(mail.html).toBeFalsy();
          } else {
            expect(typeof mail.html).toBe('string');
            const shape = htmlShape(mail.html as string);
            const baseShape = base.shape!;
            expect(shape.scripts).toBe(0);
            expect(shape.handlers).toEqual([]);
            // Outside release notes, no element the benign message did not have (line breaks aside).
            for (const [tag, n] of shape.counts) {
              if (tag === 'br') continue;
              expect({ tag, n: Math.min(n, baseShape.counts.get(tag) ?? 0) }).toEqual({ tag, n });
            }
            // Every link and image outside the notes is one the template made.
            const allowed = [...baseShape.urls];
            for (const url of shape.urls) {
              const at = allowed.indexOf(url);
              expect(at, `unexpected ${url}`).toBeGreaterThanOrEqual(0);
              allowed.splice(at, 1);
            }
            // Release notes through `| markdown`: sanitised formatting only; links http(s)/mailto, no images.
            for (const tag of shape.notesTags) expect(MARKDOWN_TAGS.has(tag), tag).toBe(true);
            for (const url of shape.notesUrls) expect(url).toMatch(/^(https?:\/\/[^/]|mailto:)/i);
          }

          // Custom templates show every value literally in the text part.
          // (The text part of an HTML body is derived from the HTML: compared with whitespace collapsed.)
          if (template !== 'default') {
            const norm =
              template === 'html'
                ? (s: string): string =>
                    s
                      .replace(/\u0000/g, '')
                      .replace(/\s+/g, ' ')
                      .trim()
                : (s: string): string =>
                    lines(s)
                      .replace(/\u0000/g, '')
                      .trim();
            const text = norm(mail.text ?? '');
            for (const [, field] of FIELDS[kind]) expect(text).toContain(norm(v[field]));
          }
        },
      ),
      fcOptions(),
    );
    expect(generated).toBeGreaterThanOrEqual(NUM_RUNS);
  });
});
