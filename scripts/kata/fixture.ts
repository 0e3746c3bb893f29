/** A two-module curriculum and test runs over it, for the kata commands' unit tests. */
import type { Kata, Module } from '../../curriculum';
import type { RecordedRun, RecordedTest } from '../lib/results_reporter';

function kata(moduleId: string, id: string, slug: string, hints = 3): Kata {
  const [, number = ''] = id.split('.');
  return {
    id,
    title: slug.replace(/_/g, ' '),
    stub: `katas/${moduleId}/${number}_${slug}.ts`,
    spec: `katas/${moduleId}/${number}_${slug}.spec.ts`,
    solution: `solutions/${moduleId}/${number}_${slug}.ts`,
    theory: `theory/${moduleId}.md#${slug}`,
    hints: Array.from({ length: hints }, (_, i) => `hint ${i + 1} of ${id}`),
  };
}

export const modules: readonly Module[] = [
  {
    id: 'week_01_alpha',
    number: '01',
    title: 'Alpha',
    question: '?',
    theory: 'theory/week_01_alpha.md',
    katas: [kata('week_01_alpha', '01.01', 'first'), kata('week_01_alpha', '01.02', 'second')],
  },
  {
    id: 'week_02_beta',
    number: '02',
    title: 'Beta',
    question: '?',
    theory: 'theory/week_02_beta.md',
    katas: [
      kata('week_02_beta', '02.01', 'first'),
      kata('week_02_beta', '02.02', 'design_matrices'),
    ],
  },
];

/** A run in which each listed spec has `passed` passing tests out of `total`. */
export function runOf(outcomes: Record<string, [passed: number, total: number]>): RecordedRun {
  const tests: RecordedTest[] = [];
  for (const [spec, [passed, total]] of Object.entries(outcomes)) {
    for (let i = 0; i < total; i++) {
      tests.push({
        project: 'katas',
        file: spec,
        name: `test ${i}`,
        state: i < passed ? 'passed' : 'failed',
        errors: [],
      });
    }
  }
  return { tests, moduleErrors: [] };
}
