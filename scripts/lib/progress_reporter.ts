/**
 * `npm run test:full`'s reporter: after Vitest's own, the progress of the modules that ran,
 * counting only the katas that ran (so `npm test -- week_01/03` says so, not guessing the rest).
 */
import type { TestModule } from 'vitest/node';
import { curriculum } from '../../curriculum';
import { progress, renderProgress } from '../kata/progress';
import { WatchedReporter } from './hang_watchdog';
import { recordRun } from './results_reporter';
import { styleFor, terminalWidth } from './terminal';

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
