// `npm run bench [-- --data DIR] [--json] [--quick]`: 1. NIST StRD accuracy (DIR like reference/
// nist), 2. fit speed, 3. spec time, 4. experiments, 5. bias–variance sweep vs NumPy, 6. scaling
// in n and p; --quick skips n = 10⁵ in 2, sections 3 and 4, and n = 10⁶ and p > 50 in 6.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { median } from 'simple-statistics';
import { measureAccuracy, measureScaling, measureSpeed } from './bench/solvers';
import { measureSweep } from './bench/sweep';
import { measureExperiments, measureFeedbackLoop, measureSpecTime } from './bench/wall_time';
import { parseArgs, runMain } from './lib/cli_args';
import { labRoot } from './lib/command';
import { textTable } from './lib/table';
import { maxOf, minOf } from '../helpers/validation';

const fixed = (value: number | undefined, digits = 1): string => value?.toFixed(digits) ?? '';
const list = (values: readonly number[], digits = 0): string =>
  values.map((value) => value.toFixed(digits)).join(' ');
const exponential = (value: number | undefined): string => value?.toExponential(3) ?? '—';
const target = (limit: number, value: number): string => `≤ ${limit} ${value <= limit ? '✓' : '✗'}`;

function main(argv: string[]): number | void {
  const args = parseArgs(argv, { flags: ['json', 'quick', 'help'], options: ['data'] });
  if (args.flags.has('help') || args.positional.length > 0) {
    console.log(
      'usage: npm run bench [-- --data DIR] [--json] [--quick]  (scripts/bench.ts says what it measures)',
    );
    return args.flags.has('help') ? 0 : 2;
  }
  const json = args.flags.has('json');
  const quick = args.flags.has('quick');
  const nistFolder = args.options.get('data') ?? path.join(labRoot, 'reference', 'nist');
  const log = (...lines: string[]): void => {
    if (!json) console.log(lines.join('\n'));
  };
  const section = (title: string, headers: string[], rows: (string | number)[][]): void =>
    log(title, textTable([headers, ...rows], { rule: '-' }));

  const accuracy = existsSync(nistFolder)
    ? measureAccuracy(nistFolder)
    : { skipped: `no NIST folder at ${nistFolder}` };
  if ('skipped' in accuracy) log(`1. Accuracy: skipped (${accuracy.skipped}; pass --data DIR)`);
  else {
    const solvers = Object.keys(accuracy[0]?.minimumLre ?? {});
    const labMinimum = minOf(accuracy.map((row) => row.minimumLre.lab ?? 0));
    section(
      '1. Accuracy: minimum LRE (digits) over coefficients and standard errors, NIST StRD\n',
      ['dataset', ...solvers],
      accuracy.map((row) => [row.dataset, ...solvers.map((s) => fixed(row.minimumLre[s] ?? 0))]),
    );
    log(
      `\n   lab: minimum LRE over the ${accuracy.length} datasets ${labMinimum.toFixed(1)} (target ≥ 12)`,
    );
  }

  const speed = measureSpeed(quick ? [1000, 10000] : [1000, 10000, 100000]);
  const speedSolvers = Object.keys(speed[0]?.medianMs ?? {});
  section(
    '\n2. Speed: median fit time in ms (ratio to the fastest)\n',
    ['n', 'p', ...speedSolvers],
    speed.map(({ n, p, medianMs, ratioToFastest }) => [
      n,
      p,
      ...speedSolvers.map((s) => `${medianMs[s]} (${ratioToFastest[s]}×)`),
    ]),
  );

  const specTime = quick ? [] : measureSpecTime();
  const feedbackLoop = quick ? [] : measureFeedbackLoop();
  const experiments = quick ? [] : measureExperiments();
  if (!quick) {
    section(
      '\n3. Feedback loop: each module’s specs on the solutions, Vitest’s tests time (s)\n',
      ['module', 'median', 'runs', 'target', 'slowest spec files'],
      specTime.map(({ module, testsSeconds, runs, targetSeconds, failedSpecs, slowest }) => [
        module,
        testsSeconds,
        list(runs, 2),
        `${target(targetSeconds, testsSeconds)}${failedSpecs > 0 ? ` (${failedSpecs} failed)` : ''}`,
        slowest.map((f) => `${f.file} ${f.seconds}`).join(', '),
      ]),
    );
    section(
      '\n   and the wall time of each module’s specs as the learner runs them (s), median and every run\n',
      ['module', 'command', 'median', 'runs', 'target'],
      feedbackLoop.map((row) => [
        row.module,
        row.what,
        row.seconds ?? '—',
        list(row.runs, 2),
        row.targetSeconds === undefined ? '' : target(row.targetSeconds, maxOf(row.runs)),
      ]),
    );
    section(
      '\n4. Experiments: wall time of each module’s full set (s)\n',
      ['module', 'command', 'seconds'],
      experiments.map((row) => [row.module, row.what, row.seconds ?? `— (${row.note})`]),
    );
  }

  const sweep = measureSweep(quick ? 3 : 5);
  log(
    `\n5. The bias–variance sweep: degrees 0–12 × 500 replicates (${sweep.fits} fits), n = 30, 200 test points, median of ${sweep.labMs.length} runs interleaved\n`,
    `   lab (polynomialFeatures + fitRidge(X, y, 0) in biasVarianceDecomposition): ${fixed(sweep.labMedianMs, 0)} ms  (runs ${list(sweep.labMs)})`,
  );
  if (!('ratio' in sweep))
    log(`   NumPy: not run (${sweep.numpy.skipped}); the lab's figure alone`);
  else
    log(
      `   NumPy ${sweep.numpy.version} (np.vander + np.linalg.lstsq per replicate): ${fixed(sweep.numpy.medianMs, 0)} ms  (runs ${list(sweep.numpy.ms)})`,
      `   ratio lab / NumPy: ${fixed(sweep.ratio, 2)}  (target ≤ 1.0, goal 0.5; run by run ${list(sweep.pairedRatios, 2)})`,
      `   in CPU time (user + system, less moved by other users' load): lab ${fixed(median(sweep.labCpuMs), 0)} ms, NumPy ${fixed(median(sweep.numpy.cpuMs), 0)} ms, ratio ${fixed(sweep.cpuRatio, 2)}`,
    );
  const numpyCurve = 'numpyCurve' in sweep ? sweep.numpyCurve : undefined;
  const curves = Object.entries({ lab: sweep.lab, NumPy: numpyCurve }).flatMap(([name, check]) =>
    check === undefined
      ? []
      : `   ${name} curve: worst |estimate − exact| = ${check.worstZ.toFixed(2)} SE over ${check.runs} runs, ${check.withinLimit ? '✓' : '✗ beyond'} ≤ ${sweep.zLimit}`,
  );
  section(
    curves.join('\n'),
    ['degree', 'exact bias²', 'lab', 'NumPy', 'exact variance', 'lab', 'NumPy'],
    sweep.exact.map((e, k) => [
      e.degree,
      ...(['bias2', 'variance'] as const).flatMap((field) => [
        exponential(field === 'bias2' ? e.expectedBias2 : e.expectedVariance),
        exponential(sweep.lab.curve[k]?.[field] ?? NaN),
        exponential(numpyCurve?.curve[k]?.[field]),
      ]),
    ]),
  );

  const scaling = measureScaling(quick);
  const scalingTable = (title: string, rows: typeof scaling.byN): void =>
    section(
      title,
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
  scalingTable(
    '\n6. Scaling: median ms, growth exponent against the previous row (≈ 1 in n, ≈ 2 in p)\n',
    scaling.byN,
  );
  scalingTable('', scaling.byP);
  const { mlr } = scaling;
  log(
    `\n   fitOLS / ml-regression-multivariate-linear at n = ${mlr.n}, p = ${mlr.p}: ${mlr.ratio.toFixed(2)} (target ≤ 0.5; fitOLS ${list(mlr.fitOLSMs)} ms, ml-regression ${list(mlr.mlrMs)} ms)`,
  );

  const results = { accuracy, speed, specTime, feedbackLoop, experiments, sweep, scaling };
  if (json) console.log(JSON.stringify(results, null, 2));
}

// runMain awaits a promise; every measurement here is synchronous.
await runMain('bench', () => Promise.resolve(main(process.argv.slice(2))));
