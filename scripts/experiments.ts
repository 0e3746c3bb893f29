/**
 * `npm run experiments -- <module> [--solutions] [--seed N] [--out DIR]`: runs every experiment
 * of a module (experiments/<module>/index.ts order), writes each, ends with a line counting them.
 */
import { experimentCommand } from './experiments/main';

await experimentCommand('experiments');
