/**
 * A Vitest reporter for `npm test`: after the run, the progress summary of the modules whose
 * specs ran (katas done, specs passing, the next kata and its theory section). It counts
 * only the katas that ran, so `npm test -- week_01/03` says so rather than guessing the rest.
 */
import path from 'node:path';
import type { TestModule, Vitest } from 'vitest/node';
import { WatchedReporter } from './hang_watchdog';
import { curriculum } from '../../curriculum';
import { progress } from '../kata/progress';
import { renderProgress } from '../kata/render_progress';
import type { RecordedRun } from './results_reporter';
import { styleFor, terminalWidth } from './terminal';

/** The run as the results reporter records it, for the `katas` project. */
export function recordRun(testModules: ReadonlyArray<TestModule>, root: string): RecordedRun {
  const run: RecordedRun = { tests: [], moduleErrors: [] };
  const errors = (list: readonly { name?: string; message?: string }[] | undefined) =>
    (list ?? []).map((e) => ({ name: e.name ?? 'Error', message: e.message ?? '' }));
  for (const testModule of testModules) {
    const project = testModule.project.name;
    const file = path.relative(root, testModule.moduleId).split(path.sep).join('/');
    if (testModule.errors().length > 0)
      run.moduleErrors.push({ project, file, errors: errors(testModule.errors()) });
    for (const test of testModule.children.allTests()) {
      const result = test.result();
      run.tests.push({ project, file, name: test.fullName, state: result.state, errors: [] });
    }
  }
  return run;
}

export default class ProgressReporter extends WatchedReporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  override onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    super.onTestRunEnd(testModules);
    const root = this.vitest?.config.root ?? process.cwd();
    const modules = progress(curriculum, recordRun(testModules, root)).filter((entry) =>
      entry.katas.some((kata) => kata.ran),
    );
    if (modules.length === 0) return;
    const style = styleFor(process.stdout);
    const text = renderProgress(modules, {
      style,
      width: terminalWidth(process.stdout),
      onlyRan: true,
    });
    const log = (line: string): void =>
      this.vitest ? this.vitest.logger.log(line) : console.log(line);
    log(`\n${text}\n`);
    if (modules.some((entry) => entry.katas.some((kata) => kata.ran && !kata.done)))
      log(style.dim('npm run kata -- next · hint <kata> · watch <kata> · progress\n'));
  }
}
