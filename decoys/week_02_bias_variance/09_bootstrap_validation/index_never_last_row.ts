/**
 * Decoy for kata 02.09 — resample index drawn as ⌊u·(n − 1)⌋, never the last row.
 *
 * @misconception "An index between 0 and n − 1" is taken as ⌊u·(n − 1)⌋, which spreads the draws
 * over rows 0 … n − 2: the last row never enters a resample, and with many rows the intervals
 * and the optimism barely move.
 * @expectMessage 'never picks row n − 1'
 */
import { createRng } from '../../../helpers/random';
import {
  bootstrapIndexSets as reference,
  type IndexSetOptions,
} from '../../../solutions/week_02_bias_variance/09_bootstrap_validation';

export * from '../../../solutions/week_02_bias_variance/09_bootstrap_validation';

export function bootstrapIndexSets(n: number, options: IndexSetOptions): number[][] {
  reference(n, options); // the reference's validation
  const rng = createRng(options.seed, 'bootstrapIndexSets');
  return Array.from({ length: options.replicates }, () =>
    Array.from({ length: n }, () => Math.floor(rng.uniform() * (n - 1))),
  );
}
