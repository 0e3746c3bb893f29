/**
 * The decoys check: each decoy's first failing spec (in file order) rejects it with its
 * @expectMessage, and not only outside any assertion (an import or syntax error, a missing export,
 * another kata's NotImplementedError: broken, not rejected). The alternatives check: each
 * alternative passes every spec of its kata, and every kata has one.
 */
import { failure, pass, type CheckResult } from './checks';
import type { Alternative, Decoy, Replacement } from './replacements';
import type { RecordedError, RecordedRun } from './results_reporter';

/** Errors that mean the decoy never reached an assertion: it is broken, not rejected. */
const isCrash = (error: RecordedError | undefined): boolean =>
  error === undefined ||
  ['SyntaxError', 'ReferenceError', 'NotImplementedError'].includes(error.name) ||
  /Cannot find module|Failed to (load|resolve)|does not provide an export|is not a function/.test(
    error.message,
  );

const firstLine = (text = ''): string => text.split('\n').find((line) => line.trim()) ?? '';

/**
 * The specs that ran against a decoy or an alternative, or the failure that it is misplaced,
 * that its spec file failed before any spec ran (`broken` added), or that no spec ran.
 */
function specsAgainst(
  run: RecordedRun,
  replacement: Replacement,
  name: string,
  [broken, spec] = ['', ''],
): RecordedRun['tests'] | CheckResult {
  if (replacement.problems.length > 0) return failure(name, replacement.problems.join('; '));
  const moduleError = run.moduleErrors.find((error) => error.project === replacement.project);
  if (moduleError !== undefined) {
    const first = moduleError.errors[0];
    return failure(
      name,
      `the spec file fails before any spec runs (${first?.name}: ${firstLine(first?.message)})${broken}`,
    );
  }
  const tests = run.tests.filter((test) => test.project === replacement.project);
  if (tests.length > 0) return tests;
  return failure(name, `no spec of kata ${replacement.kataId} ran against it${spec}`);
}

function checkDecoy(run: RecordedRun, decoy: Decoy): CheckResult {
  const name = `decoy ${decoy.kataId}/${decoy.slug}`;
  const broken = ': the decoy is broken, not rejected';
  const tests = specsAgainst(run, decoy, name, [broken, ` (${decoy.spec})`]);
  if (!Array.isArray(tests)) return tests;
  const failed = tests.filter((test) => test.state === 'failed');
  const error = failed[0]?.errors[0];
  const message = error?.message ?? '';
  const passed = tests.filter((test) => test.state === 'passed').length;
  const why =
    failed.length === 0
      ? `passes ${passed} of ${tests.length} specs of kata ${decoy.kataId} and fails none: nothing rejects "${decoy.misconception}"`
      : failed.every((test) => isCrash(test.errors[0]))
        ? `fails only outside any assertion (${error?.name ?? 'no error'}: ${firstLine(message)})${broken}`
        : message.includes(decoy.expectMessage)
          ? undefined
          : `the first spec to reject it, "${failed[0]?.name}", says "${firstLine(message)}", which does not contain "${decoy.expectMessage}"`;
  return why === undefined ? pass(name) : failure(name, why);
}

export const checkDecoys = (run: RecordedRun, decoys: readonly Decoy[]): CheckResult[] =>
  decoys.map((decoy) => checkDecoy(run, decoy));

/** `decoys: 21 rejected of 21`, counted from checkDecoys' results. */
export const decoySummary = (results: readonly CheckResult[]): string =>
  `decoys: ${results.filter((result) => result.ok).length} rejected of ${results.length}`;

/** The name of the failure for a kata without an alternative, before the kata's id. */
const MISSING = 'alternatives for kata ';

function checkAlternative(run: RecordedRun, alternative: Alternative): CheckResult {
  const name = `alternative ${alternative.kataId}/${alternative.slug}`;
  const tests = specsAgainst(run, alternative, name);
  if (!Array.isArray(tests)) return tests;
  const failed = tests.filter((test) => test.state === 'failed');
  const [first] = failed;
  return first === undefined
    ? pass(name)
    : failure(
        name,
        `fails ${failed.length} of ${tests.length} specs; first "${first.name}": ${firstLine(first.errors[0]?.message)}`,
      );
}

/** One check per alternative, and one per kata of `kataIds` that has none. */
export const checkAlternatives = (
  run: RecordedRun,
  alternatives: readonly Alternative[],
  kataIds: readonly string[],
): CheckResult[] => [
  ...alternatives.map((alternative) => checkAlternative(run, alternative)),
  ...kataIds
    .filter((kataId) => !alternatives.some((alternative) => alternative.kataId === kataId))
    .map((kataId) =>
      failure(
        `${MISSING}${kataId}`,
        'none: add an alternative correct solution by a different method under solutions/<module>/alternatives/<NN_slug>/',
      ),
    ),
];

/** `alternatives: 19 accepted of 19`, and the katas that have none: from checkAlternatives. */
export function alternativesSummary(results: readonly CheckResult[]): string {
  const missing = results
    .filter((result) => result.name.startsWith(MISSING))
    .map((result) => result.name.slice(MISSING.length));
  const accepted = results.filter((result) => result.ok).length;
  const none = missing.length > 0 ? `; katas without one: ${missing.join(', ')}` : '';
  return `alternatives: ${accepted} accepted of ${results.length - missing.length}${none}`;
}
