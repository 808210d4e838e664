// The step outputs and annotations, computed from the report. Pure.
import { targetFigures } from '../model/baseline.js';
import type { Comparison } from '../model/comparison.js';
import { METRICS, type MetricKey } from '../model/metrics.js';
import { failsBudget, type Verdict } from '../model/verdict.js';
import { formatBytes } from '../util/units.js';
import type { Report } from '../model/report.js';

/** The outputs of the figures that have one (src/model/metrics.ts), summed over the targets; '' when no target has the figure (or, for deltas, no baseline). */
export function figureOutputs(report: Report): Record<string, string> {
  const cmp = report.comparison;
  const sum = (values: (number | null | undefined)[]): string => {
    const known = values.filter((v): v is number => typeof v === 'number');
    return known.length === 0 ? '' : String(known.reduce((a, b) => a + b, 0));
  };
  const delta = (key: MetricKey): string =>
    cmp?.hasBaseline ? sum(cmp.targets.map((t) => t.metrics.find((m) => m.key === key)?.delta)) : '';
  const figures = report.targets.map(targetFigures);
  const withOutput = METRICS.filter((m) => 'output' in m);
  return {
    ...Object.fromEntries(withOutput.map((m) => [`${m.output}-bytes`, sum(figures.map((t) => m.read(t)))])),
    ...Object.fromEntries(withOutput.map((m) => [`${m.output}-delta`, delta(m.key)])),
    breached: String(failsBudget(report.verdict)),
  };
}

/** Some figure moved by more than min-change, or a target came or went. */
export function anyChange(c: Comparison | undefined): boolean {
  return !!c?.hasBaseline && c.targets.some((t) => t.status !== 'compared' || t.metrics.some((m) => m.changed));
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title: string;
}

/** GitHub shows at most 10 annotations of each level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

/**
 * Budget breaches (fail: error, warn: warning) and the targets' warnings, at most 10 per level; the
 * rest are returned as `overflow` for the job summary.
 */
export function annotations(report: Report, verdict: Verdict | undefined): { shown: Annotation[]; overflow: Annotation[] } {
  const all: Annotation[] = [];
  for (const b of verdict?.breaches ?? []) {
    const what = b.key.endsWith('-increase') ? `${b.key.replace(/-increase$/, '')} growth` : b.key;
    const figure =
      b.limit.kind === 'percent' ? (b.actual === Infinity ? 'growth from 0' : `+${b.actual.toFixed(1)}%`) : formatBytes(b.actual);
    all.push({
      level: b.level === 'fail' ? 'error' : 'warning',
      title: `Docker size budget: ${b.target}`,
      message: `${what} ${figure} is over the ${b.acceptedBy !== undefined ? 'fail' : b.level} budget of ${b.limit.text} (${b.source})${b.acceptedBy !== undefined ? `, accepted by label "${b.acceptedBy}"` : ''}`,
    });
  }
  for (const u of verdict?.unchecked ?? []) {
    if (!u.unknown) continue;
    all.push({
      level: u.level === 'fail' ? 'error' : 'warning',
      title: `Docker size budget: ${u.target}`,
      message: `the ${u.key} budget could not be checked: ${u.reason}`,
    });
  }

  for (const t of report.targets)
    for (const w of t.warnings) all.push({ level: 'warning', title: `docker-size-guard: ${t.name}`, message: w });
  const shown: Annotation[] = [];
  const overflow: Annotation[] = [];
  const count = { error: 0, warning: 0, notice: 0 };
  for (const a of all) (++count[a.level] <= ANNOTATIONS_PER_LEVEL ? shown : overflow).push(a);
  return { shown, overflow };
}
