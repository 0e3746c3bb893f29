/**
 * `npm test [-- <filter>…] [--verbose]`: the learner's specs (the `katas` project) with the
 * learner reporter (scripts/lib/learner_reporter.ts): one line per kata, the first failing
 * spec of the first unfinished kata with its hint, and the command to run next.
 *
 * A filter is a kata (its id `01.03`, file stem `03_design_matrices` or `week_01…/03`), or,
 * like Vitest's own, a path substring (`week_01`). `--verbose` (`npm run test:full`) shows
 * Vitest's full report with the progress summary. Other flags go to Vitest. The exit code is
 * Vitest's: non-zero when a spec fails.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { kataFilter } from './lib/kata_filter';
import { runVitestInForeground } from './lib/run_specs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('--full');
const rest = args.filter((arg) => arg !== '--verbose' && arg !== '--full').map(kataFilter);
const reporters = verbose
  ? ['--reporter=default', '--reporter=./scripts/lib/progress_reporter.ts']
  : ['--reporter=./scripts/lib/learner_reporter.ts'];

process.exitCode = await runVitestInForeground(root, [
  'run',
  '--project',
  'katas',
  ...reporters,
  ...rest,
]);
