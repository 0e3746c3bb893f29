/**
 * Decoy for kata 02.04 — the median of the rounds as the main prediction.
 *
 * @misconception The main prediction is the median over rounds (mlxtend’s choice for 0-1 loss,
 * carried over to squared error), so expectedLoss = bias2 + variance no longer holds.
 * @expectMessage 'uses the median of the rounds as the main prediction'
 */
import type { Fitter } from '../../../helpers/fitters';
import type { MatrixInput } from '../../../helpers/validation';
import {
  bootstrapBiasVariance as reference,
  type BootstrapDecomposition,
  type BootstrapOptions,
} from '../../../solutions/week_02_bias_variance/04_bootstrap_decomposition';

export * from '../../../solutions/week_02_bias_variance/04_bootstrap_decomposition';

const mean = (values: readonly number[]): number =>
  values.reduce((sum, value) => sum + value, 0) / values.length;

export function bootstrapBiasVariance(
  fit: Fitter,
  trainX: MatrixInput,
  trainY: readonly number[],
  testX: MatrixInput,
  testY: readonly number[],
  options: BootstrapOptions,
): BootstrapDecomposition {
  // The reference validates and runs the rounds; its fitter is wrapped to keep ŷ_r(x).
  const predictions: number[][] = [];
  const recording: Fitter = (X, y) => {
    const predict = fit(X, y);
    return (rows) => {
      const values = predict(rows);
      predictions.push(values);
      return values;
    };
  };
  const correct = reference(
    typeof fit === 'function' ? recording : fit,
    trainX,
    trainY,
    testX,
    testY,
    options,
  );
  const median = (values: number[]): number => {
    const sorted = values.slice().sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  };
  const main = testY.map((_, i) => median(predictions.map((row) => row[i]!)));
  const bias2 = mean(main.map((value, i) => (value - testY[i]!) ** 2));
  const variance = mean(
    main.map((value, i) => mean(predictions.map((row) => (row[i]! - value) ** 2))),
  );
  return { ...correct, bias2, variance };
}
