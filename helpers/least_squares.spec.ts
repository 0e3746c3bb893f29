import { describe, expect, it } from 'vitest';
import { expectAllClose, expectClose, expectLabError } from './assertions';
import { RankDeficiencyError } from './errors';
import { fitLeastSquares, fitLeastSquaresAccurate, fitPolynomialAccurate } from './least_squares';
import { singularValues } from './linalg';
import { logRelativeError } from './nist';
import { createRng } from './random';
import { minOf } from './validation';

const SEED = 'helpers-least-squares';

describe('fitLeastSquares: Householder QR with refinement', () => {
  it('recovers an exact line and leaves zero residuals', () => {
    const design = [0, 1, 2, 3, 4].map((x) => [1, x]);
    const fit = fitLeastSquares('test', design, [1, 3, 5, 7, 9]);
    expectAllClose(fit.coefficients, [1, 2], { rtol: 1e-14, atol: 1e-14 });
    expectAllClose(fit.residuals, [0, 0, 0, 0, 0], { rtol: 0, atol: 1e-14 });
  });

  it('matches a hand derivation: y = [1, 2, 2] on x = [0, 1, 2]', () => {
    // XᵀX = [[3, 3], [3, 5]], Xᵀy = [5, 6] → b = [7/6, 1/2]; (XᵀX)⁻¹ = [[5, −3], [−3, 3]]/6;
    // fitted = [7/6, 5/3, 13/6], residuals = [−1/6, 1/3, −1/6], RSS = 1/6; h = [5/6, 1/3, 5/6].
    const fit = fitLeastSquares(
      'test',
      [
        [1, 0],
        [1, 1],
        [1, 2],
      ],
      [1, 2, 2],
    );
    const exact = { rtol: 1e-14, atol: 1e-15 };
    expectAllClose(fit.coefficients, [7 / 6, 1 / 2], exact);
    expectAllClose(fit.residuals, [-1 / 6, 1 / 3, -1 / 6], exact);
    expectClose(fit.rss, 1 / 6, exact);
    expectAllClose(fit.inverseGramDiagonal, [5 / 6, 1 / 2], exact);
    expectAllClose(fit.leverage, [5 / 6, 1 / 3, 5 / 6], exact);
  });

  it('leverage sums to the number of columns on a random design', () => {
    const rng = createRng(SEED);
    const design = Array.from({ length: 30 }, () => [1, rng.normal(), rng.normal(5, 100)]);
    const fit = fitLeastSquares('test', design, rng.normalVector(30));
    expectClose(
      fit.leverage.reduce((s, h) => s + h, 0),
      3,
      { rtol: 1e-12, atol: 0 },
    );
  });

  it('keeps at least 12 digits on a cubic over x = 1 … 20 with an exactly known answer', () => {
    // κ(X) ≈ 1e5 once the columns are scaled; y = 1 − 2x + 3x² − 4x³ is computed exactly (small integers).
    const xs = Array.from({ length: 20 }, (_, i) => 1 + i);
    const design = xs.map((x) => [1, x, x ** 2, x ** 3]);
    const y = xs.map((x) => 1 - 2 * x + 3 * x ** 2 - 4 * x ** 3);
    const fit = fitLeastSquares('test', design, y);
    const digits = fit.coefficients.map((b, j) => logRelativeError(b, [1, -2, 3, -4][j]!));
    expect(minOf(digits)).toBeGreaterThanOrEqual(12);
  });

  it('returns the triangular factor of the unscaled design, with the singular values of X', () => {
    const rng = createRng(SEED);
    const design = Array.from({ length: 25 }, () => [1, rng.normal(0, 1000), rng.normal(3, 0.01)]);
    const fit = fitLeastSquares('test', design, rng.normalVector(25));
    expectAllClose(singularValues(fit.triangularFactor), singularValues(design), {
      rtol: 1e-12,
      atol: 0,
    });
  });

  it('names the dependent column of a rank-deficient design', () => {
    const design = [
      [1, 1, 2],
      [1, 2, 3],
      [1, 3, 4],
      [1, 5, 6],
    ]; // column 2 = column 0 + column 1
    const error = expectLabError(
      () => fitLeastSquares('fitOLS', design, [1, 2, 3, 4]),
      RankDeficiencyError,
      'fitOLS',
    );
    expect((error as RankDeficiencyError).columns).toEqual([2]);
    expectLabError(
      () => fitLeastSquares('fitOLS', [[1, 2, 3]], [1]),
      RankDeficiencyError,
      'fitOLS',
    );
  });

  describe('the accurate path', () => {
    // x = 1000 … 1019, y = 1 − 2x + 3x² − 4x³: every power and every y is an integer below 2^53,
    // so the data are exact and the answer is known. κ of the scaled design is ~1e11.
    const xs = Array.from({ length: 20 }, (_, i) => 1000 + i);
    const truth = [1, -2, 3, -4];
    const y = xs.map((x) => 1 - 2 * x + 3 * x ** 2 - 4 * x ** 3);
    const design = xs.map((x) => [1, x, x ** 2, x ** 3]);
    const digits = (coefficients: readonly number[]): number =>
      minOf(coefficients.map((b, j) => logRelativeError(b, truth[j]!)));

    it('double precision loses most digits on an ill-conditioned cubic that double-double keeps', () => {
      expect(digits(fitLeastSquares('test', design, y).coefficients)).toBeLessThan(6);
      expect(
        digits(fitLeastSquaresAccurate('test', design, y).coefficients),
      ).toBeGreaterThanOrEqual(12);
    });

    it('forms polynomial powers in extended precision and keeps at least 12 digits', () => {
      const fit = fitPolynomialAccurate('test', xs, y, 3, true);
      expect(digits(fit.coefficients)).toBeGreaterThanOrEqual(12);
      expectClose(
        fit.leverage.reduce((s, h) => s + h, 0),
        4,
        { rtol: 1e-12, atol: 0 },
      );
      expect(fitPolynomialAccurate('test', [1, 2, 3], [2, 4, 6], 1, false).coefficients).toEqual([
        2,
      ]);
    });

    it('takes the fast path, with the same answer, on a well-conditioned design', () => {
      const rng = createRng(SEED);
      const rows = Array.from({ length: 40 }, () => [1, rng.normal(), rng.normal()]);
      const targets = rng.normalVector(40);
      expect(fitLeastSquaresAccurate('test', rows, targets)).toEqual(
        fitLeastSquares('test', rows, targets),
      );
    });
  });
});
