import { describe, expect, it } from 'vitest';
import { expectAllClose } from './assertions';
import {
  columnMeans,
  invertUpperTriangular,
  minimumNormSolve,
  multiplyMatrixVector,
  sandwich,
  singularValues,
  withInterceptColumn,
} from './linalg';

const EXACT = { rtol: 1e-12, atol: 1e-13 };

describe('linear algebra helpers', () => {
  it('builds the constant column, products and column means', () => {
    expect(withInterceptColumn([[2], [3]])).toEqual([
      [1, 2],
      [1, 3],
    ]);
    expect(
      multiplyMatrixVector(
        [
          [1, 2],
          [3, 4],
        ],
        [1, -1],
      ),
    ).toEqual([-1, -1]);
    expect(
      columnMeans([
        [1, 10],
        [3, 20],
      ]),
    ).toEqual([2, 15]);
  });

  it('singular values of a diagonal-like matrix are its absolute diagonal, largest first', () => {
    expectAllClose(
      singularValues([
        [3, 0],
        [0, -4],
        [0, 0],
      ]),
      [4, 3],
      EXACT,
    );
    expectAllClose(
      singularValues([
        [3, 0, 0],
        [0, -4, 0],
      ]),
      [4, 3],
      EXACT,
    );
  });

  it('the minimum-norm solution of a wide system interpolates and equals Xᵀ(XXᵀ)⁻¹y', () => {
    // X = [[1, 1, 0], [0, 1, 1]], y = [2, 4]: XXᵀ = [[2, 1], [1, 2]], (XXᵀ)⁻¹y = [0, 2],
    // so b = Xᵀ[0, 2] = [0, 2, 2], and X·b = [2, 4].
    const b = minimumNormSolve(
      [
        [1, 1, 0],
        [0, 1, 1],
      ],
      [2, 4],
    );
    expectAllClose(b, [0, 2, 2], EXACT);
  });

  it('the minimum-norm solution of a tall full-rank system is the least-squares solution', () => {
    expectAllClose(
      minimumNormSolve(
        [
          [1, 0],
          [1, 1],
          [1, 2],
        ],
        [1, 2, 2],
      ),
      [7 / 6, 1 / 2],
      EXACT,
    );
  });

  it('the minimum-norm solution of a rank-deficient system ignores the null space', () => {
    // Columns equal: any split b1 + b2 = c fits; the minimum norm splits evenly. LS gives c = 2.
    expectAllClose(
      minimumNormSolve(
        [
          [1, 1],
          [2, 2],
        ],
        [2, 4],
      ),
      [1, 1],
      EXACT,
    );
  });

  it('inverts an upper-triangular matrix and forms the sandwich A·M·Aᵀ', () => {
    // R = [[2, 1], [0, 4]]: R⁻¹ = [[1/2, −1/8], [0, 1/4]] (by hand: R·R⁻¹ = I).
    expectAllClose(
      invertUpperTriangular([
        [2, 1],
        [0, 4],
      ]).flat(),
      [0.5, -0.125, 0, 0.25],
      { ...EXACT, hint: 'R⁻¹ of [[2, 1], [0, 4]]' },
    );
    // A = [[1, 2], [0, 1]], M = [[1, 0], [0, 3]]: A·M·Aᵀ = [[13, 6], [6, 3]] (by hand).
    expectAllClose(
      sandwich(
        [
          [1, 2],
          [0, 1],
        ],
        [
          [1, 0],
          [0, 3],
        ],
      ).flat(),
      [13, 6, 6, 3],
      { ...EXACT, hint: 'A·M·Aᵀ, not Aᵀ·M·A (which gives [[1, 2], [2, 7]])' },
    );
  });
});
