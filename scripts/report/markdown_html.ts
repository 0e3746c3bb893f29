/**
 * The lab report's prose as HTML, through markdown-it: raw HTML is shown as text (comments are
 * dropped), and links go only to http:, https:, mailto: and relative targets.
 */
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

/** `&`, `<`, `>` and `"` as entities (markdown-it's own escaping). */
export const escapeHtml: (text: string) => string = markdown.utils.escapeHtml;

// An allow-list. Control characters and whitespace go first, as a browser drops them from a
// URL, so `\u0001javascript:` or `java\tscript:` cannot pass as a relative link.
markdown.validateLink = (href: string): boolean => {
  // eslint-disable-next-line no-control-regex
  const normalised = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(normalised)?.[1];
  if (scheme === undefined) return !normalised.startsWith('//');
  return scheme === 'http' || scheme === 'https' || scheme === 'mailto';
};

markdown.renderer.rules.html_block = markdown.renderer.rules.html_inline = (tokens, index) => {
  const content = tokens[index]?.content ?? '';
  return /^\s*<!--[\s\S]*-->\s*$/.test(content) ? '' : escapeHtml(content);
};

// `headingOffset` (from the render's env) demotes headings: # → h(1 + offset).
markdown.core.ruler.push('lab_heading_offset', (state) => {
  const offset = (state.env as { headingOffset?: number }).headingOffset ?? 0;
  for (const token of state.tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close')
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + offset)}`;
  }
});

/** Inline markup of one line or paragraph. */
export const inlineHtml = (text: string): string => markdown.renderInline(text);

/** Block structure; `headingOffset` demotes headings (1 → h(1 + offset)). */
export const markdownToHtml = (text: string, headingOffset = 1): string =>
  markdown.render(text, { headingOffset }).trimEnd();
