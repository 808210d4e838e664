// Which context paths a plan's copies read, by BuildKit's rules: a plain source is the path and
// everything below it; a source with wildcards is resolved as tonistiigi/fsutil copy.ResolveWildcards
// does (a walk below the non-wildcard leading directory, filepath.Match on the remainder, a matched
// directory taken whole); --exclude and --parents filter below each resolved source as fsutil's copier
// does (moby/patternmatcher MatchesUsingParentResults). Symlinks are not followed here.
import { goMatchRunes, isBadGoPattern, toRunes } from '../patterns/go.js';
import { PatternMatcher, type MatchInfo } from '../patterns/matcher.js';
import type { CopyPlan } from './plan.js';

type Test = (path: string) => boolean;

/** fsutil containsWildcards (Unix): '*', '?' or '[' not escaped by '\'. */
function containsWildcards(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** fsutil splitWildcards: the leading components without wildcards, and the rest; undefined without wildcards. */
export function splitWildcards(src: string): { dir: string; rest: string } | undefined {
  const parts = src.split('/');
  const k = parts.findIndex(containsWildcards);
  if (k < 0) return undefined;
  return { dir: parts.slice(0, k).join('/'), rest: parts.slice(k).join('/') };
}

/** End index of the n-th (1-based) '/'-separated component of s from `from`, or -1 when s has fewer. */
function componentEnd(s: string, from: number, n: number): number {
  let end = from - 1;
  for (let k = 0; k < n; k++) {
    if (end >= s.length) return -1;
    const next = s.indexOf('/', end + 1);
    end = next < 0 ? s.length : next;
  }
  return end;
}

/**
 * A filepath.Match pattern compiled for matching a prefix of a path: `rootEnd(path, from)` is the end of
 * the shortest '/'-bounded prefix of path[from..] the pattern matches, or -1. Without '[' no pattern
 * character but '/' itself matches '/', so only the prefix with as many components as the pattern can
 * match. filepath.Match never backtracks across stars, so each test is linear in the path's length
 * (a RegExp here would backtrack: "*a*a*a*a*a*a*a*a*a*a*b" took minutes on one 50-character name).
 * Bad patterns match nothing, as Go's ResolveWildcards ignores the error.
 */
function compileGlob(pattern: string): (path: string, from: number) => number {
  if (isBadGoPattern(pattern)) return () => -1;
  const runes = toRunes(pattern);
  const match = (s: string): boolean => goMatchRunes(runes, toRunes(s));
  if (pattern.includes('[')) {
    // Each class matches at most one '/', and '*' or '?' none: longer prefixes cannot match.
    const most = pattern.split('/').length + pattern.split('[').length - 1;
    return (path, from) => {
      let n = 0;
      for (
        let end = componentEnd(path, from, 1);
        end >= 0 && n < most;
        end = end >= path.length ? -1 : componentEnd(path, end + 1, 1), n++
      ) {
        if (match(path.slice(from, end))) return end;
      }
      return -1;
    };
  }
  const components = pattern.split('/').length;
  return (path, from) => {
    const end = componentEnd(path, from, components);
    return end >= 0 && match(path.slice(from, end)) ? end : -1;
  };
}

/** For a source with wildcards: the end index in `path` of the resolved match that contains it, or -1. */
function wildcardRoot(dirPrefix: string, rootEnd: ReturnType<typeof compileGlob>): (path: string) => number {
  if (dirPrefix === '') return (path) => rootEnd(path, 0);
  return (path) => (path.startsWith(dirPrefix) ? rootEnd(path, dirPrefix.length) : -1);
}

interface DirState {
  /** Nothing below is copied (an excluded directory without '!' exceptions). */
  pruned: boolean;
  include: MatchInfo;
  exclude: MatchInfo;
}

const TOP: DirState = { pruned: false, include: undefined, exclude: undefined };

/** The include (--parents) and exclude (--exclude) filters of fsutil's copier, below one source root. */
function makeFilter(include: PatternMatcher | undefined, exclude: PatternMatcher | undefined): (path: string, relStart: number) => boolean {
  const dirs = new Map<string, DirState>(); // keyed by context path: a directory has one root
  const step = (parent: DirState, rel: string): { taken: boolean; state: DirState } => {
    if (parent.pruned) return { taken: false, state: parent };
    let taken = true;
    let inc: MatchInfo;
    let exc: MatchInfo;
    if (include) ({ excluded: taken, info: inc } = include.matchesUsingParentResults(rel, parent.include));
    let excluded = false;
    if (exclude) ({ excluded, info: exc } = exclude.matchesUsingParentResults(rel, parent.exclude));
    if (excluded) taken = false;
    return { taken, state: { pruned: excluded && !exclude!.exclusions, include: inc, exclude: exc } };
  };
  const dirState = (path: string, relStart: number, end: number): DirState => {
    if (end < relStart) return TOP;
    const key = path.slice(0, end);
    let state = dirs.get(key);
    if (state === undefined) {
      const up = path.lastIndexOf('/', end - 1);
      state = step(dirState(path, relStart, up), path.slice(relStart, end)).state;
      dirs.set(key, state);
    }
    return state;
  };
  return (path, relStart) => step(dirState(path, relStart, path.lastIndexOf('/')), path.slice(relStart)).taken;
}

/** A source with filters: whether `path` is copied. The resolved source itself always is. */
function filteredTest(src: string, literal: boolean, include: PatternMatcher | undefined, exclude: PatternMatcher | undefined): Test {
  const filter = makeFilter(include, exclude);
  const wild = literal ? undefined : splitWildcards(src);
  if (wild) {
    const root = wildcardRoot(wild.dir === '' ? '' : wild.dir + '/', compileGlob(wild.rest));
    return (path) => {
      const end = root(path);
      return end >= 0 && (end === path.length || filter(path, end + 1));
    };
  }
  if (src === '.') return (path) => filter(path, 0);
  const prefix = src + '/';
  return (path) => path === src || (path.startsWith(prefix) && filter(path, prefix.length));
}

/** Whether a context-relative path (file, symlink or directory; POSIX, no leading ./) is taken from the context by some copy of the plan. */
export function makeCopySelector(plan: CopyPlan): (relPath: string) => boolean {
  const exact = new Set<string>(); // plain sources: the path and everything below it
  const depthSet = new Set<number>();
  const tests: Test[] = [];
  for (const copy of plan.copies) {
    const literal = copy.keyword === 'RUN'; // bind mounts do not expand wildcards
    const exclude = copy.excludes.length > 0 ? new PatternMatcher(copy.excludes) : undefined;
    for (const [i, src] of copy.sources.entries()) {
      const pattern = copy.parents?.[i];
      if (exclude || (pattern !== undefined && pattern !== '')) {
        const include = pattern ? new PatternMatcher([pattern]) : undefined;
        tests.push(filteredTest(src, literal, include, exclude));
        continue;
      }
      if (src === '.') return () => true;
      const wild = literal ? undefined : splitWildcards(src);
      if (wild) {
        const root = wildcardRoot(wild.dir === '' ? '' : wild.dir + '/', compileGlob(wild.rest));
        tests.push((path) => root(path) >= 0);
      } else {
        exact.add(src);
        depthSet.add(src.split('/').length);
      }
    }
  }
  const depths = [...depthSet].sort((a, b) => a - b);
  const hasExact = (path: string): boolean => {
    let end = -1;
    let done = 0;
    for (const d of depths) {
      for (; done < d; done++) {
        if (end >= path.length) return false;
        const next = path.indexOf('/', end + 1);
        end = next < 0 ? path.length : next;
      }
      if (exact.has(end === path.length ? path : path.slice(0, end))) return true;
    }
    return false;
  };
  return (path) => {
    if (depths.length > 0 && hasExact(path)) return true;
    for (const t of tests) if (t(path)) return true;
    return false;
  };
}

/**
 * False when some directory a copy takes is not taken whole (a copy with --exclude or --parents):
 * then a selected directory does not imply that everything below it is selected.
 */
export function selectsWholeDirectories(plan: CopyPlan): boolean {
  return plan.copies.every((c) => c.excludes.length === 0 && c.parents === undefined);
}
