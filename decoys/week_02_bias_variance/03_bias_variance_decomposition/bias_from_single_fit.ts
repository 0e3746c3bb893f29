/**
 * Decoy for kata 02.03 — bias² from a single fit.
 *
 * @misconception The bias is read off one fitted model (the first replicate) instead of the
 * average prediction over the R training sets, so the fit’s own noise counts as bias: even a
 * correct model looks biased by about σ²p/n.
 * @expectMessage 'looks like bias² from a single fit'
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
  const first = predictions[0] ?? [];
  const bias2 = mean(truth.map((value, i) => (first[i]! - value) ** 2));
  return { ...correct, bias2 };
}
