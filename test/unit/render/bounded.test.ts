// Work on untrusted Markdown and HTML is linear in the input (SPEC §4): the shapes that were
// quadratic before (issue 13) give the same kind of output they always did, and long values are cut
// with a note. Sizes are large enough that a quadratic pass would not finish the suite's timeout.

import { describe, expect, it } from 'vitest';
import {
  CUT_NOTE,
  capUntrustedMarkdown,
  MAX_UNTRUSTED_MARKDOWN,
  markdownToHtml,
  styleMarkdownHtml,
} from '../../../src/render/markdown.js';
import { sanitizeHtml } from '../../../src/render/sanitize.js';
import { Slots } from '../../../src/render/slots.js';
import { createEngine, renderLimitMs, renderTemplate } from '../../../src/render/template.js';

describe('sanitizeHtml on a tag that never ends', () => {
  it('keeps the rest as escaped text, with no tag read after it', () => {
    const out = sanitizeHtml('<b>ok</b> <a title="never closed <i>x</i> <b>y</b>');
    expect(out).toBe('<b>ok</b> &lt;a title=&quot;never closed &lt;i&gt;x&lt;/i&gt; &lt;b&gt;y&lt;/b&gt;');
  });

  it("reads '<a x=\"' × 21,800 with an odd quote to a balanced, tag-free result", () => {
    const hostile = `${'<a x="'.repeat(21_800)}x"<a x=">`;
    const out = sanitizeHtml(hostile);
    expect(out).not.toMatch(/<(?!\/?a[ >])/);
    expect(out.split('<a ').length).toBe(out.split('</a>').length);
  });

  it("reads '<a ' × 21,800 as text", () => {
    expect(sanitizeHtml('<a '.repeat(21_800))).toBe('&lt;a '.repeat(21_800));
  });
});

describe('styleMarkdownHtml', () => {
  it('styles inline code but not the code of a <pre> block', () => {
    const out = styleMarkdownHtml('<p><code>a</code></p><pre><code>b</code></pre><p><code>c</code></p>');
    expect(out.match(/<code style=/g)).toHaveLength(2);
    expect(out).toContain('<code>b</code>');
    expect(out).toMatch(/^<p style="[^"]+"><code style="[^"]+">a<\/code>/);
  });

  it('keeps a style the tag already has', () => {
    expect(styleMarkdownHtml('<p style="color:red">x</p>')).toBe('<p style="color:red">x</p>');
  });

  it('styles 20,000 inline code spans, each once', () => {
    const out = styleMarkdownHtml(`<p>${'<code>x</code> '.repeat(20_000)}</p>`);
    expect(out.match(/<code style=/g)).toHaveLength(20_000);
  });

  it("leaves a '<' that never meets '>' as it is", () => {
    const s = '<p a '.repeat(20_000);
    expect(styleMarkdownHtml(s)).toBe(s);
  });
});

describe('untrusted Markdown over the cap', () => {
  it('is cut at a line break before the cap, with a note', () => {
    const long = 'line of release notes\n'.repeat(10_000);
    const cut = capUntrustedMarkdown(long);
    expect(cut.length).toBeLessThanOrEqual(MAX_UNTRUSTED_MARKDOWN + CUT_NOTE.length + 2);
    expect(cut.endsWith(`line of release notes\n\n${CUT_NOTE}`)).toBe(true);
    expect(markdownToHtml(long, false)).toContain(CUT_NOTE);
  });

  it('leaves shorter values alone', () => {
    expect(capUntrustedMarkdown('short')).toBe('short');
  });

  it('renders a 64 KB release body of inline code, every span styled', () => {
    const out = markdownToHtml('`x` '.repeat(16 * 1024), false);
    expect(out.match(/<code style=/g)).toHaveLength(16 * 1024);
  });
});

describe('Liquid limits', () => {
  const bomb = (output: string): string =>
    `{% capture s %}xxxxxxxxxxxxxxxx{% endcapture %}{% for i in (1..40) %}{% capture s %}${output}${output}{% endcapture %}{% endfor %}{{ s | size }}`;

  it.each([
    ['{{ s }}', /memory limit exceeded/],
    ['{{ s | raw }}', /memory alloc limit exceeded/],
  ])('stops a capture that doubles %s at the memory limit', (output, message) => {
    const engine = createEngine(new Slots());
    expect(() => renderTemplate(engine, 'body', bomb(output), {})).toThrowError(message);
  });

  it('still captures ordinary text', () => {
    const slots = new Slots();
    const out = renderTemplate(
      createEngine(slots),
      'body',
      '{% capture s %}a{{ x }}b{% endcapture %}[{{ s }}]',
      { x: '<y>' },
    );
    expect(slots.fillText(out)).toBe('[a<y>b]');
  });

  it('renders for at most a quarter of timeout-seconds, and 5 s at most', () => {
    expect(renderLimitMs(120)).toBe(5000);
    expect(renderLimitMs(8)).toBe(2000);
  });
});

describe('untrusted Markdown nested too deep for marked', () => {
  it.each(['- ', '> '])('%j × 20,000 is shown as text instead of failing', (shape) => {
    const html = markdownToHtml(`${shape.repeat(20_000)}<b>x</b>`, false);
    expect(html.startsWith('<p style=')).toBe(true);
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
