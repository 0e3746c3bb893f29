/**
 * `kata watch`'s reporter: after each run of LAB_WATCH_KATA, its green verdict or its hint. A
 * failing run that gains no specs climbs to the next hint (one that gains specs is moving);
 * once green, with a LAB_WATCH_NEXT, it ends Vitest with WATCH_ADVANCE so the watch moves on. A
 * spec that stops finishing ends it with the hang message and WATCH_HUNG.
 */
import type { TestModule } from 'vitest/node';
import { findKata } from '../../curriculum';
import { WatchedReporter } from '../lib/hang_watchdog';
import { recordRun } from '../lib/results_reporter';
import { styleFor, terminalWidth, wrap } from '../lib/terminal';
import { hintLevel, recordHintLevel } from './hints';
import { kataStatus } from './progress';

/** As WATCH_ADVANCE and WATCH_HUNG in commands.ts (not imported: this file loads inside Vitest). */
const WATCH_ADVANCE = 75;
const WATCH_HUNG = 76;

export default class WatchReporter extends WatchedReporter {
  private previousPassed: number | undefined;

  constructor() {
    super(WATCH_HUNG);
  }

  override onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    super.onTestRunEnd(testModules);
    const kata = findKata(process.env.LAB_WATCH_KATA ?? '');
    const root = this.root;
    if (kata === undefined) return;
    const { ran, done, passed, total } = kataStatus(kata, recordRun(testModules, root));
    if (!ran) return;
    const style = styleFor(process.stdout);
    const log = (line: string): void => this.log(line);
    const previous = this.previousPassed;
    this.previousPassed = passed;
    if (done) {
      const verdict = total === 1 ? 'its spec passes' : `all ${total} specs pass`;
      log(`\n${style.green('✓')} ${kata.id} ${kata.title}: ${verdict}`);
      log(style.dim(`  compare with the reference: npm run kata -- compare ${kata.id}\n`));
      const next = findKata(process.env.LAB_WATCH_NEXT ?? '');
      if (next !== undefined) {
        log(style.bold(`moving on to ${next.id} ${next.title}…\n`));
        // Let Vitest flush its own report first; the watch command starts the next kata.
        setTimeout(() => process.exit(WATCH_ADVANCE), 100);
      }
      return;
    }
    let level = hintLevel(root, kata);
    if (previous !== undefined && passed <= previous)
      level = recordHintLevel(root, kata, level + 1);
    const change =
      previous !== undefined && passed > previous ? style.green(` (up from ${previous})`) : '';
    log(`\n${style.cyan(kata.id)} ${kata.title}: ${passed}/${total} specs pass${change}`);
    log(style.bold(`hint ${level} of ${kata.hints.length}`));
    const width = Math.min(terminalWidth(process.stdout), 100);
    log(wrap(kata.hints[level - 1] ?? '', width, '  ').join('\n'));
    log(style.dim(`  theory: ${kata.theory}\n  save ${kata.stub} to re-run · Ctrl-C to stop\n`));
  }
}
