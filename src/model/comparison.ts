// The comparison part of the JSON report (Report.comparison): each target's figures against the baseline's,
// the shallow paths that moved and the image layers matched by instruction. Computed by src/compare/; never
// read from an artifact (the reading run recomputes it). Types only.
import type { Limit } from '../util/size.js';
import type { MetricKey } from './metrics.js';

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

/** A path inside the image that moved against the baseline (src/compare/image-paths.ts). */
export interface ImagePathChange {
  /** Absolute path in the image. */
  path: string;
  kind: 'directory' | 'file';
  baseline: number;
  current: number;
  delta: number;
  status: 'grew' | 'shrank' | 'new' | 'gone';
  /** The layer (index, in the image it is found in) that wrote most of the bytes: the current image's for growth, the baseline's for a loss. */
  layer: number | null;
  /** Which image `layer` indexes. */
  layerOf: 'current' | 'baseline';
  /** That layer's `created_by` (history), when known. */
  createdBy: string | null;
}

export interface TargetComparison {
  name: string;
  status: 'compared' | 'added' | 'removed';
  metrics: MetricDelta[];
  paths: PathChange[];
  layers: LayerChange[];
  /** What grew inside the image, path by path (both reports need the image tree index; else empty). */
  imagePaths: ImagePathChange[];
  /** Both reports have the image tree index, so `imagePaths` is the comparison's answer (empty: nothing moved). */
  imagePathsCompared: boolean;
}

export interface Comparison {
  hasBaseline: boolean;
  minChange: Limit;
  targets: TargetComparison[];
}
