/**
 * A Vitest reporter for `npm test`: after the run, the progress summary of the modules whose
 * specs ran (katas done, specs passing, the next kata and its theory section). It counts
 * only the katas that ran, so `npm test -- week_01/03` says so rather than guessing the rest.
 */
import path from 'node:path';
import type { TestError } from 'vitest';
import type { TestModule } from 'vitest/node';
import { WatchedReporter } from './hang_watchdog';
import { curriculum } from '../../curriculum';
import { progress, renderProgress } from '../kata/progress';
import type { RecordedError, RecordedRun } from './results_reporter';
import { styleFor, terminalWidth } from './terminal';

type ErrorList = readonly TestError[] | undefined;

const briefly = (list: ErrorList): RecordedError[] =>
  (list ?? []).map((e) => ({ name: e.name ?? 'Error', message: e.message ?? '' }));

/** The run as the results reporter records it, for the `katas` project; errors by `errorsOf`. */
export function recordRun(
  testModules: ReadonlyArray<TestModule>,
  root: string,
  errorsOf: (list: ErrorList) => RecordedError[] = briefly,
): RecordedRun {
  const run: RecordedRun = { tests: [], moduleErrors: [] };
  for (const testModule of testModules) {
    const project = testModule.project.name;
    const file = path.relative(root, testModule.moduleId).split(path.sep).join('/');
    if (testModule.errors().length > 0)
      run.moduleErrors.push({ project, file, errors: errorsOf(testModule.errors()) });
    for (const test of testModule.children.allTests()) {
      const { state, errors } = test.result();
      run.tests.push({ project, file, name: test.fullName, state, errors: errorsOf(errors) });
    }
  }
  return run;
}

export default class ProgressReporter extends WatchedReporter {
  override onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    super.onTestRunEnd(testModules);
    const modules = progress(curriculum, recordRun(testModules, this.root)).filter((entry) =>
      entry.katas.some((kata) => kata.ran),
    );
    if (modules.length === 0) return;
    const style = styleFor(process.stdout);
    const text = renderProgress(modules, {
      style,
      width: terminalWidth(process.stdout),
      onlyRan: true,
    });
    this.log(`\n${text}\n`);
    if (modules.some((entry) => entry.katas.some((kata) => kata.ran && !kata.done)))
      this.log(style.dim('npm run kata -- next · hint <kata> · watch <kata> · progress\n'));
  }
}
