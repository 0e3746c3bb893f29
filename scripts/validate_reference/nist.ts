/**
 * NIST StRD linear regression, the usual accuracy check for regression software (McCullough
 * 1998, The American Statistician 52(4)): each of the eleven datasets' coefficients, standard
 * errors, residual SD and R² (uncentered for NoInt1 and NoInt2, as NIST certifies it) against
 * the certified values, by LRE ≥ 6. Wampler1 and Wampler2 fit exactly: their certified standard
 * errors and residual SD are 0, and the LRE falls back to the absolute error there.
 */
import path from 'node:path';
import { NIST_DATASETS, readNistReference } from '../../helpers/nist';
import { fitOLS, fitPolynomial } from '../../solutions/week_01_linear_regression/index';
import { scoredRow, type ReferenceCheck } from './rows';

export const checkNist = (dataDirectory: string): ReferenceCheck[] =>
  NIST_DATASETS.flatMap((name) => {
    const data = readNistReference(path.join(dataDirectory, 'nist', `${name}.json`));
    const options = { intercept: data.intercept };
    // The polynomials (Pontius, Filip, Wampler1–5) through fitPolynomial, which forms the powers.
    const fit =
      data.polynomialDegree > 0
        ? fitPolynomial(
            data.X.map(([x = 0]) => x),
            data.y,
            data.polynomialDegree,
            options,
          )
        : fitOLS(data.X, data.y, options);
    const context = {
      group: `NIST ${name}`,
      source: `NIST StRD certified values (reference/nist/${name}.json)`,
    };
    // NIST numbers the coefficients from B0 with an intercept and from B1 without.
    const label = (j: number): string => `B${data.intercept ? j : j + 1}`;
    const row = (quantity: string, actual: number | undefined, expected: number) =>
      scoredRow(context, quantity, [actual ?? NaN, expected], 'lre', 6);
    return [
      ...data.certifiedCoefficients.map((b, j) => row(label(j), fit.coefficients[j], b)),
      ...data.certifiedStandardErrors.map((se, j) =>
        row(`se(${label(j)})`, fit.standardErrors[j], se),
      ),
      row('residual SD', fit.sigma, data.certifiedResidualSd),
      row(data.intercept ? 'R²' : 'R² (uncentered)', fit.rSquared, data.certifiedRSquared),
    ];
  });
