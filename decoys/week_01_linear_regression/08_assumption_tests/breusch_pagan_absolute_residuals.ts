/**
 * Decoy for kata 01.08 — Breusch–Pagan on |e|.
 *
 * @misconception The auxiliary regression explains the absolute residuals |e| (Glejser's test)
 * instead of the squared residuals e², so the statistic is not the one R's bptest reports.
 * @expectMessage 'regresses the squared residuals e² (not |e|)'
 */
import type { MatrixInput } from '../../../helpers/validation';
import {
  breuschPagan as solutionBreuschPagan,
  type BreuschPaganResult,
} from '../../../solutions/week_01_linear_regression/08_assumption_tests';

export * from '../../../solutions/week_01_linear_regression/08_assumption_tests';

export function breuschPagan(
  residuals: readonly number[],
  Z: MatrixInput,
  options: { studentized?: boolean } = {},
): BreuschPaganResult {
  // The solution squares what it is given: hand it sqrt|e| and it regresses |e|.
  return solutionBreuschPagan(
    residuals.map((value) => Math.sqrt(Math.abs(value))),
    Z,
    options,
  );
}
