/**
 * Spec for kata 01.01 — Baselines and metrics.
 * Theory: theory/week_01_linear_regression.md#baselines-and-metrics
 * Claims checked: C1.1 (a model that does not beat its baseline on held-out data is rejected).
 */
import { describe, expect, it } from 'vitest';
import { expectAllClose, expectClose, expectLabError } from '../../helpers/assertions';
import { EmptyInputError, NonFiniteValueError, ShapeMismatchError } from '../../helpers/errors';
import { createRng } from '../../helpers/random';
import {
  compareWithBaseline,
  fitMeanBaseline,
  fitMedianBaseline,
  meanAbsoluteError,
  meanSquaredError,
  rootMeanSquaredError,
  rSquared,
} from './01_baselines_and_metrics';

const SEED = 'kata-01.01';
const EXACT = { rtol: 1e-12, atol: 1e-12 };
// scikit-learn's documented examples for mean_squared_error, mean_absolute_error and r2_score.
const SKLEARN_TRUE = [3, -0.5, 2, 7];
const SKLEARN_PRED = [2.5, 0, 2, 8];

describe('kata 01.01 baselines and metrics', () => {
  describe('definition', () => {
    it('the mean baseline predicts the training mean for every row it is asked about', () => {
      const model = fitMeanBaseline([1, 2, 3, 10]);
      expectClose(model.value, 4, EXACT);
      expectAllClose(model.predict([[7], [8], [9]]), [4, 4, 4], EXACT);
    });

    it('the median baseline sorts the targets and averages the two middle values for an even count', () => {
      expectClose(fitMedianBaseline([10, 1, 3, 2]).value, 2.5, {
        ...EXACT,
        hint: 'the median of [10, 1, 3, 2] is (2 + 3) / 2: sort first, then average the two middle values',
      });
      expectClose(fitMedianBaseline([5, 1, 3]).value, 3, EXACT);
      expect(fitMedianBaseline([5, 1, 3]).predict([[0], [0]])).toHaveLength(2);
    });

    it('MSE, RMSE and MAE match scikit-learn on its documented example', () => {
      expectClose(meanSquaredError(SKLEARN_TRUE, SKLEARN_PRED), 0.375, EXACT);
      expectClose(rootMeanSquaredError(SKLEARN_TRUE, SKLEARN_PRED), Math.sqrt(0.375), EXACT);
      expectClose(meanAbsoluteError(SKLEARN_TRUE, SKLEARN_PRED), 0.5, EXACT);
    });

    it('R² matches scikit-learn r2_score on its documented example', () => {
      // Against the predictions' mean 3.125 (for a baseline: the training mean) instead of the
      // scored targets' mean 2.875, the same RSS = 1.5 over 29.4375 would give 0.9490445859872612.
      const actual = rSquared(SKLEARN_TRUE, SKLEARN_PRED);
      expectClose(actual, 0.9486081370449679, {
        ...EXACT,
        hint:
          Math.abs(actual - 0.9490445859872612) < 1e-12
            ? 'looks like R² was computed against the mean of the predictions (for a baseline, the training mean); it compares with the mean of the targets being scored (theory: #baselines-and-metrics)'
            : 'R² = 1 − Σ(y − ŷ)²/Σ(y − ȳ)² with ȳ the mean of the targets being scored (theory: #baselines-and-metrics)',
      });
    });

    it('fitting a baseline does not reorder or change the training targets', () => {
      const targets = [10, 1, 3, 2];
      fitMedianBaseline(targets);
      fitMeanBaseline(targets);
      expect(targets).toEqual([10, 1, 3, 2]);
    });
  });

  describe('properties', () => {
    const rng = createRng(SEED);
    const sample = rng.normalVector(41, 5, 2).map((value) => value ** 3 / 10); // skewed, so mean ≠ median

    it('the mean is the constant with the smallest squared error: MSE(c) = variance + (ȳ − c)²', () => {
      const mean = fitMeanBaseline(sample).value;
      const populationVariance = meanSquaredError(
        sample,
        sample.map(() => mean),
      );
      for (const shift of [-1, -0.1, 0.01, 0.5]) {
        const constant = mean + shift;
        expectClose(
          meanSquaredError(
            sample,
            sample.map(() => constant),
          ),
          populationVariance + shift ** 2,
          { rtol: 1e-10, atol: 1e-12 },
        );
      }
    });

    it('the median is the constant with the smallest absolute error', () => {
      const median = fitMedianBaseline(sample).value;
      const atMedian = meanAbsoluteError(
        sample,
        sample.map(() => median),
      );
      const mean = fitMeanBaseline(sample).value;
      expect(atMedian).toBeLessThan(
        meanAbsoluteError(
          sample,
          sample.map(() => mean),
        ),
      );
      for (const shift of [-0.5, -0.01, 0.01, 0.5]) {
        expect(atMedian).toBeLessThan(
          meanAbsoluteError(
            sample,
            sample.map(() => median + shift),
          ),
        );
      }
    });

    it('R² is 1 for a perfect prediction, 0 for the scored targets’ own mean, and negative when worse', () => {
      const ownMean = sample.reduce((sum, value) => sum + value, 0) / sample.length;
      expectClose(rSquared(sample, sample), 1, EXACT);
      expectClose(
        rSquared(
          sample,
          sample.map(() => ownMean),
        ),
        0,
        EXACT,
      );
      expect(
        rSquared(
          sample,
          sample.map((value) => -value),
        ),
        'R² is negative when the predictions are worse than the scored targets’ own mean: it is not a square, so it is never clamped at 0 (theory: #baselines-and-metrics)',
      ).toBeLessThan(0);
    });

    it('R² of constant targets follows scikit-learn: 1 when predicted exactly, 0 otherwise', () => {
      expect(rSquared([2, 2, 2], [2, 2, 2])).toBe(1);
      expect(rSquared([2, 2, 2], [1, 2, 3])).toBe(0);
    });
  });

  describe('diagnostics', () => {
    it('R² on test data is computed against the test mean, so the training-mean baseline scores ≤ 0', () => {
      // Hand derivation: training mean 3, test targets [4, 5, 6] with mean 5 and Σ(y − 5)² = 2;
      // predicting 3 leaves RSS = 1 + 4 + 9 = 14, so R² = 1 − 14/2 = −6 = −n(ȳtrain − ȳtest)²/SST.
      const baseline = fitMeanBaseline([1, 2, 3, 4, 5]);
      const testTargets = [4, 5, 6];
      expectClose(rSquared(testTargets, baseline.predict([[0], [0], [0]])), -6, {
        ...EXACT,
        hint: 'looks like R² was computed against the training mean; it compares with the mean of the targets being scored (theory: #baselines-and-metrics)',
      });
    });

    it('a model that beats its baseline on held-out data is accepted', () => {
      const comparison = compareWithBaseline([1, 2, 3], [1.1, 2, 2.9], [2, 2, 2]);
      expectClose(comparison.modelMSE, 0.02 / 3, EXACT);
      expectClose(comparison.baselineMSE, 2 / 3, EXACT);
      expect(comparison.verdict).toBe('accept');
    });

    it('a model that only ties or loses to its baseline on held-out data is rejected', () => {
      expect(
        compareWithBaseline([1, 2, 3], [2, 2, 2], [2, 2, 2]).verdict,
        'a tie is a rejection: the model must beat its baseline strictly to pay for its complexity (theory: #baselines-and-metrics)',
      ).toBe('reject');
      expect(compareWithBaseline([1, 2, 3], [3, 2, 1], [2, 2, 2]).verdict).toBe('reject');
    });
  });

  describe('errors', () => {
    const metrics = { meanSquaredError, rootMeanSquaredError, meanAbsoluteError, rSquared };

    it('an empty training set throws EmptyInputError naming the baseline', () => {
      expectLabError(() => fitMeanBaseline([]), EmptyInputError, 'fitMeanBaseline');
      expectLabError(() => fitMedianBaseline([]), EmptyInputError, 'fitMedianBaseline');
    });

    it('metrics on empty or mismatched vectors throw typed errors naming the metric', () => {
      for (const [name, metric] of Object.entries(metrics)) {
        expectLabError(() => metric([], []), EmptyInputError, name);
        expectLabError(() => metric([1, 2, 3], [1, 2]), ShapeMismatchError, name);
      }
      expectLabError(
        () => compareWithBaseline([1, 2], [1, 2], [1]),
        ShapeMismatchError,
        'compareWithBaseline',
      );
    });

    it('NaN or Infinity anywhere throws NonFiniteValueError instead of returning NaN', () => {
      expectLabError(
        () => fitMeanBaseline([1, Number.NaN]),
        NonFiniteValueError,
        'fitMeanBaseline',
      );
      for (const [name, metric] of Object.entries(metrics)) {
        expectLabError(
          () => metric([1, 2], [1, Number.POSITIVE_INFINITY]),
          NonFiniteValueError,
          name,
        );
      }
    });
  });
});
