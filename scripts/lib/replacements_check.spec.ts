import { describe, expect, it } from 'vitest';
import { describeAlternative, describeDecoy, parseHeader, type Decoy } from './replacements';
import {
  alternativesSummary,
  checkAlternatives,
  checkDecoys,
  decoySummary,
} from './replacements_check';
import type { RecordedRun, RecordedTest } from './results_reporter';

const FILE = 'decoys/week_09_probe/03_thing/wrong_sign.ts';
const HEADER = `/**
 * Decoy for kata 09.03 — the sign flipped.
 *
 * @misconception The slope is subtracted where it
 *   should be added.
 * @expectMessage 'looks like the sign was flipped'
 */
export * from '../../../solutions/week_09_probe/03_thing';
`;
const decoy: Decoy = describeDecoy(FILE, HEADER);

function test(
  name: string,
  state: RecordedTest['state'],
  message = '',
  errorName = 'AssertionError',
): RecordedTest {
  return {
    project: decoy.project,
    file: decoy.spec,
    name,
    state,
    errors: state === 'failed' ? [{ name: errorName, message }] : [],
  };
}

const verdict = (run: RecordedRun, decoys: readonly Decoy[] = [decoy]): string[] =>
  checkDecoys(run, decoys).map((result) => (result.ok ? 'ok' : (result.detail ?? '')));

describe('decoys', () => {
  it('derive the kata, the project and the spec from the path, and the expectation from the header', () => {
    expect(decoy).toEqual({
      file: FILE,
      kataId: '09.03',
      slug: 'wrong_sign',
      project: 'decoy:09.03/wrong_sign',
      stub: 'katas/week_09_probe/03_thing.ts',
      spec: 'katas/week_09_probe/03_thing.spec.ts',
      misconception: 'The slope is subtracted where it should be added.',
      expectMessage: 'looks like the sign was flipped',
      problems: [],
    });
  });

  it('name what is wrong with a misplaced decoy or an incomplete header', () => {
    expect(parseHeader('export const x = 1;')).toEqual({});
    const bad = describeDecoy('decoys/week_09_probe/Wrong.ts', '/** Decoy for kata 09.01 — x */');
    expect(bad.problems).toEqual([
      expect.stringMatching(/^a decoy lives at decoys\/<module>\/<NN_slug>\/<decoy_slug>\.ts/),
      expect.stringMatching(/first line should read "Decoy for kata \?\?\.\?\? — /),
      'the header has no @misconception',
      'the header has no @expectMessage',
    ]);
    expect(verdict({ tests: [], moduleErrors: [] }, [bad])[0]).toMatch(/^a decoy lives at/);
  });
});

describe('decoys check', () => {
  it('accepts a decoy whose first failing spec names the misconception', () => {
    const run: RecordedRun = {
      moduleErrors: [],
      tests: [
        test('definition', 'passed'),
        test(
          'properties',
          'failed',
          'looks like the sign was flipped (theory: #x)\nexpected 1 to be -1',
        ),
        test('diagnostics', 'failed', 'something else'),
      ],
    };
    expect(verdict(run)).toEqual(['ok']);
    expect(decoySummary(checkDecoys(run, [decoy]))).toBe('decoys: 1 rejected of 1');
  });

  it('fails a decoy every spec accepts, or one no spec ran against', () => {
    expect(
      verdict({ moduleErrors: [], tests: [test('a', 'passed'), test('b', 'skipped')] }),
    ).toEqual([
      'passes 1 of 2 specs of kata 09.03 and fails none: nothing rejects "The slope is subtracted where it should be added."',
    ]);
    expect(verdict({ moduleErrors: [], tests: [] })).toEqual([
      'no spec of kata 09.03 ran against it (katas/week_09_probe/03_thing.spec.ts)',
    ]);
  });

  it('fails a decoy first rejected for another reason, in the spec file’s order', () => {
    const run: RecordedRun = {
      moduleErrors: [],
      tests: [
        test('first', 'failed', 'expected 2 to be 3'),
        test('second', 'failed', 'looks like the sign was flipped'),
      ],
    };
    expect(verdict(run)).toEqual([
      'the first spec to reject it, "first", says "expected 2 to be 3", which does not contain "looks like the sign was flipped"',
    ]);
  });

  it('fails a decoy that breaks before any assertion: an import or syntax error is not a rejection', () => {
    expect(
      verdict({
        moduleErrors: [
          {
            project: decoy.project,
            file: decoy.spec,
            errors: [{ name: 'SyntaxError', message: 'Unexpected token' }],
          },
        ],
        tests: [],
      })[0],
    ).toMatch(/fails before any spec runs \(SyntaxError: Unexpected token\): the decoy is broken/);
    expect(
      verdict({
        moduleErrors: [],
        tests: [
          test('a', 'failed', 'fit is not a function', 'TypeError'),
          test('b', 'failed', 'f is not implemented yet: kata 09.03', 'NotImplementedError'),
        ],
      })[0],
    ).toMatch(/fails only outside any assertion \(TypeError: fit is not a function\)/);
  });

  it('only counts results of the decoy’s own project', () => {
    const elsewhere = {
      ...test('a', 'failed', 'looks like the sign was flipped'),
      project: 'solutions',
    };
    expect(verdict({ moduleErrors: [], tests: [elsewhere] })[0]).toMatch(
      /^no spec of kata 09\.03 ran/,
    );
  });
});

const ALT_FILE = 'solutions/week_09_probe/alternatives/03_thing/cholesky.ts';
const ALT_HEADER = `/**
 * Alternative for kata 09.03 — Cholesky normal equations
 *
 * @method Solves XᵀXb = Xᵀy by Cholesky instead of QR.
 */
export * from '../../03_thing';
`;
const alternative = describeAlternative(ALT_FILE, ALT_HEADER);

function altTest(state: RecordedTest['state'], name = 'a spec', message = ''): RecordedTest {
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
    const run = { tests: [altTest('passed'), altTest('passed')], moduleErrors: [] };
    expect(details(run)).toEqual(['ok']);
    const results = checkAlternatives(run, [alternative], ['09.03']);
    expect(alternativesSummary(results)).toBe('alternatives: 1 accepted of 1');
  });

  it('rejects one that fails a spec, naming the first and how many', () => {
    const run = {
      tests: [
        altTest('passed'),
        altTest('failed', 'the digits', 'expected 7 to be below 6'),
        altTest('failed'),
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
    const bare = describeAlternative(ALT_FILE, '/** Alternative for kata 09.03 — x */');
    const results = checkAlternatives({ tests: [], moduleErrors: [] }, [bare], ['09.03', '09.04']);
    expect(results.map((result) => result.detail)).toEqual([
      'the header has no @method',
      expect.stringMatching(/^none: add an alternative/),
    ]);
    expect(alternativesSummary(results)).toBe(
      'alternatives: 0 accepted of 1; katas without one: 09.04',
    );
  });
});
