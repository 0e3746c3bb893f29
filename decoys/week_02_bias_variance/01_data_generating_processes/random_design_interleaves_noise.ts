/**
 * Decoy for kata 02.01 — a random design that draws each row's noise right after the row.
 *
 * @misconception One loop draws a row, then its noise, then the next row: the data look like a
 * random design, but they are not the ones the seed names (rows first, then one normal per row),
 * so no one else can reproduce them from the seed and the header's convention.
 * @expectMessage 'should draw its rows first'
 */
import { createRng } from '../../../helpers/random';
import {
  createDataGeneratingProcess as reference,
  type DataGeneratingProcess,
  type DataGeneratingProcessOptions,
  type DataSet,
} from '../../../solutions/week_02_bias_variance/01_data_generating_processes';

export * from '../../../solutions/week_02_bias_variance/01_data_generating_processes';

export function createDataGeneratingProcess(
  options: DataGeneratingProcessOptions,
): DataGeneratingProcess {
  const process = reference(options);
  const interleaved = (n: number, seed: string | number): DataSet => {
    process.sampleRandomDesign(n, seed); // the reference's validation, its data discarded
    const rng = createRng(seed);
    const X: number[][] = [];
    const y: number[] = [];
    const trueValues: number[] = [];
    for (let i = 0; i < n; i += 1) {
      const row = (options.xDistribution as NonNullable<typeof options.xDistribution>)(rng);
      const truth = options.trueFunction(row.slice());
      X.push(row);
      trueValues.push(truth);
      y.push(truth + process.noiseSd * rng.normal());
    }
    return { X, y, trueValues };
  };
  return {
    ...process,
    sampleRandomDesign: interleaved,
    sampleTrainAndTest(nTrain, nTest, seed) {
      process.sampleTrainAndTest(nTrain, nTest, seed);
      return {
        train: interleaved(nTrain, `${String(seed)}/train`),
        test: interleaved(nTest, `${String(seed)}/test`),
      };
    },
  };
}
