// Fit, inference and influence measures against R, gretl, Stata and exact values.
import {
  confidenceIntervals,
  fitOLS,
  influenceMeasures,
  pressResiduals,
} from '../../solutions/week_01_linear_regression/index';
import { at, numberAt, numbersAt, readLongley, readMacrodata, rowsIn } from './rows';
import { coefficientRows } from './rows';

function macrodataChecks(dataDirectory: string) {
  const { file, json, X, y } = readMacrodata(dataDirectory);
  const fit = fitOLS(X, y);
  const measures = influenceMeasures(X, y);
  const lsdiag = at(json, 'results', 'influence_lsdiag', 'value');
  const infmat = at(json, 'results', 'influence_measures', 'value');
  const columns = at(infmat, 'columns') as string[];
  const column = (name: string): number[] => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`influence_measures has no column ${name}`);
    return (at(infmat, 'rows') as number[][]).map((row) => row[index]!);
  };
  const lm = rowsIn('macrodata fit', `R lm / ls.diag (${file})`, lsdiag);
  const gretl = at(json, 'results', 'gretl_ols', 'value');
  const params = numbersAt(json, 'results', 'params', 'value');
  return [
    ...lm.each([
      ...coefficientRows(['const', 'ggdp', 'lint'], fit, params, numbersAt(lsdiag, 'std.err')),
      ['sigma', fit.sigma, 'std.dev'],
    ]),
    ...rowsIn('macrodata fit', `gretl OLS, 6–7 significant digits (${file})`, gretl).each([
      ['RSS', fit.rss, 'ssr'],
      ['R²', fit.rSquared, 'rsquared'],
      ['adjusted R²', fit.adjustedRSquared, 'rsquared_adj'],
    ]),
    ...rowsIn('macrodata influence', `R ls.diag (${file})`, lsdiag).each([
      ['hat', measures.leverage, 'hat'],
      ['std.res (internal)', measures.studentizedInternal, 'std.res'],
      ['stud.res (external)', measures.studentizedExternal, 'stud.res'],
      ['cooks', measures.cooksDistance, 'cooks'],
      ['dfits', measures.dffits, 'dfits'],
    ]),
    ...rowsIn('macrodata influence', `R influence.measures()$infmat (${file})`).each([
      ['dffit', measures.dffits, column('dffit')],
      ['cook.d', measures.cooksDistance, column('cook.d')],
      ['hat', measures.leverage, column('hat')],
    ]),
  ];
}

function longleyChecks(dataDirectory: string) {
  const { file, json, X, y } = readLongley(dataDirectory);
  // The file lists the constant last (statsmodels' add_constant(prepend=False)); ours is first.
  const constantFirst = <T>(list: readonly T[]): T[] => [list.at(-1) as T, ...list.slice(0, -1)];
  const names = constantFirst(at(json, 'parameterOrder') as string[]);
  const exact = at(json, 'computedHereExact', 'values');
  const vector = (key: string): number[] => constantFirst(numbersAt(exact, key));
  const fit = fitOLS(X, y);
  const intervals = confidenceIntervals(fit, 0.95);
  const exactIntervals = (at(exact, 'conf_int_95') as unknown[]).map((pair) => numbersAt(pair));
  const bound = (side: number) => constantFirst(exactIntervals.map((pair) => pair[side]!));
  const fitSource = `exact rational OLS, agreeing with NIST/R/Stata (${file})`;
  const fitRows = rowsIn('Longley fit and inference', fitSource, exact);
  const stata = numberAt(json, 'statsmodelsTestResults', 'rsquared_adj', 'value');
  const measures = influenceMeasures(X, y);
  const press = pressResiduals(X, y);
  const rto = at(json, 'regressionThroughOrigin');
  const rtoCheck = at(rto, 'crossCheckVsExact');
  const rtoSource = `Stata (exact digits from the file's cross-check) (${file})`;
  const rtoRows = rowsIn('Longley through the origin', rtoSource, rto);
  const origin = fitOLS(X, y, { intercept: false });
  const rtoParams = numbersAt(rtoCheck, 'exact_params');
  return [
    ...fitRows.each([
      ...coefficientRows(names, fit, vector('params'), vector('bse')),
      ['t', fit.tValues, vector('tvalues')],
      ['p', fit.pValues, vector('pvalues')],
      ['95% CI lower', intervals.map((interval) => interval.lower), bound(0)],
      ['95% CI upper', intervals.map((interval) => interval.upper), bound(1)],
      ['sigma', fit.sigma, 'sigma'],
      ['RSS', fit.rss, 'ssr'],
      ['R²', fit.rSquared, 'rsquared'],
      ['adjusted R²', fit.adjustedRSquared, 'rsquared_adj'],
    ]),
    ...rowsIn('Longley fit and inference', `Stata, 8 digits (${file})`).each([
      ['adjusted R²', fit.adjustedRSquared, stata],
    ]),
    ...fitRows.each([
      ['F', fit.fStatistic, 'fvalue'],
      ['p(F)', fit.fPValue, 'f_pvalue'],
      ['dfModel', fit.dfModel, 'df_model', 0],
      ['dfResidual', fit.dfResidual, 'df_resid', 0],
      ['condition number', fit.conditionNumber, 'condition_number'],
    ]),
    ...rowsIn('Longley influence', `exact rational OLS (${file})`, exact).each([
      ['fitted', fit.fitted, 'fittedvalues'],
      ['residuals', fit.residuals, 'resid'],
      ['hat', measures.leverage, 'hat_matrix_diag'],
      ['studentized internal', measures.studentizedInternal, 'resid_studentized_internal'],
      ['studentized external', measures.studentizedExternal, 'resid_studentized_external'],
      ["Cook's distance", measures.cooksDistance, 'cooks_distance'],
      ['DFFITS', measures.dffits, 'dffits'],
      ['PRESS residuals', press.residuals, 'resid_press'],
      ['PRESS', press.statistic, 'ess_press'],
    ]),
    ...rtoRows.each([
      ...coefficientRows(names.slice(1), origin, rtoParams, numbersAt(rtoCheck, 'exact_bse')),
      ['RSS', origin.rss, numberAt(rtoCheck, 'exact_ssr')],
      ['R² (uncentered)', origin.rSquared, 'rsquared'],
      ['adjusted R² (uncentered)', origin.adjustedRSquared, 'rsquared_adj'],
      ['F (against zero)', origin.fStatistic, 'fvalue'],
      ['dfModel', origin.dfModel, 'df_model', 0],
      ['dfResidual', origin.dfResidual, 'df_resid', 0],
    ]),
  ];
}

export const checkInfluence = (dataDirectory: string) => [
  ...macrodataChecks(dataDirectory),
  ...longleyChecks(dataDirectory),
];
