import { describe, expect, it } from 'vitest';
import { documentedErrors, findDefault, otherValue, parseDefault, readContracts } from './elements';

const HEADER = `/**
 * Kata 09.01 — Probe
 *
 * Implement \`fit(x, { tolerance = 1e-8, method = 'qr' })\`; \`intercept\` (default true) prepends the
 * constant column.
 *
 * Errors: an empty x throws EmptyInputError; a bad method InvalidArgumentError, never a
 * NotImplementedError.
 *
 * @example
 * fit([1]); // a RankDeficiencyError is not documented here
 */`;

describe('contract elements', () => {
  it('read the error classes of the header’s Errors paragraph only', () => {
    expect(documentedErrors(HEADER)).toEqual(['EmptyInputError', 'InvalidArgumentError']);
    expect(documentedErrors('/** no errors */')).toEqual([]);
  });

  it('read a default from the option’s comment or the header, in the forms the stubs use', () => {
    expect(parseDefault('100 000')).toBe(100000);
    expect(parseDefault("'extended'")).toBe('extended');
    expect(parseDefault('true.')).toBe(true);
    expect(parseDefault('all zeros')).toBeUndefined();
    expect(findDefault('maxIterations', 'Most updates allowed. Default 100 000.', '')).toBe(100000);
    expect(findDefault('tolerance', '', HEADER)).toBe(1e-8);
    expect(findDefault('method', '', HEADER)).toBe('qr');
    expect(findDefault('intercept', '', HEADER)).toBe(true);
    expect(findDefault('alpha', '', HEADER)).toBeUndefined();
  });

  it('choose another value: a number doubled (0 → 1), a boolean flipped, another allowed literal', () => {
    expect(otherValue(3, [])).toBe(6);
    expect(otherValue(0, [])).toBe(1);
    expect(otherValue(true, [])).toBe(false);
    expect(otherValue('qr', ['qr', 'svd'])).toBe('svd');
    expect(otherValue('qr', [])).toBeUndefined();
  });

  it('list options, intercept: false, inputs, nested result fields and errors of a stub', () => {
    const content = `${HEADER}
export interface Fit {
  readonly coefficients: number[];
  readonly converged: boolean;
  readonly method: 'qr' | 'svd';
  readonly path: { readonly step: number }[];
  predict(x: readonly number[]): number[];
}
export function fit(
  x: readonly number[],
  options: { tolerance?: number; method?: 'qr' | 'svd'; intercept?: boolean; alpha?: number } = {},
): Fit {
  throw new Error('stub');
}
`;
    const [contract] = readContracts('/virtual', [
      { kataId: '09.01', stub: 'katas/probe.ts', content },
    ]);
    expect(contract?.functions).toEqual(['fit']);
    expect(contract?.elements.map((element) => element.problem ?? element.name)).toEqual([
      'fit(x) unchanged',
      'fit options.tolerance default (1e-8)',
      'fit options.method default ("qr")',
      'fit options.intercept default (true)',
      'fit intercept: false',
      'no documented default (state it in the option’s comment or the header)',
      'fit → coefficients[0]',
      'fit → coefficients[last]',
      'fit → converged',
      'fit → method',
      'fit → path (order reversed)',
      'fit → path[].step',
      'fit → predict()[0]',
      'fit → predict()[last]',
      'throws EmptyInputError',
      'throws InvalidArgumentError',
    ]);
    const method = contract?.elements.find((element) =>
      element.name.startsWith('fit options.method'),
    );
    expect(method?.mutation).toEqual({
      kind: 'default',
      fn: 'fit',
      param: 1,
      field: 'method',
      value: 'svd',
    });
  }, 30_000);
});
