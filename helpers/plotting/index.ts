/**
 * Every figure the lab draws: small builders that return Vega-Lite specs, one theme, and the
 * renderer that turns a spec into SVG in Node (Vega's headless SVG string renderer: no canvas,
 * no browser). Experiments describe *what* to plot; how it looks is decided here, once.
 *
 * Builders: `lineChart` (several series against one x), `scatterChart` (points, fitted or
 * reference lines, vertical and horizontal rules), `plotLmPanels` (R's four `plot.lm`
 * diagnostics of a linear fit) and `chartGrid` (charts side by side under one title).
 *
 * Determinism: data values are rounded to 6 significant digits before they enter a spec,
 * nothing depends on time or on the order figures are rendered in, and the SVG's internal ids
 * (clip paths, gradients) are renumbered per figure, so the same inputs give the same bytes.
 *
 * Layout: no figure is wider than the report's 860 px column (`renderSvg` narrows the panels
 * of one that would be); a grid shows each legend once, inside a panel's free corner; labels
 * of nearby reference lines are kept apart; log axes are ticked per decade (10ᵏ), at the sizes
 * used, or at round values, one format per axis.
 *
 * Files: theme.ts (palettes and the Vega-Lite theme), builders.ts (line, scatter, grid),
 * layout.ts (legend corners, label spacing), plot_lm.ts (the plot.lm panels), render.ts
 * (theme applied, SVG out); this file re-exports their public names.
 */
export {
  chartGrid,
  lineChart,
  scatterChart,
  type Axis,
  type Chart,
  type ChartGridOptions,
  type LineChartOptions,
  type Point,
  type Rule,
  type ScatterChartOptions,
  type Series,
} from './builders';
export { plotLmPanels, type LmPanelContour, type LmPanelData, type PlotLmOptions } from './plot_lm';
export { powerOfTen } from './builders';
export { renderSvg, themedSpec } from './render';
export { PALETTE, THEME } from './theme';
