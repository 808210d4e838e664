// A layer's entry list, kept compactly: what the layer scanner (layer.ts) lists for the waste figures
// (waste.ts), dive's figures (dive.ts) and the image tree index (tree.ts), which all read it after every layer
// was scanned (a `docker save` writes manifest.json last, so every layer's list is alive at once).
// Instead of an object and a full path string per entry, it keeps: each directory path once (interned), the
// base name's UTF-8 bytes in one growing buffer, and typed arrays for the directory, kind, size and name offset:
// about 17 bytes plus the name per entry (as objects with full path strings, 244,216 entries took about 36 MB).
// Pure; memory: the arrays (trimmed to the entry count by finish()) and one string per distinct directory.
import type { TarType } from './tar.js';

export interface LayerEntry {
  /** Cleaned path without a leading "./" or "/", no trailing slash. Whiteouts keep their ".wh." name. */
  path: string;
  kind: TarType;
  size: number;
}

const KINDS: readonly TarType[] = ['file', 'hardlink', 'symlink', 'dir', 'other'];
const KIND_CODE: Readonly<Record<TarType, number>> = { file: 0, hardlink: 1, symlink: 2, dir: 3, other: 4 };

/** Bytes of base names one list may hold (offsets are 32-bit); the scanner's entry cap comes first in practice. */
export const MAX_NAME_BYTES = 1024 * 1024 * 1024;

/** More name bytes than MAX_NAME_BYTES. */
export class EntryListFull extends Error {}

export class LayerEntries implements Iterable<LayerEntry> {
  private readonly dirIds = new Map<string, number>();
  private readonly dirPaths: string[] = [];
  private dirOf = new Uint32Array(1024);
  private kinds = new Uint8Array(1024);
  private sizes = new Float64Array(1024);
  /** Start of entry i's name in `names`; entry i's name ends where entry i+1's starts (or at namesEnd). */
  private nameAt = new Uint32Array(1024);
  private names = Buffer.allocUnsafe(16 * 1024);
  private namesEnd = 0;
  private count = 0;

  /** @param maxNameBytes bytes of base names the list may hold (MAX_NAME_BYTES; tests pass less). */
  constructor(private readonly maxNameBytes = MAX_NAME_BYTES) {}

  /** A list holding `entries` (tests and callers with plain arrays). */
  static of(entries: Iterable<LayerEntry>): LayerEntries {
    if (entries instanceof LayerEntries) return entries;
    const list = new LayerEntries();
    for (const e of entries) list.push(e.path, e.kind, e.size);
    return list.finish();
  }

  get length(): number {
    return this.count;
  }

  /** Adds an entry at the cleaned `path` (see LayerEntry.path). */
  push(path: string, kind: TarType, size: number): void {
    const slash = path.lastIndexOf('/');
    const name = slash < 0 ? path : path.slice(slash + 1);
    // Room for the name first, so that a refused entry leaves nothing behind.
    const most = name.length * 3;
    if (this.namesEnd + most > this.names.length) {
      if (this.namesEnd + most > this.maxNameBytes)
        throw new EntryListFull(`the layer's names take more than ${this.maxNameBytes} bytes; refusing more`);
      const bigger = Buffer.allocUnsafe(Math.min(this.maxNameBytes, Math.max(this.names.length * 2, this.namesEnd + most)));
      this.names.copy(bigger, 0, 0, this.namesEnd);
      this.names = bigger;
    }
    const dir = slash < 0 ? '' : path.slice(0, slash);
    let id = this.dirIds.get(dir);
    if (id === undefined) {
      id = this.dirPaths.length;
      this.dirIds.set(dir, id);
      this.dirPaths.push(dir);
    }
    if (this.count === this.kinds.length) this.grow(Math.max(1024, this.count * 2));
    const i = this.count++;
    this.dirOf[i] = id;
    this.kinds[i] = KIND_CODE[kind];
    this.sizes[i] = size;
    this.nameAt[i] = this.namesEnd;
    this.namesEnd += this.names.write(name, this.namesEnd, 'utf8');
  }

  /** Trims the arrays to the entries held (the list stays readable and pushable). */
  finish(): this {
    this.grow(this.count);
    const names = Buffer.allocUnsafe(this.namesEnd);
    this.names.copy(names, 0, 0, this.namesEnd);
    this.names = names;
    return this;
  }

  /** The directory entry i is in ('' at the root). */
  dir(i: number): string {
    return this.dirPaths[this.dirOf[i]!]!;
  }

  /** The index of entry i's directory (0 .. directories - 1), for per-directory caches. */
  dirId(i: number): number {
    return this.dirOf[i]!;
  }

  /** Distinct directories the entries are in. */
  get directories(): number {
    return this.dirPaths.length;
  }

  /** The directory with index `id`. */
  dirPath(id: number): string {
    return this.dirPaths[id]!;
  }

  /** Entry i's base name (its last path component). */
  name(i: number): string {
    const end = i + 1 < this.count ? this.nameAt[i + 1]! : this.namesEnd;
    return this.names.toString('utf8', this.nameAt[i]!, end);
  }

  path(i: number): string {
    const dir = this.dir(i);
    return dir === '' ? this.name(i) : `${dir}/${this.name(i)}`;
  }

  kind(i: number): TarType {
    return KINDS[this.kinds[i]!]!;
  }

  size(i: number): number {
    return this.sizes[i]!;
  }

  get(i: number): LayerEntry {
    return { path: this.path(i), kind: this.kind(i), size: this.size(i) };
  }

  *[Symbol.iterator](): Iterator<LayerEntry> {
    for (let i = 0; i < this.count; i++) yield this.get(i);
  }

  private grow(capacity: number): void {
    const c = capacity;
    const dirOf = new Uint32Array(c);
    dirOf.set(this.dirOf.subarray(0, this.count));
    const kinds = new Uint8Array(c);
    kinds.set(this.kinds.subarray(0, this.count));
    const sizes = new Float64Array(c);
    sizes.set(this.sizes.subarray(0, this.count));
    const nameAt = new Uint32Array(c);
    nameAt.set(this.nameAt.subarray(0, this.count));
    this.dirOf = dirOf;
    this.kinds = kinds;
    this.sizes = sizes;
    this.nameAt = nameAt;
  }
}

/** A layer's entries as the figures take them: the scanner's compact list, or a plain array. */
export type LayerEntriesLike = LayerEntries | readonly LayerEntry[];

export function layerEntries(x: LayerEntriesLike): LayerEntries {
  return x instanceof LayerEntries ? x : LayerEntries.of(x);
}
