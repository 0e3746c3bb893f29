// Public API of week 01 (docs/api/): outside checks call these names directly.
export * from './01_baselines_and_metrics';
// katas 01.02–01.05
export * from './02_simple_regression';
export * from './03_design_matrices';
export * from './04_least_squares';
export * from './05_gradient_descent';
// katas 01.06–01.07
export * from './06_inference';
export * from './07_residual_diagnostics';
// katas 01.08–01.10
export * from './08_assumption_tests';
export * from './09_failure_modes';
export * from './10_remedies';
// kata 01.11
export * from './11_refined_least_squares';
// kata 01.12
export * from './12_prediction_intervals';
// kata 01.13
export * from './13_general_linear_hypothesis';
// kata 01.14 (localising misfit: added-variable and component-plus-residual plots, splines)
export * from './14_localising_misfit';
// kata 01.15
export * from './15_hac_standard_errors';
