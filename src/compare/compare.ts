// Compares a report with a baseline report: pure, no I/O.
import type { Limit } from '../budget/size.js';
import type { Report, TargetReport } from '../report/schema.js';
import { matchLayers, type LayerChange, type LayerLike } from './layers.js';

export type MetricKey = 'context' | 'context-files' | 'copied' | 'image' | 'image-compressed' | 'image-layers';

export interface MetricDelta {
  key: MetricKey;
  unit: 'bytes' | 'count';
  current: number | null;
  baseline: number | null;
  /** current − baseline; null when either side is unknown. */
  delta: number | null;
  /** delta as a percentage of the baseline; null when unknown or the baseline is 0. */
  percent: number | null;
  /** False when the change is below min-change (or there is nothing to compare). */
  changed: boolean;
  /** Entries whose bytes are unknown (unreadable directories, paths beyond PATH_MAX): `current` is then a lower bound. */
  unknown?: number;
}

export interface PathChange {
  path: string;
  baseline: number | null;
  current: number | null;
  delta: number;
  status: 'grew' | 'shrank' | 'new' | 'gone';
}

export interface TargetComparison {
  name: string;
  status: 'compared' | 'added' | 'removed';
  metrics: MetricDelta[];
  paths: PathChange[];
  layers: LayerChange[];
}

export interface Comparison {
  hasBaseline: boolean;
  minChange: Limit;
  targets: TargetComparison[];
}

export interface CompareOptions {
  minChange: Limit;
  /** How many path changes to keep per target. */
  paths?: number;
}

interface MetricSpec {
  key: MetricKey;
  unit: 'bytes' | 'count';
  get(t: TargetReport): number | null;
  /** How many entries behind the figure could not be read. */
  unknown?(t: TargetReport): number;
}

const unreadable = (t: TargetReport): number => t.context.unreadable ?? 0;

/** The figures compared, in the order reports show them. Image figures exist once the image is measured. */
export const METRICS: readonly MetricSpec[] = [
  { key: 'context', unit: 'bytes', get: (t) => t.context.bytes, unknown: unreadable },
  { key: 'context-files', unit: 'count', get: (t) => t.context.files + t.context.symlinks, unknown: unreadable },
  { key: 'copied', unit: 'bytes', get: (t) => t.copied?.bytes ?? null, unknown: unreadable },
  { key: 'image', unit: 'bytes', get: (t) => imageFigures(t)?.uncompressed ?? null },
  { key: 'image-compressed', unit: 'bytes', get: (t) => imageFigures(t)?.compressed ?? null },
  { key: 'image-layers', unit: 'count', get: (t) => imageFigures(t)?.layers.length ?? null },
];

/**
 * The image figures of a target, when its image was measured. "image" is the unpacked size, what
 * `docker images` shows (the layer tars' size where contents were not unpacked); "image-compressed"
 * is what a pull downloads.
 */
export function imageFigures(t: TargetReport): { uncompressed: number | null; compressed: number | null; layers: LayerLike[] } | undefined {
  type Sizes = { unpackedBytes?: number | null; uncompressedBytes?: number | null; compressedBytes?: number | null };
  const image = (t as { image?: unknown }).image as (Sizes & { layers?: (Sizes & { createdBy?: string })[] }) | undefined;
  if (!image || !Array.isArray(image.layers)) return undefined;
  return {
    uncompressed: image.unpackedBytes ?? image.uncompressedBytes ?? null,
    compressed: image.compressedBytes ?? null,
    layers: image.layers.map((l) => ({ createdBy: l.createdBy ?? '', bytes: l.unpackedBytes ?? l.uncompressedBytes ?? l.compressedBytes ?? 0 })),
  };
}

export function isSignificant(delta: number, baseline: number | null, min: Limit): boolean {
  if (delta === 0) return false;
  if (min.kind === 'bytes') return Math.abs(delta) >= min.bytes;
  if (baseline === null || baseline === 0) return true;
  return (Math.abs(delta) / baseline) * 100 >= min.percent;
}

export function compareReports(current: Report, baseline: Report | undefined, opts: CompareOptions): Comparison {
  const targets: TargetComparison[] = [];
  const baseByName = new Map((baseline?.targets ?? []).map((t) => [t.name, t]));
  for (const t of current.targets) {
    const b = baseline ? baseByName.get(t.name) : undefined;
    targets.push(compareTarget(t, b, baseline !== undefined && b === undefined ? 'added' : 'compared', opts));
    baseByName.delete(t.name);
  }
  if (baseline) for (const b of baseByName.values()) targets.push(compareTarget(undefined, b, 'removed', opts));
  return { hasBaseline: baseline !== undefined, minChange: opts.minChange, targets };
}

function compareTarget(cur: TargetReport | undefined, base: TargetReport | undefined, status: TargetComparison['status'], opts: CompareOptions): TargetComparison {
  const metrics = METRICS.map((m): MetricDelta => {
    const current = cur ? m.get(cur) : null;
    const baseline = base ? m.get(base) : null;
    const delta = current !== null && baseline !== null ? current - baseline : null;
    const percent = delta !== null && baseline ? (delta / baseline) * 100 : null;
    const changed = delta !== null && isSignificant(delta, baseline, opts.minChange);
    const unknown = cur && m.unknown ? m.unknown(cur) : 0;
    return { key: m.key, unit: m.unit, current, baseline, delta, percent, changed, ...(unknown > 0 ? { unknown } : {}) };
  });
  const paths = cur && base ? pathChanges(cur, base, opts) : [];
  const curImage = cur && imageFigures(cur);
  const baseImage = base && imageFigures(base);
  const layers = curImage && baseImage ? matchLayers(baseImage.layers, curImage.layers) : [];
  return { name: (cur ?? base)!.name, status, metrics, paths, layers };
}

/** The shallow paths (depth 1 and 2) whose included bytes moved most, and paths new to the context. */
function pathChanges(cur: TargetReport, base: TargetReport, opts: CompareOptions): PathChange[] {
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
