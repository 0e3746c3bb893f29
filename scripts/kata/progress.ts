/**
 * Progress, derived from the curriculum and one test run and nothing else: a kata is done
 * when every one of its specs passes; the next kata is the first, in teaching order, that is
 * not done and has a spec to run.
 */
import type { Kata, Module } from '../../curriculum';
import type { RecordedRun } from '../lib/results_reporter';
import { bar, type Style } from '../lib/terminal';

export interface KataStatus {
  readonly id: string;
  readonly title: string;
  readonly stub: string;
  readonly spec: string;
  readonly solution: string;
  readonly theory: string;
  readonly passed: number;
  readonly total: number;
  readonly done: boolean;
  /** Whether the run included this kata's spec file at all. */
  readonly ran: boolean;
  /** Why the spec file could not run (a syntax error in the stub, say), when it could not. */
  readonly problem?: string;
}

export interface ModuleStatus {
  readonly id: string;
  readonly title: string;
  readonly katas: readonly KataStatus[];
}

export function kataStatus(kata: Kata, run: RecordedRun, project = 'katas'): KataStatus {
  const tests = run.tests.filter((test) => test.project === project && test.file === kata.spec);
  const moduleError = run.moduleErrors.find((e) => e.project === project && e.file === kata.spec);
  const passed = tests.filter((test) => test.state === 'passed').length;
  const first = moduleError?.errors[0];
  return {
    id: kata.id,
    title: kata.title,
    stub: kata.stub,
    spec: kata.spec,
    solution: kata.solution,
    theory: kata.theory,
    passed,
    total: tests.length,
    done: moduleError === undefined && tests.length > 0 && passed === tests.length,
    ran: tests.length > 0 || moduleError !== undefined,
    ...(first ? { problem: `${first.name}: ${first.message.split('\n')[0] ?? ''}` } : {}),
  };
}

export function progress(modules: readonly Module[], run: RecordedRun): ModuleStatus[] {
  return modules.map((entry) => ({
    id: entry.id,
    title: entry.title,
    katas: entry.katas.map((kata) => kataStatus(kata, run)),
  }));
}

/** The first kata, in teaching order, that ran and is not done. */
export function nextKata(modules: readonly ModuleStatus[]): KataStatus | undefined {
  return modules.flatMap((entry) => entry.katas).find((kata) => kata.ran && !kata.done);
}

/** The `--json` shape: `{ modules: [{ id, title, katas: [{ id, title, stub, spec, solution, passed, total, done }] }] }`. */
export function progressJson(modules: readonly ModuleStatus[]): object {
  return {
    modules: modules.map((entry) => ({
      id: entry.id,
      title: entry.title,
      katas: entry.katas.map(({ id, title, stub, spec, solution, passed, total, done }) => ({
        id,
        title,
        stub,
        spec,
        solution,
        passed,
        total,
        done,
      })),
    })),
  };
}

/**
 * The progress summary as text, one block per module: a bar of katas done, a bar of specs
 * passing and the next kata to work on with its theory section. Every line fits `width`.
 */
export interface RenderOptions {
  readonly style: Style;
  readonly width: number;
  /** Count only the katas that ran (after a filtered `npm test`), and say so. */
  readonly onlyRan?: boolean;
}

function counted(entry: ModuleStatus, onlyRan: boolean): readonly KataStatus[] {
  return onlyRan ? entry.katas.filter((kata) => kata.ran) : entry.katas;
}

export function renderModule(entry: ModuleStatus, options: RenderOptions): string[] {
  const { style, width } = options;
  const katas = counted(entry, options.onlyRan ?? false);
  const done = katas.filter((kata) => kata.done).length;
  const passed = katas.reduce((sum, kata) => sum + kata.passed, 0);
  const total = katas.reduce((sum, kata) => sum + kata.total, 0);
  const complete = katas.length > 0 && done === katas.length;

  const partial =
    options.onlyRan === true && katas.length < entry.katas.length
      ? style.dim(` (${katas.length} of ${entry.katas.length} katas ran)`)
      : '';
  const lines = [
    `${complete ? style.green('✓ ') : ''}${style.bold(entry.id)} ${style.dim('·')} ${entry.title}${partial}`,
  ];

  const kataCount = `${done}/${katas.length}`;
  const specCount = `${passed}/${total}`;
  const countWidth = Math.max(kataCount.length, specCount.length);
  const barWidth = Math.min(40, width - '  katas  '.length - countWidth - ' passing'.length - 1);
  lines.push(
    `  katas  ${bar(done, katas.length, barWidth, style)} ${kataCount.padStart(countWidth)} done`,
    `  specs  ${bar(passed, total, barWidth, style)} ${specCount.padStart(countWidth)} passing`,
  );

  const next = katas.find((kata) => kata.ran && !kata.done);
  if (next !== undefined) {
    const name = `${style.cyan(next.id)} ${next.title}`;
    const oneLine = `  next   ${next.id} ${next.title} · ${next.theory}`;
    lines.push(
      ...(oneLine.length <= width
        ? [`  next   ${name} ${style.dim('·')} ${next.theory}`]
        : [`  next   ${name}`, `         ${next.theory}`]),
    );
  }
  for (const kata of katas.filter((k) => k.problem !== undefined)) {
    const text = `${kata.id} could not run: ${kata.problem ?? ''}`;
    const room = width - '  ✗ '.length;
    lines.push(`  ${style.red('✗')} ${text.length > room ? `${text.slice(0, room - 1)}…` : text}`);
  }
  return lines;
}

export function renderProgress(modules: readonly ModuleStatus[], options: RenderOptions): string {
  return modules.map((entry) => renderModule(entry, options).join('\n')).join('\n\n');
}
