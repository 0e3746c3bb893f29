import { describe, expect, it } from 'vitest';
import { expectAllClose, expectLabError } from './assertions';
import { EmptyInputError, InvalidArgumentError, ShapeMismatchError } from './errors';
import { lowess } from './lowess';

// R's datasets::cars (McNeil 1977), speed and stopping distance of 50 cars.
const SPEED = [
  4, 4, 7, 7, 8, 9, 10, 10, 10, 11, 11, 12, 12, 12, 12, 13, 13, 13, 13, 14, 14, 14, 14, 15, 15, 15,
  16, 16, 17, 17, 17, 18, 18, 18, 18, 19, 19, 19, 20, 20, 20, 20, 20, 22, 23, 24, 24, 24, 24, 25,
];
const DIST = [
  2, 10, 4, 22, 16, 10, 18, 26, 34, 17, 28, 14, 20, 24, 28, 26, 34, 34, 46, 26, 36, 60, 80, 20, 26,
  54, 32, 40, 32, 40, 50, 42, 56, 76, 84, 36, 46, 68, 32, 48, 52, 56, 64, 66, 54, 70, 92, 93, 120,
  85,
];

describe('lowess (R lowess, Cleveland 1979)', () => {
  // R 4.x, printed to 7 significant digits: lowess(cars)$y (also OpenMS's FastLowessSmoothing
  // test), and lowess(cars, f = 0.2)$y, where the robustness passes matter (delta = 0.01·range
  // = 0.21 skips nothing on integer speeds).
  it.each([
    {
      call: 'lowess(cars)',
      options: {},
      atol: 0,
      expected: [
        4.965459, 4.965459, 13.124495, 13.124495, 15.858633, 18.579691, 21.280313, 21.280313,
        21.280313, 24.129277, 24.129277, 27.119549, 27.119549, 27.119549, 27.119549, 30.027276,
        30.027276, 30.027276, 30.027276, 32.962506, 32.962506, 32.962506, 32.962506, 36.757728,
        36.757728, 36.757728, 40.435075, 40.435075, 43.463492, 43.463492, 43.463492, 46.885479,
        46.885479, 46.885479, 46.885479, 50.793152, 50.793152, 50.793152, 56.491224, 56.491224,
        56.491224, 56.491224, 56.491224, 67.585824, 73.079695, 78.643164, 78.643164, 78.643164,
        78.643164, 84.328698,
      ],
    },
    {
      call: 'lowess(cars, f = 0.2)',
      options: { span: 0.2 },
      atol: 1e-9,
      expected: [
        6.030408, 6.030408, 12.678893, 12.678893, 15.383796, 18.668847, 22.227571, 22.227571,
        22.227571, 23.306483, 23.306483, 21.525372, 21.525372, 21.525372, 21.525372, 34.882735,
        34.882735, 34.882735, 34.882735, 47.059947, 47.059947, 47.059947, 47.059947, 37.937118,
        37.937118, 37.937118, 36.80526, 36.80526, 46.267862, 46.267862, 46.267862, 65.399825,
        65.399825, 65.399825, 65.399825, 48.982482, 48.982482, 48.982482, 51.001919, 51.001919,
        51.001919, 51.001919, 51.001919, 66.0, 71.873554, 82.353574, 82.353574, 82.353574,
        82.353574, 92.725141,
      ],
    },
  ])('reproduces R: $call', ({ options, atol, expected }) => {
    const curve = lowess(SPEED, DIST, options);
    expect(curve.x).toEqual(SPEED);
    expectAllClose(curve.y, expected, { rtol: 1e-6, atol });
  });

  it('returns a straight line unchanged, whatever the order of the points', () => {
    // Without robustness passes: on an exact fit the residuals are rounding noise, and R's
    // passes would then reweight by that noise (R's clowess does the same).
    const x = [5, 1, 4, 2, 3, 0, 9, 7];
    const curve = lowess(
      x,
      x.map((value) => 2 - 3 * value),
      { iterations: 0 },
    );
    expect(curve.x).toEqual([0, 1, 2, 3, 4, 5, 7, 9]);
    expectAllClose(
      curve.y,
      curve.x.map((value) => 2 - 3 * value),
      { rtol: 0, atol: 1e-12 },
    );
  });

  it('is pulled by an outlier without robustness passes, and shrugs it off with them', () => {
    const x = Array.from({ length: 21 }, (_, i) => i);
    const y = x.map((value) => (value === 10 ? 50 : value));
    const plain = lowess(x, y, { iterations: 0 }).y[10]!;
    const robust = lowess(x, y).y[10]!;
    expect(Math.abs(plain - 10)).toBeGreaterThan(3);
    expect(Math.abs(robust - 10)).toBeLessThan(1e-6);
  });

  it('rejects empty, mismatched and out-of-domain input, naming lowess', () => {
    expectLabError(() => lowess([1], [1]), EmptyInputError, 'lowess');
    expectLabError(() => lowess([1, 2], [1]), ShapeMismatchError, 'lowess');
    expectLabError(() => lowess([1, 2], [1, 2], { span: -1 }), InvalidArgumentError, 'lowess');
    expectLabError(
      () => lowess([1, 2], [1, 2], { iterations: 1.5 }),
      InvalidArgumentError,
      'lowess',
    );
  });
});
