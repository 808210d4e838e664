// .gitignore matching with git's rules (gitignore(5); dir.c match_basename/match_pathname and
// wildmatch.c with WM_PATHNAME, git 2.39), compiled to the linear-time NFA of nfa.ts instead of
// the backtracking regexps of the `ignore` package ("x/**/**/**/**/**/**/y" on a 60-deep tree took
// 18.6 s there). The API mirrors what diagnose/ used of `ignore`: add rules with a mark, test a
// path (a trailing '/' marks a directory) and get whether it is ignored, re-included, and by which rule.
// Limits: git compares bytes, this compares code points — they differ only for a '?' or a class
// meeting a non-ASCII character. Case-sensitive (core.ignorecase=false).
// A path costs only the rules that can match its own name (rules indexed by the base name they need, others
// behind their literal bounds), given what its directory decided, which is remembered per directory.
// Pure (the memory is a cache). Memory: the compiled rules (each compiled at its first use) and the outcome of at
// most DIR_CACHE_LIMIT directories.
import { hasPrefix, hasSuffix, shapeOf } from '../util/affix.js';
import { LinearRegexp } from './nfa.js';

export interface GitRuleInput<M> {
  pattern: string;
  mark: M;
}

export interface GitTestResult<M> {
  ignored: boolean;
  unignored: boolean;
  /** The rule that ignores the path (its own, or its ignored parent directory's); undefined unless ignored. */
  mark: M | undefined;
}

interface Compiled<M> {
  negative: boolean;
  mustBeDir: boolean;
  /** Matched against the basename (a pattern without '/'), else against the whole path. */
  basename: boolean;
  /** The rule's body, compiled at its first use (literal bounds settle most names without it). */
  body: string;
  compiled: LinearRegexp | undefined;
  mark: M;
  /** What any string the rule matches must look like (see literalBounds): checked before the regexp runs. */
  bounds: LiteralBounds;
}

/**
 * What every string a wildmatch pattern matches must look like, read off its literal characters: it equals
 * `exact` (a pattern without wildcards), or starts with `prefix` and ends with `suffix`. Only necessary
 * conditions: the regexp decides. A class or an escape stops the reading (no suffix is taken past one, as a
 * '*' or a ']' after it may be a member), and a suffix starts after a '/' (a "**\/" may match no directory).
 */
export interface LiteralBounds {
  exact: string | undefined;
  prefix: string;
  suffix: string;
}

/** The literal bounds of a wildmatch pattern (a rule's body, without '!', leading and trailing '/'). */
export function literalBounds(body: string): LiteralBounds {
  const first = body.search(/[*?[\\]/);
  if (first < 0) return { exact: body, prefix: body, suffix: body };
  const prefix = body.slice(0, first);
  if (/[[\\]/.test(body)) return { exact: undefined, prefix, suffix: '' };
  let suffix = body.slice(Math.max(body.lastIndexOf('*'), body.lastIndexOf('?')) + 1);
  if (suffix[0] === '/') suffix = suffix.slice(1);
  return { exact: undefined, prefix, suffix };
}

/** Whether a string within the bounds could match (false: it cannot). */
export function withinBounds(b: LiteralBounds, s: string): boolean {
  if (b.exact !== undefined) return s === b.exact;
  return hasPrefix(s, b.prefix) && hasSuffix(s, b.suffix);
}

/** What a directory's own path decides for the paths inside it: ignored by a rule, or nothing yet. */
export type DirOutcome<M> = { ignored: true; mark: M } | { ignored: false };
const UNDECIDED: DirOutcome<never> = { ignored: false };
/** Directories whose outcome is remembered at most (then the memory starts again). */
const DIR_CACHE_LIMIT = 1024;

/** dir.c's handling of one line: comments, '!', trailing spaces, trailing '/', leading '/'. Undefined for no rule. */
export function parseGitRule(line: string): { negative: boolean; mustBeDir: boolean; anchored: boolean; body: string } | undefined {
  let raw = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (raw === '' || raw[0] === '#') return undefined;
  raw = trimTrailingSpaces(raw);
  let body = raw;
  const negative = body[0] === '!';
  if (negative) body = body.slice(1);
  let mustBeDir = false;
  if (body.endsWith('/')) {
    mustBeDir = true;
    body = body.slice(0, -1);
  }
  if (body === '') return undefined;
  const anchored = body.includes('/');
  if (body[0] === '/') body = body.slice(1);
  return { negative, mustBeDir, anchored, body };
}

/** dir.c trim_trailing_spaces: unescaped trailing spaces go. */
function trimTrailingSpaces(s: string): string {
  let end = s.length;
  let i = 0;
  let lastSpace = -1;
  for (; i < s.length; i++) {
    if (s[i] === ' ') {
      if (lastSpace < 0) lastSpace = i;
    } else {
      lastSpace = -1;
      if (s[i] === '\\') i++; // the escaped character stays, a space included
    }
  }
  if (lastSpace >= 0) end = lastSpace;
  return s.slice(0, end);
}

const hex = (cp: number): string => `\\u{${cp.toString(16)}}`;
const NEVER = '[]';
const SLASH = 0x2f;

const POSIX: Record<string, [number, number][]> = {
  alnum: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  alpha: [
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  blank: [
    [0x09, 0x09],
    [0x20, 0x20],
  ],
  cntrl: [
    [0x00, 0x1f],
    [0x7f, 0x7f],
  ],
  digit: [[0x30, 0x39]],
  graph: [[0x21, 0x7e]],
  lower: [[0x61, 0x7a]],
  print: [[0x20, 0x7e]],
  punct: [
    [0x21, 0x2f],
    [0x3a, 0x40],
    [0x5b, 0x60],
    [0x7b, 0x7e],
  ],
  space: [
    [0x09, 0x0d],
    [0x20, 0x20],
  ],
  upper: [[0x41, 0x5a]],
  xdigit: [
    [0x30, 0x39],
    [0x41, 0x46],
    [0x61, 0x66],
  ],
};

/**
 * The JavaScript regexp source (u mode, anchored) equivalent to wildmatch(pattern, text, WM_PATHNAME);
 * NEVER where wildmatch aborts (an unterminated class, an unknown [:name:]) or cannot match.
 */
export function wildmatchSource(pattern: string): string {
  const p = Array.from(pattern, (c) => c.codePointAt(0)!);
  let re = '';
  let i = 0;
  while (i < p.length) {
    const c = p[i]!;
    if (c === 0x5c /* \ */) {
      if (i + 1 >= p.length) return NEVER; // a trailing backslash matches nothing
      re += hex(p[i + 1]!);
      i += 2;
    } else if (c === 0x3f /* ? */) {
      re += '[^/]';
      i++;
    } else if (c === 0x2a /* * */) {
      const start = i;
      while (p[i] === 0x2a) i++;
      const globstar =
        i - start >= 2 &&
        (start === 0 || p[start - 1] === SLASH) &&
        (i >= p.length || p[i] === SLASH || (p[i] === 0x5c && p[i + 1] === SLASH));
      if (!globstar) re += '[^/]*';
      else if (p[i] === SLASH) {
        re += '(?:[\\s\\S]*/)?'; // "**/": no directory, or any path ending in '/'
        i++;
      } else re += '[\\s\\S]*';
    } else if (c === 0x5b /* [ */) {
      const cls = parseClass(p, i + 1);
      if (cls === undefined) return NEVER;
      re += cls.source;
      i = cls.next;
    } else {
      re += hex(c);
      i++;
    }
  }
  return `^${re}$`;
}

/** wildmatch's '[' … ']' from p[i] (just after '['), never matching '/' (WM_PATHNAME). */
function parseClass(p: number[], i: number): { source: string; next: number } | undefined {
  let ch = p[i];
  if (ch === 0x21 /* ! */) ch = 0x5e;
  const negated = ch === 0x5e;
  if (negated) ch = p[++i];
  const ranges: [number, number][] = [];
  let prev = 0;
  for (;;) {
    if (ch === undefined) return undefined;
    if (ch === 0x5c) {
      ch = p[++i];
      if (ch === undefined) return undefined;
      ranges.push([ch, ch]);
    } else if (ch === 0x2d /* - */ && prev !== 0 && p[i + 1] !== undefined && p[i + 1] !== 0x5d) {
      ch = p[++i]!;
      if (ch === 0x5c) {
        ch = p[++i];
        if (ch === undefined) return undefined;
      }
      if (prev <= ch) ranges.push([prev, ch]);
      ch = 0;
    } else if (ch === 0x5b && p[i + 1] === 0x3a /* [: */) {
      const s = i + 2;
      let j = s;
      while (p[j] !== undefined && p[j] !== 0x5d) j++;
      if (p[j] === undefined) return undefined;
      if (j - 1 < s || p[j - 1] !== 0x3a) {
        // no ":]": a plain '[' member, scanning on after it
        ranges.push([0x5b, 0x5b]);
      } else {
        const name = String.fromCodePoint(...p.slice(s, j - 1));
        const set = POSIX[name];
        if (!set) return undefined;
        ranges.push(...set);
        i = j;
        ch = 0;
      }
    } else ranges.push([ch, ch]);
    prev = ch;
    ch = p[++i];
    if (ch === 0x5d) break;
  }
  // Members, minus '/'.
  const parts: string[] = [];
  for (const [lo, hi] of ranges) {
    if (lo <= SLASH && SLASH <= hi) {
      if (lo < SLASH) parts.push(range(lo, SLASH - 1));
      if (hi > SLASH) parts.push(range(SLASH + 1, hi));
    } else parts.push(range(lo, hi));
  }
  const source = negated ? `[^${parts.join('')}\\/]` : `[${parts.join('')}]`;
  return { source, next: i + 1 };
}

const range = (lo: number, hi: number): string => (lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`);

function compileRule<M>(input: GitRuleInput<M>): Compiled<M> | undefined {
  const r = parseGitRule(input.pattern);
  if (r === undefined) return undefined;
  return {
    negative: r.negative,
    mustBeDir: r.mustBeDir,
    basename: !r.anchored,
    body: r.body,
    compiled: undefined,
    mark: input.mark,
    bounds: literalBounds(r.body),
  };
}

function re<M>(r: Compiled<M>): LinearRegexp {
  return (r.compiled ??= new LinearRegexp(wildmatchSource(r.body)));
}

/**
 * The rules of one .gitignore file, matched as git does, in time linear in each path.
 * Memory: the compiled rules, the rules indexed by the base name they need, and the outcome of at most
 * DIR_CACHE_LIMIT directories.
 */
export class GitIgnoreMatcher<M> {
  private readonly rules: Compiled<M>[] = [];
  /** Base-name rules without wildcards, by that name (indexes into `rules`, ascending). */
  private readonly byName = new Map<string, number[]>();
  /** shapeOf each key of byName. */
  private readonly nameShapes = new Set<number>();
  /** Every other rule (indexes, ascending): tried on every last component, behind its literal bounds. */
  private readonly others: number[] = [];
  private readonly dirs = new Map<string, DirOutcome<M>>();
  /** The parent directory asked about last ('' before any), and its outcome. */
  private lastDir = '';
  private lastOutcome: DirOutcome<M> = UNDECIDED;

  constructor(rules: readonly GitRuleInput<M>[]) {
    for (const r of rules) {
      const c = compileRule(r);
      if (!c) continue;
      const i = this.rules.push(c) - 1;
      if (c.basename && c.bounds.exact !== undefined) {
        const list = this.byName.get(c.bounds.exact);
        if (list) list.push(i);
        else this.byName.set(c.bounds.exact, [i]);
        this.nameShapes.add(shapeOf(c.bounds.exact));
      } else this.others.push(i);
    }
  }

  /**
   * Whether `path` (relative to the .gitignore's directory; a trailing '/' for a directory) is ignored:
   * a path inside an ignored directory is ignored whatever the rules say of it, as in git. What the parent
   * directories decide is remembered per directory (the walk asks about a directory's entries together), so
   * an entry costs the rules that can match its own name: a rule is run only when its literal bounds allow.
   * The answer is always testFull's.
   */
  test(path: string): GitTestResult<M> {
    const isDir = path.charCodeAt(path.length - 1) === SLASH;
    const name = isDir ? path.slice(0, -1) : path;
    const slash = name.lastIndexOf('/');
    if (slash < 0) return this.testIn(UNDECIDED, name, name, isDir);
    let inside: DirOutcome<M>;
    // The entries of a directory come together: the last parent is compared before the memory is searched.
    if (slash > 0 && slash === this.lastDir.length && name.startsWith(this.lastDir)) inside = this.lastOutcome;
    else {
      const parent = name.slice(0, slash);
      inside = this.outcomeOf(parent);
      this.lastDir = parent;
      this.lastOutcome = inside;
    }
    return this.testIn(inside, name, name.slice(slash + 1), isDir);
  }

  /**
   * What the rules decide for every path inside directory `dir` (relative to the .gitignore's directory, without
   * a trailing '/'; '' for that directory itself, where nothing is decided): that it is ignored, by which rule, or
   * nothing yet. Remembered (at most DIR_CACHE_LIMIT directories).
   */
  dirOutcome(dir: string): DirOutcome<M> {
    return dir === '' ? UNDECIDED : this.outcomeOf(dir);
  }

  private outcomeOf(dir: string): DirOutcome<M> {
    let outcome = this.dirs.get(dir);
    if (outcome === undefined) {
      // From its parent's outcome when that is known (the walk reads a parent first): the rules that can match
      // the directory's own name; else afresh, in one pass over the path.
      const slash = dir.lastIndexOf('/');
      const inside = slash < 0 ? UNDECIDED : this.dirs.get(dir.slice(0, slash));
      const r = inside === undefined ? this.testFull(dir + '/') : this.testIn(inside, dir, dir.slice(slash + 1), true);
      outcome = r.ignored ? { ignored: true, mark: r.mark as M } : UNDECIDED;
      if (this.dirs.size >= DIR_CACHE_LIMIT) this.dirs.clear();
      this.dirs.set(dir, outcome);
    }
    return outcome;
  }

  /**
   * test() of the path `name` (no trailing '/'; `isDir` says whether it is a directory) whose last component is
   * `base`, in a directory whose dirOutcome is `inside`.
   */
  testIn(inside: DirOutcome<M>, name: string, base: string, isDir: boolean): GitTestResult<M> {
    if (inside.ignored) return { ignored: true, unignored: false, mark: inside.mark };
    const k = this.lastMatch(name, base, isDir);
    if (k < 0) return NOTHING;
    const r = this.rules[k]!;
    return r.negative ? UNIGNORED : { ignored: true, unignored: false, mark: r.mark };
  }

  /** The last rule matching the path itself (not a parent), or -1: the rules that cannot match are not run. */
  private lastMatch(name: string, base: string, isDir: boolean): number {
    const named = this.nameShapes.has(shapeOf(base)) ? this.byName.get(base) : undefined;
    let best = -1;
    if (named !== undefined) {
      for (let j = named.length - 1; j >= 0; j--) {
        const r = this.rules[named[j]!]!;
        if ((isDir || !r.mustBeDir) && re(r).test(base)) {
          best = named[j]!;
          break;
        }
      }
    }
    const others = this.others;
    for (let j = others.length - 1; j >= 0; j--) {
      const i = others[j]!;
      if (i < best) break;
      const r = this.rules[i]!;
      if (r.mustBeDir && !isDir) continue;
      const s = r.basename ? base : name;
      if (withinBounds(r.bounds, s) && re(r).test(s)) return i;
    }
    return best;
  }

  /**
   * test, evaluated afresh: each rule runs once over the path, deciding every parent directory on the way
   * (linear in the path).
   */
  testFull(path: string): GitTestResult<M> {
    const isDir = path.endsWith('/');
    const name = isDir ? path.slice(0, -1) : path;
    const comps = name.split('/');
    // matched[r][j]: rule r matches the j-th prefix (j < comps.length - 1: a parent directory; last: the path).
    const matched: boolean[][] = this.rules.map((r) => {
      const at = r.basename ? comps.map((c) => re(r).test(c)) : re(r).testAtSlashes(name);
      if (r.mustBeDir && !isDir) at[at.length - 1] = false;
      return at;
    });
    for (let j = 0; j < comps.length; j++) {
      for (let k = this.rules.length - 1; k >= 0; k--) {
        if (!matched[k]![j]) continue;
        const r = this.rules[k]!;
        if (!r.negative) return { ignored: true, unignored: false, mark: r.mark };
        if (j === comps.length - 1) return { ignored: false, unignored: true, mark: undefined };
        break; // a re-included parent directory: go on to its children
      }
    }
    return { ignored: false, unignored: false, mark: undefined };
  }
}

const NOTHING: GitTestResult<never> = { ignored: false, unignored: false, mark: undefined };
const UNIGNORED: GitTestResult<never> = { ignored: false, unignored: true, mark: undefined };
