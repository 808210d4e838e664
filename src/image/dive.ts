// wagoodman/dive's efficiency figures, ported rule for rule from dive/filetree (file_tree.go AddPath/Stack,
// file_node.go, efficiency.go) and dive/image/analysis.go at d6c6919 (v0.13), quirks included, so that CI
// rules written for dive (lowestEfficiency, highestWastedBytes, highestUserWastedPercent) carry over:
//  - a path counts as "inefficient" when it is a leaf in two or more layers; its wasted bytes are the sum of
//    every copy, the copy the image keeps included (dive issue #684);
//  - a whiteout of a file counts 0 bytes; a whiteout of a directory counts the directory's bytes, but only at
//    the directory's own path, which is rarely a leaf twice, so deleted directories seldom count at all;
//  - opaque-directory markers (.wh..wh..opq) are ignored; a whiteout naming a path that no lower layer has
//    stops dive's walk of that layer;
//  - user size is every layer but the first.
// Pure: fed the entries of each layer tar; memory: the stacked tree and one layer's tree (a node per path).
import { layerEntries, type LayerEntries, type LayerEntriesLike } from './entries.js';
import { compareCodePoints } from '../util/sort.js';

const WHITEOUT = '.wh.';
const DOUBLE_WHITEOUT = '.wh..wh..';

interface Info {
  size: number;
  isDir: boolean;
}

const EMPTY: Info = { size: 0, isDir: false };
const EMPTY_DIR: Info = { size: 0, isDir: true };
/** The children of a leaf: shared, never written (a node gets its own map with its first child). */
const NO_CHILDREN: ReadonlyMap<string, DNode> = new Map();

class DNode {
  private kids: Map<string, DNode> | undefined;
  info: Info = EMPTY;
  private cachedPath: string | undefined;

  constructor(
    readonly name: string,
    readonly parent: DNode | undefined,
  ) {}

  get children(): ReadonlyMap<string, DNode> {
    return this.kids ?? NO_CHILDREN;
  }

  setChild(name: string, child: DNode): void {
    (this.kids ??= new Map()).set(name, child);
  }

  deleteChild(name: string): void {
    this.kids?.delete(name);
  }

  isWhiteout(): boolean {
    return this.name.startsWith(WHITEOUT);
  }

  /** dive's FileNode.Path(): the whiteout prefix is dropped from the node's own name. */
  path(): string {
    if (this.cachedPath === undefined) {
      const names: string[] = [];
      for (let n: DNode | undefined = this; n?.parent !== undefined; n = n.parent) {
        names.push(n === this && n.name.startsWith(WHITEOUT) ? n.name.slice(WHITEOUT.length) : n.name);
      }
      this.cachedPath = ('/' + names.reverse().join('/')).replace(/\/\//g, '/');
    }
    return this.cachedPath;
  }
}

/** Children before parents, children in Go's sort.Strings order (bytes), never the root. */
function visitDepthChildFirst(node: DNode, visit: (n: DNode) => void, onlyLeaves: boolean, isRoot = true): void {
  const keys = [...node.children.keys()].sort(compareBytes);
  for (const k of keys) {
    const child = node.children.get(k);
    if (child) visitDepthChildFirst(child, visit, onlyLeaves, false);
  }
  if (isRoot) return;
  if (!onlyLeaves || node.children.size === 0) visit(node);
}

/** Go's string order (UTF-8 bytes) without encoding: code point order (src/util/sort.ts). */
export const compareBytes = compareCodePoints;

function splitPath(path: string): string[] {
  return path.split('/').filter((p) => p !== '');
}

class DTree {
  root = new DNode('', undefined);
  fileSize = 0;

  addPath(path: string, info: Info): void {
    const names = splitPath(path);
    let node = this.root;
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      const existing = node.children.get(name);
      if (existing) node = existing;
      else {
        if (name.startsWith(DOUBLE_WHITEOUT)) return;
        const child = new DNode(name, node);
        node.setChild(name, child);
        node = child;
      }
      if (i === names.length - 1) node.info = info;
    }
  }

  getNode(path: string): DNode | undefined {
    let node: DNode | undefined = this.root;
    for (const name of splitPath(path)) {
      node = node.children.get(name);
      if (!node) return undefined;
    }
    return node;
  }

  removePath(path: string): void {
    const node = this.getNode(path);
    if (node && node.parent) node.parent.deleteChild(node.name);
  }

  /** FileTree.Stack: whiteouts remove, everything else (intermediate directories too) is added. */
  stack(upper: DTree): void {
    visitDepthChildFirst(
      upper.root,
      (n) => {
        if (n.isWhiteout()) this.removePath(n.path());
        else this.addPath(n.path(), n.info);
      },
      false,
    );
  }
}

export interface DiveFigures {
  wastedBytes: number;
  efficiency: number;
  userSizeBytes: number;
  /** wastedBytes / userSizeBytes; null when the user size is 0 (dive divides by zero). */
  wastedUserPercent: number | null;
  /** dive's "inefficient" paths, largest cumulative size first. */
  inefficient: { path: string; cumulativeBytes: number; count: number }[];
}

/**
 * dive's Efficiency() and Analyze() over the layers' entries (in layer order). `excluded` removes paths
 * (dive-style absolute paths) from every figure.
 */
export function diveFigures(layers: readonly LayerEntriesLike[], excluded: (absPath: string) => boolean = () => false): DiveFigures {
  // One layer's tree at a time (dive builds them all first; the figures are the same): the stacked tree and
  // the layer being compared are alive, not every layer's.
  const lists = layers.map(layerEntries);
  const treeOf = (entries: LayerEntries): DTree => {
    const t = new DTree();
    for (let i = 0; i < entries.length; i++) {
      const size = entries.size(i);
      const isDir = entries.kind(i) === 'dir';
      t.fileSize += size;
      t.addPath(entries.path(i), size === 0 ? (isDir ? EMPTY_DIR : EMPTY) : { size, isDir });
    }
    return t;
  };
  interface Data {
    cumulative: number;
    min: number;
    count: number;
  }
  const map = new Map<string, Data>();
  const stacked = lists[0] && treeOf(lists[0]);
  let userSize = 0;
  lists.forEach((entries, index) => {
    const prior = stacked!;
    const tree = treeOf(entries);
    if (index > 0) userSize += tree.fileSize;
    try {
      visitDepthChildFirst(
        tree.root,
        (node) => {
          const path = node.path();
          let data = map.get(path);
          if (!data) map.set(path, (data = { cumulative: 0, min: -1, count: 0 }));
          let size = 0;
          if (node.isWhiteout()) {
            const previous = prior.getNode(path);
            if (!previous) throw new StopLayer();
            if (previous.info.isDir) {
              visitDepthChildFirst(previous, (n) => (size += n.info.size), false, false);
            }
          } else size = node.info.size;
          data.cumulative += size;
          if (data.min < 0 || size < data.min) data.min = size;
          data.count++;
        },
        true,
      );
    } catch (e) {
      if (!(e instanceof StopLayer)) throw e;
    }
    prior.stack(tree);
  });
  let minimum = 0;
  let discovered = 0;
  let wasted = 0;
  const inefficient: DiveFigures['inefficient'] = [];
  for (const [path, d] of map) {
    if (excluded(path)) continue;
    minimum += d.min;
    discovered += d.cumulative;
    if (d.count >= 2) {
      wasted += d.cumulative;
      inefficient.push({ path, cumulativeBytes: d.cumulative, count: d.count });
    }
  }
  inefficient.sort((a, b) => b.cumulativeBytes - a.cumulativeBytes || compareBytes(a.path, b.path));
  return {
    wastedBytes: wasted,
    efficiency: discovered === 0 ? 1 : minimum / discovered,
    userSizeBytes: userSize,
    wastedUserPercent: userSize === 0 ? null : wasted / userSize,
    inefficient,
  };
}

class StopLayer extends Error {}
