// zstd layers, bounded: a frame walker that reads every frame header of a zstd stream as the compressed
// bytes pass (RFC 8878 §3.1.1: frame header, block headers, skippable frames) and refuses a window larger
// than MAX_ZSTD_WINDOW before any decoder allocates it; and the decoder itself — Node's built-in zstd
// (zlib.createZstdDecompress, Node >= 22.15 and 24) when present, else fzstd (pure JavaScript, Node 20).
// Memory: the walker keeps at most an 18-byte header; a decoder keeps one window (<= MAX_ZSTD_WINDOW).
import { Decompress } from 'fzstd';
import zlib from 'node:zlib';

/**
 * The largest window a frame may ask for with Node's built-in decoder: 2^27 bytes (128 MiB), zstd's own
 * default decoder limit (ZSTD_WINDOWLOG_LIMIT_DEFAULT; `zstd -d` refuses more without --long/--memory).
 * A layer written with `zstd --long=31` (a 2 GiB window) is refused with one line saying so.
 */
export const MAX_ZSTD_WINDOW_LOG = 27;
export const MAX_ZSTD_WINDOW = 2 ** MAX_ZSTD_WINDOW_LOG;
/**
 * With fzstd (Node 20) the limit is 2^23 (8 MiB: zstd -19 and BuildKit's encoder stay within it): fzstd moves
 * its whole window for every 128 KiB block it outputs, so its time grows with the window (256 MiB of output
 * takes 0.6 s with a 2 MiB window, 44 s with 128 MiB).
 */
export const MAX_FZSTD_WINDOW = 2 ** 23;

/** A zstd stream asked for more than the decoder will give it, or is malformed. */
export class ZstdLimitError extends Error {}

const MiB = 1024 * 1024;

function windowText(bytes: number): string {
  return bytes >= MiB ? `${Math.round((bytes / MiB) * 10) / 10} MiB` : `${bytes} bytes`;
}

/** Reads frame headers as compressed bytes stream past; push() throws ZstdLimitError on a too-large window. */
export class ZstdFrameWalker {
  /** @param maxWindow the largest window allowed; @param decoder names the decoder in the refusal. */
  constructor(
    private readonly maxWindow = MAX_ZSTD_WINDOW,
    private readonly decoder: 'native' | 'fzstd' = 'native',
  ) {}

  /** What the next bytes are. */
  private state: 'magic' | 'header' | 'block' | 'skip' | 'skippable-size' = 'magic';
  private need = 4;
  private buf = Buffer.alloc(18);
  private fill = 0;
  private skip = 0;
  private checksum = false;
  /** Frames seen, for messages. */
  frames = 0;

  push(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length) {
      if (this.state === 'skip') {
        const n = Math.min(this.skip, chunk.length - pos);
        this.skip -= n;
        pos += n;
        if (this.skip === 0) this.afterSkip();
        continue;
      }
      const n = Math.min(this.need - this.fill, chunk.length - pos);
      chunk.copy(this.buf, this.fill, pos, pos + n);
      this.fill += n;
      pos += n;
      if (this.fill === this.need) this.onBytes();
    }
  }

  /** The stream ended: it must end between frames. */
  end(): void {
    if (this.state !== 'magic' || this.fill !== 0) throw new ZstdLimitError('truncated zstd stream: it ends inside a frame');
  }

  private blockEnded = false;

  private afterSkip(): void {
    if (this.blockEnded) {
      this.blockEnded = false;
      this.expect('magic', 4);
    } else this.expect('block', 3);
  }

  private expect(state: ZstdFrameWalker['state'], need: number): void {
    this.state = state;
    this.need = need;
    this.fill = 0;
  }

  private onBytes(): void {
    const b = this.buf;
    switch (this.state) {
      case 'magic': {
        const magic = b.readUInt32LE(0);
        if (magic === 0xfd2fb528) {
          this.frames++;
          this.expect('header', 1); // the descriptor byte first; it says how many header bytes follow
        } else if ((magic & 0xfffffff0) === 0x184d2a50) this.expect('skippable-size', 4);
        else throw new ZstdLimitError(`not a zstd frame at frame ${this.frames + 1} (bad magic number)`);
        return;
      }
      case 'skippable-size': {
        this.skip = b.readUInt32LE(0);
        this.blockEnded = true;
        if (this.skip === 0) this.afterSkip();
        else this.state = 'skip';
        return;
      }
      case 'header': {
        const fhd = b[0]!;
        const single = (fhd >> 5) & 1;
        const dictBytes = [0, 1, 2, 4][fhd & 3]!;
        const fcsFlag = fhd >> 6;
        const fcsBytes = fcsFlag === 0 ? single : 1 << fcsFlag;
        if (fhd & 8) throw new ZstdLimitError('corrupt zstd frame header (reserved bit set)');
        const total = 1 + (single ? 0 : 1) + dictBytes + fcsBytes;
        if (this.need < total) {
          this.need = total;
          return;
        }
        this.checksum = ((fhd >> 2) & 1) === 1;
        let window: number;
        if (!single) {
          const wd = b[1]!;
          const exp = 10 + (wd >> 3);
          const base = 2 ** exp;
          window = base + (base / 8) * (wd & 7);
        } else {
          const at = 1 + dictBytes;
          let fcs = 0;
          for (let i = fcsBytes - 1; i >= 0; i--) fcs = fcs * 256 + b[at + i]!;
          if (fcsBytes === 2) fcs += 256;
          window = fcs;
        }
        if (window > this.maxWindow) {
          const limit =
            this.decoder === 'native'
              ? `layers are decoded with at most ${windowText(this.maxWindow)}, as zstd -d does by default`
              : `without a built-in zstd (Node < 22.15) layers are decoded with at most ${windowText(this.maxWindow)}; Node >= 22.15 allows ${windowText(MAX_ZSTD_WINDOW)}`;
          throw new ZstdLimitError(`zstd frame ${this.frames} needs a ${windowText(window)} window (written with zstd --long?); ${limit}`);
        }
        this.expect('block', 3);
        return;
      }
      case 'block': {
        const h = b[0]! | (b[1]! << 8) | (b[2]! << 16);
        const last = h & 1;
        const type = (h >> 1) & 3;
        const size = h >>> 3;
        if (type === 3) throw new ZstdLimitError('corrupt zstd block (reserved block type)');
        const body = type === 1 ? 1 : size;
        if (last) {
          this.skip = body + (this.checksum ? 4 : 0);
          this.blockEnded = true;
        } else this.skip = body;
        if (this.skip === 0) this.afterSkip();
        else this.state = 'skip';
        return;
      }
      default:
        return;
    }
  }
}

/** Decompressed output goes to `out` (synchronously or from a stream event); throwing there fails the decoder. */
export interface ZstdDecoder {
  readonly kind: 'native' | 'fzstd';
  /** Resolves once `chunk` is consumed: the caller may then reuse it. */
  write(chunk: Buffer): Promise<void>;
  end(): Promise<void>;
  destroy(): void;
}

/** Node's built-in zstd decompressor, when this Node has one (>= 22.15 / 23.8). */
export function nativeZstdAvailable(): boolean {
  return typeof (zlib as unknown as { createZstdDecompress?: unknown }).createZstdDecompress === 'function';
}

/** The decoder to use: the built-in one when asked for and present. */
export function zstdDecoderKind(prefer: 'native' | 'fzstd' = 'native'): 'native' | 'fzstd' {
  return prefer === 'native' && nativeZstdAvailable() ? 'native' : 'fzstd';
}

/** A decoder and the frame walker that guards it (window limit by decoder). */
export function createZstdDecoder(
  out: (chunk: Buffer) => void,
  prefer: 'native' | 'fzstd' = 'native',
): { decoder: ZstdDecoder; walker: ZstdFrameWalker } {
  const kind = zstdDecoderKind(prefer);
  if (kind === 'native') return { decoder: nativeDecoder(out), walker: new ZstdFrameWalker(MAX_ZSTD_WINDOW, 'native') };
  return { decoder: fzstdDecoder(out), walker: new ZstdFrameWalker(MAX_FZSTD_WINDOW, 'fzstd') };
}

function fzstdDecoder(out: (chunk: Buffer) => void): ZstdDecoder {
  const d = new Decompress((c) => out(Buffer.from(c.buffer, c.byteOffset, c.byteLength)));
  return {
    kind: 'fzstd',
    async write(chunk) {
      // A copy: fzstd may keep part of its input until the next push, and the caller may reuse `chunk`.
      d.push(Uint8Array.prototype.slice.call(chunk));
    },
    async end() {
      d.push(new Uint8Array(0), true);
    },
    destroy() {},
  };
}

interface NativeZlib {
  createZstdDecompress(opts: { chunkSize?: number; params?: Record<number, number> }): zlib.Gunzip;
  constants: Record<string, number>;
}

function nativeDecoder(out: (chunk: Buffer) => void): ZstdDecoder {
  const z = zlib as unknown as NativeZlib;
  const stream = z.createZstdDecompress({ chunkSize: 256 * 1024, params: { [z.constants.ZSTD_d_windowLogMax!]: MAX_ZSTD_WINDOW_LOG } });
  let failure: Error | undefined;
  stream.on('data', (c: Buffer) => {
    if (failure) return;
    try {
      out(c);
    } catch (e) {
      failure = e as Error;
      stream.destroy();
    }
  });
  stream.on('error', (e) => {
    failure ??= e;
  });
  const check = (): void => {
    if (failure) throw failure;
  };
  const wait = (event: 'drain' | 'end'): Promise<void> =>
    new Promise<void>((resolve) => {
      const done = (): void => {
        stream.off(event, done);
        stream.off('error', done);
        stream.off('close', done);
        resolve();
      };
      stream.once(event, done);
      stream.once('error', done);
      stream.once('close', done);
    });
  return {
    kind: 'native',
    async write(chunk) {
      check();
      // Resolved once zlib has consumed the chunk (the write callback), so that the caller may reuse it.
      await new Promise<void>((resolve) => {
        const done = (): void => {
          stream.off('error', done);
          stream.off('close', done);
          resolve();
        };
        stream.once('error', done);
        stream.once('close', done);
        stream.write(chunk, done);
      });
      check();
    },
    async end() {
      check();
      const ended = wait('end');
      stream.end();
      await ended;
      check();
    },
    destroy() {
      stream.destroy();
    },
  };
}
