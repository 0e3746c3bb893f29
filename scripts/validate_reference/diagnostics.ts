/**
 * Assumption tests (kata 01.08) and sandwich standard errors (kata 01.10) against R, gretl and
 * SAS, relative error ≤ 1e-6 unless the reference was printed with fewer digits.
 *
 * - macrodata (statsmodels_macrodata_diagnostics.json), the growth-rate regression
 *   ginv ~ ggdp + lint (n = 202) on which statsmodels validates its diagnostics: R
 *   lmtest::bptest in both forms, lmtest::bgtest (order 4), gretl's RESET (squares, and
 *   squares and cubes) and Durbin–Watson, and the VIFs implied by R's ls.diag (for two
 *   regressors VIF = 1/(1 − r²) with r = −corr(b_ggdp, b_lint); and VIF_j = (XᵀX)⁻¹_jj·Σ(x_j − x̄_j)²
 *   with R's cov.unscaled). gretl's printed VIF of 1.002 belongs to the Cochrane–Orcutt model
 *   of the same test file, not to this OLS fit, and is not used.
 * - The 20-value vector of statsmodels_stattools_x20.json: R fBasics Jarque–Bera and R car
 *   Durbin–Watson on the vector and the transforms statsmodels tests.
 * - Longley (statsmodels_longley.json): R car::vif, printed to 5 decimals, and SAS's HC0–HC3
 *   standard errors, printed to 5 decimals (the constant's to an integer).
 *
 * A value printed with d decimals carries a rounding error up to 0.5·10^−d, so its row passes
 * at 0.5·10^−d/|value| + 1e-6: the print's rounding plus the usual budget, as strict as the
 * reference allows (SAS's HC0 se(ARMED), exactly 0.146245001…, printed 0.14625, uses almost all
 * of its rounding).
 */
import path from 'node:path';
import {
  breuschGodfrey,
  breuschPagan,
  durbinWatson,
  jarqueBera,
  resetTest,
  robustStandardErrors,
  varianceInflationFactors,
  type CovarianceType,
} from '../../solutions/week_01_linear_regression/index';
import { fitLeastSquares } from '../../helpers/least_squares';
import { at, numberAt, numbersAt, readJson, readMacrodata, rowsIn } from './rows';
import type { ReferenceCheck, ReferenceCheckGroup } from './types';

export const DIAGNOSTICS_RELATIVE_THRESHOLD = 1e-6;

/** The threshold for a value printed with `decimals` decimals: its rounding, plus the usual 1e-6. */
function printedThreshold(value: number, decimals: number): number {
  return (0.5 * 10 ** -decimals) / Math.abs(value) + DIAGNOSTICS_RELATIVE_THRESHOLD;
}

function matrixAt(value: unknown, ...keys: string[]): number[][] {
  const found = at(value, ...keys);
  if (!Array.isArray(found)) throw new Error(`reference data ${keys.join('.')} is not a list`);
  return found.map((_, i) => numbersAt(found, String(i)));
}

function centredSumOfSquares(values: readonly number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return values.reduce((sum, value) => sum + (value - mean) ** 2, 0);
}

function macrodataChecks(dataDirectory: string): ReferenceCheck[] {
  const { file, json, X, y } = readMacrodata(dataDirectory);
  const residuals = fitLeastSquares(
    'checkDiagnostics',
    X.map((row) => [1, ...row]),
    y,
  ).residuals;
  const results = at(json, 'results');
  const rows: ReferenceCheck[] = [];

  const bp = rowsIn('macrodata Breusch–Pagan', `R lmtest::bptest (${file})`);
  const koenker = breuschPagan(residuals, X);
  const original = breuschPagan(residuals, X, { studentized: false });
  const koenkerR = at(results, 'het_breuschpagan_koenker', 'value');
  const originalR = at(results, 'het_breuschpagan_original', 'value');
  rows.push(
    bp.relative('Koenker statistic', koenker.statistic, numberAt(koenkerR, 'statistic')),
    bp.relative('Koenker p-value', koenker.pValue, numberAt(koenkerR, 'pvalue')),
    bp.relative('Koenker df', koenker.df, numberAt(koenkerR, 'df'), 0),
    bp.relative('original statistic', original.statistic, numberAt(originalR, 'statistic')),
    bp.relative('original p-value', original.pValue, numberAt(originalR, 'pvalue')),
    bp.relative('original df', original.df, numberAt(originalR, 'df'), 0),
  );

  const bg = rowsIn(
    'macrodata Breusch–Godfrey',
    `R lmtest::bgtest(order = 4, type = "Chisq") (${file})`,
  );
  const godfrey = breuschGodfrey(residuals, X, { order: 4 });
  const godfreyR = at(results, 'acorr_breusch_godfrey_4', 'value');
  rows.push(
    bg.relative('statistic (order 4)', godfrey.statistic, numberAt(godfreyR, 'chi2')),
    bg.relative('p-value (order 4)', godfrey.pValue, numberAt(godfreyR, 'chi2_pvalue')),
  );

  const gretl = at(results, 'gretl_ols', 'value');
  const gretlSource = `gretl, printed to 7 significant digits (${file})`;
  const reset = rowsIn('macrodata RESET', gretlSource);
  for (const [power, key] of [
    [3, 'reset_squares_and_cubes'],
    [2, 'reset_squares_only'],
  ] as const) {
    const result = resetTest(X, y, { power });
    const expected = numberAt(gretl, key, 'F');
    const [df1, df2] = numbersAt(gretl, key, 'df');
    const pValue = numberAt(gretl, key, 'pvalue');
    rows.push(
      reset.relative(
        `F (power ${power})`,
        result.statistic,
        expected,
        printedThreshold(expected, 6),
      ),
      reset.relative(`df1 (power ${power})`, result.df1, df1 as number, 0),
      reset.relative(`df2 (power ${power})`, result.df2, df2 as number, 0),
      reset.relative(
        `p-value (power ${power}), 3 digits`,
        result.pValue,
        pValue,
        printedThreshold(pValue, 5),
      ),
    );
  }
  const dw = rowsIn('macrodata Durbin–Watson', gretlSource);
  const dwExpected = numberAt(gretl, 'durbin_watson');
  rows.push(
    dw.relative('statistic', durbinWatson(residuals), dwExpected, printedThreshold(dwExpected, 6)),
  );

  const lsdiag = at(results, 'influence_lsdiag', 'value');
  const vif = rowsIn('macrodata VIF', `implied by R ls.diag (${file})`);
  const factors = varianceInflationFactors(X);
  // ls.diag's correlation of the estimates, 3 × 3 flattened: entry (1, 2) is corr(b_ggdp, b_lint).
  const estimateCorrelation = numbersAt(lsdiag, 'correlation')[5] as number;
  const fromCorrelation = 1 / (1 - estimateCorrelation ** 2);
  const unscaled = numbersAt(lsdiag, 'cov.unscaled');
  ['ggdp', 'lint'].forEach((name, j) => {
    rows.push(
      rowsIn(vif.group, `1/(1 − r²), r from R ls.diag correlation (${file})`).relative(
        `VIF(${name})`,
        factors[j] as number,
        fromCorrelation,
      ),
      rowsIn(vif.group, `R ls.diag cov.unscaled × Σ(x − x̄)² (${file})`).relative(
        `VIF(${name})`,
        factors[j] as number,
        (unscaled[4 * (j + 1)] as number) *
          centredSumOfSquares(X.map((row) => row[j] ?? Number.NaN)),
      ),
    );
  });
  return rows;
}

function x20Checks(dataDirectory: string): ReferenceCheck[] {
  const file = 'statsmodels_stattools_x20.json';
  const json = readJson(path.join(dataDirectory, file));
  const x = numbersAt(json, 'x');
  const transforms: Record<string, number[]> = {
    x,
    'x^2': x.map((value) => value * value),
    'log(x^2)': x.map((value) => Math.log(value * value)),
    'exp(-x^2)': x.map((value) => Math.exp(-value * value)),
    'x[1:]+0.5*x[:-1]': x.slice(1).map((value, i) => value + 0.5 * (x[i] as number)),
    'x[1:]+0.8*x[:-1]': x.slice(1).map((value, i) => value + 0.8 * (x[i] as number)),
    'x[1:]+0.9*x[:-1]': x.slice(1).map((value, i) => value + 0.9 * (x[i] as number)),
  };
  const vector = (name: string): number[] => {
    const values = transforms[name];
    if (values === undefined) throw new Error(`no transform ${name} of the x20 vector`);
    return values;
  };
  const rows: ReferenceCheck[] = [];
  const jb = rowsIn('x20 Jarque–Bera', `R fBasics::jarqueberaTest (${file})`);
  const jbValues = at(json, 'jarque_bera', 'value') as Record<string, unknown>;
  for (const name of Object.keys(jbValues)) {
    const [statistic, pValue] = numbersAt(jbValues, name);
    const result = jarqueBera(vector(name));
    rows.push(
      jb.relative(`statistic of ${name}`, result.statistic, statistic as number),
      // R prints the p-value of x² as 0: the row then scores the absolute error.
      jb.relative(`p-value of ${name}`, result.pValue, pValue as number),
    );
  }
  const dw = rowsIn('x20 Durbin–Watson', `R car::durbinWatsonTest (${file})`);
  const dwValues = at(json, 'durbin_watson', 'value') as Record<string, unknown>;
  for (const name of Object.keys(dwValues)) {
    rows.push(dw.relative(`DW of ${name}`, durbinWatson(vector(name)), numberAt(dwValues, name)));
  }
  return rows;
}

function longleyChecks(dataDirectory: string): ReferenceCheck[] {
  const file = 'statsmodels_longley.json';
  const json = readJson(path.join(dataDirectory, file));
  const X = matrixAt(json, 'data', 'exog');
  const y = numbersAt(json, 'data', 'TOTEMP');
  const names = at(json, 'data', 'exogNames') as string[];
  const rows: ReferenceCheck[] = [];

  const vifContext = rowsIn('Longley VIF', `R car::vif, printed to 5 decimals (${file})`);
  const vifR = at(json, 'externalNonStatsmodels', 'vif_R_car', 'value');
  const factors = varianceInflationFactors(X);
  names.forEach((name, j) => {
    const expected = numberAt(vifR, name);
    rows.push(
      vifContext.relative(
        `VIF(${name})`,
        factors[j] as number,
        expected,
        printedThreshold(expected, 5),
      ),
    );
  });

  const results = at(json, 'statsmodelsTestResults');
  for (const type of ['HC0', 'HC1', 'HC2', 'HC3'] as CovarianceType[]) {
    const context = rowsIn(
      'Longley HC0–HC3',
      `SAS, printed to 5 decimals, the constant to an integer (${file})`,
    );
    const expected = numbersAt(results, `${type}_se`, 'value');
    // statsmodels' order: the six slopes, then the constant; ours puts the constant first.
    const errors = robustStandardErrors(X, y, { type }).standardErrors;
    const actual = [...errors.slice(1), errors[0] as number];
    expected.forEach((value, j) => {
      const name = j < names.length ? (names[j] as string) : 'const';
      rows.push(
        context.relative(
          `${type} se(${name})`,
          actual[j] as number,
          value,
          printedThreshold(value, j < names.length ? 5 : 0),
        ),
      );
    });
  }
  return rows;
}

export const checkDiagnostics: ReferenceCheckGroup = (dataDirectory) => [
  ...macrodataChecks(dataDirectory),
  ...x20Checks(dataDirectory),
  ...longleyChecks(dataDirectory),
];
