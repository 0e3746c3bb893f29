/**
 * Every error the lab throws lives here, one named subclass per meaning, after ml-matrix:
 * `RangeError` for shapes, sizes and values outside a domain, `Error` for a broken
 * mathematical precondition (rank, convergence).
 *
 * Message rule (CONTRIBUTING.md, enforced by errors.spec.ts): lower-case, no final
 * period, the public function's name first and the sizes or values seen last:
 * `fitOLS requires as many targets as rows (got 3 and 4)`.
 */
/** Joins the public function's name and what was wrong, the single place that shapes a message. */
export function errorMessage(functionName: string, detail: string): string {
  return `${functionName} ${detail}`;
}

/** A shape, size or value outside its domain, raised by `functionName`. */
abstract class LabRangeError extends RangeError {
  constructor(
    readonly functionName: string,
    detail: string,
  ) {
    super(errorMessage(functionName, detail));
  }
}

/** Two inputs whose sizes must agree do not (rows vs targets, columns vs coefficients). */
export class ShapeMismatchError extends LabRangeError {
  override name = 'ShapeMismatchError';
}

/** An input that must hold data holds none, or holds fewer rows than the method needs. */
export class EmptyInputError extends LabRangeError {
  override name = 'EmptyInputError';
}

/** NaN or ±Infinity where a finite number is required: never propagated as a silent NaN. */
export class NonFiniteValueError extends LabRangeError {
  override name = 'NonFiniteValueError';
}

/** An argument outside its domain: a negative penalty, a non-integer degree, an unknown option. */
export class InvalidArgumentError extends LabRangeError {
  override name = 'InvalidArgumentError';
}

/**
 * The design does not have full column rank, so the coefficients are not identified.
 * `columns` are the 0-based indices of the offending columns of the design that was fitted
 * (constant column included when there is one), so a learner can see which ones to drop.
 */
export class RankDeficiencyError extends Error {
  override name = 'RankDeficiencyError';
  constructor(
    readonly functionName: string,
    detail: string,
    readonly columns: readonly number[],
  ) {
    super(errorMessage(functionName, detail));
  }
}

/** An iterative method stopped at its iteration limit, or diverged, before meeting its tolerance. */
export class ConvergenceError extends Error {
  override name = 'ConvergenceError';
  constructor(
    readonly functionName: string,
    detail: string,
    readonly iterations: number,
  ) {
    super(errorMessage(functionName, detail));
  }
}

/**
 * Thrown by every pristine stub. It names the function and the kata, so a red spec tells the
 * learner where to work; the stack's first frame is the stub itself. The kata's title, file and
 * theory section live in curriculum.ts, which the ground floor does not import: whoever reports
 * the failure reads them from the kata id (scripts/lib/learner_reporter.ts, the experiment runner).
 */
export class NotImplementedError extends Error {
  override name = 'NotImplementedError';
  constructor(
    readonly kataId: string,
    readonly functionName: string,
  ) {
    super(errorMessage(functionName, `is not implemented yet: kata ${kataId}`));
    this.stack = withoutRunnerFrames(this.stack);
  }
}

/**
 * A stack without the frames of node_modules and Node's internals. A pristine module fails
 * every spec with this error, and the reporter looks up a source map for every frame of every
 * failure: the test runner's own frames (never shown) made up most of that work.
 */
function withoutRunnerFrames(stack: string | undefined): string | undefined {
  return stack
    ?.split('\n')
    .filter((line) => !/^\s+at (.*\/node_modules\/|.*\(node:|node:)/.test(line))
    .join('\n');
}
