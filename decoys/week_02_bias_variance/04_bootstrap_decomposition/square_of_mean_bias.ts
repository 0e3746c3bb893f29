/**
 * Decoy for kata 02.04 — the square of the mean bias.
 *
 * @misconception bias2 averages (main prediction − y) over the test points and squares the
 * average, so the noise in the test targets, positive and negative, cancels instead of
 * showing up as the σ² the bootstrap "bias" absorbs.
 * @expectMessage 'bias2 = 4 is the square of the mean bias'
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
  const main = testY.map((_, i) => mean(predictions.map((row) => row[i]!)));
  const bias2 = mean(main.map((value, i) => value - testY[i]!)) ** 2;
  return { ...correct, bias2 };
}
