/**
 * Experiment: the test of an interaction against the origin of x, with and without the main
 * effect of the factor (kata 01.13).
 *
 * One data set, n = 60: a factor g with levels a, b, c (20 rows each, in random order),
 * x ~ U(0, 10), y = 1 + γ_g + 0.5x + N(0, 1) with γ = (0, 1.5, −1) and no interaction. For
 * each origin c, x is replaced by x − c and the interaction g:(x − c) (treatment coding, two
 * columns) is tested by `nestedFTest`, once with the main effect of g in both models
 * (hierarchical) and once without it, and by `linearHypothesisTest` as Rβ = 0 on the two
 * interaction coefficients. Theory: with the main effects, x − c is a reparametrisation and the
 * test is invariant; without them, (x − c)[g = b] = x[g = b] − c[g = b] carries a level shift
 * proportional to c, and the "interaction" test absorbs the level differences the model lacks.
 */
import type * as Week01 from '../../katas/week_01_linear_regression/index';
import { lineChart, type Series } from '../../helpers/plotting';
import { createRng } from '../../helpers/random';
import { maxOf, minOf } from '../../helpers/validation';
import { check, defineExperiment, integer, inParts, real } from '../experiment';
import type { Conclusion, Figure, Table, ValuesOf } from '../experiment';
import { linearGrid, show } from '../numbers';

// The conclusions below are written for these defaults; a notebook or `--set` may change them.
const PARAMETERS = {
  perLevel: integer('rows per level of g', 20, 5, 200),
  sigma: real('noise sd σ', 1, 0.1, 5, 0.1),
  levelShift: real('level shift of group b, γ_b', 1.5, 0, 5, 0.25),
  interaction: real('true interaction: extra slope of group b', 0, -1, 1, 0.05),
};
const ORIGINS = linearGrid(-10, 20, 31);
const EFFECTS: Record<string, number> = { a: 0, b: 1.5, c: -1 };

const STATEMENTS = [
  'with the main effect of g in both models, the interaction F is the same at every origin of x (relative spread below 1e-8)',
  'without the main effect of g, the interaction F changes with the origin of x by more than a factor of 10, and its p-value falls below 0.05 at some origin although the data have no interaction',
  'at every origin, the nested F equals the Wald F of Rβ = 0 on the two interaction coefficients (relative difference below 1e-8)',
] as const;

type Api = typeof Week01;

/** One data set: a factor g in random order, x ~ U(0, 10), y with the level shifts of g. */
function simulate(values: ValuesOf<typeof PARAMETERS>, seed: number) {
  const { perLevel, sigma, levelShift, interaction } = values;
  const effects: Record<string, number> = { ...EFFECTS, b: levelShift };
  const rng = createRng(seed);
  const groups = rng.shuffle(
    ['a', 'b', 'c'].flatMap((level) => Array<string>(perLevel).fill(level)),
  );
  const x = groups.map(() => rng.uniformBetween(0, 10));
  const y = groups.map(
    (level, i) =>
      1 +
      effects[level]! +
      0.5 * x[i]! +
      (level === 'b' ? interaction * x[i]! : 0) +
      sigma * rng.normal(),
  );
  return { groups, x, y };
}

/** The interaction tested at every origin, with and without the main effect of g. */
function measure(api: Api, values: ValuesOf<typeof PARAMETERS>, seed: number) {
  const { groups, x, y } = simulate(values, seed);
  const dummies = api.encodeFactor(groups).columns;
  const results = ORIGINS.map((origin) => {
    const shifted = x.map((value) => value - origin);
    const products = dummies.map((row, i) => row.map((d) => d * shifted[i]!));
    const withMain = dummies.map((row, i) => [...row, shifted[i]!]);
    const full = withMain.map((row, i) => [...row, ...products[i]!]);
    const hierarchical = api.nestedFTest(withMain, full, y);
    const wald = api.linearHypothesisTest(
      full,
      y,
      [
        [0, 0, 0, 0, 1, 0],
        [0, 0, 0, 0, 0, 1],
      ],
      [0, 0],
    );
    const withoutMain = api.nestedFTest(
      shifted.map((value) => [value]),
      shifted.map((value, i) => [value, ...products[i]!]),
      y,
    );
    return { origin, hierarchical, wald, withoutMain };
  });
  const hierarchicalF = results.map((r) => r.hierarchical.statistic);
  const withoutF = results.map((r) => r.withoutMain.statistic);
  return {
    ...values,
    n: 3 * values.perLevel,
    results,
    hierarchicalF,
    withoutF,
    spread: (maxOf(hierarchicalF) - minOf(hierarchicalF)) / minOf(hierarchicalF),
    ratio: maxOf(withoutF) / minOf(withoutF),
    smallestP: minOf(results.map((r) => r.withoutMain.pValue)),
    waldGap: maxOf(
      results.map(
        (r) => Math.abs(r.wald.statistic - r.hierarchical.statistic) / r.hierarchical.statistic,
      ),
    ),
  };
}

type Tests = ReturnType<typeof measure>;

function tables({ results }: Tests): Table[] {
  return [
    {
      title: 'The interaction test at several origins of x (F on 2 numerator df)',
      columns: [
        'origin c',
        'with main effect: F',
        'with main effect: p',
        'without: F',
        'without: p',
      ],
      rows: results
        .filter((_, i) => i % 5 === 0)
        .map((r) => [
          r.origin,
          r.hierarchical.statistic,
          r.hierarchical.pValue,
          r.withoutMain.statistic,
          r.withoutMain.pValue,
        ]),
    },
  ];
}

function figures({ n, levelShift, sigma, interaction, results }: Tests): Figure[] {
  const series: Series[] = [
    {
      name: 'with the main effect of g',
      points: results.map((r) => ({ x: r.origin, y: r.hierarchical.statistic })),
    },
    {
      name: 'without it',
      points: results.map((r) => ({ x: r.origin, y: r.withoutMain.statistic })),
    },
  ];
  return [
    {
      id: 'interaction_f_against_origin',
      caption:
        'F of the interaction g:(x − c) against the origin c (log scale). With the main effect of g the line is flat: moving the origin only renames coefficients. Without it the test changes its hypothesis with c; the data (x between 0 and 10) have no interaction at all.',
      spec: lineChart({
        title: 'Interaction F against the origin of x',
        subtitle: `n = ${n}, three groups, γ_b = ${levelShift}, σ = ${sigma}, true interaction ${interaction}`,
        x: { title: 'origin c (x replaced by x − c)' },
        y: { title: 'F statistic', scale: 'log' },
        legendTitle: 'model',
        series,
        rules: [
          { axis: 'x', value: 0, label: 'x = 0', side: 'left' },
          { axis: 'x', value: 10, label: 'x = 10' },
        ],
      }),
    },
  ];
}

function numbers(tests: Tests) {
  return {
    n: tests.n,
    hierarchicalF: tests.hierarchicalF[0]!,
    hierarchicalRelativeSpread: tests.spread,
    withoutMainEffectFRatio: tests.ratio,
    withoutMainEffectSmallestP: tests.smallestP,
    waldVersusNestedMaxRelativeGap: tests.waldGap,
    origins: tests.results.map((r) => ({
      origin: r.origin,
      hierarchicalF: r.hierarchical.statistic,
      withoutMainEffectF: r.withoutMain.statistic,
    })),
  };
}

function conclusions(tests: Tests): Conclusion[] {
  const { hierarchicalF, withoutF, spread, ratio, smallestP, waldGap } = tests;
  return [
    check(
      STATEMENTS[0],
      spread < 1e-8,
      `F = ${show(hierarchicalF[0]!)} at every origin; relative spread ${show(spread)}`,
    ),
    check(
      STATEMENTS[1],
      ratio > 10 && smallestP < 0.05,
      `F from ${show(minOf(withoutF))} to ${show(maxOf(withoutF))} (ratio ${show(ratio)}); smallest p ${show(smallestP)}`,
    ),
    check(STATEMENTS[2], waldGap < 1e-8, `largest relative gap ${show(waldGap)}`),
  ];
}

export default defineExperiment<Api>({
  title: 'The hierarchy principle: an interaction without its main effects',
  question:
    'Does the test of an interaction depend on where the origin of x is, and what does keeping the main effects change?',
  seed: 13,
  uses: ['encodeFactor', 'nestedFTest', 'linearHypothesisTest'],
  ...inParts(PARAMETERS, STATEMENTS, measure, { tables, figures, numbers, conclusions }),
});
