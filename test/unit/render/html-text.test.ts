import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/render/html-text.js';

describe('htmlToText (the text part of an HTML body)', () => {
  it('decodes every entity, named and numeric', () => {
    expect(
      htmlToText('<p>Build &mdash; failed &hellip; &#8212; &#x2014; &amp; &lt;tag&gt; &eacute;&nbsp;x</p>'),
    ).toBe('Build — failed … — — & <tag> é\u00a0x');
  });

  it('shows a link as text (url), once when the text is the URL; mailto as the address', () => {
    expect(
      htmlToText(
        '<p>See <a href="https://x.example/run/1">the run</a>, <a href="https://x.example">https://x.example</a>, <a href="mailto:a@b.example">a@b.example</a>.</p>',
      ),
    ).toBe('See the run (https://x.example/run/1), https://x.example, a@b.example.');
  });

  it('keeps headings as written, lists, tables side by side, line breaks and quotes', () => {
    const text = htmlToText(
      '<h2>Failed jobs</h2><ul><li>build</li><li>test</li></ul><ol><li>first</li></ol><table><tr><th>Job</th><th>Result</th></tr><tr><td>build</td><td>failure</td></tr></table><p>one<br>two</p><blockquote>quoted</blockquote>',
    );
    expect(text.split('\n')).toEqual([
      'Failed jobs',
      '',
      '- build',
      '- test',
      '',
      ' 1. first',
      '',
      'Job     Result',
      'build   failure',
      '',
      'one',
      'two',
      '',
      '> quoted',
    ]);
  });

  it('leaves out scripts, styles, comments and images', () => {
    expect(
      htmlToText(
        '<style>p{color:red}</style><script>alert(1)</script><!-- hidden --><p>shown<img src="https://x.example/logo.png" alt="logo"></p>',
      ),
    ).toBe('shown');
  });

  it('copes with long runs of whitespace and unclosed tags (no backtracking regex)', () => {
    const text = htmlToText(
      `<p>a${' \t'.repeat(100_000)}\nb</p><a href="https://x.example"${' '.repeat(50_000)}`,
    );
    expect(text.startsWith('a b')).toBe(true);
  });
});
