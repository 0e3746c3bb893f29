/**
 * The curriculum: the single typed list of modules and katas, in teaching order.
 *
 * Everything else reads it: the NotImplementedError a stub throws, the curriculum and
 * kata-red checks, progress, hints and the experiment runner. A kata is one concept: a stub
 * the learner edits, a spec beside it that is never edited, a reference solution at the same
 * path under solutions/, and a theory section the three of them cite.
 */

export interface Kata {
  /** `MM.KK`: module number and kata number, e.g. `01.03`. */
  readonly id: string;
  readonly title: string;
  /** The file the learner edits. */
  readonly stub: string;
  /** The spec beside the stub; run against the stub (`npm test`) and the solution (`npm run test:solutions`). */
  readonly spec: string;
  /** The reference solution: same path under solutions/, same header, same signatures. */
  readonly solution: string;
  /** `theory/<module>.md#<anchor>`: the section that explains the concept. */
  readonly theory: string;
  /** Ordered from a gentle question to an explicit pointer; the last one names the theory section. */
  readonly hints: readonly string[];
}

export interface Module {
  /** Folder name under katas/, solutions/, theory/ and experiments/. */
  readonly id: string;
  /** Two digits, the prefix of every kata id in the module. */
  readonly number: string;
  readonly title: string;
  /** The engineering question the module answers. */
  readonly question: string;
  readonly theory: string;
  readonly katas: readonly Kata[];
}

interface KataOutline {
  readonly number: string;
  readonly slug: string;
  readonly title: string;
  readonly anchor: string;
  readonly hints: readonly string[];
}

function module(
  id: string,
  title: string,
  question: string,
  outlines: readonly KataOutline[],
): Module {
  const number = id.slice('week_'.length, 'week_'.length + 2);
  const theoryFile = `theory/${id}.md`;
  return {
    id,
    number,
    title,
    question,
    theory: theoryFile,
    katas: outlines.map((outline) => ({
      id: `${number}.${outline.number}`,
      title: outline.title,
      stub: `katas/${id}/${outline.number}_${outline.slug}.ts`,
      spec: `katas/${id}/${outline.number}_${outline.slug}.spec.ts`,
      solution: `solutions/${id}/${outline.number}_${outline.slug}.ts`,
      theory: `${theoryFile}#${outline.anchor}`,
      hints: outline.hints,
    })),
  };
}

export const curriculum: readonly Module[] = [
  module(
    'week_01_linear_regression',
    'Linear regression',
    'When is a linear model an acceptable baseline, and how do we know its conclusions can be trusted?',
    [
      {
        number: '01',
        slug: 'baselines_and_metrics',
        title: 'Baselines and metrics',
        anchor: 'baselines-and-metrics',
        hints: [
          'What is the best constant prediction under squared error, and under absolute error?',
          'A baseline is fitted on the training targets only and then predicts that one number for every row it is asked about.',
          'R² compares the squared error of the predictions with the squared error of predicting the mean of the targets being scored, not the training mean.',
          'See theory/week_01_linear_regression.md#baselines-and-metrics: the mean minimises squared error, the median absolute error, and a training-mean baseline scores R² ≤ 0 on test data.',
        ],
      },
      // katas 01.02–01.05 (simple regression, design matrices, least squares, gradient descent)
      {
        number: '02',
        slug: 'simple_regression',
        title: 'Simple regression in closed form',
        anchor: 'simple-regression-and-anscombes-quartet',
        hints: [
          'Which two equations does the least-squares line satisfy? Differentiate Σ(y − a − bx)² with respect to a and to b and set both to zero.',
          'The first equation puts the line through (x̄, ȳ); the second gives slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)². Subtract the means before multiplying, not afterwards.',
          'r = Sxy / sqrt(Sxx·Syy), so slope = r·sy/sx, and the centred R² = 1 − RSS/Σ(y − ȳ)² equals r². A constant x means the slope column is a multiple of the intercept column.',
          'See theory/week_01_linear_regression.md#simple-regression-and-anscombes-quartet: the closed form, its link to the correlation, and why Anscombe’s four sets share every summary but not their residuals.',
        ],
      },
      {
        number: '03',
        slug: 'design_matrices',
        title: 'Design matrices',
        anchor: 'design-matrices-and-leakage',
        hints: [
          'A model that is linear in its coefficients can still be curved in x: which columns would let a straight-line fitter draw a parabola, or let one feature’s effect depend on another?',
          'The intercept is a column of ones, powers are x, x², …, and an interaction is the product of two columns. Standardisation is a fitted transformation: which rows is it allowed to see?',
          'fitStandardizer computes means and population sds (divide by n) once, from the training rows; transform applies exactly those numbers to whatever rows it is given, even a single row.',
          'See theory/week_01_linear_regression.md#design-matrices-and-leakage: the design matrix as the model’s vocabulary, and why preprocessing statistics fitted on all the data leak the test set.',
        ],
      },
      {
        number: '04',
        slug: 'least_squares',
        title: 'Solving least squares',
        anchor: 'solving-least-squares',
        hints: [
          'All three methods solve the same problem, min ‖y − Xb‖². What does each one factor, X or XᵀX, and what does that do to the condition number?',
          'Householder: for column k, v = x + sign(x₀)‖x‖e₀ on rows k…n−1 and H = I − 2vvᵀ/vᵀv zeroes everything below the diagonal; apply the same H to the later columns and to y, then back-substitute.',
          'Cholesky: L_jj = sqrt(G_jj − Σ_k L_jk²), L_ij = (G_ij − Σ_k L_ik L_jk)/L_jj. A pivot at rounding level (≤ max(n, p)·ε·G_jj, so |R_jj|/‖x_j‖ ≤ √(max(n, p)·ε) ≈ 4·10⁻⁸, far coarser than QR’s test) is a dependent column; for the pseudo-inverse keep only σ > max(n, p)·ε·σmax.',
          'See theory/week_01_linear_regression.md#solving-least-squares: κ(XᵀX) = κ(X)², what κs·ε and κs²·ε bound (the column-scaled error, not a digit count), Householder QR, the minimum-norm solution, and how a tiny diagonal entry of R names a collinear column.',
        ],
      },
      {
        number: '05',
        slug: 'gradient_descent',
        title: 'Gradient descent',
        anchor: 'gradient-descent',
        hints: [
          'Write the loss as ½·mean((Xb − y)²): what is its gradient, and what is its Hessian?',
          'The gradient is Xᵀ(Xb − y)/n and the Hessian XᵀX/n: along each eigenvector the error is multiplied by (1 − ηλ) per step. When does that shrink for every λ?',
          'Test ‖g_k‖ ≤ tolerance·‖g_0‖ before each update (default tolerance 1e-8, at most 100 000 updates); a loss that is not finite or rises above L₀ means divergence. λmax(XᵀX/n) is σmax(X)²/n, intercept column included. Step a copy of initialCoefficients, never the caller’s array.',
          'See theory/week_01_linear_regression.md#gradient-descent: the eigenvalue picture of the walk, the 2/λmax limit, and why scaling features changes the iteration count by orders of magnitude.',
        ],
      },
      // katas 01.06–01.07 (inference, residual diagnostics)
      {
        number: '06',
        slug: 'inference',
        title: 'Inference',
        anchor: 'inference',
        hints: [
          'How many directions are the residuals free to move in once p coefficients (the intercept among them) have been fitted? That count, not n, divides the RSS.',
          'helpers/least_squares.ts fitLeastSquaresAccurate gives the residuals and diag((XᵀX)⁻¹); a standard error is sqrt(s² times that diagonal entry), and t = b / se goes to Student t with n − p degrees of freedom, two-sided.',
          'R² is measured against the model the F test compares with: the mean with an intercept (centered), zero without (uncentered); adjusted R² and F use dfModel = p − 1 with an intercept and p without, and dfResidual = n − p.',
          'Intervals use the Student t quantile with n − p degrees of freedom, not 1.96: s is itself estimated, and a fit whose dfResidual is not a positive integer is refused. p-values come from survival functions (studentTTwoSidedPValue, fSurvival): 1 − CDF turns 1e-98 into 0. The condition number is σmax/σmin of the design actually fitted, constant column included.',
          'See theory/week_01_linear_regression.md#inference for s², the standard errors, t, F and adjusted R², and #assumptions for what each one relies on.',
        ],
      },
      {
        number: '07',
        slug: 'residual_diagnostics',
        title: 'Residual diagnostics',
        anchor: 'residual-diagnostics',
        hints: [
          'Why can a point far out in x have a small residual even when it is wrong? How much of its own fitted value does it decide?',
          'The leverage hᵢ is the i-th diagonal entry of the hat matrix of the design actually fitted, constant column included (fitLeastSquaresAccurate returns it); Var(eᵢ) = σ²(1 − hᵢ), so studentize by s·sqrt(1 − hᵢ).',
          'Externally studentized residuals use s(i), the residual SD of the fit without observation i: s(i)² = (RSS − eᵢ²/(1 − hᵢ))/(n − p − 1), no refit needed. Cook’s distance is r²h/(p(1 − h)) with r internal, which is e²h/(p s²(1 − h)²).',
          'PRESS residuals are eᵢ/(1 − hᵢ). R’s ppoints uses a = 3/8 up to n = 10 and 1/2 above, for a positive integer n only; the Cook’s contour at level D solves D = r²h/(p(1 − h)) for r, with p the columns actually fitted (no constant with intercept: false). The Q-Q observation[k] is the row of the k-th smallest residual, not each row’s rank. Decide what leverage 1 returns without producing NaN.',
          'See theory/week_01_linear_regression.md#residual-diagnostics for leverage, studentization, Cook’s distance, DFFITS, PRESS and the four plot.lm panels.',
        ],
      },
      // katas 01.08–01.10 (assumption tests, failure modes, remedies and the verdict)
      {
        number: '08',
        slug: 'assumption_tests',
        title: 'Assumption tests',
        anchor: 'assumption-tests',
        hints: [
          'Which assumption does each test put on trial, and what would the residuals look like if it failed: a spread that grows, a sign that persists, a tail that is too long, a curve left in the mean?',
          'Most of these tests are an auxiliary regression: fit it with helpers/least_squares.ts fitLeastSquares (add the constant column yourself) and read off n·R², half an explained sum of squares, or an F ratio; chiSquaredSurvival and fSurvival in helpers/distributions.ts give the p-values.',
          'Conventions are R’s: Durbin–Watson divides by Σe² over every t; Jarque–Bera uses biased (1/n) moments and the kurtosis (3 for normal data), not the excess; Breusch–Pagan regresses e² (not |e|) on a constant plus Z with df = columns of Z; VIF regresses each column on a constant plus the others.',
          'RESET adds ŷ², …, ŷ^power to the design and compares residual sums of squares: df1 = the powers actually added, df2 = n − p − df1. A power that lies in the span of the design and the earlier powers (ŷ with few distinct values) is dropped, as R’s lm drops aliased columns; with none left the answer is F = 0, p = 1, df1 = 0. Breusch–Godfrey keeps the design (constant only when intercept is true) in its auxiliary regression and fills missing lags with 0. Far-tail p-values come from the survival functions, never 1 − CDF.',
          'See theory/week_01_linear_regression.md#assumption-tests for each statistic, its null distribution and the assumption (A1–A6) it tests.',
        ],
      },
      {
        number: '09',
        slug: 'failure_modes',
        title: 'Structural failure modes',
        anchor: 'structural-failure-modes',
        hints: [
          'For each failure mode, which single change to a well-specified data-generating process produces it, and which diagnostic should notice that change?',
          'Every generator draws from createRng(seed) and returns its truth next to the data, so a spec can compare what was estimated with what is known. Keep the well-specified model as the common starting point and break one thing at a time.',
          'screenAssumptions fits OLS once and runs the kata 01.08 tests on its residuals: RESET for nonlinearity, Breusch–Pagan (Koenker) for heteroscedasticity, Breusch–Godfrey for autocorrelation, Jarque–Bera for heavy tails, and thresholds for influence (Cook’s distance) and collinearity (VIF).',
          'Some failures leave no trace in (X, y): an omitted variable that is correlated with a kept one biases its slope by β₂·Cov(x₁, x₂)/Var(x₁) while every residual test stays quiet, and extrapolation is a property of where you predict, not of the training data.',
          'Autocorrelated errors hurt a coefficient’s classical standard error only where its regressor is autocorrelated too (Moulton: about 1 + 2Σρₓ(k)ρₑ(k)): with regressorRho = 0 the slopes keep theirs and only the intercept, a constant column, under-covers. Where ŷ takes two values RESET’s powers are collinear with the design: report it in notApplicable instead of letting resetTest’s error escape.',
          'See theory/week_01_linear_regression.md#structural-failure-modes for each failure mode, its signature in the diagnostics, and why some diagnostics legitimately react to more than one.',
        ],
      },
      {
        number: '10',
        slug: 'remedies',
        title: 'Remedies and the verdict',
        anchor: 'remedies-and-the-verdict',
        hints: [
          'If the errors’ variance changes from row to row, which part of the OLS output is still right and which is wrong: the coefficients or their standard errors?',
          'The sandwich estimator is (XᵀX)⁻¹ Xᵀ diag(ω) X (XᵀX)⁻¹: HC0 takes ω = e², HC1 multiplies HC0 by n/(n − p), HC2 divides e² by (1 − h), HC3 by (1 − h)². Weighted least squares is OLS on rows multiplied by √w, the constant column included.',
          'A log transform models the median of y on the original scale: exp of the fitted log needs a retransformation factor (Duan’s smearing, the mean of exp(residuals)) to estimate the mean.',
          'assess fits on the training rows, compares held-out error with the training-mean baseline, screens the fit (kata 01.09), and maps each finding to its remedies; the verdict follows the rules in the theory section, in order: reject, then modify, then accept.',
          'Extrapolation: x₀ᵀ(XᵀX)⁻¹x₀ is not a leverage of the training design (it is h₀/(1 − h₀) once x₀ joins it). Pool training and test rows in one design; if they are exchangeable, the number K of test rows out-levering every training row has P(K ≥ k) = Π_{j<k} (m − j)/(n + m − j). The autocorrelation finding lists the coefficients whose Moulton factor (1 + ρₓρₑ)/(1 − ρₓρₑ) exceeds (z₀.₉₇₅/z₀.₉₅)², ρₓ = 1 for the constant. Check every option under assess’s own name.',
          'See theory/week_01_linear_regression.md#remedies-and-the-verdict for HC0–HC3, weighted least squares, transformations and the accept / modify / reject criteria.',
        ],
      },
      // kata 01.11 (appendix: least squares to the last digit; builds on 01.04 only)
      {
        number: '11',
        slug: 'refined_least_squares',
        title: 'Appendix: least squares to the last digit',
        anchor: 'least-squares-to-the-last-digit',
        hints: [
          'If b is off by an error e, the residual y − Xb equals the true residual minus Xe: so a least-squares solve for the residual should give −e back. How accurately must that residual be known for the correction to be worth adding?',
          'Near the answer, y and Xb agree in almost every digit, and a double-precision loop rounds each fitted value by about ε·|yᵢ|: residuals computed in double precision cannot refine beyond what they resolve. Carry the rounding errors along instead: TwoSum (s = a + b; bb = s − a; e = (a − (s − bb)) + (b − bb)) and TwoProduct (Dekker’s split by 2²⁷ + 1) give every sum and product exactly as a pair of doubles.',
          'The compensated dot product keeps a running sum and, beside it, the sum of every rounding error (TwoProduct for each term, TwoSum into the sum); add the two once at the end. Each residual rᵢ is one such dot product of [yᵢ, xᵢ₀, …] with [1, −b₀, …]. The correction reuses the QR factors of X: Qᵀr, then back substitution.',
          'See theory/week_01_linear_regression.md#least-squares-to-the-last-digit: why each round of refinement gains −log₁₀(κε) digits, why the residual has to be computed in extended precision, and why no solver recovers digits lost when the data were rounded.',
        ],
      },
      // kata 01.12 (prediction intervals vs confidence intervals for the mean)
      {
        number: '12',
        slug: 'prediction_intervals',
        title: 'Prediction intervals vs confidence intervals for the mean',
        anchor: 'prediction-intervals',
        hints: [
          'At a new x₀, are you estimating the average y of every unit with that x₀, or the y of the next single unit? Which of the two stays uncertain even when β is known exactly?',
          'ŷ₀ = x₀ᵀb has variance σ²·x₀ᵀ(XᵀX)⁻¹x₀; a new y₀ = x₀ᵀβ + ε₀ brings its own error, independent of b, so Var(y₀ − ŷ₀) = σ²(1 + x₀ᵀ(XᵀX)⁻¹x₀). Variances add, standard errors do not, and the covariances between coefficients count: x₀ᵀ(XᵀX)⁻¹x₀ is not Σ x₀ⱼ²·se(bⱼ)²/s².',
          'x₀ carries the constant 1 when the model has an intercept (none with intercept: false). With X = QR from fitLeastSquaresAccurate, x₀ᵀ(XᵀX)⁻¹x₀ = ‖w‖² where Rᵀw = x₀. Both intervals use s² = RSS/(n − p), p counting the intercept, and the Student t quantile t(1 − (1 − level)/2; n − p), not 1.96; level defaults to 0.95.',
          'See theory/week_01_linear_regression.md#prediction-intervals: the two variances, why the prediction interval never shrinks below ±t·s, why it leans on normal errors (A6) at every n while the interval for the mean is rescued by the central limit theorem, and R’s predict(…, interval = "confidence" / "prediction").',
        ],
      },
      // kata 01.13 (interpretation: factor codings, Rβ = r and nested F tests)
      {
        number: '13',
        slug: 'general_linear_hypothesis',
        title: 'Interpretation and the general linear hypothesis',
        anchor: 'interpretation-and-the-general-linear-hypothesis',
        hints: [
          'A model with an intercept and a factor of k levels: if every level had its own 0/1 column, what would those k columns add up to? And what does the intercept then mean when one level gets no column?',
          'contrastMatrix: one row per level. Treatment coding is the identity with the reference row set to 0 (R contr.treatment, reference = first level); sum coding sets it to −1 (R contr.sum, reference = last level); indicator keeps all k columns. encodeFactor sorts the distinct values unless options.levels is given, then looks up each value’s row.',
          'Rβ = r in one F: compute d = Rb − r, the q × q matrix R(XᵀX)⁻¹Rᵀ (with X = QR, that is ZᵀZ for Z solving RₓᵀZ = Rᵀ), F = dᵀ[R(XᵀX)⁻¹Rᵀ]⁻¹d/(q·s²) with s² = RSS/(n − p), p counting the intercept; the p-value is fSurvival(F, q, n − p), never 1 − CDF. For nested models, F = ((RSS_small − RSS_large)/(p_large − p_small))/(RSS_large/(n − p_large)): it must equal the Rβ = 0 test of the dropped columns.',
          'See theory/week_01_linear_regression.md#interpretation-and-the-general-linear-hypothesis: treatment vs sum coding and what each coefficient means, the dummy trap, the hierarchy principle and centring, and why the nested F test, the Wald test of Rβ = r and t² are the same number.',
        ],
      },
      // kata 01.14 (localising misfit: where RESET's curvature lives, and a spline remedy)
      {
        number: '14',
        slug: 'localising_misfit',
        title: 'Localising misfit',
        anchor: 'localising-misfit',
        hints: [
          'RESET says the mean is curved somewhere. If you could look at y against x_j with every other column’s contribution taken out, what would a curve in x_j’s own effect look like, and what would a straight line’s slope be?',
          'The added-variable plot regresses both y and x_j on the other columns (the constant among them when intercept is true) and plots residuals against residuals; its slope through the origin is b_j and its residuals are the full fit’s (Frisch–Waugh–Lovell). Its standard error must still divide by the full model’s n − p, not by the plot’s own n − 1.',
          'The component-plus-residual plot adds b_j·x_j back to the full fit’s residuals. R’s residuals(fit, type = "partial") centres the term: e + b_j·(x_j − mean(x_j)) with an intercept, e + b_j·x_j without. A restricted cubic spline with k knots has k − 1 columns, x and S_1 … S_{k−2}, each truncated-cube combination divided by (t_k − t_1)²; Harrell’s default knots are type-7 quantiles, the outer two replaced by the 5th smallest and largest values when n < 100.',
          'See theory/week_01_linear_regression.md#localising-misfit: the FWL derivation, R’s centring convention, why the spline is linear beyond its outer knots, and the nested F test with df1 = k − 2, df2 = n − p − (k − 2).',
        ],
      },
      // kata 01.15 (a remedy for autocorrelation: Newey–West HAC standard errors; next to 01.10's HC family)
      {
        number: '15',
        slug: 'hac_standard_errors',
        title: 'A remedy for autocorrelation: Newey–West HAC standard errors',
        anchor: 'newey-west-hac-standard-errors',
        hints: [
          'When successive errors are correlated, which part of the OLS output is still right, and what does the HC sandwich of kata 01.10 leave out of its meat when it sums eₜ²xₜxₜᵀ row by row?',
          'Form the scores gₜ = xₜeₜ (the constant included in xₜ). Γ_l = (1/n)Σ_{t>l} gₜgₜ₋ₗᵀ is their lag-l cross-covariance; the long-run covariance adds Γ_l and its transpose for each lag up to L, and the sandwich is (XᵀX)⁻¹·nŜ·(XᵀX)⁻¹. With L = 0 you must get HC0 back.',
          'The weights are Bartlett’s, wₗ = 1 − l/(L + 1): lag L still counts (weight 1/(L + 1)), and equal weights (the truncated kernel) can make a variance negative. Divide every Γ_l by n, not by the n − l pairs it has. Defaults: lag = floor(4·(n/100)^(2/9)), adjust = false; adjust multiplies by n/(n − p), p counting the intercept.',
          'See theory/week_01_linear_regression.md#newey-west-hac-standard-errors for the long-run covariance, why the Bartlett kernel keeps it positive semi-definite, the lag rule, R’s NeweyWest defaults, and the coverage it buys under the Moulton interaction.',
        ],
      },
    ],
  ),
  module(
    'week_02_bias_variance',
    'Bias–variance and generalization',
    'Why does a model that fits its training data well fail on new data, and which controlled experiment tells us what to change?',
    [
      // katas 02.01–02.04 (data-generating processes, capacity, decomposition, bootstrap)
      {
        number: '01',
        slug: 'data_generating_processes',
        title: 'Data-generating processes',
        anchor: 'data-generating-processes',
        hints: [
          'Which numbers should change between two draws of a fixed design, and which should stay put? And in a random design?',
          'One stream per call: createRng(seed) from helpers/random.ts. y = f(x) + noiseSd · rng.normal(): noiseSd is a standard deviation, so it multiplies the standard normal directly. A random design draws its n rows first, then one normal per row. The test set gets a stream of its own, named from the seed.',
          'How many directions of the noise does a least-squares fit with p coefficients absorb? E[RSS] = σ²(n − p), so divide by n − p, counting the intercept in p.',
          'See theory/week_02_bias_variance.md#data-generating-processes: fixed vs random design, why the test set must be independent, and why RSS/(n − p) and not RSS/n estimates σ².',
        ],
      },
      {
        number: '02',
        slug: 'capacity',
        title: 'Capacity',
        anchor: 'capacity',
        hints: [
          'If a model of degree d is a special case of the model of degree d + 1, what can you say about their training errors?',
          'polynomialFeatures returns x, x², …, x^degree and no column of ones; the fit adds the intercept with withInterceptColumn (helpers/linalg.ts) and solves with fitLeastSquares (helpers/least_squares.ts), so p = degree + 1.',
          'The test error must come from data the fit never saw. In a fixed design the gap between the two is 2pσ²/n on average: the fit follows the noise in p directions.',
          'See theory/week_02_bias_variance.md#capacity: nested models, the U-curve, and the optimism 2pσ²/n from tr(H) = p.',
        ],
      },
      {
        number: '03',
        slug: 'bias_variance_decomposition',
        title: 'Bias–variance decomposition with a known truth',
        anchor: 'the-decomposition-with-a-known-truth',
        hints: [
          'Bias and variance describe what the procedure does across many training sets. Where in your code do the many training sets come from, and where do you keep their predictions?',
          'Keep an R × m table of predictions. Per test point: f̄(x) is the column mean; bias² is (f̄(x) − f(x))², squared before you average over x; variance is the mean of (ŷ_r(x) − f̄(x))², dividing by R. Hand trueFunction, the fitter and each predictor copies of the rows (row.slice()): user code may write into what it gets.',
          'Check the identity yourself: for each x, (1/R)Σ(ŷ_r − f)² = (f̄ − f)² + (1/R)Σ(ŷ_r − f̄)². It holds exactly only with f̄ the mean and the divisor R.',
          'See theory/week_02_bias_variance.md#the-decomposition-with-a-known-truth: the derivation, what bias² and variance mean for one model, and why no single fit can measure either.',
        ],
      },
      {
        number: '04',
        slug: 'bootstrap_decomposition',
        title: 'Bias–variance without a known truth: the bootstrap',
        anchor: 'the-bootstrap-decomposition',
        hints: [
          'Without f(x), what can the predictions be compared with? And without a second training set, where do new ones come from?',
          'Each round: rng.sampleIndicesWithReplacement(n) (helpers/random.ts), n indices ⌊u·n⌋ (not ⌊u·(n − 1)⌋, which never reaches the last row), then fit on copies of those rows and their own targets and predict every test row. The main prediction is the mean over rounds (mlxtend, loss="mse").',
          'expectedLoss, bias2 and variance are the known-truth formulas with f(x) replaced by the observed test target y, so the noise in y lands in bias2.',
          'See theory/week_02_bias_variance.md#the-bootstrap-decomposition: mlxtend’s definitions, why its "bias" absorbs the noise, and what the bootstrap can and cannot tell you.',
        ],
      },
      // katas 02.05–02.08 (curves, ridge, diagnosis, double descent)
      {
        number: '05',
        slug: 'validation_and_learning_curves',
        title: 'Validation and learning curves',
        anchor: 'validation-and-learning-curves',
        hints: [
          'Which rows may the model see while it is fitted, and which rows only score it? And if the file arrived sorted by x or by time, what would "the last 25 %" hold?',
          'holdoutSplit: createRng(seed).shuffle([0, 1, …, n − 1]) once; the first ceil(f·n) indices are validation rows, the rest training rows. A Fitter (helpers/fitters.ts) takes (X, y) and returns a predictor.',
          'learningCurve shuffles the training rows once and fits size m on the first m rows of that order, so every training set contains the previous one; drawing a fresh random subset per size makes the curve jump with the sample instead of moving with the size. Training error is scored on the m rows fitted.',
          'See theory/week_02_bias_variance.md#validation-and-learning-curves: what each curve shows, why prefixes of one order, and E[train MSE] = σ²(1 − p/m); E[validation MSE] = σ²(1 + p/(m − p − 1)) without an intercept on zero-mean rows, σ²(1 + 1/m)(m − 2)/(m − p − 1) with one (p counts it).',
        ],
      },
      {
        number: '06',
        slug: 'ridge_regression',
        title: 'Ridge regression',
        anchor: 'ridge-regression',
        hints: [
          'Should shifting every target by 100 change how steep the fitted line is? What does that say about penalising the intercept?',
          'Centre X and y on their training means; solve (XcᵀXc + λI)w = Xcᵀyc (or least squares on Xc stacked over √λ·I, targets yc stacked over zeros: no XᵀX formed); b = ȳ − x̄ᵀw. No 1/n in front of the squared error: λ is compared with the unscaled XᵀX.',
          'Degrees of freedom come from the singular values d of centred X (singularValues in helpers/linalg.ts): Σ d²/(d² + λ). fitRidge adds 1 for the intercept, ridgeEffectiveDegreesOfFreedom does not. For the experiment, draw the R noise vectors once and reuse them for every λ.',
          'See theory/week_02_bias_variance.md#ridge-regression: the closed form, shrinkage in the SVD basis, effective degrees of freedom and the bias–variance trade-off along λ.',
        ],
      },
      {
        number: '07',
        slug: 'diagnosis',
        title: 'Diagnosis',
        anchor: 'diagnosing-bias-and-variance',
        hints: [
          'If a model cannot fit the data it was trained on, will more data of the same kind help it?',
          'Two numbers: excess = trainError − targetError (avoidable bias) and gap = validationError − trainError (variance). Compare each with its tolerance times the target, strictly; when both are too large, the larger decides.',
          'A learning curve is diagnosed at its largest training size (that is the data you have); more data helps only while the gap there is open and the validation error is still falling. On a validation curve, report the setting with the smallest validation error and whether it sits at the edge of the grid.',
          'See theory/week_02_bias_variance.md#diagnosing-bias-and-variance: the criteria, why the thresholds are relative to the target, and the action each diagnosis calls for.',
        ],
      },
      {
        number: '08',
        slug: 'double_descent',
        title: 'Beyond the U-curve: double descent',
        anchor: 'beyond-the-u-curve-double-descent',
        hints: [
          'With more unknowns than equations, which of the infinitely many exact solutions should least squares return, and how would you compute it without inverting a singular XᵀX?',
          'SVD: X = U diag(d) Vᵀ, β = Σ_j v_j (u_jᵀy)/d_j over the d_j above max(n, p)·ε·d_max (ml-matrix SingularValueDecomposition with autoTranspose: true). Never form XᵀX: it squares the condition number.',
          'For the curve: β_j = signalNorm/√p for every j keeps ‖β‖ fixed as p grows; for x ~ N(0, I) the excess risk of a fit is exactly ‖β̂ − β‖², so no test set is needed. Report the mean, its standard error and the median per p.',
          'See theory/week_02_bias_variance.md#beyond-the-u-curve-double-descent: why the risk explodes at p = n, the exact and asymptotic risk formulas, and why medians are used near the threshold.',
        ],
      },
      // kata 02.09 (bootstrap intervals and optimism)
      {
        number: '09',
        slug: 'bootstrap_validation',
        title: 'Honest validation without pipelines: bootstrap intervals and optimism',
        anchor: 'honest-validation-bootstrap-intervals-and-optimism',
        hints: [
          'If you could draw a fresh sample of the same size from the population, how would your coefficients move? With only one sample, what can stand in for the population? And a fit scored on the rows it was fitted on: is that score too kind or too harsh?',
          'Resample rows, not values: index set b picks whole rows, x and y together (X[i] with y[i]), and the refit uses exactly those n rows, repeats included. bootstrapIndexSets draws set after set from one createRng(seed), each index ⌊u·n⌋ (rng.sampleIndicesWithReplacement(n)), never ⌊u·(n − 1)⌋.',
          'Intervals: sort the replicates and take the a-quantile at r = (B + 1)·a, as R’s boot.ci does (interpolating in Φ⁻¹ between the neighbours when r is not an integer; not quantile()’s default type 7); a = (1 − level)/2. The basic interval reflects the percentile one about the estimate: [2t₀ − q(1 − a), 2t₀ − q(a)]. Optimism is (refit scored on the original rows) − (refit scored on its own resample), averaged over sets, a positive number for least squares; the corrected error adds it to the apparent error.',
          'See theory/week_02_bias_variance.md#honest-validation-bootstrap-intervals-and-optimism: pairs resampling, the percentile and basic intervals and boot.ci’s quantile rule, Efron’s optimism and Harrell’s validate, and the expectation 2pσ²/n the optimism estimates.',
        ],
      },
    ],
  ),
];

/** Every kata of every module, in teaching order. */
export function allKatas(): Kata[] {
  return curriculum.flatMap((entry) => entry.katas);
}

/** The kata with this id (`01.03`), or undefined. */
export function findKata(id: string): Kata | undefined {
  return allKatas().find((kata) => kata.id === id);
}

/** The module with this folder name (`week_01_linear_regression`), or undefined. */
export function findModule(id: string): Module | undefined {
  return curriculum.find((entry) => entry.id === id);
}
