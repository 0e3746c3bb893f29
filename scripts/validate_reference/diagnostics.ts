/**
 * Assumption tests and sandwich standard errors against R, gretl and SAS. gretl's printed VIF of
 * 1.002 is not used: it belongs to the Cochrane–Orcutt model of the same statsmodels test file.
 */
import {
  breuschGodfrey,
  breuschPagan,
  durbinWatson,
  jarqueBera,
  resetTest,
  robustStandardErrors,
  varianceInflationFactors,
} from '../../solutions/week_01_linear_regression/index';
import { fitLeastSquares } from '../../helpers/least_squares';
import { at, numberAt, numbersAt, readLongley, readMacrodata, readReference } from './rows';
import { rowsIn, type Row } from './rows';

// Printed with d decimals: rounding plus the budget (SAS's HC0 se(ARMED) uses almost all of it).
const printed = (value: number, decimals: number): number =>
  (0.5 * 10 ** -decimals) / Math.abs(value) + 1e-6;

function centredSumOfSquares(values: readonly number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return values.reduce((sum, value) => sum + (value - mean) ** 2, 0);
}

function macrodataChecks(dataDirectory: string) {
  const { file, json, X, y } = readMacrodata(dataDirectory);
  const design = X.map((row) => [1, ...row]);
  const { residuals } = fitLeastSquares('checkDiagnostics', design, y);
  const results = at(json, 'results');
  const breuschPagans = [
    ['Koenker', breuschPagan(residuals, X), 'het_breuschpagan_koenker'],
    ['original', breuschPagan(residuals, X, { studentized: false }), 'het_breuschpagan_original'],
  ] as const;
  const bpSource = `R lmtest::bptest (${file})`;
  const godfrey = breuschGodfrey(residuals, X, { order: 4 });
  const bg = at(results, 'acorr_breusch_godfrey_4', 'value');
  const bgSource = `R lmtest::bgtest(order = 4, type = "Chisq") (${file})`;
  const gretl = at(results, 'gretl_ols', 'value');
  const gretlSource = `gretl, printed to 7 significant digits (${file})`;
  const dw = numberAt(gretl, 'durbin_watson');
  const lsdiag = at(results, 'influence_lsdiag', 'value');
  // ls.diag's correlation of the estimates, 3 × 3 flattened: entry (1, 2) is corr(b_ggdp, b_lint).
  const correlation = numbersAt(lsdiag, 'correlation')[5]!;
  const unscaled = numbersAt(lsdiag, 'cov.unscaled');
  const factors = varianceInflationFactors(X);
  // Two regressors: VIF = 1/(1 − r²), r = −corr(b_ggdp, b_lint); VIF_j = (XᵀX)⁻¹_jj·Σ(x_j − x̄_j)².
  const vif = (j: number, source: string, expected: number) =>
    rowsIn('macrodata VIF', `${source} (${file})`).each([
      [`VIF(${j === 0 ? 'ggdp' : 'lint'})`, factors[j]!, expected],
    ]);
  return [
    ...breuschPagans.flatMap(([name, test, key]) =>
      rowsIn('macrodata Breusch–Pagan', bpSource, at(results, key, 'value')).each([
        [`${name} statistic`, test.statistic, 'statistic'],
        [`${name} p-value`, test.pValue, 'pvalue'],
        [`${name} df`, test.df, 'df', 0],
      ]),
    ),
    ...rowsIn('macrodata Breusch–Godfrey', bgSource, bg).each([
      ['statistic (order 4)', godfrey.statistic, 'chi2'],
      ['p-value (order 4)', godfrey.pValue, 'chi2_pvalue'],
    ]),
    ...rowsIn('macrodata RESET', gretlSource).each(
      ([3, 2] as const).flatMap((power): Row[] => {
        const key = power === 3 ? 'reset_squares_and_cubes' : 'reset_squares_only';
        const result = resetTest(X, y, { power });
        const F = numberAt(gretl, key, 'F');
        const [df1, df2] = numbersAt(gretl, key, 'df') as [number, number];
        const pValue = numberAt(gretl, key, 'pvalue');
        return [
          [`F (power ${power})`, result.statistic, F, printed(F, 6)],
          [`df1 (power ${power})`, result.df1, df1, 0],
          [`df2 (power ${power})`, result.df2, df2, 0],
          [`p-value (power ${power}), 3 digits`, result.pValue, pValue, printed(pValue, 5)],
        ];
      }),
    ),
    ...rowsIn('macrodata Durbin–Watson', gretlSource).each([
      ['statistic', durbinWatson(residuals), dw, printed(dw, 6)],
    ]),
    ...[0, 1].flatMap((j) => {
      const ssx = centredSumOfSquares(X.map((row) => row[j] ?? NaN));
      return [
        ...vif(j, '1/(1 − r²), r from R ls.diag correlation', 1 / (1 - correlation ** 2)),
        ...vif(j, 'R ls.diag cov.unscaled × Σ(x − x̄)²', unscaled[4 * (j + 1)]! * ssx),
      ];
    }),
  ];
}

function x20Checks(dataDirectory: string) {
  const { file, json } = readReference(dataDirectory, 'statsmodels_stattools_x20.json');
  const x = numbersAt(json, 'x');
  const lagged = (w: number): number[] => x.slice(1).map((value, i) => value + w * x[i]!);
  const transforms: Record<string, number[]> = {
    x,
    'x^2': x.map((value) => value * value),
    'log(x^2)': x.map((value) => Math.log(value * value)),
    'exp(-x^2)': x.map((value) => Math.exp(-value * value)),
    'x[1:]+0.5*x[:-1]': lagged(0.5),
    'x[1:]+0.8*x[:-1]': lagged(0.8),
    'x[1:]+0.9*x[:-1]': lagged(0.9),
  };
  const vector = (name: string): number[] => {
    const values = transforms[name];
    if (values === undefined) throw new Error(`no transform ${name} of the x20 vector`);
    return values;
  };
  const jb = at(json, 'jarque_bera', 'value') as Record<string, unknown>;
  const dw = at(json, 'durbin_watson', 'value') as Record<string, unknown>;
  return [
    ...rowsIn('x20 Jarque–Bera', `R fBasics::jarqueberaTest (${file})`).each(
      Object.keys(jb).flatMap((name): Row[] => {
        const [statistic, pValue] = numbersAt(jb, name) as [number, number];
        const result = jarqueBera(vector(name));
        // R prints the p-value of x² as 0: the row then scores the absolute error.
        return [
          [`statistic of ${name}`, result.statistic, statistic],
          [`p-value of ${name}`, result.pValue, pValue],
        ];
      }),
    ),
    ...rowsIn('x20 Durbin–Watson', `R car::durbinWatsonTest (${file})`, dw).each(
      Object.keys(dw).map((name): Row => [`DW of ${name}`, durbinWatson(vector(name)), name]),
    ),
  ];
}

function longleyChecks(dataDirectory: string) {
  const { file, json, X, y } = readLongley(dataDirectory);
  const names = at(json, 'data', 'exogNames') as string[];
  const factors = varianceInflationFactors(X);
  const vif = at(json, 'externalNonStatsmodels', 'vif_R_car', 'value');
  const results = at(json, 'statsmodelsTestResults');
  const hcSource = `SAS, printed to 5 decimals, the constant to an integer (${file})`;
  return [
    ...rowsIn('Longley VIF', `R car::vif, printed to 5 decimals (${file})`).each(
      names.map((name, j): Row => {
        const expected = numberAt(vif, name);
        return [`VIF(${name})`, factors[j]!, expected, printed(expected, 5)];
      }),
    ),
    ...rowsIn('Longley HC0–HC3', hcSource).each(
      (['HC0', 'HC1', 'HC2', 'HC3'] as const).flatMap((type) => {
        // statsmodels' order: the six slopes, then the constant; ours puts the constant first.
        const [constant, ...slopes] = robustStandardErrors(X, y, { type }).standardErrors;
        const actual = [...slopes, constant as number];
        return numbersAt(results, `${type}_se`, 'value').map((value, j): Row => {
          const slope = j < names.length;
          const name = slope ? (names[j] as string) : 'const';
          return [`${type} se(${name})`, actual[j]!, value, printed(value, slope ? 5 : 0)];
        });
      }),
    ),
  ];
}

export const checkDiagnostics = (dataDirectory: string) => [
  ...macrodataChecks(dataDirectory),
  ...x20Checks(dataDirectory),
  ...longleyChecks(dataDirectory),
];
