// What grew inside the image, path by path: the image tree index (src/image/tree.ts) of a report against
// its baseline's. A path's size is known on a side when the index lists it, or when the index proves it
// absent (a directory to the index's depth missing from a complete list, or beneath one); otherwise (a deep
// path below the other side's top-N cut-off) it is not compared rather than guessed. Ancestors whose change
// one child explains (same sign, half of it for a directory, 90 % for a file) give way to that child, so "/app/models +4 GB" shows once
// and not again as "/app +4 GB" and "/ +4 GB"; changes inside a shown path of the same direction are summed
// up by it and not listed. Pure.
import type { TreeFigures } from '../model/figures.js';
import type { ImagePathChange } from '../model/comparison.js';

/** The part of an image tree index a comparison reads (what the baseline validator keeps). */
export type TreeLike = TreeFigures;

/**
 * A directory's change is explained by one child of the same direction holding at least this share of it:
 * the children are listed instead. A file must hold nearly all of it, so that a directory of many files
 * stays one line.
 */
export function explains(child: { kind: 'directory' | 'file'; delta: number }, parentDelta: number): boolean {
  if (Math.sign(child.delta) !== Math.sign(parentDelta)) return false;
  return Math.abs(child.delta) >= (child.kind === 'file' ? 0.9 : 0.5) * Math.abs(parentDelta);
}

interface Known {
  bytes: number;
  layer: number | null;
  kind: 'directory' | 'file';
}

function depthOf(path: string): number {
  return path === '/' ? 0 : path.split('/').length - 1;
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** Paths the index lists, with their sizes. */
function listed(t: TreeLike): Map<string, Known> {
  const m = new Map<string, Known>();
  for (const d of t.directories) m.set(d.path, { bytes: d.bytes, layer: d.layer, kind: 'directory' });
  for (const d of t.largestDirectories) if (!m.has(d.path)) m.set(d.path, { bytes: d.bytes, layer: d.layer, kind: 'directory' });
  for (const f of t.largestFiles) if (!m.has(f.path)) m.set(f.path, { bytes: f.bytes, layer: f.layer, kind: 'file' });
  return m;
}

/**
 * The size of `path` on one side: listed, proven absent (0), or unknown (null). A directory to the index's
 * depth is absent when the list of them is complete and does not name it; anything beneath an absent
 * directory is absent too.
 */
export function sizeOn(t: TreeLike, known: ReadonlyMap<string, Known>, path: string, kind: Known['kind']): number | null {
  const k = known.get(path);
  if (k) return k.kind === kind ? k.bytes : null;
  if (t.directoriesOmitted > 0) return null;
  // The nearest directory at most `depth` levels deep, at or above the path (a file: above it). Listed: the
  // path may be there below the top-N cut-off (unknown); missing: it is not there (absent).
  let p = kind === 'file' ? parentOf(path) : path;
  while (p !== '/' && depthOf(p) > t.depth) p = parentOf(p);
  if (p === '/') return null;
  const a = known.get(p);
  if (!a || a.kind !== 'directory') return 0;
  return null;
}

/** `significant` is min-change's test (compare.ts isSignificant): smaller changes are left out. */
export function imagePathChanges(
  baseline: TreeLike,
  current: TreeLike,
  significant: (delta: number, baseline: number) => boolean,
  top = 10,
): ImagePathChange[] {
  const before = listed(baseline);
  const after = listed(current);
  const all = new Map<string, ImagePathChange>();
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    const kind = (after.get(path) ?? before.get(path))!.kind;
    const b = sizeOn(baseline, before, path, kind);
    const a = sizeOn(current, after, path, kind);
    if (a === null || b === null || a === b) continue;
    const delta = a - b;
    const grew = delta > 0;
    const source = grew ? after.get(path) : before.get(path);
    const status = b === 0 ? 'new' : a === 0 ? 'gone' : grew ? 'grew' : 'shrank';
    all.set(path, {
      path,
      kind,
      baseline: b,
      current: a,
      delta,
      status,
      layer: source?.layer ?? null,
      layerOf: grew ? 'current' : 'baseline',
      createdBy: null,
    });
  }
  // Drop an ancestor whose change one child explains.
  const explained = new Set<string>();
  for (const c of all.values()) {
    const parent = all.get(parentOf(c.path));
    if (parent && explains(c, parent.delta)) explained.add(parent.path);
  }
  // Hide a change inside a shown one of the same direction: the shown ancestor sums it up.
  const shown = (c: ImagePathChange): boolean => {
    if (explained.has(c.path)) return false;
    for (let p = parentOf(c.path); p !== '/'; p = parentOf(p)) {
      const a = all.get(p);
      if (a && !explained.has(p) && Math.sign(a.delta) === Math.sign(c.delta)) return false;
    }
    return true;
  };
  return [...all.values()]
    .filter((c) => shown(c) && significant(c.delta, c.baseline))
    .sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || (x.path < y.path ? -1 : 1))
    .slice(0, top);
}
