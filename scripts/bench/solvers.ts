/**
 * The least-squares solvers the benchmark compares, each reduced to the same question: given
 * a design (without the constant column) and y, what coefficients and standard errors come
 * out? The lab's solver is the reference solution of week 01; the peers are what people reach
 * for: the textbook normal equations, ml-matrix's Householder QR, and
 * ml-regression-multivariate-linear (the common JavaScript choice).
 */
import { CholeskyDecomposition, inverse, Matrix, QrDecomposition } from 'ml-matrix';
import MultivariateLinearRegression from 'ml-regression-multivariate-linear';
import { fitOLS, fitPolynomial } from '../../solutions/week_01_linear_regression/index';

export interface SolverResult {
  readonly coefficients: number[];
  readonly standardErrors: number[];
}

export interface Problem {
  /** Predictor rows, no constant column. */
  readonly X: number[][];
  readonly y: number[];
  readonly intercept: boolean;
  /** For one-variable polynomials: the degree, so a solver may form the powers itself. */
  readonly polynomialDegree?: number;
}

export type Solver = (problem: Problem) => SolverResult;

/** The design the peers see: powers rounded to double, as a user would form them, constant first. */
export function designOf(problem: Problem): number[][] {
  const degree = problem.polynomialDegree ?? 0;
  const rows =
    degree > 0
      ? problem.X.map(([x = 0]) => Array.from({ length: degree }, (_, k) => x ** (k + 1)))
      : problem.X;
  return problem.intercept ? rows.map((row) => [1, ...row]) : rows;
}

function standardErrorsFrom(
  design: Matrix,
  y: Matrix,
  coefficients: Matrix,
  inverseGram: Matrix,
): number[] {
  const residuals = y.clone().sub(design.mmul(coefficients));
  const rss = residuals.to1DArray().reduce((sum, e) => sum + e * e, 0);
  const s2 = rss / (design.rows - design.columns);
  return inverseGram.diag().map((value) => Math.sqrt(s2 * value));
}

const lab: Solver = (problem) => {
  const fit =
    (problem.polynomialDegree ?? 0) > 0
      ? fitPolynomial(
          problem.X.map(([x = 0]) => x),
          problem.y,
          problem.polynomialDegree ?? 0,
          { intercept: problem.intercept },
        )
      : fitOLS(problem.X, problem.y, { intercept: problem.intercept });
  return { coefficients: fit.coefficients, standardErrors: fit.standardErrors };
};

const normalEquations: Solver = (problem) => {
  const design = new Matrix(designOf(problem));
  const y = Matrix.columnVector(problem.y);
  const gram = design.transpose().mmul(design);
  const cholesky = new CholeskyDecomposition(gram);
  const coefficients = cholesky.solve(design.transpose().mmul(y));
  const inverseGram = cholesky.solve(Matrix.eye(gram.rows));
  return {
    coefficients: coefficients.getColumn(0),
    standardErrors: standardErrorsFrom(design, y, coefficients, inverseGram),
  };
};

const mlMatrixQr: Solver = (problem) => {
  const design = new Matrix(designOf(problem));
  const y = Matrix.columnVector(problem.y);
  const qr = new QrDecomposition(design);
  const coefficients = qr.solve(y);
  const rInverse = inverse(qr.upperTriangularMatrix);
  return {
    coefficients: coefficients.getColumn(0),
    standardErrors: standardErrorsFrom(
      design,
      y,
      coefficients,
      rInverse.mmul(rInverse.transpose()),
    ),
  };
};

const multivariateLinear: Solver = (problem) => {
  const rows = designOf({ ...problem, intercept: false });
  const model = new MultivariateLinearRegression(
    rows,
    problem.y.map((v) => [v]),
    { intercept: problem.intercept },
  );
  // It puts the intercept last; the lab (and NIST) put it first.
  const weights = model.weights.map((row) => row[0] ?? Number.NaN);
  const errors = (model as unknown as { stdErrors: number[] }).stdErrors;
  const reorder = (values: number[]): number[] =>
    problem.intercept ? [values[values.length - 1] ?? Number.NaN, ...values.slice(0, -1)] : values;
  return { coefficients: reorder(weights), standardErrors: reorder(errors) };
};

export const SOLVERS: Readonly<Record<string, Solver>> = {
  lab,
  'normal equations': normalEquations,
  'ml-matrix QR': mlMatrixQr,
  'ml-regression-multivariate-linear': multivariateLinear,
};

/** Runs a solver, turning a thrown error (a singular matrix, say) into NaN results. */
export function trySolve(solver: Solver, problem: Problem, size: number): SolverResult {
  try {
    return solver(problem);
  } catch {
    const nan = new Array<number>(size).fill(Number.NaN);
    return { coefficients: nan, standardErrors: nan };
  }
}
