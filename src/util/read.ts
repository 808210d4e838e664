// Bounded reads of files a repository provides (Dockerfiles, config files, ignore files): regular
// files only, opened without blocking (a FIFO neither hangs nor is read), at most `maxBytes` read.
// Not pure: file-system reads. Memory: at most maxBytes + 1 bytes.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from './errors.js';
import { formatLimitBytes } from './terminal.js';

/** The most docker-size-guard reads of each file a repository provides (docs/security.md). */
export const READ_LIMITS = {
  dockerfile: 16 * 1024 * 1024,
  ignoreFile: 16 * 1024 * 1024,
  configFile: 1024 * 1024,
} as const;

export interface ReadOptions {
  /** The file as shown in errors. */
  shown: string;
  /** What the file is, for errors ("Dockerfile", "config file"). */
  what: string;
  maxBytes: number;
  /** Refuse a symlink as the last component instead of following it. */
  noFollow?: boolean;
}

/** Reads a whole regular file of at most `maxBytes`; anything else is an InputError naming the file. */
export function readBounded(path: string, { shown, what, maxBytes, noFollow }: ReadOptions): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (noFollow ? constants.O_NOFOLLOW : 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' && noFollow) throw new InputError(`${what} is a symlink; docker-size-guard does not follow it`, shown);
    throw new InputError(`cannot read ${what}: ${code ?? (e as Error).message}`, shown);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new InputError(`${what} is not a regular file`, shown);
    if (st.size > maxBytes)
      throw new InputError(`${what} is larger than ${formatLimitBytes(maxBytes)}; docker-size-guard reads at most that`, shown);
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    for (;;) {
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
      if (n > maxBytes)
        throw new InputError(`${what} is larger than ${formatLimitBytes(maxBytes)}; docker-size-guard reads at most that`, shown);
      if (n === buf.length) break; // grew while read: the next read tells
    }
    return buf.subarray(0, n);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${what}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, shown);
  } finally {
    closeSync(fd);
  }
}
