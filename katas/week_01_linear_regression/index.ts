// Public API of week 01 (../shared/REFERENCE_API.md): outside checks call these names directly.
export * from './01_baselines_and_metrics';
// katas 01.02–01.05
// katas 01.06–01.07
// katas 01.08–01.10
