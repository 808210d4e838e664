// The verdict part of the JSON report (Report.verdict): every budget breached, with the budget, the figure
// and the margin, and the budgets that could not be checked. Computed by src/budget/decide.ts; never read
// from an artifact. Types and the budget keys only.
import type { Limit } from '../util/size.js';
import { FIGURES, type Figure } from './metrics.js';

/** A budget holds a figure (src/model/metrics.ts) absolutely, or with "-increase" its growth against the baseline. */
export type BudgetKey = Figure | `${Figure}-increase`;
export const BUDGET_KEYS: readonly BudgetKey[] = FIGURES.flatMap((f) => [f, `${f}-increase` as const]);

export type Level = 'warn' | 'fail';

export interface Breach {
  target: string;
  key: BudgetKey;
  level: Level;
  limit: Limit;
  /** The figure held against the limit: bytes, or for a percent growth budget, percent. */
  actual: number;
  /** How far over the limit, in the limit's unit. */
  margin: number;
  source: string;
  /** A fail-level breach accepted by the pull request's label (input allow-label): reported at warn level. */
  acceptedBy?: string;
}

export interface Verdict {
  breaches: Breach[];
  /** A fail-level budget was breached and failOnBudget is set: the check fails (exit code 1). */
  failed: boolean;
  /**
   * Budgets that could not be checked, e.g. growth without a baseline, image budgets without an image.
   * `unknown`: the figure is a lower bound under the limit because some entries could not be read; at the
   * fail level that fails the check (with failOnBudget), since the bytes the build sends may be over it.
   */
  unchecked: { target: string; key: BudgetKey; reason: string; level?: Level; unknown?: true }[];
  /** The label override in force (input allow-label): who accepted the fail-level breaches. */
  accepted?: { label: string; by: string | undefined };
}

/** Budgets over a figure that is a lower bound (entries could not be read), at the fail level: they fail the check. */
export function unknownFailing(v: Verdict | undefined): Verdict['unchecked'] {
  return (v?.unchecked ?? []).filter((u) => u.unknown && u.level === 'fail');
}

/** A fail-level breach, or a fail-level budget that could not be checked because bytes could not be read. */
export function failsBudget(v: Verdict | undefined): boolean {
  return (v?.breaches.some((b) => b.level === 'fail') ?? false) || unknownFailing(v).length > 0;
}
