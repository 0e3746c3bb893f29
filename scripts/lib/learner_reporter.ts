/**
 * The reporter of `npm test`: the learner's view of a run, short enough to read. Per module,
 * one line per kata that ran (done, k of m passing, or not started); then the first unfinished
 * kata's first failing spec in full, with its hint and theory section; then the one command to
 * run next. A spec file that cannot load (a syntax error in the learner's stub) comes first.
 * `npm run test:full` (or `npm test -- --verbose`) shows Vitest's own report instead.
 */
import path from 'node:path';
import type { Reporter, TestCase, TestModule, Vitest } from 'vitest/node';
import { curriculum, type Kata } from '../../curriculum';
import { hintCommand, hintLevel } from '../kata/hints';
import { progress, type KataStatus } from '../kata/progress';
import { recordRun } from './progress_reporter';
import { styleFor, terminalWidth, wrap, type Style } from './terminal';

/** Lines of an error message or diff shown at most, so one failure never floods the terminal. */
const MAX_ERROR_LINES = 14;

interface FirstFailure {
  readonly name: string;
  readonly errorName: string;
  readonly message: string;
  readonly diff?: string;
  readonly location?: string;
}

const relative = (root: string, file: string): string =>
  path.relative(root, file).split(path.sep).join('/');

/** Not started: nothing passes and every failure is the kata's own NotImplementedError. */
function notStarted(status: KataStatus, tests: readonly TestCase[]): boolean {
  return (
    status.passed === 0 &&
    status.problem === undefined &&
    tests.every((test) =>
      (test.result().errors ?? []).every((error) => error.name === 'NotImplementedError'),
    )
  );
}

export function kataLine(status: KataStatus, started: boolean, style: Style, pad = 0): string {
  const label = `${status.id} ${status.title}`.padEnd(pad);
  if (status.problem !== undefined)
    return `  ${style.red('✗')} ${label}  ${style.red('cannot load')}`;
  if (status.done) return `  ${style.green('✓')} ${label}  ${style.dim('done')}`;
  if (!started) return `  ${style.dim('·')} ${label}  ${style.dim('not started')}`;
  return `  ${style.yellow('◐')} ${label}  ${status.passed} of ${status.total} passing`;
}

function firstFailure(root: string, tests: readonly TestCase[]): FirstFailure | undefined {
  const test = tests.find((candidate) => candidate.result().state === 'failed');
  const error = test?.result().errors?.[0];
  if (test === undefined || error === undefined) return undefined;
  const frame = error.stacks?.find((stack) => stack.file.includes('/katas/'));
  return {
    name: test.fullName,
    errorName: error.name ?? 'Error',
    message: error.message,
    diff: error.diff,
    location: frame ? `${relative(root, frame.file)}:${frame.line}` : undefined,
  };
}

const clip = (text: string): string[] => {
  const lines = text.trimEnd().split('\n');
  return lines.length <= MAX_ERROR_LINES
    ? lines
    : [...lines.slice(0, MAX_ERROR_LINES), `… (${lines.length - MAX_ERROR_LINES} more lines)`];
};

/** The learner's report of a run of the `katas` project; pure, for the docs generator too. */
export function renderLearnerReport(
  root: string,
  testModules: ReadonlyArray<TestModule>,
  style: Style,
  width: number,
): string[] {
  const run = recordRun(testModules, root);
  const testsOf = (kata: { spec: string }): TestCase[] =>
    testModules
      .filter((m) => relative(root, m.moduleId) === kata.spec)
      .flatMap((m) => [...m.children.allTests()]);
  const modules = progress(curriculum, run).filter((entry) => entry.katas.some((k) => k.ran));
  const lines: string[] = [];
  for (const entry of modules) {
    const ran = entry.katas.filter((kata) => kata.ran);
    const done = ran.filter((kata) => kata.done).length;
    const specs = ran.reduce((sum, kata) => sum + kata.total, 0);
    const passing = ran.reduce((sum, kata) => sum + kata.passed, 0);
    lines.push(
      `${style.bold(entry.id)} · ${entry.title}  ${style.dim(`${done}/${ran.length} katas done · ${passing}/${specs} specs passing`)}`,
    );
    const pad = Math.max(...ran.map((kata) => kata.id.length + 1 + kata.title.length));
    for (const status of ran)
      lines.push(kataLine(status, !notStarted(status, testsOf(status)), style, pad));
  }
  const next = modules.flatMap((entry) => entry.katas).find((k) => k.ran && !k.done);
  if (next === undefined) {
    if (modules.length > 0)
      lines.push('', `${style.green('✓')} every kata that ran is done: npm run kata -- progress`);
    return lines;
  }
  const kata = curriculum.flatMap((entry) => entry.katas).find((k) => k.id === next.id) as Kata;
  lines.push('', `${style.bold('next:')} ${style.cyan(kata.id)} ${kata.title}, edit ${kata.stub}`);
  const failure = firstFailure(root, testsOf(kata));
  if (next.problem !== undefined) {
    lines.push(`  ${style.red('✗')} the spec cannot load: ${next.problem}`);
  } else if (failure !== undefined) {
    lines.push(`  ${style.red('✗')} ${failure.name}`);
    lines.push(...clip(`${failure.errorName}: ${failure.message}`).map((line) => `    ${line}`));
    if (failure.diff !== undefined) lines.push(...clip(failure.diff).map((line) => `    ${line}`));
    if (failure.location !== undefined) lines.push(style.dim(`    at ${failure.location}`));
  }
  const level = hintLevel(root, kata);
  const hint = kata.hints[level - 1] ?? '';
  lines.push(
    '',
    style.bold(`  hint ${level} of ${kata.hints.length}`),
    ...wrap(hint, Math.min(width, 100), '    '),
    `  ${style.dim('theory:')} ${kata.theory}`,
  );
  if (level < kata.hints.length)
    lines.push(`  ${style.dim('another hint:')} ${hintCommand(kata, level + 1)}`);
  lines.push('', `${style.bold('run next:')} npm run kata -- watch ${kata.id}`);
  return lines;
}

export default class LearnerReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const root = this.vitest?.config.root ?? process.cwd();
    const lines = renderLearnerReport(
      root,
      testModules,
      styleFor(process.stdout),
      terminalWidth(process.stdout),
    );
    if (lines.length === 0) return;
    const log = (line: string): void =>
      this.vitest ? this.vitest.logger.log(line) : console.log(line);
    log(lines.join('\n'));
  }
}
