// The pure measurement core: fed the entries of a build context in depth-first order, it keeps
// totals, the largest files and the largest directories (by the bytes included beneath them).
import { TopN } from './top.js';

export type EntryKind = 'file' | 'symlink' | 'dir' | 'other';

export interface PathSize {
  path: string;
  bytes: number;
}

export interface DirSize extends PathSize {
  files: number;
}

export interface Totals {
  bytes: number;
  files: number;
  symlinks: number;
  directories: number;
  /** Sockets, FIFOs, devices: sent as tar headers without content. */
  other: number;
  /** Directories that could not be read: their contents are unknown. */
  unreadable: number;
  largestFiles: PathSize[];
  largestDirectories: DirSize[];
}

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
    };
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
    const open = this.open;
    while (open.length > 0 && !path.startsWith(open[open.length - 1]!.prefix)) {
      const d = open.pop()!;
      this.topDirs.add({ path: d.path, bytes: d.bytes, files: d.files });
      const parent = open[open.length - 1];
      if (parent) {
        parent.bytes += d.bytes;
        parent.files += d.files;
      }
    }
  }
}
