/**
 * Spec for kata 01.03 — Design matrices.
 * Theory: theory/week_01_linear_regression.md#design-matrices-and-leakage
 * Assumptions checked: A3 (a constant training column, and the near-collinearity of raw powers
 * that centring removes).
 */
import { describe, expect, it } from 'vitest';
import { expectAllClose, expectClose, expectLabError } from '../../helpers/assertions';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  ShapeMismatchError,
} from '../../helpers/errors';
import { fitLeastSquares } from '../../helpers/least_squares';
import { createRng } from '../../helpers/random';
import {
  addInterceptColumn,
  fitStandardizer,
  pairwiseInteractions,
  polynomialColumns,
} from './03_design_matrices';

const SEED = 'kata-01.03';
const EXACT = { rtol: 1e-12, atol: 1e-12 };
const THEORY = 'theory: #design-matrices-and-leakage';

const column = (rows: readonly (readonly number[])[], j: number): number[] =>
  rows.map((row) => row[j]!);
const mean = (values: readonly number[]): number =>
  values.reduce((total, v) => total + v, 0) / values.length;
const populationSd = (values: readonly number[]): number => {
  const m = mean(values);
  return Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
};
function pearson(a: readonly number[], b: readonly number[]): number {
  const ma = mean(a);
  const mb = mean(b);
  let ab = 0;
  let aa = 0;
  let bb = 0;
  a.forEach((v, i) => {
    ab += (v - ma) * (b[i]! - mb);
    aa += (v - ma) ** 2;
    bb += (b[i]! - mb) ** 2;
  });
  return ab / Math.sqrt(aa * bb);
}

describe('kata 01.03 design matrices', () => {
  const rng = createRng(SEED);
  // Training and test rows from different places, as after a time split: features on very
  // different scales, the test rows shifted. n = 40 + 10 is plenty for exact identities.
  const draw = (count: number, shift: number): number[][] =>
    Array.from({ length: count }, () => [
      rng.normal(50 + shift, 10),
      rng.normal(0.2, 0.05),
      rng.normal(-3, 1),
    ]);
  const train = draw(40, 0);
  const test = draw(10, 15);

  describe('definition', () => {
    it('the intercept is a prepended column of ones, and the input is left unchanged', () => {
      const X = [
        [2, 5],
        [3, 7],
      ];
      expect(addInterceptColumn(X), 'each row becomes [1, …row]: the ones come first').toEqual([
        [1, 2, 5],
        [1, 3, 7],
      ]);
      expect(X, 'addInterceptColumn must return new rows, not change X').toEqual([
        [2, 5],
        [3, 7],
      ]);
    });

    it('polynomial columns are x, x², …, x^degree with no constant column', () => {
      expect(
        polynomialColumns([2, -1, 0.5], 3),
        `rows [x, x², x³] with no constant column (add it with addInterceptColumn) (${THEORY})`,
      ).toEqual([
        [2, 4, 8],
        [-1, 1, -1],
        [0.5, 0.25, 0.125],
      ]);
      expect(polynomialColumns([4], 1), 'degree 1 is the column x itself').toEqual([[4]]);
    });

    it('pairwise interactions keep the columns and append x_j·x_k for j < k in order', () => {
      // (0,1), (0,2), (1,2): 2·3, 2·5, 3·5.
      expect(
        pairwiseInteractions([[2, 3, 5]]),
        `products x_j·x_k for j < k only, in the order (0,1), (0,2), (1,2): a column times itself is a square, not an interaction (${THEORY})`,
      ).toEqual([[2, 3, 5, 6, 10, 15]]);
      expect(
        pairwiseInteractions([[7]]),
        'one column has no pairs: the row is kept as it is',
      ).toEqual([[7]]);
    });

    it('with four columns the pairs run (0,1), (0,2), (0,3), (1,2), (1,3), (2,3): lexicographic, not by the later column', () => {
      // Hand derivation on [2, 3, 5, 7]: 2·3, 2·5, 2·7, 3·5, 3·7, 5·7. Ordering by the later
      // column first, (0,1), (0,2), (1,2), (0,3), …, agrees for three columns and not here.
      const actual = pairwiseInteractions([
        [2, 3, 5, 7],
        [1, -1, 2, -2],
      ]);
      const colex = [2, 3, 5, 7, 6, 10, 15, 14, 21, 35];
      expect(
        actual,
        `${
          JSON.stringify(actual[0]) === JSON.stringify(colex)
            ? 'looks like the pairs were ordered by their later column ((0,1), (0,2), (1,2), (0,3) …); '
            : ''
        }the header fixes (0,1), (0,2), …, (0,p−1), (1,2), …, (p−2,p−1) (${THEORY})`,
      ).toEqual([
        [2, 3, 5, 7, 6, 10, 14, 15, 21, 35],
        [1, -1, 2, -2, -1, 2, -2, -2, 2, -4],
      ]);
    });

    it('the standardizer matches scikit-learn StandardScaler’s documented example', () => {
      // scikit-learn docs: data [[0, 0], [0, 0], [1, 1], [1, 1]] gives mean_ [0.5, 0.5],
      // scale_ [0.5, 0.5] (population sd), and transform([[2, 2]]) = [[3, 3]].
      const standardizer = fitStandardizer([
        [0, 0],
        [0, 0],
        [1, 1],
        [1, 1],
      ]);
      expectAllClose(standardizer.means, [0.5, 0.5], EXACT);
      expectAllClose(standardizer.standardDeviations, [0.5, 0.5], {
        ...EXACT,
        hint: 'StandardScaler divides by n (population sd); n − 1 gives 0.577 here',
      });
      expectAllClose(standardizer.transform([[2, 2]])[0] ?? [], [3, 3], {
        ...EXACT,
        hint: `transform applies the training statistics, (2 − 0.5)/0.5 = 3; a NaN or 0 here means the mean and sd were re-estimated from the one row given: that is standardisation fitted on test data (${THEORY})`,
      });
    });
  });

  describe('properties', () => {
    it('standardised training columns have mean 0 and population sd 1', () => {
      const standardized = fitStandardizer(train).transform(train);
      for (let j = 0; j < 3; j += 1) {
        expectClose(mean(column(standardized, j)), 0, { rtol: 0, atol: 1e-12 });
        expectClose(populationSd(column(standardized, j)), 1, { rtol: 1e-12, atol: 0 });
      }
    });

    it('with an intercept, standardising changes the coefficients but not the fitted values', () => {
      // Each standardised column is an affine function of the raw one, and the intercept
      // column absorbs the shifts: same column space, same projection of y.
      const y = train.map((row) => 2 + 0.1 * row[0]! - 4 * row[1]! + rng.normal());
      const standardizer = fitStandardizer(train);
      const raw = fitLeastSquares('spec', addInterceptColumn(train), y);
      const scaled = fitLeastSquares('spec', addInterceptColumn(standardizer.transform(train)), y);
      expectAllClose(scaled.fitted, raw.fitted, { rtol: 1e-10, atol: 1e-10 });
      // Slopes per standard deviation: b_scaled = b_raw · sd.
      standardizer.standardDeviations.forEach((sd, j) =>
        expectClose(scaled.coefficients[j + 1]!, raw.coefficients[j + 1]! * sd, {
          rtol: 1e-9,
          atol: 1e-12,
        }),
      );
    });

    it('centring x before taking powers removes the near-collinearity of x and x²', () => {
      // x = 10…20: x² is almost a straight line in x (corr 0.9989). Centred, x = −5…5 is
      // symmetric, so Σx·x² = Σx³ = 0 and corr(x, x²) = 0 exactly.
      const x = Array.from({ length: 11 }, (_, i) => 10 + i);
      const raw = polynomialColumns(x, 2);
      const centred = polynomialColumns(
        x.map((v) => v - 15),
        2,
      );
      expect(
        pearson(column(raw, 0), column(raw, 1)),
        'raw x = 10…20: x and x² are nearly collinear (corr 0.9989), which is why polynomial columns are centred first (theory: #design-matrices-and-leakage)',
      ).toBeGreaterThan(0.99);
      expectClose(pearson(column(centred, 0), column(centred, 1)), 0, { rtol: 0, atol: 1e-12 });
    });
  });

  describe('diagnostics', () => {
    it('new rows are transformed with the training statistics, so a shifted test set is not re-centred', () => {
      const standardizer = fitStandardizer(train);
      const transformed = standardizer.transform(test);
      const expected = test.map((row) =>
        row.map((value, j) => (value - mean(column(train, j))) / populationSd(column(train, j))),
      );
      transformed.forEach((row, i) =>
        expectAllClose(row, expected[i] ?? [], {
          rtol: 1e-12,
          atol: 1e-12,
          hint: `looks like transform re-estimated the mean and sd from the rows it was given: that is standardisation fitted on test data (${THEORY})`,
        }),
      );
      // The test rows sit 15 units (1.5 training sds) to the right, and the transform keeps it so.
      expect(
        mean(column(transformed, 0)),
        `test rows 15 units right of the training mean should stay about 1.5 training sds right after transform; near 0 means they were re-centred on their own mean: standardisation fitted on test data (${THEORY})`,
      ).toBeGreaterThan(1);
      // A single row is transformed, not rejected or zeroed for lack of spread.
      const firstRow = train[0] ?? [];
      expectAllClose(
        standardizer.transform([firstRow])[0] ?? [],
        standardizer.transform(train)[0] ?? [],
        EXACT,
      );
    });

    it('statistics fitted on all the rows differ from training-only ones and move with the test data (leakage)', () => {
      const trainOnly = fitStandardizer(train);
      const leaky = fitStandardizer([...train, ...test]);
      // The all-rows mean is pulled towards the test rows by 10/50 of the gap between the two
      // means (a weighted average), here more than one unit of feature 0.
      const gap = mean(column(test, 0)) - mean(column(train, 0));
      const pull = leaky.means[0]! - trainOnly.means[0]!;
      expectClose(pull, (10 / 50) * gap, { rtol: 1e-10, atol: 1e-12 });
      expect(Math.abs(pull), 'the all-rows mean moves by more than a unit').toBeGreaterThan(1);
      // Change one test value: the leaky statistics move with it (by 1000/50 in the mean), while
      // the training-only ones never saw it.
      const alteredTest = test.map((row, i) => (i === 0 ? [row[0]! + 1000, ...row.slice(1)] : row));
      const leakyAgain = fitStandardizer([...train, ...alteredTest]);
      expectClose(leakyAgain.means[0]! - leaky.means[0]!, 1000 / 50, EXACT);
      // And the training features a model would see change with them.
      const seenByModel = leakyAgain.transform(train)[0]?.[0] as number;
      expect(
        seenByModel,
        `statistics fitted on all rows change the training features the model sees (${THEORY})`,
      ).not.toBeCloseTo(trainOnly.transform(train)[0]?.[0] as number, 3);
    });
  });

  describe('errors', () => {
    it('empty, ragged or non-finite inputs throw typed errors naming the function', () => {
      const matrixFunctions = { addInterceptColumn, pairwiseInteractions, fitStandardizer };
      for (const [name, fn] of Object.entries(matrixFunctions)) {
        expectLabError(() => fn([]), EmptyInputError, name);
        expectLabError(() => fn([[1, 2], [3]]), ShapeMismatchError, name);
        expectLabError(
          () =>
            fn([
              [1, 2],
              [3, Number.NaN],
            ]),
          NonFiniteValueError,
          name,
        );
      }
      expectLabError(() => fitStandardizer([[1, 2]]), EmptyInputError, 'fitStandardizer');
      expectLabError(() => polynomialColumns([], 2), EmptyInputError, 'polynomialColumns');
      expectLabError(
        () => polynomialColumns([1, Number.POSITIVE_INFINITY], 2),
        NonFiniteValueError,
        'polynomialColumns',
      );
    });

    it('a degree that is not an integer ≥ 1 throws InvalidArgumentError', () => {
      for (const degree of [0, -1, 1.5, Number.NaN]) {
        expectLabError(
          () => polynomialColumns([1, 2], degree),
          InvalidArgumentError,
          'polynomialColumns',
        );
      }
    });

    it('transform refuses rows with a different column count than training, wider as well as narrower', () => {
      const standardizer = fitStandardizer(train);
      expectLabError(() => standardizer.transform([[1, 2]]), ShapeMismatchError, 'transform');
      // A wider row must not be cut silently to the training columns.
      expectLabError(() => standardizer.transform([[1, 2, 3, 4]]), ShapeMismatchError, 'transform');
      expectLabError(
        () =>
          standardizer.transform([
            [1, 2, 3],
            [1, 2],
          ]),
        ShapeMismatchError,
        'transform',
      );
      expectLabError(() => standardizer.transform([]), EmptyInputError, 'transform');
      expectLabError(
        () => standardizer.transform([[1, 2, Number.NaN]]),
        NonFiniteValueError,
        'transform',
      );
    });

    it('a constant training column (such as an intercept added too early) is refused, naming the column', () => {
      const error = expectLabError(
        () => fitStandardizer(addInterceptColumn(train)),
        InvalidArgumentError,
        'fitStandardizer',
      );
      expect(error.message, 'the message names the constant column, 0 here').toMatch(/column 0\b/);
      // Constancy is judged on the values: 40 copies of 0.1 average to a number that is not
      // exactly 0.1, so their computed sd is rounding noise rather than 0.
      const withConstant = train.map((row) => [row[0]!, 0.1, row[2]!]);
      const flat = expectLabError(
        () => fitStandardizer(withConstant),
        InvalidArgumentError,
        'fitStandardizer',
      );
      expect(
        flat.message,
        `a column of 0.1s does not vary: judge it on the values (every entry equal), not on a computed sd being 0 (${THEORY})`,
      ).toMatch(/column 1\b/);
    });

    it('no function changes its inputs', () => {
      const rows = [
        [2, 3, 5],
        [1, 4, 9],
        [0, 6, 1],
      ];
      const values = [2, 3];
      const copy = JSON.stringify([rows, values]);
      addInterceptColumn(rows);
      pairwiseInteractions(rows);
      polynomialColumns(values, 3);
      fitStandardizer(rows).transform(rows);
      expect(JSON.stringify([rows, values]), 'the inputs must be left as they were given').toBe(
        copy,
      );
    });
  });
  describe('scale (data near 10^±200)', () => {
    it('powers and products beyond double precision throw NonFiniteValueError, never ∞ or a false 0', () => {
      // (10^±200)² = 10^±400: outside double precision, so the column cannot be formed.
      for (const value of [1e200, -1e200, 1e-200]) {
        expectLabError(
          () => polynomialColumns([2, value], 2),
          NonFiniteValueError,
          'polynomialColumns',
          `x = ${value}: x² is about 10^±400, outside double precision: expected the overflow error, not ∞ or 0 (${THEORY})`,
        );
        expectLabError(
          () =>
            pairwiseInteractions([
              [1, 2],
              [value, value],
            ]),
          NonFiniteValueError,
          'pairwiseInteractions',
          `row [${value}, ${value}]: their product is about 10^±400: expected the overflow error (${THEORY})`,
        );
      }
      // x = 0 is not an underflow: its powers are exactly 0.
      expectAllClose(polynomialColumns([0, 1e-100], 2).flat(), [0, 0, 1e-100, 1e-200], {
        rtol: 1e-12,
        atol: 0,
        hint: `x = 0 has powers 0 and x = 1e-100 has x² = 1e-200, both doubles (${THEORY})`,
      });
      // A product with a 0 is exactly 0, not an underflow; 1e-100 · 1e-100 = 1e-200 is a double.
      expectAllClose(
        pairwiseInteractions([
          [0, 1e-200],
          [1e-200, 0],
          [1e-100, 1e-100],
        ]).flat(),
        [0, 1e-200, 0, 1e-200, 0, 0, 1e-100, 1e-100, 1e-200],
        {
          rtol: 1e-12,
          atol: 0,
          hint: `rows [0, 1e-200], [1e-200, 0] and [1e-100, 1e-100] have products 0, 0 and 1e-200, both doubles: an error here treats an exact 0 as an underflow (${THEORY})`,
        },
      );
    });

    it('a z-score beyond double precision throws NonFiniteValueError naming transform', () => {
      // Training column [0, 2e-300]: mean 1e-300, sd 1e-300 (hand derivation), so x = 1e10 has the
      // z-score (1e10 − 1e-300)/1e-300 ≈ 1e310, beyond the largest double (1.8e308).
      const standardizer = fitStandardizer([[0], [2e-300]]);
      expectLabError(
        () => standardizer.transform([[1e10]]),
        NonFiniteValueError,
        'transform',
        `a training sd of 1e-300 puts x = 1e10 at about 1e310 sds: expected the overflow error from transform, not ∞ (${THEORY})`,
      );
    });

    it('the standardizer is right at 10^±200: means and sds scale with the column, z-scores do not', () => {
      // The header's example, [[0,0],[0,0],[1,1],[1,1]], times factor: means and sds 0.5·factor,
      // and transform([[2·factor, 2·factor]]) = [[3, 3]] as at scale 1.
      for (const factor of [1e200, 1e-200]) {
        const rows = [
          [0, 0],
          [0, 0],
          [1, 1],
          [1, 1],
        ].map((row) => row.map((v) => v * factor));
        const standardizer = fitStandardizer(rows);
        const hint = (what: string) =>
          `training rows × ${factor}: ${what}; ∞ or 0 means the squares overflowed or underflowed: scale each column before squaring (${THEORY})`;
        expectAllClose(standardizer.means, [0.5 * factor, 0.5 * factor], {
          rtol: 1e-12,
          atol: 0,
          hint: hint('means 0.5·factor'),
        });
        expectAllClose(standardizer.standardDeviations, [0.5 * factor, 0.5 * factor], {
          rtol: 1e-12,
          atol: 0,
          hint: hint('population sds 0.5·factor'),
        });
        expectAllClose(standardizer.transform([[2 * factor, 2 * factor]]).flat(), [3, 3], {
          rtol: 1e-12,
          atol: 0,
          hint: hint('z-scores (2 − 0.5)/0.5 = 3, unchanged by the scale'),
        });
      }
    });
  });
});
