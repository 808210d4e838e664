// The pure measurement core: fed the entries of a build context in depth-first order, it keeps
// totals, the largest files and the largest directories (by the bytes included beneath them).
import { SHALLOW_LIMIT, type DirSize, type PathSize, type Totals } from '../model/report.js';
import { TopN } from './top.js';
import { popFramesNotHolding } from '../util/frames.js';

export type EntryKind = 'file' | 'symlink' | 'dir' | 'other';

interface OpenDir {
  path: string;
  prefix: string;
  bytes: number;
  files: number;
}

export class Tally {
  private bytes = 0;
  private files = 0;
  private symlinks = 0;
  private directories = 0;
  private other = 0;
  private unreadable = 0;
  private readonly topFiles: TopN<PathSize>;
  private readonly topDirs: TopN<DirSize>;
  private readonly open: OpenDir[] = [];
  private readonly seenInodes = new Set<string>();
  private readonly shallow = new TopN<PathSize>(SHALLOW_LIMIT);
  private shallowCount = 0;

  constructor(top: number) {
    this.topFiles = new TopN(top);
    this.topDirs = new TopN(top);
  }

  /**
   * Counts one entry that the build sends. `inode` is given for files with more than one link,
   * so that hard-linked content counts once, as tar sends it once.
   */
  add(path: string, kind: EntryKind, size: number, inode?: string): void {
    this.closeDirsNotContaining(path);
    if (kind === 'dir') {
      this.directories++;
      return;
    }
    if (kind === 'other') {
      this.other++;
      return;
    }
    if (inode !== undefined) {
      if (this.seenInodes.has(inode)) size = 0;
      else this.seenInodes.add(inode);
    }
    if (kind === 'file') this.files++;
    else this.symlinks++;
    this.bytes += size;
    this.topFiles.add({ path, bytes: size });
    if (isShallow(path)) this.addShallow({ path, bytes: size });
    this.addToDirs(path, size);
  }

  markUnreadable(path: string): void {
    this.closeDirsNotContaining(path);
    this.unreadable++;
  }

  finish(): Totals {
    this.closeDirsNotContaining('');
    return {
      bytes: this.bytes,
      files: this.files,
      symlinks: this.symlinks,
      directories: this.directories,
      other: this.other,
      unreadable: this.unreadable,
      largestFiles: this.topFiles.sorted(),
      largestDirectories: this.topDirs.sorted(),
      shallow: this.shallow.sorted(),
      shallowTruncated: this.shallowCount > SHALLOW_LIMIT,
    };
  }

  private addShallow(item: PathSize): void {
    this.shallowCount++;
    this.shallow.add(item);
  }

  /** Opens the ancestors of `path` that are not open yet and adds the bytes to the deepest; a directory passes its totals to its parent when it closes. */
  private addToDirs(path: string, size: number): void {
    let from = this.open.length === 0 ? 0 : this.open[this.open.length - 1]!.prefix.length;
    for (;;) {
      const slash = path.indexOf('/', from);
      if (slash < 0) break;
      const dir = path.slice(0, slash);
      this.open.push({ path: dir, prefix: dir + '/', bytes: 0, files: 0 });
      from = slash + 1;
    }
    const deepest = this.open[this.open.length - 1];
    if (deepest) {
      deepest.bytes += size;
      deepest.files++;
    }
  }

  private closeDirsNotContaining(path: string): void {
    popFramesNotHolding(this.open, path, path.lastIndexOf('/') + 1, 0, () => this.close());
  }

  /** Closes the deepest open directory: its totals go to its parent. */
  private close(): void {
    const open = this.open;
    const d = open.pop()!;
    this.topDirs.add({ path: d.path, bytes: d.bytes, files: d.files });
    if (isShallow(d.path)) this.addShallow({ path: d.path, bytes: d.bytes });
    const parent = open[open.length - 1];
    if (parent) {
      parent.bytes += d.bytes;
      parent.files += d.files;
    }
  }
}

/** Depth 1 or 2: at most one '/'. */
function isShallow(path: string): boolean {
  const slash = path.indexOf('/');
  return slash < 0 || path.indexOf('/', slash + 1) < 0;
}
