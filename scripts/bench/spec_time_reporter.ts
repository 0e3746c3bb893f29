/** Vitest reporter for `npm run bench`: each spec file's tests and collect times and failures. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

const specFileTime = (testModule: TestModule) => ({
  file: path.relative(process.cwd(), testModule.moduleId),
  testsMs: testModule.diagnostic().duration,
  collectMs: testModule.diagnostic().collectDuration,
  failed: [...testModule.children.allTests()].filter((t) => t.result().state === 'failed').length,
});
export type SpecFileTime = ReturnType<typeof specFileTime>;

export default class SpecTimeReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const target = process.env.LAB_SPEC_TIME_FILE;
    if (target !== undefined) writeFileSync(target, JSON.stringify(testModules.map(specFileTime)));
  }
}
