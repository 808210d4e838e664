// Diagnostics for one target, fed by the single walk of the context (src/targets/context.ts):
// the walker's directory listings (through `enterDir` and `listed`) and its entries (through `entry`). The small
// reads it needs — the ignore file's text, unused ignore files, .gitignore files, and a look for a
// token or private key in .npmrc/.pem/.key files — go through `DiagnoseIo`, so tests pass their own.
import { closeSync, fstatSync, lstatSync, openSync, readFileSync, readSync, realpathSync, constants as fsc } from 'node:fs';
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
import { GitIndexError, parseGitIndex, type Tracked } from './git-index.js';
import { noteNeeded } from './candidates.js';
import { LineEvaluator } from './lines.js';
import { lint, type WholeCopy } from './lint.js';
import type { Diagnostics, NeededBy } from '../model/diagnostics.js';

export interface DiagnoseIo {
  /** A regular file's text, at most `max` bytes; undefined when absent or not a regular file (symlinks are not followed unless `follow`). */
  readText(abs: string, max: number, follow?: boolean): string | undefined;
  /** Whether `abs` exists (a file or directory, not followed). */
  exists(abs: string): boolean;
  /**
   * Whether a regular file holds a secret: an npm auth token (.npmrc), a private key (.pem/.key), a value that is not
   * empty or a placeholder (.env); reads at most 64 KiB and never follows a symlink.
   */
  inspect(abs: string, what: 'npmrc' | 'key' | 'env'): boolean;
  /** A regular file's bytes, at most `max` (undefined when absent, larger, or not a regular file; not followed). */
  readBytes(abs: string, max: number): Buffer | undefined;
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
  const rawLines = (ignoreText ?? '')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''));
  const dockerfileShown = setup.dockerfile === undefined ? undefined : display(setup.dockerfile);
  const inContext = (abs: string | undefined): string | undefined => {
    if (abs === undefined) return undefined;
    let real: string;
    try {
      real = realpathSync.native(abs);
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

  const tracked = readTracked(contextDir, io);
  const lines = new LineEvaluator(
    ignore.matcher,
    namedCopies,
    (index) => {
      const p = ignore.matcher.patterns[index]!;
      const line = p.source?.line ?? 0;
      return { file: ignoreShown ?? '', line, text: `the exception ${JSON.stringify((rawLines[line - 1] ?? '!' + p.cleaned).trim())}` };
    },
    tracked,
  );
  const collector = new Collector({
    rootOnlyLines: ignore.matcher.patterns
      .filter((p) => !p.exclusion && !p.cleaned.includes('/') && !p.cleaned.startsWith('**') && p.source !== undefined)
      .map((p) => ({ pattern: p, line: p.source!.line, dirOnly: (rawLines[p.source!.line - 1] ?? '').trim().endsWith('/') })),
    tracked,
    // Every instruction taking the whole context (a RUN --mount of it too) makes the committed files it takes needed.
    wholeCopies: plan
      ? plan.copies.filter((c) => c.wholeContext).map((c) => ({ file: dockerfileShown!, line: c.line, instruction: shorten(c.original) }))
      : [],
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
      collector.listedEntries(dir, entries);
    },
    entry(path, kind, size, inode, copied) {
      collector.entry(path, kind, size, inode, copied);
    },
    finish(contextBytes) {
      const collected = collector.finish();
      for (const k of keptByComment(rawLines, ignoreShown)) {
        for (const c of collected.candidates) if (subjectOf(c.line) === k.subject) noteNeeded(c, [k.need]);
      }
      const target: BlockTarget = ignore.path
        ? {
            file: ignoreShown!,
            exists: true,
            contextPath: ignoreRel,
            endsWithNewline: ignoreText === undefined || ignoreText === '' || ignoreText.endsWith('\n'),
          }
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

/** Words in a comment that say a path is kept on purpose. */
const KEEP_WORDS =
  /\b(keep|keeps|kept|needed|needs|need|required|requires|on purpose|intentional(ly)?|deliberate(ly)?|do not (ignore|exclude)|don't (ignore|exclude)|not (ignored|excluded))\b/i;

/** What a suggested line is about: its last path component ("**\/.git" -> ".git", "models" -> "models"). */
function subjectOf(line: string): string {
  return line.slice(line.lastIndexOf('/') + 1);
}

/**
 * Paths a comment of the ignore file says are kept on purpose ("# .git is kept: the build reads the commit"):
 * the user speaking, so no line removing them is suggested. A comment names a path when it holds a word with a
 * dot or a slash in it (".git", "models/") next to a word saying it is kept.
 */
function keptByComment(rawLines: readonly string[], file: string | undefined): { subject: string; need: NeededBy }[] {
  if (file === undefined) return [];
  const out: { subject: string; need: NeededBy }[] = [];
  rawLines.forEach((raw, i) => {
    const text = raw.trim();
    if (!text.startsWith('#') || !KEEP_WORDS.test(text)) return;
    for (const word of text.slice(1).split(/[\s,;:()"'`]+/)) {
      const w = word.replace(/^\.\//, '').replace(/^\//, '').replace(/\/+$/, '').replace(/[.]+$/, '');
      if (w === '' || !/[./]/.test(word) || /[*?[]/.test(w)) continue;
      const subject = w.slice(w.lastIndexOf('/') + 1);
      if (subject === '' || subject === '.' || subject === '..') continue;
      out.push({ subject, need: { file, line: i + 1, instruction: `the comment ${JSON.stringify(shorten(text))}`, path: w } });
    }
  });
  return out;
}

/** Where the repository's index is: <root>/.git/index, or for a worktree the gitdir named by the .git file. */
function readTracked(contextDir: string, io: DiagnoseIo): Tracked | undefined {
  for (let dir = contextDir; ; dir = dirname(dir)) {
    const dotgit = join(dir, '.git');
    if (io.exists(dotgit)) {
      let gitdir = dotgit;
      const pointer = io.readText(dotgit, 4096);
      if (pointer !== undefined) {
        const m = /^gitdir:\s*(.+?)\s*$/m.exec(pointer);
        if (!m) return undefined;
        gitdir = isAbsolute(m[1]!) ? m[1]! : join(dir, m[1]!);
      }
      const prefix = relative(dir, contextDir).split(sep).join('/');
      const index = io.readBytes(join(gitdir, 'index'), MAX_INDEX_BYTES);
      if (index === undefined) return io.exists(join(gitdir, 'index')) ? undefined : parseGitIndex(EMPTY_INDEX, prefix);
      try {
        return parseGitIndex(index, prefix);
      } catch (e) {
        if (e instanceof GitIndexError) return undefined; // unknown: judged as without git
        throw e;
      }
    }
    if (dirname(dir) === dir) return undefined;
  }
}

const MAX_INDEX_BYTES = 512 * 1024 * 1024;
const EMPTY_INDEX = Buffer.from('DIRC\0\0\0\x02\0\0\0\0', 'latin1');

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

function unusedFile(
  abs: string,
  io: DiagnoseIo,
  display: (p: string) => string,
  used: IgnoreFile,
): { file: string; missing: { line: number; text: string }[] } {
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

/** A value that says "fill me in": empty, a variable, <angle brackets>, changeme, your-..., xxx, ***, .... */
const PLACEHOLDER =
  /^(|\$\{?[A-Za-z_][A-Za-z0-9_]*(:?-[^}]*)?\}?|<[^>]*>|\[[^\]]*\]|\{\{[^}]*\}\}|change[_-]?me|changethis|replace[_-]?me|your[_-].*|my[_-].*|x{3,}|\*{3,}|\.{3}|todo|tbd|none|null|nil|placeholder|example|dummy|fake|redacted|secret|password|token)$/i;

/** Keys that name a secret; and a URL carrying a password. */
const SECRET_KEY = /(key|token|secret|passw(or)?d|passwd|pwd|credential|auth|private|dsn|cookie|session|signature|salt|cert)/i;
const URL_PASSWORD = /:\/\/[^\s:@/]+:[^\s@/]+@/;

/**
 * Whether an environment file sets a secret: a key that names one (API_KEY, DB_PASSWORD, ...) or a URL with a
 * password, with a value that is not empty or a placeholder. `PORT=8080` or `API_URL=http://localhost` is not one.
 */
export function envHasValue(text: string): boolean {
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s*(.*)$/.exec(line);
    if (!m) continue;
    let v = m[2]!.trim();
    const q = /^(["'])(.*)\1/.exec(v);
    v = (q ? q[2]! : v.replace(/\s+#.*$/, '')).trim();
    if (PLACEHOLDER.test(v)) continue;
    if (SECRET_KEY.test(m[1]!) || URL_PASSWORD.test(v)) return true;
  }
  return false;
}

const NPM_TOKEN = /^\s*(?:\/\/[^\s=]*:)?(?:_authToken|_auth|_password)\s*=\s*(?!["']?\$\{)\S/m;
const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/;

export const nodeIo: DiagnoseIo = {
  readText(abs, max, follow = false) {
    try {
      const st = follow ? lstatSync(realpathSync.native(abs)) : lstatSync(abs);
      if (!st.isFile()) return undefined;
      return readHead(follow ? realpathSync.native(abs) : abs, max);
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
      return what === 'npmrc' ? NPM_TOKEN.test(text) : what === 'key' ? PRIVATE_KEY.test(text) : envHasValue(text);
    } catch {
      // Unreadable: an .env is taken for a secret (safe side), a .pem or .npmrc is not claimed to hold one.
      return what === 'env';
    }
  },
  readBytes(abs, max) {
    try {
      const st = lstatSync(abs);
      if (!st.isFile() || st.size > max) return undefined;
      return readFileSync(abs);
    } catch {
      return undefined;
    }
  },
};

/** The largest buffer readHead starts with (a file's size can be anything by the time it is read). */
const READ_START = 64 * 1024;

/** The first `max` bytes of a regular file, opened without following a symlink. */
function readHead(abs: string, max: number): string {
  const fd = openSync(abs, fsc.O_RDONLY | fsc.O_NOFOLLOW | fsc.O_NONBLOCK);
  try {
    // Sized by the file (grown if it grows), not by `max`: a 1 MiB zeroed buffer per .gitignore read was a cost.
    let buf = Buffer.allocUnsafe(Math.max(1, Math.min(max, fstatSync(fd).size + 1, READ_START)));
    let n = 0;
    for (;;) {
      if (n >= max) break;
      if (n === buf.length) {
        const bigger = Buffer.allocUnsafe(Math.min(max, buf.length * 2));
        buf.copy(bigger, 0, 0, n);
        buf = bigger;
      }
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
    }
    return buf.toString('utf8', 0, n);
  } finally {
    closeSync(fd);
  }
}
