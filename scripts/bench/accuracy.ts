/** Section 1: accuracy on the 11 NIST StRD datasets, as the minimum LRE over coefficients and standard errors. */
import path from 'node:path';
import { logRelativeError, NIST_DATASETS, readNistReference } from '../../helpers/nist';
import { SOLVERS, trySolve } from './solvers';
import { minOf } from '../../helpers/validation';

export interface AccuracyRow {
  readonly dataset: string;
  /** Solver name → minimum LRE over every coefficient and standard error. */
  readonly minimumLre: Record<string, number>;
}

export function measureAccuracy(nistFolder: string): AccuracyRow[] {
  return NIST_DATASETS.map((name) => {
    const dataset = readNistReference(path.join(nistFolder, `${name}.json`));
    const problem = {
      X: dataset.X,
      y: dataset.y,
      intercept: dataset.intercept,
      polynomialDegree: dataset.polynomialDegree,
    };
    const size = dataset.certifiedCoefficients.length;
    const minimumLre = Object.fromEntries(
      Object.entries(SOLVERS).map(([solverName, solver]) => {
        const result = trySolve(solver, problem, size);
        const scores = [
          ...dataset.certifiedCoefficients.map((value, j) =>
            logRelativeError(result.coefficients[j] ?? Number.NaN, value),
          ),
          ...dataset.certifiedStandardErrors.map((value, j) =>
            logRelativeError(result.standardErrors[j] ?? Number.NaN, value),
          ),
        ];
        return [solverName, Math.round(minOf(scores) * 10) / 10];
      }),
    );
    return { dataset: name, minimumLre };
  });
}
