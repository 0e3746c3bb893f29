import { describe, expect, it } from 'vitest';
import { add, dd, divide, dot, multiply, power, sqrt, subtract, toNumber } from './double_double';

describe('double-double arithmetic', () => {
  it('keeps the low-order part that a double drops: (1 + 2⁻⁶⁰) − 1 = 2⁻⁶⁰', () => {
    const sum = add(dd(1), dd(2 ** -60));
    expect(sum.hi).toBe(1);
    expect(subtract(sum, dd(1)).hi).toBe(2 ** -60);
  });

  it('multiplies exactly where the product fits in 106 bits: (2²⁷ + 1)² = 2⁵⁴ + 2²⁸ + 1', () => {
    const product = multiply(dd(2 ** 27 + 1), dd(2 ** 27 + 1));
    expect(product.hi).toBe(2 ** 54 + 2 ** 28);
    expect(product.lo).toBe(1);
  });

  it('divides and takes square roots to about 32 digits: 1/3·3 = 1 and √2·√2 = 2', () => {
    const third = divide(dd(1), dd(3));
    const backToOne = subtract(multiply(third, dd(3)), dd(1));
    expect(Math.abs(toNumber(backToOne))).toBeLessThan(1e-31);
    const root = sqrt(dd(2));
    expect(Math.abs(toNumber(subtract(multiply(root, root), dd(2))))).toBeLessThan(1e-30);
    expect(toNumber(sqrt(dd(0)))).toBe(0);
  });

  it('forms powers beyond double precision: 3⁴⁰ = 12157665459056928801 exactly', () => {
    const value = power(dd(3), 40);
    // 3⁴⁰ needs 64 bits; hi + lo holds it exactly. Check against BigInt.
    expect(BigInt(value.hi) + BigInt(value.lo)).toBe(3n ** 40n);
  });

  it('accumulates a dot product without cancellation error: [1e16, 1, −1e16]·[1, 1, 1] = 1', () => {
    expect(toNumber(dot([dd(1e16), dd(1), dd(-1e16)], [dd(1), dd(1), dd(1)]))).toBe(1);
  });
});
