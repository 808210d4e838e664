// Turns the command line or the config file into the targets to measure, and measures them.
import { existsSync, realpathSync } from 'node:fs';
import { readBounded, READ_LIMITS } from '../util/read.js';
import { isInside } from '../util/paths.js';
import { resolve } from 'node:path';
import type { Budget } from '../budget/budgets.js';
import type { Config } from './config.js';
import { measureTarget, type Measured, type WalkProgress } from './context.js';
import { InputError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { resolvePaths } from './resolve.js';

export interface TargetSpec {
  name?: string;
  context: string;
  file?: string;
  target?: string;
  buildArgs: Record<string, string>;
  budgets: Budget[];
  /** From a config file (the repository's word, confined to the workspace), not typed by the user. */
  fromConfig?: boolean;
}

/** Reads and parses the config file; the YAML parser (a quarter of the CLI's code) is loaded only here (start-up). */
export async function loadConfigFile(cwd: string, file: string): Promise<Config> {
  // The file named by the user or the workflow; a symlink in the repository must not lead out of the workspace.
  const abs = resolve(cwd, file);
  if (existsSync(abs) && isInside(realpathSync(cwd), abs) && !isInside(realpathSync(cwd), realpathSync(abs))) {
    throw new InputError(
      `the config file resolves to ${realpathSync(abs)}, outside the workspace; docker-size-guard does not follow it`,
      file,
    );
  }
  const text = readBounded(abs, { shown: file, what: 'config file', maxBytes: READ_LIMITS.configFile }).toString('utf8');
  const { parseConfig } = await import('./config.js');
  return parseConfig(text, file);
}

/** A target given without a config file: the command line's CONTEXT/-f/--target, or the action's inputs. */
export interface SingleTarget {
  context: string;
  file?: string;
  target?: string;
  buildArgs: Record<string, string>;
}

/** The targets to measure: the config file's (with extra build args on top), else the single one. */
export function targetSpecs(single: SingleTarget, config: Config | undefined): TargetSpec[] {
  if (!config) return [{ ...single, budgets: [] }];
  return config.targets.map((t) => ({
    name: t.name,
    context: t.context,
    file: t.dockerfile,
    target: t.target,
    buildArgs: { ...t.buildArgs, ...single.buildArgs },
    budgets: t.budgets,
    fromConfig: true,
  }));
}

/** The budgets of a target: the config file's global ones, the config target's own, then `extra` (flags or inputs). */
export function budgetResolver(config: Config | undefined, extra: readonly Budget[]): (target: string) => Budget[] {
  return (name) => [...(config?.budgets ?? []), ...(config?.targets.find((t) => t.name === name)?.budgets ?? []), ...extra];
}

export async function measureSpec(
  spec: TargetSpec,
  cwd: string,
  top: number,
  list?: 'context' | 'copied',
  progress?: WalkProgress,
): Promise<Measured> {
  const paths = resolvePaths(cwd, spec.context, spec.file, spec.fromConfig);
  const display = (p: string): string => displayPath(cwd, p);
  if (list === 'copied' && paths.dockerfile === undefined) {
    throw new InputError('no such file; --list copied needs the Dockerfile', display(paths.dockerfileMissing!));
  }
  const measured = await measureTarget({
    contextArg: spec.context,
    contextDir: paths.contextDir,
    dockerfile: paths.dockerfile,
    target: spec.target,
    buildArgs: spec.buildArgs,
    top,
    list,
    wantCopied: list !== 'context',
    display,
    progress,
  });
  if (spec.name !== undefined) measured.report.name = spec.name;
  if (paths.dockerfileMissing !== undefined) {
    measured.report.warnings.unshift(`no Dockerfile at ${display(paths.dockerfileMissing)}: only the build context is measured`);
  }
  return measured;
}
