import { AssertionError } from 'node:assert';
import { describe, expect, it } from 'vitest';
import { expectClose } from './assertions';
import { NotImplementedError } from './errors';
import { assertProperty, fc } from './properties';

const RUNS = { seed: 20240, numRuns: 30 };

describe('property assertions', () => {
  it('passes when the property holds for every input tried', () => {
    expect(() =>
      assertProperty(
        fc.property(fc.integer({ min: -100, max: 100 }), (x) => {
          expectClose(x + x, 2 * x, { rtol: 0, atol: 0 });
        }),
        RUNS,
      ),
    ).not.toThrow();
  });

  it('rethrows a stub’s NotImplementedError untouched, so the kata-red check sees the kata’s own error', () => {
    const stub = new NotImplementedError('01.01', 'fitMeanBaseline');
    let thrown: unknown;
    try {
      assertProperty(
        fc.property(fc.integer(), () => {
          throw stub;
        }),
        RUNS,
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBe(stub);
  });

  it('reports a failure with the check’s own message first, then the replay details', () => {
    expect(() =>
      assertProperty(
        fc.property(fc.integer({ min: 0, max: 1000 }), (x) => {
          expectClose(x, 0, { rtol: 0, atol: 0.5, hint: 'looks like x was not rounded' });
        }),
        RUNS,
      ),
    ).toThrow(
      expect.objectContaining({
        name: 'AssertionError',
        message: expect.stringMatching(
          /^looks like x was not rounded\nexpected 1 to be close to 0[\s\S]*fast-check: Property failed after \d+ tests\n\{ seed: 20240, path: "[\d:]+", endOnFailure: true \}\nCounterexample: \[1\]/,
        ) as string,
      }) as AssertionError,
    );
  });

  it('rethrows what fast-check raises without a cause as it is', () => {
    expect(() =>
      assertProperty(
        fc.property(fc.integer(), () => {
          fc.pre(false);
        }),
        RUNS,
      ),
    ).toThrow(/skipped/i);
  });
});
