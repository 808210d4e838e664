// Command-line parsing. The contract (documented in README.md):
//   docker-size-guard [CONTEXT] [-f|--file DOCKERFILE] [--target STAGE] [--build-arg KEY=VALUE]...
//                     [--format text|markdown|json] [--top N] [--list context|copied]
import { parseBudget, type Budget } from '../budget/budgets.js';
import { DEFAULT_MIN_CHANGE } from '../compare/compare.js';
import { FIGURES } from '../model/metrics.js';
import { BUDGET_KEYS } from '../model/verdict.js';
import { parseLimit, type Limit } from '../util/size.js';
import { LAYER_SHARE_EXPECTED, parseLayerShare } from '../targets/layer-share.js';
import { parsePlatform, type PlatformChoice } from '../image/platform.js';
import { UsageError } from '../util/errors.js';

export type Format = 'text' | 'markdown' | 'json';
export type ListKind = 'context' | 'copied';

export interface CliOptions {
  context: string;
  file?: string;
  target?: string;
  buildArgs: Record<string, string>;
  format: Format;
  top: number;
  list?: ListKind;
  /** -z/--null: --list paths NUL-terminated and unquoted. */
  nul: boolean;
  /** A previous JSON report to compare with. */
  baseline?: string;
  /** Write the JSON report here too (it can serve as the next baseline). */
  output?: string;
  /** A config file listing targets and budgets (see README). */
  config?: string;
  budgets: Budget[];
  minChange?: Limit;
  failOnBudget?: boolean;
  /** --image REF: the built image on the engine (or the registry when REF names a registry host, or with --registry). */
  image?: string;
  /** --image-archive PATH: a docker save tar or an OCI image layout (tar or directory). */
  imageArchive?: string;
  /** --registry: resolve --image on its registry. */
  registry: boolean;
  /** --registry-layers: download the layers from the registry (unpacked sizes, waste, the file tree). */
  registryLayers?: boolean;
  /** --platform os/arch[/variant]|all (default linux/amd64). */
  platform?: PlatformChoice;
  /** --waste-exclude GLOB (repeatable). */
  wasteExclude: string[];
  /** --layer-share PERCENT, as a fraction (default 0.5). */
  layerShare?: number;
  /** --fix: append the suggested lines to the ignore file the build uses (see README "Diagnostics"). */
  fix: boolean;
  help: boolean;
  version: boolean;
}

export const USAGE = `Usage: docker-size-guard [CONTEXT] [options]

Measures the Docker build context of CONTEXT (default ".") by Docker's own .dockerignore rules,
and what the Dockerfile's COPY/ADD instructions take from it.

Options:
  -f, --file DOCKERFILE     Dockerfile, relative to the current directory (default CONTEXT/Dockerfile)
      --target STAGE        build stage (default: the last stage)
      --build-arg KEY=VALUE build argument for ARG substitution (repeatable; KEY alone takes $KEY)
      --format FORMAT       text (default), markdown or json
      --top N               how many of the largest files and directories to show (default 10)
      --list context|copied print the paths the context holds, or the paths COPY/ADD take, one per line
                            (unusual names quoted as git ls-files quotes them)
  -z, --null                with --list: end each path with a NUL byte instead, unquoted
      --config FILE         targets and budgets from a YAML config file (see README)
      --baseline FILE       a previous JSON report to compare with (a missing one is not an error)
      --output FILE         also write the JSON report to FILE (the next run's baseline)
      --budget-KEY LIMIT    fail when a figure is over LIMIT; KEY: ${FIGURES.join(', ')},
                            or one of those with -increase (growth against the baseline: 5MB or 10%)
      --warn-KEY LIMIT      the same, as a warning only
      --min-change LIMIT    changes smaller than this (size or percent) count as unchanged (default ${DEFAULT_MIN_CHANGE.text})
      --fail-on-budget BOOL exit 1 when a budget is breached (default true)
      --image REF           also measure the built image on the Docker engine (DOCKER_HOST), or on its
                            registry when REF starts with a registry host (host:port/..., ghcr.io/...)
      --image-archive PATH  also measure the image in a docker save tar or an OCI image layout (tar or directory)
      --registry            look --image up on its registry (docker.io when it names none), not the engine
      --registry-layers     from a registry, also download the layers: unpacked sizes, waste, what grew inside
      --platform P          os/arch[/variant] of a multi-platform image, or all (default linux/amd64)
      --waste-exclude GLOB  leave paths out of the wasted-space figures (.dockerignore syntax; repeatable)
      --layer-share PERCENT flag a layer holding more than PERCENT of the image (default 50)
      --fix                 append the suggested .dockerignore lines (shown in the report) to the ignore file
                            the build uses, or create .dockerignore; existing lines are never changed
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 ok, 1 budget breached, 2 usage error or bad input.`;

const VALUE_OPTIONS = new Set([
  '-f',
  '--file',
  '--target',
  '--build-arg',
  '--format',
  '--top',
  '--list',
  '--config',
  '--baseline',
  '--output',
  '--min-change',
  '--fail-on-budget',
  '--image',
  '--image-archive',
  '--platform',
  '--waste-exclude',
  '--layer-share',
  ...BUDGET_KEYS.flatMap((k) => [`--budget-${k}`, `--warn-${k}`]),
]);

export function parseArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliOptions {
  const opts: CliOptions = {
    context: '.',
    buildArgs: {},
    format: 'text',
    top: 10,
    budgets: [],
    registry: false,
    wasteExclude: [],
    fix: false,
    nul: false,
    help: false,
    version: false,
  };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      opts.help = true;
      continue;
    }
    if (arg === '-v' || arg === '--version') {
      opts.version = true;
      continue;
    }
    if (arg === '--registry') {
      opts.registry = true;
      continue;
    }
    if (arg === '--registry-layers') {
      opts.registryLayers = true;
      continue;
    }
    if (arg === '--fix') {
      opts.fix = true;
      continue;
    }
    if (arg === '-z' || arg === '--null') {
      opts.nul = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    let name = arg;
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      name = arg.slice(0, eq);
      value = arg.slice(eq + 1);
    } else if (!arg.startsWith('--') && arg.length > 2) {
      name = arg.slice(0, 2); // -fDockerfile, -f=Dockerfile
      value = arg.slice(2).replace(/^=/, '');
    }
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`unknown option ${JSON.stringify(name)} (see --help)`);
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`option ${name} needs a value`);
      value = argv[++i]!;
    }
    // "--budget-context 50 MiB": the unit would be taken for the CONTEXT directory.
    const unit = argv[i + 1];
    if (/^\d+(\.\d+)?$/.test(value) && unit !== undefined && /^([kmgt]i?b?|b|bytes?)$/i.test(unit)) {
      throw new UsageError(`${name} ${value} ${unit}: write the size as one word, "${value}${unit}" (or quote it: "${value} ${unit}")`);
    }
    apply(opts, name, value, env);
  }
  if (positional.length > 1) throw new UsageError(`expected one CONTEXT directory, got ${positional.length}: ${positional.join(' ')}`);
  if (positional[0] !== undefined) opts.context = positional[0];
  if (opts.config !== undefined && (positional.length > 0 || opts.file !== undefined || opts.target !== undefined)) {
    throw new UsageError('--config lists the targets: give no CONTEXT, -f or --target with it');
  }
  if (opts.nul && opts.list === undefined) throw new UsageError('-z/--null separates the paths of --list: use it with --list');
  if (opts.config !== undefined && opts.list !== undefined) throw new UsageError('--list takes one target: use it without --config');
  checkImageOptions(opts);
  if (opts.fix && (opts.config !== undefined || opts.list !== undefined))
    throw new UsageError("--fix changes one target's ignore file: use it without --config or --list");
  if (opts.context === '-' || opts.file === '-') throw new UsageError('reading the context or the Dockerfile from stdin is not supported');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(opts.context) || opts.context.startsWith('git@')) {
    throw new UsageError(`CONTEXT must be a local directory, not a URL: ${opts.context}`);
  }
  return opts;
}

function apply(opts: CliOptions, name: string, value: string, env: Readonly<Record<string, string | undefined>>): void {
  switch (name) {
    case '-f':
    case '--file':
      opts.file = value;
      return;
    case '--target':
      opts.target = value;
      return;
    case '--build-arg': {
      const eq = value.indexOf('=');
      const key = eq < 0 ? value : value.slice(0, eq);
      if (key === '') throw new UsageError(`--build-arg needs KEY=VALUE, got ${JSON.stringify(value)}`);
      if (eq >= 0) opts.buildArgs[key] = value.slice(eq + 1);
      else if (env[key] !== undefined) opts.buildArgs[key] = env[key]!; // as docker build: KEY alone takes the environment's value
      return;
    }
    case '--format':
      if (value !== 'text' && value !== 'markdown' && value !== 'json') {
        throw new UsageError(`--format must be text, markdown or json, got ${JSON.stringify(value)}`);
      }
      opts.format = value;
      return;
    case '--top': {
      if (!/^\d+$/.test(value) || Number(value) > 1000)
        throw new UsageError(`--top must be a whole number from 0 to 1000, got ${JSON.stringify(value)}`);
      opts.top = Number(value);
      return;
    }
    case '--config':
      opts.config = value;
      return;
    case '--baseline':
      opts.baseline = value;
      return;
    case '--output':
      opts.output = value;
      return;
    case '--min-change': {
      const limit = parseLimit(value, true);
      if (!limit) throw new UsageError(`--min-change must be a size (10kB) or a percentage (1%), got ${JSON.stringify(value)}`);
      opts.minChange = limit;
      return;
    }
    case '--fail-on-budget':
      if (value !== 'true' && value !== 'false')
        throw new UsageError(`--fail-on-budget must be true or false, got ${JSON.stringify(value)}`);
      opts.failOnBudget = value === 'true';
      return;
    case '--image':
      if (value === '') throw new UsageError('--image needs an image reference');
      opts.image = value;
      return;
    case '--image-archive':
      if (value === '') throw new UsageError('--image-archive needs a path');
      opts.imageArchive = value;
      return;
    case '--platform':
      opts.platform = parsePlatform(value);
      return;
    case '--waste-exclude':
      if (value.trim() === '') throw new UsageError('--waste-exclude needs a pattern');
      opts.wasteExclude.push(value);
      return;
    case '--layer-share': {
      opts.layerShare = parseLayerShare(value);
      if (opts.layerShare === undefined) throw new UsageError(`--layer-share ${LAYER_SHARE_EXPECTED}, got ${JSON.stringify(value)}`);
      return;
    }
    case '--list':
      if (value !== 'context' && value !== 'copied') throw new UsageError(`--list must be context or copied, got ${JSON.stringify(value)}`);
      opts.list = value;
      return;
    default: {
      // --budget-KEY / --warn-KEY
      const m = /^--(budget|warn)-(.+)$/.exec(name)!;
      opts.budgets.push(parseBudget(m[2] as (typeof BUDGET_KEYS)[number], m[1] === 'warn' ? 'warn' : 'fail', value, name));
    }
  }
}

/** The image options go together: --registry needs --image; the tuning options need an image. */
function checkImageOptions(opts: CliOptions): void {
  if (opts.registry && opts.image === undefined) throw new UsageError('--registry needs --image REF');
  if (opts.registry && opts.imageArchive !== undefined) throw new UsageError('--registry and --image-archive exclude each other');
  const hasImage = opts.image !== undefined || opts.imageArchive !== undefined;
  if (!hasImage && opts.config === undefined) {
    const stray = [
      opts.platform !== undefined && '--platform',
      opts.registryLayers === true && '--registry-layers',
      opts.wasteExclude.length > 0 && '--waste-exclude',
      opts.layerShare !== undefined && '--layer-share',
    ].filter(Boolean);
    if (stray.length > 0) throw new UsageError(`${stray.join(', ')} need${stray.length === 1 ? 's' : ''} --image or --image-archive`);
  }
  if (hasImage && opts.config !== undefined)
    throw new UsageError("--config names each target's image (image:, image-archive:): give no --image or --image-archive with it");
  if (hasImage && opts.list !== undefined) throw new UsageError('--list prints paths only: use it without --image or --image-archive');
}
