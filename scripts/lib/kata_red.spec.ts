import { describe, expect, it } from 'vitest';
import { curriculum } from '../../curriculum';
import { checkKataRed } from './kata_red';
import type { RecordedRun, RecordedTest } from './results_reporter';

const kata = curriculum[0]?.katas[0];
if (kata === undefined) throw new Error('curriculum has no kata');

function test(
  state: RecordedTest['state'],
  name: string,
  errorName?: string,
  message = '',
): RecordedTest {
  return {
    project: 'pristine',
    file: kata!.spec,
    name,
    state,
    errors: errorName === undefined ? [] : [{ name: errorName, message }],
  };
}

describe('kata-red check', () => {
  it('accepts a spec failing with its own kata’s NotImplementedError and rejects every other outcome', () => {
    const run: RecordedRun = {
      moduleErrors: [],
      tests: [
        test(
          'failed',
          'own error',
          'NotImplementedError',
          `f is not implemented yet: kata ${kata.id} …`,
        ),
        test('passed', 'cannot fail'),
        test('failed', 'wrong reason', 'TypeError', 'x is not a function'),
        test(
          'failed',
          'another kata',
          'NotImplementedError',
          'g is not implemented yet: kata 99.99 …',
        ),
      ],
    };
    const results = checkKataRed(run).filter((r) => r.name.startsWith(`kata-red ${kata.spec}`));
    expect(results.map((r) => r.ok)).toEqual([true, false, false, false]);
    expect(results[1]?.detail).toMatch(/passes on the pristine stub/);
    expect(results[2]?.detail).toMatch(/fails with TypeError/);
  });

  it('reports a spec file that fails to import, and a kata with no spec at all', () => {
    const run: RecordedRun = {
      moduleErrors: [
        {
          project: 'pristine',
          file: kata.spec,
          errors: [{ name: 'SyntaxError', message: 'Unexpected token' }],
        },
      ],
      tests: [],
    };
    const results = checkKataRed(run);
    expect(
      results.some((r) => !r.ok && /fails before any spec runs: SyntaxError/.test(r.detail ?? '')),
    ).toBe(true);
    expect(
      checkKataRed({ moduleErrors: [], tests: [] }).some(
        (r) => r.detail === 'no spec ran for this kata',
      ),
    ).toBe(true);
  });
});
