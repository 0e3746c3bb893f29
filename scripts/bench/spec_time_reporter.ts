/**
 * A Vitest reporter for `npm run bench`: writes to LAB_SPEC_TIME_FILE the time each spec file
 * spent in its tests and hooks (Vitest's "tests" time) and in collecting (importing) itself,
 * so the bench can hold each module's specs on the solutions to the 2 s target.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export interface SpecFileTime {
  readonly file: string;
  readonly testsMs: number;
  readonly collectMs: number;
  readonly failed: number;
}

export default class SpecTimeReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const target = process.env.LAB_SPEC_TIME_FILE;
    if (target === undefined) return;
    const files: SpecFileTime[] = testModules.map((testModule) => ({
      file: path.relative(process.cwd(), testModule.moduleId),
      testsMs: testModule.diagnostic().duration,
      collectMs: testModule.diagnostic().collectDuration,
      failed: [...testModule.children.allTests()].filter((t) => t.result().state === 'failed')
        .length,
    }));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, JSON.stringify(files));
  }
}
