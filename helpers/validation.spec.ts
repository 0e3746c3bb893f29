import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { expectClose, expectLabError } from './assertions';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  ShapeMismatchError,
} from './errors';
import {
  checkBoolean,
  checkCount,
  checkFunction,
  checkMatrix,
  checkNoOverflow,
  checkRepresentable,
  scaleBack,
  SMALLEST_NORMAL,
  timesPowerOfTwo,
  checkNumber,
  checkOptions,
  checkSameLength,
  checkVector,
  maxOf,
  minOf,
  normOf,
} from './validation';

describe('input validation', () => {
  it('returns fresh copies of valid vectors and matrices, accepting ml-matrix matrices', () => {
    const vector = [1, 2, 3];
    const checked = checkVector('f', 'y', vector);
    checked[0] = 99;
    expect(vector[0]).toBe(1);
    expect(
      checkMatrix(
        'f',
        'X',
        new Matrix([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('rejects empty, ragged, non-numeric and non-finite input with the right class', () => {
    expectLabError(() => checkVector('f', 'y', []), EmptyInputError, 'f');
    expectLabError(() => checkVector('f', 'y', [1, 2], 3), EmptyInputError, 'f');
    expectLabError(() => checkVector('f', 'y', [1, '2']), InvalidArgumentError, 'f');
    expectLabError(
      () => checkVector('f', 'y', [Number.NEGATIVE_INFINITY]),
      NonFiniteValueError,
      'f',
    );
    expectLabError(() => checkMatrix('f', 'X', [[]]), EmptyInputError, 'f');
    expectLabError(() => checkMatrix('f', 'X', [[1, 2], [1]]), ShapeMismatchError, 'f');
    expectLabError(() => checkMatrix('f', 'X', [[1], [Number.NaN]]), NonFiniteValueError, 'f');
    expectLabError(() => checkMatrix('f', 'X', [[1]], 2), EmptyInputError, 'f');
    expectLabError(() => checkMatrix('f', 'X', 7), InvalidArgumentError, 'f');
  });

  it('says where a bad value is', () => {
    expect(() =>
      checkMatrix('fitOLS', 'X', [
        [1, 2],
        [3, Number.NaN],
      ]),
    ).toThrow('fitOLS requires finite values in X (got NaN at row 1, column 1)');
  });

  it('checks lengths and scalar arguments', () => {
    expect(() => checkSameLength('f', 'rows', 3, 'targets', 3)).not.toThrow();
    expectLabError(() => checkSameLength('f', 'rows', 3, 'targets', 2), ShapeMismatchError, 'f');
    expect(checkNumber('f', 'degree', 3, { integer: true, min: 0 })).toBe(3);
    expectLabError(
      () => checkNumber('f', 'degree', 2.5, { integer: true }),
      InvalidArgumentError,
      'f',
    );
    expectLabError(() => checkNumber('f', 'lambda', -0.1, { min: 0 }), InvalidArgumentError, 'f');
    expectLabError(() => checkNumber('f', 'lambda', Number.NaN), InvalidArgumentError, 'f');
  });
});

describe('input validation: holes, options, booleans, functions, counts (issue 18)', () => {
  it('refuses a sparse array: forEach would skip the hole and a mean divide by too many', () => {
    // eslint-disable-next-line no-sparse-arrays
    const holey = [1, , 3];
    expectLabError(() => checkVector('f', 'y', holey), InvalidArgumentError, 'f');
    expect(() => checkVector('f', 'y', holey)).toThrow(/a hole at index 1/);
    // eslint-disable-next-line no-sparse-arrays
    const holeyRow = [, 2];
    expectLabError(() => checkMatrix('f', 'X', [[3, 4], holeyRow]), InvalidArgumentError, 'f');
    // eslint-disable-next-line no-sparse-arrays
    expectLabError(() => checkMatrix('f', 'X', [[1], , [2]]), ShapeMismatchError, 'f');
  });

  it('refuses null, arrays and non-objects as options, and a non-boolean intercept', () => {
    expect(checkOptions('f', undefined)).toEqual({});
    for (const bad of [null, 3, 'intercept', [true]]) {
      expectLabError(() => checkOptions('f', bad as never), InvalidArgumentError, 'f');
    }
    expectLabError(() => checkOptions('f', { intercept: 'no' }), InvalidArgumentError, 'f');
    expect(() => checkOptions('f', { intercept: 'no' })).toThrow(/options\.intercept/);
    expect(checkOptions('f', { intercept: false })).toEqual({ intercept: false });
  });

  it('checks booleans, functions and bounded counts, stating the limit', () => {
    expectLabError(() => checkBoolean('f', 'flag', 1), InvalidArgumentError, 'f');
    expectLabError(() => checkFunction('f', 'makeFitter', 3), InvalidArgumentError, 'f');
    expect(() => checkCount('f', 'steps', 1e9, { min: 0, max: 100 })).toThrow(
      /f requires steps to be between 0 and 100 \(got 1000000000\)/,
    );
    expectLabError(
      () => checkCount('f', 'steps', 1.5, { min: 0, max: 100 }),
      InvalidArgumentError,
      'f',
    );
    expect(checkCount('f', 'steps', 100, { min: 0, max: 100 })).toBe(100);
  });

  it('takes maxima, minima and norms of 200 000 values without a spread', () => {
    const values = Array.from({ length: 200_000 }, (_, i) => i - 7);
    expect(maxOf(values)).toBe(199_992);
    expect(minOf(values)).toBe(-7);
    // 3-4-5 at both ends of the range, where the plain sum of squares over- or underflows.
    expectClose(normOf([3e200, 4e200]), 5e200, { rtol: 1e-15, atol: 0 });
    expectClose(normOf([3e-200, 4e-200]), 5e-200, { rtol: 1e-15, atol: 0 });
  });

  it('names an overflow as such', () => {
    expectLabError(() => checkNoOverflow('f', 'the loss', [1, Infinity]), NonFiniteValueError, 'f');
    expect(() => checkNoOverflow('f', 'the loss', [Infinity])).toThrow(/overflow/);
    // A missing value is not a finite number either (Array.find would hand back undefined).
    const missing = [1, undefined] as unknown as number[];
    expectLabError(() => checkNoOverflow('f', 'the loss', missing), NonFiniteValueError, 'f');
  });
});

describe('results back from scaled units (issue 18: scale robustness)', () => {
  it('multiplies by a power of two exactly, in steps, so a large exponent meets a small value', () => {
    // 2^-1000 · 2^2000 = 2^1000 exactly, though 2^2000 alone is ∞ in double precision.
    expect(timesPowerOfTwo(2 ** -1000, 2000)).toBe(2 ** 1000);
    expect(timesPowerOfTwo(3, -1100)).toBe(3 * 2 ** -1100);
    expect(timesPowerOfTwo(0.1, 0)).toBe(0.1);
    expect(timesPowerOfTwo(1, 1100)).toBe(Number.POSITIVE_INFINITY);
  });

  it('scaleBack returns the value in the data’s units, and refuses one beyond double precision', () => {
    // A sum of squares 0.375 in units of 2^-600 squared: 0.375·2^-1200 underflows, 2^+600 overflows.
    expect(scaleBack('meanSquaredError', 'the MSE', 0.375, 2 ** 10, 2 ** 10)).toBe(0.375 * 2 ** 20);
    expect(scaleBack('meanSquaredError', 'the MSE', 0, 2 ** -600, 2 ** -600)).toBe(0);
    for (const scale of [2 ** 600, 2 ** -600]) {
      const error = expectLabError(
        () => scaleBack('meanSquaredError', 'the MSE', 0.375, scale, scale),
        NonFiniteValueError,
        'meanSquaredError',
      );
      expect(error.message).toMatch(/the data (overflow|underflow) double precision/);
    }
  });

  it('checkRepresentable refuses a non-zero value that fell below the normal range, and only that', () => {
    expect(checkRepresentable('f', 'x²', SMALLEST_NORMAL, true)).toBe(SMALLEST_NORMAL);
    expect(checkRepresentable('f', 'x²', 0, false)).toBe(0);
    expectLabError(() => checkRepresentable('f', 'x²', 0, true), NonFiniteValueError, 'f');
    expectLabError(() => checkRepresentable('f', 'x²', 1e-310, true), NonFiniteValueError, 'f');
    expectLabError(
      () => checkRepresentable('f', 'x²', Number.POSITIVE_INFINITY, false),
      NonFiniteValueError,
      'f',
    );
  });
});
