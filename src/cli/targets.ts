// Turns the command line or the config file into the targets to measure, and measures them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Budget } from '../budget/budgets.js';
import { parseConfig, type Config } from '../config/config.js';
import { measureTarget, type Measured } from '../context/measure.js';
import { InputError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import type { CliOptions } from './args.js';
import { resolvePaths } from './resolve.js';

export interface TargetSpec {
  name?: string;
  context: string;
  file?: string;
  target?: string;
  buildArgs: Record<string, string>;
  budgets: Budget[];
}

export function loadConfigFile(cwd: string, file: string): Config {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new InputError(`cannot read config file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, file);
  }
  return parseConfig(text, file);
}

export function targetSpecs(opts: CliOptions, config: Config | undefined): TargetSpec[] {
  if (!config) return [{ context: opts.context, file: opts.file, target: opts.target, buildArgs: opts.buildArgs, budgets: [] }];
  return config.targets.map((t) => ({ name: t.name, context: t.context, file: t.dockerfile, target: t.target, buildArgs: { ...t.buildArgs, ...opts.buildArgs }, budgets: t.budgets }));
}

export function measureSpec(spec: TargetSpec, cwd: string, top: number, list?: 'context' | 'copied'): Measured {
  const paths = resolvePaths(cwd, spec.context, spec.file);
  const display = (p: string): string => displayPath(cwd, p);
  if (list === 'copied' && paths.dockerfile === undefined) {
    throw new InputError('no such file; --list copied needs the Dockerfile', display(paths.dockerfileMissing!));
  }
  const measured = measureTarget({
    contextArg: spec.context,
    contextDir: paths.contextDir,
    dockerfile: paths.dockerfile,
    target: spec.target,
    buildArgs: spec.buildArgs,
    top,
    list,
    wantCopied: list !== 'context',
    display,
  });
  if (spec.name !== undefined) measured.report.name = spec.name;
  if (paths.dockerfileMissing !== undefined) {
    measured.report.warnings.unshift(`no Dockerfile at ${display(paths.dockerfileMissing)}: only the build context is measured`);
  }
  return measured;
}
