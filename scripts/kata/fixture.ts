/** A two-module curriculum and test runs over it, for the kata commands' unit tests. */
import type { Module } from '../../curriculum';
import type { RecordedRun } from '../lib/results_reporter';

const fixture = (number: string, title: string, slugs: readonly string[]): Module => {
  const id = `week_${number}_${title.toLowerCase()}`;
  return {
    id,
    number,
    title,
    question: '?',
    theory: `theory/${id}.md`,
    katas: slugs.map((slug, i) => {
      const file = `${id}/0${i + 1}_${slug}`;
      return {
        id: `${number}.0${i + 1}`,
        title: slug.replace(/_/g, ' '),
        stub: `katas/${file}.ts`,
        spec: `katas/${file}.spec.ts`,
        solution: `solutions/${file}.ts`,
        theory: `theory/${id}.md#${slug}`,
        hints: [1, 2, 3].map((n) => `hint ${n} of ${number}.0${i + 1}`),
      };
    }),
  };
};

export const modules = [
  fixture('01', 'Alpha', ['first', 'second']),
  fixture('02', 'Beta', ['first', 'design_matrices']),
];

/** A run in which each listed spec has `passed` passing tests out of `total`. */
export const runOf = (outcomes: Record<string, [passed: number, total: number]>): RecordedRun => ({
  tests: Object.entries(outcomes).flatMap(([file, [passed, total]]) =>
    Array.from({ length: total }, (_, i) => ({
      project: 'katas',
      file,
      name: `test ${i}`,
      state: i < passed ? 'passed' : 'failed',
      errors: [],
    })),
  ),
  moduleErrors: [],
});
