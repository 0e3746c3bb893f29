/** The experiments of week 02, in the order the lab report shows them (one file each). */
export const experiments: readonly string[] = [
  'bias_variance_sweep',
  'learning_curves',
  'ridge_validation_curve',
  'ridge_bias_variance',
  'double_descent',
  'bootstrap_validation',
];
