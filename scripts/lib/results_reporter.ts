/**
 * A Vitest reporter that writes every test's outcome, per project, to the JSON file named by
 * LAB_RESULTS_FILE, so the lab's checks can read results without parsing terminal output.
 * Vitest's own JSON reporter does not say which project (katas, solutions, pristine) a result
 * belongs to, and the same spec file runs in several. A decoy's or an alternative's results
 * are recorded under its own project name and its kata's spec file (replacements.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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

export interface RecordedModuleError {
  readonly project: string;
  readonly file: string;
  readonly errors: RecordedError[];
}

export interface RecordedRun {
  readonly tests: RecordedTest[];
  /** Errors outside any test: a spec that could not be imported, a syntax error. */
  readonly moduleErrors: RecordedModuleError[];
}

interface ErrorLike {
  readonly name?: string;
  readonly message?: string;
  readonly diff?: string;
  readonly stacks?: readonly { file: string; line: number }[];
}

/** The errors as the lab's checks and reports read them; `root` makes locations relative. */
export function record(
  errors: readonly ErrorLike[] | undefined,
  root = process.cwd(),
): RecordedError[] {
  return (errors ?? []).map((error) => {
    const frame = error.stacks?.find((stack) => stack.file.includes('/katas/'));
    return {
      name: error.name ?? 'Error',
      message: error.message ?? '',
      ...(error.diff !== undefined ? { diff: error.diff } : {}),
      ...(frame !== undefined
        ? {
            location: `${path
              .relative(root, frame.file.split('?')[0] ?? frame.file)
              .split(path.sep)
              .join('/')}:${frame.line}`,
          }
        : {}),
    };
  });
}

export default class ResultsReporter extends WatchedReporter {
  override onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    super.onTestRunEnd(testModules);
    const target = process.env.LAB_RESULTS_FILE;
    if (target === undefined) return;
    const root = process.cwd();
    const replacement = recordedNames(root);
    const run: RecordedRun = { tests: [], moduleErrors: [] };
    for (const testModule of testModules) {
      const generated = path.relative(root, testModule.moduleId);
      const names = ['decoys', 'alternatives'].includes(testModule.project.name)
        ? replacement(generated)
        : undefined;
      const project = names?.project ?? testModule.project.name;
      const file = names?.file ?? generated;
      const moduleErrors = testModule.errors();
      if (moduleErrors.length > 0) {
        run.moduleErrors.push({ project, file, errors: record(moduleErrors) });
      }
      for (const test of testModule.children.allTests()) {
        const result = test.result();
        run.tests.push({
          project,
          file,
          name: test.fullName,
          state: result.state,
          errors: record(result.errors),
        });
      }
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, JSON.stringify(run, null, 1));
  }
}
