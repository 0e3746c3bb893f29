/**
 * Decoy for kata 02.03 — the variance of the predictions divided by R − 1.
 *
 * @misconception The spread of the R predictions is divided by R − 1, the sample-variance habit,
 * although R is pinned (the replicates are the population the decomposition is taken over), so
 * expectedTestMSE = bias2 + variance + noise no longer holds.
 * @expectMessage 'divided by R − 1'
 */
import type { Fitter } from '../../../helpers/fitters';
import {
  biasVarianceDecomposition as reference,
  type BiasVarianceDecomposition,
  type BiasVarianceOptions,
} from '../../../solutions/week_02_bias_variance/03_bias_variance_decomposition';

export * from '../../../solutions/week_02_bias_variance/03_bias_variance_decomposition';

const mean = (values: readonly number[]): number =>
  values.reduce((sum, value) => sum + value, 0) / values.length;

export function biasVarianceDecomposition(options: BiasVarianceOptions): BiasVarianceDecomposition {
  // The reference validates and runs the replicates; its fitter is wrapped to keep ŷ_r(x).
  const predictions: number[][] = [];
  const fit: Fitter = (X, y) => {
    const predict = options.fit(X, y);
    return (rows) => {
      const values = predict(rows);
      predictions.push(values);
      return values;
    };
  };
  const correct = reference(typeof options.fit === 'function' ? { ...options, fit } : options);
  const R = predictions.length;
  const truth = (options.testX as number[][]).map((row) => options.trueFunction(row.slice()));
  const average = truth.map((_, i) => mean(predictions.map((row) => row[i]!)));
  const variance = mean(
    truth.map(
      (_, i) => predictions.reduce((sum, row) => sum + (row[i]! - average[i]!) ** 2, 0) / (R - 1),
    ),
  );
  return { ...correct, variance };
}
