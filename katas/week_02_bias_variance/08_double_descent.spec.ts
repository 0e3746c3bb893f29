/**
 * Spec for kata 02.08 — Beyond the U-curve: double descent.
 * Theory: theory/week_02_bias_variance.md#beyond-the-u-curve-double-descent
 * Assumptions checked: B1 and B2 (additive noise of variance σ², the variance term), B4 (a
 * random Gaussian design, under which the excess risk is ‖β̂ − β‖²), B5 (squared-error risk).
 */
import { AssertionError } from 'node:assert';
import { Matrix as MlMatrix, pseudoInverse, solve } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { expectAllClose, expectClose, expectLabError } from '../../helpers/assertions';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  ShapeMismatchError,
} from '../../helpers/errors';
import type { Matrix } from '../../helpers/fitters';
import { fSurvival } from '../../helpers/distributions';
import { fitLeastSquares } from '../../helpers/least_squares';
import { createRng } from '../../helpers/random';
import { doubleDescentCurve, minimumNormLeastSquares } from './08_double_descent';

const SEED = 'kata-02.08';
const NORMAL_EQUATIONS =
  'looks like the minimum-norm fit went through the normal equations (XᵀX)⁻¹Xᵀy: with p > n, XᵀX is singular, and on an ill-conditioned X forming XᵀX squares the condition number; use the SVD of X (or a QR of Xᵀ) (theory: #beyond-the-u-curve-double-descent)';

const multiply = (X: Matrix, b: readonly number[]): number[] =>
  X.map((row) => row.reduce((sum, value, j) => sum + value * b[j]!, 0));
const norm = (v: readonly number[]): number => Math.hypot(...v);

/** The fit, with a failure inside it reported as the likely misconception (never a stub's own error). */
function fitOrExplain(X: Matrix, y: number[]): ReturnType<typeof minimumNormLeastSquares> {
  try {
    return minimumNormLeastSquares(X, y);
  } catch (error) {
    if (error instanceof Error && error.name !== 'NotImplementedError') {
      throw new AssertionError({ message: `${NORMAL_EQUATIONS}\n${error.name}: ${error.message}` });
    }
    throw error;
  }
}

function gaussianMatrix(label: string, n: number, p: number): Matrix {
  const rng = createRng(`${SEED}-${label}`);
  return Array.from({ length: n }, () => rng.normalVector(p));
}

describe('kata 02.08 beyond the U-curve: double descent', () => {
  describe('definition', () => {
    it('with more columns than rows it returns the interpolating solution of smallest norm', () => {
      // Hand derivation: XXᵀ = [[2, 1], [1, 2]], α = (XXᵀ)⁻¹y = (0, 1), β = Xᵀα = (0, 1, 1).
      // The null space of X is spanned by (1, −1, 1), and β is orthogonal to it.
      const X = [
        [1, 1, 0],
        [0, 1, 1],
      ];
      const fit = fitOrExplain(X, [1, 2]);
      expectAllClose(fit.coefficients, [0, 1, 1], {
        rtol: 1e-12,
        atol: 1e-12,
        hint: 'expected the minimum-norm interpolant (0, 1, 1) = Xᵀ(XXᵀ)⁻¹y; with p > n, XᵀX is singular and the normal equations cannot give it: use the SVD of X (theory: #beyond-the-u-curve-double-descent)',
      });
      const predictions = fit.predict([
        [1, 0, 0],
        [2, 2, 2],
      ]);
      expect(
        predictions.map((value) => typeof value),
        'predict returns one plain number per row (theory: #beyond-the-u-curve-double-descent)',
      ).toEqual(['number', 'number']);
      expectAllClose(predictions, [0, 4], { rtol: 1e-12, atol: 1e-12 });
    });

    it('on a rank-deficient design it splits the weight evenly between identical columns', () => {
      // Every (a, 2 − a) fits y = 2x exactly; a² + (2 − a)² is smallest at a = 1.
      const fit = fitOrExplain(
        [
          [1, 1],
          [2, 2],
          [3, 3],
        ],
        [2, 4, 6],
      );
      expectAllClose(fit.coefficients, [1, 1], { rtol: 1e-12, atol: 1e-12 });
    });

    it('on the zero design, whose singular values are all 0, it returns zero coefficients', () => {
      // No d_j exceeds the cutoff max(n, p)·ε·0 = 0, so the sum is empty: pinv(0) = 0, as
      // numpy.linalg.lstsq(np.zeros((3, 2)), [1, 2, 3]) returns [0, 0] with rank 0.
      const zero = [
        [0, 0],
        [0, 0],
        [0, 0],
      ];
      expectAllClose(fitOrExplain(zero, [1, 2, 3]).coefficients, [0, 0], { rtol: 0, atol: 0 });
    });

    it('with full column rank it is ordinary least squares without an intercept', () => {
      const X = gaussianMatrix('tall', 30, 5);
      const y = createRng(`${SEED}-tall-y`).normalVector(30);
      const ols = fitLeastSquares('spec', X, y).coefficients;
      expectAllClose(minimumNormLeastSquares(X, y).coefficients, ols, { rtol: 1e-10, atol: 1e-12 });
    });

    it('with p > n it interpolates, lies in the row space of X, and every other interpolant is longer', () => {
      // The row-space solution Xᵀ(XXᵀ)⁻¹y is safe to form here: a 6 × 15 Gaussian X is well
      // conditioned. Adding a null-space vector z keeps Xβ = y and adds ‖z‖² to ‖β‖².
      const X = gaussianMatrix('wide', 6, 15);
      const y = createRng(`${SEED}-wide-y`).normalVector(6);
      const fit = fitOrExplain(X, y);
      expectAllClose(multiply(X, fit.coefficients), y, { rtol: 1e-10, atol: 1e-10 });
      const M = new MlMatrix(X);
      const rowSpace = M.transpose()
        .mmul(solve(M.mmul(M.transpose()), MlMatrix.columnVector(y)))
        .getColumn(0);
      expectAllClose(fit.coefficients, rowSpace, { rtol: 1e-9, atol: 1e-10 });
      const v = createRng(`${SEED}-wide-z`).normalVector(15);
      const projected = M.transpose()
        .mmul(solve(M.mmul(M.transpose()), MlMatrix.columnVector(multiply(X, v))))
        .getColumn(0);
      const z = v.map((value, j) => value - projected[j]!);
      const other = fit.coefficients.map((value, j) => value + z[j]!);
      expectAllClose(multiply(X, other), y, { rtol: 1e-9, atol: 1e-9 });
      expectClose(norm(other) ** 2, norm(fit.coefficients) ** 2 + norm(z) ** 2, {
        rtol: 1e-9,
        atol: 0,
      });
    });
  });

  describe('properties', () => {
    it('stays accurate on an ill-conditioned design, where the normal equations lose most digits', () => {
      // Columns c1, c2 and c1 + c2 + δw: cond(X) ≈ 1.3e7 for δ = 1e-6 and 1.3e8 for δ = 1e-7,
      // so cond(XᵀX) ≈ 1e14–1e16. y = Xβ exactly (integers times β), so the SVD recovers β to
      // about cond·ε ≈ 1e-8 while every normal-equations variant tried (LU, Cholesky, inverse,
      // pinv of XᵀX) misses it by 1e-3 or more.
      const beta = [0.5, -0.25, 1.5];
      const c1 = [1, 2, 3, 4, 5, 6];
      const c2 = [1, -1, 2, -2, 3, -3];
      const w = [1, 0, -1, 0, 1, -1];
      for (const delta of [1e-6, 1e-7]) {
        const X = c1.map((value, i) => [value, c2[i]!, value + c2[i]! + delta * w[i]!]);
        const fit = minimumNormLeastSquares(X, multiply(X, beta));
        expectAllClose(fit.coefficients, beta, { rtol: 0, atol: 1e-6, hint: NORMAL_EQUATIONS });
      }
    });

    it('is linear in y: zero targets give zero coefficients and scaling y scales the fit', () => {
      const X = gaussianMatrix('linear', 4, 9);
      expectAllClose(
        minimumNormLeastSquares(X, [0, 0, 0, 0]).coefficients,
        new Array<number>(9).fill(0),
        {
          rtol: 0,
          atol: 1e-15,
        },
      );
      const y = [1, -2, 0.5, 3];
      const base = minimumNormLeastSquares(X, y).coefficients;
      expectAllClose(
        minimumNormLeastSquares(
          X,
          y.map((value) => -3 * value),
        ).coefficients,
        base.map((value) => -3 * value),
        { rtol: 1e-10, atol: 1e-12 },
      );
    });
  });

  describe('diagnostics', () => {
    // n = 10, r = ‖β‖ = 1, σ = 1 (SNR 1, so past the threshold the risk falls all the way
    // towards r²), 100 replicates per p. The simulation runs once and both specs read it.
    const n = 10;
    const sigma2 = 1;
    const r2 = 1;
    const featureCounts = [2, 5, 9, 10, 11, 15, 20, 40];
    let cached: ReturnType<typeof doubleDescentCurve> | undefined;
    const run = (): ReturnType<typeof doubleDescentCurve> =>
      (cached ??= doubleDescentCurve({
        sampleSize: n,
        featureCounts,
        signalNorm: 1,
        noiseSd: 1,
        replicates: 100,
        seed: SEED,
      }));
    // Excess risks near the threshold are heavy-tailed and right-skewed: a sample of 100 that
    // misses the rare large values has a mean below the truth *and* a standard error that runs
    // low. A pilot over 80 seeds put 3 % of correct runs beyond 4 SE, all below; allowing 15 %
    // of the expected value on top of 4 SE leaves none, and still rejects every wrong setting
    // tried (test instead of excess risk adds σ² = 1; β_j = r instead of r/√p multiplies r²
    // by p; a normal-equations fit breaks down past p = n).
    const tolerance = (expected: number, se: number): number => 4 * se + 0.15 * expected;
    /** Which slip a mean excess risk far from `expected` at p features looks like. */
    const riskHint = (p: number, got: number, expected: number): string => {
      const anchor = 'theory: #beyond-the-u-curve-double-descent';
      const close = (value: number): boolean => Math.abs(got - value) < 0.25 * value;
      if (close(expected + sigma2))
        return `mean risk ${got.toPrecision(4)} at p = ${p}, n = ${n} is about σ² above the excess risk ${expected.toPrecision(4)}: report the excess risk ‖β̂ − β‖², not the test error σ² + ‖β̂ − β‖² (${anchor})`;
      if (p > n && close(p * r2 * (1 - n / p) + (sigma2 * n) / (p - n - 1)))
        return `mean excess risk ${got.toPrecision(4)} at p = ${p}, n = ${n} matches ‖β‖² = p·r²: spread the signal as β_j = r/√p so that ‖β‖ = r at every p (${anchor})`;
      return `mean excess risk ‖β̂ − β‖² at p = ${p}, n = ${n}: expected about ${expected.toPrecision(4)} (${anchor})`;
    };

    // B4: a random Gaussian design, under which the excess risk is exactly ‖β̂ − β‖²; B1 and B2:
    // the noise of variance σ² behind the variance term σ²p/(n − p − 1) and σ²n/(p − n − 1).
    it('away from the threshold (|p − n| ≥ 5) the mean excess risk matches the exact finite-n expectations within about 4 standard errors', () => {
      // Exact for Gaussian X (theory): p < n − 1: σ²p/(n − p − 1); p > n + 1:
      // r²(1 − n/p) + σ²n/(p − n − 1). As n, p → ∞ with p/n → γ these become the asymptotic
      // σ²γ/(1 − γ) and r²(1 − 1/γ) + σ²/(γ − 1) (Hastie et al. 2019); at |p − n| = 5 the finite-n
      // values are 25 % larger for every n, which is why they are the reference here.
      const exact = (p: number): number =>
        p < n ? (sigma2 * p) / (n - p - 1) : r2 * (1 - n / p) + (sigma2 * n) / (p - n - 1);
      const points = run();
      expect(
        points.map((point) => point.features),
        'one point per requested feature count, in the order given (theory: #beyond-the-u-curve-double-descent)',
      ).toEqual(featureCounts);
      points.forEach((point) =>
        expectClose(point.ratio, point.features / n, { rtol: 1e-15, atol: 0 }),
      );
      for (const point of points.filter((candidate) => Math.abs(candidate.features - n) >= 5)) {
        expect(
          point.standardError,
          `p = ${point.features}: the standard error of the mean excess risk is positive over several replicates (theory: #beyond-the-u-curve-double-descent)`,
        ).toBeGreaterThan(0);
        expectClose(point.meanExcessRisk, exact(point.features), {
          rtol: 0,
          atol: tolerance(exact(point.features), point.standardError),
          hint: riskHint(point.features, point.meanExcessRisk, exact(point.features)),
        });
      }
      // Far from the threshold the asymptotic formula is already close: γ = 4 gives
      // 0.75 + 1/3 against the exact 0.75 + 10/29.
      const far = points.find((point) => point.features === 40);
      expectClose(far?.meanExcessRisk ?? Number.NaN, 0.75 * r2 + sigma2 / 3, {
        rtol: 0,
        atol: tolerance(0.75 * r2 + sigma2 / 3, far?.standardError ?? 0) + 10 / 29 - 1 / 3,
      });
    });

    // B5: risk under squared error; its expectation is infinite at |p − n| ≤ 1, so medians.
    it('near the threshold the risk peaks: the median excess risk is largest at p = n and falls on both sides', () => {
      // At |p − n| ≤ 1 the expected excess risk is infinite (E tr W⁻¹ diverges), so means are
      // dominated by a few replicates; medians are finite and stable, so the peak is checked
      // on them: largest at p = n, at least twice the medians at p = n ± 5, and decreasing
      // from p = n + 1 out to p = 4n (the second descent).
      const points = run();
      const median = (p: number): number =>
        points.find((point) => point.features === p)?.medianExcessRisk ?? Number.NaN;
      const medians = points.map((point) => point.medianExcessRisk);
      expect(
        points[medians.indexOf(Math.max(...medians))]?.features,
        `the median excess risk should peak at p = n = ${n}; the peak at another p suggests the wrong minimum-norm fit near the threshold (theory: #beyond-the-u-curve-double-descent)`,
      ).toBe(n);
      expect(
        median(n),
        `the median at p = n should exceed twice those at p = n ± 5: ${median(n)} against ${median(n - 5)} and ${median(n + 5)} (theory: #beyond-the-u-curve-double-descent)`,
      ).toBeGreaterThan(2 * Math.max(median(n - 5), median(n + 5)));
      expect(
        median(n + 1),
        `second descent: the median at p = n + 1 should exceed that at p = 15 (theory: #beyond-the-u-curve-double-descent)`,
      ).toBeGreaterThan(median(15));
      expect(
        median(15),
        `second descent: the median at p = 15 should exceed that at p = 20 (theory: #beyond-the-u-curve-double-descent)`,
      ).toBeGreaterThan(median(20));
      expect(
        median(20),
        `second descent: the median at p = 20 should exceed that at p = 40 (theory: #beyond-the-u-curve-double-descent)`,
      ).toBeGreaterThan(median(40));
      // The mean at the threshold is dominated by near-singular draws: far above its neighbours.
      const mean = (p: number): number =>
        points.find((point) => point.features === p)?.meanExcessRisk ?? Number.NaN;
      expect(
        mean(n),
        `the mean at p = n is dominated by near-singular draws: over 10× the mean at p = n + 5, got ${mean(n)} against ${mean(n + 5)} (theory: #beyond-the-u-curve-double-descent)`,
      ).toBeGreaterThan(10 * mean(n + 5));
    });

    it('each point summarises its R risks: mean, standard error = sample SD/√R, median', () => {
      // One feature, n = 40, no signal needed below the threshold: ‖β̂ − β‖² = σ²Z²/Σx², and
      // Z²/(Σx²/n) is F(1, n), so the risk is σ²·F(1, n)/n exactly. Its mean is σ²/(n − 2),
      // its SD σ²·√(2(n − 1)/((n − 2)²(n − 4))) = 0.0387, its median σ²·(F(1, n) median)/n.
      // With R = 1001 the sample SD and the sample median are each within about 7% (one SE;
      // the excess kurtosis of F(1, 40) is 16.7), checked to 30%: an SE of SD (not SD/√R) or
      // SD/R is 30 times off, and an unsorted "median" is one arbitrary replicate.
      const oneFeature = {
        sampleSize: 40,
        featureCounts: [1],
        signalNorm: 1,
        noiseSd: 1,
        seed: `${SEED}-summary`,
      };
      const [point] = doubleDescentCurve({ ...oneFeature, replicates: 1001 });
      if (point === undefined)
        throw new AssertionError({ message: 'doubleDescentCurve returned no point' });
      const sd = Math.sqrt((2 * 39) / (38 ** 2 * 36));
      expectClose(point.meanExcessRisk, 1 / 38, { rtol: 0, atol: 4 * point.standardError });
      expectClose(point.standardError * Math.sqrt(1001), sd, {
        rtol: 0.3,
        atol: 0,
        hint: 'standardError is the sample SD of the R risks divided by √R (the SD uses R − 1) (theory: #beyond-the-u-curve-double-descent)',
      });
      // The F(1, 40) median, by bisection on its survival function.
      let low = 0;
      let high = 2;
      for (let k = 0; k < 60; k += 1) {
        const middle = (low + high) / 2;
        if (fSurvival(middle, 1, 40) > 0.5) low = middle;
        else high = middle;
      }
      expectClose(point.medianExcessRisk, low / 40, {
        rtol: 0.3,
        atol: 0,
        hint: 'medianExcessRisk is the middle of the sorted risks (the mean of the two middle ones for even R) (theory: #beyond-the-u-curve-double-descent)',
      });
      // Two replicates: the median is the mean of both, whichever order they came in.
      const [two] = doubleDescentCurve({ ...oneFeature, replicates: 2 });
      expectClose(two?.medianExcessRisk ?? Number.NaN, two?.meanExcessRisk ?? Number.NaN, {
        rtol: 1e-12,
        atol: 0,
        hint: 'for an even number of replicates the median is the mean of the two middle risks',
      });
    });

    it('over many small experiments, R·SE² estimates the variance without bias and the median of three is the middle risk', () => {
      // K = 600 points of the one-feature setting above (risk σ²·F(1, 40)/40, variance 0.0015):
      // with R = 2 each R·SE² is the sample variance of two risks, unbiased only with the
      // divisor R − 1; with R = 3 each median is the middle order statistic X₍₂₎, whose mean
      // ∫ P(X₍₂₎ > x) dx = ∫ (S³ + 3S²(1 − S)) dx, S(x) = P(F(1, 40) > 40x), is integrated below.
      // Both averages are checked within 4 of their standard errors, measured from the points.
      const K = 600;
      const setting = {
        sampleSize: 40,
        signalNorm: 1,
        noiseSd: 1,
        featureCounts: new Array<number>(K).fill(1),
      };
      const averageWithin = (values: readonly number[], expected: number, hint: string): void => {
        const average = values.reduce((total, value) => total + value, 0) / values.length;
        const spread = values.reduce((total, value) => total + (value - average) ** 2, 0);
        const se = Math.sqrt(spread / (values.length - 1) / values.length);
        expectClose(average, expected, { rtol: 0, atol: 4 * se, hint });
      };
      const pairs = doubleDescentCurve({ ...setting, replicates: 2, seed: `${SEED}-pairs` });
      averageWithin(
        pairs.map((point) => 2 * point.standardError ** 2),
        (2 * 39) / (38 ** 2 * 36),
        'R·SE² should be the sample variance of the risks, divided by R − 1 (theory: #beyond-the-u-curve-double-descent)',
      );
      const triples = doubleDescentCurve({ ...setting, replicates: 3, seed: `${SEED}-triples` });
      const steps = 4000;
      const width = 1 / steps; // S(1) = P(F(1, 40) > 40) is below 1e-7
      let expected = 0;
      for (let k = 0; k <= steps; k += 1) {
        const tail = fSurvival(40 * k * width, 1, 40);
        const weight = k === 0 || k === steps ? 1 : k % 2 === 1 ? 4 : 2; // Simpson's rule
        expected += (weight * width * (tail ** 3 + 3 * tail ** 2 * (1 - tail))) / 3;
      }
      averageWithin(
        triples.map((point) => point.medianExcessRisk),
        expected,
        'the median of an odd number of risks is the middle one of the sorted risks (theory: #beyond-the-u-curve-double-descent)',
      );
    });
  });

  describe('the documented draws', () => {
    it('with the draws in the documented order, every summary matches an independent rebuild (ml-matrix pseudoInverse)', () => {
      // The header fixes the stream: per p, per replicate, the n rows (normalVector(p)), then
      // the n noise values. Rebuilt here with ml-matrix's pseudoInverse for β̂, σ = 1.5 and
      // r = 2 (so neither is 1), p on both sides of n = 6 but not at it (square Gaussian
      // designs can be ill-conditioned enough to blur the comparison).
      const setting = {
        sampleSize: 6,
        featureCounts: [3, 10, 2],
        signalNorm: 2,
        noiseSd: 1.5,
        replicates: 4,
        seed: `${SEED}-draws`,
      };
      const rng = createRng(setting.seed);
      const expected = setting.featureCounts.map((p) => {
        const b = setting.signalNorm / Math.sqrt(p);
        const risks = Array.from({ length: setting.replicates }, () => {
          const X = Array.from({ length: setting.sampleSize }, () => rng.normalVector(p));
          const y = X.map((row) => b * row.reduce((total, value) => total + value, 0));
          const noisy = y.map((value) => value + rng.normal(0, setting.noiseSd));
          const betaHat = pseudoInverse(new MlMatrix(X)).mmul(MlMatrix.columnVector(noisy));
          return betaHat.getColumn(0).reduce((total, value) => total + (value - b) ** 2, 0);
        });
        const mean = risks.reduce((total, value) => total + value, 0) / risks.length;
        const sd = Math.sqrt(
          risks.reduce((total, value) => total + (value - mean) ** 2, 0) / (risks.length - 1),
        );
        const sorted = risks.slice().sort((a, c) => a - c); // R = 4: the middle two
        return {
          mean,
          se: sd / Math.sqrt(risks.length),
          median: (sorted[1]! + sorted[2]!) / 2,
        };
      });
      const points = doubleDescentCurve({ ...setting, featureCounts: [...setting.featureCounts] });
      const anchor = 'theory: #beyond-the-u-curve-double-descent';
      points.forEach((point, k) => {
        const p = setting.featureCounts[k]!;
        const want = expected[k] as (typeof expected)[number];
        const drawHint = (field: string, value: number): string =>
          `${field} at p = ${p}: expected ${value.toPrecision(8)} from the documented draws (per p, per replicate: the n rows of X by rng.normalVector(p), then n noise values by rng.normal(0, noiseSd)); a value of the right size but another number means another draw order or another β (${anchor})`;
        expect(point.features, `features is p = ${p}, in the order given`).toBe(p);
        expectClose(point.ratio, p / 6, { rtol: 1e-15, atol: 0, hint: `ratio is p/n = ${p}/6` });
        expectClose(point.meanExcessRisk, want.mean, {
          rtol: 1e-8,
          atol: 1e-12,
          hint: drawHint('meanExcessRisk', want.mean),
        });
        expectClose(point.standardError, want.se, {
          rtol: 1e-8,
          atol: 1e-12,
          hint: `${drawHint('standardError', want.se)}; the standard error is the sample SD (divisor R − 1) over √R`,
        });
        expectClose(point.medianExcessRisk, want.median, {
          rtol: 1e-8,
          atol: 1e-12,
          hint: `${drawHint('medianExcessRisk', want.median)}; for even R the median is the mean of the middle two`,
        });
      });
    });

    it('no function modifies its arguments', () => {
      const X = gaussianMatrix('unchanged', 4, 7);
      const y = [1, -2, 0.5, 3];
      const copy = { X: structuredClone(X), y: y.slice() };
      const fit = minimumNormLeastSquares(X, y);
      fit.predict(X);
      const unchanged = (what: string): string =>
        `${what} changed during the call: factor a copy, never the caller's arrays (theory: #beyond-the-u-curve-double-descent)`;
      expect(X, unchanged('X')).toEqual(copy.X);
      expect(y, unchanged('y')).toEqual(copy.y);
      const featureCounts = [5, 2, 3];
      doubleDescentCurve({
        sampleSize: 4,
        featureCounts,
        signalNorm: 1,
        noiseSd: 1,
        replicates: 2,
        seed: SEED,
      });
      expect(featureCounts, unchanged('featureCounts (sorted in place?)')).toEqual([5, 2, 3]);
    });
  });

  describe('errors', () => {
    it('minimumNormLeastSquares rejects empty, mismatched or non-finite data, and predict checks the width', () => {
      expectLabError(
        () => minimumNormLeastSquares([], []),
        EmptyInputError,
        'minimumNormLeastSquares',
      );
      expectLabError(
        () => minimumNormLeastSquares([[1, 2]], [1, 2]),
        ShapeMismatchError,
        'minimumNormLeastSquares',
      );
      expectLabError(
        () => minimumNormLeastSquares([[1, Number.NaN]], [1]),
        NonFiniteValueError,
        'minimumNormLeastSquares',
      );
      expectLabError(
        () => minimumNormLeastSquares([[1, 2]], [1]).predict([[1]]),
        ShapeMismatchError,
        'predict',
      );
      expectLabError(
        () => minimumNormLeastSquares([[1, 2]], [1]).predict([]),
        EmptyInputError,
        'predict',
      );
      // Ragged rows are refused, not cut to the first row's width.
      expectLabError(
        () => minimumNormLeastSquares([[1, 2], [3], [4, 5]], [1, 2, 3]),
        ShapeMismatchError,
        'minimumNormLeastSquares',
      );
      expectLabError(
        () => minimumNormLeastSquares([[1, 2]], [1]).predict([[1, 2], [3]]),
        ShapeMismatchError,
        'predict',
      );
    });

    it('doubleDescentCurve rejects impossible settings', () => {
      const base = {
        sampleSize: 10,
        featureCounts: [5],
        signalNorm: 1,
        noiseSd: 1,
        replicates: 10,
        seed: SEED,
      };
      for (const bad of [
        { sampleSize: 1 },
        { sampleSize: 10.5 },
        { featureCounts: [0] },
        { featureCounts: [2.5] },
        { signalNorm: -1 },
        { noiseSd: -1 },
        { replicates: 1 },
        { replicates: 2.5 },
      ]) {
        expectLabError(
          () => doubleDescentCurve({ ...base, ...bad }),
          InvalidArgumentError,
          'doubleDescentCurve',
        );
      }
      expectLabError(
        () => doubleDescentCurve({ ...base, featureCounts: [] }),
        EmptyInputError,
        'doubleDescentCurve',
      );
      expectLabError(
        () => doubleDescentCurve({ ...base, featureCounts: 5 as unknown as number[] }),
        InvalidArgumentError,
        'doubleDescentCurve',
      );
      // Exactly 2 replicates and n = 2 are the smallest settings allowed.
      expect(
        doubleDescentCurve({ ...base, sampleSize: 2, replicates: 2 }),
        'sampleSize 2 and replicates 2 are the smallest settings allowed: one point (theory: #beyond-the-u-curve-double-descent)',
      ).toHaveLength(1);
    });
  });
});
