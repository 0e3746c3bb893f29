import { describe, expect, it } from 'vitest';
import { expectAllClose, expectLabError } from './assertions';
import { InvalidArgumentError } from './errors';
import {
  chartGrid,
  lineChart,
  plotLmPanels,
  renderSvg,
  scatterChart,
  themedSpec,
  THEME,
  type Chart,
  type LmPanelData,
} from './plotting';
import { normalQuantile } from './distributions';

const simpleLines = (): Chart =>
  lineChart({
    title: 'Test error against degree',
    subtitle: 'mean over replicates',
    x: { title: 'polynomial degree' },
    y: { title: 'mean squared error', scale: 'log' },
    legendTitle: 'error',
    series: [
      { name: 'training', points: [1, 2, 3].map((x) => ({ x, y: 1 / x })) },
      { name: 'test', dashed: true, points: [1, 2, 3].map((x) => ({ x, y: x })) },
    ],
    rules: [{ axis: 'x', value: 2, label: 'best degree' }],
  });

function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg[^>]*\swidth="(\d+(?:\.\d+)?)"[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
  return { width: Number(match?.[1] ?? 0), height: Number(match?.[2] ?? 0) };
}

// A small regression with one high-leverage outlier, enough to exercise every panel.
const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 20];
const fitted = x.map((value) => 1 + 0.5 * value);
const residuals = [0.3, -0.2, 0.1, -0.4, 0.2, 0.1, -0.3, 0.25, -0.15, 1.2];
const leverage = [0.25, 0.2, 0.16, 0.13, 0.11, 0.1, 0.1, 0.11, 0.13, 0.71];
const standardizedResiduals = residuals.map((e, i) => e / (0.4 * Math.sqrt(1 - leverage[i]!)));

/**
 * What kata 01.07's diagnosticPlotData returns for these numbers (p = 2), built here by its
 * header's formulas: ppoints(10) = (i − 3/8)/(10 + 1/4), Cook's contours on 101 leverages.
 */
function panelData(h: readonly number[], r: readonly number[]): LmPanelData {
  const order = r.map((_, i) => i).sort((a, b) => r[a]! - r[b]!);
  const top = Math.max(...h.filter((value) => value < 1));
  const grid = Array.from({ length: 101 }, (_, k) => top / 100 + ((top - top / 100) * k) / 100);
  const contour = (level: number) => {
    const upper = grid.map((g) => Math.sqrt((level * 2 * (1 - g)) / g));
    return { level, leverage: grid, upper, lower: upper.map((value) => -value) };
  };
  return {
    residualsVsFitted: { fitted, residuals },
    normalQQ: {
      theoretical: order.map((_, k) => normalQuantile((k + 1 - 3 / 8) / (r.length + 1 / 4))),
      sample: order.map((i) => r[i]!),
      observation: order,
    },
    scaleLocation: { fitted, sqrtAbsStandardized: r.map((value) => Math.sqrt(Math.abs(value))) },
    residualsVsLeverage: {
      leverage: [...h],
      standardized: [...r],
      cooksContours: [contour(0.5), contour(1)],
    },
  };
}
const panels = (data: LmPanelData = panelData(leverage, standardizedResiduals)) =>
  plotLmPanels({ title: 'Diagnostics', data });

/** The values of the first layer of a panel of plotLmPanels' grid that draws points. */
function pointsOfPanel(chart: Chart, index: number): { x: number; y: number }[] {
  const grid = chart as { concat: { layer: { mark: { type: string }; data: { values: [] } }[] }[] };
  const layers = grid.concat[index]?.layer ?? [];
  return layers.find((layer) => layer.mark.type === 'point')?.data.values ?? [];
}

describe('plotting', () => {
  it('renders a line chart to SVG with its title, axis titles, legend and rule label', async () => {
    const svg = await renderSvg(simpleLines());
    expect(svg.startsWith('<svg')).toBe(true);
    for (const text of [
      'Test error against degree',
      'mean over replicates',
      'polynomial degree',
      'mean squared error',
      'training',
      'test',
      'best degree',
    ]) {
      expect(svg).toContain(`>${text}<`);
    }
    const size = svgSize(svg);
    expect(size.width).toBeGreaterThan(300);
    expect(size.height).toBeGreaterThan(200);
  });

  it('renders the same bytes every time, whatever was rendered before', async () => {
    const first = await renderSvg(simpleLines());
    await renderSvg(panels());
    const again = await renderSvg(simpleLines());
    expect(again).toBe(first);
  });

  it('applies one theme to every chart', () => {
    const spec = themedSpec(simpleLines()) as unknown as { config: unknown; $schema: string };
    expect(spec.config).toBe(THEME);
    expect(spec.$schema).toMatch(/vega-lite\/v6/);
  });

  it('draws scatter points, lines through them and labelled points', async () => {
    const svg = await renderSvg(
      scatterChart({
        title: 'Anscombe I',
        x: { title: 'x' },
        y: { title: 'y' },
        series: [{ name: 'data', points: x.map((value, i) => ({ x: value, y: fitted[i]! })) }],
        lines: [
          {
            name: 'least-squares line',
            points: [
              { x: 0, y: 1 },
              { x: 20, y: 11 },
            ],
          },
        ],
        pointLabels: [{ index: 9, text: 'point 10' }],
        rules: [{ axis: 'y', value: 5, label: 'mean' }],
      }),
    );
    for (const text of ['Anscombe I', 'least-squares line', 'point 10', 'mean']) {
      expect(svg).toContain(`>${text}<`);
    }
  });

  it('lays charts out in a grid under one title', async () => {
    const svg = await renderSvg(
      chartGrid({ title: 'Two panels', charts: [simpleLines(), simpleLines()], columns: 2 }),
    );
    expect(svg).toContain('>Two panels<');
    // Two 420 px panels and their axes are wider than the report's 860 px column: narrowed.
    expect(svgSize(svg).width, 'a grid fits the 860 px report column').toBeLessThanOrEqual(860);
    expect(svgSize(svg).width).toBeGreaterThan(700);
  });

  it("shows a grid's shared legend once, inside the first panel with a free corner", () => {
    // Panel 1's points fill every corner; panel 2's leave the top right empty.
    const grid = [0, 1].flatMap((x) => [0, 1].map((y) => ({ x, y })));
    const crowded = lineChart({
      title: 'full',
      x: { title: 'x' },
      y: { title: 'y' },
      series: [
        { name: 'a', points: [...grid, { x: 0.5, y: 0.5 }] },
        { name: 'b', points: [{ x: 0.5, y: 0.4 }] },
      ],
    });
    const sparse = lineChart({
      title: 'sparse',
      x: { title: 'x' },
      y: { title: 'y' },
      series: [
        {
          name: 'a',
          points: [
            { x: 0, y: 0 },
            { x: 0.2, y: 0.1 },
          ],
        },
        {
          name: 'b',
          points: [
            { x: 1, y: 0 },
            { x: 0.8, y: 0.1 },
          ],
        },
      ],
    });
    type Legend = { orient?: string } | null;
    const legends = (chart: Chart) =>
      ((chart.concat as { layer: { encoding?: { color?: { legend: Legend } } }[] }[]) ?? []).map(
        (panel) => panel.layer[0]?.encoding?.color?.legend,
      );
    const [first, second] = legends(
      chartGrid({ title: 'g', charts: [crowded, sparse], columns: 2 }),
    );
    expect(first, 'no free corner in panel 1: its legend is hidden').toBeNull();
    expect(second?.orient, 'panel 2 shows it in its empty top-right corner').toBe('top-right');
    const [only] = legends(chartGrid({ title: 'g', charts: [crowded], columns: 1 }));
    expect(only?.orient, 'with no free corner anywhere, below the panel').toBe('bottom');
  });

  it('ticks a log axis at the sizes used, at round values, or per decade as 10ᵏ', () => {
    type Axis = { axis: { values?: number[]; labelExpr?: string }; scale: { domain?: number[] } };
    const xAxis = (xs: readonly number[], domain?: [number, number]) => {
      const chart = lineChart({
        title: 't',
        x: { title: 'n', scale: 'log', ...(domain === undefined ? {} : { domain }) },
        y: { title: 'y' },
        series: [{ name: 's', points: xs.map((x) => ({ x, y: 1 })) }],
      }) as { layer: { encoding: { x: Axis } }[] };
      return (chart.layer[0] as { encoding: { x: Axis } }).encoding.x;
    };
    const sizes = xAxis([50, 100, 200, 400]);
    expect(sizes.axis.values, 'few sizes: ticks at the sizes').toEqual([50, 100, 200, 400]);
    expect(sizes.scale.domain?.[0], 'domain just wider than the data').toBeLessThan(50);
    expect(sizes.scale.domain?.[0]).toBeGreaterThan(40);
    const many = Array.from({ length: 20 }, (_, i) => 3 + 7 * i);
    expect(xAxis(many, [2, 200]).axis.values, 'two decades: 1-2-5 ticks').toEqual([
      2, 5, 10, 20, 50, 100, 200,
    ]);
    const wide = xAxis([1e-3, 1e-1, 10, 1e3]).axis;
    expect(wide.values, 'six decades: one tick per decade').toEqual([
      1e-3, 1e-2, 1e-1, 1, 10, 100, 1000,
    ]);
    expect(wide.labelExpr, 'labelled with superscript exponents').toContain('10⁻³');
  });

  it("labels a point on the plot's inner side of it, as R's text.id", () => {
    type Text = { mark: { type: string; align?: string }; data: { values: { text?: string }[] } };
    const chart = scatterChart({
      title: 't',
      x: { title: 'x' },
      y: { title: 'y' },
      series: [{ name: 's', points: [0, 1, 9, 10].map((x) => ({ x, y: x })) }],
      pointLabels: [
        { index: 0, text: 'left end' },
        { index: 3, text: 'right end' },
      ],
    }) as { layer: Text[] };
    const alignOf = (label: string) =>
      chart.layer.find((layer) => layer.data.values.some((row) => row.text === label))?.mark.align;
    expect(alignOf('left end'), 'left half: text to the right of the point').toBe('left');
    expect(alignOf('right end'), 'right half: text to the left, inside the plot').toBe('right');
  });

  it('keeps the labels of nearby reference lines apart', () => {
    type Text = { mark: { type: string; dy?: number }; encoding: { text?: { value: string } } };
    const chart = lineChart({
      title: 't',
      x: { title: 'x' },
      y: { title: 'y' },
      series: [{ name: 's', points: [0, 10].map((x) => ({ x, y: x })) }],
      rules: [
        { axis: 'x', value: 5, label: 'best λ' },
        { axis: 'x', value: 5.5, label: 'marked value' },
        { axis: 'y', value: 3, label: 'noise' },
        { axis: 'y', value: 3.1, label: 'least squares' },
      ],
    }) as { layer: Text[] };
    const dy = (label: string) =>
      chart.layer.find((layer) => layer.encoding.text?.value === label)?.mark.dy ?? 0;
    expect(dy('marked value') - dy('best λ'), 'second vertical label a line lower').toBe(14);
    // y = 3 and 3.1 on a 260 px axis over 0…10 are 2.6 px apart: nudged to 13 px apart.
    expect(
      Math.abs(dy('least squares') - dy('noise')),
      'horizontal labels 2.6 px apart are nudged 10.4 px further apart',
    ).toBeCloseTo(10.4, 6);
  });

  it("draws R's four plot.lm panels", async () => {
    const svg = await renderSvg(panels());
    for (const title of [
      'Residuals vs Fitted',
      'Normal Q-Q',
      'Scale-Location',
      "Residuals vs Leverage (Cook's distance 0.5, 1 dashed red)",
      'Theoretical quantiles',
      'Leverage',
    ]) {
      expect(svg).toContain(`>${title}<`);
    }
    // The high-leverage outlier (observation 10) is named, as R names the extreme points.
    expect(svg).toContain('>10<');
  });

  it('leaves out points of leverage 1 and says so', async () => {
    // diagnosticPlotData gives a point of leverage 1 a standardized residual of 0 (kata 01.07).
    const svg = await renderSvg(
      panels(panelData([...leverage.slice(0, 9), 1], [...standardizedResiduals.slice(0, 9), 0])),
    );
    expect(svg).toContain('1 observation(s) with leverage 1 not plotted.');
  });

  it("draws the learner's numbers as given, so a mistake in them shows in the figure", () => {
    const data = panelData(leverage, standardizedResiduals);
    // A learner who forgot to sort, and used i/n for ppoints: the Q-Q panel shows exactly that.
    const theoretical = data.normalQQ.theoretical.map((_, k) => normalQuantile((k + 1) / 11));
    const sample = [...standardizedResiduals];
    const observation = sample.map((_, i) => i);
    const chart = panels({ ...data, normalQQ: { theoretical, sample, observation } });
    // Positions are written with 6 significant digits.
    const close = { rtol: 1e-5, atol: 0 };
    expectAllClose(
      pointsOfPanel(chart, 1).map((p) => p.x),
      theoretical,
      close,
    );
    expectAllClose(
      pointsOfPanel(chart, 1).map((p) => p.y),
      sample,
      close,
    );
    const wrongScale = data.scaleLocation.sqrtAbsStandardized.map((value) => value * value);
    const scale = panels({ ...data, scaleLocation: { fitted, sqrtAbsStandardized: wrongScale } });
    expectAllClose(
      pointsOfPanel(scale, 2).map((p) => p.y),
      wrongScale,
      close,
    );
  });

  it('rejects values a chart cannot show, naming the builder', () => {
    expectLabError(
      () =>
        lineChart({
          title: 't',
          x: { title: 'x' },
          y: { title: 'y', scale: 'log' },
          series: [{ name: 's', points: [{ x: 1, y: 0 }] }],
        }),
      InvalidArgumentError,
      'lineChart',
    );
    expectLabError(
      () =>
        scatterChart({
          title: 't',
          x: { title: 'x' },
          y: { title: 'y' },
          series: [{ name: 's', points: [{ x: Number.NaN, y: 0 }] }],
        }),
      InvalidArgumentError,
      'scatterChart',
    );
    const data = panelData(leverage, standardizedResiduals);
    expectLabError(
      () => panels({ ...data, residualsVsFitted: { fitted, residuals: [1, 2] } }),
      InvalidArgumentError,
      'plotLmPanels',
    );
    expectLabError(
      () => chartGrid({ title: 't', charts: [], columns: 2 }),
      InvalidArgumentError,
      'chartGrid',
    );
  });

  it('treats a Vega-Lite warning as an error, so a figure never silently loses a layer', async () => {
    await expect(
      renderSvg({ mark: 'point', encoding: { x: { type: 'quantitative' } } }),
    ).rejects.toThrow(/renderSvg got Vega-Lite warnings/);
  });
});
