// Scans one layer blob as it streams past: detects its compression from the first bytes, decompresses
// gzip (zlib) and zstd (Node's built-in zstd where there is one, else fzstd; see zstd.ts) as streams,
// counts compressed and uncompressed bytes, and lists the entries of the layer tar (path, kind, size; kept
// compactly, see entries.ts) without keeping any file data. Bounded: a zstd window of at most 128 MiB (8 MiB with fzstd), and a blob may expand to at
// most max(256 MiB, 1,100 x its size) — gzip cannot exceed 1,032x, so only a zstd bomb meets that limit.
import { createGunzip, type Gunzip } from 'node:zlib';
import { TarError, TarParser } from './tar.js';
import { createZstdDecoder, ZstdLimitError, type ZstdDecoder, type ZstdFrameWalker } from './zstd.js';
import { EntryListFull, LayerEntries } from './entries.js';

export { LayerEntries, type LayerEntriesLike, type LayerEntry } from './entries.js';

/** How many times its own size a compressed layer may expand to (deflate's limit is 1,032). */
export const MAX_EXPANSION = 1_100;
/** Expansion below this many bytes is always allowed, whatever the ratio. */
export const EXPANSION_FLOOR = 256 * 1024 * 1024;

/** Entries one layer may list (every entry is kept: path, kind, size). */
export const MAX_LAYER_ENTRIES = 2_000_000;

/** The uncompressed bytes a blob of `blobBytes` may expand to. */
export function expansionLimit(blobBytes: number): number {
  return Math.max(EXPANSION_FLOOR, MAX_EXPANSION * blobBytes);
}

export type Compression = 'gzip' | 'zstd' | 'none';

export interface LayerScan {
  compression: Compression;
  /** Bytes of the blob as stored (compressed when compressed). */
  blobBytes: number;
  /** Bytes of the uncompressed layer tar. */
  tarBytes: number;
  /** Sum of the sizes of the regular files in the layer: what `docker history` shows on graph drivers. */
  unpackedBytes: number;
  files: number;
  entries: LayerEntries;
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
 * chunk of file data, and never a chunk it was given once its write resolved (the caller may reuse the
 * buffer); memory grows only with the number of entries in the layer.
 */
export class LayerScanner {
  private compression: Compression | undefined;
  private head: Buffer[] = [];
  private headBytes = 0;
  private blobBytes = 0;
  private tarBytes = 0;
  private unpacked = 0;
  private files = 0;
  private readonly entries = new LayerEntries();
  private readonly tar = new TarParser(false);
  private gunzip: Gunzip | undefined;
  private zstd: ZstdDecoder | undefined;
  private frames: ZstdFrameWalker | undefined;
  private failure: Error | undefined;
  private readonly limit: number;

  /**
   * @param total the blob's size when known (to recognise an empty tar from its first block, and to bound expansion).
   * @param zstdDecoder which zstd decoder to use (tests and the benchmark compare them).
   */
  constructor(
    private readonly total: number,
    private readonly zstdDecoder: 'native' | 'fzstd' = 'native',
  ) {
    this.limit = expansionLimit(total);
  }

  async write(chunk: Buffer): Promise<void> {
    this.blobBytes += chunk.length;
    if (this.compression === undefined) {
      this.head.push(Buffer.from(chunk)); // a copy: the caller may reuse `chunk` once this write resolves
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
        gz.once('close', () => resolve());
        gz.end();
      });
    } else if (this.zstd) {
      this.guard(() => this.frames!.end());
      this.check();
      await this.guardAsync(() => this.zstd!.end());
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
      entries: this.entries.finish(),
    };
  }

  private start(head: Buffer): void {
    const kind = sniffBlob(head, this.total);
    if (kind === 'json' || kind === 'unknown')
      throw new LayerError(kind === 'json' ? 'a JSON document, not a layer' : 'not a tar, gzip or zstd layer');
    this.compression = kind;
    if (kind === 'gzip') {
      const gz = createGunzip({ chunkSize: 256 * 1024 });
      gz.on('data', (c: Buffer) => this.guard(() => this.untar(c)));
      gz.on('error', (e) => {
        this.failure ??= new LayerError(`gzip: ${e.message}`);
      });
      this.gunzip = gz;
    } else if (kind === 'zstd') {
      const { decoder, walker } = createZstdDecoder((c) => this.untar(c), this.zstdDecoder);
      this.zstd = decoder;
      this.frames = walker;
    }
  }

  private async feed(chunk: Buffer): Promise<void> {
    this.check();
    if (this.gunzip) {
      // Resolved once zlib has consumed the chunk (the write callback), so that the caller may reuse it.
      const gz = this.gunzip;
      await new Promise<void>((resolve) => {
        const done = (): void => {
          gz.off('error', done);
          gz.off('close', done);
          resolve();
        };
        gz.once('error', done);
        gz.once('close', done);
        gz.write(chunk, done);
      });
    } else if (this.zstd) {
      // Every frame header is checked before the decoder sees it (and allocates its window).
      this.guard(() => this.frames!.push(chunk));
      this.check();
      await this.guardAsync(() => this.zstd!.write(chunk));
    } else this.untar(chunk);
    this.check();
  }

  private untar(chunk: Buffer): void {
    if (this.failure) return;
    this.tarBytes += chunk.length;
    if (this.compression !== 'none' && this.tarBytes > this.limit) {
      throw new LayerError(
        `${this.compression} expands to more than ${this.limit} bytes (${MAX_EXPANSION}x its ${this.total} bytes, at least ${EXPANSION_FLOOR}): refusing it as a decompression bomb`,
      );
    }
    for (const ev of this.tar.push(chunk)) {
      if (ev.kind !== 'header') continue;
      const h = ev.header;
      const path = cleanLayerPath(h.name);
      if (path === '') continue;
      if (this.entries.length >= MAX_LAYER_ENTRIES)
        throw new LayerError(`the layer lists more than ${MAX_LAYER_ENTRIES} entries; refusing more`);
      if (h.type === 'file') {
        this.files++;
        this.unpacked += h.size;
      }
      this.entries.push(path, h.type, h.size);
    }
  }

  private guard(fn: () => void): void {
    if (this.failure) return;
    try {
      fn();
    } catch (e) {
      this.fail(e);
    }
  }

  private async guardAsync(fn: () => Promise<void>): Promise<void> {
    if (this.failure) return;
    try {
      await fn();
    } catch (e) {
      this.fail(e);
    }
  }

  private fail(e: unknown): void {
    if (e instanceof LayerError) this.failure = e;
    else if (e instanceof TarError) this.failure = new LayerError(`layer tar: ${e.message}`);
    else if (e instanceof ZstdLimitError || e instanceof EntryListFull) this.failure = new LayerError(e.message);
    else this.failure = new LayerError(`${this.compression ?? 'layer'}: ${(e as Error).message}`);
    this.zstd?.destroy();
    this.gunzip?.destroy();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}
