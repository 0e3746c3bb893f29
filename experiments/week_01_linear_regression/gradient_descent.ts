/**
 * Experiment: batch gradient descent against its learning rate, on raw and on standardised
 * features (kata 01.05).
 *
 * One data set, n = 100: x₁ ~ U(0, 10), x₂ ~ U(0, 1), y = 3 + 2x₁ − 4x₂ + N(0, 0.5²). The same
 * regression is fitted by `gradientDescent` on the raw columns and on the columns standardised
 * (mean 0, sd 1; the intercept column stays 1), at learning rates η = f·ηmax with
 * ηmax = `maxStableLearningRate` = 2/λmax of H = XᵀX/n. Theory: each eigen-component of the
 * error is multiplied by (1 − η·λᵢ) per step, so the walk converges iff η < 2/λmax, and the
 * gradient shrinks asymptotically by ρ = maxᵢ |1 − η·λᵢ| per step: about ln(tol)/ln(ρ) steps to
 * reach the tolerance. With η near ηmax, ρ ≈ 1 − 2/κ(H): the condition number of H sets the
 * pace, and standardising shrinks it by orders of magnitude.
 */
import type * as Week01 from '../../katas/week_01_linear_regression/index';
import { fitLeastSquares } from '../../helpers/least_squares';
import { singularValues } from '../../helpers/linalg';
import { chartGrid, lineChart, powerOfTen, type Series } from '../../helpers/plotting';
import { createRng, type Rng } from '../../helpers/random';
import { check, defineExperiment, integer, inParts } from '../experiment';
import type { Conclusion, Figure, Table, ValuesOf } from '../experiment';
import { mean, show, standardDeviation } from '../numbers';
import { maxOf, minOf } from '../../helpers/validation';

const TOLERANCE = 1e-8;
const MAX_ITERATIONS = 60_000;
const FRACTIONS = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1.01, 1.1, 1.5];
const CURVE_FRACTIONS = [0.1, 0.5, 0.9, 0.99];

type Outcome =
  | { kind: 'converged'; iterations: number; lossHistory: number[] }
  | { kind: 'diverged'; iterations: number }
  | { kind: 'too slow'; iterations: number };

// The conclusions below are written for these defaults; a notebook or `--set` may change them.
const PARAMETERS = {
  n: integer('rows n', 100, 10, 2000, 10),
};

const STATEMENTS = [
  'every learning rate below 2/λmax converges or is still descending at the iteration cap, and every rate above it diverges, on both designs',
  'standardising the features cuts the iterations needed at the best rate tried by at least a factor of 10',
  'the iteration count follows the contraction factor ρ = max|1 − η·λᵢ|: within a factor of 2 of ln(tol)/ln(ρ) wherever the walk converged',
] as const;

type Api = typeof Week01;

/** One data set, raw and standardised (the intercept column stays 1). */
function simulate(rng: Rng, n: number) {
  const raw = Array.from({ length: n }, () => [rng.uniformBetween(0, 10), rng.uniform()]);
  const y = raw.map(([x1 = 0, x2 = 0]) => 3 + 2 * x1 - 4 * x2 + rng.normal(0, 0.5));
  const means = [0, 1].map((j) => mean(raw.map((row) => row[j]!)));
  const sds = [0, 1].map((j) => standardDeviation(raw.map((row) => row[j]!)));
  const standardised = raw.map((row) => row.map((value, j) => (value - means[j]!) / sds[j]!));
  const designs = [
    { key: 'standardised', label: 'standardised features', X: standardised },
    { key: 'raw', label: 'raw features', X: raw },
  ] as const;
  return { designs, y };
}

/** gradientDescent at one learning rate: converged, diverged, or still going at the cap. */
function descend(api: Api, X: number[][], y: number[], learningRate: number): Outcome {
  try {
    const result = api.gradientDescent(X, y, {
      learningRate,
      tolerance: TOLERANCE,
      maxIterations: MAX_ITERATIONS,
    });
    return { kind: 'converged', iterations: result.iterations, lossHistory: result.lossHistory };
  } catch (error) {
    if (!(error instanceof Error && error.name === 'ConvergenceError')) throw error;
    const iterations = (error as Error & { iterations: number }).iterations;
    return /diverg/i.test(error.message)
      ? { kind: 'diverged', iterations }
      : { kind: 'too slow', iterations };
  }
}

/** Every learning rate on both designs, beside the count the contraction factor predicts. */
function measure(api: Api, { n }: ValuesOf<typeof PARAMETERS>, seed: number) {
  const { designs, y } = simulate(createRng(seed), n);
  const results = designs.map((design) => {
    const withIntercept = design.X.map((row) => [1, ...row]);
    // Eigenvalues of H = XᵀX/n are σᵢ²/n.
    const eigenvalues = singularValues(withIntercept).map((s) => (s * s) / n);
    const lambdaMax = maxOf(eigenvalues);
    const lambdaMin = minOf(eigenvalues);
    const optimumLoss = fitLeastSquares('gradient_descent', withIntercept, y).rss / (2 * n);
    const etaMax = api.maxStableLearningRate(design.X);
    const runs = FRACTIONS.map((fraction) => {
      const learningRate = fraction * etaMax;
      const rho = maxOf(eigenvalues.map((lambda) => Math.abs(1 - learningRate * lambda)));
      const predicted = rho < 1 ? Math.log(TOLERANCE) / Math.log(rho) : Number.POSITIVE_INFINITY;
      const outcome = descend(api, design.X, y, learningRate);
      return { fraction, learningRate, rho, predicted, outcome };
    });
    return {
      design,
      etaMax,
      conditionNumber: lambdaMax / lambdaMin,
      theoryEtaMax: 2 / lambdaMax,
      optimumLoss,
      runs,
    };
  });
  const [standard, raw] = results as [(typeof results)[0], (typeof results)[0]];
  return { n, results, standard, raw };
}

type Descents = ReturnType<typeof measure>;
type DesignResult = Descents['standard'];

const describe = (outcome: Outcome): number | string =>
  outcome.kind === 'converged'
    ? outcome.iterations
    : outcome.kind === 'diverged'
      ? `diverged (step ${outcome.iterations})`
      : `not converged in ${MAX_ITERATIONS}`;

function tables({ results, standard, raw }: Descents): Table[] {
  return [
    {
      title: `Iterations to ‖∇L‖ ≤ ${TOLERANCE}·‖∇L₀‖ (cap ${MAX_ITERATIONS}), η = f·ηmax`,
      columns: [
        'f = η/ηmax',
        'standardised: iterations',
        'standardised: ln(tol)/ln ρ',
        'raw: iterations',
        'raw: ln(tol)/ln ρ',
      ],
      rows: FRACTIONS.map((fraction, i) => {
        const s = standard.runs[i] as (typeof standard.runs)[0];
        const r = raw.runs[i] as (typeof raw.runs)[0];
        return [
          fraction,
          describe(s.outcome),
          Number.isFinite(s.predicted) ? s.predicted : 'diverges',
          describe(r.outcome),
          Number.isFinite(r.predicted) ? r.predicted : 'diverges',
        ];
      }),
    },
    {
      title: 'The two designs',
      columns: ['design', 'ηmax (maxStableLearningRate)', '2/λmax (SVD here)', 'κ(H) = λmax/λmin'],
      rows: results.map((result) => [
        result.design.label,
        result.etaMax,
        result.theoryEtaMax,
        result.conditionNumber,
      ]),
    },
  ];
}

/** Excess loss against iteration at the CURVE_FRACTIONS of ηmax, on one design. */
function lossPanel(result: DesignResult) {
  const series: Series[] = result.runs
    .filter((run) => CURVE_FRACTIONS.includes(run.fraction) && run.outcome.kind === 'converged')
    .map((run) => {
      const history = run.outcome.kind === 'converged' ? run.outcome.lossHistory : [];
      // At most ~150 points per curve: enough for the shape, small enough for the page.
      const stride = Math.max(1, Math.ceil(history.length / 150));
      return {
        name: `η = ${run.fraction}·ηmax`,
        points: history.flatMap((loss, k) => {
          const excess = loss - result.optimumLoss;
          return k % stride === 0 && excess > 1e-12 * result.optimumLoss
            ? [{ x: k, y: excess }]
            : [];
        }),
      };
    })
    .filter((entry) => entry.points.length > 1);
  return lineChart({
    title: `${result.design.label} (κ(H) = ${show(result.conditionNumber)})`,
    x: { title: 'iteration k' },
    y: { title: 'excess loss L_k − L*', scale: 'log' },
    width: 340,
    height: 230,
    legendTitle: 'learning rate',
    points: false,
    series,
  });
}

function figures({ n, results, standard, raw }: Descents): Figure[] {
  const iterationSeries: Series[] = results.map((result) => ({
    name: result.design.label,
    points: result.runs.flatMap((run) =>
      run.outcome.kind === 'converged'
        ? [{ x: run.fraction, y: Math.max(run.outcome.iterations, 1) }]
        : [],
    ),
  }));
  const predictedSeries: Series[] = results.map((result) => ({
    name: `${result.design.label}: ln(tol)/ln ρ`,
    dashed: true,
    colour: result.design.key === 'raw' ? '#f5a55c' : '#8fb3d9',
    points: result.runs
      .filter((run) => run.fraction < 1 && run.predicted <= 10 * MAX_ITERATIONS)
      .map((run) => ({ x: run.fraction, y: run.predicted })),
  }));
  return [
    {
      id: 'iterations_vs_learning_rate',
      caption:
        'Iterations to converge against the learning rate as a fraction of 2/λmax (log scale), with the count the contraction factor predicts (dashed). Past f = 1 both designs diverge; raw features need orders of magnitude more steps at every stable rate.',
      spec: lineChart({
        title: 'Gradient descent: iterations against learning rate',
        subtitle: `n = ${n}, tolerance ${powerOfTen(Math.log10(TOLERANCE))}; missing points: diverged (f > 1) or not converged within ${MAX_ITERATIONS} iterations`,
        x: { title: 'learning rate as a fraction of ηmax = 2/λmax' },
        y: { title: 'iterations', scale: 'log' },
        legendTitle: 'design',
        series: [...iterationSeries, ...predictedSeries],
        rules: [{ axis: 'x', value: 1, label: 'η = 2/λmax', side: 'left' }],
      }),
    },
    {
      id: 'loss_curves',
      caption:
        'Excess loss against iteration. Standardised: a straight line on a log scale (linear convergence), steeper for larger steps up to about 0.9·ηmax; at 0.99·ηmax the fast direction oscillates and slows the walk. Raw: the same rates crawl for thousands of steps.',
      spec: chartGrid({
        title: 'Loss curves at several learning rates',
        charts: [lossPanel(standard), lossPanel(raw)],
        columns: 2,
      }),
    },
  ];
}

function numbers({ n, results }: Descents) {
  return {
    n,
    tolerance: TOLERANCE,
    maxIterations: MAX_ITERATIONS,
    designs: Object.fromEntries(
      results.map((result) => [
        result.design.key,
        {
          etaMax: result.etaMax,
          conditionNumberH: result.conditionNumber,
          runs: result.runs.map((run) => ({
            fraction: run.fraction,
            outcome: run.outcome.kind,
            iterations: run.outcome.iterations,
            predicted: Number.isFinite(run.predicted) ? run.predicted : null,
          })),
        },
      ]),
    ),
  };
}

function conclusions({ results, standard, raw }: Descents): Conclusion[] {
  const bestIterations = (result: DesignResult) =>
    minOf(
      result.runs.map((run) =>
        run.outcome.kind === 'converged' ? run.outcome.iterations : Number.POSITIVE_INFINITY,
      ),
    );
  const stableOk = results.every((result) =>
    result.runs.every((run) =>
      run.fraction < 1 ? run.outcome.kind !== 'diverged' : run.outcome.kind === 'diverged',
    ),
  );
  const ratios = results.flatMap((result) =>
    result.runs.flatMap((run) =>
      run.outcome.kind === 'converged' && run.outcome.iterations > 0
        ? [run.outcome.iterations / run.predicted]
        : [],
    ),
  );
  const best = bestIterations(standard);
  const bestRaw = bestIterations(raw);
  return [
    check(
      STATEMENTS[0],
      stableOk,
      results
        .map(
          (result) =>
            `${result.design.key}: ${result.runs.map((run) => `${run.fraction}→${run.outcome.kind}`).join(', ')}`,
        )
        .join('; '),
    ),
    check(
      STATEMENTS[1],
      bestRaw >= 10 * best,
      `best: ${best} iterations standardised vs ${Number.isFinite(bestRaw) ? bestRaw : 'none converged'} raw (κ(H) ${show(standard.conditionNumber)} vs ${show(raw.conditionNumber)})`,
    ),
    check(
      STATEMENTS[2],
      ratios.length > 0 && ratios.every((ratio) => ratio >= 0.5 && ratio <= 2),
      `observed/predicted from ${show(minOf(ratios))} to ${show(maxOf(ratios))} over ${ratios.length} converged runs`,
    ),
  ];
}

function notes({ standard, raw }: Descents): string[] {
  return [
    `ηmax from maxStableLearningRate (${show(standard.etaMax)} standardised, ${show(raw.etaMax)} raw) matches 2/λmax computed here from the SVD.`,
    'On the standardised design the fastest rate is not the largest stable one: at f = 0.99 the steepest direction flips sign every step and decays by only |1 − 2·0.99| = 0.98 per step.',
  ];
}

export default defineExperiment<Api>({
  title: 'Gradient descent: learning rate and feature scaling',
  question:
    'For which learning rates does batch gradient descent converge, and why does standardising the features make it converge orders of magnitude faster?',
  seed: 5,
  uses: ['gradientDescent', 'maxStableLearningRate'],
  ...inParts(PARAMETERS, STATEMENTS, measure, { tables, figures, numbers, conclusions, notes }),
});
