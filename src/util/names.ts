// File names as bytes. Linux names are byte strings; Docker sends and matches them as bytes. In a
// JavaScript string we keep a name that is not valid UTF-8 exactly, the way Python's
// "surrogateescape" does: each byte that is not part of a valid UTF-8 sequence becomes the lone
// surrogate U+DC00+byte (U+DC80..U+DCFF). The mapping is one-to-one, so counting and comparing
// strings counts and compares bytes; a regular expression in 'u' mode sees one character per
// such byte, as Go's regexp sees one RuneError per invalid byte. Valid names are unchanged.
// Pure: no I/O, nothing kept.

/** The name's string form: UTF-8 decoded, each invalid byte as U+DC00+byte. */
export function nameFromBytes(b: Uint8Array): string {
  const s = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
  if (!s.includes('\uFFFD')) return s;
  let out = '';
  let i = 0;
  while (i < b.length) {
    const n = validSequenceLength(b, i);
    if (n === 0) {
      out += String.fromCharCode(0xdc00 + b[i]!);
      i++;
    } else {
      out += Buffer.from(b.buffer, b.byteOffset + i, n).toString('utf8');
      i += n;
    }
  }
  return out;
}

/** The bytes of a name given in string form (the inverse of nameFromBytes). */
export function nameBytes(s: string): Buffer {
  if (isWellFormed(s)) return Buffer.from(s, 'utf8');
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++; // a valid pair
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      parts.push(Buffer.from(s.slice(start, i), 'utf8'), Buffer.of(c >= 0xdc80 && c <= 0xdcff ? c - 0xdc00 : 0x3f));
      start = i + 1;
    }
  }
  parts.push(Buffer.from(s.slice(start), 'utf8'));
  return Buffer.concat(parts);
}

/** A path for node:fs: the string itself when it is plain UTF-8, else its bytes. */
export function fsPath(s: string): string | Buffer {
  return isWellFormed(s) ? s : nameBytes(s);
}

/** No lone surrogate (String.prototype.isWellFormed, ES2024, in Node >= 20). */
export function isWellFormed(s: string): boolean {
  return (s as string & { isWellFormed(): boolean }).isWellFormed();
}

/** The length of the valid UTF-8 sequence at b[i] (1-4), or 0 when the byte there starts none. */
function validSequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0; // no UTF-16 surrogates
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
