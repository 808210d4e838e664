// The GitHub Action: measure -> render -> job summary and outputs.
// (Baselines, budgets and the pull-request comment come with later issues.)
import * as core from '@actions/core';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from './action/inputs.js';
import { resolvePaths } from './cli/resolve.js';
import { measureTarget } from './context/measure.js';
import { buildReport } from './report/build.js';
import { renderJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import { InputError } from './util/errors.js';
import { displayPath } from './util/paths.js';
import { VERSION } from './version.js';

async function run(): Promise<void> {
  const inputs = readInputs();
  const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const paths = resolvePaths(cwd, inputs.context, inputs.dockerfile);
  const { report: target } = measureTarget({
    contextArg: inputs.context,
    contextDir: paths.contextDir,
    dockerfile: paths.dockerfile,
    target: inputs.target,
    buildArgs: inputs.buildArgs,
    top: inputs.top,
    wantCopied: true,
    display: (p) => displayPath(cwd, p),
  });
  const report = buildReport(VERSION, [target]);
  const markdown = renderMarkdown(report);
  const jsonPath = join(process.env.RUNNER_TEMP ?? cwd, 'docker-size-guard-report.json');
  writeFileSync(jsonPath, renderJson(report));
  for (const w of target.warnings) core.warning(w);
  core.setOutput('context-bytes', String(target.context.bytes));
  core.setOutput('copied-bytes', target.copied ? String(target.copied.bytes) : '');
  core.setOutput('report-json', jsonPath);
  core.setOutput('report-markdown', markdown);
  await core.summary.addRaw(markdown).write();
}

run().catch((e: unknown) => {
  core.setFailed(e instanceof InputError ? e.oneLine() : `internal error: ${(e as Error).message}`);
});
