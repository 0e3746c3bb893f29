import { describe, expect, it } from 'vitest';
import {
  contractChecks,
  contractSummary,
  kataCoverage,
  parseAllowList,
  staleAllowances,
} from './coverage';
import type { KataContract } from './elements';

const contract: KataContract = {
  kataId: '09.01',
  functions: ['fit'],
  elements: [
    {
      kataId: '09.01',
      name: 'fit → rss',
      functions: ['fit'],
      mutation: { kind: 'field', fn: 'fit', path: [{ field: 'rss' }], perturb: { kind: 'number' } },
    },
    {
      kataId: '09.01',
      name: 'fit intercept: false',
      functions: ['fit'],
      mutation: { kind: 'intercept', fn: 'fit', param: 1 },
    },
    {
      kataId: '09.01',
      name: 'fit options.alpha default',
      functions: ['fit'],
      problem: 'no documented default',
    },
    {
      kataId: '09.01',
      name: 'fit → sigma',
      functions: ['fit'],
      mutation: {
        kind: 'field',
        fn: 'fit',
        path: [{ field: 'sigma' }],
        perturb: { kind: 'number' },
      },
    },
    {
      kataId: '09.01',
      name: 'throws EmptyInputError',
      functions: ['fit'],
      mutation: { kind: 'error', error: 'EmptyInputError' },
    },
  ],
};
const run = {
  kataId: '09.01',
  traceFailures: [],
  mutants: {
    '09.01-0': { applied: 2, killedBy: 'a spec', message: 'expected 1.002 to be 1' },
    '09.01-1': { applied: 0 },
    '09.01-2': { applied: 3 },
    '09.01-3': { applied: 0 },
  },
};

describe('contract coverage', () => {
  it('counts an element covered only when a spec failed under its mutant, and says why the others are not', () => {
    const coverage = kataCoverage(contract, run, new Map());
    expect(coverage).toMatchObject({
      kataId: '09.01',
      total: 5,
      covered: 1,
      allowed: 0,
      problems: [],
    });
    expect(coverage.uncovered).toEqual([
      {
        name: 'fit intercept: false',
        reason: 'never exercised: no spec calls fit with intercept: false',
      },
      { name: 'fit options.alpha default', reason: 'no documented default' },
      { name: 'fit → sigma', reason: 'survives: changed 3×, every spec still passes' },
      {
        name: 'throws EmptyInputError',
        reason: 'never exercised: no spec makes a function of the kata throw EmptyInputError',
      },
    ]);
    expect(contractSummary([coverage])).toBe(
      'contract: 1 of 5 covered; 0 allowed as equivalent (mutation/contract_allow_list.md)',
    );
    const [check] = contractChecks([coverage]);
    expect(check?.ok).toBe(false);
    expect(check?.name).toBe('contract 09.01: 1 of 5 covered');
    expect(check?.detail?.split('\n')[0]).toBe(
      'fit intercept: false: never exercised: no spec calls fit with intercept: false',
    );
  });

  it('excuses allow-listed elements apart, and finds allow-list entries that name nothing', () => {
    const allowList = parseAllowList(
      '# Allowed\n\n- `09.01 fit → sigma` — sqrt(rss/(n − p)), asserted through rss\n- `09.01 fit → gone` — stale\n',
    );
    expect([...allowList.keys()]).toEqual(['09.01 fit → sigma', '09.01 fit → gone']);
    const coverage = kataCoverage(contract, run, allowList);
    expect(coverage.allowed).toBe(1);
    expect(contractSummary([coverage])).toBe(
      'contract: 1 of 4 covered; 1 allowed as equivalent (mutation/contract_allow_list.md)',
    );
    expect(staleAllowances([contract], allowList)).toEqual(['09.01 fit → gone']);
  });

  it('holds open gaps apart without counting them covered, and fails an open gap that is covered now', () => {
    const openGaps = parseAllowList(
      '- `09.01 fit → sigma` — not pinned yet\n- `09.01 fit → rss` — not pinned yet\n',
    );
    const coverage = kataCoverage(contract, run, new Map(), openGaps);
    expect(coverage).toMatchObject({ covered: 1, open: 1, closedGaps: ['09.01 fit → rss'] });
    expect(coverage.uncovered.map((missing) => missing.name)).not.toContain('fit → sigma');
    expect(contractSummary([coverage])).toBe(
      'contract: 1 of 5 covered; 1 open gaps not yet pinned (mutation/contract_open_gaps.md); 0 allowed as equivalent (mutation/contract_allow_list.md)',
    );
    const [check] = contractChecks([coverage]);
    expect(check?.ok).toBe(false);
    expect(check?.detail?.split('\n')[0]).toBe(
      '09.01 fit → rss is covered now: remove it from mutation/contract_open_gaps.md',
    );
  });

  it('reports a kata without results, or with specs failing on the solution, as a problem', () => {
    expect(kataCoverage(contract, undefined, new Map()).problems).toEqual([
      'the contract run left no result for this kata',
    ]);
    const failing = kataCoverage(contract, { ...run, traceFailures: ['the spec'] }, new Map());
    expect(failing.problems[0]).toMatch(/^1 spec\(s\) fail on the solution itself/);
  });
});
