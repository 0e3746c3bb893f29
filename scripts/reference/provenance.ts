/**
 * Where each file under reference/ comes from: source, retrieval, licence or public-domain
 * status, and what was derived. scripts/reference/import.ts writes it at the top of each file.
 */
export interface Provenance {
  readonly source: string;
  readonly retrieval: string;
  readonly licence: string;
  readonly derived: string;
}

const STATSMODELS_COMMIT =
  'statsmodels/statsmodels at commit 82c59e378bdfb5ae324006c477954879ad3e24be';

export const PROVENANCE = {
  nist: (name: string): Provenance => ({
    source: `NIST/ITL Statistical Reference Datasets (StRD), linear regression, ${name}: https://www.itl.nist.gov/div898/strd/lls/data/${name}.shtml`,
    retrieval:
      'the original .dat text, as mirrored in the mathnet-numerics repository (data/NIST/), line endings LF',
    licence:
      'public domain: a work of the US Government (NIST), not subject to copyright in the US (17 U.S.C. 105)',
    derived:
      'parsed from the .dat file by helpers/nist.ts (readNistDataset): certified coefficients and standard errors (B0… with an intercept, B1… without), residual SD, R² (uncentered for NoInt1/NoInt2, as NIST certifies it), and the data block; numbers as parsed doubles',
  }),
  json: {
    'anscombe.json': {
      source:
        "Anscombe, F. J. (1973). Graphs in Statistical Analysis. The American Statistician 27(1), 17–21; data as in R datasets::anscombe and seaborn-data anscombe.csv; R, Stata and Minitab outputs as cited per value under 'source'",
      retrieval: 'seaborn-data anscombe.csv, cross-checked with R datasets::anscombe',
      licence:
        'a published table of 44 numbers (facts, not subject to copyright); seaborn-data is BSD-3-Clause',
      derived:
        "the 'exact' block of each set, computed from the decimal data with exact fractions (square roots and p-values at 40 digits); everything else as retrieved",
    },
    'statsmodels_longley.json': {
      source: `OLS on the Longley data: the NIST, Stata, R and SAS values statsmodels tests against (${STATSMODELS_COMMIT}, statsmodels/regression/tests/results/), each value tagged with its path and origin`,
      retrieval: `${STATSMODELS_COMMIT}: the data from statsmodels/datasets/longley/longley.csv, the values from the test-result files`,
      licence:
        'the Longley data are public domain (statsmodels datasets/longley COPYRIGHT); statsmodels is BSD-3-Clause; the values are numerical results of other software',
      derived:
        'the values labelled "exact" (hat diagonal, studentized residuals, Cook’s distance, DFFITS, DW, JB, BP, VIF, condition number) were computed independently in extended precision, and say so per value',
    },
    'statsmodels_macrodata_diagnostics.json': {
      source: `OLS growth-rate regression on US macro data with the R (lmtest, car, sandwich), EViews and gretl values statsmodels validates its diagnostics against (${STATSMODELS_COMMIT}, statsmodels/stats/tests/test_diagnostic.py and result files)`,
      retrieval: `${STATSMODELS_COMMIT}: statsmodels/datasets/macrodata/macrodata.csv and the test files`,
      licence:
        'the macrodata series are public domain (US FRED/BLS; statsmodels datasets/macrodata COPYRIGHT); statsmodels is BSD-3-Clause',
      derived:
        "the series under 'derived' (growth rates, lagged interest rate) are computed from 'raw' as 'dataConstruction' states, in IEEE double",
    },
    'statsmodels_stattools_x20.json': {
      source: `R values of Durbin–Watson (car), Jarque–Bera and the D'Agostino omnibus (fBasics) on a 20-value vector (${STATSMODELS_COMMIT}, statsmodels/stats/tests/test_statstools.py)`,
      retrieval: `${STATSMODELS_COMMIT}: the vector and the values as hard-coded in the test file`,
      licence: 'statsmodels is BSD-3-Clause; the values are numerical results of R',
      derived: "the transformed vectors named in 'value' (x², log x², …) are computed from x",
    },
  } satisfies Record<string, Provenance>,
};
