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
      expect(
        fitMedianBaseline([5, 1, 3]).predict([[0], [9], [-4]]),
        'the median baseline predicts its value, 3, once per row whatever the features',
      ).toEqual([3, 3, 3]);
    });

    it('MSE, RMSE and MAE match scikit-learn on its documented example', () => {
      expectClose(meanSquaredError(SKLEARN_TRUE, SKLEARN_PRED), 0.375, EXACT);
      expectClose(rootMeanSquaredError(SKLEARN_TRUE, SKLEARN_PRED), Math.sqrt(0.375), EXACT);
      expectClose(meanAbsoluteError(SKLEARN_TRUE, SKLEARN_PRED), 0.5, EXACT);
      // One miss of 4 among four rows: MSE 16/4 = 4, RMSE 2, MAE 4/4 = 1 (the median error is 0).
      expectClose(meanSquaredError([0, 0, 0, 0], [0, 0, 0, 4]), 4, {
        ...EXACT,
        hint: 'MSE = mean of squared errors, 16/4',
      });
      expectClose(rootMeanSquaredError([0, 0, 0, 0], [0, 0, 0, 4]), 2, {
        ...EXACT,
        hint: 'RMSE = √MSE = √4',
      });
      expectClose(meanAbsoluteError([0, 0, 0, 0], [0, 0, 0, 4]), 1, {
        ...EXACT,
        hint: 'MAE is the mean of |y − ŷ|, 4/4 here, not their median',
      });
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

    it('no function reorders or changes its inputs', () => {
      const targets = [10, 1, 3, 2];
      const predictions = [9, 2, 4, 1];
      const baseline = [4, 4, 4, 4];
      fitMedianBaseline(targets);
      fitMeanBaseline(targets);
      for (const metric of [meanSquaredError, rootMeanSquaredError, meanAbsoluteError, rSquared])
        metric(targets, predictions);
      compareWithBaseline(targets, predictions, baseline);
      expect(
        [targets, predictions, baseline],
        'the inputs must be left as they were given: sort a copy for the median',
      ).toEqual([
        [10, 1, 3, 2],
        [9, 2, 4, 1],
        [4, 4, 4, 4],
      ]);
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
      expect(
        atMedian,
        'the median’s MAE must beat the mean’s on skewed data (theory: #baselines-and-metrics)',
      ).toBeLessThan(
        meanAbsoluteError(
          sample,
          sample.map(() => mean),
        ),
      );
      for (const shift of [-0.5, -0.01, 0.01, 0.5]) {
        expect(
          atMedian,
          `MAE at the median must beat MAE at the median ${shift > 0 ? '+' : '−'} ${Math.abs(shift)}: the median minimises absolute error (theory: #baselines-and-metrics)`,
        ).toBeLessThan(
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
      const convention =
        'scikit-learn’s r2_score (force_finite) for constant targets: 1 when every prediction is exact, 0 otherwise, never NaN or ±Infinity (theory: #baselines-and-metrics)';
      expect(rSquared([2, 2, 2], [2, 2, 2]), convention).toBe(1);
      expect(rSquared([2, 2, 2], [1, 2, 3]), convention).toBe(0);
      expect(rSquared([2, 2, 2], [2, 2, 2.5]), convention).toBe(0);
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
      expect(
        comparison.verdict,
        'model MSE 0.0067 against the baseline’s 0.67 is an acceptance (theory: #baselines-and-metrics)',
      ).toBe('accept');
    });

    it('the verdict is judged on squared error, even where absolute error ranks the two the other way', () => {
      // Hand derivation: y = [0, 0, 0, 0]; the model misses one row by 4 (MSE 16/4 = 4, MAE 1),
      // the baseline misses every row by 1.5 (MSE 2.25, MAE 1.5). MSE prefers the baseline, MAE
      // the model; swapping the two predictions swaps both preferences.
      const lopsided = [0, 0, 0, 4];
      const even = [1.5, 1.5, 1.5, 1.5];
      const rejected = compareWithBaseline([0, 0, 0, 0], lopsided, even);
      const hint = (actual: number, expected: number, what: string): string =>
        `${what}: expected the held-out MSE ${expected}${
          actual === 1 || actual === 1.5
            ? `; ${actual} is the mean absolute error: the comparison is on squared error`
            : ''
        } (theory: #baselines-and-metrics)`;
      expectClose(rejected.modelMSE, 4, { ...EXACT, hint: hint(rejected.modelMSE, 4, 'modelMSE') });
      expectClose(rejected.baselineMSE, 2.25, {
        ...EXACT,
        hint: hint(rejected.baselineMSE, 2.25, 'baselineMSE'),
      });
      expect(
        rejected.verdict,
        'MSE 4 against the baseline’s 2.25 is a rejection, although the model’s MAE (1) beats the baseline’s (1.5): looks like the verdict used absolute error (theory: #baselines-and-metrics)',
      ).toBe('reject');
      const accepted = compareWithBaseline([0, 0, 0, 0], even, lopsided);
      expect(
        [accepted.modelMSE, accepted.baselineMSE, accepted.verdict],
        'swapped: model MSE 2.25 against the baseline’s 4 is accepted (theory: #baselines-and-metrics)',
      ).toEqual([2.25, 4, 'accept']);
    });

    it('a model that only ties or loses to its baseline on held-out data is rejected', () => {
      expect(
        compareWithBaseline([1, 2, 3], [2, 2, 2], [2, 2, 2]).verdict,
        'a tie is a rejection: the model must beat its baseline strictly to pay for its complexity (theory: #baselines-and-metrics)',
      ).toBe('reject');
      expect(
        compareWithBaseline([1, 2, 3], [3, 2, 1], [2, 2, 2]).verdict,
        'a model worse than its baseline (MSE 8/3 against 2/3) is a rejection: the verdict compares held-out error with the baseline, not the sign of anything (theory: #baselines-and-metrics)',
      ).toBe('reject');
    });
  });

  describe('errors', () => {
    const metrics = { meanSquaredError, rootMeanSquaredError, meanAbsoluteError, rSquared };

    it('an empty training set throws EmptyInputError naming the baseline', () => {
      expectLabError(() => fitMeanBaseline([]), EmptyInputError, 'fitMeanBaseline');
      expectLabError(() => fitMedianBaseline([]), EmptyInputError, 'fitMedianBaseline');
    });

    it("a baseline's predict checks X like any input, naming predict", () => {
      const anchor = '(theory: #baselines-and-metrics)';
      for (const fit of [fitMeanBaseline, fitMedianBaseline]) {
        const model = fit([1, 2, 4]);
        const hint = (what: string) =>
          `${fit.name}(…).predict(${what}): the baseline ignores the values of X, but not bad input; expected a typed error whose message starts with predict ${anchor}`;
        expectLabError(() => model.predict([]), EmptyInputError, 'predict', hint('[]'));
        expectLabError(
          () => model.predict([[1], [1, 2]]),
          ShapeMismatchError,
          'predict',
          hint('[[1], [1, 2]]'),
        );
        expectLabError(
          () => model.predict([[1], [Number.NaN]]),
          NonFiniteValueError,
          'predict',
          hint('[[1], [NaN]]'),
        );
      }
    });

    it('metrics on empty or mismatched vectors throw typed errors naming the metric', () => {
      for (const [name, metric] of Object.entries(metrics)) {
        expectLabError(() => metric([], []), EmptyInputError, name);
        expectLabError(() => metric([1, 2, 3], [1, 2]), ShapeMismatchError, name);
        // Longer predictions are refused too, not cut to the targets' length.
        expectLabError(() => metric([1, 2], [1, 2, 3]), ShapeMismatchError, name);
      }
      const compare = 'compareWithBaseline';
      expectLabError(() => compareWithBaseline([1, 2], [1, 2], [1]), ShapeMismatchError, compare);
      expectLabError(() => compareWithBaseline([1, 2], [1], [1, 2]), ShapeMismatchError, compare);
      expectLabError(() => compareWithBaseline([], [], []), EmptyInputError, compare);
    });

    it('NaN or Infinity anywhere throws NonFiniteValueError instead of returning NaN', () => {
      expectLabError(
        () => fitMeanBaseline([1, Number.NaN]),
        NonFiniteValueError,
        'fitMeanBaseline',
      );
      expectLabError(
        () => fitMedianBaseline([1, Number.NEGATIVE_INFINITY, 3]),
        NonFiniteValueError,
        'fitMedianBaseline',
      );
      for (const [name, metric] of Object.entries(metrics)) {
        expectLabError(
          () => metric([1, 2], [1, Number.POSITIVE_INFINITY]),
          NonFiniteValueError,
          name,
        );
        expectLabError(() => metric([Number.NaN, 2], [1, 2]), NonFiniteValueError, name);
      }
      const bads: [number[], number[], number[]][] = [
        [
          [Number.NaN, 2],
          [1, 2],
          [1, 2],
        ],
        [
          [1, 2],
          [1, Number.NaN],
          [1, 2],
        ],
        [
          [1, 2],
          [1, 2],
          [Number.POSITIVE_INFINITY, 2],
        ],
      ];
      for (const [truth, model, baseline] of bads) {
        expectLabError(
          () => compareWithBaseline(truth, model, baseline),
          NonFiniteValueError,
          'compareWithBaseline',
        );
      }
    });
  });
  describe('scale (data near 10^±200)', () => {
    const scaled = (values: number[], factor: number) => values.map((v) => v * factor);
    const anchor = '(theory: #baselines-and-metrics)';

    it('a root mean squared error beyond the largest double throws NonFiniteValueError', () => {
      // Errors ±3e308 (hand derivation: 1.5e308 − (−1.5e308)) have RMSE 3e308 > 1.8e308, the
      // largest double, although every input is finite.
      expectLabError(
        () => rootMeanSquaredError([1.5e308, -1.5e308], [-1.5e308, 1.5e308]),
        NonFiniteValueError,
        'rootMeanSquaredError',
        `errors of ±3e308 have RMSE 3e308, beyond double precision: expected the overflow error, not ∞ ${anchor}`,
      );
    });

    it('a mean squared error beyond double precision throws NonFiniteValueError, never ∞ or a false 0', () => {
      // Errors near 10^200 square to 10^400 and near 10^-200 to 10^-400: neither is a double.
      for (const factor of [1e200, 1e-200]) {
        const truth = scaled(SKLEARN_TRUE, factor);
        const predictions = scaled(SKLEARN_PRED, factor);
        expectLabError(
          () => meanSquaredError(truth, predictions),
          NonFiniteValueError,
          'meanSquaredError',
          `MSE of data × ${factor} is 0.375·${factor}², outside double precision: expected the overflow error, not ∞ or 0 ${anchor}`,
        );
        expectLabError(
          () => compareWithBaseline(truth, predictions, predictions),
          NonFiniteValueError,
          'compareWithBaseline',
          `test MSEs of data × ${factor} are outside double precision: expected the overflow error ${anchor}`,
        );
      }
    });

    it('the root mean squared error and R² are right at 10^±200: squares are taken in scaled units', () => {
      for (const factor of [1e200, 1e-200]) {
        const truth = scaled(SKLEARN_TRUE, factor);
        const predictions = scaled(SKLEARN_PRED, factor);
        // RMSE scales with the data: sqrt(0.375)·factor, representable although the MSE is not.
        expectClose(rootMeanSquaredError(truth, predictions), Math.sqrt(0.375) * factor, {
          rtol: 1e-12,
          atol: 0,
          hint: `RMSE of data × ${factor}: sqrt(0.375)·${factor}; ∞ or 0 means the squares overflowed or underflowed: scale by the largest |value| first ${anchor}`,
        });
        // R² is scale-free: scikit-learn's 0.9486081370449679 at any common scale.
        expectClose(rSquared(truth, predictions), 0.9486081370449679, {
          rtol: 1e-12,
          atol: 0,
          hint: `R² of data × ${factor} is scale-free (0.9486…); NaN or 0 means the sums of squares overflowed or underflowed ${anchor}`,
        });
      }
      // Targets × 10^200 against predictions of order 1: R² = 1 − Σy²/Σ(y − ȳ)² = 1 − 62.25/29.1875
      // (hand derivation; the predictions vanish beside the targets).
      expectClose(rSquared(scaled(SKLEARN_TRUE, 1e200), SKLEARN_PRED), 1 - 62.25 / 29.1875, {
        rtol: 1e-12,
        atol: 0,
        hint: `R² of targets × 1e200 against predictions near 1 is 1 − 62.25/29.1875 ${anchor}`,
      });
    });

    it('an R² beyond double precision throws NonFiniteValueError, never NaN, −∞ or a false 0', () => {
      // Residuals 10^200 times the targets' spread make 1 − R² about 10^400 (and targets × 10^-200
      // against predictions near 1 likewise): no finite R² exists.
      expectLabError(
        () => rSquared(SKLEARN_TRUE, scaled(SKLEARN_PRED, 1e200)),
        NonFiniteValueError,
        'rSquared',
        `R² of predictions × 1e200 is about −10^400: expected the overflow error ${anchor}`,
      );
      expectLabError(
        () => rSquared(scaled(SKLEARN_TRUE, 1e-200), SKLEARN_PRED),
        NonFiniteValueError,
        'rSquared',
        `targets × 1e-200 are not constant, so 0 (the constant-target convention) is false; R² is about −10^400 ${anchor}`,
      );
    });
  });
});
