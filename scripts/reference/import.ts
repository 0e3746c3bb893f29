/**
 * `npx tsx scripts/reference/import.ts --from <dir>`: converts the outside reference values
 * (NIST StRD `.dat` files, and the JSON files of statsmodels / R / gretl values and Anscombe's
 * quartet) into this repository's own format under reference/, each file opening with its
 * provenance. Numbers are parsed and written by the program, never typed. Rerun it only when
 * the sources change; the files it writes are committed.
 *
 * <dir> holds `nist/<Name>.dat` and the JSON files named in `PROVENANCE` below.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { NIST_DATASETS, readNistDataset } from '../../helpers/nist';
import { PROVENANCE, type Provenance } from './provenance';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const target = path.join(root, 'reference');
const IMPORTED = new Date().toISOString().slice(0, 10);

function sourceFolder(args: readonly string[]): string {
  const index = args.indexOf('--from');
  const folder = index >= 0 ? args[index + 1] : undefined;
  if (folder === undefined) {
    console.error('usage: npx tsx scripts/reference/import.ts --from <folder of the originals>');
    process.exit(1);
  }
  return path.resolve(folder);
}

const write = async (file: string, provenance: Provenance, body: object): Promise<void> => {
  mkdirSync(path.dirname(file), { recursive: true });
  const content = { provenance: { ...provenance, imported: IMPORTED }, ...body };
  writeFileSync(file, await format(JSON.stringify(content), { parser: 'json', printWidth: 100 }));
  console.log(`wrote ${path.relative(root, file)}`);
};

const from = sourceFolder(process.argv.slice(2));
for (const name of NIST_DATASETS) {
  const data = readNistDataset(path.join(from, 'nist', `${name}.dat`));
  const model = /^\s*y = .*$/m.exec(readFileSync(path.join(from, 'nist', `${name}.dat`), 'utf8'));
  await write(path.join(target, 'nist', `${name}.json`), PROVENANCE.nist(name), {
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
  });
}
for (const [file, provenance] of Object.entries(PROVENANCE.json)) {
  const original = JSON.parse(readFileSync(path.join(from, file), 'utf8')) as object;
  await write(path.join(target, file), provenance, original);
}
