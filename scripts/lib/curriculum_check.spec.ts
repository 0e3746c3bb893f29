import { describe, expect, it } from 'vitest';
import { leadingHeader, referenceApiNames } from './curriculum_check';

describe('curriculum check helpers', () => {
  it('reads the function names REFERENCE_API.md fixes for one module', () => {
    const markdown = [
      '# Reference API',
      '## week_01_linear_regression',
      '```ts',
      'fitOLS(X: Matrix, y: number[]): OLSFit',
      'durbinWatson(residuals: number[]): number   // comment',
      '  // not(a) function',
      '```',
      '## week_02_bias_variance',
      '```ts',
      'fitRidge(X, y, lambda): Ridge',
      'type Fitter = (X: Matrix) => number[];',
      '```',
    ].join('\n');
    expect(referenceApiNames(markdown, 'week_01_linear_regression')).toEqual([
      'fitOLS',
      'durbinWatson',
    ]);
    expect(referenceApiNames(markdown, 'week_02_bias_variance')).toEqual(['fitRidge']);
    expect(referenceApiNames(markdown, 'week_03_missing')).toEqual([]);
  });

  it('takes the leading doc block of a file as its header', () => {
    expect(leadingHeader('/**\n * Kata 01.01 — X\n */\nimport a from "b";\n/** later */')).toBe(
      '/**\n * Kata 01.01 — X\n */',
    );
    expect(leadingHeader('import a from "b";')).toBeUndefined();
  });
});
