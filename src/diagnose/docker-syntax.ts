// Writing and checking .dockerignore lines with the project's own matcher (Docker's rules). Pure.
import { goMatch } from '../patterns/go.js';
import { parseIgnoreFile } from '../patterns/ignorefile.js';
import { PatternError, PatternMatcher, type MatchInfo, type Pattern } from '../patterns/matcher.js';

/** Compiles one .dockerignore line exactly as Docker reads it; undefined when Docker would not take it as one exclusion. */
export function compileLine(line: string): Pattern | undefined {
  try {
    const parsed = parseIgnoreFile(line + '\n', '(suggestion)');
    if (parsed.length !== 1) return undefined;
    const m = new PatternMatcher([parsed[0]!.pattern]);
    const p = m.patterns[0];
    if (!p || p.exclusion) return undefined;
    p.match(''); // surfaces a regexp that Go would reject
    return p;
  } catch {
    return undefined;
  }
}

/** Pattern.match, with a pattern Go cannot compile matching nothing. */
export function safeMatch(p: Pattern, path: string): boolean {
  try {
    return p.match(path);
  } catch (e) {
    if (e instanceof PatternError) return false;
    throw e;
  }
}

/** Characters a literal path may not hold in a suggestion: they cannot be written, or would break a code block. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
export const UNWRITABLE = /[\u0000-\u001f\u007f`]/;

/**
 * The .dockerignore line that matches exactly `path` (a context-relative path): wildcard characters
 * and a leading '#' or '!' escaped. Undefined when no line can say it (control characters, a
 * backtick, leading or trailing white space) or when the matcher disagrees.
 */
export function literalLine(path: string): string | undefined {
  return literalPattern(path)?.line;
}

/** literalLine, with the line compiled. */
export function literalPattern(path: string): { line: string; pattern: Pattern } | undefined {
  if (path === '' || UNWRITABLE.test(path) || path.trim() !== path) return undefined;
  let line = path.replace(/[\\*?[\]]/g, (c) => '\\' + c);
  if (line[0] === '#' || line[0] === '!') line = '\\' + line;
  const pattern = compileLine(line);
  if (!pattern || !safeMatch(pattern, path)) return undefined;
  return { line, pattern };
}

/** Escapes a directory prefix for use in front of a pattern ("a[1]/b" -> "a\[1\]/b"). */
export function literalPrefix(dir: string): string | undefined {
  if (dir === '') return '';
  if (UNWRITABLE.test(dir) || dir.trim() !== dir) return undefined;
  const escaped = dir.replace(/[\\*?[\]]/g, (c) => '\\' + c);
  return escaped[0] === '#' || escaped[0] === '!' ? '\\' + escaped : escaped;
}

/**
 * Whether Docker leaves `path` out of the context under `matcher`, as the walker decides it:
 * each parent directory in turn, an excluded one pruned unless an exception starts with its path.
 */
export function dockerExcludes(matcher: PatternMatcher, path: string): boolean {
  if (matcher.patterns.length === 0) return false;
  const parts = path.split('/');
  let info: MatchInfo;
  for (let i = 0; i < parts.length; i++) {
    const prefix = parts.slice(0, i + 1).join('/');
    let r: { excluded: boolean; info: boolean[] };
    try {
      r = matcher.matchesUsingParentResults(prefix, info);
    } catch {
      return false;
    }
    if (i === parts.length - 1) return r.excluded;
    if (r.excluded && matcher.canSkipDir(prefix)) return true;
    info = r.info;
  }
  return false;
}

/**
 * Concrete paths a Docker pattern matches, to test whether another ignore file covers it:
 * the shallowest one, and one two directories deeper where the pattern has a "**".
 * Empty when the pattern is too clever to sample (character classes that reject the guess).
 */
export function samplePaths(line: string): string[] {
  const p = compileLine(line);
  if (!p) return [];
  const comps = p.cleaned.split('/');
  const make = (deep: boolean): string =>
    comps
      .map((c) => (c === '**' ? (deep ? 'dsg-a/dsg-b' : '') : sampleComponent(c)))
      .filter((c) => c !== '')
      .join('/');
  const out = new Set<string>();
  for (const deep of [false, true]) {
    const s = make(deep);
    if (s !== '' && safeMatch(p, s)) out.add(s);
  }
  return [...out];
}

function sampleComponent(c: string): string {
  let out = '';
  for (let i = 0; i < c.length; i++) {
    const ch = c[i]!;
    if (ch === '*') out += 'dsg';
    else if (ch === '?') out += 'q';
    else if (ch === '\\' && i + 1 < c.length) out += c[++i];
    else if (ch === '[') {
      const end = c.indexOf(']', i + 2);
      if (end < 0) return out + ch;
      const body = c.slice(i + 1, end);
      out += body[0] === '^' || body[0] === '!' ? '~' : body[0] === '\\' ? (body[1] ?? '') : body[0];
      i = end;
    } else out += ch;
  }
  return out;
}

/** Go's filepath.Match, false (not an error) for a malformed pattern: a rough test that must never throw. */
export function safeGoMatch(pattern: string, name: string): boolean {
  try {
    return goMatch(pattern, name);
  } catch {
    return false;
  }
}
