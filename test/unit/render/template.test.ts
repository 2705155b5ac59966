import { readFileSync } from 'node:fs';
import { Liquid } from 'liquidjs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { renderContent, TEMPLATE_SHAPES, templateScope } from '../../../src/render/content.js';
import * as markdown from '../../../src/render/markdown.js';
import type { Shape } from '../../../src/render/shapes.js';
import { Slots } from '../../../src/render/slots.js';
import { createEngine, renderTemplate, suggestVariable } from '../../../src/render/template.js';
import { checkVariables } from '../../../src/render/variables.js';
import {
  DEFAULT_FACTS_SHAPE,
  DEFAULT_HTML,
  DEFAULT_SUBJECT,
  DEFAULT_TEXT,
} from '../../__fixtures__/default-templates.js';
import { inputErrorOf } from '../input-error.js';
import { contextFor, failureEnrichment, runnerEnv, settingsWith } from './helpers.js';

const noEnrichment = { failed_jobs: [] };

/** Renders `body` (Markdown unless told) for a push whose head commit message is `message`. */
function render(
  body: string,
  vars: Record<string, unknown>,
  format: 'markdown' | 'html' | 'text' = 'markdown',
) {
  const slots = new Slots();
  const engine = createEngine(slots);
  const out = renderTemplate(engine, 'body', body, vars);
  const html = (): string =>
    slots.fillHtml(format === 'markdown' ? markdown.markdownToHtml(out, true) : out, markdown);
  return { slots, out, html, text: slots.fillText(out) };
}

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('templates: variables and errors', () => {
  const ctx = contextFor('push');
  const scope = templateScope(ctx, runnerEnv('push'), 'failure', noEnrichment, ['GITHUB_JOB']);

  it('offers every SPEC section 4 variable', () => {
    for (const name of [
      'repository',
      'repository_url',
      'workflow',
      'job',
      'run_id',
      'run_number',
      'run_attempt',
      'run_url',
      'status',
      'previous_status',
      'event_name',
      'actor',
      'ref',
      'ref_name',
      'sha',
      'short_sha',
      'commit',
      'pull_request',
      'release',
      'failed_jobs',
      'tests',
      'github',
      'env',
    ]) {
      expect(Object.hasOwn(scope, name), name).toBe(true);
    }
    const { text } = render(
      '{{ repository }}|{{ status }}|{{ short_sha }}|{{ commit.title }}|{{ github.event.ref }}|{{ env.GITHUB_JOB }}|{{ failed_jobs.size }}',
      scope,
    );
    expect(text).toBe(
      'octo-org/octo-repo|failure|0d1a26e|Cache npm dependencies in CI|refs/heads/main|build|0',
    );
  });

  it('names a misspelt variable, its line and the input, and suggests the right one', async () => {
    const err = await inputErrorOf(
      renderContent(
        settingsWith({ body: 'Hello\n\n{{ commit.titel }}' }),
        ctx,
        noEnrichment,
        runnerEnv('push'),
      ),
    );
    expect(err.input).toBe('body');
    expect(err.message).toContain('`commit.titel`');
    expect(err.message).toContain('line 3');
    expect(err.message).toContain('commit.title');
    expect(err.message).not.toContain('\n');
  });

  it('names a misspelt field of a variable the event does not have (release on a push)', async () => {
    const env = runnerEnv('push');
    const body = 'Hi\n{% if release %}{{ release.bdy }}{% endif %}';
    const err = await inputErrorOf(renderContent(settingsWith({ body }), ctx, noEnrichment, env));
    expect(err.input).toBe('body');
    expect(err.message).toMatch(/unknown variable `release.bdy` on line 2 \(did you mean `release.body`\?\)/);
    const subject = await inputErrorOf(
      renderContent(
        settingsWith({ subject: '{{ tests.totl }} / {{ pull_request.nubmer }}' }),
        ctx,
        noEnrichment,
        env,
      ),
    );
    expect(subject.input).toBe('subject');
    expect(subject.message).toMatch(/`tests.totl` on line 1 \(did you mean `tests.total`\?\)/);
    // The right names render empty on a push, as before.
    const ok = await renderContent(
      settingsWith({
        body: '[{{ release.body }}{{ tests.total }}{{ pull_request.title }}]',
        bodyFormat: 'text',
      }),
      ctx,
      noEnrichment,
      env,
    );
    expect(ok.text).toBe('[]');
  });

  it('names a misspelt field inside {% if %} on an event that has the object (release)', async () => {
    const release = contextFor('release');
    const err = await inputErrorOf(
      renderContent(
        settingsWith({ body: '{% if release.tag_name %}x{% endif %}' }),
        release,
        noEnrichment,
        runnerEnv('release'),
      ),
    );
    expect(err.message).toMatch(
      /unknown variable `release.tag_name` on line 1 \(did you mean `release.tag`\?\)/,
    );
    const ok = await renderContent(
      settingsWith({
        body: '{% if release.prerelease %}pre{% else %}final {{ release.tag }}{% endif %}',
        bodyFormat: 'text',
      }),
      release,
      noEnrichment,
      runnerEnv('release'),
    );
    expect(ok.text).toBe('final v2.3.0');
  });

  it('names the subject input for an error in the subject', async () => {
    const err = await inputErrorOf(
      renderContent(settingsWith({ subject: '{{ repositry }}' }), ctx, noEnrichment, runnerEnv('push')),
    );
    expect(err.input).toBe('subject');
    expect(err.message).toMatch(/`repositry`.*line 1.*`repository`/);
  });

  it('treats an unknown filter as an error', () => {
    const err = thrown(() => render('{{ repository | shout }}', scope));
    expect(err.message).toContain('unknown filter `shout`');
  });

  it('lets a template test for a pull request or release on a push', () => {
    const { text } = render(
      '{% if pull_request %}PR {{ pull_request.number }}{% else %}no PR{% endif %}{% if release %}R{% endif %}{% if tests %}T{% endif %}',
      scope,
    );
    expect(text).toBe('no PR');
  });

  it('reads no files: include, render and layout are refused', () => {
    for (const tag of [
      "{% include '/etc/passwd' %}",
      "{% render 'package.json' %}",
      "{% layout 'x' %}body",
    ]) {
      const err = thrown(() => render(tag, scope));
      expect(err.message).toMatch(/cannot include other files|template error/);
      expect(err.message).not.toContain('root:');
    }
  });

  it('keeps prototypes out of reach', () => {
    expect(() => render('{{ commit.constructor }}', scope)).toThrow(InputError);
  });

  it('formats dates in the runtime default locale, as LiquidJS does without a locale', () => {
    const template = '{{ when | date: "%A %B %e %Y %b %a %p" }}';
    const vars = { when: '2024-03-05T10:00:00Z' };
    const slots = new Slots();
    const ours = slots.fillText(renderTemplate(createEngine(slots), 'body', template, vars));
    const plain = new Liquid().parseAndRenderSync(template, vars);
    expect(ours).toBe(plain);
    expect(ours).toMatch(/2024/);
  });

  it('suggests only close names', () => {
    expect(suggestVariable('workflw', scope)).toBe('workflow');
    expect(suggestVariable('commit.autor_name', scope)).toBe('commit.author_name');
    expect(suggestVariable('zzzzzzzz', scope)).toBeUndefined();
  });

  it('reads a shortened name as the shortest name it begins', () => {
    expect(suggestVariable('repo', scope)).toBe('repository');
    expect(suggestVariable('commit.auth', scope)).toBe('commit.author_name');
    expect(suggestVariable('re', scope)).not.toBe('repository');
  });
});

describe('templates: every name is checked before rendering, on every event', () => {
  const push = contextFor('push');
  const env = runnerEnv('push');

  /** The error a body gets on a successful push with no failure details (no loop runs). */
  async function bodyError(body: string): Promise<string> {
    const err = await inputErrorOf(renderContent(settingsWith({ body }), push, noEnrichment, env));
    expect(err.input).toBe('body');
    expect(err.message).not.toContain('\n');
    return err.message;
  }

  /** The text a body renders to on a push, or on a failure with details when told. */
  async function bodyText(body: string, failure = false): Promise<string> {
    const c = await renderContent(
      settingsWith({
        body,
        bodyFormat: 'text',
        status: failure ? 'failure' : 'success',
        templateEnv: ['GITHUB_JOB'],
      }),
      push,
      failure ? failureEnrichment() : noEnrichment,
      env,
    );
    return c.text;
  }

  it('names a misspelt variable inside {% if %}, {% unless %} and {% case %}', async () => {
    expect(await bodyError('Hi\n{% if statu == "failure" %}x{% endif %}')).toBe(
      'Input `body`: unknown variable `statu` on line 2 (did you mean `status`?). See the list of template variables in docs/templates.md; test optional ones with {% if … %}.',
    );
    expect(await bodyError('{% unless workflw %}x{% endunless %}')).toMatch(
      /unknown variable `workflw` on line 1 \(did you mean `workflow`\?\)/,
    );
    expect(await bodyError('{% case stat %}{% when "failure" %}x{% endcase %}')).toMatch(
      /unknown variable `stat` on line 1 \(did you mean `status`\?\)/,
    );
  });

  it('names a misspelt field inside {% if %}, of a variable every event has', async () => {
    expect(await bodyError('{% if commit.titel %}x{% endif %}')).toMatch(
      /unknown variable `commit.titel` on line 1 \(did you mean `commit.title`\?\)/,
    );
  });

  it('names a misspelt variable in a filter argument', async () => {
    expect(await bodyError('{{ repository | append: repositry }}')).toMatch(
      /unknown variable `repositry` on line 1 \(did you mean `repository`\?\)/,
    );
  });

  it('names a misspelt field of a failed job on a success run, where the loop is empty', async () => {
    expect(await bodyError('Failed:\n{% for j in failed_jobs %}{{ j.nam }}{% endfor %}')).toMatch(
      /^Input `body`: unknown variable `j.nam` on line 2 \(did you mean `j.name`\?\)\./,
    );
    // The right names pass, and render the jobs on a failure.
    const body = '{% for j in failed_jobs %}{{ j.name }} {{ j.conclusion }} {{ j.in_progress }}{% endfor %}';
    expect(await bodyText(body)).toBe('');
    expect(await bodyText(body, true)).toBe('test (ubuntu-latest, 20) failure false');
  });

  it('names a misspelt field of a nested loop item: failed steps, failing tests', async () => {
    expect(
      await bodyError(
        '{% for j in failed_jobs %}\n{% for s in j.failed_steps %}{{ forloop.index }}. {{ s.numbr }}{% endfor %}{% endfor %}',
      ),
    ).toMatch(/unknown variable `s.numbr` on line 2 \(did you mean `s.number`\?\)/);
    expect(await bodyError('{% for t in tests.failures %}{% if t.mesage %}x{% endif %}{% endfor %}')).toMatch(
      /unknown variable `t.mesage` on line 1 \(did you mean `t.message`\?\)/,
    );
    expect(await bodyError('{{ failed_jobs.first.failed_steps[0].nme }}')).toMatch(
      /unknown variable `failed_jobs.first.failed_steps\[0\].nme` on line 1 \(did you mean `failed_jobs.first.failed_steps\[0\].name`\?\)/,
    );
    const body =
      '{% for j in failed_jobs %}{% for s in j.failed_steps %}{{ s.number }} {{ s.name }}{% endfor %}{% endfor %}{% for t in tests.failures %} {{ t.suite }}/{{ t.name }}: {{ t.message }}{% endfor %} +{{ tests.more }}';
    expect(await bodyText(body, true)).toBe('5 Run npm test math/adds: expected 3 to be 4 +2');
  });

  it('gives the line of the misspelt name, not of the tag that starts its block', async () => {
    const body =
      'One\n{% if failed_jobs.size > 0 %}\nTwo\n{% for j in failed_jobs %}\n{{ j.name }}\n{{ j.log_exerpt }}\n{% endfor %}\n{% endif %}';
    expect(await bodyError(body)).toMatch(/`j.log_exerpt` on line 6 \(did you mean `j.log_excerpt`\?\)/);
  });

  it('names the first misspelt name in the template', async () => {
    expect(await bodyError('{{ commit.titel }}\n{% if statu %}{% endif %}')).toMatch(
      /`commit.titel` on line 1/,
    );
    expect(await bodyError('{% if a %}{% elsif b %}{% endif %}')).toMatch(/`a` on line 1/);
  });

  it('names a misspelt field of pull_request or release on any event, and allows testing for them', async () => {
    expect(await bodyError('{% if pull_request.titel %}x{% endif %}')).toMatch(
      /`pull_request.titel` on line 1 \(did you mean `pull_request.title`\?\)/,
    );
    const pr = await inputErrorOf(
      renderContent(
        settingsWith({ body: '{% if pull_request.titel %}x{% endif %}' }),
        contextFor('pull_request'),
        noEnrichment,
        runnerEnv('pull_request'),
      ),
    );
    expect(pr.message).toMatch(/`pull_request.titel`/);
    expect(
      await bodyText(
        '{% if pull_request %}PR{% endif %}{% if release.tag %}R{% endif %}{% unless tests %}no tests{% endunless %}{% if previous_status %}P{% endif %}',
      ),
    ).toBe('no tests');
  });

  it('allows names the template binds: assign, capture, increment, for, forloop, tablerow', async () => {
    const body = [
      '{% assign who = actor | upcase %}{% capture where %}{{ repository }}@{{ ref_name }}{% endcapture %}',
      '{% increment n %}{% decrement m %}{{ who }} {{ where }} {{ n }}{{ m }}',
      '{% for w in (1..2) %}{{ forloop.index }}/{{ forloop.length }}{% unless forloop.last %},{% endunless %}{% endfor %}',
      '{% tablerow c in failed_jobs %}{{ tablerowloop.col }}{{ c.name }}{% endtablerow %}',
      '{% for x in github.event.commits %}{{ x.author.name }}{% endfor %}{{ env.GITHUB_JOB }}',
      '{{ failed_jobs.size }} {{ commit.title.size }} {{ failed_jobs.length }} {{ commit.title.length }}',
    ].join('\n');
    expect(await bodyText(body)).toBe(
      '\n0-1MONALISA octo-org/octo-repo@main 1-1\n1/2,2/2\n\ndependabot[bot]Mona Lisa Octocatbuild\n0 28 0 28',
    );
    expect(await bodyError('{{ commit.length }}')).toMatch(/unknown variable `commit.length` on line 1/);
  });

  it('keeps a loop variable to its loop, and forloop to loops', async () => {
    expect(await bodyError('{% for j in failed_jobs %}{% endfor %}{{ j.name }}')).toMatch(
      /unknown variable `j` on line 1/,
    );
    expect(await bodyError('{{ forloop.index }}')).toMatch(/unknown variable `forloop` on line 1/);
    expect(await bodyError('{% for j in failed_jobs %}{{ forloop.indx }}{% endfor %}')).toMatch(
      /`forloop.indx` on line 1 \(did you mean `forloop.index`\?\)/,
    );
  });

  it('gives a list assigned once the shape of its items', async () => {
    expect(
      await bodyError(
        '{% assign jobs = failed_jobs | reverse %}\n{% for j in jobs %}{{ j.urll }}{% endfor %}',
      ),
    ).toMatch(/`j.urll` on line 2 \(did you mean `j.url`\?\)/);
    expect(await bodyError('{% assign first = tests.failures | first %}{{ first.sute }}')).toMatch(
      /`first.sute` on line 1 \(did you mean `first.suite`\?\)/,
    );
  });

  it('does not read comments or raw text', async () => {
    expect(await bodyText('{% comment %}{{ nope }}{% endcomment %}{% raw %}{{ nope }}{% endraw %}')).toBe(
      '{{ nope }}',
    );
  });

  it('passes the default templates, which read the facts as `d`', () => {
    const engine = new Liquid();
    const shapes = { ...TEMPLATE_SHAPES, d: DEFAULT_FACTS_SHAPE };
    for (const template of [DEFAULT_SUBJECT, DEFAULT_HTML, DEFAULT_TEXT]) {
      expect(checkVariables(engine, template, shapes)).toEqual([]);
    }
    // The check does read them: a typo in one would be caught.
    const typo = DEFAULT_HTML.replace('{{ job.log_excerpt }}', '{{ job.log_exerpt }}');
    expect(checkVariables(engine, typo, shapes).map((u) => u.path)).toEqual(['job.log_exerpt']);
  });
});

/** Every name and field a template may read: `commit.title`, `failed_jobs[].failed_steps[].number`. */
function shapePaths(shapes: Readonly<Record<string, Shape>>, prefix = ''): string[] {
  return Object.entries(shapes).flatMap(([name, shape]) => {
    const path = `${prefix}${name}`;
    if (typeof shape === 'string') return [path];
    if ('fields' in shape) return [path, ...shapePaths(shape.fields, `${path}.`)];
    return typeof shape.items === 'object' && 'fields' in shape.items
      ? [path, ...shapePaths(shape.items.fields, `${path}[].`)]
      : [path];
  });
}

/**
 * The list of template variables in docs/templates.md, as paths: the backticked names inside a parenthesis after
 * a name are its fields, or its items' fields after "each with".
 */
function readmePaths(): string[] {
  const readme = readFileSync(new URL('../../../docs/templates.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('\nVariables:\n'), readme.indexOf('\nA misspelt variable'));
  expect(section.length).toBeGreaterThan(100);
  const paths: string[] = [];
  const prefixes: string[] = [''];
  let last = '';
  for (const [token] of section.matchAll(/`[^`]+`|\(each\s+with|\(|\)/g)) {
    if (token === ')') prefixes.pop();
    else if (token.startsWith('(')) prefixes.push(token === '(' ? `${last}.` : `${last}[].`);
    else {
      last = `${prefixes.at(-1)}${token.slice(1, -1)}`;
      paths.push(last);
    }
  }
  return paths;
}

describe('templates: docs/templates.md lists what the check accepts', () => {
  it('offers exactly the variables templateScope builds', () => {
    const scope = templateScope(contextFor('push'), runnerEnv('push'), 'failure', failureEnrichment());
    expect(Object.keys(scope).sort()).toEqual(Object.keys(TEMPLATE_SHAPES).sort());
  });

  it('lists every variable and field in docs/templates.md, and nothing else', () => {
    // Below `github` and `env` anything goes: docs/templates.md describes them in prose.
    const open = Object.keys(TEMPLATE_SHAPES).filter((name) => TEMPLATE_SHAPES[name] === 'any');
    const listed = readmePaths().filter((p) => !open.some((name) => p.startsWith(`${name}.`)));
    expect([...new Set(listed)].sort()).toEqual(shapePaths(TEMPLATE_SHAPES).sort());
    expect(listed).toHaveLength(new Set(listed).size);
  });
});

describe('placeholders: values appear literally', () => {
  const hostile =
    '<script>alert(1)</script> <img src=x onerror=alert(1)> [click me](http://evil.example/phish) "><a href="http://evil.example">x</a>';

  it('shows a hostile value as text in HTML, as written in the text part', () => {
    const { slots, out, html: toHtml } = render('**Title:** {{ v }}', { v: hostile });
    const html = toHtml();
    expect(html).not.toMatch(/<script|<img|<a /i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('[click me](http://evil.example/phish)');
    expect(slots.fillText(out)).toBe(`**Title:** ${hostile}`);
  });

  it('runs Markdown on the template only: a value cannot start a list, heading or emphasis', () => {
    const { html: toHtml } = render('{{ v }}\n\n- item', { v: '# Heading\n\n**bold** _x_' });
    const html = toHtml();
    expect(html).not.toMatch(/<h1|<strong|<em/);
    expect(html).toContain('# Heading');
    expect(html).toMatch(/<li[^>]*>item<\/li>/);
  });

  it('never autolinks a value', () => {
    const { html: toHtml } = render('See {{ a }} and {{ b }} and {{ c }}', {
      a: 'www.evil.example',
      b: 'http://evil.example/x',
      c: 'mallory@evil.example',
    });
    const html = toHtml();
    expect(html).not.toContain('<a');
    expect(html).toContain('www.evil.example');
  });

  it('lets a value fill a link only with a safe URL', () => {
    const tpl = '[open]({{ u }})';
    const fill = (u: string): string => {
      const { html: toHtml } = render(tpl, { u });
      return toHtml();
    };
    expect(fill('https://github.com/octo-org/octo-repo/pull/1')).toContain(
      'href="https://github.com/octo-org/octo-repo/pull/1"',
    );
    for (const bad of [
      'javascript:alert(1)',
      'java\nscript:alert(1)',
      '//evil.example',
      'data:text/html,x',
      ' vbscript:x',
    ]) {
      expect(fill(bad), bad).not.toContain('href=');
    }
    expect(fill('https://ok.example/"onmouseover="alert(1)')).not.toMatch(/"\s*onmouseover=/);
  });

  it('escapes values in HTML attributes and drops them from event handlers', () => {
    const { html: toHtml } = render(
      '<a href="https://x.example/?q={{ v }}" title="{{ v }}" onclick="go(\'{{ v }}\')">x</a><div {{ v }}>y</div>',
      { v: '" onmouseover="alert(1)' },
    );
    const html = toHtml();
    expect(html).toContain('title="&quot; onmouseover=&quot;alert(1)"');
    expect(html).not.toContain('onclick');
    expect(html).not.toMatch(/" onmouseover=/);
    expect(html).toContain('<div >y</div>');
  });

  it('keeps line breaks in <pre>, turns them into <br> elsewhere', () => {
    const { html: toHtml } = render('<pre>{{ v }}</pre><p>{{ v }}</p>', { v: 'a\nb' }, 'html');
    expect(toHtml()).toBe('<pre>a\nb</pre><p>a<br>\nb</p>');
  });

  it('resolves values captured into a variable', () => {
    const { html: toHtml } = render(
      '{% capture t %}[{{ v }}]{% endcapture %}{{ t }} / {{ t | raw }}',
      { v: '<b>' },
      'html',
    );
    expect(toHtml()).toBe('[&lt;b&gt;] / [&lt;b&gt;]');
  });

  it('does not double-escape when a template uses | escape', () => {
    const { html: toHtml } = render('{{ v | escape }}', { v: 'a < b' }, 'html');
    expect(toHtml()).toBe('a &lt; b');
  });

  it('| raw inserts a trusted value untouched', () => {
    const { html: toHtml } = render('{{ v | raw }}', { v: '<b>trusted</b>' }, 'html');
    expect(toHtml()).toBe('<b>trusted</b>');
  });

  it('| markdown renders sanitised Markdown in HTML and the value as written in text', () => {
    const notes =
      '<!-- Release notes generated using configuration in .github/release.yml at main -->\n\n## Changes\n\n- **fast** [docs](https://example.com/docs)\n- [bad](javascript:alert(1))\n- <b onclick="alert(1)">bold</b>\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n![pixel](https://tracker.example/p.gif)\n\n<details><summary>More</summary>\n\nhidden\n\n</details>';
    const { slots, out, html: toHtml } = render('Notes:\n\n{{ notes | markdown }}\n\nEnd', { notes });
    const html = toHtml();
    expect(html).toMatch(/<h2[^>]*>Changes<\/h2>/);
    expect(html).toMatch(/<strong>fast<\/strong>/);
    expect(html).toMatch(/<a [^>]*href="https:\/\/example.com\/docs"/);
    expect(html).not.toMatch(/<script|<img|javascript:alert\(1\)"|<a href="javascript/i);
    // Raw HTML is sanitised, not shown as text: the script goes with its content.
    expect(html).not.toContain('&lt;script&gt;');
    expect(html).not.toContain('alert(1)');
    expect(html).not.toContain('Release notes generated');
    expect(html).toContain('<b>bold</b>');
    expect(html).toMatch(/<details><summary>More<\/summary>\s*<p[^>]*>hidden<\/p>\s*<\/details>/);
    expect(html).toContain('pixel');
    expect(html).not.toMatch(/<p[^>]*>\s*<div>\s*<h2/);
    // The text part: the value as written, without the HTML comment a reader of the HTML never sees.
    expect(slots.fillText(out)).toBe(`Notes:\n\n${notes.replace(/^<!--.*-->\n/, '')}\n\nEnd`);
  });

  it('drops complete HTML comments from a | markdown value in the text part, and only there', () => {
    const v = 'a <!-- one -->b\n<!-- two\nlines -->\nc <!-- unclosed';
    const md = render('{{ v | markdown }}', { v });
    expect(md.slots.fillText(md.out)).toBe('a b\nc <!-- unclosed');
    const plain = render('{{ v }}', { v });
    expect(plain.slots.fillText(plain.out)).toBe(v);
  });

  it('| markdown becomes blocks only where blocks may be: inline inside strong, span or a', () => {
    const notes = '## Changes\n\n- one';
    const block = (t: string) => render(t, { notes }, 'html').html();
    expect(block('<div>{{ notes | markdown }}</div>')).toMatch(/^<div><h2[^>]*>Changes<\/h2>/);
    expect(block('<table><tr><td>{{ notes | markdown }}</td></tr></table>')).toMatch(/<td><h2/);
    expect(block('{{ notes | markdown }}')).toMatch(/^<h2/);
    for (const t of [
      '<strong>{{ notes | markdown }}</strong>',
      '<span>{{ notes | markdown }}</span>',
      '<a href="https://example.com">{{ notes | markdown }}</a>',
    ]) {
      const html = block(t);
      expect(html).not.toMatch(/<(h2|ul|li|p|div)\b/);
      expect(html).toContain('Changes');
    }
    // A void element in between does not count as enclosing.
    expect(block('<div><br>{{ notes | markdown }}</div>')).toMatch(/<h2/);
  });

  it('needs the Markdown renderer only for a | markdown value, and never shows one unrendered', () => {
    const plain = render('<p>{{ notes }}</p>', { notes: '**x**' }, 'html');
    expect(plain.slots.hasMarkdown()).toBe(false);
    expect(plain.slots.fillHtml(plain.out)).toBe('<p>**x**</p>');
    const md = render('<div>{{ notes | markdown }}</div>', { notes: '**x**' }, 'html');
    expect(md.slots.hasMarkdown()).toBe(true);
    expect(() => md.slots.fillHtml(md.out)).toThrow(/Markdown renderer/);
    expect(md.html()).toMatch(/<strong>x<\/strong>/);
  });

  it('renders a | markdown value in an HTML body and a Markdown body', async () => {
    const ctx = contextFor('release');
    const env = runnerEnv('release');
    const html = await renderContent(
      settingsWith({
        body: '<div>{{ release.body | markdown }}</div>',
        bodyFormat: 'html',
      }),
      ctx,
      noEnrichment,
      env,
    );
    expect(html.html).toMatch(/<h3[^>]*>Features<\/h3>/);
    const md = await renderContent(
      settingsWith({ body: '**Released** {{ release.tag }}' }),
      ctx,
      noEnrichment,
      env,
    );
    expect(md.html).toMatch(/<strong>Released<\/strong> v2\.3\.0/);
  });

  it('uses fresh placeholders per message, which a value cannot forge', () => {
    const a = new Slots();
    const b = new Slots();
    const tokenA = a.add('text', 'x');
    expect(tokenA).toMatch(/^[A-Za-z0-9]+$/);
    expect(b.fillText(tokenA)).toBe(tokenA);
    // A value that looks like a placeholder of its own message is still shown as typed.
    const forged = a.add('text', `${tokenA}`);
    expect(a.fillText(forged)).toBe('x');
  });
});

describe('renderContent', () => {
  const ctx = contextFor('push', 'hostile-push');
  const env = runnerEnv('push', 'hostile-push');

  it('makes the subject one line with values as written', async () => {
    const c = await renderContent(
      settingsWith({ subject: '{{ commit.message }}', body: 'x' }),
      ctx,
      noEnrichment,
      env,
    );
    expect(c.subject).not.toMatch(/[\r\n]/);
    expect(c.subject).toContain(
      '<script>alert(1)</script> [click me](http://evil.example/phish) Bcc: victim@evil.example',
    );
  });

  it('renders a text-only message for body-format text', async () => {
    const c = await renderContent(
      settingsWith({ body: '{{ commit.title }}', bodyFormat: 'text' }),
      ctx,
      noEnrichment,
      env,
    );
    expect(c.html).toBeUndefined();
    expect(c.text).toBe('<script>alert(1)</script> [click me](http://evil.example/phish)');
  });

  it('renders an HTML body and derives its text part', async () => {
    const c = await renderContent(
      settingsWith({
        body: '<h1>{{ workflow }}</h1><p>{{ commit.title }}</p><a href="{{ run_url }}">Run</a>',
        bodyFormat: 'html',
      }),
      ctx,
      noEnrichment,
      env,
    );
    expect(c.html).toContain('<h1>CI</h1>');
    expect(c.html).not.toMatch(/<script|<a href="http:\/\/evil/);
    expect(c.text).toContain('<script>alert(1)</script> [click me](http://evil.example/phish)');
    expect(c.text).toContain('Run (https://github.com/octo-org/octo-repo/actions/runs/1658821493)');
  });

  it('does not treat Liquid in a value as a template', async () => {
    const c = await renderContent(settingsWith({ body: '{{ commit.message }}' }), ctx, noEnrichment, env);
    expect(c.text).toContain('{{ secrets.GMAIL_APP_PASSWORD }} {% raw %}{{ github.token }}{% endraw %}');
  });

  it('refuses both body and body-file', async () => {
    const err = await inputErrorOf(
      renderContent(settingsWith({ body: 'x', bodyFile: 'mail.md' }), ctx, noEnrichment, env),
    );
    expect(err.input).toBe('body-file');
  });
});
