import { describe, expect, it } from 'vitest';
import { UsageError } from '../lib/cli_args';
import { modules } from './fixture';
import { resolveKata } from './resolve_kata';

describe('naming a kata', () => {
  it('by id, file stem, <module>/<NN> or path', () => {
    expect(resolveKata(modules, '02.02').id).toBe('02.02');
    expect(resolveKata(modules, '02_design_matrices').id).toBe('02.02');
    expect(resolveKata(modules, '02_design_matrices.ts').id).toBe('02.02');
    expect(resolveKata(modules, 'week_01_alpha/02').id).toBe('01.02');
    expect(resolveKata(modules, 'katas/week_02_beta/01_first.spec.ts').id).toBe('02.01');
    expect(resolveKata(modules, './solutions/week_01_alpha/01_first.ts').id).toBe('01.01');
  });

  it('refuses an ambiguous stem, an unknown name and no name, saying what to type', () => {
    expect(() => resolveKata(modules, '01_first')).toThrow(/several katas \(01\.01, 02\.01\)/);
    expect(() => resolveKata(modules, '1.3')).toThrow(
      /no kata "1\.3"; kata ids run 01\.01 … 02\.02/,
    );
    expect(() => resolveKata(modules, undefined)).toThrow(UsageError);
  });
});
