/**
 * NIST StRD linear regression: the eleven certified datasets, scored by log relative error
 * (LRE, digits of agreement) against NIST's 15-digit certified values, threshold 6. The usual
 * accuracy check for regression software (McCullough 1998, "Assessing the reliability of
 * statistical software", The American Statistician 52(4)).
 *
 * Each dataset checks its coefficients, their standard errors, the residual standard deviation
 * and R² (uncentered for NoInt1 and NoInt2, as NIST certifies it). Wampler1 and Wampler2 fit
 * exactly: their certified standard errors and residual SD are 0, and the LRE falls back to
 * the absolute error there. Norris, NoInt1, NoInt2 and Longley go through `fitOLS`; the
 * polynomials (Pontius, Filip, Wampler1–5) through `fitPolynomial`, which forms the powers.
 */
import path from 'node:path';
import { NIST_DATASETS, readNistReference } from '../../helpers/nist';
import { fitOLS, fitPolynomial } from '../../solutions/week_01_linear_regression/index';
import { lreRow, type RowContext } from './rows';
import type { ReferenceCheck, ReferenceCheckGroup } from './types';

export const NIST_LRE_THRESHOLD = 6;

export const checkNist: ReferenceCheckGroup = (dataDirectory) =>
  NIST_DATASETS.flatMap((name): ReferenceCheck[] => {
    const data = readNistReference(path.join(dataDirectory, 'nist', `${name}.json`));
    const options = { intercept: data.intercept };
    const fit =
      data.polynomialDegree > 0
        ? fitPolynomial(
            data.X.map((row) => row[0] as number),
            data.y,
            data.polynomialDegree,
            options,
          )
        : fitOLS(data.X, data.y, options);
    const context: RowContext = {
      group: `NIST ${name}`,
      source: `NIST StRD certified values (reference/nist/${name}.json)`,
    };
    // NIST numbers the coefficients from B0 with an intercept and from B1 without.
    const label = (j: number): string => `B${data.intercept ? j : j + 1}`;
    const row = (quantity: string, actual: number | undefined, expected: number): ReferenceCheck =>
      lreRow(context, quantity, actual ?? Number.NaN, expected, NIST_LRE_THRESHOLD);
    return [
      ...data.certifiedCoefficients.map((certified, j) =>
        row(label(j), fit.coefficients[j], certified),
      ),
      ...data.certifiedStandardErrors.map((certified, j) =>
        row(`se(${label(j)})`, fit.standardErrors[j], certified),
      ),
      row('residual SD', fit.sigma, data.certifiedResidualSd),
      row(data.intercept ? 'R²' : 'R² (uncentered)', fit.rSquared, data.certifiedRSquared),
    ];
  });
