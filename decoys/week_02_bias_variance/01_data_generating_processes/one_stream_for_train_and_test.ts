/**
 * Decoy for kata 02.01 — training and test rows drawn one after the other from one stream.
 *
 * @misconception One generator serves both sets, the test rows drawn after the training rows,
 * so the test set depends on the training size: a learning curve then scores every size on a
 * different test set, and test-set noise swamps the differences it reports.
 * @expectMessage 'the test set changed with the training size'
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
  const dgp = reference(options);
  return {
    ...dgp,
    sampleTrainAndTest(nTrain, nTest, seed) {
      dgp.sampleTrainAndTest(nTrain, nTest, seed); // the same validation
      const rng = createRng(seed);
      const draw = (n: number): DataSet => {
        const X = Array.from({ length: n }, () => options.xDistribution?.(rng) ?? []);
        const trueValues = X.map((row) => options.trueFunction(row));
        const y = trueValues.map((value) => value + options.noiseSd * rng.normal());
        return { X, y, trueValues };
      };
      const train = draw(nTrain);
      return { train, test: draw(nTest) };
    },
  };
}
