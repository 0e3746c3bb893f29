/** The experiments of week 01, in the order the lab report shows them (one file each). */
export const experiments: readonly string[] = [
  'baselines',
  'anscombe',
  'solver_accuracy',
  'gradient_descent',
  'plot_lm_panels',
  'prediction_coverage',
  'hierarchy_principle',
  'localising_misfit',
  'hac_coverage',
];
