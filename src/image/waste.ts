// What the layers add that the image does not keep: files a later layer overwrites, deletes (whiteout
// ".wh.NAME") or hides (opaque directory ".wh..wh..opq"), applied as the OCI image spec's changeset rules
// say: a whiteout or an opaque marker removes only what lower layers hold. The reclaimable bytes are, for
// each path, the bytes all layers added minus the copy the image keeps, so that
//   reclaimable = bytes the layers add - bytes of the flattened filesystem.
// The flattened filesystem it builds is handed back (`final`) for the image tree index (tree.ts): one pass
// over the entries feeds both. Pure: fed the entries of each layer tar in order; memory: one node per path.
import { layerEntries, type LayerEntriesLike } from './entries.js';
import type { WastedPath } from '../model/image.js';

const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';

export interface FileNode {
  dir: false;
  /** Bytes of a regular file; 0 for links and other entries. */
  size: number;
  /** A regular file or a hard link (a file too); false for symlinks, devices, FIFOs. */
  regular: boolean;
  /** The layer that wrote it. */
  layer: number;
}

export interface DirNode {
  dir: true;
  children: Map<string, Node>;
  /** Last layer whose tar has this directory's own header. */
  layer: number;
}

export type Node = FileNode | DirNode;

export interface WasteFigures {
  reclaimableBytes: number;
  addedBytes: number;
  /** Bytes of regular files the flattened image holds (after exclusions). */
  keptBytes: number;
  efficiency: number;
  topPaths: WastedPath[];
  /** The flattened filesystem (whiteouts and opaque directories applied), for the image tree index. */
  final: DirNode;
}

export interface WasteOptions {
  /** Paths (relative, no leading slash) left out of every figure. */
  excluded?: (path: string) => boolean;
  top?: number;
}

interface Loss {
  path: string;
  cause: WastedPath['cause'];
  bytes: number;
  addedIn: Set<number>;
  removedIn: Set<number>;
}

export function computeWaste(layers: readonly LayerEntriesLike[], opts: WasteOptions = {}): WasteFigures {
  const excluded = opts.excluded ?? (() => false);
  const root: DirNode = { dir: true, children: new Map(), layer: -1 };
  const losses = new Map<string, Loss>();
  let added = 0;
  let reclaimable = 0;

  const lose = (key: string, cause: Loss['cause'], filePath: string, node: FileNode, layer: number): void => {
    if (excluded(filePath) || node.size === 0) return;
    const id = `${cause}\0${key}`;
    let l = losses.get(id);
    if (!l) losses.set(id, (l = { path: '/' + key, cause, bytes: 0, addedIn: new Set(), removedIn: new Set() }));
    l.bytes += node.size;
    l.addedIn.add(node.layer);
    l.removedIn.add(layer);
    reclaimable += node.size;
  };

  /** Removes what lower layers hold at and under `node` (at `path`); returns whether the node is now empty of them. */
  const removeLower = (node: Node, path: string, key: string, cause: Loss['cause'], layer: number): boolean => {
    if (!node.dir) {
      if (node.layer >= layer) return false;
      lose(key, cause, path, node, layer);
      return true;
    }
    for (const [name, child] of node.children) {
      if (removeLower(child, path === '' ? name : `${path}/${name}`, key, cause, layer)) node.children.delete(name);
    }
    return node.children.size === 0 && node.layer < layer;
  };

  layers.forEach((input, layer) => {
    const entries = layerEntries(input);
    for (let i = 0; i < entries.length; i++) {
      const dirPath = entries.dir(i);
      const base = entries.name(i);
      const kind = entries.kind(i);
      if (base === OPAQUE) {
        const dir = ensureDir(root, dirPath, layer, lose);
        for (const [name, child] of dir.children) {
          const p = dirPath === '' ? name : `${dirPath}/${name}`;
          if (removeLower(child, p, dirPath, 'opaque', layer)) dir.children.delete(name);
        }
        continue;
      }
      if (base.startsWith(WHITEOUT)) {
        const dir = ensureDir(root, dirPath, layer, lose);
        const name = base.slice(WHITEOUT.length);
        const target = dir.children.get(name);
        const p = dirPath === '' ? name : `${dirPath}/${name}`;
        if (target && removeLower(target, p, p, 'deleted', layer)) dir.children.delete(name);
        continue;
      }
      const parent = ensureDir(root, dirPath, layer, lose);
      const existing = parent.children.get(base);
      const path = dirPath === '' ? base : `${dirPath}/${base}`;
      if (kind === 'dir') {
        if (existing?.dir) existing.layer = layer;
        else {
          if (existing) lose(path, 'overwritten', path, existing, layer);
          parent.children.set(base, { dir: true, children: new Map(), layer });
        }
        continue;
      }
      if (existing) {
        if (existing.dir) {
          for (const [name, child] of existing.children) removeAll(child, `${path}/${name}`, path, layer, lose);
        } else lose(path, 'overwritten', path, existing, layer);
      }
      const size = kind === 'file' ? entries.size(i) : 0;
      if (!excluded(path)) added += size;
      parent.children.set(base, { dir: false, size, regular: kind === 'file' || kind === 'hardlink', layer });
    }
  });

  const kept = added - reclaimable;
  const top = [...losses.values()]
    .sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .slice(0, opts.top ?? 10)
    .map<WastedPath>((l) => ({
      path: l.path,
      reclaimableBytes: l.bytes,
      cause: l.cause,
      addedIn: [...l.addedIn].sort((a, b) => a - b),
      removedIn: [...l.removedIn].sort((a, b) => a - b),
    }));
  return {
    reclaimableBytes: reclaimable,
    addedBytes: added,
    keptBytes: kept,
    efficiency: added === 0 ? 1 : kept / added,
    topPaths: top,
    final: root,
  };
}

type LoseFn = (key: string, cause: Loss['cause'], filePath: string, node: FileNode, layer: number) => void;

/** The directory at `path`, created as needed; a file standing where a directory goes is replaced (and lost). */
function ensureDir(root: DirNode, path: string, layer: number, lose: LoseFn): DirNode {
  let node = root;
  if (path === '') return node;
  let sofar = '';
  for (const name of path.split('/')) {
    sofar = sofar === '' ? name : `${sofar}/${name}`;
    const child = node.children.get(name);
    if (child?.dir) node = child;
    else {
      if (child) lose(sofar, 'overwritten', sofar, child, layer);
      const d: DirNode = { dir: true, children: new Map(), layer };
      node.children.set(name, d);
      node = d;
    }
  }
  return node;
}

/** A directory replaced by a non-directory: everything beneath it goes. */
function removeAll(node: Node, path: string, key: string, layer: number, lose: LoseFn): void {
  if (!node.dir) {
    lose(key, 'overwritten', path, node, layer);
    return;
  }
  for (const [name, child] of node.children) removeAll(child, `${path}/${name}`, key, layer, lose);
}
