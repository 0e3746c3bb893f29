/// <reference types="vite/client" />
/**
 * A module's theory chapter as a page: theory/<module>.md rendered by markdown-it, with
 * GitHub's heading anchors (the ones curriculum.ts and the stub headers cite). Links between
 * chapters stay inside the notebooks; links to the repository's files (katas, specs) show the
 * path, since a static copy of the site does not carry them.
 */
import MarkdownIt from 'markdown-it';
import { githubSlug } from '../scripts/lib/markdown';

const chapters = import.meta.glob<string>('../theory/week_*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export function chapterIds(): string[] {
  return Object.keys(chapters).map((file) => file.slice('../theory/'.length, -'.md'.length));
}

/** Where a link written in the chapter (or in an experiments README) points within the site. */
export function siteHref(href: string): string | undefined {
  if (/^(https?:|mailto:|#)/.test(href)) return href;
  const chapter = /(?:^|\/)theory\/(week_\w+)\.md(#.*)?$|^(week_\w+)\.md(#.*)?$/.exec(href);
  if (chapter !== null) {
    const id = chapter[1] ?? chapter[3] ?? '';
    return `?theory=${id}${chapter[2] ?? chapter[4] ?? ''}`;
  }
  return undefined;
}

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
const validate = markdown.validateLink.bind(markdown);
markdown.validateLink = (url) => validate(url) && !/^\s*(javascript|vbscript|data):/i.test(url);
markdown.core.ruler.push('lab_anchors_and_links', (state) => {
  const seen = new Map<string, number>();
  state.tokens.forEach((token, index) => {
    if (token.type === 'heading_open') {
      const slug = githubSlug(state.tokens[index + 1]?.content ?? '');
      const count = seen.get(slug) ?? 0;
      seen.set(slug, count + 1);
      token.attrSet('id', count === 0 ? slug : `${slug}-${count}`);
    }
    for (const child of token.children ?? []) {
      if (child.type !== 'link_open') continue;
      const target = siteHref(child.attrGet('href') ?? '');
      if (target === undefined) {
        // A file of the repository: keep the words, show the path on hover.
        child.attrSet('title', child.attrGet('href') ?? '');
        child.attrs = (child.attrs ?? []).filter(([name]) => name !== 'href');
      } else child.attrSet('href', target);
    }
  });
});

export function renderMarkdown(text: string): string {
  return markdown.render(text);
}

export function chapterHtml(moduleId: string): string | undefined {
  const text = chapters[`../theory/${moduleId}.md`];
  return text === undefined
    ? undefined
    : `<article class="theory">${renderMarkdown(text)}</article>`;
}
