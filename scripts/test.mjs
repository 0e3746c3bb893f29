/**
 * `npm test [-- <filter>…] [--verbose]`: the `katas` project with the learner reporter (or, with
 * `--verbose`, Vitest's and the progress summary); a filter is a kata or a path substring.
 * Plain JavaScript on purpose: it runs on every save, and starting tsx first cost a second. It
 * reads the katas from katas/ on disk, which the curriculum check holds equal to curriculum.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const katas = path.join(root, 'katas');

/** Every spec as `{ module, id, number, stem }`. */
const SPEC = /^(week_(\d{2})_[^/]*)\/((\d{2})_[a-z0-9_]+)\.spec\.ts$/;
const specs = (existsSync(katas) ? readdirSync(katas, { recursive: true }) : []).flatMap((file) => {
  const [, module, week, stem, number] = SPEC.exec(file.replace(/\\/g, '/')) ?? [];
  return module === undefined ? [] : [{ module, id: `${week}.${number}`, number, stem }];
});

/** A kata's name becomes its spec path; anything else (a flag, a path substring) is unchanged. */
function kataFilter(arg) {
  const clean = arg.replace(/\\/g, '/').replace(/^\.\//, '');
  const [folder, rest] = clean.split('/');
  const found = specs.filter(
    (kata) =>
      [kata.id, kata.stem, `${kata.stem}.ts`].includes(clean) ||
      (folder === kata.module && (rest === kata.number || rest === kata.stem)),
  );
  const [kata] = found;
  return arg.startsWith('-') || found.length !== 1
    ? arg
    : `katas/${kata.module}/${kata.stem}.spec.ts`;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('--full');
const rest = args.filter((arg) => arg !== '--verbose' && arg !== '--full').map(kataFilter);
const reporters = verbose
  ? ['--reporter=default', '--reporter=./scripts/lib/progress_reporter.ts']
  : ['--reporter=./scripts/lib/learner_reporter.ts'];

// Run from inside another Vitest (the scripts' own tests), its variables would confuse this one.
const env = { ...process.env };
for (const key of Object.keys(env).filter((k) => /^(VITEST.*|TEST|NODE_ENV)$/.test(k)))
  delete env[key];
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
