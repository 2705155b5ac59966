// Values in an author's HTML template are placed by the HTML context they really land in (issue 13).
import { describe, expect, it } from 'vitest';
import { htmlTokens } from '../../../src/render/html-tokens.js';
import { Slots } from '../../../src/render/slots.js';
import { createEngine, renderTemplate } from '../../../src/render/template.js';

const EVIL = 'javascript:alert(1)';

/** Renders an HTML template with `v` = `value`; the HTML and the warnings about refused places. */
function html(template: string, value = EVIL): { html: string; refusals: string[] } {
  const slots = new Slots();
  const out = renderTemplate(createEngine(slots), 'body', template, { v: value });
  return { html: slots.fillHtml(out), refusals: slots.refusals() };
}

describe('html tokens follow the browser', () => {
  it('an apostrophe inside an unquoted value is part of it', () => {
    const tags = [...htmlTokens(`<a title=it's href="x">y</a>`)].filter((t) => t.kind === 'tag');
    expect(tags[0]).toMatchObject({ name: 'a', closing: false });
    expect(tags[0]!.kind === 'tag' && tags[0]!.attributes.map((a) => [a.name, a.value])).toEqual([
      ['title', "it's"],
      ['href', 'x'],
    ]);
  });

  it('comments end at -->, --!> and <!-->, raw text at its end tag only outside svg', () => {
    const kinds = (s: string) => [...htmlTokens(s)].map((t) => `${t.kind}:${s.slice(t.start, t.end)}`);
    expect(kinds('<!-- a --!><b>')).toEqual(['comment:<!-- a --!>', 'tag:<b>']);
    expect(kinds('<!--><i>')).toEqual(['comment:<!-->', 'tag:<i>']);
    expect(kinds('<style><b></style >x')).toEqual(['tag:<style>', 'text:<b>', 'tag:</style >', 'text:x']);
    expect(kinds('<svg><title><b></title></svg>')).toEqual([
      'tag:<svg>',
      'tag:<title>',
      'tag:<b>',
      'tag:</title>',
      'tag:</svg>',
    ]);
    expect(kinds('a <b title="x')).toEqual(['text:a ', 'comment:<b title="x']);
  });
});

describe('values in an author’s HTML', () => {
  it('the URL check holds after an attribute with a stray apostrophe', () => {
    const { html: out } = html(`<a title=it's href="{{ v }}">x</a>`);
    expect(out).not.toContain('javascript');
    expect(out).toBe(`<a title=it's >x</a>`);
    expect(html(`<a title=it's href="{{ v }}">x</a>`, 'https://github.com/o/r/pull/1').html).toBe(
      `<a title=it's href="https://github.com/o/r/pull/1">x</a>`,
    );
  });

  it('the URL check holds for unquoted values, entities and odd spacing', () => {
    for (const t of [
      '<a href={{ v }}>x</a>',
      '<a\nhref\n=\n{{ v }}>x</a>',
      '<a href="java&#115;cript:{{ v }}">x</a>',
      '<svg><a xlink:href="{{ v }}">x</a></svg>',
      '<a x=\'\' href="{{ v }}">x</a>',
    ]) {
      expect(html(t, 'alert(1)//').html, t).not.toMatch(/href\s*=\s*"?[^"]*alert/);
      expect(html(t).html, t).not.toMatch(/javascript:alert/);
    }
  });

  it('refuses values inside <style>, <script>, srcdoc, meta refresh, and says so', () => {
    const cases: Array<[string, string]> = [
      ['<style>body { color: {{ v }} }</style>', '<style>'],
      ['<svg><style>a{x:{{ v }}}</style></svg>', '<style>'],
      ['<style><a title="{{ v }}"></style>', '<style>'],
      ['<script>var x = "{{ v }}";</script>', '<script>'],
      ['<iframe srcdoc="<p>{{ v }}</p>"></iframe>', '<iframe>'],
      ['<div srcdoc="<p>{{ v }}</p>"></div>', 'the srcdoc attribute'],
      ['<meta http-equiv=refresh content="0;url={{ v }}">', '<meta>'],
      ['<link rel=stylesheet href="https://x/{{ v }}">', '<link>'],
      ['<svg><animate attributeName=href values="{{ v }}"/></svg>', '<animate>'],
      ['<script src="{{ v }}"></script>', '<script>'],
    ];
    for (const [template, place] of cases) {
      const value = '} body { background:url(https://evil.example/t) } a{';
      const { html: out, refusals } = html(template, value);
      expect(out, template).not.toContain('evil.example');
      expect(refusals, template).toHaveLength(1);
      expect(refusals[0], template).toContain(place);
      expect(refusals[0]).toMatch(/^Input `body`: a value inside .* was left out/);
    }
  });

  it('keeps ordinary places: text, title, attributes, pre', () => {
    const { html: out, refusals } = html(
      '<title>{{ v }}</title><p title="{{ v }}">{{ v }}</p><pre>{{ v }}</pre>',
      '<b>"x"</b>',
    );
    expect(refusals).toEqual([]);
    expect(out).toBe(
      '<title>&lt;b&gt;&quot;x&quot;&lt;/b&gt;</title><p title="&lt;b&gt;&quot;x&quot;&lt;/b&gt;">&lt;b&gt;&quot;x&quot;&lt;/b&gt;</p><pre>&lt;b&gt;&quot;x&quot;&lt;/b&gt;</pre>',
    );
  });

  it('drops values in tag names, attribute names, end tags and comments', () => {
    expect(html('<{{ v }}>').html).toBe('<>');
    expect(html('<a {{ v }}=1>x</a>').html).toBe('<a >x</a>');
    expect(html('<a>x</a {{ v }}>').html).toBe('<a>x</a >');
    expect(html('<!-- {{ v }} --!>ok').html).toBe('<!--  --!>ok');
  });
});
