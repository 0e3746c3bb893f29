/**
 * Decoy for kata 02.01 — a test set drawn with the training seed.
 *
 * @misconception The test set is sampled with the same seed as the training set, so it replays
 * the training stream: its rows are the first training rows again, and its error is an
 * in-sample error.
 * @expectMessage 'draw it from its own stream, not by replaying the training seed'
 */
import {
  createDataGeneratingProcess as reference,
  type DataGeneratingProcess,
  type DataGeneratingProcessOptions,
} from '../../../solutions/week_02_bias_variance/01_data_generating_processes';

export * from '../../../solutions/week_02_bias_variance/01_data_generating_processes';

export function createDataGeneratingProcess(
  options: DataGeneratingProcessOptions,
): DataGeneratingProcess {
  const dgp = reference(options);
  return {
    ...dgp,
    sampleTrainAndTest(nTrain, nTest, seed) {
      dgp.sampleTrainAndTest(nTrain, nTest, seed); // the same validation
      return {
        train: dgp.sampleRandomDesign(nTrain, seed),
        test: dgp.sampleRandomDesign(nTest, seed),
      };
    },
  };
}
