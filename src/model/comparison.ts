// The comparison part of the JSON report (Report.comparison): each target's figures against the baseline's,
// the shallow paths that moved and the image layers matched by instruction. Computed by src/compare/; never
// read from an artifact (the reading run recomputes it). Types only.
import type { Limit } from '../util/size.js';

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

export interface LayerChange {
  createdBy: string;
  baseline: number | null;
  current: number | null;
  delta: number;
  status: 'added' | 'removed' | 'kept';
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
