// Reads an image archive in one streaming pass: a `docker save` tar (classic or OCI layout), an OCI image
// layout tar, optionally gzip-compressed as a whole. Every layer blob is scanned as it streams past
// (nothing is extracted, no layer is held in memory); small JSON documents (manifests, configs, index)
// are kept. The layout is interpreted afterwards (layout.ts), because `docker save` writes manifest.json last.
// A file is read into one reused 1 MiB buffer (reuseRead): what is kept of a chunk is copied.
// An OCI layout directory (or an extracted `docker save`) is read file by file instead: regular files whose
// real path is inside the directory only, each layer once. Bounded: 16 MiB per JSON document, 64 MiB of
// them per archive, 4M layer entries per archive; no message quotes a file's content.
import { constants, createReadStream, type Stats } from 'node:fs';
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { LayerError, LayerScanner, sniffBlob, type LayerScan } from '../../layer.js';
import { TarError, TarParser } from '../../tar.js';

/** How an archive is read: JSON documents and layer scans by archive path. */
export interface ArchiveFiles {
  /** Parsed JSON at `p`, or undefined when there is no such file. Throws ArchiveError when it is not JSON. */
  json(p: string): Promise<unknown>;
  /** The scan of the layer blob at `p`. Throws ArchiveError when it is missing or unreadable. */
  layer(p: string): Promise<LayerScan>;
  /** Where the archive came from, for messages. */
  readonly name: string;
}

/** The archive is unusable; the message says why, in one line. */
export class ArchiveError extends Error {}

export type ProgressFn = (done: number, total: number | undefined) => void;

/** Bytes of one JSON document (index, manifest, config) and of all of them in one archive. */
export const MAX_JSON = 16 * 1024 * 1024;
export const MAX_JSON_TOTAL = 64 * 1024 * 1024;
/** Layer entries kept over a whole archive (each layer has its own cap too). */
export const MAX_ARCHIVE_ENTRIES = 4_000_000;

/** Normalises an archive-internal path: "./a/../b" -> "b". */
export function archivePath(p: string): string {
  const parts: string[] = [];
  for (const s of p.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') parts.pop();
    else parts.push(s);
  }
  return parts.join('/');
}

interface Collected {
  json: Map<string, Buffer>;
  scans: Map<string, LayerScan | Error>;
  links: Map<string, string>;
}

/**
 * Reads a tar stream in one pass. `name` names it in errors; `progress` is told the bytes read so far
 * (`count` gives them when the stream is a decompressor fed from another stream).
 */
export async function readArchiveStream(
  input: AsyncIterable<Buffer>,
  name: string,
  total: number | undefined,
  progress?: ProgressFn,
  counted = false,
): Promise<ArchiveFiles> {
  const c: Collected = { json: new Map(), scans: new Map(), links: new Map() };
  const tar = new TarParser(true);
  let read = 0;
  let any = false;
  // The current entry.
  let entryPath = '';
  let entrySize = 0;
  const st: { mode: 'skip' | 'sniff' | 'json' | 'layer' } = { mode: 'skip' };
  let head: Buffer[] = [];
  let headBytes = 0;
  let scanner: LayerScanner | undefined;
  let jsonParts: Buffer[] = [];
  let jsonTotal = 0;
  let entriesTotal = 0;

  const failLayer = (e: unknown): void => {
    c.scans.set(entryPath, e instanceof Error ? e : new Error(String(e)));
    scanner = undefined;
    st.mode = 'skip';
  };
  const startBlob = async (bytes: Buffer[]): Promise<void> => {
    const h = Buffer.concat(bytes);
    const kind = sniffBlob(h, entrySize);
    if (kind === 'json' && entrySize <= MAX_JSON) {
      st.mode = 'json';
      jsonParts = [h];
    } else if (kind === 'gzip' || kind === 'zstd' || kind === 'none') {
      st.mode = 'layer';
      scanner = new LayerScanner(entrySize);
      try {
        await scanner.write(h);
      } catch (e) {
        failLayer(e);
      }
    } else st.mode = 'skip';
  };
  const endEntry = async (): Promise<void> => {
    if (st.mode === 'sniff') await startBlob(head);
    if (st.mode === 'json') {
      const doc = Buffer.concat(jsonParts);
      jsonTotal += doc.length;
      if (jsonTotal > MAX_JSON_TOTAL) throw new ArchiveError(`${name}: more than ${MAX_JSON_TOTAL} bytes of JSON documents; refusing more`);
      c.json.set(entryPath, doc);
    }
    if (st.mode === 'layer' && scanner) {
      try {
        const scan = await scanner.end();
        entriesTotal += scan.entries.length;
        if (entriesTotal > MAX_ARCHIVE_ENTRIES)
          throw new ArchiveError(`${name}: the layers list more than ${MAX_ARCHIVE_ENTRIES} entries in all; refusing more`);
        c.scans.set(entryPath, scan);
      } catch (e) {
        if (e instanceof ArchiveError) throw e;
        failLayer(e);
      }
    }
    st.mode = 'skip';
    scanner = undefined;
    head = [];
    jsonParts = [];
  };

  try {
    for await (const chunk of input) {
      any = true;
      if (!counted) {
        read += chunk.length;
        progress?.(read, total);
      }
      for (const ev of tar.push(chunk)) {
        if (ev.kind === 'header') {
          const h = ev.header;
          entryPath = archivePath(h.name);
          entrySize = h.size;
          st.mode = 'skip';
          if (h.type === 'symlink') c.links.set(entryPath, archivePath(path.posix.join(path.posix.dirname(entryPath), h.linkname)));
          else if (h.type === 'hardlink') c.links.set(entryPath, archivePath(h.linkname));
          else if (h.type === 'file' && !/(^|\/)(VERSION|json|repositories)$/.test(entryPath)) {
            st.mode = 'sniff';
            head = [];
            headBytes = 0;
          }
        } else if (ev.kind === 'data') {
          // What is kept is copied: the input may reuse its buffer once this chunk is handled (see reuseRead).
          if (st.mode === 'sniff') {
            head.push(Buffer.from(ev.chunk));
            headBytes += ev.chunk.length;
            if (headBytes >= 512) await startBlob(head);
          } else if (st.mode === 'json') jsonParts.push(Buffer.from(ev.chunk));
          else if (st.mode === 'layer' && scanner) {
            try {
              await scanner.write(ev.chunk);
            } catch (e) {
              failLayer(e);
            }
          }
        } else await endEntry();
      }
    }
    if (!any) throw new ArchiveError(`${name}: empty, not an image archive`);
    tar.end();
  } catch (e) {
    if (e instanceof TarError) throw new ArchiveError(`${name}: corrupt or truncated archive: ${e.message}`);
    if (e instanceof ArchiveError) throw e;
    throw new ArchiveError(`${name}: cannot read the archive: ${(e as Error).message.split('\n')[0]}`);
  }
  return filesFromCollected(c, name);
}

function filesFromCollected(c: Collected, name: string): ArchiveFiles {
  const resolve = (p: string): string => {
    let cur = archivePath(p);
    for (let i = 0; i < 16 && c.links.has(cur); i++) cur = c.links.get(cur)!;
    return cur;
  };
  return {
    name,
    async json(p) {
      const buf = c.json.get(resolve(p));
      if (buf === undefined) return undefined;
      return parseJson(buf, `${name}: ${p}`);
    },
    async layer(p) {
      const s = c.scans.get(resolve(p));
      if (s === undefined) throw new ArchiveError(`${name}: layer ${p} is missing from the archive`);
      if (s instanceof Error) throw new ArchiveError(`${name}: layer ${p}: ${s.message}`);
      return s;
    },
  };
}

/** Parses a JSON document from the archive; the error never quotes the document (it may be any file). */
function parseJson(buf: Buffer, where: string): unknown {
  try {
    return JSON.parse(buf.toString('utf8'));
  } catch {
    throw new ArchiveError(`${where}: not valid JSON (${buf.length} bytes)`);
  }
}

/** Opens `file` (a tar, possibly gzip-compressed, or a directory) as an image archive. */
export async function openArchive(file: string, display: string, progress?: ProgressFn): Promise<ArchiveFiles> {
  let st: Stats;
  try {
    st = await stat(file);
  } catch (e) {
    throw new ArchiveError(`${display}: cannot open the archive: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (st.isDirectory()) return directoryFiles(file, display, progress);
  if (!st.isFile()) throw new ArchiveError(`${display}: not a regular file or a directory; refusing to read it`);
  if (!(await startsWithGzip(file))) {
    const fh = await open(file, 'r');
    try {
      return await readArchiveStream(reuseRead(fh), display, st.size, progress);
    } finally {
      await fh.close();
    }
  }
  const stream = createReadStream(file, { highWaterMark: 1024 * 1024 });
  // `docker save | gzip`: the whole archive decompressed as a stream; progress counts the file's bytes.
  let read = 0;
  stream.on('data', (d) => {
    read += d.length;
    progress?.(read, st.size);
  });
  const gunzip = createGunzip({ chunkSize: 1024 * 1024 });
  stream.on('error', (e) => gunzip.destroy(e));
  return readArchiveStream(stream.pipe(gunzip), display, st.size, progress, true);
}

/**
 * The file's bytes in order, each chunk read into the same buffer: the next chunk is read only when the
 * consumer asks for it, so it must be done with (or have copied) the previous one. A fresh buffer per chunk
 * (what a read stream gives) costs tens of MB of RSS on a large archive before the GC frees them.
 */
export async function* reuseRead(fh: FileHandle, chunkBytes = 1024 * 1024): AsyncGenerator<Buffer> {
  const buf = Buffer.allocUnsafeSlow(chunkBytes);
  for (;;) {
    const { bytesRead } = await fh.read(buf, 0, buf.length, null);
    if (bytesRead === 0) return;
    yield buf.subarray(0, bytesRead);
  }
}

async function startsWithGzip(file: string): Promise<boolean> {
  const fh = await open(file, 'r');
  try {
    const b = Buffer.alloc(2);
    const { bytesRead } = await fh.read(b, 0, 2, 0);
    return bytesRead === 2 && b[0] === 0x1f && b[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

/**
 * Opens `p` inside the layout directory `dir` for reading: only a regular file whose real path is inside
 * the directory (symlinks between the layout's own files are fine, as `docker save` writes them), opened
 * without following a last symlink and without blocking on a FIFO. undefined when it does not exist.
 */
async function openInside(
  dir: string,
  realDir: string,
  p: string,
  display: string,
): Promise<{ fh: FileHandle; size: number; real: string } | undefined> {
  const lexical = path.join(dir, ...archivePath(p).split('/'));
  let real: string;
  try {
    real = await realpath(lexical);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ArchiveError(`${display}: cannot read ${p}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const rel = path.relative(realDir, real);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel))
    throw new ArchiveError(`${display}: ${p} leads outside the layout directory; refusing to read it`);
  let fh: FileHandle;
  try {
    fh = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    throw new ArchiveError(`${display}: cannot read ${p}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const st = await fh.stat();
  if (!st.isFile()) {
    await fh.close();
    throw new ArchiveError(`${display}: ${p} is not a regular file; refusing to read it`);
  }
  return { fh, size: st.size, real };
}

/** Reads at most `max` bytes of an open file; throws when it holds more (it may grow while read). */
async function readBounded(fh: FileHandle, max: number, display: string, p: string): Promise<Buffer> {
  const buf = Buffer.alloc(Math.min(max + 1, 1024 * 1024));
  const parts: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { bytesRead } = await fh.read(buf, 0, buf.length, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > max) throw new ArchiveError(`${display}: ${p} is larger than ${max} bytes, too large for a JSON document`);
    parts.push(Buffer.from(buf.subarray(0, bytesRead)));
  }
  return Buffer.concat(parts);
}

/** An OCI layout directory or an extracted `docker save`: files are read when asked for, each layer once. */
function directoryFiles(dir: string, display: string, progress?: ProgressFn): ArchiveFiles {
  let done = 0;
  let realDir: Promise<string> | undefined;
  const root = (): Promise<string> => (realDir ??= realpath(dir));
  const scans = new Map<string, Promise<LayerScan>>();
  const scanLayer = async (p: string): Promise<LayerScan> => {
    const f = await openInside(dir, await root(), p, display);
    if (f === undefined) throw new ArchiveError(`${display}: layer ${p} is missing (ENOENT)`);
    let memo = scans.get(f.real);
    if (memo) {
      await f.fh.close();
      return memo;
    }
    memo = (async () => {
      const scanner = new LayerScanner(f.size);
      try {
        for await (const chunk of reuseRead(f.fh)) {
          await scanner.write(chunk);
          done += chunk.length;
          progress?.(done, undefined);
        }
        return await scanner.end();
      } catch (e) {
        if (e instanceof LayerError) throw new ArchiveError(`${display}: layer ${p}: ${e.message}`);
        throw new ArchiveError(`${display}: cannot read layer ${p}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
      } finally {
        await f.fh.close();
      }
    })();
    scans.set(f.real, memo);
    return memo;
  };
  return {
    name: display,
    async json(p) {
      const f = await openInside(dir, await root(), p, display);
      if (f === undefined) return undefined;
      try {
        if (f.size > MAX_JSON) throw new ArchiveError(`${display}: ${p} is too large for a JSON document`);
        return parseJson(await readBounded(f.fh, MAX_JSON, display, p), `${display}: ${p}`);
      } finally {
        await f.fh.close();
      }
    },
    layer: scanLayer,
  };
}
