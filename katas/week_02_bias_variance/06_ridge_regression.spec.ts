/**
 * Spec for kata 02.06 — Ridge regression.
 * Theory: theory/week_02_bias_variance.md#ridge-regression
 * Assumptions checked: B1 and B2 (additive noise of one variance, under which bias² and
 * variance move in opposite directions with λ), B4 (the fixed design of the controlled
 * experiment), B5 (squared error: the decomposition behind the trade-off).
 */
import { Matrix as MlMatrix, solve } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { expectAllClose, expectClose, expectLabError } from '../../helpers/assertions';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  RankDeficiencyError,
  ShapeMismatchError,
} from '../../helpers/errors';
import type { Matrix } from '../../helpers/fitters';
import { fitLeastSquares } from '../../helpers/least_squares';
import { columnMeans, singularValues, withInterceptColumn } from '../../helpers/linalg';
import { assertProperty, fc } from '../../helpers/properties';
import { createRng } from '../../helpers/random';
import {
  fitRidge,
  ridgeBiasVariance,
  ridgeEffectiveDegreesOfFreedom,
  ridgePath,
} from './06_ridge_regression';

const SEED = 'kata-02.06';
/** fast-check's seed for the property specs: the same inputs on every run. */
const PROPERTY_SEED = 20206;
const EXACT = { rtol: 1e-10, atol: 1e-12 };
const PENALISED_INTERCEPT =
  'looks like the intercept was penalised (or X and y were not centred): ridge shrinks the slopes only, b = ȳ − x̄ᵀw (theory: #ridge-regression)';
const LAMBDA_TIMES_N =
  'looks like λ was scaled by n (a 1/n in front of the squared error): the pinned objective is ‖y − b − Xw‖² + λ‖w‖² (theory: #ridge-regression)';

const UNCHANGED =
  "X or y changed during the call: centre, scale and augment copies, never the caller's arrays (theory: #ridge-regression)";

// Orthonormal, centred columns: XᵀX = I and x̄ = 0, so ridge is OLS divided by 1 + λ.
// OLS slopes = Xᵀy = (−1.5, −2.5) by hand; the intercept is ȳ = 11/4.
const ORTHONORMAL: Matrix = [
  [0.5, 0.5],
  [-0.5, 0.5],
  [0.5, -0.5],
  [-0.5, -0.5],
];
const ORTHONORMAL_Y = [1, 2, 3, 5];

/**
 * With orthonormal centred columns the slopes are OLS/(1 + kλ), and k says what went wrong:
 * k = n is a 1/n in front of the squared error; k = s², the column variance (1/4 with divisor
 * n, 1/3 with n − 1, for ORTHONORMAL), is X standardised inside the fit.
 */
function shrinkageHint(lambda: number, ols: number, got: number): string {
  const k = lambda > 0 && got !== 0 ? (ols / got - 1) / lambda : Number.NaN;
  const near = (value: number): boolean => Math.abs(k - value) < 1e-6;
  if (near(ORTHONORMAL.length)) return LAMBDA_TIMES_N;
  if (near(1 / 4) || near(1 / 3))
    return `looks like X was standardised inside the fit: the slopes are OLS/(1 + λ·s²), s² the column variance; ridge takes X as given and standardising (on the training data) is the caller's decision (theory: #ridge-regression)`;
  return `with orthonormal centred columns ridge is OLS/(1 + λ): the objective is ‖y − b − Xw‖² + λ‖w‖², no 1/n and no rescaling of X (theory: #ridge-regression)`;
}

const sum = (values: readonly number[]): number =>
  values.reduce((total, value) => total + value, 0);
const dot = (a: readonly number[], b: readonly number[]): number =>
  a.reduce((total, value, i) => total + value * b[i]!, 0);

/** A seeded design with correlated columns and means far from zero, and targets. */
function correlatedData(label: string, n: number, p: number): { X: Matrix; y: number[] } {
  const rng = createRng(`${SEED}-${label}`);
  const X = Array.from({ length: n }, () => {
    const shared = rng.normal();
    return Array.from({ length: p }, (_, j) => 3 + j + shared + 0.5 * rng.normal());
  });
  const y = X.map(
    (row) =>
      1 +
      dot(
        row,
        row.map((_, j) => (j % 2 === 0 ? 1 : -0.5)),
      ) +
      rng.normal(),
  );
  return { X, y };
}

/** Singular values of X after subtracting its column means. */
function centredSingularValues(X: Matrix): number[] {
  const means = columnMeans(X);
  return singularValues(X.map((row) => row.map((value, j) => value - means[j]!)));
}

describe('kata 02.06 ridge regression', () => {
  describe('definition', () => {
    it('with orthonormal centred columns, ridge divides the OLS slopes by 1 + λ and leaves the intercept at ȳ', () => {
      for (const [lambda, expected] of [
        [0, [-1.5, -2.5]],
        [1, [-0.75, -1.25]],
        [3, [-0.375, -0.625]],
      ] as const) {
        const X = structuredClone(ORTHONORMAL);
        const y = ORTHONORMAL_Y.slice();
        const fit = fitRidge(X, y, lambda);
        expect([X, y], UNCHANGED).toEqual([ORTHONORMAL, ORTHONORMAL_Y]);
        expectAllClose(fit.coefficients, [...expected], {
          ...EXACT,
          hint: shrinkageHint(lambda, -1.5, fit.coefficients[0] ?? Number.NaN),
        });
        expectClose(fit.intercept, 2.75, { ...EXACT, hint: PENALISED_INTERCEPT });
      }
    });

    it('λ = 0 is ordinary least squares with an intercept', () => {
      const { X, y } = correlatedData('ols', 30, 4);
      const ols = fitLeastSquares('spec', withInterceptColumn(X), y).coefficients;
      const fit = fitRidge(X, y, 0);
      expectClose(fit.intercept, ols[0]!, { rtol: 1e-9, atol: 1e-9 });
      expectAllClose(fit.coefficients, ols.slice(1), { rtol: 1e-9, atol: 1e-9 });
      expectAllClose(
        fit.predict(X.slice(0, 3)),
        X.slice(0, 3).map((row) => ols[0]! + dot(row, ols.slice(1))),
        {
          rtol: 1e-9,
          atol: 1e-9,
        },
      );
    });

    it('the fit solves the ridge normal equations: residuals sum to zero and Xᵀr = λw', () => {
      // Setting the gradient of ‖y − b − Xw‖² + λ‖w‖² to zero: ∂/∂b gives Σr = 0 (b is free),
      // ∂/∂w gives Xᵀr = λw. Both hold for the exact minimiser whatever the design.
      const { X, y } = correlatedData('kkt', 30, 4);
      for (const lambda of [0.5, 5, 50]) {
        const fit = fitRidge(X, y, lambda);
        const residuals = fit.predict(X).map((value, i) => y[i]! - value);
        expectClose(sum(residuals), 0, { rtol: 0, atol: 1e-8, hint: PENALISED_INTERCEPT });
        const gradient = X[0]!.map((_, j) =>
          dot(
            X.map((row) => row[j]!),
            residuals,
          ),
        );
        expectAllClose(
          gradient,
          fit.coefficients.map((w) => lambda * w),
          { rtol: 1e-8, atol: 1e-8, hint: LAMBDA_TIMES_N },
        );
      }
    });

    it('without an intercept nothing is centred: b = 0 and Xᵀ(y − Xw) = λw', () => {
      const { X, y } = correlatedData('no-intercept', 20, 3);
      const fit = fitRidge(X, y, 2, { intercept: false });
      expect(
        fit.intercept,
        'with intercept: false the fit passes through the origin: intercept exactly 0, nothing centred (theory: #ridge-regression)',
      ).toBe(0);
      const residuals = fit.predict(X).map((value, i) => y[i]! - value);
      X[0]!.forEach((_, j) => {
        expectClose(
          dot(
            X.map((row) => row[j]!),
            residuals,
          ),
          2 * fit.coefficients[j]!,
          { rtol: 1e-8, atol: 1e-8, hint: LAMBDA_TIMES_N },
        );
      });
    });

    it("glmnet's λ (gaussian, alpha = 0, standardize = FALSE) is s·λ/n of ours, s² = Σ(y − ȳ)²/n, or Σy²/n without an intercept", () => {
      // glmnet, rebuilt from its Fortran (elnet → standard → elnet1), weights wᵢ = 1/n:
      // `standard` centres x and y (intercept) and divides y by ys = √(Σ wᵢ(yᵢ − ȳ)²); with
      // intercept = FALSE nothing is centred and ys = √(Σ wᵢyᵢ²). The λ the caller gives is
      // divided by ys (vlam = ulam/ys); elnet1 minimises ½Σ wᵢ(ỹᵢ − xᵢᵀβ)² + (vlam/2)‖β‖², whose
      // closed form is (XᵀX/n + vlam·I)β = Xᵀỹ/n (solved here by ml-matrix's LU, on a small
      // well-conditioned design); the coefficients are multiplied back by ys and a0 = ȳ − x̄ᵀβ.
      // Hence λ_glmnet = ys·λ/n, not λ/n: here ys = 5.49 (13.4 uncentred), far from 1.
      const { X, y: raw } = correlatedData('glmnet', 40, 4);
      const y = raw.map((value) => 3 * value); // a spread far from 1, so that s matters
      const n = X.length;
      const glmnet = (
        lambdaGlmnet: number,
        intercept: boolean,
      ): { a0: number; beta: number[]; ys: number } => {
        const xm = intercept ? columnMeans(X) : X[0]!.map(() => 0);
        const ym = intercept ? sum(y) / n : 0;
        const Xc = X.map((row) => row.map((value, j) => value - xm[j]!));
        const ys = Math.sqrt(sum(y.map((value) => (value - ym) ** 2)) / n);
        const yt = y.map((value) => (value - ym) / ys);
        const M = new MlMatrix(Xc);
        const gram = M.transpose()
          .mmul(M)
          .div(n)
          .add(MlMatrix.eye(X[0]!.length).mul(lambdaGlmnet / ys));
        const rhs = M.transpose().mmul(MlMatrix.columnVector(yt)).div(n);
        const beta = solve(gram, rhs)
          .getColumn(0)
          .map((value) => ys * value);
        return { a0: ym - dot(xm, beta), beta, ys };
      };
      // And glmnet itself agrees (R 4.2.2, glmnet 4.1-6, this X and y written out as JSON):
      //   glmnet(X, y, alpha = 0, lambda = 0.8, standardize = FALSE, intercept = TRUE,
      //          thresh = 1e-20, maxit = 1e7) → a0 = -0.4547998150,
      //          β = 2.2540142834, -1.4138289831, 3.1877635017, -0.7894533566
      //   the same with intercept = FALSE → β = 2.7652378294, -1.9007780215, 3.6138966339, -1.1529431121
      // (agreement to about 1e-8: glmnet stops its coordinate descent at a convergence threshold).
      const fromR = {
        true: {
          a0: -0.454799815,
          beta: [2.2540142834, -1.4138289831, 3.1877635017, -0.7894533566],
        },
        false: { a0: 0, beta: [2.7652378294, -1.9007780215, 3.6138966339, -1.1529431121] },
      };
      for (const intercept of [true, false]) {
        const lambdaGlmnet = 0.8;
        const reference = glmnet(lambdaGlmnet, intercept);
        const r = fromR[`${intercept}`];
        expectAllClose([reference.a0, ...reference.beta], [r.a0, ...r.beta], {
          rtol: 1e-7,
          atol: 1e-9,
          hint: `the rebuilt glmnet (intercept ${intercept}) must match R's glmnet 4.1-6 (a check of this spec, not of your code)`,
        });
        const fit = fitRidge(X, y, (n * lambdaGlmnet) / reference.ys, { intercept });
        const what = intercept ? 'with an intercept' : 'with intercept: false';
        expectAllClose(fit.coefficients, reference.beta, {
          rtol: 1e-9,
          atol: 1e-9,
          hint: `${what}, glmnet's fit at λ_glmnet = ${lambdaGlmnet} should be ours at λ = n·λ_glmnet/s = ${((n * lambdaGlmnet) / reference.ys).toPrecision(6)}: the objective is ‖y − b − Xw‖² + λ‖w‖², ${intercept ? 'X and y centred' : 'nothing centred'} (theory: #ridge-regression)`,
        });
        expectClose(fit.intercept, reference.a0, {
          rtol: 1e-9,
          atol: 1e-9,
          hint: intercept
            ? PENALISED_INTERCEPT
            : 'with intercept: false the intercept is 0 (theory: #ridge-regression)',
        });
        // The old rule, λ = n·λ_glmnet, lands elsewhere: ys ≠ 1.
        const naive = fitRidge(X, y, n * lambdaGlmnet, { intercept }).coefficients;
        expect(
          Math.max(...naive.map((w, j) => Math.abs(w - reference.beta[j]!))),
          `intercept ${intercept}: λ = n·λ_glmnet (the old rule) must land away from glmnet's coefficients, else this case cannot tell the conventions apart (theory: #ridge-regression)`,
        ).toBeGreaterThan(1e-3);
      }
    });

    it('with λ > 0 ridge has a unique answer even with more columns than rows', () => {
      const { X, y } = correlatedData('wide', 6, 10);
      const fit = fitRidge(X, y, 1);
      const residuals = fit.predict(X).map((value, i) => y[i]! - value);
      expectClose(sum(residuals), 0, { rtol: 0, atol: 1e-8, hint: PENALISED_INTERCEPT });
      X[0]!.forEach((_, j) => {
        expectClose(
          dot(
            X.map((row) => row[j]!),
            residuals,
          ),
          fit.coefficients[j]!,
          { rtol: 1e-8, atol: 1e-8, hint: LAMBDA_TIMES_N },
        );
      });
    });
  });

  describe('properties', () => {
    it('adding c to every target moves only the intercept, by exactly c', () => {
      const { X, y } = correlatedData('shift', 25, 3);
      const base = fitRidge(X, y, 10);
      const shifted = fitRidge(
        X,
        y.map((value) => value + 100),
        10,
      );
      expectAllClose(shifted.coefficients, base.coefficients, {
        rtol: 1e-9,
        atol: 1e-10,
        hint: PENALISED_INTERCEPT,
      });
      expectClose(shifted.intercept, base.intercept + 100, {
        rtol: 1e-12,
        atol: 1e-9,
        hint: PENALISED_INTERCEPT,
      });
    });

    it('as λ grows the slopes go to zero and the fit becomes the mean of y, not zero', () => {
      const { X, y } = correlatedData('large', 25, 3);
      const fit = fitRidge(X, y, 1e12);
      const yMean = sum(y) / y.length;
      fit.coefficients.forEach((w) =>
        expect(
          Math.abs(w),
          'λ very large: every slope shrinks to 0 (theory: #ridge-regression)',
        ).toBeLessThan(1e-8),
      );
      expectClose(fit.intercept, yMean, { rtol: 1e-6, atol: 0, hint: PENALISED_INTERCEPT });
    });

    it('effective degrees of freedom: Σ d²/(d² + λ) over centred X, and fitRidge adds 1 for the intercept to give the trace of its smoother', () => {
      const { X } = correlatedData('edf', 15, 4);
      const d = centredSingularValues(X);
      const n = X.length;
      for (const lambda of [0, 0.3, 3, 30]) {
        const expected = sum(d.map((value) => value ** 2 / (value ** 2 + lambda)));
        expectClose(ridgeEffectiveDegreesOfFreedom(X, lambda), expected, {
          ...EXACT,
          hint: 'use the singular values of the column-centred X: the intercept absorbs the means and is not counted (theory: #ridge-regression)',
        });
        // The smoother S maps y to ŷ on the training rows; its column i is the fit to the
        // unit vector e_i, so tr S = Σ_i (fit to e_i)(x_i).
        const trace = sum(
          Array.from({ length: n }, (_, i) => {
            const unit = Array.from({ length: n }, (__, k) => (k === i ? 1 : 0));
            return fitRidge(X, unit, lambda).predict([X[i]!])[0]!;
          }),
        );
        const fit = fitRidge(
          X,
          X.map(() => 0),
          lambda,
        );
        expectClose(fit.effectiveDegreesOfFreedom, trace, {
          rtol: 1e-8,
          atol: 1e-8,
          hint: "fitRidge's effectiveDegreesOfFreedom is the trace of the whole smoother y ↦ ŷ, the intercept counted as 1 (theory: #ridge-regression)",
        });
        expectClose(fit.effectiveDegreesOfFreedom, expected + 1, { rtol: 1e-8, atol: 1e-8 });
      }
      expectClose(ridgeEffectiveDegreesOfFreedom(X, 0), 4, EXACT);
      // Orthonormal centred columns: d = (1, 1), so df(λ) = 2/(1 + λ).
      expectClose(ridgeEffectiveDegreesOfFreedom(ORTHONORMAL, 1), 1, EXACT);
    });

    it('without an intercept the degrees of freedom are Σ d²/(d² + λ) over X as given, nothing centred and nothing added', () => {
      // The smoother of the fit without an intercept is X(XᵀX + λI)⁻¹Xᵀ = U diag(d²/(d² + λ)) Uᵀ
      // for the SVD of X itself: its trace sums over the uncentred singular values. Columns with
      // means far from 0 make that differ from the centred sum + 1.
      const { X } = correlatedData('edf-origin', 12, 3);
      const n = X.length;
      const d = singularValues(X);
      for (const lambda of [0, 0.5, 20]) {
        const expected = sum(d.map((value) => value ** 2 / (value ** 2 + lambda)));
        const trace = sum(
          Array.from({ length: n }, (_, i) => {
            const unit = Array.from({ length: n }, (__, k) => (k === i ? 1 : 0));
            return fitRidge(X, unit, lambda, { intercept: false }).predict([X[i]!])[0]!;
          }),
        );
        const fit = fitRidge(
          X,
          X.map(() => 1),
          lambda,
          { intercept: false },
        );
        const centred = sum(centredSingularValues(X).map((v) => v ** 2 / (v ** 2 + lambda)));
        const got = fit.effectiveDegreesOfFreedom;
        const hint =
          Math.abs(got - centred - 1) < 1e-6
            ? `looks like the intercept path was taken with intercept: false (centred X, + 1): without an intercept df = Σ d²/(d² + λ) over X as given = ${expected} (theory: #ridge-regression)`
            : `with intercept: false, df at λ = ${lambda} is the trace of X(XᵀX + λI)⁻¹Xᵀ, Σ d²/(d² + λ) over the singular values of X as given = ${expected} (theory: #ridge-regression)`;
        expectClose(got, expected, { rtol: 1e-9, atol: 1e-9, hint });
        expectClose(trace, expected, { rtol: 1e-8, atol: 1e-8, hint });
      }
    });

    it('at λ = 0 the degrees of freedom count the rank: a column that combines two others adds nothing', () => {
      // x3 = 0.3·x1 + 0.7·x2: the centred design has rank 2, and its third singular value is
      // zero up to rounding (here about half an ulp of d₁, not exactly 0). It must count 0, not
      // d²/(d² + 0) = 1, nor 0/0. Scaled by 100 so that the rounding level is far from 1.
      const rng = createRng(`${SEED}-rank`);
      const X = Array.from({ length: 7 }, () => {
        const [a = 0, b = 0] = rng.normalVector(2);
        return [100 * a, 100 * b, 100 * (0.3 * a + 0.7 * b)];
      });
      const d = centredSingularValues(X);
      expect(
        d[2],
        'the third centred singular value of a rank-2 design is at rounding level: a check on the check (theory: #ridge-regression)',
      ).toBeLessThan(1e-12 * d[0]!); // a check on the check
      expectClose(ridgeEffectiveDegreesOfFreedom(X, 0), 2, {
        rtol: 1e-12,
        atol: 1e-12,
        hint: 'at λ = 0 a singular value that is zero up to rounding (below max(n, p)·ε·d₁) contributes 0: df is the rank (theory: #ridge-regression)',
      });
      expectClose(
        ridgeEffectiveDegreesOfFreedom(X, 1),
        sum(d.map((v) => v ** 2 / (v ** 2 + 1))),
        EXACT,
      );
      // Constant columns centre to exact zeros: rank 0, so every d is 0, d₁ too, the cut-off
      // max(n, p)·ε·d₁ is 0, and d = 0 ≤ 0 counts as zero: df 0 at λ = 0, not 0/0 = NaN.
      const constant = [
        [2, -1],
        [2, -1],
        [2, -1],
      ];
      for (const lambda of [0, 1]) {
        expectClose(ridgeEffectiveDegreesOfFreedom(constant, lambda), 0, {
          rtol: 0,
          atol: 0,
          hint: `constant columns at λ = ${lambda}: the centred design is all zeros, rank 0, so df = 0; a singular value d ≤ max(n, p)·ε·d₁ contributes 0 even when d₁ = 0 (theory: #ridge-regression)`,
        });
      }
    });

    it('along the regularisation path the coefficient norm and the degrees of freedom never increase', () => {
      const { X, y } = correlatedData('path', 20, 5);
      const lambdas = [0, 0.01, 0.1, 1, 10, 100, 1000];
      const path = ridgePath(X, y, lambdas);
      expect(
        path.map((point) => point.lambda),
        'ridgePath gives one point per λ, in the order given, each carrying its own λ unchanged (theory: #ridge-regression)',
      ).toEqual(lambdas);
      path.forEach((point, k) => {
        const fit = fitRidge(X, y, lambdas[k]!);
        expectAllClose(point.coefficients, fit.coefficients, EXACT);
        expectClose(point.intercept, fit.intercept, EXACT);
        expectClose(point.coefficientNorm, Math.hypot(...fit.coefficients), EXACT);
        expectClose(point.effectiveDegreesOfFreedom, fit.effectiveDegreesOfFreedom, EXACT);
        if (k === 0) return;
        const previous = path[k - 1] as (typeof path)[number];
        // ‖w(λ)‖² = Σ (d_j u_jᵀy)² / (d_j² + λ)²: every term falls as λ grows.
        expect(
          point.coefficientNorm,
          `λ = ${lambdas[k]}: the coefficient norm falls strictly as λ grows (theory: #ridge-regression)`,
        ).toBeLessThan(previous.coefficientNorm);
        expect(
          point.effectiveDegreesOfFreedom,
          `λ = ${lambdas[k]}: the effective degrees of freedom Σd²/(d² + λ) fall strictly as λ grows (theory: #ridge-regression)`,
        ).toBeLessThan(previous.effectiveDegreesOfFreedom);
      });
    });

    it('ridgePath passes intercept: false on to every fit', () => {
      const { X, y } = correlatedData('path-origin', 15, 3);
      const lambdas = [0, 1, 30];
      const path = ridgePath(X, y, lambdas, { intercept: false });
      path.forEach((point, k) => {
        const lambda = lambdas[k]!;
        const fit = fitRidge(X, y, lambda, { intercept: false });
        const hint = `ridgePath(…, { intercept: false }) at λ = ${lambda} should equal fitRidge(…, { intercept: false }): b = 0, nothing centred, df without the + 1 (theory: #ridge-regression)`;
        expect(point.lambda, hint).toBe(lambda);
        expect(point.intercept, hint).toBe(0);
        expectAllClose(point.coefficients, fit.coefficients, { ...EXACT, hint });
        expectClose(point.coefficientNorm, Math.hypot(...fit.coefficients), { ...EXACT, hint });
        expectClose(point.effectiveDegreesOfFreedom, fit.effectiveDegreesOfFreedom, {
          ...EXACT,
          hint,
        });
      });
    });

    it('no function modifies its arguments', () => {
      const { X, y } = correlatedData('frozen', 10, 3);
      const copy = { X: structuredClone(X), y: y.slice() };
      const lambdas = [3, 0.5, 0];
      const unchanged = (what: string): string =>
        `${what} changed during the call: centre, scale and augment copies, never the caller's arrays (theory: #ridge-regression)`;
      const fit = fitRidge(X, y, 2);
      fit.predict(X);
      fitRidge(X, y, 2, { intercept: false });
      ridgeEffectiveDegreesOfFreedom(X, 2);
      ridgePath(X, y, lambdas);
      expect(X, unchanged('X')).toEqual(copy.X);
      expect(y, unchanged('y')).toEqual(copy.y);
      expect(lambdas, unchanged('lambdas (sorted in place?)')).toEqual([3, 0.5, 0]);
      const testX = X.slice(0, 4).map((row) => row.slice());
      ridgeBiasVariance({
        trueFunction: (row) => row[0]!,
        noiseSd: 1,
        trainX: X,
        testX,
        lambdas,
        replicates: 3,
        seed: SEED,
      });
      expect(X, unchanged('ridgeBiasVariance: trainX')).toEqual(copy.X);
      expect(testX, unchanged('ridgeBiasVariance: testX')).toEqual(copy.X.slice(0, 4));
      expect(lambdas, unchanged('ridgeBiasVariance: lambdas')).toEqual([3, 0.5, 0]);
    });

    it('ridge depends on the units of each column, unlike OLS: rescaling a column changes its predictions', () => {
      // OLS absorbs a change of units into the coefficient; the penalty λw² does not, which
      // is why features are standardised (on training data) before ridge.
      const { X, y } = correlatedData('units', 25, 3);
      const rescaled = X.map((row) => [row[0]! * 100, ...row.slice(1)]);
      const ols = fitRidge(X, y, 0).predict(X);
      expectAllClose(fitRidge(rescaled, y, 0).predict(rescaled), ols, { rtol: 1e-9, atol: 1e-9 });
      const before = fitRidge(X, y, 5).predict(X);
      const after = fitRidge(rescaled, y, 5).predict(rescaled);
      const largestChange = Math.max(...before.map((value, i) => Math.abs(value - after[i]!)));
      expect(
        largestChange,
        'λ = 5 after one column is scaled by 100: the fitted values change, since the penalty λ‖w‖² is not unit-free; unchanged fits suggest the columns were standardised inside fitRidge (theory: #ridge-regression)',
      ).toBeGreaterThan(1e-3);
    });

    describe('identities over random well-conditioned designs (properties, fast-check)', () => {
      // Designs: n × p Gaussian entries with column means 2, 4, …, n ≥ p + 3, drawn from a seed
      // that fast-check chooses; such designs have full column rank and small condition
      // numbers, so the identities hold to about 1e-10 and are checked to 1e-8.
      const design = fc
        .record({
          p: fc.integer({ min: 1, max: 4 }),
          extra: fc.integer({ min: 3, max: 10 }),
          seed: fc.integer({ min: 0, max: 1e6 }),
        })
        .map(({ p, extra, seed }) => {
          const rng = createRng(`${SEED}-property-${seed}`);
          const X = Array.from({ length: p + extra }, () =>
            Array.from({ length: p }, (_, j) => 2 * (j + 1) + rng.normal()),
          );
          return { X, y: X.map(() => 5 + 3 * rng.normal()) };
        });
      const lambda = fc.double({ min: 0, max: 1000, noNaN: true });
      const RUNS = { seed: PROPERTY_SEED, numRuns: 30 };
      const CLOSE = { rtol: 1e-8, atol: 1e-8 };

      it('adding c to every target moves only the intercept, by exactly c', () => {
        const shift = fc.double({ min: -1000, max: 1000, noNaN: true });
        assertProperty(
          fc.property(design, lambda, shift, ({ X, y }, l, c) => {
            const base = fitRidge(X, y, l);
            const moved = fitRidge(
              X,
              y.map((value) => value + c),
              l,
            );
            expectAllClose(moved.coefficients, base.coefficients, {
              ...CLOSE,
              hint: PENALISED_INTERCEPT,
            });
            expectClose(moved.intercept, base.intercept + c, {
              ...CLOSE,
              hint: PENALISED_INTERCEPT,
            });
          }),
          RUNS,
        );
      });

      it('with orthonormal centred columns the slopes are the OLS slopes divided by 1 + λ and the intercept is ȳ', () => {
        // Gram–Schmidt on the centred design gives columns q_j with q_jᵀq_k = δ_jk and
        // Σ_i q_ij = 0, so XᵀX = I, OLS = Xᵀy, and ridge shrinks each slope by 1/(1 + λ).
        assertProperty(
          fc.property(design, lambda, ({ X, y }, l) => {
            const means = columnMeans(X);
            const columns: number[][] = [];
            X[0]!.forEach((_, j) => {
              const v = X.map((row) => row[j]! - means[j]!);
              for (const q of columns) {
                const projection = dot(q, v);
                v.forEach((value, i) => (v[i] = value - projection * q[i]!));
              }
              const length = Math.hypot(...v);
              columns.push(v.map((value) => value / length));
            });
            const Q = X.map((_, i) => columns.map((q) => q[i]!));
            const ols = columns.map((q) => dot(q, y));
            const fit = fitRidge(Q, y, l);
            expectAllClose(
              fit.coefficients,
              ols.map((b) => b / (1 + l)),
              {
                ...CLOSE,
                hint: shrinkageHint(l, ols[0] ?? Number.NaN, fit.coefficients[0] ?? Number.NaN),
              },
            );
            expectClose(fit.intercept, sum(y) / y.length, { ...CLOSE, hint: PENALISED_INTERCEPT });
          }),
          RUNS,
        );
      });

      it('the trace of the smoother is Σ d²/(d² + λ) over centred X, plus 1 for the intercept', () => {
        assertProperty(
          fc.property(design, lambda, ({ X }, l) => {
            const n = X.length;
            const d = centredSingularValues(X);
            const expected = sum(d.map((value) => value ** 2 / (value ** 2 + l)));
            expectClose(ridgeEffectiveDegreesOfFreedom(X, l), expected, {
              ...CLOSE,
              hint: 'use the singular values of the column-centred X: the intercept absorbs the means and is not counted (theory: #ridge-regression)',
            });
            // Column i of the smoother S is the fit to the unit vector e_i, so tr S = Σ_i S_ii.
            const trace = sum(
              Array.from({ length: n }, (_, i) => {
                const unit = Array.from({ length: n }, (__, k) => (k === i ? 1 : 0));
                return fitRidge(X, unit, l).predict([X[i]!])[0]!;
              }),
            );
            const fit = fitRidge(
              X,
              X.map(() => 0),
              l,
            );
            const hint =
              "fitRidge's effectiveDegreesOfFreedom is the trace of the whole smoother y ↦ ŷ, Σ d²/(d² + λ) + 1, the intercept counted as 1 (theory: #ridge-regression)";
            expectClose(fit.effectiveDegreesOfFreedom, trace, { ...CLOSE, hint });
            expectClose(fit.effectiveDegreesOfFreedom, expected + 1, { ...CLOSE, hint });
          }),
          RUNS,
        );
      });
    });
  });

  describe('diagnostics', () => {
    // The controlled experiment: degree-10 polynomial features of 25 equally spaced x in
    // [−1, 1], f(x) = sin(πx), σ = 0.5, 41 test points; the same 100 noise draws for every λ.
    const degree = 10;
    const features = (x: number): number[] =>
      Array.from({ length: degree }, (_, k) => x ** (k + 1));
    const trainX = Array.from({ length: 25 }, (_, i) => features(-1 + (2 * i) / 24));
    const testX = Array.from({ length: 41 }, (_, i) => features(-1 + (2 * (i + 0.5)) / 41));
    const trueFunction = (row: number[]): number => Math.sin(Math.PI * row[0]!);
    const noiseSd = 0.5;

    // B1, B2 and B4: in a fixed design with additive noise of one variance, E[ŷ] = Sf, so every
    // bias term rises and every variance term falls with λ; B5: they add up under squared error.
    it('as λ grows, bias² rises, variance falls, and test error has an interior minimum', () => {
      const lambdas = [0, 0.03, 0.1, 0.3, 1, 3, 10, 100];
      const points = ridgeBiasVariance({
        trueFunction,
        noiseSd,
        trainX,
        testX,
        lambdas,
        replicates: 100,
        seed: SEED,
      });
      expect(
        points.map((point) => point.lambda),
        'ridgeBiasVariance gives one point per λ, in the order given, each carrying its own λ unchanged (theory: #ridge-regression)',
      ).toEqual(lambdas);
      points.forEach((point, k) => {
        expectClose(point.noise, noiseSd ** 2, EXACT);
        expectClose(point.expectedTestMSE, point.bias2 + point.variance + point.noise, {
          rtol: 1e-9,
          atol: 1e-12,
          hint: 'expectedTestMSE = bias² + variance + noise holds exactly only with f̄ the mean of the R predictions, the variance divided by R (not R − 1), and expectedTestMSE the mean over x and r of (ŷ_r(x) − f(x))² plus σ² (theory: #ridge-regression)',
        });
        if (k === 0) return;
        const previous = points[k - 1] as (typeof points)[number];
        expect(point.bias2, `bias² at λ = ${point.lambda}`).toBeGreaterThan(previous.bias2);
        expect(point.variance, `variance at λ = ${point.lambda}`).toBeLessThan(previous.variance);
      });
      const errors = points.map((point) => point.expectedTestMSE);
      const best = errors.indexOf(Math.min(...errors));
      expect(best, 'the test error should bottom out at an interior λ').toBeGreaterThan(0);
      expect(
        best,
        `the test-error minimum over λ (index ${best}) should be interior, not the largest λ (theory: #ridge-regression)`,
      ).toBeLessThan(lambdas.length - 1);
      // OLS (λ = 0) is beaten: a little bias buys a larger drop in variance.
      expect(
        errors[best]!,
        `the best λ should beat OLS (λ = 0) by at least 5%: ${errors[best]} against ${errors[0]}; a little bias buys a larger drop in variance (theory: #ridge-regression)`,
      ).toBeLessThan(0.95 * errors[0]!);
    });

    it('on the training rows the variance matches the smoother: σ²(1 + Σ (d²/(d² + λ))²)/n', () => {
      // In-sample ŷ = S y with S = 11ᵀ/n + U diag(d²/(d² + λ)) Uᵀ, so the mean over rows of
      // Var ŷ_i is σ² tr(S²)/n. The estimate divides by R, so its mean is (R − 1)/R of that;
      // its standard error is about σ² sqrt(2 tr(S⁴)/R)/n (a Gaussian quadratic form).
      const replicates = 100;
      const d = centredSingularValues(trainX);
      const n = trainX.length;
      const lambdas = [0.01, 1, 100];
      const points = ridgeBiasVariance({
        trueFunction,
        noiseSd,
        trainX,
        testX: trainX,
        lambdas,
        replicates,
        seed: `${SEED}-in-sample`,
      });
      points.forEach((point, k) => {
        const lambda = lambdas[k]!;
        const shrink = d.map((value) => value ** 2 / (value ** 2 + lambda));
        const trS2 = 1 + sum(shrink.map((s) => s ** 2));
        const trS4 = 1 + sum(shrink.map((s) => s ** 4));
        const expected = (((replicates - 1) / replicates) * noiseSd ** 2 * trS2) / n;
        const se = (noiseSd ** 2 * Math.sqrt((2 * trS4) / replicates)) / n;
        expectClose(point.variance, expected, { rtol: 0, atol: 4 * se });
      });
    });

    it('every λ is fitted on the same R training sets: a λ’s numbers do not depend on the rest of the grid', () => {
      // Common random numbers: the noise is drawn once, so the point for λ = 10 is the same
      // whether the grid is [10] or [1, 10]; only λ differs between the points of one grid.
      const shared = { trueFunction, noiseSd, trainX, testX, replicates: 20, seed: `${SEED}-crn` };
      const [alone] = ridgeBiasVariance({ ...shared, lambdas: [10] });
      const [, second] = ridgeBiasVariance({ ...shared, lambdas: [1, 10] });
      const hint =
        'looks like fresh noise was drawn for each λ: the controlled experiment fits every λ on the same R training sets (common random numbers), so that the differences between λs are differences between models (theory: #ridge-regression)';
      expectClose(second?.bias2 ?? Number.NaN, alone?.bias2 ?? Number.NaN, { ...EXACT, hint });
      expectClose(second?.variance ?? Number.NaN, alone?.variance ?? Number.NaN, {
        ...EXACT,
        hint,
      });
    });

    it('without noise every replicate is the same fit: variance 0 and bias² the error of fitRidge on f itself', () => {
      // Tall (25 × 10) and wide (6 × 10) designs, targets far from 0 so the intercept matters:
      // the experiment must reproduce fitRidge exactly, whatever shortcut it takes.
      const wide = Array.from({ length: 6 }, (_, i) =>
        Array.from({ length: 10 }, (__, k) => Math.cos((i + 1) * (k + 1))),
      );
      const shifted = (row: number[]): number => 10 + trueFunction(row);
      for (const [design, lambdas] of [
        [trainX, [0, 0.1, 10]],
        [wide, [0.1, 10]],
      ] as const) {
        const points = ridgeBiasVariance({
          trueFunction: shifted,
          noiseSd: 0,
          trainX: design,
          testX: design.slice(0, 4),
          lambdas,
          replicates: 3,
          seed: SEED,
        });
        points.forEach((point, k) => {
          const lambda = lambdas[k]!;
          const fit = fitRidge(design, design.map(shifted), lambda);
          const test = design.slice(0, 4);
          const errors = fit.predict(test).map((value, i) => value - shifted(test[i]!));
          const bias2 = sum(errors.map((e) => e * e)) / errors.length;
          expectClose(point.variance, 0, { rtol: 0, atol: 1e-18 });
          expectClose(point.bias2, bias2, {
            rtol: 1e-8,
            atol: 1e-12,
            hint: `without noise the experiment at λ = ${lambda} should reproduce fitRidge on the noise-free targets (theory: #ridge-regression)`,
          });
          expectClose(point.expectedTestMSE, bias2, { rtol: 1e-8, atol: 1e-12 });
        });
      }
    });

    it('the truth is evaluated on copies of the rows: a trueFunction that writes into its row changes nothing', () => {
      const design = [[0], [1], [2], [3]];
      const [point] = ridgeBiasVariance({
        trueFunction: (row) => {
          const value = row[0] ?? 0;
          row[0] = 100;
          return value;
        },
        noiseSd: 0,
        trainX: design,
        testX: design,
        lambdas: [0],
        replicates: 2,
        seed: SEED,
      });
      expect(
        design,
        'ridgeBiasVariance changed trainX (= testX here) during the call: work on copies (no function modifies its arguments)',
      ).toEqual([[0], [1], [2], [3]]);
      // OLS on a noise-free line reproduces it: no error at all.
      expectClose(point?.expectedTestMSE ?? Number.NaN, 0, { rtol: 0, atol: 1e-20 });
    });
  });

  describe('errors', () => {
    const X = [
      [1, 2],
      [2, 1],
      [3, 5],
      [4, 3],
    ];
    const y = [1, 2, 3, 4];

    it('fitRidge rejects a negative or non-finite λ and bad data', () => {
      for (const lambda of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
        expectLabError(() => fitRidge(X, y, lambda), InvalidArgumentError, 'fitRidge');
        expectLabError(
          () => ridgeEffectiveDegreesOfFreedom(X, lambda),
          InvalidArgumentError,
          'ridgeEffectiveDegreesOfFreedom',
        );
        expectLabError(() => ridgePath(X, y, [1, lambda]), InvalidArgumentError, 'ridgePath');
      }
      expectLabError(() => fitRidge([], [], 1), EmptyInputError, 'fitRidge');
      expectLabError(() => fitRidge(X, [1, 2, 3], 1), ShapeMismatchError, 'fitRidge');
      expectLabError(() => fitRidge(X, [1, 2, Number.NaN, 4], 1), NonFiniteValueError, 'fitRidge');
      // X is checked entry by entry (the header's bad data), whatever shortcut validates it:
      // a NaN, a non-number, a missing row or empty rows are each refused with their own class.
      for (const [label, rows, errorClass] of [
        [
          'a NaN',
          [
            [1, 2],
            [2, Number.NaN],
            [3, 5],
            [4, 3],
          ],
          NonFiniteValueError,
        ],
        [
          'an Infinity',
          [
            [1, 2],
            [2, 1],
            [Number.POSITIVE_INFINITY, 5],
            [4, 3],
          ],
          NonFiniteValueError,
        ],
        [
          'a null entry',
          [
            [1, 2],
            [2, null],
            [3, 5],
            [4, 3],
          ],
          InvalidArgumentError,
        ],
        [
          'a boolean entry',
          [
            [1, 2],
            [2, true],
            [3, 5],
            [4, 3],
          ],
          InvalidArgumentError,
        ],
        ['a null row', [[1, 2], null, [3, 5], [4, 3]], ShapeMismatchError],
        ['empty rows', [[], [], [], []], EmptyInputError],
      ] as const) {
        expectLabError(
          () => fitRidge(rows as unknown as number[][], y, 0),
          errorClass,
          'fitRidge',
          `fitRidge given X with ${label} must refuse it with ${errorClass.name}`,
        );
      }
      expectLabError(() => fitRidge(X, y, 1).predict([[1, 2, 3]]), ShapeMismatchError, 'predict');
      expectLabError(() => fitRidge(X, y, 1).predict([]), EmptyInputError, 'predict');
      // predict checks its rows as the fit does (the header): the same classes, named predict.
      const fit = fitRidge(X, y, 1);
      for (const [label, rows, errorClass] of [
        ['null', null, InvalidArgumentError],
        ['a NaN', [[1, Number.NaN]], NonFiniteValueError],
        ['a null entry', [[1, null]], InvalidArgumentError],
        ['a boolean entry', [[true, 2]], InvalidArgumentError],
        ['ragged rows', [[1, 2], [3]], ShapeMismatchError],
        ['a null row', [[1, 2], null], ShapeMismatchError],
      ] as const) {
        expectLabError(
          () => fit.predict(rows as unknown as number[][]),
          errorClass,
          'predict',
          `predict given ${label} must refuse it with ${errorClass.name}, as fitRidge would`,
        );
      }
      expectLabError(
        () => ridgePath(X, y, 1 as unknown as number[]),
        InvalidArgumentError,
        'ridgePath',
      );
      expectLabError(() => ridgePath(X, y, []), EmptyInputError, 'ridgePath');
      // Ragged rows are refused, not cut to the first row's width.
      expectLabError(
        () => fitRidge([[1, 2], [2], [3, 5], [4, 3]], y, 1),
        ShapeMismatchError,
        'fitRidge',
      );
      expectLabError(
        () =>
          ridgeEffectiveDegreesOfFreedom(
            [
              [1, 2],
              [2, Number.NaN],
            ],
            1,
          ),
        NonFiniteValueError,
        'ridgeEffectiveDegreesOfFreedom',
      );
      expectLabError(
        () => ridgeEffectiveDegreesOfFreedom([], 1),
        EmptyInputError,
        'ridgeEffectiveDegreesOfFreedom',
      );
      expectLabError(() => ridgePath(X, [1, 2], [1]), ShapeMismatchError, 'ridgePath');
    });

    it('λ = 0 on collinear columns has no unique answer and throws RankDeficiencyError; any λ > 0 fits', () => {
      const collinear = X.map((row) => [row[0]!, 2 * row[0]!]);
      expectLabError(() => fitRidge(collinear, y, 0), RankDeficiencyError, 'fitRidge');
      expectLabError(
        () => fitRidge(collinear, y, 0, { intercept: false }),
        RankDeficiencyError,
        'fitRidge',
      );
      expectLabError(() => ridgePath(collinear, y, [1, 0]), RankDeficiencyError, 'ridgePath');
      expect(
        Number.isFinite(fitRidge(collinear, y, 0.1).intercept),
        'λ = 0.1 on collinear columns: the penalty makes XᵀX + λI invertible, so the intercept is finite (theory: #ridge-regression)',
      ).toBe(true);
      // A constant column: with an intercept centring turns it into zeros (rank deficient at
      // λ = 0); without one it is an ordinary column, and (x, 7) has full rank.
      const constantColumn = X.map((row) => [row[0]!, 7]);
      expectLabError(() => fitRidge(constantColumn, y, 0), RankDeficiencyError, 'fitRidge');
      const throughOrigin = fitRidge(constantColumn, y, 0, { intercept: false });
      const ols = fitLeastSquares('spec', constantColumn, y).coefficients;
      expectAllClose(throughOrigin.coefficients, ols, {
        rtol: 1e-9,
        atol: 1e-9,
        hint: 'with intercept: false at λ = 0 a constant column is an ordinary column, and the fit is OLS through the origin (theory: #ridge-regression)',
      });
      // The same holds in the controlled experiment, where OLS is the point λ = 0. A constant
      // column is collinear with the free intercept, though not with the other columns.
      const constant = X.map((row) => [row[0]!, 7]);
      const experiment = {
        trueFunction: (row: number[]) => row[0]!,
        noiseSd: 1,
        testX: constant,
        replicates: 5,
        seed: SEED,
      };
      for (const trainX of [collinear, constant]) {
        expectLabError(
          () => ridgeBiasVariance({ ...experiment, trainX, testX: trainX, lambdas: [1, 0] }),
          RankDeficiencyError,
          'ridgeBiasVariance',
        );
        expect(
          ridgeBiasVariance({ ...experiment, trainX, testX: trainX, lambdas: [1] }),
          'λ = 1 alone on a rank-deficient design is well posed: one point, not RankDeficiencyError (theory: #ridge-regression)',
        ).toHaveLength(1);
      }
    });

    it('ridgeBiasVariance rejects too few replicates, a negative noise level and mismatched widths', () => {
      const base = {
        trueFunction: (row: number[]) => row[0]!,
        noiseSd: 1,
        trainX: X,
        testX: X,
        lambdas: [1],
        replicates: 10,
        seed: SEED,
      };
      expectLabError(
        () => ridgeBiasVariance({ ...base, replicates: 1 }),
        InvalidArgumentError,
        'ridgeBiasVariance',
      );
      expectLabError(
        () => ridgeBiasVariance({ ...base, noiseSd: -1 }),
        InvalidArgumentError,
        'ridgeBiasVariance',
      );
      expectLabError(
        () => ridgeBiasVariance({ ...base, lambdas: [-1] }),
        InvalidArgumentError,
        'ridgeBiasVariance',
      );
      expectLabError(
        () => ridgeBiasVariance({ ...base, testX: [[1]] }),
        ShapeMismatchError,
        'ridgeBiasVariance',
      );
      for (const replicates of [2.5, Number.NaN, 0]) {
        expectLabError(
          () => ridgeBiasVariance({ ...base, replicates }),
          InvalidArgumentError,
          'ridgeBiasVariance',
        );
      }
      expectLabError(
        () => ridgeBiasVariance({ ...base, lambdas: 1 as unknown as number[] }),
        InvalidArgumentError,
        'ridgeBiasVariance',
      );
      expectLabError(
        () => ridgeBiasVariance({ ...base, lambdas: [] }),
        EmptyInputError,
        'ridgeBiasVariance',
      );
      expectLabError(
        () => ridgeBiasVariance({ ...base, trainX: [[1, 2], [2], [3, 5], [4, 3]] }),
        ShapeMismatchError,
        'ridgeBiasVariance',
      );
      expectLabError(
        () => ridgeBiasVariance({ ...base, trueFunction: () => Number.NaN }),
        NonFiniteValueError,
        'ridgeBiasVariance',
      );
      // Exactly 2 replicates is the smallest experiment allowed.
      expect(
        ridgeBiasVariance({ ...base, replicates: 2 }),
        'replicates: 2 is the smallest experiment allowed (a variance needs two): one point per λ (theory: #ridge-regression)',
      ).toHaveLength(1);
    });
  });
});
