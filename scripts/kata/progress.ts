/**
 * Progress from the curriculum and one test run: a kata is done when all its specs pass; the
 * next kata is the first, in teaching order, that ran and is not done.
 */
import type { Kata, Module } from '../../curriculum';
import type { RecordedRun } from '../lib/results_reporter';
import { bar, type Style } from '../lib/terminal';

export interface KataStatus extends Kata {
  readonly passed: number;
  readonly total: number;
  readonly done: boolean;
  /** Whether the run included this kata's spec file at all. */
  readonly ran: boolean;
  /** Why the spec file could not run (a syntax error in the stub, say), when it could not. */
  readonly problem?: string;
}

type ModuleStatus = Omit<Module, 'katas'> & { readonly katas: readonly KataStatus[] };

export function kataStatus(kata: Kata, run: RecordedRun): KataStatus {
  const tests = run.tests.filter((test) => test.project === 'katas' && test.file === kata.spec);
  const moduleError = run.moduleErrors.find((e) => e.project === 'katas' && e.file === kata.spec);
  const passed = tests.filter((test) => test.state === 'passed').length;
  const first = moduleError?.errors[0];
  return {
    ...kata,
    passed,
    total: tests.length,
    done: moduleError === undefined && tests.length > 0 && passed === tests.length,
    ran: tests.length > 0 || moduleError !== undefined,
    ...(first ? { problem: `${first.name}: ${first.message.split('\n')[0] ?? ''}` } : {}),
  };
}

export const progress = (modules: readonly Module[], run: RecordedRun): ModuleStatus[] =>
  modules.map((entry) => ({ ...entry, katas: entry.katas.map((kata) => kataStatus(kata, run)) }));

export const nextKata = (modules: readonly ModuleStatus[]): KataStatus | undefined =>
  modules.flatMap((entry) => entry.katas).find((kata) => kata.ran && !kata.done);

const JSON_KEYS = ['id', 'title', 'stub', 'spec', 'solution', 'passed', 'total', 'done'] as const;

/** The `--json` shape: `{ modules: [{ id, title, katas: [{ <JSON_KEYS> }] }] }`. */
export const progressJson = (modules: readonly ModuleStatus[]): object => ({
  modules: modules.map(({ id, title, katas }) => ({
    id,
    title,
    katas: katas.map((kata) => Object.fromEntries(JSON_KEYS.map((key) => [key, kata[key]]))),
  })),
});

interface RenderOptions {
  readonly style: Style;
  readonly width: number;
  /** Count only the katas that ran (after a filtered `npm test`), and say so. */
  readonly onlyRan?: boolean;
}

/** A module's bars of katas done and specs passing, its next kata and that kata's theory. */
function renderModule(entry: ModuleStatus, { style, width, onlyRan }: RenderOptions): string {
  const katas = onlyRan ? entry.katas.filter((kata) => kata.ran) : entry.katas;
  const done = katas.filter((kata) => kata.done).length;
  const passed = katas.reduce((sum, kata) => sum + kata.passed, 0);
  const total = katas.reduce((sum, kata) => sum + kata.total, 0);
  const complete = katas.length > 0 && done === katas.length ? style.green('✓ ') : '';
  const ran = `${katas.length} of ${entry.katas.length} katas ran`;
  const partial = katas.length < entry.katas.length ? style.dim(` (${ran})`) : '';
  const [kataCount, specCount] = [`${done}/${katas.length}`, `${passed}/${total}`];
  const countWidth = Math.max(kataCount.length, specCount.length);
  const barWidth = Math.min(40, width - '  katas  '.length - countWidth - ' passing'.length - 1);
  const lines = [
    `${complete}${style.bold(entry.id)} ${style.dim('·')} ${entry.title}${partial}`,
    `  katas  ${bar(done, katas.length, barWidth, style)} ${kataCount.padStart(countWidth)} done`,
    `  specs  ${bar(passed, total, barWidth, style)} ${specCount.padStart(countWidth)} passing`,
  ];
  const next = katas.find((kata) => kata.ran && !kata.done);
  if (next !== undefined) {
    const name = `${style.cyan(next.id)} ${next.title}`;
    const fits = `  next   ${next.id} ${next.title} · ${next.theory}`.length <= width;
    lines.push(`  next   ${name}${fits ? ` ${style.dim('·')} ` : '\n         '}${next.theory}`);
  }
  for (const { id, problem } of katas.filter((kata) => kata.problem !== undefined)) {
    const text = `${id} could not run: ${problem ?? ''}`;
    const room = width - '  ✗ '.length;
    lines.push(`  ${style.red('✗')} ${text.length > room ? `${text.slice(0, room - 1)}…` : text}`);
  }
  return lines.join('\n');
}

export const renderProgress = (modules: readonly ModuleStatus[], options: RenderOptions): string =>
  modules.map((entry) => renderModule(entry, options)).join('\n\n');
