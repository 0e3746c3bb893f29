import { describe, expect, it } from 'vitest';
import type { TestModule } from 'vitest/node';
import { HangWatchdog, hangMessage } from './hang_watchdog';

const SPEC = 'katas/week_01_linear_regression/01_baselines_and_metrics.spec.ts';

describe('hang watchdog (issue 18: a hang is a failure with a message)', () => {
  it('names the kata, its stub and an unbounded loop', () => {
    const message = hangMessage(SPEC, 20, 'kata 01.01 > a test');
    expect(message).toMatch(/^kata 01\.01 "/);
    expect(message).toContain('katas/week_01_linear_regression/01_baselines_and_metrics.ts');
    expect(message).toContain('unbounded loop');
  });

  it('stops a run in which a started spec file reports nothing for the limit', async () => {
    const root = '/lab';
    const messages: string[] = [];
    const watchdog = new HangWatchdog(root, (message) => messages.push(message), 60);
    watchdog.onTestModuleQueued({ moduleId: `${root}/${SPEC}` } as TestModule);
    watchdog.onTestModuleStart({ moduleId: `${root}/${SPEC}` } as TestModule);
    await new Promise((resolve) => setTimeout(resolve, 250));
    watchdog.stop();
    expect(messages, 'the watchdog did not fire').toHaveLength(1);
    expect(messages[0]).toMatch(/kata 01\.01/);
  });

  it('forgets a run at its end, so a file the run left unfinished cannot trip the next run (watch mode)', async () => {
    const root = '/lab';
    const messages: string[] = [];
    const watchdog = new HangWatchdog(root, (message) => messages.push(message), 60);
    // A watch run cancelled by a save: the file started, never ended, and the run ended.
    watchdog.onTestModuleQueued({ moduleId: `${root}/${SPEC}` } as TestModule);
    watchdog.onTestModuleStart({ moduleId: `${root}/${SPEC}` } as TestModule);
    watchdog.onTestRunEnd([]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The next run queues another file, which keeps reporting.
    const other = `${root}/katas/week_01_linear_regression/02_simple_regression.spec.ts`;
    watchdog.onTestModuleQueued({ moduleId: other } as TestModule);
    watchdog.onTestModuleStart({ moduleId: other } as TestModule);
    await new Promise((resolve) => setTimeout(resolve, 40));
    watchdog.onTestModuleEnd({ moduleId: other } as TestModule);
    watchdog.onTestRunEnd([]);
    expect(messages, 'a file of the previous run was reported as hung').toEqual([]);
  });
});
