/**
 * Progress, derived from the curriculum and one test run and nothing else: a kata is done
 * when every one of its specs passes; the next kata is the first, in teaching order, that is
 * not done and has a spec to run.
 */
import type { Kata, Module } from '../../curriculum';
import type { RecordedRun } from '../lib/results_reporter';

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
