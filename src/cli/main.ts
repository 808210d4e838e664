// The command line: `node dist/cli.js [CONTEXT] [options]` (see --help and README.md), entered through
// src/cli/bin.ts, which answers a lone --version itself and imports this module for everything else.
// The whole pipeline: measure -> compare -> decide -> render. Image code and the config file's YAML parser
// are imported only when a run needs them (start-up, docs/performance.md).
import { realpathSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decide } from '../budget/decide.js';
import { parseArgs, USAGE } from './args.js';
import { budgetResolver, loadConfigFile, measureSpec, targetSpecs } from '../targets/targets.js';
import type { Measured } from '../targets/context.js';
import { cliWalkProgress } from '../context/progress.js';
import { compareReports, DEFAULT_MIN_CHANGE } from '../compare/compare.js';
import { buildReport } from '../model/build.js';
import { renderList } from '../render/list.js';
import { renderJson } from '../render/json.js';
import { renderText } from '../render/text.js';
import { terminalFor } from '../render/terminal.js';
import { InputError, safeLine } from '../util/errors.js';
import { fsPath } from '../util/names.js';
import { sortCodePoints } from '../util/sort.js';
import { VERSION } from '../version.js';
import { VERSION_LINE } from './version-line.js';
import { loadBaselineFile } from './baseline-file.js';
import { renderMarkdown } from '../render/markdown.js';
import { applyFixes } from './fix.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliEnv {
  cwd: string;
  env?: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY?: boolean;
  /** The terminal's width when stdout is one: the text report wraps to it. */
  stdoutColumns?: number;
  /** Progress of long image work goes here (stderr), live on a terminal, in lines in GitHub Actions. */
  stderrIsTTY?: boolean;
  writeStderr?: (s: string) => void;
}

export async function runCli(
  argv: readonly string[],
  { cwd, env = {}, stdoutIsTTY = false, stdoutColumns, stderrIsTTY, writeStderr }: CliEnv,
): Promise<CliResult> {
  try {
    const opts = parseArgs(argv, env);
    if (opts.help) return { code: 0, stdout: USAGE + '\n', stderr: '' };
    if (opts.version) return { code: 0, stdout: VERSION_LINE, stderr: '' };
    const config = opts.config === undefined ? undefined : await loadConfigFile(cwd, opts.config);
    const specs = targetSpecs({ context: opts.context, file: opts.file, target: opts.target, buildArgs: opts.buildArgs }, config);

    // measure
    const measured: Measured[] = [];
    for (const spec of specs)
      measured.push(await measureSpec(spec, cwd, opts.top, opts.list, cliWalkProgress(stderrIsTTY, env, writeStderr)));
    if (opts.list) return { code: 0, stdout: renderList(sortCodePoints(measured[0]!.listed), opts.nul), stderr: '' };
    // Image, registry, engine and archive code is loaded only when a target names an image (start-up, see docs/performance.md).
    if (
      opts.image !== undefined ||
      opts.imageArchive !== undefined ||
      config?.targets.some((t) => t.image !== undefined || t.imageArchive !== undefined)
    ) {
      const { measureTargetImages } = await import('./images.js');
      await measureTargetImages(opts, config, specs, measured, cwd, { env, stderrIsTTY, writeStderr });
    }
    const report = buildReport(
      VERSION,
      measured.map((m) => m.report),
    );

    // compare
    const baseline = opts.baseline === undefined ? undefined : loadBaselineFile(resolve(cwd, opts.baseline), opts.baseline);
    const minChange = opts.minChange ?? config?.minChange ?? DEFAULT_MIN_CHANGE;
    report.comparison = compareReports(report, baseline?.report, { minChange });

    // decide
    const budgetsFor = budgetResolver(config, opts.budgets);
    report.verdict = decide(report.comparison, budgetsFor, opts.failOnBudget ?? config?.failOnBudget ?? true);

    // render
    if (opts.output !== undefined) writeFileSync(resolve(cwd, opts.output), renderJson(report));
    const budgets = report.targets.reduce((n, t) => n + budgetsFor(t.name).length, 0);
    const ctx = {
      comparison: report.comparison,
      verdict: report.verdict,
      baselineNote: baseline?.report ? undefined : baseline?.note,
      budgets,
      top: opts.top,
      terminal: terminalFor(env, stdoutIsTTY, stdoutColumns),
    };
    const stdout =
      opts.format === 'json' ? renderJson(report) : opts.format === 'markdown' ? renderMarkdown(report, ctx) : renderText(report, ctx);
    const fixed = opts.fix ? applyFixes(report, cwd) : ''; // after the report that shows the block; text shows what was done
    return {
      code: report.verdict.failed ? 1 : 0,
      stdout: opts.format === 'text' ? stdout + (fixed && '\n' + fixed) : stdout,
      stderr: opts.format === 'text' ? '' : fixed,
    };
  } catch (e) {
    if (e instanceof InputError) return { code: 2, stdout: '', stderr: prefixLines(e.oneLine()) };
    // Not the user's fault, but still one line; the stack only on request.
    const err = e as Error;
    const stack = env.DOCKER_SIZE_GUARD_DEBUG ? `${err.stack ?? ''}\n` : '';
    return {
      code: 2,
      stdout: '',
      stderr: `docker-size-guard: internal error: ${safeLine(String(err.message).split('\n')[0]!)} (set DOCKER_SIZE_GUARD_DEBUG=1 for details)\n${stack}`,
    };
  }
}

function prefixLines(text: string): string {
  return text
    .split('\n')
    .map((l) => `docker-size-guard: ${l}\n`)
    .join('');
}

function isEntryPoint(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/** Runs the CLI as this process: the command line in; stdout, stderr and the exit code out. */
export async function runProcess(argv: readonly string[]): Promise<void> {
  const result = await runCli(argv, {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY,
    stdoutColumns: process.stdout.columns,
    stderrIsTTY: process.stderr.isTTY,
    writeStderr: (s) => process.stderr.write(s),
  });
  // A listed name that is not valid UTF-8 is written as its own bytes (see src/util/names.ts).
  process.stdout.write(fsPath(result.stdout));
  process.stderr.write(fsPath(result.stderr));
  process.exitCode = result.code;
}

// Run directly (the tests bundle this file alone); dist/cli.js enters through src/cli/bin.ts instead.
if (isEntryPoint()) await runProcess(process.argv.slice(2));
