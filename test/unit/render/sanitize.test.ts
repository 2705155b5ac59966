import { describe, expect, it } from 'vitest';
import { markdownToHtml, markdownToInlineHtml } from '../../../src/render/markdown.js';
import { sanitizeHtml } from '../../../src/render/sanitize.js';

describe('sanitizeHtml', () => {
  it('drops comments, doctypes, processing instructions and CDATA', () => {
    expect(
      sanitizeHtml(
        '<!-- Release notes generated using configuration in .github/release.yml at main -->\n<h2>Changes</h2>',
      ),
    ).toBe('\n<h2>Changes</h2>');
    expect(sanitizeHtml('a<!---->b<!-->c<!--->d<!-- x --!>e')).toBe('abcde');
    expect(sanitizeHtml('<!DOCTYPE html>a<?xml version="1.0"?>b<![CDATA[x]]>c')).toBe('abc');
    // An unterminated comment hides the rest, as it does in a browser.
    expect(sanitizeHtml('a<!-- <b>x</b> -> still >')).toBe('a');
  });

  it('drops script, style and other non-text elements with their content', () => {
    expect(sanitizeHtml('a<script>alert(1)</script>b')).toBe('ab');
    expect(sanitizeHtml('a<SCRIPT type="x">if (a<b) alert("</b>")</script >b')).toBe('ab');
    expect(sanitizeHtml('a<style>body{display:none}</style>b')).toBe('ab');
    for (const tag of ['textarea', 'title', 'iframe', 'noscript', 'xmp']) {
      expect(sanitizeHtml(`a<${tag}><b>x</b></${tag}>b`), tag).toBe('ab');
    }
    for (const tag of ['svg', 'math', 'template', 'object']) {
      expect(sanitizeHtml(`a<${tag}><${tag}></${tag}><b>x</b></${tag}>b`), tag).toBe('ab');
    }
    expect(sanitizeHtml('a<svg onload=alert(1)/>b</svg>c')).toBe('ac');
    expect(sanitizeHtml('a<embed src="http://evil.example/x.swf">b')).toBe('ab');
    // Unclosed: the rest of the value goes with it.
    expect(sanitizeHtml('a<script>alert(1)<b>x</b>')).toBe('a');
  });

  it('keeps allowed tags, rebuilt without their attributes', () => {
    expect(
      sanitizeHtml('<b class="x" style="color:red" id=y onclick="alert(1)">B</b><DIV ALIGN=center>d</DIV>'),
    ).toBe('<b>B</b><div>d</div>');
    expect(sanitizeHtml('<details open><summary onclick=x>More</summary><p>hidden</p></details>')).toBe(
      '<details><summary>More</summary><p>hidden</p></details>',
    );
    expect(sanitizeHtml('<br/><hr class=x><kbd>K</kbd><sub>1</sub>')).toBe(
      '<br><hr><kbd>K</kbd><sub>1</sub>',
    );
    expect(sanitizeHtml('<ol start="3" reversed><li>x</li></ol><ol start=x><li>y</li></ol>')).toBe(
      '<ol start="3"><li>x</li></ol><ol><li>y</li></ol>',
    );
    expect(
      sanitizeHtml('<table><tr><td colspan=2 rowspan="x" align=center bgcolor=red>c</td></tr></table>'),
    ).toBe('<table><tr><td colspan="2" align="center">c</td></tr></table>');
  });

  it('removes unknown tags and keeps their text', () => {
    expect(sanitizeHtml('<center><font color=red>big</font></center> <blink>x</blink>')).toBe('big x');
    expect(sanitizeHtml('<form action="http://evil.example"><button>go</button></form>')).toBe('go');
  });

  it('keeps links only with an http(s) or mailto href, and only that attribute', () => {
    expect(sanitizeHtml('<a href="https://example.com/a?b=1&amp;c=2" title=t target=_blank>x</a>')).toBe(
      '<a href="https://example.com/a?b=1&amp;c=2">x</a>',
    );
    expect(sanitizeHtml('<a href=mailto:a@example.com>m</a>')).toBe('<a href="mailto:a@example.com">m</a>');
    for (const href of [
      'javascript:alert(1)',
      'javascript&#58;alert(1)',
      'javascript&colon;alert(1)',
      '&#106;avascript:alert(1)',
      '&#x6A;avascript:alert(1)',
      'java\nscript:alert(1)',
      'java&Tab;script:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:x',
      '/relative',
      '//evil.example',
      '',
    ]) {
      expect(sanitizeHtml(`<a href="${href}" onclick="alert(1)">x</a>y`), href).toBe('xy');
    }
    expect(sanitizeHtml('<a>no href</a>')).toBe('no href');
  });

  it('an encoded link is checked and written as decoded, so the browser follows what was checked', () => {
    expect(sanitizeHtml('<a href="&#104;ttps://example.com/&quot;x">x</a>')).toBe(
      '<a href="https://example.com/&quot;x">x</a>',
    );
    expect(sanitizeHtml('<a href=" \nht&Tab;tps://example.com/a\nb ">x</a>')).toBe(
      '<a href="https://example.com/ab">x</a>',
    );
    // A reference it does not know stays literal: shown, never decoded into something else.
    expect(sanitizeHtml('<a href="https://example.com/?a=1&unknown;">x</a>')).toBe(
      '<a href="https://example.com/?a=1&amp;unknown;">x</a>',
    );
  });

  it('shows an image as its alt text, never the image or its handlers', () => {
    expect(sanitizeHtml('<img src=x onerror=alert(1)>')).toBe('');
    expect(sanitizeHtml('a<img src="http://evil.example/p.gif" alt="the &lt;logo&gt;">b')).toBe(
      'athe &lt;logo&gt;b',
    );
    expect(sanitizeHtml('<IMG SRC=x ONERROR="alert(1)" alt=\'<script>\'>')).toBe('&lt;script&gt;');
  });

  it('reads attributes as a browser does: unquoted, `>` inside quotes, odd names', () => {
    expect(sanitizeHtml('<a href=https://example.com/x>y</a>')).toBe('<a href="https://example.com/x">y</a>');
    expect(sanitizeHtml('<a title=">" href="https://example.com/?q=a>b">t</a>')).toBe(
      '<a href="https://example.com/?q=a&gt;b">t</a>',
    );
    expect(sanitizeHtml('<b title=">"onclick=alert(1)>x</b>')).toBe('<b>x</b>');
    expect(sanitizeHtml('<b/onclick=alert(1)>x</b>')).toBe('<b>x</b>');
    expect(sanitizeHtml('<b =x "y"=z>x</b>')).toBe('<b>x</b>');
    // An attribute whose quote never closes: not a tag, shown as text.
    expect(sanitizeHtml('<b title="x>y')).toBe('&lt;b title=&quot;x&gt;y');
  });

  it('handles nested and malformed tags', () => {
    // The browser reads the tag name `scr<script`: an unknown tag, and the rest is text.
    expect(sanitizeHtml('<scr<script>ipt>alert(1)</script>')).toBe('ipt&gt;alert(1)');
    expect(sanitizeHtml('<<script>script>alert(1)</script>')).toBe('&lt;');
    expect(sanitizeHtml('< b>x</ b> <3 a</>b </ x>c')).toBe('&lt; b&gt;x &lt;3 ab c');
    expect(sanitizeHtml('a < b > c')).toBe('a &lt; b &gt; c');
  });

  it('balances: closes what is still open, drops stray end tags, keeps nesting proper', () => {
    expect(sanitizeHtml('<table><tr><td>x')).toBe('<table><tr><td>x</td></tr></table>');
    expect(sanitizeHtml('<pre>x')).toBe('<pre>x</pre>');
    expect(sanitizeHtml('<h1>x')).toBe('<h1>x</h1>');
    expect(sanitizeHtml('<details><summary>s')).toBe('<details><summary>s</summary></details>');
    expect(sanitizeHtml('</div></td></tr></table>x</b>')).toBe('x');
    expect(sanitizeHtml('<b><i>x</b>y</i>')).toBe('<b><i>x</i></b>y');
  });

  it('keeps nesting to 100 levels, still balanced', () => {
    const out = sanitizeHtml(`${'<div>'.repeat(150)}x${'</div>'.repeat(150)}y`);
    expect(out).toBe(`${'<div>'.repeat(100)}x${'</div>'.repeat(100)}y`);
  });

  it('puts elements only where they belong', () => {
    // Cells only in rows, rows only in tables: a value cannot end or add to the layout's table.
    expect(sanitizeHtml('<td>x</td><tr><td>y</td></tr>')).toBe('xy');
    expect(sanitizeHtml('<li>x</li><dd>y</dd>')).toBe('xy');
    expect(sanitizeHtml('<ul><b>x</b><li>y</li></ul>')).toBe('<ul>x<li>y</li></ul>');
    // No block inside a paragraph or inline element, no link inside a link.
    expect(sanitizeHtml('<p>a<div>b</div>c</p><b><h1>d</h1></b>')).toBe('<p>abc</p><b>d</b>');
    expect(sanitizeHtml('<a href="https://a.example">x<a href="https://b.example">y</a>z</a>')).toBe(
      '<a href="https://a.example">xyz</a>',
    );
    // A tag left out takes its own end tag with it, not an outer one.
    expect(sanitizeHtml('<div><p>a<div>b</div>c</p>d</div>')).toBe('<div><p>abc</p>d</div>');
  });

  it('inline: keeps only inline elements', () => {
    expect(
      sanitizeHtml('<p><b>x</b></p><h1>y</h1><table><tr><td>z</td></tr></table>', { inline: true }),
    ).toBe('<b>x</b>yz');
  });

  it('keeps character references inert: text is never decoded into markup', () => {
    expect(sanitizeHtml('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(sanitizeHtml('&amp;lt;b&amp;gt; &#60;i&#62; &copy; AT&T &;')).toBe(
      '&amp;lt;b&amp;gt; &#60;i&#62; &copy; AT&amp;T &amp;;',
    );
  });

  it('keeps a task list checkbox, disabled', () => {
    expect(sanitizeHtml('<input checked="" disabled="" type="checkbox"> <input type=text value=x>')).toBe(
      '<input type="checkbox" disabled checked> ',
    );
  });
});

describe('untrusted Markdown', () => {
  const NOTES = [
    '<!-- Release notes generated using configuration in .github/release.yml at main -->',
    '',
    "## What's Changed",
    '* Faster <b>builds</b> by @hubot in https://github.com/octo-org/octo-repo/pull/1347',
    '',
    '<details><summary>Screenshots</summary>',
    '',
    '<img width="600" alt="New layout" src="https://github.com/user-attachments/assets/1" onerror="alert(1)">',
    '',
    '</details>',
  ].join('\n');

  it("GitHub's generated release notes: no comment, formatting kept, image as its alt text", () => {
    const html = markdownToHtml(NOTES, false);
    expect(html).not.toContain('Release notes generated');
    expect(html).not.toContain('&lt;');
    expect(html).toMatch(/<h2[^>]*>What&#39;s Changed<\/h2>/);
    expect(html).toContain('Faster <b>builds</b> by @hubot');
    expect(html).toMatch(/<details><summary>Screenshots<\/summary>[\s\S]*New layout[\s\S]*<\/details>/);
    expect(html).not.toMatch(/<img|onerror/i);
  });

  it('sanitises HTML split over inline tokens as a whole, and styles the tags it keeps', () => {
    const html = markdownToHtml(
      'x <script>alert(*1*)</script> <a href="javascript:alert(2)">[y](https://ok.example)</a>',
      false,
    );
    expect(html).not.toMatch(/alert|<script|javascript/);
    expect(html).toMatch(/<p style="[^"]+">x +<a style="[^"]+" href="https:\/\/ok\.example">y<\/a><\/p>/);
    expect(markdownToInlineHtml('**a** <div>b</div> <table><tr><td>c')).toBe('<strong>a</strong> b c');
  });

  it('the workflow author’s own Markdown keeps its raw HTML', () => {
    const html = markdownToHtml('<!-- note -->\n\n<div class="x">a</div>', true);
    expect(html).toContain('<!-- note -->');
    expect(html).toContain('<div class="x">a</div>');
  });
});
