// Finds and reads the ignore file the build uses. BuildKit (Docker's default builder since 23.0)
// prefers "<Dockerfile>.dockerignore" next to the Dockerfile over "<context>/.dockerignore".
import { realpathSync, statSync } from 'node:fs';
import { readBounded, READ_LIMITS } from '../util/read.js';
import { basename, dirname, join } from 'node:path';
import { IgnoreFileError, parseIgnoreFile, type IgnoreLine } from '../patterns/ignorefile.js';
import { PatternError, PatternMatcher } from '../patterns/matcher.js';
import { InputError } from '../util/errors.js';
import { isInside } from '../util/paths.js';

export interface IgnoreFile {
  /** Absolute path of the file used, or undefined when there is none. */
  path: string | undefined;
  /** Ignore files that exist but are not used because another one wins. */
  shadowed: string[];
  lines: IgnoreLine[];
  matcher: PatternMatcher;
}

/**
 * @param contextDir absolute, real path of the context
 * @param dockerfile absolute path of the Dockerfile, when there is one
 * @param display turns an absolute path into the name shown to the user
 */
export function loadIgnoreFile(contextDir: string, dockerfile: string | undefined, display: (p: string) => string): IgnoreFile {
  const candidates: string[] = [];
  if (dockerfile !== undefined) candidates.push(join(dirname(dockerfile), basename(dockerfile) + '.dockerignore'));
  candidates.push(join(contextDir, '.dockerignore'));
  const existing = candidates.filter(isFile);
  const path = existing[0];
  if (path === undefined) return { path, shadowed: [], lines: [], matcher: new PatternMatcher([]) };
  const shown = display(path);
  const real = realpathSync(path);
  const allowed = [contextDir, dockerfile === undefined ? contextDir : dirname(realpathSync(dockerfile))];
  if (!allowed.some((dir) => isInside(dir, real))) {
    throw new InputError(`is a symlink to ${real}, outside the build context; docker-size-guard does not follow it`, shown);
  }
  // Bounded: a symlink to a 1.9 GB file is refused at its size, never read whole.
  const content = readBounded(real, { shown, what: 'ignore file', maxBytes: READ_LIMITS.ignoreFile });
  try {
    const lines = parseIgnoreFile(content, shown);
    const matcher = new PatternMatcher(
      lines.map((l) => l.pattern),
      lines.map((l) => l.source),
    );
    return { path, shadowed: existing.slice(1), lines, matcher };
  } catch (e) {
    throw toInputError(e);
  }
}

/** Ignore-file problems as the one-line errors the CLI prints. */
export function toInputError(e: unknown): unknown {
  if (e instanceof IgnoreFileError) return new InputError(e.message, e.file, e.line);
  if (e instanceof PatternError) return new InputError(e.message, e.source?.file, e.source?.line);
  return e;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
