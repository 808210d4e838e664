// What git tracks, read from the repository's index file (.git/index, format versions 2, 3 and 4;
// see git's Documentation/gitformat-index.txt) without running git: no hooks, no fsmonitor, nothing
// from the measured repository executed. Pure: the index bytes are passed in (writeGitIndex hashes with node:crypto). Memory: one string per
// tracked path under the context, and one per directory holding one.
import { createHash } from 'node:crypto';

/** Tracked paths, relative to the context. */
export interface Tracked {
  /** Whether git tracks this file (or symlink). */
  file(path: string): boolean;
  /** Whether this directory holds a tracked file at any depth. */
  dir(path: string): boolean;
  readonly count: number;
}

export class GitIndexError extends Error {}

/** At most this many entries are read (a larger index is refused: the tracked set is then unknown). */
export const MAX_INDEX_ENTRIES = 5_000_000;

/**
 * The tracked paths under `prefix` (the context's path inside the work tree, '' for the root, no
 * trailing slash), relative to it. Throws GitIndexError on an index it cannot read.
 */
export function parseGitIndex(buf: Buffer, prefix: string): Tracked {
  if (buf.length < 12 || buf.toString('latin1', 0, 4) !== 'DIRC') throw new GitIndexError('not a git index (no DIRC signature)');
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) throw new GitIndexError(`index version ${version} is not supported`);
  const count = buf.readUInt32BE(8);
  if (count > MAX_INDEX_ENTRIES) throw new GitIndexError(`index has ${count} entries, more than ${MAX_INDEX_ENTRIES}`);
  const files = new Set<string>();
  const dirs = new Set<string>();
  const sparse: string[] = [];
  const under = prefix === '' ? '' : prefix + '/';
  let off = 12;
  let previous = '';
  for (let i = 0; i < count; i++) {
    const start = off;
    if (off + 62 > buf.length) throw new GitIndexError('index is truncated');
    const flags = buf.readUInt16BE(off + 60);
    off += 62;
    if (flags & 0x4000) {
      if (version < 3) throw new GitIndexError('extended flags in a version 2 index');
      off += 2;
    }
    let path: string;
    if (version === 4) {
      // A varint: how many bytes of the previous path to drop, then the rest, NUL-terminated.
      let drop = 0;
      let b: number;
      let first = true;
      do {
        if (off >= buf.length) throw new GitIndexError('index is truncated');
        b = buf[off++]!;
        drop = first ? b & 0x7f : ((drop + 1) << 7) | (b & 0x7f);
        first = false;
      } while (b & 0x80);
      const end = buf.indexOf(0, off);
      if (end < 0) throw new GitIndexError('index is truncated');
      const keep = Buffer.from(previous, 'utf8');
      if (drop > keep.length) throw new GitIndexError('bad path compression in the index');
      path = Buffer.concat([keep.subarray(0, keep.length - drop), buf.subarray(off, end)]).toString('utf8');
      off = end + 1;
    } else {
      const end = buf.indexOf(0, off);
      if (end < 0) throw new GitIndexError('index is truncated');
      path = buf.toString('utf8', off, end);
      // Entries are padded with 1 to 8 NULs to a multiple of 8 bytes.
      off = start + ((end - start + 8) & ~7);
    }
    previous = path;
    const mode = buf.readUInt32BE(start + 24);
    if ((mode & 0o170000) === 0o160000) continue; // a submodule: its files are another repository's
    if ((mode & 0o170000) === 0o040000) {
      // A sparse index's directory entry ("dir/"): everything below it is tracked.
      const dir = path.replace(/\/$/, '');
      if (dir.startsWith(under)) sparse.push(dir.slice(under.length));
      else if (under.startsWith(dir + '/')) sparse.push('');
      continue;
    }
    if (!path.startsWith(under)) continue;
    const rel = path.slice(under.length);
    files.add(rel);
    for (let slash = rel.lastIndexOf('/'); slash > 0; slash = rel.lastIndexOf('/', slash - 1)) {
      const d = rel.slice(0, slash);
      if (dirs.has(d)) break;
      dirs.add(d);
    }
  }
  // A split index keeps most entries in a shared file: what this one names is not all that is tracked.
  for (let ext = off; ext + 8 <= buf.length - 20; ) {
    const sig = buf.toString('latin1', ext, ext + 4);
    if (sig === 'link') throw new GitIndexError('a split index (core.splitIndex) is not read');
    ext += 8 + buf.readUInt32BE(ext + 4);
  }
  const underSparse = (p: string): boolean => sparse.some((d) => d === '' || p === d || p.startsWith(d + '/'));
  for (const d of sparse) for (let i = d.indexOf('/'); i > 0; i = d.indexOf('/', i + 1)) dirs.add(d.slice(0, i));
  for (const d of sparse) if (d !== '') dirs.add(d);
  return {
    file: (p) => files.has(p) || (sparse.length > 0 && underSparse(p)),
    dir: (p) => (p === '' ? files.size > 0 || sparse.length > 0 : dirs.has(p) || (sparse.length > 0 && underSparse(p))),
    count: files.size,
  };
}

/** Writes a version 2 index naming `paths` (all regular files, zero ids): how the corpus replays what git tracks. */
export function writeGitIndex(paths: readonly string[]): Buffer {
  const sorted = [...new Set(paths)].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const parts: Buffer[] = [];
  const header = Buffer.alloc(12);
  header.write('DIRC', 0, 'latin1');
  header.writeUInt32BE(2, 4);
  header.writeUInt32BE(sorted.length, 8);
  parts.push(header);
  for (const p of sorted) {
    const name = Buffer.from(p, 'utf8');
    const len = (62 + name.length + 8) & ~7;
    const e = Buffer.alloc(len);
    e.writeUInt32BE(0o100644, 24);
    e.writeUInt16BE(Math.min(name.length, 0xfff), 60);
    name.copy(e, 62);
    parts.push(e);
  }
  const body = Buffer.concat(parts);
  // The trailing checksum (SHA-1 of everything before it).
  return Buffer.concat([body, sha1(body)]);
}

function sha1(b: Buffer): Buffer {
  return createHash('sha1').update(b).digest();
}
