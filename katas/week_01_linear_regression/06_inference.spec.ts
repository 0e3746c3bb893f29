/**
 * Spec for kata 01.06 — Inference.
 * Theory: theory/week_01_linear_regression.md#inference (and #assumptions)
 * Assumptions checked: A2 (exogeneity: unbiased slopes, and the bias when it fails), A4 and A5
 * (E[s²] = σ² and valid standard errors; under-coverage with heteroscedastic errors), A6 (exact
 * Student t intervals).
 */
import { describe, expect, it } from 'vitest';
import { expectAllClose, expectClose, expectLabError } from '../../helpers/assertions';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  RankDeficiencyError,
  ShapeMismatchError,
} from '../../helpers/errors';
import { createRng } from '../../helpers/random';
import { evenStudentTwoSidedTail } from '../../helpers/student_tail';
import { confidenceIntervals, fitOLS, fitPolynomial, type OLSFit } from './06_inference';

const SEED = 'kata-01.06';
const EXACT = { rtol: 1e-12, atol: 1e-12 };
const IDENTITY = { rtol: 1e-9, atol: 1e-12 };

// The five-point line, derived by hand: x̄ = 3, ȳ = 4, Sxx = 10, Sxy = 6, so b = 0.6 and
// a = 4 − 0.6·3 = 2.2; fitted 2.8, 3.4, 4.0, 4.6, 5.2; residuals −0.8, 0.6, 1, −0.6, −0.2;
// RSS = 2.4, n = 5, p = 2 (intercept and slope), s² = 2.4/3 = 0.8; TSS = Σ(y − 4)² = 6.
const LINE_X = [[1], [2], [3], [4], [5]];
const LINE_Y = [2, 4, 5, 4, 5];
const LINE_RSS = 2.4;
const LINE_TSS = 6;

/** The hint of the first misconception whose value `actual` reproduces, else the general one. */
function hintFor(
  actual: number,
  misconceptions: readonly (readonly [value: number, hint: string])[],
  general: string,
): string {
  const match = misconceptions.find(
    ([value]) => Math.abs(actual - value) <= 1e-9 * Math.max(1, Math.abs(value)),
  );
  return match?.[1] ?? general;
}

/** The hint of the candidate nearest `actual` (for Monte Carlo means). */
function nearestHint(actual: number, candidates: readonly (readonly [number, string])[]): string {
  const sorted = [...candidates].sort((a, b) => Math.abs(actual - a[0]) - Math.abs(actual - b[0]));
  return sorted[0]?.[1] ?? '';
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function sampleSd(values: readonly number[]): number {
  const centre = mean(values);
  return Math.sqrt(
    values.reduce((sum, value) => sum + (value - centre) ** 2, 0) / (values.length - 1),
  );
}

function dot(row: readonly number[], beta: readonly number[]): number {
  return row.reduce((sum, value, j) => sum + value * beta[j + 1]!, beta[0]!);
}

function expectNoNaN(fit: OLSFit): void {
  for (const [field, value] of Object.entries(fit)) {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    expect(
      values.some((v) => typeof v === 'number' && Number.isNaN(v)),
      `${field} holds NaN`,
    ).toBe(false);
  }
}

describe('kata 01.06 inference', () => {
  describe('definition', () => {
    it('the five-point line has the hand-derived coefficients, fitted values and residuals', () => {
      const fit = fitOLS(LINE_X, LINE_Y);
      expectAllClose(fit.coefficients, [2.2, 0.6], {
        ...EXACT,
        hint: 'five-point line: coefficients [a, b] = [2.2, 0.6], intercept first; [0.6, 2.2] is the order reversed (theory: #inference)',
      });
      expectAllClose(fit.fitted, [2.8, 3.4, 4, 4.6, 5.2], {
        ...EXACT,
        hint: 'five-point line: fitted ŷ = 2.2 + 0.6x = [2.8, 3.4, 4, 4.6, 5.2] (theory: #inference)',
      });
      expectAllClose(fit.residuals, [-0.8, 0.6, 1, -0.6, -0.2], {
        ...EXACT,
        hint: 'five-point line: residuals e = y − ŷ (not ŷ − y) = [−0.8, 0.6, 1, −0.6, −0.2] (theory: #inference)',
      });
      expectClose(fit.rss, LINE_RSS, {
        ...EXACT,
        hint: 'five-point line: RSS = Σe² = 2.4, not divided by n or n − p (theory: #inference)',
      });
      expect(
        fit.intercept,
        'five-point line fitted with the default options: intercept should be reported true, the default (theory: #inference)',
      ).toBe(true);
    });

    it('s² divides the RSS by n − p, with p counting the intercept', () => {
      const fit = fitOLS(LINE_X, LINE_Y);
      expect(
        fit.dfResidual,
        fit.dfResidual === 4
          ? 'dfResidual = n − p = 5 − 2: 4 looks like p did not count the intercept; p counts every fitted coefficient (theory: #inference)'
          : 'dfResidual = n − p = 5 − 2, p counting the intercept (theory: #inference)',
      ).toBe(3);
      expect(
        fit.dfModel,
        'five-point line: dfModel = p − 1 = 1 with an intercept; 2 looks like the intercept counted as a tested predictor (theory: #inference)',
      ).toBe(1);
      // Hand derivation: s = sqrt(2.4/3).
      expectClose(fit.sigma, Math.sqrt(LINE_RSS / 3), {
        ...EXACT,
        hint: hintFor(
          fit.sigma,
          [
            [
              Math.sqrt(LINE_RSS / 5),
              'looks like s² was divided by n; the unbiased estimate divides by n − p, because p residual directions are used up by the fit (theory: #inference)',
            ],
            [
              Math.sqrt(LINE_RSS / 4),
              'looks like p did not count the intercept (s² = RSS/(n − 1) here); p counts every fitted coefficient, the intercept included (theory: #inference)',
            ],
          ],
          's² = RSS/(n − p) with p = 2 here (theory: #inference)',
        ),
      });
    });

    it('standard errors are sqrt(s²·diag((XᵀX)⁻¹)): s/√Sxx for the slope, s·√(1/n + x̄²/Sxx) for the intercept', () => {
      const fit = fitOLS(LINE_X, LINE_Y);
      // Hand derivation: s² = 0.8, Sxx = 10, x̄ = 3: se(b) = √0.08, se(a) = √(0.8·(0.2 + 0.9)) = √0.88.
      expectAllClose(fit.standardErrors, [Math.sqrt(0.88), Math.sqrt(0.08)], {
        ...EXACT,
        hint: hintFor(
          fit.standardErrors[1] ?? Number.NaN,
          [
            [
              Math.sqrt(0.48 / 10),
              'looks like s² was divided by n instead of n − p (theory: #inference)',
            ],
          ],
          'se_j = s·sqrt([(XᵀX)⁻¹]_jj), with s² = RSS/(n − p) (theory: #inference)',
        ),
      });
    });

    it('t = b/se and its p-value is two-sided Student t on n − p degrees of freedom', () => {
      const fit = fitOLS(LINE_X, LINE_Y);
      const t = 0.6 / Math.sqrt(0.08); // = 3/√2
      expectClose(fit.tValues[1] ?? Number.NaN, t, {
        ...EXACT,
        hint: 'five-point line: slope t = 0.6/√0.08 = 3/√2; a different value suggests se from s² = RSS/n or coefficient order reversed (theory: #inference)',
      });
      expectClose(fit.tValues[0] ?? Number.NaN, 2.2 / Math.sqrt(0.88), {
        ...EXACT,
        hint: 'five-point line: intercept t = 2.2/√0.88, reported first (theory: #inference)',
      });
      // Closed form for 3 df: P(|T| > t) = 1 − (2/π)(θ + sinθ·cosθ), θ = atan(t/√3); here
      // t/√3 = √1.5 and sinθ·cosθ = tanθ/(1 + tan²θ) = √1.5/2.5.
      const pValue = 1 - (2 / Math.PI) * (Math.atan(Math.sqrt(1.5)) + Math.sqrt(1.5) / 2.5);
      expectClose(fit.pValues[1] ?? Number.NaN, pValue, {
        rtol: 1e-10,
        atol: 0,
        hint: hintFor(
          fit.pValues[1] ?? Number.NaN,
          [
            [
              pValue / 2,
              'looks like a one-sided p-value; the test of b = 0 is two-sided (theory: #inference)',
            ],
          ],
          'the p-value is P(|T| > |t|) for Student t with n − p = 3 degrees of freedom, not the normal (theory: #inference)',
        ),
      });
    });

    it('with an intercept R² is centered and adjusted R² is 1 − (1 − R²)(n − 1)/(n − p)', () => {
      const fit = fitOLS(LINE_X, LINE_Y);
      // Hand derivation: R² = 1 − 2.4/6 = 0.6; adjusted 1 − 0.4·4/3 = 7/15.
      expectClose(fit.rSquared, 1 - LINE_RSS / LINE_TSS, {
        ...EXACT,
        hint: hintFor(
          fit.rSquared,
          [
            [
              1 - LINE_RSS / 86, // Σy² = 4 + 16 + 25 + 16 + 25
              'looks like uncentered R² (against Σy²) although the model has an intercept; with an intercept R² compares with the mean (theory: #inference)',
            ],
          ],
          'R² = 1 − RSS/Σ(y − ȳ)² with an intercept (theory: #inference)',
        ),
      });
      expectClose(fit.adjustedRSquared, 7 / 15, {
        ...EXACT,
        hint: hintFor(
          fit.adjustedRSquared,
          [
            [
              1 - (0.4 * 4) / 2,
              'looks like (n − 1)/(n − p − 1) with p already counting the intercept, which subtracts the intercept twice (theory: #inference)',
            ],
            [
              1 - (0.4 * 5) / 3,
              'looks like n/(n − p): that is the convention without an intercept; with one it is (n − 1)/(n − p) (theory: #inference)',
            ],
          ],
          'adjusted R² = 1 − (1 − R²)(n − 1)/(n − p) with an intercept (theory: #inference)',
        ),
      });
    });

    it('the overall F compares with the intercept-only model, so with one predictor it tests the slope', () => {
      const fit = fitOLS(LINE_X, LINE_Y);
      // Hand derivation: F = ((6 − 2.4)/1)/(2.4/3) = 4.5 = t² of the slope.
      expectClose(fit.fStatistic, 4.5, {
        ...EXACT,
        hint: hintFor(
          fit.fStatistic,
          [
            [
              (86 - LINE_RSS) / 2 / 0.8,
              'looks like F against the zero model (uncentered, dfModel = p); with an intercept F compares with the intercept-only model (theory: #inference)',
            ],
          ],
          'F = ((TSS − RSS)/dfModel)/(RSS/dfResidual) with dfModel = p − 1 (theory: #inference)',
        ),
      });
      expectClose(fit.fPValue, fit.pValues[1] ?? Number.NaN, {
        ...IDENTITY,
        hint: 'five-point line, one predictor: the F p-value equals the slope’s two-sided t p-value (F = t²); a value half of it looks like a one-sided t p-value (theory: #inference)',
      });
    });

    it('95% confidence intervals use the Student t quantile on n − p degrees of freedom', () => {
      const fit = fitOLS(LINE_X, LINE_Y);
      const intervals = confidenceIntervals(fit, 0.95);
      expect(
        intervals,
        'five-point line: one interval per coefficient, intercept and slope: length 2 (theory: #inference)',
      ).toHaveLength(2);
      // t(0.975; 3) = 3.18244630528371 (R qt(0.975, 3) prints 3.182446; the closed-form t₃ cdf
      // solved for θ + sinθ·cosθ = 0.475π gives the digits), se(b) = √0.08.
      const halfWidth = 3.18244630528371 * Math.sqrt(0.08);
      const slope = intervals[1] ?? { lower: Number.NaN, upper: Number.NaN };
      const hint = hintFor(
        slope.upper - 0.6,
        [
          [
            1.959963984540054 * Math.sqrt(0.08),
            'looks like the normal quantile 1.96; s is estimated, so the interval uses Student t with n − p degrees of freedom (theory: #inference)',
          ],
        ],
        'b ± t(0.975; n − p)·se (theory: #inference)',
      );
      expectClose(slope.lower, 0.6 - halfWidth, { rtol: 1e-9, atol: 0, hint });
      expectClose(slope.upper, 0.6 + halfWidth, { rtol: 1e-9, atol: 0, hint });
      const narrower = confidenceIntervals(fit, 0.5)[1] ?? slope;
      expect(
        narrower.upper - narrower.lower,
        'five-point line: a 50% interval must be narrower than the 95% one; wider suggests level and tail probability swapped (theory: #inference)',
      ).toBeLessThan(slope.upper - slope.lower);
    });

    it('the condition number is σmax/σmin of the design as fitted, constant column included', () => {
      // Columns 1 and x = (−2, −1, 1, 2) are orthogonal with norms 2 and √10, so the singular
      // values are √10 and 2 and the condition number is √10/2.
      const fit = fitOLS([[-2], [-1], [1], [2]], [1, 0, 2, 4]);
      expectClose(fit.conditionNumber, Math.sqrt(10) / 2, {
        ...IDENTITY,
        hint: hintFor(
          fit.conditionNumber,
          [
            [
              1,
              'looks like the constant column was left out of the condition number (theory: #inference)',
            ],
            [
              2.5,
              'looks like the condition number of XᵀX, the square of that of X (theory: #inference)',
            ],
          ],
          'σmax/σmin of [1, x] (theory: #inference)',
        ),
      });
    });

    it('without an intercept R² is uncentered, F tests against the zero model and dfModel = p', () => {
      // Hand derivation through the origin, x = (1, 2, 3), y = (1, 3, 2): Σx² = 14, Σxy = 13,
      // b = 13/14, RSS = Σy² − b·Σxy = 14 − 169/14 = 27/14, s² = RSS/2 = 27/28,
      // se = √(s²/Σx²) = √(27/392), R² = 1 − RSS/Σy² = 169/196, adjusted 1 − (27/196)(3/2),
      // F = ((Σy² − RSS)/1)/s² = 338/27.
      const fit = fitOLS([[1], [2], [3]], [1, 3, 2], { intercept: false });
      expect(
        fit.intercept,
        'through the origin: with intercept: false the fit must report intercept false (theory: #inference)',
      ).toBe(false);
      expectAllClose(fit.coefficients, [13 / 14], {
        ...EXACT,
        hint: 'through the origin: b = Σxy/Σx² = 13/14; another value suggests a constant column was fitted anyway (theory: #inference)',
      });
      expectAllClose(fit.standardErrors, [Math.sqrt(27 / 392)], {
        ...EXACT,
        hint: 'through the origin: se = √(s²/Σx²) = √(27/392) with s² = RSS/(n − p) = RSS/2; s² divided by n gives √(27/588) (theory: #inference)',
      });
      expect(
        fit.dfModel,
        'through the origin: dfModel = p = 1 (no intercept to subtract); 0 looks like p − 1 used without an intercept (theory: #inference)',
      ).toBe(1);
      expect(
        fit.dfResidual,
        'through the origin: dfResidual = n − p = 3 − 1 = 2; 1 looks like p = columns + 1 although no constant was fitted (theory: #inference)',
      ).toBe(2);
      expectClose(fit.rSquared, 169 / 196, {
        ...EXACT,
        hint: 'without an intercept the model is compared with zero, so R² = 1 − RSS/Σy² (uncentered) (theory: #inference)',
      });
      expectClose(fit.adjustedRSquared, 1 - (27 / 196) * (3 / 2), {
        ...EXACT,
        hint: 'without an intercept k = 0: adjusted R² = 1 − (1 − R²)·n/(n − p) (theory: #inference)',
      });
      expectClose(fit.fStatistic, 338 / 27, {
        ...EXACT,
        hint: 'through the origin: F = ((Σy² − RSS)/1)/s² = 338/27, tested against the zero model (theory: #inference)',
      });
      expectClose(fit.fStatistic, (fit.tValues[0] ?? Number.NaN) ** 2, {
        ...IDENTITY,
        hint: 'through the origin, one predictor: F must equal t² of that predictor (theory: #inference)',
      });
    });

    it('fitPolynomial orders the coefficients x⁰, x¹, …, x^degree and equals fitOLS on the same powers', () => {
      const x = [-2, -1, 0, 1, 2, 3, 4];
      const y = x.map((v, i) => 1 - 2 * v + 0.5 * v * v + (i % 2 === 0 ? 0.25 : -0.25));
      const polynomial = fitPolynomial(x, y, 2);
      const ols = fitOLS(
        x.map((v) => [v, v * v]),
        y,
      );
      expect(
        polynomial.coefficients,
        'fitPolynomial degree 2 with an intercept: 3 coefficients (x⁰, x¹, x²); 2 means the constant was dropped, 4 a power too many (theory: #inference)',
      ).toHaveLength(3);
      for (const field of ['coefficients', 'standardErrors', 'tValues', 'fitted'] as const) {
        expectAllClose(polynomial[field], ols[field], {
          ...IDENTITY,
          hint: `fitPolynomial degree 2: ${field} should equal fitOLS on [x, x²], ordered x⁰, x¹, x²; the reverse order [x², x¹, x⁰] looks like numpy.polyfit’s convention (theory: #inference)`,
        });
      }
      expectClose(polynomial.rss, ols.rss, {
        ...IDENTITY,
        hint: 'fitPolynomial degree 2: rss should equal fitOLS on [x, x²] (theory: #inference)',
      });
      expectClose(polynomial.fStatistic, ols.fStatistic, {
        ...IDENTITY,
        hint: 'fitPolynomial degree 2: fStatistic should equal fitOLS on [x, x²], dfModel = 2 (theory: #inference)',
      });
      // An exact quadratic through the origin: y = x − x².
      const origin = fitPolynomial([1, 2, 3, 4, 5], [0, -2, -6, -12, -20], 2, { intercept: false });
      expectAllClose(origin.coefficients, [1, -1], {
        rtol: 1e-10,
        atol: 1e-10,
        hint: 'fitPolynomial degree 2 through the origin, y = x − x²: coefficients [1, −1] for x¹, x² (no constant); [−1, 1] is the order reversed (theory: #inference)',
      });
      expect(
        origin.dfModel,
        'fitPolynomial degree 2 through the origin: dfModel = p = 2 (theory: #inference)',
      ).toBe(2);
    });

    it('on R’s cars data the fit matches summary(lm(dist ~ speed, data = cars))', () => {
      // R datasets::cars (Ezekiel 1930), 50 rows. R 4.x summary(lm(dist ~ speed, cars)) prints
      // coefficients −17.5791 and 3.9324, std. errors 6.7584 and 0.4155, t −2.601 and 9.464,
      // p 0.0123 and 1.49e-12, residual standard error 15.38 on 48 df, R² 0.6511, adjusted
      // 0.6438, F 89.57 on 1 and 48 df; lm(dist ~ speed + I(speed^2)) gives 2.47014, 0.91329,
      // 0.09996. Tolerances follow the printed digits.
      const speed = [
        4, 4, 7, 7, 8, 9, 10, 10, 10, 11, 11, 12, 12, 12, 12, 13, 13, 13, 13, 14, 14, 14, 14, 15,
        15, 15, 16, 16, 17, 17, 17, 18, 18, 18, 18, 19, 19, 19, 20, 20, 20, 20, 20, 22, 23, 24, 24,
        24, 24, 25,
      ];
      const dist = [
        2, 10, 4, 22, 16, 10, 18, 26, 34, 17, 28, 14, 20, 24, 28, 26, 34, 34, 46, 26, 36, 60, 80,
        20, 26, 54, 32, 40, 32, 40, 50, 42, 56, 76, 84, 36, 46, 68, 32, 48, 52, 56, 64, 66, 54, 70,
        92, 93, 120, 85,
      ];
      const fit = fitOLS(
        speed.map((s) => [s]),
        dist,
      );
      const printed = { rtol: 5e-4, atol: 0 };
      expectAllClose(fit.coefficients, [-17.5791, 3.9324], {
        ...printed,
        hint: 'R cars, lm(dist ~ speed): coefficients [−17.5791, 3.9324], intercept first (theory: #inference)',
      });
      expectAllClose(fit.standardErrors, [6.7584, 0.4155], {
        ...printed,
        hint: 'R cars: standard errors [6.7584, 0.4155] use s² = RSS/(n − 2); smaller ones suggest s² divided by n (theory: #inference)',
      });
      expectAllClose(fit.tValues, [-2.601, 9.464], {
        ...printed,
        hint: 'R cars: t values [−2.601, 9.464] = b/se (theory: #inference)',
      });
      expectAllClose(fit.pValues, [0.0123, 1.49e-12], {
        rtol: 5e-3,
        atol: 0,
        hint: 'R cars: p-values [0.0123, 1.49e-12] are two-sided Student t on 48 df; half of them looks like a one-sided p-value, different ones the normal distribution (theory: #inference)',
      });
      expectClose(fit.sigma, 15.38, {
        ...printed,
        hint: 'R cars: residual standard error 15.38 = √(RSS/48); 15.07 would be RSS/n (theory: #inference)',
      });
      expectClose(fit.rSquared, 0.6511, {
        ...printed,
        hint: 'R cars: multiple R² 0.6511, centred on ȳ (theory: #inference)',
      });
      expectClose(fit.adjustedRSquared, 0.6438, {
        ...printed,
        hint: 'R cars: adjusted R² 0.6438 = 1 − (1 − R²)(n − 1)/(n − p) (theory: #inference)',
      });
      expectClose(fit.fStatistic, 89.57, {
        ...printed,
        hint: 'R cars: F = 89.57 on 1 and 48 df (theory: #inference)',
      });
      expectClose(fit.fPValue, 1.49e-12, {
        rtol: 5e-3,
        atol: 0,
        hint: 'R cars: F p-value 1.49e-12, upper tail of F(1, 48) (theory: #inference)',
      });
      expectAllClose(fitPolynomial(speed, dist, 2).coefficients, [2.47014, 0.91329, 0.09996], {
        rtol: 5e-5,
        atol: 0,
        hint: 'R cars, lm(dist ~ poly(speed, 2, raw = TRUE)): coefficients ordered x⁰, x¹, x² = [2.47014, 0.91329, 0.09996]; [0.09996, 0.91329, 2.47014] is the order reversed (theory: #inference)',
      });
    });
  });

  describe('the far tail, the fit through the origin and the inputs', () => {
    it('a slope with t ≈ 712 on 48 df has a p-value near 1e-98, not 0 (a survival function, not 1 − CDF)', () => {
      // y = 1 + 2x + a·q on x = 1 … 50, where q is a wobble made orthogonal to 1 and x here, so the
      // least-squares residuals are exactly a·q: RSS = a²Σq², s² = RSS/48, se(b) = s/√Sxx with
      // Sxx = Σ(x − x̄)², and t = 2/se(b) ≈ 711.7. Its two-sided p-value on 48 df comes from the
      // series: ≈ 3.15e-98 (numpy refit and scipy.stats.t.sf agree).
      const n = 50;
      const x = Array.from({ length: n }, (_, i) => i + 1);
      const xBar = 25.5;
      const sxx = x.reduce((acc, v) => acc + (v - xBar) ** 2, 0);
      const wobble = x.map((v) => Math.cos(2.3 * v));
      const wBar = wobble.reduce((acc, v) => acc + v, 0) / n;
      const wSlope = wobble.reduce((acc, v, i) => acc + (v - wBar) * (x[i]! - xBar), 0) / sxx;
      const q = wobble.map((v, i) => v - wBar - wSlope * (x[i]! - xBar));
      const a = 0.4;
      const rss = a * a * q.reduce((acc, v) => acc + v * v, 0);
      const t = 2 / Math.sqrt(rss / 48 / sxx);
      const expected = evenStudentTwoSidedTail(t, 48);
      expect(
        expected,
        'self-check of the spec’s closed-form Student tail: 1e-110 < p < 1e-90 here (theory: #inference)',
      ).toBeLessThan(1e-90);
      expect(
        expected,
        'self-check of the spec’s closed-form Student tail: 1e-110 < p < 1e-90 here (theory: #inference)',
      ).toBeGreaterThan(1e-110);
      const fit = fitOLS(
        x.map((v) => [v]),
        x.map((v, i) => 1 + 2 * v + a * q[i]!),
      );
      expectClose(fit.tValues[1] ?? Number.NaN, t, {
        rtol: 1e-9,
        atol: 0,
        hint: 'far-tail slope: t = 2/se ≈ 712 on 48 df, se from s² = RSS/(n − p) (theory: #inference)',
      });
      const hint = (p: number) =>
        p === 0
          ? 'the p-value is 0, which looks like 1 − CDF: near 1e-98 the CDF rounds to 1 in double precision; use the survival function (the regularized incomplete beta of ν/(ν + t²)) (theory: #inference)'
          : 'P(|T| > |t|) on n − p = 48 degrees of freedom (theory: #inference)';
      expectClose(fit.pValues[1] ?? Number.NaN, expected, {
        rtol: 1e-7,
        atol: 0,
        hint: hint(fit.pValues[1] ?? Number.NaN),
      });
      // One predictor: F = t² on (1, 48) and the same p-value.
      expectClose(fit.fPValue, expected, { rtol: 1e-7, atol: 0, hint: hint(fit.fPValue) });
    });

    it('through the origin every field follows the hand derivation, t and F p-values included', () => {
      // x = (1, 2, 3), y = (1, 3, 2): b = 13/14, fitted 13/14·x, RSS = 27/14, s = √(27/28) on 2 df,
      // t² = F = 338/27. On 2 df P(|T| > t) = 1 − t/√(2 + t²) exactly. The design is the single
      // column x, so its condition number is 1.
      const fit = fitOLS([[1], [2], [3]], [1, 3, 2], { intercept: false });
      const t = Math.sqrt(338 / 27);
      const p = 1 - t / Math.sqrt(2 + t * t);
      expectAllClose(fit.fitted, [13 / 14, 26 / 14, 39 / 14], {
        ...EXACT,
        hint: 'through the origin: fitted = (13/14)·x (theory: #inference)',
      });
      expectAllClose(fit.residuals, [1 / 14, 16 / 14, -11 / 14], {
        ...EXACT,
        hint: 'through the origin: residuals y − (13/14)·x; they need not sum to zero without an intercept (theory: #inference)',
      });
      expectClose(fit.rss, 27 / 14, {
        ...EXACT,
        hint: 'through the origin: RSS = 27/14 (theory: #inference)',
      });
      expectClose(fit.sigma, Math.sqrt(27 / 28), {
        ...EXACT,
        hint: 'without an intercept p = 1 here, so s² = RSS/(n − 1) (theory: #inference)',
      });
      expectAllClose(fit.tValues, [t], {
        ...EXACT,
        hint: 'through the origin: t = b/se = √(338/27) on 2 df (theory: #inference)',
      });
      expectAllClose(fit.pValues, [p], {
        rtol: 1e-10,
        atol: 0,
        hint: 'two-sided Student t on n − p = 2 df: 1 − t/√(2 + t²) (theory: #inference)',
      });
      expectClose(fit.fPValue, p, {
        rtol: 1e-10,
        atol: 0,
        hint: 'without an intercept F is tested on (p, n − p) = (1, 2) df against the zero model (theory: #inference)',
      });
      expectClose(fit.conditionNumber, 1, {
        ...EXACT,
        hint: 'without an intercept the design is x alone: one singular value, κ = 1; a constant column was added (theory: #inference)',
      });
    });

    it('fitPolynomial without an intercept equals fitOLS without one on the same powers, field by field', () => {
      const x = [-1.5, -1, 0.5, 1, 2, 2.5, 3];
      const y = x.map((v, i) => 0.5 * v - 0.75 * v * v + (i % 3 === 0 ? 0.3 : -0.2));
      const polynomial = fitPolynomial(x, y, 2, { intercept: false });
      const ols = fitOLS(
        x.map((v) => [v, v * v]),
        y,
        { intercept: false },
      );
      expect(
        polynomial.intercept,
        'fitPolynomial with intercept: false must report intercept false (theory: #inference)',
      ).toBe(false);
      const vectors = [
        'coefficients',
        'standardErrors',
        'tValues',
        'pValues',
        'fitted',
        'residuals',
      ] as const;
      for (const field of vectors) {
        expectAllClose(polynomial[field], ols[field], {
          ...IDENTITY,
          hint: `fitPolynomial(…, { intercept: false }).${field} should equal fitOLS on [x, x²] without the constant (theory: #inference)`,
        });
      }
      const scalars = [
        'rss',
        'sigma',
        'rSquared',
        'adjustedRSquared',
        'fStatistic',
        'fPValue',
        'dfModel',
        'dfResidual',
        'conditionNumber',
      ] as const;
      for (const field of scalars) {
        expectClose(polynomial[field], ols[field], {
          ...IDENTITY,
          hint: `fitPolynomial(…, { intercept: false }).${field} should equal fitOLS on [x, x²] without the constant (theory: #inference)`,
        });
      }
    });

    it('no function changes the arrays or the fit it is given', () => {
      const X = [
        [1, 0.5],
        [2, -1],
        [3, 2],
        [4, 0],
        [5, 1.5],
      ];
      const y = [2, 4, 5, 4, 5];
      const x = [1, 2, 3, 4, 5];
      const copies = { X: structuredClone(X), y: [...y], x: [...x] };
      const fit = fitOLS(X, y);
      fitOLS(X, y, { intercept: false });
      fitPolynomial(x, y, 2);
      const before = {
        coefficients: [...fit.coefficients],
        standardErrors: [...fit.standardErrors],
      };
      confidenceIntervals(fit, 0.9);
      expect(X, 'X was changed in place: work on a copy (theory: #inference)').toEqual(copies.X);
      expect(y, 'y was changed in place: work on a copy (theory: #inference)').toEqual(copies.y);
      expect(x, 'x was changed in place: work on a copy (theory: #inference)').toEqual(copies.x);
      expect(fit.coefficients, 'confidenceIntervals changed fit.coefficients').toEqual(
        before.coefficients,
      );
      expect(fit.standardErrors, 'confidenceIntervals changed fit.standardErrors').toEqual(
        before.standardErrors,
      );
    });
  });

  describe('properties', () => {
    const rng = createRng(`${SEED}-properties`);
    const X = Array.from({ length: 30 }, () => rng.normalVector(3));
    const y = X.map((row) => dot(row, [1, 0.5, -0.3, 0]) + rng.normal());

    it('F = (R²/dfModel)/((1 − R²)/dfResidual) with an intercept', () => {
      const fit = fitOLS(X, y);
      expect(
        fit.dfModel,
        'three predictors with an intercept: dfModel = p − 1 = 3; 4 looks like the intercept counted as a tested predictor (theory: #inference)',
      ).toBe(3);
      expect(
        fit.dfResidual,
        'n = 30, three predictors with an intercept: dfResidual = n − p = 26; 27 looks like p did not count the intercept (theory: #inference)',
      ).toBe(26);
      const expected = fit.rSquared / 3 / ((1 - fit.rSquared) / 26);
      expectClose(fit.fStatistic, expected, {
        ...IDENTITY,
        hint: 'three predictors: F = (R²/3)/((1 − R²)/26); a different value suggests F against the zero model or wrong df (theory: #inference)',
      });
      expectClose(fit.adjustedRSquared, 1 - ((1 - fit.rSquared) * 29) / 26, {
        ...IDENTITY,
        hint: 'three predictors: adjusted R² = 1 − (1 − R²)·29/26, i.e. (n − 1)/(n − p) (theory: #inference)',
      });
    });

    it('with one predictor the slope’s t² equals F and their p-values agree', () => {
      const fit = fitOLS(
        X.map((row) => [row[0]!]),
        y,
      );
      expectClose(fit.fStatistic, (fit.tValues[1] ?? Number.NaN) ** 2, {
        ...IDENTITY,
        hint: 'one predictor: F must equal the slope’s t² (theory: #inference)',
      });
      expectClose(fit.fPValue, fit.pValues[1] ?? Number.NaN, {
        ...IDENTITY,
        hint: 'one predictor: the F p-value must equal the slope’s two-sided t p-value; half of it looks like a one-sided p-value (theory: #inference)',
      });
    });

    it('rescaling a predictor rescales its coefficient and standard error, leaving t, p, R² and F unchanged', () => {
      const fit = fitOLS(X, y);
      const scaled = fitOLS(
        X.map((row) => [row[0]! * 1000, row[1]!, row[2]!]),
        y,
      );
      expectClose(scaled.coefficients[1] ?? Number.NaN, (fit.coefficients[1] ?? 0) / 1000, {
        ...IDENTITY,
        hint: 'x₁ rescaled by 1000: its coefficient must shrink by 1000 (theory: #inference)',
      });
      expectClose(scaled.standardErrors[1] ?? Number.NaN, (fit.standardErrors[1] ?? 0) / 1000, {
        ...IDENTITY,
        hint: 'x₁ rescaled by 1000: its standard error must shrink by 1000 (theory: #inference)',
      });
      expectAllClose(scaled.tValues, fit.tValues, {
        ...IDENTITY,
        hint: 'x₁ rescaled by 1000: t values must not change (theory: #inference)',
      });
      expectAllClose(scaled.pValues, fit.pValues, {
        ...IDENTITY,
        hint: 'x₁ rescaled by 1000: p-values must not change (theory: #inference)',
      });
      expectClose(scaled.rSquared, fit.rSquared, {
        ...IDENTITY,
        hint: 'x₁ rescaled by 1000: R² must not change (theory: #inference)',
      });
      expectClose(scaled.fStatistic, fit.fStatistic, {
        ...IDENTITY,
        hint: 'x₁ rescaled by 1000: F must not change (theory: #inference)',
      });
    });

    it('an exact fit reports zero spread and certain coefficients, never NaN', () => {
      const fit = fitOLS([[0], [1], [2], [3], [4]], [1, 3, 5, 7, 9]);
      expectNoNaN(fit);
      expectAllClose(fit.coefficients, [1, 2], {
        rtol: 1e-12,
        atol: 1e-12,
        hint: 'exact fit y = 1 + 2x: coefficients [1, 2], intercept first (theory: #inference)',
      });
      expect(
        fit.sigma,
        'exact fit y = 1 + 2x: σ̂ should be 0 up to rounding, below 1e-12 (theory: #inference)',
      ).toBeLessThan(1e-12);
      for (const t of fit.tValues)
        expect(
          Math.abs(t),
          'exact fit y = 1 + 2x: every |t| should be huge (> 1e10) or infinite, never NaN (theory: #inference)',
        ).toBeGreaterThan(1e10);
      for (const p of fit.pValues)
        expect(
          p,
          'exact fit y = 1 + 2x: every p-value should be below 1e-10 (theory: #inference)',
        ).toBeLessThan(1e-10);
      expectClose(fit.rSquared, 1, {
        ...EXACT,
        hint: 'exact fit y = 1 + 2x: R² = 1 (theory: #inference)',
      });
      expect(
        fit.fStatistic,
        'exact fit y = 1 + 2x: F should be huge (> 1e20) or infinite, never NaN (theory: #inference)',
      ).toBeGreaterThan(1e20);
      // y = 2x exactly: the intercept is exactly 0 with standard error 0, so its t is 0/0, which
      // the lab reports as t = 0 and p = 1 (nothing to test), never NaN; the slope's t is +∞.
      const origin = fitOLS([[1], [2], [3], [4]], [2, 4, 6, 8]);
      expectNoNaN(origin);
      expect(
        origin.tValues,
        'y = 2x exactly: the intercept’s t is 0/0, reported as 0, the slope’s +∞, never NaN (theory: #inference)',
      ).toEqual([0, Number.POSITIVE_INFINITY]);
      expect(
        origin.pValues,
        'y = 2x exactly: p-values [1, 0], intercept first, never NaN (theory: #inference)',
      ).toEqual([1, 0]);
    });
  });

  describe('diagnostics: what each assumption buys', () => {
    // A fixed design (n = 12, three predictors plus the intercept, p = 4) with independent
    // N(0, σ²) errors: every assumption holds.
    const rng = createRng(`${SEED}-assumptions`);
    const n = 12;
    const sigma = 2;
    const beta = [1, 2, -1, 0.5];
    const design = Array.from({ length: n }, () => rng.normalVector(3));
    // 600 replicates: Var(s²) = 2σ⁴/(n − p) = 4, so the mean of s² has SE √(4/600) ≈ 0.08,
    // while dividing by n (mean 8/3) or by n − 3 (mean 32/9) misses σ² = 4 by 16 and 5 SEs.
    const replicates = 600;
    let fits: OLSFit[] | undefined;
    const replicateFits = (): OLSFit[] =>
      (fits ??= Array.from({ length: replicates }, () =>
        fitOLS(
          design,
          design.map((row) => dot(row, beta) + sigma * rng.normal()),
        ),
      ));

    it('E[RSS/(n − p)] = σ² over seeded replicates (within 4 standard errors)', () => {
      const variances = replicateFits().map((fit) => fit.sigma ** 2);
      const standardError = sampleSd(variances) / Math.sqrt(replicates);
      const average = mean(variances);
      expectClose(average, sigma ** 2, {
        rtol: 0,
        atol: 4 * standardError,
        hint: nearestHint(average, [
          [
            sigma ** 2,
            'the mean of s² is close but outside 4 standard errors (theory: #inference)',
          ],
          [
            (sigma ** 2 * (n - 4)) / n,
            'looks like s² = RSS/n, which is biased down by the factor (n − p)/n (theory: #inference)',
          ],
          [
            (sigma ** 2 * (n - 4)) / (n - 3),
            'looks like p did not count the intercept: s² = RSS/(n − p) with p = 4 here (theory: #inference)',
          ],
        ]),
      });
    });

    it('with errors independent of X (exogeneity) every coefficient is unbiased', () => {
      const estimates = replicateFits().map((fit) => fit.coefficients);
      beta.forEach((truth, j) => {
        const column = estimates.map((coefficients) => coefficients[j]!);
        expectClose(mean(column), truth, {
          rtol: 0,
          atol: (4 * sampleSd(column)) / Math.sqrt(replicates),
          hint: `the average estimate of coefficient ${j} over ${replicates} replicates should be within 4 standard errors of ${truth} (theory: #a2-exogeneity)`,
        });
      });
    });

    it('when x is correlated with the error (exogeneity broken) the slope is biased by Cov(x, u)/Var(x)', () => {
      // x = z + u and y = 1 + 2x + u with z, u ~ N(0, 1): E[u | x] = x·Cov(x, u)/Var(x) = x/2, so
      // OLS is unbiased for 2.5, not 2, at any n. 200 replicates of n = 40: SE of the mean slope
      // is about √(0.5/80)/√200 ≈ 0.006.
      const endogenous = createRng(`${SEED}-endogeneity`);
      const slopes = Array.from({ length: 200 }, () => {
        const u = endogenous.normalVector(40);
        const x = u.map((error) => endogenous.normal() + error);
        const fit = fitOLS(
          x.map((value) => [value]),
          x.map((value, i) => 1 + 2 * value + u[i]!),
        );
        return fit.coefficients[1]!;
      });
      const standardError = sampleSd(slopes) / Math.sqrt(slopes.length);
      expectClose(mean(slopes), 2.5, {
        rtol: 0,
        atol: 4 * standardError,
        hint: 'endogenous x: the OLS slope is biased towards 2 + Cov(x, u)/Var(x) = 2.5 (theory: #a2-exogeneity)',
      });
      expect(
        Math.abs(mean(slopes) - 2),
        'endogenous x: the average slope must be far (over 20 SE) from the true 2 (theory: #a2-exogeneity)',
      ).toBeGreaterThan(20 * standardError);
    });

    it('under independent, homoscedastic, normal errors 95% intervals cover the truth 95% of the time', () => {
      // n = 6, one predictor: t(0.975; 4) = 2.776, whereas 1.96 would cover only about 88%.
      // 600 replicates: the binomial SE of a 0.95 coverage is √(0.95·0.05/600) ≈ 0.0089, so the
      // 4-SE band is ±0.036 and the normal quantile's shortfall of 0.07 is outside it.
      const coverageRng = createRng(`${SEED}-coverage`);
      const x = [[-2], [-1], [0], [0.5], [1], [3]];
      const trials = 600;
      const covered = [0, 0];
      for (let r = 0; r < trials; r += 1) {
        const y = x.map(([value]) => 3 - (value as number) + coverageRng.normal());
        confidenceIntervals(fitOLS(x, y), 0.95).forEach((interval, j) => {
          const truth = j === 0 ? 3 : -1;
          if (interval.lower <= truth && truth <= interval.upper)
            covered[j] = (covered[j] ?? 0) + 1;
        });
      }
      const band = 4 * Math.sqrt((0.95 * 0.05) / trials);
      for (const [j, count] of covered.entries()) {
        expectClose(count / trials, 0.95, {
          rtol: 0,
          atol: band,
          hint:
            count / trials < 0.95
              ? `coefficient ${j === 0 ? 'intercept' : 'slope'}, n = 6: the intervals cover too rarely: with s estimated they need the Student t quantile on n − p degrees of freedom, not the normal 1.96 (theory: #inference)`
              : `coefficient ${j === 0 ? 'intercept' : 'slope'}, n = 6: the intervals cover too often: check the quantile 1 − (1 − level)/2 and the standard errors (theory: #inference)`,
        });
      }
    });

    it('with heteroscedastic errors the usual 95% intervals under-cover: their standard errors assume one σ²', () => {
      // Error SD x² on a design whose extreme points carry the leverage: the classical formula
      // averages σ² over all points and underestimates the slope's variance, which the extremes
      // dominate. 300 replicates: binomial SE ≤ 0.013.
      const heteroscedastic = createRng(`${SEED}-heteroscedasticity`);
      const x = [-3, -2.5, -0.4, -0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4, 2.5, 3];
      const trials = 300;
      let covered = 0;
      for (let r = 0; r < trials; r += 1) {
        const y = x.map((value) => 1 + 2 * value + value * value * heteroscedastic.normal());
        const slope = confidenceIntervals(
          fitOLS(
            x.map((value) => [value]),
            y,
          ),
          0.95,
        )[1];
        if (slope !== undefined && slope.lower <= 2 && 2 <= slope.upper) covered += 1;
      }
      expect(
        covered / trials,
        'heteroscedastic errors: the usual 95% intervals should under-cover here, well below 0.95 (theory: #inference)',
      ).toBeLessThan(0.95 - 4 * Math.sqrt((0.95 * 0.05) / trials));
    });
  });

  describe('errors', () => {
    it('empty, mismatched or non-finite input throws a typed error naming the function', () => {
      expectLabError(() => fitOLS([], []), EmptyInputError, 'fitOLS');
      expectLabError(() => fitOLS([[1], [2], [3]], [1, 2]), ShapeMismatchError, 'fitOLS');
      expectLabError(
        () => fitOLS([[1], [2], [Number.NaN], [4]], [1, 2, 3, 4]),
        NonFiniteValueError,
        'fitOLS',
      );
      // A wider row is refused, not cut to the first row's width.
      expectLabError(
        () => fitOLS([[1], [2, 7], [3], [4]], [1, 3, 2, 4]),
        ShapeMismatchError,
        'fitOLS',
      );
      expectLabError(() => fitPolynomial([], [], 2), EmptyInputError, 'fitPolynomial');
      expectLabError(
        () => fitPolynomial([1, 2, 3, 4], [1, 2, 3], 1),
        ShapeMismatchError,
        'fitPolynomial',
      );
      expectLabError(
        () => fitPolynomial([1, 2, 3, 4], [1, 2, Number.POSITIVE_INFINITY, 4], 1),
        NonFiniteValueError,
        'fitPolynomial',
      );
    });

    it('as many coefficients as rows or more throws: no degrees of freedom are left for s²', () => {
      expectLabError(
        () =>
          fitOLS(
            [
              [1, 0],
              [0, 1],
              [1, 1],
            ],
            [1, 2, 3],
          ),
        EmptyInputError,
        'fitOLS',
      );
      expectLabError(
        () => fitPolynomial([1, 2, 3], [1, 4, 9], 2),
        EmptyInputError,
        'fitPolynomial',
      );
    });

    it('a rank-deficient design throws RankDeficiencyError naming the dependent column', () => {
      // Column 2 of the fitted design [1, x, 2x] is twice column 1.
      const error = expectLabError(
        () =>
          fitOLS(
            [
              [1, 2],
              [2, 4],
              [3, 6],
              [4, 8],
              [5, 10],
            ],
            [1, 3, 2, 5, 4],
          ),
        RankDeficiencyError,
        'fitOLS',
      ) as RankDeficiencyError;
      expect(
        error.columns,
        'duplicate predictor: RankDeficiencyError.columns should name design column 2 (constant column 0 counted) (theory: #inference)',
      ).toContain(2);
      // A constant predictor duplicates the constant column 0.
      const constant = expectLabError(
        () => fitOLS([[7], [7], [7], [7]], [1, 2, 3, 4]),
        RankDeficiencyError,
        'fitOLS',
      ) as RankDeficiencyError;
      expect(
        constant.columns,
        'constant predictor: RankDeficiencyError.columns should name column 1, which duplicates the constant column 0 (theory: #inference)',
      ).toContain(1);
      // Two distinct x values cannot identify a quadratic.
      expectLabError(
        () => fitPolynomial([1, 1, 2, 2, 1, 2], [1, 2, 3, 4, 5, 6], 2),
        RankDeficiencyError,
        'fitPolynomial',
      );
    });

    it('constant targets, a bad degree, a bad level or a non-boolean intercept throw InvalidArgumentError', () => {
      expectLabError(() => fitOLS([[1], [2], [3]], [4, 4, 4]), InvalidArgumentError, 'fitOLS');
      expectLabError(
        () => fitOLS([[1], [2], [3]], [0, 0, 0], { intercept: false }),
        InvalidArgumentError,
        'fitOLS',
      );
      expectLabError(
        () => fitOLS([[1], [2], [3]], [1, 3, 2], { intercept: 'yes' as unknown as boolean }),
        InvalidArgumentError,
        'fitOLS',
      );
      for (const degree of [0, 1.5, -1]) {
        expectLabError(
          () => fitPolynomial([1, 2, 3, 4], [1, 3, 2, 4], degree),
          InvalidArgumentError,
          'fitPolynomial',
        );
      }
      const fit = fitOLS(LINE_X, LINE_Y);
      for (const level of [0, 1, 1.5, -0.5, Number.NaN]) {
        expectLabError(
          () => confidenceIntervals(fit, level),
          InvalidArgumentError,
          'confidenceIntervals',
        );
      }
      // A fit object edited by hand: its arrays are checked like any input.
      expectLabError(
        () => confidenceIntervals({ ...fit, standardErrors: [Number.NaN, 0.2] }, 0.95),
        NonFiniteValueError,
        'confidenceIntervals',
      );
      expectLabError(
        () => confidenceIntervals({ ...fit, standardErrors: [0.1, 0.2, 0.3] }, 0.95),
        ShapeMismatchError,
        'confidenceIntervals',
      );
      // A fit object edited by hand: the t quantile needs a positive whole number of df.
      for (const dfResidual of [0, 2.5]) {
        expectLabError(
          () => confidenceIntervals({ ...fit, dfResidual }, 0.95),
          InvalidArgumentError,
          'confidenceIntervals',
        );
      }
    });
  });
});
