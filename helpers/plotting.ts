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
 */
import { quantileSorted } from 'simple-statistics';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { normalQuantile } from './distributions';
import { InvalidArgumentError } from './errors';
import { lowess } from './lowess';
import { maxOf, minOf } from './validation';

/** A Vega-Lite view without the top-level theme: what the builders return and `chartGrid` combines. */
export interface Chart {
  readonly [key: string]: unknown;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Series {
  /** Shown in the legend. */
  readonly name: string;
  readonly points: readonly Point[];
  /** Draw the line dashed (reference or analytic curves next to measured ones), without point markers. */
  readonly dashed?: boolean;
  /** A colour of its own (e.g. grey for a reference); otherwise the next palette colour. */
  readonly colour?: string;
}

/** A labelled vertical (`x = value`) or horizontal (`y = value`) reference line. */
export interface Rule {
  readonly axis: 'x' | 'y';
  readonly value: number;
  readonly label: string;
  /** Which side of a vertical rule its label goes (default right); use left near the plot's right edge. */
  readonly side?: 'left' | 'right';
}

export interface Axis {
  readonly title: string;
  readonly scale?: 'linear' | 'log';
  /** Fixed [min, max]; otherwise fitted to the data. */
  readonly domain?: readonly [number, number];
  /** Include zero in a fitted linear domain (default false). */
  readonly zero?: boolean;
  /** d3-format of the tick labels (default '~g' on log scales); '.0e' for many decades. */
  readonly format?: string;
}

interface ChartFrame {
  readonly title: string;
  /** One line, or several lines, under the title. */
  readonly subtitle?: string | readonly string[];
  readonly x: Axis;
  readonly y: Axis;
  readonly width?: number;
  readonly height?: number;
}

export interface LineChartOptions extends ChartFrame {
  /** Show the legend (default true); hide it in grids where one panel's legend serves all. */
  readonly legend?: boolean;
  readonly series: readonly Series[];
  readonly rules?: readonly Rule[];
  readonly legendTitle?: string;
  /** Mark each data point on the lines (default true). */
  readonly points?: boolean;
}

export interface ScatterChartOptions extends ChartFrame {
  /** Show the legends (default true); hide them in grids where one panel's legend serves all. */
  readonly legend?: boolean;
  /** Point clouds, one colour each. */
  readonly series: readonly Series[];
  /** Lines through the cloud: fits, y = x, true functions. */
  readonly lines?: readonly Series[];
  readonly rules?: readonly Rule[];
  readonly legendTitle?: string;
  readonly linesLegendTitle?: string;
  /** Text beside chosen points (by index into the first series). */
  readonly pointLabels?: readonly { readonly index: number; readonly text: string }[];
}

/** One Cook's distance contour: the points (h, ±r) on which D equals `level`. */
export interface LmPanelContour {
  readonly level: number;
  readonly leverage: readonly number[];
  readonly upper: readonly number[];
  readonly lower: readonly number[];
}

/**
 * The numbers of R's four `plot.lm` panels, in the shape kata 01.07's `diagnosticPlotData`
 * returns them (declared here because helpers/ imports nothing above it): the figure draws the
 * learner's own numbers, so a mistake in them shows in the figure.
 */
export interface LmPanelData {
  readonly residualsVsFitted: {
    readonly fitted: readonly number[];
    readonly residuals: readonly number[];
  };
  /** Sorted standardized residuals (`sample`) against normal quantiles; `observation` is each one's row. */
  readonly normalQQ: {
    readonly theoretical: readonly number[];
    readonly sample: readonly number[];
    readonly observation: readonly number[];
  };
  readonly scaleLocation: {
    readonly fitted: readonly number[];
    readonly sqrtAbsStandardized: readonly number[];
  };
  readonly residualsVsLeverage: {
    readonly leverage: readonly number[];
    readonly standardized: readonly number[];
    readonly cooksContours: readonly LmPanelContour[];
  };
}

export interface PlotLmOptions {
  readonly title: string;
  readonly subtitle?: string | readonly string[];
  /** What `diagnosticPlotData` (kata 01.07) returns for the fit. */
  readonly data: LmPanelData;
  /** How many of the most extreme points each panel names (default 3, as R). */
  readonly labelCount?: number;
  /** Names for the observations (default their 1-based numbers, as R). */
  readonly labels?: readonly string[];
}

export interface ChartGridOptions {
  readonly title: string;
  readonly subtitle?: string | readonly string[];
  readonly charts: readonly Chart[];
  readonly columns: number;
}

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

const LINE_PALETTE = ['#d62728', '#222222', '#2ca02c', '#9467bd', '#8c564b', '#17becf'] as const;
const REFERENCE_COLOUR = '#7f7f7f';
const SMOOTHER_COLOUR = '#d62728';
const DEFAULT_WIDTH = 420;
const DEFAULT_HEIGHT = 260;

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
  },
  legend: {
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: 'normal',
    labelLimit: 320,
    titleLimit: 320,
    symbolSize: 110,
  },
  header: { labelFontSize: 12, titleFontSize: 13 },
  view: { stroke: '#cccccc' },
  range: { category: [...PALETTE] },
  concat: { spacing: 28 },
  point: { size: 36, filled: true, opacity: 0.8 },
  line: { strokeWidth: 2 },
} as const;

/** 6 significant digits: enough for any plot, and stable in the figure's bytes. */
function round(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(6));
}

function checkFinite(functionName: string, what: string, value: number, scale?: string): number {
  if (!Number.isFinite(value)) {
    throw new InvalidArgumentError(functionName, `requires finite ${what} (got ${value})`);
  }
  if (scale === 'log' && value <= 0) {
    throw new InvalidArgumentError(
      functionName,
      `requires positive ${what} on a log scale (got ${value})`,
    );
  }
  return round(value);
}

function seriesRows(functionName: string, frame: ChartFrame, series: readonly Series[]) {
  return series.flatMap((entry) =>
    entry.points.map((point) => ({
      series: entry.name,
      x: checkFinite(functionName, `x values in series "${entry.name}"`, point.x, frame.x.scale),
      y: checkFinite(functionName, `y values in series "${entry.name}"`, point.y, frame.y.scale),
    })),
  );
}

/**
 * Powers of ten spanning the values: the ticks and grid lines of a log axis that covers three
 * decades or more, one per decade (or per few decades), instead of Vega's 1…9 per decade.
 * Undefined for a narrower range, where Vega's own 1-2-5 ticks read better.
 */
function decades(values: readonly number[]): number[] | undefined {
  const logs = values.filter((value) => value > 0).map(Math.log10);
  if (logs.length === 0) return undefined;
  const low = Math.floor(minOf(logs));
  const high = Math.ceil(maxOf(logs));
  if (high - low < 3) return undefined;
  const step = Math.max(1, Math.ceil((high - low) / 8));
  const ticks: number[] = [];
  for (let k = low; k <= high; k += step) ticks.push(Number(`1e${k}`));
  return ticks;
}

function positional(
  axis: Axis,
  field: 'x' | 'y',
  values: readonly number[] = [],
): Record<string, unknown> {
  const scale: Record<string, unknown> = { type: axis.scale ?? 'linear' };
  if (axis.domain !== undefined) {
    scale.domain = axis.domain.map(round);
    scale.nice = false;
  } else if ((axis.scale ?? 'linear') === 'linear') {
    scale.zero = axis.zero ?? false;
  }
  return {
    field,
    type: 'quantitative',
    title: axis.title,
    scale,
    axis: {
      ...(axis.format !== undefined ? { format: axis.format } : {}),
      ...(axis.scale === 'log'
        ? (() => {
            const ticks = decades(axis.domain ?? values);
            return ticks === undefined
              ? { format: axis.format ?? '~g' }
              : { format: axis.format ?? '~g', values: ticks };
          })()
        : {}),
    },
  };
}

function titleOf(title: string, subtitle?: string | readonly string[]): Record<string, unknown> {
  return subtitle === undefined
    ? { text: title }
    : { text: title, subtitle: typeof subtitle === 'string' ? subtitle : [...subtitle] };
}

function ruleLayers(functionName: string, frame: ChartFrame, rules: readonly Rule[]): Chart[] {
  return rules.flatMap((rule) => {
    const axis = rule.axis === 'x' ? frame.x : frame.y;
    const value = checkFinite(functionName, `rule "${rule.label}"`, rule.value, axis.scale);
    const along = rule.axis === 'x' ? 'x' : 'y';
    const across = rule.axis === 'x' ? 'y' : 'x';
    return [
      {
        // One empty row, so the layer draws once whatever data the chart holds.
        data: { values: [{}] },
        mark: { type: 'rule', color: REFERENCE_COLOUR, strokeDash: [5, 4], strokeWidth: 1.5 },
        encoding: { [along]: { datum: value, type: 'quantitative' } },
      },
      {
        data: { values: [{}] },
        mark:
          rule.axis === 'x'
            ? {
                type: 'text',
                align: rule.side === 'left' ? 'right' : 'left',
                baseline: 'top',
                dx: rule.side === 'left' ? -4 : 4,
                dy: 4,
                fontSize: 11,
              }
            : { type: 'text', align: 'right', baseline: 'bottom', dx: -4, dy: -3, fontSize: 11 },
        encoding: {
          [along]: { datum: value, type: 'quantitative' },
          [across]: { value: rule.axis === 'x' ? 0 : (frame.width ?? DEFAULT_WIDTH) },
          text: { value: rule.label },
          color: { value: '#444444' },
        },
      },
    ];
  });
}

function ruleValues(options: { readonly rules?: readonly Rule[] }, axis: 'x' | 'y'): number[] {
  return (options.rules ?? []).filter((rule) => rule.axis === axis).map((rule) => rule.value);
}

function legendScale(series: readonly Series[], palette: readonly string[]) {
  let next = 0;
  return {
    domain: series.map((entry) => entry.name),
    range: series.map((entry) => entry.colour ?? palette[next++ % palette.length]),
  };
}

function dashScale(series: readonly Series[]) {
  return {
    domain: series.map((entry) => entry.name),
    range: series.map((entry) => (entry.dashed === true ? [6, 4] : [1, 0])),
  };
}

/** Several series against one x axis, each with its own colour, listed in a legend. */
export function lineChart(options: LineChartOptions): Chart {
  const name = 'lineChart';
  if (options.series.length === 0) {
    throw new InvalidArgumentError(name, 'requires at least one series (got 0)');
  }
  const rows = seriesRows(name, options, options.series);
  const marked = options.series.filter((entry) => entry.dashed !== true).map((entry) => entry.name);
  const colour = {
    field: 'series',
    type: 'nominal',
    scale: legendScale(options.series, PALETTE),
  };
  const legend =
    options.legend === false
      ? null
      : { title: options.legendTitle ?? null, symbolType: 'stroke', symbolStrokeWidth: 2.5 };
  return {
    title: titleOf(options.title, options.subtitle),
    width: options.width ?? DEFAULT_WIDTH,
    height: options.height ?? DEFAULT_HEIGHT,
    layer: [
      {
        data: { values: rows },
        mark: { type: 'line' },
        encoding: {
          x: positional(options.x, 'x', [...rows.map((row) => row.x), ...ruleValues(options, 'x')]),
          y: positional(options.y, 'y', [...rows.map((row) => row.y), ...ruleValues(options, 'y')]),
          color: { ...colour, legend },
          strokeDash: {
            field: 'series',
            type: 'nominal',
            scale: dashScale(options.series),
            legend,
          },
          // Keeps each series drawn in the order of its points, not sorted by x.
          order: { field: 'index', type: 'quantitative' },
        },
        transform: [{ window: [{ op: 'row_number', as: 'index' }] }],
      },
      // Markers on the measured series only: a reference curve is a curve, not data.
      ...((options.points ?? true) && marked.length > 0
        ? [
            {
              data: {
                values: rows.filter((row) => marked.includes(row.series)),
              },
              mark: { type: 'point', size: 30 },
              encoding: {
                x: { field: 'x', type: 'quantitative' },
                y: { field: 'y', type: 'quantitative' },
                color: { ...colour, legend },
              },
            },
          ]
        : []),
      ...ruleLayers(name, options, options.rules ?? []),
    ],
  };
}

/** Point clouds, optionally with lines through them (fits, references) and labelled rules. */
export function scatterChart(options: ScatterChartOptions): Chart {
  const name = 'scatterChart';
  if (options.series.length === 0) {
    throw new InvalidArgumentError(name, 'requires at least one series of points (got 0)');
  }
  const rows = seriesRows(name, options, options.series);
  const lines = options.lines ?? [];
  const layers: Chart[] = [
    {
      data: { values: rows },
      mark: { type: 'point' },
      encoding: {
        x: positional(options.x, 'x', [
          ...ruleValues(options, 'x'),
          ...rows.map((row) => row.x),
          ...lines.flatMap((entry) => entry.points.map((point) => point.x)),
        ]),
        y: positional(options.y, 'y', [
          ...ruleValues(options, 'y'),
          ...rows.map((row) => row.y),
          ...lines.flatMap((entry) => entry.points.map((point) => point.y)),
        ]),
        color: {
          field: 'series',
          type: 'nominal',
          scale: legendScale(options.series, PALETTE),
          legend:
            options.legend === false
              ? null
              : { title: options.legendTitle ?? null, symbolType: 'circle' },
        },
      },
    },
  ];
  if (lines.length > 0) {
    const legend =
      options.legend === false
        ? null
        : { title: options.linesLegendTitle ?? null, symbolType: 'stroke', symbolStrokeWidth: 2.5 };
    layers.push({
      data: { values: seriesRows(name, options, lines) },
      mark: { type: 'line', point: false },
      encoding: {
        x: { field: 'x', type: 'quantitative' },
        y: { field: 'y', type: 'quantitative' },
        color: {
          field: 'series',
          type: 'nominal',
          scale: legendScale(lines, LINE_PALETTE),
          legend,
        },
        strokeDash: { field: 'series', type: 'nominal', scale: dashScale(lines), legend },
        order: { field: 'index', type: 'quantitative' },
      },
      transform: [{ window: [{ op: 'row_number', as: 'index' }] }],
    });
  }
  const first = options.series[0] as Series;
  const labels = (options.pointLabels ?? []).flatMap((label) => {
    const point = first.points[label.index];
    return point === undefined ? [] : [{ x: round(point.x), y: round(point.y), text: label.text }];
  });
  if (labels.length > 0) {
    layers.push({
      data: { values: labels },
      mark: { type: 'text', align: 'left', dx: 6, dy: -2, fontSize: 10, color: '#333333' },
      encoding: {
        x: { field: 'x', type: 'quantitative' },
        y: { field: 'y', type: 'quantitative' },
        text: { field: 'text', type: 'nominal' },
      },
    });
  }
  layers.push(...ruleLayers(name, options, options.rules ?? []));
  return {
    title: titleOf(options.title, options.subtitle),
    width: options.width ?? DEFAULT_WIDTH,
    height: options.height ?? DEFAULT_HEIGHT,
    layer: layers,
    resolve: { scale: { color: 'independent', strokeDash: 'independent' } },
  };
}

/** Charts laid out in a grid of `columns` under one title. */
export function chartGrid(options: ChartGridOptions): Chart {
  if (options.charts.length === 0) {
    throw new InvalidArgumentError('chartGrid', 'requires at least one chart (got 0)');
  }
  if (!Number.isInteger(options.columns) || options.columns < 1) {
    throw new InvalidArgumentError(
      'chartGrid',
      `requires a positive integer number of columns (got ${options.columns})`,
    );
  }
  return {
    title: { ...titleOf(options.title, options.subtitle), fontSize: 16 },
    columns: options.columns,
    concat: [...options.charts],
    resolve: { scale: { color: 'independent', strokeDash: 'independent' } },
  };
}

/** R's `extendrange`: the data range widened by a fraction f on each side. */
function extendRange(values: readonly number[], fraction = 0.08): [number, number] {
  const low = minOf(values);
  const high = maxOf(values);
  const pad = (high - low || Math.abs(high) || 1) * fraction;
  return [low - pad, high + pad];
}

function topIndices(scores: readonly number[], count: number): number[] {
  return scores
    .map((score, index) => ({ score, index }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, count)
    .map((entry) => entry.index);
}

interface PanelPoint {
  readonly x: number;
  readonly y: number;
  readonly label: string;
}

function panel(options: {
  title: string;
  xTitle: string;
  yTitle: string;
  points: readonly PanelPoint[];
  labelled: readonly number[];
  smoother?: readonly Point[];
  references?: readonly { readonly name: string; readonly points: readonly Point[] }[];
  horizontalZero?: boolean;
  /** Red labels on reference curves; `above` places the text above its point, else below. */
  referenceText?: readonly {
    readonly x: number;
    readonly y: number;
    readonly text: string;
    readonly above: boolean;
  }[];
  xDomain?: readonly [number, number];
  yDomain?: readonly [number, number];
}): Chart {
  // Every panel's domain is its data's range widened by 8 % (R's extendrange), never "nice":
  // so nothing (labels included) sticks out of a plot and pushes its title out of line.
  const everything = [
    ...options.points,
    ...(options.smoother ?? []),
    ...(options.references ?? []).flatMap((reference) => reference.points),
  ];
  const xDomain = options.xDomain ?? extendRange(everything.map((p) => p.x));
  const yDomain = options.yDomain ?? extendRange(everything.map((p) => p.y));
  const axis = (field: 'x' | 'y', title: string, domain: readonly [number, number]) => ({
    field,
    title,
    type: 'quantitative',
    scale: { domain: domain.map(round), nice: false, zero: false },
  });
  const layers: Chart[] = [];
  if (options.horizontalZero === true) {
    layers.push({
      data: { values: [{}] },
      mark: { type: 'rule', color: REFERENCE_COLOUR, strokeDash: [5, 4], strokeWidth: 1.2 },
      encoding: { y: { datum: 0, type: 'quantitative' } },
    });
  }
  for (const reference of options.references ?? []) {
    layers.push({
      data: {
        values: reference.points.map((p, index) => ({ x: round(p.x), y: round(p.y), index })),
      },
      mark: {
        type: 'line',
        color: reference.name.startsWith('cook') ? SMOOTHER_COLOUR : REFERENCE_COLOUR,
        strokeDash: [5, 4],
        strokeWidth: 1.4,
        // A Cook's contour rises without bound as h → 0: only its part inside the panel shows.
        clip: true,
      },
      encoding: {
        x: { field: 'x', type: 'quantitative' },
        y: { field: 'y', type: 'quantitative' },
        order: { field: 'index', type: 'quantitative' },
      },
    });
  }
  layers.push({
    data: { values: options.points.map((p) => ({ x: round(p.x), y: round(p.y) })) },
    mark: { type: 'point', color: '#4c78a8', size: 30 },
    encoding: {
      x: axis('x', options.xTitle, xDomain),
      y: axis('y', options.yTitle, yDomain),
    },
  });
  if (options.smoother !== undefined && options.smoother.length > 1) {
    layers.push({
      data: {
        values: options.smoother.map((p, index) => ({ x: round(p.x), y: round(p.y), index })),
      },
      mark: { type: 'line', color: SMOOTHER_COLOUR, strokeWidth: 1.6 },
      encoding: {
        x: { field: 'x', type: 'quantitative' },
        y: { field: 'y', type: 'quantitative' },
        order: { field: 'index', type: 'quantitative' },
      },
    });
  }
  const labelled = options.labelled.flatMap((index) => {
    const point = options.points[index];
    return point === undefined ? [] : [{ x: round(point.x), y: round(point.y), text: point.label }];
  });
  const textLayer = (
    values: readonly { x: number; y: number; text: string }[],
    mark: Record<string, unknown>,
  ): Chart => ({
    data: { values },
    mark: { type: 'text', fontSize: 10, ...mark },
    encoding: {
      x: { field: 'x', type: 'quantitative' },
      y: { field: 'y', type: 'quantitative' },
      text: { field: 'text', type: 'nominal' },
    },
  });
  if (labelled.length > 0) {
    layers.push(
      textLayer(labelled, { align: 'left', baseline: 'middle', dx: 5, color: '#333333' }),
    );
  }
  for (const above of [true, false]) {
    const values = (options.referenceText ?? [])
      .filter((entry) => entry.above === above)
      .map((entry) => ({ x: round(entry.x), y: round(entry.y), text: entry.text }));
    if (values.length > 0) {
      layers.push(
        textLayer(values, {
          align: 'right',
          baseline: above ? 'bottom' : 'top',
          dx: -2,
          dy: above ? -2 : 2,
          color: SMOOTHER_COLOUR,
        }),
      );
    }
  }
  // The panel title is a text mark at a fixed offset above the plot area, not a Vega title:
  // a title sits above whatever sticks out of the panel (a long axis title, an edge label), so
  // neighbouring panels' titles would not line up; the plot areas always do.
  layers.push({
    data: { values: [{}] },
    mark: {
      type: 'text',
      align: 'left',
      baseline: 'bottom',
      fontSize: 13,
      fontWeight: 'bold',
      color: '#000000',
    },
    encoding: { x: { value: 0 }, y: { value: -10 }, text: { value: options.title } },
  });
  return { width: 300, height: 220, layer: layers };
}

/**
 * R's `plot.lm` panels 1, 2, 3 and 5 drawn from `diagnosticPlotData`'s numbers (kata 01.07):
 * residuals vs fitted (LOWESS smoother, zero line), normal Q-Q (reference line through the
 * quartiles, as `qqline`), scale-location (smoother) and residuals vs leverage with the Cook's
 * distance contours as given. Nothing the kata computes is recomputed here, so the figure shows
 * the learner's numbers. Points with leverage 1 are left out, as in R.
 */
export function plotLmPanels(options: PlotLmOptions): Chart {
  const name = 'plotLmPanels';
  const { residualsVsFitted: rvf, normalQQ: qq, scaleLocation: sl } = options.data;
  const rvl = options.data.residualsVsLeverage;
  const n = rvf.fitted.length;
  if (n < 3) {
    throw new InvalidArgumentError(name, `requires at least 3 observations (got ${n})`);
  }
  const arrays = {
    residuals: rvf.residuals,
    theoretical: qq.theoretical,
    sample: qq.sample,
    observation: qq.observation,
    'scale-location fitted': sl.fitted,
    sqrtAbsStandardized: sl.sqrtAbsStandardized,
    leverage: rvl.leverage,
    standardized: rvl.standardized,
  };
  for (const [field, values] of Object.entries({ fitted: rvf.fitted, ...arrays })) {
    if (values.length !== n) {
      throw new InvalidArgumentError(
        name,
        `requires ${field} for every fitted value (got ${n} and ${values.length})`,
      );
    }
    values.forEach((value) => checkFinite(name, field, value));
  }
  for (const contour of rvl.cooksContours) {
    for (const values of [contour.leverage, contour.upper, contour.lower])
      values.forEach((value) => checkFinite(name, "Cook's contours", value));
  }
  const labelCount = options.labelCount ?? 3;
  const labelOf = (index: number): string => options.labels?.[index] ?? String(index + 1);
  const isKept = (index: number): boolean => (rvl.leverage[index] as number) < 1 - 1e-10;
  const kept = rvf.fitted.map((_, index) => index).filter(isKept);
  if (kept.length < 3) {
    throw new InvalidArgumentError(
      name,
      `requires at least 3 observations with leverage below 1 (got ${kept.length})`,
    );
  }
  const pointsOf = (x: readonly number[], y: readonly number[]): PanelPoint[] =>
    kept.map((i) => ({ x: x[i] as number, y: y[i] as number, label: labelOf(i) }));
  const smooth = (points: readonly PanelPoint[]): Point[] => {
    const curve = lowess(
      points.map((p) => p.x),
      points.map((p) => p.y),
    );
    return curve.x.map((value, i) => ({ x: value, y: curve.y[i] as number }));
  };
  const mostExtreme = (points: readonly PanelPoint[], score: (p: PanelPoint) => number) =>
    topIndices(points.map(score), labelCount);

  const fittedPoints = pointsOf(rvf.fitted, rvf.residuals);
  const residualsVsFitted = panel({
    title: 'Residuals vs Fitted',
    xTitle: 'Fitted values',
    yTitle: 'Residuals',
    points: fittedPoints,
    labelled: mostExtreme(fittedPoints, (p) => Math.abs(p.y)),
    smoother: smooth(fittedPoints),
    horizontalZero: true,
  });

  const qqPoints = qq.observation.flatMap((row, k) =>
    isKept(row)
      ? [{ x: qq.theoretical[k] as number, y: qq.sample[k] as number, label: labelOf(row) }]
      : [],
  );
  // R's qqline: through the quartiles (quantile type 7, as quantileSorted) of the sample.
  const sorted = qqPoints.map((p) => p.y).sort((a, b) => a - b);
  const q1 = quantileSorted(sorted, 0.25);
  const q3 = quantileSorted(sorted, 0.75);
  const slope = (q3 - q1) / (normalQuantile(0.75) - normalQuantile(0.25));
  const intercept = q1 - slope * normalQuantile(0.25);
  const qqEnds = [minOf(qqPoints.map((p) => p.x)), maxOf(qqPoints.map((p) => p.x))];
  const normalQQ = panel({
    title: 'Normal Q-Q',
    xTitle: 'Theoretical quantiles',
    yTitle: 'Standardized residuals',
    points: qqPoints,
    labelled: mostExtreme(qqPoints, (p) => Math.abs(p.y)),
    references: [{ name: 'qqline', points: qqEnds.map((x) => ({ x, y: intercept + slope * x })) }],
  });

  const scalePoints = pointsOf(sl.fitted, sl.sqrtAbsStandardized);
  const scaleLocation = panel({
    title: 'Scale-Location',
    xTitle: 'Fitted values',
    yTitle: '√|Std. residuals|',
    points: scalePoints,
    labelled: mostExtreme(scalePoints, (p) => p.y),
    smoother: smooth(scalePoints),
  });

  const leveragePoints = pointsOf(rvl.leverage, rvl.standardized);
  const xDomain: [number, number] = [0, maxOf(leveragePoints.map((p) => p.x)) * 1.08];
  const yDomain = extendRange(leveragePoints.map((p) => p.y));
  const inside = (p: Point): boolean => p.y >= yDomain[0] && p.y <= yDomain[1];
  const outermost = maxOf(rvl.cooksContours.map((contour) => contour.level));
  const contours: { name: string; points: Point[] }[] = [];
  const contourText: { x: number; y: number; text: string; above: boolean }[] = [];
  for (const contour of rvl.cooksContours) {
    for (const [sign, side] of [
      [1, contour.upper],
      [-1, contour.lower],
    ] as const) {
      const points = contour.leverage.map((h, k) => ({ x: h, y: side[k] as number }));
      if (!points.some(inside)) continue;
      contours.push({ name: `cook ${contour.level} ${sign}`, points });
      const end = points[points.length - 1] as Point;
      // Each label on the outer side of the outer contour and the inner side of the others,
      // so the two never overlap where the curves converge.
      const outer = contour.level === outermost;
      if (inside(end))
        contourText.push({ ...end, text: String(contour.level), above: outer === sign > 0 });
    }
  }
  const levels = rvl.cooksContours.map((contour) => contour.level).join(', ');
  const residualsVsLeverage = panel({
    title: `Residuals vs Leverage (Cook's distance ${levels} dashed red)`,
    xTitle: 'Leverage',
    yTitle: 'Standardized residuals',
    points: leveragePoints,
    // Cook's D = r²·h/(p(1 − h)): the same order as r²·h/(1 − h), whatever p.
    labelled: mostExtreme(leveragePoints, (p) => (p.y * p.y * p.x) / (1 - p.x)),
    smoother: smooth(leveragePoints),
    references: contours,
    referenceText: contourText,
    horizontalZero: true,
    xDomain,
    yDomain,
  });

  const dropped = n - kept.length;
  const notes = [
    'Red solid: LOWESS smoother. Grey dashed: zero line or Q-Q reference through the quartiles. Labels: the most extreme observations.',
    ...(dropped > 0 ? [`${dropped} observation(s) with leverage 1 not plotted.`] : []),
  ];
  const subtitle =
    options.subtitle === undefined
      ? notes
      : [
          ...(typeof options.subtitle === 'string' ? [options.subtitle] : options.subtitle),
          ...notes,
        ];
  return chartGrid({
    title: options.title,
    subtitle,
    columns: 2,
    charts: [residualsVsFitted, normalQQ, scaleLocation, residualsVsLeverage],
  });
}

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
 */
export async function renderSvg(chart: Chart): Promise<string> {
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
