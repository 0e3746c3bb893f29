/**
 * The chart builders: `lineChart` (several series against one x), `scatterChart` (points,
 * fitted or reference lines, vertical and horizontal rules) and `chartGrid` (charts side by side
 * under one title), each returning a Vega-Lite view. Data values are rounded to 6 significant
 * digits before they enter a spec (`round`), so the same inputs give the same bytes.
 */
import { InvalidArgumentError } from '../errors';
import { maxOf, minOf } from '../validation';
import {
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  estimateTextWidth,
  LINE_PALETTE,
  PALETTE,
  REFERENCE_COLOUR,
} from './theme';
import { labelRows, pixelScale, placeLegends, spreadOffsets } from './layout';

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
  /** x values where the line breaks (a pole of a theoretical curve): one legend entry, no bridge. */
  readonly breaks?: readonly number[];
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
  /** d3-format of the tick labels; a log scale over three decades is labelled 10ᵏ instead. */
  readonly format?: string;
  /** The tick values, when they should be the values used (the sizes of a learning curve). */
  readonly ticks?: readonly number[];
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

/** What line and scatter charts share: series in colours, rules, one legend title. */
interface SeriesChartOptions extends ChartFrame {
  /** Show the legends (default true); hide them in grids where one panel's legend serves all. */
  readonly legend?: boolean;
  readonly series: readonly Series[];
  readonly rules?: readonly Rule[];
  readonly legendTitle?: string;
}

export interface LineChartOptions extends SeriesChartOptions {
  /** Mark each data point on the lines (default true). */
  readonly points?: boolean;
}

/** `series` are point clouds, one colour each. */
export interface ScatterChartOptions extends SeriesChartOptions {
  /** Lines through the cloud: fits, y = x, true functions. */
  readonly lines?: readonly Series[];
  readonly linesLegendTitle?: string;
  /** Text beside chosen points (by index into the first series). */
  readonly pointLabels?: readonly { readonly index: number; readonly text: string }[];
}

export interface ChartGridOptions {
  readonly title: string;
  readonly subtitle?: string | readonly string[];
  readonly charts: readonly Chart[];
  readonly columns: number;
}

/** 6 significant digits: enough for any plot, and stable in the figure's bytes. */
export function round(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(6));
}

export function checkFinite(
  functionName: string,
  what: string,
  value: number,
  scale?: string,
): number {
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
      ...(entry.breaks === undefined
        ? {}
        : { piece: entry.breaks.filter((at) => at < point.x).length }),
    })),
  );
}

/**
 * Powers of ten spanning the values: the ticks and grid lines of a log axis that covers two
 * decades or more, one per decade (or per few decades), instead of Vega's 1…9 per decade.
 */
function decades(values: readonly number[]): number[] {
  const logs = values.map(Math.log10);
  const low = Math.floor(minOf(logs));
  const high = Math.ceil(maxOf(logs));
  const step = Math.max(1, Math.ceil((high - low) / 8));
  const ticks: number[] = [];
  // Exponents that are multiples of the step, so that panels side by side tick alike.
  for (let k = Math.floor(low / step) * step; k <= high; k += step) ticks.push(Number(`1e${k}`));
  return ticks;
}

/**
 * Round values inside [low, high] for a log axis under two decades: 1, 2 and 5 times the powers
 * of ten, or a finer set of multiples when that gives fewer than three ticks.
 */
function roundTicks(low: number, high: number): number[] | undefined {
  for (const multiples of [
    [1, 2, 5],
    [1, 2, 3, 5],
    [1, 1.5, 2, 3, 4, 5, 7],
  ]) {
    const ticks: number[] = [];
    for (let k = Math.floor(Math.log10(low)); k <= Math.ceil(Math.log10(high)); k += 1) {
      for (const m of multiples) {
        const tick = Number(`${m}e${k}`);
        if (tick >= low * (1 - 1e-9) && tick <= high * (1 + 1e-9)) ticks.push(tick);
      }
    }
    if (ticks.length >= 3) return ticks;
  }
  return undefined;
}

/**
 * The ticks of a log axis without ticks of its own: per decade, labelled 10ᵏ, when three
 * powers of ten or more fall inside its range; else at the x values used when there are at
 * most ten (the sizes of an experiment); else at round values (1, 2, 5 × 10ᵏ, or finer over a
 * narrow range) inside the range, which is the data's widened by 4 % (as R) unless given.
 */
function logTicks(
  field: 'x' | 'y',
  values: readonly number[],
  domain?: readonly number[],
): number[] | 'decades' | undefined {
  const positive = (domain ?? values).filter((value) => value > 0);
  if (positive.length === 0) return undefined;
  const low = minOf(positive);
  const high = maxOf(positive);
  const span = Math.log10(high / low);
  const inside = Math.floor(Math.log10(high) + 1e-9) - Math.ceil(Math.log10(low) - 1e-9) + 1;
  if (span >= 2 && inside >= 3) return 'decades';
  const distinct = [...new Set(values.filter((value) => value > 0).map(round))].sort(
    (a, b) => a - b,
  );
  if (field === 'x' && distinct.length <= 10) return distinct;
  const pad = domain === undefined ? 10 ** (0.04 * span) : 1;
  return roundTicks(low / pad, high * pad);
}

function positional(
  axis: Axis,
  field: 'x' | 'y',
  values: readonly number[] = [],
): Record<string, unknown> {
  const type = axis.scale ?? 'linear';
  const scale: Record<string, unknown> = { type };
  const guide: Record<string, unknown> = axis.format === undefined ? {} : { format: axis.format };
  if (axis.domain !== undefined) {
    scale.domain = axis.domain.map(round);
    scale.nice = false;
  } else if (type === 'linear') {
    scale.zero = axis.zero ?? false;
  }
  if (type === 'log') {
    const ticks = axis.ticks ?? logTicks(field, values, axis.domain);
    if (ticks === 'decades') {
      Object.assign(guide, decadeLabels(decades(axis.domain ?? values.filter((v) => v > 0))));
    } else if (ticks === undefined) {
      guide.format = axis.format ?? '~r';
    } else {
      // Ticks at chosen values: the domain is the data's range, 4 % wider each side (as R).
      guide.values = ticks.map(round);
      guide.format = axis.format ?? '~r';
      if (axis.domain === undefined) {
        const positive = [...values, ...ticks].filter((value) => value > 0);
        const pad = (maxOf(positive) / minOf(positive)) ** 0.04;
        scale.domain = [round(minOf(positive) / pad), round(maxOf(positive) * pad)];
        scale.nice = false;
      }
    }
  } else if (axis.ticks !== undefined) {
    guide.values = axis.ticks.map(round);
  } else if (field === 'x' && values.length > 0 && values.every(Number.isInteger)) {
    // Counts (a degree, a number of coefficients) over a short range: a tick at every count.
    const low = minOf(values);
    const high = maxOf(values);
    guide.tickCount = high - low <= 12 ? Math.max(1, high - low) : 6;
  } else if (field === 'x') {
    // About six ticks in steps of 1, 2 or 5 × 10ᵏ: Vega's one per 40 px crowded the labels,
    // and thinning them left odd steps (−10, −6, −2, 2 …) that skip zero.
    guide.tickCount = 6;
  }
  return { field, type: 'quantitative', title: axis.title, scale, axis: guide };
}

const SUPERSCRIPTS: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** 10ᵏ written with a superscript exponent: 1e-3 → 10⁻³. */
export function powerOfTen(exponent: number): string {
  return `10${[...String(exponent)].map((c) => SUPERSCRIPTS[c] ?? c).join('')}`;
}

/** Decade ticks labelled 10ᵏ with a superscript exponent: one format for the whole axis. */
function decadeLabels(ticks: readonly number[]): Record<string, unknown> {
  const label = ticks
    .map(
      (tick) =>
        `abs(datum.value / ${tick} - 1) < 1e-6 ? '${powerOfTen(Math.round(Math.log10(tick)))}' : `,
    )
    .join('');
  return { values: ticks, labelExpr: `${label}''` };
}

function titleOf(title: string, subtitle?: string | readonly string[]): Record<string, unknown> {
  return subtitle === undefined
    ? { text: title }
    : { text: title, subtitle: typeof subtitle === 'string' ? subtitle : [...subtitle] };
}

type Positional = { scale?: { type?: string; domain?: number[] } };

/** The data value at the middle of the x axis (in log space on a log axis). */
function xMiddle(encoding: Positional, values: readonly number[]): number {
  const ends = encoding.scale?.domain ?? values;
  const low = minOf(ends);
  const high = maxOf(ends);
  return encoding.scale?.type === 'log' ? Math.sqrt(low * high) : (low + high) / 2;
}

/**
 * The dashed reference lines and their labels: a vertical rule's label at the top, on a lower
 * line when it would run into another's; a horizontal rule's in the right margin, nudged apart
 * from its neighbours so that no two overlap.
 */
function ruleLayers(
  functionName: string,
  frame: ChartFrame,
  rules: readonly Rule[],
  encoding: { readonly x: Positional; readonly y: Positional },
  values: { readonly x: readonly number[]; readonly y: readonly number[] },
): Chart[] {
  const width = frame.width ?? DEFAULT_WIDTH;
  const height = frame.height ?? DEFAULT_HEIGHT;
  const scaleOf = (axis: 'x' | 'y') =>
    pixelScale(
      encoding[axis].scale?.type ?? 'linear',
      values[axis],
      axis === 'x' ? width : height,
      axis === 'y',
      encoding[axis].scale?.domain,
    );
  const px = scaleOf('x');
  const py = scaleOf('y');
  const checked = rules.map((rule) => {
    const axis = rule.axis === 'x' ? frame.x : frame.y;
    return checkFinite(functionName, `rule "${rule.label}"`, rule.value, axis.scale);
  });
  const spans = rules.map((rule, i) => {
    const at = px(checked[i]!);
    const w = estimateTextWidth(rule.label, 11);
    return rule.side === 'left'
      ? { from: at - 4 - w, to: at - 4 }
      : { from: at + 4, to: at + 4 + w };
  });
  const vertical = rules.flatMap((rule, i) => (rule.axis === 'x' ? [i] : []));
  const horizontal = rules.flatMap((rule, i) => (rule.axis === 'y' ? [i] : []));
  const rows = labelRows(vertical.map((i) => spans[i] as { from: number; to: number }));
  const nudges = spreadOffsets(horizontal.map((i) => py(checked[i]!)));
  return rules.flatMap((rule, i) => {
    const value = checked[i]!;
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
                dy: 4 + 14 * (rows[vertical.indexOf(i)] ?? 0),
                fontSize: 11,
              }
            : // In the right margin, clear of every curve.
              {
                type: 'text',
                align: 'left',
                baseline: 'middle',
                dx: 6,
                dy: nudges[horizontal.indexOf(i)] ?? 0,
                fontSize: 11,
              },
        encoding: {
          [along]: { datum: value, type: 'quantitative' },
          [across]: { value: rule.axis === 'x' ? 0 : width },
          text: { value: rule.label },
          color: { value: '#444444' },
        },
      },
    ];
  });
}

/**
 * A legend of series drawn as lines (`stroke`) or points (`circle`); null where the chart hides
 * its legends. A legend on the right starts past the labels of horizontal rules, which sit in
 * the margin.
 */
function seriesLegend(
  options: SeriesChartOptions,
  title: string | undefined,
  symbolType: 'stroke' | 'circle',
) {
  if (options.legend === false) return null;
  const labels = (options.rules ?? []).filter((rule) => rule.axis === 'y');
  return {
    title: title ?? null,
    symbolType,
    ...(symbolType === 'stroke' ? { symbolStrokeWidth: 2.5 } : {}),
    ...(labels.length === 0
      ? {}
      : { offset: Math.ceil(12 + maxOf(labels.map((r) => estimateTextWidth(r.label, 11)))) }),
  };
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
  const values = {
    x: [...rows.map((row) => row.x), ...ruleValues(options, 'x')],
    y: [...rows.map((row) => row.y), ...ruleValues(options, 'y')],
  };
  const axes = { x: positional(options.x, 'x', values.x), y: positional(options.y, 'y', values.y) };
  const colour = {
    field: 'series',
    type: 'nominal',
    scale: legendScale(options.series, PALETTE),
  };
  const legend = seriesLegend(options, options.legendTitle, 'stroke');
  return {
    title: titleOf(options.title, options.subtitle),
    width: options.width ?? DEFAULT_WIDTH,
    height: options.height ?? DEFAULT_HEIGHT,
    layer: [
      {
        data: { values: rows },
        mark: { type: 'line' },
        encoding: {
          ...axes,
          color: { ...colour, legend },
          strokeDash: {
            field: 'series',
            type: 'nominal',
            scale: dashScale(options.series),
            legend,
          },
          // Keeps each series drawn in the order of its points, not sorted by x.
          order: { field: 'index', type: 'quantitative' },
          ...(options.series.some((entry) => entry.breaks !== undefined)
            ? { detail: { field: 'piece', type: 'nominal' } }
            : {}),
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
      ...ruleLayers(name, options, options.rules ?? [], axes, values),
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
  const values = {
    x: [
      ...ruleValues(options, 'x'),
      ...rows.map((row) => row.x),
      ...lines.flatMap((entry) => entry.points.map((point) => point.x)),
    ],
    y: [
      ...ruleValues(options, 'y'),
      ...rows.map((row) => row.y),
      ...lines.flatMap((entry) => entry.points.map((point) => point.y)),
    ],
  };
  const axes = { x: positional(options.x, 'x', values.x), y: positional(options.y, 'y', values.y) };
  const layers: Chart[] = [
    {
      data: { values: rows },
      mark: { type: 'point' },
      encoding: {
        ...axes,
        color: {
          field: 'series',
          type: 'nominal',
          scale: legendScale(options.series, PALETTE),
          legend: seriesLegend(options, options.legendTitle, 'circle'),
        },
      },
    },
  ];
  if (lines.length > 0) {
    const legend = seriesLegend(options, options.linesLegendTitle, 'stroke');
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
  // As R's plot.lm labels: right of a point in the left half of the panel, left of it in the
  // right half, so that no label runs out of the plot.
  const middle = xMiddle(axes.x, values.x);
  for (const right of [false, true]) {
    const side = labels.filter((label) => label.x > middle === right);
    if (side.length === 0) continue;
    layers.push({
      data: { values: side },
      mark: {
        type: 'text',
        align: right ? 'right' : 'left',
        dx: right ? -6 : 6,
        dy: -2,
        fontSize: 10,
        color: '#333333',
      },
      encoding: {
        x: { field: 'x', type: 'quantitative' },
        y: { field: 'y', type: 'quantitative' },
        text: { field: 'text', type: 'nominal' },
      },
    });
  }
  layers.push(...ruleLayers(name, options, options.rules ?? [], axes, values));
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
    concat: placeLegends(options.charts),
    resolve: { scale: { color: 'independent', strokeDash: 'independent' } },
  };
}
