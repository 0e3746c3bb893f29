/**
 * Alternative for kata 01.11 — exact integer accumulation (BigInt) instead of error-free transformations
 *
 * @method Every finite double is an integer multiple of 2⁻¹⁰⁷⁴, so sums and products are formed
 * exactly as BigInts and rounded once: twoSum/twoProduct take the error as exact − rounded,
 * compensatedDot and extendedResidual accumulate exactly (more accurate than Dot2, never less),
 * and refinement solves its corrections with ml-matrix's Householder QR. The reference uses
 * Knuth's TwoSum, Dekker's TwoProduct, Dot2 and its own reflections.
 */
import { Matrix, QrDecomposition } from 'ml-matrix';
import { InvalidArgumentError } from '../../../../helpers/errors';
import {
  checkMatrix,
  checkNumber,
  checkSameLength,
  checkVector,
} from '../../../../helpers/validation';
import {
  refinedLeastSquares as referenceRefined,
  type ErrorFreePair,
  type RefinedFit,
  type RefinementDesign,
  type RefinementOptions,
  type RefinementStep,
} from '../../11_refined_least_squares';

export * from '../../11_refined_least_squares';

const view = new DataView(new ArrayBuffer(8));

/** x·2¹⁰⁷⁴ exactly. */
function toBig(x: number): bigint {
  view.setFloat64(0, x);
  const word = view.getBigUint64(0);
  const biased = Number((word >> 52n) & 0x7ffn);
  const fraction = word & 0xfffffffffffffn;
  const significand = biased === 0 ? fraction : fraction | (1n << 52n);
  const magnitude = significand << BigInt(Math.max(biased, 1) - 1);
  return word >> 63n === 1n ? -magnitude : magnitude;
}

/** v·2⁻¹⁰⁷⁴ rounded once to the nearest double (ties to even), for results in the normal range. */
function fromBig(v: bigint): number {
  if (v === 0n) return 0;
  const negative = v < 0n;
  const magnitude = negative ? -v : v;
  const length = magnitude.toString(2).length;
  // Keep 64 bits and fold the rest into a sticky bit, so Number() rounds as the exact value would.
  const shift = Math.max(0, length - 64);
  let head = magnitude >> BigInt(shift);
  if (shift > 0 && (magnitude & ((1n << BigInt(shift)) - 1n)) !== 0n) head |= 1n;
  // A power of two down to 2⁻¹⁰⁷⁴ is exact, and so is the product while the result is normal.
  const value = Number(head) * 2 ** (shift - 1074);
  return negative ? -value : value;
}

export function twoSum(a: number, b: number): ErrorFreePair {
  checkNumber('twoSum', 'a', a);
  checkNumber('twoSum', 'b', b);
  const value = a + b;
  return { value, error: fromBig(toBig(a) + toBig(b) - toBig(value)) };
}

export function twoProduct(a: number, b: number): ErrorFreePair {
  checkNumber('twoProduct', 'a', a);
  checkNumber('twoProduct', 'b', b);
  const value = a * b;
  // a·b·2²¹⁴⁸ exactly, less the rounded product in the same unit.
  return { value, error: fromBigProduct(toBig(a) * toBig(b) - (toBig(value) << 1074n)) };
}

function exactDot(a: readonly number[], b: readonly number[]): bigint {
  // Σ aᵢbᵢ·2²¹⁴⁸, exactly.
  return a.reduce((sum, value, i) => sum + toBig(value) * toBig(b[i]!), 0n);
}

/** v·2⁻²¹⁴⁸ rounded once. */
function fromBigProduct(v: bigint): number {
  const negative = v < 0n;
  const magnitude = negative ? -v : v;
  const kept = magnitude >> 1073n;
  const sticky = (magnitude & ((1n << 1073n) - 1n)) !== 0n ? 1n : 0n;
  const value = fromBig(kept | sticky) / 2;
  return negative ? -value : value;
}

export function compensatedDot(a: readonly number[], b: readonly number[]): number {
  const name = 'compensatedDot';
  const left = checkVector(name, 'a', a);
  const right = checkVector(name, 'b', b);
  checkSameLength(name, 'a', left.length, 'b', right.length);
  return fromBigProduct(exactDot(left, right));
}

export function extendedResidual(
  X: RefinementDesign,
  y: readonly number[],
  b: readonly number[],
): number[] {
  const name = 'extendedResidual';
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  const coefficients = checkVector(name, 'b', b);
  checkSameLength(name, 'rows', rows.length, 'targets', targets.length);
  checkSameLength(name, 'columns', rows[0]!.length, 'coefficients', coefficients.length);
  return rows.map((row, i) =>
    fromBigProduct(toBig(targets[i]!) * toBig(1) - exactDot(row, coefficients)),
  );
}

export function refinedLeastSquares(
  X: RefinementDesign,
  y: readonly number[],
  options: RefinementOptions = {},
): RefinedFit {
  // Validation, the rank test and the option checks are the reference's (steps: 0 is its plain
  // solve); the refinement below is this file's own.
  const plain = referenceRefined(X, y, { ...options, steps: 0 });
  const steps = checkNumber('refinedLeastSquares', 'steps', options.steps ?? 3, {
    min: 0,
    integer: true,
  });
  const precision = options.residualPrecision ?? 'extended';
  if (precision !== 'double' && precision !== 'extended') {
    throw new InvalidArgumentError('refinedLeastSquares', `requires a known residualPrecision`);
  }
  const rows = X.map((row) => [...row]);
  const qr = new QrDecomposition(new Matrix(rows));
  const residual = (b: readonly number[]): number[] =>
    precision === 'extended'
      ? extendedResidual(rows, y, b)
      : rows.map((row, i) => y[i]! - row.reduce((sum, v, j) => sum + v * b[j]!, 0));
  let coefficients = plain.coefficients;
  const history: RefinementStep[] = [];
  for (let step = 1; step <= steps; step += 1) {
    const correction = qr.solve(Matrix.columnVector(residual(coefficients))).getColumn(0);
    coefficients = coefficients.map((value, j) => value + correction[j]!);
    history.push({ step, correctionNorm: Math.hypot(...correction) });
  }
  return { coefficients, history };
}
