/**
 * The distributions behind the lab's p-values and intervals, accurate to near double precision.
 * Upper tails are computed directly, never as 1 − cdf: a p-value of 1e-12 computed as
 * 1 − 0.999999999999 would keep only four significant digits.
 *
 * Two special functions carry everything: the regularized incomplete beta (t, F) and the
 * regularized incomplete gamma (χ², normal). Their prefactors x^a·y^b/B(a, b) and
 * x^a·e^(−x)/Γ(a) use Stirling's series for large shapes, so large-df results do not lose
 * digits to cancelling log-gammas.
 *
 * Limit: t and F enter through r = t²/df (or df1·f/df2), which overflows past t ≈ 1e154·√df;
 * beyond it p-values read 0 (true values are below ~1e-154) and t quantiles ±Infinity.
 */
import { ConvergenceError, InvalidArgumentError } from './errors';

const EPSILON = Number.EPSILON;
const TINY = 1e-300;
const LOG_SQRT_2PI = 0.9189385332046728;

function requireThat(ok: boolean, caller: string, detail: string): void {
  if (!ok) throw new InvalidArgumentError(caller, detail);
}

// typeof first: a string such as '1' would otherwise be coerced by the comparisons below.
function requireNumber(caller: string, name: string, value: number): void {
  const ok = typeof value === 'number' && !Number.isNaN(value);
  requireThat(ok, caller, `requires ${name} to be a number (got ${String(value)})`);
}

function requirePositive(caller: string, name: string, value: number): void {
  const detail = `requires ${name} to be positive and finite (got ${String(value)})`;
  requireThat(typeof value === 'number' && value > 0 && value < Infinity, caller, detail);
}

function requireProbability(caller: string, p: number): void {
  requireThat(
    typeof p === 'number' && p > 0 && p < 1,
    caller,
    `requires a probability strictly between 0 and 1 (got ${p})`,
  );
}

/** Lentz's guard: a denominator that reaches zero is nudged to TINY instead. */
function guard(v: number): number {
  return Math.abs(v) < TINY ? TINY : v;
}

/** Iteration cap for the series and continued fractions, which need O(√size) terms. */
function iterationLimit(size: number): number {
  return 1000 + Math.ceil(100 * Math.sqrt(size));
}

function notConverged(caller: string, method: string, limit: number): ConvergenceError {
  const detail = `did not converge: the ${method} needed more than ${limit} iterations`;
  return new ConvergenceError(caller, detail, limit);
}

// Godfrey's (2001) Lanczos coefficients for g = 607/128, n = 15: relative error about 1e-15.
const LANCZOS_G = 607 / 128;
const LANCZOS = [
  0.9999999999999971, 57.15623566586292, -59.59796035547549, 14.136097974741746,
  -0.4919138160976202, 3.399464998481189e-5, 4.652362892704858e-5, -9.837447530487956e-5,
  0.0001580887032249125, -0.00021026444172410488, 0.00021743961811521265, -0.0001643181065367639,
  8.441822398385275e-5, -2.6190838401581408e-5, 3.6899182659531625e-6,
];

function lnGamma(x: number): number {
  // The Lanczos sum is accurate for x ≥ ½; Γ(x) = Γ(x + 1)/x moves smaller x there.
  if (x < 0.5) return lnGamma(x + 1) - Math.log(x);
  const z = x - 1;
  const sum = LANCZOS.reduce((acc, c, i) => (i === 0 ? c : acc + c / (z + i)), 0);
  const t = z + LANCZOS_G + 0.5;
  return LOG_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** lnΓ(x) − [(x − ½)ln x − x + ½ln 2π]: Stirling's series, error below 1e-16 for x ≥ 10. */
function stirling(x: number): number {
  const r = 1 / (x * x);
  const tail = r * (1 / 1260 - r * (1 / 1680 - r * (1 / 1188 - r * (691 / 360360 - r / 156))));
  return (1 / 12 - r * (1 / 360 - tail)) / x;
}

/** ln B(a, b); for large arguments in Stirling form, so lnΓ(a + b) never cancels lnΓ(b). */
function logBeta(a: number, b: number): number {
  const [p, q] = a < b ? [a, b] : [b, a];
  const pq = p + q;
  const correction = stirling(q) - stirling(pq);
  if (p >= 10) {
    const main = (p - 0.5) * Math.log(p / pq) + q * Math.log1p(-p / pq) - 0.5 * Math.log(q);
    return LOG_SQRT_2PI + main + stirling(p) + correction;
  }
  if (q >= 10)
    return lnGamma(p) + correction + p - p * Math.log(pq) + (q - 0.5) * Math.log1p(-p / pq);
  return lnGamma(p) + lnGamma(q) - lnGamma(pq);
}

/** ln(1 + d) − d, given 1 + d too: formed from d, 1 + d would lose its digits as d nears −1. */
function log1pMinus(d: number, onePlusD: number): number {
  return (Math.abs(d) < 0.5 ? Math.log1p(d) : Math.log(onePlusD)) - d;
}

/** ln(x^a·e^(−x)/Γ(a)); for a ≥ 10 as a·(ln(1 + d) − d) with x = a(1 + d), free of cancelling. */
function logGammaPrefactor(a: number, x: number): number {
  if (a < 10) return a * Math.log(x) - x - lnGamma(a);
  const d = (x - a) / a;
  return a * log1pMinus(d, x / a) + 0.5 * Math.log(a) - LOG_SQRT_2PI - stirling(a);
}

/** ln(x^a·y^b/B(a, b)) with y = 1 − x given separately, so that neither loses digits near 1. */
function logBetaPrefactor(x: number, y: number, a: number, b: number): number {
  if (Math.min(a, b) < 10) {
    const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
    const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
    return a * logX + b * logY - logBeta(a, b);
  }
  // With n = a + b, x = (a/n)(1 + d1) and y = (b/n)(1 + d2), where a·d1 + b·d2 = 0.
  const n = a + b;
  const d1 = (b * x - a * y) / a;
  const d2 = (a * y - b * x) / b;
  const main = a * log1pMinus(d1, (x * n) / a) + b * log1pMinus(d2, (y * n) / b);
  return (
    main + 0.5 * Math.log((a * b) / n) - LOG_SQRT_2PI - stirling(a) - stirling(b) + stirling(n)
  );
}

/**
 * I_x(a, b)·B(a, b)/(x^a·y^b) by the continued fraction of DiDonato & Morris (1992, TOMS 708
 * bfrac), evaluated with modified Lentz. Unlike Numerical Recipes' fraction (§6.4), its terms
 * are built from λ = (a + b)y − b, so for large a with x near 1 (a t-test with large df) no
 * term is a nearly cancelling 1 − x·(1 + O(1/a)).
 */
function betaContinuedFraction(x: number, y: number, a: number, b: number, caller: string): number {
  const limit = iterationLimit(a + b);
  // λ = a − (a + b)x = (a + b)y − b; each form is free of cancellation on its own side.
  const c = (a <= b ? a - (a + b) * x : (a + b) * y - b) + 1;
  const c0 = b / a;
  const c1 = 1 + 1 / a;
  let f = guard(c / c1);
  let numerator = f;
  let denominator = 0;
  let p = 1;
  let s = a + 1;
  for (let n = 1; n <= limit; n++) {
    const t = n / a;
    const w = n * (b - n) * x;
    const alpha = p * (p + c0) * (a / s) ** 2 * (w * x);
    const beta = n + w / s + ((1 + t) / (c1 + 2 * t)) * (c + n * (1 + y));
    p = 1 + t;
    s += 2;
    denominator = 1 / guard(beta + alpha * denominator);
    numerator = guard(beta + alpha / numerator);
    const delta = numerator * denominator;
    f *= delta;
    if (Math.abs(delta - 1) < EPSILON) return 1 / f;
  }
  throw notConverged(caller, 'incomplete beta continued fraction', limit);
}

/** I_x(a, b) with y = 1 − x passed exactly; the upper tail 1 − I_x(a, b) is I_y(b, a). */
function incompleteBeta(x: number, y: number, a: number, b: number, caller: string): number {
  if (x <= 0 || y <= 0) return x <= 0 ? 0 : 1;
  // The fraction converges fast below the mean; above it, the mirrored fraction does.
  if (x < (a + 1) / (a + b + 2)) {
    return Math.exp(logBetaPrefactor(x, y, a, b)) * betaContinuedFraction(x, y, a, b, caller);
  }
  return 1 - Math.exp(logBetaPrefactor(y, x, b, a)) * betaContinuedFraction(y, x, b, a, caller);
}

/** P(a, x) by its power series, for x < a + 1 (Numerical Recipes §6.2). */
function gammaSeries(a: number, x: number, caller: string): number {
  const limit = iterationLimit(a);
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n <= limit; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) return sum * Math.exp(logGammaPrefactor(a, x));
  }
  throw notConverged(caller, 'incomplete gamma series', limit);
}

/** Q(a, x) by its continued fraction, modified Lentz, for x ≥ a + 1 (Numerical Recipes §6.2). */
function gammaContinuedFraction(a: number, x: number, caller: string): number {
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
    h *= d * c;
    if (Math.abs(d * c - 1) < EPSILON) return Math.exp(logGammaPrefactor(a, x)) * h;
  }
  throw notConverged(caller, 'incomplete gamma continued fraction', limit);
}

/** P(a, x), or Q(a, x) when upper: each tail computed directly where its method applies. */
function incompleteGamma(a: number, x: number, upper: boolean, caller: string): number {
  if (x <= 0 || x === Infinity) return upper === x <= 0 ? 1 : 0;
  if (x < a + 1) {
    const p = gammaSeries(a, x, caller);
    return upper ? 1 - p : p;
  }
  const q = gammaContinuedFraction(a, x, caller);
  return upper ? q : 1 - q;
}

/** [1/(1 + r), r/(1 + r)], each without cancellation and without overflow for huge r. */
function splitRatio(r: number): [number, number] {
  if (r <= 1) return [1 / (1 + r), r / (1 + r)];
  const s = 1 / r;
  return [s / (1 + s), 1 / (1 + s)];
}

/**
 * ln Γ(x) for x > 0: Lanczos approximation, g = 607/128 (Godfrey 2001; Numerical Recipes §6.1).
 * Relative error ~1e-15, absolute ~1e-16 near the zeros at x = 1 and 2.
 */
export function logGamma(x: number): number {
  requirePositive('logGamma', 'x', x);
  return lnGamma(x);
}

/**
 * I_x(a, b) = B(x; a, b)/B(a, b): continued fraction by modified Lentz, mirrored through
 * I_x(a, b) = 1 − I_{1−x}(b, a) above the mean (Numerical Recipes §6.4; DiDonato & Morris
 * 1992, TOMS 708).
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  const name = 'regularizedIncompleteBeta';
  requireNumber(name, 'x', x);
  requireThat(x >= 0 && x <= 1, name, `requires x in [0, 1] (got ${x})`);
  requirePositive(name, 'a', a);
  requirePositive(name, 'b', b);
  return incompleteBeta(x, 1 - x, a, b, name);
}

function requireGammaArguments(caller: string, a: number, x: number): void {
  requirePositive(caller, 'a', a);
  requireNumber(caller, 'x', x);
  requireThat(x >= 0, caller, `requires x to be non-negative (got ${x})`);
}

/** P(a, x) = γ(a, x)/Γ(a): series for x < a + 1, else 1 − Q (Numerical Recipes §6.2). */
export function regularizedGammaP(a: number, x: number): number {
  requireGammaArguments('regularizedGammaP', a, x);
  return incompleteGamma(a, x, false, 'regularizedGammaP');
}

/** Q(a, x) = Γ(a, x)/Γ(a): continued fraction (x ≥ a + 1), else 1 − P (Numerical Recipes §6.2). */
export function regularizedGammaQ(a: number, x: number): number {
  requireGammaArguments('regularizedGammaQ', a, x);
  return incompleteGamma(a, x, true, 'regularizedGammaQ');
}

function normalUpperTail(z: number, caller: string): number {
  const x = (z * z) / 2;
  if (z >= 0) return 0.5 * incompleteGamma(0.5, x, true, caller);
  return 0.5 + 0.5 * incompleteGamma(0.5, x, false, caller);
}

/** P(Z > z) = ½·erfc(z/√2) = ½·Q(½, z²/2) for z ≥ 0 (Abramowitz & Stegun 7.1.2, 6.5.17). */
export function normalSurvival(z: number): number {
  requireNumber('normalSurvival', 'z', z);
  return normalUpperTail(z, 'normalSurvival');
}

/** Φ(z) = P(Z > −z), so the lower tail is as accurate as the upper one. */
export function normalCdf(z: number): number {
  requireNumber('normalCdf', 'z', z);
  return normalUpperTail(-z, 'normalCdf');
}

// Wichura (1988), AS 241 PPND16: per region 8 numerator then 8 denominator coefficients, ascending.
const AS241_CENTRAL = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227, 1, 42.31333070160091, 687.1870074920579,
  5394.196021424751, 21213.794301586597, 39307.89580009271, 28729.085735721943, 5226.495278852854,
];
const AS241_INTERMEDIATE = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 0.0007745450142783414, 1, 2.053191626637759,
  1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457,
  0.0005475938084995345, 1.0507500716444169e-9,
];
const AS241_FAR = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487,
  0.026532189526576124, 0.0012426609473880784, 2.7115555687434876e-5, 2.0103343992922881e-7, 1,
  0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
  1.8463183175100548e-5, 1.421511758316446e-7, 2.0442631033899397e-15,
];

function rational(coefficients: readonly number[], r: number): number {
  const horner = (cs: readonly number[]): number => cs.reduceRight((acc, c) => acc * r + c, 0);
  return horner(coefficients.slice(0, 8)) / horner(coefficients.slice(8));
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

/** P(|T| > |t|) = I_x(df/2, ½) with x = df/(df + t²), after validation. */
function tTwoSided(t: number, df: number, caller: string): number {
  const [x, y] = splitRatio((t * t) / df);
  return incompleteBeta(x, y, df / 2, 0.5, caller);
}

/** P(T ≤ t) = 1 − ½·I_x(df/2, ½) for t > 0, x = df/(df + t²) (Abramowitz & Stegun 26.7.1). */
export function studentTCdf(t: number, df: number): number {
  requireNumber('studentTCdf', 't', t);
  requirePositive('studentTCdf', 'df', df);
  const tail = 0.5 * tTwoSided(t, df, 'studentTCdf');
  return t > 0 ? 1 - tail : tail;
}

/** P(|T| > |t|) = I_{df/(df+t²)}(df/2, ½), directly in the tail (Numerical Recipes §6.4). */
export function studentTTwoSidedPValue(t: number, df: number): number {
  requireNumber('studentTTwoSidedPValue', 't', t);
  requirePositive('studentTTwoSidedPValue', 'df', df);
  return tTwoSided(t, df, 'studentTTwoSidedPValue');
}

/**
 * t with P(T ≤ t) = p: closed forms for df = 1 and 2, otherwise Newton safeguarded by bisection
 * in ln t on ln P(T > t) (near the centre on ln P(|T| < t)), both nearly linear in ln t, from the
 * Cornish–Fisher start z + (z³ + z)/(4df) (Abramowitz & Stegun 26.7.5); about 1e-14 relative.
 */
export function studentTQuantile(p: number, df: number): number {
  const name = 'studentTQuantile';
  requireProbability(name, p);
  requirePositive(name, 'df', df);
  if (p === 0.5) return 0;
  const sign = p < 0.5 ? -1 : 1;
  const q = Math.min(p, 1 - p); // exact: 1 − p has no rounding for p > ½
  // Cauchy: t = cot(πq), as tan(π(½ − q)) near the centre, where ½ − q is exact.
  if (df === 1)
    return sign * (q < 0.25 ? 1 / Math.tan(Math.PI * q) : Math.tan(Math.PI * (0.5 - q)));
  if (df === 2) return (sign * (1 - 2 * q)) / Math.sqrt(2 * q * (1 - q));
  // Near the centre P(T > t) is ½ minus a little, and t would inherit its absolute error;
  // there the central mass 1 − 2q (exact for q ≥ ¼) fixes t to full relative precision.
  const central = q > 0.25;
  const a = df / 2;
  const logB = logBeta(a, 0.5);
  const target = Math.log(central ? 1 - 2 * q : q);
  const z = -normalQuantile(q);
  let u = Math.log(z + (z * z * z + z) / (4 * df));
  let [lo, hi] = [-Infinity, Infinity];
  for (let iteration = 0; iteration < 100; iteration++) {
    const [x, y] = splitRatio(Math.exp(2 * u) / df);
    const mass = central
      ? incompleteBeta(y, x, 0.5, a, name)
      : 0.5 * incompleteBeta(x, y, a, 0.5, name);
    const g = Math.log(mass) - target;
    const tooLarge = central ? g > 0 : g < 0;
    if (tooLarge) hi = u;
    else lo = u;
    // t·f(t) = √y·x^(df/2)/B(df/2, ½): the derivative of either mass with respect to ln t.
    const tDensity = Math.exp(0.5 * Math.log(y) + a * Math.log(x) - logB);
    let next = g === 0 ? u : u - g / (((central ? 2 : -1) * tDensity) / mass);
    if (!(next >= lo && next <= hi)) {
      next = Number.isFinite(lo + hi) ? (lo + hi) / 2 : u + (tooLarge ? -1 : 1);
    }
    if (Math.abs(next - u) <= 1e-14 * Math.max(1, Math.abs(u))) {
      // Once t²/df overflows the tail reads 0 and the bracket stalls at that boundary.
      return sign * (Math.exp(2 * next) / df < 1e300 ? Math.exp(next) : Infinity);
    }
    u = next;
  }
  throw notConverged(name, 'newton iteration', 100);
}

/** P(F > f) = I_{df2/(df2+df1·f)}(df2/2, df1/2), directly in the tail (Numerical Recipes §6.4). */
export function fSurvival(f: number, df1: number, df2: number): number {
  requireNumber('fSurvival', 'f', f);
  requirePositive('fSurvival', 'df1', df1);
  requirePositive('fSurvival', 'df2', df2);
  if (f <= 0) return 1;
  const [x, y] = splitRatio((df1 * f) / df2);
  return incompleteBeta(x, y, df2 / 2, df1 / 2, 'fSurvival');
}

/** P(χ² > x) = Q(df/2, x/2), directly in the tail (Numerical Recipes §6.2). */
export function chiSquaredSurvival(x: number, df: number): number {
  requireNumber('chiSquaredSurvival', 'x', x);
  requirePositive('chiSquaredSurvival', 'df', df);
  return incompleteGamma(df / 2, x / 2, true, 'chiSquaredSurvival');
}
