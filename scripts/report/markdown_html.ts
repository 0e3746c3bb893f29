/**
 * A deliberately small Markdown → HTML converter for the lab report's prose (the module
 * summaries): headings, paragraphs, bullet and numbered lists, fenced code, `code`, **bold**,
 * *italic* and [links](…). Everything else is escaped and shown as text, never interpreted.
 */

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * An allow-list, not a block-list: http:, https:, mailto: and relative targets only. Control
 * characters and whitespace are removed first, as a browser does when it reads a URL, so
 * `\u0001javascript:` or `java\tscript:` cannot pass as a relative link. The href arrives
 * HTML-escaped; `&` entities are decoded before the scheme is read.
 */
export function isSafeHref(href: string): boolean {
  const normalised = href
    .replace(/&amp;/g, '&')
    .replace(/&#x?[0-9a-f]+;?/gi, '\uFFFD')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
    .toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(normalised)?.[1];
  if (scheme === undefined) return !normalised.includes('\uFFFD') && !normalised.startsWith('//');
  return scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

/** Inline markup of one escaped line or paragraph. */
export function inlineHtml(text: string): string {
  const codeSpans: string[] = [];
  // Code spans first, so nothing inside them is read as emphasis or links; they wait behind a
  // private-use placeholder character that prose never contains.
  let html = escapeHtml(text).replace(/`([^`]+)`/g, (_, code: string) => {
    codeSpans.push(`<code>${code}</code>`);
    return `\uE000${codeSpans.length - 1}\uE000`;
  });
  html = html
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
    .replace(/(^|[^\w])_([^_\s][^_]*)_(?=[^\w]|$)/g, '$1<em>$2</em>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) =>
      isSafeHref(href) ? `<a href="${href}">${label}</a>` : label,
    );
  return html.replace(/\uE000(\d+)\uE000/g, (_, index: string) => codeSpans[Number(index)] ?? '');
}

/** Block structure; `headingOffset` demotes headings (1 → h(1 + offset)). */
export function markdownToHtml(markdown: string, headingOffset = 1): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let paragraph: string[] = [];
  let list: { tag: 'ul' | 'ol'; items: string[] } | undefined;
  const flushParagraph = () => {
    if (paragraph.length > 0) out.push(`<p>${inlineHtml(paragraph.join(' '))}</p>`);
    paragraph = [];
  };
  const flushList = () => {
    if (list !== undefined) {
      out.push(
        `<${list.tag}>${list.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</${list.tag}>`,
      );
    }
    list = undefined;
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (/^\s*(```|~~~)/.test(line)) {
      flushParagraph();
      flushList();
      const code: string[] = [];
      for (i += 1; i < lines.length && !/^\s*(```|~~~)/.test(lines[i] as string); i += 1) {
        code.push(lines[i] as string);
      }
      out.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    if (/^\s*<!--.*-->\s*$/.test(line)) continue;
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading !== null) {
      flushParagraph();
      flushList();
      const level = Math.min(6, (heading[1] ?? '#').length + headingOffset);
      out.push(`<h${level}>${inlineHtml(heading[2] ?? '')}</h${level}>`);
      continue;
    }
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    if (bullet !== null || numbered !== null) {
      flushParagraph();
      const tag = bullet !== null ? 'ul' : 'ol';
      if (list?.tag !== tag) flushList();
      list ??= { tag, items: [] };
      list.items.push((bullet ?? numbered)?.[1] ?? '');
      continue;
    }
    if (line.trim() === '') {
      flushParagraph();
      flushList();
      continue;
    }
    if (list !== undefined && /^\s{2,}\S/.test(line)) {
      // A continuation line of the last list item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    flushList();
    paragraph.push(line.trim());
  }
  flushParagraph();
  flushList();
  return out.join('\n');
}
