/**
 * Spec for kata 01.05 — Gradient descent.
 * Theory: theory/week_01_linear_regression.md#gradient-descent
 * Assumptions checked: A3 (full column rank makes XᵀX positive definite: one minimum, which
 * the descent reaches below 2/λmax).
 */
import { AssertionError } from 'node:assert';
import { describe, expect, it } from 'vitest';
import { expectAllClose, expectClose, expectLabError } from '../../helpers/assertions';
import {
  ConvergenceError,
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  ShapeMismatchError,
} from '../../helpers/errors';
import { fitLeastSquares } from '../../helpers/least_squares';
import { createRng } from '../../helpers/random';
import { gradientDescent, maxStableLearningRate } from './05_gradient_descent';

const SEED = 'kata-01.05';
const EXACT = { rtol: 1e-12, atol: 1e-12 };
const THEORY = 'theory: #gradient-descent';

// A design whose Hessian is known by hand. With the intercept column, 1, x1 = 2·(1, −1, 1, −1)
// and x2 = (1, 1, −1, −1) are orthogonal, so XᵀX/n = diag(1, 4, 1): λmax = 4 and the largest
// stable step is 2/4 = 0.5. y = 1 + 2·x1 − 3·x2 + (1, −1, −1, 1), the last vector orthogonal to
// all three columns, so the least-squares answer is exactly [1, 2, −3].
const ORTHOGONAL_X = [
  [2, 1],
  [-2, 1],
  [2, -1],
  [-2, -1],
];
const ORTHOGONAL_Y = [1 + 4 - 3 + 1, 1 - 4 - 3 - 1, 1 + 4 + 3 - 1, 1 - 4 + 3 + 1];

/**
 * Runs a walk that must converge; a ConvergenceError becomes a failed assertion that says
 * what to suspect first (the step was within the limit, so the walk itself is wrong).
 */
function mustConverge<T>(walk: () => T, hint: string): T {
  try {
    return walk();
  } catch (error) {
    if (!(error instanceof ConvergenceError)) throw error;
    throw new AssertionError({ message: `${hint}\n${error.message}` });
  }
}

describe('kata 01.05 gradient descent', () => {
  const rng = createRng(SEED);
  // Raw features as they often arrive: uncentred, on different scales. n = 40.
  const raw = Array.from({ length: 40 }, () => [rng.normal(10, 3), rng.normal(0, 1)]);
  const y = raw.map((row) => 1 + 0.5 * row[0]! - 2 * row[1]! + rng.normal(0, 0.5));
  // Standardised with the statistics of these rows (population sd), written out here.
  const standardized = (() => {
    const n = raw.length;
    const means = [0, 1].map((j) => raw.reduce((sum, row) => sum + row[j]!, 0) / n);
    const sds = [0, 1].map((j) =>
      Math.sqrt(raw.reduce((sum, row) => sum + (row[j]! - means[j]!) ** 2, 0) / n),
    );
    return raw.map((row) => row.map((v, j) => (v - means[j]!) / sds[j]!));
  })();

  describe('definition', () => {
    it('on a one-parameter bowl the walk, its loss history and its stopping step match a hand derivation', () => {
      // x = ±1, y = 3x, no intercept: g_k = b_k − 3 and η = 0.5 halve the error each step, so
      // b_k = 3(1 − 2^−k), ‖g_k‖/‖g_0‖ = 2^−k, L_k = ½(3 − b_k)² = 4.5·4^−k. With tolerance 1e-3
      // the first k with 2^−k ≤ 1e-3 is 10.
      const result = mustConverge(
        () =>
          gradientDescent([[1], [-1], [1], [-1]], [3, -3, 3, -3], {
            learningRate: 0.5,
            tolerance: 1e-3,
            intercept: false,
          }),
        `η = 0.5 is a quarter of the limit 2/λmax = 2 here, yet the walk did not converge: looks like the gradient sums over rows instead of averaging, ∇L = Xᵀ(Xb − y)/n (or steps uphill) (${THEORY})`,
      );
      expect(
        result.iterations,
        'stop at the first k with ‖g_k‖ ≤ tolerance·‖g_0‖, tested before each update; iterations counts the updates',
      ).toBe(10);
      expectAllClose(result.coefficients, [3 * (1 - 2 ** -10)], {
        ...EXACT,
        hint: `halving bowl: after 10 updates b = 3(1 − 2^−10); another value means a different step count or a gradient without the 1/n (${THEORY})`,
      });
      expectAllClose(
        result.lossHistory,
        Array.from({ length: 11 }, (_, k) => 4.5 * 4 ** -k),
        { ...EXACT, hint: 'the loss is ½·mean((Xb − y)²), recorded at b_0 … b_iterations' },
      );
      expectClose(result.gradientNorm, 3 * 2 ** -10, {
        ...EXACT,
        hint: `halving bowl: gradientNorm is ‖g‖ at the returned b, 3·2^−10; the norm before the last update would be twice that (${THEORY})`,
      });
    });

    it('with an intercept, the constant column is prepended and its coefficient reported first', () => {
      const result = mustConverge(
        () =>
          gradientDescent(ORTHOGONAL_X, ORTHOGONAL_Y, {
            learningRate: 0.4,
            tolerance: 1e-12,
          }),
        `η = 0.4 is below the limit 2/λmax = 0.5 of XᵀX/n here, yet the walk did not converge: looks like the gradient sums over rows instead of averaging (${THEORY})`,
      );
      expectAllClose(result.coefficients, [1, 2, -3], {
        rtol: 1e-10,
        atol: 1e-10,
        hint: `orthogonal design: coefficients are [intercept 1, 2, −3], intercept first; [2, −3, 1] would put it last (${THEORY})`,
      });
      // Started at the answer, the gradient is exactly zero: converged with no update.
      const atAnswer = gradientDescent(ORTHOGONAL_X, ORTHOGONAL_Y, {
        learningRate: 0.4,
        initialCoefficients: [1, 2, -3],
      });
      expect(
        atAnswer.iterations,
        `started at the answer [1, 2, −3] the gradient is zero: 0 updates expected; the stopping test must run before the first update (${THEORY})`,
      ).toBe(0);
      expect(
        atAnswer.lossHistory,
        `started at the answer: lossHistory holds L_0 only, length iterations + 1 = 1 (${THEORY})`,
      ).toHaveLength(1);
    });

    it('the largest stable learning rate is 2/λmax of XᵀX/n, intercept column included', () => {
      // Orthogonal design above: λmax = 4 → 0.5. Features [[1], [3]]: with the intercept
      // XᵀX/n = [[1, 2], [2, 5]], λmax = 3 + 2√2 → 2/(3 + 2√2); without it XᵀX/n = 5 → 0.4.
      expectClose(maxStableLearningRate(ORTHOGONAL_X), 0.5, {
        ...EXACT,
        hint: `λmax(XᵀX/n) = 4 gives 2/4 = 0.5; 0.125 = 2/16 means λmax was taken of XᵀX, without the 1/n of the mean loss (${THEORY})`,
      });
      expectClose(maxStableLearningRate([[1], [3]]), 2 / (3 + 2 * Math.SQRT2), {
        ...EXACT,
        hint: 'looks like the intercept column was left out of XᵀX/n; the walk updates the intercept too',
      });
      expectClose(maxStableLearningRate([[1], [3]], { intercept: false }), 0.4, {
        ...EXACT,
        hint: `features [[1], [3]] with intercept: false: XᵀX/n = 5 gives 2/5 = 0.4; 2/(3 + 2√2) means the constant column was added anyway (${THEORY})`,
      });
    });
  });

  describe('properties', () => {
    it('it agrees with the closed-form least-squares solution', () => {
      // Reference: helpers/least_squares.ts (Householder QR). Tolerance 1e-12 on the gradient
      // with κ(H) ≈ 1.4 bounds the coefficient error near 1e-12 relative.
      const reference = fitLeastSquares(
        'spec',
        standardized.map((row) => [1, ...row]),
        y,
      ).coefficients;
      const result = gradientDescent(standardized, y, {
        learningRate: maxStableLearningRate(standardized) / 2,
        tolerance: 1e-12,
      });
      expectAllClose(result.coefficients, reference, {
        rtol: 1e-9,
        atol: 1e-10,
        hint: `standardised features, tolerance 1e-12: the walk must reach the QR least-squares coefficients, intercept first (${THEORY})`,
      });
    });

    it('below 2/λmax the loss never rises', () => {
      const result = gradientDescent(raw, y, {
        learningRate: 0.9 * maxStableLearningRate(raw),
        tolerance: 1e-6,
      });
      const start = result.lossHistory[0]!;
      // The largest rise between consecutive losses, allowing 1e-12 of the starting loss for rounding.
      const largestRise = Math.max(
        ...result.lossHistory.slice(1).map((loss, k) => loss - result.lossHistory[k]!),
      );
      expect(
        result.iterations,
        `raw features at 0.9·2/λmax: the walk should need over 100 updates; fewer means it stopped early (stopping test or tolerance not relative to ‖g_0‖) (${THEORY})`,
      ).toBeGreaterThan(100);
      expect(
        largestRise,
        `raw features at 0.9·2/λmax: the loss must never rise between steps; a rise means the step exceeds the limit (gradient summed, not averaged) or the history is not the loss at each b_k (${THEORY})`,
      ).toBeLessThanOrEqual(1e-12 * start);
    });
  });

  describe('defaults, starting points and inputs', () => {
    it('the default tolerance is 1e-8: on the halving bowl the walk stops after 27 updates', () => {
      // x = ±1, y = 3x, no intercept, η = 0.5: ‖g_k‖/‖g_0‖ = 2^−k, and 2^−27 ≈ 7.5e-9 ≤ 1e-8 <
      // 2^−26 ≈ 1.5e-8 (hand derivation).
      const result = gradientDescent([[1], [-1], [1], [-1]], [3, -3, 3, -3], {
        learningRate: 0.5,
        intercept: false,
      });
      expect(
        result.iterations,
        `with no tolerance given the walk stops at ‖g_k‖ ≤ 1e-8·‖g_0‖, which is k = 27 here; ${result.iterations} updates suggests another default (theory: #gradient-descent)`,
      ).toBe(27);
      expectAllClose(result.coefficients, [3 * (1 - 2 ** -27)], {
        ...EXACT,
        hint: `default tolerance on the halving bowl: b = 3(1 − 2^−27) after 27 updates; another value suggests another default tolerance (${THEORY})`,
      });
    });

    it('the default iteration limit is 100 000: a walk that needs millions of updates stops at exactly 100 000', () => {
      // η = 1e-6 on the halving bowl's data contracts the error by 1 − 1e-6 per step: reaching
      // 1e-8 would take 1.8·10⁷ updates, so only the limit ends it (about 0.3 s of the spec's time).
      const error = expectLabError(
        () => gradientDescent([[1], [-1]], [3, -3], { learningRate: 1e-6, intercept: false }),
        ConvergenceError,
        'gradientDescent',
      ) as ConvergenceError;
      expect(
        error.iterations,
        'by default the walk gives up after maxIterations = 100 000 updates (theory: #gradient-descent)',
      ).toBe(100_000);
    });

    it('from a nonzero start on four standardised features it reaches the closed form, and the start is left unchanged', () => {
      // p = 5 with the intercept; the start is intercept first. The reference is Householder QR
      // (helpers/least_squares.ts); L_0 is computed here from the start.
      const rng = createRng(`${SEED}-four`);
      const features = Array.from({ length: 30 }, () => rng.normalVector(4));
      const target = features.map(
        (row) =>
          0.5 + row.reduce((acc, v, j) => acc + v * [1, -2, 0.5, 3][j]!, 0) + rng.normal(0, 0.3),
      );
      const start = [2, -1, 0.5, 4, -3];
      const startCopy = [...start];
      const reference = fitLeastSquares(
        'spec',
        features.map((row) => [1, ...row]),
        target,
      ).coefficients;
      const result = gradientDescent(features, target, {
        learningRate: maxStableLearningRate(features) / 2,
        tolerance: 1e-12,
        initialCoefficients: start,
      });
      expect(
        start,
        'initialCoefficients was changed in place: the walk must update its own copy (theory: #gradient-descent)',
      ).toEqual(startCopy);
      expectAllClose(result.coefficients, reference, {
        rtol: 1e-8,
        atol: 1e-9,
        hint: `nonzero start, four features: the walk must still reach the QR least-squares coefficients, intercept first (${THEORY})`,
      });
      const startLoss =
        target.reduce((acc, yi, i) => {
          const row = features[i]!;
          const fitted = start[0]! + row.reduce((sum, v, j) => sum + v * start[j + 1]!, 0);
          return acc + (fitted - yi) ** 2;
        }, 0) /
        (2 * target.length);
      expectClose(result.lossHistory[0]!, startLoss, {
        ...EXACT,
        hint: 'L_0 is the loss at initialCoefficients, intercept first (theory: #gradient-descent)',
      });
      // The returned coefficients are not the caller's array either.
      expect(
        result.coefficients,
        `the returned coefficients must be a new array, not the caller's initialCoefficients (${THEORY})`,
      ).not.toBe(start);
    });

    it('X and y are left unchanged', () => {
      const X = ORTHOGONAL_X.map((row) => [...row]);
      const y = [...ORTHOGONAL_Y];
      gradientDescent(X, y, { learningRate: 0.4 });
      maxStableLearningRate(X);
      expect(X, 'X was changed in place (theory: #gradient-descent)').toEqual(ORTHOGONAL_X);
      expect(y, 'y was changed in place (theory: #gradient-descent)').toEqual(ORTHOGONAL_Y);
    });
  });

  describe('diagnostics', () => {
    it('converges just below 2/λmax and diverges just above it', () => {
      // λmax = 4 by construction: 0.95·0.5 contracts the steepest direction by |1 − 1.9| = 0.9
      // per step, 1.05·0.5 stretches it by |1 − 2.1| = 1.1.
      const hint = `looks like the gradient sums over rows, or differentiates the MSE without its ½: the step limit 2/λmax is for the gradient Xᵀ(Xb − y)/n (${THEORY})`;
      let below;
      try {
        below = gradientDescent(ORTHOGONAL_X, ORTHOGONAL_Y, {
          learningRate: 0.475,
          tolerance: 1e-10,
        });
      } catch (error) {
        if (!(error instanceof ConvergenceError)) throw error;
        throw new AssertionError({ message: `${hint}\n${error.message}` });
      }
      expectAllClose(below.coefficients, [1, 2, -3], { rtol: 1e-8, atol: 1e-8, hint });
      const error = expectLabError(
        () =>
          gradientDescent(ORTHOGONAL_X, ORTHOGONAL_Y, {
            learningRate: 0.525,
            maxIterations: 10_000,
          }),
        ConvergenceError,
        'gradientDescent',
      ) as ConvergenceError;
      // The loss passes its starting value within a few steps (8·1.21^k > 13.5 at k = 3):
      // divergence is detected, not waited out until maxIterations.
      expect(
        error.iterations,
        `η = 0.525 above the limit 0.5: divergence (loss above L_0) must be detected within a few steps, not waited out until maxIterations (${THEORY})`,
      ).toBeLessThan(100);
    });

    it('standardised features converge in far fewer iterations than raw ones (measured)', () => {
      // Each run at half its own largest stable step, η = 1/λmax, tolerance 1e-8. Iterations grow
      // like κ(H)·ln(1/tol): raw features with a mean of 10 give κ(H) ≈ 1.8·10³ and need 19 823
      // updates; standardised ones give κ(H) ≈ 1.4 and need 14 (measured, reference solution).
      const options = (X: number[][]) => ({
        learningRate: maxStableLearningRate(X) / 2,
        tolerance: 1e-8,
      });
      const slow = gradientDescent(raw, y, options(raw));
      const fast = gradientDescent(standardized, y, options(standardized));
      expect(
        fast.iterations,
        `standardised features (κ ≈ 1.4) at η = 1/λmax: about 14 updates expected, under 50 (${THEORY})`,
      ).toBeLessThan(50);
      expect(
        slow.iterations,
        `raw features (κ ≈ 1.8·10³) at η = 1/λmax: about 19 823 updates expected, over 1000; fewer means the walk stopped early (${THEORY})`,
      ).toBeGreaterThan(1000);
      expect(
        slow.iterations,
        `raw features should need over 100 times the updates of standardised ones (iterations grow like κ(H)) (${THEORY})`,
      ).toBeGreaterThan(100 * fast.iterations);
      // Same model, different coordinates: the fitted values agree.
      const fitted = (X: number[][], b: number[]) =>
        X.map((row) => b[0]! + row.reduce((sum, v, j) => sum + v * b[j + 1]!, 0));
      expectAllClose(fitted(raw, slow.coefficients), fitted(standardized, fast.coefficients), {
        rtol: 1e-5,
        atol: 1e-6,
        hint: `raw and standardised walks fit the same model: their fitted values must agree (${THEORY})`,
      });
    });

    it('exactly at 2/λmax the steepest direction oscillates forever: neither converged nor diverged', () => {
      // x = ±1, y = 3x, no intercept: λmax = 1 and η = 2 sends b from 0 to 6 and back, so the
      // loss stays at L_0 = 4.5 and the gradient at 3. Only the iteration limit ends the walk.
      const error = expectLabError(
        () =>
          gradientDescent([[1], [-1], [1], [-1]], [3, -3, 3, -3], {
            learningRate: 2,
            intercept: false,
            maxIterations: 20,
          }),
        ConvergenceError,
        'gradientDescent',
      ) as ConvergenceError;
      expect(
        error.iterations,
        'a loss that returns to L_0 has not risen: divergence means a loss above L_0 (or not finite)',
      ).toBe(20);
    });

    it('running out of iterations is a ConvergenceError, not a silent answer', () => {
      const error = expectLabError(
        () =>
          gradientDescent(raw, y, {
            learningRate: maxStableLearningRate(raw) / 2,
            maxIterations: 100,
          }),
        ConvergenceError,
        'gradientDescent',
      ) as ConvergenceError;
      expect(
        error.iterations,
        `maxIterations = 100 ran out: ConvergenceError.iterations must report the 100 updates made (${THEORY})`,
      ).toBe(100);
    });
  });

  describe('errors', () => {
    it('empty, ragged, mismatched or non-finite data throw typed errors naming the function', () => {
      const options = { learningRate: 0.1 };
      expectLabError(() => gradientDescent([], [], options), EmptyInputError, 'gradientDescent');
      expectLabError(
        () => gradientDescent([[1], [2]], [], options),
        EmptyInputError,
        'gradientDescent',
      );
      expectLabError(
        () => gradientDescent([[1], [2, 3]], [1, 2], options),
        ShapeMismatchError,
        'gradientDescent',
      );
      expectLabError(
        () => gradientDescent([[1], [2]], [1, 2, 3], options),
        ShapeMismatchError,
        'gradientDescent',
      );
      expectLabError(
        () => gradientDescent([[1], [Number.NaN]], [1, 2], options),
        NonFiniteValueError,
        'gradientDescent',
      );
      expectLabError(() => maxStableLearningRate([]), EmptyInputError, 'maxStableLearningRate');
      expectLabError(
        () => maxStableLearningRate([[1], [Number.POSITIVE_INFINITY]]),
        NonFiniteValueError,
        'maxStableLearningRate',
      );
      // An all-zero design has λmax = 0: every step is "stable" and none makes progress.
      expectLabError(
        () => maxStableLearningRate([[0], [0]], { intercept: false }),
        InvalidArgumentError,
        'maxStableLearningRate',
      );
    });

    it('a learning rate, tolerance, iteration limit or start outside its domain throws InvalidArgumentError', () => {
      const run = (options: Record<string, unknown>) => () =>
        gradientDescent(ORTHOGONAL_X, ORTHOGONAL_Y, { learningRate: 0.1, ...options });
      for (const learningRate of [0, -0.1, Number.NaN, Number.POSITIVE_INFINITY]) {
        expectLabError(run({ learningRate }), InvalidArgumentError, 'gradientDescent');
      }
      expectLabError(run({ tolerance: 0 }), InvalidArgumentError, 'gradientDescent');
      expectLabError(run({ maxIterations: 0 }), InvalidArgumentError, 'gradientDescent');
      expectLabError(run({ maxIterations: 2.5 }), InvalidArgumentError, 'gradientDescent');
      // One update is a valid limit: η = 1 on x = ±1, y = 3x reaches b = 3 in exactly one step.
      const single = gradientDescent([[1], [-1]], [3, -3], {
        learningRate: 1,
        intercept: false,
        maxIterations: 1,
      });
      expect(
        single.iterations,
        `maxIterations = 1, η = 1 on x = ±1, y = 3x: one update reaches b = 3 and that is a valid stop, iterations 1 (${THEORY})`,
      ).toBe(1);
      expectAllClose(single.coefficients, [3], {
        ...EXACT,
        hint: `maxIterations = 1, η = 1 on x = ±1, y = 3x: one update gives b = 3 exactly (${THEORY})`,
      });
      // Three coefficients with the intercept; two is the features alone.
      expectLabError(run({ initialCoefficients: [0, 0] }), InvalidArgumentError, 'gradientDescent');
      // A start longer than the design is refused, not cut.
      expectLabError(
        run({ initialCoefficients: [0, 0, 0, 0] }),
        InvalidArgumentError,
        'gradientDescent',
      );
    });
  });
});
