// Resolves CONTEXT and -f the way `docker build` does: -f is relative to the current directory,
// the default is CONTEXT/Dockerfile (or CONTEXT/dockerfile).
import { existsSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../util/errors.js';

export interface ResolvedPaths {
  contextDir: string;
  dockerfile: string | undefined;
  /** Where the Dockerfile was looked for when none was found. */
  dockerfileMissing: string | undefined;
}

export function resolvePaths(cwd: string, context: string, file: string | undefined): ResolvedPaths {
  const abs = resolve(cwd, context);
  let st;
  try {
    st = statSync(abs);
  } catch {
    throw new InputError('no such directory', context);
  }
  if (!st.isDirectory()) throw new InputError('not a directory', context);
  const contextDir = realpathSync(abs);
  const candidates = file !== undefined ? [resolve(cwd, file)] : [join(abs, 'Dockerfile'), join(abs, 'dockerfile')];
  const dockerfile = candidates.find((p) => existsSync(p));
  if (dockerfile !== undefined && !statSync(dockerfile).isFile()) throw new InputError('Dockerfile is not a file', file ?? dockerfile);
  return { contextDir, dockerfile, dockerfileMissing: dockerfile === undefined ? candidates[0] : undefined };
}
