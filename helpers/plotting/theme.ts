/**
 * The one look of every figure: the palettes, the colours of reference lines and smoothers, the
 * default chart size, and the Vega-Lite theme (config) every figure is rendered with.
 */
/** The categorical palette (Tableau 10): distinct in colour and in lightness. */
export const PALETTE = [
  '#4c78a8',
  '#f58518',
  '#54a24b',
  '#e45756',
  '#72b7b2',
  '#b279a2',
  '#eeca3b',
  '#9d755d',
  '#ff9da6',
  '#bab0ac',
] as const;

export const LINE_PALETTE = [
  '#d62728',
  '#222222',
  '#2ca02c',
  '#9467bd',
  '#8c564b',
  '#17becf',
] as const;
export const REFERENCE_COLOUR = '#7f7f7f';
export const SMOOTHER_COLOUR = '#d62728';
export const DEFAULT_WIDTH = 420;
export const DEFAULT_HEIGHT = 260;
/** The report's column: no figure is wider (`renderSvg` narrows the panels of one that would be). */
export const PAGE_WIDTH = 860;

/** The one theme every figure is drawn with. */
export const THEME = {
  font: 'Helvetica, Arial, sans-serif',
  background: 'white',
  padding: 12,
  title: {
    fontSize: 15,
    fontWeight: 'bold',
    anchor: 'start',
    subtitleFontSize: 12,
    subtitleColor: '#444444',
    offset: 10,
    limit: 0,
  },
  axis: {
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: 'normal',
    titleColor: '#222222',
    labelColor: '#333333',
    gridColor: '#ebebeb',
    domainColor: '#888888',
    tickColor: '#888888',
    labelLimit: 180,
    // End labels stay inside the plot, so neighbouring panels' titles line up.
    labelFlush: true,
    // Labels closer than this are thinned out (Vega's overlap removal), never drawn touching.
    labelSeparation: 4,
  },
  legend: {
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: 'normal',
    labelLimit: 320,
    titleLimit: 320,
    symbolSize: 110,
    // Two legends in one corner of a panel (points, lines) stack, as on the right.
    layout: {
      'top-left': { direction: 'vertical', margin: 4 },
      'top-right': { direction: 'vertical', margin: 4 },
      'bottom-left': { direction: 'vertical', margin: 4 },
      'bottom-right': { direction: 'vertical', margin: 4 },
    },
  },
  header: { labelFontSize: 12, titleFontSize: 13 },
  view: { stroke: '#cccccc' },
  range: { category: [...PALETTE] },
  concat: { spacing: 28 },
  point: { size: 36, filled: true, opacity: 0.8 },
  line: { strokeWidth: 2 },
} as const;

/** Widths of Helvetica's glyphs in em, by class (from its AFM metrics, rounded up). */
function glyphWidth(glyph: string): number {
  if (/[ .,:;!|'ijl]/.test(glyph)) return 0.28;
  if (/[ftrI()[\]\-/]/.test(glyph)) return 0.34;
  if (/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]/.test(glyph)) return 0.36;
  if (/[mwMW]/.test(glyph)) return 0.86;
  if (/[A-Z]/.test(glyph)) return 0.7;
  if (/[0-9a-z]/.test(glyph)) return 0.56;
  return 0.62;
}

/**
 * Text width for Vega's layout. With no canvas (Node, a worker) Vega guesses 0.8 em per
 * character, about 1.5 times the real width of Helvetica: a long subtitle or legend label then
 * stretched the canvas far beyond its content (the plot.lm grid was 1,263 px for 800 px of
 * panels). Glyph classes keep the guess within a few per cent, slightly on the wide side.
 */
/** The width of a line of text in the theme's font, in pixels (a slight overestimate). */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const glyph of text) em += glyphWidth(glyph);
  return em * fontSize;
}
