// .gitignore matching with git's rules (gitignore(5); dir.c match_basename/match_pathname and
// wildmatch.c with WM_PATHNAME, git 2.39), compiled to the linear-time NFA of nfa.ts instead of
// the backtracking regexps of the `ignore` package ("x/**/**/**/**/**/**/y" on a 60-deep tree took
// 18.6 s there). The API mirrors what diagnose/ used of `ignore`: add rules with a mark, test a
// path (a trailing '/' marks a directory) and get whether it is ignored, re-included, and by which rule.
// Limits: git compares bytes, this compares code points — they differ only for a '?' or a class
// meeting a non-ASCII character. Case-sensitive (core.ignorecase=false).
// Pure. Memory: the compiled rules.
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
  re: LinearRegexp;
  mark: M;
}

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
    re: new LinearRegexp(wildmatchSource(r.body)),
    mark: input.mark,
  };
}

/** The rules of one .gitignore file, matched as git does, in time linear in each path. */
export class GitIgnoreMatcher<M> {
  private readonly rules: Compiled<M>[] = [];

  constructor(rules: readonly GitRuleInput<M>[]) {
    for (const r of rules) {
      const c = compileRule(r);
      if (c) this.rules.push(c);
    }
  }

  /**
   * Whether `path` (relative to the .gitignore's directory; a trailing '/' for a directory) is ignored:
   * a path inside an ignored directory is ignored whatever the rules say of it, as in git. Each rule
   * runs once over the path, deciding every parent directory on the way: linear in the path.
   */
  test(path: string): GitTestResult<M> {
    const isDir = path.endsWith('/');
    const name = isDir ? path.slice(0, -1) : path;
    const comps = name.split('/');
    // matched[r][j]: rule r matches the j-th prefix (j < comps.length - 1: a parent directory; last: the path).
    const matched: boolean[][] = this.rules.map((r) => {
      const at = r.basename ? comps.map((c) => r.re.test(c)) : r.re.testAtSlashes(name);
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
