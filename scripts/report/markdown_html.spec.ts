import { describe, expect, it } from 'vitest';
import { escapeHtml, inlineHtml, markdownToHtml } from './markdown_html';

describe('markdown for the lab report', () => {
  it('escapes HTML so that prose is never interpreted as markup', () => {
    expect(escapeHtml('<b>&"')).toBe('&lt;b&gt;&amp;&quot;');
    expect(markdownToHtml('a <script>x</script>')).toBe('<p>a &lt;script&gt;x&lt;/script&gt;</p>');
  });

  it('renders code, bold, italic and links inline, leaving code spans alone', () => {
    expect(inlineHtml('**b** and *i* and `a*b*c` and [t](theory/x.md#a)')).toBe(
      '<strong>b</strong> and <em>i</em> and <code>a*b*c</code> and <a href="theory/x.md#a">t</a>',
    );
    expect(inlineHtml('[bad](javascript:void)')).toBe('bad');
  });

  it('renders headings (demoted), paragraphs, lists and fenced code', () => {
    const html = markdownToHtml(
      '# Title\n\nOne\nparagraph.\n\n- a\n- b\n  continued\n\n1. first\n2. second\n\n```\nx < y\n```\n<!-- note -->',
      2,
    );
    expect(html).toBe(
      [
        '<h3>Title</h3>',
        '<p>One paragraph.</p>',
        '<ul><li>a</li><li>b continued</li></ul>',
        '<ol><li>first</li><li>second</li></ol>',
        '<pre><code>x &lt; y</code></pre>',
      ].join('\n'),
    );
  });
});
