/**
 * Decoy for kata 01.10 — extrapolation judged by x₀ᵀ(XᵀX)⁻¹x₀ against the training leverages.
 *
 * @misconception A test row's x₀ᵀ(XᵀX)⁻¹x₀ is compared with the training hᵢ as if it were a
 * leverage of the same design. It is h₀/(1 − h₀) of the augmented design, inflated, so clean rows
 * are counted far more often than 1/(n + 1), and a flat 5% share stands in for a calibrated tail.
 * @expectMessage 'pooled design'
 */
import { inverse, Matrix } from 'ml-matrix';
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
  const train = (data.XTrain as number[][]).map((row) => [1, ...row]);
  const bread = inverse(new Matrix(train).transpose().mmul(new Matrix(train)));
  const leverage = (x: number[]): number => {
    const v = Matrix.rowVector(x);
    return v.mmul(bread).mmul(v.transpose()).get(0, 0);
  };
  const highest = Math.max(...train.map(leverage));
  const test = data.XTest as number[][];
  const outside = test.filter((row) => leverage([1, ...row]) > highest).length;
  const findings = result.findings.filter((finding) => finding.code !== 'extrapolation');
  const remedies = result.remedies.filter((remedy) => remedy.code !== 'restrictToDataRange');
  if (outside > 0.05 * test.length) {
    findings.push({
      code: 'extrapolation',
      detail: `${outside} test rows outside`,
      value: outside,
    });
    remedies.push({
      code: 'restrictToDataRange',
      addresses: 'extrapolation',
      detail: 'stay in range',
    });
  }
  const rejected = findings.some(
    (f) => f.code === 'noImprovementOverBaseline' || f.code === 'severeMisspecification',
  );
  return {
    ...result,
    findings,
    remedies,
    verdict: rejected ? 'reject' : findings.length > 0 ? 'modify' : 'accept',
  };
}
