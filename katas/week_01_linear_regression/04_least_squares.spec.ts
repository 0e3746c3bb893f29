/**
 * Spec for kata 01.04 — Solving least squares.
 * Theory: theory/week_01_linear_regression.md#solving-least-squares
 * Assumptions checked: A3 (full column rank: rank deficiency detected and named, the condition
 * number, the minimum-norm answer when it fails).
 */
import { describe, expect, it } from 'vitest';
import { expectAllClose, expectClose, expectLabError } from '../../helpers/assertions';
import {
  EmptyInputError,
  NonFiniteValueError,
  RankDeficiencyError,
  ShapeMismatchError,
} from '../../helpers/errors';
import { fitLeastSquares, fitLeastSquaresAccurate } from '../../helpers/least_squares';
import { singularValues } from '../../helpers/linalg';
import { createRng } from '../../helpers/random';
import {
  conditionNumber,
  householderQR,
  solveHouseholderQR,
  solveNormalEquations,
  solvePseudoInverse,
} from './04_least_squares';

const SEED = 'kata-01.04';
const THEORY = 'theory: #solving-least-squares';
type Rows = number[][];

const transpose = (A: Rows): Rows => (A[0] ?? []).map((_, j) => A.map((row) => row[j]!));
const multiply = (A: Rows, B: Rows): Rows =>
  A.map((row) => (B[0] ?? []).map((_, j) => row.reduce((sum, v, k) => sum + v * B[k]![j]!, 0)));
const apply = (A: Rows, b: readonly number[]): number[] =>
  A.map((row) => row.reduce((sum, v, j) => sum + v * b[j]!, 0));
const identity = (p: number): Rows =>
  Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) => (i === j ? 1 : 0)));
const flat = (A: Rows): number[] => A.flat();
const norm = (v: readonly number[]): number => Math.hypot(...v);
const EPS = Number.EPSILON;

/**
 * κ(X) and κs = κ(X·D⁻¹), D = diag(‖x_j‖), from the SVD in helpers/linalg.ts (not the kata's),
 * and the column-scaled relative error ‖D(b̂ − b)‖/‖Db‖ against a known answer b.
 */
function conditioning(design: Rows, answer: readonly number[]) {
  const kappaOf = (A: Rows): number => {
    const sigma = singularValues(A);
    return Math.max(...sigma) / Math.min(...sigma);
  };
  const scales = (design[0] ?? []).map((_, j) => norm(design.map((row) => row[j]!)));
  const scaled = (b: readonly number[]): number[] => b.map((v, j) => v * scales[j]!);
  return {
    kappa: kappaOf(design),
    kappaScaled: kappaOf(design.map((row) => row.map((v, j) => v / scales[j]!))),
    scaledError: (b: readonly number[]): number =>
      norm(scaled(b.map((v, j) => v - answer[j]!))) / norm(scaled(answer)),
  };
}

/** expectLabError with a hint before its own message; a stub's NotImplementedError passes through. */
/** Rows [1, x, x², …, x^degree] for integer x: every entry, and y below, is an exact integer. */
function vandermonde(xs: readonly number[], degree: number): Rows {
  return xs.map((x) => Array.from({ length: degree + 1 }, (_, k) => x ** k));
}

const solvers = { solveHouseholderQR, solveNormalEquations, solvePseudoInverse };

describe('kata 01.04 solving least squares', () => {
  const rng = createRng(SEED);
  // A well-conditioned full-rank design: intercept plus three N(0, 1) columns, n = 30.
  const X = Array.from({ length: 30 }, () => [1, rng.normal(), rng.normal(), rng.normal()]);
  const y = X.map((row) => apply([row], [1, 2, -1, 0.5])[0]! + rng.normal(0, 0.3));
  // Small integer columns for exact collinearity.
  const x1 = [3, 1, 4, 1, 5, 9, 2, 6];
  const x2 = [2, 7, 1, 8, 2, 8, 1, 8];
  const withColumns = (...columns: number[][]): Rows =>
    x1.map((_, i) => columns.map((column) => column[i]!));
  const ones = x1.map(() => 1);

  describe('definition', () => {
    it('Householder QR of a hand example gives |R| = [[5, 5], [0, 2]] and X = QR', () => {
      // Column 0 = (3, 4, 0) has norm 5; column 1 = column 0 + (0, 0, 2), so R01 = 25/5 = 5 in
      // the direction of q0 and the remainder (0, 0, 2) has norm 2. Signs are a convention.
      const A = [
        [3, 3],
        [4, 4],
        [0, 2],
      ];
      const { Q, R } = householderQR(A);
      expect(Q, 'thin Q is n × p: 3 rows').toHaveLength(3);
      expect(R, 'R is p × p: 2 rows').toHaveLength(2);
      const r00 = R[0]?.[0] as number;
      expectClose(Math.abs(r00), 5, { rtol: 1e-14, atol: 0 });
      expectClose(Math.sign(r00) * (R[0]?.[1] as number), 5, { rtol: 1e-14, atol: 0 });
      expectClose(Math.abs(R[1]?.[1] as number), 2, { rtol: 1e-14, atol: 0 });
      expect(R[1]?.[0], 'R is upper triangular with an exact 0 below the diagonal').toBe(0);
      expectAllClose(flat(multiply(Q, R)), flat(A), { rtol: 0, atol: 1e-14 });
    });

    it('the three solvers agree with each other and with a trusted solver on a well-conditioned design', () => {
      // Reference: helpers/least_squares.ts (scaled Householder QR with iterative refinement).
      const reference = fitLeastSquares('spec', X, y).coefficients;
      for (const [name, solve] of Object.entries(solvers)) {
        expectAllClose(solve(X, y), reference, { rtol: 1e-10, atol: 1e-12, hint: name });
      }
      // The docstring example: y = [1, 2, 2] on x = 1, 2, 3 gives 2/3 + x/2 by hand.
      expectAllClose(
        solveHouseholderQR(
          [
            [1, 1],
            [1, 2],
            [1, 3],
          ],
          [1, 2, 2],
        ),
        [2 / 3, 0.5],
        {
          rtol: 1e-14,
          atol: 1e-15,
        },
      );
    });

    it('the condition number is σmax/σmin of the design as given', () => {
      // Orthogonal columns of norms 3 and 0.5: the singular values are the norms, so κ = 6.
      expectClose(
        conditionNumber([
          [3, 0],
          [0, 0.5],
          [0, 0],
        ]),
        6,
        {
          rtol: 1e-14,
          atol: 0,
          hint: `κ = σmax/σmin of X = 3/0.5 = 6; 36 would be the condition number of XᵀX, κ(XᵀX) = κ(X)² (${THEORY})`,
        },
      );
      // Orthonormal columns (rows of a rotation): κ = 1.
      expectClose(
        conditionNumber([
          [0.6, -0.8],
          [0.8, 0.6],
        ]),
        1,
        { rtol: 1e-14, atol: 0 },
      );
      // Scaling the whole design changes nothing; scaling one column does.
      expectClose(conditionNumber(X.map((row) => row.map((v) => 1000 * v))), conditionNumber(X), {
        rtol: 1e-12,
        atol: 0,
      });
      expect(
        conditionNumber(X.map((row) => [row[0]!, 1000 * row[1]!, row[2]!, row[3]!])),
        `one column scaled by 1000 makes the columns unequal in size: κ must grow (by over 100×), since κ measures the design as given, not equilibrated (${THEORY})`,
      ).toBeGreaterThan(100 * conditionNumber(X));
    });
  });

  describe('properties', () => {
    it('Q has orthonormal columns, R is upper triangular with exact zeros, and QR = X', () => {
      const { Q, R } = householderQR(X);
      expect(Q, 'thin Q is n × p: 30 rows').toHaveLength(30);
      expect(Q[0], 'thin Q is n × p: 4 columns, not n').toHaveLength(4);
      expectAllClose(flat(multiply(transpose(Q), Q)), flat(identity(4)), { rtol: 0, atol: 1e-14 });
      R.forEach((row, i) =>
        row.forEach(
          (value, j) =>
            j < i &&
            expect(
              value,
              `R[${i}][${j}] is below the diagonal: store an exact 0, not the rounding left by the reflection`,
            ).toBe(0),
        ),
      );
      expectAllClose(flat(multiply(Q, R)), flat(X), { rtol: 0, atol: 1e-13 });
      // RᵀR = XᵀX: R is the Cholesky factor of XᵀX up to the signs of its rows.
      expectAllClose(flat(multiply(transpose(R), R)), flat(multiply(transpose(X), X)), {
        rtol: 1e-13,
        atol: 1e-12,
      });
    });

    it('each reflection takes the sign that avoids cancellation, so a column already along e_k stays exact', () => {
      // Columns (±1, 10⁻⁹, 10⁻⁹): ‖x‖ rounds to 1, so v₀ = x₀ − sign·‖x‖ would cancel to 0 with
      // the wrong sign and the 10⁻⁹ entries would be lost; x₀ + sign(x₀)·‖x‖ adds like signs.
      for (const head of [1, -1]) {
        const A = [
          [head, 1],
          [1e-9, 2],
          [1e-9, 3],
        ];
        const { Q, R } = householderQR(A);
        expectAllClose(flat(multiply(Q, R)), flat(A), {
          rtol: 0,
          atol: 1e-15,
          hint: `QR ≠ X for a column along ${head > 0 ? '+' : '−'}e₀: the reflection must map x to −sign(x₀)·‖x‖·e₀, so that v₀ = x₀ + sign(x₀)‖x‖ never cancels (${THEORY})`,
        });
        expectAllClose(flat(multiply(transpose(Q), Q)), flat(identity(2)), {
          rtol: 0,
          atol: 1e-15,
        });
      }
    });

    it('a column already zero below the diagonal needs no reflection, and square designs factor too', () => {
      // Column 1 of [[1, 0], [0, 0], [0, 0]] is zero from row 1 down: its reflection is the
      // identity (β = 0), not a division of 0 by 0.
      const zeroBelow = [
        [1, 0],
        [0, 0],
        [0, 0],
      ];
      const factors = householderQR(zeroBelow);
      expectAllClose(flat(multiply(factors.Q, factors.R)), flat(zeroBelow), { rtol: 0, atol: 0 });
      expectAllClose(flat(multiply(transpose(factors.Q), factors.Q)), flat(identity(2)), {
        rtol: 0,
        atol: 1e-15,
      });
      // n = p is allowed: the rotation by the 3-4-5 angle is its own Q up to signs, R = ±I.
      const rotation = [
        [0.6, -0.8],
        [0.8, 0.6],
      ];
      const square = householderQR(rotation);
      expectAllClose(flat(multiply(square.Q, square.R)), flat(rotation), { rtol: 0, atol: 1e-15 });
      expectAllClose(flat(square.R).map(Math.abs), [1, 0, 0, 1], { rtol: 0, atol: 1e-15 });
      // And a square system is solved exactly: [[2, 1], [1, 3]]·b = (3, 5) has b = (0.8, 1.4).
      for (const [name, solve] of Object.entries(solvers)) {
        expectAllClose(
          solve(
            [
              [2, 1],
              [1, 3],
            ],
            [3, 5],
          ),
          [0.8, 1.4],
          { rtol: 1e-14, atol: 1e-15, hint: `${name} on a square system` },
        );
      }
    });

    it('every solver leaves a residual orthogonal to every column (the normal equations hold)', () => {
      for (const [name, solve] of Object.entries(solvers)) {
        const b = solve(X, y);
        const residual = y.map((value, i) => value - apply([X[i] ?? []], b)[0]!);
        expectAllClose(apply(transpose(X), residual), [0, 0, 0, 0], {
          rtol: 0,
          atol: 1e-11,
          hint: name,
        });
      }
    });

    it('forming XᵀX squares the condition number: κ(XᵀX) = κ(X)²', () => {
      // A design with κ(X) ≈ 10³, so κ² ≈ 10⁶ is still resolved to many digits by the SVD.
      const stretched = X.map((row) => [row[0]!, row[1]!, row[1]! + 0.01 * row[2]!]);
      const kappa = conditionNumber(stretched);
      expect(kappa, 'the stretched design is ill-conditioned (κ > 100)').toBeGreaterThan(100);
      const gram = multiply(transpose(stretched), stretched);
      expectClose(conditionNumber(gram), kappa ** 2, { rtol: 1e-6, atol: 0 });
    });
  });

  describe('diagnostics', () => {
    it('on an ill-conditioned quartic with an exact answer, each solver stays inside its backward-stability bound', () => {
      // Quartic in x = 10, 11, …, 20 with y = 1 − x + x² − x³ + x⁴: every entry an exact integer,
      // so b = [1, −1, 1, −1, 1] is the exact least-squares answer (zero residual). κ(X) = 6.2e7,
      // κs = 1.7e4 for the column-scaled design X·D⁻¹, D = diag(‖x_j‖) (van der Sluis).
      // Bounds for every backward-stable variant (Higham, Accuracy and Stability, ch. 19–20), with
      // the modest constant n·p = 55: Householder or Givens QR err_s ≤ 55·κs·ε; any Cholesky, LDLᵀ
      // or LU of XᵀX err_s ≤ 55·κs²·ε; an SVD of X ‖δb‖/‖b‖ ≤ 55·κ·ε (its backward error is
      // normwise, so the unscaled κ). err_s = ‖D(b̂ − b)‖/‖Db‖, the column-scaled norm: κε does not
      // bound any single coefficient (the intercept's column is 8·10⁴ times shorter than ‖Db‖).
      // Measured: QR err_s = 1.6e-13 (0.04·κsε), Givens 0.07·κsε; normal equations 0.01–0.4·κs²ε
      // across lower/upper Cholesky, LDLᵀ, column-scaled, ml-matrix Cholesky/LU/inverse; SVD 0.1·κε.
      const design = vandermonde(
        Array.from({ length: 11 }, (_, i) => 10 + i),
        4,
      );
      const exact = [1, -1, 1, -1, 1];
      const targets = apply(design, exact);
      const { kappa, kappaScaled, scaledError } = conditioning(design, exact);
      const modest = design.length * exact.length;
      const qr = scaledError(solveHouseholderQR(design, targets));
      expect(
        qr,
        `Householder QR: column-scaled error ${qr.toExponential(1)} exceeds n·p·κs·ε = ${(modest * kappaScaled * EPS).toExponential(1)}; an error of order κs²ε looks like the solve went through XᵀX (${THEORY})`,
      ).toBeLessThanOrEqual(modest * kappaScaled * EPS);
      const normal = scaledError(solveNormalEquations(design, targets));
      expect(
        normal,
        `normal equations: column-scaled error ${normal.toExponential(1)} exceeds n·p·κs²·ε = ${(modest * kappaScaled ** 2 * EPS).toExponential(1)}, more than any backward-stable factorisation of XᵀX loses (${THEORY})`,
      ).toBeLessThanOrEqual(modest * kappaScaled ** 2 * EPS);
      const pseudo = solvePseudoInverse(design, targets);
      const pseudoError = norm(pseudo.map((v, j) => v - exact[j]!)) / norm(exact);
      expect(
        pseudoError,
        `the SVD solution's relative error ${pseudoError.toExponential(1)} exceeds n·p·κ·ε = ${(modest * kappa * EPS).toExponential(1)}; that looks like the pseudo-inverse went through XᵀX (pinv(XᵀX)·Xᵀy squares κ and drops the small singular values): take the SVD of X itself (${THEORY})`,
      ).toBeLessThanOrEqual(modest * kappa * EPS);
    });

    it('the normal equations lose digits QR keeps, whatever the operation order (a ranking, not a digit count)', () => {
      // Quartic in x = 40 + i/3, i = 0 … 30: the design is rounded, so XᵀX cannot be formed
      // exactly. Reference: the least-squares answer of the rounded data in double-double
      // arithmetic (helpers/least_squares.ts, fitLeastSquaresAccurate; it agrees with exact
      // rational arithmetic in Python's fractions to every printed digit).
      // κs = 1.4e6, so κsε = 3.2e-10 and κs²ε = 4.7e-4: the two bounds are six digits apart.
      // Measured err_s: QR 0.05–0.1·κsε (Householder, Givens, LAPACK's dgeqrf); the normal
      // equations 0.03–0.6·κs²ε (lower/upper Cholesky in several orders, LDLᵀ, column-scaled,
      // ml-matrix's Cholesky/LU/inverse, LAPACK's dpotrf 'U' and 'L', dgesv), at least 4·10⁴
      // times QR's. The spec asks for 100: at x = 20 + i/3, where the bounds are five digits
      // apart, LAPACK's upper Cholesky happened to land at 3·10⁻⁴·κs²ε, only 300 times QR's.
      const design = vandermonde(
        Array.from({ length: 31 }, (_, i) => 40 + i / 3),
        4,
      );
      const targets = apply(design, [1, -1, 1, -1, 1]);
      const reference = fitLeastSquaresAccurate('spec', design, targets).coefficients;
      const { kappaScaled, scaledError } = conditioning(design, reference);
      expect(kappaScaled, 'the rounded quartic has κs > 10⁶').toBeGreaterThan(1e6);
      const qr = scaledError(solveHouseholderQR(design, targets));
      expect(
        qr,
        `Householder QR: column-scaled error ${qr.toExponential(1)} exceeds n·p·κs·ε (${THEORY})`,
      ).toBeLessThanOrEqual(design.length * 5 * kappaScaled * EPS);
      const normal = scaledError(solveNormalEquations(design, targets));
      expect(
        normal,
        `the normal equations kept as many digits as QR (errors ${normal.toExponential(1)} and ${qr.toExponential(1)}; κs²ε = ${(kappaScaled ** 2 * EPS).toExponential(1)}): XᵀX was not formed and factored, or QR went through it too (${THEORY})`,
      ).toBeGreaterThanOrEqual(100 * qr);
    });

    it('perfect collinearity throws RankDeficiencyError naming the dependent columns, intercept as column 0', () => {
      const cases: [string, Rows, number[]][] = [
        [
          'x1 + x2',
          withColumns(
            ones,
            x1,
            x2,
            x1.map((v, i) => v + x2[i]!),
          ),
          [3],
        ],
        ['a duplicated column', withColumns(ones, x1, x1), [2]],
        [
          'a column of zeros',
          withColumns(
            ones,
            x1.map(() => 0),
            x2,
          ),
          [1],
        ],
        [
          '2·x1 − 3·intercept',
          withColumns(
            ones,
            x1,
            x1.map((v) => 2 * v - 3),
            x2,
          ),
          [2],
        ],
        [
          '0.1·x1 + 0.3·x2, dependent only to rounding',
          withColumns(
            ones,
            x1,
            x2,
            x1.map((v, i) => 0.1 * v + 0.3 * x2[i]!),
          ),
          [3],
        ],
        [
          'two dependent columns',
          withColumns(
            ones,
            x1,
            x1,
            x2,
            x2.map((v, i) => v - x1[i]!),
          ),
          [2, 4],
        ],
      ];
      const targets = x1.map((v, i) => v - x2[i]! + (i % 3));
      for (const name of ['solveHouseholderQR', 'solveNormalEquations'] as const) {
        for (const [label, design, columns] of cases) {
          const error = expectLabError(
            () => solvers[name](design, targets),
            RankDeficiencyError,
            name,
          );
          expect((error as RankDeficiencyError).columns, `${name}: ${label}`).toEqual(columns);
        }
      }
    });

    it('the rank tests are scale-free, with the tolerances the header pins', () => {
      // x₁ = 1 + d·(1, −1, 0, …, 0) beside the intercept, n = 8: x₁ is d·√2 from the span of the
      // intercept, so |R₁₁|/‖x₁‖ = d/2 (hand derivation).
      const nearIntercept = (d: number): Rows =>
        Array.from({ length: 8 }, (_, i) => [1, 1 + (i === 0 ? d : i === 1 ? -d : 0)]);
      const targets = Array.from({ length: 8 }, (_, i) => i);
      // d = 8ε: |R₁₁|/‖x₁‖ = 4ε, inside QR's max(n, p)·ε = 8ε (min(n, p)·ε = 2ε would miss it).
      for (const name of ['solveHouseholderQR', 'solveNormalEquations'] as const) {
        const error = expectLabError(
          () => solvers[name](nearIntercept(8 * Number.EPSILON), targets),
          RankDeficiencyError,
          name,
          `${name}: a column 4ε from the span of the intercept, relative to the column's length, is dependent to rounding: the test is |R_jj| ≤ max(n, p)·ε·‖x_j‖ (pivot ≤ max(n, p)·ε·(XᵀX)_jj), relative to the column, and max(n, p), not min(n, p) (${THEORY})`,
        ) as RankDeficiencyError;
        expect(
          error.columns,
          `${name}: a column 4ε from the span is dependent to rounding`,
        ).toEqual([1]);
      }
      // d = 6·10⁻⁸: the Cholesky pivot over (XᵀX)₁₁ is d²/4 ≈ 4ε, inside the normal equations'
      // max(n, p)·ε = 8ε; QR still resolves the column (|R₁₁|/‖x₁‖ = 3·10⁻⁸, far above 8ε).
      // Squaring the problem is what makes a resolvable column look dependent.
      const error = expectLabError(
        () => solveNormalEquations(nearIntercept(6e-8), targets),
        RankDeficiencyError,
        'solveNormalEquations',
      ) as RankDeficiencyError;
      expect(
        error.columns,
        `the normal equations see a column 3·10⁻⁸ from the span as dependent: the pivot test is on (XᵀX)_jj, the square (${THEORY})`,
      ).toEqual([1]);
      const b = solveHouseholderQR(nearIntercept(6e-8), targets);
      expect(
        b.every(Number.isFinite),
        `QR resolves a column 3·10⁻⁸ from the span: finite coefficients, no RankDeficiencyError (${THEORY})`,
      ).toBe(true);
      // The pseudo-inverse drops singular values σ ≤ max(n, p)·ε·σmax: here 8ε, so σ₂ = 4ε goes
      // and b = (1, 0); min(n, p)·ε = 2ε would keep it and divide by it.
      const tiny = Array.from({ length: 8 }, (_, i) =>
        i === 0 ? [1, 0] : i === 1 ? [0, 4 * Number.EPSILON] : [0, 0],
      );
      expectAllClose(solvePseudoInverse(tiny, [1, 1, 0, 0, 0, 0, 0, 0]), [1, 0], {
        rtol: 0,
        atol: 1e-15,
        hint: `singular values at or below max(n, p)·ε·σmax count as zero (numpy lstsq's cut-off) (${THEORY})`,
      });
      // An all-zero design: every σ is 0, and the minimum-norm answer is 0.
      expectAllClose(
        solvePseudoInverse(
          [
            [0, 0],
            [0, 0],
            [0, 0],
          ],
          [1, 2, 3],
        ),
        [0, 0],
        { rtol: 0, atol: 0 },
      );
      // Scale-free means no absolute threshold anywhere: the well-conditioned design times
      // 10⁻²⁰ or 10²⁰ is solved, its coefficients divided by the same factor. (Not 10¹⁰⁰: products
      // of two squared norms would overflow there, which is another question.)
      const reference = fitLeastSquares('spec', X, y).coefficients;
      for (const factor of [1e-20, 1e20]) {
        const scaledDesign = X.map((row) => row.map((v) => v * factor));
        for (const [name, solve] of Object.entries(solvers)) {
          const hint = `${name} on the design times ${factor}: a full-rank design stays full rank at any scale; a test relative to the column's length is scale-free, an absolute one (|R_jj| ≤ ε, pivot ≤ ε, σ ≤ ε) is not (${THEORY})`;
          let b: number[];
          try {
            b = solve(scaledDesign, y);
          } catch (error) {
            if (error instanceof RankDeficiencyError)
              expect.fail(`${hint}: threw ${error.message}`);
            throw error;
          }
          expectAllClose(
            b,
            reference.map((value) => value / factor),
            { rtol: 1e-9, atol: 0, hint },
          );
        }
      }
      // Per column, too: the test compares |R_jj| with ‖x_j‖, not with the largest |R_kk|, σmax
      // or the largest (XᵀX)_kk. A column of size 10⁻¹⁵ beside one of size 10¹⁵ is independent;
      // the near-intercept column blown up by 10⁸ is still dependent to rounding. (Not the
      // pseudo-inverse: its cut-off is relative to σmax by design, as numpy's lstsq.)
      const columnScales = [1, 1e-15, 1, 1e15];
      const unevenDesign = X.map((row) => row.map((v, j) => v * columnScales[j]!));
      const blownUp = nearIntercept(8 * Number.EPSILON).map((row) => [row[0]!, 1e8 * row[1]!]);
      for (const name of ['solveHouseholderQR', 'solveNormalEquations'] as const) {
        const hint = `${name}: the rank test compares each column with its own length, |R_jj| ≤ max(n, p)·ε·‖x_j‖, not with the largest column or singular value (${THEORY})`;
        let b: number[];
        try {
          b = solvers[name](unevenDesign, y);
        } catch (error) {
          if (error instanceof RankDeficiencyError)
            expect.fail(
              `${hint}: columns of sizes 1, 10⁻¹⁵, 1, 10¹⁵ are independent, but it threw ${error.message}`,
            );
          throw error;
        }
        expectAllClose(
          b,
          reference.map((value, j) => value / columnScales[j]!),
          { rtol: 1e-9, atol: 0, hint },
        );
        const error = expectLabError(
          () => solvers[name](blownUp, targets),
          RankDeficiencyError,
          name,
          `${hint}: a column 4ε from the intercept's span relative to its length is dependent, whatever its size`,
        ) as RankDeficiencyError;
        expect(error.columns, hint).toEqual([1]);
      }
    });

    it('the pseudo-inverse answers where the others throw: the minimum-norm solution', () => {
      // Duplicated column and y = 2·x1: b0 = 0 and b1 + b2 = 2; the shortest such b splits it 1, 1.
      const duplicated = withColumns(ones, x1, x1);
      const hint = `looks like the minimum-norm fit went through the normal equations; XᵀX is singular here, use the SVD (${THEORY})`;
      expectAllClose(
        solvePseudoInverse(
          duplicated,
          x1.map((v) => 2 * v),
        ),
        [0, 1, 1],
        {
          rtol: 1e-12,
          atol: 1e-12,
          hint,
        },
      );
      // More columns than rows: b0 + b1 = 2 with one equation, shortest answer [1, 1].
      expectAllClose(solvePseudoInverse([[1, 1]], [2]), [1, 1], { rtol: 1e-12, atol: 1e-12, hint });
      // Two equations in three unknowns: b = Xᵀ(XXᵀ)⁻¹y with XXᵀ = [[14, 32], [32, 77]] (det 54)
      // gives (−1/18, 1/9, 5/18) by hand.
      expectAllClose(
        solvePseudoInverse(
          [
            [1, 2, 3],
            [4, 5, 6],
          ],
          [1, 2],
        ),
        [-1 / 18, 1 / 9, 5 / 18],
        { rtol: 1e-12, atol: 1e-14, hint },
      );
      // Its fitted values are those of the full-rank design without the duplicate.
      const targets = x1.map((v, i) => v * v - x2[i]!);
      const b = solvePseudoInverse(duplicated, targets);
      const reduced = solveHouseholderQR(withColumns(ones, x1), targets);
      expectAllClose(apply(duplicated, b), apply(withColumns(ones, x1), reduced), {
        rtol: 1e-10,
        atol: 1e-10,
      });
      expectClose(b[1]!, b[2]!, { rtol: 1e-10, atol: 1e-12 });
    });

    it('a singular or wide design has an infinite or enormous condition number', () => {
      expect(
        conditionNumber([
          [1, 2, 3],
          [4, 5, 6],
        ]),
        `a 2 × 3 (wide) design has rank ≤ 2 < 3 columns: σmin = 0 and κ = +Infinity, not a finite ratio of the nonzero singular values (${THEORY})`,
      ).toBe(Number.POSITIVE_INFINITY);
      expect(
        conditionNumber([
          [1, 0],
          [0, 0],
        ]),
        `[[1, 0], [0, 0]] has σmin = 0: κ = σmax/σmin = +Infinity, not NaN or the largest finite number (${THEORY})`,
      ).toBe(Number.POSITIVE_INFINITY);
      expect(
        conditionNumber([
          [0, 0],
          [0, 0],
        ]),
        'σmin = 0 makes κ infinite, even when σmax is 0 too',
      ).toBe(Number.POSITIVE_INFINITY);
      // Exactly collinear columns leave σmin at rounding level: κ near 1/ε rather than ∞.
      expect(
        conditionNumber(
          withColumns(
            ones,
            x1,
            x2,
            x1.map((v, i) => v + x2[i]!),
          ),
        ),
        `exactly collinear columns (x3 = x1 + x2) leave σmin at rounding level: κ near 1/ε, above 1e13; a small κ means σmin was not the smallest singular value (${THEORY})`,
      ).toBeGreaterThan(1e13);
    });
  });

  describe('errors', () => {
    it('empty, ragged, mismatched or non-finite inputs throw typed errors naming the function', () => {
      for (const [name, solve] of Object.entries(solvers)) {
        expectLabError(() => solve([], []), EmptyInputError, name);
        expectLabError(() => solve([[1, 2], [1]], [1, 2]), ShapeMismatchError, name);
        expectLabError(
          () =>
            solve(
              [
                [1, 2],
                [1, 3],
              ],
              [1, 2, 3],
            ),
          ShapeMismatchError,
          name,
        );
        // A y shorter than the rows is refused, not read as far as it goes.
        expectLabError(
          () =>
            solve(
              [
                [1, 2],
                [1, 3],
                [1, 5],
              ],
              [1, 2],
            ),
          ShapeMismatchError,
          name,
        );
        expectLabError(
          () =>
            solve(
              [
                [1, 2],
                [1, 3],
              ],
              [1, Number.NaN],
            ),
          NonFiniteValueError,
          name,
        );
        expectLabError(
          () =>
            solve(
              [
                [1, Number.POSITIVE_INFINITY],
                [1, 3],
              ],
              [1, 2],
            ),
          NonFiniteValueError,
          name,
        );
      }
      for (const [name, fn] of Object.entries({ householderQR, conditionNumber })) {
        expectLabError(() => fn([]), EmptyInputError, name);
        expectLabError(() => fn([[1, 2], [1]]), ShapeMismatchError, name);
        expectLabError(() => fn([[1, Number.NaN]]), NonFiniteValueError, name);
      }
    });

    it('no function changes its inputs', () => {
      const design = X.map((row) => [...row]);
      const targets = [...y];
      householderQR(design);
      conditionNumber(design);
      for (const solve of Object.values(solvers)) solve(design, targets);
      expect(
        [design, targets],
        'X and y must be left as they were given: factor a copy (a reflection applied in place to the caller’s rows changes their data)',
      ).toEqual([X, y]);
    });

    it('fewer rows than columns: the QR and normal-equation solvers name the surplus columns', () => {
      for (const name of ['solveHouseholderQR', 'solveNormalEquations'] as const) {
        const error = expectLabError(
          () =>
            solvers[name](
              [
                [1, 2, 3, 4],
                [1, 5, 6, 8],
              ],
              [1, 2],
            ),
          RankDeficiencyError,
          name,
        );
        expect(
          (error as RankDeficiencyError).columns,
          `${name}: two rows, four columns: columns 2 and 3 cannot add rank`,
        ).toEqual([2, 3]);
        // Even when an earlier column is the dependent one, the surplus columns n … p − 1 are named.
        const surplus = expectLabError(
          () =>
            solvers[name](
              [
                [1, 2, 1, 0],
                [1, 2, 0, 1],
              ],
              [1, 2],
            ),
          RankDeficiencyError,
          name,
        );
        expect(
          (surplus as RankDeficiencyError).columns,
          `${name}: with fewer rows than columns, columns n … p − 1 are named`,
        ).toEqual([2, 3]);
      }
      expectLabError(() => householderQR([[1, 2, 3]]), EmptyInputError, 'householderQR');
    });
  });
});
