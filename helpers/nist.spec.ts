import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { logRelativeError, readNistDataset } from './nist';

// A miniature file in NIST StRD's layout (line numbers as its header states them).
const SAMPLE = [
  'NIST/ITL StRD',
  'Dataset Name:  Tiny (Tiny.dat)',
  '',
  'File Format:   ASCII',
  '               Certified Values  (lines 9 to 14)',
  '               Data              (lines 16 to 18)',
  '               y = B0 + B1*x + B2*(x**2) + e',
  '',
  '        B0      0.100000000000000E+01    0.5',
  '        B1     -2.00000000000000         0.25',
  '        B2      .300000000000000E+01     0.125',
  '     Residual',
  '     Standard Deviation   0.205177424076185E-03',
  '     R-Squared            0.999999900178537',
  'Data:   y   x',
  '         .5     1',
  '        2       2',
  '        7.25    3',
].join('\n');

describe('NIST StRD reader', () => {
  it('reads certified values, the model and the data block by the line ranges in the header', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'nist-'));
    const file = path.join(folder, 'Tiny.dat');
    writeFileSync(file, SAMPLE);
    const dataset = readNistDataset(file);
    expect(dataset.name).toBe('Tiny');
    expect(dataset.certifiedCoefficients).toEqual([1, -2, 3]);
    expect(dataset.certifiedStandardErrors).toEqual([0.5, 0.25, 0.125]);
    expect(dataset.certifiedResidualSd).toBe(0.205177424076185e-3);
    expect(dataset.certifiedRSquared).toBe(0.999999900178537);
    expect(dataset.intercept).toBe(true);
    expect(dataset.polynomialDegree).toBe(2);
    expect(dataset.y).toEqual([0.5, 2, 7.25]);
    expect(dataset.X).toEqual([[1], [2], [3]]);
  });
});

describe('log relative error', () => {
  it('counts the agreeing digits, uses the absolute error at zero and caps at 15', () => {
    expect(logRelativeError(1.0001, 1)).toBeCloseTo(4, 6);
    expect(logRelativeError(1e-7, 0)).toBeCloseTo(7, 6);
    expect(logRelativeError(2, 2)).toBe(15);
    expect(logRelativeError(Number.NaN, 2)).toBe(0);
    expect(logRelativeError(5, 1)).toBe(0);
  });
});
