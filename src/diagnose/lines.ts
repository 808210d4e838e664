// Evaluates each line of the ignore file on every path the walker lists (sent or not): what it
// matches, whether it changes anything (the outcome with and without the line, by Docker's rules),
// which line decides instead when it does not, and what it excludes that a COPY/ADD needs.
// Fed from the walker's directory listings; memory is bounded by the directory depth. Pure.
import type { Pattern, PatternMatcher } from '../patterns/matcher.js';
import type { ListedEntry } from '../context/walk.js';
import type { NamedCopy } from './collector.js';
import { keepFirst, keepFirstPath } from './bounded.js';
import { popTo } from './frames.js';
import type { NeededBy } from '../model/diagnostics.js';
import { compileLine, safeMatch } from './docker-syntax.js';
import { JUNK_FAMILIES, JUNK_LINES, REBUILDABLE_NAME, STATIC_LINES } from './families.js';
import type { Tracked } from './git-index.js';

/** The static lines of families no build reads, compiled once, on first use (not when the module loads: ~2 ms of a small run). */
let junkPatterns: Pattern[] | undefined;
const JUNK_PATTERNS = (): Pattern[] =>
  (junkPatterns ??= STATIC_LINES.filter((l) => JUNK_FAMILIES.has(l.family) || JUNK_LINES.has(l.line)).map((l) => compileLine(l.line)!));

/** Whether a path is, or lies in, something no build reads (a cache, VCS metadata, an editor's litter, ...). */
export function isJunkPath(path: string): boolean {
  const parts = path.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    if (JUNK_PATTERNS().some((p) => safeMatch(p, prefix))) return true;
  }
  return false;
}

const MAX_EXAMPLES = 3;
const MAX_DECIDERS = 5;
const MAX_PRUNED = 50;

export interface NeededExclusion {
  /** The excluded path, and the COPY source inside it when the path is an excluded directory. */
  path: string;
  source?: string;
  copy: NamedCopy;
  /** The COPY names exactly this path (or a path inside this excluded directory): the build fails. */
  fails: boolean;
}

export interface LineStats {
  /** Index in the matcher's patterns, and the 1-based line in the ignore file. */
  index: number;
  line: number;
  exclusion: boolean;
  /** Listed paths the pattern matches itself (not through a parent), and the first few of the topmost. */
  direct: number;
  examples: string[];
  /** Its direct matches at the context root. */
  rootMatches: string[];
  /** Listed paths whose fate would differ without this line. */
  effect: number;
  /** For paths it matches but does not change: the line deciding them without it (pattern index, -1: none). */
  deciders: Set<number>;
  /** Listed paths it is the deciding exclusion for. */
  excluded: number;
  needed: NeededExclusion[];
  neededCount: number;
}

export interface PrunedDir {
  path: string;
  /** Pattern index of the line that excludes it. */
  index: number;
}

interface Frame {
  prefix: string;
  info: boolean[] | undefined;
  raw: boolean[];
  /** Per-pattern results without line k, for the lines k that match this directory or a parent. */
  without: Map<number, boolean[]>;
  /** Exceptions that alone keep an excluded parent from being pruned: an included path below depends on them. */
  walkReasons: number[];
  /** Children sent because an exception line names them. */
  kept: Map<string, number>;
  /** The evaluation of an entry inside it that no line matches itself: the same for all of them, found once. */
  plain: Evaluation | undefined;
}

interface Evaluation {
  direct: readonly boolean[];
  full: Outcome;
  raw: boolean[];
  without: ReadonlyMap<number, Outcome>;
}

interface Outcome {
  excluded: boolean;
  info: boolean[];
  /** Index of the last pattern that matched (the deciding one), or -1. */
  decisive: number;
}

export class LineEvaluator {
  private readonly stats: LineStats[];
  private readonly stack: Frame[] = [];
  private readonly pruned: PrunedDir[] = [];
  private prunedCount = 0;
  private readonly patterns: readonly Pattern[];
  /** No line matching (read only). */
  private readonly none: readonly boolean[];

  constructor(
    private readonly matcher: PatternMatcher,
    private readonly namedCopies: readonly NamedCopy[],
    /** How to name an exception line in a NeededBy: its file and text. */
    private readonly describe: (index: number) => { file: string; line: number; text: string },
    /** What git tracks: a COPY source excluded on purpose is a finding only when committed (unknown: unless it is rebuildable by name). */
    private readonly tracked?: Tracked,
  ) {
    this.patterns = matcher.patterns;
    this.none = this.patterns.map(() => false);
    this.stats = this.patterns.map((p, index) => ({
      index,
      line: p.source?.line ?? 0,
      exclusion: !p.exclusion,
      direct: 0,
      examples: [],
      rootMatches: [],
      effect: 0,
      deciders: new Set<number>(),
      excluded: 0,
      needed: [],
      neededCount: 0,
    }));
  }

  get active(): boolean {
    return this.patterns.length > 0;
  }

  /** moby's MatchesUsingParentResults, with pattern `skip` left out and the direct matches precomputed. */
  private outcome(parent: boolean[] | undefined, skip: number, direct: readonly boolean[]): Outcome {
    const n = this.patterns.length;
    const info = new Array<boolean>(n).fill(false);
    let matched = false;
    let decisive = -1;
    for (let i = 0; i < n; i++) {
      if (i === skip) continue;
      const p = this.patterns[i]!;
      let match = parent !== undefined && parent[i] === true;
      if (!match) {
        if (p.exclusion !== matched) continue;
        match = direct[i]!;
      }
      info[i] = match;
      if (match) {
        matched = !p.exclusion;
        decisive = i;
      }
    }
    return { excluded: matched, info, decisive };
  }

  private frameFor(path: string): Frame {
    return popTo(this.stack, path, path.lastIndexOf('/') + 1);
  }

  private evaluate(path: string, parent: Frame): Evaluation {
    const n = this.patterns.length;
    let direct: boolean[] | undefined;
    for (let i = 0; i < n; i++) if (safeMatch(this.patterns[i]!, path)) (direct ??= new Array<boolean>(n).fill(false))[i] = true;
    // Most entries match no line: what they inherit from the directory is worked out once for all of them.
    if (direct === undefined) return (parent.plain ??= this.evaluateWith(this.none, parent));
    return this.evaluateWith(direct, parent);
  }

  private evaluateWith(direct: readonly boolean[], parent: Frame): Evaluation {
    const full = this.outcome(parent.info, -1, direct);
    const raw = direct.map((d, i) => d || parent.raw[i] === true);
    const without = new Map<number, Outcome>();
    raw.forEach((r, k) => {
      if (r) without.set(k, this.outcome(parent.without.get(k) ?? parent.info, k, direct));
    });
    return { direct, full, raw, without };
  }

  /** A directory the walker reads, before its batches of entries (`listed`). */
  enter(dir: string): void {
    if (!this.active) return;
    let frame: Frame;
    if (dir === '') {
      this.stack.length = 0;
      frame = {
        prefix: '',
        info: undefined,
        raw: this.patterns.map(() => false),
        without: new Map(),
        walkReasons: [],
        kept: new Map(),
        plain: undefined,
      };
    } else {
      const parent = this.frameFor(dir);
      const e = this.evaluate(dir, parent);
      let walkReasons = parent.walkReasons;
      if (e.full.excluded) {
        const keep = this.exceptionsInside(dir);
        if (keep.length === 1) walkReasons = [...walkReasons, keep[0]!];
      }
      const without = new Map<number, boolean[]>();
      for (const [k, o] of e.without) without.set(k, o.info);
      frame = { prefix: dir + '/', info: e.full.info, raw: e.raw, without, walkReasons, kept: new Map(), plain: undefined };
    }
    this.stack.push(frame);
  }

  /** The next batch of entries of `dir`, which was entered last (its subdirectories' frames may still be open). */
  listed(dir: string, entries: readonly ListedEntry[]): void {
    if (!this.active) return;
    const frame = this.frameFor(dir === '' ? '' : dir + '/');
    for (const entry of entries) this.record(dir === '' ? entry.name : dir + '/' + entry.name, entry.isDirectory(), frame);
  }

  /** The exceptions that start with "dir/": they make the walker enter an excluded directory. */
  private exceptionsInside(dir: string): number[] {
    const out: number[] = [];
    this.patterns.forEach((p, i) => {
      if (p.exclusion && (p.cleaned + '/').startsWith(dir + '/')) out.push(i);
    });
    return out;
  }

  private record(path: string, isDir: boolean, parent: Frame): void {
    const e = this.evaluate(path, parent);
    const topLevel = !path.includes('/');
    e.direct.forEach((d, i) => {
      if (!d) return;
      const s = this.stats[i]!;
      s.direct++;
      if (!parent.raw[i]) keepFirstPath(s.examples, path, MAX_EXAMPLES);
      if (topLevel) keepFirstPath(s.rootMatches, path, 5);
    });
    for (const [k, o] of e.without) {
      const s = this.stats[k]!;
      if (o.excluded !== e.full.excluded) s.effect++;
      else if (s.deciders.size < MAX_DECIDERS) s.deciders.add(o.decisive);
    }
    if (!e.full.excluded) {
      for (const k of parent.walkReasons) this.stats[k]!.effect++;
      if (e.full.decisive >= 0 && e.direct[e.full.decisive]) parent.kept.set(path, e.full.decisive);
      return;
    }
    const d = e.full.decisive;
    const s = this.stats[d]!;
    s.excluded++;
    const prunes = isDir && this.matcher.canSkipDir(path);
    for (const copy of this.namedCopies) {
      const inside = prunes ? copy.literalSources.find((src) => src.startsWith(path + '/')) : undefined;
      if (inside === undefined && !copy.takes(path)) continue;
      const fails = inside !== undefined || copy.literalSources.includes(path);
      if (!fails && !this.matters(path, isDir)) continue;
      s.neededCount++;
      keepFirst(s.needed, { path, ...(inside !== undefined ? { source: inside } : {}), copy, fails }, MAX_EXAMPLES, (n) => n.path);
    }
    if (prunes) {
      this.prunedCount++;
      keepFirst(this.pruned, { path, index: d }, MAX_PRUNED, (p) => p.path);
    }
  }

  /**
   * Whether leaving `path` out of a COPY that takes it may be a mistake: not for junk no build reads, not for
   * untracked (or, without git, rebuildable) output the image builds again — excluding that is deliberate.
   */
  private matters(path: string, isDir: boolean): boolean {
    if (isJunkPath(path)) return false;
    if (this.tracked) return isDir ? this.tracked.dir(path) : this.tracked.file(path);
    return !path.split('/').some((c) => REBUILDABLE_NAME.test(c));
  }

  /** The exception line naming `path`, a path of the directory listed last on its branch. */
  namedByException(path: string): NeededBy | undefined {
    if (!this.active) return undefined;
    const slash = path.lastIndexOf('/');
    const prefix = slash < 0 ? '' : path.slice(0, slash + 1);
    let frame: Frame | undefined;
    for (let i = this.stack.length - 1; i >= 0 && !frame; i--) if (this.stack[i]!.prefix === prefix) frame = this.stack[i];
    const index = frame?.kept.get(path);
    if (index === undefined) return undefined;
    const d = this.describe(index);
    return { file: d.file, line: d.line, instruction: d.text, path };
  }

  finish(): { stats: LineStats[]; pruned: PrunedDir[]; prunedCount: number } {
    return { stats: this.stats, pruned: this.pruned, prunedCount: this.prunedCount };
  }
}
