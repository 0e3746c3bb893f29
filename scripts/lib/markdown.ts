/**
 * The anchors a Markdown file offers, as GitHub renders them: one per heading, slugged by
 * github-slugger (`-1`, `-2` … appended to repeats), plus explicit `<a id="…">` / `<a name="…">`.
 * The file is read by markdown-it, so fenced code and HTML comments hold no headings.
 */
import GithubSlugger, { slug } from 'github-slugger';
import MarkdownIt from 'markdown-it';

export const githubSlug = (heading: string): string => slug(heading.trim());

const parser = new MarkdownIt({ html: true });

export function markdownAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const slugger = new GithubSlugger();
  const tokens = parser.parse(markdown, {});
  tokens.forEach((token, index) => {
    if (token.type === 'heading_open') anchors.add(slugger.slug(tokens[index + 1]?.content ?? ''));
    for (const html of [token, ...(token.children ?? [])].filter((t) => t.type.startsWith('html')))
      for (const match of html.content.matchAll(/<a\s+(?:id|name)="([^"]+)"/g))
        anchors.add(match[1] ?? '');
  });
  return anchors;
}
