/**
 * Where things go inside a panel, decided before Vega lays it out: a grid panel's legend in its
 * emptiest corner (matplotlib's `loc="best"`), and reference-line labels spread so that no two
 * overlap. Pixel positions are estimated from the data range (Vega's rounding of a domain to
 * nice values is ignored), so every test keeps a few pixels to spare.
 */
import { maxOf, minOf } from '../validation';
import { estimateTextWidth } from './theme';

/** Data value → pixel along an axis of `length` pixels (y: `flip`, so 0 is the top). */
export type PixelScale = (value: number) => number;

export function pixelScale(
  type: string,
  values: readonly number[],
  length: number,
  flip: boolean,
  domain?: readonly number[],
): PixelScale {
  const log = type === 'log';
  const ends = (domain ?? values).filter((value) => !log || value > 0);
  const map = (value: number) => (log ? Math.log10(value) : value);
  const lo = ends.length === 0 ? 0 : map(minOf(ends));
  const hi = ends.length === 0 ? 1 : map(maxOf(ends));
  const span = hi - lo || 1;
  return (value) => {
    const fraction = (map(value) - lo) / span;
    return length * (flip ? 1 - fraction : fraction);
  };
}

/** Label rows (0, 1, …) for vertical-rule labels, so that labels on one row never overlap. */
export function labelRows(spans: readonly { readonly from: number; readonly to: number }[]) {
  const rows: { from: number; to: number }[][] = [];
  return spans.map((span) => {
    let row = rows.findIndex((taken) =>
      taken.every((other) => span.to + 12 < other.from || span.from > other.to + 12),
    );
    if (row === -1) row = rows.push([]) - 1;
    (rows[row] as { from: number; to: number }[]).push(span);
    return row;
  });
}

/** Vertical offsets that keep horizontal-rule labels (pixel y each) at least `gap` apart. */
export function spreadOffsets(positions: readonly number[], gap = 13): number[] {
  const order = positions.map((_, i) => i).sort((a, b) => positions[a]! - positions[b]!);
  const placed = new Array<number>(positions.length).fill(0);
  let previous = -Infinity;
  for (const i of order) {
    const y = Math.max(positions[i]!, previous + gap);
    placed[i] = y - positions[i]!;
    previous = y;
  }
  return placed;
}

type Row = Record<string, unknown>;
interface Layer {
  readonly data?: { readonly values?: readonly Row[] };
  readonly mark?: string | { readonly type?: string; readonly dx?: number };
  readonly encoding?: Record<string, Record<string, unknown> | undefined>;
}

const CORNERS = ['top-right', 'top-left', 'bottom-left', 'bottom-right'] as const;
const LEGEND_STYLE = {
  fillColor: 'rgba(255,255,255,0.9)',
  strokeColor: '#d9d9d9',
  padding: 6,
  cornerRadius: 3,
  offset: 6,
};

function markType(layer: Layer): string | undefined {
  return typeof layer.mark === 'string' ? layer.mark : layer.mark?.type;
}

/** The points a panel draws on, in pixels: data points, lines sampled along, rules and their labels. */
function occupied(layers: readonly Layer[], width: number, height: number): [number, number][] {
  const first = layers.find((layer) => layer.encoding?.x?.scale !== undefined);
  const scaleSpec = (channel: 'x' | 'y') =>
    (first?.encoding?.[channel]?.scale ?? {}) as { type?: string; domain?: number[] };
  const values = (channel: 'x' | 'y') =>
    layers.flatMap((layer) =>
      [
        ...(layer.data?.values ?? []).map((row) => row[channel]),
        layer.encoding?.[channel]?.datum,
      ].filter((v): v is number => typeof v === 'number'),
    );
  const sx = scaleSpec('x');
  const sy = scaleSpec('y');
  const px = pixelScale(sx.type ?? 'linear', values('x'), width, false, sx.domain);
  const py = pixelScale(sy.type ?? 'linear', values('y'), height, true, sy.domain);
  const points: [number, number][] = [];
  for (const layer of layers) {
    const type = markType(layer);
    const x = layer.encoding?.x?.datum;
    const y = layer.encoding?.y?.datum;
    if (typeof x === 'number' || typeof y === 'number') {
      // A rule across the panel, or its label (a vertical rule's sits at the top, to one side).
      const text = layer.encoding?.text?.value;
      if (type === 'text' && typeof x === 'number' && typeof text === 'string') {
        const dx = typeof layer.mark === 'object' ? (layer.mark.dx ?? 0) : 0;
        const w = estimateTextWidth(text, 11);
        for (let t = 0; t <= w; t += 4) points.push([px(x) + Math.sign(dx || 1) * t, 8]);
      } else if (type === 'rule') {
        for (let t = 0; t <= 1; t += 0.02) {
          points.push(typeof x === 'number' ? [px(x), t * height] : [t * width, py(y as number)]);
        }
      }
      continue;
    }
    const rows = (layer.data?.values ?? []).filter(
      (row) => typeof row.x === 'number' && typeof row.y === 'number',
    );
    const at = (row: Row): [number, number] => [px(row.x as number), py(row.y as number)];
    rows.forEach((row, i) => {
      points.push(at(row));
      if (type === 'text' && typeof row.text === 'string') {
        const [x0, y0] = at(row);
        const dx = typeof layer.mark === 'object' ? (layer.mark.dx ?? 6) : 6;
        const w = estimateTextWidth(row.text, 10);
        for (let t = 0; t <= w; t += 4) points.push([x0 + dx + Math.sign(dx) * t, y0]);
      }
      const next = rows[i + 1];
      if (type !== 'line' || next === undefined) return;
      if (next.series !== row.series || next.piece !== row.piece) return;
      const [x0, y0] = at(row);
      const [x1, y1] = at(next);
      const steps = Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 4);
      for (let s = 1; s < steps; s += 1) {
        points.push([x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps]);
      }
    });
  }
  return points;
}

interface LegendEntry {
  readonly title: string | null;
  readonly labels: readonly string[];
}

/** The legend's box in pixels: a title line, one line per entry, the padding. */
function legendSize(legends: readonly LegendEntry[]): { width: number; height: number } {
  const widths = legends.flatMap((legend) => [
    legend.title === null ? 0 : estimateTextWidth(legend.title, 12),
    ...legend.labels.map((label) => 26 + estimateTextWidth(label, 11)),
  ]);
  const lines = legends.reduce(
    (sum, legend) => sum + legend.labels.length + (legend.title === null ? 0 : 1.2),
    0,
  );
  return { width: maxOf(widths) + 12, height: lines * 16 + 12 * legends.length };
}

/** The corner of the panel where its legends cover nothing; undefined if none is free. */
function emptyCorner(chart: Record<string, unknown>): (typeof CORNERS)[number] | undefined {
  const layers = chart.layer as readonly Layer[] | undefined;
  const width = chart.width;
  const height = chart.height;
  if (layers === undefined || typeof width !== 'number' || typeof height !== 'number') {
    return undefined;
  }
  const legends = new Map<string, LegendEntry>();
  for (const layer of layers) {
    for (const channel of ['color', 'strokeDash']) {
      const field = layer.encoding?.[channel] as
        { legend?: { title?: string | null } | null; scale?: { domain?: string[] } } | undefined;
      if (field?.legend === undefined || field.legend === null) continue;
      const labels = field.scale?.domain ?? [];
      legends.set(JSON.stringify(labels), { title: field.legend.title ?? null, labels });
    }
  }
  if (legends.size === 0) return undefined;
  const box = legendSize([...legends.values()]);
  const points = occupied(layers, width, height);
  return CORNERS.find((corner) => {
    const left = corner.endsWith('left') ? 0 : width - box.width - 12;
    const top = corner.startsWith('top') ? 0 : height - box.height - 12;
    return !points.some(
      ([x, y]) =>
        x >= left - 4 && x <= left + box.width + 16 && y >= top - 4 && y <= top + box.height + 16,
    );
  });
}

/**
 * The panel with its legends drawn inside the plot, in a corner where they cover no point,
 * line or label (matplotlib's `loc="best"`); below the panel if no corner is free. A grid is
 * then as wide as its panels, not panels plus a legend between them.
 */
export function legendInside(chart: Chart): Chart {
  const corner = emptyCorner(chart);
  const placement =
    corner === undefined
      ? { orient: 'bottom', direction: 'horizontal', offset: 8 }
      : { ...LEGEND_STYLE, orient: corner };
  return mapLegendFields(chart, (field) => {
    if (field.legend === undefined) return field;
    // Placement replaces any earlier one (and the offset that kept a legend outside clear of
    // margin labels).
    const legend = Object.fromEntries(
      Object.entries(field.legend as Record<string, unknown>).filter(
        ([key]) => !(key in LEGEND_STYLE) && key !== 'orient' && key !== 'direction',
      ),
    );
    return { ...field, legend: { ...legend, ...placement } };
  });
}

type Chart = Record<string, unknown>;
type Field = Record<string, unknown>;
const LEGEND_CHANNELS = ['color', 'strokeDash'] as const;

/** The panel with the field of each shown legend (colour or dash) rewritten. */
function mapLegendFields(chart: Chart, rewrite: (field: Field, channel: string) => Field): Chart {
  const layers = chart.layer as readonly Layer[] | undefined;
  if (layers === undefined) return chart;
  return {
    ...chart,
    layer: layers.map((layer) => {
      if (layer.encoding === undefined) return layer;
      const encoding = { ...layer.encoding };
      for (const channel of LEGEND_CHANNELS) {
        const field = encoding[channel];
        if (field !== undefined && field.legend !== null)
          encoding[channel] = rewrite(field, channel);
      }
      return { ...layer, encoding };
    }),
  };
}

/** A legend's key: the same key (channel and scale) is the same legend. */
const legendKey = (channel: string, field: Field): string =>
  `${channel}:${JSON.stringify(field.scale)}`;

/** Each shown legend of a panel, by key. */
function legendKeys(chart: Chart): string[] {
  const layers = (chart.layer ?? []) as readonly Layer[];
  return layers.flatMap((layer) =>
    LEGEND_CHANNELS.flatMap((channel) => {
      const field = layer.encoding?.[channel];
      if (field === undefined || field.legend === null || field.scale === undefined) return [];
      return [legendKey(channel, field)];
    }),
  );
}

/** The panel with only the legends whose keys are kept. */
function keepLegends(chart: Chart, kept: ReadonlySet<string>): Chart {
  return mapLegendFields(chart, (field, channel) =>
    field.scale === undefined || kept.has(legendKey(channel, field))
      ? field
      : { ...field, legend: null },
  );
}

/**
 * A grid's panels with each legend shown once, inside a panel: a legend several panels share
 * (the same series in the same colours) goes to the first of them with a free corner, or the
 * first of them if none has one.
 */
export function placeLegends(charts: readonly Chart[]): Chart[] {
  const keys = charts.map(legendKeys);
  const kept = charts.map(() => new Set<string>());
  const placed = new Set<string>();
  keys.forEach((own, first) => {
    const group = own.filter((key) => !placed.has(key));
    if (group.length === 0) return;
    group.forEach((key) => placed.add(key));
    const candidates = charts
      .map((_, i) => i)
      .filter((i) => i >= first && group.every((key) => keys[i]?.includes(key)));
    const fits = (i: number) =>
      emptyCorner(keepLegends(charts[i] as Chart, new Set([...(kept[i] ?? []), ...group])));
    const owner = candidates.find((i) => fits(i) !== undefined) ?? first;
    group.forEach((key) => kept[owner]?.add(key));
  });
  return charts.map((chart, i) => legendInside(keepLegends(chart, kept[i] as Set<string>)));
}
