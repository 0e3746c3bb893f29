import { describe, expect, it } from 'vitest';
import { expectClose } from '../assertions';
import {
  ANSCOMBE_PAPER_SUMMARY,
  ANSCOMBE_PUBLISHED_SUMMARY,
  ANSCOMBE_QUARTET,
  type PublishedValue,
} from './anscombe';

const sum = (values: readonly number[]): number => values.reduce((total, v) => total + v, 0);

/** Plain textbook formulas, written out here so the fixture is checked against arithmetic alone. */
function statistics(x: readonly number[], y: readonly number[]) {
  const n = x.length;
  const meanX = sum(x) / n;
  const meanY = sum(y) / n;
  const sxx = sum(x.map((v) => (v - meanX) ** 2));
  const syy = sum(y.map((v) => (v - meanY) ** 2));
  const sxy = sum(x.map((v, i) => (v - meanX) * (y[i]! - meanY)));
  const slope = sxy / sxx;
  const rss = syy - slope * sxy;
  return {
    meanX,
    meanY,
    sxx,
    sxy,
    varianceX: sxx / (n - 1),
    varianceY: syy / (n - 1),
    correlation: sxy / Math.sqrt(sxx * syy),
    slope,
    intercept: meanY - slope * meanX,
    rSquared: 1 - rss / syy,
    rss,
    regressionSS: syy - rss,
    slopeStandardError: Math.sqrt(rss / (n - 2) / sxx),
  };
}

function within(actual: number, published: PublishedValue, label: string): void {
  expectClose(actual, published.value, {
    rtol: 0,
    atol: published.tolerance + 1e-12,
    hint: label,
  });
}

describe('helpers/datasets/anscombe', () => {
  it('holds four sets of 11 points, sets I–III sharing their x values', () => {
    expect(ANSCOMBE_QUARTET.map((set) => set.name)).toEqual(['I', 'II', 'III', 'IV']);
    for (const set of ANSCOMBE_QUARTET) {
      expect(set.x).toHaveLength(11);
      expect(set.y).toHaveLength(11);
    }
    const [first, second, third, fourth] = ANSCOMBE_QUARTET;
    expect(second?.x).toEqual(first?.x);
    expect(third?.x).toEqual(first?.x);
    expect(fourth?.x.filter((value) => value !== 8)).toEqual([19]);
  });

  it('matches the published column sums (Anscombe 1973: Σy = 82.51, 82.51, 82.50, 82.51)', () => {
    const sums = ANSCOMBE_QUARTET.map((set) => sum(set.y));
    [82.51, 82.51, 82.5, 82.51].forEach((expected, index) =>
      expectClose(sums[index]!, expected, { rtol: 1e-13, atol: 0 }),
    );
    // Set I by exact rational arithmetic on the printed decimals: Sxy = 55.01, Sxx = 110.
    const setI = statistics(ANSCOMBE_QUARTET[0]?.x ?? [], ANSCOMBE_QUARTET[0]?.y ?? []);
    expectClose(setI.sxy, 55.01, { rtol: 1e-13, atol: 0 });
    expectClose(setI.sxx, 110, { rtol: 0, atol: 1e-12 });
  });

  it('every set meets the quoted summary and Anscombe’s own list to the stated tolerances', () => {
    for (const set of ANSCOMBE_QUARTET) {
      const s = statistics(set.x, set.y);
      const quoted = ANSCOMBE_PUBLISHED_SUMMARY;
      within(s.meanX, quoted.meanX, `set ${set.name} mean x`);
      within(s.varianceX, quoted.varianceX, `set ${set.name} variance x`);
      within(s.meanY, quoted.meanY, `set ${set.name} mean y`);
      within(s.varianceY, quoted.varianceY, `set ${set.name} variance y`);
      within(s.correlation, quoted.correlation, `set ${set.name} correlation`);
      within(s.intercept, quoted.intercept, `set ${set.name} intercept`);
      within(s.slope, quoted.slope, `set ${set.name} slope`);
      within(s.rSquared, quoted.rSquared, `set ${set.name} R²`);
      const paper = ANSCOMBE_PAPER_SUMMARY;
      within(s.sxx, paper.sumOfSquaresX, `set ${set.name} Σ(x − x̄)²`);
      within(s.regressionSS, paper.regressionSumOfSquares, `set ${set.name} regression SS`);
      within(s.rss, paper.residualSumOfSquares, `set ${set.name} residual SS`);
      within(s.slopeStandardError, paper.slopeStandardError, `set ${set.name} se(slope)`);
      within(s.rSquared, paper.rSquared, `set ${set.name} R² (paper)`);
    }
  });

  it('is frozen, so one spec cannot change the data another reads', () => {
    const set = ANSCOMBE_QUARTET[0];
    expect(Object.isFrozen(ANSCOMBE_QUARTET)).toBe(true);
    expect(Object.isFrozen(set?.x)).toBe(true);
    expect(Object.isFrozen(set?.y)).toBe(true);
  });
});
