/**
 * Spec for kata 01.08 — Assumption tests.
 * Theory: theory/week_01_linear_regression.md#assumption-tests
 */
import { correlation, inverse } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { expectAllClose, expectClose, expectLabError } from '../../helpers/assertions';
import { chiSquaredSurvival, fSurvival } from '../../helpers/distributions';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  RankDeficiencyError,
  ShapeMismatchError,
} from '../../helpers/errors';
import { fitLeastSquares } from '../../helpers/least_squares';
import { assertProperty, fc } from '../../helpers/properties';
import { createRng } from '../../helpers/random';
import { evenStudentTwoSidedTail } from '../../helpers/student_tail';
import {
  breuschGodfrey,
  breuschPagan,
  durbinWatson,
  jarqueBera,
  resetTest,
  varianceInflationFactors,
} from './08_assumption_tests';

const SEED = 'kata-01.08';
const EXACT = { rtol: 1e-12, atol: 1e-12 };
/** Identities that hold up to rounding: a few hundred flops of error, nothing more. */
const IDENTITY = { rtol: 1e-9, atol: 1e-12 };
/** fast-check's seed and run count for the exact identities (each run costs microseconds). */
const PROPERTY_SEED = 7018;
const PROPERTY_RUNS = { seed: PROPERTY_SEED, numRuns: 50 };

/**
 * The 20-value vector of statsmodels' stats/tests/test_statstools.py ("a random array, rounded
 * to 4 decimals"), with the R values statsmodels checks against: car::durbinWatsonTest on the
 * plain vector and fBasics::jarqueberaTest.
 */
const X20 = [
  -0.1184, -1.3403, 0.0063, -0.612, -0.3869, -0.2313, -2.8485, -0.2167, 0.4153, 1.8492, -0.3706,
  0.9726, -0.1501, -0.0337, -1.4423, 1.2489, 0.9182, -0.2331, -0.6182, 0.183,
];
const X20_DURBIN_WATSON_R = 1.95298958377419;
const X20_JARQUE_BERA_R = { statistic: 1.966267722686169, pValue: 0.3741367669648314 };

const sum = (values: readonly number[]): number => values.reduce((acc, v) => acc + v, 0);
const mean = (values: readonly number[]): number => sum(values) / values.length;

/** y = 1 + 2x1 − x2 + noise on two independent standard-normal columns. */
function linearData(
  seed: string,
  n: number,
  noise: (i: number, row: number[]) => number,
): { X: number[][]; y: number[] } {
  const rng = createRng(seed);
  const X = Array.from({ length: n }, () => [rng.normal(), rng.normal()]);
  const y = X.map((row, i) => 1 + 2 * row[0]! - row[1]! + noise(i, row));
  return { X, y };
}

function olsResiduals(X: readonly (readonly number[])[], y: readonly number[]): number[] {
  return fitLeastSquares(
    'spec',
    X.map((row) => [1, ...row]),
    y,
  ).residuals;
}

describe('kata 01.08 assumption tests', () => {
  describe('definition', () => {
    it('Durbin–Watson, the test for uncorrelated errors (A5), is the sum of squared successive differences over the sum of all squares', () => {
      // Hand derivation: e = [1, −1, 1, −1] has three differences of ±2, so (4 + 4 + 4)/4 = 3;
      // e = [1, 2, 3] gives (1 + 1)/(1 + 4 + 9) = 1/7.
      const hint =
        'looks like the denominator was summed from t = 2; Σe_t² runs over every residual, only the numerator loses a term (theory: #assumption-tests)';
      expectClose(durbinWatson([1, -1, 1, -1]), 3, { ...EXACT, hint });
      expectClose(durbinWatson([1, 2, 3]), 1 / 7, { ...EXACT, hint });
    });

    it('Durbin–Watson reproduces R car::durbinWatsonTest on the statsmodels 20-value vector', () => {
      expectClose(durbinWatson(X20), X20_DURBIN_WATSON_R, {
        rtol: 1e-12,
        atol: 0,
        hint: 'statsmodels 20-value vector: DW = Σ(e_t − e_{t−1})²/Σe² as R car::durbinWatsonTest prints (theory: #assumption-tests)',
      });
    });

    it('Jarque–Bera, the test for normal errors (A6), uses biased moments and the kurtosis itself, not the excess kurtosis', () => {
      // Hand derivation for e = [0, 0, 0, 4]: mean 1, deviations (−1, −1, −1, 3);
      // m2 = 12/4 = 3, m3 = 24/4 = 6, m4 = 84/4 = 21; S = 6/3^1.5 = 2/√3, K = 21/9 = 7/3;
      // JB = 4/6·(4/3 + (7/3 − 3)²/4) = (2/3)(13/9) = 26/27; p = P(χ²₂ > JB) = exp(−JB/2).
      const result = jarqueBera([0, 0, 0, 4]);
      expectClose(result.skewness, 2 / Math.sqrt(3), {
        ...EXACT,
        hint: 'looks like the skewness used the n − 1 variance; Jarque–Bera uses biased (1/n) moments (theory: #assumption-tests)',
      });
      expectClose(result.kurtosis, 7 / 3, {
        ...EXACT,
        hint: 'kurtosis should be m4/m2² with biased (1/n) moments and not the excess kurtosis m4/m2² − 3 (theory: #assumption-tests)',
      });
      expectClose(result.statistic, 26 / 27, {
        ...EXACT,
        hint: 'JB = n/6·(S² + (K − 3)²/4) with biased moments and K the kurtosis (3 for normal data), not the excess kurtosis (theory: #assumption-tests)',
      });
      expectClose(result.pValue, Math.exp(-13 / 27), {
        ...EXACT,
        hint: 'hand case: p = exp(−JB/2), the χ²(2) survival function (theory: #assumption-tests)',
      });
    });

    it('Jarque–Bera reproduces R fBasics::jarqueberaTest on the statsmodels 20-value vector', () => {
      const result = jarqueBera(X20);
      expectClose(result.statistic, X20_JARQUE_BERA_R.statistic, {
        rtol: 1e-12,
        atol: 0,
        hint: 'statsmodels 20-value vector: JB statistic as R fBasics::jarqueberaTest, biased (1/n) moments and kurtosis itself (theory: #assumption-tests)',
      });
      expectClose(result.pValue, X20_JARQUE_BERA_R.pValue, {
        rtol: 1e-12,
        atol: 0,
        hint: 'statsmodels 20-value vector: JB p-value exp(−JB/2) as R fBasics::jarqueberaTest (theory: #assumption-tests)',
      });
    });

    it('Breusch–Pagan, the test for constant variance (A4), regresses e² on a constant plus Z: Koenker n·R² and the original ESS/2', () => {
      // Hand derivation: Z = group indicator (0, 0, 0, 1, 1, 1), e = (1, −1, 1, 2, −2, 3).
      // e² = (1, 1, 1, 4, 4, 9): group means 1 and 17/3, overall 10/3;
      // ESS = 3(7/3)² + 3(7/3)² = 98/3, TSS = 3(7/3)² + 2(2/3)² + (17/3)² = 148/3.
      // Koenker: n·R² = 6·98/148 = 147/37. Original: σ̂² = Σe²/n = 10/3, and the regression of
      // e²/σ̂² has ESS (98/3)/(10/3)² = 2.94, so the statistic is 2.94/2 = 1.47.
      // Regressing |e| instead of e² would give n·R² = 6·(8/3)/(10/3) = 4.8.
      const Z = [[0], [0], [0], [1], [1], [1]];
      const e = [1, -1, 1, 2, -2, 3];
      const koenker = breuschPagan(e, Z);
      expectClose(koenker.statistic, 147 / 37, {
        ...EXACT,
        hint: 'Breusch–Pagan regresses the squared residuals e² (not |e|) on a constant plus Z, and the default (Koenker) statistic is n·R² (theory: #assumption-tests)',
      });
      expect(
        koenker.df,
        'df counts the columns of Z, not the constant (theory: #assumption-tests)',
      ).toBe(1);
      expectClose(koenker.pValue, chiSquaredSurvival(147 / 37, 1), {
        ...EXACT,
        hint: 'the p-value is P(χ² > statistic) with df = columns of Z; the constant is not counted (theory: #assumption-tests)',
      });
      expectClose(breuschPagan(e, Z, { studentized: true }).statistic, 147 / 37, {
        ...EXACT,
        hint: 'hand case: Koenker (studentized: true) BP = n·R² of e² on a constant plus Z = 147/37 (theory: #assumption-tests)',
      });
      expectClose(breuschPagan(e, Z, { studentized: false }).statistic, 1.47, {
        ...EXACT,
        hint: 'the original Breusch–Pagan statistic is half the explained sum of squares of e²/σ̂², with σ̂² = Σe²/n (theory: #assumption-tests)',
      });
    });

    it('Breusch–Pagan has as many degrees of freedom as Z has columns', () => {
      const { X, y } = linearData(`${SEED}/bp-df`, 30, () => 0);
      const rng = createRng(`${SEED}/bp-df-noise`);
      const e = olsResiduals(
        X,
        y.map((v) => v + rng.normal()),
      );
      const Z = X.map((row) => [...row, row[0]! * row[1]!]);
      const result = breuschPagan(e, Z);
      expect(
        result.df,
        'looks like df = columns + 1; the auxiliary constant is not a restriction being tested (theory: #assumption-tests)',
      ).toBe(3);
      expectClose(result.pValue, chiSquaredSurvival(result.statistic, 3), {
        ...EXACT,
        hint: 'BP p-value: χ² survival on df = columns of Z = 3 (not 2, not 4) (theory: #assumption-tests)',
      });
    });

    it('VIF, how close the design is to losing full rank (A3), regresses each column on a constant plus the others, so a column’s mean is not collinearity', () => {
      // Hand derivation: centred columns (−1.5, −0.5, 0.5, 1.5) and (1, −1, −1, 1) are orthogonal,
      // so both centred R² are 0 and both VIFs are 1. Without the constant, x1 on x2 has the
      // uncentred R² = (Σx1·x2)²/(Σx1²·Σx2²) = 100²/(30·404) ≈ 0.825, a VIF of about 5.7.
      expectAllClose(
        varianceInflationFactors([
          [1, 11],
          [2, 9],
          [3, 9],
          [4, 11],
        ]),
        [1, 1],
        {
          ...EXACT,
          hint: 'looks like the auxiliary regression had no constant: its uncentred R² counts the columns’ means as shared variation (theory: #assumption-tests)',
        },
      );
    });

    it('RESET, the test for a linear mean (A1), adds powers of the fitted values and F-tests them, with df1 = power − 1 and df2 = n − p − df1', () => {
      // Exact rational arithmetic (Python fractions): x = 1…6, y = (1, 3, 2, 5, 4, 7);
      // the linear fit ŷ = 1/15 + 36/35·x leaves RSS = 506/105. Adding ŷ² gives F = 125/633 on
      // (1, 3) df; adding ŷ² and ŷ³ gives F = 611/2425 on (2, 2) df.
      const X = [[1], [2], [3], [4], [5], [6]];
      const y = [1, 3, 2, 5, 4, 7];
      const squares = resetTest(X, y, { power: 2 });
      expectClose(squares.statistic, 125 / 633, {
        ...IDENTITY,
        hint: 'RESET power 2, x = 1…6: F = 125/633 from exact fractions (theory: #assumption-tests)',
      });
      expect(
        [squares.df1, squares.df2],
        'RESET power 2, n = 6, p = 2: (df1, df2) = (power − 1, n − p − df1) = (1, 3); (2, 2) looks like df of RESET counting a power too many, (1, 4) like p without the constant (theory: #assumption-tests)',
      ).toEqual([1, 3]);
      expectClose(squares.pValue, fSurvival(125 / 633, 1, 3), {
        ...IDENTITY,
        hint: 'RESET power 2: p-value is the F(1, 3) upper tail of the statistic (theory: #assumption-tests)',
      });
      const cubes = resetTest(X, y);
      expectClose(cubes.statistic, 611 / 2425, {
        ...IDENTITY,
        hint: 'the default power is 3: ŷ² and ŷ³ are both added (R lmtest::resettest) (theory: #assumption-tests)',
      });
      expect(
        [cubes.df1, cubes.df2],
        'df1 = power − 1 and df2 = n − p − df1, with p counting the constant (theory: #assumption-tests)',
      ).toEqual([2, 2]);
    });

    it('Breusch–Godfrey (A5) regresses the residuals on the design and their lags, missing lags set to 0', () => {
      // Exact rational arithmetic (Python fractions): x = 1…8, y = (2, 3, 5, 4, 6, 8, 7, 9).
      // Order 1: n·Σê²/Σe² = 128164/53177; order 2: 11164196312/1633812157 (R lmtest::bgtest, fill = 0).
      const X = [[1], [2], [3], [4], [5], [6], [7], [8]];
      const y = [2, 3, 5, 4, 6, 8, 7, 9];
      const e = olsResiduals(X, y);
      const first = breuschGodfrey(e, X);
      expectClose(first.statistic, 128164 / 53177, {
        ...IDENTITY,
        hint: 'Breusch–Godfrey order 1, x = 1…8: n·R² of the auxiliary regression = 128164/53177, missing lag set to 0 (R lmtest::bgtest fill = 0) (theory: #assumption-tests)',
      });
      expect(
        first.df,
        'Breusch–Godfrey order 1: df = order = 1, not the number of auxiliary regressors (theory: #assumption-tests)',
      ).toBe(1);
      expectClose(first.pValue, chiSquaredSurvival(128164 / 53177, 1), {
        ...IDENTITY,
        hint: 'Breusch–Godfrey order 1: p-value is the χ²(1) upper tail (theory: #assumption-tests)',
      });
      const second = breuschGodfrey(e, X, { order: 2 });
      expectClose(second.statistic, 11164196312 / 1633812157, {
        ...IDENTITY,
        hint: 'Breusch–Godfrey order 2: n·R² = 11164196312/1633812157 with both missing lags 0; dropping the first rows gives another value (theory: #assumption-tests)',
      });
      expect(
        second.df,
        'Breusch–Godfrey order 2: df = order = 2; 3 or 4 would count the design columns too (theory: #assumption-tests)',
      ).toBe(2);
    });
  });

  describe('properties', () => {
    it('DW = 2(1 − r₁) − (e₁² + eₙ²)/Σe² with r₁ = Σe_t·e_{t−1}/Σe², for every residual series', () => {
      // Residual series of 2 to 60 values in [−1000, 1000], to three decimals, not all zero.
      const series = fc
        .array(
          fc.integer({ min: -1e6, max: 1e6 }).map((value) => value / 1e3),
          { minLength: 2, maxLength: 60 },
        )
        .filter((e) => e.some((value) => value !== 0));
      assertProperty(
        fc.property(series, (e) => {
          const squares = sum(e.map((v) => v * v));
          const lagProducts = sum(e.slice(1).map((v, t) => v * e[t]!));
          const ends = e[0]! ** 2 + e[e.length - 1]! ** 2;
          expectClose(durbinWatson(e), 2 * (1 - lagProducts / squares) - ends / squares, {
            rtol: 1e-9,
            atol: 1e-12,
            hint: 'the identity holds only when Σe² runs over every residual, t = 1 … n: looks like the denominator was summed from t = 2 (theory: #assumption-tests)',
          });
        }),
        PROPERTY_RUNS,
      );
    });

    it('Durbin–Watson lies in [0, 4]: 0 for a constant series, near 4 for alternating signs, and scale-free', () => {
      expect(
        durbinWatson([2, 2, 2, 2]),
        'constant series: every successive difference is 0, so DW = 0 (theory: #assumption-tests)',
      ).toBe(0);
      const alternating = Array.from({ length: 50 }, (_, t) => (t % 2 === 0 ? 1 : -1));
      expectClose(durbinWatson(alternating), (4 * 49) / 50, {
        ...EXACT,
        hint: 'alternating ±1, n = 50: DW = 4(n − 1)/n (theory: #assumption-tests)',
      });
      const e = createRng(`${SEED}/dw-scale`).normalVector(20);
      expectClose(durbinWatson(e.map((v) => -3.5 * v)), durbinWatson(e), {
        ...IDENTITY,
        hint: 'DW must not change when e is scaled by −3.5 (theory: #assumption-tests)',
      });
    });

    it('Jarque–Bera is location- and scale-free and its p-value is exp(−JB/2)', () => {
      const e = createRng(`${SEED}/jb`)
        .normalVector(40)
        .map((v) => v ** 3);
      const base = jarqueBera(e);
      const moved = jarqueBera(e.map((v) => 5 - 2 * v));
      expectClose(moved.statistic, base.statistic, {
        ...IDENTITY,
        hint: 'JB statistic must not change under shift and scale (central moments) (theory: #assumption-tests)',
      });
      expectClose(moved.skewness, -base.skewness, {
        ...IDENTITY,
        hint: 'a negative scale flips the skewness sign (theory: #assumption-tests)',
      });
      expectClose(moved.kurtosis, base.kurtosis, {
        ...IDENTITY,
        hint: 'kurtosis must not change under shift and scale (theory: #assumption-tests)',
      });
      expectClose(base.pValue, Math.exp(-base.statistic / 2), {
        ...IDENTITY,
        hint: 'JB p-value = exp(−JB/2), the χ²(2) survival function (theory: #assumption-tests)',
      });
    });

    it('Durbin–Watson and Jarque–Bera stay scale-free where squares underflow or overflow', () => {
      // Ratios of sums of squares (and of fourth powers) do not change with the scale of e, but
      // the squares themselves are 0 below about 1e-162 and Infinity above about 1e154.
      const e = createRng(`${SEED}/extreme-scale`).normalVector(30);
      e[7] = 0; // a residual can be exactly 0 (a point the fit passes through)
      const dw = durbinWatson(e);
      const jb = jarqueBera(e);
      for (const scale of [1e-170, 1e-300, 1e170, 1e300]) {
        const scaled = e.map((value) => value * scale);
        expectClose(durbinWatson(scaled), dw, {
          ...IDENTITY,
          hint: 'extreme scale: DW must stay scale-free where squares underflow or overflow (rescale before squaring) (theory: #assumption-tests)',
        });
        const moved = jarqueBera(scaled);
        expectClose(moved.statistic, jb.statistic, {
          ...IDENTITY,
          hint: 'extreme scale: JB statistic must stay scale-free (theory: #assumption-tests)',
        });
        expectClose(moved.skewness, jb.skewness, {
          ...IDENTITY,
          hint: 'extreme scale: skewness must stay scale-free (theory: #assumption-tests)',
        });
        expectClose(moved.kurtosis, jb.kurtosis, {
          ...IDENTITY,
          hint: 'extreme scale: kurtosis must stay scale-free (theory: #assumption-tests)',
        });
      }
    });

    it('Breusch–Pagan and Breusch–Godfrey stay scale-free in e at 10^±200 (rescale before squaring)', () => {
      // The hand cases of the definition group: BP 147/37 (Koenker) and 1.47 (original) for
      // e = (1, −1, 1, 2, −2, 3); BG 128164/53177 and 11164196312/1633812157 (exact rational
      // arithmetic, R lmtest::bgtest fill = 0). Both are ratios of sums of squares: e × 10^±200
      // changes neither, though e² or e⁴ there leave double precision.
      const Z = [[0], [0], [0], [1], [1], [1]];
      const bpE = [1, -1, 1, 2, -2, 3];
      const bgX = [[1], [2], [3], [4], [5], [6], [7], [8]];
      const bgE = olsResiduals(bgX, [2, 3, 5, 4, 6, 8, 7, 9]);
      for (const factor of [1e200, 1e-200]) {
        const hint = (what: string) =>
          `e × ${factor}: ${what} is scale-free; NaN, ∞ or 0 means e² or e⁴ overflowed or underflowed: divide e by its largest |value| first (theory: #assumption-tests)`;
        const e = bpE.map((v) => v * factor);
        expectClose(breuschPagan(e, Z).statistic, 147 / 37, {
          ...IDENTITY,
          hint: hint('Koenker BP 147/37'),
        });
        expectClose(breuschPagan(e, Z, { studentized: false }).statistic, 1.47, {
          ...IDENTITY,
          hint: hint('original BP 1.47'),
        });
        const lagged = bgE.map((v) => v * factor);
        expectClose(breuschGodfrey(lagged, bgX).statistic, 128164 / 53177, {
          ...IDENTITY,
          hint: hint('BG order 1 = 128164/53177'),
        });
        expectClose(breuschGodfrey(lagged, bgX, { order: 2 }).statistic, 11164196312 / 1633812157, {
          ...IDENTITY,
          hint: hint('BG order 2 = 11164196312/1633812157'),
        });
      }
    });

    it('VIF stays scale-free when columns sit at 10^±200: no false rank deficiency', () => {
      // Hand derivation: x1 = 1…5 and x2 = (2, 1, 5, 3, 4) have centred Sxy = 6, Sxx = Syy = 10,
      // r = 0.6, so both VIFs are 1/(1 − 0.36) = 1.5625 whatever the units of each column.
      const X = [
        [1, 2],
        [2, 1],
        [3, 5],
        [4, 3],
        [5, 4],
      ];
      for (const [a, b] of [
        [1e200, 1e-200],
        [1e176, 1e176],
        [1e-200, 1e-200],
      ] as const) {
        const scaled = X.map(([x1, x2]) => [(x1 as number) * a, (x2 as number) * b]);
        expectAllClose(varianceInflationFactors(scaled), [1.5625, 1.5625], {
          ...IDENTITY,
          hint: `columns × (${a}, ${b}): VIF = 1/(1 − r²) = 1.5625 is scale-free; a RankDeficiencyError or NaN means the sums of squares overflowed or underflowed: scale each column before squaring (theory: #assumption-tests)`,
        });
      }
    });

    it('Durbin–Watson and Jarque–Bera take residual series of any length (600 000 here)', () => {
      // ±1 alternating: every successive difference is 4, Σe² = n; biased moments m2 = m4 = 1,
      // m3 = 0, so S = 0, K = 1 and JB = n/6·(1 − 3)²/4 = n/6. A spread such as Math.max(...e)
      // overflows the call stack before this length: past 125 000 values on Node 20's main thread
      // and past 496 000 in a Vitest worker thread (4 MB stack; both measured by bisection). The
      // length is the smallest round one past both, as each value costs time (a million took
      // 0.37 s of the module's 2 s).
      const n = 600_000;
      // Filled, then every other entry flipped: a third of the time of Array.from with a callback.
      const alternating = new Array<number>(n).fill(1);
      for (let t = 1; t < n; t += 2) alternating[t] = -1;
      expectClose(durbinWatson(alternating), (4 * (n - 1)) / n, {
        ...EXACT,
        hint: '600 000 alternating values: DW = 4(n − 1)/n (theory: #assumption-tests)',
      });
      const jb = jarqueBera(alternating);
      expectClose(jb.skewness, 0, {
        ...EXACT,
        hint: '600 000 alternating ±1: skewness 0 (theory: #assumption-tests)',
      });
      expectClose(jb.kurtosis, 1, {
        ...EXACT,
        hint: '600 000 alternating ±1: kurtosis 1; −2 is the excess kurtosis, not the kurtosis itself (theory: #assumption-tests)',
      });
      expectClose(jb.statistic, n / 6, {
        ...EXACT,
        hint: '600 000 alternating ±1: JB = n/6·(S² + (K − 3)²/4) = n/6 (theory: #assumption-tests)',
      });
    });

    it('the original Breusch–Pagan statistic is the Koenker one times (K − 1)/2 for zero-mean residuals', () => {
      // TSS of e² over n is mean(e⁴) − σ̂⁴, so original/Koenker = TSS/(2nσ̂⁴) = (K − 1)/2 with K
      // the kurtosis: equal for normal errors (K = 3), inflated by heavy tails (theory: #assumption-tests).
      const { X, y } = linearData(
        `${SEED}/bp-ratio`,
        60,
        (i, row) => (1 + Math.abs(row[0]!)) * Math.sin(7 * i),
      );
      const e = olsResiduals(X, y);
      const koenker = breuschPagan(e, X).statistic;
      const original = breuschPagan(e, X, { studentized: false }).statistic;
      expectClose(original, (koenker * (jarqueBera(e).kurtosis - 1)) / 2, {
        ...IDENTITY,
        hint: 'zero-mean residuals: original BP = Koenker BP·(K − 1)/2, K the kurtosis with biased moments (theory: #assumption-tests)',
      });
    });

    it('Breusch–Pagan does not change when Z is shifted or rescaled, because the constant absorbs it', () => {
      const { X, y } = linearData(`${SEED}/bp-shift`, 40, (_, row) => Math.exp(row[1]!) - 1.5);
      const e = olsResiduals(X, y);
      const moved = X.map((row) => [10 + 3 * row[0]!, -4 + 0.5 * row[1]!]);
      for (const studentized of [true, false]) {
        expectClose(
          breuschPagan(e, moved, { studentized }).statistic,
          breuschPagan(e, X, { studentized }).statistic,
          {
            ...IDENTITY,
            hint: 'shifting Z changed the statistic: the auxiliary regression needs its own constant (theory: #assumption-tests)',
          },
        );
      }
    });

    it('with two columns, each VIF is 1/(1 − r²), r their correlation', () => {
      const rng = createRng(`${SEED}/vif-two`);
      const X = Array.from({ length: 25 }, () => {
        const a = rng.normal(5, 2);
        return [a, 0.6 * a + rng.normal(-3, 1)];
      });
      const first = X.map((row) => row[0]!);
      const second = X.map((row) => row[1]!);
      const [m1, m2] = [mean(first), mean(second)];
      const sxy = sum(first.map((v, i) => (v - m1) * (second[i]! - m2)));
      const sxx = sum(first.map((v) => (v - m1) ** 2));
      const syy = sum(second.map((v) => (v - m2) ** 2));
      const vif = 1 / (1 - (sxy * sxy) / (sxx * syy));
      expectAllClose(varianceInflationFactors(X), [vif, vif], {
        ...IDENTITY,
        hint: 'two columns: each VIF = 1/(1 − r²); a column’s own mean is not collinearity (constant in the auxiliary regression) (theory: #assumption-tests)',
      });
    });

    it('VIF_j is the j-th diagonal entry of the inverse correlation matrix of X, on every well-conditioned design', () => {
      // Designs: k = 2…5 columns mixed from independent normals by a random matrix (so they
      // correlate), shifted by column means up to ±100 and rescaled, n = k + 3 … k + 30 rows.
      const designs = fc
        .record({
          k: fc.integer({ min: 2, max: 5 }),
          extra: fc.integer({ min: 3, max: 30 }),
          seed: fc.integer({ min: 0, max: 1e6 }),
        })
        .map(({ k, extra, seed }) => {
          const rng = createRng(`${SEED}/vif-property/${seed}`);
          const mixing = Array.from({ length: k }, () => rng.normalVector(k));
          const shifts = Array.from({ length: k }, () => rng.uniformBetween(-100, 100));
          const scales = Array.from({ length: k }, () => Math.exp(rng.normal(0, 2)));
          return Array.from({ length: k + extra }, () => {
            const z = rng.normalVector(k);
            return mixing.map(
              (weights, j) =>
                shifts[j]! + scales[j]! * (sum(weights.map((w, m) => w * z[m]!)) + 0.3 * z[j]!),
            );
          });
        });
      assertProperty(
        fc.property(designs, (X) => {
          const expected = inverse(correlation(X)).diag();
          expectAllClose(varianceInflationFactors(X), expected, {
            rtol: 1e-7,
            atol: 1e-9,
            hint: 'VIF comes from centred R²: regress each column on a constant plus the others; without the constant the column means count as collinearity (theory: #assumption-tests)',
          });
        }),
        PROPERTY_RUNS,
      );
    });

    it('RESET with one added power is the squared t statistic of ŷ² in the augmented fit', () => {
      const { X, y } = linearData(
        `${SEED}/reset-t`,
        35,
        (_, row) => 0.3 * row[0]! ** 2 + Math.cos(17 * row[1]!),
      );
      const restricted = fitLeastSquares(
        'spec',
        X.map((row) => [1, ...row]),
        y,
      );
      const augmented = fitLeastSquares(
        'spec',
        X.map((row, i) => [1, ...row, restricted.fitted[i]! ** 2]),
        y,
      );
      const s2 = augmented.rss / (35 - 4);
      const t = augmented.coefficients[3]! / Math.sqrt(s2 * augmented.inverseGramDiagonal[3]!);
      expectClose(resetTest(X, y, { power: 2 }).statistic, t * t, {
        ...IDENTITY,
        hint: 'RESET power 2 = t² of ŷ² in the augmented fit (theory: #assumption-tests)',
      });
    });

    it('without an intercept RESET compares the fit through the origin with the fit plus ŷ² and ŷ³', () => {
      // The F of the two nested fits, computed here with the helper solver on raw powers of ŷ.
      const { X, y } = linearData(
        `${SEED}/reset-origin`,
        30,
        (_, row) => 0.4 * row[0]! ** 2 + Math.sin(5 * row[1]!),
      );
      const restricted = fitLeastSquares('spec', X, y);
      const augmented = fitLeastSquares(
        'spec',
        X.map((row, i) => [...row, restricted.fitted[i]! ** 2, restricted.fitted[i]! ** 3]),
        y,
      );
      const df2 = 30 - 2 - 2;
      const expected = (restricted.rss - augmented.rss) / 2 / (augmented.rss / df2);
      const result = resetTest(X, y, { intercept: false });
      expect(
        [result.df1, result.df2],
        'RESET without an intercept, n = 30, one column: (df1, df2) = (2, 30 − 2 − 2); 25 looks like p = columns + 1 although no constant was fitted (theory: #assumption-tests)',
      ).toEqual([2, df2]);
      expectClose(result.statistic, expected, {
        rtol: 1e-8,
        atol: 0,
        hint: 'RESET without an intercept: F of the fit through the origin against the fit plus ŷ², ŷ³, no constant added (theory: #assumption-tests)',
      });
    });

    it('RESET drops a power of ŷ that adds no direction, as R’s lm drops aliased columns, and counts only the powers kept', () => {
      // ŷ on x ∈ {0, 1, 2} takes three distinct values: 1, ŷ and ŷ² already span every function
      // of them, so ŷ³ (and ŷ⁴) is dropped and df1 = 1. The expected F is that of the nested fits
      // with the raw column ŷ² alone, computed here with the helper solver (R anova of the two lm
      // fits gives the same F on (1, n − 3) df; lmtest::resettest would report nominal df (2, n − 4)).
      const x = [0, 1, 2, 0, 1, 2, 0, 1, 2, 1];
      const y = [1, 2.5, 2, 0.5, 3, 2.2, 1.4, 2.1, 1.7, 2.8];
      const X = x.map((v) => [v]);
      const restricted = fitLeastSquares(
        'spec',
        x.map((v) => [1, v]),
        y,
      );
      const augmented = fitLeastSquares(
        'spec',
        x.map((v, i) => [1, v, restricted.fitted[i]! ** 2]),
        y,
      );
      const df2 = 10 - 2 - 1;
      const expected = (restricted.rss - augmented.rss) / (augmented.rss / df2);
      for (const power of [3, 4]) {
        let result;
        try {
          result = resetTest(X, y, { power });
        } catch (error) {
          if (error instanceof RankDeficiencyError) {
            throw new Error(
              `power ${power}: looks like every power of ŷ was added even though ŷ takes only three distinct values; a power that lies in the span of the design and the earlier powers adds nothing and is dropped, as R’s lm drops aliased columns (theory: #assumption-tests)`,
              { cause: error },
            );
          }
          throw error;
        }
        expect(
          [result.df1, result.df2],
          `power ${power}: df1 counts the powers kept (ŷ² only), df2 = n − p − df1 = 7; (${power - 1}, ${9 - power}) would be lmtest’s nominal count (theory: #assumption-tests)`,
        ).toEqual([1, df2]);
        expectClose(result.statistic, expected, {
          rtol: 1e-8,
          atol: 0,
          hint: `power ${power}: F of the fit plus ŷ² against the linear fit, on (1, 7) df (theory: #assumption-tests)`,
        });
        expectClose(result.pValue, fSurvival(expected, 1, df2), {
          rtol: 1e-8,
          atol: 0,
          hint: `power ${power}: p-value is the F(1, 7) upper tail, df counting only the powers kept (theory: #assumption-tests)`,
        });
      }
      // Four distinct values: ŷ² and ŷ³ are kept and ŷ⁴ dropped, so power 4 gives power 3's test.
      const four = [[0], [1], [2], [3], [0], [1], [2], [3], [1], [2]];
      const yFour = [1, 2.5, 2, 4.1, 0.5, 3, 2.2, 3.3, 2.1, 1.7];
      const cubic = resetTest(four, yFour);
      const quartic = resetTest(four, yFour, { power: 4 });
      expect([quartic.df1, quartic.df2], 'ŷ⁴ is aliased, ŷ² and ŷ³ are not').toEqual([2, 6]);
      expectClose(quartic.statistic, cubic.statistic, {
        ...IDENTITY,
        hint: 'ŷ⁴ aliased: power 4 must give the same F as power 3 (theory: #assumption-tests)',
      });
    });

    it('RESET’s alias rule is relative to each power’s own norm: a cube 6e-7 outside the span is kept, one 1.2e-8 outside is dropped', () => {
      // x = (0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2 + δ): ŷ is affine in x, so z = standardised ŷ takes
      // four values, z² adds a direction, and z³ lies in span{1, x, z²} but for a part of 0.612·δ
      // of its own norm (‖z³‖² = 27), by numpy:
      //   x = np.array([0,0,0,0,1,1,1,1,2,2,2,2+d]); z = (x - x.mean())/x.std(); A = [1, x, z**2]
      //   norm(z**3 - A @ lstsq(A, z**3)[0]) / norm(z**3)  →  6.1237e-7 at d = 1e-6, 1.2247e-8 at d = 2e-8
      // The rule: dropped when that part is at most 1e-7 of the power's norm.
      const noise = [0.3, -0.2, 0.1, -0.2, 0.5, -0.4, 0.2, -0.3, 0.1, 0.4, -0.6, 0.1];
      for (const [delta, df1] of [
        [1e-6, 2],
        [2e-8, 1],
      ] as const) {
        const x = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2 + delta];
        const result = resetTest(
          x.map((value) => [value]),
          x.map((value, i) => value + noise[i]!),
        );
        expect(
          result.df1,
          `δ = ${delta}: the cube's part outside the span is ${(0.612 * delta).toExponential(1)} of its norm, ${df1 === 2 ? 'above' : 'below'} the 1e-7 rule, so df1 = ${df1}; a tolerance not relative to the power's own norm (or an absolute one) decides otherwise (theory: #assumption-tests)`,
        ).toBe(df1);
        expect(result.df2, `δ = ${delta}: df2 = n − p − df1 = ${10 - df1}`).toBe(10 - df1);
      }
    });

    it('RESET with no power left to add reports statistic 0, p-value 1 and df1 = 0 instead of throwing', () => {
      const hint = (label: string) =>
        `${label}: every power of ŷ lies in the span of the design, so nothing is tested: statistic 0, pValue 1, df1 0, df2 = n − p (theory: #assumption-tests)`;
      const noPower = (label: string, X: number[][], y: number[], df2: number) => {
        let result;
        try {
          result = resetTest(X, y);
        } catch (error) {
          if (error instanceof RankDeficiencyError || error instanceof InvalidArgumentError) {
            throw new Error(`${hint(label)}; it threw ${error.name}`, { cause: error });
          }
          throw error;
        }
        expect({ ...result }, `${hint(label)}; got df1 ${result.df1}`).toEqual({
          statistic: 0,
          pValue: 1,
          df1: 0,
          df2,
        });
      };
      // A 0/1 regressor: ŷ takes two values, and every power of it is a + b·ŷ.
      noPower('two groups', [[0], [0], [0], [1], [1], [1], [1]], [1, 2, 4, 3, 6, 5, 8], 5);
      // Three groups coded by two dummies: ŷ takes three values, but the design already gives each
      // group its own mean, so even ŷ² adds nothing (counting distinct values is not the rule).
      noPower(
        'three groups, two dummies',
        [
          [0, 0],
          [0, 0],
          [1, 0],
          [1, 0],
          [0, 1],
          [0, 1],
          [0, 1],
        ],
        [1, 2, 4, 3, 6, 5, 8],
        4,
      );
      // y symmetric about x = 0 has slope exactly 0: every fitted value is ȳ.
      noPower('fitted values all equal', [[-2], [-1], [0], [1], [2]], [4, 1, 0, 1, 4], 3);
      // The same in exact arithmetic, but QR computes the slope as 3.5e-17 (−3.7e-11 at 10⁶ times
      // the scale): ŷ varies by rounding only (spread ≤ 1e-12 of y's root mean square), and
      // standardising it would F-test noise (F = 1.94 on the first).
      for (const scale of [1, 1e6]) {
        noPower(
          `fitted values equal to rounding, scale ${scale}`,
          [[-2], [-1], [0], [1], [2]],
          [scale, 0, 0, 0, scale],
          3,
        );
      }
    });

    it('RESET does not change when y is shifted and rescaled, even far from zero', () => {
      // With a constant in the design, y → a + b·y maps ŷ → a + b·ŷ, and the powers of a + b·ŷ
      // span the same space as those of ŷ together with 1 and ŷ: the F statistic cannot move.
      const { X, y } = linearData(`${SEED}/reset-affine`, 30, (i) => Math.sin(3 * i));
      const base = resetTest(X, y).statistic;
      let shifted: number;
      try {
        shifted = resetTest(
          X,
          y.map((v) => 1000 + 0.01 * v),
        ).statistic;
      } catch (error) {
        if (error instanceof RankDeficiencyError) {
          throw new Error(
            'raw powers of ŷ ≈ 1000 are nearly collinear with the constant; standardise ŷ before taking powers: (ŷ − mean)/sd spans the same space, so F is unchanged (theory: #assumption-tests)',
            { cause: error },
          );
        }
        throw error;
      }
      expectClose(shifted, base, {
        rtol: 1e-7,
        atol: 0,
        hint: 'RESET must not change when y is shifted and rescaled far from zero (theory: #assumption-tests)',
      });
    });
  });

  describe('p-values in the far tail and the paths without a constant', () => {
    // χ² on 2 df has the survival function exp(−x/2) exactly, so a p-value near 1e-98 can be
    // checked against its statistic. 1 − CDF would round it to 0: the CDF is 1 − 1e-98 = 1 in
    // double precision. The p-values are P(χ² > statistic), computed as a survival function.
    const tailHint = (label: string, p: number) =>
      p === 0
        ? `${label}: the p-value is 0, which looks like 1 − CDF: near 1e-98 the CDF rounds to 1; use the survival function (regularized upper gamma) directly (theory: #assumption-tests)`
        : `${label}: with 2 df the p-value is exp(−statistic/2) (theory: #assumption-tests)`;

    it('Jarque–Bera reports p = exp(−225) ≈ 1.9e-98 for JB = 450, not 0', () => {
      // ±1 alternating, n = 2700: S = 0, K = 1, JB = n/6·(1 − 3)²/4 = n/6 = 450 (hand derivation).
      const alternating = Array.from({ length: 2700 }, (_, t) => (t % 2 === 0 ? 1 : -1));
      const result = jarqueBera(alternating);
      expectClose(result.statistic, 450, {
        ...EXACT,
        hint: '±1 alternating, n = 2700: JB = n/6 = 450 with K = 1 (the kurtosis itself, not the excess) (theory: #assumption-tests)',
      });
      expectClose(result.pValue, Math.exp(-225), {
        rtol: 1e-9,
        atol: 0,
        hint: tailHint('Jarque–Bera', result.pValue),
      });
    });

    it('Breusch–Pagan on two columns reports p = exp(−n/2) ≈ 5e-99 when e² is exactly linear in Z, not 0', () => {
      // e² = 1 + z1 + z2 exactly, so the auxiliary R² is 1 and Koenker's n·R² = n = 452.
      const n = 452;
      const Z = Array.from({ length: n }, (_, i) => [i % 7, (3 * i) % 5]);
      const e = Z.map(
        ([a, b], i) => (i % 2 === 0 ? 1 : -1) * Math.sqrt(1 + (a as number) + (b as number)),
      );
      const result = breuschPagan(e, Z);
      expect(
        result.df,
        'Breusch–Pagan on two columns of Z: df = 2 (theory: #assumption-tests)',
      ).toBe(2);
      expectClose(result.statistic, n, {
        rtol: 1e-9,
        atol: 0,
        hint: 'e² exactly linear in Z: R² = 1, so Koenker BP = n·R² = n (theory: #assumption-tests)',
      });
      expectClose(result.pValue, Math.exp(-result.statistic / 2), {
        rtol: 1e-9,
        atol: 0,
        hint: tailHint('Breusch–Pagan', result.pValue),
      });
      expect(
        result.pValue,
        'Breusch–Pagan p = exp(−n/2) ≈ 5e-99 must be below 1e-97 but not 0; 0 looks like 1 − CDF instead of the survival function (theory: #assumption-tests)',
      ).toBeLessThan(1e-97);
    });

    it('Breusch–Godfrey of order 2 without a constant matches its auxiliary regression through the origin, p near 1e-100', () => {
      // e_t = cos(0.3t) obeys e_t = 2cos(0.3)·e_{t−1} − e_{t−2} exactly, so the two lags explain it
      // all but the first two rows (missing lags are 0). The expected statistic is n·Σê²/Σe² of
      // the regression on [x, e_{t−1}, e_{t−2}], no constant, by the helper solver.
      const n = 460;
      const X = Array.from({ length: n }, (_, t) => [((t * 37) % 11) / 10]);
      const e = Array.from({ length: n }, (_, t) => Math.cos(0.3 * t) + 0.2);
      const lag = (t: number, k: number) => (t - k >= 0 ? e[t - k]! : 0);
      const auxiliary = (intercept: boolean) => {
        const fit = fitLeastSquares(
          'spec',
          X.map((row, t) => [...(intercept ? [1] : []), ...row, lag(t, 1), lag(t, 2)]),
          e,
        );
        return (n * sum(fit.fitted.map((v) => v * v))) / sum(e.map((v) => v * v));
      };
      const through = breuschGodfrey(e, X, { order: 2, intercept: false });
      expectClose(through.statistic, auxiliary(false), {
        rtol: 1e-9,
        atol: 0,
        hint: 'with intercept: false the auxiliary regression is on X and the lags alone, no constant column (theory: #assumption-tests)',
      });
      expect(
        through.df,
        'Breusch–Godfrey order 2 without a constant: df = order = 2 (theory: #assumption-tests)',
      ).toBe(2);
      expectClose(through.pValue, Math.exp(-through.statistic / 2), {
        rtol: 1e-9,
        atol: 0,
        hint: tailHint('Breusch–Godfrey', through.pValue),
      });
      expect(
        through.pValue,
        'Breusch–Godfrey p near 1e-100 must be below 1e-90; 0 looks like 1 − CDF instead of the survival function (theory: #assumption-tests)',
      ).toBeLessThan(1e-90);
      // Residuals of a fit through the origin need not average 0: adding the constant matters.
      const y = [2, 3, 5, 4, 6, 8, 7, 9];
      const x = [1, 2, 3, 4, 5, 6, 7, 8];
      const slope = sum(x.map((v, i) => v * y[i]!)) / sum(x.map((v) => v * v));
      const originResiduals = y.map((v, i) => v - slope * x[i]!);
      const design = x.map((v) => [v]);
      const expected = (intercept: boolean) => {
        const fit = fitLeastSquares(
          'spec',
          design.map((row, t) => [
            ...(intercept ? [1] : []),
            ...row,
            t >= 1 ? originResiduals[t - 1]! : 0,
          ]),
          originResiduals,
        );
        return (8 * sum(fit.fitted.map((v) => v * v))) / sum(originResiduals.map((v) => v * v));
      };
      expect(
        Math.abs(expected(true) - expected(false)),
        'self-check of the spec: the constant must matter for residuals of a fit through the origin (theory: #assumption-tests)',
      ).toBeGreaterThan(0.1);
      expectClose(
        breuschGodfrey(originResiduals, design, { intercept: false }).statistic,
        expected(false),
        {
          rtol: 1e-9,
          atol: 0,
          hint: 'intercept: false must leave the constant out of the auxiliary regression; intercept: true (the default) puts it in (theory: #assumption-tests)',
        },
      );
      expectClose(breuschGodfrey(originResiduals, design).statistic, expected(true), {
        rtol: 1e-9,
        atol: 0,
        hint: 'by default (intercept: true) the auxiliary regression has the constant column (theory: #assumption-tests)',
      });
    });

    it('RESET reports a p-value near 1e-98 from the F survival function, not 0', () => {
      // F on (1, ν) is T² on ν df, and for even ν = 2m the two-sided tail has the cancellation-free
      // form P(|T| > t) = sqrt(1 − z)·Σ_{k≥m} c_k z^k, z = ν/(ν + t²), c_k = Π_{j≤k}(2j − 1)/(2j)
      // (from I_z(m, ½) and Σ_k c_k z^k = (1 − z)^(−1/2)); scipy.stats.t.sf agrees.
      // x = 1 … 43 and y = x² plus a small wobble: F on (1, 40) df is about 2.67·10⁶ and
      // p ≈ 4.05e-98 (numpy refit and scipy.stats.f.sf agree with the series).
      const x = Array.from({ length: 43 }, (_, i) => i + 1);
      const y = x.map((v, i) => v * v + 0.75 * Math.cos(1.7 * i));
      const even = resetTest(
        x.map((v) => [v]),
        y,
        { power: 2 },
      );
      expect(
        [even.df1, even.df2],
        'RESET power 2, n = 43, p = 2: (df1, df2) = (1, 40) (theory: #assumption-tests)',
      ).toEqual([1, 40]);
      const expected = evenStudentTwoSidedTail(Math.sqrt(even.statistic), 40);
      expect(
        expected,
        'self-check of the spec’s closed-form Student tail: 1e-110 < p < 1e-90 (theory: #assumption-tests)',
      ).toBeLessThan(1e-90);
      expect(
        expected,
        'self-check of the spec’s closed-form Student tail: 1e-110 < p < 1e-90 (theory: #assumption-tests)',
      ).toBeGreaterThan(1e-110);
      expectClose(even.pValue, expected, {
        rtol: 1e-8,
        atol: 0,
        hint:
          even.pValue === 0
            ? 'the p-value is 0, which looks like 1 − CDF: near 1e-98 the F CDF rounds to 1; use the survival function (theory: #assumption-tests)'
            : 'p = P(F(df1, df2) > statistic) (theory: #assumption-tests)',
      });
    });
  });

  describe('inputs', () => {
    it('no test changes the arrays it is given', () => {
      const X = [[1], [2], [3], [4], [5], [6], [7], [8]];
      const y = [2, 3, 5, 4, 6, 8, 7, 9];
      const e = olsResiduals(X, y);
      const copies = { X: structuredClone(X), y: [...y], e: [...e] };
      durbinWatson(e);
      jarqueBera(e);
      breuschPagan(e, X);
      breuschPagan(e, X, { studentized: false });
      const columns = [
        [1, 2],
        [2, 1],
        [3, 5],
        [4, 3],
      ];
      varianceInflationFactors(columns);
      expect(columns, 'varianceInflationFactors changed X in place: work on a copy').toEqual([
        [1, 2],
        [2, 1],
        [3, 5],
        [4, 3],
      ]);
      resetTest(X, y);
      resetTest(X, y, { intercept: false });
      breuschGodfrey(e, X, { order: 2 });
      expect(X, 'X was changed in place: work on a copy (theory: #assumption-tests)').toEqual(
        copies.X,
      );
      expect(y, 'y was changed in place: work on a copy (theory: #assumption-tests)').toEqual(
        copies.y,
      );
      expect(
        e,
        'the residuals were changed in place: work on a copy (theory: #assumption-tests)',
      ).toEqual(copies.e);
    });

    it('ragged or wider rows are refused, not cut to the first row’s width', () => {
      expectLabError(
        () => breuschPagan([1, -1, 2, -2, 1], [[0], [1], [2, 5], [3], [4]]),
        ShapeMismatchError,
        'breuschPagan',
      );
      expectLabError(
        () => resetTest([[1], [2], [3, 1], [4], [5], [6]], [1, 3, 2, 5, 4, 6]),
        ShapeMismatchError,
        'resetTest',
      );
      expectLabError(
        () => breuschGodfrey([1, -2, 1, 0, 2, -1], [[1], [2], [3], [4, 0], [5], [6]]),
        ShapeMismatchError,
        'breuschGodfrey',
      );
      expectLabError(
        () =>
          varianceInflationFactors([
            [1, 2],
            [2, 1],
            [3, 5, 9],
            [4, 3],
          ]),
        ShapeMismatchError,
        'varianceInflationFactors',
      );
    });
  });

  describe('diagnostics', () => {
    // One seeded draw per failure mode, with an effect large enough that the test cannot miss it;
    // rates over replicates (power and false alarms) are kata 01.09's subject.
    const n = 80;

    it('Breusch–Pagan flags variance that grows with a regressor (A4)', () => {
      const rng = createRng(`${SEED}/diag-bp`);
      const { X, y } = linearData(`${SEED}/diag-bp-x`, n, (_, row) =>
        rng.normal(0, Math.exp(row[0]!)),
      );
      expect(
        breuschPagan(olsResiduals(X, y), X).pValue,
        'variance growing with x: Breusch–Pagan must reject, p < 0.01 (theory: #assumption-tests)',
      ).toBeLessThan(0.01);
    });

    it('under heavy-tailed but constant-variance errors Koenker’s Breusch–Pagan holds its 5% level and the original does not', () => {
      // 200 replicates, n = 50, 10% of errors ×5: no heteroscedasticity at all (A4 holds, A6 fails).
      // The original statistic is Koenker's times (K − 1)/2, and K is far above 3 here, so it rejects
      // several times too often; a rate's standard error at 5% is about 0.015.
      const rng = createRng(`${SEED}/bp-heavy`);
      const replicates = 200;
      let koenker = 0;
      let original = 0;
      for (let r = 0; r < replicates; r += 1) {
        const { X, y } = linearData(
          `${SEED}/bp-heavy/${r}`,
          50,
          () => (rng.uniform() < 0.1 ? 5 : 1) * rng.normal(),
        );
        const e = olsResiduals(X, y);
        if (breuschPagan(e, X).pValue < 0.05) koenker += 1;
        if (breuschPagan(e, X, { studentized: false }).pValue < 0.05) original += 1;
      }
      expect(
        koenker / replicates,
        'the default (studentized) test should stay near 5% (theory: #assumption-tests)',
      ).toBeLessThanOrEqual(0.1);
      expect(
        original / replicates,
        'heavy-tailed errors: the original (non-studentized) BP should over-reject, rate above 0.25 (theory: #assumption-tests)',
      ).toBeGreaterThan(0.25);
    });

    it('Durbin–Watson falls well below 2 and Breusch–Godfrey rejects under AR(1) errors (A5)', () => {
      const innovations = createRng(`${SEED}/diag-ar`).normalVector(n);
      const errors = innovations.slice();
      for (let t = 1; t < n; t += 1) errors[t] = 0.8 * errors[t - 1]! + innovations[t]!;
      const { X, y } = linearData(`${SEED}/diag-ar-x`, n, (t) => errors[t]!);
      expect(
        durbinWatson(olsResiduals(X, y)),
        'AR(1) errors: DW should fall well below 2, under 1 (theory: #assumption-tests)',
      ).toBeLessThan(1);
      expect(
        breuschGodfrey(olsResiduals(X, y), X).pValue,
        'AR(1) errors: Breusch–Godfrey must reject, p < 0.001 (theory: #assumption-tests)',
      ).toBeLessThan(0.001);
    });

    it('Jarque–Bera flags skewed errors (A6)', () => {
      const rng = createRng(`${SEED}/diag-jb`);
      const { X, y } = linearData(`${SEED}/diag-jb-x`, n, () => -Math.log(1 - rng.uniform()) - 1);
      const result = jarqueBera(olsResiduals(X, y));
      expect(
        result.pValue,
        'skewed errors: Jarque–Bera must reject, p < 0.001 (theory: #assumption-tests)',
      ).toBeLessThan(0.001);
      expect(
        result.skewness,
        'right-skewed errors: skewness above 1, positive (theory: #assumption-tests)',
      ).toBeGreaterThan(1);
    });

    it('RESET flags a curved mean function (A1)', () => {
      const rng = createRng(`${SEED}/diag-reset`);
      const { X, y } = linearData(
        `${SEED}/diag-reset-x`,
        n,
        (_, row) => row[0]! ** 2 + rng.normal(),
      );
      expect(
        resetTest(X, y).pValue,
        'curved mean: RESET must reject, p < 0.001 (theory: #assumption-tests)',
      ).toBeLessThan(0.001);
    });

    it('VIF grows past 10 when a column is nearly a copy of another (A3 close to failing)', () => {
      const rng = createRng(`${SEED}/diag-vif`);
      const X = Array.from({ length: n }, () => {
        const a = rng.normal();
        return [a, a + rng.normal(0, 0.1), rng.normal()];
      });
      const vif = varianceInflationFactors(X);
      expect(
        vif[0],
        'column 0 nearly a copy of column 1: VIF above 10 (theory: #assumption-tests)',
      ).toBeGreaterThan(10);
      expect(
        vif[1],
        'column 1 nearly a copy of column 0: VIF above 10 (theory: #assumption-tests)',
      ).toBeGreaterThan(10);
      expect(
        vif[2],
        'column 2 independent of the others: VIF below 1.5 (theory: #assumption-tests)',
      ).toBeLessThan(1.5);
    });
  });

  describe('errors', () => {
    const X = [[1], [2], [3], [4], [5]];
    const y = [1, 3, 2, 5, 4];

    it('empty input throws EmptyInputError naming the test', () => {
      expectLabError(() => durbinWatson([]), EmptyInputError, 'durbinWatson');
      expectLabError(() => jarqueBera([]), EmptyInputError, 'jarqueBera');
      expectLabError(() => breuschPagan([], []), EmptyInputError, 'breuschPagan');
      expectLabError(
        () => varianceInflationFactors([]),
        EmptyInputError,
        'varianceInflationFactors',
      );
      expectLabError(() => resetTest([], []), EmptyInputError, 'resetTest');
      expectLabError(() => breuschGodfrey([], []), EmptyInputError, 'breuschGodfrey');
    });

    it('too few rows for the auxiliary regression throw EmptyInputError', () => {
      expectLabError(() => breuschPagan([1, -1], [[0], [1]]), EmptyInputError, 'breuschPagan');
      expectLabError(
        () => varianceInflationFactors([[1, 2]]),
        EmptyInputError,
        'varianceInflationFactors',
      );
      // As many rows as columns: each auxiliary regression (constant plus k − 1 columns) fits exactly.
      expectLabError(
        () =>
          varianceInflationFactors([
            [1, 2],
            [3, 5],
          ]),
        EmptyInputError,
        'varianceInflationFactors',
      );
      expectLabError(
        () => resetTest([[1], [2], [3], [4]], [1, 2, 4, 3]),
        EmptyInputError,
        'resetTest',
      );
      expectLabError(
        () => breuschGodfrey([1, -2, 1], [[1], [2], [3]]),
        EmptyInputError,
        'breuschGodfrey',
      );
    });

    it('mismatched lengths throw ShapeMismatchError', () => {
      expectLabError(
        () => breuschPagan([1, -1, 2, -2], [[0], [1], [2]]),
        ShapeMismatchError,
        'breuschPagan',
      );
      expectLabError(() => resetTest(X, [1, 2, 3]), ShapeMismatchError, 'resetTest');
      expectLabError(() => breuschGodfrey([1, 2, 3], X), ShapeMismatchError, 'breuschGodfrey');
    });

    it('NaN or Infinity throws NonFiniteValueError', () => {
      expectLabError(() => durbinWatson([1, Number.NaN]), NonFiniteValueError, 'durbinWatson');
      expectLabError(
        () => jarqueBera([1, 2, Number.POSITIVE_INFINITY]),
        NonFiniteValueError,
        'jarqueBera',
      );
      expectLabError(
        () => breuschPagan([1, -1, 2, -2], [[0], [1], [Number.NaN], [3]]),
        NonFiniteValueError,
        'breuschPagan',
      );
      expectLabError(
        () =>
          varianceInflationFactors([
            [1, 2],
            [2, Number.NaN],
            [3, 1],
          ]),
        NonFiniteValueError,
        'varianceInflationFactors',
      );
      expectLabError(
        () => resetTest(X, [1, 2, Number.NaN, 4, 5]),
        NonFiniteValueError,
        'resetTest',
      );
    });

    it('residuals that are all zero, or all equal where a spread is needed, throw InvalidArgumentError', () => {
      expectLabError(() => durbinWatson([0, 0, 0]), InvalidArgumentError, 'durbinWatson');
      expectLabError(() => jarqueBera([2, 2, 2]), InvalidArgumentError, 'jarqueBera');
      // 0.1 is not a double: seven copies have a computed mean 1 ulp away from each of them.
      expectLabError(() => jarqueBera(Array(7).fill(0.1)), InvalidArgumentError, 'jarqueBera');
      expectLabError(
        () => breuschPagan([1, -1, 1, -1], [[0], [1], [2], [3]]),
        InvalidArgumentError,
        'breuschPagan',
      );
      expectLabError(() => resetTest(X, [3, 5, 7, 9, 11]), InvalidArgumentError, 'resetTest');
      // y = 0 is fitted exactly too (RSS = Σy² = 0): an exact fit, not a test with no power left.
      expectLabError(() => resetTest(X, [0, 0, 0, 0, 0]), InvalidArgumentError, 'resetTest');
      // Exact to rounding at a large scale: y = 10⁶ + 1000.3x leaves RSS ≈ 10⁻²⁰, far below
      // 10⁻²⁴·Σy² ≈ 7·10⁻¹², so the fit counts as exact.
      const seven = [[1], [2], [3], [4], [5], [6], [7]];
      expectLabError(
        () =>
          resetTest(
            seven,
            seven.map(([x]) => 1e6 + 1000.3 * (x as number)),
          ),
        InvalidArgumentError,
        'resetTest',
      );
    });

    it('a power or order that is not an integer in range throws InvalidArgumentError', () => {
      expectLabError(() => resetTest(X, y, { power: 1 }), InvalidArgumentError, 'resetTest');
      expectLabError(() => resetTest(X, y, { power: 2.5 }), InvalidArgumentError, 'resetTest');
      expectLabError(
        () => breuschGodfrey(olsResiduals(X, y), X, { order: 0 }),
        InvalidArgumentError,
        'breuschGodfrey',
      );
      expectLabError(
        () => breuschGodfrey(olsResiduals(X, y), X, { order: 1.5 }),
        InvalidArgumentError,
        'breuschGodfrey',
      );
    });

    it('a VIF column counts as collinear when its residual is at most 1e-24 of its centred sum of squares, and not above', () => {
      // x₁ = 0…11 and x₂ = x₁ + η·r, r = (1, −1, −1, 1, 0, …, 0) orthogonal to 1 and x₁: x₂ on
      // [1, x₁] leaves RSS = 4η² against a centred sum of squares of 143 (+ O(η)), by hand, so
      // VIF₂ = 143/(4η²), and x₁ on [1, x₂] is the mirror image.
      const x1 = Array.from({ length: 12 }, (_, i) => i);
      const r = [1, -1, -1, 1, 0, 0, 0, 0, 0, 0, 0, 0];
      const design = (ratio: number): number[][] => {
        const eta = Math.sqrt((ratio * 143) / 4);
        return x1.map((value, i) => [value, value + eta * r[i]!]);
      };
      // RSS/TSS = 2e-24, twice the rule: collinear to 1.4e-12, but not to rounding.
      const vif = varianceInflationFactors(design(2e-24));
      expectAllClose(vif, [5e23, 5e23], {
        rtol: 1e-2,
        atol: 0,
        hint: 'RSS/TSS = 2e-24 is above the rule (1e-24): VIF = 1/(1 − R²) = 5e23 is finite and returned; a RankDeficiencyError means a tolerance not relative to the column’s own variation (theory: #assumption-tests)',
      });
      // RSS/TSS = 0.25e-24, a quarter of the rule: rounding's level, no VIF.
      expectLabError(
        () => varianceInflationFactors(design(0.25e-24)),
        RankDeficiencyError,
        'varianceInflationFactors',
      );
    });

    it('a design without full column rank throws RankDeficiencyError naming the column', () => {
      const pair = expectLabError(
        () =>
          varianceInflationFactors([
            [1, 2],
            [2, 4],
            [3, 6],
            [4, 8],
          ]),
        RankDeficiencyError,
        'varianceInflationFactors',
      ) as RankDeficiencyError;
      // Column 0 is the first found to be a combination of the constant and the others.
      expect(
        pair.columns,
        'exactly collinear pair: RankDeficiencyError.columns = [0], the first column found to be a combination (theory: #assumption-tests)',
      ).toEqual([0]);
      // x2 = 0.1·x1 + 0.3·x3 holds only to rounding, at a scale of thousands: the residual of
      // column 0 is about 10⁻²⁴ against a total of 5·10⁷, so the tolerance must scale with the
      // column's own variation (10⁻²⁴ of it), not shrink with it.
      const x1 = [3, 1, 4, 1, 5, 9, 2, 6].map((v) => 1000 * v + 0.123);
      const x3 = [2, 7, 1, 8, 2, 8, 1, 8].map((v) => 1000 * v + 0.456);
      const rounding = expectLabError(
        () => varianceInflationFactors(x1.map((v, i) => [v, 0.1 * v + 0.3 * x3[i]!, x3[i]!])),
        RankDeficiencyError,
        'varianceInflationFactors',
      ) as RankDeficiencyError;
      expect(
        rounding.columns,
        'collinear to rounding at a scale of thousands: RankDeficiencyError.columns = [0]; the tolerance must scale with the column’s own variation (theory: #assumption-tests)',
      ).toEqual([0]);
      // A single constant column: its variation is 0, so it has no VIF at all.
      expectLabError(
        () => varianceInflationFactors([[0.1], [0.1], [0.1]]),
        RankDeficiencyError,
        'varianceInflationFactors',
      );
      // A constant column is collinear with the constant the function adds.
      expectLabError(
        () =>
          varianceInflationFactors([
            [1, 7],
            [2, 7],
            [3, 7],
            [4, 7],
          ]),
        RankDeficiencyError,
        'varianceInflationFactors',
      );
      expectLabError(
        () =>
          breuschPagan(
            [1, -2, 3, -4, 5],
            [
              [1, 2],
              [2, 4],
              [3, 6],
              [4, 8],
              [5, 10],
            ],
          ),
        RankDeficiencyError,
        'breuschPagan',
      );
    });
  });
});
