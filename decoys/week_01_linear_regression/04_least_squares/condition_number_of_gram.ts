/**
 * Decoy for kata 01.04 — condition number of XᵀX.
 *
 * @misconception The condition number is computed from the eigenvalues of XᵀX, which gives
 * κ(XᵀX) = κ(X)², not the condition number of the design itself.
 * @expectMessage 'κ(XᵀX) = κ(X)²'
 */
import {
  conditionNumber as solutionConditionNumber,
  type DesignRows,
} from '../../../solutions/week_01_linear_regression/04_least_squares';

export * from '../../../solutions/week_01_linear_regression/04_least_squares';

export function conditionNumber(X: DesignRows): number {
  return solutionConditionNumber(X) ** 2;
}
