/**
 * Double-double arithmetic: a number held as an unevaluated sum hi + lo of two doubles with
 * |lo| ≤ ulp(hi)/2, about 106 bits (32 decimal digits) of precision, built from error-free
 * transformations (Knuth's TwoSum, Dekker's split and TwoProduct). It lets a least-squares
 * solve on an ill-conditioned design (NIST's Filip, condition number ~1e15) keep the digits
 * that double precision loses. Algorithms follow Hida, Li & Bailey, "Library for double-double
 * and quad-double arithmetic" (2007), and Dekker (1971).
 */

/** hi + lo, the pair normalised so that hi = fl(hi + lo). */
export interface DoubleDouble {
  readonly hi: number;
  readonly lo: number;
}

export const dd = (hi: number, lo = 0): DoubleDouble => ({ hi, lo });

/** a + b exactly, as s + err (Knuth). */
function twoSum(a: number, b: number): [number, number] {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

/** a + b exactly when |a| ≥ |b|. */
function quickTwoSum(a: number, b: number): [number, number] {
  const s = a + b;
  return [s, b - (s - a)];
}

const SPLITTER = 134217729; // 2^27 + 1

/** a = hi + lo with each half holding at most 26 significant bits (Dekker). */
function split(a: number): [number, number] {
  const t = SPLITTER * a;
  const hi = t - (t - a);
  return [hi, a - hi];
}

/** a·b exactly, as p + err (Dekker's TwoProduct, without a fused multiply-add). */
function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  const [aHi, aLo] = split(a);
  const [bHi, bLo] = split(b);
  return [p, aHi * bHi - p + aHi * bLo + aLo * bHi + aLo * bLo];
}

export function add(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  let [s1, s2] = twoSum(a.hi, b.hi);
  const [t1, t2] = twoSum(a.lo, b.lo);
  s2 += t1;
  [s1, s2] = quickTwoSum(s1, s2);
  s2 += t2;
  const [hi, lo] = quickTwoSum(s1, s2);
  return { hi, lo };
}

export const negate = (a: DoubleDouble): DoubleDouble => ({ hi: -a.hi, lo: -a.lo });

export const subtract = (a: DoubleDouble, b: DoubleDouble): DoubleDouble => add(a, negate(b));

export function multiply(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const [p1, p2] = twoProduct(a.hi, b.hi);
  const [hi, lo] = quickTwoSum(p1, p2 + (a.hi * b.lo + a.lo * b.hi));
  return { hi, lo };
}

export function divide(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const q1 = a.hi / b.hi;
  let remainder = subtract(a, multiply(b, dd(q1)));
  const q2 = remainder.hi / b.hi;
  remainder = subtract(remainder, multiply(b, dd(q2)));
  const q3 = remainder.hi / b.hi;
  const [hi, lo] = quickTwoSum(q1, q2);
  return add({ hi, lo }, dd(q3));
}

/** √a by one Newton step from the double square root: √a ≈ s + (a − s²)/(2s). */
export function sqrt(a: DoubleDouble): DoubleDouble {
  if (a.hi <= 0) return dd(0);
  const s = Math.sqrt(a.hi);
  const correction = subtract(a, multiply(dd(s), dd(s))).hi / (2 * s);
  const [hi, lo] = quickTwoSum(s, correction);
  return { hi, lo };
}

/** The nearest double. */
export const toNumber = (a: DoubleDouble): number => a.hi + a.lo;

/** Σ aᵢ·bᵢ accumulated in double-double. */
export function dot(a: readonly DoubleDouble[], b: readonly DoubleDouble[]): DoubleDouble {
  let sum = dd(0);
  for (let i = 0; i < a.length; i += 1)
    sum = add(sum, multiply(a[i] as DoubleDouble, b[i] as DoubleDouble));
  return sum;
}

/** xᵏ for a non-negative integer k, by repeated multiplication in double-double. */
export function power(x: DoubleDouble, k: number): DoubleDouble {
  let result = dd(1);
  for (let i = 0; i < k; i += 1) result = multiply(result, x);
  return result;
}
