/**
 * Input validation shared by every solution, so that bad input always meets the same typed
 * errors and the same message shape: the *public* function's name first (passed in, so an
 * inner helper never shows up in the learner's face), then what was wrong, the values seen last.
 */
import { AbstractMatrix } from 'ml-matrix';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  ShapeMismatchError,
} from './errors';

/** A design matrix as the reference API accepts it: rows of numbers, or an ml-matrix Matrix. */
export type MatrixInput = readonly (readonly number[])[] | AbstractMatrix;

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (value === null) return 'null';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 24 ? `${value.slice(0, 24)}…` : value);
  return typeof value === 'number' ? String(value) : typeof value;
}

/** `value` when it is an array of at least `minLength` values or rows, else the typed error. */
function checkArray(
  functionName: string,
  name: string,
  value: unknown,
  item: 'value' | 'row',
  minLength: number,
): unknown[] {
  if (!Array.isArray(value)) {
    throw new InvalidArgumentError(
      functionName,
      `requires ${name} to be an array of ${item === 'value' ? 'numbers' : 'rows'} (got ${describeValue(value)})`,
    );
  }
  if (value.length < minLength) {
    throw new EmptyInputError(
      functionName,
      `requires ${name} to have at least ${minLength} ${item}${minLength === 1 ? '' : 's'} (got ${value.length})`,
    );
  }
  return value;
}

/** A non-empty array of finite numbers, returned as a fresh copy. */
export function checkVector(
  functionName: string,
  name: string,
  values: unknown,
  minLength = 1,
): number[] {
  const array = checkArray(functionName, name, values, 'value', minLength);
  // A for loop, not forEach: forEach skips the holes of a sparse array, which then read as undefined.
  for (let index = 0; index < array.length; index += 1) {
    const value: unknown = array[index];
    if (typeof value !== 'number') {
      throw new InvalidArgumentError(
        functionName,
        `requires ${name} to hold numbers (got ${index in array ? typeof value : 'a hole'} at index ${index})`,
      );
    }
    if (!Number.isFinite(value)) {
      throw new NonFiniteValueError(
        functionName,
        `requires finite values in ${name} (got ${value} at index ${index})`,
      );
    }
  }
  return (array as number[]).slice();
}

/**
 * A non-empty rectangular matrix of finite numbers, returned as fresh rows. Accepts plain
 * arrays and ml-matrix matrices.
 */
export function checkMatrix(
  functionName: string,
  name: string,
  matrix: unknown,
  minRows = 1,
): number[][] {
  return checkRows(functionName, name, matrix, minRows).map((row) => row.slice());
}

/**
 * The checks of checkMatrix without the copy: the caller's own rows (or an ml-matrix matrix's
 * rows), read-only, for callers that copy them into a layout of their own anyway. On 10⁵ rows
 * a second copy of every row costs more than the checks.
 */
export function checkRows(
  functionName: string,
  name: string,
  matrix: unknown,
  minRows = 1,
): readonly (readonly number[])[] {
  const rows = checkArray(
    functionName,
    name,
    matrix instanceof AbstractMatrix ? matrix.to2DArray() : matrix,
    'row',
    minRows,
  );
  const first: unknown = rows[0];
  const columns = Array.isArray(first) ? first.length : -1;
  if (columns < 1) {
    throw new EmptyInputError(
      functionName,
      `requires ${name} to have at least one column (got ${describeValue(first)} as row 0)`,
    );
  }
  // Index loops, not map/forEach, which skip the holes of sparse arrays.
  for (let rowIndex = 0; rowIndex < rows.length; rowIndex += 1) {
    const row: unknown = rows[rowIndex];
    if (!Array.isArray(row) || row.length !== columns) {
      throw new ShapeMismatchError(
        functionName,
        `requires every row of ${name} to have ${columns} columns (got ${describeValue(row)} at row ${rowIndex})`,
      );
    }
    for (let columnIndex = 0; columnIndex < columns; columnIndex += 1) {
      const value: unknown = row[columnIndex];
      if (typeof value !== 'number') {
        throw new InvalidArgumentError(
          functionName,
          `requires ${name} to hold numbers (got ${columnIndex in row ? typeof value : 'a hole'} at row ${rowIndex}, column ${columnIndex})`,
        );
      }
      if (!Number.isFinite(value)) {
        throw new NonFiniteValueError(
          functionName,
          `requires finite values in ${name} (got ${value} at row ${rowIndex}, column ${columnIndex})`,
        );
      }
    }
  }
  return rows as number[][];
}

/** Two inputs that describe the same observations have the same length. */
export function checkSameLength(
  functionName: string,
  nameA: string,
  lengthA: number,
  nameB: string,
  lengthB: number,
): void {
  if (lengthA !== lengthB) {
    throw new ShapeMismatchError(
      functionName,
      `requires as many ${nameB} as ${nameA} (got ${lengthA} and ${lengthB})`,
    );
  }
}

/** A finite number, optionally bounded below and above (inclusive). */
export function checkNumber(
  functionName: string,
  name: string,
  value: unknown,
  options: { min?: number; max?: number; integer?: boolean } = {},
): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidArgumentError(
      functionName,
      `requires ${name} to be a finite number (got ${describeValue(value)})`,
    );
  }
  if (options.max !== undefined && value > options.max) {
    throw new InvalidArgumentError(
      functionName,
      `requires ${name} to be at most ${options.max} (got ${value})`,
    );
  }
  if (options.integer === true && !Number.isInteger(value)) {
    throw new InvalidArgumentError(
      functionName,
      `requires ${name} to be an integer (got ${value})`,
    );
  }
  if (options.min !== undefined && value < options.min) {
    throw new InvalidArgumentError(
      functionName,
      `requires ${name} to be at least ${options.min} (got ${value})`,
    );
  }
  return value;
}

/**
 * Option fields whose type is the same wherever they appear, checked by `checkOptions` so that
 * no function can take `intercept: 'no'` as true: a string is truthy.
 */
const BOOLEAN_OPTIONS = ['intercept', 'studentized'] as const;

/**
 * An options object: `undefined` reads as `{}` (every option at its default); `null`, an array or
 * any other non-object is refused, as is a conventional field of the wrong type (`intercept`
 * and `studentized` must be booleans when given). Returns the options, never undefined.
 */
export function checkOptions<T extends object>(
  functionName: string,
  options: T | undefined,
  name = 'options',
): T {
  if (options === undefined) return {} as T;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new InvalidArgumentError(
      functionName,
      `requires ${name} to be an object of named options (got ${describeValue(options)})`,
    );
  }
  const record = options as Record<string, unknown>;
  for (const field of BOOLEAN_OPTIONS) {
    if (record[field] !== undefined) checkBoolean(functionName, `${name}.${field}`, record[field]);
  }
  return options;
}

/** true or false, nothing else: a truthy string such as 'no' is not a boolean. */
export function checkBoolean(functionName: string, name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') {
    throw new InvalidArgumentError(
      functionName,
      `requires ${name} to be true or false (got ${describeValue(value)})`,
    );
  }
  return value;
}

/** A function (a fitter, a predictor, a true mean function). */
export function checkFunction<F>(functionName: string, name: string, value: F): F {
  if (typeof value !== 'function') {
    throw new InvalidArgumentError(
      functionName,
      `requires ${name} to be a function (got ${describeValue(value)})`,
    );
  }
  return value;
}

/**
 * Limits on sizes and counts, so that a request that cannot fit in memory or would run for
 * minutes is refused up front with the limit stated, instead of hanging or aborting the process.
 */
export const LIMITS = {
  /** Rows a simulation draws (a million rows of a few columns is tens of megabytes). */
  rows: 1_000_000,
  /** Iterations of an iterative method. */
  iterations: 1_000_000,
  /** Monte Carlo replicates or bootstrap rounds. */
  replicates: 10_000,
  /** Polynomial degree (columns of a feature matrix): beyond it the powers overflow anyway. */
  degree: 1_000,
  /** Refinement steps (each one halves the error at best: a hundred is far past convergence). */
  steps: 100,
} as const;

/** An integer count between `min` and `max` inclusive, the limit named in the message. */
export function checkCount(
  functionName: string,
  name: string,
  value: unknown,
  limits: { min: number; max: number },
): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new InvalidArgumentError(
      functionName,
      `requires ${name} to be an integer (got ${describeValue(value)})`,
    );
  }
  if (value < limits.min || value > limits.max) {
    throw new InvalidArgumentError(
      functionName,
      `requires ${name} to be between ${limits.min} and ${limits.max} (got ${value})`,
    );
  }
  return value;
}

/** The largest value, by a loop: `maxOf(values)` overflows the call stack past ~10^5 values. */
export function maxOf(values: readonly number[]): number {
  let largest = -Infinity;
  for (const value of values) if (value > largest || Number.isNaN(value)) largest = value;
  return largest;
}

/** The smallest value, by a loop (see maxOf). */
export function minOf(values: readonly number[]): number {
  let smallest = Infinity;
  for (const value of values) if (value < smallest || Number.isNaN(value)) smallest = value;
  return smallest;
}

/**
 * Results that must be finite, checked after the arithmetic: finite inputs near the ends of
 * double precision (10^±200) can overflow in a sum of squares. The error says so and names the
 * function called, rather than handing on ∞ or NaN (or a false 0) as if it were an answer.
 */
export function checkNoOverflow(
  functionName: string,
  what: string,
  values: readonly number[],
): void {
  // findIndex, not find: a missing value (undefined) is not finite either, and find would return it.
  const bad = values.findIndex((value) => !Number.isFinite(value));
  if (bad >= 0) {
    throw new NonFiniteValueError(
      functionName,
      `cannot represent ${what}: the data overflow double precision (got ${values[bad]}); rescale the inputs, e.g. divide y or a column by a power of ten`,
    );
  }
}

/** The smallest positive normal double: below it a result keeps fewer than 53 bits, or rounds to 0. */
export const SMALLEST_NORMAL = 2 ** -1022;

/**
 * A result checked against both ends of double precision: refused, like checkNoOverflow, when
 * it is ±∞ or NaN (the data overflow) and, when its true value is known to be non-zero
 * (`nonZero`), when it fell below the normal range (the data underflow: 0 there is a false 0,
 * a subnormal an imprecise answer). Returns the value.
 */
export function checkRepresentable(
  functionName: string,
  what: string,
  value: number,
  nonZero: boolean,
): number {
  checkNoOverflow(functionName, what, [value]);
  if (nonZero && Math.abs(value) < SMALLEST_NORMAL) {
    throw new NonFiniteValueError(
      functionName,
      `cannot represent ${what}: the data underflow double precision (got ${value}); rescale the inputs, e.g. multiply y or a column by a power of ten`,
    );
  }
  return value;
}

/**
 * A quantity computed in scaled units (the data divided by powers of two, exact, so that its
 * squares neither overflow nor underflow), brought back to the data's units: `scaled` times
 * the powers of two `scales`, combined as one exponent so that no partial product overflows
 * or underflows on the way. Refused by checkRepresentable when the true value does not fit.
 */
export function scaleBack(
  functionName: string,
  what: string,
  scaled: number,
  ...scales: number[]
): number {
  let exponent = 0;
  for (const scale of scales) exponent += Math.round(Math.log2(scale));
  return checkRepresentable(functionName, what, timesPowerOfTwo(scaled, exponent), scaled !== 0);
}

/**
 * value · 2^exponent, exact while the result is a normal double, taken in steps of at most
 * 2^±1000 so that a large exponent (2^2000 ≈ ∞ on its own) meets a small value correctly.
 */
export function timesPowerOfTwo(value: number, exponent: number): number {
  let result = value;
  let left = exponent;
  while (left !== 0 && result !== 0 && Number.isFinite(result)) {
    const step = Math.max(-1000, Math.min(1000, left));
    result *= 2 ** step;
    left -= step;
  }
  return result;
}

/** ‖values‖₂ by a loop, scaled so squares neither overflow nor underflow (Math.hypot without a spread). */
export function normOf(values: ArrayLike<number>): number {
  let largest = 0;
  for (let i = 0; i < values.length; i += 1) largest = Math.max(largest, Math.abs(values[i]!));
  if (largest === 0 || !Number.isFinite(largest)) return largest;
  let sum = 0;
  for (let i = 0; i < values.length; i += 1) sum += (values[i]! / largest) ** 2;
  return largest * Math.sqrt(sum);
}
