// The verdict: every budget breached, with the budget, the figure and the margin. Pure.
import type { Comparison, MetricDelta, TargetComparison } from '../model/comparison.js';
import type { Figure } from '../model/metrics.js';
import type { Breach, Verdict } from '../model/verdict.js';
import type { Budget } from './budgets.js';

export function decide(comparison: Comparison, budgetsFor: (target: string) => readonly Budget[], failOnBudget: boolean): Verdict {
  const breaches: Breach[] = [];
  const unchecked: Verdict['unchecked'] = [];
  for (const t of comparison.targets) {
    if (t.status === 'removed') continue;
    for (const b of budgetsFor(t.name)) {
      const r = check(t, b, comparison.hasBaseline);
      if (typeof r === 'string') unchecked.push({ target: t.name, key: b.key, reason: r });
      else if (r) breaches.push(r);
      else {
        const unknown = figureOf(t, b).unknown ?? 0;
        if (unknown > 0) {
          const reason = `${unknown} ${unknown === 1 ? 'entry' : 'entries'} could not be read: the figure is a lower bound`;
          unchecked.push({ target: t.name, key: b.key, reason, level: b.level, unknown: true });
        }
      }
    }
  }
  // A figure over both levels of one budget is reported once, at the fail level; fail before warn.
  const failing = new Set(breaches.filter((b) => b.level === 'fail').map((b) => `${b.target}\0${b.key}`));
  const shown = breaches.filter((b) => b.level === 'fail' || !failing.has(`${b.target}\0${b.key}`));
  shown.sort((a, b) => (a.level === b.level ? 0 : a.level === 'fail' ? -1 : 1));
  // A lower bound under a fail-level limit cannot pass: the bytes the build sends may be over it.
  const unknownFail = unchecked.some((u) => u.unknown && u.level === 'fail');
  return { breaches: shown, failed: failOnBudget && (failing.size > 0 || unknownFail), unchecked };
}

/** The comparison's figure a budget reads. */
function figureOf(t: TargetComparison, b: Budget): MetricDelta {
  const figure = (b.key.endsWith('-increase') ? b.key.slice(0, -'-increase'.length) : b.key) as Figure;
  return t.metrics.find((x) => x.key === figure)!;
}

/** A breach, undefined when within budget, or the reason it cannot be checked. */
function check(t: TargetComparison, b: Budget, hasBaseline: boolean): Breach | undefined | string {
  const increase = b.key.endsWith('-increase');
  const figure = (increase ? b.key.slice(0, -'-increase'.length) : b.key) as Figure;
  const m = figureOf(t, b);
  if (m.current === null) return `no ${figure} figure for this target`;
  const breach = (actual: number, limit: number): Breach | undefined =>
    actual > limit
      ? { target: t.name, key: b.key, level: b.level, limit: b.limit, actual, margin: actual - limit, source: b.source }
      : undefined;
  if (!increase) return b.limit.kind === 'bytes' ? breach(m.current, b.limit.bytes) : 'a percentage needs a baseline figure';
  if (!hasBaseline || t.status === 'added' || m.delta === null) return 'no baseline to compare with';
  if (b.limit.kind === 'bytes') return breach(m.delta, b.limit.bytes);
  if (m.percent === null) return m.delta > 0 ? breach(Infinity, b.limit.percent) : undefined;
  return breach(m.percent, b.limit.percent);
}
