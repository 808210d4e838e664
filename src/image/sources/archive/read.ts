// Reads an image archive in one streaming pass: a `docker save` tar (classic or OCI layout), an OCI image
// layout tar, optionally gzip-compressed as a whole. Every layer blob is scanned as it streams past
// (nothing is extracted, no layer is held in memory); small JSON documents (manifests, configs, index)
// are kept. The layout is interpreted afterwards (layout.ts), because `docker save` writes manifest.json last.
// An OCI layout directory (or an extracted `docker save`) is read file by file instead.
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
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

export interface ProgressFn {
  (done: number, total: number | undefined): void;
}

const MAX_JSON = 16 * 1024 * 1024;

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
export async function readArchiveStream(input: AsyncIterable<Buffer>, name: string, total: number | undefined, progress?: ProgressFn, counted = false): Promise<ArchiveFiles> {
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
    if (st.mode === 'json') c.json.set(entryPath, Buffer.concat(jsonParts));
    if (st.mode === 'layer' && scanner) {
      try {
        c.scans.set(entryPath, await scanner.end());
      } catch (e) {
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
          if (st.mode === 'sniff') {
            head.push(ev.chunk);
            headBytes += ev.chunk.length;
            if (headBytes >= 512) await startBlob(head);
          } else if (st.mode === 'json') jsonParts.push(ev.chunk);
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

function parseJson(buf: Buffer, where: string): unknown {
  try {
    return JSON.parse(buf.toString('utf8'));
  } catch (e) {
    throw new ArchiveError(`${where}: not valid JSON (${(e as Error).message})`);
  }
}

/** Opens `file` (a tar, possibly gzip-compressed, or a directory) as an image archive. */
export async function openArchive(file: string, display: string, progress?: ProgressFn): Promise<ArchiveFiles> {
  let st;
  try {
    st = await stat(file);
  } catch (e) {
    throw new ArchiveError(`${display}: cannot open the archive: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (st.isDirectory()) return directoryFiles(file, display, progress);
  const stream = createReadStream(file, { highWaterMark: 1024 * 1024 });
  if (!(await startsWithGzip(file))) return readArchiveStream(stream, display, st.size, progress);
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

/** An OCI layout directory or an extracted `docker save`: files are read when asked for. */
function directoryFiles(dir: string, display: string, progress?: ProgressFn): ArchiveFiles {
  const inside = (p: string): string => path.join(dir, ...archivePath(p).split('/'));
  let done = 0;
  return {
    name: display,
    async json(p) {
      let buf: Buffer;
      try {
        const s = await stat(inside(p));
        if (s.size > MAX_JSON) throw new ArchiveError(`${display}: ${p} is too large for a JSON document`);
        buf = await readFile(inside(p));
      } catch (e) {
        if (e instanceof ArchiveError) throw e;
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw new ArchiveError(`${display}: cannot read ${p}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      return parseJson(buf, `${display}: ${p}`);
    },
    async layer(p) {
      let size: number;
      try {
        size = (await stat(inside(p))).size;
      } catch (e) {
        throw new ArchiveError(`${display}: layer ${p} is missing (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
      const scanner = new LayerScanner(size);
      try {
        for await (const chunk of createReadStream(inside(p), { highWaterMark: 1024 * 1024 })) {
          await scanner.write(chunk as Buffer);
          done += (chunk as Buffer).length;
          progress?.(done, undefined);
        }
        return await scanner.end();
      } catch (e) {
        if (e instanceof LayerError) throw new ArchiveError(`${display}: layer ${p}: ${e.message}`);
        throw new ArchiveError(`${display}: cannot read layer ${p}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
    },
  };
}
