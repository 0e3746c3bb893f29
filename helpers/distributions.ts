/**
 * The distributions behind the lab's p-values and intervals, accurate to near double precision.
 * Upper tails are computed directly in the upper tail, never as 1 − cdf: a p-value of 1e-12
 * computed as 1 − 0.999999999999 would keep only four significant digits.
 *
 * Built on two special functions: the regularized incomplete beta (t and F) and the regularized
 * incomplete gamma (χ² and the normal), evaluated as in Numerical Recipes §6.2 and §6.4. Their
 * x^a·e^(−x)/Γ(a) and x^a·y^b/B(a, b) prefactors are formed with Stirling's series when the
 * shape parameters are large, so large-df results do not lose digits to cancelling log-gammas.
 */
import { ConvergenceError, InvalidArgumentError } from './errors';

const EPSILON = Number.EPSILON;
/** Lentz's guard: a denominator that reaches zero is nudged to this instead. */
const TINY = 1e-300;
const LOG_SQRT_2PI = 0.9189385332046728;

function requireNumber(functionName: string, name: string, value: number): void {
  if (Number.isNaN(value)) {
    throw new InvalidArgumentError(functionName, `requires ${name} to be a number (got NaN)`);
  }
}

function requirePositive(functionName: string, name: string, value: number): void {
  if (!(value > 0 && value < Infinity)) {
    throw new InvalidArgumentError(
      functionName,
      `requires ${name} to be positive and finite (got ${value})`,
    );
  }
}

function requireProbability(functionName: string, p: number): void {
  if (!(p > 0 && p < 1)) {
    throw new InvalidArgumentError(
      functionName,
      `requires a probability strictly between 0 and 1 (got ${p})`,
    );
  }
}

/** Iteration cap for the series and continued fractions, which need O(√size) terms. */
function iterationLimit(size: number): number {
  return 1000 + Math.ceil(100 * Math.sqrt(size));
}

function notConverged(functionName: string, method: string, limit: number): ConvergenceError {
  return new ConvergenceError(
    functionName,
    `did not converge: the ${method} needed more than ${limit} iterations`,
    limit,
  );
}

// Godfrey's Lanczos coefficients for g = 607/128 (as in Numerical Recipes 3rd ed. §6.1).
const LANCZOS_G = 607 / 128;
const LANCZOS = [
  0.99999999999999709182, 57.156235665862923517, -59.597960355475491248, 14.136097974741747174,
  -0.49191381609762019978, 0.33994649984811888699e-4, 0.46523628927048575665e-4,
  -0.98374475304879564677e-4, 0.15808870322491248884e-3, -0.21026444172410488319e-3,
  0.2174396181152126432e-3, -0.16431810653676389022e-3, 0.84418223983852743293e-4,
  -0.2619083840158140867e-4, 0.36899182659531622704e-5,
];

function lnGamma(x: number): number {
  // The Lanczos sum is only accurate for x ≥ ½; Γ(x) = Γ(x + 1)/x moves smaller x there.
  if (x < 0.5) return lnGamma(x + 1) - Math.log(x);
  const z = x - 1;
  const sum = LANCZOS.reduce((acc, c, i) => (i === 0 ? c : acc + c / (z + i)), 0);
  const t = z + LANCZOS_G + 0.5;
  return LOG_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** lnΓ(x) − [(x − ½)ln x − x + ½ln 2π]: the Stirling series, truncated below 1e-16 for x ≥ 10. */
function stirlingCorrection(x: number): number {
  const r = 1 / (x * x);
  const series =
    1 / 12 -
    r * (1 / 360 - r * (1 / 1260 - r * (1 / 1680 - r * (1 / 1188 - r * (691 / 360360 - r / 156)))));
  return series / x;
}

/** ln B(a, b); for large arguments in Stirling form so that lnΓ(a + b) never cancels lnΓ(b). */
function logBeta(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  const pq = p + q;
  const correction = stirlingCorrection(q) - stirlingCorrection(pq);
  if (p >= 10) {
    return (
      LOG_SQRT_2PI -
      0.5 * Math.log(q) +
      (p - 0.5) * Math.log(p / pq) +
      q * Math.log1p(-p / pq) +
      stirlingCorrection(p) +
      correction
    );
  }
  if (q >= 10) {
    return lnGamma(p) + correction + p - p * Math.log(pq) + (q - 0.5) * Math.log1p(-p / pq);
  }
  return lnGamma(p) + lnGamma(q) - lnGamma(pq);
}

/** ln(x^a·e^(−x)/Γ(a)); for a ≥ 10 as a·(ln(1 + d) − d) with x = a(1 + d), free of a·ln x − x cancelling. */
function logGammaPrefactor(a: number, x: number): number {
  if (a < 10) return a * Math.log(x) - x - lnGamma(a);
  const d = (x - a) / a;
  return a * (Math.log1p(d) - d) + 0.5 * Math.log(a) - LOG_SQRT_2PI - stirlingCorrection(a);
}

/** ln(x^a·y^b/B(a, b)) with y = 1 − x given separately, so that neither loses digits near 1. */
function logBetaPrefactor(x: number, y: number, a: number, b: number): number {
  if (Math.min(a, b) < 10) {
    const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
    const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
    return a * logX + b * logY - logBeta(a, b);
  }
  // With n = a + b, x = (a/n)(1 + d1) and y = (b/n)(1 + d2) where a·d1 + b·d2 = 0.
  const n = a + b;
  const lambda = b * x - a * y;
  const d1 = lambda / a;
  const d2 = -lambda / b;
  return (
    a * (Math.log1p(d1) - d1) +
    b * (Math.log1p(d2) - d2) +
    0.5 * Math.log((a * b) / n) -
    LOG_SQRT_2PI -
    stirlingCorrection(a) -
    stirlingCorrection(b) +
    stirlingCorrection(n)
  );
}

/** Modified Lentz evaluation of the continued fraction for I_x(a, b) (Numerical Recipes §6.4). */
function betaContinuedFraction(x: number, a: number, b: number, functionName: string): number {
  const guard = (v: number): number => (Math.abs(v) < TINY ? TINY : v);
  const limit = iterationLimit(a + b);
  let c = 1;
  let d = 1 / guard(1 - ((a + b) * x) / (a + 1));
  let h = d;
  for (let m = 1; m <= limit; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 / guard(1 + even * d);
    c = guard(1 + even / c);
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 / guard(1 + odd * d);
    c = guard(1 + odd / c);
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) return h;
  }
  throw notConverged(functionName, 'incomplete beta continued fraction', limit);
}

/** I_x(a, b) with y = 1 − x passed exactly; the upper tail 1 − I_x(a, b) is incompleteBeta(y, x, b, a). */
function incompleteBeta(x: number, y: number, a: number, b: number, functionName: string): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  // The fraction converges fast below the mean; above it, the mirrored fraction does.
  if (x < (a + 1) / (a + b + 2)) {
    return (
      (Math.exp(logBetaPrefactor(x, y, a, b)) * betaContinuedFraction(x, a, b, functionName)) / a
    );
  }
  return (
    1 - (Math.exp(logBetaPrefactor(y, x, b, a)) * betaContinuedFraction(y, b, a, functionName)) / b
  );
}

/** P(a, x) by its power series, for x < a + 1 (Numerical Recipes §6.2). */
function gammaSeries(a: number, x: number, functionName: string): number {
  const limit = iterationLimit(a);
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n <= limit; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) return sum * Math.exp(logGammaPrefactor(a, x));
  }
  throw notConverged(functionName, 'incomplete gamma series', limit);
}

/** Q(a, x) by its continued fraction (modified Lentz), for x ≥ a + 1 (Numerical Recipes §6.2). */
function gammaContinuedFraction(a: number, x: number, functionName: string): number {
  const guard = (v: number): number => (Math.abs(v) < TINY ? TINY : v);
  const limit = iterationLimit(a);
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= limit; i++) {
    const an = -i * (i - a);
    b += 2;
    d = 1 / guard(an * d + b);
    c = guard(b + an / c);
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) return Math.exp(logGammaPrefactor(a, x)) * h;
  }
  throw notConverged(functionName, 'incomplete gamma continued fraction', limit);
}

function gammaP(a: number, x: number, functionName: string): number {
  if (x <= 0) return 0;
  if (x === Infinity) return 1;
  return x < a + 1
    ? gammaSeries(a, x, functionName)
    : 1 - gammaContinuedFraction(a, x, functionName);
}

function gammaQ(a: number, x: number, functionName: string): number {
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  return x < a + 1
    ? 1 - gammaSeries(a, x, functionName)
    : gammaContinuedFraction(a, x, functionName);
}

/** [1/(1 + r), r/(1 + r)] without overflow for huge r, each computed without cancellation. */
function splitRatio(r: number): [number, number] {
  if (r <= 1) return [1 / (1 + r), r / (1 + r)];
  const s = 1 / r;
  return [s / (1 + s), 1 / (1 + s)];
}

/** ln Γ(x) for x > 0: Lanczos approximation, g = 607/128 (Godfrey; Numerical Recipes §6.1). */
export function logGamma(x: number): number {
  requirePositive('logGamma', 'x', x);
  return lnGamma(x);
}

/** I_x(a, b) = B(x; a, b)/B(a, b): continued fraction, modified Lentz (Numerical Recipes §6.4). */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  requireNumber('regularizedIncompleteBeta', 'x', x);
  if (x < 0 || x > 1) {
    throw new InvalidArgumentError('regularizedIncompleteBeta', `requires x in [0, 1] (got ${x})`);
  }
  requirePositive('regularizedIncompleteBeta', 'a', a);
  requirePositive('regularizedIncompleteBeta', 'b', b);
  return incompleteBeta(x, 1 - x, a, b, 'regularizedIncompleteBeta');
}

function requireGammaArguments(functionName: string, a: number, x: number): void {
  requirePositive(functionName, 'a', a);
  requireNumber(functionName, 'x', x);
  if (x < 0)
    throw new InvalidArgumentError(functionName, `requires x to be non-negative (got ${x})`);
}

/** P(a, x) = γ(a, x)/Γ(a): series for x < a + 1, else 1 − continued fraction (Numerical Recipes §6.2). */
export function regularizedGammaP(a: number, x: number): number {
  requireGammaArguments('regularizedGammaP', a, x);
  return gammaP(a, x, 'regularizedGammaP');
}

/** Q(a, x) = Γ(a, x)/Γ(a): continued fraction for x ≥ a + 1, else 1 − series (Numerical Recipes §6.2). */
export function regularizedGammaQ(a: number, x: number): number {
  requireGammaArguments('regularizedGammaQ', a, x);
  return gammaQ(a, x, 'regularizedGammaQ');
}

/** P(Z > z) = ½·erfc(z/√2) = ½·Q(½, z²/2) for z ≥ 0 (Abramowitz & Stegun 7.1.2, 6.5.17). */
export function normalSurvival(z: number): number {
  requireNumber('normalSurvival', 'z', z);
  return normalUpperTail(z, 'normalSurvival');
}

function normalUpperTail(z: number, functionName: string): number {
  const x = (z * z) / 2;
  return z >= 0 ? 0.5 * gammaQ(0.5, x, functionName) : 0.5 + 0.5 * gammaP(0.5, x, functionName);
}

/** Φ(z) = P(Z > −z), so the lower tail is as accurate as the upper one. */
export function normalCdf(z: number): number {
  requireNumber('normalCdf', 'z', z);
  return normalUpperTail(-z, 'normalCdf');
}

// Wichura (1988), Algorithm AS 241 PPND16: ascending coefficients, denominators lead with 1.
const AS241_CENTRAL = [
  [
    3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
    45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
  ],
  [
    1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867,
    39307.89580009271061, 28729.085735721942674, 5226.495278852854561,
  ],
] as const;
const AS241_INTERMEDIATE = [
  [
    1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
    1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833,
    7.7454501427834140764e-4,
  ],
  [
    1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455,
    0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4,
    1.05075007164441684324e-9,
  ],
] as const;
const AS241_FAR = [
  [
    6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.2965605718285048912,
    0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5,
    2.01033439929228813265e-7,
  ],
  [
    1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525,
    7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7,
    2.04426310338993978564e-15,
  ],
] as const;

function rational(
  [numerator, denominator]: readonly [readonly number[], readonly number[]],
  r: number,
): number {
  const horner = (coefficients: readonly number[]): number =>
    coefficients.reduceRight((acc, c) => acc * r + c, 0);
  return horner(numerator) / horner(denominator);
}

/** Φ⁻¹(p): Wichura (1988), Algorithm AS 241 (PPND16), relative error about 1e-16. */
export function normalQuantile(p: number): number {
  requireProbability('normalQuantile', p);
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) return q * rational(AS241_CENTRAL, 0.180625 - q * q);
  // 1 − p is exact for p > ½, so the upper tail keeps full relative accuracy.
  const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const z = r <= 5 ? rational(AS241_INTERMEDIATE, r - 1.6) : rational(AS241_FAR, r - 5);
  return q < 0 ? -z : z;
}

/** Two-sided tail P(|T| > |t|) = I_x(df/2, ½), x = df/(df + t²), before validation. */
function tTwoSided(t: number, df: number, functionName: string): number {
  const [x, y] = splitRatio((t * t) / df);
  return incompleteBeta(x, y, df / 2, 0.5, functionName);
}

/** P(T ≤ t) = 1 − ½·I_x(df/2, ½) for t > 0, x = df/(df + t²) (Abramowitz & Stegun 26.7.1). */
export function studentTCdf(t: number, df: number): number {
  requireNumber('studentTCdf', 't', t);
  requirePositive('studentTCdf', 'df', df);
  const tail = 0.5 * tTwoSided(t, df, 'studentTCdf');
  return t > 0 ? 1 - tail : tail;
}

/** P(|T| > |t|) = I_{df/(df+t²)}(df/2, ½), computed directly in the tail (Numerical Recipes §6.14). */
export function studentTTwoSidedPValue(t: number, df: number): number {
  requireNumber('studentTTwoSidedPValue', 't', t);
  requirePositive('studentTTwoSidedPValue', 'df', df);
  return tTwoSided(t, df, 'studentTTwoSidedPValue');
}

/**
 * t with P(T ≤ t) = p: closed forms for df = 1 and 2, otherwise safeguarded Newton in ln t on
 * ln P(T > t) (or, near the centre, on ln P(|T| < t)), both close to linear in ln t, started
 * from the Cornish–Fisher value z + (z³ + z)/(4df) (Abramowitz & Stegun 26.7.5); ~1e-14 relative.
 */
export function studentTQuantile(p: number, df: number): number {
  const name = 'studentTQuantile';
  requireProbability(name, p);
  requirePositive(name, 'df', df);
  if (p === 0.5) return 0;
  const sign = p < 0.5 ? -1 : 1;
  const q = Math.min(p, 1 - p); // exact: 1 − p has no rounding for p > ½
  if (df === 1) return sign / Math.tan(Math.PI * q);
  if (df === 2) return (sign * (1 - 2 * q)) / Math.sqrt(2 * q * (1 - q));
  // Near the centre the upper tail is ½ minus a small amount and t would carry its absolute
  // error; there the central mass 1 − 2q (exact for q ≥ ¼) determines t to full precision.
  const central = q > 0.25;
  const a = df / 2;
  const logB = logBeta(a, 0.5);
  const target = Math.log(central ? 1 - 2 * q : q);
  const z = -normalQuantile(q);
  let u = Math.log(z + (z * z * z + z) / (4 * df));
  let lo = -Infinity;
  let hi = Infinity;
  for (let iteration = 0; iteration < 200; iteration++) {
    const [x, y] = splitRatio(Math.exp(2 * u) / df);
    const value = central
      ? incompleteBeta(y, x, 0.5, a, name)
      : 0.5 * incompleteBeta(x, y, a, 0.5, name);
    const g = Math.log(value) - target;
    if (g === 0) return sign * Math.exp(u);
    const tooLarge = central ? g > 0 : g < 0;
    if (tooLarge) hi = u;
    else lo = u;
    // t·f(t) = √y·x^(df/2)/B(df/2, ½) is the derivative of either mass with respect to ln t.
    const tDensity = Math.exp(0.5 * Math.log(y) + a * Math.log(x) - logB);
    const slope = (central ? 2 : -1) * (tDensity / value);
    let next = u - g / slope;
    if (!(next > lo && next < hi)) {
      next = Number.isFinite(lo) && Number.isFinite(hi) ? (lo + hi) / 2 : u + (tooLarge ? -1 : 1);
    }
    if (
      Math.abs(next - u) <= 1e-14 * Math.max(1, Math.abs(u)) ||
      hi - lo <= 4 * EPSILON * Math.abs(u)
    ) {
      return sign * Math.exp(next);
    }
    u = next;
  }
  throw notConverged(name, 'newton iteration', 200);
}

/** P(F > f) = I_{df2/(df2 + df1·f)}(df2/2, df1/2), computed directly in the tail (Numerical Recipes §6.14). */
export function fSurvival(f: number, df1: number, df2: number): number {
  requireNumber('fSurvival', 'f', f);
  requirePositive('fSurvival', 'df1', df1);
  requirePositive('fSurvival', 'df2', df2);
  if (f <= 0) return 1;
  const [x, y] = splitRatio((df1 * f) / df2);
  return incompleteBeta(x, y, df2 / 2, df1 / 2, 'fSurvival');
}

/** P(χ² > x) = Q(df/2, x/2), computed directly in the tail (Numerical Recipes §6.14). */
export function chiSquaredSurvival(x: number, df: number): number {
  requireNumber('chiSquaredSurvival', 'x', x);
  requirePositive('chiSquaredSurvival', 'df', df);
  return gammaQ(df / 2, x / 2, 'chiSquaredSurvival');
}
