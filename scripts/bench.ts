/**
 * `npm run bench [-- --data DIR] [--json] [--quick]`: the lab's numbers, measured.
 *   1. accuracy: minimum LRE per NIST StRD dataset for the lab's solver and its peers
 *      (DIR is a folder laid out like reference/nist, the default);
 *   2. speed: fit time for n ∈ {1 000, 10 000, 100 000} × p ∈ {5, 20}, medians, ratio to the fastest;
 *   3. the feedback loop: each module's spec time on the solutions (Vitest's "tests" time,
 *      against the 2 s target, three runs), then the wall time of `npm test -- <module>`
 *      (transform cache warm and empty) and of `npm run test:solutions -- <module>`, five runs each;
 *   4. experiments: wall time of each module's full experiment set.
 * `--quick` skips n = 100 000 and the feedback-loop and experiment sections (for a fast look).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureAccuracy, type AccuracyRow } from './bench/accuracy';
import { measureSpeed } from './bench/speed';
import { measureExperiments, measureFeedbackLoop, measureSpecTime } from './bench/wall_time';
import { maxOf } from '../helpers/validation';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const quick = args.includes('--quick');
const dataIndex = args.indexOf('--data');
const nistFolder = dataIndex >= 0 ? args[dataIndex + 1] : path.join(root, 'reference', 'nist');
const log = (line: string): void => {
  if (!json) console.log(line);
};

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, j) => maxOf(cells.map((row) => (row[j] ?? '').length)));
  const line = (row: string[]): string =>
    row.map((cell, j) => cell.padStart(widths[j] ?? 0)).join('  ');
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join(
    '\n',
  );
}

let accuracy: AccuracyRow[] | { skipped: string } = { skipped: `no NIST folder at ${nistFolder}` };
if (nistFolder !== undefined && existsSync(nistFolder)) {
  accuracy = measureAccuracy(nistFolder);
  const solvers = Object.keys(accuracy[0]?.minimumLre ?? {});
  log('1. Accuracy: minimum LRE (digits) over coefficients and standard errors, NIST StRD\n');
  log(
    table(
      ['dataset', ...solvers],
      accuracy.map((row) => [
        row.dataset,
        ...solvers.map((s) => (row.minimumLre[s] ?? 0).toFixed(1)),
      ]),
    ),
  );
} else log(`1. Accuracy: skipped (${accuracy.skipped}; pass --data DIR)`);

log('\n2. Speed: median fit time in ms (ratio to the fastest)\n');
const speed = measureSpeed(quick ? [1000, 10000] : undefined);
const speedSolvers = Object.keys(speed[0]?.medianMs ?? {});
log(
  table(
    ['n', 'p', ...speedSolvers],
    speed.map((row) => [
      row.n,
      row.p,
      ...speedSolvers.map((s) => `${row.medianMs[s]} (${row.ratioToFastest[s]}×)`),
    ]),
  ),
);

const specTime = quick ? [] : measureSpecTime(root);
const feedbackLoop = quick ? [] : measureFeedbackLoop(root);
const experiments = quick ? [] : measureExperiments(root);
if (!quick) {
  log('\n3. Feedback loop: each module’s specs on the solutions, Vitest’s tests time (s)\n');
  log(
    table(
      ['module', 'median', 'runs', 'target', 'slowest spec files'],
      specTime.map((row) => [
        row.module,
        row.testsSeconds,
        row.runs.map((seconds) => seconds.toFixed(2)).join(' '),
        `≤ ${row.targetSeconds} ${row.testsSeconds <= row.targetSeconds ? '✓' : '✗'}${row.failedSpecs > 0 ? ` (${row.failedSpecs} failed)` : ''}`,
        row.slowest.map((f) => `${f.file} ${f.seconds}`).join(', '),
      ]),
    ),
  );
  log(
    '\n   and the wall time of each module’s specs as the learner runs them (s), median and every run\n',
  );
  log(
    table(
      ['module', 'command', 'median', 'runs', 'target'],
      feedbackLoop.map((row) => [
        row.module,
        row.what,
        row.seconds ?? '—',
        row.runs.map((seconds) => seconds.toFixed(2)).join(' '),
        row.targetSeconds === undefined
          ? ''
          : `≤ ${row.targetSeconds} ${maxOf(row.runs) <= row.targetSeconds ? '✓' : '✗'}`,
      ]),
    ),
  );
  log('\n4. Experiments: wall time of each module’s full set (s)\n');
  log(
    table(
      ['module', 'command', 'seconds'],
      experiments.map((row) => [row.module, row.what, row.seconds ?? `— (${row.note})`]),
    ),
  );
}

if (json)
  console.log(JSON.stringify({ accuracy, speed, specTime, feedbackLoop, experiments }, null, 2));
