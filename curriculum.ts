/**
 * The curriculum: the single typed list of modules and katas, in teaching order.
 *
 * Everything else reads it: the NotImplementedError a stub throws, the curriculum and
 * kata-red checks, progress, hints and the experiment runner. A kata is one concept: a stub
 * the learner edits, a spec beside it that is never edited, a reference solution at the same
 * path under solutions/, and a theory section the three of them cite.
 */

export interface Kata {
  /** `MM.KK`: module number and kata number, e.g. `01.03`. */
  readonly id: string;
  readonly title: string;
  /** The file the learner edits. */
  readonly stub: string;
  /** The spec beside the stub; run against the stub (`npm test`) and the solution (`npm run test:solutions`). */
  readonly spec: string;
  /** The reference solution: same path under solutions/, same header, same signatures. */
  readonly solution: string;
  /** `theory/<module>.md#<anchor>`: the section that explains the concept. */
  readonly theory: string;
  /** Ordered from a gentle question to an explicit pointer; the last one names the theory section. */
  readonly hints: readonly string[];
}

export interface Module {
  /** Folder name under katas/, solutions/, theory/ and experiments/. */
  readonly id: string;
  /** Two digits, the prefix of every kata id in the module. */
  readonly number: string;
  readonly title: string;
  /** The engineering question the module answers. */
  readonly question: string;
  readonly theory: string;
  readonly katas: readonly Kata[];
}

interface KataOutline {
  readonly number: string;
  readonly slug: string;
  readonly title: string;
  readonly anchor: string;
  readonly hints: readonly string[];
}

function module(
  id: string,
  title: string,
  question: string,
  outlines: readonly KataOutline[],
): Module {
  const number = id.slice('week_'.length, 'week_'.length + 2);
  const theoryFile = `theory/${id}.md`;
  return {
    id,
    number,
    title,
    question,
    theory: theoryFile,
    katas: outlines.map((outline) => ({
      id: `${number}.${outline.number}`,
      title: outline.title,
      stub: `katas/${id}/${outline.number}_${outline.slug}.ts`,
      spec: `katas/${id}/${outline.number}_${outline.slug}.spec.ts`,
      solution: `solutions/${id}/${outline.number}_${outline.slug}.ts`,
      theory: `${theoryFile}#${outline.anchor}`,
      hints: outline.hints,
    })),
  };
}

export const curriculum: readonly Module[] = [
  module(
    'week_01_linear_regression',
    'Linear regression',
    'When is a linear model an acceptable baseline, and how do we know its conclusions can be trusted?',
    [
      {
        number: '01',
        slug: 'baselines_and_metrics',
        title: 'Baselines and metrics',
        anchor: 'baselines-and-metrics',
        hints: [
          'What is the best constant prediction under squared error, and under absolute error?',
          'A baseline is fitted on the training targets only and then predicts that one number for every row it is asked about.',
          'R² compares the squared error of the predictions with the squared error of predicting the mean of the targets being scored, not the training mean.',
          'See theory/week_01_linear_regression.md#baselines-and-metrics: the mean minimises squared error, the median absolute error, and a training-mean baseline scores R² ≤ 0 on test data.',
        ],
      },
      // katas 01.02–01.05 (simple regression, design matrices, least squares, gradient descent)
      // katas 01.06–01.07 (inference, residual diagnostics)
      // katas 01.08–01.10 (assumption tests, failure modes, remedies and the verdict)
    ],
  ),
  module(
    'week_02_bias_variance',
    'Bias–variance and generalization',
    'Why does a model that fits its training data well fail on new data, and which controlled experiment tells us what to change?',
    [
      // katas 02.01–02.04 (data-generating processes, capacity, decomposition, bootstrap)
      // katas 02.05–02.08 (curves, ridge, diagnosis, double descent)
    ],
  ),
];

/** Every kata of every module, in teaching order. */
export function allKatas(): Kata[] {
  return curriculum.flatMap((entry) => entry.katas);
}

/** The kata with this id (`01.03`), or undefined. */
export function findKata(id: string): Kata | undefined {
  return allKatas().find((kata) => kata.id === id);
}

/** The module with this folder name (`week_01_linear_regression`), or undefined. */
export function findModule(id: string): Module | undefined {
  return curriculum.find((entry) => entry.id === id);
}
