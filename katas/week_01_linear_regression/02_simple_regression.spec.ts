/**
 * Spec for kata 01.02 — Simple regression in closed form.
 * Theory: theory/week_01_linear_regression.md#simple-regression-and-anscombes-quartet
 * Assumptions checked: A1 (Anscombe's set II, a curve that only the residuals reveal), A3 (a
 * constant x leaves the slope unidentified).
 */
import { describe, expect, it } from 'vitest';
import { expectAllClose, expectClose, expectLabError } from '../../helpers/assertions';
import {
  ANSCOMBE_PUBLISHED_SUMMARY,
  ANSCOMBE_QUARTET,
  type PublishedValue,
} from '../../helpers/datasets/anscombe';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  RankDeficiencyError,
  ShapeMismatchError,
} from '../../helpers/errors';
import { createRng } from '../../helpers/random';
import { bivariateSummary, simpleLinearRegression } from './02_simple_regression';

const SEED = 'kata-01.02';
const EXACT = { rtol: 1e-12, atol: 1e-12 };
const THEORY = 'theory: #simple-regression-and-anscombes-quartet';
// Hand example: x̄ = 3, ȳ = 4, Sxx = 10, Syy = 6, Sxy = 6, so slope 0.6, intercept 2.2,
// fitted [2.8, 3.4, 4, 4.6, 5.2], residuals [−0.8, 0.6, 1, −0.6, −0.2], RSS 2.4, R² = 0.6.
const HAND_X = [1, 2, 3, 4, 5];
const HAND_Y = [2, 4, 5, 4, 5];

const sum = (values: readonly number[]): number => values.reduce((total, v) => total + v, 0);
const dot = (a: readonly number[], b: readonly number[]): number =>
  a.reduce((total, v, i) => total + v * b[i]!, 0);

/** expectLabError with a hint before its own message; a stub's NotImplementedError passes through. */
function anscombe(index: number): { x: number[]; y: number[] } {
  const set = ANSCOMBE_QUARTET[index];
  return { x: [...(set?.x ?? [])], y: [...(set?.y ?? [])] };
}

/** Pearson correlation, written out here so the diagnostics do not lean on the kata. */
function pearson(a: readonly number[], b: readonly number[]): number {
  const ma = sum(a) / a.length;
  const mb = sum(b) / b.length;
  const ca = a.map((v) => v - ma);
  const cb = b.map((v) => v - mb);
  return dot(ca, cb) / Math.sqrt(dot(ca, ca) * dot(cb, cb));
}

describe('kata 01.02 simple regression in closed form', () => {
  const rng = createRng(SEED);
  // n = 30 draws around a large mean, so a centring mistake shows.
  const x = rng.normalVector(30, 5, 2);
  const y = x.map((value) => 100 + 0.5 * value + rng.normal(0, 1));

  describe('definition', () => {
    it('the slope is Sxy/Sxx and the intercept puts the line through the means', () => {
      const fit = simpleLinearRegression(HAND_X, HAND_Y);
      expectClose(fit.slope, 0.6, EXACT);
      expectClose(fit.intercept, 2.2, EXACT);
      expectAllClose(fit.fitted, [2.8, 3.4, 4, 4.6, 5.2], EXACT);
      expectAllClose(fit.residuals, [-0.8, 0.6, 1, -0.6, -0.2], EXACT);
      expectClose(fit.rss, 2.4, EXACT);
      // R² = 1 − 2.4/6; the uncentred 1 − RSS/Σy² would be 1 − 2.4/86.
      expectClose(fit.rSquared, 0.6, {
        ...EXACT,
        hint:
          Math.abs(fit.rSquared - (1 - 2.4 / 86)) < 1e-12
            ? `looks like the uncentred R² = 1 − RSS/Σy²; with an intercept R² compares RSS with Σ(y − ȳ)², the error of the intercept-only model (${THEORY})`
            : `R² = 1 − RSS/Σ(y − ȳ)² = 1 − 2.4/6 here (${THEORY})`,
      });
      expectClose(fit.correlation, 6 / Math.sqrt(60), EXACT);
      expectAllClose(fit.predict([0, 6]), [2.2, 5.8], EXACT);
    });

    it('the summary uses sample variances and covariance (divisor n − 1)', () => {
      const summary = bivariateSummary(HAND_X, HAND_Y);
      expect(summary.n, 'n counts the points').toBe(5);
      expectClose(summary.meanX, 3, EXACT);
      expectClose(summary.meanY, 4, EXACT);
      expectClose(summary.varianceX, 2.5, {
        ...EXACT,
        hint: 'Sxx = 10 over n − 1 = 4 degrees of freedom; looks like the variance was divided by n',
      });
      expectClose(summary.varianceY, 1.5, EXACT);
      expectClose(summary.covariance, 1.5, EXACT);
      expectClose(summary.correlation, 6 / Math.sqrt(60), EXACT);
    });

    it('on Anscombe’s set I the fit equals the exact answer from the printed table', () => {
      // Exact rational arithmetic on the printed decimals: Sxx = 110, Sxy = 55.01, so the slope
      // is 5501/11000 and the intercept 33001/11000; r = 0.816420516344840 (40-digit arithmetic;
      // R: cor(anscombe$x1, anscombe$y1) = 0.8164205, lm gives 3.0001 and 0.5001).
      const { x: x1, y: y1 } = anscombe(0);
      const fit = simpleLinearRegression(x1, y1);
      expectClose(fit.slope, 5501 / 11000, EXACT);
      expectClose(fit.intercept, 33001 / 11000, EXACT);
      expectClose(fit.correlation, 0.8164205163448398, EXACT);
      expectClose(fit.rSquared, 0.6665424595087749, EXACT);
    });
  });

  describe('properties', () => {
    it('the residuals satisfy the normal equations: they sum to zero and are orthogonal to x', () => {
      const fit = simpleLinearRegression(x, y);
      // Scale of the terms summed: |e|·|x| ~ 10 per row, so 1e-10 absolute is rounding.
      expectClose(sum(fit.residuals), 0, { rtol: 0, atol: 1e-10 });
      expectClose(dot(fit.residuals, x), 0, { rtol: 0, atol: 1e-10 });
      expectClose(fit.predict([sum(x) / x.length])[0]!, sum(y) / y.length, EXACT);
    });

    it('slope = r·sy/sx and R² = r² = 1 − RSS/Σ(y − ȳ)², the centred R²', () => {
      const fit = simpleLinearRegression(x, y);
      const summary = bivariateSummary(x, y);
      expectClose(
        fit.slope,
        summary.correlation * Math.sqrt(summary.varianceY / summary.varianceX),
        EXACT,
      );
      // With ȳ ≈ 102.5 the uncentred 1 − RSS/Σy² is about 0.9999; the centred R² is r².
      expectClose(fit.rSquared, summary.correlation ** 2, {
        rtol: 1e-10,
        atol: 1e-12,
        hint: `looks like the uncentred R² = 1 − RSS/Σy²; with an intercept R² compares RSS with Σ(y − ȳ)², the error of the intercept-only model (${THEORY})`,
      });
      expectClose(fit.rSquared, 1 - fit.rss / sum(y.map((v) => (v - summary.meanY) ** 2)), {
        rtol: 1e-10,
        atol: 1e-12,
      });
    });

    it('regressing x on y does not invert the slope: b(y on x)·b(x on y) = r²', () => {
      const forward = simpleLinearRegression(x, y);
      const backward = simpleLinearRegression(y, x);
      // Sxy/Sxx · Sxy/Syy = r² < 1: both lines regress towards the mean.
      expectClose(forward.slope * backward.slope, forward.rSquared, { rtol: 1e-10, atol: 0 });
      expect(
        Math.abs(1 / backward.slope),
        `the slope of x on y is not the inverse of the slope of y on x (${THEORY})`,
      ).toBeGreaterThan(Math.abs(forward.slope));
    });

    it('rescaling and shifting x rescales the slope and leaves r, R² and the fitted values alone', () => {
      const fit = simpleLinearRegression(x, y);
      const rescaled = simpleLinearRegression(
        x.map((value) => 1000 * value - 5),
        y,
      );
      expectClose(rescaled.slope, fit.slope / 1000, { rtol: 1e-10, atol: 0 });
      expectClose(rescaled.correlation, fit.correlation, { rtol: 1e-10, atol: 0 });
      expectClose(rescaled.rSquared, fit.rSquared, { rtol: 1e-10, atol: 0 });
      expectAllClose(rescaled.fitted, fit.fitted, { rtol: 1e-10, atol: 0 });
    });
  });

  describe('diagnostics', () => {
    it('the four Anscombe sets share the fit and summary statistics to the published precision', () => {
      // Anscombe (1973) as reprinted by Tufte (1983): mean x 9, var x 11, mean y 7.50,
      // var y 4.125 ± 0.003, r 0.816, y = 3.00 + 0.500x, R² 0.67 (helpers/datasets/anscombe.ts).
      const published = ANSCOMBE_PUBLISHED_SUMMARY;
      const near = (actual: number, value: PublishedValue, label: string): void =>
        expectClose(actual, value.value, { rtol: 0, atol: value.tolerance + 1e-12, hint: label });
      for (const set of ANSCOMBE_QUARTET) {
        const summary = bivariateSummary(set.x, set.y);
        const fit = simpleLinearRegression(set.x, set.y);
        near(summary.meanX, published.meanX, `set ${set.name}: mean x`);
        near(summary.varianceX, published.varianceX, `set ${set.name}: sample variance of x`);
        near(summary.meanY, published.meanY, `set ${set.name}: mean y`);
        near(summary.varianceY, published.varianceY, `set ${set.name}: sample variance of y`);
        near(summary.correlation, published.correlation, `set ${set.name}: correlation`);
        near(fit.intercept, published.intercept, `set ${set.name}: intercept`);
        near(fit.slope, published.slope, `set ${set.name}: slope`);
        near(fit.rSquared, published.rSquared, `set ${set.name}: R²`);
      }
    });

    it('their residuals tell them apart: a parabola in II, an outlier in III, one point carrying the slope in IV', () => {
      const residualsOf = (index: number): { x: number[]; e: number[] } => {
        const { x: xs, y: ys } = anscombe(index);
        return { x: xs, e: simpleLinearRegression(xs, ys).residuals };
      };
      const curvature = ({ x: xs, e }: { x: number[]; e: number[] }): number =>
        pearson(
          e,
          xs.map((value) => (value - 9) ** 2),
        );
      const largestOverNext = (e: number[]): number => {
        const sorted = e.map(Math.abs).sort((a, b) => b - a);
        return sorted[0]! / sorted[1]!;
      };
      const [one, two, three, four] = [0, 1, 2, 3].map(residualsOf);
      if (one === undefined || two === undefined || three === undefined || four === undefined)
        throw new Error('the quartet has four sets');
      // Measured on the published table: corr(e, (x − 9)²) is −0.25 for I and −1.0000 for II.
      expect(Math.abs(curvature(one)), 'set I: residuals without curvature').toBeLessThan(0.5);
      expect(
        Math.abs(curvature(two)),
        `set II: residuals are a parabola in x (${THEORY})`,
      ).toBeGreaterThan(0.99);
      // III: the point (13, 12.74) leaves a residual of 3.24, 2.8 times the next largest;
      // I's largest is 1.04 times its next.
      expect(
        largestOverNext(three.e),
        `set III: one residual stands out (${THEORY})`,
      ).toBeGreaterThan(2);
      expect(largestOverNext(one.e), 'set I: no residual stands out').toBeLessThan(1.5);
      expect(
        three.e.map(Math.abs).indexOf(Math.max(...three.e.map(Math.abs))),
        'set III: the outlier is row 2, (13, 12.74); residuals stay in the order of the data',
      ).toBe(2);
      // IV: the line passes exactly through (19, 12.50), the only point with x ≠ 8 (leverage 1).
      expectClose(four.e[7]!, 0, { rtol: 0, atol: 1e-12 });
      const { x: x4, y: y4 } = anscombe(3);
      const moved = simpleLinearRegression(
        x4,
        y4.map((value, i) => (i === 7 ? value + 11 : value)),
      );
      // The slope is (y at 19 − mean y at 8)/(19 − 8): raising that one y by 11 adds exactly 1.
      expectClose(moved.slope - simpleLinearRegression(x4, y4).slope, 1, { rtol: 1e-9, atol: 0 });
      expectClose(moved.residuals[7]!, 0, { rtol: 0, atol: 1e-12 });
    });

    it('a large common offset leaves the slope unchanged, because the sums are taken about the means', () => {
      // Same hand example shifted by 10⁹ in both variables: slope 0.6 exactly in real arithmetic,
      // intercept (10⁹ + 4) − 0.6·(10⁹ + 3) = 4·10⁸ + 2.2. Tolerances hold for every stable
      // method: two passes are exact here, Welford's updates err by at most n·(x̄/sx)·ε ≈ 7·10⁻⁷
      // (Chan, Golub & LeVeque 1983; measured 1·10⁻⁸), the intercept by x̄/a times that. The
      // one-pass Σx² − n·x̄² has an error of ε·n·x̄² ≈ 10³ against Sxx = 10: slope 0 or NaN.
      const offset = 1e9;
      const fit = simpleLinearRegression(
        HAND_X.map((value) => value + offset),
        HAND_Y.map((value) => value + offset),
      );
      expectClose(fit.slope, 0.6, {
        rtol: 1e-6,
        atol: 0,
        hint: `looks like Sxx = Σx² − n·x̄² (the one-pass formula), which cancels catastrophically when the mean is large compared with the spread; subtract the means first (${THEORY})`,
      });
      expectClose(fit.intercept, 4e8 + 2.2, {
        rtol: 2e-6,
        atol: 0,
        hint: `intercept = ȳ − slope·x̄ with the means of the shifted data (${THEORY})`,
      });
      expectAllClose(fit.residuals, [-0.8, 0.6, 1, -0.6, -0.2], { rtol: 0, atol: 1e-6 });
    });
  });

  describe('errors', () => {
    const functions = { bivariateSummary, simpleLinearRegression };

    it('too few points, mismatched lengths or non-finite values throw typed errors naming the function', () => {
      for (const [name, fn] of Object.entries(functions)) {
        expectLabError(() => fn([], []), EmptyInputError, name);
        expectLabError(() => fn([1], [2]), EmptyInputError, name);
        expectLabError(() => fn([1, 2, 3], [1, 2]), ShapeMismatchError, name);
        expectLabError(() => fn([1, 2], [1, 2, 3]), ShapeMismatchError, name);
        expectLabError(() => fn([1, 2, Number.NaN], [1, 2, 3]), NonFiniteValueError, name);
        expectLabError(
          () => fn([1, 2, 3], [1, Number.NEGATIVE_INFINITY, 3]),
          NonFiniteValueError,
          name,
        );
      }
    });

    it('two points are enough: the line through them, with zero residuals', () => {
      const fit = simpleLinearRegression([1, 2], [3, 5]);
      expectClose(fit.slope, 2, EXACT);
      expectClose(fit.intercept, 1, EXACT);
      expectAllClose(fit.residuals, [0, 0], EXACT);
      expectClose(fit.rSquared, 1, EXACT);
      expectClose(bivariateSummary([1, 2], [3, 5]).correlation, 1, EXACT);
    });

    it('predict checks its input and names itself', () => {
      const fit = simpleLinearRegression(HAND_X, HAND_Y);
      const hint = `predict validates xNew like the data (header: Errors): a NaN prediction must not leave the fit silently (${THEORY})`;
      expectLabError(() => fit.predict([1, Number.NaN]), NonFiniteValueError, 'predict', hint);
      expectLabError(
        () => fit.predict([Number.POSITIVE_INFINITY]),
        NonFiniteValueError,
        'predict',
        hint,
      );
      expectLabError(() => fit.predict([]), EmptyInputError, 'predict', hint);
    });

    it('no function changes its inputs', () => {
      const xs = [3, 1, 2, 5, 4];
      const ys = [2, 4, 5, 4, 5];
      const xNew = [7, 6];
      const fit = simpleLinearRegression(xs, ys);
      fit.predict(xNew);
      bivariateSummary(xs, ys);
      expect(
        [xs, ys, xNew],
        'x, y and xNew must be left as they were given (copy before sorting or centring in place)',
      ).toEqual([
        [3, 1, 2, 5, 4],
        [2, 4, 5, 4, 5],
        [7, 6],
      ]);
    });

    it('a constant x is rank deficiency in column 1 of [1, x]; a constant y leaves r undefined', () => {
      for (const [name, fn] of Object.entries(functions)) {
        // Three copies of 0.1 average to 0.10000000000000002: a test on Sxx === 0 misses this.
        const onData = `constancy is judged on the data (every value equal), not on a computed Sxx or Syy being 0: three copies of 0.1 average to 0.10000000000000002 (${THEORY})`;
        for (const constantX of [
          [2, 2, 2],
          [0.1, 0.1, 0.1],
        ]) {
          const error = expectLabError(
            () => fn(constantX, [1, 2, 3]),
            RankDeficiencyError,
            name,
            `${name}, x = [${constantX.join(', ')}]: ${onData}`,
          );
          expect(
            (error as RankDeficiencyError).columns,
            `${name}: the slope is column 1 of [1, x]`,
          ).toEqual([1]);
        }
        for (const constantY of [
          [4, 4, 4],
          [0.1, 0.1, 0.1],
        ]) {
          expectLabError(
            () => fn([1, 2, 3], constantY),
            InvalidArgumentError,
            name,
            `${name}, y = [${constantY.join(', ')}]: r is 0/0 for a constant y; ${onData}`,
          );
        }
      }
    });
  });
  describe('scale (data near 10^±200)', () => {
    const times = (values: number[], factor: number) => values.map((v) => v * factor);

    it('the line is right with x at 10^±200: slope in units of y/x, fitted in scaled units', () => {
      // slope = 0.6 (Sxy = 6, Sxx = 10, the header's example), so 0.6/factor for x × factor;
      // intercept, r, R² and RSS do not depend on the units of x.
      for (const factor of [1e200, 1e-200]) {
        const fit = simpleLinearRegression(times(HAND_X, factor), HAND_Y);
        const hint = (what: string) =>
          `x × ${factor}: ${what}; 0, ∞ or NaN means Sxx overflowed or underflowed: scale x and y before squaring (${THEORY})`;
        expectClose(fit.slope, 0.6 / factor, {
          rtol: 1e-12,
          atol: 0,
          hint: hint('slope 0.6/factor'),
        });
        expectClose(fit.intercept, 2.2, { rtol: 1e-12, atol: 0, hint: hint('intercept 2.2') });
        expectClose(fit.correlation, Math.sqrt(0.6), {
          rtol: 1e-12,
          atol: 0,
          hint: hint('r = √0.6'),
        });
        expectClose(fit.rSquared, 0.6, { rtol: 1e-12, atol: 0, hint: hint('R² 0.6') });
        expectClose(fit.rss, 2.4, { rtol: 1e-12, atol: 0, hint: hint('RSS 2.4') });
      }
    });

    it('variances and r are right with x and y at 10^±150, where Sxx·Syy leaves double precision', () => {
      // Var x = 2.5, Var y = 1.5, Cov = 1.5 (hand derivation), times factor² each; r = 1.5/√3.75.
      for (const factor of [1e150, 1e-150]) {
        const summary = bivariateSummary(times(HAND_X, factor), times(HAND_Y, factor));
        const hint = (what: string) =>
          `x and y × ${factor}: ${what}; r of 0 or ∞ means Sxx·Syy overflowed or underflowed (${THEORY})`;
        expectClose(summary.varianceX, 2.5 * factor * factor, {
          rtol: 1e-12,
          atol: 0,
          hint: hint('Var x'),
        });
        expectClose(summary.varianceY, 1.5 * factor * factor, {
          rtol: 1e-12,
          atol: 0,
          hint: hint('Var y'),
        });
        expectClose(summary.covariance, 1.5 * factor * factor, {
          rtol: 1e-12,
          atol: 0,
          hint: hint('Cov'),
        });
        expectClose(summary.correlation, 1.5 / Math.sqrt(3.75), {
          rtol: 1e-12,
          atol: 0,
          hint: hint('r'),
        });
        const fit = simpleLinearRegression(times(HAND_X, factor), times(HAND_Y, factor));
        expectClose(fit.correlation, 1.5 / Math.sqrt(3.75), {
          rtol: 1e-12,
          atol: 0,
          hint: hint('fit r'),
        });
        expectClose(fit.slope, 0.6, { rtol: 1e-12, atol: 0, hint: hint('slope 0.6') });
      }
    });

    it('a variance or RSS beyond double precision throws NonFiniteValueError, never ∞ or a false 0', () => {
      for (const factor of [1e200, 1e-200]) {
        // Var x of x × 10^±200 is 2.5·10^±400; the RSS of y × 10^±200 is 2.4·10^±400.
        expectLabError(
          () => bivariateSummary(times(HAND_X, factor), HAND_Y),
          NonFiniteValueError,
          'bivariateSummary',
          `Var x of x × ${factor} is 2.5·${factor}², outside double precision: expected the overflow error (${THEORY})`,
        );
        expectLabError(
          () => simpleLinearRegression(HAND_X, times(HAND_Y, factor)),
          NonFiniteValueError,
          'simpleLinearRegression',
          `the RSS of y × ${factor} is 2.4·${factor}², outside double precision: expected the overflow error (${THEORY})`,
        );
      }
    });
  });
});
