/**
 * Spec for kata 01.12 — Prediction intervals vs confidence intervals for the mean.
 * Theory: theory/week_01_linear_regression.md#prediction-intervals (and #assumptions)
 * Assumptions checked: A2 (ŷ₀ unbiased for E[y | x₀]), A4 and A5 (Var(ŷ₀) = σ²x₀ᵀ(XᵀX)⁻¹x₀ and
 * Var(y₀ − ŷ₀) = σ²(1 + x₀ᵀ(XᵀX)⁻¹x₀)), A6 (exact Student t for both intervals; without it the
 * prediction interval's tails are the error law's at any n, C1.12).
 */
import { describe, expect, it } from 'vitest';
import { expectAllClose, expectClose, expectLabError } from '../../helpers/assertions';
import { ANSCOMBE_QUARTET } from '../../helpers/datasets/anscombe';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  RankDeficiencyError,
  ShapeMismatchError,
} from '../../helpers/errors';
import { assertProperty, fc } from '../../helpers/properties';
import { createRng, type Rng } from '../../helpers/random';
import { type PredictionIntervals, predictWithIntervals } from './12_prediction_intervals';

const SEED = 'kata-01.12';
const PROPERTY_SEED = 112;
const THEORY = 'theory: #prediction-intervals';
/**
 * R prints 15 significant digits (options(digits = 15)). The lab's QR agrees to about 1e-13; the
 * tolerance leaves room for normal equations (the cubic's XᵀX has κ = 1.3e9), not for a slip.
 */
const R_DIGITS = { rtol: 1e-8, atol: 1e-10 };
const IDENTITY = { rtol: 1e-9, atol: 1e-12 };

// Anscombe's set I (helpers/datasets/anscombe.ts, R datasets::anscombe x1, y1), predicted at
// x₀ = 4, 9 (= x̄), 14 and 20 (outside the data, which span 4 … 14).
const ANSCOMBE_I = ANSCOMBE_QUARTET[0] as (typeof ANSCOMBE_QUARTET)[number];
const X1 = ANSCOMBE_I.x.map((value) => [value]);
const Y1 = [...ANSCOMBE_I.y];
const NEW_X = [[4], [9], [14], [20]];
const cubic = (x: number): number[] => [x, x * x, x * x * x];
const COVARIANCES_DROPPED =
  'looks like Var(x₀ᵀb) = Σⱼ x₀ⱼ²·se(bⱼ)², without the covariances between coefficients: x₀ᵀ(XᵀX)⁻¹x₀ uses the whole matrix (theory: #prediction-intervals)';

interface Bounds {
  readonly lower: number;
  readonly upper: number;
}
const lowers = (intervals: readonly Bounds[]): number[] => intervals.map((i) => i.lower);
const uppers = (intervals: readonly Bounds[]): number[] => intervals.map((i) => i.upper);
const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
/** Two arrays of the same length, element by element `near` (for naming a slip, not for judging). */
const allNear = (actual: unknown, expected: readonly number[]): boolean =>
  Array.isArray(actual) &&
  actual.length === expected.length &&
  expected.every((value, i) => typeof actual[i] === 'number' && near(actual[i], value));
/** Every R case below is on Anscombe's set I, n = 11. */
const ANSCOMBE_N = 11;

/**
 * The learner's seMean and sePrediction against the expected ones, with a hint naming the slip
 * their values reproduce (the 1 + on the wrong interval, s² over n, covariances dropped, …).
 */
function standardErrorHint(
  result: PredictionIntervals,
  expected: { seMean: readonly number[]; sePrediction: readonly number[]; s: number },
  slips: readonly (readonly [seMean: readonly number[], hint: string])[],
  label: string,
): string {
  if (allNear(result.seMean, expected.sePrediction))
    return `${label}: seMean equals s·sqrt(1 + x₀ᵀ(XᵀX)⁻¹x₀), the prediction standard error: the mean E[y | x₀] is uncertain only through b, so it carries no “1 +” (${THEORY})`;
  if (allNear(result.sePrediction, expected.seMean))
    return `${label}: sePrediction equals seMean: a new y₀ brings its own error ε₀, Var(y₀ − ŷ₀) = σ²(1 + x₀ᵀ(XᵀX)⁻¹x₀) (${THEORY})`;
  if (
    allNear(
      result.sePrediction,
      expected.seMean.map((se) => se + expected.s),
    )
  )
    return `${label}: sePrediction = seMean + s looks like standard errors added; variances add: sqrt(seMean² + s²) (${THEORY})`;
  for (const [values, hint] of slips)
    if (allNear(result.seMean, values)) return `${label}: ${hint}`;
  return `${label}: seMean = s·sqrt(x₀ᵀ(XᵀX)⁻¹x₀) and sePrediction = s·sqrt(1 + x₀ᵀ(XᵀX)⁻¹x₀), s² = RSS/(n − p) (${THEORY})`;
}

/** Every field of a result against R's predict.lm values. */
function expectMatchesR(
  result: PredictionIntervals,
  expected: {
    predicted: readonly number[];
    seMean: readonly number[];
    confidence: readonly (readonly [number, number])[];
    prediction: readonly (readonly [number, number])[];
    s: number;
    df: number;
    t: number;
  },
  label: string,
  slips: readonly (readonly [readonly number[], string])[] = [],
): void {
  const sePrediction = expected.seMean.map((se) => Math.hypot(se, expected.s));
  expect(
    result.dfResidual,
    result.dfResidual === expected.df + 1
      ? `${label}: dfResidual = n − p = ${expected.df}; ${expected.df + 1} looks like p without the intercept (${THEORY})`
      : `${label}: dfResidual = n − p = ${expected.df}, p counting every fitted coefficient (R's df) (${THEORY})`,
  ).toBe(expected.df);
  expectClose(result.residualScale, expected.s, {
    ...R_DIGITS,
    hint: near(result.residualScale, expected.s * Math.sqrt(expected.df / ANSCOMBE_N))
      ? `${label}: residualScale looks like sqrt(RSS/n); the unbiased s² divides by n − p = ${expected.df} (R's residual.scale ${expected.s}) (${THEORY})`
      : `${label}: residualScale = sqrt(RSS/(n − p)) = ${expected.s} (R's residual.scale) (${THEORY})`,
  });
  expectClose(result.criticalValue, expected.t, {
    ...R_DIGITS,
    hint:
      near(result.criticalValue, 1.6448536269514722) ||
      near(result.criticalValue, 1.959963984540054)
        ? `${label}: criticalValue is the normal quantile; s is estimated, so both intervals use Student t on n − p = ${expected.df} df: ${expected.t} (${THEORY})`
        : `${label}: criticalValue = t(1 − (1 − level)/2; n − p) = ${expected.t} (R qt) (${THEORY})`,
  });
  expectAllClose(result.predicted, expected.predicted, {
    ...R_DIGITS,
    hint: `${label}: predicted ŷ₀ = x₀ᵀb in the order of newX, the constant 1 in x₀ when there is an intercept (R's fit) (${THEORY})`,
  });
  const seHint = standardErrorHint(
    result,
    { seMean: expected.seMean, sePrediction, s: expected.s },
    slips,
    label,
  );
  expectAllClose(result.seMean, expected.seMean, { ...R_DIGITS, hint: seHint });
  expectAllClose(result.sePrediction, sePrediction, { ...R_DIGITS, hint: seHint });
  const intervalHint = (kind: string) =>
    `${label}: ${kind} intervals are ŷ₀ ± t·se, one per row of newX, in its order (R predict(…, interval = "${kind}")) (${THEORY})`;
  expectAllClose(
    lowers(result.confidence),
    expected.confidence.map(([lower]) => lower),
    { ...R_DIGITS, hint: intervalHint('confidence') },
  );
  expectAllClose(
    uppers(result.confidence),
    expected.confidence.map(([, upper]) => upper),
    { ...R_DIGITS, hint: intervalHint('confidence') },
  );
  expectAllClose(
    lowers(result.prediction),
    expected.prediction.map(([lower]) => lower),
    { ...R_DIGITS, hint: intervalHint('prediction') },
  );
  expectAllClose(
    uppers(result.prediction),
    expected.prediction.map(([, upper]) => upper),
    { ...R_DIGITS, hint: intervalHint('prediction') },
  );
}

// ---- Monte Carlo -------------------------------------------------------------------------------

/**
 * The design of the coverage specs: x = 0, 1/(n − 1), …, 1 (fixed), y = 1 + 2x + ε, and one new
 * point at the end of the data, x₀ = 1, with its own new error ε₀.
 */
const X0 = 1;
const designOf = (n: number): number[][] => Array.from({ length: n }, (_, i) => [i / (n - 1)]);

/** Closed-form simple regression: ŷ₀ at X0 and s = sqrt(RSS/(n − 2)). */
function lineAt(x: readonly number[], y: readonly number[]): { at: number; s: number } {
  const n = x.length;
  let xSum = 0;
  let ySum = 0;
  for (let i = 0; i < n; i += 1) {
    xSum += x[i]!;
    ySum += y[i]!;
  }
  const xBar = xSum / n;
  const yBar = ySum / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = x[i]! - xBar;
    const dy = y[i]! - yBar;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const slope = sxy / sxx;
  return {
    at: yBar + slope * (X0 - xBar),
    s: Math.sqrt(Math.max(syy - slope * sxy, 0) / (n - 2)),
  };
}

/**
 * The design is fixed, so each interval's half-width is s times a factor that depends only on
 * X, x₀ and the level: t·sqrt(x₀ᵀ(XᵀX)⁻¹x₀) and t·sqrt(1 + x₀ᵀ(XᵀX)⁻¹x₀). Those two factors are
 * read from one call of the learner's predictWithIntervals; the replicates then need only the
 * closed-form ŷ₀ and s, thousands of them in a few milliseconds instead of thousands of QR fits.
 * The spec 'the coverage shortcut reproduces predictWithIntervals replicate by replicate' checks
 * that the function's own intervals are these.
 */
function halfWidthFactors(n: number): { mean: number; prediction: number } {
  const X = designOf(n);
  const x = X.map(([value]) => value as number);
  const y = x.map((value, i) => 1 + 2 * value + (i % 3) - 1 + 0.1 * i * i); // any y with RSS > 0
  const { s } = lineAt(x, y);
  const result = predictWithIntervals(X, y, [[X0]]);
  const confidence = result.confidence[0] as Bounds;
  const prediction = result.prediction[0] as Bounds;
  return {
    mean: (confidence.upper - confidence.lower) / (2 * s),
    prediction: (prediction.upper - prediction.lower) / (2 * s),
  };
}

interface TailRates {
  readonly replicates: number;
  /** The interval for the mean: E[y | x₀] below its lower end, above its upper end. */
  readonly meanBelow: number;
  readonly meanAbove: number;
  /** The prediction interval: the new y₀ below its lower end, above its upper end. */
  readonly newBelow: number;
  readonly newAbove: number;
  /** The new y₀ inside the interval for the mean (a confidence interval misused for y₀). */
  readonly newInsideMeanInterval: number;
}

function simulateTails(
  n: number,
  replicates: number,
  seed: string,
  error: (rng: Rng) => number,
): TailRates {
  const rng = createRng(seed);
  const factors = halfWidthFactors(n);
  const x = designOf(n).map(([value]) => value as number);
  const mean0 = 1 + 2 * X0;
  const y = new Array<number>(n);
  const counts = { meanBelow: 0, meanAbove: 0, newBelow: 0, newAbove: 0, inside: 0 };
  for (let r = 0; r < replicates; r += 1) {
    for (let i = 0; i < n; i += 1) y[i] = 1 + 2 * x[i]! + error(rng);
    const { at, s } = lineAt(x, y);
    const y0 = mean0 + error(rng);
    if (mean0 < at - factors.mean * s) counts.meanBelow += 1;
    if (mean0 > at + factors.mean * s) counts.meanAbove += 1;
    if (y0 < at - factors.prediction * s) counts.newBelow += 1;
    if (y0 > at + factors.prediction * s) counts.newAbove += 1;
    if (Math.abs(y0 - at) <= factors.mean * s) counts.inside += 1;
  }
  return {
    replicates,
    meanBelow: counts.meanBelow / replicates,
    meanAbove: counts.meanAbove / replicates,
    newBelow: counts.newBelow / replicates,
    newAbove: counts.newAbove / replicates,
    newInsideMeanInterval: counts.inside / replicates,
  };
}

const normalError = (rng: Rng): number => rng.normal();
/** Exponential(1) − 1: mean 0, variance 1, skewness 2, never below −1 = −σ. */
const exponentialError = (rng: Rng): number => -Math.log(1 - rng.uniform()) - 1;

/** Nominal miss rate of each tail of a 95% interval. */
const TAIL = 0.025;
/** Binomial SE of a tail rate that holds its nominal 2.5%: 0.0035 at 2000, 0.0049 at 1000. */
const tailSe = (replicates: number): number => Math.sqrt((TAIL * (1 - TAIL)) / replicates);

/** One tail within 4 binomial SEs of 2.5%. */
function expectTail(rate: number, replicates: number, what: string, hint: string): void {
  const band = 4 * tailSe(replicates);
  expectClose(rate, TAIL, {
    rtol: 0,
    atol: band,
    hint: `${what}: ${(rate * 100).toFixed(2)}% of ${replicates} replicates, expected 2.5% ± ${(band * 100).toFixed(1)}% (4 SE): ${hint}`,
  });
}

/**
 * Misses above minus misses below, in units of its standard error: under A6 the two tails are
 * equal, so the difference of the two multinomial rates has mean 0 and SE sqrt((above + below)/R).
 */
function lopsidedness(above: number, below: number, replicates: number): number {
  const se = Math.sqrt(Math.max(above + below, 1 / replicates) / replicates);
  return (above - below) / se;
}

// Replicates: 2000 at n = 8 (tail SE 0.0035) and 1000 at n = 200 (tail SE 0.0049), 218 000
// error draws in all. Each simulation is run once and shared by the specs that read it.
const SMALL = { n: 8, replicates: 2000 };
const LARGE = { n: 200, replicates: 1000 };
const cache = new Map<string, TailRates>();
const tailsOf = (law: 'normal' | 'exponential', size: typeof SMALL): TailRates => {
  const key = `${law}-${size.n}`;
  let rates = cache.get(key);
  if (rates === undefined) {
    rates = simulateTails(
      size.n,
      size.replicates,
      `${SEED}-${key}`,
      law === 'normal' ? normalError : exponentialError,
    );
    cache.set(key, rates);
  }
  return rates;
};

describe('kata 01.12 prediction intervals vs confidence intervals for the mean', () => {
  describe('definition', () => {
    it('on Anscombe I at level 0.9 every field matches R predict(lm(y1 ~ x1), newdata, interval, level = 0.9, se.fit = TRUE)', () => {
      // R 4.x, options(digits = 15):
      //   f1 <- lm(y1 ~ x1, data = anscombe); nd <- data.frame(x1 = c(4, 9, 14, 20))
      //   predict(f1, nd, interval = "confidence", level = 0.9, se.fit = TRUE)
      //   predict(f1, nd, interval = "prediction", level = 0.9)
      // fit 5.00045454545455 7.50090909090909 10.00136363636364 13.00190909090909
      // se.fit 0.697538348390071 0.372849930544543 0.697538348390070 1.349490135667033
      // df 9, residual.scale 1.23660332272632; qt(0.95, 9) = 1.83311293265624.
      // sePrediction is not printed by R: sqrt(se.fit² + residual.scale²) (an identity).
      const result = predictWithIntervals(X1, Y1, NEW_X, { level: 0.9 });
      const s = 1.23660332272632;
      expectMatchesR(
        result,
        {
          predicted: [5.00045454545455, 7.50090909090909, 10.00136363636364, 13.00190909090909],
          seMean: [0.697538348390071, 0.372849930544543, 0.69753834839007, 1.349490135667033],
          confidence: [
            [3.72178797799703, 6.27912111291206],
            [6.81743306128791, 8.18438512053027],
            [8.72269706890613, 11.28003020382115],
            [10.52814127072584, 15.47567691109235],
          ],
          prediction: [
            [2.39785536300872, 7.60305372790037],
            [5.13327867279042, 9.86853950902777],
            [7.39876445391782, 12.60396281880946],
            [9.64660559615511, 16.35721258566308],
          ],
          s,
          df: 9,
          t: 1.83311293265624,
        },
        'Anscombe I, level 0.9',
        [
          [
            [0.697538348390071, 0.372849930544543, 0.69753834839007, 1.349490135667033].map(
              (se) => se * Math.sqrt(9 / 11),
            ),
            'looks like s² = RSS/n; the unbiased estimate divides by n − p (theory: #inference)',
          ],
          [
            // R: summary(f1)$coefficients[, 2] = 1.124746790808644, 0.117905500595634.
            NEW_X.map(([x0]) => Math.hypot(1.124746790808644, (x0 as number) * 0.117905500595634)),
            COVARIANCES_DROPPED,
          ],
        ],
      );
    });

    it('level defaults to 0.95 (R’s default): t(0.975; 9) = 2.26215716279820', () => {
      // R: predict(f1, nd, interval = "confidence") and interval = "prediction" (level omitted);
      // qt(0.975, 9) = 2.2621571627982.
      const result = predictWithIntervals(X1, Y1, NEW_X);
      expectClose(result.criticalValue, 2.2621571627982, {
        ...R_DIGITS,
        hint: near(result.criticalValue, 1.959963984540054)
          ? 'Anscombe I, default level: 1.96 is the normal quantile; both intervals use Student t on n − p = 9 df (theory: #prediction-intervals)'
          : 'Anscombe I, level omitted: the default level is 0.95, so t(0.975; 9) = 2.2622 (R qt(0.975, 9)) (theory: #prediction-intervals)',
      });
      expectAllClose(
        lowers(result.confidence),
        [3.42251317431752, 6.65746394987894, 8.42342226522661, 9.94915031438439],
        {
          ...R_DIGITS,
          hint: 'Anscombe I, default level 0.95: confidence lower ends (R) (theory: #prediction-intervals)',
        },
      );
      expectAllClose(
        uppers(result.confidence),
        [6.57839591659157, 8.34435423193924, 11.57930500750066, 16.05466786743379],
        {
          ...R_DIGITS,
          hint: 'Anscombe I, default level 0.95: confidence upper ends (R) (theory: #prediction-intervals)',
        },
      );
      expectAllClose(
        lowers(result.prediction),
        [1.78871113479003, 4.57912941558645, 6.78962022569913, 8.86128922030401],
        {
          ...R_DIGITS,
          hint: 'Anscombe I, default level 0.95: prediction lower ends (R) (theory: #prediction-intervals)',
        },
      );
      expectAllClose(
        uppers(result.prediction),
        [8.21219795611906, 10.42268876623173, 13.21310704702815, 17.14252896151418],
        {
          ...R_DIGITS,
          hint: 'Anscombe I, default level 0.95: prediction upper ends (R) (theory: #prediction-intervals)',
        },
      );
    });

    it('with p = 4 (a cubic) x₀ᵀ(XᵀX)⁻¹x₀ needs the covariances of b: R predict(lm(y1 ~ x1 + I(x1^2) + I(x1^3)), …)', () => {
      // R: f3 <- lm(y1 ~ x1 + I(x1^2) + I(x1^3), data = anscombe)
      //    predict(f3, data.frame(x1 = c(4, 9, 14, 20)), interval = "confidence", level = 0.9,
      //            se.fit = TRUE) and interval = "prediction"
      // df 7, residual.scale 1.35478957598765, qt(0.95, 7) = 1.89457860509001.
      const newX = NEW_X.map(([value]) => cubic(value as number));
      const result = predictWithIntervals(
        ANSCOMBE_I.x.map((value) => cubic(value)),
        Y1,
        newX,
        { level: 0.9 },
      );
      // The slip of dropping the covariances, Var(ŷ₀) = Σⱼ x₀ⱼ²·se(bⱼ)², from the standard errors
      // R prints for f3 (summary(f3)$coefficients[, 2]); named when the learner's values are it.
      const coefficientSe = [
        10.4129123350807546, 3.9721493732056454, 0.4676919134274391, 0.0172370108223067,
      ];
      const withoutCovariances = newX.map((row) =>
        Math.sqrt([1, ...row].reduce((sum, value, j) => sum + (value * coefficientSe[j]!) ** 2, 0)),
      );
      expectMatchesR(
        result,
        {
          predicted: [4.63517482517483, 7.81710955710956, 9.41804195804195, 6.05428904428886],
          seMean: [1.204323191115386, 0.617075357748458, 1.204323191115382, 20.283701098075806],
          confidence: [
            [2.3534898736739, 6.91685977667577],
            [6.64801178659107, 8.98620732762805],
            [7.13635700654103, 11.69972690954288],
            [-32.37477708816624, 44.48335517674397],
          ],
          prediction: [
            [1.20088898684885, 8.06946066350082],
            [4.99664459571545, 10.63757451850367],
            [5.98375611971597, 12.85232779636793],
            [-32.46040109874654, 44.56897918732426],
          ],
          s: 1.35478957598765,
          df: 7,
          t: 1.89457860509001,
        },
        'Anscombe I cubic (p = 4), level 0.9',
        [[withoutCovariances, COVARIANCES_DROPPED]],
      );
      // Far outside the data the estimation error dominates: at x₀ = 20 the two intervals
      // nearly coincide (se.fit 20.28 against s = 1.35), while inside they differ by far.
      const far = result.sePrediction[3]!;
      expect(
        far / result.seMean[3]!,
        'Anscombe I cubic at x₀ = 20: sePrediction/seMean = sqrt(1 + 1/q) ≈ 1.002, the extrapolation error swamps ε₀ (theory: #prediction-intervals)',
      ).toBeLessThan(1.01);
    });

    it('with intercept: false x₀ carries no constant and p = 1: R predict(lm(y1 ~ 0 + x1), …)', () => {
      // R: f0 <- lm(y1 ~ 0 + x1, data = anscombe)
      //    predict(f0, data.frame(x1 = c(4, 9, 14, 20)), interval = "confidence", level = 0.9,
      //            se.fit = TRUE) and interval = "prediction"
      // df 10, residual.scale 1.56979203175995, qt(0.95, 10) = 1.81246112281168. Through the
      // origin x₀ᵀ(XᵀX)⁻¹x₀ = x₀²/Σx², so se.fit is proportional to x₀.
      const result = predictWithIntervals(X1, Y1, NEW_X, { level: 0.9, intercept: false });
      expectMatchesR(
        result,
        {
          predicted: [3.18721278721279, 7.17122877122877, 11.15524475524476, 15.93606393606394],
          seMean: [0.198465522960106, 0.446547426660239, 0.694629330360373, 0.992327614800532],
          confidence: [
            [2.82750174262911, 3.54692383179647],
            [6.36187892091549, 7.98057862154205],
            [9.89625609920187, 12.41423341128764],
            [14.13750871314553, 17.73461915898234],
          ],
          prediction: [
            [0.319377146431069, 6.05504842799451],
            [4.213165822753108, 10.12929171970443],
            [8.043952152002968, 14.26653735848655],
            [12.570073722645384, 19.30205414948249],
          ],
          s: 1.56979203175995,
          df: 10,
          t: 1.81246112281168,
        },
        'Anscombe I through the origin (intercept: false), level 0.9',
      );
    });
  });

  describe('properties', () => {
    // Random designs with an intercept and k = 1 … 3 predictors: normal columns are of full rank
    // with probability 1.
    const problems = fc
      .record({
        k: fc.integer({ min: 1, max: 3 }),
        extra: fc.integer({ min: 2, max: 12 }),
        seed: fc.integer({ min: 0, max: 1e6 }),
        level: fc.double({ min: 0.5, max: 0.99, noNaN: true }),
      })
      .map(({ k, extra, seed, level }) => {
        const rng = createRng(`${SEED}-property-${seed}`);
        const X = Array.from({ length: k + 1 + extra }, () =>
          Array.from({ length: k }, (_, j) => j + rng.normal()),
        );
        const y = X.map((row) => row.reduce((sum, v) => sum + v, 1) + rng.normal());
        const newX = Array.from({ length: 3 }, () =>
          Array.from({ length: k }, () => 3 * rng.normal()),
        );
        return { X, y, newX, k, level };
      });
    const RUNS = { seed: PROPERTY_SEED, numRuns: 8 };

    it('on every design sePrediction² = seMean² + s², and both intervals are ŷ₀ ± t·se, the one for the mean inside the other', () => {
      assertProperty(
        fc.property(problems, ({ X, y, newX, level }) => {
          const result = predictWithIntervals(X, y, newX, { level });
          const s = result.residualScale;
          result.predicted.forEach((centre, i) => {
            const seMean = result.seMean[i]!;
            const sePrediction = result.sePrediction[i]!;
            expectClose(sePrediction ** 2, seMean ** 2 + s ** 2, {
              ...IDENTITY,
              hint: near(sePrediction, seMean + s)
                ? 'random design: sePrediction = seMean + s adds standard errors; the variances add (theory: #prediction-intervals)'
                : 'random design: Var(y₀ − ŷ₀) = Var(ŷ₀) + σ², so sePrediction² = seMean² + s² (theory: #prediction-intervals)',
            });
            const confidence = result.confidence[i] as Bounds;
            const prediction = result.prediction[i] as Bounds;
            const t = result.criticalValue;
            expectAllClose(
              [confidence.lower, confidence.upper, prediction.lower, prediction.upper],
              [
                centre - t * seMean,
                centre + t * seMean,
                centre - t * sePrediction,
                centre + t * sePrediction,
              ],
              {
                ...IDENTITY,
                hint: `random design, level ${level}: confidence = ŷ₀ ± t·seMean and prediction = ŷ₀ ± t·sePrediction with the same t (theory: #prediction-intervals)`,
              },
            );
            expect(
              prediction.lower <= confidence.lower && confidence.upper <= prediction.upper,
              'random design: the interval for the mean must lie inside the prediction interval (theory: #prediction-intervals)',
            ).toBe(true);
          });
        }),
        RUNS,
      );
    });

    it('at the training rows (seMean/s)² is the leverage hᵢ, so it sums to p: the intercept counts, and not without one', () => {
      assertProperty(
        fc.property(problems, ({ X, y, k }) => {
          const sumOfLeverages = (result: PredictionIntervals): number =>
            result.seMean.reduce((sum, se) => sum + (se / result.residualScale) ** 2, 0);
          const withIntercept = sumOfLeverages(predictWithIntervals(X, y, X));
          expectClose(withIntercept, k + 1, {
            ...IDENTITY,
            hint: `random design, ${k} predictors and an intercept: x₀ᵀ(XᵀX)⁻¹x₀ at the training rows are the leverages, summing to p = ${k + 1}; ${near(withIntercept, k) ? 'p − 1 looks like x₀ without its constant 1' : 'check that x₀ includes the constant 1 and the inverse is of XᵀX'} (theory: #prediction-intervals)`,
          });
          const through = sumOfLeverages(predictWithIntervals(X, y, X, { intercept: false }));
          expectClose(through, k, {
            ...IDENTITY,
            hint: `random design, intercept: false: the leverages sum to p = ${k}, the column count; ${k + 1} means a constant was added anyway (theory: #prediction-intervals)`,
          });
        }),
        RUNS,
      );
    });

    it('for a line seMean is smallest at x̄, where it is s/√n, and equal at x̄ ± d', () => {
      // Anscombe I: x̄ = 9, n = 11; x₀ = 4 and 14 are 5 either side.
      const result = predictWithIntervals(X1, Y1, [[4], [9], [14], [9.5]]);
      const s = result.residualScale;
      expectClose(result.seMean[1]!, s / Math.sqrt(11), {
        ...IDENTITY,
        hint: 'Anscombe I at x̄ = 9: x₀ᵀ(XᵀX)⁻¹x₀ = 1/n + (x₀ − x̄)²/Sxx = 1/11, so seMean = s/√11 (theory: #prediction-intervals)',
      });
      expectClose(result.seMean[0]!, result.seMean[2]!, {
        ...IDENTITY,
        hint: 'Anscombe I at x₀ = 4 and 14, symmetric about x̄ = 9: equal standard errors (theory: #prediction-intervals)',
      });
      expect(
        result.seMean[3]!,
        'Anscombe I: seMean grows with |x₀ − x̄|: larger at 9.5 than at 9 (theory: #prediction-intervals)',
      ).toBeGreaterThan(result.seMean[1]!);
    });

    it('an affine change of y, 3 + 2y, moves ŷ₀ and the intervals with it and doubles every standard error', () => {
      const base = predictWithIntervals(X1, Y1, NEW_X);
      const moved = predictWithIntervals(
        X1,
        Y1.map((value) => 3 + 2 * value),
        NEW_X,
      );
      const hint =
        'Anscombe I, y → 3 + 2y: ŷ₀ → 3 + 2ŷ₀ and s, seMean, sePrediction double (theory: #prediction-intervals)';
      expectAllClose(
        moved.predicted,
        base.predicted.map((v) => 3 + 2 * v),
        { ...IDENTITY, hint },
      );
      expectAllClose(
        moved.seMean,
        base.seMean.map((v) => 2 * v),
        { ...IDENTITY, hint },
      );
      expectAllClose(
        moved.sePrediction,
        base.sePrediction.map((v) => 2 * v),
        { ...IDENTITY, hint },
      );
      expectAllClose(
        lowers(moved.prediction),
        lowers(base.prediction).map((v) => 3 + 2 * v),
        {
          ...IDENTITY,
          hint,
        },
      );
    });

    it('data at 2^±600 (about 10^±180) give the same intervals, or a NonFiniteValueError, never Infinity or NaN', () => {
      // Scaling X and newX by the same power of two is exact and leaves ŷ₀ and x₀ᵀ(XᵀX)⁻¹x₀
      // unchanged; scaling y scales every interval. Forming XᵀX at 2^600 overflows (2^2400).
      const base = predictWithIntervals(X1, Y1, NEW_X);
      for (const factor of [2 ** 600, 2 ** -600]) {
        const scale = (rows: readonly (readonly number[])[]) =>
          rows.map((row) => row.map((value) => value * factor));
        const cases: [string, () => PredictionIntervals, number][] = [
          [`X and newX × ${factor}`, () => predictWithIntervals(scale(X1), Y1, scale(NEW_X)), 1],
          [
            `y × ${factor}`,
            () =>
              predictWithIntervals(
                X1,
                Y1.map((v) => v * factor),
                NEW_X,
              ),
            factor,
          ],
        ];
        for (const [label, run, yScale] of cases) {
          let result: PredictionIntervals;
          try {
            result = run();
          } catch (error) {
            expect(
              error instanceof NonFiniteValueError,
              `Anscombe I, ${label}: the only error allowed is a NonFiniteValueError saying the data overflow, got ${String(error)} (theory: #prediction-intervals)`,
            ).toBe(true);
            continue;
          }
          const hint = `Anscombe I, ${label}: ŷ₀, seMean and sePrediction must be the unscaled ones${yScale === 1 ? '' : ' times the factor'}, not Infinity, NaN or 0: x₀ᵀ(XᵀX)⁻¹x₀ = ‖R⁻ᵀx₀‖² never forms XᵀX (theory: #prediction-intervals)`;
          expectAllClose(
            result.predicted,
            base.predicted.map((v) => v * yScale),
            { ...IDENTITY, atol: 0, hint },
          );
          expectAllClose(
            result.seMean,
            base.seMean.map((v) => v * yScale),
            { ...IDENTITY, atol: 0, hint },
          );
          expectAllClose(
            result.sePrediction,
            base.sePrediction.map((v) => v * yScale),
            { ...IDENTITY, atol: 0, hint },
          );
        }
      }
    });

    it('an answer beyond double precision is a NonFiniteValueError, never Infinity or NaN', () => {
      // y at 2^900 ≈ 8.5e270 and x₀ = 1e100: ŷ₀ ≈ 0.5·1e100·8.5e270, far past 1.8e308.
      expectLabError(
        () =>
          predictWithIntervals(
            X1,
            Y1.map((v) => v * 2 ** 900),
            [[1e100]],
          ),
        NonFiniteValueError,
        'predictWithIntervals',
        'Anscombe I with y × 2^900 predicted at x₀ = 1e100: the prediction overflows and must be refused, not returned as Infinity (theory: #prediction-intervals)',
      );
    });

    it('a perfect fit gives zero-width intervals at ŷ₀, never NaN', () => {
      const result = predictWithIntervals([[0], [1], [2], [3]], [1, 3, 5, 7], [[10]]);
      expectAllClose(result.predicted, [21], {
        ...IDENTITY,
        hint: 'y = 1 + 2x exactly: ŷ₀ at x₀ = 10 is 21 (theory: #prediction-intervals)',
      });
      const values = [
        result.residualScale,
        ...result.seMean,
        ...result.sePrediction,
        ...lowers(result.confidence),
        ...uppers(result.prediction),
      ];
      expect(
        values.some((value) => Number.isNaN(value)),
        'y = 1 + 2x exactly: s = 0 and every interval has zero width, never NaN (theory: #prediction-intervals)',
      ).toBe(false);
      expectAllClose([result.residualScale, ...result.sePrediction], [0, 0], {
        rtol: 0,
        atol: 1e-12,
        hint: 'y = 1 + 2x exactly: s = 0, so sePrediction = s·sqrt(1 + q) = 0 (theory: #prediction-intervals)',
      });
    });

    it('no input is changed: X, y and newX are left as they were', () => {
      const freeze = (rows: number[][]): readonly (readonly number[])[] =>
        Object.freeze(rows.map((row) => Object.freeze([...row])));
      const X = freeze(X1);
      const y = Object.freeze([...Y1]);
      const newX = freeze(NEW_X);
      const frozen = predictWithIntervals(X, y, newX, { level: 0.9 });
      const copies = {
        X: X1.map((row) => [...row]),
        y: [...Y1],
        newX: NEW_X.map((row) => [...row]),
      };
      predictWithIntervals(copies.X, copies.y, copies.newX, { level: 0.9, intercept: false });
      expect(
        { X: copies.X, y: copies.y, newX: copies.newX },
        'predictWithIntervals changed an input in place: prepend the constant to copies of the rows (theory: #prediction-intervals)',
      ).toEqual({ X: X1, y: Y1, newX: NEW_X });
      expect(frozen.predicted, 'frozen inputs: one prediction per row of newX').toHaveLength(4);
    });
  });

  describe('diagnostics: coverage, and where normal errors (A6) matter', () => {
    it('the coverage shortcut reproduces predictWithIntervals replicate by replicate', () => {
      // The Monte Carlo specs below take the half-width factors from one call and scale them by
      // each replicate's s; here the function's own intervals are compared with that on a few
      // replicates of each design, errors normal and exponential.
      const rng = createRng(`${SEED}-shortcut`);
      for (const n of [SMALL.n, LARGE.n]) {
        const factors = halfWidthFactors(n);
        const X = designOf(n);
        const x = X.map(([value]) => value as number);
        for (const error of [normalError, exponentialError]) {
          const y = x.map((value) => 1 + 2 * value + error(rng));
          const { at, s } = lineAt(x, y);
          const result = predictWithIntervals(X, y, [[X0]]);
          expectAllClose(
            [
              (result.confidence[0] as Bounds).lower,
              (result.confidence[0] as Bounds).upper,
              (result.prediction[0] as Bounds).lower,
              (result.prediction[0] as Bounds).upper,
            ],
            [
              at - factors.mean * s,
              at + factors.mean * s,
              at - factors.prediction * s,
              at + factors.prediction * s,
            ],
            {
              ...IDENTITY,
              hint: `n = ${n}, x₀ = ${X0}: both intervals are ŷ₀ ± (a factor fixed by the design and the level)·s, with s² = RSS/(n − p) (theory: #prediction-intervals)`,
            },
          );
        }
      }
    });

    it('under normal errors (A6) each tail of both 95% intervals holds 2.5% at n = 8; the interval for the mean, used for a new y₀, covers far less', () => {
      // n = 8, p = 2: t(0.975; 6) = 2.447, and at x₀ = 1 x₀ᵀ(XᵀX)⁻¹x₀ = 1/8 + 0.25/(6/7) = 0.417
      // (Sxx = 6/7): the interval for the mean holds a new y₀ only with probability
      // P(|t₆| < 2.447·sqrt(0.417/1.417)) = P(|t₆| < 1.327) ≈ 0.77.
      const rates = tailsOf('normal', SMALL);
      const { replicates } = rates;
      const meanHint =
        'check s² = RSS/(n − p), x₀ᵀ(XᵀX)⁻¹x₀ and the Student t quantile on n − p df (theory: A6, #prediction-intervals)';
      const newHint =
        'the prediction interval needs s·sqrt(1 + x₀ᵀ(XᵀX)⁻¹x₀) and the Student t quantile on n − p df (theory: A6, #prediction-intervals)';
      expectTail(
        rates.meanBelow,
        replicates,
        'normal errors, n = 8, mean below the confidence interval',
        meanHint,
      );
      expectTail(
        rates.meanAbove,
        replicates,
        'normal errors, n = 8, mean above the confidence interval',
        meanHint,
      );
      expectTail(
        rates.newBelow,
        replicates,
        'normal errors, n = 8, y₀ below the prediction interval',
        newHint,
      );
      expectTail(
        rates.newAbove,
        replicates,
        'normal errors, n = 8, y₀ above the prediction interval',
        newHint,
      );
      expect(
        rates.newInsideMeanInterval,
        'normal errors, n = 8: the confidence interval for the mean should hold a new y₀ only about 77% of the time, far below 95%: it is not a prediction interval (theory: #prediction-intervals)',
      ).toBeLessThan(0.95 - 4 * Math.sqrt((0.95 * 0.05) / replicates));
    });

    it('under skewed errors (A6 broken) the interval for the mean misses lopsidedly at n = 8 and recovers by n = 200 (central limit theorem)', () => {
      // Exponential(1) − 1 errors, skewness 2. ŷ₀ is a weighted sum of the errors, so its
      // skewness falls like 1/√n. numpy, 2·10⁵ replicates of this design: the mean lies above the
      // interval 5.5% and below it 1.6% of the time at n = 8 (lopsided by about 6.7 SE at 2000
      // replicates); at n = 200 2.9% and 2.3%.
      const small = tailsOf('exponential', SMALL);
      expect(
        lopsidedness(small.meanAbove, small.meanBelow, small.replicates),
        `exponential errors, n = 8: the mean should fall above the 95% interval far more often than below (${(small.meanAbove * 100).toFixed(2)}% vs ${(small.meanBelow * 100).toFixed(2)}%, a gap of more than 4 SE): with 8 skewed errors ŷ₀ is skewed and the t interval is not exact (theory: A6, #prediction-intervals)`,
      ).toBeGreaterThan(4);
      const large = tailsOf('exponential', LARGE);
      const hint =
        'with 200 errors the central limit theorem should have made ŷ₀ nearly normal (theory: A6, #prediction-intervals)';
      expectTail(
        large.meanBelow,
        large.replicates,
        'exponential errors, n = 200, mean below the confidence interval',
        hint,
      );
      expectTail(
        large.meanAbove,
        large.replicates,
        'exponential errors, n = 200, mean above the confidence interval',
        hint,
      );
    });

    it('under skewed errors the prediction interval’s tails stay those of the error law, at n = 8 and at n = 200 (C1.12)', () => {
      // y₀ − ŷ₀ = ε₀ − (ŷ₀ − μ₀): the second term fades as n grows, the first never does. An
      // exponential error is never below −1 = −σ while the interval reaches about −1.97σ, so the
      // lower tail empties; above, the miss tends to P(ε₀ > 1.96σ) = e^{−(1 + 1.96)} = 0.052,
      // twice the nominal 2.5%, whatever n. numpy, 2·10⁵ replicates: below 0.66% and 0%, above
      // 6.3% and 5.2% at n = 8 and 200.
      for (const size of [SMALL, LARGE]) {
        const rates = tailsOf('exponential', size);
        const { n } = size;
        expect(
          lopsidedness(rates.newAbove, rates.newBelow, rates.replicates),
          `exponential errors, n = ${n}: y₀ should exceed the 95% prediction interval far more often than fall below it (${(rates.newAbove * 100).toFixed(2)}% vs ${(rates.newBelow * 100).toFixed(2)}%, a gap of more than 4 SE): a symmetric interval around skewed errors (theory: C1.12, A6)`,
        ).toBeGreaterThan(4);
        expect(
          rates.newBelow,
          `exponential errors, n = ${n}: y₀ should almost never fall below the 95% prediction interval (an error below −σ is impossible): far under 2.5% (theory: C1.12, A6)`,
        ).toBeLessThan(TAIL - 4 * tailSe(rates.replicates));
      }
      const large = tailsOf('exponential', LARGE);
      const limit = Math.exp(-(1 + 1.959963984540054));
      expectClose(large.newAbove, limit, {
        rtol: 0,
        atol: 4 * Math.sqrt((limit * (1 - limit)) / large.replicates),
        hint: `exponential errors, n = 200: the upper miss should be near the error law’s own tail P(ε₀ > 1.96σ) = e^{−2.96} = ${limit.toFixed(4)}, not 2.5% (theory: C1.12)`,
      });
    });
  });

  describe('errors', () => {
    const NAME = 'predictWithIntervals';

    it('empty input, or no residual degrees of freedom, throws EmptyInputError', () => {
      expectLabError(() => predictWithIntervals([], [], [[1]]), EmptyInputError, NAME, 'empty X');
      expectLabError(() => predictWithIntervals(X1, Y1, []), EmptyInputError, NAME, 'empty newX');
      // Two rows, intercept and slope: n = p leaves nothing to estimate σ² with.
      expectLabError(
        () => predictWithIntervals([[1], [2]], [1, 3], [[1.5]]),
        EmptyInputError,
        NAME,
        'n = p = 2 (intercept counted): no residual degree of freedom for s²',
      );
      // Through the origin p = 1, so two rows leave one degree of freedom and are fitted.
      const origin = predictWithIntervals([[1], [2]], [1, 3], [[1.5]], { intercept: false });
      expect(
        origin.dfResidual,
        'two rows through the origin: n − p = 2 − 1 = 1 degree of freedom, not refused (theory: #prediction-intervals)',
      ).toBe(1);
    });

    it('mismatched lengths or widths throw ShapeMismatchError', () => {
      expectLabError(
        () => predictWithIntervals(X1, Y1.slice(1), NEW_X),
        ShapeMismatchError,
        NAME,
        'y shorter than X',
      );
      expectLabError(
        () => predictWithIntervals(X1, Y1, [[4, 1]]),
        ShapeMismatchError,
        NAME,
        'newX wider than X',
      );
      expectLabError(
        () =>
          predictWithIntervals(
            X1.map((row) => [...row, row[0]!]),
            Y1,
            [[4]],
          ),
        ShapeMismatchError,
        NAME,
        'newX narrower than X',
      );
      // A wider row is refused, not cut to the first row's width.
      expectLabError(
        () => predictWithIntervals(X1, Y1, [[4], [9, 1]]),
        ShapeMismatchError,
        NAME,
        'ragged newX',
      );
      expectLabError(
        () => predictWithIntervals([[1], [2, 5], [3], [4]], [1, 3, 2, 4], [[4]]),
        ShapeMismatchError,
        NAME,
        'ragged X',
      );
    });

    it('NaN or ±Infinity anywhere throws NonFiniteValueError', () => {
      expectLabError(
        () => predictWithIntervals([[1], [Number.NaN], [3], [4]], [1, 3, 2, 4], [[4]]),
        NonFiniteValueError,
        NAME,
        'NaN in X',
      );
      expectLabError(
        () => predictWithIntervals(X1, [...Y1.slice(1), Number.POSITIVE_INFINITY], NEW_X),
        NonFiniteValueError,
        NAME,
        'Infinity in y',
      );
      expectLabError(
        () => predictWithIntervals(X1, Y1, [[Number.NEGATIVE_INFINITY]]),
        NonFiniteValueError,
        NAME,
        '−Infinity in newX',
      );
    });

    it('a design without full column rank throws RankDeficiencyError naming the dependent column', () => {
      // Column 2 of the fitted design [1, x, 2x] is twice column 1.
      const error = expectLabError(
        () =>
          predictWithIntervals(
            X1.map((row) => [row[0]!, 2 * row[0]!]),
            Y1,
            [[4, 8]],
          ),
        RankDeficiencyError,
        NAME,
        'x and 2x',
      ) as RankDeficiencyError;
      expect(
        error.columns,
        'x and 2x: RankDeficiencyError.columns should name design column 2 (the constant is column 0) (theory: #prediction-intervals)',
      ).toContain(2);
      expectLabError(
        () => predictWithIntervals([[7], [7], [7], [7]], [1, 2, 3, 4], [[7]]),
        RankDeficiencyError,
        NAME,
        'a constant predictor next to the intercept',
      );
    });

    it('a level outside (0, 1) or a non-boolean intercept throws InvalidArgumentError', () => {
      for (const level of [0, 1, 1.5, -0.5, 95, Number.NaN]) {
        expectLabError(
          () => predictWithIntervals(X1, Y1, NEW_X, { level }),
          InvalidArgumentError,
          NAME,
          `level ${level} (a probability strictly between 0 and 1; 95 is a percentage)`,
        );
      }
      expectLabError(
        () => predictWithIntervals(X1, Y1, NEW_X, { level: '0.9' as unknown as number }),
        InvalidArgumentError,
        NAME,
        'level given as a string',
      );
      expectLabError(
        () => predictWithIntervals(X1, Y1, NEW_X, { intercept: 'no' as unknown as boolean }),
        InvalidArgumentError,
        NAME,
        'intercept: "no" (a truthy string, not a boolean)',
      );
    });
  });
});
