import { describe, expect, it } from 'vitest';
import { githubSlug, markdownAnchors } from './markdown';

describe('markdown anchors follow GitHub', () => {
  it('slugs drop punctuation, keep hyphens and turn spaces to hyphens', () => {
    expect(githubSlug("Simple regression and Anscombe's quartet")).toBe(
      'simple-regression-and-anscombes-quartet',
    );
    expect(githubSlug('A1 — Linearity')).toBe('a1--linearity');
    expect(githubSlug('Bias–variance trade-off')).toBe('biasvariance-trade-off');
  });

  it('repeated headings get numbered suffixes and fenced code is ignored', () => {
    const anchors = markdownAnchors(
      '# Notes\n```\n# not a heading\n```\n## Notes\n<a id="custom"></a>\n',
    );
    expect([...anchors].sort()).toEqual(['custom', 'notes', 'notes-1']);
  });
});
