/** One comparison of a week 01 solution against a value from outside software (R, gretl, NIST). */
export interface ReferenceCheck {
  /** Which table the row belongs to, e.g. `NIST Longley`, `macrodata Breusch–Pagan`. */
  readonly group: string;
  /** What was compared, e.g. `B3`, `se(B3)`, `statistic`. */
  readonly quantity: string;
  readonly expected: number;
  readonly actual: number;
  /** How the row is scored: `lre` needs LRE ≥ threshold, `relative` needs relative error ≤ threshold. */
  readonly criterion: 'lre' | 'relative';
  readonly threshold: number;
  /** LRE (digits) or relative error, as the criterion says. */
  readonly score: number;
  readonly pass: boolean;
  /** Where the expected value comes from. */
  readonly source: string;
}

/** A group of checks reading its files from a folder laid out like reference/ (the default). */
export type ReferenceCheckGroup = (dataDirectory: string) => ReferenceCheck[];
