// Action inputs (see action.yml). Later issues add budgets, baselines and comments.
import * as core from '@actions/core';
import { InputError } from '../util/errors.js';

export interface ActionInputs {
  context: string;
  dockerfile: string | undefined;
  target: string | undefined;
  buildArgs: Record<string, string>;
  top: number;
}

export function readInputs(): ActionInputs {
  const top = core.getInput('top') || '10';
  if (!/^\d+$/.test(top)) throw new InputError(`input "top" must be a whole number, got ${JSON.stringify(top)}`);
  const buildArgs: Record<string, string> = {};
  for (const line of core.getMultilineInput('build-args')) {
    const eq = line.indexOf('=');
    if (eq <= 0) throw new InputError(`input "build-args": each line must be KEY=VALUE, got ${JSON.stringify(line)}`);
    buildArgs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return {
    context: core.getInput('context') || '.',
    dockerfile: core.getInput('dockerfile') || undefined,
    target: core.getInput('target') || undefined,
    buildArgs,
    top: Number(top),
  };
}
