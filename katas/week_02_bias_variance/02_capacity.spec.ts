/**
 * Spec for kata 02.02 — Capacity.
 * Theory: theory/week_02_bias_variance.md#capacity
 * Assumptions checked: B2 (the optimism 2pσ²/n needs independent noise of one variance),
 * B3 (test data independent of the training data), B4 (a fixed design for the closed forms).
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
import { capacitySweep, fitPolynomialRegression, polynomialFeatures } from './02_capacity';

const SEED = 'kata-02.02';
const EXACT = { rtol: 1e-12, atol: 1e-12 };
const ANCHOR = 'theory: #capacity';

const sine = (x: number): number => Math.sin(2 * Math.PI * x);

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function standardError(values: readonly number[]): number {
  const centre = mean(values);
  const variance =
    values.reduce((sum, value) => sum + (value - centre) ** 2, 0) / (values.length - 1);
  return Math.sqrt(variance / values.length);
}

describe('kata 02.02 capacity', () => {
  describe('definition', () => {
    it('polynomialFeatures has the columns x, x², …, x^degree and no constant column', () => {
      const features = polynomialFeatures([2, -1, 0.5], 3);
      expect(
        features.map((row) => row.length),
        'each row should hold the degree columns x, x², …, x^degree and no constant column: the fit adds the intercept (theory: #capacity)',
      ).toEqual([3, 3, 3]);
      expect(
        features[0]?.[0],
        'the first column should be x itself: no constant column, the fit adds the intercept (theory: #capacity)',
      ).toBe(2);
      expect(features, `the columns should be x, x², x³ in that order (${ANCHOR})`).toEqual([
        [2, 4, 8],
        [-1, 1, -1],
        [0.5, 0.25, 0.125],
      ]);
      expect(polynomialFeatures([3, 4], 1), 'degree 1 is the column x alone').toEqual([[3], [4]]);
      // Degree 5, where every ordering of the columns differs: powers of 2 and of −3, exact in
      // floating point.
      const x = [2, -3];
      const fifth = polynomialFeatures(x, 5);
      expect(
        fifth,
        `polynomialFeatures([2, −3], 5) should be [[2, 4, 8, 16, 32], [−3, 9, −27, 81, −243]]: column k holds x^k, lowest power first (${ANCHOR})`,
      ).toEqual([
        [2, 4, 8, 16, 32],
        [-3, 9, -27, 81, -243],
      ]);
      expect(x, 'polynomialFeatures changed its input x').toEqual([2, -3]);
    });

    it('fitPolynomialRegression fits an intercept plus the powers, and degree 0 is the mean', () => {
      // Hand derivation: x = 0..3, y = [1, 2, 2, 4] gives slope Sxy/Sxx = 4.5/5 = 0.9 and
      // intercept ȳ − slope·x̄ = 2.25 − 1.35 = 0.9.
      const x0 = [0, 1, 2, 3];
      const y0 = [1, 2, 2, 4];
      const line = fitPolynomialRegression(x0, y0, 1);
      expect(
        JSON.stringify([x0, y0]),
        'fitPolynomialRegression changed its inputs x or y: inputs are read, never written',
      ).toBe('[[0,1,2,3],[1,2,2,4]]');
      expect(line.degree, 'the fitted model should report the degree it was fitted with').toBe(1);
      expectClose(line.intercept, 0.9, {
        ...EXACT,
        hint: `the least-squares line through (0, 1), (1, 2), (2, 2), (3, 4) is 0.9 + 0.9x (${ANCHOR})`,
      });
      expectAllClose(line.coefficients, [0.9], {
        ...EXACT,
        hint: `the slope of the least-squares line is 0.9 (hand derivation) (${ANCHOR})`,
      });
      const newX = [4, -1];
      expectAllClose(line.predict(newX), [4.5, 0], {
        ...EXACT,
        hint: 'predict(x) should be intercept + Σ coefficient_k·x^k',
      });
      expect(newX, 'predict changed its input').toEqual([4, -1]);
      // A noise-free cubic 1 − 2x + 0.5x³ is reproduced exactly, its x² coefficient 0.
      const x = [-1, -0.5, 0, 0.5, 1, 1.5];
      const cubic = fitPolynomialRegression(
        x,
        x.map((t) => 1 - 2 * t + 0.5 * t ** 3),
        3,
      );
      expect(cubic.degree, 'the fitted model should report the degree it was fitted with').toBe(3);
      expectClose(cubic.intercept, 1, {
        rtol: 1e-10,
        atol: 1e-10,
        hint: `the noise-free cubic 1 − 2x + 0.5x³ has intercept 1 (${ANCHOR})`,
      });
      expectAllClose(cubic.coefficients, [-2, 0, 0.5], {
        rtol: 1e-10,
        atol: 1e-10,
        hint: `coefficients should be those of x, x², x³ in that order, lowest power first and the intercept apart: [−2, 0, 0.5] here (${ANCHOR})`,
      });
      // A noise-free quartic with four different coefficients: 0.5 + x − 2x² + 3x³ − 4x⁴ on 7
      // points. Its coefficients come back in the order of the powers, lowest first; a reversed
      // or shifted order shows at once. κ of this Vandermonde design is about 1e2, so a
      // backward-stable solver keeps them to far better than 1e-9.
      const xs = [-1, -0.6, -0.2, 0.1, 0.4, 0.8, 1.2];
      const quartic = fitPolynomialRegression(
        xs,
        xs.map((t) => 0.5 + t - 2 * t ** 2 + 3 * t ** 3 - 4 * t ** 4),
        4,
      );
      expect(quartic.degree, 'the fitted model should report its degree, 4').toBe(4);
      expectClose(quartic.intercept, 0.5, {
        rtol: 1e-9,
        atol: 1e-9,
        hint: `the noise-free quartic has intercept 0.5 (${ANCHOR})`,
      });
      expectAllClose(quartic.coefficients, [1, -2, 3, -4], {
        rtol: 1e-9,
        atol: 1e-9,
        hint: `coefficients should be those of x, x², x³, x⁴ in that order, the intercept apart: [1, −2, 3, −4] here (${ANCHOR})`,
      });
      expectAllClose(quartic.predict([2, -2]), [0.5 + 2 - 8 + 24 - 64, 0.5 - 2 - 8 - 24 - 64], {
        rtol: 1e-9,
        atol: 1e-9,
        hint: 'predict should evaluate the same powers the fit used, intercept included',
      });
      const constant = fitPolynomialRegression([1, 2, 3, 4], [1, 2, 3, 10], 0);
      expect(constant.degree, 'degree 0 is reported as 0').toBe(0);
      expectClose(constant.intercept, 4, {
        ...EXACT,
        hint: `degree 0 fits the intercept alone: the mean of y, 4 (${ANCHOR})`,
      });
      expect(constant.coefficients, 'degree 0 has no coefficients besides the intercept').toEqual(
        [],
      );
      expectAllClose(constant.predict([100]), [4], {
        ...EXACT,
        hint: `degree 0 predicts the mean of y, 4, everywhere (${ANCHOR})`,
      });
    });

    it('capacitySweep reports p = degree + 1 with training and test MSE, in the order asked (hand derivation)', () => {
      // Degree 0 predicts ȳ = 2.25: train MSE (1.25² + 0.25² + 0.25² + 1.75²)/4 = 1.1875, test
      // MSE (1.75² + 3.75²)/2 = 8.5625. Degree 1 (0.9 + 0.9x): residuals [0.1, 0.2, −0.7, 0.4],
      // train MSE 0.7/4 = 0.175; predictions 4.5 and 5.4 at x = 4 and 5, test MSE (0.25 + 0.36)/2.
      const options = {
        trainX: [0, 1, 2, 3],
        trainY: [1, 2, 2, 4],
        testX: [4, 5],
        testY: [4, 6],
        degrees: [1, 0],
      };
      const sweep = capacitySweep(options);
      expect(
        JSON.stringify(options),
        'capacitySweep changed its inputs: inputs are read, never written',
      ).toBe('{"trainX":[0,1,2,3],"trainY":[1,2,2,4],"testX":[4,5],"testY":[4,6],"degrees":[1,0]}');
      expect(
        sweep.map((point) => point.degree),
        'one point per degree, in the order the degrees were given, each reporting its degree',
      ).toEqual([1, 0]);
      expect(
        sweep.map((point) => point.parameters),
        'p counts the intercept: a polynomial of degree d has d + 1 coefficients (theory: #capacity)',
      ).toEqual([2, 1]);
      expectAllClose(
        sweep.map((point) => point.trainMSE),
        [0.175, 1.1875],
        {
          ...EXACT,
          hint: 'the training MSE is the mean of the squared training residuals, RSS/n; RSS/(n − p) estimates σ², a different question (theory: #capacity)',
        },
      );
      expectAllClose(
        sweep.map((point) => point.testMSE),
        [0.305, 8.5625],
        {
          ...EXACT,
          hint: 'the test MSE should score the training fit on the test data; a model refitted on the test rows has seen them (theory: #capacity, B3)',
        },
      );
    });
  });

  describe('properties', () => {
    it('training error never rises with the degree (nested models) and reaches 0 at p = n', () => {
      const rng = createRng(`${SEED}/nested`);
      const n = 12;
      const trainX = Array.from({ length: n }, () => rng.uniformBetween(-1, 1));
      const trainY = trainX.map((x) => sine(x) + 0.3 * rng.normal());
      const sweep = capacitySweep({
        trainX,
        trainY,
        testX: [0],
        testY: [0],
        degrees: Array.from({ length: n }, (_, degree) => degree),
      });
      sweep.slice(1).forEach((point, i) => {
        const previous = (sweep[i] as (typeof sweep)[number]).trainMSE;
        // Each degree's model contains the previous one, so its least-squares RSS is no larger
        // (allowing rounding of 1e-9 relative).
        expect(
          point.trainMSE,
          `the training MSE rose from degree ${i} (${previous}) to degree ${i + 1} (${point.trainMSE}): nested least-squares fits cannot do worse on their own data; is trainMSE scored on the training data, dividing by n? (${ANCHOR})`,
        ).toBeLessThanOrEqual(previous * (1 + 1e-9) + 1e-15);
      });
      // Degree n − 1 has n parameters: it interpolates the n training points.
      expectClose((sweep[n - 1] as (typeof sweep)[number]).trainMSE, 0, {
        rtol: 0,
        atol: 1e-12,
        hint: `degree n − 1 has n parameters and interpolates the n distinct training points: its training MSE should be 0 (${ANCHOR})`,
      });
    });

    // B3: each training set is scored on an independent test set.
    it('expected test error is U-shaped in the degree, with its minimum above the noise floor σ²', () => {
      // f(x) = sin 2πx, x ~ U(0, 1), n = 20, σ = 0.3, degrees 0–9, test MSE averaged over 20
      // seeded training sets on one test set of 200 points. Low degrees cannot bend enough
      // (bias), high degrees chase the noise (variance): the minimum is interior.
      const sigma = 0.3;
      const rng = createRng(`${SEED}/u-curve`);
      const testX = Array.from({ length: 200 }, () => rng.uniform());
      const testY = testX.map((x) => sine(x) + sigma * rng.normal());
      const degrees = Array.from({ length: 10 }, (_, degree) => degree);
      const average = degrees.map(() => 0);
      const sets = 20;
      for (let set = 0; set < sets; set += 1) {
        const trainX = Array.from({ length: 20 }, () => rng.uniform());
        const trainY = trainX.map((x) => sine(x) + sigma * rng.normal());
        capacitySweep({ trainX, trainY, testX, testY, degrees }).forEach((point, i) => {
          average[i] = average[i]! + point.testMSE / sets;
        });
      }
      const best = Math.min(...average);
      const bestDegree = average.indexOf(best);
      const curve = `average test MSE by degree 0–9: ${average.map((v) => v.toFixed(3)).join(', ')}; it should fall (less bias), then rise (more variance), scored on the test data with the training fit (${ANCHOR})`;
      expect(bestDegree, curve).toBeGreaterThan(0);
      expect(bestDegree, curve).toBeLessThan(degrees.length - 1);
      expect(average[0]!, curve).toBeGreaterThan(2 * best);
      expect(average[degrees.length - 1]!, curve).toBeGreaterThan(2 * best);
      // No model beats the irreducible error on average: E[test MSE] = σ² + bias² + variance.
      expect(
        best,
        `the best average test MSE ${best.toFixed(4)} is below σ² = 0.09, which no model can beat on fresh data: was the model fitted on the test rows? (${ANCHOR}, B3)`,
      ).toBeGreaterThan(sigma ** 2);
    });
  });

  describe('diagnostics', () => {
    // Fixed design: n = 20 evenly spaced x in [−1, 1], a cubic (p = 4), σ = 1, truth sin 2πx (the
    // identities below hold whether or not the model contains the truth).
    const n = 20;
    const p = 4;
    const sigma = 1;
    const design = Array.from({ length: n }, (_, i) => -1 + (2 * i) / (n - 1));
    const truth = design.map(sine);

    // B2 and B4: the closed form holds for a fixed design with independent noise of variance σ².
    it('fixed-design optimism E[test MSE − train MSE] = 2pσ²/n (Monte Carlo within 4 standard errors)', () => {
      // Test data: fresh noise at the same x. One replicate's gap has SD ≈ 0.45, so R = 500
      // replicates give SE ≈ 0.02 against 2pσ²/n = 0.4 (pσ²/n = 0.2 would sit 10 SE away).
      const rng = createRng(`${SEED}/optimism`);
      const replicates = 500;
      const gaps = Array.from({ length: replicates }, () => {
        const [point] = capacitySweep({
          trainX: design,
          trainY: truth.map((f) => f + sigma * rng.normal()),
          testX: design,
          testY: truth.map((f) => f + sigma * rng.normal()),
          degrees: [p - 1],
        });
        if (point === undefined) throw new Error('capacitySweep returned no point for one degree');
        return point.testMSE - point.trainMSE;
      });
      expectClose(mean(gaps), (2 * p * sigma ** 2) / n, {
        rtol: 0,
        atol: 4 * standardError(gaps),
        hint: 'the gap between test and training error at the same x should be 2pσ²/n: the training error sits pσ²/n below σ² and the test error pσ²/n above it (theory: #capacity)',
      });
    });

    it('the variance of the fitted values averaged over the design points is σ²p/n (Monte Carlo within 4 SE)', () => {
      // Least squares is linear in y, so E[ŷ] = H·f is the fit to the noise-free truth, and
      // Q = mean over the design of (ŷ − Hf)² = (σ²/n)·χ²(p) exactly: mean σ²p/n = 0.2 and
      // SD σ²√(2p)/n ≈ 0.14, so R = 500 replicates give SE ≈ 0.0063.
      const expected = fitPolynomialRegression(design, truth, p - 1).predict(design);
      const rng = createRng(`${SEED}/variance`);
      const replicates = 500;
      const spreads = Array.from({ length: replicates }, () => {
        const fitted = fitPolynomialRegression(
          design,
          truth.map((f) => f + sigma * rng.normal()),
          p - 1,
        ).predict(design);
        return mean(fitted.map((value, i) => (value - expected[i]!) ** 2));
      });
      expectClose(mean(spreads), (sigma ** 2 * p) / n, {
        rtol: 0,
        atol: (4 * sigma ** 2 * Math.sqrt(2 * p)) / n / Math.sqrt(replicates),
        hint: 'the average variance of ŷ should be σ²p/n with p = degree + 1: is the intercept fitted? (theory: #capacity)',
      });
    });
  });

  describe('errors', () => {
    it('polynomialFeatures rejects empty or non-finite x and a degree that is not an integer ≥ 1', () => {
      const name = 'polynomialFeatures';
      expectLabError(() => polynomialFeatures([], 2), EmptyInputError, name);
      expectLabError(() => polynomialFeatures([1, Number.NaN], 2), NonFiniteValueError, name);
      expectLabError(() => polynomialFeatures([1, 2], 2.5), InvalidArgumentError, name);
      expectLabError(() => polynomialFeatures([1, 2], 0), InvalidArgumentError, name);
      expectLabError(() => polynomialFeatures([1, 2], -1), InvalidArgumentError, name);
      for (const degree of [Number.NaN, Number.POSITIVE_INFINITY, '2']) {
        expectLabError(
          () => polynomialFeatures([1, 2], degree as unknown as number),
          InvalidArgumentError,
          name,
        );
      }
    });

    it('fitPolynomialRegression rejects mismatched data, bad degrees and too few distinct x', () => {
      const name = 'fitPolynomialRegression';
      expectLabError(() => fitPolynomialRegression([1, 2, 3], [1, 2], 1), ShapeMismatchError, name);
      expectLabError(() => fitPolynomialRegression([], [], 1), EmptyInputError, name);
      expectLabError(
        () => fitPolynomialRegression([1, 2, 3], [1, 2, 3], -1),
        InvalidArgumentError,
        name,
      );
      expectLabError(
        () => fitPolynomialRegression([1, 2, 3], [1, 2, 3], 1.5),
        InvalidArgumentError,
        name,
      );
      const line = fitPolynomialRegression([1, 2, 3], [1, 2, 4], 1);
      expectLabError(() => line.predict([]), EmptyInputError, 'predict');
      expectLabError(() => line.predict([1, Number.NaN]), NonFiniteValueError, 'predict');
      // Three distinct x values cannot identify the four coefficients of a cubic.
      expectLabError(
        () => fitPolynomialRegression([1, 1, 2, 3], [1, 2, 3, 4], 3),
        RankDeficiencyError,
        name,
      );
    });

    it('capacitySweep rejects mismatched or empty data and invalid degrees', () => {
      const name = 'capacitySweep';
      const data = { trainX: [0, 1, 2], trainY: [0, 1, 2], testX: [3], testY: [3], degrees: [1] };
      expectLabError(() => capacitySweep({ ...data, trainY: [0, 1] }), ShapeMismatchError, name);
      expectLabError(() => capacitySweep({ ...data, testY: [3, 4] }), ShapeMismatchError, name);
      expectLabError(() => capacitySweep({ ...data, degrees: [] }), EmptyInputError, name);
      expectLabError(
        () => capacitySweep({ ...data, trainX: [], trainY: [] }),
        EmptyInputError,
        name,
      );
      expectLabError(() => capacitySweep({ ...data, testX: [], testY: [] }), EmptyInputError, name);
      for (const degrees of [[1, -2], [1.5]]) {
        expectLabError(() => capacitySweep({ ...data, degrees }), InvalidArgumentError, name);
      }
      expectLabError(() => capacitySweep({ ...data, degrees: [5] }), RankDeficiencyError, name);
      expectLabError(
        () => capacitySweep({ ...data, testX: [Number.POSITIVE_INFINITY] }),
        NonFiniteValueError,
        name,
      );
    });
  });
  describe('scale (data near 10^±200)', () => {
    it('features beyond double precision throw NonFiniteValueError, never ∞ or a false 0', () => {
      // (10^±200)² = 10^±400 is not a double; 0 has powers exactly 0, and 1e-100 squares to 1e-200.
      for (const value of [1e200, -1e200, 1e-200]) {
        expectLabError(
          () => polynomialFeatures([2, value], 2),
          NonFiniteValueError,
          'polynomialFeatures',
          `x = ${value}: x² is about 10^±400, outside double precision: expected the overflow error (${ANCHOR})`,
        );
      }
      expectAllClose(polynomialFeatures([0, 1e-100], 2).flat(), [0, 0, 1e-100, 1e-200], {
        rtol: 1e-12,
        atol: 0,
        hint: `x = 0 has powers 0 and x = 1e-100 has x² = 1e-200, both doubles (${ANCHOR})`,
      });
    });
  });
});
