/**
 * `npm run experiment -- <module> <name> [--solutions] [--seed N] [--set name=value] [--out DIR]`:
 * runs one experiment, prints its tables and conclusions, writes reports/<module>/<name>/.
 */
import { experimentCommand } from './experiments/main';

await experimentCommand('experiment');
