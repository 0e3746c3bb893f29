/**
 * Spec for kata 01.13 — Interpretation and the general linear hypothesis.
 * Theory: theory/week_01_linear_regression.md#interpretation-and-the-general-linear-hypothesis
 * Claims checked: C1.13.1 (coding changes the coefficients, not the fit), C1.13.2 (the dummy
 * trap), C1.13.3 (nested F = Wald F of Rβ = r = t² when q = 1, exact F(q, n − p) under A6),
 * C1.13.4 (the hierarchy principle and centring).
 *
 * Expected values: R 4.2 with car 3.1 (`Rscript`, calls pasted beside each value) on the
 * 15-row dataset below, typed in here and in R as
 *   g <- c("b","a","a","b","b","b","a","c","c","b","c","a","a","c","b"); f <- factor(g)
 *   x <- c(1.4,5.5,6.8,5.3,0.9,6.2,0.3,4.6,3.3,6.3,4.2,4.1,9.2,8.1,5.4)
 *   y <- c(3.28,2.9,3.62,5.82,4.21,8.03,1.77,3.22,2.11,9.25,2.59,3.31,4.64,4.39,6.73)
 * (drawn once in R: set.seed(13), three groups of 5, 6 and 4, y = 2 + effect + 0.4x + noise).
 */
import { describe, expect, it } from 'vitest';
import { expectAllClose, expectClose, expectLabError } from '../../helpers/assertions';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  RankDeficiencyError,
  ShapeMismatchError,
} from '../../helpers/errors';
import { assertProperty, fc } from '../../helpers/properties';
import { createRng } from '../../helpers/random';
import {
  contrastMatrix,
  encodeFactor,
  linearHypothesisTest,
  nestedFTest,
} from './13_general_linear_hypothesis';

const SEED = 'kata-01.13';
const PROPERTY_SEED = 113;
const R_VALUE = { rtol: 1e-9, atol: 1e-12 };
const IDENTITY = { rtol: 1e-9, atol: 1e-12 };
const THEORY = '#interpretation-and-the-general-linear-hypothesis';

const G = ['b', 'a', 'a', 'b', 'b', 'b', 'a', 'c', 'c', 'b', 'c', 'a', 'a', 'c', 'b'] as const;
const X = [1.4, 5.5, 6.8, 5.3, 0.9, 6.2, 0.3, 4.6, 3.3, 6.3, 4.2, 4.1, 9.2, 8.1, 5.4];
const Y = [3.28, 2.9, 3.62, 5.82, 4.21, 8.03, 1.77, 3.22, 2.11, 9.25, 2.59, 3.31, 4.64, 4.39, 6.73];
// The codings typed by hand (not through encodeFactor, so a slip there does not cascade).
const IS_B = G.map((level) => (level === 'b' ? 1 : 0));
const IS_C = G.map((level) => (level === 'c' ? 1 : 0));
const IS_A = G.map((level) => (level === 'a' ? 1 : 0));
/** Sum coding of a, b, c (R contr.sum(3)): a = (1, 0), b = (0, 1), c = (−1, −1). */
const SUM_CODE = G.map((level) => (level === 'a' ? [1, 0] : level === 'b' ? [0, 1] : [-1, -1]));
/** y ~ f + x, treatment coding: fitted design [1, fb, fc, x]. */
const TREATMENT_X = X.map((x, i) => [IS_B[i]!, IS_C[i]!, x]);
/** y ~ f + x with contrasts = list(f = "contr.sum"): fitted design [1, f1, f2, x]. */
const SUM_X = X.map((x, i) => [...SUM_CODE[i]!, x]);
/** y ~ f * x: [1, fb, fc, x, fb:x, fc:x] (R's column order). */
const INTERACTION_X = (shift: number): number[][] =>
  X.map((x, i) => {
    const b = IS_B[i]!;
    const c = IS_C[i]!;
    return [b, c, x - shift, b * (x - shift), c * (x - shift)];
  });
const FACTOR_ROWS = [
  [0, 1, 0, 0],
  [0, 0, 1, 0],
];

/** The hint of the first misconception whose value `actual` reproduces, else the general one. */
function hintFor(
  actual: number,
  misconceptions: readonly (readonly [value: number, hint: string])[],
  general: string,
): string {
  const match = misconceptions.find(
    ([value]) => Math.abs(actual - value) <= 1e-6 * Math.max(1, Math.abs(value)),
  );
  if (match === undefined) return general;
  return `${match[1]} (theory: ${THEORY})`;
}

function frozenRows(rows: readonly (readonly number[])[]): readonly (readonly number[])[] {
  return Object.freeze(rows.map((row) => Object.freeze([...row])));
}

describe('kata 01.13 interpretation and the general linear hypothesis', () => {
  describe('definition', () => {
    it('treatment coding is R contr.treatment: the reference row is 0, the first level by default (C1.13.1)', () => {
      // R: contr.treatment(4) → rows 1: 0 0 0; 2: 1 0 0; 3: 0 1 0; 4: 0 0 1.
      const treatment = contrastMatrix(['a', 'b', 'c', 'd']);
      const lastReference = [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
        [0, 0, 0],
      ];
      expect(
        treatment,
        JSON.stringify(treatment) === JSON.stringify(lastReference)
          ? `levels a–d, default options: looks like the last level was taken as the reference (SAS's convention); R's contr.treatment, the lab's default, takes the first (theory: ${THEORY})`
          : treatment.length === 4 && treatment[0]?.length === 4
            ? `levels a–d, default options: 4 columns is one dummy per level; beside an intercept they add up to the constant column (the dummy trap): treatment coding drops the reference level's column (theory: C1.13.2, ${THEORY})`
            : `levels a–d with the default options: R contr.treatment(4), the first level the reference with a row of 0s, k − 1 = 3 columns (theory: C1.13.1, ${THEORY})`,
      ).toEqual([
        [0, 0, 0],
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ]);
      // R: contr.treatment(4, base = 3) → 1 0 0; 0 1 0; 0 0 0; 0 0 1.
      expect(
        contrastMatrix(['a', 'b', 'c', 'd'], { coding: 'treatment', reference: 'c' }),
        `levels a–d, treatment with reference 'c': R contr.treatment(4, base = 3), row c all 0 and the columns for a, b, d in order (theory: ${THEORY})`,
      ).toEqual([
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 0],
        [0, 0, 1],
      ]);
    });

    it('sum coding is R contr.sum: the reference row is −1, the last level by default (C1.13.1)', () => {
      // R: contr.sum(4) → 1 0 0; 0 1 0; 0 0 1; −1 −1 −1.
      expect(
        contrastMatrix(['a', 'b', 'c', 'd'], { coding: 'sum' }),
        `levels a–d, sum coding: R contr.sum(4), the last level coded −1 in every column so that the effects sum to zero; a row of 0s there is treatment coding (theory: ${THEORY})`,
      ).toEqual([
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
        [-1, -1, -1],
      ]);
      // Hand derivation: the −1 row moves to level b, the columns follow a, c, d.
      expect(
        contrastMatrix(['a', 'b', 'c', 'd'], { coding: 'sum', reference: 'b' }),
        `levels a–d, sum coding with reference 'b': row b all −1, the identity on a, c, d (theory: ${THEORY})`,
      ).toEqual([
        [1, 0, 0],
        [-1, -1, -1],
        [0, 1, 0],
        [0, 0, 1],
      ]);
      // Hand derivation: the first level named explicitly is a level like any other.
      expect(
        contrastMatrix(['a', 'b', 'c'], { coding: 'sum', reference: 'a' }),
        `levels a, b, c, sum coding with reference 'a' (the first level): row a all −1, the identity on b, c; an error here treats position 0 as "not found" (theory: ${THEORY})`,
      ).toEqual([
        [-1, -1],
        [1, 0],
        [0, 1],
      ]);
    });

    it('the rows follow the levels in the order given, not sorted', () => {
      // Hand derivation: levels c, a, b as given; treatment takes c (first) as reference, sum
      // codes b (last) as −1. A function that sorts the levels would put a first.
      expect(
        [contrastMatrix(['c', 'a', 'b']), contrastMatrix(['c', 'a', 'b'], { coding: 'sum' })],
        `levels [c, a, b]: contrastMatrix keeps the order it is given (encodeFactor is where levels get sorted): treatment [[0, 0], [1, 0], [0, 1]], sum [[1, 0], [0, 1], [−1, −1]] (theory: ${THEORY})`,
      ).toEqual([
        [
          [0, 0],
          [1, 0],
          [0, 1],
        ],
        [
          [1, 0],
          [0, 1],
          [-1, -1],
        ],
      ]);
    });

    it('indicator coding keeps one column per level: the identity (R contrasts = FALSE)', () => {
      expect(
        contrastMatrix(['a', 'b', 'c'], { coding: 'indicator' }),
        `levels a, b, c with indicator coding: the 3 × 3 identity, no level dropped (theory: ${THEORY})`,
      ).toEqual([
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ]);
    });

    it('encodeFactor sorts the levels, codes each value by its level and names each column', () => {
      const treatment = encodeFactor([...G]);
      // The data start with 'b': in order of appearance the levels would be b, a, c.
      expect(
        treatment.levels,
        `encodeFactor(g): levels sorted as R factor() does, [a, b, c]; [b, a, c] is the order of appearance (theory: ${THEORY})`,
      ).toEqual(['a', 'b', 'c']);
      expect(
        treatment.columnNames,
        `encodeFactor(g), treatment: one column per non-reference level, named by it: [b, c] (theory: ${THEORY})`,
      ).toEqual(['b', 'c']);
      expect(
        treatment.columns,
        `encodeFactor(g), treatment: row i is [g_i = b, g_i = c] (R model.matrix(~ f) without its intercept) (theory: ${THEORY})`,
      ).toEqual(G.map((_, i) => [IS_B[i], IS_C[i]]));
      // R: model.matrix(~ f, contrasts.arg = list(f = "contr.sum"))[1:4, ] → rows
      // (1, 0, 1), (1, 1, 0), (1, 1, 0), (1, 0, 1): f1 is a's column, f2 is b's, c is −1.
      const sum = encodeFactor([...G], { coding: 'sum' });
      expect(
        sum.columns,
        `encodeFactor(g, sum): R model.matrix(~ f, contrasts.arg = list(f = "contr.sum")) without its intercept, c coded (−1, −1) (theory: ${THEORY})`,
      ).toEqual(SUM_CODE);
      expect(
        sum.columnNames,
        `encodeFactor(g, sum): the columns are the contrasts of a and b (R names them f1, f2) (theory: ${THEORY})`,
      ).toEqual(['a', 'b']);
      const reordered = encodeFactor(['b', 'a', 'c', 'a'], { levels: ['c', 'b', 'a'] });
      expect(
        [reordered.levels, reordered.columnNames, reordered.columns],
        `encodeFactor([b, a, c, a], { levels: [c, b, a] }): the given order is kept, so c is the reference (theory: ${THEORY})`,
      ).toEqual([
        ['c', 'b', 'a'],
        ['b', 'a'],
        [
          [1, 0],
          [0, 1],
          [0, 0],
          [0, 1],
        ],
      ]);
      const indicator = encodeFactor(['b', 'a', 'b'], { coding: 'indicator' });
      expect(
        [indicator.columnNames, indicator.columns],
        `encodeFactor([b, a, b], indicator): one column per level, named a and b (theory: ${THEORY})`,
      ).toEqual([
        ['a', 'b'],
        [
          [0, 1],
          [1, 0],
          [0, 1],
        ],
      ]);
      // Rows 0 and 2 share a level but not an array: appending x to one row (building y ~ g + x
      // in place) must not append it to every row of that level.
      indicator.columns[0]?.push(7);
      expect(
        indicator.columns[2],
        `encodeFactor([b, a, b], indicator): a value pushed onto row 0 appeared in row 2, so rows of one level are one shared array; return a fresh row per value (theory: ${THEORY})`,
      ).toEqual([0, 1]);
    });

    it('the joint test of the factor matches car::linearHypothesis, every field (C1.13.3)', () => {
      // R: fit_t <- lm(y ~ f + x); coef(fit_t) →
      //   0.60837668089218044 3.44590920594020478 −0.10425462712663780 0.50957979133355580
      // lh <- linearHypothesis(fit_t, c("fb = 0", "fc = 0")); lh$F[2] → 22.769860827499265,
      // lh$`Pr(>F)`[2] → 0.00012294605689220235, lh$RSS → 52.884824169911681 10.288926949777423,
      // lh$`Sum of Sq`[2] → 42.595897220134262, Res.Df 13 and 11.
      const result = linearHypothesisTest(TREATMENT_X, Y, FACTOR_ROWS, [0, 0]);
      expectAllClose(
        result.coefficients,
        [0.60837668089218044, 3.44590920594020478, -0.1042546271266378, 0.5095797913335558],
        {
          ...R_VALUE,
          hint: `y ~ f + x: coefficients of the unrestricted fit, intercept first (R coef(lm(y ~ f + x))) (theory: ${THEORY})`,
        },
      );
      expectAllClose(result.value, [3.44590920594020478, -0.1042546271266378], {
        ...R_VALUE,
        hint: `y ~ f + x, H₀: fb = fc = 0: value is Rb − r, here (b_fb, b_fc) (theory: ${THEORY})`,
      });
      expectClose(result.rss, 10.288926949777423, {
        ...R_VALUE,
        hint: `y ~ f + x: rss is the unrestricted model's RSS (car's second row), not the restricted 52.88 (theory: ${THEORY})`,
      });
      expectClose(result.sumOfSquares, 42.595897220134262, {
        ...R_VALUE,
        hint: hintFor(
          result.sumOfSquares,
          [
            [
              42.595897220134262 / 2,
              'sumOfSquares looks divided by q; it is the whole rise of the RSS, (Rb − r)ᵀ[R(XᵀX)⁻¹Rᵀ]⁻¹(Rb − r)',
            ],
          ],
          `y ~ f + x: sumOfSquares = RSS_restricted − RSS = 52.8848 − 10.2889 (theory: ${THEORY})`,
        ),
      });
      expect(
        [result.df1, result.df2],
        `y ~ f + x, two restrictions: df (q, n − p) = (2, 15 − 4); 12 would leave the intercept out of p (theory: ${THEORY})`,
      ).toEqual([2, 11]);
      expectClose(result.statistic, 22.769860827499265, {
        ...R_VALUE,
        hint: hintFor(
          result.statistic,
          [
            [
              2 * 22.769860827499265,
              'looks like the quadratic form was not divided by q: F = dᵀ[R(XᵀX)⁻¹Rᵀ]⁻¹d/(q·s²)',
            ],
            [
              (22.769860827499265 * 12) / 11,
              'looks like s² = RSS/(n − p) with p not counting the intercept',
            ],
            [
              (22.769860827499265 * 15) / 11,
              'looks like s² = RSS/n; the unbiased s² divides by n − p',
            ],
          ],
          `y ~ f + x: F = 22.7699 (R car::linearHypothesis) (theory: ${THEORY})`,
        ),
      });
      expectClose(result.pValue, 0.00012294605689220235, {
        rtol: 1e-7,
        atol: 0,
        hint: `y ~ f + x: p = P(F(2, 11) > 22.77) = 1.229e-4 (R) (theory: ${THEORY})`,
      });
    });

    it('a general Rβ = r with non-unit rows and a right-hand side matches car::linearHypothesis', () => {
      // R: linearHypothesis(fit_t, rbind(c(0, 1, −1, 0), c(0, 0, 1, 2)), rhs = c(1, 0.5)) →
      //   F 12.795364295446463, Pr(>F) 0.0013462290372717746, Sum of Sq 23.93646700575253,
      //   RSS 34.225393955529952 10.288926949777423, attr(, "value") 2.5501638330668426 0.4149049555404738.
      const result = linearHypothesisTest(
        TREATMENT_X,
        Y,
        [
          [0, 1, -1, 0],
          [0, 0, 1, 2],
        ],
        [1, 0.5],
      );
      expectAllClose(result.value, [2.5501638330668426, 0.4149049555404738], {
        ...R_VALUE,
        hint: `fb − fc = 1, fc + 2x = 0.5: value = Rb − r; r must be subtracted, and R's rows read over [1, fb, fc, x] (theory: ${THEORY})`,
      });
      expectClose(result.sumOfSquares, 23.93646700575253, {
        ...R_VALUE,
        hint: `fb − fc = 1, fc + 2x = 0.5: the quadratic form needs the full q × q matrix R(XᵀX)⁻¹Rᵀ, off-diagonal terms included (theory: ${THEORY})`,
      });
      expectClose(result.statistic, 12.795364295446463, {
        ...R_VALUE,
        hint: `fb − fc = 1, fc + 2x = 0.5: F = 12.7954 (R car::linearHypothesis with rhs) (theory: ${THEORY})`,
      });
      expectClose(result.pValue, 0.0013462290372717746, {
        rtol: 1e-7,
        atol: 0,
        hint: `p = P(F(2, 11) > 12.795) (theory: ${THEORY})`,
      });
    });

    it('the nested F test matches R anova(small, large), every field (C1.13.3)', () => {
      // R: anova(lm(y ~ f + x), lm(y ~ f * x)) → RSS 10.2889269497774229 5.0959600249827366,
      //   Df 2, Res.Df 9, F 4.5856621808282831, Pr(>F) 0.042349830782786459.
      const result = nestedFTest(TREATMENT_X, INTERACTION_X(0), Y);
      expectClose(result.rssSmall, 10.288926949777423, {
        ...R_VALUE,
        hint: `y ~ f + x inside y ~ f * x: rssSmall is the RSS of the small model (theory: ${THEORY})`,
      });
      expectClose(result.rssLarge, 5.0959600249827366, {
        ...R_VALUE,
        hint: `y ~ f * x: rssLarge is the RSS of the large model (theory: ${THEORY})`,
      });
      expect(
        [result.df1, result.df2],
        `y ~ f + x inside y ~ f * x: df (p_large − p_small, n − p_large) = (6 − 4, 15 − 6); df2 of the small model would be 11 (theory: ${THEORY})`,
      ).toEqual([2, 9]);
      expectClose(result.statistic, 4.5856621808282831, {
        ...R_VALUE,
        hint: hintFor(
          result.statistic,
          [
            [
              // (ΔRSS/2)/(RSS_small/11), the small model's s² (R's RSS values above).
              5.19296692479469 / 2 / (10.288926949777423 / 11),
              'looks like the denominator used the small model’s RSS/(n − p_small); s² comes from the large model',
            ],
            [
              4.5856621808282831 * 2,
              'looks like the drop in RSS was not divided by p_large − p_small',
            ],
          ],
          `F = ((RSS_small − RSS_large)/2)/(RSS_large/9) = 4.5857 (R anova) (theory: ${THEORY})`,
        ),
      });
      expectClose(result.pValue, 0.042349830782786459, {
        rtol: 1e-7,
        atol: 0,
        hint: `p = P(F(2, 9) > 4.586) (R anova) (theory: ${THEORY})`,
      });
    });

    it('without an intercept the design is taken as given: the cell-means model (C1.13.2)', () => {
      // R: linearHypothesis(lm(y ~ 0 + f), rbind(c(1, −1, 0), c(1, 0, −1)), rhs = c(0, 0)) →
      //   F 6.1171890963548519, Pr(>F) 0.014739956098297398: the one-way ANOVA F of
      //   anova(lm(y ~ 1), lm(y ~ f)) (RSS 66.3677733333333 and 32.862955).
      const cells = G.map((_, i) => [IS_A[i]!, IS_B[i]!, IS_C[i]!]);
      const rows = [
        [1, -1, 0],
        [1, 0, -1],
      ];
      const result = linearHypothesisTest(cells, Y, rows, [0, 0], { intercept: false });
      expectClose(result.statistic, 6.1171890963548519, {
        ...R_VALUE,
        hint: `y ~ 0 + f, H₀: μa = μb = μc with intercept: false: F = 6.1172 (R); no constant column is added, R has 3 columns (theory: ${THEORY})`,
      });
      expect([result.df1, result.df2], `y ~ 0 + f: df (2, 15 − 3) (theory: ${THEORY})`).toEqual([
        2, 12,
      ]);
      expectClose(result.rss, 32.862955, {
        ...R_VALUE,
        hint: `y ~ 0 + f: rss 32.862955, the within-group sum of squares (theory: ${THEORY})`,
      });
      // The same hypothesis as nested models, with the constant column written out.
      const nested = nestedFTest(
        G.map(() => [1]),
        cells,
        Y,
        { intercept: false },
      );
      expectClose(nested.statistic, 6.1171890963548519, {
        ...R_VALUE,
        hint: `y ~ 1 inside y ~ 0 + f with intercept: false: the column of ones is given, not added (theory: ${THEORY})`,
      });
      expectClose(nested.rssSmall, 66.3677733333333, {
        rtol: 1e-12,
        atol: 0,
        hint: `y ~ 1: rssSmall = Σ(y − ȳ)² = 66.3678 (theory: ${THEORY})`,
      });
      expectClose(nested.pValue, 0.014739956098297398, {
        rtol: 1e-7,
        atol: 0,
        hint: `p = P(F(2, 12) > 6.117) (theory: ${THEORY})`,
      });
    });

    it('far-tail p-values keep their digits: 2.4e-130 is not 0 (upper tail, not 1 − CDF)', () => {
      // y = 2 + 3i + 0.001·((7i mod 5) − 2), i = 1 … 32: the slope is known to 1e-10.
      // R: i <- 1:32; yt <- 2 + 3 * i + 0.001 * (((i * 7) %% 5) - 2); ft <- lm(yt ~ i)
      //   linearHypothesis(ft, c(0, 1), 0) → F 11531341010.25057, Pr(>F) 2.4455838332933756e-130
      //   anova(lm(yt ~ 1), ft) → the same F (11531341010.250565) and p.
      const rows = Array.from({ length: 32 }, (_, k) => [k + 1]);
      const yt = rows.map(([i]) => 2 + 3 * (i as number) + 0.001 * ((((i as number) * 7) % 5) - 2));
      const wald = linearHypothesisTest(rows, yt, [[0, 1]], [0]);
      expectClose(wald.statistic, 11531341010.25057, {
        rtol: 1e-6,
        atol: 0,
        hint: `steep line: F = 1.153e10 (R) (theory: ${THEORY})`,
      });
      expectClose(wald.pValue, 2.4455838332933756e-130, {
        rtol: 1e-5,
        atol: 0,
        hint:
          wald.pValue === 0
            ? `p came out 0: looks like 1 − CDF, which cancels to 0 below 1e-16; use the upper tail directly (fSurvival) (theory: ${THEORY})`
            : `p = P(F(1, 30) > 1.153e10) = 2.4456e-130 (R pf(…, lower.tail = FALSE)) (theory: ${THEORY})`,
      });
      const nested = nestedFTest(
        rows.map(() => [1]),
        rows.map(([i]) => [1, i as number]),
        yt,
        { intercept: false },
      );
      expectClose(nested.pValue, 2.4455838332933756e-130, {
        rtol: 1e-5,
        atol: 0,
        hint:
          nested.pValue === 0
            ? `nestedFTest p came out 0: looks like 1 − CDF; use the upper tail directly (theory: ${THEORY})`
            : `nestedFTest: p = 2.4456e-130 (R anova) (theory: ${THEORY})`,
      });
    });
  });

  describe('properties', () => {
    it('the nested F equals the Rβ = 0 test of the dropped coefficients, for any data (C1.13.3)', () => {
      assertProperty(
        fc.property(
          fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 15, maxLength: 15 }),
          fc.double({ min: -4, max: 4, noNaN: true }),
          (noise, shift) => {
            const y = Y.map((value, i) => value + noise[i]!);
            const small = TREATMENT_X;
            const large = INTERACTION_X(shift);
            const nested = nestedFTest(small, large, y);
            const wald = linearHypothesisTest(
              large,
              y,
              [
                [0, 0, 0, 0, 1, 0],
                [0, 0, 0, 0, 0, 1],
              ],
              [0, 0],
            );
            expectClose(nested.statistic, wald.statistic, {
              rtol: 1e-7,
              atol: 1e-10,
              hint: `y ~ f + x inside y ~ f * (x − ${shift}): the nested F must equal the Wald F of the two interaction coefficients being 0 (theory: C1.13.3, ${THEORY})`,
            });
            expectClose(nested.rssSmall - nested.rssLarge, wald.sumOfSquares, {
              rtol: 1e-7,
              atol: 1e-10,
              hint: `the Wald sum of squares is the rise in RSS when the restriction is imposed (theory: ${THEORY})`,
            });
          },
        ),
        { seed: PROPERTY_SEED, numRuns: 4 },
      );
    });

    it('with q = 1 the F is the square of R’s t value and its p-value the two-sided t p-value (C1.13.3)', () => {
      // R: summary(lm(y ~ f + x))$coefficients["fb", ] → t 5.80585140357271001,
      //   p 0.00011827268941027422; linearHypothesis(fit_t, "fb = 0")$F[2] → 33.707910520367214.
      const fb = linearHypothesisTest(TREATMENT_X, Y, [[0, 1, 0, 0]], [0]);
      expectClose(fb.statistic, 5.80585140357271001 ** 2, {
        ...R_VALUE,
        hint: hintFor(
          fb.statistic,
          [[5.80585140357271001, 'looks like t, not t²: the F of one restriction is t²']],
          `fb = 0: F = t² = 5.8059² (R) (theory: C1.13.3, ${THEORY})`,
        ),
      });
      expectClose(fb.pValue, 0.00011827268941027422, {
        rtol: 1e-7,
        atol: 0,
        hint: `fb = 0: P(F(1, 11) > t²) is the two-sided t p-value 1.1827e-4 (theory: ${THEORY})`,
      });
      expect(fb.df1, `fb = 0: one row of R, df1 = 1 (theory: ${THEORY})`).toBe(1);
    });

    it('F does not depend on units: a column × 1e±8 or y × 1e-8 gives R’s F (every cut-off is relative)', () => {
      // R: summary(lm(y ~ f + I(x * 1e-8)))$coef[4, "t value"]^2 → 24.134130776175855, the same
      // as for x itself; anova(lm(y * 1e-8 ~ x), lm(y * 1e-8 ~ f + x))$F[2] → 22.769860827499322.
      const inUnits = (factor: number) =>
        TREATMENT_X.map((row) => [row[0]!, row[1]!, row[2]! * factor]);
      const slope = linearHypothesisTest(inUnits(1e-8), Y, [[0, 0, 0, 1]], [0]);
      expectClose(slope.statistic, 24.134130776175855, {
        ...R_VALUE,
        hint: `x × 1e-8, H₀: β_x = 0: F = t² = 24.134 as for x (R); an error or another F means a tolerance was absolute, not relative to the row's or column's size (theory: ${THEORY})`,
      });
      const xOnly = (factor: number) => X.map((x) => [x * factor]);
      // The small model's column (x + 2·fb)·1e8 is a combination of the large model's columns,
      // so rounding leaves a residual near ε·2e9, far above 1e-8/‖column‖.
      // R: anova(lm(y ~ I((x + 2*fb)*1e8)), lm(y ~ f + I(x*1e8)))$F[2] → 11.19062190613807.
      const combined = X.map((x, i) => [(x + 2 * IS_B[i]!) * 1e8]);
      const nested = nestedFTest(combined, inUnits(1e8), Y);
      expectClose(nested.statistic, 11.19062190613807, {
        ...R_VALUE,
        hint: `(x + 2·fb)·1e8 inside y ~ f + x·1e8: nested, F = 11.191 (R); a refusal means the nesting residual was not judged relative to the column's norm (theory: ${THEORY})`,
      });
      const small = Y.map((v) => v * 1e-8);
      for (const [label, statistic] of [
        [
          'linearHypothesisTest',
          linearHypothesisTest(TREATMENT_X, small, FACTOR_ROWS, [0, 0]).statistic,
        ],
        ['nestedFTest', nestedFTest(xOnly(1), TREATMENT_X, small).statistic],
      ] as const) {
        expectClose(statistic, 22.769860827499322, {
          ...R_VALUE,
          hint: `${label}, y × 1e-8: the factor's F is 22.770 as for y (R); a refusal as a perfect fit means ‖y − Xb‖ was compared with an absolute cut-off, not 1e-10·‖y‖ (theory: ${THEORY})`,
        });
      }
    });

    it('at r = Rb the statistic and the sum of squares are 0 and the p-value 1', () => {
      // Hand derivation: Rb − r = 0 makes the quadratic form 0, and P(F > 0) = 1.
      const slope = linearHypothesisTest(TREATMENT_X, Y, [[0, 0, 0, 1]], [0]).coefficients[3]!;
      const result = linearHypothesisTest(TREATMENT_X, Y, [[0, 0, 0, 1]], [slope]);
      const hint = (what: string) =>
        `H₀: β_x = b_x (its own estimate ${slope}): ${what}; an error here refuses an exact 0 as if it had underflowed (theory: ${THEORY})`;
      expectClose(result.statistic, 0, { rtol: 0, atol: 1e-12, hint: hint('F = 0') });
      expectClose(result.sumOfSquares, 0, { rtol: 0, atol: 1e-12, hint: hint('sum of squares 0') });
      expectClose(result.pValue, 1, { rtol: 0, atol: 1e-9, hint: hint('p-value 1') });
    });

    it('treatment and sum coding give the same fit and the same factor test, but different coefficients (C1.13.1)', () => {
      // R: fit_s <- lm(y ~ f + x, contrasts = list(f = "contr.sum")); coef(fit_s) →
      //   1.72226154049670077 −1.11388485960452255 2.33202434633568334 0.50957979133355602;
      //   all.equal(fitted(fit_s), fitted(fit_t)) → TRUE;
      //   linearHypothesis(fit_s, c("f1 = 0", "f2 = 0"))$F[2] → 22.769860827499258;
      //   linearHypothesis(fit_s, "f1 = 0") → F 9.7092310941635986 (t −3.1159639109212414),
      //   Pr(>F) 0.0098204331997798142; linearHypothesis(fit_t, "fb = 0")$F[2] → 33.707910520367214.
      const treatment = linearHypothesisTest(TREATMENT_X, Y, FACTOR_ROWS, [0, 0]);
      const sum = linearHypothesisTest(SUM_X, Y, FACTOR_ROWS, [0, 0]);
      expectAllClose(
        sum.coefficients,
        [1.72226154049670077, -1.11388485960452255, 2.33202434633568334, 0.50957979133355602],
        {
          ...R_VALUE,
          hint: `y ~ f + x in sum coding: the intercept is the mean of the level means at x = 0, f1 and f2 the deviations of a and b from it (R) (theory: ${THEORY})`,
        },
      );
      expectClose(sum.rss, treatment.rss, {
        ...IDENTITY,
        hint: `the coding changes the columns, not the space they span: same fitted values, same RSS (theory: C1.13.1, ${THEORY})`,
      });
      expectClose(sum.statistic, treatment.statistic, {
        ...IDENTITY,
        hint: `"f does not matter" is one hypothesis whatever the coding: the same F (theory: C1.13.1, ${THEORY})`,
      });
      const aVersusMean = linearHypothesisTest(SUM_X, Y, [[0, 1, 0, 0]], [0]);
      expectClose(aVersusMean.statistic, 9.7092310941635986, {
        ...R_VALUE,
        hint: `sum coding, f1 = 0 asks whether level a differs from the mean of the level means: F = 9.709 (R), not the treatment test of b vs a (33.71) (theory: ${THEORY})`,
      });
      expectClose(aVersusMean.pValue, 0.0098204331997798142, {
        rtol: 1e-7,
        atol: 0,
        hint: `sum coding, f1 = 0: p = 0.00982 (R) (theory: ${THEORY})`,
      });
    });

    it('centring x makes the intercept the mean response at x̄: its t² is the uncentred test of β₀ + β₁x̄ = 0 (C1.13.4)', () => {
      // R: linearHypothesis(lm(y ~ x), c(1, mean(x)), 0) → F 71.104380239313983,
      //   attr(, "value") 4.3913333333333311 (= ȳ); summary(lm(y ~ I(x - mean(x)))) → intercept
      //   t 8.4323413260679825; mean(x) = 4.7733333333333334.
      const xBar = X.reduce((s, v) => s + v, 0) / X.length;
      const raw = linearHypothesisTest(
        X.map((v) => [v]),
        Y,
        [[1, xBar]],
        [0],
      );
      expectClose(raw.statistic, 71.104380239313983, {
        ...R_VALUE,
        hint: `y ~ x, H₀: β₀ + β₁x̄ = 0: F = 71.104 (R); the row [1, x̄] is not a unit vector, so the off-diagonal of (XᵀX)⁻¹ matters (theory: ${THEORY})`,
      });
      expectClose(raw.value[0] ?? Number.NaN, 4.3913333333333311, {
        ...R_VALUE,
        hint: `y ~ x: b₀ + b₁x̄ = ȳ (theory: ${THEORY})`,
      });
      const centred = linearHypothesisTest(
        X.map((v) => [v - xBar]),
        Y,
        [[1, 0]],
        [0],
      );
      expectClose(centred.statistic, 8.4323413260679825 ** 2, {
        ...R_VALUE,
        hint: `y ~ (x − x̄): the intercept test is t² = 8.4323² and the same hypothesis as above (theory: C1.13.4, ${THEORY})`,
      });
      expectClose(centred.coefficients[0] ?? Number.NaN, 4.3913333333333311, {
        ...R_VALUE,
        hint: `y ~ (x − x̄): the intercept is ȳ (theory: ${THEORY})`,
      });
    });

    it('hierarchy: the interaction test survives a shift of x only with its main effects in the model (C1.13.4)', () => {
      // R (fb, fc the treatment dummies, xc <- x − 5):
      //   anova(lm(y ~ x), lm(y ~ x + I(fb*x) + I(fc*x)))$F[2] → 39.635817036307103
      //   anova(lm(y ~ xc), lm(y ~ xc + I(fb*xc) + I(fc*xc)))$F[2] → 0.12577838935521896
      //   anova(lm(y ~ fb + fc + xc), lm(y ~ fb + fc + xc + I(fb*xc) + I(fc*xc)))$F[2]
      //     → 4.5856621808282831, as without the shift
      //   linearHypothesis(lm(y ~ fb + fc + x + I(fb*x) + I(fc*x)), c(0,1,0,0,0,0), 0)$F[2]
      //     → 1.0339242490611764; with xc → 61.126853177349851
      const withoutMainEffects = (shift: number) =>
        nestedFTest(
          X.map((v) => [v - shift]),
          INTERACTION_X(shift).map((row) => [row[2], row[3], row[4]] as number[]),
          Y,
        );
      expectClose(withoutMainEffects(0).statistic, 39.635817036307103, {
        ...R_VALUE,
        hint: `y ~ x vs y ~ x + fb:x + fc:x: F = 39.64 (R) (theory: ${THEORY})`,
      });
      expectClose(withoutMainEffects(5).statistic, 0.12577838935521896, {
        ...R_VALUE,
        hint: `the same models with x − 5: F = 0.126 (R). Without main effects the interaction columns also carry level shifts at x = 0, so moving the origin of x changes the hypothesis (theory: C1.13.4, ${THEORY})`,
      });
      const hierarchical = nestedFTest(TREATMENT_X, INTERACTION_X(0), Y).statistic;
      const shifted = nestedFTest(
        INTERACTION_X(5).map((row) => row.slice(0, 3)),
        INTERACTION_X(5),
        Y,
      ).statistic;
      expectClose(shifted, hierarchical, {
        ...IDENTITY,
        hint: `with f and x in the model, the interaction's F is the same for x and x − 5 (4.5857, R) (theory: C1.13.4, ${THEORY})`,
      });
      const mainEffect = (shift: number) =>
        linearHypothesisTest(INTERACTION_X(shift), Y, [[0, 1, 0, 0, 0, 0]], [0]).statistic;
      expectClose(mainEffect(0), 1.0339242490611764, {
        ...R_VALUE,
        hint: `y ~ f * x: fb = 0 asks about b vs a at x = 0: F = 1.034 (R) (theory: ${THEORY})`,
      });
      expectClose(mainEffect(5), 61.126853177349851, {
        ...R_VALUE,
        hint: `y ~ f * (x − 5): fb = 0 now asks about b vs a at x = 5: F = 61.13 (R); a main effect beside its interaction is a simple effect at the origin (theory: C1.13.4, ${THEORY})`,
      });
    });

    it('no function changes its inputs', () => {
      const levels = Object.freeze(['a', 'b', 'c']);
      const values = Object.freeze([...G]);
      const X2 = frozenRows(TREATMENT_X);
      const y = Object.freeze([...Y]);
      const R = frozenRows(FACTOR_ROWS);
      const r = Object.freeze([0, 0]);
      const run = () => {
        contrastMatrix(levels, { coding: 'sum' });
        encodeFactor(values, { levels, reference: 'b' });
        linearHypothesisTest(X2, y, R, r);
        nestedFTest(frozenRows(X.map((v) => [v])), X2, y);
      };
      try {
        run();
      } catch (error) {
        // A write into a frozen array is a TypeError; a stub's NotImplementedError passes through.
        if (error instanceof TypeError)
          expect.fail(
            `frozen inputs: writing into levels, values, X, y, R or r throws (${error.message}); work on copies (theory: ${THEORY})`,
          );
        throw error;
      }
      const copy = encodeFactor(values).columns;
      copy[0]![0] = 99;
      expect(
        encodeFactor(values).columns[0],
        `encodeFactor: each call returns fresh rows (theory: ${THEORY})`,
      ).toEqual([1, 0]);
    });
  });

  describe('diagnostics', () => {
    it('under H₀ the p-value is uniform: its mean is 1/2 (exact F(q, n − p) with normal errors, A6; C1.13.3)', () => {
      // 150 seeded replicates, n = 16, p = 4, q = 2, β satisfies Rβ = r, σ = 2. Under H₀ the
      // p-value is Uniform(0, 1): mean 1/2, SE √(1/12/150) = 0.024; the band is ±4 SE (the
      // reference gives 0.487). A test that forgets to divide by q has mean p ≈ 0.34 (R:
      // mean(pf(2 * rf(1e6, 2, 12), 2, 12, lower.tail = FALSE)); 0.333 on these draws), one
      // that ignores r 0.379 on these draws; one on F(q, n) instead of F(q, n − p) stays inside
      // the band (R: 0.495), which is why the R values above pin the degrees of freedom.
      // (Kept small: each replicate is a fit.)
      const rng = createRng(SEED);
      const design = Array.from({ length: 16 }, () => [rng.normal(), rng.normal(), rng.normal()]);
      const beta = [1, 0.5, 0.5, -1];
      const rows = [
        [0, 1, -1, 0],
        [0, 0, 1, 2],
      ];
      const rhs = [0, -1.5];
      const replicates = 150;
      let total = 0;
      for (let k = 0; k < replicates; k += 1) {
        const y = design.map(
          (row) => beta[0]! + row.reduce((s, v, j) => s + v * beta[j + 1]!, 0) + rng.normal(0, 2),
        );
        total += linearHypothesisTest(design, y, rows, rhs).pValue;
      }
      const meanP = total / replicates;
      const se = Math.sqrt(1 / 12 / replicates);
      expectClose(meanP, 0.5, {
        rtol: 0,
        atol: 4 * se,
        hint:
          meanP < 0.4
            ? `mean p-value ${meanP.toFixed(3)} under H₀, far below 1/2: the test rejects too often; looks like F was not divided by q, or r was not subtracted (theory: ${THEORY})`
            : `mean p-value ${meanP.toFixed(3)} under H₀ should be 0.5 ± ${(4 * se).toFixed(3)}: p = P(F(q, n − p) > F), an upper tail (theory: ${THEORY})`,
      });
    });
  });

  describe('errors', () => {
    it('the dummy trap: an intercept with one indicator per level is rank deficient (C1.13.2)', () => {
      const cells = G.map((_, i) => [IS_A[i]!, IS_B[i]!, IS_C[i]!, X[i]!]);
      expectLabError(
        () => linearHypothesisTest(cells, Y, [[0, 0, 0, 0, 1]], [0]),
        RankDeficiencyError,
        'linearHypothesisTest',
        `intercept + indicators for a, b, c: the three columns add up to the constant column (theory: C1.13.2, ${THEORY})`,
      );
      expectLabError(
        () =>
          nestedFTest(
            X.map((v) => [v]),
            cells,
            Y,
          ),
        RankDeficiencyError,
        'nestedFTest',
        `intercept + indicators for a, b, c in Xlarge: the dummy trap (theory: C1.13.2, ${THEORY})`,
      );
    });

    it('contrastMatrix and encodeFactor refuse what cannot be coded', () => {
      const cases: [string, () => unknown, new (...args: never[]) => Error, string][] = [
        ['no levels', () => contrastMatrix([]), EmptyInputError, 'contrastMatrix'],
        ['one level', () => contrastMatrix(['a']), InvalidArgumentError, 'contrastMatrix'],
        [
          'a repeated level',
          () => contrastMatrix(['a', 'b', 'a']),
          InvalidArgumentError,
          'contrastMatrix',
        ],
        [
          'a level that is not a string',
          () => contrastMatrix(['a', 2 as unknown as string]),
          InvalidArgumentError,
          'contrastMatrix',
        ],
        [
          'an unknown coding',
          () => contrastMatrix(['a', 'b'], { coding: 'helmert' as 'sum' }),
          InvalidArgumentError,
          'contrastMatrix',
        ],
        [
          'an unknown reference',
          () => contrastMatrix(['a', 'b'], { reference: 'z' }),
          InvalidArgumentError,
          'contrastMatrix',
        ],
        [
          'a reference with indicator coding',
          () => contrastMatrix(['a', 'b'], { coding: 'indicator', reference: 'a' }),
          InvalidArgumentError,
          'contrastMatrix',
        ],
        [
          'levels that are one string, not an array of strings',
          () => contrastMatrix('abc' as unknown as string[]),
          InvalidArgumentError,
          'contrastMatrix',
        ],
        [
          'a reference that is a level position, not a level',
          () => contrastMatrix(['a', 'b', 'c'], { reference: 1 as unknown as string }),
          InvalidArgumentError,
          'contrastMatrix',
        ],
        [
          'a reference that is the number 0, not a level',
          () =>
            contrastMatrix(['a', 'b', 'c'], { coding: 'sum', reference: 0 as unknown as string }),
          InvalidArgumentError,
          'contrastMatrix',
        ],
        ['no values', () => encodeFactor([]), EmptyInputError, 'encodeFactor'],
        [
          'values that are not an array',
          () => encodeFactor(null as unknown as string[]),
          InvalidArgumentError,
          'encodeFactor',
        ],
        [
          'a single distinct value',
          () => encodeFactor(['a', 'a']),
          InvalidArgumentError,
          'encodeFactor',
        ],
        [
          'a value outside options.levels',
          () => encodeFactor(['a', 'b', 'd'], { levels: ['a', 'b', 'c'] }),
          InvalidArgumentError,
          'encodeFactor',
        ],
        [
          'an unknown reference',
          () => encodeFactor(['a', 'b'], { coding: 'sum', reference: 'c' }),
          InvalidArgumentError,
          'encodeFactor',
        ],
      ];
      for (const [label, action, errorClass, name] of cases) {
        expectLabError(action, errorClass, name, `${name}: ${label} (theory: ${THEORY})`);
      }
    });

    it('linearHypothesisTest refuses a hypothesis that does not fit the model', () => {
      const cases: [string, () => unknown, new (...args: never[]) => Error][] = [
        [
          'R without a column for the intercept (3 columns, p = 4)',
          () => linearHypothesisTest(TREATMENT_X, Y, [[1, 0, 0]], [0]),
          ShapeMismatchError,
        ],
        [
          'R wider than the fitted design (5 columns, p = 4): never cut',
          () => linearHypothesisTest(TREATMENT_X, Y, [[0, 1, 0, 0, 0]], [0]),
          ShapeMismatchError,
        ],
        [
          'r with a different length from the rows of R',
          () => linearHypothesisTest(TREATMENT_X, Y, FACTOR_ROWS, [0]),
          ShapeMismatchError,
        ],
        [
          'rows of R that repeat one hypothesis',
          () =>
            linearHypothesisTest(
              TREATMENT_X,
              Y,
              [
                [0, 1, 0, 0],
                [0, 2, 0, 0],
              ],
              [0, 0],
            ),
          InvalidArgumentError,
        ],
        [
          'a zero row of R',
          () => linearHypothesisTest(TREATMENT_X, Y, [[0, 0, 0, 0]], [0]),
          InvalidArgumentError,
        ],
        [
          'more rows of R than coefficients',
          () =>
            linearHypothesisTest(
              X.map((v) => [v]),
              Y,
              [
                [1, 0],
                [0, 1],
                [1, 1],
              ],
              [0, 0, 0],
            ),
          InvalidArgumentError,
        ],
        [
          'rows of X and y of different lengths',
          () => linearHypothesisTest(TREATMENT_X, Y.slice(1), FACTOR_ROWS, [0, 0]),
          ShapeMismatchError,
        ],
        [
          'as many rows as coefficients',
          () => linearHypothesisTest(TREATMENT_X.slice(0, 4), Y.slice(0, 4), FACTOR_ROWS, [0, 0]),
          EmptyInputError,
        ],
        [
          'NaN in y',
          () => linearHypothesisTest(TREATMENT_X, [Number.NaN, ...Y.slice(1)], FACTOR_ROWS, [0, 0]),
          NonFiniteValueError,
        ],
        [
          'a perfect fit (RSS = 0)',
          () =>
            linearHypothesisTest(
              X.map((v) => [v]),
              X.map((v) => 1 + 2 * v),
              [[0, 1]],
              [0],
            ),
          InvalidArgumentError,
        ],
        [
          // ‖y‖ ≈ 2e9, so rounding leaves a residual far above 1e-10/‖y‖ but below 1e-10·‖y‖.
          'a perfect fit in large units (y = 1e8·(0.7 + 0.3x), exact up to rounding)',
          () =>
            linearHypothesisTest(
              X.map((v) => [v]),
              X.map((v) => 1e8 * (0.7 + 0.3 * v)),
              [[0, 1]],
              [0],
            ),
          InvalidArgumentError,
        ],
        [
          'a non-boolean intercept',
          () =>
            linearHypothesisTest(TREATMENT_X, Y, FACTOR_ROWS, [0, 0], {
              intercept: 'no' as unknown as boolean,
            }),
          InvalidArgumentError,
        ],
      ];
      for (const [label, action, errorClass] of cases) {
        expectLabError(
          action,
          errorClass,
          'linearHypothesisTest',
          `linearHypothesisTest: ${label} (theory: ${THEORY})`,
        );
      }
    });

    it('sums of squares beyond double precision throw NonFiniteValueError, never ∞ or a false 0', () => {
      // y × 10^±200: the RSS is about 10.29·10^±400 (R's lh$RSS 10.288926949777423 of y ~ f + x,
      // times the factor squared), outside double precision either way.
      for (const factor of [1e200, 1e-200]) {
        const scaled = Y.map((v) => v * factor);
        const hint = (name: string) =>
          `${name}, y × ${factor}: the residual sum of squares is near ${factor}², not a double: expected the overflow error, not ∞, 0 or a "perfect fit" (theory: ${THEORY})`;
        expectLabError(
          () => linearHypothesisTest(TREATMENT_X, scaled, FACTOR_ROWS, [0, 0]),
          NonFiniteValueError,
          'linearHypothesisTest',
          hint('linearHypothesisTest'),
        );
        expectLabError(
          () =>
            nestedFTest(
              X.map((x) => [x]),
              TREATMENT_X,
              scaled,
            ),
          NonFiniteValueError,
          'nestedFTest',
          hint('nestedFTest'),
        );
      }
    });

    it('nestedFTest refuses models that are not nested', () => {
      const cases: [string, () => unknown, new (...args: never[]) => Error][] = [
        [
          'a small model with a column outside the large one (x² in y ~ f + x)',
          () =>
            nestedFTest(
              X.map((v) => [v * v]),
              TREATMENT_X,
              Y,
            ),
          InvalidArgumentError,
        ],
        [
          'a "small" model as wide as the large one',
          () => nestedFTest(SUM_X, TREATMENT_X, Y),
          InvalidArgumentError,
        ],
        [
          'models of different row counts',
          () =>
            nestedFTest(
              X.slice(1).map((v) => [v]),
              TREATMENT_X,
              Y,
            ),
          ShapeMismatchError,
        ],
        [
          'a perfect fit of the large model',
          () =>
            nestedFTest(
              X.map((v) => [v]),
              TREATMENT_X,
              X.map((v) => 1 + 2 * v),
            ),
          InvalidArgumentError,
        ],
      ];
      for (const [label, action, errorClass] of cases) {
        expectLabError(
          action,
          errorClass,
          'nestedFTest',
          `nestedFTest: ${label} (theory: ${THEORY})`,
        );
      }
    });
  });
});
