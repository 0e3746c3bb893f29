/**
 * `npx tsx scripts/reference/import.ts --from <dir>`: writes reference/ (committed) from the
 * originals in <dir>, `nist/<Name>.dat` and the JSON files below, each opening with its provenance.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { format } from 'prettier';
import { NIST_DATASETS, readNistDataset } from '../../helpers/nist';
import { parseArgs, runMain, UsageError } from '../lib/cli_args';
import { labRoot } from '../lib/command';

const STATSMODELS_COMMIT =
  'statsmodels/statsmodels at commit 82c59e378bdfb5ae324006c477954879ad3e24be';

/** Where each file comes from: source, retrieval, licence (or public domain), what was derived. */
const PROVENANCE = {
  nist: (name: string) => ({
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
  },
};

const USAGE = 'usage: npx tsx scripts/reference/import.ts --from <folder of the originals>';
/** The folder of the originals, once every original is there: nothing is written otherwise. */
function originalsFolder(argv: readonly string[]): string {
  const { options, positional } = parseArgs(argv, { options: ['from'] });
  const from = options.get('from');
  if (from === undefined) throw new UsageError('--from is required');
  if (positional.length > 0) throw new UsageError(`unexpected argument ${positional[0]}`);
  if (!statSync(from, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(`found no folder at ${from}`);
  const originals = [
    ...NIST_DATASETS.map((name) => path.join('nist', `${name}.dat`)),
    ...Object.keys(PROVENANCE.json),
  ];
  const missing = originals.filter((file) => !existsSync(path.resolve(from, file)));
  if (missing.length > 0)
    throw new UsageError(`${from} lacks ${missing.join(', ')}; reference/ was not touched`);
  return from;
}

const imported = new Date().toISOString().slice(0, 10);

async function write(file: string, provenance: object, body: object): Promise<void> {
  const target = path.join(labRoot, 'reference', file);
  await mkdir(path.dirname(target), { recursive: true });
  const json = JSON.stringify({ provenance: { ...provenance, imported }, ...body });
  await writeFile(target, await format(json, { parser: 'json', printWidth: 100 }));
  console.log(`wrote reference/${file}`);
}

async function main(): Promise<void> {
  const from = originalsFolder(process.argv.slice(2));
  // Every original is read and parsed before the first write: a bad one leaves reference/ as it was.
  const files: [file: string, provenance: object, body: object][] = [];
  for (const name of NIST_DATASETS) {
    const source = path.resolve(from, 'nist', `${name}.dat`);
    const data = readNistDataset(source);
    const model = /^\s*y = .*$/m.exec(await readFile(source, 'utf8'));
    files.push([
      `nist/${name}.json`,
      PROVENANCE.nist(name),
      {
        name,
        model: model?.[0].trim() ?? '',
        intercept: data.intercept,
        polynomialDegree: data.polynomialDegree,
        certified: {
          coefficients: data.certifiedCoefficients,
          standardErrors: data.certifiedStandardErrors,
          residualSd: data.certifiedResidualSd,
          rSquared: data.certifiedRSquared,
        },
        y: data.y,
        X: data.X,
      },
    ]);
  }
  for (const [file, provenance] of Object.entries(PROVENANCE.json)) {
    const original = JSON.parse(await readFile(path.resolve(from, file), 'utf8')) as object;
    files.push([file, provenance, original]);
  }
  for (const [file, provenance, body] of files) await write(file, provenance, body);
}

await runMain('reference/import', main, { code: 1, usage: USAGE });
