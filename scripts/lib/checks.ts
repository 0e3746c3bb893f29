/** The outcome of one named check; the lab's commands print these and count them. */
export interface CheckResult {
  readonly name: string;
  readonly ok: boolean;
  /** Why it failed (or a note when it passed with a caveat). */
  readonly detail?: string;
}

export const pass = (name: string, detail?: string): CheckResult => ({ name, ok: true, detail });
export const failure = (name: string, detail: string): CheckResult => ({ name, ok: false, detail });
