import { describe, expect, it } from 'vitest';
import { expectAllClose, expectLabError } from './assertions';
import { InvalidArgumentError } from './errors';
import {
  chartGrid,
  cooksContour,
  lineChart,
  plotLmPanels,
  plottingPositions,
  renderSvg,
  scatterChart,
  themedSpec,
  THEME,
  type Chart,
} from './plotting';

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
const standardizedResiduals = residuals.map(
  (e, i) => e / (0.4 * Math.sqrt(1 - (leverage[i] as number))),
);
const cooksDistance = standardizedResiduals.map(
  (r, i) => (r * r * (leverage[i] as number)) / (2 * (1 - (leverage[i] as number))),
);
const panels = (overrides: Partial<Parameters<typeof plotLmPanels>[0]> = {}) =>
  plotLmPanels({
    title: 'Diagnostics',
    fitted,
    residuals,
    standardizedResiduals,
    leverage,
    cooksDistance,
    parameters: 2,
    ...overrides,
  });

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
        series: [
          { name: 'data', points: x.map((value, i) => ({ x: value, y: fitted[i] as number })) },
        ],
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
    expect(svgSize(svg).width).toBeGreaterThan(2 * 420);
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
    const svg = await renderSvg(
      panels({
        leverage: [...leverage.slice(0, 9), 1],
        standardizedResiduals: [...standardizedResiduals.slice(0, 9), Number.NaN],
        cooksDistance: [...cooksDistance.slice(0, 9), Number.NaN],
      }),
    );
    expect(svg).toContain('1 observation(s) with leverage 1 not plotted.');
  });

  it("places R's ppoints: (i − 3/8)/(n + 1/4) up to n = 10, (i − 1/2)/n above", () => {
    // R: ppoints(5) = 0.1190476 0.3095238 0.5000000 0.6904762 0.8809524
    expectAllClose(plottingPositions(5), [0.1190476, 0.3095238, 0.5, 0.6904762, 0.8809524], {
      rtol: 1e-6,
      atol: 0,
    });
    expectAllClose(
      plottingPositions(11),
      Array.from({ length: 11 }, (_, i) => (i + 0.5) / 11),
      {
        rtol: 1e-12,
        atol: 0,
      },
    );
  });

  it("puts the Cook's contour where r²·h/(p(1 − h)) equals the distance", () => {
    for (const [distance, p, h] of [
      [0.5, 2, 0.3],
      [1, 4, 0.05],
      [0.5, 3, 0.9],
    ] as const) {
      const r = cooksContour(distance, p, h);
      expectAllClose([(r * r * h) / (p * (1 - h))], [distance], { rtol: 1e-12, atol: 0 });
    }
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
    expectLabError(() => panels({ residuals: [1, 2] }), InvalidArgumentError, 'plotLmPanels');
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
