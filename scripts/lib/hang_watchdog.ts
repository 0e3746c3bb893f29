/**
 * A hang is a failure with a message: an unbounded loop blocks its worker thread, where no test
 * timeout fires, but the reporters in the main process still see the clock. A spec file that
 * runs LAB_SPEC_TIMEOUT_MS (20 s) without a test finishing stops the run with a message naming
 * its kata, file and test. Every lab reporter extends `WatchedReporter`.
 */
import path from 'node:path';
import type { Reporter, TestCase, TestModule, Vitest } from 'vitest/node';
import { allKatas } from '../../curriculum';

/** The message for a spec file (path relative to the root) that stopped making progress. */
export function hangMessage(
  specFile: string,
  seconds: number,
  lastTest: string | undefined,
): string {
  const kata = allKatas().find((candidate) => candidate.spec === specFile);
  const what = kata ? `kata ${kata.id} "${kata.title}"` : specFile;
  const stub = kata ? kata.stub : specFile.replace(/\.spec\.ts$/, '.ts');
  return `${what}: a spec ran for more than ${seconds} s without finishing${lastTest ? ` ("${lastTest}")` : ''}. This usually means an unbounded loop: look in ${stub} for a loop whose exit condition is never met (a while without a limit, a step that never shrinks). The run was stopped.`;
}

const specTimeoutMs = (): number => {
  const value = Number(process.env.LAB_SPEC_TIMEOUT_MS);
  return Number.isFinite(value) && value > 0 ? value : 20_000;
};

/** Follows a run through a reporter's hooks, and calls `onHang` once when it stalls. */
export class HangWatchdog implements Reporter {
  /** Spec files started and not ended: since when no test finished, and the test running. */
  private readonly active = new Map<string, { since: number; last?: string }>();
  /** Files queued and not ended; and the time of the last event of any kind. */
  private readonly pending = new Set<string>();
  private lastEvent = Date.now();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly cwd: string,
    private readonly onHang: (message: string) => void,
    private readonly limitMs = specTimeoutMs(),
  ) {}

  private file(testModule: TestModule): string {
    return path.relative(this.cwd, testModule.moduleId).split(path.sep).join('/');
  }

  private touch(): void {
    this.lastEvent = Date.now();
    this.timer ??= setInterval(() => this.check(), Math.min(1000, this.limitMs / 4));
  }

  /** A file waits for a worker: if a blocked worker never reports its start, the silence counts. */
  onTestModuleQueued(testModule: TestModule): void {
    this.pending.add(this.file(testModule));
    this.touch();
  }

  onTestModuleStart(testModule: TestModule): void {
    this.active.set(this.file(testModule), { since: Date.now() });
    this.touch();
  }

  onTestCaseReady(testCase: TestCase): void {
    const entry = this.active.get(this.file(testCase.module));
    if (entry) entry.last = testCase.fullName;
    this.touch();
  }

  onTestCaseResult(testCase: TestCase): void {
    const entry = this.active.get(this.file(testCase.module));
    if (entry) entry.since = Date.now();
    this.touch();
  }

  onTestModuleEnd(testModule: TestModule): void {
    this.active.delete(this.file(testModule));
    this.pending.delete(this.file(testModule));
    this.touch();
  }

  onTestRunEnd(_testModules: ReadonlyArray<TestModule>): void {
    this.stop();
  }

  /** Ends this run's watch; in watch mode the next run starts afresh. */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.active.clear();
    this.pending.clear();
  }

  private check(): void {
    const now = Date.now();
    const seconds = Math.round(this.limitMs / 1000);
    for (const [file, entry] of this.active) {
      if (now - entry.since > this.limitMs) {
        this.stop();
        return this.onHang(hangMessage(file, seconds, entry.last));
      }
    }
    // Nothing reported at all for the whole limit: a worker is stuck in a file whose start
    // it never got to report. Name the unfinished files that did not start visibly.
    if (now - this.lastEvent > this.limitMs && this.pending.size > 0) {
      const silent = [...this.pending].filter((file) => !this.active.has(file));
      const suspects = silent.length > 0 ? silent : [...this.pending];
      const named = suspects.map((file) => hangMessage(file, 0, undefined).split(':')[0]);
      this.stop();
      this.onHang(
        suspects.length === 1
          ? hangMessage(suspects[0] ?? '', seconds, undefined)
          : `no spec finished for ${seconds} s; one of these is stuck, most likely in an unbounded loop: ${named.join(', ')}. The run was stopped.`,
      );
    }
  }
}

/** The lab's reporters' base: a stuck spec file ends the run with the hang message. */
export class WatchedReporter extends HangWatchdog {
  protected vitest: Vitest | undefined;

  /** `exitCode`: Vitest's exit code after a hang (1; `kata watch` waits for a save on its own). */
  constructor(exitCode = 1) {
    super(process.cwd(), (message) => {
      process.stderr.write(`\n✗ ${message}\n`);
      process.exit(exitCode);
    });
  }

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
}
