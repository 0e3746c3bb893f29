/**
 * The lab's error contract (CONTRIBUTING.md, section Errors): one named subclass per meaning, messages
 * lower-case with no final period, the public function's name first and the values seen last.
 * The static part scans every solution and helper, so the rule cannot drift.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ConvergenceError,
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  NotImplementedError,
  RankDeficiencyError,
  ShapeMismatchError,
} from './errors';
import { checkMatrix, checkNumber, checkSameLength, checkVector } from './validation';

/** Function name, a space, a lower-case detail; no final period. */
const MESSAGE_STYLE = /^[a-z][A-Za-z0-9]* [a-z(][\s\S]*[^.]$/;

function thrownBy(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the action to throw');
}

describe('lab errors', () => {
  // Each class's name is its own: error.name is what a stack trace and the reporters print.
  it.each([
    {
      builtIn: RangeError,
      error: new ShapeMismatchError('fitOLS', 'requires as many targets as rows (got 3 and 4)'),
    },
    {
      builtIn: RangeError,
      error: new EmptyInputError('fitOLS', 'requires X to have at least 1 row (got 0)'),
    },
    {
      builtIn: RangeError,
      error: new NonFiniteValueError('fitOLS', 'requires finite values in y (got NaN at index 2)'),
    },
    {
      builtIn: RangeError,
      error: new InvalidArgumentError('fitRidge', 'requires lambda to be at least 0 (got -1)'),
    },
    {
      builtIn: Error,
      error: new RankDeficiencyError(
        'fitOLS',
        'requires a design of full column rank (column 2 depends on the others)',
        [2],
      ),
    },
    {
      builtIn: Error,
      error: new ConvergenceError(
        'gradientDescent',
        'did not converge in 10 iterations (last change 0.5)',
        10,
      ),
    },
  ])('$error.name is a $builtIn.name that carries the function name', ({ builtIn, error }) => {
    expect(error).toBeInstanceOf(builtIn);
    expect(error.name).toBe(error.constructor.name);
    expect(error.message.startsWith(`${error.functionName} `)).toBe(true);
    expect(error.message).toMatch(MESSAGE_STYLE);
  });

  it('RankDeficiencyError carries the offending columns', () => {
    expect(new RankDeficiencyError('fitOLS', 'x', [1, 3]).columns).toEqual([1, 3]);
  });

  it('NotImplementedError names the function and the kata, whose id the reporters complete', () => {
    const error = new NotImplementedError('01.01', 'fitMeanBaseline');
    expect(error.name).toBe('NotImplementedError');
    // The kata-red check (scripts/lib/kata_red.ts) and the learner reporter's completion with
    // the kata's file and theory (whereToWork) both read this exact ending.
    expect(error.message).toBe('fitMeanBaseline is not implemented yet: kata 01.01');
    expect([error.kataId, error.functionName]).toEqual(['01.01', 'fitMeanBaseline']);
  });

  it('NotImplementedError keeps the frames of the lab and drops the test runner’s', () => {
    const error = new NotImplementedError('01.01', 'fitMeanBaseline');
    const frames = (error.stack ?? '').split('\n').slice(1);
    // This spec is called by Vitest from node_modules; only this file's frame is left.
    expect(frames.some((frame) => frame.includes('helpers/errors.spec.ts'))).toBe(true);
    expect(frames.filter((frame) => /node_modules|\(node:|at node:/.test(frame))).toEqual([]);
    expect(frames.length).toBeGreaterThan(0);
    expect(error.stack?.startsWith(`NotImplementedError: ${error.message}`)).toBe(true);
  });

  it('validation failures follow the message style and end with the values seen', () => {
    const errors = [
      thrownBy(() => checkVector('fitOLS', 'y', [])),
      thrownBy(() => checkVector('fitOLS', 'y', [1, Number.NaN])),
      thrownBy(() => checkVector('fitOLS', 'y', 'abc')),
      thrownBy(() => checkMatrix('fitOLS', 'X', [[1, 2], [3]])),
      thrownBy(() => checkMatrix('fitOLS', 'X', [[1, Number.POSITIVE_INFINITY]])),
      thrownBy(() => checkMatrix('fitOLS', 'X', [])),
      thrownBy(() => checkSameLength('fitOLS', 'rows', 4, 'targets', 3)),
      thrownBy(() => checkNumber('fitPolynomial', 'degree', 1.5, { integer: true })),
      thrownBy(() => checkNumber('fitRidge', 'lambda', -1, { min: 0 })),
    ];
    for (const error of errors) {
      expect(error.message).toMatch(MESSAGE_STYLE);
      expect(error.message).toMatch(/\)$/);
    }
    expect(errors[6]?.message).toBe('fitOLS requires as many targets as rows (got 4 and 3)');
  });
});

describe('every error thrown in solutions/ and helpers/ follows the contract', () => {
  const root = path.resolve(import.meta.dirname, '..');
  const sources = ['solutions', 'helpers']
    .flatMap((folder) =>
      readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' }).map((file) =>
        path.join(folder, file),
      ),
    )
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'));

  it('throws only the lab error classes, never a bare Error, RangeError or TypeError', () => {
    const offenders = sources.filter((file) =>
      /throw new (Error|RangeError|TypeError)\(/.test(readFileSync(path.join(root, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('writes each literal message detail in lower case with no final period', () => {
    const offenders: string[] = [];
    for (const file of sources) {
      const source = readFileSync(path.join(root, file), 'utf8');
      for (const match of source.matchAll(
        /new [A-Za-z]+Error\(\s*'([A-Za-z0-9]+)',\s*[`'"]([^`'"]*)[`'"]/g,
      )) {
        const [, functionName = '', detail = ''] = match;
        if (!/^[a-z]/.test(functionName) || !/^[a-z(]/.test(detail) || detail.endsWith('.')) {
          offenders.push(`${file}: ${functionName} ${detail}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
