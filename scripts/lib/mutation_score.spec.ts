import { describe, expect, it } from 'vitest';
import { formatScores, score, scores, type MutantOutcome, type Status } from './mutation_score';

const mutant = (file: string, status: Status): MutantOutcome => ({
  file,
  status,
  mutatorName: 'EqualityOperator',
  replacement: 'a <= b',
  line: 1,
});

describe('mutation scores', () => {
  it('count killed and timed-out mutants as detected, over detected, survived and uncovered', () => {
    const result = score('f', [
      mutant('f', 'Killed'),
      mutant('f', 'Timeout'),
      mutant('f', 'Killed'),
      mutant('f', 'Survived'),
      mutant('f', 'NoCoverage'),
      mutant('f', 'Ignored'),
      mutant('f', 'CompileError'),
    ]);
    expect(result).toEqual({
      name: 'f',
      killed: 3,
      survived: 1,
      noCoverage: 1,
      ignored: 1,
      errors: 1,
      score: 60,
    });
    expect(score('empty', [mutant('g', 'Ignored')]).score).toBeNaN();
  });

  it('group by file and by module, and format a table', () => {
    const a = 'solutions/week_02_x/01_a.ts';
    const b = 'solutions/week_02_x/02_b.ts';
    const c = 'solutions/week_03_y/01_c.ts';
    const result = scores([
      mutant(b, 'Killed'),
      mutant(a, 'Survived'),
      mutant(a, 'Killed'),
      mutant(c, 'Killed'),
    ]);
    expect(result.files.map((s) => [s.name, s.score])).toEqual([
      [a, 50],
      [b, 100],
      [c, 100],
    ]);
    expect(result.modules.map((s) => [s.name, s.score])).toEqual([
      ['week_02_x', (100 * 2) / 3],
      ['week_03_y', 100],
    ]);
    expect(result.total.score).toBe(75);
    expect(formatScores([result.total]).split('\n')).toEqual([
      '       score  killed  survived  no cov.  ignored  errors',
      'total  75.0%       3         1        0        0       0',
    ]);
  });
});
