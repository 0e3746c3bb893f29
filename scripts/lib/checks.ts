/** The outcome of one named check; the lab's commands print these and count them. */
export interface CheckResult {
  readonly name: string;
  readonly ok: boolean;
  /** Why it failed, or a note on a pass. */
  readonly detail?: string;
}

export const pass = (name: string, detail?: string): CheckResult => ({ name, ok: true, detail });
export const failure = (name: string, detail: string): CheckResult => ({ name, ok: false, detail });

/** Passes with no problems; else fails listing them after `prefix`, `separator` between them. */
export const passUnless = (
  name: string,
  problems: readonly string[],
  prefix = '',
  separator = '; ',
): CheckResult =>
  problems.length === 0 ? pass(name) : failure(name, `${prefix}${problems.join(separator)}`);
