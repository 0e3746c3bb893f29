import { describe, expect, it } from 'vitest';
import { apiNames, leadingHeader } from './curriculum_check';

describe('curriculum check helpers', () => {
  it('reads the function names an API document fixes: `name(` opening a line of a ts block', () => {
    const markdown = [
      '# week_01_linear_regression: public API',
      'fitText(x) outside a block does not count',
      '```ts',
      'fitOLS(X: Matrix, y: number[]): OLSFit',
      'durbinWatson(residuals: number[]): number   // comment',
      '  // not(a) function',
      '```',
      '```ts',
      'fitRidge(X, y, lambda): Ridge',
      'type Fitter = (X: Matrix) => number[];',
      '```',
    ].join('\n');
    expect(apiNames(markdown)).toEqual(['fitOLS', 'durbinWatson', 'fitRidge']);
    expect(apiNames('# nothing here')).toEqual([]);
  });

  it('takes the leading doc block of a file as its header', () => {
    expect(leadingHeader('/**\n * Kata 01.01 — X\n */\nimport a from "b";\n/** later */')).toBe(
      '/**\n * Kata 01.01 — X\n */',
    );
    expect(leadingHeader('import a from "b";')).toBeUndefined();
  });
});
