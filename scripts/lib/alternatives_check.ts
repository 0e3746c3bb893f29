/**
 * The alternatives check: every alternative correct solution (alternatives.ts) passes every
 * spec of its kata, its file is where it belongs with a header naming its method, and every
 * kata has at least one. An alternative fails the check when any spec fails against it (the
 * spec judged an accident of one implementation, or the alternative is wrong), when no spec
 * ran, or when its spec file could not even be loaded against it.
 */
import { failure, pass, type CheckResult } from './checks';
import type { Alternative } from './alternatives';
import { firstLine, specsAgainst } from './decoys_check';
import type { RecordedRun } from './results_reporter';

function checkAlternative(run: RecordedRun, alternative: Alternative): CheckResult {
  const name = `alternative ${alternative.kataId}/${alternative.slug}`;
  const tests = specsAgainst(run, alternative, name);
  if (!Array.isArray(tests)) return tests;
  const failed = tests.filter((test) => test.state === 'failed');
  if (failed.length > 0) {
    const first = failed[0];
    return failure(
      name,
      `fails ${failed.length} of ${tests.length} specs; first "${first?.name}": ${firstLine(first?.errors[0]?.message ?? '')}`,
    );
  }
  return pass(name);
}

/** One check per alternative, and one per kata of `kataIds` that has none. */
export function checkAlternatives(
  run: RecordedRun,
  alternatives: readonly Alternative[],
  kataIds: readonly string[],
): CheckResult[] {
  const covered = new Set(alternatives.map((alternative) => alternative.kataId));
  return [
    ...alternatives.map((alternative) => checkAlternative(run, alternative)),
    ...kataIds
      .filter((kataId) => !covered.has(kataId))
      .map((kataId) =>
        failure(
          `alternatives for kata ${kataId}`,
          'none: add an alternative correct solution by a different method under solutions/<module>/alternatives/<NN_slug>/',
        ),
      ),
  ];
}

/** `alternatives: 19 accepted of 19`, and the katas that have none. */
export function alternativesSummary(
  results: readonly CheckResult[],
  alternatives: readonly Alternative[],
  kataIds: readonly string[],
): string {
  const names = new Set(alternatives.map((a) => `alternative ${a.kataId}/${a.slug}`));
  const accepted = results.filter((result) => result.ok && names.has(result.name)).length;
  const covered = new Set(alternatives.map((alternative) => alternative.kataId));
  const missing = kataIds.filter((kataId) => !covered.has(kataId));
  const none = missing.length > 0 ? `; katas without one: ${missing.join(', ')}` : '';
  return `alternatives: ${accepted} accepted of ${alternatives.length}${none}`;
}
