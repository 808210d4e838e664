// A port of github.com/moby/patternmatcher (the matcher behind .dockerignore in current Docker),
// including its quirks: regex metacharacters escaped, a leading "**" matched as a suffix,
// a trailing "**" as a prefix, and the per-pattern parent-directory results of
// MatchesUsingParentResults. Pure: no I/O.
// Go runs the compiled regexp with its linear-time engine; so do we: the regexp source built here (in
// JavaScript `u` syntax, validated by `new RegExp` so syntax errors read as before) is matched by the
// Thompson-NFA simulation of nfa.ts — time linear in the path for every pattern, never backtracking.
// Memory: each Pattern keeps its compiled program (size linear in the pattern).
import { BadPatternError, goClean, goTrimSpace, isBadGoPattern, toRunes } from './go.js';
import { LinearRegexp } from './nfa.js';

export interface PatternSource {
  /** The ignore file the pattern came from, for error messages. */
  file: string;
  /** 1-based line number in that file. */
  line: number;
}

/** A pattern that Docker rejects. `source` names the file and line when known. */
export class PatternError extends Error {
  constructor(
    readonly reason: string,
    readonly pattern: string,
    readonly source?: PatternSource,
  ) {
    super(`invalid pattern ${JSON.stringify(pattern)}: ${reason}`);
  }
}

type MatchType = 'exact' | 'prefix' | 'suffix' | 'regexp';

export class Pattern {
  readonly exclusion: boolean;
  /** The cleaned pattern without its '!' — what moby's Pattern.String() returns. */
  readonly cleaned: string;
  readonly dirs: number;
  readonly source: PatternSource | undefined;
  private type: MatchType | undefined;
  private regexp: LinearRegexp | undefined;
  private regexpSrc: string | undefined;
  private compileError: string | undefined;

  constructor(cleaned: string, exclusion: boolean, source?: PatternSource) {
    this.cleaned = cleaned;
    this.exclusion = exclusion;
    this.dirs = cleaned.split('/').length;
    this.source = source;
  }

  toString(): string {
    return this.cleaned;
  }

  /** Whether the pattern matches the slash-separated path. Throws PatternError where Go's regexp compile fails. */
  match(path: string): boolean {
    if (this.type === undefined) this.compile();
    if (this.compileError !== undefined) throw new PatternError(this.compileError, this.cleaned, this.source);
    switch (this.type) {
      case 'exact':
        return path === this.cleaned;
      case 'prefix':
        return path.startsWith(this.cleaned.slice(0, -2));
      case 'suffix': {
        const suffix = this.cleaned.slice(2);
        if (path.endsWith(suffix)) return true;
        return suffix[0] === '/' && path === suffix.slice(1);
      }
      default:
        return this.regexp!.test(path);
    }
  }

  /**
   * Whether the pattern matches one of the parent directories of `path` ("a" and "a/b" for "a/b/c"),
   * ignoring a compile error as Go's parent loop does. Linear in the path: one pass, not one match per parent.
   */
  matchParentDir(path: string): boolean {
    if (this.type === undefined) this.compile();
    if (this.compileError !== undefined) return false;
    switch (this.type) {
      case 'exact':
        return path.length > this.cleaned.length && path[this.cleaned.length] === '/' && path.startsWith(this.cleaned);
      case 'prefix': {
        const dir = path.lastIndexOf('/');
        return dir >= 0 && path.slice(0, dir).startsWith(this.cleaned.slice(0, -2));
      }
      case 'suffix': {
        for (let k = path.indexOf('/'); k >= 0; k = path.indexOf('/', k + 1)) if (this.match(path.slice(0, k))) return true;
        return false;
      }
      default:
        return this.regexp!.testDirPrefixes(path);
    }
  }

  /** The regexp source (JavaScript `u` syntax) the pattern compiles to, or undefined when it needs none. For tests. */
  regexpSource(): string | undefined {
    if (this.type === undefined) this.compile();
    return this.regexpSrc;
  }

  /** Pattern.compile from moby/patternmatcher, emitting a JS (u-mode) regexp equivalent to the Go one. */
  private compile(): void {
    const p = toRunes(this.cleaned);
    let re = '^';
    let type: MatchType = 'exact';
    let inClass = false; // tracked so that Go regexp escapes translate to the right JS form
    let classStart = false;
    let iter = 0;
    for (let i = 0; i < p.length; iter++) {
      const ch = p[i++]!;
      const wasClassStart = classStart;
      classStart = false;
      if (ch === 0x2a /* * */) {
        if (p[i] === 0x2a) {
          i++;
          if (p[i] === 0x2f /* / */) i++;
          if (i >= p.length) {
            if (type === 'exact') type = 'prefix';
            else {
              re += '[^\\n]*';
              type = 'regexp';
            }
          } else {
            re += '(?:[^\\n]*\\/)?';
            type = 'regexp';
          }
          if (iter === 0) type = 'suffix';
        } else {
          re += '[^\\/]*';
          type = 'regexp';
        }
      } else if (ch === 0x3f /* ? */) {
        re += '[^\\/]';
        type = 'regexp';
      } else if ('.+()|{}$'.includes(String.fromCodePoint(ch))) {
        re += '\\' + String.fromCodePoint(ch);
      } else if (ch === 0x5c /* \ */) {
        if (i < p.length) {
          const next = p[i++]!;
          const t = goEscape(next, inClass);
          if (t === undefined) this.compileError ??= `invalid escape sequence \\${String.fromCodePoint(next)}`;
          else re += t;
          type = 'regexp';
        } else {
          re += '\\\\';
        }
      } else if (ch === 0x5b /* [ */) {
        if (!inClass) {
          inClass = true;
          classStart = true;
        }
        re += '[';
        type = 'regexp';
      } else if (ch === 0x5d /* ] */) {
        if (inClass && !wasClassStart) {
          inClass = false;
          re += ']';
        } else re += '\\]';
        type = 'regexp';
      } else if (ch === 0x5e /* ^ */ && wasClassStart) {
        re += '^';
        classStart = true; // a ']' right after '[^' is still literal in Go's regexp
      } else {
        re += literal(ch);
      }
    }
    this.type = type;
    if (type === 'regexp') {
      re += '$';
      if (inClass) this.compileError ??= 'missing closing ]';
      if (this.compileError === undefined) {
        try {
          new RegExp(re, 'u'); // syntax check only: matching is linear-time, below
          this.regexpSrc = re;
          this.regexp = new LinearRegexp(re);
        } catch (e) {
          this.compileError = (e as Error).message;
        }
      }
    }
  }
}

function literal(cp: number): string {
  // Go passes every other character to its regexp unchanged, '^' included (where it is an anchor).
  return String.fromCodePoint(cp);
}

const PERL: Record<string, [string, string]> = {
  d: ['0-9', '[0-9]'],
  D: ['', '[^0-9]'],
  s: ['\\t\\n\\f\\r ', '[\\t\\n\\f\\r ]'],
  S: ['', '[^\\t\\n\\f\\r ]'],
  w: ['0-9A-Za-z_', '[0-9A-Za-z_]'],
  W: ['', '[^0-9A-Za-z_]'],
};
const CONTROL: Record<string, number> = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };

/** The JS form of Go regexp escape "\c", or undefined where Go's regexp rejects it. */
function goEscape(cp: number, inClass: boolean): string | undefined {
  if (cp < 0x80 && !/[0-9A-Za-z]/.test(String.fromCodePoint(cp))) {
    // Go: an escaped ASCII punctuation character is that character.
    return `\\u{${cp.toString(16)}}`;
  }
  const c = String.fromCodePoint(cp);
  if (c in CONTROL) return `\\u{${CONTROL[c]!.toString(16)}}`;
  const perl = PERL[c];
  if (perl) return inClass ? (perl[0] === '' ? undefined : perl[0]) : perl[1];
  if (!inClass) {
    if (c === 'b') return '\\b';
    if (c === 'B') return '\\B';
    if (c === 'A') return '^';
    if (c === 'z') return '$';
  }
  return undefined;
}

/** Per-pattern results for a directory, passed to its children (moby's MatchInfo). */
export type MatchInfo = readonly boolean[] | undefined;

export class PatternMatcher {
  readonly patterns: Pattern[] = [];
  readonly exclusions: boolean;

  /**
   * moby's patternmatcher.New: trims, cleans, splits off '!', and validates with filepath.Match.
   * `sources[i]` says where patterns[i] came from.
   */
  constructor(patterns: readonly string[], sources?: readonly PatternSource[]) {
    let exclusions = false;
    patterns.forEach((raw, idx) => {
      const source = sources?.[idx];
      let p = goTrimSpace(raw);
      if (p === '') return;
      p = goClean(p);
      let exclusion = false;
      if (p[0] === '!') {
        if (p.length === 1) throw new PatternError('illegal exclusion pattern: "!"', raw, source);
        exclusion = true;
        exclusions = true;
        p = p.slice(1);
      }
      if (isBadGoPattern(p)) throw new PatternError('syntax error in pattern', raw, source);
      this.patterns.push(new Pattern(p, exclusion, source));
    });
    this.exclusions = exclusions;
  }

  /** MatchesOrParentMatches: the path or one of its parent directories matches. */
  matchesOrParentMatches(file: string): boolean {
    let matched = false;
    for (const pattern of this.patterns) {
      if (pattern.exclusion !== matched) continue;
      const match = pattern.match(file) || pattern.matchParentDir(file);
      if (match) matched = !pattern.exclusion;
    }
    return matched;
  }

  /**
   * MatchesUsingParentResults: as the tar walker of the classic builder calls it.
   * Returns whether the path is excluded and the per-pattern results for its children.
   */
  matchesUsingParentResults(file: string, parent: MatchInfo): { excluded: boolean; info: boolean[] } {
    const info = new Array<boolean>(this.patterns.length).fill(false);
    let matched = false;
    for (let i = 0; i < this.patterns.length; i++) {
      const pattern = this.patterns[i]!;
      let match = parent !== undefined && parent[i] === true;
      if (!match) {
        if (pattern.exclusion !== matched) continue;
        match = pattern.match(file);
        if (!match && parent === undefined) match = pattern.matchParentDir(file);
      }
      info[i] = match;
      if (match) matched = !pattern.exclusion;
    }
    return { excluded: matched, info };
  }

  /**
   * The classic builder's pruning rule for an excluded directory: it is walked only when some
   * exception pattern, as a string, starts with "dir/". Anything else under it is never sent,
   * even where an exception such as "!**\/keep" would match.
   */
  canSkipDir(dir: string): boolean {
    if (!this.exclusions) return true;
    const dirSlash = dir + '/';
    for (const p of this.patterns) if (p.exclusion && (p.cleaned + '/').startsWith(dirSlash)) return false;
    return true;
  }
}

export { BadPatternError };
