import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { expectLabError } from './assertions';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  ShapeMismatchError,
} from './errors';
import { checkMatrix, checkNumber, checkSameLength, checkVector } from './validation';

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
