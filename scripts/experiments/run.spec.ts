import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check, type Experiment } from '../../experiments/experiment';
import { NotImplementedError } from '../../helpers/errors';
import { lineChart } from '../../helpers/plotting';
import { createRng } from '../../helpers/random';
import { runExperiment } from './outcome';
import { describeOutcome, summaryMarkdown, writeOutcome } from './run';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'lab-run-spec-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface FakeApi {
  fitMeanBaseline(y: number[]): number;
  fitOLS(): never;
}

function fake(overrides: Partial<Experiment<FakeApi>> = {}): Experiment<FakeApi> {
  return {
    name: 'fake',
    title: 'A fake experiment',
    question: 'Does the runner work?',
    seed: 11,
    uses: ['fitMeanBaseline'],
    expectedConclusions: ['the mean is close to zero'],
    run(api, { seed }) {
      const draws = createRng(seed).normalVector(50);
      const mean = api.fitMeanBaseline(draws);
      return {
        tables: [{ title: 'draws', columns: ['statistic', 'value'], rows: [['mean', mean]] }],
        figures: [
          {
            id: 'draws',
            caption: 'The draws in order.',
            spec: lineChart({
              title: 'Draws',
              x: { title: 'index' },
              y: { title: 'value' },
              series: [{ name: 'draw', points: draws.map((y, x) => ({ x, y })) }],
            }),
          },
        ],
        numbers: { mean, seed, third: 1 / 3 },
        conclusions: [check('the mean is close to zero', Math.abs(mean) < 0.5, `mean ${mean}`)],
      };
    },
    ...overrides,
  };
}

const meanApi = {
  fitMeanBaseline: (y: number[]) => y.reduce((a, b) => a + b, 0) / y.length,
};
const stubApi = {
  fitMeanBaseline: () => {
    throw new NotImplementedError('01.01', 'fitMeanBaseline');
  },
};
const options = { module: 'week_01_linear_regression', implementation: 'katas' } as const;

describe('experiment runner', () => {
  it('reports a kata that is not implemented yet in one line naming the kata and its file', async () => {
    const outcome = await runExperiment(fake(), stubApi, options);
    expect(outcome.status).toBe('needs-kata');
    const text = describeOutcome(outcome);
    expect(text).toBe(
      'experiment fake needs kata 01.01 "Baselines and metrics" (fitMeanBaseline) — finish katas/week_01_linear_regression/01_baselines_and_metrics.ts first, or run with --solutions',
    );
    expect(text).not.toMatch(/\n|\bat\b.*\.ts:\d+/);
  });

  it('recognises a NotImplementedError from another copy of the class by its shape', async () => {
    const foreign = Object.assign(new Error('x'), {
      name: 'NotImplementedError',
      kataId: '01.01',
      functionName: 'rSquared',
    });
    const api = {
      fitMeanBaseline: () => {
        throw foreign;
      },
    };
    const outcome = await runExperiment(fake(), api, options);
    expect(outcome.status === 'needs-kata' && outcome.message).toMatch(
      /needs kata 01.01.*\(rSquared\)/,
    );
  });

  it('names a function the module does not export yet before running anything', async () => {
    const outcome = await runExperiment(
      fake({ uses: ['fitMeanBaseline', 'fitOLS'] }),
      meanApi,
      options,
    );
    expect(outcome.status).toBe('needs-kata');
    expect(describeOutcome(outcome)).toBe(
      'experiment fake needs fitOLS, which katas/week_01_linear_regression/index.ts does not export yet — finish the kata that defines it, or run with --solutions',
    );
  });

  it('says so when the reference solution itself is a stub', async () => {
    const outcome = await runExperiment(fake(), stubApi, {
      ...options,
      implementation: 'solutions',
    });
    expect(outcome.status === 'needs-kata' && outcome.message).toMatch(
      /whose reference solution \(solutions\/week_01_linear_regression\/01_baselines_and_metrics.ts\) still throws/,
    );
  });

  it('reports any other error as a failure, with its stack for debugging', async () => {
    const api = {
      fitMeanBaseline: () => {
        throw new RangeError('boom');
      },
    };
    const outcome = await runExperiment(fake(), api, options);
    expect(outcome.status).toBe('failed');
    expect(describeOutcome(outcome)).toMatch(/experiment fake failed: boom\nRangeError: boom/);
  });

  it('refuses a result that does not check every expected conclusion, in order', async () => {
    const outcome = await runExperiment(
      fake({ expectedConclusions: ['something else'] }),
      meanApi,
      options,
    );
    expect(outcome.status === 'failed' && outcome.message).toMatch(/inconsistent/);
  });

  it('uses the experiment’s seed unless one is given', async () => {
    const own = await runExperiment(fake(), meanApi, options);
    const given = await runExperiment(fake(), meanApi, { ...options, seed: 12 });
    expect(own.seed).toBe(11);
    expect(given.seed).toBe(12);
  });

  it('writes the same bytes on every run with the same seed', async () => {
    const folders = await Promise.all(
      ['a', 'b'].map(async (name) =>
        writeOutcome(await runExperiment(fake(), meanApi, options), path.join(scratch, name)),
      ),
    );
    const [first = '', second = ''] = folders;
    const files = readdirSync(first).sort();
    expect(files).toEqual(['draws.svg', 'numbers.json', 'summary.md']);
    expect(readdirSync(second).sort()).toEqual(files);
    for (const file of files) {
      expect(readFileSync(path.join(second, file), 'utf8')).toBe(
        readFileSync(path.join(first, file), 'utf8'),
      );
    }
    const numbers = JSON.parse(readFileSync(path.join(first, 'numbers.json'), 'utf8')) as {
      numbers: { third: number };
      conclusions: { holds: boolean }[];
    };
    expect(numbers.numbers.third).toBe(0.333333);
    expect(numbers.conclusions[0]?.holds).toBe(true);
  });

  it('writes a summary that states the question, the seed and each conclusion checked', async () => {
    const summary = summaryMarkdown(await runExperiment(fake(), meanApi, options));
    expect(summary).toContain('**Question.** Does the runner work?');
    expect(summary).toContain('seed 11');
    expect(summary).toMatch(/- \*\*holds\*\*: the mean is close to zero \(mean /);
    expect(summary).toContain('![The draws in order.](draws.svg)');
  });
});
