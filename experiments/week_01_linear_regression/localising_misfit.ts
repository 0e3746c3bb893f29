/**
 * Experiment: where is the curve? Component-plus-residual and added-variable plots on Prestige.
 *
 * Fox and Weisberg's example (carData::Prestige, n = 102): prestige ~ income + education +
 * women. RESET-style tests say a mean is curved somewhere; the plots of kata 01.14 say where.
 * For each column: the partial residuals e + b_j·(x_j − x̄_j) against x_j with their LOWESS curve
 * (R car::crPlots), a quadratic through them, and the five-knot restricted cubic spline test of
 * the column (R anova(lm(prestige ~ income + education + women), lm(prestige ~ rcs(income, 5) +
 * education + women))). Reference values from R: quadratic t = −3.36 (income), 1.29 (education),
 * 1.44 (women); spline F p-values 3.8e-5, 0.017, 0.39. Nothing is random: the seed is recorded
 * for form only.
 */
import type * as Week01 from '../../katas/week_01_linear_regression/index';
import { fitLeastSquares } from '../../helpers/least_squares';
import { lowess } from '../../helpers/lowess';
import { chartGrid, scatterChart, type Chart } from '../../helpers/plotting';
import { maxOf, minOf } from '../../helpers/validation';
import { check, defineExperiment, integer, inParts, real } from '../experiment';
import type { Conclusion, Figure, Table, ValuesOf } from '../experiment';
import { EDUCATION, INCOME, PRESTIGE, WOMEN } from './_prestige';

const COLUMNS = [
  { key: 'income', label: 'income (dollars)', values: INCOME },
  { key: 'education', label: 'education (years)', values: EDUCATION },
  { key: 'women', label: 'women (%)', values: WOMEN },
] as const;

const STATEMENTS = [
  'every added-variable slope equals the full fit’s coefficient and its residuals equal the full fit’s (Frisch–Waugh–Lovell), to 1e-9',
  'a quadratic through the partial residuals bends for income (|t| > 3) and not for women (|t| < 2)',
  'the five-knot spline test flags income (p < 0.001) and not women (p > 0.3)',
] as const;

// The conclusions below are written for these defaults; a notebook or `--set` may change them.
const PARAMETERS = {
  knotCount: integer('spline knots k', 5, 3, 7),
  span: real('LOWESS span f', 2 / 3, 1 / 6, 1, 1 / 12),
};

/** t of the squared term of a quadratic through (x, r). */
function quadraticT(x: readonly number[], r: readonly number[]): number {
  const fit = fitLeastSquares(
    'localising_misfit',
    x.map((v) => [1, v, v * v]),
    r,
  );
  const s = Math.sqrt(fit.rss / (x.length - 3));
  return fit.coefficients[2]! / (s * fit.inverseGramRootDiagonal[2]!);
}

/** For each column: its added-variable and partial-residual data, the spline test and a LOWESS. */
function measure(api: typeof Week01, { knotCount, span }: ValuesOf<typeof PARAMETERS>) {
  const X = INCOME.map((income, i) => [income, EDUCATION[i]!, WOMEN[i]!]);
  const y = PRESTIGE;
  const full = fitLeastSquares(
    'localising_misfit',
    X.map((row) => [1, ...row]),
    y,
  );
  const perColumn = COLUMNS.map((column, j) => {
    const av = api.addedVariableData(X, y, j);
    const cr = api.componentPlusResidualData(X, y, j);
    const spline = api.splineTermTest(X, y, j, { knotCount });
    const smooth = lowess(cr.x, cr.partialResiduals, { span });
    return { column, av, cr, spline, smooth, t: quadraticT(cr.x, cr.partialResiduals) };
  });
  const fwlGap = maxOf(
    perColumn.flatMap(({ av }, j) => [
      Math.abs(av.slope - full.coefficients[j + 1]!) / Math.abs(full.coefficients[j + 1]!),
      ...av.residuals.map((e, i) => Math.abs(e - full.residuals[i]!)),
    ]),
  );
  return { perColumn, fwlGap };
}

type Misfit = ReturnType<typeof measure>;

function tables({ perColumn }: Misfit): Table[] {
  return [
    {
      title: 'Per regressor: slope, curvature of the partial residuals, and the spline test',
      columns: [
        'regressor',
        'b (= added-variable slope)',
        'standard error',
        'quadratic t on partial residuals',
        'spline F (3, 95)',
        'spline p-value',
      ],
      rows: perColumn.map(({ column, av, t, spline }) => [
        column.key,
        av.slope,
        av.standardError,
        t,
        spline.statistic,
        spline.pValue,
      ]),
    },
  ];
}

function figures({ perColumn }: Misfit): Figure[] {
  const crCharts: Chart[] = perColumn.map(({ column, cr, smooth }) => {
    const lo = minOf(cr.x);
    const hi = maxOf(cr.x);
    return scatterChart({
      title: `partial residuals: ${column.key}`,
      x: { title: column.label },
      y: { title: 'e + b·(x − x̄)' },
      width: 300,
      height: 220,
      legend: false,
      series: [
        {
          name: 'partial residuals',
          points: cr.x.map((x, i) => ({ x, y: cr.partialResiduals[i]! })),
        },
      ],
      lines: [
        {
          name: 'linear component b·(x − x̄)',
          dashed: true,
          points: [lo, hi].map((x) => ({ x, y: cr.slope * (x - cr.centre) })),
        },
        {
          name: 'LOWESS',
          points: smooth.x.map((x, i) => ({ x, y: smooth.y[i]! })),
        },
      ],
    });
  });
  const { av } = perColumn[0] as (typeof perColumn)[0];
  const avIncome = scatterChart({
    title: 'Added-variable plot for income',
    subtitle: 'Both axes with education, women and the constant regressed out; slope = b_income.',
    x: { title: 'income | others' },
    y: { title: 'prestige | others' },
    series: [
      {
        name: 'occupations',
        points: av.xResiduals.map((x, i) => ({ x, y: av.yResiduals[i]! })),
      },
    ],
    lines: [
      {
        name: 'slope b_income, through the origin',
        points: [minOf(av.xResiduals), maxOf(av.xResiduals)].map((x) => ({
          x,
          y: av.slope * x,
        })),
      },
    ],
  });
  return [
    {
      id: 'component_plus_residual',
      caption:
        'Partial residuals against each regressor with the linear component (dashed) and a LOWESS curve: income’s bends away from its line, women’s follows it.',
      spec: chartGrid({
        title: 'Component-plus-residual plots',
        charts: crCharts,
        columns: 3,
      }),
    },
    {
      id: 'added_variable_income',
      caption:
        'The added-variable plot shows what b_income rests on: the few high-income occupations far out on the horizontal axis.',
      spec: avIncome,
    },
  ];
}

function numbers({ perColumn, fwlGap }: Misfit) {
  return {
    fwlGap,
    columns: Object.fromEntries(
      perColumn.map(({ column, av, t, spline }) => [
        column.key,
        {
          slope: av.slope,
          standardError: av.standardError,
          quadraticT: t,
          splineStatistic: spline.statistic,
          splinePValue: spline.pValue,
          knots: spline.knots,
        },
      ]),
    ),
  };
}

function conclusions({ perColumn, fwlGap }: Misfit): Conclusion[] {
  const [income, , women] = perColumn as [
    (typeof perColumn)[0],
    (typeof perColumn)[0],
    (typeof perColumn)[0],
  ];
  return [
    check(STATEMENTS[0], fwlGap < 1e-9, `largest gap ${fwlGap.toExponential(2)}`),
    check(
      STATEMENTS[1],
      Math.abs(income.t) > 3 && Math.abs(women.t) < 2,
      `t = ${income.t.toFixed(2)} for income, ${women.t.toFixed(2)} for women`,
    ),
    check(
      STATEMENTS[2],
      income.spline.pValue < 0.001 && women.spline.pValue > 0.3,
      `p = ${income.spline.pValue.toExponential(2)} for income, ${women.spline.pValue.toFixed(3)} for women`,
    ),
  ];
}

export default defineExperiment<typeof Week01>({
  title: 'Localising misfit: which regressor bends?',
  question:
    'When the mean of a linear model is curved, which regressor carries the curve, and is a spline for that regressor worth its degrees of freedom?',
  seed: 20260114,
  random: false,
  uses: ['addedVariableData', 'componentPlusResidualData', 'splineTermTest'],
  ...inParts(PARAMETERS, STATEMENTS, measure, { tables, figures, numbers, conclusions }),
});
