// A push-based streaming tar parser: feed it chunks as they arrive, it yields headers and (optionally)
// entry data, holding at most one 512-byte header and the small pax/GNU long-name records in memory.
// Understands ustar, pax ('x'/'g': path, linkpath, size), GNU long names ('L'/'K') and base-256 sizes,
// and checks every header's checksum. Pure: no I/O.

export type TarType = 'file' | 'hardlink' | 'symlink' | 'dir' | 'other';

export interface TarHeader {
  /** The entry's path as stored (pax/GNU long names applied). */
  name: string;
  type: TarType;
  /** The raw type flag ('0', '5', ...). */
  flag: string;
  /** Bytes of data that follow the header (0 for links and directories). */
  size: number;
  linkname: string;
}

export type TarEvent = { kind: 'header'; header: TarHeader } | { kind: 'data'; chunk: Buffer } | { kind: 'end-entry' };

/** The archive is malformed; `offset` is the byte offset in the tar stream where it was found. */
export class TarError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const BLOCK = 512;
/** pax and GNU long-name records are metadata; a larger one is a corrupt archive, not a reason to buffer. */
const MAX_META = 1 << 20;

export class TarParser {
  /** Bytes consumed so far. */
  offset = 0;
  /** Two zero blocks (or one, as some writers do, followed by the end of the stream) were seen. */
  ended = false;
  private header = Buffer.alloc(BLOCK);
  private headerFill = 0;
  /** Data bytes left in the current entry, then padding bytes to skip. */
  private dataLeft = 0;
  private padLeft = 0;
  private inEntry = false;
  private zeroBlocks = 0;
  /** Collecting a pax/GNU metadata record instead of yielding data. */
  private meta: { flag: string; parts: Buffer[]; size: number } | undefined;
  private paxLocal: Record<string, string> = {};
  private paxGlobal: Record<string, string> = {};
  private longName: string | undefined;
  private longLink: string | undefined;

  /** @param withData yield 'data' events (otherwise entry data is skipped without copying). */
  constructor(private readonly withData = true) {}

  *push(chunk: Buffer): Generator<TarEvent> {
    let pos = 0;
    const len = chunk.length;
    while (pos < len) {
      if (this.ended) {
        // Trailing bytes after the end-of-archive marker (block padding) are ignored, as tar does.
        this.offset += len - pos;
        return;
      }
      if (this.dataLeft > 0) {
        const n = Math.min(this.dataLeft, len - pos);
        if (this.meta)
          this.meta.parts.push(Buffer.from(chunk.subarray(pos, pos + n))); // a copy: the caller may reuse `chunk`
        else if (this.withData) yield { kind: 'data', chunk: chunk.subarray(pos, pos + n) };
        this.dataLeft -= n;
        pos += n;
        this.offset += n;
        if (this.dataLeft === 0) yield* this.finishEntry();
        continue;
      }
      if (this.padLeft > 0) {
        const n = Math.min(this.padLeft, len - pos);
        this.padLeft -= n;
        pos += n;
        this.offset += n;
        continue;
      }
      // Header bytes.
      const n = Math.min(BLOCK - this.headerFill, len - pos);
      if (n === BLOCK) {
        // Fast path: a whole header inside this chunk.
        yield* this.onHeader(chunk.subarray(pos, pos + BLOCK));
      } else {
        chunk.copy(this.header, this.headerFill, pos, pos + n);
        this.headerFill += n;
        if (this.headerFill === BLOCK) {
          this.headerFill = 0;
          yield* this.onHeader(this.header);
        }
      }
      pos += n;
      this.offset += n;
    }
  }

  /** The stream ended: throws TarError when it ended inside an entry or a header. */
  end(): void {
    if (this.ended) return;
    if (this.headerFill > 0) throw new TarError(`truncated: the stream ends inside a tar header`, this.offset);
    if (this.inEntry || this.dataLeft > 0 || this.meta)
      throw new TarError(`truncated: the stream ends inside an entry (${this.dataLeft} bytes missing)`, this.offset);
    // Some writers omit the end-of-archive blocks; an end at an entry boundary is accepted, as Go's reader does.
    this.ended = true;
  }

  private *finishEntry(): Generator<TarEvent> {
    if (this.meta) {
      const body = Buffer.concat(this.meta.parts);
      const flag = this.meta.flag;
      this.meta = undefined;
      this.inEntry = false;
      if (flag === 'x') Object.assign(this.paxLocal, parsePax(body, this.offset));
      else if (flag === 'g') Object.assign(this.paxGlobal, parsePax(body, this.offset));
      else if (flag === 'L') this.longName = cString(body, 0, body.length);
      else if (flag === 'K') this.longLink = cString(body, 0, body.length);
      return;
    }
    if (this.inEntry) {
      this.inEntry = false;
      yield { kind: 'end-entry' };
    }
  }

  private *onHeader(h: Buffer): Generator<TarEvent> {
    const start = this.offset;
    if (isZero(h)) {
      this.zeroBlocks++;
      if (this.zeroBlocks >= 2) this.ended = true;
      return;
    }
    if (this.zeroBlocks > 0) throw new TarError('corrupt tar: a header follows an end-of-archive block', start);
    const stored = parseOctal(h, 148, 8);
    if (stored === undefined || stored !== checksum(h)) {
      throw new TarError(`corrupt tar: bad header checksum at byte ${start}`, start);
    }
    const flag = h[156] === 0 ? '0' : String.fromCharCode(h[156]!);
    let size = parseNumeric(h, 124, 12);
    if (size === undefined) throw new TarError(`corrupt tar: bad size field at byte ${start}`, start);
    const pad = (BLOCK - (size % BLOCK)) % BLOCK;
    if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
      if (size > MAX_META) throw new TarError(`corrupt tar: a ${size}-byte metadata record at byte ${start}`, start);
      this.meta = { flag, parts: [], size };
      this.inEntry = true;
      this.dataLeft = size;
      this.padLeft = pad;
      if (size === 0) yield* this.finishEntry();
      return;
    }
    let name = cString(h, 0, 100);
    // POSIX ustar ("ustar\0") has a name prefix; GNU's magic ("ustar  \0") uses those bytes otherwise.
    if (h[257] === 0x75 && h.toString('latin1', 257, 263) === 'ustar\0') {
      const prefix = cString(h, 345, 155);
      if (prefix) name = `${prefix}/${name}`;
    }
    let linkname = cString(h, 157, 100);
    const pax = this.paxLocal;
    const gpax = this.paxGlobal;
    name = pax.path ?? this.longName ?? gpax.path ?? name;
    linkname = pax.linkpath ?? this.longLink ?? gpax.linkpath ?? linkname;
    const paxSize = pax.size ?? gpax.size;
    if (paxSize !== undefined) {
      if (!/^\d+$/.test(paxSize)) throw new TarError(`corrupt tar: bad pax size ${JSON.stringify(paxSize)} at byte ${start}`, start);
      size = Number(paxSize);
    }
    this.paxLocal = {};
    this.longName = undefined;
    this.longLink = undefined;
    const type = typeOf(flag);
    // Links, directories and devices carry no data whatever the size field says (as Go's reader treats them).
    const dataSize = type === 'file' || flag === 'S' ? size : 0;
    const header: TarHeader = { name, type, flag, size: dataSize, linkname };
    this.inEntry = true;
    this.dataLeft = dataSize;
    this.padLeft = (BLOCK - (dataSize % BLOCK)) % BLOCK;
    yield { kind: 'header', header };
    if (dataSize === 0) yield* this.finishEntry();
  }
}

function typeOf(flag: string): TarType {
  switch (flag) {
    case '0':
    case '7':
    case 'S':
      return 'file';
    case '1':
      return 'hardlink';
    case '2':
      return 'symlink';
    case '5':
      return 'dir';
    default:
      return 'other';
  }
}

function isZero(h: Buffer): boolean {
  for (let i = 0; i < BLOCK; i += 8) if (h.readBigUInt64LE(i) !== 0n) return false;
  return true;
}

function checksum(h: Buffer): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i]!;
  return sum;
}

function cString(b: Buffer, off: number, len: number): string {
  let end = off;
  const max = off + len;
  while (end < max && b[end] !== 0) end++;
  return b.toString('utf8', off, end);
}

function parseOctal(b: Buffer, off: number, len: number): number | undefined {
  const s = b
    .toString('latin1', off, off + len)
    .replace(/[\0 ]+$/, '')
    .replace(/^[ \0]+/, '');
  if (s === '') return 0;
  if (!/^[0-7]+$/.test(s)) return undefined;
  return parseInt(s, 8);
}

/** Octal, or GNU base-256 when the high bit of the first byte is set. */
function parseNumeric(b: Buffer, off: number, len: number): number | undefined {
  if (b[off]! & 0x80) {
    if (b[off]! & 0x40) return undefined; // negative
    let v = b[off]! & 0x3f;
    for (let i = 1; i < len; i++) v = v * 256 + b[off + i]!;
    return Number.isSafeInteger(v) ? v : undefined;
  }
  return parseOctal(b, off, len);
}

function parsePax(body: Buffer, offset: number): Record<string, string> {
  const rec: Record<string, string> = {};
  let i = 0;
  while (i < body.length) {
    const sp = body.indexOf(0x20, i);
    if (sp < 0) break;
    const n = parseInt(body.toString('latin1', i, sp), 10);
    if (!(n > 0) || i + n > body.length) throw new TarError('corrupt tar: bad pax record', offset);
    const kv = body.toString('utf8', sp + 1, i + n - 1);
    const eq = kv.indexOf('=');
    if (eq > 0) rec[kv.slice(0, eq)] = kv.slice(eq + 1);
    i += n;
  }
  return rec;
}
