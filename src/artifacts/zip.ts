// Reads named entries out of a zip archive held in memory (an artifact as GitHub serves it), without
// extracting anything: the central directory is read (APPNOTE 6.3.x §4.3.12/16), the wanted entries'
// local headers followed, and each is inflated with a cap on its output (zlib's maxOutputLength), so a
// zip bomb costs at most the cap. Stored (0) and deflated (8) entries only; no zip64, no encryption.
// Pure apart from zlib; memory: the zip and the wanted entries (each <= the cap).
import { inflateRawSync } from 'node:zlib';

/** The zip is malformed, or an entry is over the cap: the message says which, in one line. */
export class ZipError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function findEocd(zip: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  for (let i = zip.length - 22; i >= lowest; i--) if (zip.readUInt32LE(i) === EOCD) return i;
  throw new ZipError('not a zip archive (no end of central directory)');
}

function centralDirectory(zip: Buffer): CentralEntry[] {
  const eocd = findEocd(zip);
  const count = zip.readUInt16LE(eocd + 10);
  const size = zip.readUInt32LE(eocd + 12);
  const offset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff)
    throw new ZipError('a zip64 archive, larger than any report artifact');
  if (offset + size > eocd) throw new ZipError('corrupt zip (the central directory lies past its end record)');
  const out: CentralEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || zip.readUInt32LE(p) !== CENTRAL) throw new ZipError(`corrupt zip (central directory entry ${i + 1})`);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    out.push({
      flags: zip.readUInt16LE(p + 8),
      method: zip.readUInt16LE(p + 10),
      compressedSize: zip.readUInt32LE(p + 20),
      size: zip.readUInt32LE(p + 24),
      localOffset: zip.readUInt32LE(p + 42),
      name: zip.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/**
 * The wanted entries' contents (undefined when the zip has no entry of that name). An entry whose content
 * is more than `maxBytes` (declared or found while inflating) throws ZipError.
 */
export function readZipEntries(zip: Buffer, wanted: readonly string[], maxBytes: number): Record<string, Buffer | undefined> {
  const entries = centralDirectory(zip);
  const out: Record<string, Buffer | undefined> = {};
  for (const name of wanted) {
    const e = entries.find((x) => x.name === name);
    if (!e) {
      out[name] = undefined;
      continue;
    }
    if (e.flags & 1) throw new ZipError(`${name} is encrypted`);
    if (e.size > maxBytes) throw new ZipError(`${name} is ${e.size} bytes, more than the ${maxBytes} a report can be`);
    const p = e.localOffset;
    if (p + 30 > zip.length || zip.readUInt32LE(p) !== LOCAL) throw new ZipError(`corrupt zip (no local header for ${name})`);
    const start = p + 30 + zip.readUInt16LE(p + 26) + zip.readUInt16LE(p + 28);
    const end = start + e.compressedSize;
    if (end > zip.length) throw new ZipError(`corrupt zip (${name} runs past the end)`);
    const data = zip.subarray(start, end);
    if (e.method === 0) {
      out[name] = Buffer.from(data);
    } else if (e.method === 8) {
      try {
        // The declared size is the writer's word: the cap is applied to what inflating really yields.
        out[name] = inflateRawSync(data, { maxOutputLength: maxBytes });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
          throw new ZipError(`${name} expands to more than the ${maxBytes} bytes a report can be`);
        }
        throw new ZipError(`${name} cannot be inflated (${(err as NodeJS.ErrnoException).code ?? 'corrupt data'})`);
      }
    } else throw new ZipError(`${name} uses zip compression method ${e.method}; only stored and deflated are read`);
  }
  return out;
}
