/**
 * `npm test [-- <filter>…] [--verbose]`: the learner's specs (the `katas` project) with the
 * learner reporter (scripts/lib/learner_reporter.ts): one line per kata, the first failing
 * spec of the first unfinished kata with its hint, and the command to run next.
 *
 * A filter is a kata (its id `01.03`, file stem `03_design_matrices` or `week_01…/03`), or,
 * like Vitest's own, a path substring (`week_01`). `--verbose` (`npm run test:full`) shows
 * Vitest's full report with the progress summary. Other flags go to Vitest. The exit code is
 * Vitest's: non-zero when a spec fails.
 *
 * Plain JavaScript on purpose: this runs on every save of the learner's loop, and starting a
 * TypeScript loader (tsx) first cost about a second. It reads the kata files from katas/ on
 * disk, which is what curriculum.ts lists (the curriculum check holds them equal).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const katas = path.join(root, 'katas');

/** Every spec as `{ module, number, stem, spec }`, spec relative to the root. */
function listSpecs() {
  if (!existsSync(katas)) return [];
  return readdirSync(katas, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^week_\d{2}_/.test(entry.name))
    .flatMap((entry) =>
      readdirSync(path.join(katas, entry.name))
        .filter((file) => /^\d{2}_[a-z0-9_]+\.spec\.ts$/.test(file))
        .map((file) => {
          const stem = file.slice(0, -'.spec.ts'.length);
          return {
            module: entry.name,
            id: `${entry.name.slice(5, 7)}.${stem.slice(0, 2)}`,
            number: stem.slice(0, 2),
            stem,
            spec: `katas/${entry.name}/${file}`,
          };
        }),
    );
}

/** A kata's name becomes its spec path; anything else (a flag, a path substring) is unchanged. */
function kataFilter(arg, specs) {
  if (arg.startsWith('-')) return arg;
  const clean = arg.replace(/\\/g, '/').replace(/^\.\//, '');
  const [folder, rest] = clean.split('/');
  const found = specs.filter(
    (kata) =>
      clean === kata.id ||
      clean === kata.stem ||
      clean === `${kata.stem}.ts` ||
      (folder === kata.module && (rest === kata.number || rest === kata.stem)),
  );
  return found.length === 1 ? found[0].spec : arg;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('--full');
const specs = listSpecs();
const rest = args
  .filter((arg) => arg !== '--verbose' && arg !== '--full')
  .map((arg) => kataFilter(arg, specs));
const reporters = verbose
  ? ['--reporter=default', '--reporter=./scripts/lib/progress_reporter.ts']
  : ['--reporter=./scripts/lib/learner_reporter.ts'];

// Run from inside another Vitest (the scripts' own tests), its variables would confuse this one.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !key.startsWith('VITEST') && key !== 'TEST' && key !== 'NODE_ENV',
  ),
);
const vitest = path.join(root, 'node_modules', '.bin', 'vitest');
const child = spawn(vitest, ['run', '--project', 'katas', ...reporters, ...rest], {
  cwd: root,
  env,
  stdio: 'inherit',
});
let interrupted = false;
process.on('SIGINT', () => {
  interrupted = true;
  child.kill('SIGINT');
});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('error', (error) => {
  console.error(`npm test: could not start Vitest (${error.message}); run npm install first`);
  process.exitCode = 1;
});
child.on('exit', (code, signal) => {
  process.exitCode = interrupted || signal === 'SIGINT' ? 130 : (code ?? 1);
});
