/**
 * A Vitest reporter that writes every test's outcome, per project (which Vitest's own JSON
 * reporter does not say, and a spec file runs in several), to the JSON file LAB_RESULTS_FILE
 * names; a decoy's or an alternative's under its own project and its kata's spec file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestError } from 'vitest';
import type { TestModule } from 'vitest/node';
import { WatchedReporter } from './hang_watchdog';
import { recordedNames } from './replacements';

export interface RecordedError {
  readonly name: string;
  readonly message: string;
  /** The assertion's diff, when it has one. */
  readonly diff?: string;
  /** `katas/…:line` of the first stack frame in katas/, when there is one. */
  readonly location?: string;
}

export interface RecordedTest {
  readonly project: string;
  /** Spec file, relative to the repository root. */
  readonly file: string;
  readonly name: string;
  readonly state: 'passed' | 'failed' | 'skipped' | 'pending';
  readonly errors: RecordedError[];
}

export interface RecordedRun {
  readonly tests: RecordedTest[];
  /** Errors outside any test: a spec that could not be imported, a syntax error. */
  readonly moduleErrors: Omit<RecordedTest, 'name' | 'state'>[];
}

/** The errors as the lab's checks and reports read them; `root` makes locations relative. */
const record = (errors: readonly TestError[] | undefined, root = process.cwd()): RecordedError[] =>
  (errors ?? []).map((error) => {
    const frame = error.stacks?.find((stack) => stack.file.includes('/katas/'));
    const file = frame?.file.split('?')[0] ?? '';
    return {
      name: error.name ?? 'Error',
      message: error.message ?? '',
      ...(error.diff !== undefined ? { diff: error.diff } : {}),
      ...(frame !== undefined
        ? { location: `${path.relative(root, file).split(path.sep).join('/')}:${frame.line}` }
        : {}),
    };
  });

/** The run as recorded (before the decoy and alternative names are put back). */
export function recordRun(testModules: ReadonlyArray<TestModule>, root: string): RecordedRun {
  const run: RecordedRun = { tests: [], moduleErrors: [] };
  for (const testModule of testModules) {
    const project = testModule.project.name;
    const file = path.relative(root, testModule.moduleId).split(path.sep).join('/');
    if (testModule.errors().length > 0)
      run.moduleErrors.push({ project, file, errors: record(testModule.errors(), root) });
    for (const test of testModule.children.allTests()) {
      const { state, errors } = test.result();
      run.tests.push({ project, file, name: test.fullName, state, errors: record(errors, root) });
    }
  }
  return run;
}

export default class ResultsReporter extends WatchedReporter {
  override onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    super.onTestRunEnd(testModules);
    const target = process.env.LAB_RESULTS_FILE;
    if (target === undefined) return;
    let names: ReturnType<typeof recordedNames> | undefined;
    const rename = <T extends { project: string; file: string }>(entry: T): T =>
      ['decoys', 'alternatives'].includes(entry.project)
        ? { ...entry, ...(names ??= recordedNames(process.cwd())).get(entry.file) }
        : entry;
    const run = recordRun(testModules, process.cwd());
    mkdirSync(path.dirname(target), { recursive: true });
    const renamed = { tests: run.tests.map(rename), moduleErrors: run.moduleErrors.map(rename) };
    writeFileSync(target, JSON.stringify(renamed, null, 1));
  }
}
