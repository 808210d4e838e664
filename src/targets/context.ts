// Measures one target's context: reads the Dockerfile (the ignore file through src/context/ignore-file.ts), walks
// the context once and feeds both tallies (context and copied) and the diagnosis. Not pure: I/O here, in the
// walker, the ignore-file lookup and the diagnosis's small reads (DiagnoseIo).
import { lstatSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { hasPrefix } from '../util/affix.js';
import { readBounded, READ_LIMITS } from '../util/read.js';
import { DockerfileError } from '../dockerfile/parse.js';
import { planContextCopies, type BaseRef, type CopyPlan } from '../dockerfile/plan.js';
import { makeCopySelector, selectsWholeDirectories } from '../dockerfile/select.js';
import { TarSizeEstimate, type BuildFiles } from '../context/tar-size.js';
import { Tally, type EntryKind } from '../context/tally.js';
import type { CopiedSection, CopyInstruction, TargetReport } from '../model/report.js';
import { InputError } from '../util/errors.js';
import { loadIgnoreFile, toInputError } from '../context/ignore-file.js';
import type { WalkProgress } from '../context/progress.js';
import { walkContext, type WalkFs, type WalkVisitor } from '../context/walk.js';
import { walkContextParallel, type ParallelOptions } from '../context/walk-parallel.js';

export interface TargetInput {
  /** The context as the user gave it, and its resolved real path. */
  contextArg: string;
  contextDir: string;
  /** Absolute path of the Dockerfile; undefined when there is none. */
  dockerfile: string | undefined;
  target?: string;
  buildArgs: Record<string, string>;
  top: number;
  /** Collect the listed paths ('context' or 'copied'); costs memory proportional to the file count. */
  list?: 'context' | 'copied';
  /** Parse the Dockerfile (not needed for `--list context`). */
  wantCopied: boolean;
  display: (absPath: string) => string;
  /** Work out the diagnostics (culprits, suggested .dockerignore lines, lint) from the same walk; default: unless listing. */
  diagnose?: boolean;
  /** Progress of a long walk (stderr or the Actions log). */
  progress?: WalkProgress;
  /** How to walk in parallel (default: os.availableParallelism() workers once the tree is large). */
  parallel?: ParallelOptions;
}

export type { WalkProgress };

/** How often (in entries) the walk tells its progress. */
const PROGRESS_EVERY = 4096;

export interface Measured {
  report: TargetReport;
  listed: string[];
  /** The target's base image, from the same parse of the Dockerfile (for the image's base/own split). */
  base: BaseRef;
}

/** Measures one target. `fs` (tests): walk that filesystem, on one thread. */
export async function measureTarget(input: TargetInput, fs?: WalkFs): Promise<Measured> {
  const warnings: string[] = [];
  const ignore = loadIgnoreFile(input.contextDir, input.dockerfile, input.display);
  const plan = input.wantCopied && input.dockerfile !== undefined ? readPlan(input) : undefined;
  if (plan) warnings.push(...plan.warnings);
  const selected = plan ? makeCopySelector(plan) : undefined;

  const context = new Tally(input.top);
  const dockerfileRel = input.dockerfile === undefined ? undefined : insideContext(input.contextDir, input.dockerfile);
  const tar = new TarSizeEstimate(dockerfileRel);
  const copied = new Tally(input.top);
  const listed: string[] = [];
  const listCopied = input.list === 'copied';
  const listContext = input.list === 'context';
  // Without --exclude/--parents a directory a COPY takes is taken whole: remember the last one
  // to skip re-matching beneath it.
  const wholeDirs = plan !== undefined && selectsWholeDirectories(plan);
  let takenDir: string | undefined;
  const isCopied = (path: string, kind: EntryKind): boolean => {
    if (!selected) return false;
    if (takenDir !== undefined && hasPrefix(path, takenDir)) return true;
    const taken = selected(path);
    if (taken && wholeDirs && kind === 'dir') takenDir = path + '/';
    return taken;
  };

  // The diagnostics' code is loaded only when they are wanted (not for --list).
  const diagnosis =
    (input.diagnose ?? input.list === undefined)
      ? (await import('../diagnose/diagnose.js')).startDiagnosis({
          contextDir: input.contextDir,
          dockerfile: input.dockerfile,
          ignore,
          plan,
          display: input.display,
        })
      : undefined;
  const progress = input.progress;
  let seen = 0;
  let seenBytes = 0;
  try {
    const visitor: WalkVisitor = {
      entry(path, kind, size, inode) {
        seen++;
        seenBytes += size;
        if (progress && seen % PROGRESS_EVERY === 0) progress.update(seen, seenBytes, path.split('/', 1)[0]!);
        context.add(path, kind, size, inode);
        tar.add(path, kind, size, inode);
        if (listContext && (kind === 'file' || kind === 'symlink')) listed.push(path);
        const taken = isCopied(path, kind);
        if (taken) {
          copied.add(path, kind, size, inode);
          if (listCopied && (kind === 'file' || kind === 'symlink')) listed.push(path);
        }
        diagnosis?.entry(path, kind, size, inode, taken);
      },
      unreadable(path, error) {
        context.markUnreadable(path);
        warnings.push(`cannot read ${path === '' ? 'the context directory' : path}: ${error.code ?? error.message}; its size is unknown`);
      },
      probes: diagnosis?.probes,
      enterDir: diagnosis && ((dir, present) => diagnosis.enterDir(dir, present)),
      listed: diagnosis && ((dir, entries) => diagnosis.listed(dir, entries)),
    };
    if (fs) walkContext(input.contextDir, ignore.matcher, visitor, fs);
    else await walkContextParallel(input.contextDir, ignore.matcher, visitor, input.parallel);
  } catch (e) {
    throw toInputError(e);
  } finally {
    progress?.finish();
  }

  for (const file of ignore.shadowed) {
    warnings.push(`${input.display(file)} is not used: ${input.display(ignore.path!)} takes precedence`);
  }
  const report: TargetReport = {
    name: input.dockerfile ? input.display(input.dockerfile) + (input.target ? `#${input.target}` : '') : input.contextArg,
    context: {
      path: input.contextArg,
      ignoreFile: ignore.path === undefined ? null : input.display(ignore.path),
      ignoreFilesNotUsed: ignore.shadowed.map(input.display),
      patterns: ignore.lines.length,
      tarBytes: tar.finish(buildFiles(input, dockerfileRel)),
      ...context.finish(),
    },
    copied: plan ? copiedSection(plan, input, copied) : null,
    warnings,
  };
  if (diagnosis) report.diagnostics = diagnosis.finish(report.context.bytes);
  const base: BaseRef = plan?.base ?? {
    reference: undefined,
    reason: input.dockerfile === undefined ? 'no Dockerfile' : 'the Dockerfile was not read',
  };
  return { report, listed, base };
}

/** The Dockerfile's path relative to the context (POSIX), or undefined when it is outside it. */
function insideContext(contextDir: string, dockerfile: string): string | undefined {
  const rel = relative(contextDir, dockerfile);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
}

/** Sizes of the files the CLI adds to the classic builder's archive (see BuildFiles); a missing one is left out. */
function buildFiles(input: TargetInput, dockerfileRel: string | undefined): BuildFiles {
  const size = (p: string, follow: boolean): number | undefined => {
    try {
      return (follow ? statSync(p) : lstatSync(p)).size;
    } catch {
      return undefined;
    }
  };
  const out: BuildFiles = { dockerignoreBytes: size(join(input.contextDir, '.dockerignore'), false) };
  if (input.dockerfile !== undefined) {
    const bytes = size(input.dockerfile, dockerfileRel === undefined);
    if (bytes !== undefined) out.dockerfile = { inside: dockerfileRel !== undefined, bytes };
  }
  return out;
}

function readPlan(input: TargetInput): CopyPlan {
  const file = input.display(input.dockerfile!);
  const text = readBounded(input.dockerfile!, { shown: file, what: 'Dockerfile', maxBytes: READ_LIMITS.dockerfile }).toString('utf8');
  try {
    return planContextCopies(text, { file, target: input.target, buildArgs: input.buildArgs });
  } catch (e) {
    if (e instanceof DockerfileError) throw new InputError(e.message, e.file, e.line);
    throw e;
  }
}

function copiedSection(plan: CopyPlan, input: TargetInput, tally: Tally): CopiedSection {
  const instructions: CopyInstruction[] = plan.copies.map((c) => ({
    line: c.line,
    instruction: c.original,
    stage: c.stage,
    sources: c.sources,
  }));
  return {
    dockerfile: input.display(input.dockerfile!),
    target: plan.target,
    stages: plan.stages,
    wholeContext: instructions.filter((_, i) => plan.copies[i]!.wholeContext),
    instructions,
    ...tally.finish(),
  };
}
