/** Section 2: fit time on random well-conditioned data, medians of several runs, with the ratio to the fastest. */
import { median } from 'simple-statistics';
import { createRng } from '../../helpers/random';
import { SOLVERS } from './solvers';
import { minOf } from '../../helpers/validation';

const SEED = 'bench-speed';

export interface SpeedRow {
  readonly n: number;
  readonly p: number;
  /** Solver name → median milliseconds. */
  readonly medianMs: Record<string, number>;
  /** Solver name → median / fastest median. */
  readonly ratioToFastest: Record<string, number>;
}

export function measureSpeed(
  sizes: readonly number[] = [1000, 10000, 100000],
  widths: readonly number[] = [5, 20],
): SpeedRow[] {
  const rows: SpeedRow[] = [];
  for (const n of sizes) {
    for (const p of widths) {
      const rng = createRng(`${SEED}-${n}-${p}`);
      const X = Array.from({ length: n }, () => rng.normalVector(p));
      const y = X.map(
        (row) => row.reduce((sum, value, j) => sum + value * (j + 1), 1) + rng.normal(),
      );
      const runs = n >= 100000 ? 3 : n >= 10000 ? 5 : 9;
      const medianMs: Record<string, number> = {};
      for (const [name, solver] of Object.entries(SOLVERS)) {
        solver({ X, y, intercept: true }); // warm-up: JIT and caches, not counted
        const times = Array.from({ length: runs }, () => {
          const start = performance.now();
          solver({ X, y, intercept: true });
          return performance.now() - start;
        });
        medianMs[name] = Math.round(median(times) * 10) / 10;
      }
      const fastest = minOf(Object.values(medianMs));
      const ratioToFastest = Object.fromEntries(
        Object.entries(medianMs).map(([name, ms]) => [
          name,
          Math.round((ms / fastest) * 100) / 100,
        ]),
      );
      rows.push({ n, p, medianMs, ratioToFastest });
    }
  }
  return rows;
}
