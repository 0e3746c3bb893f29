import { describe, expect, it } from 'vitest';
import { findKata } from '../../curriculum';
import { NotImplementedError } from '../../helpers/errors';
import { renderLearnerReport, whereToWork } from './learner_reporter';
import { styleFor } from './terminal';

describe('learner reporter', () => {
  it("completes a stub's NotImplementedError with its kata's title, file and theory section", () => {
    const kata = findKata('01.01');
    if (kata === undefined) throw new Error('kata 01.01 is missing from the curriculum');
    const error = new NotImplementedError('01.01', 'fitMeanBaseline');
    expect(`${error.message}${whereToWork(error, kata)}`).toBe(
      'fitMeanBaseline is not implemented yet: kata 01.01 "Baselines and metrics", edit katas/week_01_linear_regression/01_baselines_and_metrics.ts (theory: theory/week_01_linear_regression.md#baselines-and-metrics)',
    );
    // Another kata's error, or any other error, is left as it is.
    expect(whereToWork(new NotImplementedError('01.02', 'fitSimple'), kata)).toBe('');
    expect(whereToWork(new RangeError('x'), kata)).toBe('');
  });

  it('says so when the filter matched no spec (Vitest itself prints nothing then)', () => {
    const options = { style: styleFor({}, {}), width: 80, hintLevel: () => 1 };
    const [line, ...rest] = renderLearnerReport({ tests: [], moduleErrors: [] }, options);
    expect(line).toMatch(/^no spec ran: nothing matched\. Name a module \(week_01\), a kata/);
    expect(rest).toEqual([]);
  });
});
