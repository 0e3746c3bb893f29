/**
 * Numerical assertions for specs. Tolerances are always explicit: a spec states how close is
 * close enough, and why, next to the number it checks.
 *
 * Criterion (numpy.isclose): |actual − expected| ≤ atol + rtol·|expected|.
 * A failure names the worst element, its index, both values and the tolerance, and starts
 * with the spec's own hint when one is given (a misconception named in the learner's terms).
 */
import { AssertionError } from 'node:assert';

export interface Tolerance {
  /** Relative tolerance, scaled by |expected|. */
  readonly rtol: number;
  /** Absolute tolerance, for expected values at or near zero. */
  readonly atol: number;
  /** Said first when the check fails: what a learner should suspect. */
  readonly hint?: string;
}

function allowed(expected: number, tolerance: Tolerance): number {
  return tolerance.atol + tolerance.rtol * Math.abs(expected);
}

/** How far outside its tolerance a pair is (≤ 1 passes); NaN and mismatched infinities fail. */
function excess(actual: unknown, expected: number, tolerance: Tolerance): number {
  // Anything but a number (undefined from a short or sparse array, a string) never passes.
  if (typeof actual !== 'number' || Number.isNaN(actual) || Number.isNaN(expected)) {
    return Number.POSITIVE_INFINITY;
  }
  if (actual === expected) return 0;
  const limit = allowed(expected, tolerance);
  const distance = Math.abs(actual - expected);
  return limit === 0 ? Number.POSITIVE_INFINITY : distance / limit;
}

function describeTolerance(tolerance: Tolerance): string {
  return `rtol ${tolerance.rtol}, atol ${tolerance.atol}`;
}

function fail(message: string, tolerance: Tolerance, actual: unknown, expected: unknown): never {
  const prefix = tolerance.hint !== undefined ? `${tolerance.hint}\n` : '';
  throw new AssertionError({ message: `${prefix}${message}`, actual, expected });
}

/** `actual` is within tolerance of `expected`. */
export function expectClose(actual: number, expected: number, tolerance: Tolerance): void {
  if (typeof actual !== 'number') {
    fail(`expected a number, got ${typeof actual}`, tolerance, actual, expected);
  }
  if (excess(actual, expected, tolerance) > 1) {
    fail(
      `expected ${actual} to be close to ${expected} (difference ${Math.abs(actual - expected)}, allowed ${allowed(expected, tolerance)}; ${describeTolerance(tolerance)})`,
      tolerance,
      actual,
      expected,
    );
  }
}

/** Same length, and every element within tolerance; a failure reports the worst element. */
export function expectAllClose(
  actual: readonly number[],
  expected: readonly number[],
  tolerance: Tolerance,
): void {
  if (!Array.isArray(actual)) {
    fail(`expected an array of numbers, got ${typeof actual}`, tolerance, actual, expected);
  }
  if (actual.length !== expected.length) {
    fail(`expected ${expected.length} values, got ${actual.length}`, tolerance, actual, expected);
  }
  let worstIndex = -1;
  let worstExcess = 1;
  expected.forEach((value, index) => {
    const candidate = excess(actual[index], value, tolerance);
    if (candidate > worstExcess || (worstIndex === -1 && candidate > 1)) {
      worstExcess = candidate;
      worstIndex = index;
    }
  });
  if (worstIndex >= 0) {
    const got = actual[worstIndex] as number;
    const want = expected[worstIndex]!;
    const failing = expected.filter(
      (value, index) => excess(actual[index], value, tolerance) > 1,
    ).length;
    fail(
      `${failing} of ${expected.length} values out of tolerance; worst at index ${worstIndex}: got ${got}, expected ${want} (difference ${Math.abs(got - want)}, allowed ${allowed(want, tolerance)}; ${describeTolerance(tolerance)})`,
      tolerance,
      actual,
      expected,
    );
  }
}

/**
 * `action` throws an instance of `errorClass` whose message starts with `functionName` (the
 * public function the learner called, never an inner helper). A NotImplementedError is
 * rethrown untouched, so a pristine stub fails this check with the kata's own message. A `hint`
 * (the case and what the learner's code likely missed) leads the failure message.
 */
export function expectLabError(
  action: () => unknown,
  errorClass: new (...args: never[]) => Error,
  functionName: string,
  hint?: string,
): Error {
  try {
    return checkLabError(action, errorClass, functionName);
  } catch (error) {
    if (hint !== undefined && error instanceof AssertionError)
      error.message = `${hint}: ${error.message}`;
    throw error;
  }
}

function checkLabError(
  action: () => unknown,
  errorClass: new (...args: never[]) => Error,
  functionName: string,
): Error {
  let thrown: unknown;
  try {
    action();
  } catch (error) {
    thrown = error;
  }
  if (thrown instanceof Error && thrown.name === 'NotImplementedError') throw thrown;
  if (thrown === undefined) {
    throw new AssertionError({
      message: `expected ${functionName} to throw ${errorClass.name}, but it returned normally`,
    });
  }
  if (!(thrown instanceof errorClass)) {
    const got =
      thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : JSON.stringify(thrown);
    throw new AssertionError({
      message: `expected ${functionName} to throw ${errorClass.name}, got ${got}`,
    });
  }
  if (!thrown.message.startsWith(`${functionName} `)) {
    throw new AssertionError({
      message: `expected the message to start with the function called, "${functionName} …", got "${thrown.message}"`,
    });
  }
  return thrown;
}
