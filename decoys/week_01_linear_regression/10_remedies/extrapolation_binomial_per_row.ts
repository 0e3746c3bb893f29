/**
 * Decoy for kata 01.10 — each test row in its own augmented design, the count read as binomial.
 *
 * @misconception Each test row is compared with the training rows in its own [X; x₀] (right,
 * 1/(n + 1) per row) and the count is taken as Binomial(m, 1/(n + 1)). The rows share one
 * training set, so the count is overdispersed and the binomial tail fires far above alpha.
 * @expectMessage 'pooled design'
 */
import { inverse, Matrix } from 'ml-matrix';
import { regularizedIncompleteBeta } from '../../../helpers/distributions';
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
  const alpha = options.alpha ?? 0.05;
  const train = (data.XTrain as number[][]).map((row) => [1, ...row]);
  const n = train.length;
  const test = data.XTest as number[][];
  const outside = test.filter((row) => {
    const augmented = new Matrix([...train, [1, ...row]]);
    const bread = inverse(augmented.transpose().mmul(augmented));
    const h = augmented.to2DArray().map((x) => {
      const v = Matrix.rowVector(x);
      return v.mmul(bread).mmul(v.transpose()).get(0, 0);
    });
    const own = h.pop()!;
    return h.every((value) => own > value);
  }).length;
  const m = test.length;
  const tail = outside === 0 ? 1 : regularizedIncompleteBeta(1 / (n + 1), outside, m - outside + 1);
  const findings = result.findings.filter((finding) => finding.code !== 'extrapolation');
  const remedies = result.remedies.filter((remedy) => remedy.code !== 'restrictToDataRange');
  if (tail < alpha) {
    findings.push({ code: 'extrapolation', detail: `${outside} test rows outside`, value: tail });
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
