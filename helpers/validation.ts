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
  return typeof value === 'number' ? String(value) : typeof value;
}

/** A non-empty array of finite numbers, returned as a fresh copy. */
export function checkVector(
  functionName: string,
  name: string,
  values: unknown,
  minLength = 1,
): number[] {
  if (!Array.isArray(values)) {
    throw new InvalidArgumentError(
      functionName,
      `requires ${name} to be an array of numbers (got ${describeValue(values)})`,
    );
  }
  if (values.length < minLength) {
    throw new EmptyInputError(
      functionName,
      `requires ${name} to have at least ${minLength} value${minLength === 1 ? '' : 's'} (got ${values.length})`,
    );
  }
  values.forEach((value: unknown, index) => {
    if (typeof value !== 'number') {
      throw new InvalidArgumentError(
        functionName,
        `requires ${name} to hold numbers (got ${typeof value} at index ${index})`,
      );
    }
    if (!Number.isFinite(value)) {
      throw new NonFiniteValueError(
        functionName,
        `requires finite values in ${name} (got ${value} at index ${index})`,
      );
    }
  });
  return (values as number[]).slice();
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
  const rows: unknown = matrix instanceof AbstractMatrix ? matrix.to2DArray() : matrix;
  if (!Array.isArray(rows)) {
    throw new InvalidArgumentError(
      functionName,
      `requires ${name} to be an array of rows (got ${describeValue(rows)})`,
    );
  }
  if (rows.length < minRows) {
    throw new EmptyInputError(
      functionName,
      `requires ${name} to have at least ${minRows} row${minRows === 1 ? '' : 's'} (got ${rows.length})`,
    );
  }
  const first: unknown = rows[0];
  const columns = Array.isArray(first) ? first.length : -1;
  if (columns < 1) {
    throw new EmptyInputError(
      functionName,
      `requires ${name} to have at least one column (got ${describeValue(first)} as row 0)`,
    );
  }
  return rows.map((row: unknown, rowIndex) => {
    if (!Array.isArray(row) || row.length !== columns) {
      throw new ShapeMismatchError(
        functionName,
        `requires every row of ${name} to have ${columns} columns (got ${describeValue(row)} at row ${rowIndex})`,
      );
    }
    row.forEach((value: unknown, columnIndex) => {
      if (typeof value !== 'number') {
        throw new InvalidArgumentError(
          functionName,
          `requires ${name} to hold numbers (got ${typeof value} at row ${rowIndex}, column ${columnIndex})`,
        );
      }
      if (!Number.isFinite(value)) {
        throw new NonFiniteValueError(
          functionName,
          `requires finite values in ${name} (got ${value} at row ${rowIndex}, column ${columnIndex})`,
        );
      }
    });
    return (row as number[]).slice();
  });
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

/** A finite number, optionally bounded below (inclusive). */
export function checkNumber(
  functionName: string,
  name: string,
  value: unknown,
  options: { min?: number; integer?: boolean } = {},
): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidArgumentError(
      functionName,
      `requires ${name} to be a finite number (got ${describeValue(value)})`,
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
