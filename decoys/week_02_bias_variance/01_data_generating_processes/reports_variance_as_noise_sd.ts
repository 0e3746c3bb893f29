/**
 * Decoy for kata 02.01 — the process reports σ² as its noiseSd.
 *
 * @misconception The returned process keeps "the noise level" as the variance σ², while it
 * draws correctly with σ: every consumer that reads `dgp.noiseSd` (a noise floor σ², a plot's
 * band) then squares a variance.
 * @expectMessage '0.09 is σ², the variance'
 */
import {
  createDataGeneratingProcess as reference,
  type DataGeneratingProcess,
  type DataGeneratingProcessOptions,
} from '../../../solutions/week_02_bias_variance/01_data_generating_processes';

export * from '../../../solutions/week_02_bias_variance/01_data_generating_processes';

export function createDataGeneratingProcess(
  options: DataGeneratingProcessOptions,
): DataGeneratingProcess {
  const process = reference(options);
  return { ...process, noiseSd: process.noiseSd ** 2 };
}
