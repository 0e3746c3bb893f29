/**
 * Fit, inference and influence measures against R, gretl and exact values, relative error ≤ 1e-6.
 *
 * - macrodata (statsmodels_macrodata_diagnostics.json): the growth-rate regression
 *   ginv ~ ggdp + lint (n = 202) on which statsmodels validates its influence measures:
 *   R `lm` coefficients, R `ls.diag` (standard errors, s, hat values, standardized and
 *   studentized residuals, Cook's distance, DFFITS), R `influence.measures` (dffit, cook.d,
 *   hat; DFBETAS and COVRATIO are not part of this lab's API) and gretl's OLS summary
 *   (printed to 6–7 significant digits).
 * - Longley (statsmodels_longley.json): every fit, inference and influence value of the
 *   exact rational computation in that file (which agrees with NIST, R, Stata and SAS where
 *   they overlap), Stata's adjusted R², and Stata's regression through the origin.
 *
 * A vector is one row: its worst element, named with its index.
 */
import path from 'node:path';
import {
  confidenceIntervals,
  fitOLS,
  influenceMeasures,
  pressResiduals,
} from '../../solutions/week_01_linear_regression/index';
import { at, coefficientRows, numberAt, numbersAt, readJson, readMacrodata, rowsIn } from './rows';
import type { ReferenceCheck, ReferenceCheckGroup } from './types';

function macrodataChecks(dataDirectory: string): ReferenceCheck[] {
  const { file, json, X, y } = readMacrodata(dataDirectory);
  const fit = fitOLS(X, y);
  const measures = influenceMeasures(X, y);
  const names = ['const', 'ggdp', 'lint'];
  const results = ['results'];

  const lm = rowsIn('macrodata fit', `R lm / ls.diag (${file})`);
  const lsdiag = at(json, ...results, 'influence_lsdiag', 'value');
  const params = numbersAt(json, ...results, 'params', 'value');
  const standardErrors = numbersAt(lsdiag, 'std.err');
  const gretl = at(json, ...results, 'gretl_ols', 'value');
  const gretlContext = rowsIn('macrodata fit', `gretl OLS, 6–7 significant digits (${file})`);
  const fitRows = [
    ...coefficientRows(lm, names, fit, { coefficients: params, standardErrors }),
    lm.relative('sigma', fit.sigma, numberAt(lsdiag, 'std.dev')),
    gretlContext.relative('RSS', fit.rss, numberAt(gretl, 'ssr')),
    gretlContext.relative('R²', fit.rSquared, numberAt(gretl, 'rsquared')),
    gretlContext.relative('adjusted R²', fit.adjustedRSquared, numberAt(gretl, 'rsquared_adj')),
  ];

  const lsdiagContext = rowsIn('macrodata influence', `R ls.diag (${file})`);
  const lsdiagRows = (
    [
      ['hat', measures.leverage],
      ['std.res (internal)', measures.studentizedInternal],
      ['stud.res (external)', measures.studentizedExternal],
      ['cooks', measures.cooksDistance],
      ['dfits', measures.dffits],
    ] as const
  ).map(([name, actual]) =>
    lsdiagContext.worst(name, actual, numbersAt(lsdiag, name.split(' ')[0] as string)),
  );

  const infmat = at(json, ...results, 'influence_measures', 'value');
  const columns = at(infmat, 'columns') as string[];
  const rows = at(infmat, 'rows') as number[][];
  const column = (name: string): number[] => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`influence_measures has no column ${name}`);
    return rows.map((row) => row[index] as number);
  };
  const infmatContext = rowsIn('macrodata influence', `R influence.measures()$infmat (${file})`);
  const infmatRows = [
    infmatContext.worst('dffit', measures.dffits, column('dffit')),
    infmatContext.worst('cook.d', measures.cooksDistance, column('cook.d')),
    infmatContext.worst('hat', measures.leverage, column('hat')),
  ];
  return [...fitRows, ...lsdiagRows, ...infmatRows];
}

function longleyChecks(dataDirectory: string): ReferenceCheck[] {
  const file = 'statsmodels_longley.json';
  const json = readJson(path.join(dataDirectory, file));
  const X = (at(json, 'data', 'exog') as number[][]).map((row) => row.slice());
  const y = numbersAt(json, 'data', 'TOTEMP');
  const exogNames = at(json, 'parameterOrder') as string[];
  // The file lists the constant last (statsmodels' add_constant(prepend=False)); ours is first.
  const constantFirst = (values: readonly number[]): number[] => [
    values[values.length - 1] as number,
    ...values.slice(0, -1),
  ];
  const names = constantFirst(exogNames.map((_, j) => j)).map((j) => exogNames[j] as string);
  const exact = at(json, 'computedHereExact', 'values');
  const fit = fitOLS(X, y);
  const intervals = confidenceIntervals(fit, 0.95);

  const fitContext = rowsIn(
    'Longley fit and inference',
    `exact rational OLS, agreeing with NIST/R/Stata (${file})`,
  );
  const vector = (key: string): number[] => constantFirst(numbersAt(exact, key));
  const exactIntervals = (at(exact, 'conf_int_95') as unknown[]).map((pair) => numbersAt(pair));
  const [lower, upper] = [0, 1].map((side) =>
    constantFirst(exactIntervals.map((pair) => pair[side] as number)),
  ) as [number[], number[]];
  const coefficients = vector('params');
  const standardErrors = vector('bse');
  const fitRows = [
    ...coefficientRows(fitContext, names, fit, { coefficients, standardErrors }),
    fitContext.worst('t', fit.tValues, vector('tvalues')),
    fitContext.worst('p', fit.pValues, vector('pvalues')),
    fitContext.worst(
      '95% CI lower',
      intervals.map((interval) => interval.lower),
      lower,
    ),
    fitContext.worst(
      '95% CI upper',
      intervals.map((interval) => interval.upper),
      upper,
    ),
    fitContext.relative('sigma', fit.sigma, numberAt(exact, 'sigma')),
    fitContext.relative('RSS', fit.rss, numberAt(exact, 'ssr')),
    fitContext.relative('R²', fit.rSquared, numberAt(exact, 'rsquared')),
    fitContext.relative('adjusted R²', fit.adjustedRSquared, numberAt(exact, 'rsquared_adj')),
    rowsIn(fitContext.group, `Stata, 8 digits (${file})`).relative(
      'adjusted R²',
      fit.adjustedRSquared,
      numberAt(json, 'statsmodelsTestResults', 'rsquared_adj', 'value'),
    ),
    fitContext.relative('F', fit.fStatistic, numberAt(exact, 'fvalue')),
    fitContext.relative('p(F)', fit.fPValue, numberAt(exact, 'f_pvalue')),
    fitContext.relative('dfModel', fit.dfModel, numberAt(exact, 'df_model'), 0),
    fitContext.relative('dfResidual', fit.dfResidual, numberAt(exact, 'df_resid'), 0),
    fitContext.relative(
      'condition number',
      fit.conditionNumber,
      numberAt(exact, 'condition_number'),
    ),
  ];

  const influenceContext = rowsIn('Longley influence', `exact rational OLS (${file})`);
  const measures = influenceMeasures(X, y);
  const press = pressResiduals(X, y);
  const influenceRows = [
    ...(
      [
        ['fitted', fit.fitted, 'fittedvalues'],
        ['residuals', fit.residuals, 'resid'],
        ['hat', measures.leverage, 'hat_matrix_diag'],
        ['studentized internal', measures.studentizedInternal, 'resid_studentized_internal'],
        ['studentized external', measures.studentizedExternal, 'resid_studentized_external'],
        ["Cook's distance", measures.cooksDistance, 'cooks_distance'],
        ['DFFITS', measures.dffits, 'dffits'],
        ['PRESS residuals', press.residuals, 'resid_press'],
      ] as const
    ).map(([quantity, actual, key]) =>
      influenceContext.worst(quantity, actual, numbersAt(exact, key)),
    ),
    influenceContext.relative('PRESS', press.statistic, numberAt(exact, 'ess_press')),
  ];

  const rto = at(json, 'regressionThroughOrigin');
  const rtoCheck = at(rto, 'crossCheckVsExact');
  const rtoContext = rowsIn(
    'Longley through the origin',
    `Stata (exact digits from the file's cross-check) (${file})`,
  );
  const origin = fitOLS(X, y, { intercept: false });
  const rtoRows = [
    ...coefficientRows(rtoContext, names.slice(1), origin, {
      coefficients: numbersAt(rtoCheck, 'exact_params'),
      standardErrors: numbersAt(rtoCheck, 'exact_bse'),
    }),
    rtoContext.relative('RSS', origin.rss, numberAt(rtoCheck, 'exact_ssr')),
    rtoContext.relative('R² (uncentered)', origin.rSquared, numberAt(rto, 'rsquared')),
    rtoContext.relative(
      'adjusted R² (uncentered)',
      origin.adjustedRSquared,
      numberAt(rto, 'rsquared_adj'),
    ),
    rtoContext.relative('F (against zero)', origin.fStatistic, numberAt(rto, 'fvalue')),
    rtoContext.relative('dfModel', origin.dfModel, numberAt(rto, 'df_model'), 0),
    rtoContext.relative('dfResidual', origin.dfResidual, numberAt(rto, 'df_resid'), 0),
  ];
  return [...fitRows, ...influenceRows, ...rtoRows];
}

export const checkInfluence: ReferenceCheckGroup = (dataDirectory) => [
  ...macrodataChecks(dataDirectory),
  ...longleyChecks(dataDirectory),
];
