/**
 * `npm test`'s reporter: per module one line per kata that ran; the first unfinished kata's
 * first failing spec in full, with its hint and theory; then the one command to run next.
 */
import type { TestModule } from 'vitest/node';
import { WatchedReporter } from './hang_watchdog';
import { curriculum, type Kata } from '../../curriculum';
import { hintCommandFor, hintLevel } from '../kata/hints';
import { nextKata, progress, type KataStatus } from '../kata/progress';
import { recordRun } from './results_reporter';
import type { RecordedRun } from './results_reporter';
import { styleFor, terminalWidth, wrap, type Style } from './terminal';

/** An error message or diff, indented and clipped, so that one failure never floods the screen. */
function clip(text: string, max = 14): string[] {
  const lines = text.trimEnd().split('\n');
  const more = lines.length > max ? [`… (${lines.length - max} more lines)`] : [];
  return [...lines.slice(0, max), ...more].map((line) => `    ${line}`);
}

/**
 * The end of a NotImplementedError's message: helpers/errors.ts names only the kata's id (the
 * ground floor does not read the curriculum), so the reporter adds its title, file and theory.
 */
export function whereToWork(error: { name: string; message: string }, kata: Kata): string {
  return error.name === 'NotImplementedError' && error.message.endsWith(`kata ${kata.id}`)
    ? ` "${kata.title}", edit ${kata.stub} (theory: ${kata.theory})`
    : '';
}

interface LearnerReportOptions {
  readonly style: Style;
  readonly width: number;
  /** The hint level the learner has reached for a kata (1 for a fresh clone). */
  readonly hintLevel: (kata: Kata) => number;
}

/** The learner's report of a run of the `katas` project, line by line; pure. */
export function renderLearnerReport(run: RecordedRun, options: LearnerReportOptions): string[] {
  const { style, width, hintLevel } = options;
  // Vitest says nothing itself when a filter matches no spec file; silence would look like a hang.
  if (run.tests.length === 0 && run.moduleErrors.length === 0)
    return [
      `${style.yellow('no spec ran:')} nothing matched. Name a module (week_01), a kata (01.03) or its file (03_design_matrices); npm run kata -- progress lists them.`,
    ];
  const testsOf = (kata: Kata) =>
    run.tests.filter((test) => test.project === 'katas' && test.file === kata.spec);
  const kataLine = (status: KataStatus, pad: number): string => {
    // Not started: nothing passes and every failure is the kata's own NotImplementedError.
    const notStarted = testsOf(status).every((test) =>
      test.errors.every((error) => error.name === 'NotImplementedError'),
    );
    const label = `${status.id} ${status.title}`.padEnd(pad);
    if (status.problem !== undefined)
      return `  ${style.red('✗')} ${label}  ${style.red('cannot load')}`;
    if (status.done) return `  ${style.green('✓')} ${label}  ${style.dim('done')}`;
    if (status.passed === 0 && notStarted)
      return `  ${style.dim('·')} ${label}  ${style.dim('not started')}`;
    return `  ${style.yellow('◐')} ${label}  ${status.passed} of ${status.total} passing`;
  };
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
    const pad = ran.reduce((widest, k) => Math.max(widest, k.id.length + 1 + k.title.length), 0);
    lines.push(...ran.map((status) => kataLine(status, pad)));
  }
  const kata = nextKata(modules);
  if (kata === undefined) {
    if (modules.length > 0)
      lines.push('', `${style.green('✓')} every kata that ran is done: npm run kata -- progress`);
    return lines;
  }
  lines.push('', `${style.bold('next:')} ${style.cyan(kata.id)} ${kata.title}, edit ${kata.stub}`);
  const failed = testsOf(kata).find((test) => test.state === 'failed');
  const error = failed?.errors[0];
  if (kata.problem !== undefined) {
    lines.push(`  ${style.red('✗')} the spec cannot load: ${kata.problem}`);
  } else if (failed !== undefined && error !== undefined) {
    lines.push(`  ${style.red('✗')} ${failed.name}`);
    const message = `${error.name}: ${error.message}${whereToWork(error, kata)}`;
    lines.push(...clip(message), ...(error.diff === undefined ? [] : clip(error.diff)));
    if (error.location !== undefined) lines.push(style.dim(`    at ${error.location}`));
  }
  const level = hintLevel(kata);
  lines.push(
    '',
    style.bold(`  hint ${level} of ${kata.hints.length}`),
    ...wrap(kata.hints[level - 1] ?? '', Math.min(width, 100), '    '),
    `  ${style.dim('theory:')} ${kata.theory}`,
  );
  if (level < kata.hints.length)
    lines.push(`  ${style.dim('another hint:')} ${hintCommandFor(kata, level + 1)}`);
  lines.push('', `${style.bold('run next:')} npm run kata -- watch ${kata.id}`);
  return lines;
}

export default class LearnerReporter extends WatchedReporter {
  override onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    super.onTestRunEnd(testModules);
    const { root } = this;
    const lines = renderLearnerReport(recordRun(testModules, root), {
      style: styleFor(process.stdout),
      width: terminalWidth(process.stdout),
      hintLevel: (kata) => hintLevel(root, kata),
    });
    if (lines.length > 0) this.log(lines.join('\n'));
  }
}
