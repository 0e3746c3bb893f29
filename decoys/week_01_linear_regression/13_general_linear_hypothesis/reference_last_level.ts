/**
 * Decoy for kata 01.13 — treatment coding with the last level as the reference.
 *
 * @misconception The reference level of treatment coding is the last one (SAS's convention, or
 * contr.sum's omitted level carried over); R's contr.treatment takes the first.
 * @expectMessage 'looks like the last level was taken as the reference'
 */
import {
  contrastMatrix as solutionContrasts,
  encodeFactor as solutionEncode,
  type ContrastOptions,
  type EncodedFactor,
  type EncodeFactorOptions,
} from '../../../solutions/week_01_linear_regression/13_general_linear_hypothesis';

export * from '../../../solutions/week_01_linear_regression/13_general_linear_hypothesis';

function lastByDefault<T extends ContrastOptions>(levels: readonly string[], options?: T): T {
  const coding = options?.coding ?? 'treatment';
  if (coding !== 'treatment' || options?.reference !== undefined) return (options ?? {}) as T;
  return { ...options, reference: levels[levels.length - 1] } as T;
}

export function contrastMatrix(levels: readonly string[], options?: ContrastOptions): number[][] {
  solutionContrasts(levels, options);
  return solutionContrasts(levels, lastByDefault(levels, options));
}

export function encodeFactor(
  values: readonly string[],
  options?: EncodeFactorOptions,
): EncodedFactor {
  const { levels } = solutionEncode(values, options);
  return solutionEncode(values, lastByDefault(levels, options));
}
