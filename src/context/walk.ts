// The filesystem adapter: walks a build context the way Docker's tar walker does
// (moby/go-archive TarWithOptions): every entry is matched with its parent directory's
// per-pattern results; an excluded directory is pruned unless an exception pattern starts
// with its path. Symlinks are entries, never followed. File contents are never read.
// Large directories are streamed (opendir, LISTING_BATCH entries at a time), so memory does not grow
// with the size of one directory; small ones (by st_size) are read whole with readdirSync, which costs a
// third of opendir per directory; either way a directory read completely in its first batch is closed
// before its children are walked, so open descriptors stay few. Names are bytes: a name that is not valid
// UTF-8 is resolved to its exact bytes (kept in a string as src/util/names.ts describes), and
// whatever cannot be read (EACCES, ENAMETOOLONG beyond PATH_MAX, EIO mid-listing) is reported to
// `unreadable`, so that its bytes are known to be unknown. Not pure (reads the filesystem);
// memory: one batch per open directory plus the directory depth.
import * as nodeFs from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import type { EntryKind } from './tally.js';
import type { MatchInfo, PatternMatcher } from '../patterns/matcher.js';
import { isWellFormed, nameBytes, nameFromBytes } from '../util/names.js';

/** How many entries of one directory the walker takes at a time. */
export const LISTING_BATCH = 1024;

/** An open directory: node:fs's Dir does. */
export interface DirHandle {
  readSync(): Dirent | Dirent<Buffer> | null;
  closeSync(): void;
}

/** The calls the walker makes; tests pass their own to simulate unreadable directories. */
export interface WalkFs {
  opendirSync(path: string | Buffer, options?: { bufferSize?: number; encoding?: 'buffer' }): DirHandle;
  lstatSync(path: string | Buffer): Stats;
  /** For directories whose size says they are small (see isSmallDirectory); without it every directory is streamed. */
  readdirSync?(path: string | Buffer, options: { withFileTypes: true }): Dirent[];
}

/**
 * Directories up to this size (st_size: bytes of directory blocks on ext4/xfs, about 20 per entry on tmpfs,
 * the names' bytes on btrfs) are read whole: at 12 or more bytes per entry, at most ~22,000 entries.
 * Larger ones are streamed in LISTING_BATCH entries, so that 1,000,000 files in one directory never sit in
 * memory at once.
 */
export const SMALL_DIRECTORY_BYTES = 256 * 1024;

function isSmallDirectory(fs: WalkFs, path: string | Buffer): boolean {
  try {
    return fs.lstatSync(path).size <= SMALL_DIRECTORY_BYTES;
  } catch {
    return false; // opendir reports the error
  }
}

/** What the walker tells of a listed entry. */
export interface ListedEntry {
  name: string;
  isDirectory(): boolean;
  isFile(): boolean;
}

export interface WalkVisitor {
  /** An entry the build sends. `inode` is set for files with several hard links. */
  entry(path: string, kind: EntryKind, size: number, inode?: string): void;
  /** A directory (or entry) that could not be read; `path` is '' for the context root. */
  unreadable(path: string, error: NodeJS.ErrnoException): void;
  /** Names `enterDir` reports on (at most 30). */
  probes?: readonly string[];
  /**
   * A directory the walker reads ('' for the root), before any of its entries: bit i of `present` is set
   * when a regular file named probes[i] is in it. Its own entry (when sent) came just before.
   */
  enterDir?(path: string, present: number): void;
  /** The next batch of a directory's entries, excluded ones included, before they are visited. */
  listed?(dir: string, entries: readonly ListedEntry[]): void;
}

interface Named {
  name: string;
  /** Plain UTF-8 (no escaped byte): usable as an fs path as it is. */
  plain: boolean;
  d: Dirent | Dirent<Buffer>;
}

/** One entry of a batch, decided: what the walker reports for it, and whether it descends. */
export interface Decided {
  rel: string;
  /** 'unreadable': its lstat failed (error set); 'skip': excluded and not sent. */
  kind: EntryKind | 'unreadable' | 'skip';
  size: number;
  inode?: string;
  error?: NodeJS.ErrnoException;
  /** A directory to walk (sent itself unless kind is 'skip'). */
  descend?: { abs: string; info: MatchInfo; plain: boolean };
}

/** What reading one directory yields, in order: enter (or unreadable), then its batches. */
export type DirStep =
  | { step: 'enter'; present: number }
  | { step: 'unreadable'; error: NodeJS.ErrnoException }
  | { step: 'batch'; listed: ListedEntry[] | undefined; decided: Decided[] };

/** Reads one directory in batches and decides each entry (match, lstat where needed); descends nowhere. */
export function* readDir(
  fs: WalkFs,
  matcher: PatternMatcher,
  absDir: string,
  relDir: string,
  parentInfo: MatchInfo,
  dirPlain: boolean,
  probes: readonly string[],
  wantListed: boolean,
): Generator<DirStep, void, void> {
  const fsPath = (abs: string, plain: boolean): string | Buffer => (plain ? abs : nameBytes(abs));
  const matching = matcher.patterns.length > 0;
  let handle: DirHandle | undefined;
  /** A small directory's whole listing, read at once (readdirSync costs a third of opendir per directory). */
  let whole: (Dirent | Dirent<Buffer>)[] | undefined;
  let next = 0;
  try {
    const path = fsPath(absDir, dirPlain);
    if (fs.readdirSync !== undefined && isSmallDirectory(fs, path)) whole = fs.readdirSync(path, { withFileTypes: true });
    else handle = fs.opendirSync(path, { bufferSize: LISTING_BATCH });
  } catch (e) {
    yield { step: 'unreadable', error: e as NodeJS.ErrnoException };
    return;
  }
  let lossy: LossyNames | undefined;
  const named = (d: Dirent | Dirent<Buffer>): Named => {
    const raw = d.name as string;
    if (!raw.includes('\uFFFD')) return { name: raw, plain: dirPlain, d };
    lossy ??= new LossyNames(fs, fsPath(absDir, dirPlain));
    const name = lossy.resolve(raw);
    return { name, plain: dirPlain && isWellFormed(name), d };
  };
  const close = (): void => {
    if (handle === undefined) return;
    try {
      handle.closeSync();
    } catch {
      // nothing to do: the listing is read
    }
    handle = undefined;
  };
  let complete = false;
  let failure: NodeJS.ErrnoException | undefined;
  const readBatch = (): Named[] => {
    const batch: Named[] = [];
    if (whole !== undefined) {
      const end = Math.min(whole.length, next + LISTING_BATCH);
      for (; next < end; next++) batch.push(named(whole[next]!));
      if (next === whole.length) {
        complete = true;
        whole = undefined;
      }
      return batch;
    }
    try {
      while (batch.length < LISTING_BATCH) {
        const d = handle!.readSync();
        if (d === null) {
          complete = true;
          break;
        }
        batch.push(named(d));
      }
    } catch (e) {
      failure = e as NodeJS.ErrnoException;
      complete = true;
    }
    if (complete) close();
    return batch;
  };
  try {
    let batch = readBatch();
    let present = 0;
    if (probes.length > 0 && complete && failure === undefined) {
      // The whole listing is here: one pass over it for every probe name.
      for (const e of batch) {
        for (let i = 0; i < probes.length; i++) {
          const name = probes[i]!;
          if (e.name.length === name.length && e.name === name && e.d.isFile()) present |= 1 << i;
        }
      }
    } else {
      for (let i = 0; i < probes.length; i++) {
        try {
          if (fs.lstatSync(fsPath(absDir + '/' + probes[i]!, dirPlain)).isFile()) present |= 1 << i;
        } catch {
          // absent (or unreadable): not present
        }
      }
    }
    yield { step: 'enter', present };
    const prefix = relDir === '' ? '' : relDir + '/';
    const absPrefix = absDir + '/';
    for (;;) {
      if (batch.length > 0) {
        const decided: Decided[] = new Array(batch.length);
        for (let i = 0; i < batch.length; i++) {
          const { name, plain, d } = batch[i]!;
          const rel = prefix + name;
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
              st = fs.lstatSync(fsPath(absPrefix + name, plain));
            } catch (e) {
              decided[i] = { rel, kind: 'unreadable', size: 0, error: e as NodeJS.ErrnoException };
              continue;
            }
            kind = kindOfStats(st);
          }
          if (kind === 'dir') {
            // An excluded directory is walked for the exceptions' sake (not sent itself) unless it can be skipped.
            const walkIt = !excluded || !matcher.canSkipDir(rel);
            decided[i] = {
              rel,
              kind: excluded ? 'skip' : 'dir',
              size: 0,
              descend: walkIt ? { abs: absPrefix + name, info, plain } : undefined,
            };
          } else if (excluded) {
            decided[i] = { rel, kind: 'skip', size: 0 };
          } else {
            const size = kind === 'other' ? 0 : st!.size;
            decided[i] = { rel, kind, size, inode: st!.nlink > 1 && kind === 'file' ? `${st!.dev}:${st!.ino}` : undefined };
          }
        }
        yield { step: 'batch', listed: wantListed ? batch.map(asListed) : undefined, decided };
      }
      if (failure !== undefined) {
        yield { step: 'unreadable', error: failure };
        return;
      }
      if (complete) return;
      batch = readBatch();
    }
  } finally {
    close();
  }
}

/** Everything the walk needs besides the directory. */
export interface WalkContext {
  fs: WalkFs;
  matcher: PatternMatcher;
  visitor: WalkVisitor;
}

/** Walks the directory `absDir` (at `relDir` in the context) and everything beneath it, depth first. */
export function walkSubtree(c: WalkContext, absDir: string, relDir: string, parentInfo: MatchInfo, plain: boolean): void {
  const v = c.visitor;
  const probes = v.probes ?? [];
  for (const s of readDir(c.fs, c.matcher, absDir, relDir, parentInfo, plain, probes, v.listed !== undefined)) {
    for (const d of visitStep(v, relDir, s)) {
      if (emitDecided(v, d)) walkSubtree(c, d.descend!.abs, d.rel, d.descend!.info, d.descend!.plain);
    }
  }
}

/**
 * Tells the visitor one step of reading a directory — it could not be read, it is entered, or a batch's listing —
 * and returns the batch's decided entries (none for the other steps), which the caller emits and descends into.
 */
export function visitStep(v: WalkVisitor, relDir: string, s: DirStep): readonly Decided[] {
  if (s.step === 'unreadable') v.unreadable(relDir, s.error);
  else if (s.step === 'enter') v.enterDir?.(relDir, s.present);
  else {
    if (s.listed) v.listed!(relDir, s.listed);
    return s.decided;
  }
  return NO_ENTRIES;
}

const NO_ENTRIES: readonly Decided[] = [];

/** Reports one decided entry; true when the walk descends into it next. */
export function emitDecided(v: WalkVisitor, d: Decided): boolean {
  switch (d.kind) {
    case 'unreadable':
      v.unreadable(d.rel, d.error!);
      return false;
    case 'skip':
      return d.descend !== undefined;
    case 'dir':
      v.entry(d.rel, 'dir', 0);
      return d.descend !== undefined;
    default:
      v.entry(d.rel, d.kind, d.size, d.inode);
      return false;
  }
}

export function walkContext(root: string, matcher: PatternMatcher, visitor: WalkVisitor, fs: WalkFs = nodeFs as unknown as WalkFs): void {
  walkSubtree({ fs, matcher, visitor }, root, '', undefined, isWellFormed(root));
}

/** A listed entry as the walker read it (a class, not closures: one small object per entry). */
class DirentListed implements ListedEntry {
  constructor(
    readonly name: string,
    private readonly d: Dirent | Dirent<Buffer>,
  ) {}
  isDirectory(): boolean {
    return this.d.isDirectory();
  }
  isFile(): boolean {
    return this.d.isFile();
  }
}

/** A listed entry replayed from its flags (bit 0: a directory, bit 1: a regular file). */
export class FlagListed implements ListedEntry {
  constructor(
    readonly name: string,
    private readonly flags: number,
  ) {}
  isDirectory(): boolean {
    return (this.flags & 1) !== 0;
  }
  isFile(): boolean {
    return (this.flags & 2) !== 0;
  }
}

function asListed(n: Named): ListedEntry {
  return new DirentListed(n.name, n.d);
}

/**
 * The exact names behind the lossy (U+FFFD) ones of one directory: read once more with Buffer names,
 * keeping only the names that do not decode cleanly (memory: those names only).
 */
class LossyNames {
  private readonly byLossy = new Map<string, string[]>();

  constructor(fs: WalkFs, absDir: string | Buffer) {
    let handle: DirHandle | undefined;
    try {
      handle = fs.opendirSync(absDir, { bufferSize: LISTING_BATCH, encoding: 'buffer' });
      for (let d = handle.readSync(); d !== null; d = handle.readSync()) {
        const raw = d.name as unknown as Buffer;
        const lossy = raw.toString('utf8');
        if (!lossy.includes('\uFFFD')) continue;
        const list = this.byLossy.get(lossy);
        if (list) list.push(nameFromBytes(raw));
        else this.byLossy.set(lossy, [nameFromBytes(raw)]);
      }
    } catch {
      // the names stay lossy: their lstat fails and they are reported unreadable
    } finally {
      try {
        handle?.closeSync();
      } catch {
        // read already
      }
    }
  }

  /** The next exact name that reads as `lossy` (each is handed out once), or `lossy` itself when none is left. */
  resolve(lossy: string): string {
    return this.byLossy.get(lossy)?.shift() ?? lossy;
  }
}

function kindOf(d: Dirent | Dirent<Buffer>): EntryKind | undefined {
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
