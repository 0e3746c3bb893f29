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
    expect(inlineHtml('[bad](javascript:void)')).toBe('[bad](javascript:void)');
  });

  it('renders headings (demoted), paragraphs, lists and fenced code', () => {
    const html = markdownToHtml(
      '# Title\n\nOne\nparagraph.\n\n- a\n- b\n  continued\n\n1. first\n2. second\n\n```\nx < y\n```\n<!-- note -->',
      2,
    );
    expect(html).toBe(
      [
        '<h3>Title</h3>',
        '<p>One\nparagraph.</p>',
        '<ul>\n<li>a</li>\n<li>b\ncontinued</li>\n</ul>',
        '<ol>\n<li>first</li>\n<li>second</li>\n</ol>',
        '<pre><code>x &lt; y\n</code></pre>',
      ].join('\n'),
    );
  });
});

describe('links: an allow-list after normalising control characters (issue 18)', () => {
  it('drops javascript: hidden behind control characters, whitespace or entities', () => {
    for (const href of [
      '\u0001javascript:alert%281%29',
      'java\tscript:alert%281%29',
      ' JAVASCRIPT:x',
      'vbscript:x',
      'data:text/html,x',
      'file:///etc/passwd',
      'jav&#x61;script:x',
      '//evil.example',
    ]) {
      expect(inlineHtml(`[a](${href})`), JSON.stringify(href)).not.toContain('<a ');
    }
  });

  it('keeps http, https, mailto and relative targets', () => {
    for (const href of [
      'https://r-project.org',
      'http://x.org/a?b=1',
      'mailto:a@b.org',
      'theory/x.md#a',
      '#anchor',
      '../README.md',
    ]) {
      expect(inlineHtml(`[a](${href})`), href).toContain('<a href=');
    }
  });
});
