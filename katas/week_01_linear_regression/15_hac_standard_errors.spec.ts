/**
 * Spec for kata 01.15 — A remedy for autocorrelation: Newey–West HAC standard errors.
 * Theory: theory/week_01_linear_regression.md#newey-west-hac-standard-errors
 * Assumptions checked: A5 (no autocorrelation: what the classical and HC covariances need), A4
 * (HAC needs neither), C1.15.1 (the Bartlett-weighted sandwich), C1.15.2 (coverage).
 *
 * Expected values come from exact rational arithmetic (Python fractions) on a five-row example,
 * from R 4.2 with sandwich 3.0.2 (the calls are pasted beside the values; every R value uses
 * prewhite = FALSE and an explicit lag, the lab's convention, since R's NeweyWest defaults to
 * prewhitening and a data-driven lag) and from statsmodels 0.13.5 (its default lag).
 */
import { inverse, Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { expectAllClose, expectClose, expectLabError } from '../../helpers/assertions';
import { studentTQuantile } from '../../helpers/distributions';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  RankDeficiencyError,
  ShapeMismatchError,
} from '../../helpers/errors';
import { createRng, type Rng } from '../../helpers/random';
import { bartlettWeights, neweyWestCovariance, neweyWestLag } from './15_hac_standard_errors';

const SEED = 'kata-01.15';
const THEORY = '(theory: #newey-west-hac-standard-errors)';

// Hand example (kata 01.10's): x = 0…4, y = (1, 2, 2, 5, 4); b = (1, 9/10),
// e = (0, 1/10, −4/5, 13/10, −3/5), n = 5, p = 2. Successive residuals mostly change sign.
const TINY_X = [[0], [1], [2], [3], [4]];
const TINY_Y = [1, 2, 2, 5, 4];

// R example: n = 16 rows in time order, three regressors (p = 4 with the constant), errors AR(1)
// with rho 0.7, drawn once (numpy, seed 1501) and rounded to two decimals.
const X1 = [
  6.21, 7.92, 6.3, 5.84, 4.27, 6.48, 5.68, 6.37, 6.81, 5.77, 4.68, 4.98, 3.66, 5.99, 7.57, 6.92,
];
const X2 = [
  -1.85, -0.18, -0.49, -0.21, -1.31, 0.09, 0.02, -0.19, 0.42, -1.11, -0.81, 0.03, 1.52, 0.64, 1.24,
  -0.45,
];
const X3 = [
  0.67, -0.8, -0.81, -0.36, 0.3, 0.01, -1.36, -0.23, -0.25, -0.6, 0.45, -1.27, -0.51, 0.07, -0.28,
  -0.45,
];
const Y = [
  6.79, 5.4, 5.4, 4.57, 6.35, 3.96, 2.92, 4.76, 4.05, 5.03, 3.44, 1.67, 0.21, 3.04, 3.37, 5.54,
];
const X = X1.map((value, t) => [value, X2[t]!, X3[t]!]);
/** R: coef(lm(y ~ x1 + x2 + x3)). */
const R_COEFFICIENTS = [
  -0.25571322135532615, 0.72955355614163042, -1.45854399815925029, 0.53413866184018566,
];

/** AR(1) series of length n with coefficient rho and unit stationary variance. */
function ar1(rng: Rng, n: number, rho: number): number[] {
  const values = [rng.normal()];
  for (let t = 1; t < n; t += 1)
    values.push(rho * values[t - 1]! + Math.sqrt(1 - rho * rho) * rng.normal());
  return values;
}

/** HC0 by brute force: (XᵀX)⁻¹ Xᵀdiag(e²)X (XᵀX)⁻¹ with ml-matrix, e from the normal equations. */
function hc0(design: number[][], y: number[]): number[][] {
  const D = new Matrix(design);
  const bread = inverse(D.transpose().mmul(D));
  const b = bread.mmul(D.transpose()).mmul(Matrix.columnVector(y));
  const e = Matrix.columnVector(y).sub(D.mmul(b)).to1DArray();
  const meat = D.transpose()
    .mmul(Matrix.diag(e.map((value) => value * value)))
    .mmul(D);
  return bread.mmul(meat).mmul(bread).to2DArray();
}

describe('kata 01.15 Newey–West HAC standard errors', () => {
  describe('definition', () => {
    it('the Bartlett weights are 1 − l/(L + 1) for l = 0 … L, so lag L still counts', () => {
      const cases: [number, number[]][] = [
        [0, [1]],
        [1, [1, 1 / 2]],
        [3, [1, 3 / 4, 1 / 2, 1 / 4]],
        [4, [1, 4 / 5, 3 / 5, 2 / 5, 1 / 5]],
      ];
      for (const [lag, expected] of cases) {
        const weights = bartlettWeights(lag);
        const hint =
          weights.length === lag + 1 && weights[lag] === 0
            ? `bartlettWeights(${lag}) ends in 0: looks like 1 − l/L, which drops lag L; Newey–West divide by L + 1 ${THEORY}`
            : weights.length === lag + 1 && weights.every((value) => value === 1)
              ? `bartlettWeights(${lag}) is all ones: that is the truncated kernel, which can give a negative variance ${THEORY}`
              : `bartlettWeights(${lag}) should be the ${lag + 1} weights 1 − l/(L + 1), l = 0 … L, w₀ = 1 (R: 1 − (0:L)/(L + 1)) ${THEORY}`;
        expectAllClose(weights, expected, { rtol: 1e-15, atol: 1e-16, hint });
      }
    });

    it('the rule-of-thumb lag is floor(4·(n/100)^(2/9)), statsmodels’ default', () => {
      // statsmodels 0.13.5, S_hac_simple with nlags=None: int(np.floor(4 * (n / 100.)**(2./9.)))
      // for n = 1, 16, 27, 28, 100, 150, 1000, 5000: 1, 2, 2, 3, 4, 4, 6, 9.
      const cases: [number, number][] = [
        [1, 1],
        [16, 2],
        [27, 2],
        [28, 3],
        [100, 4],
        [150, 4],
        [1000, 6],
        [5000, 9],
      ];
      for (const [n, expected] of cases) {
        const lag = neweyWestLag(n);
        const exact = 4 * (n / 100) ** (2 / 9);
        const hint =
          lag !== expected && (lag === Math.round(exact) || lag === Math.ceil(exact))
            ? `neweyWestLag(${n}) = ${lag} looks rounded up or to nearest; the rule floors 4·(n/100)^(2/9) = ${exact.toFixed(3)} ${THEORY}`
            : lag === Math.floor(0.75 * Math.cbrt(n))
              ? `neweyWestLag(${n}) = ${lag} looks like Stock and Watson's 0.75·n^(1/3); the lab's default is floor(4·(n/100)^(2/9)) ${THEORY}`
              : `neweyWestLag(${n}) should be floor(4·(n/100)^(2/9)) = ${expected}, an integer ${THEORY}`;
        expect(lag, hint).toBe(expected);
      }
    });

    it('the hand example: lag 1 halves the slope variance of HC0, exactly as the fractions say (C1.15.1)', () => {
      // Exact rational arithmetic (Python fractions), checked against R:
      //   x <- 0:4; y <- c(1, 2, 2, 5, 4); fit <- lm(y ~ x)
      //   NeweyWest(fit, lag = L, prewhite = FALSE, adjust = FALSE)
      //   meatHAC(fit, weights = 1 - (0:L)/(L + 1), adjust = FALSE)
      // L = 0: V = [[26/625, −37/2500], [·, 157/5000]], Ŝ = [[27/50, 39/25], [·, 1177/250]] (HC0)
      // L = 1: V = [[22/625, −83/5000], [·, 79/5000]], Ŝ = [[4/25, 47/100], [·, 389/250]]
      // L = 2: V = [[38/1875, −17/1875], [·, 73/7500]], Ŝ = [[43/375, 1/3], [·, 401/375]]
      // L = 4: V = [[38/3125, −17/3125], [·, 73/12500]] (R warns "more weights than observations"
      //        and drops its trailing zero weight; the value is the same)
      // Dividing Γ₁ by n − 1 = 4 instead of n gives a slope variance of 119/10000 at L = 1; weights
      // 1 − l/L give HC0 at L = 1; the truncated kernel (all weights 1) gives 1/5000; Γ₁ without Γ₁ᵀ (one side) 59/2500.
      type Triple = [number, number, number];
      const cases: [number, Triple, Triple | undefined][] = [
        [0, [26 / 625, -37 / 2500, 157 / 5000], [27 / 50, 39 / 25, 1177 / 250]],
        [1, [22 / 625, -83 / 5000, 79 / 5000], [4 / 25, 47 / 100, 389 / 250]],
        [2, [38 / 1875, -17 / 1875, 73 / 7500], [43 / 375, 1 / 3, 401 / 375]],
        [4, [38 / 3125, -17 / 3125, 73 / 12500], undefined],
      ];
      for (const [lag, [v00, v01, v11], meat] of cases) {
        const result = neweyWestCovariance(TINY_X, TINY_Y, { lag });
        const slope = result.covariance[1]?.[1] as number;
        const hint =
          Math.abs(slope - v11 / 5) < 1e-9
            ? `lag ${lag}: the covariance is n = 5 times too small: with every Γ_l divided by n, the sandwich is (XᵀX)⁻¹·nŜ·(XᵀX)⁻¹ ${THEORY}`
            : Math.abs(slope - (v11 * 5) / 3) < 1e-9
              ? `lag ${lag}, adjust not given: the covariance is n/(n − p) = 5/3 times too large; adjust defaults to false, as in R's NeweyWest ${THEORY}`
              : lag === 1 && Math.abs(slope - 157 / 5000) < 1e-9
                ? `lag 1 gave HC0's slope variance: the lag-1 products got weight 0, as 1 − l/L would give; Bartlett's is 1 − l/(L + 1) = 1/2 ${THEORY}`
                : lag === 1 && Math.abs(slope - 119 / 10000) < 1e-9
                  ? `lag 1: looks like Γ₁ was divided by the n − 1 pairs it has; every Γ_l is divided by n ${THEORY}`
                  : lag === 1 && Math.abs(slope - 1 / 5000) < 1e-9
                    ? `lag 1: looks like every lag got weight 1 (the truncated kernel); Bartlett's w₁ = 1 − 1/(L + 1) = 1/2 ${THEORY}`
                    : lag === 1 && Math.abs(slope - 59 / 2500) < 1e-9
                      ? `lag 1: looks like Γ₁ was added without its transpose (or once instead of twice); Ŝ adds w_l(Γ_l + Γ_lᵀ) ${THEORY}`
                      : `lag ${lag}: the covariance should be (XᵀX)⁻¹·nŜ·(XᵀX)⁻¹ with Ŝ = Γ₀ + Σ w_l(Γ_l + Γ_lᵀ), Γ_l = (1/n)Σ e_t e_{t−l} x_t x_{t−l}ᵀ ${THEORY}`;
        expectAllClose(
          [
            result.covariance[0]?.[0] as number,
            result.covariance[0]?.[1] as number,
            result.covariance[1]?.[0] as number,
            slope,
          ],
          [v00, v01, v01, v11],
          { rtol: 1e-11, atol: 1e-15, hint },
        );
        expectAllClose(result.standardErrors, [Math.sqrt(v00), Math.sqrt(v11)], {
          rtol: 1e-11,
          atol: 0,
          hint: `lag ${lag}: standardErrors are the square roots of the covariance's diagonal ${THEORY}`,
        });
        expectAllClose(result.coefficients, [1, 0.9], {
          rtol: 1e-12,
          atol: 1e-14,
          hint: 'the coefficients are the OLS ones, whatever the covariance',
        });
        expect(result.lag, `lag ${lag} was given: result.lag reports it`).toBe(lag);
        if (meat !== undefined) {
          const [s00, s01, s11] = meat;
          expectAllClose(result.longRunCovariance.flat(), [s00, s01, s01, s11], {
            rtol: 1e-11,
            atol: 1e-15,
            hint: `lag ${lag}: longRunCovariance is Ŝ = Γ₀ + Σ w_l(Γ_l + Γ_lᵀ) per observation (divided by n, R's meatHAC), without the n/(n − p) adjustment ${THEORY}`,
          });
        }
      }
      // adjust: true multiplies by n/(n − p) = 5/3. R: NeweyWest(fit, lag = 1, prewhite = FALSE,
      // adjust = TRUE) = [[22/375, −83/3000], [·, 79/3000]]; Ŝ stays as it was.
      const adjusted = neweyWestCovariance(TINY_X, TINY_Y, { lag: 1, adjust: true });
      expectAllClose(adjusted.covariance.flat(), [22 / 375, -83 / 3000, -83 / 3000, 79 / 3000], {
        rtol: 1e-11,
        atol: 1e-15,
        hint: `adjust: true multiplies the covariance by n/(n − p) = 5/3 here (p counts the intercept) ${THEORY}`,
      });
      expectAllClose(adjusted.longRunCovariance.flat(), [4 / 25, 47 / 100, 47 / 100, 389 / 250], {
        rtol: 1e-11,
        atol: 1e-15,
        hint: `longRunCovariance is Ŝ itself: the n/(n − p) adjustment goes on the covariance only ${THEORY}`,
      });
    });

    it('four coefficients, sixteen rows: the values of R sandwich::NeweyWest with prewhite = FALSE (C1.15.1)', () => {
      // fit <- lm(y ~ x1 + x2 + x3) on X1, X2, X3, Y above; options(digits = 17).
      // sqrt(diag(NeweyWest(fit, lag = 3, prewhite = FALSE, adjust = FALSE))), also
      // sqrt(diag(kernHAC(fit, kernel = "Bartlett", bw = 4, prewhite = FALSE, adjust = FALSE))):
      // statsmodels: OLS(y, add_constant(X)).fit(cov_type='HAC', cov_kwds={'maxlags': 3}).bse
      // gives the same four values (and with 'use_correction': True, the adjusted ones below).
      const lag3 = [
        1.0514034090501061, 0.15315508148722867, 0.17619757139929601, 0.22299308018906563,
      ];
      // sqrt(diag(NeweyWest(fit, lag = 3, prewhite = FALSE, adjust = TRUE))):
      const lag3Adjusted = [
        1.21405608248393526, 0.17684825504882051, 0.20345543055588369, 0.25749022974916169,
      ];
      // NeweyWest(fit, lag = 3, prewhite = FALSE, adjust = FALSE), off the diagonal:
      // [1, 2] = −0.160619597984272083, [2, 3] = 0.023820523582424358, [3, 4] = −0.001909909568931896.
      // meatHAC(fit, weights = 1 - (0:3)/4, adjust = FALSE), row 1 and [4, 4]:
      const meatRow1 = [
        0.50204638287346615, 2.49856342827659006, -0.415808897362377583, -0.104940775474665224,
      ];
      const result = neweyWestCovariance(X, Y, { lag: 3 });
      expectAllClose(result.coefficients, R_COEFFICIENTS, { rtol: 1e-12, atol: 1e-14 });
      expectAllClose(result.standardErrors, lag3, {
        rtol: 1e-10,
        atol: 0,
        hint: `lag 3, adjust false: R NeweyWest(fit, lag = 3, prewhite = FALSE, adjust = FALSE) ${THEORY}`,
      });
      expectAllClose(
        [
          result.covariance[0]?.[1] as number,
          result.covariance[1]?.[2] as number,
          result.covariance[2]?.[3] as number,
          result.covariance[3]?.[2] as number,
        ],
        [-0.160619597984272083, 0.023820523582424358, -0.001909909568931896, -0.001909909568931896],
        {
          rtol: 1e-9,
          atol: 1e-15,
          hint: 'the covariance off the diagonal, symmetric (R NeweyWest)',
        },
      );
      expectAllClose(result.longRunCovariance[0]!, meatRow1, {
        rtol: 1e-10,
        atol: 0,
        hint: `Ŝ is R's meatHAC(fit, weights = 1 − (0:L)/(L + 1), adjust = FALSE): scores x_t·e_t with the constant, divided by n ${THEORY}`,
      });
      expectClose(result.longRunCovariance[3]?.[3] as number, 0.1108896914811448864, {
        rtol: 1e-10,
        atol: 0,
      });
      expectAllClose(
        neweyWestCovariance(X, Y, { lag: 3, adjust: true }).standardErrors,
        lag3Adjusted,
        {
          rtol: 1e-10,
          atol: 0,
          hint: `adjust: true multiplies by n/(n − p) = 16/12, p = 4 with the constant, not n/(n − 1) ${THEORY}`,
        },
      );
    });

    it('intercept: false fits the columns as given, as R lm(y ~ 0 + x1 + x2)', () => {
      // fit0 <- lm(y ~ 0 + x1 + x2): coef = (0.65510044169853632, −1.57054262979485437);
      // NeweyWest(fit0, lag = 3, prewhite = FALSE, adjust = FALSE) and adjust = TRUE (n/(n − 2)),
      // meatHAC(fit0, weights = 1 - (0:3)/4, adjust = FALSE):
      const rows = X.map((row) => [row[0]!, row[1]!]);
      const result = neweyWestCovariance(rows, Y, { lag: 3, intercept: false });
      const hint = `intercept: false: no constant column is added, and p = 2 counts the columns given ${THEORY}`;
      expectAllClose(result.coefficients, [0.65510044169853632, -1.57054262979485437], {
        rtol: 1e-12,
        atol: 0,
        hint,
      });
      expectAllClose(
        result.covariance.flat(),
        [
          0.00050761630571493212, -0.0023925138093769051, -0.0023925138093769051,
          0.04159343713732052,
        ],
        { rtol: 1e-10, atol: 0, hint },
      );
      expectAllClose(result.standardErrors, [0.022530341890768815, 0.203944691368322994], {
        rtol: 1e-10,
        atol: 0,
        hint,
      });
      expectAllClose(
        result.longRunCovariance.flat(),
        [14.1952311158881539, -1.83385511341036711, -1.83385511341036711, 0.43633421019152863],
        { rtol: 1e-10, atol: 0, hint },
      );
      expect(
        result.lag,
        'intercept: false, lag 3 given: result.lag reports the lag used (theory: #newey-west-hac-standard-errors)',
      ).toBe(3);
      expectAllClose(
        neweyWestCovariance(rows, Y, { lag: 3, intercept: false, adjust: true }).standardErrors,
        [0.02408594861775357, 0.21802604598617639],
        { rtol: 1e-10, atol: 0, hint: `${hint}; adjust multiplies by 16/14` },
      );
      // The default lag with intercept: false depends on n only: floor(4·0.16^(2/9)) = 2.
      expect(
        neweyWestCovariance(rows, Y, { intercept: false }).lag,
        'intercept: false, no lag given, n = 16: the default lag is floor(4·(16/100)^(2/9)) = 2, which depends on n only (theory: #newey-west-hac-standard-errors)',
      ).toBe(2);
    });

    it('by default: lag floor(4·(n/100)^(2/9)) = 2 at n = 16 and no adjustment (R NeweyWest’s adjust = FALSE)', () => {
      // sqrt(diag(NeweyWest(fit, lag = 2, prewhite = FALSE, adjust = FALSE))):
      const lag2 = [
        1.07222723675006137, 0.15721182189842769, 0.16958922688839509, 0.22561395770981998,
      ];
      // statsmodels: sandwich_covariance.cov_hac(OLS(y, add_constant(X)).fit()), default
      // nlags=None (→ 2) and use_correction=True; R: NeweyWest(fit, lag = 2, prewhite = FALSE,
      // adjust = TRUE). Both give:
      const lag2Adjusted = [
        1.23810136754019418, 0.18153257538569745, 0.19582477159135092, 0.26051655843340282,
      ];
      const byDefault = neweyWestCovariance(X, Y);
      expect(
        byDefault.lag,
        `the default lag at n = 16 is floor(4·(16/100)^(2/9)) = 2 (R's bwNeweyWest would give floor(1.53) = 1, prewhitened) ${THEORY}`,
      ).toBe(2);
      expectAllClose(byDefault.standardErrors, lag2, {
        rtol: 1e-10,
        atol: 0,
        hint: `with no options: lag 2, adjust false (R NeweyWest(fit, lag = 2, prewhite = FALSE, adjust = FALSE)) ${THEORY}`,
      });
      expectAllClose(neweyWestCovariance(X, Y, { adjust: true }).standardErrors, lag2Adjusted, {
        rtol: 1e-10,
        atol: 0,
        hint: `adjust: true with the default lag: statsmodels cov_hac's default ${THEORY}`,
      });
      // n = 100: floor(4·1^(2/9)) = 4 exactly; the rule takes the number of rows, not n − p
      // (floor(4·0.98^(2/9)) = 3).
      const rng = createRng(`${SEED}/default-lag`);
      const x = ar1(rng, 100, 0.5);
      const rows = x.map((value) => [value]);
      const y = x.map((value) => 1 + value + rng.normal());
      const hundred = neweyWestCovariance(rows, y);
      expect(
        hundred.lag,
        `n = 100 rows: the default lag is floor(4·(100/100)^(2/9)) = 4${hundred.lag === 3 ? '; 3 looks like n − p was used for n' : ''} ${THEORY}`,
      ).toBe(4);
      expectAllClose(
        hundred.standardErrors,
        neweyWestCovariance(rows, y, { lag: 4 }).standardErrors,
        { rtol: 1e-12, atol: 0, hint: 'n = 100: omitting lag means lag 4' },
      );
      expectAllClose(
        neweyWestCovariance(X, Y, { lag: 2, adjust: false, intercept: true }).covariance.flat(),
        byDefault.covariance.flat(),
        { rtol: 1e-12, atol: 1e-16, hint: 'intercept defaults to true' },
      );
    });
  });

  describe('properties', () => {
    const rng = createRng(`${SEED}/properties`);
    const n = 30;
    const x1 = ar1(rng, n, 0.6);
    const x2 = rng.normalVector(n);
    const e = ar1(rng, n, 0.5);
    const rows = x1.map((value, t) => [value, x2[t]!]);
    const y = x1.map((value, t) => 1 + 2 * value - x2[t]! + (0.5 + Math.abs(value)) * e[t]!);

    it('lag 0 is HC0, and with adjust HC1 = n/(n − p)·HC0: the HC sandwich of kata 01.10 (A4)', () => {
      const expected = hc0(
        rows.map((row) => [1, ...row]),
        y,
      ).flat();
      expectAllClose(neweyWestCovariance(rows, y, { lag: 0 }).covariance.flat(), expected, {
        rtol: 1e-9,
        atol: 1e-15,
        hint: `lag 0 keeps only Γ₀, so the covariance is HC0, (XᵀX)⁻¹Xᵀdiag(e²)X(XᵀX)⁻¹ ${THEORY}`,
      });
      expectAllClose(
        neweyWestCovariance(rows, y, { lag: 0, adjust: true }).covariance.flat(),
        expected.map((value) => (value * n) / (n - 3)),
        {
          rtol: 1e-9,
          atol: 1e-15,
          hint: `lag 0 with adjust is HC1: HC0·n/(n − p), p = 3 with the constant ${THEORY}`,
        },
      );
    });

    it('rescaling a column by c divides its coefficient and standard error by |c|; rescaling y multiplies all', () => {
      const base = neweyWestCovariance(rows, y, { lag: 3 });
      for (const c of [1000, -0.003, 7.3]) {
        const scaled = neweyWestCovariance(
          rows.map(([a, b]) => [(a as number) * c, b as number]),
          y,
          { lag: 3 },
        );
        const hint = `column 0 times ${c}: its standard error divides by |c|, the others stay (the sandwich is equivariant) ${THEORY}`;
        expectAllClose(
          scaled.standardErrors,
          [base.standardErrors[0]!, base.standardErrors[1]! / Math.abs(c), base.standardErrors[2]!],
          { rtol: 1e-9, atol: 0, hint },
        );
        expectClose(scaled.coefficients[1]!, base.coefficients[1]! / c, {
          rtol: 1e-9,
          atol: 0,
          hint,
        });
        expectClose(
          scaled.longRunCovariance[1]?.[1] as number,
          (base.longRunCovariance[1]?.[1] as number) * c * c,
          { rtol: 1e-9, atol: 0, hint: 'Ŝ scales with the scores x_t·e_t: by c² for the column' },
        );
      }
      const big = neweyWestCovariance(
        rows,
        y.map((value) => value * 1e100),
        { lag: 3 },
      );
      expectAllClose(
        big.standardErrors,
        base.standardErrors.map((value) => value * 1e100),
        {
          rtol: 1e-9,
          atol: 0,
          hint: 'y times 1e100: every standard error times 1e100, no overflow on the way',
        },
      );
    });

    it('the Bartlett kernel keeps every variance non-negative where equal weights would not (C1.15.1)', () => {
      // Intercept only, residuals alternating in sign: Σe_t² = n·a², Σe_t e_{t−1} ≈ −(n − 1)a².
      // Equal weights at lag 1 give Ŝ ≈ (n − 2(n − 1))a²/n < 0; Bartlett's ½ gives ≈ a²/n > 0.
      const ones = Array.from({ length: 12 }, () => [1]);
      const alternating = ones.map((_, t) => (t % 2 === 0 ? 1 : -1) + 0.01 * t);
      for (const lag of [1, 2, 5, 11]) {
        const result = neweyWestCovariance(ones, alternating, { lag, intercept: false });
        const variance = result.covariance[0]?.[0] as number;
        expect(
          variance,
          `lag ${lag}: variance ${variance} is negative: looks like every lag got weight 1 (the truncated kernel); Bartlett's 1 − l/(L + 1) keeps Ŝ positive semi-definite ${THEORY}`,
        ).toBeGreaterThanOrEqual(0);
        // Ŝ for one column is Σ_l w_l·(the lag-l sum, counted twice for l ≥ 1)/n, by hand.
        const mean = alternating.reduce((sum, value) => sum + value, 0) / 12;
        const r = alternating.map((value) => value - mean);
        let sum = 0;
        for (let l = 0; l <= lag; l += 1) {
          let lagged = 0;
          for (let t = l; t < 12; t += 1) lagged += r[t]! * r[t - l]!;
          sum += (l === 0 ? 1 : 2) * (1 - l / (lag + 1)) * lagged;
        }
        expectClose(result.longRunCovariance[0]?.[0] as number, sum / 12, {
          rtol: 1e-9,
          atol: 1e-15,
          hint: `lag ${lag}, one column: Ŝ = (1/n)[Σe_t² + 2Σ_l w_l Σ_t e_t e_{t−l}] ${THEORY}`,
        });
        expectClose(variance, sum / 12 / 12, { rtol: 1e-9, atol: 1e-15 });
      }
    });

    it('inputs are left as they were, and ragged rows are refused rather than cut', () => {
      const frozenRows = Object.freeze(rows.map((row) => Object.freeze([...row])));
      const frozenY = Object.freeze([...y]);
      const copy = JSON.stringify([rows, y]);
      neweyWestCovariance(frozenRows, frozenY, { lag: 2 });
      neweyWestCovariance(rows, y, { lag: 2 });
      expect(JSON.stringify([rows, y]), 'neweyWestCovariance leaves X and y unchanged').toBe(copy);
      expectLabError(
        () =>
          neweyWestCovariance(
            rows.map((row, t) => (t === 4 ? [...row, 1] : row)),
            y,
          ),
        ShapeMismatchError,
        'neweyWestCovariance',
        'a row wider than the others is a shape error, not cut to size',
      );
    });
  });

  describe('diagnostics', () => {
    it('AR(1) errors on an AR(1) regressor: classical slope intervals under-cover, Newey–West ones come much closer to 95% (A5, C1.15.2)', () => {
      // n = 100, x and ε both AR(1) with rho 0.75: Moulton's factor for the slope is
      // (1 + 0.5625)/(1 − 0.5625) ≈ 3.6, so classical intervals cover about 2Φ(1.96/√3.6) − 1 ≈ 70%.
      // Newey–West with the default lag (4) covers about 84% (3000 replicates while sizing this
      // spec: classical 0.715, Newey–West 0.841). It stays below 95%: the lag rule is tuned for
      // the variance's mean squared error, not for coverage (theory). 200 replicates: each
      // coverage has SE ≤ 0.032, their paired difference about 0.026 (a 0.126 gap expected).
      const rng = createRng(`${SEED}/coverage`);
      const n = 100;
      const replicates = 200;
      const rho = 0.75;
      const t = studentTQuantile(0.975, n - 2);
      let classicalHits = 0;
      let hacHits = 0;
      for (let r = 0; r < replicates; r += 1) {
        const x = ar1(rng, n, rho);
        const errors = ar1(rng, n, rho);
        const y = x.map((value, i) => 1 + 2 * value + errors[i]!);
        const result = neweyWestCovariance(
          x.map((value) => [value]),
          y,
        );
        const slope = result.coefficients[1]!;
        // Classical s²/Sxx from the same fit's coefficients.
        const mean = x.reduce((sum, value) => sum + value, 0) / n;
        let sxx = 0;
        let rss = 0;
        x.forEach((value, i) => {
          sxx += (value - mean) ** 2;
          rss += (y[i]! - result.coefficients[0]! - slope * value) ** 2;
        });
        if (Math.abs(slope - 2) <= t * Math.sqrt(rss / (n - 2) / sxx)) classicalHits += 1;
        if (Math.abs(slope - 2) <= t * result.standardErrors[1]!) hacHits += 1;
      }
      const classical = classicalHits / replicates;
      const hac = hacHits / replicates;
      const summary = `coverage of the slope over ${replicates} replicates: classical ${classical}, Newey–West ${hac}`;
      expect(
        classical,
        `${summary}: classical intervals should under-cover here (A5)`,
      ).toBeLessThan(0.85);
      expect(
        hac - classical,
        `${summary}: Newey–West should gain about 0.13 over classical ${hac <= classical + 0.02 ? '(no better than classical: are the lagged cross-products in the meat?) ' : ''}${THEORY}`,
      ).toBeGreaterThan(0.05);
      expect(hac, `${summary}: Newey–West should cover about 84% ${THEORY}`).toBeGreaterThan(0.77);
      expect(
        0.95 - hac,
        `${summary}: Newey–West's shortfall should be well under the classical one ${THEORY}`,
      ).toBeLessThan(0.75 * (0.95 - classical));
    });
  });

  describe('errors', () => {
    it('refuses bad input with a typed error naming the function', () => {
      const name = 'neweyWestCovariance';
      expectLabError(() => neweyWestCovariance([], []), EmptyInputError, name, 'empty X');
      expectLabError(
        () => neweyWestCovariance([[1], [2]], [1, 2]),
        EmptyInputError,
        name,
        'two rows, two coefficients: no more rows than coefficients',
      );
      expectLabError(
        () => neweyWestCovariance(TINY_X, [1, 2, 3]),
        ShapeMismatchError,
        name,
        'five rows, three targets',
      );
      expectLabError(
        () => neweyWestCovariance(TINY_X, [1, 2, Number.NaN, 5, 4]),
        NonFiniteValueError,
        name,
        'NaN in y',
      );
      for (const lag of [-1, 1.5, 5, Number.NaN]) {
        expectLabError(
          () => neweyWestCovariance(TINY_X, TINY_Y, { lag }),
          InvalidArgumentError,
          name,
          `lag ${lag} with n = 5: the lag is an integer in [0, n − 1]`,
        );
      }
      expectLabError(
        () => neweyWestCovariance(TINY_X, TINY_Y, { adjust: 'yes' as unknown as boolean }),
        InvalidArgumentError,
        name,
        "adjust 'yes' is not a boolean",
      );
      expectLabError(
        () =>
          neweyWestCovariance(
            TINY_X.map(([value]) => [value as number, 2 * (value as number)]),
            TINY_Y,
          ),
        RankDeficiencyError,
        name,
        'a column that doubles another',
      );
      expectLabError(
        () =>
          neweyWestCovariance(
            TINY_X.map(([value]) => [(value as number) * 1e-200]),
            TINY_Y.map((value) => value * 1e200),
          ),
        NonFiniteValueError,
        name,
        'x at 1e−200 and y at 1e200: the slope variance is near 1e800, beyond double precision; say so rather than return Infinity',
      );
      expectLabError(
        () =>
          neweyWestCovariance(
            TINY_X.map(([value]) => [(value as number) * 1e200]),
            TINY_Y.map((value) => value * 1e-200),
          ),
        NonFiniteValueError,
        name,
        'x at 1e200 and y at 1e−200: the slope (1e−400) and its variance (1e−800) underflow; say so rather than return a false 0',
      );
      for (const lag of [-1, 2.5, Number.NaN]) {
        expectLabError(
          () => bartlettWeights(lag),
          InvalidArgumentError,
          'bartlettWeights',
          `lag ${lag} is not a non-negative integer`,
        );
      }
      for (const n of [0, -3, 10.5, Number.POSITIVE_INFINITY]) {
        expectLabError(
          () => neweyWestLag(n),
          InvalidArgumentError,
          'neweyWestLag',
          `n ${n} is not a positive integer`,
        );
      }
    });
  });
});
