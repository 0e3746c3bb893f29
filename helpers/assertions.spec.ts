import { AssertionError } from 'node:assert';
import { describe, expect, it } from 'vitest';
import { expectAllClose, expectClose, expectLabError } from './assertions';
import { EmptyInputError, NotImplementedError, ShapeMismatchError } from './errors';

const TIGHT = { rtol: 1e-9, atol: 0 };

describe('numerical assertions', () => {
  it('expectClose accepts |a − e| ≤ atol + rtol·|e| and rejects anything further', () => {
    expect(() => expectClose(1 + 1e-10, 1, TIGHT)).not.toThrow();
    expect(() => expectClose(1 + 1e-8, 1, TIGHT)).toThrow(AssertionError);
    expect(() => expectClose(1e-13, 0, { rtol: 1e-9, atol: 1e-12 })).not.toThrow();
    expect(() => expectClose(Number.NaN, 0, { rtol: 1, atol: 1 })).toThrow(AssertionError);
    expect(() =>
      expectClose(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, TIGHT),
    ).not.toThrow();
  });

  it('a failure states both values, the tolerance and the hint first', () => {
    expect(() =>
      expectClose(2, 1, { ...TIGHT, hint: 'looks like n was used instead of n − p' }),
    ).toThrow(
      /^looks like n was used instead of n − p\nexpected 2 to be close to 1 .*rtol 1e-9, atol 0/,
    );
  });

  it('expectAllClose names the worst element and its index', () => {
    expect(() => expectAllClose([1, 2.5, 3.1], [1, 2, 3], { rtol: 1e-3, atol: 0 })).toThrow(
      /2 of 3 values out of tolerance; worst at index 1: got 2.5, expected 2/,
    );
    expect(() => expectAllClose([1, 2], [1, 2, 3], TIGHT)).toThrow(/expected 3 values, got 2/);
    expect(() => expectAllClose([1, 2, 3], [1, 2, 3], TIGHT)).not.toThrow();
    // Elements that are not numbers fail, however wide the tolerance.
    const withHole = [1, undefined, 3] as unknown as number[];
    expect(() => expectAllClose(withHole, [1, 2, 3], { rtol: 1, atol: 1 })).toThrow(
      /worst at index 1/,
    );
    expect(() =>
      expectAllClose(['1', 2] as unknown as number[], [1, 2], { rtol: 1, atol: 1 }),
    ).toThrow(/worst at index 0/);
  });

  it('expectLabError puts a hint ahead of its failure, and leaves a NotImplementedError untouched', () => {
    expect(() =>
      expectLabError(() => 1, EmptyInputError, 'fitOLS', 'no rows: fitOLS([], [])'),
    ).toThrow(/^no rows: fitOLS\(\[\], \[\]\): expected fitOLS to throw EmptyInputError/);
  });

  it('expectLabError checks the class and that the message starts with the function called', () => {
    expect(() =>
      expectLabError(
        () => {
          throw new EmptyInputError('fitOLS', 'requires rows (got 0)');
        },
        EmptyInputError,
        'fitOLS',
      ),
    ).not.toThrow();
    expect(() => expectLabError(() => 1, EmptyInputError, 'fitOLS')).toThrow(/returned normally/);
    expect(() =>
      expectLabError(
        () => {
          throw new ShapeMismatchError('fitOLS', 'requires …');
        },
        EmptyInputError,
        'fitOLS',
      ),
    ).toThrow(/got ShapeMismatchError/);
    expect(() =>
      expectLabError(
        () => {
          throw new EmptyInputError('innerHelper', 'requires rows (got 0)');
        },
        EmptyInputError,
        'fitOLS',
      ),
    ).toThrow(/start with the function called/);
  });

  it('expectLabError rethrows a NotImplementedError untouched, so stubs fail with their own message', () => {
    const stubError = new NotImplementedError('01.01', 'fitMeanBaseline');
    expect(() =>
      expectLabError(
        () => {
          throw stubError;
        },
        EmptyInputError,
        'fitMeanBaseline',
      ),
    ).toThrow(stubError);
  });
});
