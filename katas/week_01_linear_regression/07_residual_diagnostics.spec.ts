/**
 * Spec for kata 01.07 — Residual diagnostics.
 * Theory: theory/week_01_linear_regression.md#residual-diagnostics
 * Assumptions checked: A1 (residuals vs fitted), A4 (scale-location), A6 (the normal Q-Q of
 * standardized residuals; Anscombe's set III outlier).
 */
import { describe, expect, it } from 'vitest';
import { expectAllClose, expectClose, expectLabError } from '../../helpers/assertions';
import { ANSCOMBE_QUARTET, type AnscombeSet } from '../../helpers/datasets/anscombe';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  RankDeficiencyError,
  ShapeMismatchError,
} from '../../helpers/errors';
import { normalQuantile } from '../../helpers/distributions';
import { fitLeastSquares } from '../../helpers/least_squares';
import { assertProperty, fc } from '../../helpers/properties';
import { createRng } from '../../helpers/random';
import {
  diagnosticPlotData,
  influenceMeasures,
  ppoints,
  pressResiduals,
} from './07_residual_diagnostics';

const SEED = 'kata-01.07';
const EXACT = { rtol: 1e-12, atol: 1e-12 };
const IDENTITY = { rtol: 1e-9, atol: 1e-12 };
/** fast-check's seed, and its run count for the identities: 40 designs, each refitted n times. */
const PROPERTY_SEED = 7012;
const RUNS = { seed: PROPERTY_SEED, numRuns: 40 };

// The five-point line, derived by hand: fit 2.2 + 0.6x, residuals e = (−0.8, 0.6, 1, −0.6, −0.2),
// s² = 2.4/3 = 0.8, n = 5, p = 2. Leverage hᵢ = 1/n + (xᵢ − x̄)²/Sxx = 0.2 + (4, 1, 0, 1, 4)/10.
const LINE_X = [[1], [2], [3], [4], [5]];
const LINE_Y = [2, 4, 5, 4, 5];
const LINE_E = [-0.8, 0.6, 1, -0.6, -0.2];
const LINE_H = [0.6, 0.3, 0.2, 0.3, 0.6];
const LINE_S2 = 0.8;
/** Internal rᵢ = eᵢ/(s·sqrt(1 − hᵢ)): r₁ = −0.8/√0.32 = −√2, r₃ = 1/√0.64 = 1.25. */
const LINE_R = LINE_E.map((e, i) => e / Math.sqrt(LINE_S2 * (1 - LINE_H[i]!)));
/** External tᵢ = rᵢ·sqrt((n − p − 1)/(n − p − rᵢ²)) = rᵢ·sqrt(2/(3 − rᵢ²)): t₁ = −2. */
const LINE_T = LINE_R.map((r) => r * Math.sqrt(2 / (3 - r * r)));
/** Cook's Dᵢ = rᵢ²hᵢ/(p(1 − hᵢ)): D₁ = 2·0.6/(2·0.4) = 1.5. */
const LINE_D = LINE_R.map((r, i) => {
  const h = LINE_H[i]!;
  return (r * r * h) / (2 * (1 - h));
});

/** The hint of the first misconception whose values `actual` reproduces, else the general one. */
function hintFor(
  actual: readonly number[],
  misconceptions: readonly (readonly [values: readonly number[], hint: string])[],
  general: string,
): string {
  const match = misconceptions.find(
    ([values]) =>
      values.length === actual.length &&
      values.every(
        (value, i) => Math.abs(actual[i]! - value) <= 1e-9 * Math.max(1, Math.abs(value)),
      ),
  );
  return match?.[1] ?? general;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** A seeded design with an outlier and a high-leverage row, so every measure has something to say. */
function randomProblem(label: string, n: number, k: number): { X: number[][]; y: number[] } {
  const rng = createRng(`${SEED}-${label}`);
  const X = Array.from({ length: n }, () => rng.normalVector(k));
  X[0]![0] = 6; // far out in x: high leverage
  const y = X.map((row) => 1 + row.reduce((total, value, j) => total + value * (j + 1), 0));
  const noisy = y.map((value) => value + rng.normal());
  noisy[1] = noisy[1]! + 8; // an outlier in y
  return { X, y: noisy };
}

/**
 * Random well-conditioned designs for the identities: k ∈ 1…3 Gaussian predictors around
 * different means, n = k + 3 … k + 20 rows, y linear plus N(0, 1) noise, and optionally one row
 * far out in x (high leverage, h well below 1) and one gross outlier in y, so the identities are
 * tried where they matter. Drawn from a seed fast-check picks; the identities hold to rounding.
 */
const designs = fc
  .record({
    k: fc.integer({ min: 1, max: 3 }),
    extra: fc.integer({ min: 3, max: 20 }),
    seed: fc.integer({ min: 0, max: 1e6 }),
    farRow: fc.boolean(),
    outlier: fc.boolean(),
  })
  .map(({ k, extra, seed, farRow, outlier }) => {
    const rng = createRng(`${SEED}-property-${seed}`);
    const X = Array.from({ length: k + extra }, () =>
      Array.from({ length: k }, (_, j) => 3 * j + rng.normal()),
    );
    if (farRow) X[0]![0] = 8;
    const y = X.map((row) => 1 + row.reduce((total, value, j) => total + value * (j - 1), 0));
    const noisy = y.map((value) => value + rng.normal());
    if (outlier) noisy[1] = noisy[1]! + 10;
    return { X, y: noisy, k };
  });

/** The fit without row i, from the helper solver: the leave-one-out definitions, done the slow way. */
function leaveOneOut(X: number[][], y: number[], i: number, intercept = true) {
  const design = X.map((row) => (intercept ? [1, ...row] : row));
  const fit = fitLeastSquares(
    'leaveOneOut',
    design.filter((_, j) => j !== i),
    y.filter((_, j) => j !== i),
  );
  const predict = (row: readonly number[]): number =>
    row.reduce((total, value, j) => total + value * fit.coefficients[j]!, 0);
  return { fit, predictions: design.map(predict), p: design[0]?.length ?? 0 };
}

describe('kata 01.07 residual diagnostics', () => {
  describe('definition', () => {
    it('leverage is the hat diagonal of the design with its constant column: 1/n + (x − x̄)²/Sxx for a line', () => {
      const { leverage } = influenceMeasures(LINE_X, LINE_Y);
      expectAllClose(leverage, LINE_H, {
        ...EXACT,
        hint: hintFor(
          leverage,
          [
            [
              [1, 4, 9, 16, 25].map((v) => v / 55),
              'looks like leverage without the intercept column (x²/Σx²); the hat matrix is that of the design actually fitted, constant included (theory: #residual-diagnostics)',
            ],
          ],
          'hᵢ = 1/n + (xᵢ − x̄)²/Sxx for a line with an intercept (theory: #residual-diagnostics)',
        ),
      });
      // Through the origin the design is x alone, and hᵢ = xᵢ²/Σx².
      expectAllClose(
        influenceMeasures([[1], [2], [3], [4]], [1, 3, 2, 5], { intercept: false }).leverage,
        [1 / 30, 4 / 30, 9 / 30, 16 / 30],
        {
          ...EXACT,
          hint: 'intercept: false, x = 1…4: h = x²/Σx² = x²/30 from the design x alone; 1/n + … means a constant column was added anyway (theory: #residual-diagnostics)',
        },
      );
    });

    it('the internally studentized residual divides by s·sqrt(1 − h), s from the full fit (R rstandard)', () => {
      const { studentizedInternal } = influenceMeasures(LINE_X, LINE_Y);
      expectAllClose(studentizedInternal, LINE_R, {
        ...EXACT,
        hint: hintFor(
          studentizedInternal,
          [
            [
              LINE_E.map((e) => e / Math.sqrt(LINE_S2)),
              'looks like e/s without the sqrt(1 − h) factor; Var(eᵢ) = σ²(1 − hᵢ) (theory: #residual-diagnostics)',
            ],
          ],
          'rᵢ = eᵢ/(s·sqrt(1 − hᵢ)) with s² = RSS/(n − p) (theory: #residual-diagnostics)',
        ),
      });
      expectClose(studentizedInternal[0] ?? Number.NaN, -Math.SQRT2, {
        ...EXACT,
        hint: 'five-point line, row 0: r = −0.8/(√0.8·√0.4) = −√2 (theory: #residual-diagnostics)',
      });
    });

    it('the externally studentized residual uses s(i) from the fit without observation i (R rstudent)', () => {
      const { studentizedExternal } = influenceMeasures(LINE_X, LINE_Y);
      expectAllClose(studentizedExternal, LINE_T, {
        ...EXACT,
        hint: hintFor(
          studentizedExternal,
          [
            [
              LINE_R,
              'looks like the internally studentized residual where the external one is meant: s(i) leaves observation i out (theory: #residual-diagnostics)',
            ],
          ],
          'tᵢ = eᵢ/(s(i)·sqrt(1 − hᵢ)), s(i)² = (RSS − eᵢ²/(1 − hᵢ))/(n − p − 1) (theory: #residual-diagnostics)',
        ),
      });
      // Hand derivation: s(1)² = (2.4 − 0.64/0.4)/2 = 0.4, t₁ = −0.8/√(0.4·0.4) = −2.
      expectClose(studentizedExternal[0] ?? Number.NaN, -2, {
        ...EXACT,
        hint: 'five-point line, row 0: t = −2 with s(0) from the fit without row 0; −√2 looks like the internally studentized residual where the external one is meant (theory: #residual-diagnostics)',
      });
    });

    it('Cook’s distance is r²h/(p(1 − h)) with p counting the intercept, i.e. e²h/(p s²(1 − h)²)', () => {
      const { cooksDistance } = influenceMeasures(LINE_X, LINE_Y);
      expectAllClose(cooksDistance, LINE_D, {
        ...EXACT,
        hint: hintFor(
          cooksDistance,
          [
            [
              LINE_D.map((d, i) => d * (1 - LINE_H[i]!)),
              'looks like Cook’s distance with (1 − h) where (1 − h)² belongs: D = e²h/(p s²(1 − h)²) (theory: #residual-diagnostics)',
            ],
            [
              LINE_D.map((d) => d * 2),
              'looks like p without the intercept in Cook’s distance; p counts every coefficient, here 2 (theory: #residual-diagnostics)',
            ],
          ],
          'Dᵢ = rᵢ²hᵢ/(p(1 − hᵢ)), r internal (theory: #residual-diagnostics)',
        ),
      });
      expectClose(cooksDistance[0] ?? Number.NaN, 1.5, {
        ...EXACT,
        hint: 'five-point line, row 0: D = r²h/(p(1 − h)) = 2·0.6/(2·0.4) = 1.5 with p = 2; 3 looks like p without the intercept (theory: #residual-diagnostics)',
      });
      expectClose(cooksDistance[2] ?? Number.NaN, 0.1953125, {
        ...EXACT,
        hint: 'five-point line, row 2: D = 1.25²·0.2/(2·0.8) = 0.1953125 (theory: #residual-diagnostics)',
      }); // 1.25²·0.2/(2·0.8)
    });

    it('DFFITS is the external t times sqrt(h/(1 − h)) (R dffits)', () => {
      const { dffits } = influenceMeasures(LINE_X, LINE_Y);
      const expected = LINE_T.map((t, i) => {
        const h = LINE_H[i]!;
        return t * Math.sqrt(h / (1 - h));
      });
      expectAllClose(dffits, expected, {
        ...EXACT,
        hint: hintFor(
          dffits,
          [
            [
              LINE_R.map((r, i) => r * Math.sqrt(LINE_H[i]! / (1 - LINE_H[i]!))),
              'looks like DFFITS from the internal residual; it uses the external one (theory: #residual-diagnostics)',
            ],
          ],
          'DFFITSᵢ = tᵢ·sqrt(hᵢ/(1 − hᵢ)), t external (theory: #residual-diagnostics)',
        ),
      });
      expectClose(dffits[0] ?? Number.NaN, -Math.sqrt(6), {
        ...EXACT,
        hint: 'five-point line, row 0: DFFITS = t·√(h/(1 − h)) = −2·√1.5 = −√6; −√3 looks like DFFITS from the internal residual (theory: #residual-diagnostics)',
      }); // −2·sqrt(0.6/0.4)
    });

    it('PRESS residuals are e/(1 − h) and the PRESS statistic is the sum of their squares', () => {
      const press = pressResiduals(LINE_X, LINE_Y);
      // Hand derivation: (−0.8/0.4, 0.6/0.7, 1/0.8, −0.6/0.7, −0.2/0.4).
      expectAllClose(press.residuals, [-2, 6 / 7, 1.25, -6 / 7, -0.5], {
        ...EXACT,
        hint: hintFor(
          press.residuals,
          [
            [
              LINE_E.map((e, i) => e / (1 - LINE_H[i]!) ** 2),
              'looks like e/(1 − h)²; the leave-one-out prediction error is e/(1 − h) (theory: #residual-diagnostics)',
            ],
          ],
          'PRESS residual = eᵢ/(1 − hᵢ) (theory: #residual-diagnostics)',
        ),
      });
      expectClose(press.statistic, 4 + 72 / 49 + 25 / 16 + 1 / 4, {
        ...EXACT,
        hint: 'five-point line: PRESS = Σ(e/(1 − h))² = 4 + 72/49 + 25/16 + 1/4; Σe²/(1 − h) would be a different sum (theory: #residual-diagnostics)',
      });
    });

    it('ppoints follows R: (i − a)/(n + 1 − 2a) with a = 3/8 up to n = 10 and 1/2 above', () => {
      expectAllClose(
        ppoints(5),
        [0.625, 1.625, 2.625, 3.625, 4.625].map((v) => v / 5.25),
        {
          ...EXACT,
          hint: 'ppoints(5): (i − 3/8)/(n + 1/4) for n ≤ 10 (R), not (i − 0.5)/n (theory: #residual-diagnostics)',
        },
      );
      expectAllClose(
        ppoints(10),
        Array.from({ length: 10 }, (_, i) => (i + 1 - 3 / 8) / 10.25),
        {
          ...EXACT,
          hint: 'R switches to a = 1/2 only above n = 10 (theory: #residual-diagnostics)',
        },
      );
      expectAllClose(
        ppoints(11),
        Array.from({ length: 11 }, (_, i) => (i + 0.5) / 11),
        {
          ...EXACT,
          hint: 'for n > 10 R uses a = 1/2: (i − 0.5)/n (theory: #residual-diagnostics)',
        },
      );
      expectAllClose(ppoints(1), [0.5], {
        ...EXACT,
        hint: 'ppoints(1) = 0.5 (R) (theory: #residual-diagnostics)',
      });
    });

    it('the four plot.lm panels carry the fit, its sorted standardized residuals and Cook’s contours', () => {
      const data = diagnosticPlotData(LINE_X, LINE_Y);
      expectAllClose(data.residualsVsFitted.fitted, [2.8, 3.4, 4, 4.6, 5.2], {
        ...EXACT,
        hint: 'residuals-vs-fitted panel, five-point line: fitted [2.8, 3.4, 4, 4.6, 5.2] in row order (theory: #residual-diagnostics)',
      });
      expectAllClose(data.residualsVsFitted.residuals, LINE_E, {
        ...EXACT,
        hint: 'residuals-vs-fitted panel, five-point line: raw residuals y − ŷ in row order (theory: #residual-diagnostics)',
      });

      // R: qnorm(ppoints(5)) = −1.1797611, −0.4972006, 0, 0.4972006, 1.1797611 (SciPy agrees).
      expectAllClose(data.normalQQ.theoretical, [-1.1797611, -0.4972006, 0, 0.4972006, 1.1797611], {
        rtol: 1e-7,
        atol: 1e-9,
        hint: 'Q-Q panel, n = 5: theoretical quantiles qnorm(ppoints(5)) (R), a = 3/8 (theory: #residual-diagnostics)',
      });
      // Internal r ≈ (−1.41, 0.80, 1.25, −0.80, −0.35), sorted: rows 0, 3, 4, 1, 2.
      expect(
        data.normalQQ.observation,
        'Q-Q panel, five-point line: observation[k] is the row of the k-th smallest standardized residual, [0, 3, 4, 1, 2]; raw residuals would sort as [0, 3, 4, 1, 2] too, so a different order means the sort was not ascending or not by residual (theory: #residual-diagnostics)',
      ).toEqual([0, 3, 4, 1, 2]);
      const sorted = [0, 3, 4, 1, 2].map((i) => LINE_R[i]!);
      expectAllClose(data.normalQQ.sample, sorted, {
        ...EXACT,
        hint: hintFor(
          data.normalQQ.sample,
          [
            [
              [-0.8, -0.6, -0.2, 0.6, 1],
              'looks like raw residuals on the Q-Q plot; plot.lm uses the standardized (internally studentized) ones (theory: #residual-diagnostics)',
            ],
          ],
          'the sample quantiles are the sorted standardized residuals (theory: #residual-diagnostics)',
        ),
      });

      expectAllClose(data.scaleLocation.fitted, [2.8, 3.4, 4, 4.6, 5.2], {
        ...EXACT,
        hint: 'scale-location panel, five-point line: fitted values in row order (theory: #residual-diagnostics)',
      });
      expectAllClose(
        data.scaleLocation.sqrtAbsStandardized,
        LINE_R.map((r) => Math.sqrt(Math.abs(r))),
        {
          ...EXACT,
          hint: 'scale-location panel: √|r| of the internally studentized residuals, not of the raw ones (theory: #residual-diagnostics)',
        },
      );
      expectAllClose(data.residualsVsLeverage.leverage, LINE_H, {
        ...EXACT,
        hint: 'residuals-vs-leverage panel, five-point line: leverage h = [0.6, 0.3, 0.2, 0.3, 0.6] with the constant column (theory: #residual-diagnostics)',
      });
      expectAllClose(data.residualsVsLeverage.standardized, LINE_R, {
        ...EXACT,
        hint: 'residuals-vs-leverage panel: the internally studentized residuals in row order (theory: #residual-diagnostics)',
      });
    });

    it('each Cook’s contour traces r = ±sqrt(D·p·(1 − h)/h) at D = 0.5 and 1, p counting the intercept', () => {
      const { cooksContours } = diagnosticPlotData(LINE_X, LINE_Y).residualsVsLeverage;
      expect(
        cooksContours.map((contour) => contour.level),
        'Cook’s contours, five-point line: levels [0.5, 1] in that order, as plot.lm draws them (theory: #residual-diagnostics)',
      ).toEqual([0.5, 1]);
      for (const contour of cooksContours) {
        expect(
          contour.leverage.length,
          `Cook’s contour at D = ${contour.level}: a curve needs more than one leverage point (theory: #residual-diagnostics)`,
        ).toBeGreaterThan(1);
        expect(
          contour.upper,
          `Cook’s contour at D = ${contour.level}: upper has one value per leverage point (theory: #residual-diagnostics)`,
        ).toHaveLength(contour.leverage.length);
        expect(
          contour.lower,
          `Cook’s contour at D = ${contour.level}: lower has one value per leverage point (theory: #residual-diagnostics)`,
        ).toHaveLength(contour.leverage.length);
        // The curve spans the plotted leverages: positive, increasing, up to max h = 0.6.
        expect(
          Math.min(...contour.leverage),
          `Cook’s contour at D = ${contour.level}: leverages must be positive (r is infinite at h = 0) (theory: #residual-diagnostics)`,
        ).toBeGreaterThan(0);
        expectClose(Math.max(...contour.leverage), 0.6, {
          ...EXACT,
          hint: `Cook’s contour at D = ${contour.level}: the curve ends at max h = 0.6 (theory: #residual-diagnostics)`,
        });
        const distance = contour.leverage.map((h, k) => {
          const r = contour.upper[k]!;
          return (r * r * h) / (2 * (1 - h));
        });
        expectAllClose(
          distance,
          contour.leverage.map(() => contour.level),
          {
            ...IDENTITY,
            hint: hintFor(
              distance,
              [
                [
                  contour.leverage.map(() => contour.level / 2),
                  'looks like p without the intercept in the contour; D = r²h/(p(1 − h)) with p = 2 here (theory: #residual-diagnostics)',
                ],
              ],
              'on the contour r²h/(p(1 − h)) equals the level (theory: #residual-diagnostics)',
            ),
          },
        );
        expectAllClose(
          contour.lower,
          contour.upper.map((r) => -r),
          {
            ...EXACT,
            hint: `Cook’s contour at D = ${contour.level}: lower = −upper (theory: #residual-diagnostics)`,
          },
        );
      }
    });
  });

  describe('labels, influence rankings and the fit through the origin', () => {
    it('the Q-Q panel labels each sorted residual with its own row, a permutation that is not its own inverse', () => {
      // Internal r ≈ (−0.40, 0.89, −0.77, 0.97, −1.55, 0.93) (numpy, hat matrix by hand): sorted
      // ascending they come from rows 4, 2, 0, 1, 5, 3. The inverse permutation, each row's rank,
      // is 2, 3, 1, 5, 0, 4: it differs, so the two readings of "observation" are told apart.
      const X = [[1], [2], [3], [4], [5], [6]];
      const y = [2, 4.1, 3.5, 6.2, 4.8, 7.9];
      const data = diagnosticPlotData(X, y);
      const { studentizedInternal } = influenceMeasures(X, y);
      const observation = data.normalQQ.observation;
      expect(
        observation,
        observation.join(',') === '2,3,1,5,0,4'
          ? 'looks like the rank of each row (the inverse permutation); observation[k] is the row whose residual is the k-th smallest (theory: #residual-diagnostics)'
          : 'observation[k] is the 0-based row of the k-th smallest standardized residual (theory: #residual-diagnostics)',
      ).toEqual([4, 2, 0, 1, 5, 3]);
      expectAllClose(
        data.normalQQ.sample,
        [4, 2, 0, 1, 5, 3].map((i) => studentizedInternal[i]!),
        {
          ...EXACT,
          hint: 'sample[k] = standardized[observation[k]], sorted ascending (theory: #residual-diagnostics)',
        },
      );
      expectAllClose(data.normalQQ.theoretical, ppoints(6).map(normalQuantile), {
        rtol: 1e-12,
        atol: 1e-12,
        hint: 'theoretical = qnorm(ppoints(n)), ascending (theory: #residual-diagnostics)',
      });
    });

    it('the most influential row need not be the one with the highest leverage', () => {
      // x = 0 … 6 and 20; the row at x = 20 lies on the line (leverage 0.91, tiny residual), the
      // row at x = 3 sits 4 above it (leverage 0.14). Cook's distance is checked against its
      // leave-one-out definition ‖ŷ − ŷ(i)‖²/(p s²), refitted here with the helper solver; the
      // largest is row 3 (D ≈ 0.48), while row 7 has D ≈ 0.001 (numpy agrees).
      const x = [0, 1, 2, 3, 4, 5, 6, 20];
      const wobble = [0.3, -0.2, 0.1, 4, -0.3, 0.2, -0.1, 0];
      const X = x.map((v) => [v]);
      const y = x.map((v, i) => 1 + 0.5 * v + wobble[i]!);
      const measures = influenceMeasures(X, y);
      const full = leaveOneOut(X, y, -1);
      const s2 = full.fit.rss / (8 - 2);
      const expected = x.map((_, i) => {
        const shift = leaveOneOut(X, y, i).predictions.map(
          (value, j) => full.predictions[j]! - value,
        );
        return sum(shift.map((d) => d * d)) / (2 * s2);
      });
      const argmax = (values: readonly number[]) => values.indexOf(Math.max(...values));
      expect(argmax(measures.leverage), 'the highest leverage is the row at x = 20').toBe(7);
      expect(
        argmax(measures.cooksDistance),
        'the largest Cook’s distance is the outlier at x = 3, not the high-leverage row on the line: influence needs a residual as well as leverage (theory: #residual-diagnostics)',
      ).toBe(3);
      expectAllClose(measures.cooksDistance, expected, {
        ...IDENTITY,
        hint: 'Dᵢ = ‖ŷ − ŷ(i)‖²/(p s²) = rᵢ²hᵢ/(p(1 − hᵢ)) (theory: #residual-diagnostics)',
      });
      const absDffits = measures.dffits.map(Math.abs);
      expect(argmax(absDffits), 'the largest |DFFITS| is the outlier row too').toBe(3);
    });

    it('with intercept: false every measure uses the design X alone, p = its column count', () => {
      // Two predictors, no constant: p = 2. Every expected value is a leave-one-out refit through
      // the origin with the helper solver: s² = RSS/(n − 2), Cook's D = ‖ŷ − ŷ(i)‖²/(2s²), the
      // external t from s(i), DFFITS from the point's own shift, PRESS = y − ŷ(i).
      const { X, y } = randomProblem('origin', 12, 2);
      const n = 12;
      const p = 2;
      const measures = influenceMeasures(X, y, { intercept: false });
      const full = leaveOneOut(X, y, -1, false);
      const s2 = full.fit.rss / (n - p);
      const h = full.fit.leverage;
      const e = full.fit.residuals;
      const refits = X.map((_, i) => leaveOneOut(X, y, i, false));
      const hint = (field: string) =>
        `intercept: false: ${field} is computed on X alone with p = ${p}; the values match a constant column added or p counted as ${p + 1} (theory: #residual-diagnostics)`;
      expectAllClose(measures.leverage, h, { ...IDENTITY, hint: hint('leverage') });
      expectAllClose(
        measures.studentizedInternal,
        e.map((ei, i) => ei / Math.sqrt(s2 * (1 - h[i]!))),
        { ...IDENTITY, hint: hint('the internal residual') },
      );
      const sDeleted = refits.map((refit) => Math.sqrt(refit.fit.rss / (n - 1 - p)));
      expectAllClose(
        measures.studentizedExternal,
        e.map((ei, i) => ei / (sDeleted[i]! * Math.sqrt(1 - h[i]!))),
        { ...IDENTITY, hint: hint('the external residual') },
      );
      const cooks = refits.map((refit) => {
        const shift = refit.predictions.map((value, j) => full.predictions[j]! - value);
        return sum(shift.map((d) => d * d)) / (p * s2);
      });
      expectAllClose(measures.cooksDistance, cooks, {
        ...IDENTITY,
        hint: hintFor(
          measures.cooksDistance,
          [
            [
              cooks.map((d) => (d * p) / (p + 1)),
              'looks like p = columns + 1 although no constant was fitted; without an intercept p counts the columns of X (theory: #residual-diagnostics)',
            ],
          ],
          hint('Cook’s distance'),
        ),
      });
      expectAllClose(
        measures.dffits,
        refits.map(
          (refit, i) =>
            (full.predictions[i]! - refit.predictions[i]!) / (sDeleted[i]! * Math.sqrt(h[i]!)),
        ),
        { ...IDENTITY, hint: hint('DFFITS') },
      );
      const press = pressResiduals(X, y, { intercept: false });
      const pressExpected = refits.map((refit, i) => y[i]! - refit.predictions[i]!);
      expectAllClose(press.residuals, pressExpected, {
        ...IDENTITY,
        hint: hint('the PRESS residual'),
      });
      expectClose(press.statistic, sum(pressExpected.map((v) => v * v)), {
        ...IDENTITY,
        hint: 'intercept: false: PRESS statistic = Σ(e/(1 − h))² with h from X alone (theory: #residual-diagnostics)',
      });

      const plots = diagnosticPlotData(X, y, { intercept: false });
      expectAllClose(plots.residualsVsFitted.fitted, full.predictions, {
        ...IDENTITY,
        hint: hint('fitted'),
      });
      expectAllClose(plots.residualsVsFitted.residuals, e, {
        ...IDENTITY,
        hint: hint('residuals'),
      });
      expectAllClose(plots.residualsVsLeverage.leverage, h, {
        ...IDENTITY,
        hint: hint('leverage'),
      });
      expectAllClose(plots.residualsVsLeverage.standardized, measures.studentizedInternal, {
        ...IDENTITY,
        hint: 'intercept: false: the residuals-vs-leverage panel carries the internally studentized residuals of the fit without a constant (theory: #residual-diagnostics)',
      });
      for (const contour of plots.residualsVsLeverage.cooksContours) {
        const distance = contour.leverage.map(
          (lev, k) => (contour.upper[k]! ** 2 * lev) / (p * (1 - lev)),
        );
        expectAllClose(
          distance,
          contour.leverage.map(() => contour.level),
          { ...IDENTITY, hint: hint(`the Cook’s contour at D = ${contour.level}`) },
        );
      }
    });

    it('Cook’s contours run over 101 evenly spaced leverages from max h/100 to max h', () => {
      // Five-point line: max h = 0.6, so the grid is 0.006 + 0.594·k/100, k = 0 … 100 (R plot.lm
      // draws its contours over a grid of 101 points; the lab fixes its ends).
      const { cooksContours } = diagnosticPlotData(LINE_X, LINE_Y).residualsVsLeverage;
      const grid = Array.from({ length: 101 }, (_, k) => 0.006 + (0.594 * k) / 100);
      for (const contour of cooksContours) {
        expectAllClose(contour.leverage, grid, {
          rtol: 1e-12,
          atol: 1e-15,
          hint: `contour at D = ${contour.level}: 101 evenly spaced leverages from max h/100 = 0.006 to max h = 0.6 (theory: #residual-diagnostics)`,
        });
        expectAllClose(
          contour.upper,
          grid.map((lev) => Math.sqrt((contour.level * 2 * (1 - lev)) / lev)),
          {
            rtol: 1e-10,
            atol: 0,
            hint: `Cook’s contour at D = ${contour.level}: upper = √(D·p·(1 − h)/h) with p = 2 on the evenly spaced grid (theory: #residual-diagnostics)`,
          },
        );
      }
    });

    it('no function changes the arrays it is given', () => {
      const { X, y } = randomProblem('inputs', 10, 2);
      const copies = { X: structuredClone(X), y: [...y] };
      influenceMeasures(X, y);
      influenceMeasures(X, y, { intercept: false });
      pressResiduals(X, y);
      diagnosticPlotData(X, y);
      expect(X, 'X was changed in place: work on a copy (theory: #residual-diagnostics)').toEqual(
        copies.X,
      );
      expect(y, 'y was changed in place: work on a copy (theory: #residual-diagnostics)').toEqual(
        copies.y,
      );
    });
  });

  describe('properties', () => {
    const { X, y } = randomProblem('identities', 15, 3);
    const p = 4;
    const n = 15;

    it('on every design the hat diagonal sums to p (intercept counted), its mean is p/n, and 1/n ≤ h ≤ 1', () => {
      assertProperty(
        fc.property(designs, ({ X: rows, y: targets, k }) => {
          const size = rows.length;
          const { leverage } = influenceMeasures(rows, targets);
          const total = sum(leverage);
          expectClose(total, k + 1, {
            ...IDENTITY,
            hint:
              Math.abs(total - k) < 1e-6
                ? 'the leverages sum to p − 1: looks like leverage without the intercept column (theory: #residual-diagnostics)'
                : 'trace of the hat matrix = p, the number of fitted coefficients (theory: #residual-diagnostics)',
          });
          expectClose(total / size, (k + 1) / size, {
            ...IDENTITY,
            hint: 'random design: the mean leverage is p/n, p counting the intercept (theory: #residual-diagnostics)',
          });
          for (const h of leverage) {
            expect(h, 'with an intercept every h ≥ 1/n').toBeGreaterThanOrEqual(1 / size - 1e-12);
            expect(
              h,
              'random design: every leverage h ≤ 1 (theory: #residual-diagnostics)',
            ).toBeLessThanOrEqual(1);
          }
          const through = influenceMeasures(rows, targets, { intercept: false }).leverage;
          expectClose(sum(through), k, {
            ...IDENTITY,
            hint: 'random design, intercept: false: the leverages sum to p = the column count k; k + 1 means a constant column was added anyway (theory: #residual-diagnostics)',
          });
        }),
        RUNS,
      );
    });

    it('on every design Cook’s distance equals its leave-one-out form (β̂ − β̂(i))ᵀXᵀX(β̂ − β̂(i))/(p s²)', () => {
      assertProperty(
        fc.property(designs, ({ X: rows, y: targets, k }) => {
          const size = rows.length;
          const q = k + 1;
          const { cooksDistance, leverage } = influenceMeasures(rows, targets);
          const full = leaveOneOut(rows, targets, -1);
          const s2 = full.fit.rss / (size - q);
          const expected = rows.map((_, i) => {
            // (β̂ − β̂(i))ᵀXᵀX(β̂ − β̂(i)) = ‖Xβ̂ − Xβ̂(i)‖², the shift of every fitted value.
            const shift = leaveOneOut(rows, targets, i).predictions.map(
              (value, j) => full.predictions[j]! - value,
            );
            return sum(shift.map((d) => d * d)) / (q * s2);
          });
          expectAllClose(cooksDistance, expected, {
            ...IDENTITY,
            hint: hintFor(
              cooksDistance,
              [
                [
                  expected.map((d, i) => d * (1 - leverage[i]!)),
                  'looks like Cook’s distance with (1 − h) where (1 − h)² belongs: D = e²h/(p s²(1 − h)²) (theory: #residual-diagnostics)',
                ],
                [
                  expected.map((d) => (d * q) / k),
                  'looks like p without the intercept in Cook’s distance; p counts every coefficient (theory: #residual-diagnostics)',
                ],
              ],
              'Dᵢ = rᵢ²hᵢ/(p(1 − hᵢ)) equals ‖ŷ − ŷ(i)‖²/(p s²) (theory: #residual-diagnostics)',
            ),
          });
        }),
        RUNS,
      );
    });

    it('on every design the PRESS residual e/(1 − h) equals y − ŷ(i) from the refit without observation i', () => {
      assertProperty(
        fc.property(designs, ({ X: rows, y: targets }) => {
          const press = pressResiduals(rows, targets);
          const expected = rows.map(
            (_, i) => targets[i]! - leaveOneOut(rows, targets, i).predictions[i]!,
          );
          expectAllClose(press.residuals, expected, {
            ...IDENTITY,
            hint: 'the PRESS residual is the leave-one-out prediction error eᵢ/(1 − hᵢ) (theory: #residual-diagnostics)',
          });
          expectClose(press.statistic, sum(expected.map((e) => e * e)), {
            ...IDENTITY,
            hint: 'random design: PRESS statistic = Σ(y − ŷ(i))², the sum of the squared PRESS residuals (theory: #residual-diagnostics)',
          });
        }),
        RUNS,
      );
    });

    it('on every design the external residual follows from the internal one: t = r·sqrt((n − p − 1)/(n − p − r²))', () => {
      assertProperty(
        fc.property(designs, ({ X: rows, y: targets, k }) => {
          const residualDf = rows.length - (k + 1);
          const { studentizedInternal, studentizedExternal } = influenceMeasures(rows, targets);
          expectAllClose(
            studentizedExternal,
            studentizedInternal.map((r) => r * Math.sqrt((residualDf - 1) / (residualDf - r * r))),
            {
              ...IDENTITY,
              hint: hintFor(
                studentizedExternal,
                [
                  [
                    studentizedInternal,
                    'looks like the internally studentized residual where the external one is meant: s(i) leaves observation i out (theory: #residual-diagnostics)',
                  ],
                ],
                'tᵢ = rᵢ·sqrt((n − p − 1)/(n − p − rᵢ²)) (theory: #residual-diagnostics)',
              ),
            },
          );
        }),
        RUNS,
      );
    });

    it('on every design s(i) and DFFITS match their leave-one-out definitions', () => {
      assertProperty(
        fc.property(designs, ({ X: rows, y: targets, k }) => {
          const q = k + 1;
          const measures = influenceMeasures(rows, targets);
          const full = leaveOneOut(rows, targets, -1);
          rows.forEach((_, i) => {
            const without = leaveOneOut(rows, targets, i);
            const sDeleted = Math.sqrt(without.fit.rss / (rows.length - 1 - q));
            const h = measures.leverage[i]!;
            const e = full.fit.residuals[i]!;
            expectClose(
              measures.studentizedExternal[i] ?? Number.NaN,
              e / (sDeleted * Math.sqrt(1 - h)),
              {
                ...IDENTITY,
                hint: 'tᵢ = eᵢ/(s(i)·sqrt(1 − hᵢ)) with s(i) from the fit without row i (theory: #residual-diagnostics)',
              },
            );
            // DFFITSᵢ = (ŷᵢ − ŷᵢ(i))/(s(i)·sqrt(hᵢ)): the change in the point's own fitted value.
            const ownShift = full.predictions[i]! - without.predictions[i]!;
            expectClose(measures.dffits[i] ?? Number.NaN, ownShift / (sDeleted * Math.sqrt(h)), {
              ...IDENTITY,
              hint: 'DFFITSᵢ is the shift of the point’s own fitted value over s(i)·sqrt(hᵢ), t external (theory: #residual-diagnostics)',
            });
          });
        }),
        RUNS,
      );
    });

    it('the internal residual can never exceed sqrt(n − p), so it understates a gross outlier', () => {
      // rᵢ² = (n − p)·eᵢ²/((1 − hᵢ)·RSS) ≤ n − p, because RSS ≥ eᵢ²/(1 − hᵢ). The external t has no bound.
      const spiked = y.slice();
      spiked[5] = spiked[5]! + 1000;
      const measures = influenceMeasures(X, spiked);
      const r = measures.studentizedInternal[5]!;
      expect(
        Math.abs(r),
        'row 5 spiked by 1000: |r| ≤ √(n − p) always holds for the internal residual (theory: #residual-diagnostics)',
      ).toBeLessThanOrEqual(Math.sqrt(n - p) + 1e-9);
      expect(
        Math.abs(measures.studentizedExternal[5]!),
        'row 5 spiked by 1000: the external t must exceed 100; a value near √(n − p) looks like the internally studentized residual where the external one is meant (theory: #residual-diagnostics)',
      ).toBeGreaterThan(100);
    });
  });

  describe('diagnostics: Anscombe’s quartet', () => {
    // Anscombe (1973), helpers/datasets/anscombe.ts: same line, same R², different stories.
    const measure = (set: AnscombeSet) =>
      influenceMeasures(
        set.x.map((x) => [x]),
        [...set.y],
      );
    const [setI, , setIII, setIV] = ANSCOMBE_QUARTET as [
      AnscombeSet,
      AnscombeSet,
      AnscombeSet,
      AnscombeSet,
    ];

    it('sets I–III share x, so they share leverage 1/11 + (x − 9)²/110 whatever their y', () => {
      const expected = setI.x.map((x) => 1 / 11 + (x - 9) ** 2 / 110);
      expectAllClose(measure(setI).leverage, expected, {
        ...EXACT,
        hint: 'Anscombe set I: h = 1/11 + (x − 9)²/110, from x alone (theory: #residual-diagnostics)',
      });
      expectAllClose(measure(setIII).leverage, expected, {
        ...EXACT,
        hint: 'Anscombe set III: h = 1/11 + (x − 9)²/110, the same as set I, since leverage depends on x only (theory: #residual-diagnostics)',
      });
    });

    it('set III: one outlier (x = 13) with a huge external studentized residual and ordinary leverage', () => {
      const measures = measure(setIII);
      const t = measures.studentizedExternal;
      const worst = t.reduce(
        (best, value, i) => (Math.abs(value) > Math.abs(t[best]!) ? i : best),
        0,
      );
      expect(
        worst,
        'Anscombe set III: the largest |t| is row 2 (x = 13) (theory: #residual-diagnostics)',
      ).toBe(2);
      // R: rstudent(lm(y3 ~ x3, anscombe))[3] = 1203.54: the other ten points lie almost exactly
      // on a line, so s(3) is tiny.
      expectClose(t[2] ?? Number.NaN, 1203.54, {
        rtol: 1e-5,
        atol: 0,
        hint:
          Math.abs((t[2] ?? 0) - 3) < 0.01
            ? 'about 3 = sqrt(n − p): looks like the internal residual where the external one is meant; only s(i) exposes the outlier (theory: #residual-diagnostics)'
            : 'tᵢ = eᵢ/(s(i)·sqrt(1 − hᵢ)) (theory: #residual-diagnostics)',
      });
      // R: rstandard(lm(y3 ~ x3, anscombe))[3] = 2.9999917, just below the bound √(n − p) = 3,
      // which only RSS(3) = 0 (the other ten points exactly on a line) would reach.
      const internal = measures.studentizedInternal[2] ?? Number.NaN;
      expectClose(internal, 2.9999917, {
        rtol: 2e-8,
        atol: 0,
        hint: 'rᵢ = eᵢ/(s·sqrt(1 − hᵢ)) with the full-fit s (R rstandard) (theory: #residual-diagnostics)',
      });
      expect(
        internal,
        'Anscombe set III: the internal residual stays below √(n − p) = 3 (theory: #residual-diagnostics)',
      ).toBeLessThan(3);
      expect(
        measures.leverage[2],
        'Anscombe set III: the outlier row has ordinary leverage, below 2p/n = 4/11 (theory: #residual-diagnostics)',
      ).toBeLessThan((2 * 2) / 11); // below the usual 2p/n flag
      for (const [i, value] of t.entries())
        if (i !== 2)
          expect(
            Math.abs(value),
            `Anscombe set III, row ${i}: |t| below 2 away from the outlier (theory: #residual-diagnostics)`,
          ).toBeLessThan(2);
    });

    it('set IV: one point with leverage exactly 1, reported without NaN as residual 0 and unbounded influence', () => {
      const measures = measure(setIV);
      // Ten points at x = 8 share the intercept direction (h = 1/10 each); x = 19 alone decides
      // the slope (h = 1): the trace is 10·0.1 + 1 = 2 = p.
      expect(
        measures.leverage[7],
        'Anscombe set IV, row 7 (x = 19 alone): leverage exactly 1 (theory: #residual-diagnostics)',
      ).toBe(1);
      expectAllClose(
        measures.leverage.filter((_, i) => i !== 7),
        new Array<number>(10).fill(0.1),
        {
          ...EXACT,
          hint: 'Anscombe set IV: the ten rows at x = 8 share the intercept, h = 1/10 each (theory: #residual-diagnostics)',
        },
      );
      // The lab's convention (R gives NaN here): studentized residuals 0, Cook's distance and
      // DFFITS +Infinity, and its PRESS residual +Infinity too.
      expect(
        measures.studentizedInternal[7],
        'Anscombe set IV, h = 1: the internal residual is 0/0, reported as 0, never NaN (theory: #residual-diagnostics)',
      ).toBe(0);
      expect(
        measures.studentizedExternal[7],
        'Anscombe set IV, h = 1: the external residual is 0/0, reported as 0, never NaN (theory: #residual-diagnostics)',
      ).toBe(0);
      expect(
        measures.cooksDistance[7],
        'Anscombe set IV, h = 1: Cook’s distance has 1 − h = 0 below: +Infinity (theory: #residual-diagnostics)',
      ).toBe(Number.POSITIVE_INFINITY);
      expect(
        measures.dffits[7],
        'Anscombe set IV, h = 1: DFFITS has √(h/(1 − h)) infinite: +Infinity (theory: #residual-diagnostics)',
      ).toBe(Number.POSITIVE_INFINITY);
      expect(
        pressResiduals(
          setIV.x.map((x) => [x]),
          [...setIV.y],
        ).residuals[7],
        'Anscombe set IV, h = 1: the PRESS residual e/(1 − h) divides by 0: +Infinity, not NaN or a refit (theory: #residual-diagnostics)',
      ).toBe(Number.POSITIVE_INFINITY);
      for (const values of Object.values(measures) as number[][]) {
        expect(values.some(Number.isNaN), 'no measure is NaN').toBe(false);
      }
      // Nothing else stands out: the story is the leverage, not a residual.
      for (const [i, value] of measures.studentizedExternal.entries())
        if (i !== 7)
          expect(
            Math.abs(value),
            `Anscombe set IV, row ${i}: |t| below 2 (theory: #residual-diagnostics)`,
          ).toBeLessThan(2);
    });

    it('zero scales follow the lab’s convention: 0/0 is 0 and a nonzero residual over 0 is ±Infinity', () => {
      // An exact line: every residual and s are exactly 0, so every measure is 0/0, reported as 0.
      const exact = influenceMeasures([[0], [1], [2], [3], [4]], [1, 3, 5, 7, 9]);
      for (const values of Object.values(exact) as number[][]) {
        expect(values.some(Number.isNaN), 'no measure is NaN').toBe(false);
      }
      expect(
        exact.studentizedInternal,
        'exact line: every internal residual is 0/0, reported as 0 (theory: #residual-diagnostics)',
      ).toEqual([0, 0, 0, 0, 0]);
      expect(
        exact.studentizedExternal,
        'exact line: every external residual is 0/0, reported as 0 (theory: #residual-diagnostics)',
      ).toEqual([0, 0, 0, 0, 0]);
      // One point 1 above an otherwise exact line, n = p + 2: without it the other three fit
      // exactly, so s(1) = 0 and its external residual is +Infinity; DFFITS follows it.
      const lifted = influenceMeasures([[0], [1], [2], [3]], [2, 3, 5, 7]);
      expect(
        lifted.studentizedExternal[0],
        'one point lifted, n = p + 2: s(0) = 0 so its external residual is +Infinity (theory: #residual-diagnostics)',
      ).toBe(Number.POSITIVE_INFINITY);
      expect(
        lifted.dffits[0],
        'one point lifted, n = p + 2: DFFITS follows the external residual, +Infinity (theory: #residual-diagnostics)',
      ).toBe(Number.POSITIVE_INFINITY);
      // A dummy column that picks out one row gives it leverage 1 and a zero residual: its PRESS
      // residual is +Infinity, not 0/0.
      const press = pressResiduals([[0], [0], [0], [1]], [1, 2, 3, 7]);
      expect(
        press.residuals[3],
        'dummy column, row 3 with h = 1: its PRESS residual is +Infinity, not 0/0 (theory: #residual-diagnostics)',
      ).toBe(Number.POSITIVE_INFINITY);
      expectAllClose(press.residuals.slice(0, 3), [-1.5, 0, 1.5], {
        ...EXACT,
        hint: 'dummy column: rows 0–2 keep e/(1 − h) = [−1.5, 0, 1.5] (theory: #residual-diagnostics)',
      });
    });

    it('a line exact in real arithmetic is a perfect fit even where rounding leaves residuals of 1e-16', () => {
      // QR leaves e₁ = −2.2e-16 on y = 2x + 1, x = 1…5, and s is of the same size: studentized,
      // that noise reads −2.7 with a Cook's distance of 5.6. On 0.3 + 0.7x, y itself is rounded.
      // RSS ≤ 1e-24·Σy² (residuals below 1e-12 of y's size) makes the fit perfect. At
      // 10⁶ + 1000.3x the rounding residuals are 5e-11 (RSS 7.6e-21): perfect only relative to
      // Σy² = 7e12.
      const cases: [number[][], number[]][] = [
        [
          [[1], [2], [3], [4], [5]],
          [3, 5, 7, 9, 11],
        ],
        [
          [[0.1], [0.2], [0.3], [0.4], [0.5], [0.7]],
          [0.1, 0.2, 0.3, 0.4, 0.5, 0.7].map((x) => 0.3 + 0.7 * x),
        ],
        [[[1], [2], [3], [4], [5], [6]], [1, 2, 3, 4, 5, 6].map((x) => 1e6 + 1000.3 * x)],
      ];
      for (const [c, [X, y]] of cases.entries()) {
        const n = y.length;
        const zeros = Array<number>(n).fill(0);
        const measures = influenceMeasures(X, y);
        expect(
          measures.studentizedInternal,
          `exact line, case ${c}: internal residuals exactly 0; rounding residuals of 1e-16 must not be studentized into noise (theory: #residual-diagnostics)`,
        ).toEqual(zeros);
        expect(
          measures.studentizedExternal,
          `exact line, case ${c}: external residuals exactly 0 (theory: #residual-diagnostics)`,
        ).toEqual(zeros);
        expect(
          measures.cooksDistance,
          `exact line, case ${c}: Cook’s distances exactly 0 (theory: #residual-diagnostics)`,
        ).toEqual(zeros);
        expect(
          measures.dffits,
          `exact line, case ${c}: DFFITS exactly 0 (theory: #residual-diagnostics)`,
        ).toEqual(zeros);
        expect(
          pressResiduals(X, y),
          `exact line, case ${c}: PRESS residuals and statistic exactly 0 (theory: #residual-diagnostics)`,
        ).toEqual({ residuals: zeros, statistic: 0 });
        const plots = diagnosticPlotData(X, y);
        expect(
          plots.residualsVsFitted.residuals,
          `exact line, case ${c}: plotted residuals exactly 0 (theory: #residual-diagnostics)`,
        ).toEqual(zeros);
        expect(
          plots.residualsVsLeverage.standardized,
          `exact line, case ${c}: plotted standardized residuals exactly 0 (theory: #residual-diagnostics)`,
        ).toEqual(zeros);
      }
      // The rule is relative: a fit with real residuals keeps them at any scale of y (an absolute
      // cut-off, RSS < 1e-20 say, would erase these at 10⁻¹²).
      const X = [[1], [2], [3], [4], [5]];
      const noisy = [2, 4, 5, 4, 5];
      const base = influenceMeasures(X, noisy);
      for (const scale of [1e-12, 1e12]) {
        const scaled = influenceMeasures(
          X,
          noisy.map((value) => value * scale),
        );
        expectAllClose(scaled.studentizedInternal, base.studentizedInternal, {
          ...IDENTITY,
          hint: `y scaled by ${scale}: internal residuals are scale-free and must not change (theory: #residual-diagnostics)`,
        });
        expectAllClose(scaled.cooksDistance, base.cooksDistance, {
          ...IDENTITY,
          hint: `y scaled by ${scale}: Cook’s distances are scale-free and must not change (theory: #residual-diagnostics)`,
        });
      }
    });

    it('one point lifted off an otherwise exact line has an unbounded external residual, rounding or not', () => {
      // Without the lifted row the rest fit exactly: s(i) = 0, t(i) = +Infinity. But RSS(i) =
      // RSS − e²/(1 − h) is computed as a difference, and on real-valued data about a quarter of
      // these cases leave it at 1e-16 instead of 0: t(i) would read 1e8, a number made of
      // rounding. RSS(i) ≤ 1e-12·sqrt(Σy²·RSS) is rounding and counts as 0.
      for (let trial = 0; trial < 40; trial += 1) {
        const rng = createRng(`${SEED}/lifted/${trial}`);
        const n = 4 + (trial % 4);
        const x = rng.normalVector(n);
        const [a, b] = [rng.normal(), rng.normal()];
        const lifted = trial % n;
        // The rounding of RSS(i) scales with y, so the rule must too: y in units of 10⁶ or 10⁻⁶.
        const scale = [1, 1e6, 1e-6][trial % 3]!;
        const y = x.map((value, i) => scale * (a + b * value + (i === lifted ? 1 : 0)));
        const measures = influenceMeasures(
          x.map((value) => [value]),
          y,
        );
        expect(measures.studentizedExternal[lifted], `trial ${trial}`).toBe(
          Number.POSITIVE_INFINITY,
        );
        expect(measures.dffits[lifted], `trial ${trial}`).toBe(Number.POSITIVE_INFINITY);
      }
    });

    it('the perfect-fit rules are relative to the data: RSS ≤ 1e-24·Σy² and RSS(i) ≤ 1e-12·sqrt(Σy²·RSS), with real residuals kept just above them', () => {
      // y = 1 + 2x + δ·r on x = 0…11, r = (1, −1, −1, 1, 0, …, 0) orthogonal to 1 and x: the
      // residuals are δ·r and RSS = 4δ² (by hand), Σy² = Σ of the first 12 odd squares = 2300
      // (+ O(δ)). Studentized residuals depend on r alone (the line lies in the column space),
      // so at any δ above the rule they equal those at δ = 1.
      const X = Array.from({ length: 12 }, (_, x) => [x]);
      const r = [1, -1, -1, 1, 0, 0, 0, 0, 0, 0, 0, 0];
      const line = (delta: number): number[] =>
        X.map(([x], i) => 1 + 2 * (x as number) + delta * r[i]!);
      const atOne = influenceMeasures(X, line(1)).studentizedInternal;
      // RSS/Σy² = 4e-24, four times the rule: real residuals, studentized as usual.
      const kept = influenceMeasures(X, line(Math.sqrt(2300) * 1e-12)).studentizedInternal;
      // Residuals of 2e-12·‖y‖ keep about four digits after a backward-stable solve (QR, SVD or
      // refits lose ε·κ·‖y‖ ≈ 1e-14·‖y‖): hence the loose tolerance, far from the 0 of a misread rule.
      expectAllClose(kept, atOne, {
        rtol: 1e-2,
        atol: 1e-2,
        hint: 'residuals at 2e-12 of y (RSS = 4e-24·Σy²) are above the perfect-fit rule RSS ≤ 1e-24·Σy², so they are studentized like any others (equal to those at δ = 1); 0 suggests a cut-off not relative to Σy² (theory: #residual-diagnostics)',
      });
      // RSS/Σy² = 0.25e-24, a quarter of the rule: a perfect fit, every residual counts as 0.
      expect(
        influenceMeasures(X, line((Math.sqrt(2300) * 1e-12) / 4)).studentizedInternal,
        'residuals at 5e-13 of y (RSS = 0.25e-24·Σy²) are within the perfect-fit rule RSS ≤ 1e-24·Σy²: all 0 (theory: #residual-diagnostics)',
      ).toEqual(Array<number>(12).fill(0));
      // Deleted fits: x = 0…4, rows 1–4 on the line 1 + 2x plus η·(1, −1, −1, 1) (orthogonal to 1
      // and x there), row 0 lifted by 1. Without row 0: RSS(0) = 4η², and the line predicts
      // ŷ₀ = 1 with variance factor 1 + 1/4 + 2.5²/5 = 2.5, so t₀ = 1/(sqrt(4η²/2)·sqrt(2.5)) =
      // 1/(η·√5) (by hand). h₀ = 0.6, RSS = 4η² + 1²·(1 − h₀) ≈ 0.4 and Σy² ≈ 4 + 9 + 25 + 49 + 81
      // = 168: the rule's level is 1e-12·sqrt(168·0.4) ≈ 8.2e-12.
      const level = 1e-12 * Math.sqrt(168 * 0.4);
      const deleted = (eta: number) =>
        influenceMeasures([[0], [1], [2], [3], [4]], [2, 3 + eta, 5 - eta, 7 - eta, 9 + eta])
          .studentizedExternal[0]!;
      const eta = Math.sqrt(level); // RSS(0) = 4·level: above the rule
      expectClose(deleted(eta), 1 / (eta * Math.sqrt(5)), {
        rtol: 1e-2,
        atol: 0,
        hint: 'RSS(0) = 4× the rounding level 1e-12·sqrt(Σy²·RSS): the fit without row 0 is not perfect, so t₀ = 1/(η√5) is finite; +Infinity suggests a rounding level not scaled as sqrt(Σy²·RSS) (theory: #residual-diagnostics)',
      });
      expect(
        deleted(Math.sqrt(level) / 4),
        'RSS(0) = a quarter of the rounding level 1e-12·sqrt(Σy²·RSS): the fit without row 0 counts as perfect, s(0) = 0 and t₀ = +Infinity (theory: #residual-diagnostics)',
      ).toBe(Number.POSITIVE_INFINITY);
    });

    it('set I raises no flag: no leverage above 2p/n, no |t| above 2.5, no Cook’s distance above 1', () => {
      const measures = measure(setI);
      expect(
        Math.max(...measures.leverage),
        'Anscombe set I: no leverage above 2p/n = 4/11 (theory: #residual-diagnostics)',
      ).toBeLessThan((2 * 2) / 11);
      expect(
        Math.max(...measures.studentizedExternal.map(Math.abs)),
        'Anscombe set I: no |t| above 2.5 (theory: #residual-diagnostics)',
      ).toBeLessThan(2.5);
      expect(
        Math.max(...measures.cooksDistance),
        'Anscombe set I: no Cook’s distance above 1 (theory: #residual-diagnostics)',
      ).toBeLessThan(1);
    });
  });

  describe('errors', () => {
    const functions = { influenceMeasures, pressResiduals, diagnosticPlotData };

    it('empty, mismatched or non-finite input throws a typed error naming the function', () => {
      for (const [name, fn] of Object.entries(functions)) {
        expectLabError(() => fn([], []), EmptyInputError, name);
        expectLabError(() => fn([[1], [2], [3], [4]], [1, 2, 3]), ShapeMismatchError, name);
        expectLabError(
          () => fn([[1], [2], [3], [4], [5]], [1, 2, Number.NaN, 4, 5]),
          NonFiniteValueError,
          name,
        );
        expectLabError(
          () => fn([[1], [2], [3], [4]], [1, 2, 3, 4], { intercept: 1 as unknown as boolean }),
          InvalidArgumentError,
          name,
        );
      }
    });

    it('a wider row is refused, not cut to the first row’s width', () => {
      for (const [name, fn] of Object.entries(functions)) {
        expectLabError(
          () => fn([[1], [2], [3, 9], [4], [5], [6]], [1, 3, 2, 5, 4, 6]),
          ShapeMismatchError,
          name,
        );
      }
    });

    it('too few rows throws: s(i) needs n − p − 1 ≥ 1, s needs n − p ≥ 1', () => {
      expectLabError(
        () => influenceMeasures([[1], [2], [3]], [1, 3, 2]),
        EmptyInputError,
        'influenceMeasures',
      );
      expectLabError(() => pressResiduals([[1], [2]], [1, 3]), EmptyInputError, 'pressResiduals');
      expectLabError(
        () => diagnosticPlotData([[1], [2]], [1, 3]),
        EmptyInputError,
        'diagnosticPlotData',
      );
    });

    it('a rank-deficient design throws RankDeficiencyError', () => {
      const X = [
        [1, 2],
        [2, 4],
        [3, 6],
        [4, 8],
        [5, 10],
        [6, 12],
      ];
      for (const [name, fn] of Object.entries(functions)) {
        expectLabError(() => fn(X, [1, 3, 2, 5, 4, 6]), RankDeficiencyError, name);
      }
    });

    it('ppoints needs a positive integer count', () => {
      for (const n of [0, -1, 2.5, Number.NaN]) {
        expectLabError(() => ppoints(n), InvalidArgumentError, 'ppoints');
      }
    });
  });
  describe('scale (y near 10^±200)', () => {
    const anchor = '(theory: #residual-diagnostics)';
    const TIGHT = { rtol: 1e-12, atol: 0 };

    it('studentized residuals, leverage and Cook’s distance are scale-free at y × 10^±200', () => {
      // The five-point line's hand-derived values (LINE_*) hold at any scale of y; NaN or 0 there
      // means s² = RSS/(n − p) overflowed or underflowed: fit y in scaled units.
      for (const factor of [1e200, 1e-200]) {
        const measures = influenceMeasures(
          LINE_X,
          LINE_Y.map((v) => v * factor),
        );
        const hint = (what: string) =>
          `y × ${factor}: ${what} is scale-free; NaN, ∞ or 0 means the RSS overflowed or underflowed ${anchor}`;
        expectAllClose(measures.leverage, LINE_H, { ...TIGHT, rtol: 1e-9, hint: hint('h') });
        expectAllClose(measures.studentizedInternal, LINE_R, {
          ...TIGHT,
          rtol: 1e-9,
          hint: hint('internal r'),
        });
        expectAllClose(measures.studentizedExternal, LINE_T, {
          ...TIGHT,
          rtol: 1e-9,
          hint: hint('external t'),
        });
        expectAllClose(measures.cooksDistance, LINE_D, {
          ...TIGHT,
          rtol: 1e-9,
          hint: hint('Cook’s D'),
        });
        const plot = diagnosticPlotData(
          LINE_X,
          LINE_Y.map((v) => v * factor),
        );
        expectAllClose(plot.residualsVsLeverage.standardized, LINE_R, {
          ...TIGHT,
          rtol: 1e-9,
          hint: hint('the standardized residuals of the plots'),
        });
        // Fitted values and residuals carry y's units: factor times the line's 2.2 + 0.6x and e.
        expectAllClose(
          plot.residualsVsFitted.residuals,
          LINE_E.map((e) => e * factor),
          {
            ...TIGHT,
            rtol: 1e-9,
            hint: `y × ${factor}: residuals are factor·e, never 0 or NaN ${anchor}`,
          },
        );
        expectAllClose(
          plot.residualsVsFitted.fitted,
          LINE_X.map(([x]) => (2.2 + 0.6 * (x as number)) * factor),
          {
            ...TIGHT,
            rtol: 1e-9,
            hint: `y × ${factor}: fitted values are factor·(2.2 + 0.6x) ${anchor}`,
          },
        );
      }
    });

    it('PRESS residuals beyond double precision throw NonFiniteValueError even beside a row of leverage 1', () => {
      // Rows 0–3 on x = 0…3 with y = 1.5e308·(1, −1, 1, −1), row 4 alone in a dummy column
      // (h = 1). By hand: h = (0.7, 0.3, 0.3, 0.7), e = 1.5e308·(0.4, −1.2, 1.2, −0.4), so
      // e₁/(1 − h₁) = −1.5e308·12/7 ≈ −2.6e308: beyond double precision. Row 4's +Infinity is
      // the answer for h = 1; row 1's would be an overflow passed off as one.
      expectLabError(
        () =>
          pressResiduals(
            [
              [0, 0],
              [1, 0],
              [2, 0],
              [3, 0],
              [0, 1],
            ],
            [1.5e308, -1.5e308, 1.5e308, -1.5e308, 1e308],
          ),
        NonFiniteValueError,
        'pressResiduals',
      );
    });

    it('a PRESS statistic beyond double precision throws NonFiniteValueError, never ∞ or a false 0', () => {
      // PRESS = Σ(e/(1 − h))² = 7.2819 at scale 1 (hand: (−2, 0.857, 1.25, −0.857, −0.5)²), so
      // about 7·10^±400 at y × 10^±200: not a double.
      for (const factor of [1e200, 1e-200]) {
        expectLabError(
          () =>
            pressResiduals(
              LINE_X,
              LINE_Y.map((v) => v * factor),
            ),
          NonFiniteValueError,
          'pressResiduals',
          `y × ${factor}: PRESS is about 7.28·${factor}², outside double precision: expected the overflow error ${anchor}`,
        );
      }
    });
  });
});
