// NIST StRD, the usual accuracy check for regression software (McCullough 1998), by LRE ≥ 6.
import path from 'node:path';
import { NIST_DATASETS, readNistReference } from '../../helpers/nist';
import { fitOLS, fitPolynomial } from '../../solutions/week_01_linear_regression/index';
import { scoredRow, type ReferenceCheck } from './rows';

/** X without the constant column; a one-variable polynomial gives its degree. */
export type Problem = { X: number[][]; y: number[]; intercept: boolean; polynomialDegree?: number };

/** The lab's fit of a problem (bench's too): a polynomial in its one variable, or OLS. */
export const fitLab = ({ X, y, intercept, polynomialDegree = 0 }: Problem) =>
  polynomialDegree > 0
    ? fitPolynomial(X.flat(), y, polynomialDegree, { intercept })
    : fitOLS(X, y, { intercept });

export const checkNist = (dataDirectory: string): ReferenceCheck[] =>
  NIST_DATASETS.flatMap((name) => {
    const data = readNistReference(path.join(dataDirectory, 'nist', `${name}.json`));
    const fit = fitLab(data);
    const source = `NIST StRD certified values (reference/nist/${name}.json)`;
    const context = { group: `NIST ${name}`, source };
    // NIST numbers the coefficients from B0 with an intercept and from B1 without.
    const label = (j: number): string => `B${data.intercept ? j : j + 1}`;
    const row = (quantity: string, actual: number | undefined, expected: number) =>
      scoredRow(context, quantity, actual ?? NaN, expected, 'lre', 6);
    return [
      ...data.certifiedCoefficients.map((b, j) => row(label(j), fit.coefficients[j], b)),
      ...data.certifiedStandardErrors.map((se, j) =>
        row(`se(${label(j)})`, fit.standardErrors[j], se),
      ),
      row('residual SD', fit.sigma, data.certifiedResidualSd),
      row(data.intercept ? 'R²' : 'R² (uncentered)', fit.rSquared, data.certifiedRSquared),
    ];
  });
