/**
 * `npm run experiments -- <module> [--solutions] [--seed N] [--out DIR]`: runs every
 * experiment of a module (in the order experiments/<module>/index.ts lists them), writes
 * each one's files under reports/<module>/, and ends with one line counting the outcomes.
 */
import { argumentsOrExit, runModule, tally } from './experiments/main';

const args = argumentsOrExit('experiments', process.argv.slice(2));
if (typeof args === 'number') process.exit(args);
const run = await runModule(args);
if (typeof run === 'number') {
  process.exitCode = run;
} else {
  const { line, code } = tally(run);
  console.log(line);
  process.exitCode = code;
}
