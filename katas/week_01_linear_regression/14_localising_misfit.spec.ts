/**
 * Spec for kata 01.14 — Localising misfit.
 * Theory: theory/week_01_linear_regression.md#localising-misfit
 * Assumptions checked: A1 (a curved mean, localised to one regressor), A3 (rank deficiency
 * named); claims C1.14.1 (Frisch–Waugh–Lovell), C1.14.2 (partial residuals, R's centring), C1.14.3
 * (restricted cubic splines, Harrell's knots) and C1.14.4 (the nested F test of the spline term).
 *
 * Expected values come from R 4.2.2 with car 3.1.1, Hmisc 4.8.0 and rms 6.5.0 on carData::Prestige
 * (Fox & Weisberg's classic component-plus-residual example, n = 102), each beside the call that
 * produced it, and from the Frisch–Waugh–Lovell identities against helpers/least_squares.ts.
 */
import { describe, expect, it } from 'vitest';
import { expectAllClose, expectClose, expectLabError } from '../../helpers/assertions';
import { studentTQuantile } from '../../helpers/distributions';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  RankDeficiencyError,
  ShapeMismatchError,
} from '../../helpers/errors';
import { fitLeastSquares } from '../../helpers/least_squares';
import { assertProperty, fc } from '../../helpers/properties';
import { createRng } from '../../helpers/random';
import {
  addedVariableData,
  componentPlusResidualData,
  defaultKnots,
  restrictedCubicSplineBasis,
  splineTermTest,
} from './14_localising_misfit';
import { EDUCATION, INCOME, PRESTIGE, WOMEN } from '../../helpers/datasets/prestige';

const SEED = 'kata-01.14';
const PROPERTY_SEED = 1014;
const THEORY = 'theory: #localising-misfit';
/** Agreement with R: both solve the same least-squares problems by QR, to ~1e-13. */
const R_VALUE = { rtol: 1e-9, atol: 1e-12 };
/** R_VALUE with the case named, for a failure to say which value it was. */
const fromR = (what: string) => ({
  ...R_VALUE,
  hint: `${what}; expected value from R (${THEORY})`,
});
/** Identities that hold up to rounding. */
const IDENTITY = { rtol: 1e-8, atol: 1e-10 };

// carData::Prestige (R 4.2.2, carData 3.0.5): Canadian occupations, 1971 (helpers/datasets).
const PRESTIGE_MEAN = PRESTIGE.reduce((sum, v) => sum + v, 0) / PRESTIGE.length;
/** prestige ~ income + education + women: j = 0 income, 1 education, 2 women. */
const X = INCOME.map((income, i) => [income, EDUCATION[i]!, WOMEN[i]!]);
const y = PRESTIGE;
/** Rows 1, 2 and 102 (R's 1-based numbering): indices 0, 1, 101. */
const pick = (values: readonly number[]): number[] => [0, 1, 101].map((i) => values[i]!);

// fit <- lm(prestige ~ income + education + women, data = Prestige); coef(fit); sqrt(diag(vcov(fit)))
const COEF = [
  -6.7943342026038458, 0.0013135604282513587, 4.1866372746429263, -0.0089051567424734204,
];
const SE = [3.239088646341759, 0.00027778119838236875, 0.38870126132681371, 0.030407057643533731];
// fit0 <- lm(prestige ~ 0 + income + education + women, data = Prestige); same two calls
const COEF0 = [0.0013881151519181669, 3.5528036866980206, -0.012498606878090974];
const SE0 = [0.00028018869978250035, 0.24866669310495743, 0.030875665605442436];

const freezeRows = (rows: readonly (readonly number[])[]): readonly (readonly number[])[] =>
  Object.freeze(rows.map((row) => Object.freeze([...row])));
const dot = (a: readonly number[], b: readonly number[]): number =>
  a.reduce((sum, value, i) => sum + value * b[i]!, 0);
const withConstant = (rows: readonly (readonly number[])[], intercept: boolean): number[][] =>
  rows.map((row) => (intercept ? [1, ...row] : [...row]));

describe('kata 01.14 localising misfit', () => {
  describe('definition', () => {
    it('the added-variable plot regresses y and x_j on the other columns, as car::avPlots does, with slope b_j (C1.14.1)', () => {
      // X <- model.matrix(fit)
      // r <- lsfit(X[, colnames(X) != "income"], cbind(X[, "income"], Prestige$prestige),
      //            intercept = FALSE)$residuals; r[c(1, 2, 102), ]   (car:::avPlot.lm does this)
      const income = addedVariableData(X, y, 0);
      expectAllClose(
        pick(income.xResiduals),
        [2170.4664873348806, 16044.257676712434, 1569.8924798577514],
        {
          ...R_VALUE,
          hint: `xResiduals are the residuals of x_j regressed on the other columns and the constant, not x_j or x_j − mean (${THEORY})`,
        },
      );
      expectAllClose(
        pick(income.yResiduals),
        [7.4341551205574588, 11.683431607667034, 4.1406945319112953],
        {
          ...R_VALUE,
          hint:
            Math.abs(income.yResiduals[0]! - (y[0]! - PRESTIGE_MEAN)) < 1e-6
              ? `looks like y was not residualised on the other columns (only centred): the plot's vertical axis is y with every other column's contribution removed (${THEORY})`
              : `yResiduals are the residuals of y regressed on the other columns and the constant (${THEORY})`,
        },
      );
      expectClose(income.slope, COEF[1]!, {
        ...R_VALUE,
        hint: `the added-variable slope is the full fit's b_j (Frisch–Waugh–Lovell; C1.14.1) (${THEORY})`,
      });
      // The plot's own regression, summary(lm(r[, 2] ~ 0 + r[, 1])), reports 0.00027362463681570171:
      // it divides the RSS by n − 1 = 101, not by the full model's n − p = 98.
      const naive = 0.00027362463681570171;
      expectClose(income.standardError, SE[1]!, {
        ...R_VALUE,
        hint:
          Math.abs(income.standardError - naive) < 1e-3 * naive
            ? `looks like the standard error used the added-variable plot's own degrees of freedom (n − 1); the other p − 1 columns were fitted too, so divide the RSS by n − p (C1.14.1) (${THEORY})`
            : `the standard error of the added-variable slope is b_j's in the full fit: √(RSS/(n − p))/‖x̃_j‖ (${THEORY})`,
      });
      // j = 2 (women): the last column, a negative slope.
      const women = addedVariableData(X, y, 2);
      expectAllClose(
        pick(women.xResiduals),
        [-1.2360467594660673, 68.63777103731168, 36.973356838455715],
        {
          ...R_VALUE,
          hint: `j is the 0-based column of X, the constant not counted: j = 2 is women (${THEORY})`,
        },
      );
      expectAllClose(
        pick(women.yResiduals),
        [4.5941234220827072, -10.002900486671807, 1.7492923558189106],
        fromR(`women: yResiduals, y regressed on the constant, income and education`),
      );
      expectClose(women.slope, COEF[3]!, fromR(`women: the added-variable slope is b_j`));
      expectClose(
        women.standardError,
        SE[3]!,
        fromR(`women: b_j's standard error with the full model's n − p df`),
      );
    });

    it('the added-variable residuals are the full fit’s residuals (C1.14.1)', () => {
      const full = fitLeastSquares('spec', withConstant(X, true), y);
      for (const j of [0, 1, 2]) {
        const data = addedVariableData(X, y, j);
        expectAllClose(data.residuals, full.residuals, {
          ...IDENTITY,
          hint: `column ${j}: residuals = yResiduals − slope·xResiduals equal the full fit's residuals (Frisch–Waugh–Lovell) (${THEORY})`,
        });
      }
    });

    it('without an intercept only the other columns are regressed out, and the slope goes through the origin (C1.14.1)', () => {
      // X0 <- model.matrix(fit0)
      // r <- lsfit(X0[, -2], cbind(X0[, 2], Prestige$prestige), intercept = FALSE)$residuals
      const education = addedVariableData(X, y, 1, { intercept: false });
      expectAllClose(
        pick(education.xResiduals),
        [-0.78431719098303676, -15.03070496601468, -1.8799254002174162],
        {
          ...R_VALUE,
          hint: `with intercept false no constant is among the other columns: its residuals no longer average 0 (${THEORY})`,
        },
      );
      expectAllClose(
        pick(education.yResiduals),
        [2.4310928711417619, -63.73130483268536, -5.9905136489154822],
        fromR(`education without an intercept: yResiduals, y regressed on income and women only`),
      );
      // car draws lsfit(r[, 1], r[, 2]) with a constant of its own: slope 3.5927816199947982, which
      // is b_j only when the model has an intercept (mean(r[, 1]) = 0.94 here, not 0).
      expectClose(education.slope, COEF0[1]!, {
        ...R_VALUE,
        hint:
          Math.abs(education.slope - 3.5927816199947982) < 1e-6
            ? `looks like the plot's line was fitted with a constant of its own: without an intercept the residuals do not average 0, and only the line through the origin has slope b_j (${THEORY})`
            : `without an intercept the slope is still b_j of the fit without a constant, 3.5528 (${THEORY})`,
      });
      expectClose(
        education.standardError,
        SE0[1]!,
        fromR(`education without an intercept: b_j's standard error, n − p = 99 df`),
      );
      const full = fitLeastSquares('spec', withConstant(X, false), y);
      expectAllClose(education.residuals, full.residuals, {
        ...IDENTITY,
        hint: `education without an intercept: the plot's residuals are the full fit's (${THEORY})`,
      });
    });

    it('the component-plus-residual data are R’s partial residuals, e + b_j·(x_j − mean x_j) with an intercept (C1.14.2)', () => {
      // pr <- residuals(fit, type = "partial"); pr[c(1, 2, 102), "income"]; mean(Prestige$income)
      const income = componentPlusResidualData(X, y, 0);
      const expected = [11.877446070462575, 15.672504934767765, -2.0997610480726694];
      const shifted = pick(income.partialResiduals).map(
        (value) => value - COEF[1]! * 6797.9019607843138,
      );
      expectAllClose(pick(income.partialResiduals), expected, {
        ...R_VALUE,
        hint:
          Math.abs(shifted[0]! - expected[0]!) < 1e-6
            ? `looks like the component was not centred: R's residuals(fit, type = "partial") and car::crPlots use e + b_j·(x_j − mean x_j) when the model has an intercept (C1.14.2) (${THEORY})`
            : `partial residuals are the full fit's residuals plus b_j·(x_j − mean x_j), b_j from the full fit, not from a regression of y on x_j alone (${THEORY})`,
      });
      expectClose(
        income.slope,
        COEF[1]!,
        fromR(`income: the partial-residual slope is b_j of the full fit`),
      );
      expectClose(income.centre, 6797.9019607843138, {
        ...R_VALUE,
        hint: `centre is mean(x_j) when the model has an intercept (${THEORY})`,
      });
      expect(income.x, 'x is column j of X as given').toEqual(INCOME);
      // pr[c(1, 2, 102), "women"]; mean(Prestige$women) = 28.979019607843139
      const women = componentPlusResidualData(X, y, 2);
      expectAllClose(
        pick(women.partialResiduals),
        [4.7417973945536884, -9.1694063953842413, 1.7055001472727231],
        fromR(`women: e + b_j·(x_j − mean x_j)`),
      );
      expectClose(
        women.centre,
        28.979019607843139,
        fromR(`women: centre = mean(x_j) with an intercept`),
      );
      expectClose(women.slope, COEF[3]!, fromR(`women: the partial-residual slope is b_j`));
      expect(women.x, 'j = 2 is the third column of X').toEqual(WOMEN);
    });

    it('without an intercept R does not centre the term: e + b_j·x_j (C1.14.2)', () => {
      // pr0 <- residuals(fit0, type = "partial"); pr0[c(1, 2, 102), "education"]; R's predict(type =
      // "terms") centres only when the model has an intercept: max |pr0 − (e + b·x)| is 0 there.
      const education = componentPlusResidualData(X, y, 1, { intercept: false });
      expectAllClose(
        pick(education.partialResiduals),
        [51.794874211417927, 33.22721238315971, 31.064963764962286],
        {
          ...R_VALUE,
          hint: `without an intercept nothing can absorb a shift, and R leaves the term uncentred: centre = 0 (C1.14.2) (${THEORY})`,
        },
      );
      expect(education.centre, 'centre is 0 without an intercept').toBe(0);
      expectClose(
        education.slope,
        COEF0[1]!,
        fromR(`education without an intercept: slope = b_j of the fit without a constant`),
      );
      expect(education.x, 'x is column j of X as given (j = 1: education)').toEqual(EDUCATION);
    });

    it('default knots are Harrell’s type-7 quantiles, five by default (Hmisc::rcspline.eval) (C1.14.3)', () => {
      // Hmisc::rcspline.eval(Prestige$income, nk = k, knots.only = TRUE), k = 3 … 7 (n = 102 ≥ 100)
      const cases: [number, number[]][] = [
        [3, [3026, 5930.5, 11029.3]],
        [4, [2455.3, 4745.2, 7314.7, 14156.45]],
        [5, [2455.3, 4306.15, 5930.5, 8044.35, 14156.45]],
        [6, [2455.3, 3963.62, 5152.86, 6639.67, 8302.66, 14156.45]],
        [
          7,
          [
            1778.85, 3630.4333333333334, 4718.875, 5930.5, 7442.8583333333336, 8854.6666666666661,
            18336.374999999989,
          ],
        ],
      ];
      for (const [knotCount, expected] of cases) {
        expectAllClose(defaultKnots(INCOME, { knotCount }), expected, {
          ...R_VALUE,
          hint: `${knotCount} knots: quantiles at ${knotCount} equally spaced probabilities from outer to 1 − outer, outer = 0.1 for 3 knots, 0.05 for 4–6, 0.025 for 7 or more, R's type-7 interpolation (C1.14.3) (${THEORY})`,
        });
      }
      expectAllClose(defaultKnots(INCOME), [2455.3, 4306.15, 5930.5, 8044.35, 14156.45], {
        ...R_VALUE,
        hint: `knotCount is 5 by default (${THEORY})`,
      });
      // rcspline.eval(Prestige$education, nk = 5, knots.only = TRUE); (Prestige$women, nk = 4, …)
      expectAllClose(
        defaultKnots(EDUCATION),
        [6.844, 8.53875, 10.54, 12.32025, 15.429],
        fromR(`education, 5 knots, n = 102: plain type-7 quantiles`),
      );
      expectAllClose(
        defaultKnots(WOMEN, { knotCount: 4 }),
        [0.522, 5.8605, 30.912, 92.805],
        fromR(`women, 4 knots: quantiles at 0.05, 0.35, 0.65, 0.95`),
      );
    });

    it('with fewer than 100 values the outer knots are the 5th smallest and 5th largest, and the knots are sorted (C1.14.3)', () => {
      // s40 <- Prestige$income[1:40]; rcspline.eval(s40, nk = 5, knots.only = TRUE); the plain
      // quantiles at 0.05 and 0.95 are 3468.15 and 19565.25: quantile(s40, c(.05, .95))
      const first40 = INCOME.slice(0, 40);
      const five = defaultKnots(first40);
      expectAllClose(five, [4330, 5519.3, 8041.5, 10594.525, 14558], {
        ...R_VALUE,
        hint:
          Math.abs(five[0]! - 3468.15) < 1e-6
            ? `looks like the outer knots are the 5% and 95% quantiles; with fewer than 100 values Harrell uses the 5th smallest and 5th largest value instead (C1.14.3) (${THEORY})`
            : `Harrell's knots for n < 100: the interior quantiles, with the 5th smallest and 5th largest as outer knots (${THEORY})`,
      });
      // rcspline.eval(s40, nk = 3, knots.only = TRUE)
      expectAllClose(
        defaultKnots(first40, { knotCount: 3 }),
        [4330, 8041.5, 14558],
        fromR(`40 values, 3 knots: the 5th smallest and largest replace the 10% and 90% quantiles`),
      );
      // rcspline.eval(1:10, nk = 5, knots.only = TRUE) = 3.475 5 5.5 6 7.525: the 5th smallest (5)
      // lies above the 0.275 quantile (3.475), so the knots must be sorted after the swap.
      const ten = Array.from({ length: 10 }, (_, i) => 10 - i);
      expectAllClose(defaultKnots(ten), [3.475, 5, 5.5, 6, 7.525], {
        ...R_VALUE,
        hint: `after the outer knots are replaced the knots are sorted, as Hmisc does (${THEORY})`,
      });
      expectAllClose(defaultKnots(ten, { knotCount: 3 }), [5, 5.5, 6], fromR(`10 values, 3 knots`));
      // The boundary is n < 100 (Hmisc: length(x) < 100): rcspline.eval(Prestige$income[1:99],
      // nk = 4, knots.only = TRUE) moves the outer knots, rcspline.eval(Prestige$income[1:100], …)
      // keeps the 5% and 95% quantiles.
      expectAllClose(
        defaultKnots(INCOME.slice(0, 99), { knotCount: 4 }),
        [2370, 4747, 7458.9, 14558],
        {
          ...R_VALUE,
          hint: `99 values: fewer than 100, so the outer knots are the 5th smallest and largest (${THEORY})`,
        },
      );
      expectAllClose(
        defaultKnots(INCOME.slice(0, 100), { knotCount: 4 }),
        [2444.1, 4748.8, 7431.95, 14182.75],
        {
          ...R_VALUE,
          hint: `100 values: the rule is n < 100, so these are the plain quantiles (${THEORY})`,
        },
      );
    });

    it('default knots depend on the values, not their order; ties count once among the distinct values', () => {
      // Hand derivation from the header's rule: six distinct values (the least for 3 knots,
      // knotCount + 3) sorted 1…6; the middle knot is the median 3.5, and n < 100 puts the outer
      // ones at the 5th smallest (5) and the 5th largest (2): sorted, [2, 3.5, 5].
      for (const values of [
        [1, 2, 3, 4, 5, 6],
        [6, 1, 5, 2, 4, 3],
      ]) {
        expectAllClose(defaultKnots(values, { knotCount: 3 }), [2, 3.5, 5], {
          rtol: 1e-12,
          atol: 0,
          hint: `defaultKnots([${values.join(', ')}], 3 knots): [2, 3.5, 5] whatever the order of x; 6 values with 6 distinct ones are enough (knotCount + 3); other knots mean the quantiles were read from x unsorted, or the boundary was refused (${THEORY})`,
        });
      }
      // [1, 1, 2, 3, 4, 5] has six values but five distinct ones: too few for 3 knots.
      expectLabError(
        () => defaultKnots([1, 1, 2, 3, 4, 5], { knotCount: 3 }),
        InvalidArgumentError,
        'defaultKnots',
        `defaultKnots([1, 1, 2, 3, 4, 5], 3 knots): 5 distinct values < knotCount + 3 = 6; the tied 1s count once (${THEORY})`,
      );
    });

    it('a column that singles out one row (an outlier dummy), of either sign, is fitted like any other', () => {
      // Without an intercept, a column ±e_1 fits row 1 exactly, so b_x is the slope through the
      // origin on the other rows: Σ xᵢyᵢ / Σ xᵢ² over rows 2…6 (hand derivation, FWL).
      const xs = [5, 1, 2, 3, 4, 6];
      const ys = [9, 2.1, 3.9, 6.2, 8.1, 11.8];
      const rest = (v: readonly number[]) => v.slice(1);
      const expected =
        rest(xs).reduce((sum, x, i) => sum + x * rest(ys)[i]!, 0) /
        rest(xs).reduce((sum, x) => sum + x * x, 0);
      for (const sign of [1, -1]) {
        const design = xs.map((x, i) => [i === 0 ? sign : 0, x]);
        const result = componentPlusResidualData(design, ys, 1, { intercept: false });
        expectClose(result.slope, expected, {
          rtol: 1e-12,
          atol: 0,
          hint: `column ${sign}·e_1 beside x, no intercept: b_x = Σxy/Σx² over rows 2–6 = ${expected}; NaN means a Householder reflection cancelled (reflect onto −sign(head)·‖x‖) (${THEORY})`,
        });
      }
    });

    it('the basis is Harrell’s restricted cubic spline, the columns of rms::rcs (C1.14.3)', () => {
      // kn <- Hmisc::rcspline.eval(Prestige$income, nk = 5, knots.only = TRUE)
      // B <- Hmisc::rcspline.eval(Prestige$income, knots = kn, inclx = TRUE); B[c(1, 2, 102, 63), ]
      // (identical to model.matrix(lm(prestige ~ rcs(income, 5), data = Prestige))[, -1])
      const knots = [2455.3, 4306.15, 5930.5, 8044.35, 14156.45];
      const basis = restrictedCubicSplineBasis(INCOME, knots);
      expect(basis, 'one row per x').toHaveLength(102);
      const expected = [
        [12351, 5960.6796456796774, 2862.5402379670281, 1147.91999946492],
        [25879, 25306.307426620479, 13750.899711977167, 6287.2154642953101],
        [3617, 11.450511167464288, 0, 0],
        [611, 0, 0, 0],
      ];
      [0, 1, 101, 62].forEach((row, k) => {
        const got = basis[row]!;
        const want = expected[k]!;
        const ratio = got[1]! / want[1]!;
        expectAllClose(got, want, {
          ...R_VALUE,
          hint:
            Math.abs(ratio - (14156.45 - 2455.3) ** 2) < 1e-3 * ratio
              ? `looks like the truncated cubes were not divided by (t_k − t_1)²: Harrell's normalisation keeps each column in the units of x (C1.14.3) (${THEORY})`
              : `row ${row + 1}: [x, S_1(x), S_2(x), S_3(x)] with Harrell's S_j (${THEORY})`,
        });
      });
      // The docstring example by hand: S_1(x) = [x₊³ − 2(x − 1)₊³ + (x − 2)₊³]/4.
      const example = restrictedCubicSplineBasis([0, 2, 4], [0, 1, 2]);
      expect(example, 'three rows of [x, S_1(x)]').toHaveLength(3);
      expectAllClose(example.flat(), [0, 0, 2, 1.5, 4, 4.5], {
        rtol: 1e-12,
        atol: 1e-12,
        hint: `the header's example, by hand: S_1(x) = [x₊³ − 2(x − 1)₊³ + (x − 2)₊³]/4 (${THEORY})`,
      });
    });

    it('the spline term test is R’s anova of the linear fit against the rcs fit, k − 2 numerator df (C1.14.4)', () => {
      // g <- lm(prestige ~ rcs(income, 5) + education + women, data = Prestige); anova(fit, g); coef(g)
      const income = splineTermTest(X, y, 0);
      const rssLinear = 6033.5701911025371;
      expectAllClose(
        income.knots,
        [2455.3, 4306.15, 5930.5, 8044.35, 14156.45],
        fromR(`income: five default knots`),
      );
      expectAllClose(
        income.coefficients,
        [
          -23.025619206477543, 0.0061151925183009527, -0.023433334579850716, 0.044531155633944219,
          -0.020164539578523655, 3.5788225561509592, 0.065233434472909579,
        ],
        {
          ...R_VALUE,
          hint: `the constant, then the columns of X in order with column j's k − 1 basis columns in its place (${THEORY})`,
        },
      );
      expectClose(income.rssLinear, rssLinear, fromR(`income: RSS of the linear fit`));
      expectClose(income.rssSpline, 4736.3016217196173, fromR(`income: RSS of the spline fit`));
      expect(
        income.df1,
        income.df1 === 4
          ? `looks like df1 counted every spline column (k − 1 = 4); the linear column was already in the model, only the k − 2 = 3 nonlinear ones are tested (C1.14.4) (${THEORY})`
          : `df1 = k − 2 (${THEORY})`,
      ).toBe(3);
      expect(income.df2, 'df2 = n − p − (k − 2) = 102 − 4 − 3').toBe(95);
      expectClose(
        income.statistic,
        8.6734702822573642,
        fromR(`income: F = ((RSS_linear − RSS_spline)/df1)/(RSS_spline/df2)`),
      );
      expectClose(income.pValue, 3.8197943553801721e-5, fromR(`income: upper tail of F(3, 95)`));
      // g <- lm(prestige ~ income + education + rcs(women, 5), data = Prestige); anova(fit, g)
      const women = splineTermTest(X, y, 2);
      expectAllClose(
        women.coefficients,
        [
          -5.4439641580706084, 0.0012741098161645752, 4.3248010415278948, -0.67641733419488825,
          45.210381033485021, -62.020317680461964, 17.217281784736315,
        ],
        { ...R_VALUE, hint: `j = 2: the basis replaces the last column in place (${THEORY})` },
      );
      expectClose(
        women.rssSpline,
        5846.4254861172994,
        fromR(`women: RSS of the spline fit with the basis in the last position`),
      );
      expectClose(women.statistic, 1.0136533862052017, fromR(`women: F on (3, 95)`));
      expectClose(women.pValue, 0.39024764481712804, fromR(`women: upper tail of F(3, 95)`));
    });

    it('one residual degree of freedom is enough for the spline term test (df2 = 1)', () => {
      // n = 6, p = 4 with the constant, 3 knots (df1 = 1): df2 = 6 − 4 − 1 = 1, the least allowed.
      // Knots [2, 3.5, 5] by the header's rule (see the knots spec); R, with them given:
      //   x1 <- c(6,1,5,2,4,3); x2 <- c(0.5,1.7,-0.3,2.2,0.9,1.1); x3 <- c(1,0,0,1,1,0)
      //   y <- c(7.1,2.3,5.2,3.9,4.4,3.0)
      //   a <- anova(lm(y ~ x1 + x2 + x3), lm(y ~ rcs(x1, c(2, 3.5, 5)) + x2 + x3))
      //   a$F[2] → 3.7784072267900628, a$`Pr(>F)`[2] → 0.3024854043001059, a$Res.Df → 2 1
      const x1 = [6, 1, 5, 2, 4, 3];
      const x2 = [0.5, 1.7, -0.3, 2.2, 0.9, 1.1];
      const x3 = [1, 0, 0, 1, 1, 0];
      const design = x1.map((v, i) => [v, x2[i]!, x3[i]!]);
      const result = splineTermTest(design, [7.1, 2.3, 5.2, 3.9, 4.4, 3.0], 0, { knotCount: 3 });
      expect(
        [result.df1, result.df2],
        `6 rows, 4 linear coefficients, 3 knots: (df1, df2) = (1, 1); an error here refuses df2 = 1, which the header allows (${THEORY})`,
      ).toEqual([1, 1]);
      expectClose(result.statistic, 3.7784072267900628, fromR('F with df2 = 1'));
      expectClose(result.pValue, 0.3024854043001059, fromR('p-value of F(1, 1)'));
    });

    it('the spline term test takes knotCount and intercept: three knots spend one nonlinear df; without a constant p shrinks by one (C1.14.4)', () => {
      // g3 <- lm(prestige ~ income + rcs(education, 3) + women, data = Prestige); anova(fit, g3)
      const education = splineTermTest(X, y, 1, { knotCount: 3 });
      expectAllClose(
        education.knots,
        [7.522, 10.54, 14.703],
        fromR(`education, 3 knots: quantiles at 0.1, 0.5, 0.9`),
      );
      expectAllClose(
        education.coefficients,
        [
          2.5619851952072348, 0.0012396628395635273, 3.1197271651078746, 1.6811781311325062,
          -0.0061602016250384677,
        ],
        fromR(`education, 3 knots: constant, income, education, S_1(education), women`),
      );
      expectClose(
        education.rssSpline,
        5892.3313945796435,
        fromR(`education, 3 knots: RSS of the spline fit`),
      );
      expectClose(
        education.statistic,
        2.325083629091782,
        fromR(`education, 3 knots: F on (1, 97)`),
      );
      expectClose(
        education.pValue,
        0.13055729414016351,
        fromR(`education, 3 knots: upper tail of F(1, 97)`),
      );
      expect(
        [education.df1, education.df2],
        'three knots: df1 = k − 2 = 1, df2 = 102 − 4 − 1 = 97',
      ).toEqual([1, 97]);
      // g0 <- lm(prestige ~ 0 + rcs(income, 5) + education + women, data = Prestige); anova(fit0, g0)
      const noConstant = splineTermTest(X, y, 0, { intercept: false });
      expectAllClose(
        noConstant.coefficients,
        [
          0.0012843995942812695, 0.033464279960442538, -0.10047374367996303, 0.085948285584688644,
          2.8777637429701501, 0.060441359193095595,
        ],
        { ...R_VALUE, hint: `intercept false: no constant in either fit (${THEORY})` },
      );
      expectClose(
        noConstant.rssLinear,
        6304.4623515075536,
        fromR(`no intercept: RSS of the linear fit through the origin`),
      );
      expectClose(
        noConstant.rssSpline,
        5588.0068905676608,
        fromR(`no intercept: RSS of the spline fit through the origin`),
      );
      expect([noConstant.df1, noConstant.df2], 'df2 = 102 − 3 − 3 without the constant').toEqual([
        3, 96,
      ]);
      expectClose(noConstant.statistic, 4.1028179096872162, fromR(`no intercept: F on (3, 96)`));
      expectClose(
        noConstant.pValue,
        8.7221697279351619e-3,
        fromR(`no intercept: upper tail of F(3, 96)`),
      );
    });

    it('no function changes its inputs', () => {
      const frozenX = freezeRows(X);
      const frozenY = Object.freeze([...y]);
      const frozenIncome = Object.freeze([...INCOME]);
      const frozenKnots = Object.freeze([2455.3, 4306.15, 5930.5, 8044.35, 14156.45]);
      // Writing to a frozen array throws a TypeError here: sort a copy, never the input.
      addedVariableData(frozenX, frozenY, 1);
      componentPlusResidualData(frozenX, frozenY, 1);
      defaultKnots(frozenIncome);
      restrictedCubicSplineBasis(frozenIncome, frozenKnots);
      splineTermTest(frozenX, frozenY, 0);
      expect(frozenIncome, 'defaultKnots sorts a copy of x, not x itself').toEqual(INCOME);
    });
  });

  describe('properties', () => {
    it('Frisch–Waugh–Lovell on every full-rank design: slope b_j, residuals and standard error of the full fit; x̃_j orthogonal to the other columns (property, fast-check) (C1.14.1)', () => {
      const cases = fc.record({
        n: fc.integer({ min: 8, max: 16 }),
        width: fc.integer({ min: 1, max: 4 }),
        pickColumn: fc.nat({ max: 3 }),
        intercept: fc.boolean(),
        seed: fc.integer({ min: 1, max: 1_000_000 }),
      });
      assertProperty(
        fc.property(cases, ({ n, width, pickColumn, intercept, seed }) => {
          const rng = createRng(seed);
          const rows = Array.from({ length: n }, () =>
            Array.from({ length: width }, () => 2 + rng.normal(0, 3)),
          );
          const targets = rows.map((row) => 5 + dot(row, [1, -2, 0.5, 3]) + rng.normal(0, 2));
          const j = pickColumn % width;
          const design = withConstant(rows, intercept);
          const full = fitLeastSquares('spec', design, targets);
          const column = j + (intercept ? 1 : 0);
          const p = design[0]!.length;
          const se = Math.sqrt(full.rss / (n - p)) * full.inverseGramRootDiagonal[column]!;
          const label = `n = ${n}, ${width} columns, j = ${j}, intercept ${intercept}`;
          const av = addedVariableData(rows, targets, j, { intercept });
          expectClose(av.slope, full.coefficients[column]!, {
            ...IDENTITY,
            hint: `${label}: the added-variable slope through the origin is b_j (C1.14.1) (${THEORY})`,
          });
          expectAllClose(av.residuals, full.residuals, {
            ...IDENTITY,
            hint: `${label}: residuals`,
          });
          expectClose(av.standardError, se, {
            ...IDENTITY,
            hint: `${label}: standard error with n − p df`,
          });
          expectAllClose(
            av.residuals,
            av.yResiduals.map((value, i) => value - av.slope * av.xResiduals[i]!),
            { ...IDENTITY, hint: `${label}: residuals = yResiduals − slope·xResiduals` },
          );
          design[0]!.forEach((_, k) => {
            if (k === column) return;
            const other = design.map((row) => row[k]!);
            const scale = Math.sqrt(dot(other, other) * dot(av.xResiduals, av.xResiduals));
            expectClose(dot(other, av.xResiduals) / scale, 0, {
              rtol: 0,
              atol: 1e-10,
              hint: `${label}: xResiduals must be orthogonal to every other column of the design (${THEORY})`,
            });
            expectClose(
              dot(other, av.yResiduals) / Math.sqrt(dot(other, other) * dot(targets, targets)),
              0,
              {
                rtol: 0,
                atol: 1e-10,
                hint: `${label}: yResiduals must be orthogonal to every other column of the design (${THEORY})`,
              },
            );
          });
          // The partial residuals' least-squares slope on x_j is b_j: with a constant when the
          // model has one, through the origin when not (e is orthogonal to x_j, and to 1 only
          // with an intercept).
          const cr = componentPlusResidualData(rows, targets, j, { intercept });
          const x = rows.map((row) => row[j]!);
          const slope = fitLeastSquares(
            'spec',
            withConstant(
              x.map((v) => [v]),
              intercept,
            ),
            cr.partialResiduals,
          ).coefficients[intercept ? 1 : 0]!;
          expectClose(slope, full.coefficients[column]!, {
            ...IDENTITY,
            hint: `${label}: the component-plus-residual plot's least-squares slope is b_j (C1.14.2) (${THEORY})`,
          });
          expectClose(cr.slope, full.coefficients[column]!, {
            ...IDENTITY,
            hint: `${label}: the partial-residual data's slope field is b_j (C1.14.2)`,
          });
          const centre = intercept ? x.reduce((s, v) => s + v, 0) / n : 0;
          expectAllClose(
            cr.partialResiduals,
            full.residuals.map((e, i) => e + cr.slope * (x[i]! - centre)),
            {
              ...IDENTITY,
              hint: `${label}: e + b_j·(x_j − centre), centre = mean with an intercept, 0 without`,
            },
          );
        }),
        { seed: PROPERTY_SEED, numRuns: 12 },
      );
    });

    it('the spline is linear below the first knot and above the last, and shifts and scales with x (property, fast-check) (C1.14.3)', () => {
      const cases = fc.record({
        knotCount: fc.integer({ min: 3, max: 7 }),
        seed: fc.integer({ min: 1, max: 1_000_000 }),
      });
      assertProperty(
        fc.property(cases, ({ knotCount, seed }) => {
          const rng = createRng(seed);
          // A shift in [−50, 50] and a scale from 0.01 to 100, log-uniform.
          const shift = rng.uniformBetween(-50, 50);
          const scale = 10 ** rng.uniformBetween(-2, 2);
          const gaps = Array.from({ length: knotCount - 1 }, () => 0.2 + rng.uniform());
          const knots = gaps.reduce(
            (acc, gap) => [...acc, acc[acc.length - 1]! + gap],
            [rng.normal()],
          );
          const first = knots[0]!;
          const last = knots[knotCount - 1]!;
          const below = [first - 3, first - 2, first - 1];
          const above = [last + 1, last + 2.5, last + 4];
          const basis = restrictedCubicSplineBasis([...below, ...above], knots);
          const label = `${knotCount} knots ${knots.map((t) => t.toFixed(3)).join(', ')}`;
          expect(basis[0], `${label}: one column for x and k − 2 nonlinear columns`).toHaveLength(
            knotCount - 1,
          );
          for (let c = 1; c < knotCount - 1; c += 1) {
            const column = basis.map((row) => row[c]!);
            expectAllClose(column.slice(0, 3), [0, 0, 0], {
              rtol: 0,
              atol: 1e-12,
              hint: `${label}: S_${c}(x) = 0 below the first knot (${THEORY})`,
            });
            // Above the last knot the cubic and quadratic terms cancel: equal steps, equal rises.
            const [a, b, d] = column.slice(3) as [number, number, number];
            expectClose((d - b) / 1.5, (b - a) / 1.5, {
              rtol: 1e-9,
              atol: 1e-9,
              hint: `${label}: S_${c} must be linear beyond the last knot, the restriction that names the spline (C1.14.3) (${THEORY})`,
            });
          }
          // Harrell's normalisation: S_j(a + c·x; a + c·t) = c·S_j(x; t), the units of x.
          const points = [first - 1, ...knots.map((t) => t + 0.1), last + 2];
          const original = restrictedCubicSplineBasis(points, knots);
          const moved = restrictedCubicSplineBasis(
            points.map((v) => shift + scale * v),
            knots.map((t) => shift + scale * t),
          );
          moved.forEach((row, i) => {
            expectAllClose(
              row.slice(1),
              original[i]!.slice(1).map((v) => scale * v),
              {
                rtol: 1e-8,
                atol: 1e-9 * scale * (last - first),
                hint: `${label}: moving x and the knots by a + c·x multiplies each S_j by c: every truncated cube is divided by (t_k − t_1)² (C1.14.3) (${THEORY})`,
              },
            );
          });
        }),
        { seed: PROPERTY_SEED, numRuns: 12 },
      );
    });
  });

  describe('diagnostics', () => {
    it('on Prestige the component-plus-residual data localise the curvature to income: a quadratic through its partial residuals bends, through women’s it does not (A1)', () => {
      // pr <- residuals(fit, type = "partial")
      // q <- lm(pr[, v] ~ Prestige[[v]] + I(Prestige[[v]]^2)); coef(summary(q))[3, ]
      // t of the squared term: income −3.360453652, education 1.287625806, women 1.444432555.
      const expectedT = [-3.360453652, 1.287625806, 1.444432555];
      const names = ['income', 'education', 'women'];
      const tValues = [0, 1, 2].map((j) => {
        const cr = componentPlusResidualData(X, y, j);
        const quadratic = fitLeastSquares(
          'spec',
          cr.x.map((v) => [1, v, v * v]),
          cr.partialResiduals,
        );
        const s = Math.sqrt(quadratic.rss / (cr.x.length - 3));
        return quadratic.coefficients[2]! / (s * quadratic.inverseGramRootDiagonal[2]!);
      });
      tValues.forEach((t, j) =>
        expectClose(t, expectedT[j]!, {
          rtol: 1e-7,
          atol: 0,
          hint: `${names[j]}: the quadratic through the partial residuals should match R's (C1.14.2) (${THEORY})`,
        }),
      );
      expect(Math.abs(tValues[0]!), 'income’s partial residuals bend (|t| > 3)').toBeGreaterThan(3);
      expect(Math.abs(tValues[2]!), 'women’s do not (|t| < 2)').toBeLessThan(2);
      // The spline remedy agrees (anova values above): income p = 3.8e-5, women p = 0.39.
      expect(
        splineTermTest(X, y, 0).pValue,
        'income’s spline term is needed (R: p = 3.8e-5)',
      ).toBeLessThan(0.001);
      expect(splineTermTest(X, y, 2).pValue, 'women’s is not (R: p = 0.39)').toBeGreaterThan(0.3);
    });

    it('curvature in x1 alone: the spline test flags x1 in nearly every replicate and x2 no more often than its 5% level (seeded Monte Carlo, A1, C1.14.4)', () => {
      // y = 1 + x1 + 0.7·x1² + x2 + ε, x1, x2, ε independent N(0, 1), n = 40, five knots. Over
      // 40 replicates the rejection rate at 5% has SE √(0.05·0.95/40) = 3.4% under the null:
      // x2's rate must stay below 5% + 4 SE = 18.8% (its test is exact under A1–A6 but for the
      // x1² left in its residuals, which only makes it conservative); a test of the wrong column
      // flags x2 in nearly every replicate. Measured with the reference: x1 37/40 (93%), x2
      // 1/40. (40 replicates keep the spec within its time budget.)
      const rng = createRng(`${SEED}-localise`);
      const replicates = 40;
      let x1Flagged = 0;
      let x2Flagged = 0;
      for (let r = 0; r < replicates; r += 1) {
        const rows = Array.from({ length: 40 }, () => [rng.normal(), rng.normal()]);
        const targets = rows.map(([x1 = 0, x2 = 0]) => 1 + x1 + 0.7 * x1 * x1 + x2 + rng.normal());
        if (splineTermTest(rows, targets, 0).pValue < 0.05) x1Flagged += 1;
        if (splineTermTest(rows, targets, 1).pValue < 0.05) x2Flagged += 1;
      }
      expect(
        x1Flagged / replicates,
        `the curved column is flagged in at least 85% of replicates (got ${x1Flagged}/${replicates}) (${THEORY})`,
      ).toBeGreaterThanOrEqual(0.85);
      expect(
        x2Flagged / replicates,
        `the straight column is flagged at most at its level plus 4 SE, 18.8% (got ${x2Flagged}/${replicates}): the test must look at column j's own spline (${THEORY})`,
      ).toBeLessThanOrEqual(0.188);
    });

    it('intervals b_j ± t·standardError from the added-variable data cover β_j at 95% (seeded Monte Carlo, C1.14.1)', () => {
      // n = 14, ten columns and a constant: n − p = 3. With the plot's own n − 1 = 13 df the
      // standard error shrinks by √(3/13) and coverage falls to about 78%. Over 60 replicates
      // the coverage SE is √(0.95·0.05/60) = 2.8%: the band is 95% − 4 SE = 83.7% and up.
      // σ = 1.5 (not 1). Measured with the reference: 55/60 (92%); the same replicates with the
      // n − 1 df standard error cover 40/60 (67%) and with n − 2, 41/60.
      const rng = createRng(`${SEED}-coverage`);
      const beta = [1, 0.5, -1, 2, 0.3, -0.7, 1.2, 0.1, -0.4, 0.8, -1.5];
      const t = studentTQuantile(0.975, 3);
      const replicates = 60;
      let covered = 0;
      for (let r = 0; r < replicates; r += 1) {
        const rows = Array.from({ length: 14 }, () =>
          Array.from({ length: 10 }, () => rng.normal()),
        );
        const targets = rows.map((row) => beta[0]! + dot(row, beta.slice(1)) + rng.normal(0, 1.5));
        const av = addedVariableData(rows, targets, 2);
        if (Math.abs(av.slope - beta[3]!) <= t * av.standardError) covered += 1;
      }
      expect(
        covered / replicates,
        `coverage ${covered}/${replicates}: the added-variable standard error must use the full model's n − p df, not the plot's own (C1.14.1) (${THEORY})`,
      ).toBeGreaterThanOrEqual(0.837);
    });

    it('a column that is a combination of the others throws RankDeficiencyError (A3)', () => {
      const dependent = X.map((row) => [row[0]!, row[1]!, row[1]! * 2]);
      for (const [name, call] of [
        ['addedVariableData', () => addedVariableData(dependent, y, 0)],
        // x_j itself in the span of the others: x̃_j is rounding noise, nothing to plot.
        ['addedVariableData', () => addedVariableData(dependent, y, 2)],
        ['componentPlusResidualData', () => componentPlusResidualData(dependent, y, 2)],
        ['splineTermTest', () => splineTermTest(dependent, y, 0)],
      ] as const) {
        expectLabError(call, RankDeficiencyError, name, `${name}: education twice (A3)`);
      }
      // Without the constant nothing comes before column 0: a column of zeros there has no
      // norm to be small against, and is still no column at all.
      const zeroFirst = X.map((row) => [0, row[1]!]);
      const noIntercept = { intercept: false } as const;
      for (const [name, call] of [
        ['addedVariableData', () => addedVariableData(zeroFirst, y, 1, noIntercept)],
        [
          'componentPlusResidualData',
          () => componentPlusResidualData(zeroFirst, y, 1, noIntercept),
        ],
        ['splineTermTest', () => splineTermTest(zeroFirst, y, 1, noIntercept)],
      ] as const) {
        expectLabError(call, RankDeficiencyError, name, `${name}: a zero first column (A3)`);
      }
    });
  });

  describe('errors', () => {
    const small = X.slice(0, 12);
    const smallY = y.slice(0, 12);
    const fitters = {
      addedVariableData: (...args: Parameters<typeof addedVariableData>) =>
        addedVariableData(...args),
      componentPlusResidualData: (...args: Parameters<typeof componentPlusResidualData>) =>
        componentPlusResidualData(...args),
      splineTermTest: (...args: Parameters<typeof addedVariableData>) => splineTermTest(...args),
    };

    it('empty, ragged, mismatched or non-finite designs and targets throw typed errors naming the function', () => {
      for (const [name, fn] of Object.entries(fitters)) {
        expectLabError(() => fn([], [], 0), EmptyInputError, name, `${name}: no rows`);
        expectLabError(
          () => fn([[1, 2], [3]], [1, 2], 0),
          ShapeMismatchError,
          name,
          `${name}: ragged X`,
        );
        expectLabError(
          () => fn(small, smallY.slice(1), 0),
          ShapeMismatchError,
          name,
          `${name}: 12 rows, 11 targets`,
        );
        expectLabError(
          () =>
            fn(
              small,
              smallY.map((v, i) => (i === 3 ? Number.NaN : v)),
              0,
            ),
          NonFiniteValueError,
          name,
          `${name}: NaN in y`,
        );
        expectLabError(
          () =>
            fn(
              small.map((row, i) => (i === 2 ? [Number.POSITIVE_INFINITY, 1, 1] : row)),
              smallY,
              0,
            ),
          NonFiniteValueError,
          name,
          `${name}: Infinity in X`,
        );
        for (const j of [-1, 3, 1.5, Number.NaN]) {
          expectLabError(
            () => fn(small, smallY, j),
            InvalidArgumentError,
            name,
            `${name}: j = ${j} is not a column index of a 3-column X`,
          );
        }
        expectLabError(
          () => fn(small.slice(0, 4), smallY.slice(0, 4), 0),
          EmptyInputError,
          name,
          `${name}: 4 rows for 4 coefficients leave no residual degrees of freedom`,
        );
      }
    });

    it('knot counts, knots and values that cannot make a spline throw typed errors naming the function', () => {
      for (const knotCount of [2, 11, 4.5, Number.NaN]) {
        expectLabError(
          () => defaultKnots(INCOME, { knotCount }),
          InvalidArgumentError,
          'defaultKnots',
          `knotCount ${knotCount}`,
        );
        expectLabError(
          () => splineTermTest(X, y, 0, { knotCount }),
          InvalidArgumentError,
          'splineTermTest',
          `knotCount ${knotCount}`,
        );
      }
      expectLabError(() => defaultKnots([]), EmptyInputError, 'defaultKnots');
      expectLabError(
        () => defaultKnots([1, 2, 3, 4, 5]),
        EmptyInputError,
        'defaultKnots',
        'five values: Hmisc needs six',
      );
      expectLabError(
        () => defaultKnots([1, 2, Number.NaN, 4, 5, 6, 7, 8, 9]),
        NonFiniteValueError,
        'defaultKnots',
      );
      // Seven distinct values for five knots: Hmisc would fall back to the interior values.
      expectLabError(
        () => defaultKnots([1, 2, 3, 4, 5, 6, 7, 7, 7, 7]),
        InvalidArgumentError,
        'defaultKnots',
        'five knots need at least eight distinct values',
      );
      // Eighty zeros and twenty distinct values: the 5%, 27.5% and 50% quantiles tie at 0.
      const tied = [
        ...Array.from({ length: 80 }, () => 0),
        ...Array.from({ length: 20 }, (_, i) => i + 1),
      ];
      expectLabError(
        () => defaultKnots(tied),
        InvalidArgumentError,
        'defaultKnots',
        'default knots that tie',
      );
      const basis = 'restrictedCubicSplineBasis';
      expectLabError(
        () => restrictedCubicSplineBasis([1, 2], [0, 1]),
        InvalidArgumentError,
        basis,
        'two knots',
      );
      expectLabError(
        () => restrictedCubicSplineBasis([1, 2], [0, 2, 1]),
        InvalidArgumentError,
        basis,
        'knots out of order',
      );
      expectLabError(
        () => restrictedCubicSplineBasis([1, 2], [0, 1, 1, 2]),
        InvalidArgumentError,
        basis,
        'a repeated knot',
      );
      expectLabError(() => restrictedCubicSplineBasis([], [0, 1, 2]), EmptyInputError, basis);
      expectLabError(
        () => restrictedCubicSplineBasis([1, Number.NaN], [0, 1, 2]),
        NonFiniteValueError,
        basis,
      );
      expectLabError(
        () => restrictedCubicSplineBasis([1, 2], [0, Number.NEGATIVE_INFINITY, 2]),
        NonFiniteValueError,
        basis,
      );
      // (1e300/2)³·2 overflows: a typed error, not Infinity in the basis.
      expectLabError(
        () => restrictedCubicSplineBasis([1e300], [0, 1, 2]),
        NonFiniteValueError,
        basis,
        'overflow',
      );
      // Ten rows, a constant and three columns: five knots need 4 + 3 = 7 coefficients, df2 = 3 ok;
      // eight rows leave df2 = 1; seven leave none.
      expectLabError(
        () => splineTermTest(X.slice(0, 7), y.slice(0, 7), 0),
        EmptyInputError,
        'splineTermTest',
        'seven rows for seven spline coefficients',
      );
    });

    it('an exact spline fit leaves F undefined and throws InvalidArgumentError', () => {
      // y is exactly 2 + x1 + 3·S_1(x1) − x2 on the rcs basis of x1's default knots (n = 30 < 100).
      const rng = createRng(`${SEED}-exact`);
      const rows = Array.from({ length: 30 }, () => [rng.normal(), rng.normal()]);
      const x1 = rows.map((row) => row[0]!);
      const basis = restrictedCubicSplineBasis(x1, defaultKnots(x1, { knotCount: 3 }));
      const targets = rows.map((row, i) => 2 + x1[i]! + 3 * basis[i]![1]! - row[1]!);
      // The cut-off is relative to Σy²: the same exact fit in units a million times larger is
      // still exact (its RSS is rounding of y × 1e6, far above 1e-24 but far below 1e-24·Σy²).
      for (const factor of [1, 1e6]) {
        expectLabError(
          () =>
            splineTermTest(
              rows,
              targets.map((v) => v * factor),
              0,
              { knotCount: 3 },
            ),
          InvalidArgumentError,
          'splineTermTest',
          `an exact fit, y × ${factor}: RSS at rounding level of Σy² (the cut-off is 1e-24·Σy², not an absolute one) (${THEORY})`,
        );
      }
    });

    it('sums of squares, basis values and slopes beyond double precision throw NonFiniteValueError', () => {
      // y × 10^±200 has sums of squares near 10^±400: not doubles, so neither ∞ nor a false 0.
      const rowsX = small;
      for (const factor of [1e200, 1e-200]) {
        expectLabError(
          () =>
            splineTermTest(
              rowsX,
              smallY.map((v) => v * factor),
              0,
              { knotCount: 3 },
            ),
          NonFiniteValueError,
          'splineTermTest',
          `y × ${factor}: rssLinear and rssSpline are near ${factor}², outside double precision: expected the overflow error, not ∞, 0 or an "exact fit" (${THEORY})`,
        );
      }
      // One value 1e300 beyond knots near 2…10: (x − t)³/(t_k − t_1)² is about 1e900.
      const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1e300];
      const ys = [2.1, 3.9, 6.2, 8.1, 9.8, 12.3, 13.9, 16.2, 18.1, 19.7, 22.4, 25];
      expectLabError(
        () =>
          splineTermTest(
            xs.map((v) => [v]),
            ys,
            0,
            { knotCount: 3 },
          ),
        NonFiniteValueError,
        'splineTermTest',
        `x = 1e300 far beyond the last knot: its basis value is about 1e900: expected the overflow error, not NaN or an error from the p-value (${THEORY})`,
      );
      // x_j × 1e-200 against y × 1e200: b_j is about 1e400 (hand derivation).
      const tinyX = small.map((row) => [row[0]! * 1e-200, row[1]!]);
      expectLabError(
        () =>
          addedVariableData(
            tinyX,
            smallY.map((v) => v * 1e200),
            0,
          ),
        NonFiniteValueError,
        'addedVariableData',
        `income × 1e-200, prestige × 1e200: the slope b_j is near 1e400: expected the overflow error, not ∞ (${THEORY})`,
      );
    });
  });
});
