// The size of the tar archive the classic builder sends ("Sending build context to Docker daemon"), estimated
// from the walk's entries. Ports the size arithmetic of Go's archive/tar Writer (go1.24 src/archive/tar/writer.go
// writeHeader/writePAXHeader/writeRawFile, format.go, common.go allowedFormats and splitUSTARPath,
// strconv.go formatPAXRecord) as moby/go-archive v0.1 (archive.go TarWithOptions, addTarFile, FileInfoHeader)
// drives it for `docker build` (CLI 28.x with DOCKER_BUILDKIT=0): per entry a 512-byte header, a PAX extended
// header before it when the name or link name is not ASCII or does not fit USTAR's name/prefix fields, or the
// size does not fit 11 octal digits; contents padded to 512 bytes; directories named with a trailing "/";
// hard-linked files sent once (later links are headers); times truncated to seconds (no PAX time records);
// the root not sent; two zero blocks at the end.
// Known differences (so it is an estimate): symlink targets are taken as ASCII (their length is the lstat size,
// the walker does not read them); security.capability extended attributes (a PAX record) are not read; sockets,
// which moby skips, count as a header; user/group names are assumed to fit USTAR.
// Pure. Memory: one entry per hard-linked file (its first name's length), as the tally keeps.
import type { EntryKind } from './tally.js';

export const TAR_BLOCK = 512;
/** USTAR's name and prefix fields (archive/tar format.go nameSize, prefixSize). */
const NAME_SIZE = 100;
const PREFIX_SIZE = 155;
/** The largest size 11 octal digits hold: 8 GiB - 1. */
const MAX_OCTAL_SIZE = 8 ** 11 - 1;

/** Bytes rounded up to whole tar blocks. */
export function blocks(bytes: number): number {
  return Math.ceil(bytes / TAR_BLOCK) * TAR_BLOCK;
}

/** A name as Go sees it: its UTF-8 length, and whether it is all ASCII. */
export interface TarName {
  bytes: number;
  ascii: boolean;
  /** The name itself, when its fit into USTAR's prefix/name split must be checked (long ASCII names). */
  text?: string;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it matches
const NON_ASCII = /[^\u0000-\u007f]/;

export function tarName(name: string): TarName {
  if (name.length <= NAME_SIZE && !NON_ASCII.test(name)) return { bytes: name.length, ascii: true };
  const ascii = !NON_ASCII.test(name);
  return { bytes: ascii ? name.length : Buffer.byteLength(name, 'utf8'), ascii, text: name };
}

/** archive/tar splitUSTARPath: can a long ASCII name be split into a prefix (≤155) and a name (≤100) at a "/"? */
export function fitsUstarSplit(name: string): boolean {
  let length = name.length;
  if (length <= NAME_SIZE || NON_ASCII.test(name)) return false;
  if (length > PREFIX_SIZE + 1) length = PREFIX_SIZE + 1;
  else if (name[length - 1] === '/') length--;
  const i = name.lastIndexOf('/', length - 1);
  const nlen = name.length - i - 1;
  return !(i <= 0 || nlen > NAME_SIZE || nlen === 0 || i > PREFIX_SIZE);
}

/** Length of one PAX record "%d %s=%s\n" whose value is `valueBytes` long (strconv.go formatPAXRecord). */
export function paxRecordBytes(key: string, valueBytes: number): number {
  let size = key.length + valueBytes + 3;
  size += String(size).length;
  const actual = String(size).length + 1 + key.length + 1 + valueBytes + 1;
  return actual;
}

/** Bytes one entry takes in the archive: its headers (PAX and USTAR) and its padded contents. */
export function entryTarBytes(name: TarName, contentBytes: number, linkname?: TarName): number {
  let pax = 0;
  if (!name.ascii || (name.bytes > NAME_SIZE && !fitsUstarSplit(name.text ?? ''))) pax += paxRecordBytes('path', name.bytes);
  if (linkname && (!linkname.ascii || linkname.bytes > NAME_SIZE)) pax += paxRecordBytes('linkpath', linkname.bytes);
  if (contentBytes > MAX_OCTAL_SIZE) pax += paxRecordBytes('size', String(contentBytes).length);
  return (pax > 0 ? TAR_BLOCK + blocks(pax) : 0) + TAR_BLOCK + blocks(contentBytes);
}

/**
 * What the CLI sends besides the walk's entries (docker/cli 28.x cli/command/image/build.go and build/context.go):
 * the Dockerfile and the root .dockerignore even when the patterns exclude them (TrimBuildFilesFromExcludes adds
 * exceptions; the daemon drops them again, so they are not in the context the tool reports); and a Dockerfile
 * from outside the context as ".dockerfile.<20 hex>" with that name appended to .dockerignore
 * (AddDockerfileToBuildContext).
 */
export interface BuildFiles {
  /** The Dockerfile's size; `inside` when it is in the context (then the walk may have sent it). */
  dockerfile?: { inside: boolean; bytes: number };
  /** The size of the context root's .dockerignore, when there is one. */
  dockerignoreBytes?: number;
}

/** The name an outside Dockerfile is sent under: ".dockerfile." and 20 hex digits. */
const OUTSIDE_DOCKERFILE_NAME = '.dockerfile.' + '0'.repeat(20);

/** Fed the walk's entries (as the tally is), sums the classic builder's archive. */
export class TarSizeEstimate {
  private total = 0;
  private readonly firstLink = new Map<string, TarName>();
  private dockerfileSent = false;
  private dockerignoreSent = false;

  /** `dockerfile`: the Dockerfile's path relative to the context, when it is inside it. */
  constructor(private readonly dockerfile?: string) {}

  add(path: string, kind: EntryKind, size: number, inode?: string): void {
    if (kind === 'file') {
      if (path === '.dockerignore') this.dockerignoreSent = true;
      if (path === this.dockerfile) this.dockerfileSent = true;
    }
    // The common case, without a TarName: a short ASCII name, no PAX header (entryTarBytes of it, as below).
    const plain = path.length < NAME_SIZE && !NON_ASCII.test(path);
    if (kind === 'dir') {
      this.total += plain ? TAR_BLOCK : entryTarBytes(tarName(path + '/'), 0);
      return;
    }
    if (kind === 'file' && plain && inode === undefined && size <= MAX_OCTAL_SIZE) {
      this.total += TAR_BLOCK + blocks(size);
      return;
    }
    const name = tarName(path);
    if (kind === 'symlink') {
      // The link target's length is the symlink's size; the archive holds it in the header, no contents.
      this.total += entryTarBytes(name, 0, { bytes: size, ascii: true });
      return;
    }
    if (kind === 'other') {
      this.total += entryTarBytes(name, 0);
      return;
    }
    if (inode !== undefined) {
      const first = this.firstLink.get(inode);
      if (first) {
        this.total += entryTarBytes(name, 0, first);
        return;
      }
      this.firstLink.set(inode, name);
    }
    this.total += entryTarBytes(name, size);
  }

  /** The archive's size: the entries, the build files the CLI adds, and the two zero blocks that end it. */
  finish(build: BuildFiles = {}): number {
    let total = this.total;
    const df = build.dockerfile;
    if (df?.inside && !this.dockerfileSent && this.dockerfile !== undefined) total += entryTarBytes(tarName(this.dockerfile), df.bytes);
    const ignoreBytes = build.dockerignoreBytes;
    if (ignoreBytes !== undefined && !this.dockerignoreSent) total += entryTarBytes(tarName('.dockerignore'), ignoreBytes);
    if (!df || df.inside) return total + 2 * TAR_BLOCK;
    // A Dockerfile from outside: the archive is rewritten (moby ReplaceFileTarWrapper), which closes its pipe before
    // the tar writer, so the last entry is not padded and the end blocks are lost. The .dockerignore grows by
    // "\n<name>\n" in place, and the Dockerfile comes last; without a .dockerignore both are appended, in Go's
    // random map order (the figure then varies by one entry's padding between runs; this takes the Dockerfile first).
    const appended = 1 + OUTSIDE_DOCKERFILE_NAME.length + 1;
    if (ignoreBytes !== undefined) return total + blocks(ignoreBytes + appended) - blocks(ignoreBytes) + TAR_BLOCK + df.bytes;
    return total + entryTarBytes(tarName(OUTSIDE_DOCKERFILE_NAME), df.bytes) + TAR_BLOCK + '.dockerignore'.length + appended;
  }
}
