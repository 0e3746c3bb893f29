/**
 * R's four `plot.lm` panels, drawn from the numbers kata 01.07's `diagnosticPlotData` returns.
 */
import { quantileSorted } from 'simple-statistics';
import { normalQuantile } from '../distributions';
import { InvalidArgumentError } from '../errors';
import { lowess } from '../lowess';
import { maxOf, minOf } from '../validation';
import { chartGrid, checkFinite, round, type Chart, type Point } from './builders';
import { REFERENCE_COLOUR, SMOOTHER_COLOUR } from './theme';

/** Named columns of numbers, one value per point. */
type Columns<Name extends string> = Readonly<Record<Name, readonly number[]>>;

/** One Cook's distance contour: the points (h, ±r) on which D equals `level`. */
export type LmPanelContour = { readonly level: number } & Columns<'leverage' | 'upper' | 'lower'>;

/**
 * The numbers of R's four `plot.lm` panels, in the shape kata 01.07's `diagnosticPlotData`
 * returns them (declared here because helpers/ imports nothing above it): the figure draws the
 * learner's own numbers, so a mistake in them shows in the figure.
 */
export interface LmPanelData {
  readonly residualsVsFitted: Columns<'fitted' | 'residuals'>;
  /** Sorted standardized residuals (`sample`) against normal quantiles; `observation` is each one's row. */
  readonly normalQQ: Columns<'theoretical' | 'sample' | 'observation'>;
  readonly scaleLocation: Columns<'fitted' | 'sqrtAbsStandardized'>;
  readonly residualsVsLeverage: Columns<'leverage' | 'standardized'> & {
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

/** A line through the points in their given order (Vega-Lite would sort them by x). */
function lineLayer(points: readonly Point[], mark: Record<string, unknown>): Chart {
  return {
    data: { values: points.map((p, index) => ({ x: round(p.x), y: round(p.y), index })) },
    mark: { type: 'line', ...mark },
    encoding: {
      x: { field: 'x', type: 'quantitative' },
      y: { field: 'y', type: 'quantitative' },
      order: { field: 'index', type: 'quantitative' },
    },
  };
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
    // About five ticks, as R's pretty(): 0.5 steps crowd a 300 px axis.
    axis: { tickCount: 5 },
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
    layers.push(
      lineLayer(reference.points, {
        color: reference.name.startsWith('cook') ? SMOOTHER_COLOUR : REFERENCE_COLOUR,
        strokeDash: [5, 4],
        strokeWidth: 1.4,
        // A Cook's contour rises without bound as h → 0: only its part inside the panel shows.
        clip: true,
      }),
    );
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
    layers.push(lineLayer(options.smoother, { color: SMOOTHER_COLOUR, strokeWidth: 1.6 }));
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
  // As R's text.id: a label right of its point in the left half of the panel, left of it in
  // the right half, so that none runs out of the plot.
  const middle = (xDomain[0] + xDomain[1]) / 2;
  for (const right of [false, true]) {
    const side = labelled.filter((label) => label.x > middle === right);
    if (side.length === 0) continue;
    layers.push(
      textLayer(side, {
        align: right ? 'right' : 'left',
        baseline: 'middle',
        dx: right ? -5 : 5,
        color: '#333333',
      }),
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
  const isKept = (index: number): boolean => rvl.leverage[index]! < 1 - 1e-10;
  const kept = rvf.fitted.map((_, index) => index).filter(isKept);
  if (kept.length < 3) {
    throw new InvalidArgumentError(
      name,
      `requires at least 3 observations with leverage below 1 (got ${kept.length})`,
    );
  }
  const pointsOf = (x: readonly number[], y: readonly number[]): PanelPoint[] =>
    kept.map((i) => ({ x: x[i]!, y: y[i]!, label: labelOf(i) }));
  const smooth = (points: readonly PanelPoint[]): Point[] => {
    const curve = lowess(
      points.map((p) => p.x),
      points.map((p) => p.y),
    );
    return curve.x.map((value, i) => ({ x: value, y: curve.y[i]! }));
  };
  const mostExtreme = (points: readonly PanelPoint[], score: (p: PanelPoint) => number) =>
    topIndices(points.map(score), labelCount);

  // Residuals vs Fitted and Scale-Location: a quantity against the fitted values, smoothed.
  const againstFitted = (
    labels: { title: string; yTitle: string; horizontalZero?: boolean },
    [fitted, values]: readonly [readonly number[], readonly number[]],
    score: (p: PanelPoint) => number,
  ): Chart => {
    const points = pointsOf(fitted, values);
    const [labelled, smoother] = [mostExtreme(points, score), smooth(points)];
    return panel({ ...labels, xTitle: 'Fitted values', points, labelled, smoother });
  };
  const residualsVsFitted = againstFitted(
    { title: 'Residuals vs Fitted', yTitle: 'Residuals', horizontalZero: true },
    [rvf.fitted, rvf.residuals],
    (p) => Math.abs(p.y),
  );

  const qqPoints = qq.observation.flatMap((row, k) =>
    isKept(row) ? [{ x: qq.theoretical[k]!, y: qq.sample[k]!, label: labelOf(row) }] : [],
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

  const scaleLocation = againstFitted(
    { title: 'Scale-Location', yTitle: '√|Std. residuals|' },
    [sl.fitted, sl.sqrtAbsStandardized],
    (p) => p.y,
  );

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
      const points = contour.leverage.map((h, k) => ({ x: h, y: side[k]! }));
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
