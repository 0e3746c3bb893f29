import { errorFunction } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import {
  chiSquaredSurvival,
  fSurvival,
  logGamma,
  normalCdf,
  normalQuantile,
  normalSurvival,
  regularizedGammaP,
  regularizedGammaQ,
  regularizedIncompleteBeta,
  studentTCdf,
  studentTQuantile,
  studentTTwoSidedPValue,
} from './distributions';
import { InvalidArgumentError } from './errors';

/** Relative closeness: |actual − expected| ≤ tolerance·|expected|. */
function expectRelative(actual: number, expected: number, tolerance = 1e-12): void {
  const error = Math.abs(actual - expected) / Math.abs(expected);
  expect(error, `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

function factorial(n: number): number {
  let result = 1;
  for (let k = 2; k <= n; k++) result *= k;
  return result;
}

describe('logGamma', () => {
  it('equals log((n − 1)!) at the integers', () => {
    // Identity Γ(n) = (n − 1)!; factorials up to 21! are exact in double precision.
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-15);
    expect(Math.abs(logGamma(2))).toBeLessThan(1e-15);
    for (let n = 3; n <= 22; n++) expectRelative(logGamma(n), Math.log(factorial(n - 1)));
  });

  it('matches Γ(½) = √π, the recurrence Γ(x + 1) = x·Γ(x) and Γ(x) ≈ 1/x − γ near 0', () => {
    // Exact identities (Abramowitz & Stegun 6.1.8, 6.1.15); near 0, lnΓ(x) = −ln x − γx + O(x²)
    // (6.1.33) with x² terms below 1e-16 at x = 1e-8. The recurrence is checked away from the
    // zeros of lnΓ at 1 and 2, where only absolute accuracy is meaningful.
    expectRelative(logGamma(0.5), 0.5 * Math.log(Math.PI));
    for (const x of [0.3, 2.5, 7.7, 150.5]) {
      expectRelative(logGamma(x + 1), logGamma(x) + Math.log(x));
    }
    expectRelative(logGamma(1e-8), -Math.log(1e-8) - 0.5772156649015329e-8, 1e-15);
  });

  it('matches Stirling for large x', () => {
    // Stirling's series with two correction terms; the next term, 1/(1260x⁵), is 1e-33 at x = 1e6.
    const x = 1e6;
    const stirling = (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI);
    expectRelative(logGamma(x), stirling + 1 / (12 * x) - 1 / (360 * x ** 3), 1e-14);
  });
});

describe('regularizedIncompleteBeta', () => {
  it('matches I_x(1, b) = 1 − (1 − x)^b and I_x(a, 1) = x^a', () => {
    // Exact identities; −expm1(b·log1p(−x)) evaluates 1 − (1 − x)^b without cancellation.
    for (const x of [1e-9, 0.01, 0.3, 0.75, 0.999]) {
      for (const b of [0.5, 2, 7.5, 300]) {
        expectRelative(regularizedIncompleteBeta(x, 1, b), -Math.expm1(b * Math.log1p(-x)));
      }
    }
    for (const [x, a] of [
      [1e-9, 0.5],
      [1e-3, 5],
      [0.01, 7.5],
      [0.3, 300],
      [0.999, 300],
    ] as const) {
      expectRelative(regularizedIncompleteBeta(x, a, 1), x ** a);
    }
  });

  it('matches the binomial tail I_p(k, n − k + 1) = P(Bin(n, p) ≥ k)', () => {
    // Exact identity (Abramowitz & Stegun 26.5.24); the sum has positive terms only.
    const [n, p] = [20, 0.3];
    for (const k of [1, 6, 15, 20]) {
      let tail = 0;
      for (let j = k; j <= n; j++) {
        const choose = factorial(n) / (factorial(j) * factorial(n - j));
        tail += choose * p ** j * (1 - p) ** (n - j);
      }
      expectRelative(regularizedIncompleteBeta(p, k, n - k + 1), tail);
    }
  });

  it('satisfies the reflection I_x(a, b) + I_{1−x}(b, a) = 1 and I_½(a, a) = ½', () => {
    // Exact symmetry of the beta distribution.
    for (const [x, a, b] of [
      [0.2, 3, 4],
      [0.6, 0.4, 12],
      [0.01, 50, 2000],
    ] as const) {
      const sum = regularizedIncompleteBeta(x, a, b) + regularizedIncompleteBeta(1 - x, b, a);
      expect(Math.abs(sum - 1)).toBeLessThan(1e-14);
    }
    for (const a of [0.3, 7, 500, 1e5]) expectRelative(regularizedIncompleteBeta(0.5, a, a), 0.5);
  });

  it('returns the end points exactly', () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });
});

describe('regularizedGammaP and regularizedGammaQ', () => {
  it('match P(1, x) = 1 − e^(−x) and Q(1, x) = e^(−x), far tail included', () => {
    // Exact identity for the exponential distribution; Q(1, 700) ≈ 1e-304 is computed directly.
    for (const x of [1e-10, 0.5, 2, 30, 700]) {
      expectRelative(regularizedGammaP(1, x), -Math.expm1(-x));
      expectRelative(regularizedGammaQ(1, x), Math.exp(-x));
    }
  });

  it('match the Poisson sum Q(n, x) = e^(−x)·Σ_{k<n} x^k/k!', () => {
    // Exact identity for integer n (Abramowitz & Stegun 6.5.13); both sides of x = n + 1 tested.
    for (const [n, x] of [
      [5, 2],
      [5, 20],
      [12, 11],
      [30, 120],
    ] as const) {
      let sum = 0;
      for (let k = 0; k < n; k++) sum += x ** k / factorial(k);
      expectRelative(regularizedGammaQ(n, x), Math.exp(-x) * sum);
    }
  });

  it('sum to one', () => {
    for (const [a, x] of [
      [0.5, 0.1],
      [3, 3.5],
      [100, 90],
      [1e4, 1.01e4],
    ] as const) {
      expect(Math.abs(regularizedGammaP(a, x) + regularizedGammaQ(a, x) - 1)).toBeLessThan(1e-14);
    }
  });
});

describe('normal distribution', () => {
  it('is symmetric and centred', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalSurvival(0)).toBe(0.5);
    for (const z of [0.1, 1, 2.5, 8]) {
      expectRelative(normalCdf(-z), normalSurvival(z), 1e-15);
      expect(Math.abs(normalCdf(z) + normalSurvival(z) - 1)).toBeLessThan(1e-15);
    }
  });

  it('agrees with simple-statistics’ erf (Numerical Recipes erfc, error < 1.2e-7) from −6 to 6', () => {
    // An independent, coarse oracle: Φ(z) = (1 + erf(z/√2))/2; it catches a wrong scale or sign.
    for (let z = -6; z <= 6; z += 0.25) {
      const oracle = (1 + errorFunction(z / Math.SQRT2)) / 2;
      expect(Math.abs(normalCdf(z) - oracle), `Φ(${z})`).toBeLessThan(2e-7);
    }
  });

  it('matches qnorm(0.975) = 1.959963984540054 both ways', () => {
    // R: qnorm(0.975) = 1.959963984540054 (mpmath: 1.95996398454005423552...).
    expectRelative(normalQuantile(0.975), 1.959963984540054, 1e-15);
    expectRelative(normalCdf(1.959963984540054), 0.975, 1e-15);
  });

  it('computes the far upper tail directly', () => {
    // pnorm(-10) = 7.6198530241605260660e-24 (mpmath ncdf at 30 digits; R prints 7.619853e-24),
    // written as the nearest double.
    expectRelative(normalSurvival(10), 7.619853024160525e-24, 1e-13);
    // Asymptotic series φ(z)/z·Σ (−1)^k (2k − 1)!!/z^(2k) (Abramowitz & Stegun 26.2.12); at
    // z = 30 the terms omitted after k = 7 are below 1e-17.
    const z = 30;
    let [series, term] = [1, 1];
    for (let k = 1; k <= 7; k++) {
      term *= -(2 * k - 1) / (z * z);
      series += term;
    }
    const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
    expectRelative(normalSurvival(z), (density / z) * series);
  });

  it('round-trips quantile and cdf from 1e-300 to 1 − 1e-10', () => {
    // Φ(Φ⁻¹(p)) = p. Conditioning: a relative error ε in z moves the tail by about z²·ε, so the
    // tolerance is 1e-12 where |z| reaches 37 and 1e-14 elsewhere.
    for (const p of [1e-300, 1e-20]) expectRelative(normalCdf(normalQuantile(p)), p, 1e-12);
    for (const p of [1e-5, 0.02425, 0.3, 0.5, 0.7, 0.975]) {
      expectRelative(normalCdf(normalQuantile(p)), p, 1e-14);
    }
    // 1 − p is exact here, so the upper tail is checked against it.
    expectRelative(normalSurvival(normalQuantile(1 - 1e-10)), 1 - (1 - 1e-10), 1e-13);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.125)).toBe(-normalQuantile(0.875));
  });
});

describe("Student's t distribution", () => {
  it('is the Cauchy distribution at df = 1', () => {
    // Exact identity: F(t) = ½ + atan(t)/π, two-sided p = (2/π)·atan(1/|t|).
    for (const t of [-20, -1, 0.3, 2, 40]) {
      expectRelative(studentTCdf(t, 1), 0.5 + Math.atan(t) / Math.PI);
      expectRelative(studentTTwoSidedPValue(t, 1), (2 / Math.PI) * Math.atan(1 / Math.abs(t)));
    }
    // Far tail: p ≈ 2/(π·t), whose own error 1/(3t²) is 3e-13 at t = 1e6.
    expectRelative(studentTTwoSidedPValue(1e6, 1), 2 / (Math.PI * 1e6), 1e-9);
    expectRelative(studentTTwoSidedPValue(1e6, 1), (2 / Math.PI) * Math.atan(1e-6));
  });

  it('has the closed form F(t) = ½ + t/(2·√(2 + t²)) at df = 2', () => {
    // Exact identity; the two-sided p 1 − |t|/√(2 + t²) is written as 2/(s·(s + |t|)) with
    // s = √(2 + t²), so the far-tail reference keeps its digits.
    for (const t of [-3, -0.5, 0.01, 1, 4.2]) {
      expectRelative(studentTCdf(t, 2), 0.5 + t / (2 * Math.sqrt(2 + t * t)));
    }
    for (const t of [0.5, 3, 1e5]) {
      const s = Math.sqrt(2 + t * t);
      expectRelative(studentTTwoSidedPValue(t, 2), 2 / (s * (s + t)));
    }
  });

  it('matches qt(0.975, 10) = 2.228138851986274', () => {
    // R: qt(0.975, 10) = 2.228138851986274 (mpmath: 2.22813885198627474...).
    expectRelative(studentTQuantile(0.975, 10), 2.228138851986274, 1e-14);
    expectRelative(studentTQuantile(0.025, 10), -2.228138851986274, 1e-14);
    expectRelative(studentTCdf(2.228138851986274, 10), 0.975, 1e-14);
    expectRelative(studentTTwoSidedPValue(2.228138851986274, 10), 0.05, 1e-13);
  });

  it('has closed-form quantiles at df = 1 and 2', () => {
    // Inverting the identities above: tan(π(p − ½)) and (2p − 1)/√(2p(1 − p)). The first is
    // written −cot(πp) = cot(π(1 − p)), which keeps its digits as p approaches 0 or 1.
    for (const p of [1e-12, 0.025, 0.4, 0.975]) {
      const cauchy = p < 0.5 ? -1 / Math.tan(Math.PI * p) : 1 / Math.tan(Math.PI * (1 - p));
      expectRelative(studentTQuantile(p, 1), cauchy);
      expectRelative(studentTQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * (1 - p)));
    }
    // R: qt(0.975, 1) = 12.7062047361747, qt(0.975, 2) = 4.302652729749464 (mpmath agrees).
    expectRelative(studentTQuantile(0.975, 1), 12.7062047361747, 1e-14);
    expectRelative(studentTQuantile(0.975, 2), 4.302652729749464, 1e-15);
  });

  it('round-trips quantile and cdf across df, tails included', () => {
    // F(F⁻¹(p)) = p; the lower tail is compared directly, so p = 1e-12 keeps its digits.
    for (const df of [1.5, 3, 7.5, 30, 1e4]) {
      for (const p of [1e-12, 0.01, 0.3, 0.5 + 1e-9, 0.7, 0.975]) {
        expectRelative(studentTCdf(studentTQuantile(p, df), df), p);
      }
    }
  });

  it('approaches the normal quantile for large df', () => {
    // Cornish–Fisher: t_p = z + (z³ + z)/(4df) + O(1/df²) (Abramowitz & Stegun 26.7.5), exact
    // to 1e-24 at df = 1e12.
    const z = 1.959963984540054;
    expectRelative(studentTQuantile(0.975, 1e12), z + (z ** 3 + z) / 4e12, 1e-14);
  });
});

describe('fSurvival', () => {
  it('equals the two-sided t p-value at √f when df1 = 1', () => {
    // Identity: T² ~ F(1, d).
    for (const [f, d] of [
      [0.3, 5],
      [4, 12],
      [150, 40],
      [1e4, 3],
    ] as const) {
      expectRelative(fSurvival(f, 1, d), studentTTwoSidedPValue(Math.sqrt(f), d));
    }
  });

  it('has the closed form (1 + 2f/d)^(−d/2) when df1 = 2', () => {
    // Exact identity, since I_x(d/2, 1) = x^(d/2); f = 1e4, d = 10 gives about 3e-17.
    for (const [f, d] of [
      [0.5, 3],
      [3, 10],
      [1e4, 10],
      [20, 200],
    ] as const) {
      expectRelative(fSurvival(f, 2, d), Math.exp((-d / 2) * Math.log1p((2 * f) / d)));
    }
  });

  it('is 1 at and below zero', () => {
    expect(fSurvival(0, 3, 4)).toBe(1);
    expect(fSurvival(-1, 3, 4)).toBe(1);
  });
});

describe('chiSquaredSurvival', () => {
  it('is exp(−x/2) at df = 2 and e^(−x/2)(1 + x/2) at df = 4, far tail included', () => {
    // Exact identities (Poisson sums for even df); x = 60 gives exp(−30) directly.
    for (const x of [0.5, 3, 60, 1200]) {
      expectRelative(chiSquaredSurvival(x, 2), Math.exp(-x / 2));
      expectRelative(chiSquaredSurvival(x, 4), Math.exp(-x / 2) * (1 + x / 2));
    }
  });

  it('matches pchisq(3.841458820694124, 1, lower = FALSE) = 0.05', () => {
    // R: qchisq(0.95, 1) = 3.841458820694124 = qnorm(0.975)²; mpmath gives 0.05 + 6e-17 there.
    expectRelative(chiSquaredSurvival(3.841458820694124, 1), 0.05, 1e-14);
  });

  it('is 1 at and below zero', () => {
    expect(chiSquaredSurvival(0, 3)).toBe(1);
    expect(chiSquaredSurvival(-2, 3)).toBe(1);
  });
});

describe('bad input', () => {
  const cases: [string, () => number][] = [
    ['logGamma', () => logGamma(0)],
    ['logGamma', () => logGamma(NaN)],
    ['regularizedIncompleteBeta', () => regularizedIncompleteBeta(1.5, 2, 3)],
    ['regularizedIncompleteBeta', () => regularizedIncompleteBeta(0.5, -1, 3)],
    ['regularizedIncompleteBeta', () => regularizedIncompleteBeta(NaN, 2, 3)],
    ['regularizedGammaP', () => regularizedGammaP(0, 1)],
    ['regularizedGammaP', () => regularizedGammaP(2, -1)],
    ['regularizedGammaQ', () => regularizedGammaQ(2, NaN)],
    ['normalCdf', () => normalCdf(NaN)],
    ['normalSurvival', () => normalSurvival(NaN)],
    ['normalQuantile', () => normalQuantile(0)],
    ['normalQuantile', () => normalQuantile(1)],
    ['normalQuantile', () => normalQuantile(NaN)],
    ['studentTCdf', () => studentTCdf(1, 0)],
    ['studentTCdf', () => studentTCdf(NaN, 3)],
    ['studentTTwoSidedPValue', () => studentTTwoSidedPValue(2, -3)],
    ['studentTTwoSidedPValue', () => studentTTwoSidedPValue(2, NaN)],
    ['studentTQuantile', () => studentTQuantile(1.2, 5)],
    ['studentTQuantile', () => studentTQuantile(0.975, Infinity)],
    ['fSurvival', () => fSurvival(NaN, 2, 3)],
    ['fSurvival', () => fSurvival(2, 0, 3)],
    ['fSurvival', () => fSurvival(2, 2, -3)],
    ['chiSquaredSurvival', () => chiSquaredSurvival(NaN, 3)],
    ['chiSquaredSurvival', () => chiSquaredSurvival(2, 0)],
  ];

  it.each(cases)('%s throws InvalidArgumentError naming itself', (name, call) => {
    expect(call).toThrow(InvalidArgumentError);
    expect(call).toThrow(new RegExp(`^${name} requires `));
  });

  it('reports the value seen', () => {
    expect(() => studentTQuantile(1.2, 5)).toThrow(
      'studentTQuantile requires a probability strictly between 0 and 1 (got 1.2)',
    );
  });
});
