// Resolves CONTEXT and -f the way `docker build` does: -f is relative to the current directory,
// the default is CONTEXT/Dockerfile (or CONTEXT/dockerfile).
// Confinement (docs/security.md): the Dockerfile must resolve, symlinks followed, inside the build
// context or the workspace (the current directory) — a repository's `Dockerfile -> /proc/self/environ`
// is refused, never read. A path the user typed that lies outside the workspace is an explicit request
// and is allowed (its own directory then counts). A config file's targets, which come from the
// repository, get no such exception: their contexts and Dockerfiles stay inside the workspace. A
// context typed inside the workspace that a symlink leads out of it is refused too.
// Not pure: stat/realpath.
import { existsSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../util/errors.js';
import { isInside } from '../util/paths.js';

export interface ResolvedPaths {
  contextDir: string;
  dockerfile: string | undefined;
  /** Where the Dockerfile was looked for when none was found. */
  dockerfileMissing: string | undefined;
}

/**
 * @param fromConfig the context and file come from a config file (the repository), not from the user
 */
export function resolvePaths(cwd: string, context: string, file: string | undefined, fromConfig = false): ResolvedPaths {
  const abs = resolve(cwd, context);
  let st: Stats;
  try {
    st = statSync(abs);
  } catch {
    throw new InputError('no such directory', context);
  }
  if (!st.isDirectory()) throw new InputError('not a directory', context);
  const contextDir = realpathSync(abs);
  const workspace = realpathSync(cwd);
  if (fromConfig && !isInside(workspace, contextDir)) {
    throw new InputError(
      `the context resolves to ${contextDir}, outside the workspace ${workspace}; a config file's targets stay inside it (name such a directory on the command line)`,
      context,
    );
  }
  // A path inside the workspace that a symlink (the repository's) leads out of it: not the user's request.
  if (isInside(resolve(cwd), abs) && !isInside(workspace, contextDir)) {
    throw new InputError(`the context is a symlink to ${contextDir}, outside the workspace; docker-size-guard does not follow it`, context);
  }
  const candidates = file !== undefined ? [resolve(cwd, file)] : [join(abs, 'Dockerfile'), join(abs, 'dockerfile')];
  const dockerfile = candidates.find((p) => existsSync(p));
  // An explicit -f that does not exist: `docker build -f` fails, so measuring the context alone would mislead.
  if (file !== undefined && dockerfile === undefined) throw new InputError('no such file (docker build -f would fail)', file);
  if (dockerfile !== undefined) {
    const shown = file ?? dockerfile;
    const real = realpathSync(dockerfile);
    const roots = [workspace, contextDir];
    // Typed by the user and outside the workspace: asked for explicitly.
    if (!fromConfig && file !== undefined && !isInside(workspace, resolve(cwd, file))) roots.push(realpathSync(dirname(dockerfile)));
    if (!roots.some((r) => isInside(r, real))) {
      throw new InputError(
        `the Dockerfile resolves to ${real}, outside the build context and the workspace; docker-size-guard does not follow it`,
        shown,
      );
    }
    if (!statSync(real).isFile()) throw new InputError('Dockerfile is not a file', shown);
  }
  return { contextDir, dockerfile, dockerfileMissing: dockerfile === undefined ? candidates[0] : undefined };
}
