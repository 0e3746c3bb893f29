/**
 * Property-based checks for specs, on fast-check. A property states an identity that must hold
 * for every input of a family (every well-conditioned design, every λ ≥ 0), and fast-check
 * tries a seeded sample of them, shrinking a failure to a small counter-example.
 *
 * `assertProperty` runs `fc.assert` with an explicit seed and run count (a spec states both)
 * and reports a failure the way the lab's other assertions do:
 * - a stub's NotImplementedError is rethrown untouched, so a pristine stub fails a property
 *   spec with its own kata's error, like any other spec (fast-check would wrap it in a plain
 *   Error that names neither);
 * - any other failure is rethrown as an AssertionError whose message starts with the failing
 *   check's own message (its hint first), followed by fast-check's seed, path and
 *   counter-example, so the learner reads the misconception before the replay details.
 */
import { AssertionError } from 'node:assert';
import fc from 'fast-check';

export interface PropertyRuns {
  /** fast-check's seed: a fixed integer, so every run tries the same inputs. */
  readonly seed: number;
  /** How many inputs to try; size it to the cost of one check. */
  readonly numRuns: number;
}

/** The stub's NotImplementedError that fast-check wrapped, if that is what failed. */
function notImplementedCause(error: unknown): Error | undefined {
  const cause = error instanceof Error ? error.cause : undefined;
  return cause instanceof Error && cause.name === 'NotImplementedError' ? cause : undefined;
}

export function assertProperty<Ts>(property: fc.IProperty<Ts>, runs: PropertyRuns): void {
  // One input first, without shrinking: a pristine stub fails there, and shrinking its
  // NotImplementedError through dozens of smaller inputs would only cost the learner time.
  try {
    fc.assert(property, { seed: runs.seed, numRuns: 1, endOnFailure: true });
  } catch (error) {
    const stubError = notImplementedCause(error);
    if (stubError !== undefined) throw stubError;
  }
  try {
    fc.assert(property, { seed: runs.seed, numRuns: runs.numRuns });
  } catch (error) {
    const stubError = notImplementedCause(error);
    if (stubError !== undefined) throw stubError;
    const cause = error instanceof Error ? error.cause : undefined;
    if (!(error instanceof Error) || !(cause instanceof Error)) throw error;
    const details = error.message.split('\n').filter((line) => !line.startsWith('Hint:'));
    throw new AssertionError({
      message: `${cause.message}\n\nfast-check: ${details.join('\n').trim()}`,
    });
  }
}

export { fc };
