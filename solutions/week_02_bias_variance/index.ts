// Public API of week 02 (docs/api/): outside checks call these names directly.
// katas 02.01–02.04
export * from './01_data_generating_processes';
export * from './02_capacity';
export * from './03_bias_variance_decomposition';
export * from './04_bootstrap_decomposition';
// katas 02.05–02.08
export * from './05_validation_and_learning_curves';
export * from './06_ridge_regression';
export * from './07_diagnosis';
export * from './08_double_descent';
// kata 02.09 (bootstrap intervals and optimism)
export * from './09_bootstrap_validation';
