/**
 * A hang is a failure with a message. A kata with an unbounded loop blocks its worker thread,
 * where no test timeout can fire; the reporters live in the main process, which can still
 * watch the clock. When a spec file has run for LAB_SPEC_TIMEOUT_MS (default 20 s) without a
 * single test finishing, the run stops with a message naming the kata, its file and the test
 * that was running, and suggesting an unbounded loop. Every lab reporter extends
 * `WatchedReporter`: `npm test` (learner_reporter), `npm run test:full` (progress_reporter) and
 * `kata progress` (results_reporter, through run_specs).
 */
import path from 'node:path';
import type { Reporter, TestCase, TestModule, Vitest } from 'vitest/node';
import { curriculum } from '../../curriculum';

export const specTimeoutMs = (): number => {
  const value = Number(process.env.LAB_SPEC_TIMEOUT_MS);
  return Number.isFinite(value) && value > 0 ? value : 20_000;
};

/** The message for a spec file (path relative to the root) that stopped making progress. */
export function hangMessage(
  specFile: string,
  seconds: number,
  lastTest: string | undefined,
): string {
  const kata = curriculum
    .flatMap((module) => module.katas)
    .find((candidate) => candidate.spec === specFile);
  const what = kata ? `kata ${kata.id} "${kata.title}"` : specFile;
  const stub = kata ? kata.stub : specFile.replace(/\.spec\.ts$/, '.ts');
  return `${what}: a spec ran for more than ${seconds} s without finishing${lastTest ? ` ("${lastTest}")` : ''}. This usually means an unbounded loop: look in ${stub} for a loop whose exit condition is never met (a while without a limit, a step that never shrinks). The run was stopped.`;
}

export class HangWatchdog {
  private readonly active = new Map<string, { since: number; last?: string }>();
  /** Files queued but not finished, and the time of the last event of any kind. */
  private readonly pending = new Set<string>();
  private lastEvent = Date.now();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly root: string,
    private readonly onHang: (message: string) => void,
    private readonly limitMs = specTimeoutMs(),
  ) {}

  private file(testModule: TestModule): string {
    return path.relative(this.root, testModule.moduleId).split(path.sep).join('/');
  }

  /** A file waits for a worker: if its start is never reported (a worker blocked before it could say so), the silence still counts. */
  moduleQueued(testModule: TestModule): void {
    this.pending.add(this.file(testModule));
    this.touch();
  }

  moduleStarted(testModule: TestModule): void {
    this.active.set(this.file(testModule), { since: Date.now() });
    this.touch();
  }

  private touch(): void {
    this.lastEvent = Date.now();
    this.timer ??= setInterval(() => this.check(), Math.min(1000, this.limitMs / 4));
  }

  testStarted(testCase: TestCase): void {
    const entry = this.active.get(this.file(testCase.module));
    if (entry) entry.last = testCase.fullName;
    this.touch();
  }

  testFinished(testCase: TestCase): void {
    const entry = this.active.get(this.file(testCase.module));
    if (entry) entry.since = Date.now();
    this.touch();
  }

  moduleEnded(testModule: TestModule): void {
    this.active.delete(this.file(testModule));
    this.pending.delete(this.file(testModule));
    this.touch();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private check(): void {
    const now = Date.now();
    for (const [file, entry] of this.active) {
      if (now - entry.since > this.limitMs) {
        this.stop();
        this.onHang(hangMessage(file, Math.round(this.limitMs / 1000), entry.last));
        return;
      }
    }
    // Nothing reported at all for the whole limit: a worker is stuck in a file whose start
    // it never got to report. Name the unfinished files that did not start visibly.
    if (now - this.lastEvent > this.limitMs && this.pending.size > 0) {
      const silent = [...this.pending].filter((file) => !this.active.has(file));
      const suspects = silent.length > 0 ? silent : [...this.pending];
      this.stop();
      this.onHang(
        suspects.length === 1
          ? hangMessage(suspects[0] as string, Math.round(this.limitMs / 1000), undefined)
          : `no spec finished for ${Math.round(this.limitMs / 1000)} s; one of these is stuck, most likely in an unbounded loop: ${suspects.map((file) => hangMessage(file, 0, undefined).split(':')[0]).join(', ')}. The run was stopped.`,
      );
    }
  }
}

/** A reporter that feeds the watchdog: a stuck spec file ends the run with the hang message. */
export class WatchedReporter implements Reporter {
  protected vitest: Vitest | undefined;
  private readonly watchdog = new HangWatchdog(process.cwd(), (message) => {
    process.stderr.write(`\n✗ ${message}\n`);
    process.exit(1);
  });

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  /** Vitest's root; the working folder before Vitest has said. */
  protected get root(): string {
    return this.vitest?.config.root ?? process.cwd();
  }

  /** A line through Vitest's logger, so that it lands in order with Vitest's own output. */
  protected log(line: string): void {
    if (this.vitest) this.vitest.logger.log(line);
    else console.log(line);
  }

  onTestModuleQueued(testModule: TestModule): void {
    this.watchdog.moduleQueued(testModule);
  }

  onTestModuleStart(testModule: TestModule): void {
    this.watchdog.moduleStarted(testModule);
  }

  onTestCaseReady(testCase: TestCase): void {
    this.watchdog.testStarted(testCase);
  }

  onTestCaseResult(testCase: TestCase): void {
    this.watchdog.testFinished(testCase);
  }

  onTestModuleEnd(testModule: TestModule): void {
    this.watchdog.moduleEnded(testModule);
  }

  onTestRunEnd(_testModules: ReadonlyArray<TestModule>): void {
    this.watchdog.stop();
  }
}
