// From what a source found (layers, config, sizes) to the report's MeasuredImage: totals computed from
// the layers themselves (never from the engine's `Size`, whose meaning depends on its image store),
// shares, the smoking-gun flags, the base/own split by layer digests, and the waste figures. Pure.
import type { Compression, LayerEntriesLike } from './layer.js';
import { PatternMatcher } from '../patterns/matcher.js';
import { diveFigures } from './dive.js';
import { copiesWholeContext, historyOfLayers, type HistoryEntry } from './history.js';
import type { LayerFlag, LayerReport, MeasuredImage, SizeSplit, WasteReport, ImageTree } from '../model/image.js';
import { indexImageTree } from './tree.js';
import { computeWaste } from './waste.js';

export interface RawLayer {
  digest: string | null;
  mediaType: string | null;
  compression: Compression | null;
  /** Size of the blob as stored/served. */
  blobBytes: number | null;
  /** Uncompressed tar size, unpacked (files) size and file count, when the layer was read. */
  uncompressedBytes: number | null;
  unpackedBytes: number | null;
  files: number | null;
  entries: LayerEntriesLike | null;
}

export interface RawImage {
  platform: string | null;
  id: string | null;
  digest: string | null;
  created: string | null;
  history: readonly HistoryEntry[];
  diffIds: readonly string[];
  layers: RawLayer[];
  configBytes: number | null;
  engineReportedBytes: number | null;
  /** The registry source: config + layers is what a pull downloads. */
  isPull: boolean;
}

export interface BaseImage {
  reference: string;
  /** Its layers' diff IDs (config rootfs.diff_ids); [] for `scratch`. */
  diffIds: readonly string[];
}

export interface AnalyzeOptions {
  /** Share of the image (0..1) above which a layer is the smoking gun. */
  layerShare: number;
  base?: BaseImage;
  /** Destinations of the Dockerfile's whole-context COPY/ADD (for classic-builder history). */
  wholeContextDests: readonly string[];
  wasteExclude: readonly string[];
  top: number;
}

/**
 * Entries (summed over the image's layers, a layer listed twice counting twice) up to which the waste
 * figures are computed; their trees take memory in proportion. Beyond, the figures are left out, said in a warning.
 */
export const MAX_WASTE_ENTRIES = 2_000_000;

export interface Analysis {
  image: MeasuredImage;
  warnings: string[];
}

/** Compression implied by a layer media type (OCI and Docker). */
export function compressionOfMediaType(mediaType: string): Compression | null {
  if (/\+gzip$|\.tar\.gzip$|\.gzip$/.test(mediaType)) return 'gzip';
  if (/\+zstd$|\.zstd$/.test(mediaType)) return 'zstd';
  if (/\.tar$|layer\.v1\.tar$/.test(mediaType)) return 'none';
  return null;
}

export function analyzeImage(raw: RawImage, opts: AnalyzeOptions): Analysis {
  const warnings: string[] = [];
  const n = raw.layers.length;
  const hist = historyOfLayers(raw.history, n);
  const sum = (pick: (l: RawLayer) => number | null): number | null => {
    let s = 0;
    for (const l of raw.layers) {
      const v = pick(l);
      if (v === null) return null;
      s += v;
    }
    return s;
  };
  const compressedOf = (l: RawLayer): number | null => (l.compression === 'gzip' || l.compression === 'zstd' ? l.blobBytes : null);
  const uncompressedOf = (l: RawLayer): number | null => l.uncompressedBytes ?? (l.compression === 'none' ? l.blobBytes : null);
  const unpacked = sum((l) => l.unpackedBytes);
  const compressed = n === 0 ? null : sum(compressedOf);
  const basis: 'unpacked' | 'compressed' = unpacked !== null ? 'unpacked' : 'compressed';
  const sizeOf = (l: RawLayer): number => (basis === 'unpacked' ? l.unpackedBytes : l.blobBytes) ?? 0;
  const total = raw.layers.reduce((s, l) => s + sizeOf(l), 0);

  let baseCount: number | null = null;
  if (opts.base) {
    const b = opts.base.diffIds;
    const matches = b.length <= raw.diffIds.length && b.every((d, i) => d === raw.diffIds[i]);
    if (matches) baseCount = b.length;
    else {
      warnings.push(
        `the image is not built on ${opts.base.reference} as the same source has it (its first layers differ): the base/own split is left out`,
      );
    }
  }

  const layers: LayerReport[] = raw.layers.map((l, i) => {
    const h = hist[i]!;
    const share = total === 0 ? 0 : sizeOf(l) / total;
    const base = baseCount === null ? null : i < baseCount;
    const flags: LayerFlag[] = [];
    if (base !== true && copiesWholeContext(h.createdBy, opts.wholeContextDests)) flags.push('copies-whole-context');
    if (base !== true && share > opts.layerShare) flags.push('large-share');
    return {
      index: i,
      digest: l.digest,
      diffId: raw.diffIds[i] ?? null,
      mediaType: l.mediaType,
      compression: l.compression,
      compressedBytes: compressedOf(l),
      uncompressedBytes: uncompressedOf(l),
      unpackedBytes: l.unpackedBytes,
      files: l.files,
      share,
      createdBy: h.createdBy,
      created: h.created,
      comment: h.comment,
      base,
      flags,
    };
  });

  const split = (ls: LayerReport[]): SizeSplit => ({
    layers: ls.length,
    unpackedBytes: ls.every((l) => l.unpackedBytes !== null) ? ls.reduce((s, l) => s + l.unpackedBytes!, 0) : null,
    compressedBytes: ls.every((l) => l.compressedBytes !== null) ? ls.reduce((s, l) => s + l.compressedBytes!, 0) : null,
  });

  const smokingGuns = layers
    .filter((l) => l.flags.length > 0)
    .sort((a, b) => b.share - a.share || a.index - b.index)
    .map((l) => l.index);

  const image: MeasuredImage = {
    platform: raw.platform,
    id: raw.id,
    digest: raw.digest,
    created: raw.created,
    unpackedBytes: unpacked,
    uncompressedBytes: sum(uncompressedOf),
    compressedBytes: compressed,
    downloadBytes: raw.isPull ? (raw.configBytes ?? 0) + raw.layers.reduce((s, l) => s + (l.blobBytes ?? 0), 0) : null,
    engineReportedBytes: raw.engineReportedBytes,
    layerCount: n,
    sizeBasis: basis,
    layers,
    base: baseCount === null ? null : { reference: opts.base!.reference, ...split(layers.slice(0, baseCount)) },
    own: baseCount === null ? null : split(layers.slice(baseCount)),
    smokingGuns,
    layerShareThreshold: opts.layerShare,
    ...wasteAndTree(raw, opts, warnings),
  };
  return { image, warnings };
}

/** A matcher for --waste-exclude patterns (.dockerignore syntax, anchored at the image root). */
export function wasteExcluder(patterns: readonly string[]): (path: string) => boolean {
  if (patterns.length === 0) return () => false;
  const m = new PatternMatcher(patterns.map((p) => p.replace(/^\/+/, '')));
  return (path) => m.matchesOrParentMatches(path.replace(/^\/+/, ''));
}

/**
 * The waste figures and the file tree index, from one pass over the layers' entries; null when they were not read,
 * or when the layers hold more entries than they are computed for (said in a warning).
 */
function wasteAndTree(raw: RawImage, opts: AnalyzeOptions, warnings: string[]): { waste: WasteReport | null; tree: ImageTree | null } {
  if (raw.layers.length === 0 || raw.layers.some((l) => l.entries === null)) return { waste: null, tree: null };
  const entries = raw.layers.reduce((s, l) => s + l.entries!.length, 0);
  if (entries > MAX_WASTE_ENTRIES) {
    warnings.push(
      `the waste figures are left out: the layers hold ${entries} entries in all, more than the ${MAX_WASTE_ENTRIES} they are computed for (the file tree too)`,
    );
    return { waste: null, tree: null };
  }
  const layers = raw.layers.map((l) => l.entries!);
  const excluded = wasteExcluder(opts.wasteExclude);
  const ours = computeWaste(layers, { excluded, top: opts.top });
  const tree = indexImageTree(ours.final, layers);
  const dive = diveFigures(layers, excluded);
  const waste: WasteReport = {
    reclaimableBytes: ours.reclaimableBytes,
    efficiency: ours.efficiency,
    addedBytes: ours.addedBytes,
    topPaths: ours.topPaths,
    excluded: [...opts.wasteExclude],
    dive: {
      wastedBytes: dive.wastedBytes,
      efficiency: dive.efficiency,
      userSizeBytes: dive.userSizeBytes,
      wastedUserPercent: dive.wastedUserPercent,
    },
  };
  return { waste, tree };
}
