// Compares a report with a baseline's figures: pure, no I/O.
import type { Limit } from '../util/size.js';
import { figuresOf } from '../model/baseline.js';
import { layerBytes, type BaselineFigures, type TargetFigures } from '../model/figures.js';
import type { Comparison, MetricDelta, PathChange, TargetComparison } from '../model/comparison.js';
import { METRICS, type MetricKey } from '../model/metrics.js';
import type { Report } from '../model/report.js';
import { imagePathChanges } from './image-paths.js';
import { matchLayers } from './layers.js';

/** Changes smaller than this count as unchanged unless --min-change / the input / the config file say otherwise. */
export const DEFAULT_MIN_CHANGE: Limit = { kind: 'bytes', bytes: 10_000, text: '10kB' };

export interface CompareOptions {
  minChange: Limit;
  /** How many path changes to keep per target. */
  paths?: number;
}

export function isSignificant(delta: number, baseline: number | null, min: Limit): boolean {
  if (delta === 0) return false;
  if (min.kind === 'bytes') return Math.abs(delta) >= min.bytes;
  if (baseline === null || baseline === 0) return true;
  return (Math.abs(delta) / baseline) * 100 >= min.percent;
}

export function compareReports(report: Report, baseline: BaselineFigures | undefined, opts: CompareOptions): Comparison {
  const current = figuresOf(report);
  // Entries of each target's walk that could not be read: its walk figures are lower bounds.
  const unreadable = new Map(report.targets.map((t) => [t.name, t.context.unreadable ?? 0]));
  const targets: TargetComparison[] = [];
  const baseByName = new Map((baseline?.targets ?? []).map((t) => [t.name, t]));
  for (const t of current.targets) {
    const b = baseline ? baseByName.get(t.name) : undefined;
    targets.push(compareTarget(t, b, baseline !== undefined && b === undefined ? 'added' : 'compared', opts, unreadable.get(t.name) ?? 0));
    baseByName.delete(t.name);
  }
  if (baseline) for (const b of baseByName.values()) targets.push(compareTarget(undefined, b, 'removed', opts));
  return { hasBaseline: baseline !== undefined, minChange: opts.minChange, targets };
}

/** The figures that come from the walk of the context (lower bounds when some of it could not be read). */
const WALK_FIGURES: ReadonlySet<MetricKey> = new Set<MetricKey>(['context', 'context-files', 'copied']);

function compareTarget(
  cur: TargetFigures | undefined,
  base: TargetFigures | undefined,
  status: TargetComparison['status'],
  opts: CompareOptions,
  unknown = 0,
): TargetComparison {
  const metrics = METRICS.map((m): MetricDelta => {
    const current = cur ? m.read(cur) : null;
    const baseline = base ? m.read(base) : null;
    const delta = current !== null && baseline !== null ? current - baseline : null;
    const percent = delta !== null && baseline ? (delta / baseline) * 100 : null;
    const changed = delta !== null && isSignificant(delta, baseline, opts.minChange);
    return {
      key: m.key,
      unit: m.unit,
      current,
      baseline,
      delta,
      percent,
      changed,
      ...(cur && unknown > 0 && WALK_FIGURES.has(m.key) ? { unknown } : {}),
    };
  });
  const paths = cur && base ? pathChanges(cur, base, opts) : [];
  const layerLikes = (t: TargetFigures | undefined) => t?.image?.layers.map((l) => ({ createdBy: l.createdBy, bytes: layerBytes(l) }));
  const curLayers = layerLikes(cur);
  const baseLayers = layerLikes(base);
  const layers = curLayers && baseLayers ? matchLayers(baseLayers, curLayers) : [];
  const curTree = cur?.image?.tree;
  const baseTree = base?.image?.tree;
  const imagePaths =
    curTree && baseTree
      ? imagePathChanges(baseTree, curTree, (d, b) => isSignificant(d, b, opts.minChange), opts.paths ?? 10).map((c) => {
          const ls = (c.layerOf === 'current' ? cur : base)?.image?.layers;
          return { ...c, createdBy: c.layer === null ? null : (ls?.[c.layer]?.createdBy ?? null) };
        })
      : [];
  return { name: (cur ?? base)!.name, status, metrics, paths, layers, imagePaths, imagePathsCompared: Boolean(curTree && baseTree) };
}

/** The shallow paths (depth 1 and 2) whose included bytes moved most, and paths new to the context. */
function pathChanges(cur: TargetFigures, base: TargetFigures, opts: CompareOptions): PathChange[] {
  const before = new Map((base.context.shallow ?? []).map((p) => [p.path, p.bytes]));
  const after = new Map((cur.context.shallow ?? []).map((p) => [p.path, p.bytes]));
  const out: PathChange[] = [];
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(path) ?? (base.context.shallowTruncated ? null : 0);
    const a = after.get(path) ?? (cur.context.shallowTruncated ? null : 0);
    if (a === null || b === null) continue; // below the other report's cut-off: not comparable
    const delta = a - b;
    if (!isSignificant(delta, b, opts.minChange)) continue;
    const status = b === 0 && !before.has(path) ? 'new' : a === 0 && !after.has(path) ? 'gone' : delta > 0 ? 'grew' : 'shrank';
    out.push({ path, baseline: before.has(path) ? b : null, current: after.has(path) ? a : null, delta, status });
  }
  // Largest moves first; a directory and its child moving together both show, parent first on ties.
  out.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || (x.path < y.path ? -1 : 1));
  return out.slice(0, opts.paths ?? 10);
}
