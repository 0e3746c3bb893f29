/**
 * `npm run test:full`'s reporter: after Vitest's own, the progress of the modules that ran,
 * counting only the katas that ran (so `npm test -- week_01/03` says so, not guessing the rest).
 */
import path from 'node:path';
import type { TestModule } from 'vitest/node';
import { curriculum } from '../../curriculum';
import { progress, renderProgress } from '../kata/progress';
import { WatchedReporter } from './hang_watchdog';
import { record, type RecordedRun } from './results_reporter';
import { styleFor, terminalWidth } from './terminal';

/** The run as the results reporter records it (without its decoy and alternative names). */
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

export default class ProgressReporter extends WatchedReporter {
  override onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    super.onTestRunEnd(testModules);
    const modules = progress(curriculum, recordRun(testModules, this.root)).filter((entry) =>
      entry.katas.some((kata) => kata.ran),
    );
    if (modules.length === 0) return;
    const style = styleFor(process.stdout);
    const width = terminalWidth(process.stdout);
    this.log(`\n${renderProgress(modules, { style, width, onlyRan: true })}\n`);
    if (modules.some((entry) => entry.katas.some((kata) => kata.ran && !kata.done)))
      this.log(style.dim('npm run kata -- next · hint <kata> · watch <kata> · progress\n'));
  }
}
