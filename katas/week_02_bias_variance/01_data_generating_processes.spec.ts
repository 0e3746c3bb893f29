/**
 * Spec for kata 02.01 — Data-generating processes.
 * Theory: theory/week_02_bias_variance.md#data-generating-processes
 * Assumptions checked: B1 (additive mean-zero noise), B2 (independent noise of variance σ²),
 * B3 (an independent test set), B4 (fixed versus random design).
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
import { fitLeastSquares } from '../../helpers/least_squares';
import { createRng, type Rng } from '../../helpers/random';
import { createDataGeneratingProcess, estimateNoiseVariance } from './01_data_generating_processes';

const SEED = 'kata-02.01';
const EXACT = { rtol: 1e-12, atol: 1e-12 };
const ANCHOR = 'theory: #data-generating-processes';

const sine = ([x = 0]: number[]): number => Math.sin(2 * Math.PI * x);
const uniformRow = (rng: Rng): number[] => [rng.uniform()];
const grid = (n: number): number[][] => Array.from({ length: n }, (_, i) => [i / (n - 1)]);

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function sampleVariance(values: readonly number[]): number {
  const centre = mean(values);
  return values.reduce((sum, value) => sum + (value - centre) ** 2, 0) / (values.length - 1);
}

/** Standard error of the mean of independent replicates, from their own spread. */
function standardError(values: readonly number[]): number {
  return Math.sqrt(sampleVariance(values) / values.length);
}

describe('kata 02.01 data-generating processes', () => {
  describe('definition', () => {
    // B4: a fixed design holds x and redraws only the noise; B1: y = f(x) + ε.
    it('a fixed design keeps the rows it is given, reports f(x), and adds noise to it', () => {
      const dgp = createDataGeneratingProcess({ trueFunction: sine, noiseSd: 0.3 });
      expect(
        dgp.noiseSd,
        `the process should report noiseSd as given, σ = 0.3${dgp.noiseSd === 0.09 ? ': 0.09 is σ², the variance' : ''} (${ANCHOR})`,
      ).toBe(0.3);
      const X = [[0], [0.25], [0.5], [0.75]];
      const first = dgp.sampleFixedDesign(X, `${SEED}/fixed-1`);
      const second = dgp.sampleFixedDesign(X, `${SEED}/fixed-2`);
      expect(first.X, `a fixed design returns the rows it was given (${ANCHOR})`).toEqual(X);
      // A copy: the caller's design is not shared.
      expect(first.X, 'sampleFixedDesign should return a copy of X, not X itself').not.toBe(X);
      expect(second.X, `a fixed design keeps x from draw to draw (theory: B4)`).toEqual(X);
      expectAllClose(first.trueValues, [0, 1, 0, -1], {
        rtol: 0,
        atol: 1e-12,
        hint: `trueValues should be f(row) for each row: sin 2πx at 0, 0.25, 0.5, 0.75 (${ANCHOR})`,
      });
      expect(first.y, 'one target per row').toHaveLength(4);
      expect(first.y, `two seeds should draw fresh noise on the same x (${ANCHOR})`).not.toEqual(
        second.y,
      );
      expect(
        JSON.stringify(X),
        'sampleFixedDesign changed the caller’s X: inputs are read, never written',
      ).toBe('[[0],[0.25],[0.5],[0.75]]');
    });

    // B6: the seed names the data. The header pins the draws: z_i is the i-th standard normal
    // of createRng(seed), so y = f(x) + σz reproduces on any machine and in any implementation.
    it('the noise is noiseSd times the standard normals of createRng(seed), one per row in order', () => {
      const dgp = createDataGeneratingProcess({ trueFunction: sine, noiseSd: 0.3 });
      const sample = dgp.sampleFixedDesign(grid(6), `${SEED}/stream`);
      const z = createRng(`${SEED}/stream`).normalVector(6);
      const noise = sample.y.map((value, i) => value - sample.trueValues[i]!);
      // What multiplies z says what went wrong: 0.09 = σ² is the variance used as a scale.
      const scale = (noise[0] ?? Number.NaN) / (z[0] ?? Number.NaN);
      const hint =
        Math.abs(scale - 0.09) < 1e-9
          ? 'the noise is σ²·z: the normal draw was multiplied by the variance instead of the standard deviation (theory: #data-generating-processes)'
          : 'y should be f(x) + noiseSd·z with z drawn in row order from createRng(seed) (theory: #data-generating-processes)';
      expectAllClose(
        noise,
        z.map((value) => 0.3 * value),
        { ...EXACT, hint },
      );
    });

    // B6 and B4: a random design draws x, then the noise, from the one stream of its seed.
    it('a random design draws its n rows first, then one normal per row, all from createRng(seed)', () => {
      const sigma = 0.3;
      const dgp = createDataGeneratingProcess({
        trueFunction: ([x = 0]) => 2 - x,
        noiseSd: sigma,
        xDistribution: (rng) => [rng.uniformBetween(-1, 3)],
      });
      const sample = dgp.sampleRandomDesign(5, `${SEED}/random-stream`);
      const rng = createRng(`${SEED}/random-stream`);
      const rows = Array.from({ length: 5 }, () => [rng.uniformBetween(-1, 3)]);
      const z = rng.normalVector(5);
      expect(
        sample.X,
        `sampleRandomDesign should draw its rows first, calling xDistribution(createRng(seed)) once per row (${ANCHOR})`,
      ).toEqual(rows);
      expectAllClose(
        sample.trueValues,
        rows.map(([x = 0]) => 2 - x),
        { ...EXACT, hint: `trueValues should be f(row) for each drawn row (${ANCHOR})` },
      );
      const noise = sample.y.map((value, i) => value - sample.trueValues[i]!);
      const scale = (noise[0] ?? Number.NaN) / (z[0] ?? Number.NaN);
      expectAllClose(
        noise,
        z.map((value) => sigma * value),
        {
          ...EXACT,
          hint:
            Math.abs(scale - sigma ** 2) < 1e-9
              ? `the noise is σ²·z: the normal draw was multiplied by the variance instead of the standard deviation (${ANCHOR})`
              : `after the n rows, the same stream gives one standard normal per row, in row order, and y = f(x) + noiseSd·z (${ANCHOR})`,
        },
      );
    });

    it('the design is not shared with trueFunction: a function that writes into its row changes nothing', () => {
      const X = [[0.1], [0.2]];
      const sample = createDataGeneratingProcess({
        trueFunction: (row) => {
          const value = row[0] ?? 0;
          row[0] = 99; // careless user code
          return value;
        },
        noiseSd: 0,
      }).sampleFixedDesign(X, SEED);
      const shared = `trueFunction wrote 99 into its row and the design changed: give trueFunction a copy of each row (${ANCHOR})`;
      expect(sample.X, shared).toEqual([[0.1], [0.2]]);
      expect(X, shared).toEqual([[0.1], [0.2]]);
      expectAllClose(sample.trueValues, [0.1, 0.2], {
        ...EXACT,
        hint: `trueValues should be f of the rows as given, before trueFunction wrote into its copy (${ANCHOR})`,
      });
    });

    it('the same seed gives the same data and different seeds give different data', () => {
      const dgp = createDataGeneratingProcess({
        trueFunction: sine,
        noiseSd: 0.3,
        xDistribution: uniformRow,
      });
      const same = (method: string): string =>
        `${method} with the same seed twice gave different data: draw everything from createRng(seed), nothing from Math.random or a shared stream (theory: B6)`;
      expect(dgp.sampleFixedDesign(grid(5), SEED), same('sampleFixedDesign')).toEqual(
        dgp.sampleFixedDesign(grid(5), SEED),
      );
      expect(dgp.sampleRandomDesign(5, SEED), same('sampleRandomDesign')).toEqual(
        dgp.sampleRandomDesign(5, SEED),
      );
      expect(dgp.sampleTrainAndTest(5, 3, SEED), same('sampleTrainAndTest')).toEqual(
        dgp.sampleTrainAndTest(5, 3, SEED),
      );
      const other = (method: string): string =>
        `${method} gave the same data for two different seeds: the seed must name the stream (theory: B6)`;
      expect(dgp.sampleFixedDesign(grid(5), SEED).y, other('sampleFixedDesign')).not.toEqual(
        dgp.sampleFixedDesign(grid(5), `${SEED}/other`).y,
      );
      const a = dgp.sampleRandomDesign(5, SEED);
      const b = dgp.sampleRandomDesign(5, `${SEED}/other`);
      // A random design redraws x as well as the noise.
      expect(a.X, other('sampleRandomDesign')).not.toEqual(b.X);
      expect(a.y, other('sampleRandomDesign')).not.toEqual(b.y);
      const c = dgp.sampleTrainAndTest(5, 3, SEED);
      const d = dgp.sampleTrainAndTest(5, 3, `${SEED}/other`);
      expect(c.train.X, other('sampleTrainAndTest')).not.toEqual(d.train.X);
      expect(c.test.X, other('sampleTrainAndTest')).not.toEqual(d.test.X);
    });

    // B4: a random design draws x as well.
    it('a random design draws each row from xDistribution and evaluates f on it', () => {
      // Uniform(0, 1) inputs: mean 1/2 and variance 1/12, checked within 4 standard errors.
      const n = 2000;
      const sample = createDataGeneratingProcess({
        trueFunction: ([x = 0]) => 3 * x,
        noiseSd: 0,
        xDistribution: uniformRow,
      }).sampleRandomDesign(n, SEED);
      const x = sample.X.map((row) => row[0]!);
      expect(
        x.every((value) => value >= 0 && value < 1),
        `the default xDistribution draws each x from [0, 1): a value outside means another distribution or scaling (${ANCHOR})`,
      ).toBe(true);
      expectClose(mean(x), 0.5, {
        rtol: 0,
        atol: 4 * Math.sqrt(1 / 12 / n),
        hint: `the random-design inputs should be the draws of xDistribution, uniform on [0, 1) here, mean 1/2 (${ANCHOR})`,
      });
      expectAllClose(
        sample.trueValues,
        x.map((value) => 3 * value),
        { ...EXACT, hint: `trueValues should be f(row) for each drawn row (${ANCHOR})` },
      );
      // noiseSd = 0: the targets are the truth itself.
      expectAllClose(sample.y, sample.trueValues, {
        ...EXACT,
        hint: `with noiseSd = 0 the targets are the truth itself (${ANCHOR})`,
      });
    });

    it('estimateNoiseVariance divides the RSS by n − p, p counting the intercept (hand derivation)', () => {
      // x = 0..3, y = [1, 2, 2, 4]: slope Sxy/Sxx = 4.5/5 = 0.9, intercept 2.25 − 1.35 = 0.9,
      // residuals [0.1, 0.2, −0.7, 0.4], RSS = 0.01 + 0.04 + 0.49 + 0.16 = 0.7, p = 2.
      const X = [[0], [1], [2], [3]];
      const y = [1, 2, 2, 4];
      const withIntercept = estimateNoiseVariance(X, y);
      expect(
        JSON.stringify([X, y]),
        'estimateNoiseVariance changed its inputs X or y: inputs are read, never written',
      ).toBe('[[[0],[1],[2],[3]],[1,2,2,4]]');
      expect(
        estimateNoiseVariance(X, y, { intercept: true }),
        'intercept: true is the default: estimateNoiseVariance(X, y) and (X, y, { intercept: true }) should agree',
      ).toEqual(withIntercept);
      expectClose(withIntercept.rss, 0.7, {
        ...EXACT,
        hint: `the RSS of the least-squares line with an intercept is 0.7 (hand derivation); 13/7 is the fit through the origin: intercept defaults to true (${ANCHOR})`,
      });
      expect(
        withIntercept.parameters,
        'p counts every fitted coefficient, the intercept included: a line has p = 2 (theory: #data-generating-processes)',
      ).toBe(2);
      expectClose(withIntercept.unbiased, 0.35, {
        ...EXACT,
        hint: 'expected RSS/(n − p) = 0.7/2 = 0.35: 0.175 is RSS/n, the maximum-likelihood estimate, which forgets the p dimensions of noise the fit absorbed; 0.7/3 is n − p with p not counting the intercept (theory: #data-generating-processes)',
      });
      expectClose(withIntercept.maximumLikelihood, 0.175, {
        ...EXACT,
        hint: `maximumLikelihood is RSS/n = 0.7/4 = 0.175 (${ANCHOR})`,
      });
      // Through the origin: slope Σxy/Σx² = 18/14 = 9/7, RSS = Σy² − slope·Σxy = 25 − 162/7 = 13/7, p = 1.
      const throughOrigin = estimateNoiseVariance(X, y, { intercept: false });
      const noIntercept = `intercept: false fits y = bx through the origin: RSS = 13/7, p = 1 (${ANCHOR})`;
      expectClose(throughOrigin.rss, 13 / 7, { ...EXACT, hint: noIntercept });
      expect(throughOrigin.parameters, noIntercept).toBe(1);
      expectClose(throughOrigin.unbiased, 13 / 21, { ...EXACT, hint: noIntercept });
      expectClose(throughOrigin.maximumLikelihood, 13 / 28, { ...EXACT, hint: noIntercept });
    });
  });

  describe('properties', () => {
    // B1 and B2: mean-zero noise of constant variance σ².
    it('the noise has mean 0 and variance σ² (σ is a standard deviation), within 4 standard errors', () => {
      // n = 4000 draws with σ = 2: SE(mean) = σ/√n ≈ 0.032 and SE(s²) = σ²·√(2/(n − 1)) ≈ 0.089.
      const n = 4000;
      const sigma = 2;
      const sample = createDataGeneratingProcess({
        trueFunction: sine,
        noiseSd: sigma,
      }).sampleFixedDesign(grid(n), SEED);
      const noise = sample.y.map((value, i) => value - sample.trueValues[i]!);
      expectClose(mean(noise), 0, {
        rtol: 0,
        atol: (4 * sigma) / Math.sqrt(n),
        hint: `the noise should have mean 0: y = f(x) + σz with z standard normal (theory: B1)`,
      });
      expectClose(sampleVariance(noise), sigma ** 2, {
        rtol: 0,
        atol: 4 * sigma ** 2 * Math.sqrt(2 / (n - 1)),
        hint: 'the noise variance should be noiseSd²; if it is noiseSd⁴ the normal draw was multiplied by the variance instead of the standard deviation (theory: #data-generating-processes)',
      });
    });

    // B1, B2 and B4: both halves are random designs from the process, noise of variance σ².
    it('sampleTrainAndTest draws both sets from xDistribution with noise of variance σ² (σ = 2.5, within 4 SE)', () => {
      // 1500 rows each: the sample variance of the noise has SE σ²√(2/(n − 1)) ≈ 0.23 against
      // σ² = 6.25, while σ itself (2.5) or σ⁴ (39) would be far outside.
      const sigma = 2.5;
      const dgp = createDataGeneratingProcess({
        trueFunction: ([x = 0]) => 4 * x,
        noiseSd: sigma,
        xDistribution: (rng) => [rng.uniformBetween(2, 3)],
      });
      const { train, test } = dgp.sampleTrainAndTest(1500, 1400, `${SEED}/sigma`);
      for (const [label, set, n] of [
        ['train', train, 1500],
        ['test', test, 1400],
      ] as const) {
        expect(set.X.length, `the ${label} set should have ${n} rows`).toBe(n);
        const x = set.X.map((row) => row[0]!);
        expect(
          x.every((value) => value >= 2 && value <= 3),
          `the ${label} rows should come from xDistribution, here uniform on [2, 3] (${ANCHOR})`,
        ).toBe(true);
        expectAllClose(
          set.trueValues,
          x.map((value) => 4 * value),
          { ...EXACT, hint: `the ${label} trueValues should be f(row) for each row (${ANCHOR})` },
        );
        const noise = set.y.map((value, i) => value - set.trueValues[i]!);
        const variance = sampleVariance(noise);
        expectClose(variance, sigma ** 2, {
          rtol: 0,
          atol: 4 * sigma ** 2 * Math.sqrt(2 / (n - 1)),
          hint: `the ${label} noise has variance ${variance.toFixed(3)}, expected σ² = 6.25: ${Math.abs(variance - sigma ** 4) < Math.abs(variance - sigma ** 2) ? 'σ⁴ means the normal draw was multiplied by the variance instead of the standard deviation' : 'noiseSd multiplies a standard normal'} (${ANCHOR})`,
        });
      }
    });

    // B3: test points from the same process, independently of the training data.
    it('the test set is independent of the training set and does not depend on the training size', () => {
      const dgp = createDataGeneratingProcess({
        trueFunction: sine,
        noiseSd: 1,
        xDistribution: uniformRow,
      });
      const small = dgp.sampleTrainAndTest(10, 20, SEED);
      const large = dgp.sampleTrainAndTest(50, 20, SEED);
      expect(
        large.test,
        'the test set changed with the training size: draw it from its own stream (e.g. `${seed}/test`), not after the training rows of one stream, so that every training size is scored on the same test set (theory: #data-generating-processes)',
      ).toEqual(small.test);
      const shared = small.test.X.some((row) => small.train.X.some((other) => other[0] === row[0]));
      expect(
        shared,
        'the test set shares rows with the training set: draw it from its own stream, not by replaying the training seed (theory: #data-generating-processes)',
      ).toBe(false);
      // Across R = 400 seeds the first training noise and the first test noise are uncorrelated:
      // the sample correlation of independent pairs has SE ≈ 1/√R = 0.05, so |r| < 4/√R.
      const replicates = 400;
      const pairs = Array.from({ length: replicates }, (_, r) => {
        const { train, test } = dgp.sampleTrainAndTest(10, 20, `${SEED}/independence/${r}`);
        return [train.y[0]! - train.trueValues[0]!, test.y[0]! - test.trueValues[0]!] as const;
      });
      const trainNoise = pairs.map(([a]) => a);
      const testNoise = pairs.map(([, b]) => b);
      const trainMean = mean(trainNoise);
      const testMean = mean(testNoise);
      const covariance =
        pairs.reduce((sum, [a, b]) => sum + (a - trainMean) * (b - testMean), 0) / (replicates - 1);
      const correlation =
        covariance / Math.sqrt(sampleVariance(trainNoise) * sampleVariance(testNoise));
      expectClose(correlation, 0, {
        rtol: 0,
        atol: 4 / Math.sqrt(replicates),
        hint: 'training and test noise are correlated: the test set must come from its own stream, not replay the training stream (theory: #data-generating-processes)',
      });
    });
    // B6: the seed names both sets, so either can be rebuilt from it alone.
    it('sampleTrainAndTest is sampleRandomDesign on the streams `${seed}/train` and `${seed}/test`', () => {
      const dgp = createDataGeneratingProcess({
        trueFunction: ([x = 0, w = 0]) => x - 2 * w,
        noiseSd: 0.7,
        xDistribution: (rng) => [rng.uniform(), rng.normal()],
      });
      const seed = `${SEED}/named`;
      const { train, test } = dgp.sampleTrainAndTest(6, 4, seed);
      expect(
        train,
        `the training set should be sampleRandomDesign(nTrain, \`\${seed}/train\`): the header names both streams so that anyone can rebuild the data from the seed (${ANCHOR})`,
      ).toEqual(dgp.sampleRandomDesign(6, `${seed}/train`));
      expect(
        test,
        `the test set should be sampleRandomDesign(nTest, \`\${seed}/test\`) (${ANCHOR})`,
      ).toEqual(dgp.sampleRandomDesign(4, `${seed}/test`));
    });
  });

  describe('diagnostics', () => {
    // B2: E[RSS] = σ²(n − p) needs independent noise of constant variance.
    it('E[RSS/(n − p)] = σ² while E[RSS/n] = σ²(1 − p/n) (Monte Carlo within 4 standard errors)', () => {
      // Fixed design: n = 10 points, columns [x, x²] plus the intercept, so p = 3; the truth
      // 1 + 2x − x² lies in the model, σ = 1.5. RSS/σ² ~ χ²(7), so one replicate of RSS/(n − p)
      // has SD σ²√(2/7) ≈ 1.2 and R = 500 replicates give SE ≈ 0.054 against σ² = 2.25, while
      // RSS/n averages 1.575 and RSS/(n − 2) (p without the intercept) 1.97, 5 SE away.
      const n = 10;
      const sigma = 1.5;
      const design = grid(n).map(([x = 0]) => [x, x * x]);
      const dgp = createDataGeneratingProcess({
        trueFunction: ([x = 0]) => 1 + 2 * x - x * x,
        noiseSd: sigma,
      });
      const replicates = 500;
      const unbiased: number[] = [];
      const maximumLikelihood: number[] = [];
      for (let r = 0; r < replicates; r += 1) {
        const { y } = dgp.sampleFixedDesign(grid(n), `${SEED}/rss/${r}`);
        const estimate = estimateNoiseVariance(design, y);
        unbiased.push(estimate.unbiased);
        maximumLikelihood.push(estimate.maximumLikelihood);
      }
      expectClose(mean(unbiased), sigma ** 2, {
        rtol: 0,
        atol: 4 * standardError(unbiased),
        hint: 'E[RSS/(n − p)] should be σ²: looks like the RSS was divided by n, or by n − p with p not counting the intercept (theory: #data-generating-processes)',
      });
      expectClose(mean(maximumLikelihood), sigma ** 2 * (1 - 3 / n), {
        rtol: 0,
        atol: 4 * standardError(maximumLikelihood),
        hint: `E[RSS/n] should be σ²(1 − p/n) = 1.575, p = 3 with the intercept (${ANCHOR})`,
      });
    });

    // B4: the random-design formula differs from the fixed-design σ²p/n; B3 for the fresh test points.
    it('random design, x ~ N(0, I): E‖β̂ − β‖² = σ²p/(n − p − 1) and test error σ²(1 + p/(n − p − 1))', () => {
      // y = xᵀβ + ε with p = 3 standard-normal inputs, no intercept, n = 20, σ = 0.5. The inverse-
      // Wishart mean E[(XᵀX)⁻¹] = I/(n − p − 1) gives E‖β̂ − β‖² = σ²·p/(n − p − 1) = 0.75/16 and,
      // on fresh test points (Σ = I), E[test MSE] = σ² + E‖β̂ − β‖² = 0.296875, above the
      // fixed-design in-sample value σ²(1 + p/n) = 0.2875. R = 600 replicates; the standard
      // errors are measured from the replicates (about 0.002 for the first mean and 0.003 for
      // the second).
      const beta = [1, -2, 0.5];
      const sigma = 0.5;
      const n = 20;
      const p = beta.length;
      const dgp = createDataGeneratingProcess({
        trueFunction: (row) => row.reduce((sum, value, j) => sum + value * beta[j]!, 0),
        noiseSd: sigma,
        xDistribution: (rng) => rng.normalVector(p),
      });
      const replicates = 600;
      const squaredErrors: number[] = [];
      const testErrors: number[] = [];
      for (let r = 0; r < replicates; r += 1) {
        const { train, test } = dgp.sampleTrainAndTest(n, 50, `${SEED}/random-design/${r}`);
        const { coefficients } = fitLeastSquares('spec', train.X, train.y);
        squaredErrors.push(coefficients.reduce((sum, b, j) => sum + (b - beta[j]!) ** 2, 0));
        const predictions = test.X.map((row) =>
          row.reduce((sum, value, j) => sum + value * coefficients[j]!, 0),
        );
        testErrors.push(mean(test.y.map((value, i) => (value - predictions[i]!) ** 2)));
      }
      expectClose(mean(squaredErrors), (sigma ** 2 * p) / (n - p - 1), {
        rtol: 0,
        atol: 4 * standardError(squaredErrors),
        hint: `E‖β̂ − β‖² should be σ²p/(n − p − 1) with σ² = noiseSd² = 0.25 (${ANCHOR})`,
      });
      expectClose(mean(testErrors), sigma ** 2 * (1 + p / (n - p - 1)), {
        rtol: 0,
        atol: 4 * standardError(testErrors),
        hint: 'the test error is too low for fresh inputs: are the test rows drawn independently of the training rows? (theory: #data-generating-processes)',
      });
    });
  });

  describe('errors', () => {
    it('createDataGeneratingProcess rejects a negative noiseSd and options that are not functions', () => {
      const name = 'createDataGeneratingProcess';
      expectLabError(
        () => createDataGeneratingProcess({ trueFunction: sine, noiseSd: -1 }),
        InvalidArgumentError,
        name,
      );
      for (const noiseSd of [Number.NaN, Number.POSITIVE_INFINITY, '0.3']) {
        expectLabError(
          () =>
            createDataGeneratingProcess({
              trueFunction: sine,
              noiseSd: noiseSd as unknown as number,
            }),
          InvalidArgumentError,
          name,
        );
      }
      expectLabError(
        () =>
          createDataGeneratingProcess({
            trueFunction: 3 as unknown as (row: number[]) => number,
            noiseSd: 1,
          }),
        InvalidArgumentError,
        name,
      );
      expectLabError(
        () =>
          createDataGeneratingProcess({
            trueFunction: sine,
            noiseSd: 1,
            xDistribution: 'uniform' as unknown as (rng: Rng) => number[],
          }),
        InvalidArgumentError,
        name,
      );
    });

    it('the sampling methods reject bad designs, sizes and non-finite values, naming the method', () => {
      const dgp = createDataGeneratingProcess({ trueFunction: sine, noiseSd: 1 });
      expectLabError(() => dgp.sampleFixedDesign([], SEED), EmptyInputError, 'sampleFixedDesign');
      expectLabError(
        () => dgp.sampleFixedDesign([[0], [Number.NaN]], SEED),
        NonFiniteValueError,
        'sampleFixedDesign',
      );
      expectLabError(
        () => dgp.sampleFixedDesign([[0], [1, 2]], SEED),
        ShapeMismatchError,
        'sampleFixedDesign',
      );
      expectLabError(
        () =>
          createDataGeneratingProcess({
            trueFunction: () => Number.NaN,
            noiseSd: 1,
          }).sampleFixedDesign([[0]], SEED),
        NonFiniteValueError,
        'sampleFixedDesign',
      );
      expectLabError(
        () => dgp.sampleRandomDesign(5, SEED),
        InvalidArgumentError,
        'sampleRandomDesign',
      );
      expectLabError(
        () => dgp.sampleTrainAndTest(5, 5, SEED),
        InvalidArgumentError,
        'sampleTrainAndTest',
      );
      const random = createDataGeneratingProcess({
        trueFunction: sine,
        noiseSd: 1,
        xDistribution: uniformRow,
      });
      expectLabError(
        () => random.sampleRandomDesign(2.5, SEED),
        InvalidArgumentError,
        'sampleRandomDesign',
      );
      expectLabError(
        () => random.sampleRandomDesign(0, SEED),
        InvalidArgumentError,
        'sampleRandomDesign',
      );
      expectLabError(
        () => random.sampleTrainAndTest(5, 0, SEED),
        InvalidArgumentError,
        'sampleTrainAndTest',
      );
      expectLabError(
        () =>
          createDataGeneratingProcess({
            trueFunction: sine,
            noiseSd: 1,
            xDistribution: () => [Number.POSITIVE_INFINITY],
          }).sampleRandomDesign(3, SEED),
        NonFiniteValueError,
        'sampleRandomDesign',
      );
      // A seed names a stream: a string or a finite number (helpers/random.ts). NaN, null or
      // an object would all print as some string, so they must be refused, not stringified.
      const methods = {
        sampleFixedDesign: (seed: unknown) =>
          random.sampleFixedDesign([[0], [1]], seed as string | number),
        sampleRandomDesign: (seed: unknown) =>
          random.sampleRandomDesign(2, seed as string | number),
        sampleTrainAndTest: (seed: unknown) =>
          random.sampleTrainAndTest(2, 2, seed as string | number),
      };
      for (const [method, draw] of Object.entries(methods)) {
        for (const [label, seed] of [
          ['NaN', Number.NaN],
          ['null', null],
          ['an object', { seed: 1 }],
        ] as const) {
          expectLabError(
            () => draw(seed),
            InvalidArgumentError,
            method,
            `${method} with a seed that is ${label}: a seed is a string or a finite number, and the error names the method called`,
          );
        }
      }
    });

    it('estimateNoiseVariance rejects mismatched data, no residual degrees of freedom and rank deficiency', () => {
      const name = 'estimateNoiseVariance';
      expectLabError(() => estimateNoiseVariance([[1], [2]], [1]), ShapeMismatchError, name);
      expectLabError(
        () => estimateNoiseVariance([[1, 0], [2], [3, 1], [4, 0]], [1, 2, 3, 5]),
        ShapeMismatchError,
        name,
      );
      expectLabError(() => estimateNoiseVariance([], []), EmptyInputError, name);
      // n = p = 2: RSS is 0 and RSS/(n − p) is 0/0.
      expectLabError(() => estimateNoiseVariance([[1], [2]], [1, 3]), EmptyInputError, name);
      expectLabError(
        () =>
          estimateNoiseVariance(
            [
              [1, 2],
              [2, 4],
              [3, 6],
              [4, 8],
            ],
            [1, 2, 3, 5],
          ),
        RankDeficiencyError,
        name,
      );
      expectLabError(
        () => estimateNoiseVariance([[1], [2], [3]], [1, Number.NaN, 2]),
        NonFiniteValueError,
        name,
      );
    });
  });
  describe('scale (data near 10^±200)', () => {
    it('noise-variance estimates beyond double precision throw NonFiniteValueError; X at 10^±200 changes nothing', () => {
      // The hand example: X = 0…3, y = (1, 2, 2, 4), RSS 0.7 with an intercept. Every estimate has
      // the units of y², so y × 10^±200 puts it near 10^±400: not a double, never ∞ or 0.
      const X = [[0], [1], [2], [3]];
      const y = [1, 2, 2, 4];
      for (const factor of [1e200, 1e-200]) {
        expectLabError(
          () =>
            estimateNoiseVariance(
              X,
              y.map((v) => v * factor),
            ),
          NonFiniteValueError,
          'estimateNoiseVariance',
          `y × ${factor}: RSS is 0.7·${factor}², outside double precision: expected the overflow error, not ∞ or 0 (${ANCHOR})`,
        );
        // Rescaling a column rescales its coefficient only: the RSS stays 0.7 (hand derivation).
        const moved = estimateNoiseVariance(
          X.map(([x]) => [(x as number) * factor]),
          y,
        );
        expectClose(moved.rss, 0.7, {
          rtol: 1e-10,
          atol: 0,
          hint: `X × ${factor}: the RSS does not depend on the units of x (${ANCHOR})`,
        });
        expectClose(moved.unbiased, 0.35, {
          rtol: 1e-10,
          atol: 0,
          hint: `X × ${factor}: RSS/(n − p) = 0.35 whatever the units of x (${ANCHOR})`,
        });
      }
    });
  });
});
