/**
 * Decoy for kata 01.10 — autocorrelation condemns every standard error.
 *
 * @misconception "No sample size rescues the classical standard errors": every coefficient is
 * listed as understated, though a slope whose regressor is independent over time keeps its
 * classical standard error (White 1980, Moulton 1990); only the intercept's is understated.
 * @expectMessage 'keeps its classical SE'
 */
import {
  assess as solutionAssess,
  type Assessment,
  type AssessmentData,
} from '../../../solutions/week_01_linear_regression/10_remedies';

export * from '../../../solutions/week_01_linear_regression/10_remedies';

export function assess(
  data: AssessmentData,
  options: Parameters<typeof solutionAssess>[1] = {},
): Assessment {
  const result = solutionAssess(data, options);
  const width = (data.XTrain as number[][])[0]!.length;
  return {
    ...result,
    findings: result.findings.map((finding) =>
      finding.code === 'autocorrelation'
        ? { ...finding, coefficients: Array.from({ length: width + 1 }, (_, j) => j) }
        : finding,
    ),
  };
}
