/**
 * Decoy for kata 02.03 — the square of the mean bias.
 *
 * @misconception bias2 averages the bias over the test points and then squares it, so biases of
 * opposite sign cancel: a line through a parabola, too high at the ends and too low in the
 * middle, comes out unbiased.
 * @expectMessage 'the square of the mean bias'
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
  const truth = (options.testX as number[][]).map((row) => options.trueFunction(row.slice()));
  const average = truth.map((_, i) => mean(predictions.map((row) => row[i]!)));
  const meanBias = mean(average.map((value, i) => value - truth[i]!));
  return { ...correct, bias2: meanBias ** 2 };
}
