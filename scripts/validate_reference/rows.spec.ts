/**
 * The scoring of `npm run validate:reference` rows: LRE with its absolute-error fallback at a
 * certified 0, relative error, and the worst-element summary of a vector.
 */
import { describe, expect, it } from 'vitest';
import { at, numberAt, numbersAt, rowsIn, scoredRow } from './rows';

const context = { group: 'test', source: 'hand' };
const lreRow = (quantity: string, actual: number, expected: number, threshold?: number) =>
  scoredRow(context, quantity, actual, expected, 'lre', threshold);
const relativeRow = (quantity: string, actual: number, expected: number) =>
  scoredRow(context, quantity, actual, expected);
const worstRelativeRow = (quantity: string, actual: number[], expected: number[]) =>
  rowsIn(context.group, context.source).each([[quantity, actual, expected]])[0]!;

describe('validate:reference rows', () => {
  it('scores LRE as digits of agreement and passes at the threshold', () => {
    const row = lreRow('b', 1.000001, 1, 6);
    expect(row.score).toBeCloseTo(6, 6);
    expect(row.pass).toBe(true);
    expect(lreRow('b', 1.00001, 1, 6).pass).toBe(false);
    expect(lreRow('b', 1, 1).score).toBe(15);
  });

  it('falls back to the absolute error where the certified value is 0 (Wampler1 standard errors)', () => {
    expect(lreRow('se', 1e-9, 0).score).toBeCloseTo(9, 9);
    expect(lreRow('se', Number.NaN, 0).pass).toBe(false);
  });

  it('scores relative error, absolute at 0, and fails a non-finite actual', () => {
    expect(relativeRow('x', 2.000002, 2).score).toBeCloseTo(1e-6, 12);
    expect(relativeRow('x', 2.000002, 2).pass).toBe(true);
    expect(relativeRow('x', 2.00001, 2).pass).toBe(false);
    expect(relativeRow('x', 1e-8, 0).score).toBe(1e-8);
    expect(relativeRow('x', Number.POSITIVE_INFINITY, 1).pass).toBe(false);
    expect(relativeRow('x', Number.NaN, 1).pass).toBe(false);
  });

  it('summarises a vector by its worst element and fails a length mismatch', () => {
    const row = worstRelativeRow('hat', [1, 2.5, 3], [1, 2, 3]);
    expect(row.quantity).toBe('hat[1] (worst of 3)');
    expect(row.actual).toBe(2.5);
    expect(row.pass).toBe(false);
    expect(worstRelativeRow('hat', [1, 2], [1, 2, 3]).pass).toBe(false);
    expect(worstRelativeRow('hat', [1, Number.NaN], [1, 2]).quantity).toBe('hat[1] (worst of 2)');
  });

  it('reads nested JSON, exact decimal strings included, and names a missing path', () => {
    const json = { a: { b: ['1.5', 2], c: '0.1234567890123456789' } };
    expect(numbersAt(json, 'a', 'b')).toEqual([1.5, 2]);
    expect(numberAt(json, 'a', 'c')).toBe(Number('0.1234567890123456789'));
    expect(() => at(json, 'a', 'missing')).toThrow('reference data has no a.missing');
  });
});
