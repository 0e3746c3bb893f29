/**
 * `npm run experiment -- <module> <name> [--solutions] [--seed N] [--out DIR]`: runs one
 * experiment of a module on your katas (or on the reference solutions), prints its tables
 * and checked conclusions, and writes its figures, numbers and summary under
 * reports/<module>/<name>/.
 */
import { argumentsOrExit, runModule, tally } from './experiments/main';

const args = argumentsOrExit('experiment', process.argv.slice(2));
if (typeof args === 'number') process.exit(args);
const run = await runModule(args);
process.exitCode = typeof run === 'number' ? run : tally(run).code;
