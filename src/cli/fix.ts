// --fix: appends the suggested block to the ignore file the build uses (creating .dockerignore when
// there is none). It never rewrites a line: it only appends, after a newline when the file lacks a
// trailing one. The block it appends is the one the report just showed; what it did is printed too.
// Safety (issue 14 items 5, 6; docs/security.md): it writes only to a regular file whose directory
// resolves inside the build context or the workspace, opened with O_NOFOLLOW (a symlink is refused,
// never written through), created with O_EXCL; it reads the file bounded and non-blocking, so a FIFO or
// /dev/zero is refused rather than hanging or filling memory.
// Not pure: reads and appends to one file per target.
import { closeSync, constants, fstatSync, lstatSync, openSync, realpathSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Report } from '../model/report.js';
import { InputError } from '../util/errors.js';
import { isInside } from '../util/paths.js';
import { readBounded, READ_LIMITS } from '../util/read.js';

export interface FixFs {
  /** The file's bytes, or undefined when it does not exist. */
  read(abs: string): Buffer | undefined;
  /** Appends to the file, creating it (exclusively) when `create`. */
  append(abs: string, text: string, create: boolean): void;
}

export const nodeFixFs: FixFs = {
  read(abs) {
    try {
      lstatSync(abs);
    } catch {
      return undefined;
    }
    return readBounded(abs, { shown: abs, what: 'the ignore file', maxBytes: READ_LIMITS.ignoreFile, noFollow: true });
  },
  append(abs, text, create) {
    const flags =
      constants.O_WRONLY |
      constants.O_APPEND |
      constants.O_NOFOLLOW |
      constants.O_NONBLOCK |
      (create ? constants.O_CREAT | constants.O_EXCL : 0);
    const fd = openSync(abs, flags, 0o644);
    try {
      if (!fstatSync(fd).isFile()) throw new InputError('--fix writes only to a regular file', abs);
      const buf = Buffer.from(text, 'utf8');
      for (let n = 0; n < buf.length; ) n += writeSync(fd, buf, n);
    } finally {
      closeSync(fd);
    }
  },
};

/** Refuses an ignore file whose directory resolves outside every root (context, workspace). */
function confine(abs: string, roots: readonly string[], shown: string): void {
  let dir: string;
  try {
    dir = realpathSync(dirname(abs));
  } catch (e) {
    throw new InputError(`--fix cannot reach its directory: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, shown);
  }
  if (!roots.some((r) => isInside(r, dir))) {
    throw new InputError(`--fix writes only inside the build context or the workspace; this file's directory resolves to ${dir}`, shown);
  }
}

function realRoot(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/**
 * Applies each target's block; returns what was done, for the user. Targets sharing an ignore file
 * get it once.
 */
export function applyFixes(report: Report, cwd: string, fs: FixFs = nodeFixFs): string {
  const out: string[] = [];
  const done = new Set<string>();
  for (const t of report.targets) {
    const block = t.diagnostics?.block;
    if (!block) {
      out.push(`--fix: nothing to add for ${t.name}: no suggested lines.`);
      continue;
    }
    const abs = resolve(cwd, block.file);
    if (done.has(abs)) continue;
    done.add(abs);
    const roots = [realRoot(cwd), t.context?.path === undefined ? undefined : realRoot(resolve(cwd, t.context.path))].filter(
      (r): r is string => r !== undefined,
    );
    confine(abs, roots, block.file);
    let current: Buffer | undefined;
    try {
      current = fs.read(abs);
    } catch (e) {
      if (e instanceof InputError) throw new InputError(`--fix: ${e.message}`, block.file);
      throw new InputError(`--fix cannot read it: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, block.file);
    }
    if (block.create && current !== undefined) throw new InputError('--fix: it appeared after it was measured; run again', block.file);
    if (!block.create && current === undefined) throw new InputError('--fix: it disappeared after it was measured; run again', block.file);
    const body = block.text.replace(/^\n/, '');
    const text = current !== undefined && current.length > 0 && current[current.length - 1] !== 0x0a ? '\n' + body : body;
    try {
      fs.append(abs, text, block.create);
    } catch (e) {
      if (e instanceof InputError) throw new InputError(e.message, block.file);
      if ((e as NodeJS.ErrnoException).code === 'ELOOP') throw new InputError('--fix does not write through a symlink', block.file);
      throw new InputError(`--fix cannot write it: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, block.file);
    }
    const lines = body.split('\n').filter((l) => l !== '' && !l.startsWith('#')).length;
    out.push(
      `--fix: ${block.create ? 'created' : 'appended to'} ${block.file}: ${lines} line${lines > 1 ? 's' : ''} (${Buffer.byteLength(text)} bytes), existing lines untouched:`,
    );
    out.push(
      ...body
        .replace(/\n$/, '')
        .split('\n')
        .map((l) => `    ${l}`),
    );
  }
  return out.map((l) => l + '\n').join('');
}
