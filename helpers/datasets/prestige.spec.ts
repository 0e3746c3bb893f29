/**
 * The Prestige data as R has it: 102 rows per column, and each column's sum as R prints it
 * (sapply(carData::Prestige[, 1:4], sum): education 1095.28, income 693386, women 2955.86,
 * prestige 4777), so a mistyped value cannot hide.
 */
import { describe, expect, it } from 'vitest';
import { EDUCATION, INCOME, PRESTIGE, WOMEN } from './prestige';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('carData::Prestige', () => {
  it("has 102 rows in every column and R's column sums", () => {
    for (const [name, column, total] of [
      ['education', EDUCATION, 1095.28],
      ['income', INCOME, 693386],
      ['women', WOMEN, 2955.86],
      ['prestige', PRESTIGE, 4777],
    ] as const) {
      expect(column.length, `${name}: 102 occupations`).toBe(102);
      expect(Math.abs(sum(column) - total), `${name}: sum as in R`).toBeLessThan(1e-9 * total);
    }
  });
});
