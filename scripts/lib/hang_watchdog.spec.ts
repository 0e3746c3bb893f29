import { describe, expect, it } from 'vitest';
import type { TestModule } from 'vitest/node';
import { HangWatchdog, hangMessage } from './hang_watchdog';

const SPEC = 'katas/week_01_linear_regression/01_baselines_and_metrics.spec.ts';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A watchdog over the lab at /lab with a 60 ms limit, the messages it sent, and a file starter. */
function watchdogAt60ms() {
  const messages: string[] = [];
  const watchdog = new HangWatchdog('/lab', (message) => messages.push(message), 60);
  const start = (file: string): TestModule => {
    const module = { moduleId: `/lab/${file}` } as TestModule;
    watchdog.onTestModuleQueued(module);
    watchdog.onTestModuleStart(module);
    return module;
  };
  return { messages, watchdog, start };
}

describe('hang watchdog (issue 18: a hang is a failure with a message)', () => {
  it('names the kata, its stub and an unbounded loop', () => {
    const message = hangMessage(SPEC, 20, 'kata 01.01 > a test');
    expect(message).toMatch(/^kata 01\.01 "/);
    expect(message).toContain('katas/week_01_linear_regression/01_baselines_and_metrics.ts');
    expect(message).toContain('unbounded loop');
  });

  it('stops a run in which a started spec file reports nothing for the limit', async () => {
    const { messages, watchdog, start } = watchdogAt60ms();
    start(SPEC);
    await pause(250);
    watchdog.stop();
    expect(messages, 'the watchdog did not fire').toHaveLength(1);
    expect(messages[0]).toMatch(/kata 01\.01/);
  });

  it('forgets a run at its end, so a file the run left unfinished cannot trip the next run (watch mode)', async () => {
    const { messages, watchdog, start } = watchdogAt60ms();
    // A watch run cancelled by a save: the file started, never ended, and the run ended.
    start(SPEC);
    watchdog.onTestRunEnd([]);
    await pause(100);
    // The next run starts another file, which keeps reporting.
    const other = start('katas/week_01_linear_regression/02_simple_regression.spec.ts');
    await pause(40);
    watchdog.onTestModuleEnd(other);
    watchdog.onTestRunEnd([]);
    expect(messages, 'a file of the previous run was reported as hung').toEqual([]);
  });
});
