// Whether a path lies inside a directory, and paths as shown to the user (relative to the current directory when
// beneath it, POSIX separators). Pure.
import { isAbsolute, relative, sep } from 'node:path';

/** Whether `p` is `dir` or lies beneath it (both absolute, already resolved). */
export function isInside(dir: string, p: string): boolean {
  const r = relative(dir, p);
  return r === '' || (r !== '..' && !r.startsWith('..' + sep) && !isAbsolute(r));
}

/** A path as the user should see it: relative to `cwd` when beneath it, POSIX separators. */
export function displayPath(cwd: string, p: string): string {
  const shown = isInside(cwd, p) ? relative(cwd, p) || '.' : p;
  return shown.split(sep).join('/');
}
