import { describe, expect, it } from 'vitest';
import { describeAlternative } from './replacements';
import { alternativesSummary, checkAlternatives } from './replacements_check';
import type { RecordedRun, RecordedTest } from './results_reporter';

const FILE = 'solutions/week_09_probe/alternatives/03_thing/cholesky.ts';
const HEADER = `/**
 * Alternative for kata 09.03 — Cholesky normal equations
 *
 * @method Solves XᵀXb = Xᵀy by Cholesky instead of QR.
 */
export * from '../../03_thing';
`;
const alternative = describeAlternative(FILE, HEADER);

function test(state: RecordedTest['state'], name = 'a spec', message = ''): RecordedTest {
  return {
    project: alternative.project,
    file: alternative.spec,
    name,
    state,
    errors: state === 'failed' ? [{ name: 'AssertionError', message }] : [],
  };
}

const details = (run: RecordedRun, kataIds: string[] = ['09.03']): string[] =>
  checkAlternatives(run, [alternative], kataIds).map((result) =>
    result.ok ? 'ok' : `${result.name}: ${result.detail ?? ''}`,
  );

describe('alternatives check', () => {
  it('accepts an alternative that passes every spec of its kata', () => {
    const run = { tests: [test('passed'), test('passed')], moduleErrors: [] };
    expect(details(run)).toEqual(['ok']);
    const results = checkAlternatives(run, [alternative], ['09.03']);
    expect(alternativesSummary(results, [alternative], ['09.03'])).toBe(
      'alternatives: 1 accepted of 1',
    );
  });

  it('rejects one that fails a spec, naming the first and how many', () => {
    const run = {
      tests: [
        test('passed'),
        test('failed', 'the digits', 'expected 7 to be below 6'),
        test('failed'),
      ],
      moduleErrors: [],
    };
    expect(details(run)[0]).toBe(
      'alternative 09.03/cholesky: fails 2 of 3 specs; first "the digits": expected 7 to be below 6',
    );
  });

  it('rejects one no spec ran against, or whose spec file did not load', () => {
    expect(details({ tests: [], moduleErrors: [] })[0]).toMatch(/no spec of kata 09\.03 ran/);
    const broken = {
      tests: [],
      moduleErrors: [
        {
          project: alternative.project,
          file: alternative.spec,
          errors: [{ name: 'SyntaxError', message: 'does not provide an export named fit' }],
        },
      ],
    };
    expect(details(broken)[0]).toMatch(
      /fails before any spec runs \(SyntaxError: does not provide/,
    );
  });

  it('reports a header without its method, and each kata that has no alternative', () => {
    const bare = describeAlternative(FILE, '/** Alternative for kata 09.03 — x */');
    const results = checkAlternatives({ tests: [], moduleErrors: [] }, [bare], ['09.03', '09.04']);
    expect(results.map((result) => result.detail)).toEqual([
      'the header has no @method',
      expect.stringMatching(/^none: add an alternative/),
    ]);
    expect(alternativesSummary(results, [bare], ['09.03', '09.04'])).toBe(
      'alternatives: 0 accepted of 1; katas without one: 09.04',
    );
  });
});
