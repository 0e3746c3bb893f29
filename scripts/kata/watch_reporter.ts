/**
 * The reporter `npm run kata -- watch <kata>` adds to Vitest's: after each run of the kata
 * (LAB_WATCH_KATA), either its all-green verdict or its current hint. A failing run that
 * passes no more specs than the one before climbs to the next hint; a run that gains specs
 * keeps the hint where it is, since the learner is moving. Once the kata is green and a next
 * kata exists (LAB_WATCH_NEXT), it ends Vitest with WATCH_ADVANCE so the watch moves on.
 */
import type { Reporter, TestModule, Vitest } from 'vitest/node';
import { findKata } from '../../curriculum';
import { recordRun } from '../lib/progress_reporter';
import { styleFor, terminalWidth, wrap } from '../lib/terminal';
import { hintLevel, recordHintLevel } from './hints';
import { kataStatus } from './progress';

/** As WATCH_ADVANCE in watch_command.ts (not imported: this file loads inside Vitest). */
const WATCH_ADVANCE = 75;

export default class WatchReporter implements Reporter {
  private vitest: Vitest | undefined;
  private previousPassed: number | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const kata = findKata(process.env.LAB_WATCH_KATA ?? '');
    const root = this.vitest?.config.root ?? process.cwd();
    if (kata === undefined) return;
    const status = kataStatus(kata, recordRun(testModules, root));
    if (!status.ran) return;
    const style = styleFor(process.stdout);
    const log = (line: string): void =>
      this.vitest ? this.vitest.logger.log(line) : console.log(line);
    if (status.done) {
      log(
        `\n${style.green('✓')} ${kata.id} ${kata.title}: ${status.total === 1 ? 'its spec passes' : `all ${status.total} specs pass`}`,
      );
      log(style.dim(`  compare with the reference: npm run kata -- compare ${kata.id}\n`));
      this.previousPassed = status.passed;
      const next = findKata(process.env.LAB_WATCH_NEXT ?? '');
      if (next !== undefined) {
        log(style.bold(`moving on to ${next.id} ${next.title}…\n`));
        // Let Vitest flush its own report first; the watch command starts the next kata.
        setTimeout(() => process.exit(WATCH_ADVANCE), 100);
      }
      return;
    }
    let level = hintLevel(root, kata);
    if (this.previousPassed !== undefined && status.passed <= this.previousPassed) {
      level = recordHintLevel(root, kata, level + 1);
    }
    const change =
      this.previousPassed !== undefined && status.passed > this.previousPassed
        ? style.green(` (up from ${this.previousPassed})`)
        : '';
    this.previousPassed = status.passed;
    const width = Math.min(terminalWidth(process.stdout), 100);
    log(
      `\n${style.cyan(kata.id)} ${kata.title}: ${status.passed}/${status.total} specs pass${change}`,
    );
    log(style.bold(`hint ${level} of ${kata.hints.length}`));
    log(wrap(kata.hints[level - 1] ?? '', width, '  ').join('\n'));
    log(style.dim(`  theory: ${kata.theory}\n  save ${kata.stub} to re-run · Ctrl-C to stop\n`));
  }
}
