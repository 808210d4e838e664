// The figures of a report: what a comparison, the budgets and the trend read of each target, and all that a
// stored baseline keeps (src/model/baseline.ts reads one, and projects a measured report onto it). The table
// of figures (src/model/metrics.ts) reads them from here. Types and two size rules; imports nothing.

export interface BaselineFigures {
  schemaVersion: number;
  tool: { name: 'docker-size-guard'; version: string };
  targets: TargetFigures[];
}

export interface TargetFigures {
  name: string;
  context: { bytes: number; files: number; symlinks: number; shallow: { path: string; bytes: number }[]; shallowTruncated: boolean };
  /** null without a Dockerfile. */
  copied: { bytes: number } | null;
  /** null when no image was measured (or it could not be). */
  image: ImageFigures | null;
}

export interface ImageFigures {
  /** The image tree index (version 1) as a path comparison reads it; null in reports before it or of another version. */
  tree: TreeFigures | null;
  unpackedBytes: number | null;
  uncompressedBytes: number | null;
  compressedBytes: number | null;
  layers: LayerFigures[];
}

export interface TreeFigures {
  depth: number;
  directories: { path: string; bytes: number; layer: number | null }[];
  directoriesOmitted: number;
  largestDirectories: { path: string; bytes: number; layer: number | null }[];
  largestFiles: { path: string; bytes: number; layer: number | null }[];
}

export interface LayerFigures {
  createdBy: string;
  unpackedBytes: number | null;
  uncompressedBytes: number | null;
  compressedBytes: number | null;
}

/**
 * The image's size: unpacked, what `docker images` shows (the layer tars' size where contents were not
 * unpacked). "image-compressed" is `compressedBytes`, what a pull downloads.
 */
export function imageBytes(i: ImageFigures): number | null {
  return i.unpackedBytes ?? i.uncompressedBytes;
}

/** A layer's size by the same rule, falling back to its compressed size, else 0. */
export function layerBytes(l: LayerFigures): number {
  return l.unpackedBytes ?? l.uncompressedBytes ?? l.compressedBytes ?? 0;
}
