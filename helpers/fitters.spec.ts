import { describe, expect, it } from 'vitest';
import { expectAllClose, expectClose, expectLabError } from './assertions';
import {
  EmptyInputError,
  InvalidArgumentError,
  RankDeficiencyError,
  ShapeMismatchError,
} from './errors';
import { checkPredictions, leastSquaresFitter } from './fitters';

const EXACT = { rtol: 1e-10, atol: 1e-12 };

describe('leastSquaresFitter', () => {
  it('recovers a noise-free cubic exactly, intercept included', () => {
    const x = [-1, -0.5, 0, 0.5, 1, 1.5];
    const cubic = (t: number): number => 1 - 2 * t + 0.5 * t ** 3;
    const predict = leastSquaresFitter({ degree: 3 })(
      x.map((t) => [t]),
      x.map(cubic),
    );
    expectAllClose(predict([[2], [-3]]), [cubic(2), cubic(-3)], EXACT);
  });

  it('degree 0 predicts the training mean everywhere', () => {
    const predict = leastSquaresFitter({ degree: 0 })([[1], [2], [3], [4]], [1, 2, 3, 10]);
    expectAllClose(predict([[100], [-5]]), [4, 4], EXACT);
  });

  it('degree 1 on two columns is plain multiple regression; without an intercept it goes through 0', () => {
    // y = 2 + x₁ − 3x₂ exactly, so the fit reproduces it.
    const X = [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
      [2, 3],
    ];
    const y = X.map(([a = 0, b = 0]) => 2 + a - 3 * b);
    expectAllClose(leastSquaresFitter()(X, y)([[5, 5]]), [2 + 5 - 15], EXACT);
    // Hand derivation: slope through the origin Σxy/Σx² = (1·1 + 2·4)/(1 + 4) = 9/5.
    const origin = leastSquaresFitter({ intercept: false })([[1], [2]], [1, 4]);
    expectClose(origin([[1]])[0]!, 9 / 5, EXACT);
  });

  it('rejects bad options, bad data and mismatched prediction rows with errors naming it', () => {
    expectLabError(
      () => leastSquaresFitter({ degree: 1.5 }),
      InvalidArgumentError,
      'leastSquaresFitter',
    );
    expectLabError(
      () => leastSquaresFitter({ degree: 0, intercept: false }),
      InvalidArgumentError,
      'leastSquaresFitter',
    );
    const fit = leastSquaresFitter({ degree: 2 });
    expectLabError(() => fit([], []), EmptyInputError, 'leastSquaresFitter');
    expectLabError(() => fit([[1], [2]], [1]), ShapeMismatchError, 'leastSquaresFitter');
    expectLabError(
      () => fit([[1], [1], [2]], [1, 2, 3]),
      RankDeficiencyError,
      'leastSquaresFitter',
    );
    const predict = fit([[0], [1], [2]], [0, 1, 4]);
    expectLabError(() => predict([[1, 2]]), ShapeMismatchError, 'leastSquaresFitter');
    expect(predict([[3]])).toHaveLength(1);
  });
});

describe('checkPredictions', () => {
  it('passes one finite number per row and rejects anything else, naming the caller', () => {
    expect(checkPredictions('f', [1, 2], 2, 'round 0')).toEqual([1, 2]);
    expectLabError(() => checkPredictions('f', [1], 2, 'round 0'), ShapeMismatchError, 'f');
    expectLabError(() => checkPredictions('f', 'x', 1, 'round 0'), ShapeMismatchError, 'f');
    expect(() => checkPredictions('f', [1, Number.NaN], 2, 'round 3')).toThrow(
      'f requires finite predictions (got NaN at test row 1 of round 3)',
    );
  });
});
