/**
 * Spec for kata 02.05 — Validation and learning curves.
 * Theory: theory/week_02_bias_variance.md#validation-and-learning-curves
 * Assumptions checked: B3 (validation rows independent of the fit: a shuffled holdout, never
 * seen by the fitter), B2 and B4 (the random-design learning-curve expectations), B6 (seeded
 * shuffles reproduce the split and the order).
 */
import { describe, expect, it } from 'vitest';
import { expectAllClose, expectClose, expectLabError } from '../../helpers/assertions';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  ShapeMismatchError,
} from '../../helpers/errors';
import { leastSquaresFitter, type Fitter, type Matrix } from '../../helpers/fitters';
import { createRng } from '../../helpers/random';
import { holdoutSplit, learningCurve, validationCurve } from './05_validation_and_learning_curves';

const SEED = 'kata-02.05';
const EXACT = { rtol: 1e-12, atol: 1e-12 };
const ANCHOR = 'theory: #validation-and-learning-curves';

const column = (values: readonly number[]): Matrix => values.map((value) => [value]);
const mean = (values: readonly number[]): number =>
  values.reduce((sum, value) => sum + value, 0) / values.length;
const mse = (y: readonly number[], c: number): number => mean(y.map((value) => (value - c) ** 2));

/** A fitter that predicts the mean of the targets it was given, and records them. */
function recordingMeanFitter(calls: number[][]): Fitter {
  return (_X, y) => {
    calls.push(y.slice());
    const value = mean(y);
    return (X) => X.map(() => value);
  };
}

describe('kata 02.05 validation and learning curves', () => {
  describe('definition', () => {
    it('a holdout split partitions the rows: ceil(f·n) validation rows, the rest for training, rows and targets kept together', () => {
      const n = 23;
      const X = Array.from({ length: n }, (_, i) => [i, 10 * i]);
      const y = Array.from({ length: n }, (_, i) => 100 + i);
      const split = holdoutSplit(X, y, { validationFraction: 0.3, seed: SEED });
      // ceil(0.3 · 23) = ceil(6.9) = 7, scikit-learn's rounding of test_size.
      expect(
        split.validationIndices,
        `ceil(f·n) = 7 validation rows, scikit-learn's ShuffleSplit rounding of test_size (${ANCHOR})`,
      ).toHaveLength(7);
      expect(split.trainIndices, 'the other 16 rows are training rows').toHaveLength(16);
      const all = [...split.trainIndices, ...split.validationIndices].sort((a, b) => a - b);
      expect(all, 'every row lands in exactly one part').toEqual(
        Array.from({ length: n }, (_, i) => i),
      );
      const keptTogether = `rows and targets travel together: part k holds X[indices[k]] and y[indices[k]] (${ANCHOR})`;
      expect(split.trainX, keptTogether).toEqual(split.trainIndices.map((i) => [i, 10 * i]));
      expect(split.trainY, keptTogether).toEqual(split.trainIndices.map((i) => 100 + i));
      expect(split.validationX, keptTogether).toEqual(
        split.validationIndices.map((i) => [i, 10 * i]),
      );
      expect(split.validationY, keptTogether).toEqual(split.validationIndices.map((i) => 100 + i));
    });

    it('a holdout split takes the validation rows from the front of createRng(seed).shuffle(0 … n − 1) and the training rows from the rest, in that order', () => {
      // The header's layout, rebuilt from the lab's generator: one shuffle of the indices, the
      // first ceil(f·n) for validation (ShuffleSplit's test part first), the rest for training.
      const n = 17;
      const X = Array.from({ length: n }, (_, i) => [i]);
      const y = X.map(([value = 0]) => value);
      const order = createRng(`${SEED}-layout`).shuffle(Array.from({ length: n }, (_, i) => i));
      const split = holdoutSplit(X, y, { validationFraction: 0.2, seed: `${SEED}-layout` });
      // ceil(0.2 · 17) = ceil(3.4) = 4.
      expect(
        split.validationIndices,
        `expected the first 4 indices of createRng(seed).shuffle([0, …, 16]) as validation rows: shuffle the row indices once with createRng(seed).shuffle (data often arrive sorted) and take the front of that order; the end of the order, sorted indices or another shuffle break the documented layout (${ANCHOR})`,
      ).toEqual(order.slice(0, 4));
      expect(
        split.trainIndices,
        `expected the remaining 13 indices of the same order, unsorted, as training rows (${ANCHOR})`,
      ).toEqual(order.slice(4));
    });

    // B3 and B6: a seeded shuffle before the split, so that the parts are exchangeable samples.
    it('a holdout split is a seeded shuffle: the same seed gives the same split, and the validation rows are not the tail of the file', () => {
      const n = 40;
      const X = column(Array.from({ length: n }, (_, i) => i));
      const y = Array.from({ length: n }, (_, i) => i);
      const first = holdoutSplit(X, y, { validationFraction: 0.25, seed: SEED });
      const again = holdoutSplit(X, y, { validationFraction: 0.25, seed: SEED });
      const other = holdoutSplit(X, y, { validationFraction: 0.25, seed: `${SEED}-other` });
      expect(
        again.validationIndices,
        `holdoutSplit: the same seed gives the same validation rows; the shuffle must come from createRng(seed) alone (${ANCHOR})`,
      ).toEqual(first.validationIndices);
      expect(
        other.validationIndices,
        `the split does not depend on the seed: shuffle the row indices with createRng(seed) before splitting, since data often arrive sorted (${ANCHOR})`,
      ).not.toEqual(first.validationIndices);
      // A shuffle puts the 10 validation rows at the end (or the start) with probability
      // 2 / C(40, 10) ≈ 2e-9: seeing it means the rows were not shuffled.
      const sorted = first.validationIndices.slice().sort((a, b) => a - b);
      const contiguous = sorted.every((value, k) => k === 0 || value === sorted[k - 1]! + 1);
      expect(
        contiguous,
        'the validation rows are one contiguous block: shuffle before splitting, data often arrive sorted (' +
          ANCHOR +
          ')',
      ).toBe(false);
    });

    // B3: the validation rows score the model and never shape it.
    it('a validation curve fits each setting on the training rows only and scores it on both parts', () => {
      // Hand derivation: a "fitter" that ignores the data and predicts the setting c has
      // training MSE mean((y − c)²) and validation MSE mean((yv − c)²).
      const data = {
        trainX: column([0, 1, 2, 3]),
        trainY: [1, 2, 3, 6],
        validationX: column([4, 5]),
        validationY: [2, 4],
      };
      const constant =
        (c: number): Fitter =>
        () =>
        (X) =>
          X.map(() => c);
      const curve = validationCurve(data, [0, 3, 5], constant);
      expect(
        curve.values,
        `validationCurve returns the settings as given, in order, one per point: [0, 3, 5], not sorted or rescaled (${ANCHOR})`,
      ).toEqual([0, 3, 5]);
      // c = 0: (1 + 4 + 9 + 36)/4 = 12.5 and (4 + 16)/2 = 10; c = 3: (4 + 1 + 0 + 9)/4 = 3.5
      // and (1 + 1)/2 = 1; c = 5: (16 + 9 + 4 + 1)/4 = 7.5 and (9 + 1)/2 = 5.
      const metricHint = (
        got: readonly number[],
        mseValues: number[],
        maeValues: number[],
      ): string =>
        got.every((value, k) => Math.abs(value - maeValues[k]!) < 1e-9)
          ? `looks like mean absolute errors (${maeValues.join(', ')}): the curves report mean squared errors, mean((y − ŷ)²) = ${mseValues.join(', ')}, which rank these settings the other way round (${ANCHOR})`
          : got.every((value, k) => Math.abs(value ** 2 - mseValues[k]!) < 1e-9)
            ? `looks like root mean squared errors: report the MSE itself, mean((y − ŷ)²) = ${mseValues.join(', ')} (${ANCHOR})`
            : `expected the mean squared errors ${mseValues.join(', ')} (${ANCHOR})`;
      // MAE would give 3, 1.5, 2.5 and 3, 1, 2.
      expectAllClose(curve.trainError, [12.5, 3.5, 7.5], {
        ...EXACT,
        hint: metricHint(curve.trainError, [12.5, 3.5, 7.5], [3, 1.5, 2.5]),
      });
      expectAllClose(curve.validationError, [10, 1, 5], {
        ...EXACT,
        hint: metricHint(curve.validationError, [10, 1, 5], [3, 1, 2]),
      });

      // MSE and MAE rank these two settings in opposite orders: on targets (0, 0, 0, 0, 10) the
      // constant 2 (the mean) has MSE (4·4 + 64)/5 = 16 < 20, the MSE of 0, while 0 (the
      // median) has MAE 2 < 3.2. Validation targets (0, 0, 0, 10): MSE 25 vs 19, MAE 2.5 vs 3.5.
      const skewed = {
        trainX: column([0, 1, 2, 3, 4]),
        trainY: [0, 0, 0, 0, 10],
        validationX: column([5, 6, 7, 8]),
        validationY: [0, 0, 0, 10],
      };
      const metrics = validationCurve(skewed, [0, 2], constant);
      expectAllClose(metrics.trainError, [20, 16], {
        ...EXACT,
        hint: metricHint(metrics.trainError, [20, 16], [2, 3.2]),
      });
      expectAllClose(metrics.validationError, [25, 19], {
        ...EXACT,
        hint: metricHint(metrics.validationError, [25, 19], [2.5, 3.5]),
      });

      const seen: number[][] = [];
      validationCurve(data, [1], () => recordingMeanFitter(seen));
      expect(
        seen,
        `leakage: the validation targets reached the fitter; fit on the training part only, the validation part may only score the model (${ANCHOR})`,
      ).toEqual([[1, 2, 3, 6]]);
    });

    it('a learning curve fits nested prefixes of one shuffled order: size m uses exactly the first m rows of the order', () => {
      const rng = createRng(`${SEED}-prefixes`);
      const n = 20;
      const trainY = rng.normalVector(n);
      const data = {
        trainX: column(rng.normalVector(n)),
        trainY,
        validationX: column([0, 0, 0]),
        validationY: [1, -1, 2],
      };
      const sizes = [3, 7, 12, 20];
      const calls: number[][] = [];
      const curve = learningCurve(data, sizes, recordingMeanFitter(calls), { seed: SEED });
      expect(
        curve.trainSizes,
        `learningCurve returns the sizes as given, in order: [3, 7, 12, 20], one per point (${ANCHOR})`,
      ).toEqual(sizes);
      expect(
        curve.order.slice().sort((a, b) => a - b),
        `the learning curve's order is a permutation of the row indices 0…n − 1, each once (${ANCHOR})`,
      ).toEqual(Array.from({ length: n }, (_, i) => i));
      expect(
        curve.order,
        'the order is the identity: shuffle the training rows once before taking prefixes (' +
          ANCHOR +
          ')',
      ).not.toEqual(Array.from({ length: n }, (_, i) => i));
      expect(
        curve.order,
        `expected the order createRng(seed).shuffle([0, …, ${n - 1}]) over the training rows (${ANCHOR})`,
      ).toEqual(createRng(SEED).shuffle(Array.from({ length: n }, (_, i) => i)));
      expect(calls, 'one fit per train size').toHaveLength(sizes.length);
      const sortedValues = (values: readonly number[]): number[] =>
        values.slice().sort((a, b) => a - b);
      sizes.forEach((m, k) => {
        const expected = curve.order.slice(0, m).map((i) => trainY[i]!);
        expect(
          sortedValues(calls[k] ?? []),
          `looks like learning curves on random subsets: the rows used at size ${m} must be exactly the first ${m} rows of one shuffled order, so each training set contains the previous one (${ANCHOR})`,
        ).toEqual(sortedValues(expected));
      });
    });

    it('a learning curve scores training error on the rows fitted and validation error on the whole validation part', () => {
      // With the mean predictor, training MSE at size m is the (1/m) variance of the first m
      // targets of the order, and validation MSE is mean((yv − that mean)²): hand formulas.
      const trainY = [3, -1, 4, 1, -5, 9, 2, 6];
      const data = {
        trainX: column(trainY.map((_, i) => i)),
        trainY,
        validationX: column([0, 0, 0, 0]),
        validationY: [2, 7, -1, 8],
      };
      const curve = learningCurve(data, [2, 5, 8], recordingMeanFitter([]), { seed: SEED });
      [2, 5, 8].forEach((m, k) => {
        const prefix = curve.order.slice(0, m).map((i) => trainY[i]!);
        const c = mean(prefix);
        expectClose(curve.trainError[k]!, mse(prefix, c), {
          ...EXACT,
          hint: `training error at size ${m} is scored on the ${m} rows the model was fitted on, not on every training row (${ANCHOR})`,
        });
        expectClose(curve.validationError[k]!, mse(data.validationY, c), EXACT);
      });
    });
  });

  describe('properties', () => {
    it('no function modifies the arrays it is given', () => {
      // Sorted input, so that an in-place shuffle or sort would show.
      const X = Array.from({ length: 12 }, (_, i) => [i, (7 * i) % 5]);
      const y = X.map(([value = 0]) => 2 * value + 1);
      const copy = { X: structuredClone(X), y: y.slice() };
      const split = holdoutSplit(X, y, { validationFraction: 0.25, seed: SEED });
      const unchanged = (what: string): string =>
        `${what} changed during the call: copy or index the rows instead of shuffling or sorting the caller's arrays in place (${ANCHOR})`;
      expect(X, unchanged('holdoutSplit: X')).toEqual(copy.X);
      expect(y, unchanged('holdoutSplit: y')).toEqual(copy.y);
      const before = structuredClone(split);
      const sizes = [3, 6, 9];
      const values = [1, 2];
      learningCurve(split, sizes, leastSquaresFitter({ degree: 1 }), { seed: SEED });
      validationCurve(split, values, (degree) => leastSquaresFitter({ degree }));
      expect(split, unchanged('learningCurve or validationCurve: the data')).toEqual(before);
      expect(sizes, unchanged('learningCurve: trainSizes')).toEqual([3, 6, 9]);
      expect(values, unchanged('validationCurve: values')).toEqual([1, 2]);
    });

    it('on a validation curve over polynomial degree, training error never rises and validation error has an interior minimum', () => {
      // Seeded setting: f(x) = sin(2πx) on [−1, 1], σ = 0.3, 60 rows split 30/30. Training
      // error of nested least-squares models cannot rise (each degree contains the last);
      // validation error falls while bias shrinks and rises once variance dominates.
      const rng = createRng(`${SEED}-degree`);
      const x = Array.from({ length: 60 }, () => rng.uniformBetween(-1, 1));
      const y = x.map((value) => Math.sin(2 * Math.PI * value) + rng.normal(0, 0.3));
      const split = holdoutSplit(column(x), y, { validationFraction: 0.5, seed: SEED });
      const degrees = Array.from({ length: 14 }, (_, k) => k + 1);
      const curve = validationCurve(split, degrees, (degree) => leastSquaresFitter({ degree }));
      curve.trainError.slice(1).forEach((error, k) => {
        expect(
          error,
          `degree ${degrees[k + 1]}: nested polynomial models never fit the training rows worse than degree ${degrees[k]}; a rise means each fit was not on the same training rows (${ANCHOR})`,
        ).toBeLessThanOrEqual(curve.trainError[k]! * (1 + 1e-9));
      });
      const best = curve.validationError.indexOf(Math.min(...curve.validationError));
      expect(
        best,
        `the best degree (index ${best}) should be interior, not degree 1: a sine needs more than a line (${ANCHOR})`,
      ).toBeGreaterThan(0);
      expect(
        best,
        `the best degree (index ${best}) should be interior, not the largest degree, where variance dominates (${ANCHOR})`,
      ).toBeLessThan(degrees.length - 1);
      expect(
        curve.validationError[degrees.length - 1]!,
        `degree 14 on 30 training rows: validation error should exceed twice the best; if not, the validation error may be measured on the training rows (${ANCHOR})`,
      ).toBeGreaterThan(2 * curve.validationError[best]!);
    });

    // B2 and B4: the random-design expectations need independent noise of one variance.
    it('OLS learning curves in a Gaussian design follow E[train MSE] = σ²(1 − p/m) and E[validation MSE] = σ²(1 + p/(m − p − 1)) without an intercept, σ²(1 + 1/m)(m − 2)/(m − p − 1) with one (Stein)', () => {
      // Random-design identities (theory): E[RSS] = σ²(m − p) for any design. Without an
      // intercept and with zero-mean Gaussian rows, E‖β̂ − β‖²_Σ = σ² tr(Σ E[(XᵀX)⁻¹]) =
      // σ² p/(m − p − 1), which a fresh row adds to σ². With an intercept and rows of any mean,
      // ȳ adds σ²/m and the centred slopes (1 + 1/m)σ²(p − 1)/(m − p − 1): σ²(1 + 1/m)(m − 2)/
      // (m − p − 1), p counting the intercept (Stein 1960). σ = 2 (so σ and σ² differ); p = 3
      // zero-mean columns without an intercept, then 3 columns centred at (5, −3, 2) with one
      // (p = 4). 200 replicates each: the standard error of each mean is measured from the
      // replicates and every mean must lie within 4 of them (the smallest size, m = 8, keeps
      // m − p − 3 ≥ 0 for p ≤ 4, where the validation error has a finite variance only for
      // p = 3; at p = 4 its spread is measured all the same and the band is honest).
      const sigma = 2;
      const beta = [1, -2, 0.5];
      const replicates = 200;
      const withinFourSE = (values: readonly number[], expected: number, what: string): void => {
        const average = mean(values);
        const se = Math.sqrt(mse(values, average) / (values.length - 1));
        expectClose(average, expected, { rtol: 0, atol: 4 * se, hint: what });
      };
      // Two sizes with the intercept, where the formulas differ most, keep the spec fast.
      for (const { intercept, centre, sizes } of [
        { intercept: false, centre: [0, 0, 0], sizes: [8, 12, 24, 48] },
        { intercept: true, centre: [5, -3, 2], sizes: [8, 24] },
      ]) {
        const p = beta.length + (intercept ? 1 : 0);
        const rng = createRng(`${SEED}-learning-${intercept ? 'intercept' : 'origin'}`);
        const draw = (rows: number): [Matrix, number[]] => {
          const X = Array.from({ length: rows }, () =>
            rng.normalVector(beta.length).map((value, j) => value + centre[j]!),
          );
          const y = X.map(
            (row) =>
              (intercept ? 1.5 : 0) +
              row.reduce((sum, value, j) => sum + value * beta[j]!, 0) +
              rng.normal(0, sigma),
          );
          return [X, y];
        };
        const ols = leastSquaresFitter({ degree: 1, intercept });
        const train = sizes.map(() => [] as number[]);
        const validation = sizes.map(() => [] as number[]);
        for (let r = 0; r < replicates; r += 1) {
          const [trainX, trainY] = draw(48);
          const [validationX, validationY] = draw(40);
          const curve = learningCurve({ trainX, trainY, validationX, validationY }, sizes, ols, {
            seed: `${SEED}-${r}`,
          });
          sizes.forEach((_, k) => {
            train[k]!.push(curve.trainError[k]!);
            validation[k]!.push(curve.validationError[k]!);
          });
        }
        const label = intercept ? 'with an intercept' : 'without an intercept';
        sizes.forEach((m, k) => {
          const expectedTrain = sigma ** 2 * (1 - p / m);
          withinFourSE(
            train[k]!,
            expectedTrain,
            `mean training MSE at m = ${m} ${label}: σ²(1 − p/m) = ${expectedTrain}, scored on the m rows fitted (${ANCHOR})`,
          );
          const expectedValidation = intercept
            ? sigma ** 2 * (1 + 1 / m) * ((m - 2) / (m - p - 1))
            : sigma ** 2 * (1 + p / (m - p - 1));
          withinFourSE(
            validation[k]!,
            expectedValidation,
            `mean validation MSE at m = ${m} ${label}: expected ${expectedValidation} (${ANCHOR})`,
          );
        });
      }
    });
  });

  describe('errors', () => {
    const data = {
      trainX: column([1, 2, 3, 4]),
      trainY: [1, 2, 3, 4],
      validationX: column([5, 6]),
      validationY: [5, 6],
    };
    const ols = leastSquaresFitter({ degree: 1 });

    it('holdoutSplit rejects a fraction outside (0, 1), a split with an empty part, and bad data', () => {
      const X = column([1, 2, 3, 4]);
      const y = [1, 2, 3, 4];
      for (const validationFraction of [0, 1, -0.2, 1.5, Number.NaN]) {
        expectLabError(
          () => holdoutSplit(X, y, { validationFraction, seed: SEED }),
          InvalidArgumentError,
          'holdoutSplit',
        );
      }
      // ceil(0.9 · 4) = 4 leaves no training row.
      expectLabError(
        () => holdoutSplit(X, y, { validationFraction: 0.9, seed: SEED }),
        InvalidArgumentError,
        'holdoutSplit',
      );
      expectLabError(
        () => holdoutSplit([], [], { validationFraction: 0.5, seed: SEED }),
        EmptyInputError,
        'holdoutSplit',
      );
      expectLabError(
        () => holdoutSplit(X, [1, 2, 3], { validationFraction: 0.5, seed: SEED }),
        ShapeMismatchError,
        'holdoutSplit',
      );
      expectLabError(
        () => holdoutSplit(X, [1, Number.NaN, 3, 4], { validationFraction: 0.5, seed: SEED }),
        NonFiniteValueError,
        'holdoutSplit',
      );
      expectLabError(
        () =>
          holdoutSplit([[1, 2], [3], [4, 5], [6, 7]], y, { validationFraction: 0.5, seed: SEED }),
        ShapeMismatchError,
        'holdoutSplit',
      );
    });

    it('learningCurve rejects train sizes that are not strictly increasing integers within the training rows', () => {
      for (const sizes of [
        [2, 2],
        [3, 2],
        [0, 2],
        [2, 5],
        [1.5, 3],
      ]) {
        expectLabError(
          () => learningCurve(data, sizes, ols, { seed: SEED }),
          InvalidArgumentError,
          'learningCurve',
        );
      }
      expectLabError(
        () => learningCurve(data, [], ols, { seed: SEED }),
        EmptyInputError,
        'learningCurve',
      );
      expectLabError(
        () => learningCurve({ ...data, validationY: [5] }, [2, 4], ols, { seed: SEED }),
        ShapeMismatchError,
        'learningCurve',
      );
      // A ragged training part is refused, not cut to the first row's width.
      expectLabError(
        () =>
          learningCurve({ ...data, trainX: [[1], [2, 9], [3], [4]] }, [2, 4], ols, { seed: SEED }),
        ShapeMismatchError,
        'learningCurve',
      );
      expectLabError(
        () =>
          learningCurve({ ...data, trainY: [1, 2, Number.NaN, 4] }, [2, 4], ols, { seed: SEED }),
        NonFiniteValueError,
        'learningCurve',
      );
    });

    it('validationCurve rejects an empty list of settings, mismatched parts and a predictor of the wrong length', () => {
      expectLabError(
        () => validationCurve(data, [], () => ols),
        EmptyInputError,
        'validationCurve',
      );
      expectLabError(
        () => validationCurve({ ...data, trainY: [1, 2, 3] }, [1], () => ols),
        ShapeMismatchError,
        'validationCurve',
      );
      expectLabError(
        () =>
          validationCurve(
            {
              ...data,
              validationX: [
                [5, 1],
                [6, 1],
              ],
            },
            [1],
            () => ols,
          ),
        ShapeMismatchError,
        'validationCurve',
      );
      expectLabError(
        () => validationCurve({ ...data, validationX: [[5], [6, 1]] }, [1], () => ols),
        ShapeMismatchError,
        'validationCurve',
      );
      expectLabError(
        () =>
          validationCurve({ ...data, validationY: [5, Number.POSITIVE_INFINITY] }, [1], () => ols),
        NonFiniteValueError,
        'validationCurve',
      );
      const short: Fitter = () => () => [0];
      expectLabError(
        () => validationCurve(data, [1], () => short),
        ShapeMismatchError,
        'validationCurve',
      );
    });
  });
});
