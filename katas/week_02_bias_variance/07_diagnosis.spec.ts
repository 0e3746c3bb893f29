/**
 * Spec for kata 02.07 — Diagnosis.
 * Theory: theory/week_02_bias_variance.md#diagnosing-bias-and-variance
 * Assumptions checked: B1 and B2 (the target σ² is the best achievable squared error), B3 (the
 * validation rows come from the distribution the model will meet), B5 (squared-error loss).
 */
import { AssertionError } from 'node:assert';
import { describe, expect, it } from 'vitest';
import { expectClose, expectLabError } from '../../helpers/assertions';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  ShapeMismatchError,
} from '../../helpers/errors';
import { leastSquaresFitter, type Matrix } from '../../helpers/fitters';
import { assertProperty, fc } from '../../helpers/properties';
import { createRng } from '../../helpers/random';
import { diagnoseFit, diagnoseLearningCurve, diagnoseValidationCurve } from './07_diagnosis';

const SEED = 'kata-02.07';
/** fast-check's seed for the property specs: the same inputs on every run. */
const PROPERTY_SEED = 20207;
const ANCHOR = 'theory: #diagnosing-bias-and-variance';
const EXACT = { rtol: 1e-12, atol: 1e-12 };

// The seeded settings: f(x) = x³ − 2x with x ~ U(−2, 2) and σ = 0.5, so the best achievable
// MSE (the target) is σ² = 0.25. A degree-1 fit misses the cubic by
// E[(x³ − 2.4x)²] ≈ 1.46 on top of σ² (hand derivation: project x³ on x under U(−2, 2)).
const NOISE_SD = 0.5;
const TARGET = NOISE_SD ** 2;
const truth = (x: number): number => x ** 3 - 2 * x;

function draw(label: string, n: number): { X: Matrix; y: number[] } {
  const rng = createRng(`${SEED}-${label}`);
  const x = Array.from({ length: n }, () => rng.uniformBetween(-2, 2));
  return {
    X: x.map((value) => [value]),
    y: x.map((value) => truth(value) + rng.normal(0, NOISE_SD)),
  };
}

/** expectLabError, with the case named in the message when it fails. */
function expectRejected(
  what: string,
  action: () => unknown,
  errorClass: Parameters<typeof expectLabError>[1],
  functionName: string,
): void {
  try {
    expectLabError(action, errorClass, functionName);
  } catch (error) {
    if (error instanceof AssertionError)
      throw new AssertionError({ message: `${what}: ${error.message} (${ANCHOR})` });
    throw error;
  }
}

const mse = (y: readonly number[], predictions: readonly number[]): number =>
  y.reduce((sum, value, i) => sum + (value - predictions[i]!) ** 2, 0) / y.length;

/** Training and validation MSE of a polynomial of this degree fitted on n seeded rows. */
function polynomialErrors(
  degree: number,
  n: number,
): { trainError: number; validationError: number } {
  const train = draw(`train-${n}`, n);
  const validation = draw('validation', 500);
  const predict = leastSquaresFitter({ degree })(train.X, train.y);
  return {
    trainError: mse(train.y, predict(train.X)),
    validationError: mse(validation.y, predict(validation.X)),
  };
}

describe('kata 02.07 diagnosis', () => {
  describe('definition', () => {
    it('a training error well above the target is high bias, and calls for more capacity', () => {
      // excess = 1.0 − 0.25 = 0.75 > 0.5·0.25; gap = 0.1 ≤ 0.125.
      const result = diagnoseFit({ trainError: 1.0, validationError: 1.1, targetError: 0.25 });
      const what = `train 1, validation 1.1, target 0.25: excess 0.75 > 0.125 is high bias, gap 0.1 ≤ 0.125 is not high variance (${ANCHOR})`;
      expect(result.diagnosis, what).toBe('high-bias');
      expect(result.action, `high bias calls for more capacity: ${what}`).toBe('increase-capacity');
      expectClose(result.excess, 0.75, {
        ...EXACT,
        hint: `excess = trainError − targetError = 1 − 0.25, not a ratio (${ANCHOR})`,
      });
      expectClose(result.gap, 0.1, {
        ...EXACT,
        hint: `gap = validationError − trainError = 1.1 − 1 (${ANCHOR})`,
      });
      // A finding is a sentence that quotes the numbers it is about.
      expect(result.findings, `one finding, for the bias only: ${what}`).toHaveLength(1);
      expect(
        result.findings[0],
        `the bias finding quotes "training error 1" and the excess 0.75 (${ANCHOR})`,
      ).toMatch(/training error 1\b.*0\.75/);
    });

    it('a validation error well above a low training error is high variance, and calls for more data or regularisation', () => {
      // excess = −0.05; gap = 0.7 > 0.125. A training error below the target is expected of
      // a flexible fit (E[RSS/n] = σ²(1 − p/n)), not a sign of a good one.
      const result = diagnoseFit({ trainError: 0.2, validationError: 0.9, targetError: 0.25 });
      const what = `train 0.2, validation 0.9, target 0.25: gap 0.7 > 0.125 is high variance; excess −0.05 is not bias (${ANCHOR})`;
      expect(result.diagnosis, what).toBe('high-variance');
      expect(result.action, `high variance calls for more data or regularisation: ${what}`).toBe(
        'more-data-or-regularisation',
      );
      expectClose(result.excess, -0.05, {
        ...EXACT,
        hint: `excess = 0.2 − 0.25 is negative below the target, not clipped at 0 (${ANCHOR})`,
      });
      expectClose(result.gap, 0.7, { ...EXACT, hint: `gap = 0.9 − 0.2: ${what}` });
      expect(result.findings, `one finding, for the variance only: ${what}`).toHaveLength(1);
      expect(
        result.findings[0],
        `the variance finding quotes "validation error 0.9" and the gap 0.7 (${ANCHOR})`,
      ).toMatch(/validation error 0\.9\b.*0\.7/);
    });

    it('errors close to the target with a small gap are a good fit, which is kept', () => {
      const result = diagnoseFit({ trainError: 0.24, validationError: 0.3, targetError: 0.25 });
      const what = `train 0.24, validation 0.3, target 0.25: excess −0.01 and gap 0.06 are both within 0.125, a good fit that is kept with no findings (${ANCHOR})`;
      expect(result.diagnosis, what).toBe('good-fit');
      expect(result.action, what).toBe('keep');
      expect(result.findings, what).toEqual([]);
    });

    it('the thresholds are strict, relative to the target, and default to half of it', () => {
      // target 1: the training error may reach 1.5 and the gap 0.5 before either is flagged.
      expect(
        diagnoseFit({ trainError: 1.5, validationError: 2, targetError: 1 }).diagnosis,
        `excess 0.5 and gap 0.5 are exactly at the default tolerances, half the target: the thresholds are strict, only more than that is flagged (${ANCHOR})`,
      ).toBe('good-fit');
      expect(
        diagnoseFit({ trainError: 1.5 + 1e-9, validationError: 1.6, targetError: 1 }).diagnosis,
        `excess just above 0.5·target (default biasTolerance 0.5) is high bias (${ANCHOR})`,
      ).toBe('high-bias');
      expect(
        diagnoseFit({ trainError: 0.5, validationError: 1.0 + 1e-9, targetError: 1 }).diagnosis,
        `gap just above 0.5·target (default gapTolerance 0.5) is high variance (${ANCHOR})`,
      ).toBe('high-variance');
      expect(
        diagnoseFit({ trainError: 1.3, validationError: 1.35, targetError: 1, biasTolerance: 0.2 })
          .diagnosis,
        `biasTolerance 0.2 replaces the default: excess 0.3 > 0.2·target 1 (${ANCHOR})`,
      ).toBe('high-bias');
      expect(
        diagnoseFit({ trainError: 0.9, validationError: 1.2, targetError: 1, gapTolerance: 0.25 })
          .diagnosis,
        `gapTolerance 0.25 replaces the default: gap 0.3 > 0.25·target 1 (${ANCHOR})`,
      ).toBe('high-variance');
    });

    it('when both bias and variance are out of tolerance, the larger decides and both are reported', () => {
      // excess 1 vs gap 2 → variance; excess 2 vs gap 1 → bias (Machine Learning Yearning §20–22).
      const varianceFirst = diagnoseFit({ trainError: 2, validationError: 4, targetError: 1 });
      const larger = `when both are out of tolerance the larger of excess and gap decides: it is where the held-out error can fall furthest (${ANCHOR})`;
      expect(varianceFirst.diagnosis, larger).toBe('high-variance');
      expect(varianceFirst.findings, `both problems are reported: ${larger}`).toHaveLength(2);
      const biasFirst = diagnoseFit({ trainError: 3, validationError: 4, targetError: 1 });
      expect(biasFirst.diagnosis, larger).toBe('high-bias');
      expect(biasFirst.findings, `both problems are reported: ${larger}`).toHaveLength(2);
      const order = `findings list the bias sentence first ("training error 2 …", with the excess 1), then the variance sentence ("validation error 4 …", with the gap 2) (${ANCHOR})`;
      expect(varianceFirst.findings[0], order).toMatch(/training error 2\b.*\b1\b/);
      expect(varianceFirst.findings[1], order).toMatch(/validation error 4\b.*\b2\b/);
      expect(varianceFirst.action, `the action follows the deciding problem: ${larger}`).toBe(
        'more-data-or-regularisation',
      );
      expect(biasFirst.action, `the action follows the deciding problem: ${larger}`).toBe(
        'increase-capacity',
      );
      // excess 1 = gap 1: a tie goes to bias (the header's rule), since capacity comes first.
      const tie = diagnoseFit({ trainError: 2, validationError: 3, targetError: 1 });
      expect(tie.diagnosis, 'when excess equals gap, ties go to bias').toBe('high-bias');
    });
  });

  describe('properties', () => {
    it('the diagnosis does not depend on the units: scaling every error and the target by the same factor changes nothing (property, fast-check)', () => {
      // Errors are integers and the factor a power of two, so the scaled numbers are exact and
      // a threshold comparison cannot flip by rounding.
      const setting = fc.record({
        trainError: fc.integer({ min: 0, max: 40 }),
        validationError: fc.integer({ min: 0, max: 40 }),
        targetError: fc.integer({ min: 1, max: 20 }),
        exponent: fc.integer({ min: -20, max: 20 }),
      });
      assertProperty(
        fc.property(setting, ({ trainError, validationError, targetError, exponent }) => {
          const factor = 2 ** exponent;
          const original = diagnoseFit({ trainError, validationError, targetError });
          const scaled = diagnoseFit({
            trainError: trainError * factor,
            validationError: validationError * factor,
            targetError: targetError * factor,
          });
          expect(
            scaled.diagnosis,
            `the tolerances are fractions of the target, so a change of units (every error and the target times ${factor}) cannot change the diagnosis; thresholds not relative to the target do (${ANCHOR})`,
          ).toBe(original.diagnosis);
          expect(
            scaled.action,
            `the action follows the diagnosis, so scaling every error and the target by ${factor} cannot change it either (${ANCHOR})`,
          ).toBe(original.action);
        }),
        { seed: PROPERTY_SEED, numRuns: 200 },
      );
    });
  });

  describe('diagnostics', () => {
    // B1 and B2: with additive noise of variance σ², σ² is the best achievable MSE, the target.
    it('seeded: a straight line through a cubic truth is high bias', () => {
      const errors = polynomialErrors(1, 200);
      expect(
        diagnoseFit({ ...errors, targetError: TARGET }).diagnosis,
        `a straight line through a cubic truth: training and validation errors both far above the target, high bias (${ANCHOR})`,
      ).toBe('high-bias');
    });

    it('seeded: a degree-12 polynomial on 15 rows is high variance', () => {
      const errors = polynomialErrors(12, 15);
      expect(
        errors.trainError,
        `degree 12 on 15 rows fits the noise: training error ${errors.trainError} should be below the target ${TARGET} (${ANCHOR})`,
      ).toBeLessThan(TARGET); // it fits the noise: σ²(1 − 13/15) on average
      expect(
        diagnoseFit({ ...errors, targetError: TARGET }).diagnosis,
        `degree 12 on 15 rows: low training error and a wide gap to validation, high variance (${ANCHOR})`,
      ).toBe('high-variance');
    });

    it('seeded: a cubic fitted on 200 rows is a good fit', () => {
      // Expected gap ≈ 2pσ²/n = 0.01, sampling SD ≈ σ²·sqrt(2/200 + 2/500) ≈ 0.03, threshold 0.125.
      const errors = polynomialErrors(3, 200);
      expect(
        diagnoseFit({ ...errors, targetError: TARGET }).diagnosis,
        `a cubic on 200 rows: training and validation errors near the target and close together, a good fit (${ANCHOR})`,
      ).toBe('good-fit');
    });

    it('a learning curve is read at its largest training size, and more data helps only while the gap is open and validation error still falls', () => {
      const sizes = [10, 20, 40, 80];
      // Converged above the target with a closed gap: more data will not help.
      const plateauCurve = {
        trainSizes: sizes,
        trainError: [0.8, 1.1, 1.25, 1.3],
        validationError: [2.0, 1.6, 1.45, 1.4],
      };
      const plateauBefore = structuredClone(plateauCurve);
      const plateau = diagnoseLearningCurve(plateauCurve, { targetError: 0.25 });
      expect(
        plateauCurve,
        'diagnoseLearningCurve changed the curve it was given: read trainSizes and the errors, never sort or overwrite them (no function modifies its arguments)',
      ).toEqual(plateauBefore);
      const lastPoint = `a learning curve is diagnosed at its largest training size, the data you have: every curve starts with a wide gap (${ANCHOR})`;
      expect(plateau.diagnosis, lastPoint).toBe('high-bias');
      // The fields are those of diagnoseFit at the last point: excess 1.3 − 0.25, gap 1.4 − 1.3.
      expectClose(plateau.excess, 1.05, { ...EXACT, hint: lastPoint });
      expectClose(plateau.gap, 0.1, { ...EXACT, hint: lastPoint });
      expect(plateau.action, lastPoint).toBe('increase-capacity');
      expect(plateau.findings, lastPoint).toHaveLength(1);
      expect(plateau.findings[0], lastPoint).toMatch(/training error 1\.3\b/);
      expect(
        plateau.moreDataHelps,
        `converged curves with a closed gap: more data will not help (${ANCHOR})`,
      ).toBe(false);
      // A wide gap that is still closing: more data helps.
      const closing = diagnoseLearningCurve(
        {
          trainSizes: sizes,
          trainError: [0.02, 0.08, 0.12, 0.16],
          validationError: [3, 1.5, 0.9, 0.6],
        },
        { targetError: 0.25 },
      );
      expect(closing.diagnosis, lastPoint).toBe('high-variance');
      expect(closing.action, lastPoint).toBe('more-data-or-regularisation');
      expect(
        closing.moreDataHelps,
        `the gap is open at the last point and the validation error still falls into it: more data helps (${ANCHOR})`,
      ).toBe(true);
      const stalled = diagnoseLearningCurve(
        {
          trainSizes: sizes,
          trainError: [0.02, 0.08, 0.12, 0.16],
          validationError: [3, 1.5, 0.6, 0.6],
        },
        { targetError: 0.25 },
      );
      expect(
        stalled.moreDataHelps,
        `the gap is open but the validation error no longer falls into the last point: more data helps only while it is still falling (${ANCHOR})`,
      ).toBe(false);
      // A gap exactly at the tolerance (0.125 = 0.5 · 0.25) is not high: no more data needed.
      const atTolerance = diagnoseLearningCurve(
        {
          trainSizes: sizes,
          trainError: [0.02, 0.08, 0.12, 0.125],
          validationError: [3, 1.5, 0.9, 0.25],
        },
        { targetError: 0.25 },
      );
      expect(
        atTolerance.diagnosis,
        `gap 0.125 = 0.5·target 0.25 at the last point is at the tolerance, not above it (${ANCHOR})`,
      ).toBe('good-fit');
      expect(atTolerance.moreDataHelps, 'a gap at the tolerance is not high (strict)').toBe(false);
      // Early points have wide gaps on every curve; only the last one is the data you have.
      const converged = diagnoseLearningCurve(
        {
          trainSizes: sizes,
          trainError: [0.1, 0.18, 0.22, 0.24],
          validationError: [0.6, 0.35, 0.3, 0.27],
        },
        { targetError: 0.25 },
      );
      expect(converged.diagnosis, lastPoint).toBe('good-fit');
      expect(converged.action, lastPoint).toBe('keep');
      expect(converged.findings, lastPoint).toEqual([]);
      expect(converged.moreDataHelps, `a good fit needs no more data (${ANCHOR})`).toBe(false);
    });

    it('a learning curve uses the same criteria as diagnoseFit: tolerances default to half the target and are passed through when given', () => {
      const sizes = [10, 20];
      // Excess exactly 0.5·target at the last point: not high by default (strict); a bias
      // tolerance of 0.4 makes it high. The gap 0.05 stays within any tolerance used here.
      const curve = { trainSizes: sizes, trainError: [1.2, 1.5], validationError: [1.8, 1.55] };
      const hint = `diagnoseLearningCurve applies diagnoseFit's criteria at the last point: biasTolerance and gapTolerance default to 0.5 and, when given, replace the defaults (${ANCHOR})`;
      expect(diagnoseLearningCurve(curve, { targetError: 1 }).diagnosis, hint).toBe('good-fit');
      expect(
        diagnoseLearningCurve(curve, { targetError: 1, biasTolerance: 0.4 }).diagnosis,
        hint,
      ).toBe('high-bias');
      // Excess 0.6·target (1.6 − 1) is above the default 0.5 and below any default ≥ 0.6: high
      // bias only when the omitted tolerance is half the target (hand arithmetic).
      const above = { trainSizes: sizes, trainError: [1.2, 1.6], validationError: [1.8, 1.65] };
      expect(
        diagnoseLearningCurve(above, { targetError: 1 }).diagnosis,
        `excess 0.6 > 0.5·target 1 with biasTolerance omitted: high bias; good-fit suggests a default other than 0.5 — ${hint}`,
      ).toBe('high-bias');
      // A gap of 0.5 is at the default tolerance, above a gap tolerance of 0.3; more data helps
      // only once the gap counts as high.
      const open = { trainSizes: sizes, trainError: [0.5, 0.7], validationError: [1.6, 1.2] };
      const atDefault = diagnoseLearningCurve(open, { targetError: 1 });
      expect(atDefault.diagnosis, hint).toBe('good-fit');
      expect(atDefault.moreDataHelps, hint).toBe(false);
      const tighter = diagnoseLearningCurve(open, { targetError: 1, gapTolerance: 0.3 });
      expect(tighter.diagnosis, hint).toBe('high-variance');
      expect(tighter.moreDataHelps, hint).toBe(true);
      // A gap of 0.6 (1.1 − 0.5) is above the default 0.5·target: high variance with the
      // tolerance omitted, and the validation error still falls, so more data helps.
      const wider = { trainSizes: sizes, trainError: [0.3, 0.5], validationError: [1.6, 1.1] };
      const wideDefault = diagnoseLearningCurve(wider, { targetError: 1 });
      const wideHint = `gap 0.6 > 0.5·target 1 with gapTolerance omitted: high variance, and more data helps; good-fit suggests a default other than 0.5 — ${hint}`;
      expect(wideDefault.diagnosis, wideHint).toBe('high-variance');
      expect(wideDefault.moreDataHelps, wideHint).toBe(true);
    });

    // B3: the validation rows are drawn like the rows the model will meet.
    it('along a seeded validation curve over degree, low degrees are high bias and the best degree is a good fit', () => {
      const train = draw('curve', 60);
      const validation = draw('validation', 500);
      const degrees = Array.from({ length: 10 }, (_, k) => k + 1);
      const trainError: number[] = [];
      const validationError: number[] = [];
      for (const degree of degrees) {
        const predict = leastSquaresFitter({ degree })(train.X, train.y);
        trainError.push(mse(train.y, predict(train.X)));
        validationError.push(mse(validation.y, predict(validation.X)));
      }
      const result = diagnoseValidationCurve(
        { values: degrees, trainError, validationError },
        { targetError: TARGET },
      );
      expect(result.diagnoses, 'one diagnosis per degree').toHaveLength(degrees.length);
      expect(
        result.diagnoses[0]?.diagnosis,
        `a straight line through a cubic is high bias (${ANCHOR})`,
      ).toBe('high-bias');
      expect(
        result.bestIndex,
        `the best setting has the smallest validation error (index ${validationError.indexOf(Math.min(...validationError))}), not the smallest gap or training error (${ANCHOR})`,
      ).toBe(validationError.indexOf(Math.min(...validationError)));
      expect(result.bestValue, 'bestValue is the setting itself, values[bestIndex]').toBe(
        degrees[result.bestIndex],
      );
      expect(
        result.bestValue,
        `a cubic truth needs degree ≥ 3: the best degree ${result.bestValue} is too low, is the best setting the smallest validation error? (${ANCHOR})`,
      ).toBeGreaterThanOrEqual(3); // a cubic truth needs degree ≥ 3
      expect(
        result.diagnoses[result.bestIndex]?.diagnosis,
        `the best degree, fitted on 60 rows, is within tolerance of σ² (${ANCHOR})`,
      ).toBe('good-fit');
      expect(result.atEdge, 'the minimum is inside the grid').toBe(false);
    });

    it('a validation curve picks the smallest validation error, not the smallest gap or training error, and diagnoses every setting with the given criteria', () => {
      // Three plausible rankings disagree here: the smallest validation error is at index 2,
      // the smallest gap (0.02) at index 3, the smallest training error at index 0.
      const curve = {
        values: [1, 2, 4, 8],
        trainError: [0.1, 0.2, 0.3, 0.6],
        validationError: [0.9, 0.5, 0.45, 0.62],
      };
      const before = structuredClone(curve);
      const result = diagnoseValidationCurve(curve, { targetError: 0.5 });
      const best = `the best setting has the smallest validation error (index 2, value 4), whatever its gap or training error (${ANCHOR})`;
      expect(result.bestIndex, best).toBe(2);
      expect(result.bestValue, best).toBe(4);
      expect(result.atEdge, best).toBe(false);
      expect(curve, 'the curve changed during the call: read it, never sort it in place').toEqual(
        before,
      );
      // Target 0.5, default tolerances 0.25 each: excess −0.4, −0.3, −0.2, 0.1 and gaps 0.8,
      // 0.3, 0.15, 0.02 → high variance, high variance, good fit, good fit (hand arithmetic,
      // no value near a threshold).
      const expected = [
        ['high-variance', -0.4, 0.8],
        ['high-variance', -0.3, 0.3],
        ['good-fit', -0.2, 0.15],
        ['good-fit', 0.1, 0.02],
      ] as const;
      expected.forEach(([diagnosis, excess, gap], k) => {
        const got = result.diagnoses[k];
        const what = `diagnoses[${k}] should be diagnoseFit at setting ${curve.values[k]} with the curve's criteria: ${diagnosis}, excess ${excess}, gap ${gap} (${ANCHOR})`;
        expect(got?.diagnosis, what).toBe(diagnosis);
        expectClose(got?.excess ?? Number.NaN, excess, { ...EXACT, hint: what });
        expectClose(got?.gap ?? Number.NaN, gap, { ...EXACT, hint: what });
      });
      expect(
        result.diagnoses[0]?.action,
        `diagnoses[0] is high bias: its action is more-data-or-regularisation as diagnoseFit gives it (${ANCHOR})`,
      ).toBe('more-data-or-regularisation');
      expect(
        result.diagnoses[0]?.findings,
        `diagnoses[0]: one finding, the one that decided the diagnosis (${ANCHOR})`,
      ).toHaveLength(1);
      expect(
        result.diagnoses[3]?.action,
        `diagnoses[3] is a good fit: its action is keep (${ANCHOR})`,
      ).toBe('keep');
      // Given tolerances replace the defaults: biasTolerance 0.1 flags the last setting.
      const strict = diagnoseValidationCurve(curve, { targetError: 0.5, biasTolerance: 0.1 });
      expect(
        strict.diagnoses[3]?.diagnosis,
        `biasTolerance 0.1 of the target 0.5 is 0.05 < excess 0.1: high bias (${ANCHOR})`,
      ).toBe('high-bias');
      const loose = diagnoseValidationCurve(curve, { targetError: 0.5, gapTolerance: 1 });
      expect(
        loose.diagnoses[1]?.diagnosis,
        `gapTolerance 1 of the target is 0.5 > gap 0.3 (${ANCHOR})`,
      ).toBe('good-fit');
      // Omitted tolerances are half the target at every setting: excess 0.6 (1.6 − 1) and gap
      // 0.6 (1.1 − 0.5) are just above 0.5·target 1, so only a default of 0.5 flags them.
      const nearDefault = diagnoseValidationCurve(
        { values: [1, 2, 3], trainError: [1.6, 0.5, 1], validationError: [1.65, 1.1, 1.1] },
        { targetError: 1 },
      );
      ['high-bias', 'high-variance', 'good-fit'].forEach((diagnosis, k) => {
        expect(
          nearDefault.diagnoses[k]?.diagnosis,
          `setting ${k + 1} (excess ${[0.6, -0.5, 0][k]}, gap ${[0.05, 0.6, 0.1][k]}, target 1, tolerances omitted): ${diagnosis}; biasTolerance and gapTolerance default to 0.5 in every diagnoseFit of the curve (${ANCHOR})`,
        ).toBe(diagnosis);
      });
    });

    it('a validation curve whose minimum sits at the end of the grid says so', () => {
      const result = diagnoseValidationCurve(
        {
          values: [0.001, 0.01, 0.1, 1],
          trainError: [0.1, 0.15, 0.2, 0.25],
          validationError: [0.5, 0.4, 0.35, 0.3],
        },
        { targetError: 0.25 },
      );
      expect(
        result.bestIndex,
        `validation errors 0.5, 0.4, 0.35, 0.3: the smallest is the last, index 3 (${ANCHOR})`,
      ).toBe(3);
      expect(
        result.bestValue,
        `bestValue is the setting at the best index, values[3] = 1, not the error or the index (${ANCHOR})`,
      ).toBe(1);
      expect(
        result.atEdge,
        'the best setting is the last one tried: the grid should be extended',
      ).toBe(true);
      const first = diagnoseValidationCurve(
        { values: [1, 2, 3], trainError: [0.1, 0.1, 0.1], validationError: [0.3, 0.4, 0.3] },
        { targetError: 0.25 },
      );
      expect(first.bestIndex, 'the first of tied minima is the best setting').toBe(0);
      expect(first.atEdge, 'the best setting is the first one tried').toBe(true);
      const middle = diagnoseValidationCurve(
        { values: [1, 2, 3], trainError: [0, 0, 0], validationError: [0.3, 0.2, 0.3] },
        { targetError: 0.25 },
      );
      expect(
        middle.bestIndex,
        `validation errors 0.3, 0.2, 0.3: the best setting is the middle one (${ANCHOR})`,
      ).toBe(1);
      expect(
        middle.atEdge,
        `the best setting is the middle one of three: not at an edge (${ANCHOR})`,
      ).toBe(false);
      // One setting is not a grid: there is no edge to look beyond.
      const single = diagnoseValidationCurve(
        { values: [1], trainError: [0.1], validationError: [0.3] },
        { targetError: 0.25 },
      );
      expect(single.bestIndex, `one setting: it is the best (${ANCHOR})`).toBe(0);
      expect(
        single.atEdge,
        `one setting is not a grid: there is no edge to look beyond, so atEdge is false (${ANCHOR})`,
      ).toBe(false);
    });
  });

  describe('errors', () => {
    it('diagnoseFit rejects negative or non-finite errors, a non-positive target and negative tolerances', () => {
      expectLabError(
        () => diagnoseFit({ trainError: -1, validationError: 1, targetError: 1 }),
        InvalidArgumentError,
        'diagnoseFit',
      );
      expectLabError(
        () => diagnoseFit({ trainError: 1, validationError: 1, targetError: 0 }),
        InvalidArgumentError,
        'diagnoseFit',
      );
      expectLabError(
        () =>
          diagnoseFit({ trainError: 1, validationError: 1, targetError: 1, gapTolerance: -0.1 }),
        InvalidArgumentError,
        'diagnoseFit',
      );
      expectLabError(
        () => diagnoseFit({ trainError: Number.NaN, validationError: 1, targetError: 1 }),
        NonFiniteValueError,
        'diagnoseFit',
      );
      expectLabError(
        () => diagnoseFit({ trainError: 1, validationError: -1, targetError: 1 }),
        InvalidArgumentError,
        'diagnoseFit',
      );
      expectLabError(
        () =>
          diagnoseFit({ trainError: 1, validationError: 1, targetError: 1, biasTolerance: -0.1 }),
        InvalidArgumentError,
        'diagnoseFit',
      );
      expectLabError(
        () =>
          diagnoseFit({
            trainError: '1' as unknown as number,
            validationError: 1,
            targetError: 1,
          }),
        InvalidArgumentError,
        'diagnoseFit',
      );
      expectLabError(
        () => diagnoseFit({ trainError: 1, validationError: 1, targetError: Number.NaN }),
        NonFiniteValueError,
        'diagnoseFit',
      );
    });

    it('curve diagnoses reject mismatched lengths, too few points and unordered sizes', () => {
      const criteria = { targetError: 1 };
      const learning = { trainSizes: [10, 20], trainError: [1, 1], validationError: [1, 1] };
      const validation = { values: [1, 2], trainError: [1, 1], validationError: [1, 1] };
      for (const bad of [{ targetError: 0 }, { targetError: 1, biasTolerance: -1 }]) {
        expectLabError(
          () => diagnoseLearningCurve(learning, bad),
          InvalidArgumentError,
          'diagnoseLearningCurve',
        );
        expectLabError(
          () => diagnoseValidationCurve(validation, bad),
          InvalidArgumentError,
          'diagnoseValidationCurve',
        );
      }
      expectLabError(
        () => diagnoseLearningCurve({ ...learning, trainSizes: [10, Number.NaN] }, criteria),
        NonFiniteValueError,
        'diagnoseLearningCurve',
      );
      expectLabError(
        () => diagnoseValidationCurve(validation, { targetError: Number.POSITIVE_INFINITY }),
        NonFiniteValueError,
        'diagnoseValidationCurve',
      );
      expectLabError(
        () =>
          diagnoseLearningCurve(
            { trainSizes: [10, 20], trainError: [1, 1], validationError: [1] },
            criteria,
          ),
        ShapeMismatchError,
        'diagnoseLearningCurve',
      );
      expectLabError(
        () =>
          diagnoseLearningCurve(
            { trainSizes: [10], trainError: [1], validationError: [1] },
            criteria,
          ),
        EmptyInputError,
        'diagnoseLearningCurve',
      );
      // Sizes count rows: 1.5 rows or −1 rows are not a learning curve (theory: the learning
      // curve is fitted on the first m rows of one order).
      for (const trainSizes of [
        [20, 10],
        [10, 10],
        [1.5, 3],
        [-1, 10],
        [0, 10],
      ]) {
        expectRejected(
          `train sizes [${trainSizes.join(', ')}] must be positive integers (row counts) in strictly increasing order`,
          () =>
            diagnoseLearningCurve(
              { trainSizes, trainError: [1, 1], validationError: [1, 1] },
              criteria,
            ),
          InvalidArgumentError,
          'diagnoseLearningCurve',
        );
      }
      // Errors are MSEs: never negative, though zero (an interpolating fit) is fine.
      expectLabError(
        () =>
          diagnoseLearningCurve(
            { trainSizes: [10, 20], trainError: [0, -0.1], validationError: [1, 1] },
            criteria,
          ),
        InvalidArgumentError,
        'diagnoseLearningCurve',
      );
      expectLabError(
        () =>
          diagnoseValidationCurve(
            { values: [1, 2], trainError: [0, 0], validationError: [1, -1] },
            criteria,
          ),
        InvalidArgumentError,
        'diagnoseValidationCurve',
      );
      expectLabError(
        () =>
          diagnoseValidationCurve(
            { values: [1, 2], trainError: [0, 0], validationError: [1] },
            criteria,
          ),
        ShapeMismatchError,
        'diagnoseValidationCurve',
      );
      expectLabError(
        () =>
          diagnoseValidationCurve({ values: [], trainError: [], validationError: [] }, criteria),
        EmptyInputError,
        'diagnoseValidationCurve',
      );
      expectLabError(
        () =>
          diagnoseValidationCurve(
            { values: [1, 2], trainError: [1, Number.NaN], validationError: [1, 1] },
            criteria,
          ),
        NonFiniteValueError,
        'diagnoseValidationCurve',
      );
    });
  });
});
