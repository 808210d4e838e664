// The measurement step of the action: the targets come from the config file when there is one
// (default .github/docker-size.yml), else from the context/dockerfile/target/build-args inputs.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Budget } from '../budget/budgets.js';
import { DEFAULT_MIN_CHANGE } from '../compare/compare.js';
import type { Limit } from '../util/size.js';
import { budgetResolver, loadConfigFile, measureSpec, targetSpecs, type TargetSpec } from '../targets/targets.js';
import type { Config } from '../targets/config.js';
import { createWalkProgress } from '../context/progress.js';
import { buildReport } from '../model/build.js';
import type { Report } from '../model/report.js';
import type { Measured } from '../targets/context.js';
import { VERSION } from '../version.js';
import type { ActionInputs } from './inputs.js';

export interface Settings {
  config: Config | undefined;
  specs: TargetSpec[];
  minChange: Limit;
  failOnBudget: boolean;
  budgetsFor: (target: string) => Budget[];
}

/** Reads the config file (when there is one) and merges it with the inputs; inputs win. */
export async function settings(inputs: ActionInputs, cwd: string): Promise<Settings> {
  const useConfig = inputs.config.explicit || existsSync(resolve(cwd, inputs.config.path));
  const config = useConfig ? await loadConfigFile(cwd, inputs.config.path) : undefined;
  const specs = targetSpecs(
    { context: inputs.context, file: inputs.dockerfile, target: inputs.target, buildArgs: inputs.buildArgs },
    config,
  );
  return {
    config,
    specs,
    minChange: inputs.minChange ?? config?.minChange ?? DEFAULT_MIN_CHANGE,
    failOnBudget: inputs.failOnBudget ?? config?.failOnBudget ?? true,
    budgetsFor: budgetResolver(config, inputs.budgets),
  };
}

/**
 * Measures every target's context and, where an image is named (input `image`/`image-archive`, or a
 * config target's `image`/`image-archive`), its image. An image that cannot be measured is reported as
 * such; the context figures stand.
 */
export async function measureAll(s: Settings, inputs: ActionInputs, cwd: string, log: (line: string) => void): Promise<Report> {
  const measured: Measured[] = [];
  for (const spec of s.specs)
    measured.push(
      await measureSpec(spec, cwd, inputs.top, undefined, createWalkProgress({ write: (l) => log(l.replace(/\n$/, '')), mode: 'lines' })),
    );
  for (const [i, m] of measured.entries()) {
    const t = s.config?.targets[i];
    const image = t ? { ...inputs.image, image: t.image, imageArchive: t.imageArchive } : inputs.image;
    if (!image.image && !image.imageArchive) continue; // image code is loaded only when an image is named (start-up)
    const { measureImageForAction } = await import('./image.js');
    const result = await measureImageForAction(image, m, cwd, process.env, log);
    if (result) m.report.image = result;
  }
  return buildReport(
    VERSION,
    measured.map((m) => m.report),
  );
}

/** The report as stored for later runs: the measurement only. */
export function storedReport(report: Report): Report {
  const { comparison: _c, verdict: _v, ...rest } = report;
  return rest;
}
