// The CLI as a function of (argv, cwd, env) -> (exit code, stdout, stderr), so tests run it in-process.
import { measureTarget, type Measured } from '../context/measure.js';
import { buildReport } from '../report/build.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import { InputError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { compareCodePoints } from '../util/sort.js';
import { VERSION } from '../version.js';
import { parseArgs, USAGE, type CliOptions } from './args.js';
import { resolvePaths } from './resolve.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliEnv {
  cwd: string;
  env?: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY?: boolean;
}

export async function runCli(argv: readonly string[], { cwd, env = {} }: CliEnv): Promise<CliResult> {
  try {
    const opts = parseArgs(argv, env);
    if (opts.help) return { code: 0, stdout: USAGE + '\n', stderr: '' };
    if (opts.version) return { code: 0, stdout: `docker-size-guard ${VERSION}\n`, stderr: '' };
    const measured = measure(opts, cwd);
    if (opts.list) return { code: 0, stdout: measured.listed.sort(compareCodePoints).map((p) => p + '\n').join(''), stderr: '' };
    const report = buildReport(VERSION, [measured.report]);
    const render = { text: renderText, markdown: renderMarkdown, json: renderJson }[opts.format];
    return { code: 0, stdout: render(report), stderr: '' };
  } catch (e) {
    if (e instanceof InputError) return { code: 2, stdout: '', stderr: `docker-size-guard: ${e.oneLine()}\n` };
    // Not the user's fault, but still one line; the stack only on request.
    const err = e as Error;
    const stack = env.DOCKER_SIZE_GUARD_DEBUG ? `${err.stack ?? ''}\n` : '';
    return { code: 2, stdout: '', stderr: `docker-size-guard: internal error: ${err.message.split('\n')[0]} (set DOCKER_SIZE_GUARD_DEBUG=1 for details)\n${stack}` };
  }
}

function measure(opts: CliOptions, cwd: string): Measured {
  const paths = resolvePaths(cwd, opts.context, opts.file);
  const display = (p: string): string => displayPath(cwd, p);
  if (opts.list === 'copied' && paths.dockerfile === undefined) {
    throw new InputError('no such file; --list copied needs the Dockerfile', display(paths.dockerfileMissing!));
  }
  const measured = measureTarget({
    contextArg: opts.context,
    contextDir: paths.contextDir,
    dockerfile: paths.dockerfile,
    target: opts.target,
    buildArgs: opts.buildArgs,
    top: opts.top,
    list: opts.list,
    wantCopied: opts.list !== 'context',
    display,
  });
  if (paths.dockerfileMissing !== undefined) {
    measured.report.warnings.unshift(`no Dockerfile at ${display(paths.dockerfileMissing)}: only the build context is measured`);
  }
  return measured;
}
