import { describe, expect, it } from 'vitest';
import { curriculum } from '../../curriculum';
import { UsageError } from '../lib/cli_args';
import { parseArguments } from './cli';
import { experimentFiles, listExperiments, loadExperiment, LookupError, runModule } from './main';

describe('experiment folders', () => {
  for (const module of curriculum) {
    it(`${module.id}: index.ts lists every experiment file exactly once, and nothing else`, async () => {
      const listed = await listExperiments(module.id);
      expect(new Set(listed).size).toBe(listed.length);
      expect([...listed].sort()).toEqual(experimentFiles(module.id));
    });

    it(`${module.id}: every experiment states its question, seed and expected conclusions`, async () => {
      for (const name of await listExperiments(module.id)) {
        const experiment = await loadExperiment(module.id, name);
        expect(experiment.name).toBe(name);
        expect(experiment.question.endsWith('?')).toBe(true);
        expect(Number.isSafeInteger(experiment.seed)).toBe(true);
        expect(experiment.expectedConclusions.length).toBeGreaterThan(0);
        expect(new Set(experiment.expectedConclusions).size).toBe(
          experiment.expectedConclusions.length,
        );
        expect(experiment.uses.length).toBeGreaterThan(0);
      }
    });
  }

  it('names the known experiments when asked for one that does not exist', async () => {
    await expect(loadExperiment('week_01_linear_regression', 'nope')).rejects.toThrow(LookupError);
    await expect(loadExperiment('week_01_linear_regression', '../x')).rejects.toThrow(
      /no experiment "..\/x" in experiments\/week_01_linear_regression\/ \(known: .*baselines/,
    );
  });

  it('treats a mistyped experiment name on the command line as a usage error (exit 2, usage shown)', async () => {
    const args = parseArguments('experiment', ['week_01', 'nosuch', '--solutions']);
    const run = runModule(args, false);
    await expect(run).rejects.toThrow(UsageError);
    await expect(run).rejects.toThrow(/no experiment "nosuch" .*known: anscombe/);
  });
});
