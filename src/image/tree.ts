// The image's file tree, bounded: what the flattened filesystem (whiteouts and opaque directories applied,
// built once by waste.ts from the layers' entries) holds, aggregated to an index whose size does not grow
// with the image: bytes and regular-file counts of every directory to depth TREE_DEPTH (capped at
// MAX_TREE_DIRECTORIES, the smallest dropped first), the largest TREE_LARGEST directories and files at any
// depth, and for every layer the directories it adds most bytes to. Each directory and file names the layer
// that wrote most of its bytes, so a delta can say which instruction added them.
// Pure; memory: the index plus one array of per-layer bytes per level of the walk.
import { TopN } from '../context/top.js';
import { TREE_VERSION, type ImageTree, type LayerDirectories, type TreeDirectory, type TreeFile } from '../model/image.js';
import { layerEntries, type LayerEntriesLike } from './entries.js';
import type { DirNode } from './waste.js';

export { TREE_VERSION };

export const TREE_DEPTH = 4;
export const TREE_LARGEST = 200;
export const MAX_TREE_DIRECTORIES = 2000;
export const LAYER_TOP_DIRECTORIES = 5;

export interface TreeOptions {
  depth?: number;
  largest?: number;
  maxDirectories?: number;
  layerTop?: number;
}

/** The layer holding most bytes (the lowest index on a tie); null when there are none. */
export function dominantLayer(byLayer: ArrayLike<number> | ReadonlyMap<number, number>): number | null {
  const pairs: Iterable<[number, number]> =
    byLayer instanceof Map ? byLayer : Array.from(byLayer as ArrayLike<number>, (b, l) => [l, b] as [number, number]);
  let best: number | null = null;
  let bestBytes = 0;
  for (const [layer, bytes] of pairs) {
    if (bytes > bestBytes || (bytes === bestBytes && bytes > 0 && best !== null && layer < best)) {
      best = layer;
      bestBytes = bytes;
    }
  }
  return best;
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Indexes the flattened filesystem `root` and the layers' own entries. */
export function indexImageTree(root: DirNode, layers: readonly LayerEntriesLike[], opts: TreeOptions = {}): ImageTree {
  const depth = opts.depth ?? TREE_DEPTH;
  const largest = opts.largest ?? TREE_LARGEST;
  const maxDirs = opts.maxDirectories ?? MAX_TREE_DIRECTORIES;
  const shallow: TreeDirectory[] = [];
  const topDirs = new TopN<TreeDirectory>(largest);
  const topFiles = new TopN<TreeFile>(largest);

  // Bytes by layer of the directory being summed at each level of the walk: one array per level, reused.
  const layerCount = layers.length;
  const byLevel: Float64Array[] = [];
  const walk = (dir: DirNode, path: string, level: number): { bytes: number; files: number } => {
    const byLayer = (byLevel[level] ??= new Float64Array(layerCount));
    byLayer.fill(0);
    let bytes = 0;
    let files = 0;
    for (const [name, child] of dir.children) {
      if (child.dir) {
        const sub = walk(child, `${path}/${name}`, level + 1);
        bytes += sub.bytes;
        files += sub.files;
        const below = byLevel[level + 1]!;
        for (let l = 0; l < layerCount; l++) byLayer[l]! += below[l]!;
      } else if (child.regular) {
        files++;
        bytes += child.size;
        if (child.size > 0) {
          byLayer[child.layer]! += child.size;
          if (topFiles.accepts(child.size)) topFiles.add({ path: `${path}/${name}`, bytes: child.size, layer: child.layer });
        }
      }
    }
    if (level > 0 && (level <= depth || topDirs.accepts(bytes))) {
      const d: TreeDirectory = { path, bytes, files, layer: dominantLayer(byLayer) };
      if (level <= depth) shallow.push(d);
      topDirs.add(d);
    }
    return { bytes, files };
  };
  const total = walk(root, '', 0);

  let directories = shallow;
  let omitted = 0;
  if (shallow.length > maxDirs) {
    directories = [...shallow].sort((a, b) => b.bytes - a.bytes || byPath(a, b)).slice(0, maxDirs);
    omitted = shallow.length - maxDirs;
  }
  directories.sort(byPath);
  return {
    version: TREE_VERSION,
    depth,
    bytes: total.bytes,
    files: total.files,
    directories,
    directoriesOmitted: omitted,
    largestDirectories: topDirs.sorted(),
    largestFiles: topFiles.sorted(),
    layers: layers.map((entries, index) => ({
      index,
      directories: layerDirectories(entries, depth, opts.layerTop ?? LAYER_TOP_DIRECTORIES),
    })),
  };
}

/** Where a layer entry's bytes are counted: its directory, or that directory's ancestor at `depth` levels. */
export function bucketOf(path: string, depth: number): string {
  const parts = path.split('/');
  parts.pop();
  return '/' + parts.slice(0, depth).join('/');
}

/** The directories a layer adds most regular-file bytes to (see LayerDirectories). */
export function layerDirectories(input: LayerEntriesLike, depth: number, n: number): LayerDirectories['directories'] {
  const entries = layerEntries(input);
  const buckets = new Map<string, { bytes: number; files: number }>();
  // The bucket of each of the layer's directories, computed once.
  const bucketOfDir: (string | undefined)[] = new Array(entries.directories);
  for (let i = 0; i < entries.length; i++) {
    const kind = entries.kind(i);
    if (kind !== 'file' && kind !== 'hardlink') continue;
    if (entries.name(i).startsWith('.wh.')) continue;
    const id = entries.dirId(i);
    const key = (bucketOfDir[id] ??= bucketOf(`${entries.dirPath(id)}/`, depth));
    const size = entries.size(i);
    const b = buckets.get(key);
    if (b) {
      b.bytes += size;
      b.files++;
    } else buckets.set(key, { bytes: size, files: 1 });
  }
  return [...buckets]
    .map(([path, b]) => ({ path, bytes: b.bytes, files: b.files }))
    .filter((d) => d.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes || byPath(a, b))
    .slice(0, n);
}
