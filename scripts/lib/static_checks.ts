/**
 * verify's types, lint and format checks, safe for a learner's fork: a learner's edits to the
 * stubs in katas/ never make them fail. Prettier and ESLint check every file as it is on disk
 * except the stubs the learner changed; those are checked as published instead (their content
 * at the published ref, read with git). The typecheck covers the whole tree, and type errors
 * inside katas/ count only while no stub is changed.
 *
 * The published ref is LAB_PRISTINE_REF when set; else, for a learner, the branch's upstream
 * (a fork's `origin/main`, so committing one's own work changes nothing); else HEAD (CI, and
 * maintainers: `git config lab.maintainer true`). verify reads every pristine stub there.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { failure, pass, type CheckResult } from './checks';
import { runCommand } from './command';
import { tryGit as git } from './git';

/** LAB_PRISTINE_REF, else (not for maintainers) the upstream of the current branch, else HEAD. */
export function publishedRef(root: string): string {
  if (process.env.LAB_PRISTINE_REF !== undefined) return process.env.LAB_PRISTINE_REF;
  if (git(root, ['config', '--get', 'lab.maintainer'])?.trim() === 'true') return 'HEAD';
  return git(root, ['rev-parse', '--verify', '--quiet', '@{upstream}']) !== undefined
    ? '@{upstream}'
    : 'HEAD';
}

const lines = (text: string | undefined): string[] =>
  (text ?? '').split('\n').filter((line) => line !== '');

const isStub = (file: string): boolean =>
  file.startsWith('katas/') && file.endsWith('.ts') && !file.endsWith('.spec.ts');

/** Stubs whose working copy differs from the published ref (changed, committed since, or new). */
export function changedStubs(root: string, ref: string): string[] {
  return [
    ...new Set([
      ...lines(git(root, ['diff', '--name-only', ref, '--', 'katas'])),
      ...lines(git(root, ['ls-files', '--others', '--exclude-standard', '--', 'katas'])),
    ]),
  ]
    .filter(isStub)
    .sort();
}

const published = (root: string, ref: string, file: string): string | undefined =>
  git(root, ['show', `${ref}:${file}`]);

const run = (root: string, command: string, args: string[]) => runCommand(command, args, {}, root);

const tail = (output: string): string => output.trim().split('\n').slice(-30).join('\n');
const bin = (root: string, name: string): string => path.join(root, 'node_modules', '.bin', name);
const note = (stubs: readonly string[]): string =>
  `${stubs.length} stub(s) you changed checked as published: ${stubs.join(', ')}`;

const digest = (data: string | Buffer): string =>
  createHash('sha256').update(data).digest('hex').slice(0, 12);

/**
 * A config for `tsc --build` that extends the project's own and keeps the incremental build
 * info in node_modules/.cache/lab-tsbuildinfo/ (it lists every node_modules path tsc read, so it
 * lives with them, where searches of the lab's own files do not look). Build mode finds the
 * project up to date from that info without parsing a file (about half a second, where
 * `tsc --incremental` parsed all 600 files again: 7–12 s of CPU); an edited, added or removed
 * file, or an error recorded last time, makes it check again the changed files and their
 * dependents. The info is per root (the scripts' temporary labs share node_modules) and per
 * package-lock.json: build mode does not look into node_modules for changes, so a new lock
 * file starts afresh. Infos of roots that are gone, or of an older lock file, are deleted.
 */
function buildConfig(root: string, project: string): string {
  const folder = path.join(root, 'node_modules', '.cache', 'lab-tsbuildinfo');
  const lock = path.join(root, 'package-lock.json');
  const prefix = `${project === '.' ? 'lab' : project}-${digest(path.resolve(root))}-`;
  const name = `${prefix}${digest(existsSync(lock) ? readFileSync(lock) : '')}`;
  mkdirSync(folder, { recursive: true });
  for (const file of readdirSync(folder)) {
    const stem = file.replace(/(\.tsconfig)?\.json$/, '');
    const config = path.join(folder, `${stem}.tsconfig.json`);
    const extended = existsSync(config)
      ? (JSON.parse(readFileSync(config, 'utf8')) as { extends?: string }).extends
      : undefined;
    const gone = extended === undefined || !existsSync(extended);
    if (stem !== name && (gone || stem.startsWith(prefix)))
      rmSync(path.join(folder, file), { force: true });
  }
  const config = path.join(folder, `${name}.tsconfig.json`);
  const content = `${JSON.stringify({
    extends: path.join(path.resolve(root), project, 'tsconfig.json'),
    compilerOptions: { noEmit: true, incremental: true, tsBuildInfoFile: `./${name}.json` },
  })}\n`;
  if (!existsSync(config) || readFileSync(config, 'utf8') !== content)
    writeFileSync(config, content);
  return config;
}

export async function typecheck(root: string, stubs: readonly string[]): Promise<CheckResult> {
  const name = 'typecheck (tsc --noEmit)';
  // Two programs: the lab in Node, and the notebooks in the browser (DOM types).
  let code = 0;
  let output = '';
  const projects = ['.', 'notebooks'].filter((project) =>
    existsSync(path.join(root, project, 'tsconfig.json')),
  );
  for (const project of projects) {
    const result = await run(root, bin(root, 'tsc'), [
      '--build',
      buildConfig(root, project),
      '--pretty',
      'false',
    ]);
    code = Math.max(code, result.code);
    output += result.output;
  }
  if (code === 0) return pass(name);
  const errors = output.split('\n').filter((line) => /^\S.*\(\d+,\d+\): error/.test(line));
  const theirs = errors.filter((line) => line.startsWith('katas/'));
  if (stubs.length > 0 && errors.length > 0 && theirs.length === errors.length)
    return pass(name, `${theirs.length} type error(s) in your katas/ files, not counted`);
  return failure(name, tail(output));
}

export async function lint(
  root: string,
  ref: string,
  stubs: readonly string[],
): Promise<CheckResult> {
  const name = 'lint (eslint)';
  const ignored = stubs.flatMap((file) => ['--ignore-pattern', file]);
  const cache = ['--cache', '--cache-location', '.lab/eslintcache'];
  const { code, output } = await run(root, bin(root, 'eslint'), [...cache, ...ignored, '.']);
  if (code !== 0) return failure(name, tail(output));
  if (stubs.length === 0) return pass(name);
  const eslint = new ESLint({ cwd: root });
  const problems: string[] = [];
  for (const file of stubs) {
    const content = published(root, ref, file);
    if (content === undefined) continue; // a file the learner added
    const [result] = await eslint.lintText(content, { filePath: path.join(root, file) });
    for (const message of result?.messages ?? [])
      problems.push(`${file} (as published) ${message.line}:${message.column} ${message.message}`);
  }
  return problems.length === 0 ? pass(name, note(stubs)) : failure(name, problems.join('\n'));
}

export async function format(
  root: string,
  ref: string,
  stubs: readonly string[],
): Promise<CheckResult> {
  const name = 'format (prettier --check)';
  // Every file git tracks or would track (.prettierignore still applies), but the changed stubs.
  const skip = new Set(stubs);
  const files = [
    ...lines(git(root, ['ls-files', '--cached', '--others', '--exclude-standard'])),
  ].filter((file) => !skip.has(file) && existsSync(path.join(root, file)));
  const cache = ['--cache', '--cache-location', '.lab/prettiercache'];
  const { code, output } = await run(root, bin(root, 'prettier'), [
    '--check',
    '--ignore-unknown',
    ...cache,
    ...files,
  ]);
  if (code !== 0) return failure(name, tail(output));
  if (stubs.length === 0) return pass(name);
  const unformatted: string[] = [];
  for (const file of stubs) {
    const content = published(root, ref, file);
    if (content === undefined) continue;
    const filepath = path.join(root, file);
    const options = await prettier.resolveConfig(filepath);
    if (!(await prettier.check(content, { ...options, filepath }))) unformatted.push(file);
  }
  return unformatted.length === 0
    ? pass(name, note(stubs))
    : failure(name, `not formatted as published: ${unformatted.join(', ')}`);
}

/** The three static checks, run side by side (each is single-threaded). */
export function staticChecks(root: string): Promise<CheckResult[]> {
  const ref = publishedRef(root);
  const stubs = changedStubs(root, ref);
  return Promise.all([typecheck(root, stubs), lint(root, ref, stubs), format(root, ref, stubs)]);
}
