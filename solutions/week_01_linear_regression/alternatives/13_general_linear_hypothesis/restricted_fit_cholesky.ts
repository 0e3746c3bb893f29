/**
 * Alternative for kata 01.13 — restricted least squares by Lagrange multipliers, on the normal equations
 *
 * @method Forms the column-scaled Gram matrix XᵀX and factors it by Cholesky (ml-matrix) instead
 * of Householder QR of X; fits the restricted model explicitly, b_R = b − CRᵀ(RCRᵀ)⁻¹(Rb − r)
 * with C = (XᵀX)⁻¹, and takes the F numerator as RSS(b_R) − RSS(b) rather than as a quadratic
 * form; the nested test subtracts the two residual sums of squares and checks nesting by
 * projecting each small column with the large model's hat matrix.
 */
import { CholeskyDecomposition, Matrix } from 'ml-matrix';
import { fSurvival } from '../../../../helpers/distributions';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  RankDeficiencyError,
  ShapeMismatchError,
} from '../../../../helpers/errors';
import {
  checkMatrix,
  checkNoOverflow,
  checkOptions,
  checkSameLength,
  checkVector,
  type MatrixInput,
} from '../../../../helpers/validation';
import type {
  HypothesisOptions,
  LinearHypothesisResult,
  NestedFTestResult,
} from '../../13_general_linear_hypothesis';

export { contrastMatrix, encodeFactor } from '../../13_general_linear_hypothesis';
export type {
  ContrastOptions,
  EncodedFactor,
  EncodeFactorOptions,
  FactorCoding,
  HypothesisOptions,
  LinearHypothesisResult,
  NestedFTestResult,
} from '../../13_general_linear_hypothesis';

interface NormalFit {
  readonly design: Matrix;
  /** (XᵀX)⁻¹ of the unscaled design. */
  readonly inverseGram: Matrix;
  readonly coefficients: Matrix;
  readonly rss: number;
  readonly yNorm: number;
  readonly n: number;
  readonly p: number;
}

function rssOf(name: string, design: Matrix, y: Matrix, b: Matrix): number {
  const residual = y.clone().sub(design.mmul(b)).to1DArray();
  const rss = residual.reduce((s, e) => s + e * e, 0);
  // Residuals near 10^-200 square to 0: a false perfect fit, refused as the header says.
  if (rss === 0 && residual.some((e) => e !== 0)) {
    throw new NonFiniteValueError(name, 'cannot represent the sums of squares: they underflow');
  }
  return rss;
}

function fitNormal(
  name: string,
  label: string,
  X: MatrixInput,
  y: number[],
  intercept: boolean,
): NormalFit {
  const rows = checkMatrix(name, label, X);
  checkSameLength(name, `rows of ${label}`, rows.length, 'targets', y.length);
  const design = new Matrix(intercept ? rows.map((row) => [1, ...row]) : rows);
  const n = design.rows;
  const p = design.columns;
  if (n <= p) {
    throw new EmptyInputError(name, `requires more rows than coefficients in ${label}`);
  }
  // Unit-norm columns, so that the pivot test below is scale-free.
  const norms = Array.from({ length: p }, (_, j) => {
    const norm = Math.hypot(...design.getColumn(j));
    return norm === 0 ? 1 : norm;
  });
  const scaled = design.clone();
  for (let j = 0; j < p; j += 1)
    scaled.setColumn(
      j,
      design.getColumn(j).map((v) => v / norms[j]!),
    );
  const product = scaled.transpose().mmul(scaled);
  const gram = product.clone().add(product.transpose()).mul(0.5);
  const cholesky = new CholeskyDecomposition(gram);
  const L = cholesky.lowerTriangularMatrix;
  const cutoff = Math.sqrt(Math.max(n, p) * Number.EPSILON);
  for (let j = 0; j < p; j += 1) {
    if (!cholesky.isPositiveDefinite() || !(L.get(j, j) > cutoff)) {
      throw new RankDeficiencyError(
        name,
        `requires a design of full column rank (column ${j} of the fitted design depends on the others)`,
        [j],
      );
    }
  }
  const target = Matrix.columnVector(y);
  const scaledB = cholesky.solve(scaled.transpose().mmul(target));
  const unscale = Matrix.diag(norms.map((v) => 1 / v));
  const coefficients = unscale.mmul(scaledB);
  const inverseGram = unscale.mmul(cholesky.solve(Matrix.eye(p))).mmul(unscale);
  return {
    design,
    inverseGram,
    coefficients,
    rss: rssOf(name, design, target, coefficients),
    yNorm: Math.hypot(...y),
    n,
    p,
  };
}

function refusePerfectFit(name: string, fit: NormalFit): void {
  if (Math.sqrt(fit.rss) <= 1e-10 * fit.yNorm) {
    throw new InvalidArgumentError(name, 'requires a model that does not fit exactly');
  }
}

function readIntercept(name: string, options: HypothesisOptions | undefined): boolean {
  return checkOptions(name, options).intercept ?? true;
}

export function linearHypothesisTest(
  X: MatrixInput,
  y: readonly number[],
  R: MatrixInput,
  r: readonly number[],
  options?: HypothesisOptions,
): LinearHypothesisResult {
  const name = 'linearHypothesisTest';
  const targets = checkVector(name, 'y', y);
  const intercept = readIntercept(name, options);
  const H = new Matrix(checkMatrix(name, 'R', R));
  const rhs = checkVector(name, 'r', r);
  const fit = fitNormal(name, 'X', X, targets, intercept);
  if (H.columns !== fit.p) {
    throw new ShapeMismatchError(name, `requires R to have ${fit.p} columns (got ${H.columns})`);
  }
  checkSameLength(name, 'rows of R', H.rows, 'entries of r', rhs.length);
  const q = H.rows;
  if (q > fit.p) throw new InvalidArgumentError(name, `requires at most ${fit.p} rows of R`);
  const middle = H.mmul(fit.inverseGram).mmul(H.transpose());
  // Rows of R are independent when RCRᵀ, scaled to a unit diagonal, is positive definite.
  const diagonal = middle.diag().map((v) => (v > 0 ? Math.sqrt(v) : 0));
  if (diagonal.some((v) => v === 0)) {
    throw new InvalidArgumentError(name, 'requires the rows of R to be linearly independent');
  }
  const unit = Matrix.diag(diagonal.map((v) => 1 / v));
  const scaledMiddle = unit.mmul(middle).mmul(unit);
  // Rounding leaves RCRᵀ a hair off symmetric; ml-matrix's Cholesky insists on exact symmetry.
  const correlation = new CholeskyDecomposition(
    scaledMiddle.clone().add(scaledMiddle.transpose()).mul(0.5),
  );
  const Lc = correlation.lowerTriangularMatrix;
  for (let j = 0; j < q; j += 1) {
    if (!correlation.isPositiveDefinite() || !(Lc.get(j, j) > 1e-8)) {
      throw new InvalidArgumentError(name, 'requires the rows of R to be linearly independent');
    }
  }
  const discrepancy = H.mmul(fit.coefficients).sub(Matrix.columnVector(rhs));
  const multiplier = unit.mmul(correlation.solve(unit.mmul(discrepancy)));
  // The restricted estimator, fitted explicitly: b_R = b − CRᵀ(RCRᵀ)⁻¹(Rb − r).
  const restricted = fit.coefficients
    .clone()
    .sub(fit.inverseGram.mmul(H.transpose()).mmul(multiplier));
  const restrictedRss = rssOf(name, fit.design, Matrix.columnVector(targets), restricted);
  refusePerfectFit(name, fit);
  const sumOfSquares = restrictedRss - fit.rss;
  const df2 = fit.n - fit.p;
  const statistic = sumOfSquares / q / (fit.rss / df2);
  checkNoOverflow(name, 'the sums of squares', [fit.rss, sumOfSquares, statistic]);
  return {
    coefficients: fit.coefficients.to1DArray(),
    value: discrepancy.to1DArray(),
    sumOfSquares,
    rss: fit.rss,
    statistic,
    pValue: fSurvival(statistic, q, df2),
    df1: q,
    df2,
  };
}

export function nestedFTest(
  Xsmall: MatrixInput,
  Xlarge: MatrixInput,
  y: readonly number[],
  options?: HypothesisOptions,
): NestedFTestResult {
  const name = 'nestedFTest';
  const targets = checkVector(name, 'y', y);
  const intercept = readIntercept(name, options);
  const small = fitNormal(name, 'Xsmall', Xsmall, targets, intercept);
  const large = fitNormal(name, 'Xlarge', Xlarge, targets, intercept);
  if (small.p >= large.p) {
    throw new InvalidArgumentError(name, 'requires Xlarge to have more columns than Xsmall');
  }
  // Nested when the large model's hat matrix reproduces every small column.
  const hat = large.design.mmul(large.inverseGram).mmul(large.design.transpose());
  for (let j = 0; j < small.p; j += 1) {
    const column = Matrix.columnVector(small.design.getColumn(j));
    const left = column.clone().sub(hat.mmul(column));
    if (left.norm() > 1e-8 * column.norm()) {
      throw new InvalidArgumentError(
        name,
        `requires the small model to be nested in the large one`,
      );
    }
  }
  refusePerfectFit(name, large);
  const df1 = large.p - small.p;
  const df2 = large.n - large.p;
  const statistic = (small.rss - large.rss) / df1 / (large.rss / df2);
  checkNoOverflow(name, 'the sums of squares', [small.rss, large.rss, statistic]);
  return {
    rssSmall: small.rss,
    rssLarge: large.rss,
    statistic,
    pValue: fSurvival(statistic, df1, df2),
    df1,
    df2,
  };
}
