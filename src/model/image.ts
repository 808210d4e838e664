// The image section of the report (schema version 1, optional `image` field of a target).
// Documented in README.md under "Image measurement"; other tooling depends on it.

/** The image sources (their adapters: src/image/sources/, chosen by SOURCES in src/image/sources/measure.ts). */
export const IMAGE_SOURCES = ['engine', 'archive', 'registry'] as const;
export type ImageSource = (typeof IMAGE_SOURCES)[number];

/**
 * The image was measured. Its figures are the image's (for a multi-platform index: the platform chosen,
 * linux/amd64 by default); with `--platform all` the other platforms follow in `otherPlatforms`.
 */
export interface ImageSection extends MeasuredImage {
  ok: true;
  source: ImageSource;
  /** The reference, or the archive path, as given. */
  reference: string;
  /** When the reference is a multi-platform index: its digest and the platforms it lists. */
  index: { digest: string | null; platforms: string[] } | null;
  otherPlatforms: MeasuredImage[];
  warnings: string[];
}

/** The image could not be measured; the rest of the report stands. */
export interface ImageError {
  ok: false;
  source: ImageSource;
  reference: string;
  error: string;
}

export type ImageResult = ImageSection | ImageError;

export type LayerFlag = 'copies-whole-context' | 'large-share';

export interface LayerReport {
  index: number;
  /** Digest of the blob as stored (compressed when compressed); null where the source has none (docker save classic). */
  digest: string | null;
  /** Digest of the uncompressed layer tar (config rootfs.diff_ids). */
  diffId: string | null;
  mediaType: string | null;
  compression: 'gzip' | 'zstd' | 'none' | null;
  /** Bytes of the compressed blob; null when the layer is not compressed or the size is unknown. */
  compressedBytes: number | null;
  /** Bytes of the uncompressed layer tar; null when not read (registry). */
  uncompressedBytes: number | null;
  /** Sum of the regular files' sizes in the layer (`docker history` SIZE on graph drivers); null when not read. */
  unpackedBytes: number | null;
  /** Regular files in the layer; null when not read. */
  files: number | null;
  /** Share of the image (0..1), by `sizeBasis` of the image. */
  share: number;
  /** The history entry the layer belongs to. */
  createdBy: string;
  created: string | null;
  comment: string | null;
  /** Part of the base image (true), the project's own (false), or unknown (null). */
  base: boolean | null;
  flags: LayerFlag[];
}

export interface SizeSplit {
  layers: number;
  unpackedBytes: number | null;
  compressedBytes: number | null;
}

export interface WastedPath {
  /** Absolute path in the image. A deleted directory is one entry with everything removed beneath it. */
  path: string;
  reclaimableBytes: number;
  /** How the bytes were lost: overwritten by a later layer, deleted (whiteout), or hidden by an opaque directory. */
  cause: 'overwritten' | 'deleted' | 'opaque';
  /** Layers (indexes) that added the lost bytes, and the layers that overwrote or deleted them. */
  addedIn: number[];
  removedIn: number[];
}

export interface WasteReport {
  /** Bytes that layers add and later layers overwrite or delete: what rebuilding without them saves. */
  reclaimableBytes: number;
  /** 1 - reclaimable / (bytes all layers add); 1 means nothing is wasted. */
  efficiency: number;
  /** Bytes of regular files added over all layers (after exclusions). */
  addedBytes: number;
  topPaths: WastedPath[];
  /** --waste-exclude patterns applied (to these figures and to dive's). */
  excluded: string[];
  /** wagoodman/dive's figures for the same layers, computed by dive's rules (see README). */
  dive: { wastedBytes: number; efficiency: number; userSizeBytes: number; wastedUserPercent: number | null };
}

export interface MeasuredImage {
  platform: string | null;
  /** Config digest (the image ID). */
  id: string | null;
  /** Manifest digest where the source has one. */
  digest: string | null;
  created: string | null;
  /** Sum of the layers' unpacked sizes (files' bytes); null when layer contents were not read. */
  unpackedBytes: number | null;
  /** Sum of the uncompressed layer tars. */
  uncompressedBytes: number | null;
  /** Sum of the compressed layer blobs, where every layer is compressed; else null. */
  compressedBytes: number | null;
  /** Config + layer blobs: what `docker pull` downloads (registry source). */
  downloadBytes: number | null;
  /** The engine's own image Size: unpacked on graph drivers, packed content on the containerd store (engine source). */
  engineReportedBytes: number | null;
  layerCount: number;
  /** The size that `share` and the smoking-gun threshold use. */
  sizeBasis: 'unpacked' | 'compressed';
  layers: LayerReport[];
  /** The base image (the target stage's FROM) when it could be resolved on the same source. */
  base: (SizeSplit & { reference: string }) | null;
  own: SizeSplit | null;
  /** Layers flagged as the smoking gun (indexes), largest first. */
  smokingGuns: number[];
  /** The share (0..1) above which a layer is flagged `large-share` (--layer-share). */
  layerShareThreshold: number;
  waste: WasteReport | null;
  /**
   * The flattened filesystem's file tree, bounded (versioned by `tree.version`; see tree.ts); null when
   * layer contents were not read. Reports before it have no `tree`: a comparison then shows no path delta.
   */
  tree: ImageTree | null;
}

/** Version of the `tree` field of the image report; bump when its meaning changes. */
export const TREE_VERSION = 1;

export interface TreeDirectory {
  /** Absolute path in the image ("/usr/share/doc"). */
  path: string;
  /** Bytes of the regular files beneath it, at any depth. */
  bytes: number;
  /** Regular files (and hard links) beneath it. */
  files: number;
  /** The layer (index) that wrote most of those bytes; null when it holds no bytes. */
  layer: number | null;
}

export interface TreeFile {
  path: string;
  bytes: number;
  layer: number;
}

export interface LayerDirectories {
  index: number;
  /** Bytes of regular files the layer's tar adds, by directory (files deeper than `depth` counted at their ancestor at that depth); whether or not a later layer removes them. */
  directories: { path: string; bytes: number; files: number }[];
}

export interface ImageTree {
  version: typeof TREE_VERSION;
  depth: number;
  /** Bytes and regular files of the flattened filesystem. */
  bytes: number;
  files: number;
  /** Every directory to `depth` levels, by path; when there are more than MAX_TREE_DIRECTORIES, the largest. */
  directories: TreeDirectory[];
  /** Directories to `depth` levels left out of `directories` by the cap (0: the list is complete). */
  directoriesOmitted: number;
  /** The largest directories at any depth, largest first. */
  largestDirectories: TreeDirectory[];
  /** The largest regular files at any depth, largest first. */
  largestFiles: TreeFile[];
  layers: LayerDirectories[];
}
