/**
 * Decoy for kata 02.01 — noiseSd read as a variance.
 *
 * @misconception The standard normal draw is multiplied by σ² instead of σ, so the noise has
 * variance σ⁴: right at σ = 1, too small below it and too large above it.
 * @expectMessage 'multiplied by the variance instead of the standard deviation'
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
  reference(options); // the same validation
  return { ...reference({ ...options, noiseSd: options.noiseSd ** 2 }), noiseSd: options.noiseSd };
}
