/**
 * Decoy for kata 01.13 — levels in order of first appearance.
 *
 * @misconception The levels are taken in the order the values first occur (as pandas'
 * pd.unique or a Set does), not sorted as R's factor() does: the reference level then depends
 * on which row happens to come first.
 * @expectMessage 'is the order of appearance'
 */
import {
  encodeFactor as solutionEncode,
  type EncodedFactor,
  type EncodeFactorOptions,
} from '../../../solutions/week_01_linear_regression/13_general_linear_hypothesis';

export * from '../../../solutions/week_01_linear_regression/13_general_linear_hypothesis';

export function encodeFactor(
  values: readonly string[],
  options?: EncodeFactorOptions,
): EncodedFactor {
  solutionEncode(values, options);
  if (options?.levels !== undefined) return solutionEncode(values, options);
  return solutionEncode(values, { ...options, levels: [...new Set(values)] });
}
