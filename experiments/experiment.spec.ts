import { describe, expect, it } from 'vitest';
import { check, defineExperiment, inParts, integer, named } from './experiment';

interface Api {
  double(x: number): number;
}

const STATEMENTS = ['doubling n gives 2n'] as const;

/** A definition written in parts, as every experiment file writes it. */
const definition = defineExperiment<Api>({
  title: 'Doubling',
  question: 'Does double double?',
  seed: 4,
  uses: ['double'],
  ...inParts(
    { n: integer('n', 3, 1, 10) },
    STATEMENTS,
    (api: Api, { n }, seed) => ({ n, seed, doubled: api.double(n) }),
    {
      tables: ({ n, doubled }) => [{ title: 'T', columns: ['n', '2n'], rows: [[n, doubled]] }],
      figures: () => [],
      numbers: ({ n, seed, doubled }) => ({ n, seed, doubled }),
      conclusions: ({ n, doubled }) => [check(STATEMENTS[0], doubled === 2 * n, `${doubled}`)],
    },
  ),
});

const api: Api = { double: (x) => 2 * x };

describe('experiment definitions', () => {
  it('inParts runs measure with each parameter’s default and the seed, then each part on its data', async () => {
    expect(definition.parameters).toEqual({ n: integer('n', 3, 1, 10) });
    expect(definition.expectedConclusions).toEqual(STATEMENTS);
    const result = await definition.run(api, { seed: 9 });
    expect(result.numbers, 'numbers see the default n = 3 and the given seed').toEqual({
      n: 3,
      seed: 9,
      doubled: 6,
    });
    expect(result.tables[0]?.rows, 'tables see the same data').toEqual([[3, 6]]);
    expect(result.conclusions, 'one checked conclusion per statement').toEqual([
      check(STATEMENTS[0], true, '6'),
    ]);
    expect(result.notes, 'no notes part: an empty list').toEqual([]);
  });

  it('inParts passes a value set for this run in place of the default', async () => {
    const result = await definition.run(api, { seed: 1, values: { n: 7 } });
    expect(result.numbers).toEqual({ n: 7, seed: 1, doubled: 14 });
  });

  it('named gives a definition its file name and keeps everything else', () => {
    const experiment = named('doubling', definition);
    expect(experiment.name).toBe('doubling');
    expect({ ...experiment, name: undefined }).toEqual({ ...definition, name: undefined });
  });
});
