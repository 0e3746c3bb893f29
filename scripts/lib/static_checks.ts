/**
 * verify's types, lint and format checks, safe for a learner's fork: the stubs in katas/ that
 * the learner changed are checked as published (their content at the published ref, read with
 * git), every other file as it is on disk; type errors in katas/ count only while none changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { failure, pass, type CheckResult } from './checks';
import { runCommand, tail } from './command';
import { tryGit as git } from './git';

/**
 * The published ref: LAB_PRISTINE_REF when set; else, for a learner, the branch's upstream (a
 * fork's `origin/main`, so committing one's own work changes nothing); else HEAD (CI, and
 * maintainers: `git config lab.maintainer true`). verify reads every pristine stub there.
 */
export function publishedRef(root: string): string {
  if (process.env.LAB_PRISTINE_REF !== undefined) return process.env.LAB_PRISTINE_REF;
  if (git(root, ['config', '--get', 'lab.maintainer'])?.trim() === 'true') return 'HEAD';
  return git(root, ['rev-parse', '--verify', '--quiet', '@{upstream}']) !== undefined
    ? '@{upstream}'
    : 'HEAD';
}

const lines = (text: string | undefined): string[] =>
  (text ?? '').split('\n').filter((line) => line !== '');
const bin = (root: string, name: string): string => path.join(root, 'node_modules', '.bin', name);
const digest = (data: string | Buffer): string =>
  createHash('sha256').update(data).digest('hex').slice(0, 12);

/** Stubs whose working copy differs from the published ref (changed, committed since, or new). */
function changedStubs(root: string, ref: string): string[] {
  const changed = lines(git(root, ['diff', '--name-only', ref, '--', 'katas']));
  const added = lines(git(root, ['ls-files', '--others', '--exclude-standard', '--', 'katas']));
  return [...new Set([...changed, ...added])]
    .filter((file) => /^katas\/.*(?<!\.spec)\.ts$/.test(file))
    .sort();
}

/**
 * A `tsc --build` config extending the project's, its build info in node_modules/.cache/ (it
 * lists node_modules paths): an unchanged project is up to date without a file parsed (0.5 s;
 * `tsc --incremental` parses all 600). Build mode does not see node_modules change, so the info
 * is per root and per package-lock.json; infos of roots gone or of older lock files are deleted.
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

async function typecheck(root: string, stubs: readonly string[]): Promise<CheckResult> {
  const name = 'typecheck (tsc --noEmit)';
  let code = 0;
  let output = '';
  // Two programs: the lab in Node, and the notebooks in the browser (DOM types).
  for (const project of ['.', 'notebooks']) {
    if (!existsSync(path.join(root, project, 'tsconfig.json'))) continue;
    const args = ['--build', buildConfig(root, project), '--pretty', 'false'];
    const result = await runCommand(bin(root, 'tsc'), args, {}, root);
    code = Math.max(code, result.code);
    output += result.output;
  }
  if (code === 0) return pass(name);
  const errors = output.split('\n').filter((line) => /^\S.*\(\d+,\d+\): error/.test(line));
  if (stubs.length > 0 && errors.length > 0 && errors.every((line) => line.startsWith('katas/')))
    return pass(name, `${errors.length} type error(s) in your katas/ files, not counted`);
  return failure(name, tail(output));
}

/** The three static checks, run side by side (each is single-threaded). */
export function staticChecks(root: string): Promise<CheckResult[]> {
  const ref = publishedRef(root);
  const stubs = changedStubs(root, ref);
  const published = stubs.flatMap((file) => {
    const content = git(root, ['show', `${ref}:${file}`]);
    return content === undefined ? [] : [[file, content] as const]; // else the learner's own
  });
  /** `tool args` on every file but the changed stubs; then `check` on those as published. */
  const toolCheck = async (
    name: string,
    [tool = '', ...args]: string[],
    check: (content: string, file: string) => Promise<string[]>,
    describe: (found: string[]) => string,
  ): Promise<CheckResult> => {
    const { code, output } = await runCommand(bin(root, tool), args, {}, root);
    if (code !== 0) return failure(name, tail(output));
    if (stubs.length === 0) return pass(name);
    const found: string[] = [];
    for (const [file, content] of published) found.push(...(await check(content, file)));
    const note = `${stubs.length} stub(s) you changed checked as published: ${stubs.join(', ')}`;
    return found.length === 0 ? pass(name, note) : failure(name, describe(found));
  };
  const cache = (tool: string): string[] => ['--cache', '--cache-location', `.lab/${tool}cache`];
  const ignored = stubs.flatMap((file) => ['--ignore-pattern', file]);
  // Every file git tracks or would track (.prettierignore still applies), but the changed stubs.
  const files = lines(git(root, ['ls-files', '--cached', '--others', '--exclude-standard'])).filter(
    (file) => !stubs.includes(file) && existsSync(path.join(root, file)),
  );
  const eslint = new ESLint({ cwd: root });
  const lint = async (content: string, file: string): Promise<string[]> => {
    const [result] = await eslint.lintText(content, { filePath: path.join(root, file) });
    return (result?.messages ?? []).map(
      (message) => `${file} (as published) ${message.line}:${message.column} ${message.message}`,
    );
  };
  const format = async (content: string, file: string): Promise<string[]> => {
    const filepath = path.join(root, file);
    const options = await prettier.resolveConfig(filepath);
    return (await prettier.check(content, { ...options, filepath })) ? [] : [file];
  };
  return Promise.all([
    typecheck(root, stubs),
    toolCheck('lint (eslint)', ['eslint', ...cache('eslint'), ...ignored, '.'], lint, (found) =>
      found.join('\n'),
    ),
    toolCheck(
      'format (prettier --check)',
      ['prettier', '--check', '--ignore-unknown', ...cache('prettier'), ...files],
      format,
      (found) => `not formatted as published: ${found.join(', ')}`,
    ),
  ]);
}
