/**
 * The decoys check: every misconception decoy (decoys.ts) is rejected by its kata's spec, and
 * the first spec to reject it says why in the learner's terms. A decoy passes the check when
 * at least one spec fails against it and the first failing spec's message (in the order the
 * spec file defines its tests) contains the decoy's @expectMessage. It fails the check when
 * every spec passes (the spec cannot tell the misconception from the solution), when no spec
 * ran, when it fails only before or outside any assertion (an import or syntax error, a
 * missing export, another kata's NotImplementedError: the decoy is broken, not rejected), or
 * when the first rejection names something else.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { failure, pass, type CheckResult } from './checks';
import { listDecoys, type Decoy, type Replacing } from './decoys';
import type { RecordedError, RecordedRun } from './results_reporter';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Errors that mean the decoy never reached an assertion: it is broken, not rejected. */
export function isCrash(error: RecordedError | undefined): boolean {
  if (error === undefined) return true;
  return (
    ['SyntaxError', 'ReferenceError', 'NotImplementedError'].includes(error.name) ||
    /Cannot find module|Failed to (load|resolve)|does not provide an export|is not a function/.test(
      error.message,
    )
  );
}

export const firstLine = (text: string): string =>
  text.split('\n').find((line) => line.trim()) ?? '';

/**
 * The specs that ran against a decoy or an alternative, or the failure that it is misplaced,
 * that its spec file failed before any spec ran (`broken` is added to that message), or that
 * no spec ran.
 */
export function specsAgainst(
  run: RecordedRun,
  replacement: Replacing & { readonly project: string },
  name: string,
  broken = '',
  spec = '',
): RecordedRun['tests'] | CheckResult {
  if (replacement.problems.length > 0) return failure(name, replacement.problems.join('; '));
  const moduleError = run.moduleErrors.find((error) => error.project === replacement.project);
  if (moduleError !== undefined) {
    const first = moduleError.errors[0];
    return failure(
      name,
      `the spec file fails before any spec runs (${first?.name}: ${firstLine(first?.message ?? '')})${broken}`,
    );
  }
  const tests = run.tests.filter((test) => test.project === replacement.project);
  if (tests.length > 0) return tests;
  return failure(name, `no spec of kata ${replacement.kataId} ran against it${spec}`);
}

function checkDecoy(run: RecordedRun, decoy: Decoy): CheckResult {
  const name = `decoy ${decoy.kataId}/${decoy.slug}`;
  const broken = ': the decoy is broken, not rejected';
  const tests = specsAgainst(run, decoy, name, broken, ` (${decoy.spec})`);
  if (!Array.isArray(tests)) return tests;
  const failed = tests.filter((test) => test.state === 'failed');
  if (failed.length === 0) {
    const notRun = tests.filter((test) => test.state !== 'passed').length;
    return failure(
      name,
      `passes ${tests.length - notRun} of ${tests.length} specs of kata ${decoy.kataId} and fails none: nothing rejects "${decoy.misconception}"`,
    );
  }
  if (failed.every((test) => isCrash(test.errors[0]))) {
    const error = failed[0]?.errors[0];
    return failure(
      name,
      `fails only outside any assertion (${error?.name ?? 'no error'}: ${firstLine(error?.message ?? '')})${broken}`,
    );
  }
  const first = failed[0];
  const message = first?.errors[0]?.message ?? '';
  if (!message.includes(decoy.expectMessage)) {
    return failure(
      name,
      `the first spec to reject it, "${first?.name}", says "${firstLine(message)}", which does not contain "${decoy.expectMessage}"`,
    );
  }
  return pass(name);
}

export function checkDecoys(
  run: RecordedRun,
  decoys: readonly Decoy[] = listDecoys(root),
): CheckResult[] {
  return decoys.map((decoy) => checkDecoy(run, decoy));
}

/** `decoys: 21 rejected of 21`, counted from checkDecoys' results. */
export function decoySummary(results: readonly CheckResult[]): string {
  const rejected = results.filter((result) => result.ok).length;
  return `decoys: ${rejected} rejected of ${results.length}`;
}
