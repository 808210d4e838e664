// Diagnostics for one target, fed by the single walk of the context (src/targets/context.ts):
// the walker's directory listings (through `enterDir` and `listed`) and its entries (through `entry`). The small
// reads it needs — the ignore file's text, unused ignore files, .gitignore files, and a look for a
// token or private key in .npmrc/.pem/.key files — go through `DiagnoseIo`, so tests pass their own.
import { closeSync, lstatSync, openSync, readSync, realpathSync, constants as fsc } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { IgnoreFile } from '../context/ignore-file.js';
import type { ListedEntry } from '../context/walk.js';
import type { CopyPlan } from '../dockerfile/plan.js';
import { makeCopySelector } from '../dockerfile/select.js';
import type { EntryKind } from '../context/tally.js';
import { parseIgnoreFile } from '../patterns/ignorefile.js';
import { isInside } from '../util/paths.js';
import { choose, type BlockTarget } from './choose.js';
import { Collector, type NamedCopy } from './collector.js';
import { drift } from './drift.js';
import { makeScope, type GitScope } from './gitignore.js';
import { LineEvaluator } from './lines.js';
import { lint, type WholeCopy } from './lint.js';
import type { Diagnostics } from '../model/diagnostics.js';

export interface DiagnoseIo {
  /** A regular file's text, at most `max` bytes; undefined when absent or not a regular file (symlinks are not followed unless `follow`). */
  readText(abs: string, max: number, follow?: boolean): string | undefined;
  /** Whether `abs` exists (a file or directory, not followed). */
  exists(abs: string): boolean;
  /** Whether a regular file holds an npm auth token or a private key; reads at most 64 KiB and never follows a symlink. */
  inspect(abs: string, what: 'npmrc' | 'key'): boolean;
}

export interface DiagnoseSetup {
  /** Real path of the context. */
  contextDir: string;
  dockerfile: string | undefined;
  ignore: IgnoreFile;
  plan: CopyPlan | undefined;
  display: (abs: string) => string;
}

export interface Diagnosis {
  /** The walker's hooks (see WalkVisitor): every directory read and every batch of its listing. */
  probes: readonly string[];
  enterDir(dir: string, present: number): void;
  listed(dir: string, entries: readonly ListedEntry[]): void;
  entry(path: string, kind: EntryKind, size: number, inode: string | undefined, copied: boolean): void;
  finish(contextBytes: number): Diagnostics;
}

const MAX_TEXT = 1024 * 1024;
/** The files whose presence in a directory the collector asks about (see Collector.listing). */
const PROBES: readonly string[] = ['.gitignore', 'pyvenv.cfg'];

export function startDiagnosis(setup: DiagnoseSetup, io: DiagnoseIo = nodeIo): Diagnosis {
  const { contextDir, ignore, plan, display } = setup;
  const ignoreShown = ignore.path === undefined ? undefined : display(ignore.path);
  const ignoreText = ignore.path === undefined ? undefined : io.readText(ignore.path, MAX_TEXT, true);
  const rawLines = (ignoreText ?? '').replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\r$/, ''));
  const dockerfileShown = setup.dockerfile === undefined ? undefined : display(setup.dockerfile);
  const inContext = (abs: string | undefined): string | undefined => {
    if (abs === undefined) return undefined;
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      real = abs;
    }
    return isInside(contextDir, real) && real !== contextDir ? relative(contextDir, real).split(sep).join('/') : undefined;
  };

  const namedCopies = plan ? namedCopiesOf(plan, dockerfileShown!) : [];
  const buildFiles: { path: string; file: string }[] = [];
  const dfRel = inContext(setup.dockerfile);
  if (dfRel !== undefined) buildFiles.push({ path: dfRel, file: dockerfileShown! });
  const ignoreRel = inContext(ignore.path);
  if (ignoreRel !== undefined) buildFiles.push({ path: ignoreRel, file: ignoreShown! });

  const lines = new LineEvaluator(ignore.matcher, namedCopies, (index) => {
    const p = ignore.matcher.patterns[index]!;
    const line = p.source?.line ?? 0;
    return { file: ignoreShown ?? '', line, text: `the exception ${JSON.stringify((rawLines[line - 1] ?? '!' + p.cleaned).trim())}` };
  });
  const collector = new Collector({
    rootOnlyLines: ignore.matcher.patterns
      .filter((p) => !p.exclusion && !p.cleaned.includes('/') && !p.cleaned.startsWith('**') && p.source !== undefined)
      .map((p) => ({ pattern: p, line: p.source!.line })),
    namedCopies,
    buildFiles,
    hasExceptions: ignore.matcher.exclusions,
    namedByException: (path) => lines.namedByException(path),
    inspect: (path, what) => io.inspect(join(contextDir, path), what),
    readGitignore: (dir) => {
      const abs = join(contextDir, dir, '.gitignore');
      const text = io.readText(abs, MAX_TEXT);
      return text === undefined ? undefined : { text, file: display(abs) };
    },
    gitAncestors: gitAncestors(contextDir, io, displayAbove(contextDir, display)),
  });

  return {
    probes: PROBES,
    enterDir(dir, present) {
      lines.enter(dir);
      collector.listing(dir, (name) => {
        const i = PROBES.indexOf(name);
        return i >= 0 && (present & (1 << i)) !== 0;
      });
    },
    listed(dir, entries) {
      lines.listed(dir, entries);
    },
    entry(path, kind, size, inode, copied) {
      collector.entry(path, kind, size, inode, copied);
    },
    finish(contextBytes) {
      const collected = collector.finish();
      const target: BlockTarget = ignore.path
        ? { file: ignoreShown!, exists: true, contextPath: ignoreRel, endsWithNewline: ignoreText === undefined || ignoreText === '' || ignoreText.endsWith('\n') }
        : { file: display(join(contextDir, '.dockerignore')), exists: false, contextPath: '.dockerignore', endsWithNewline: true };
      const choice = choose(collected, contextBytes, target);
      const evaluated = lines.finish();
      const findings = lint({
        ignoreFile: ignoreShown,
        rawLines,
        patterns: ignore.matcher.patterns,
        stats: evaluated.stats,
        pruned: evaluated.pruned,
        prunedCount: evaluated.prunedCount,
        collected,
        choice,
        dockerfile: dockerfileShown,
        targetStage: plan?.target ?? '',
        namedStages: new Map(namedCopies.map((c) => [c.line, c.stage])),
        wholeFinal: plan ? wholeCopies(plan, true) : [],
        wholeAny: plan ? wholeCopies(plan, false) : [],
        unused: ignore.shadowed.map((f) => unusedFile(f, io, display, ignore)),
      });
      return {
        families: choice.families,
        suggestions: choice.suggestions,
        withheld: choice.withheld,
        block: choice.block,
        savings: choice.savings,
        drift: drift(collected.gitScopes, ignore.matcher),
        findings,
      };
    },
  };
}

function shorten(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 80 ? one.slice(0, 77) + '...' : one;
}

/** COPY/ADD/RUN --mount instructions that name paths (not the whole context), each with its own selector. */
function namedCopiesOf(plan: CopyPlan, file: string): NamedCopy[] {
  return plan.copies
    .filter((c) => !c.sources.includes('.'))
    .map((c) => ({
      file,
      line: c.line,
      instruction: shorten(c.original),
      stage: c.stage,
      takes: makeCopySelector({ ...plan, copies: [c] }),
      literalSources: c.sources.filter((s, i) => (c.keyword === 'RUN' || !/[*?[\\]/.test(s)) && !c.parents?.[i]),
    }));
}

function wholeCopies(plan: CopyPlan, finalOnly: boolean): WholeCopy[] {
  return plan.copies
    .filter((c) => c.wholeContext && c.keyword !== 'RUN' && (!finalOnly || c.stage === plan.target))
    .map((c) => ({ line: c.line, instruction: shorten(c.original), stage: c.stage }));
}

function unusedFile(abs: string, io: DiagnoseIo, display: (p: string) => string, used: IgnoreFile): { file: string; missing: { line: number; text: string }[] } {
  const file = display(abs);
  const text = io.readText(abs, MAX_TEXT, true);
  if (text === undefined) return { file, missing: [] };
  try {
    const have = new Set(used.lines.map((l) => l.pattern));
    const missing = parseIgnoreFile(text, file)
      .filter((l) => !have.has(l.pattern))
      .map((l) => ({ line: l.source.line, text: l.pattern }));
    return { file, missing };
  } catch {
    return { file, missing: [] };
  }
}

/**
 * How to show a file above the context: as `display` does, except that where that is an absolute path
 * (the file is above the current directory) it is shown relative to the current directory ("../../.gitignore"),
 * which `display` reveals by how it shows the context itself.
 */
function displayAbove(contextDir: string, display: (p: string) => string): (p: string) => string {
  const shownContext = display(contextDir);
  if (isAbsolute(shownContext)) return display;
  const cwd = shownContext === '.' ? contextDir : contextDir.slice(0, contextDir.length - shownContext.length - 1);
  return (p) => {
    const shown = display(p);
    return isAbsolute(shown) ? relative(cwd, p).split(sep).join('/') : shown;
  };
}

/** The .gitignore files between the repository root (the nearest parent with .git) and the context, outermost first. */
function gitAncestors(contextDir: string, io: DiagnoseIo, display: (p: string) => string): GitScope[] {
  if (io.exists(join(contextDir, '.git'))) return [];
  const chain: string[] = [];
  let dir = contextDir;
  for (;;) {
    const parent = dirname(dir);
    if (parent === dir) return []; // no repository above the context
    chain.unshift(parent);
    if (io.exists(join(parent, '.git'))) break;
    dir = parent;
  }
  const scopes: GitScope[] = [];
  for (const d of chain) {
    const abs = join(d, '.gitignore');
    const text = io.readText(abs, MAX_TEXT);
    if (text === undefined) continue;
    const above = relative(d, contextDir).split(sep);
    scopes.push(makeScope(text, display(abs), '', above));
  }
  return scopes;
}

const NPM_TOKEN = /^\s*(?:\/\/[^\s=]*:)?(?:_authToken|_auth|_password)\s*=\s*(?!["']?\$\{)\S/m;
const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/;

export const nodeIo: DiagnoseIo = {
  readText(abs, max, follow = false) {
    try {
      const st = follow ? lstatSync(realpathSync(abs)) : lstatSync(abs);
      if (!st.isFile()) return undefined;
      return readHead(follow ? realpathSync(abs) : abs, max);
    } catch {
      return undefined;
    }
  },
  exists(abs) {
    try {
      lstatSync(abs);
      return true;
    } catch {
      return false;
    }
  },
  inspect(abs, what) {
    try {
      const text = readHead(abs, 64 * 1024);
      return what === 'npmrc' ? NPM_TOKEN.test(text) : PRIVATE_KEY.test(text);
    } catch {
      return false;
    }
  },
};

/** The first `max` bytes of a regular file, opened without following a symlink. */
function readHead(abs: string, max: number): string {
  const fd = openSync(abs, fsc.O_RDONLY | fsc.O_NOFOLLOW | fsc.O_NONBLOCK);
  try {
    const buf = Buffer.alloc(max);
    let n = 0;
    for (;;) {
      const r = readSync(fd, buf, n, max - n, null);
      if (r === 0) break;
      n += r;
      if (n >= max) break;
    }
    return buf.toString('utf8', 0, n);
  } finally {
    closeSync(fd);
  }
}
