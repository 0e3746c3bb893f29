/**
 * Decoy for kata 02.02 — a test error from a model refitted on the test rows.
 *
 * @misconception The test MSE is computed by fitting the degree on the test data itself, so the
 * test rows shape the model that scores them (leakage), and the "test" error falls with the
 * degree like a training error.
 * @expectMessage 'a model refitted on the test rows has seen them'
 */
import {
  capacitySweep as reference,
  type CapacityPoint,
  type CapacitySweepOptions,
} from '../../../solutions/week_02_bias_variance/02_capacity';

export * from '../../../solutions/week_02_bias_variance/02_capacity';

export function capacitySweep(options: CapacitySweepOptions): CapacityPoint[] {
  const onTest = reference({ ...options, trainX: options.testX, trainY: options.testY });
  return reference(options).map((point, k) => ({
    ...point,
    testMSE: onTest[k]?.trainMSE ?? Number.NaN,
  }));
}
