/**
 * Spec for kata 01.11 — Appendix: least squares to the last digit.
 * Theory: theory/week_01_linear_regression.md#least-squares-to-the-last-digit
 * Assumptions checked: A3 (full column rank: rank deficiency named; near-collinearity, a large
 * condition number, costs digits that refinement with an extended-precision residual recovers).
 */
import { describe, expect, it } from 'vitest';
import { expectAllClose, expectClose, expectLabError } from '../../helpers/assertions';
import { dd } from '../../helpers/double_double';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  RankDeficiencyError,
  ShapeMismatchError,
} from '../../helpers/errors';
import { fitLeastSquaresExtended } from '../../helpers/extended_least_squares';
import { fitLeastSquares, fitPolynomialAccurate } from '../../helpers/least_squares';
import { logRelativeError } from '../../helpers/nist';
import { assertProperty, fc } from '../../helpers/properties';
import { createRng } from '../../helpers/random';
import {
  compensatedDot,
  extendedResidual,
  refinedLeastSquares,
  twoProduct,
  twoSum,
  type ResidualPrecision,
} from './11_refined_least_squares';

const SEED = 'kata-01.11';
const PROPERTY_SEED = 1011;
const THEORY = 'theory: #least-squares-to-the-last-digit';
const DOUBLE_RESIDUAL = `residuals computed in double precision cannot refine beyond what they resolve: near the answer yᵢ and its fitted value agree in most digits, and rounding each fitted value (an error of ~ε·|yᵢ|) loses the residual; accumulate y − Xb with TwoSum/TwoProduct (${THEORY})`;
/** The unit roundoff u = 2⁻⁵³: fl(x) = x(1 + δ) with |δ| ≤ u. */
const UNIT_ROUNDOFF = 2 ** -53;

const bits = new DataView(new ArrayBuffer(8));
/** x·2¹⁰⁷⁴ as a BigInt, exactly: every finite double is an integer multiple of 2⁻¹⁰⁷⁴. */
function exact(x: number): bigint {
  bits.setFloat64(0, x);
  const word = bits.getBigUint64(0);
  const biased = Number((word >> 52n) & 0x7ffn);
  const fraction = word & 0xfffffffffffffn;
  const significand = biased === 0 ? fraction : fraction | (1n << 52n);
  const magnitude = significand << BigInt(Math.max(biased, 1) - 1);
  return word >> 63n === 1n ? -magnitude : magnitude;
}
const ONE = 1n << 1074n; // exact(1)

/** ±m·2^e with m a random double in [1, 2) (all 52 fraction bits in play) and |e| ≤ range. */
const doubleWithin = (range: number): fc.Arbitrary<number> =>
  fc
    .tuple(
      fc.double({ min: 1, max: 2, maxExcluded: true, noNaN: true }),
      fc.integer({ min: -range, max: range }),
      fc.boolean(),
    )
    .map(([m, e, negative]) => (negative ? -m : m) * 2 ** e);

type Rows = number[][];
const apply = (A: Rows, b: readonly number[]): number[] =>
  A.map((row) => row.reduce((sum, v, j) => sum + v * b[j]!, 0));

// The ill-conditioned cubic of helpers/least_squares.spec.ts: x = 1000 … 1019 and
// y = 1 − 2x + 3x² − 4x³. Every power and every y is an integer below 2⁵³, so the data are
// exact and b = [1, −2, 3, −4] is the exact least-squares answer (zero residual). κ(X) = 7.1e15
// as given and 6.2e7 with columns scaled to unit norm (measured with kata 01.04's solution).
const CUBIC_X = Array.from({ length: 20 }, (_, i) => 1000 + i);
const CUBIC_TRUTH = [1, -2, 3, -4];
const CUBIC_DESIGN = CUBIC_X.map((x) => [1, x, x ** 2, x ** 3]);
const CUBIC_Y = CUBIC_X.map((x) => 1 - 2 * x + 3 * x ** 2 - 4 * x ** 3);
/** Correct digits of the worst coefficient (NIST's log relative error, at most 15). */
const digits = (coefficients: readonly number[], reference: readonly number[]): number =>
  Math.min(...coefficients.map((b, j) => logRelativeError(b, reference[j]!)));

describe('kata 01.11 least squares to the last digit', () => {
  const rng = createRng(SEED);
  // A well-conditioned full-rank design: intercept plus three N(0, 1) columns, n = 30.
  const X = Array.from({ length: 30 }, () => [1, rng.normal(), rng.normal(), rng.normal()]);
  const y = X.map((row) => apply([row], [1, 2, -1, 0.5])[0]! + rng.normal(0, 0.3));

  describe('definition', () => {
    it('twoSum returns the rounded sum and its rounding error: a + b = s + e exactly (property, fast-check)', () => {
      // Hand cases: 1 + 2⁻⁶⁰ rounds to 1 and drops 2⁻⁶⁰; 2⁵³ + 1 is a tie and rounds to even, 2⁵³.
      expect(
        twoSum(1, 2 ** -60),
        `TwoSum(1, 2⁻⁶⁰): the sum rounds to 1 and the error is the dropped 2⁻⁶⁰ exactly; an error of 0 means the rounding error was not recovered (${THEORY})`,
      ).toEqual({ value: 1, error: 2 ** -60 });
      expect(
        twoSum(2 ** -60, 1),
        `TwoSum must not assume |a| ≥ |b|: (2⁻⁶⁰, 1) loses the error if the roles are fixed, as in Fast2Sum; recover the parts of both operands (${THEORY})`,
      ).toEqual({ value: 1, error: 2 ** -60 });
      expect(
        twoSum(2 ** 53, 1),
        `TwoSum(2⁵³, 1): a tie that rounds to even, 2⁵³, with error 1 exactly (${THEORY})`,
      ).toEqual({ value: 2 ** 53, error: 1 });
      expect(
        twoSum(3, 4),
        `TwoSum(3, 4): an exact sum has error 0, not −0 or a rounding residue (${THEORY})`,
      ).toEqual({ value: 7, error: 0 });
      // Exponents within ±60 of each other overlap or just miss, where the errors live.
      assertProperty(
        fc.property(doubleWithin(60), doubleWithin(60), (a, b) => {
          const { value, error } = twoSum(a, b);
          expect(value, 'the first part is the rounded sum fl(a + b)').toBe(a + b);
          expect(
            exact(value) + exact(error) === exact(a) + exact(b),
            `s + e must equal a + b exactly (checked in BigInt) for a = ${a}, b = ${b} (${THEORY})`,
          ).toBe(true);
        }),
        { seed: PROPERTY_SEED, numRuns: 300 },
      );
    });

    it('twoProduct returns the rounded product and its rounding error: a·b = p + e exactly (property, fast-check)', () => {
      // (1 + 2⁻³⁰)² = 1 + 2⁻²⁹ + 2⁻⁶⁰; (2²⁷ + 1)(2²⁷ − 1) = 2⁵⁴ − 1, which needs 54 bits and
      // rounds to 2⁵⁴; 0.1·10 rounds to exactly 1, and the error keeps the 2⁻⁵⁴ by which the
      // double nearest 0.1 exceeds 1/10, times 10 (exact(0.1)·10 − 2¹⁰⁷⁴ = 2¹⁰²⁰).
      const naive = `looks like the error was computed as a·b − p, which is 0 in floating point: split each factor into 26-bit halves (Dekker, multiply by 2²⁷ + 1) so the partial products are exact (${THEORY})`;
      expect(twoProduct(1 + 2 ** -30, 1 + 2 ** -30), naive).toEqual({
        value: 1 + 2 ** -29,
        error: 2 ** -60,
      });
      expect(twoProduct(2 ** 27 + 1, 2 ** 27 - 1), naive).toEqual({ value: 2 ** 54, error: -1 });
      expect(twoProduct(0.1, 10), naive).toEqual({ value: 1, error: 2 ** -54 });
      // Exponents within ±300: no product overflows or underflows, where Dekker's split is exact.
      assertProperty(
        fc.property(doubleWithin(300), doubleWithin(300), (a, b) => {
          const { value, error } = twoProduct(a, b);
          expect(value, 'the first part is the rounded product fl(a·b)').toBe(a * b);
          expect(
            (exact(value) + exact(error)) * ONE === exact(a) * exact(b),
            `p + e must equal a·b exactly (checked in BigInt) for a = ${a}, b = ${b}; ${naive}`,
          ).toBe(true);
        }),
        { seed: PROPERTY_SEED, numRuns: 300 },
      );
    });

    it('the compensated dot product is exact on a cancelling case and as accurate as twice the precision on random ones', () => {
      // 1e16 + 1 is a tie at 1e16 (spacing 2) and rounds to 1e16; a plain loop then returns 0.
      expect(
        compensatedDot([1e16, 1, -1e16], [1, 1, 1]),
        `a plain loop rounds 1e16 + 1 to 1e16 and returns 0; the compensated sum keeps the 1 aside (${THEORY})`,
      ).toBe(1);
      // Integer vectors whose second half cancels the first up to small integers δᵢ, so the
      // exact value −Σ aᵢδᵢ (computed in BigInt) is some 10¹¹ times smaller than Σ|aᵢbᵢ|.
      // Dot2's error is at most u·|exact| + γₙ²·Σ|aᵢbᵢ|, γₙ = nu/(1 − nu) (Ogita, Rump & Oishi,
      // "Accurate sum and dot product", 2005): a relative 1e-16 here, where a double-precision
      // loop errs by about u·Σ|aᵢbᵢ|, a relative 1e-5. 200 runs of 12 terms.
      const half = fc.array(
        fc.tuple(
          fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
          fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
          fc.integer({ min: -8, max: 8 }),
        ),
        { minLength: 6, maxLength: 6 },
      );
      assertProperty(
        fc.property(half, (terms) => {
          const a = [...terms.map(([ai]) => ai), ...terms.map(([ai]) => -ai)];
          const b = [...terms.map(([, bi]) => bi), ...terms.map(([, bi, delta]) => bi + delta)];
          const exactValue = a.reduce((sum, ai, i) => sum + BigInt(ai) * BigInt(b[i]!), 0n);
          const target = Number(exactValue); // |exact| < 2⁵³: converts without rounding
          const n = a.length;
          const gamma = (n * UNIT_ROUNDOFF) / (1 - n * UNIT_ROUNDOFF);
          const absolute = a.reduce((sum, ai, i) => sum + Math.abs(ai * b[i]!), 0);
          const bound = UNIT_ROUNDOFF * Math.abs(target) + 2 * gamma ** 2 * absolute;
          expectClose(compensatedDot(a, b), target, {
            rtol: 0,
            atol: bound,
            hint: `Σ aᵢbᵢ should be as accurate as if accumulated in twice the precision and rounded once: TwoProduct for every term, TwoSum into the running sum, the errors summed aside (${THEORY})`,
          });
        }),
        { seed: PROPERTY_SEED, numRuns: 200 },
      );
    });

    it('the extended residual resolves y − Xb where double precision rounds it away', () => {
      // By hand: [3, 5] − [[1, 1], [1, 2]]·[1, 2] = [0, 0].
      expect(
        extendedResidual(
          [
            [1, 1],
            [1, 2],
          ],
          [3, 5],
          [1, 2],
        ),
        `hand case [3, 5] − [[1, 1], [1, 2]]·[1, 2] = [0, 0]: the residual is y − Xb, in that order (${THEORY})`,
      ).toEqual([0, 0]);
      // 1e16 − (1e16·1 + 1·1) = −1; a double loop rounds the fitted value 1e16 + 1 to 1e16.
      expect(extendedResidual([[1e16, 1]], [1e16], [1, 1]), DOUBLE_RESIDUAL).toEqual([-1]);
      // The cubic at b = truth + δ, δ = [5, 3, −7, 1]·2⁻⁴⁰: y − Xb = −Xδ exactly. Every term
      // x^j·δⱼ has at most 33 significant bits and their sums span less than 53, so −Xδ below
      // is computed exactly; y and Xb agree to 12 digits, and the double loop's rounding of
      // Xb (~ε·4e9 ≈ 1e-6) is a relative error of 1e-3 in the residual (~1e-3).
      const delta = [5, 3, -7, 1].map((k) => k * 2 ** -40);
      const b = CUBIC_TRUTH.map((value, j) => value + delta[j]!);
      const expected = apply(CUBIC_DESIGN, delta).map((value) => -value);
      // Dot2's bound: u·|rᵢ| + γ₅²·Σ|terms| ≈ 1.1e-16·|rᵢ| + 1.5e-21, a relative 2.2e-16.
      expectAllClose(extendedResidual(CUBIC_DESIGN, CUBIC_Y, b), expected, {
        rtol: 4 * UNIT_ROUNDOFF,
        atol: 0,
        hint: DOUBLE_RESIDUAL,
      });
    });

    it('with no steps it is the plain QR solve; on a well-conditioned design refinement changes it only at rounding level', () => {
      // Reference: helpers/least_squares.ts (scaled Householder QR with refinement).
      const reference = fitLeastSquares('spec', X, y).coefficients;
      const plain = refinedLeastSquares(X, y, { steps: 0 });
      expect(
        plain.history,
        `steps: 0 is the plain QR solve: no refinement round, so an empty history (${THEORY})`,
      ).toEqual([]);
      expectAllClose(plain.coefficients, reference, { rtol: 1e-12, atol: 1e-13 });
      for (const residualPrecision of ['double', 'extended'] as const) {
        const refined = refinedLeastSquares(X, y, { steps: 3, residualPrecision });
        expectAllClose(refined.coefficients, plain.coefficients, {
          rtol: 1e-13,
          atol: 1e-14,
          hint: `${residualPrecision}: with κ ≈ 2 the plain solve is already right to ~1e-15; a correction should only polish it (${THEORY})`,
        });
        expect(
          refined.history.map((entry) => entry.step),
          `${residualPrecision}: steps: 3 records one entry per round, numbered 1, 2, 3 (${THEORY})`,
        ).toEqual([1, 2, 3]);
        // ‖b‖ ≈ 2.5: corrections at rounding level are ~1e-16·‖b‖.
        refined.history.forEach((entry) =>
          expect(
            entry.correctionNorm,
            `${residualPrecision}, round ${entry.step}: on a design with κ ≈ 2 every correction is at rounding level (~1e-16·‖b‖); a large one means the correction solves the wrong system (${THEORY})`,
          ).toBeLessThan(1e-13),
        );
      }
      // The defaults: three rounds with the extended residual.
      expect(
        refinedLeastSquares(X, y).history,
        `the defaults are steps = 3 (with the extended residual): three history entries (${THEORY})`,
      ).toHaveLength(3);
      // The docstring example: y = [1, 2, 2] on x = 1, 2, 3 gives 2/3 + x/2 by hand.
      expectAllClose(
        refinedLeastSquares(
          [
            [1, 1],
            [1, 2],
            [1, 3],
          ],
          [1, 2, 2],
          { steps: 2 },
        ).coefficients,
        [2 / 3, 0.5],
        { rtol: 1e-15, atol: 1e-16 },
      );
    });
    it('the defaults are three rounds with the extended residual, by value; inputs are left unchanged', () => {
      // On the cubic the two residual precisions give different answers, so a wrong default shows.
      const byDefault = refinedLeastSquares(CUBIC_DESIGN, CUBIC_Y);
      const explicit = refinedLeastSquares(CUBIC_DESIGN, CUBIC_Y, {
        steps: 3,
        residualPrecision: 'extended',
      });
      expect(
        byDefault.coefficients,
        'steps = 3 and residualPrecision = extended by default',
      ).toEqual(explicit.coefficients);
      expect(byDefault.history, 'one history entry per default round').toEqual(explicit.history);
      expect(
        digits(byDefault.coefficients, CUBIC_TRUTH),
        `the default residual is the extended one: it recovers the cubic's digits (${THEORY})`,
      ).toBeGreaterThan(14);
      const freeze = (rows: Rows): readonly (readonly number[])[] =>
        Object.freeze(rows.map((row) => Object.freeze([...row])));
      const frozenDesign = freeze(CUBIC_DESIGN);
      const frozenY = Object.freeze([...CUBIC_Y]);
      const frozenB = Object.freeze([1, -2, 3, -4]);
      expect(() => {
        refinedLeastSquares(frozenDesign, frozenY, { steps: 2 });
        extendedResidual(frozenDesign, frozenY, frozenB);
        compensatedDot(frozenY, frozenY);
      }, 'inputs are read, never written (they are frozen here)').not.toThrow();
    });
  });

  describe('properties', () => {
    it('the plain solve stays accurate on columns already aligned with a coordinate axis', () => {
      // Column 0 is e₀ plus 1e-9 elsewhere, column 1 is −e₁ after the first reflection: a
      // reflection onto +sign(head)·‖x‖·e_k would form v = head − ‖x‖ ≈ 0 and lose every digit
      // of it. Reference: helpers/least_squares.ts. Measured: relative differences ≤ 2e-15.
      const aligned = Array.from({ length: 30 }, (_, i) => [
        i === 0 ? 1 : 1e-9,
        i === 0 ? 0.5 : i === 1 ? -1 : 1e-9,
        rng.normal(),
      ]);
      const targets = aligned.map(() => rng.normal());
      expectAllClose(
        refinedLeastSquares(aligned, targets, { steps: 0 }).coefficients,
        fitLeastSquares('spec', aligned, targets).coefficients,
        {
          rtol: 1e-12,
          atol: 0,
          hint: 'looks like a Householder reflection maps x onto +sign(x_k)·‖x‖·e_k: forming v = x_k − ‖x‖ cancels when x is nearly a multiple of e_k; reflect onto −sign(x_k)·‖x‖·e_k (theory: #solving-least-squares)',
        },
      );
    });

    it('with the extended residual the corrections shrink geometrically, by about κε per round, to rounding level', () => {
      // Measured with the reference solution: ‖δ‖ = 0.22, 2.6e-10, then 0: each round multiplies
      // the error by ~κε (the plain solve's relative error), here ~1e-9.
      const { history } = refinedLeastSquares(CUBIC_DESIGN, CUBIC_Y, { steps: 5 });
      const norms = history.map((entry) => entry.correctionNorm);
      expect(
        norms,
        `steps: 5 records five rounds, even once the corrections reach 0 (${THEORY})`,
      ).toHaveLength(5);
      const [first = 0, second = 0, ...rest] = norms;
      expect(first, 'the plain QR solve is off in the first digits here').toBeGreaterThan(1e-3);
      expect(
        second,
        `the second correction should be at most 1e-4 of the first (measured 1e-9): each round gains −log10(κε) digits (${THEORY})`,
      ).toBeLessThan(1e-4 * first);
      // ‖b‖ = 5.5, so a correction at rounding level is below ~1e-15; 1e-13 leaves a margin.
      rest.forEach((norm) =>
        expect(
          norm,
          `after two rounds the corrections are at rounding level (${THEORY})`,
        ).toBeLessThan(1e-13),
      );
    });

    it('with the double-precision residual the corrections never shrink: they are the rounding noise of the residual', () => {
      // Measured: ‖δ‖ between 0.055 and 0.45 over ten rounds, with no trend. The residual's error
      // (~ε·|yᵢ| ≈ 1e-6) is amplified by the same κ that the corrections are fighting.
      const { history } = refinedLeastSquares(CUBIC_DESIGN, CUBIC_Y, {
        steps: 5,
        residualPrecision: 'double',
      });
      history.forEach((entry) =>
        expect(
          entry.correctionNorm,
          `step ${entry.step}: a correction this small means the residual was not computed in double precision`,
        ).toBeGreaterThan(1e-4),
      );
    });
  });

  describe('diagnostics', () => {
    it('on the ill-conditioned cubic, plain QR keeps few digits, extended refinement all of them, and double-precision refinement stalls', () => {
      // Measured with the reference solution (worst coefficient): plain QR 0.7 digits; with the
      // double residual 0.5–1.5 digits at every step up to 10; with the extended residual 9.6
      // after one round and 15 (all that is shown) after two.
      const plain = digits(
        refinedLeastSquares(CUBIC_DESIGN, CUBIC_Y, { steps: 0 }).coefficients,
        CUBIC_TRUTH,
      );
      expect(plain, 'plain Householder QR should keep fewer than 6 digits here').toBeLessThan(6);
      const extended = digits(
        refinedLeastSquares(CUBIC_DESIGN, CUBIC_Y, { steps: 3, residualPrecision: 'extended' })
          .coefficients,
        CUBIC_TRUTH,
      );
      expect(
        extended,
        `three rounds with an extended-precision residual should recover at least 12 digits: κε ≈ 1e-8 < 1, so refinement converges (${THEORY})`,
      ).toBeGreaterThanOrEqual(12);
      const double = Math.max(
        ...[1, 2, 3, 5].map((steps) =>
          digits(
            refinedLeastSquares(CUBIC_DESIGN, CUBIC_Y, { steps, residualPrecision: 'double' })
              .coefficients,
            CUBIC_TRUTH,
          ),
        ),
      );
      expect(
        double,
        `the 'double' option should compute y − Xb in plain double precision and stall well below 12 digits (measured ≤ 1.5); ${DOUBLE_RESIDUAL}`,
      ).toBeLessThan(6);
      expect(
        extended - double,
        `the extended residual should gain at least 6 digits over the double one on the cubic (κ ≈ 1e9); got ${extended.toFixed(1)} against ${double.toFixed(1)}: is y − Xb accumulated with TwoSum/TwoProduct? (${THEORY})`,
      ).toBeGreaterThanOrEqual(6);
    });

    it('refinement solves the problem it is given: powers rounded to double cost digits no solver recovers', () => {
      // x = 100 + i/3: the double nearest each x has 53 bits, so x² and x³ need up to 106 and
      // 159 and are rounded to double in the design. The references: the design as stored,
      // solved in double-double (helpers/extended_least_squares.ts), and the same x with the
      // powers formed in double-double (helpers/least_squares.ts fitPolynomialAccurate), the
      // route NIST StRD's Filip needs. Measured: the refined answer matches the first to 15
      // digits; the two references agree to only 5.7.
      const xs = Array.from({ length: 20 }, (_, i) => 100 + i / 3);
      const targets = xs.map((x) => 1 - 2 * x + 3 * x ** 2 - 4 * x ** 3);
      const design = xs.map((x) => [1, x, x * x, x * x * x]);
      const asStored = fitLeastSquaresExtended(
        design.map((row) => row.map((value) => dd(value))),
        targets,
      ).coefficients;
      const exactPowers = fitPolynomialAccurate('spec', xs, targets, 3, true).coefficients;
      const refined = refinedLeastSquares(design, targets, { steps: 3 }).coefficients;
      expect(
        digits(refined, asStored),
        `refinement should converge to the least-squares answer of the design as stored (${THEORY})`,
      ).toBeGreaterThanOrEqual(13);
      expect(
        digits(refined, exactPowers),
        'the rounding of x² and x³ moves the answer in the sixth digit: only forming the powers in more precision recovers it',
      ).toBeLessThan(8);
    });

    it('perfect collinearity throws RankDeficiencyError naming the dependent columns, intercept as column 0 (A3)', () => {
      const x1 = [3, 1, 4, 1, 5, 9, 2, 6];
      const x2 = [2, 7, 1, 8, 2, 8, 1, 8];
      const ones = x1.map(() => 1);
      const withColumns = (...columns: number[][]): Rows =>
        x1.map((_, i) => columns.map((column) => column[i]!));
      const cases: [string, Rows, number[]][] = [
        ['a duplicated column', withColumns(ones, x1, x1), [2]],
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
          // 0 ≤ max(n, p)·ε·0 holds, and the zero column must not spoil the columns after it.
          'a zero column, then a duplicate',
          withColumns(
            ones,
            x1.map(() => 0),
            x1,
            x1,
          ),
          [1, 3],
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
        [
          'fewer rows than columns',
          [
            [1, 2, 3, 4],
            [1, 5, 6, 8],
          ],
          [2, 3],
        ],
      ];
      // The tolerance is relative to the column and grows with max(n, p): with n = 200, a column
      // that differs from the intercept by 2e-13 in one row is at an angle of 1.4e-14 to it
      // (computed: 0.9975·2e-13/√200), below 200·ε = 4.4e-14 though far above 2ε.
      const nearlyConstant = Array.from({ length: 200 }, (_, i) => [1, i === 0 ? 1 + 2e-13 : 1]);
      cases.push(['the intercept perturbed at rounding level', nearlyConstant, [1]]);
      for (const [label, design, columns] of cases) {
        const targets = design.map((row, i) => row[1]! + (i % 3));
        const error = expectLabError(
          () => refinedLeastSquares(design, targets),
          RankDeficiencyError,
          'refinedLeastSquares',
        );
        expect((error as RankDeficiencyError).columns, label).toEqual(columns);
      }
    });
  });

  describe('errors', () => {
    it('non-finite scalars, empty, ragged, mismatched or non-finite inputs throw typed errors naming the function', () => {
      for (const [name, fn] of Object.entries({ twoSum, twoProduct })) {
        expectLabError(() => fn(Number.NaN, 1), InvalidArgumentError, name);
        expectLabError(() => fn(1, Number.POSITIVE_INFINITY), InvalidArgumentError, name);
      }
      expectLabError(() => compensatedDot([], []), EmptyInputError, 'compensatedDot');
      expectLabError(() => compensatedDot([1, 2], [1]), ShapeMismatchError, 'compensatedDot');
      expectLabError(
        () => compensatedDot([1, Number.NaN], [1, 2]),
        NonFiniteValueError,
        'compensatedDot',
      );
      const design = [
        [1, 2],
        [1, 3],
      ];
      const residual = 'extendedResidual';
      expectLabError(() => extendedResidual([], [], [1]), EmptyInputError, residual);
      expectLabError(
        () => extendedResidual([[1, 2], [1]], [1, 2], [1, 1]),
        ShapeMismatchError,
        residual,
      );
      expectLabError(
        () => extendedResidual(design, [1, 2, 3], [1, 1]),
        ShapeMismatchError,
        residual,
      );
      expectLabError(
        () => extendedResidual(design, [1, 2], [1, 1, 1]),
        ShapeMismatchError,
        residual,
      );
      expectLabError(
        () => extendedResidual(design, [1, Number.NaN], [1, 1]),
        NonFiniteValueError,
        residual,
      );
      expectLabError(
        () =>
          extendedResidual(
            [
              [1, Number.POSITIVE_INFINITY],
              [1, 3],
            ],
            [1, 2],
            [1, 1],
          ),
        NonFiniteValueError,
        residual,
      );
      const refined = 'refinedLeastSquares';
      expectLabError(() => refinedLeastSquares([], []), EmptyInputError, refined);
      expectLabError(() => refinedLeastSquares([[1, 2], [1]], [1, 2]), ShapeMismatchError, refined);
      expectLabError(() => refinedLeastSquares(design, [1, 2, 3]), ShapeMismatchError, refined);
      expectLabError(
        () => refinedLeastSquares(design, [1, Number.NaN]),
        NonFiniteValueError,
        refined,
      );
      expectLabError(
        () =>
          refinedLeastSquares(
            [
              [1, Number.NEGATIVE_INFINITY],
              [1, 3],
            ],
            [1, 2],
          ),
        NonFiniteValueError,
        refined,
      );
    });

    it('steps must be a non-negative integer and residualPrecision double or extended', () => {
      const design = [
        [1, 1],
        [1, 2],
        [1, 3],
      ];
      const targets = [1, 2, 2];
      for (const steps of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
        expectLabError(
          () => refinedLeastSquares(design, targets, { steps }),
          InvalidArgumentError,
          'refinedLeastSquares',
        );
      }
      expectLabError(
        () =>
          refinedLeastSquares(design, targets, {
            residualPrecision: 'quad' as unknown as ResidualPrecision,
          }),
        InvalidArgumentError,
        'refinedLeastSquares',
      );
    });
  });
});
