// The filesystem adapter: walks a build context the way Docker's tar walker does
// (moby/go-archive TarWithOptions): every entry is matched with its parent directory's
// per-pattern results; an excluded directory is pruned unless an exception pattern starts
// with its path. Symlinks are entries, never followed. File contents are never read.
import * as nodeFs from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import type { EntryKind } from './tally.js';
import type { MatchInfo, PatternMatcher } from '../patterns/matcher.js';

/** The two calls the walker makes; tests pass their own to simulate unreadable directories. */
export interface WalkFs {
  readdirSync(path: string, options: { withFileTypes: true }): Dirent[];
  lstatSync(path: string): Stats;
}

export interface WalkVisitor {
  /** An entry the build sends. `inode` is set for files with several hard links. */
  entry(path: string, kind: EntryKind, size: number, inode?: string): void;
  /** A directory (or entry) that could not be read; `path` is '' for the context root. */
  unreadable(path: string, error: NodeJS.ErrnoException): void;
}

export function walkContext(root: string, matcher: PatternMatcher, visitor: WalkVisitor, fs: WalkFs = nodeFs): void {
  const matching = matcher.patterns.length > 0;

  const walk = (absDir: string, relDir: string, parentInfo: MatchInfo): void => {
    let entries: Dirent[];
    try {
      entries = fs.readdirSync(absDir, { withFileTypes: true });
    } catch (e) {
      visitor.unreadable(relDir, e as NodeJS.ErrnoException);
      return;
    }
    for (const d of entries) {
      const rel = relDir === '' ? d.name : relDir + '/' + d.name;
      const abs = absDir + '/' + d.name;
      let excluded = false;
      let info: MatchInfo;
      if (matching) {
        const r = matcher.matchesUsingParentResults(rel, parentInfo);
        excluded = r.excluded;
        info = r.info;
      }
      let kind = kindOf(d);
      let st: Stats | undefined;
      if (kind === undefined || (kind !== 'dir' && !excluded)) {
        try {
          st = fs.lstatSync(abs);
        } catch (e) {
          visitor.unreadable(rel, e as NodeJS.ErrnoException);
          continue;
        }
        kind = kindOfStats(st);
      }
      if (kind === 'dir') {
        if (excluded) {
          if (!matcher.canSkipDir(rel)) walk(abs, rel, info); // walked for the exceptions' sake, not sent itself
          continue;
        }
        visitor.entry(rel, 'dir', 0);
        walk(abs, rel, info);
      } else if (!excluded) {
        const size = kind === 'other' ? 0 : st!.size;
        visitor.entry(rel, kind, size, st!.nlink > 1 && kind === 'file' ? `${st!.dev}:${st!.ino}` : undefined);
      }
    }
  };
  walk(root, '', undefined);
}

function kindOf(d: Dirent): EntryKind | undefined {
  if (d.isDirectory()) return 'dir';
  if (d.isFile()) return 'file';
  if (d.isSymbolicLink()) return 'symlink';
  if (d.isFIFO() || d.isSocket() || d.isBlockDevice() || d.isCharacterDevice()) return 'other';
  return undefined; // DT_UNKNOWN: ask lstat
}

function kindOfStats(st: Stats): EntryKind {
  if (st.isDirectory()) return 'dir';
  if (st.isFile()) return 'file';
  if (st.isSymbolicLink()) return 'symlink';
  return 'other';
}
