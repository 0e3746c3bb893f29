/**
 * The renderer: a chart with the lab's theme, turned into SVG in Node (Vega's headless SVG
 * string renderer: no canvas, no browser). The SVG's internal ids (clip paths, gradients) are
 * renumbered per figure, so nothing depends on the order figures are rendered in.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { InvalidArgumentError } from '../errors';
import type { Chart } from './builders';
import { legendInside } from './layout';
import { DEFAULT_WIDTH, estimateTextWidth, PAGE_WIDTH, THEME } from './theme';

/** Renumbers the SVG's internal ids in order of appearance, so bytes never depend on render order. */
function normaliseIds(svg: string): string {
  const ids = new Map<string, string>();
  for (const match of svg.matchAll(/\sid="([^"]+)"/g)) {
    const id = match[1] as string;
    if (!ids.has(id)) ids.set(id, `figure-${ids.size + 1}`);
  }
  let result = svg;
  for (const [id, replacement] of ids) {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    result = result
      .replace(new RegExp(`id="${escaped}"`, 'g'), `id="${replacement}"`)
      .replace(new RegExp(`url\\(#${escaped}\\)`, 'g'), `url(#${replacement})`)
      .replace(new RegExp(`href="#${escaped}"`, 'g'), `href="#${replacement}"`);
  }
  return result;
}

type Text = string | number | readonly string[] | null;

function textWidth(
  item: { fontSize?: number; fontWeight?: string | number; text?: Text },
  text?: Text,
): number {
  const value = text ?? item.text ?? '';
  const string = typeof value === 'object' ? value.join(' ') : String(value);
  const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
  return estimateTextWidth(string, item.fontSize ?? 11) * (bold ? 1.08 : 1);
}
// vega re-exports vega-scenegraph's textMetrics, which its typings leave out.
(vega as unknown as { textMetrics: { width: typeof textWidth } }).textMetrics.width = textWidth;

/** The chart with the lab's theme, as a complete Vega-Lite specification. */
export function themedSpec(chart: Chart): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...chart,
    config: THEME,
  } as unknown as TopLevelSpec;
}

/**
 * Compiles the chart with the lab's theme and renders it to an SVG string in Node. Vega-Lite
 * and Vega warnings are errors here: a warning means a figure that silently lost something.
 * A figure wider than the report's column (PAGE_WIDTH) is drawn again with narrower panels.
 */
export async function renderSvg(chart: Chart): Promise<string> {
  let current = chart;
  for (let attempt = 0; ; attempt += 1) {
    const svg = await renderOnce(current);
    const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
    if (width <= PAGE_WIDTH || attempt === 3) return svg;
    current = narrower(current, width - PAGE_WIDTH);
  }
}

/** The chart with its panels `excess` pixels narrower in all (a grid shares it among its columns). */
function narrower(chart: Chart, excess: number): Chart {
  const panelWidth = (view: Chart) => (typeof view.width === 'number' ? view.width : DEFAULT_WIDTH);
  const concat = chart.concat as readonly Chart[] | undefined;
  if (concat === undefined) return { ...chart, width: Math.floor(panelWidth(chart) - excess) };
  const columns = Math.min(Number(chart.columns ?? concat.length), concat.length);
  const cut = Math.ceil(excess / columns);
  // Each panel's legend looks for its emptiest corner again at the new width.
  return {
    ...chart,
    concat: concat.map((view) => legendInside({ ...view, width: panelWidth(view) - cut })),
  };
}

async function renderOnce(chart: Chart): Promise<string> {
  const warnings: string[] = [];
  const collect = (...args: readonly unknown[]) => warnings.push(args.map(String).join(' '));
  const logger = {
    level(): number {
      return 2;
    },
    error: collect,
    warn: collect,
    info: () => undefined,
    debug: () => undefined,
  };
  const compiled = compile(themedSpec(chart), { logger: logger as never }).spec;
  if (warnings.length > 0) {
    throw new InvalidArgumentError('renderSvg', `got Vega-Lite warnings: ${warnings.join('; ')}`);
  }
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.Warn });
  view.logger({ ...logger, level: () => vega.Warn } as never);
  try {
    const svg = await view.toSVG();
    if (warnings.length > 0) {
      throw new InvalidArgumentError('renderSvg', `got Vega warnings: ${warnings.join('; ')}`);
    }
    return `${normaliseIds(svg)}\n`;
  } finally {
    view.finalize();
  }
}
