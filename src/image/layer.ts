// Scans one layer blob as it streams past: detects its compression from the first bytes, decompresses
// gzip (zlib) and zstd (fzstd) as streams, counts compressed and uncompressed bytes, and lists the
// entries of the layer tar (path, kind, size) without keeping any file data.
import { Decompress } from 'fzstd';
import { createGunzip, type Gunzip } from 'node:zlib';
import { TarError, TarParser, type TarType } from './tar.js';

export type Compression = 'gzip' | 'zstd' | 'none';

export interface LayerEntry {
  /** Cleaned path without a leading "./" or "/", no trailing slash. Whiteouts keep their ".wh." name. */
  path: string;
  kind: TarType;
  size: number;
}

export interface LayerScan {
  compression: Compression;
  /** Bytes of the blob as stored (compressed when compressed). */
  blobBytes: number;
  /** Bytes of the uncompressed layer tar. */
  tarBytes: number;
  /** Sum of the sizes of the regular files in the layer: what `docker history` shows on graph drivers. */
  unpackedBytes: number;
  files: number;
  entries: LayerEntry[];
}

const GZIP = [0x1f, 0x8b];
const ZSTD = [0x28, 0xb5, 0x2f, 0xfd];

/** What the first bytes of a blob say it is. `head` should hold at least 512 bytes unless the blob is shorter. */
export function sniffBlob(head: Buffer, total: number): Compression | 'json' | 'unknown' {
  if (head.length >= 2 && head[0] === GZIP[0] && head[1] === GZIP[1]) return 'gzip';
  if (head.length >= 4 && ZSTD.every((b, i) => head[i] === b)) return 'zstd';
  if (head.length >= 263 && head.toString('latin1', 257, 262) === 'ustar') return 'none';
  // An empty layer tar: nothing but end-of-archive blocks.
  if (total >= 1024 && total % 512 === 0 && head.length >= 512 && head.subarray(0, 512).every((b) => b === 0)) return 'none';
  const first = head.toString('latin1', 0, Math.min(head.length, 64)).trimStart()[0];
  if (first === '{' || first === '[') return 'json';
  return 'unknown';
}

/** Normalises a path inside a layer tar: "./a//b/" -> "a/b"; "." and "/" -> "". */
export function cleanLayerPath(name: string): string {
  const parts: string[] = [];
  for (const p of name.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return parts.join('/');
}

/** A layer that cannot be read: named with the blob it came from by the caller. */
export class LayerError extends Error {}

/**
 * Feed it the blob's bytes in order (awaiting each write), then call end(). Never holds more than a
 * chunk of file data; memory grows only with the number of entries in the layer.
 */
export class LayerScanner {
  private compression: Compression | undefined;
  private head: Buffer[] = [];
  private headBytes = 0;
  private blobBytes = 0;
  private tarBytes = 0;
  private unpacked = 0;
  private files = 0;
  private readonly entries: LayerEntry[] = [];
  private readonly tar = new TarParser(false);
  private gunzip: Gunzip | undefined;
  private zstd: Decompress | undefined;
  private failure: Error | undefined;

  /** @param total the blob's size when known (to recognise an empty tar from its first block). */
  constructor(private readonly total: number) {}

  async write(chunk: Buffer): Promise<void> {
    this.blobBytes += chunk.length;
    if (this.compression === undefined) {
      this.head.push(chunk);
      this.headBytes += chunk.length;
      if (this.headBytes < 512 && this.blobBytes < this.total) return;
      const head = Buffer.concat(this.head);
      this.head = [];
      this.start(head);
      await this.feed(head);
      return;
    }
    await this.feed(chunk);
  }

  async end(): Promise<LayerScan> {
    if (this.compression === undefined) {
      const head = Buffer.concat(this.head);
      this.head = [];
      if (head.length === 0) throw new LayerError('empty blob: not a layer');
      this.start(head);
      await this.feed(head);
    }
    if (this.gunzip) {
      const gz = this.gunzip;
      await new Promise<void>((resolve) => {
        if (this.failure) return resolve();
        gz.once('end', resolve);
        gz.once('error', () => resolve());
        gz.end();
      });
    } else if (this.zstd) {
      this.guard(() => this.zstd!.push(new Uint8Array(0), true));
    }
    this.check();
    this.guard(() => this.tar.end());
    this.check();
    return {
      compression: this.compression!,
      blobBytes: this.blobBytes,
      tarBytes: this.tarBytes,
      unpackedBytes: this.unpacked,
      files: this.files,
      entries: this.entries,
    };
  }

  private start(head: Buffer): void {
    const kind = sniffBlob(head, this.total);
    if (kind === 'json' || kind === 'unknown') throw new LayerError(kind === 'json' ? 'a JSON document, not a layer' : 'not a tar, gzip or zstd layer');
    this.compression = kind;
    if (kind === 'gzip') {
      const gz = createGunzip({ chunkSize: 256 * 1024 });
      gz.on('data', (c: Buffer) => this.guard(() => this.untar(c)));
      gz.on('error', (e) => {
        this.failure ??= new LayerError(`gzip: ${e.message}`);
      });
      this.gunzip = gz;
    } else if (kind === 'zstd') {
      this.zstd = new Decompress((c) => this.untar(Buffer.from(c.buffer, c.byteOffset, c.byteLength)));
    }
  }

  private async feed(chunk: Buffer): Promise<void> {
    this.check();
    if (this.gunzip) {
      if (!this.gunzip.write(chunk)) {
        const gz = this.gunzip;
        await new Promise<void>((resolve) => {
          const done = (): void => {
            gz.off('drain', done);
            gz.off('error', done);
            resolve();
          };
          gz.once('drain', done);
          gz.once('error', done);
        });
      }
    } else if (this.zstd) {
      this.guard(() => this.zstd!.push(chunk));
    } else this.untar(chunk);
    this.check();
  }

  private untar(chunk: Buffer): void {
    if (this.failure) return;
    this.tarBytes += chunk.length;
    for (const ev of this.tar.push(chunk)) {
      if (ev.kind !== 'header') continue;
      const h = ev.header;
      const path = cleanLayerPath(h.name);
      if (path === '') continue;
      if (h.type === 'file') {
        this.files++;
        this.unpacked += h.size;
      }
      this.entries.push({ path, kind: h.type, size: h.size });
    }
  }

  private guard(fn: () => void): void {
    if (this.failure) return;
    try {
      fn();
    } catch (e) {
      if (e instanceof TarError) this.failure = new LayerError(`layer tar: ${e.message}`);
      else this.failure = new LayerError(`${this.compression ?? 'layer'}: ${(e as Error).message}`);
    }
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}
