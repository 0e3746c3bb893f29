import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ANSCOMBE_QUARTET } from '../../helpers/datasets/anscombe';
import { NIST_DATASETS, readNistReference } from '../../helpers/nist';
import { runProcess } from '../lib/command';

const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'reference');
const files = [
  ...readdirSync(folder).filter((name) => name.endsWith('.json')),
  ...readdirSync(path.join(folder, 'nist')).map((name) => `nist/${name}`),
];
const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as Record<string, unknown>;

describe('reference data', () => {
  it.each(files)(
    '%s states its provenance: source, retrieval, licence, what was derived',
    (file) => {
      const provenance = read(file).provenance as Record<string, unknown> | undefined;
      for (const field of ['source', 'retrieval', 'licence', 'derived', 'imported'])
        expect(
          typeof provenance?.[field] === 'string' && provenance[field] !== '',
          `${file}: provenance.${field}`,
        ).toBe(true);
    },
  );

  it('holds the eleven NIST StRD linear-regression datasets, one certified value per parameter', () => {
    for (const name of NIST_DATASETS) {
      const data = readNistReference(path.join(folder, 'nist', `${name}.json`));
      const p =
        data.polynomialDegree > 0
          ? data.polynomialDegree + 1
          : (data.X[0]?.length ?? 0) + (data.intercept ? 1 : 0);
      expect(data.certifiedCoefficients.length, `${data.name}: coefficients`).toBe(p);
      expect(data.certifiedStandardErrors.length, `${data.name}: standard errors`).toBe(p);
      expect(data.X.length, `${data.name}: rows`).toBe(data.y.length);
    }
  });

  it('the Anscombe fixture in helpers/datasets is the retrieved table, number for number', () => {
    const sets = read('anscombe.json').sets as Record<string, { x: number[]; y: number[] }>;
    for (const set of ANSCOMBE_QUARTET) {
      expect([...set.x], `set ${set.name} x`).toEqual(sets[set.name]?.x);
      expect([...set.y], `set ${set.name} y`).toEqual(sets[set.name]?.y);
    }
  });

  it('the importer refuses a folder that lacks an original, naming it, and writes nothing', async () => {
    const originals = mkdtempSync(path.join(os.tmpdir(), 'lab-originals-'));
    mkdirSync(path.join(originals, 'nist'));
    const stamps = () => files.map((file) => statSync(path.join(folder, file)).mtimeMs);
    const before = stamps();
    try {
      const script = path.join(folder, '..', 'scripts', 'reference', 'import.ts');
      const { code, stderr } = await runProcess(process.execPath, [
        '--import',
        'tsx',
        script,
        '--from',
        originals,
      ]);
      expect(code).toBe(1);
      expect(stderr).toContain('lacks nist/Norris.dat');
      expect(stderr).toContain('statsmodels_stattools_x20.json; reference/ was not touched');
      expect(stamps()).toEqual(before);
    } finally {
      rmSync(originals, { recursive: true, force: true });
    }
  });
});
