/**
 * `npm run bench [-- --data DIR] [--json] [--quick]`: the lab's numbers, measured.
 *   1. accuracy: minimum LRE per NIST StRD dataset for the lab's solver and its peers
 *      (DIR is a folder laid out like reference/nist, the default);
 *   2. speed: fit time for n ∈ {1 000, 10 000, 100 000} × p ∈ {5, 20}, medians, ratio to the fastest;
 *   3. the feedback loop: each module's spec time on the solutions (Vitest's "tests" time,
 *      against the 2 s target, three runs), then the wall time of `npm test -- <module>`
 *      (transform cache warm and empty) and of `npm run test:solutions -- <module>`, five runs each;
 *   4. experiments: wall time of each module's full experiment set;
 *   5. the bias–variance sweep (degrees 0–12 × 500 replicates) through the public API against
 *      its NumPy twin when python3 has numpy, runs interleaved, their ratio, and both curves
 *      against the exact bias² and variance (scripts/bench/sweep.ts);
 *   6. scaling: fitOLS and influenceMeasures over n = 10³ … 10⁶ (p = 20) and p = 5 … 200
 *      (n = 10⁴), and fitOLS against ml-regression-multivariate-linear at n = 10⁵, p = 20.
 * `--quick` skips n = 100 000 in section 2, the feedback-loop and experiment sections, and
 * n = 10⁶ and p > 50 in section 6 (for a fast look).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { measureAccuracy, type AccuracyRow } from './bench/accuracy';
import { measureScaling } from './bench/scaling';
import { measureSpeed } from './bench/speed';
import { measureSweep } from './bench/sweep';
import { measureExperiments, measureFeedbackLoop, measureSpecTime } from './bench/wall_time';
import { median } from 'simple-statistics';
import { parseArgs, UsageError } from './lib/cli_args';
import { textTable } from './lib/table';
import { maxOf, minOf } from '../helpers/validation';
import { labRoot as root } from './lib/command';

let args;
try {
  args = parseArgs(process.argv.slice(2), { flags: ['json', 'quick', 'help'], options: ['data'] });
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`bench: ${error.message}`);
  process.exit(2);
}
if (args.flags.has('help') || args.positional.length > 0) {
  console.log(
    'usage: npm run bench [-- --data DIR] [--json] [--quick]  (scripts/bench.ts says what it measures)',
  );
  process.exit(args.flags.has('help') ? 0 : 2);
}
const json = args.flags.has('json');
const quick = args.flags.has('quick');
const nistFolder = args.options.get('data') ?? path.join(root, 'reference', 'nist');
const log = (line: string): void => {
  if (!json) console.log(line);
};

const table = (headers: string[], rows: (string | number)[][]): string =>
  textTable([headers, ...rows], { rule: '-' });
const logTable = (headers: string[], rows: (string | number)[][]): void =>
  log(table(headers, rows));

let accuracy: AccuracyRow[] | { skipped: string } = { skipped: `no NIST folder at ${nistFolder}` };
if (existsSync(nistFolder)) {
  accuracy = measureAccuracy(nistFolder);
  const solvers = Object.keys(accuracy[0]?.minimumLre ?? {});
  log('1. Accuracy: minimum LRE (digits) over coefficients and standard errors, NIST StRD\n');
  logTable(
    ['dataset', ...solvers],
    accuracy.map((row) => [
      row.dataset,
      ...solvers.map((s) => (row.minimumLre[s] ?? 0).toFixed(1)),
    ]),
  );
  const labMinimum = minOf(accuracy.map((row) => row.minimumLre.lab ?? 0));
  log(
    `\n   lab: minimum LRE over the ${accuracy.length} datasets ${labMinimum.toFixed(1)} (target ≥ 12)`,
  );
} else log(`1. Accuracy: skipped (${accuracy.skipped}; pass --data DIR)`);

log('\n2. Speed: median fit time in ms (ratio to the fastest)\n');
const speed = measureSpeed(quick ? [1000, 10000] : undefined);
const speedSolvers = Object.keys(speed[0]?.medianMs ?? {});
logTable(
  ['n', 'p', ...speedSolvers],
  speed.map((row) => [
    row.n,
    row.p,
    ...speedSolvers.map((s) => `${row.medianMs[s]} (${row.ratioToFastest[s]}×)`),
  ]),
);

const target = (limit: number, value: number): string => `≤ ${limit} ${value <= limit ? '✓' : '✗'}`;
const runsText = (runs: readonly number[]): string =>
  runs.map((seconds) => seconds.toFixed(2)).join(' ');

const specTime = quick ? [] : measureSpecTime(root);
const feedbackLoop = quick ? [] : measureFeedbackLoop(root);
const experiments = quick ? [] : measureExperiments(root);
if (!quick) {
  log('\n3. Feedback loop: each module’s specs on the solutions, Vitest’s tests time (s)\n');
  logTable(
    ['module', 'median', 'runs', 'target', 'slowest spec files'],
    specTime.map((row) => [
      row.module,
      row.testsSeconds,
      runsText(row.runs),
      `${target(row.targetSeconds, row.testsSeconds)}${row.failedSpecs > 0 ? ` (${row.failedSpecs} failed)` : ''}`,
      row.slowest.map((f) => `${f.file} ${f.seconds}`).join(', '),
    ]),
  );
  log(
    '\n   and the wall time of each module’s specs as the learner runs them (s), median and every run\n',
  );
  logTable(
    ['module', 'command', 'median', 'runs', 'target'],
    feedbackLoop.map((row) => [
      row.module,
      row.what,
      row.seconds ?? '—',
      runsText(row.runs),
      row.targetSeconds === undefined ? '' : target(row.targetSeconds, maxOf(row.runs)),
    ]),
  );
  log('\n4. Experiments: wall time of each module’s full set (s)\n');
  logTable(
    ['module', 'command', 'seconds'],
    experiments.map((row) => [row.module, row.what, row.seconds ?? `— (${row.note})`]),
  );
}

const fixed = (value: number | undefined, digits = 1): string =>
  value === undefined ? '' : value.toFixed(digits);

const sweep = measureSweep(quick ? 3 : 5);
log(
  `\n5. The bias–variance sweep: degrees 0–12 × 500 replicates (${sweep.fits} fits), n = 30, 200 test points, median of ${sweep.labMs.length} runs interleaved\n`,
);
log(
  `   lab (polynomialFeatures + fitRidge(X, y, 0) in biasVarianceDecomposition): ${fixed(sweep.labMedianMs, 0)} ms  (runs ${sweep.labMs.map((ms) => ms.toFixed(0)).join(' ')})`,
);
if ('skipped' in sweep.numpy)
  log(`   NumPy: not run (${sweep.numpy.skipped}); the lab's figure alone`);
else {
  log(
    `   NumPy ${sweep.numpy.version} (np.vander + np.linalg.lstsq per replicate): ${fixed(sweep.numpy.medianMs, 0)} ms  (runs ${sweep.numpy.ms.map((ms) => ms.toFixed(0)).join(' ')})`,
  );
  log(
    `   ratio lab / NumPy: ${fixed(sweep.ratio, 2)}  (target ≤ 1.0, goal 0.5; run by run ${(sweep.pairedRatios ?? []).map((r) => r.toFixed(2)).join(' ')})`,
  );
  log(
    `   in CPU time (user + system, less moved by other users' load): lab ${fixed(median(sweep.labCpuMs), 0)} ms, NumPy ${fixed(median(sweep.numpy.cpuMs), 0)} ms, ratio ${fixed(sweep.cpuRatio, 2)}`,
  );
}
const curveLine = (name: string, check: typeof sweep.lab): string =>
  `   ${name} curve: worst |estimate − exact| = ${check.worstZ.toFixed(2)} SE over ${check.runs} runs, ${check.withinLimit ? '✓' : '✗ beyond'} ≤ ${sweep.zLimit}`;
log(curveLine('lab', sweep.lab));
if (sweep.numpyCurve !== undefined) log(curveLine('NumPy', sweep.numpyCurve));
logTable(
  ['degree', 'exact bias²', 'lab', 'NumPy', 'exact variance', 'lab', 'NumPy'],
  sweep.exact.map((e, k) => [
    e.degree,
    e.expectedBias2.toExponential(3),
    (sweep.lab.curve[k]?.bias2 ?? Number.NaN).toExponential(3),
    sweep.numpyCurve?.curve[k]?.bias2.toExponential(3) ?? '—',
    e.expectedVariance.toExponential(3),
    (sweep.lab.curve[k]?.variance ?? Number.NaN).toExponential(3),
    sweep.numpyCurve?.curve[k]?.variance.toExponential(3) ?? '—',
  ]),
);

const scaling = measureScaling(quick);
log('\n6. Scaling: median ms, growth exponent against the previous row (≈ 1 in n, ≈ 2 in p)\n');
const scalingTable = (rows: typeof scaling.byN): string =>
  table(
    ['n', 'p', 'fitOLS ms', 'exponent', 'influenceMeasures ms', 'exponent', 'memory added MB'],
    rows.map((row) => [
      row.n,
      row.p,
      fixed(row.fitOLSMs),
      fixed(row.fitOLSExponent, 2),
      fixed(row.influenceMs),
      fixed(row.influenceExponent, 2),
      fixed(row.influenceMemoryMb, 0),
    ]),
  );
log(scalingTable(scaling.byN));
log('');
log(scalingTable(scaling.byP));
log(
  `\n   fitOLS / ml-regression-multivariate-linear at n = ${scaling.mlr.n}, p = ${scaling.mlr.p}: ${scaling.mlr.ratio.toFixed(2)} (target ≤ 0.5; fitOLS ${scaling.mlr.fitOLSMs.map((ms) => ms.toFixed(0)).join(' ')} ms, ml-regression ${scaling.mlr.mlrMs.map((ms) => ms.toFixed(0)).join(' ')} ms)`,
);

if (json)
  console.log(
    JSON.stringify(
      { accuracy, speed, specTime, feedbackLoop, experiments, sweep, scaling },
      null,
      2,
    ),
  );
