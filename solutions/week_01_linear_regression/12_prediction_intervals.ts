/**
 * Kata 01.12 — Prediction intervals vs confidence intervals for the mean
 *
 * At a new point x₀ a fitted line answers two different questions. Where is the mean
 * E[y | x₀] = x₀ᵀβ? Its estimate ŷ₀ = x₀ᵀb is uncertain only through b, so its standard error
 * s·sqrt(x₀ᵀ(XᵀX)⁻¹x₀) shrinks towards 0 as n grows. Where will one new observation
 * y₀ = x₀ᵀβ + ε₀ fall? That adds the new error itself: s·sqrt(1 + x₀ᵀ(XᵀX)⁻¹x₀), never below
 * s however large n is. Both intervals use Student t on n − p degrees of freedom, exact under
 * normal errors (A6). The interval for the mean is an average of many errors and the central
 * limit theorem rescues it when A6 fails; the prediction interval is about a single error, and
 * its tails stay those of the error distribution at any n.
 *
 * Theory: theory/week_01_linear_regression.md#prediction-intervals
 *
 * Implement (R `predict(lm(…), newdata, interval = "confidence" or "prediction", level,
 * se.fit = TRUE)`; Kutner et al. §2.4–2.5, ISLR §3.2.2):
 * - `predictWithIntervals(X, y, newX, { level = 0.95, intercept = true })`: fit y on X by least
 *   squares, X holding the predictors only (with `intercept` the constant column is prepended
 *   to X and to every row of newX, as R's formula does), then at each row x₀ of newX:
 *   `predicted` ŷ₀ = x₀ᵀb; `seMean` = s·sqrt(x₀ᵀ(XᵀX)⁻¹x₀) (R's `se.fit`); `sePrediction` =
 *   s·sqrt(1 + x₀ᵀ(XᵀX)⁻¹x₀); `confidence` = ŷ₀ ± t·seMean, for E[y | x₀]; `prediction` =
 *   ŷ₀ ± t·sePrediction, for a new y₀. Here s² = RSS/(n − p) with p counting every fitted
 *   coefficient (the intercept too), and t = t(1 − (1 − level)/2; n − p). The result also holds
 *   `residualScale` s (R's `residual.scale`), `dfResidual` n − p (R's `df`) and `criticalValue`
 *   t. Arrays have one entry per row of newX, in its order.
 * A perfect fit (RSS = 0) gives zero-width intervals, never NaN. Data at any scale (10^±200) give
 * finite answers or a NonFiniteValueError saying they overflow. No function changes its inputs.
 *
 * Errors (helpers/errors.ts, helpers/validation.ts): empty X, y or newX EmptyInputError; as many
 * rows as fitted coefficients or fewer (no residual degrees of freedom) EmptyInputError; y of
 * another length than X, or a row of X or newX of another width than X's first row,
 * ShapeMismatchError; NaN or ±Infinity NonFiniteValueError; a design without full column rank
 * RankDeficiencyError naming the dependent columns of the fitted design (constant column = 0);
 * a level outside (0, 1) or a non-boolean `intercept` InvalidArgumentError. Messages start with
 * `predictWithIntervals`.
 *
 * Tools: helpers/least_squares.ts `fitLeastSquaresAccurate(name, design, y)` returns b, the
 * residuals and the factor R of X = QR, and XᵀX = RᵀR, so x₀ᵀ(XᵀX)⁻¹x₀ = ‖R⁻ᵀx₀‖²: one forward
 * substitution, no inverse; helpers/distributions.ts has `studentTQuantile`; helpers/validation.ts
 * has `normOf`, a norm whose squares cannot overflow.
 *
 * @example
 * // Anscombe's set I; R: predict(lm(y1 ~ x1, anscombe), data.frame(x1 = 9), se.fit = TRUE,
 * // interval = "confidence") and interval = "prediction"
 * const at9 = predictWithIntervals(x1.map((v) => [v]), y1, [[9]]);
 * at9.predicted; // [7.50091], at x̄ = 9
 * at9.seMean; // [0.37285] = s/√11 with s = 1.23660
 * at9.confidence[0]; // { lower: 6.65746, upper: 8.34435 }
 * at9.prediction[0]; // { lower: 4.57913, upper: 10.42269 }: 7.50091 ± 2.26216·s·sqrt(1 + 1/11)
 */
import { studentTQuantile } from '../../helpers/distributions';
import { EmptyInputError, InvalidArgumentError } from '../../helpers/errors';
import { fitLeastSquaresAccurate } from '../../helpers/least_squares';
import {
  checkMatrix,
  checkNoOverflow,
  checkNumber,
  checkOptions,
  checkSameLength,
  checkVector,
  type MatrixInput,
  normOf,
} from '../../helpers/validation';

export interface PredictionIntervalOptions {
  /** Coverage probability of both intervals, strictly between 0 and 1 (default 0.95, R's). */
  readonly level?: number;
  /** Prepend the constant column to X and to newX (default true). */
  readonly intercept?: boolean;
}

/** A two-sided interval at one new point. */
export interface IntervalAtPoint {
  readonly lower: number;
  readonly upper: number;
}

/** R `predict.lm` with `se.fit = TRUE`, for both kinds of interval at once. */
export interface PredictionIntervals {
  /** ŷ₀ = x₀ᵀb at each row of newX (R's `fit`). */
  readonly predicted: number[];
  /** s·sqrt(x₀ᵀ(XᵀX)⁻¹x₀): the standard error of ŷ₀ as an estimate of E[y | x₀] (R's `se.fit`). */
  readonly seMean: number[];
  /** s·sqrt(1 + x₀ᵀ(XᵀX)⁻¹x₀): the standard error of ŷ₀ as a forecast of a new y₀. */
  readonly sePrediction: number[];
  /** ŷ₀ ± t·seMean: the interval for the mean E[y | x₀] (R's `interval = "confidence"`). */
  readonly confidence: IntervalAtPoint[];
  /** ŷ₀ ± t·sePrediction: the interval for a new y₀ (R's `interval = "prediction"`). */
  readonly prediction: IntervalAtPoint[];
  /** s = sqrt(RSS/(n − p)) (R's `residual.scale`). */
  readonly residualScale: number;
  /** n − p, p counting the intercept (R's `df`). */
  readonly dfResidual: number;
  /** t(1 − (1 − level)/2; n − p), the multiplier of both standard errors. */
  readonly criticalValue: number;
}

/** w with Rᵀw = v (R upper triangular, so Rᵀ is lower): then ‖w‖² = vᵀ(RᵀR)⁻¹v. */
function solveTransposed(r: readonly (readonly number[])[], v: readonly number[]): number[] {
  const w: number[] = [];
  v.forEach((value, i) => {
    let sum = value;
    for (let k = 0; k < i; k += 1) sum -= r[k]![i]! * w[k]!;
    w.push(sum / r[i]![i]!);
  });
  return w;
}

function readLevel(name: string, options: PredictionIntervalOptions): number {
  const level = checkNumber(name, 'options.level', options.level ?? 0.95);
  if (!(level > 0 && level < 1)) {
    throw new InvalidArgumentError(
      name,
      `requires options.level strictly between 0 and 1 (got ${level})`,
    );
  }
  return level;
}

export function predictWithIntervals(
  X: MatrixInput,
  y: readonly number[],
  newX: MatrixInput,
  options?: PredictionIntervalOptions,
): PredictionIntervals {
  const name = 'predictWithIntervals';
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows of X', rows.length, 'targets in y', targets.length);
  const newRows = checkMatrix(name, 'newX', newX);
  const width = rows[0]!.length;
  checkSameLength(name, 'columns in X', width, 'columns in newX', newRows[0]!.length);
  const checked = checkOptions(name, options);
  const intercept = checked.intercept ?? true;
  const level = readLevel(name, checked);

  const withConstant = (row: number[]): number[] => (intercept ? [1, ...row] : row);
  const design = rows.map(withConstant);
  const points = newRows.map(withConstant);
  const n = design.length;
  const p = width + (intercept ? 1 : 0);
  if (n <= p) {
    throw new EmptyInputError(
      name,
      `requires more rows than fitted coefficients to estimate the error variance (got ${n} rows and ${p} coefficients)`,
    );
  }

  const solved = fitLeastSquaresAccurate(name, design, targets);
  const dfResidual = n - p;
  // s = ‖e‖/√(n − p): E[RSS] = σ²(n − p), the intercept counted in p. The norm by scaling,
  // so residuals at 10^200 do not overflow a sum of squares on the way.
  const residualScale = normOf(solved.residuals) / Math.sqrt(dfResidual);
  const criticalValue = studentTQuantile(1 - (1 - level) / 2, dfResidual);

  const predicted = points.map((x0) =>
    x0.reduce((sum, value, j) => sum + value * solved.coefficients[j]!, 0),
  );
  // ‖R⁻ᵀx₀‖ = sqrt(x₀ᵀ(XᵀX)⁻¹x₀), read off the QR factor without forming or inverting XᵀX.
  const spread = points.map((x0) => normOf(solveTransposed(solved.triangularFactor, x0)));
  // Var(ŷ₀ − μ₀) = σ²·x₀ᵀ(XᵀX)⁻¹x₀; a new y₀ adds its own error: Var(y₀ − ŷ₀) = σ²(1 + x₀ᵀ(XᵀX)⁻¹x₀).
  const seMean = spread.map((q) => residualScale * q);
  const sePrediction = spread.map((q) => residualScale * Math.hypot(1, q));
  const around = (centre: number, se: number): IntervalAtPoint => ({
    lower: centre - criticalValue * se,
    upper: centre + criticalValue * se,
  });
  const prediction = predicted.map((centre, i) => around(centre, sePrediction[i]!));
  // The prediction interval is the widest thing returned: if its ends are finite, so is the rest.
  checkNoOverflow(
    name,
    'the predictions and their intervals',
    prediction.flatMap(({ lower, upper }) => [lower, upper]),
  );
  return {
    predicted,
    seMean,
    sePrediction,
    confidence: predicted.map((centre, i) => around(centre, seMean[i]!)),
    prediction,
    residualScale,
    dfResidual,
    criticalValue,
  };
}
