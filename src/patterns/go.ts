// Exact ports of the Go standard-library functions Docker's pattern matching is built on:
// strings.TrimSpace, path/filepath.Clean and path/filepath.Match (Unix).
// Docker's .dockerignore semantics are defined by Go code, so they are reproduced here rune for rune.
// filepath.Match never backtracks across stars: its time is O(name × pattern). Pure.
import { matchStats } from './stats.js';

/** unicode.IsSpace as Go defines it (differs from JS trim(): Go includes U+0085, excludes U+FEFF). */
export function isGoSpace(cp: number): boolean {
  if (cp <= 0xff) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0x85 || cp === 0xa0;
  return (
    cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000
  );
}

/** strings.TrimSpace */
export function goTrimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end) {
    const cp = s.codePointAt(start)!;
    if (!isGoSpace(cp)) break;
    start += cp > 0xffff ? 2 : 1;
  }
  while (end > start) {
    const cp = s.charCodeAt(end - 1);
    if (!isGoSpace(cp)) break; // no Go space is outside the BMP
    end--;
  }
  return s.slice(start, end);
}

/** path/filepath.Clean for '/' separators. */
export function goClean(path: string): string {
  if (path === '') return '.';
  const rooted = path[0] === '/';
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return '/' + joined;
  return joined === '' ? '.' : joined;
}

export class BadPatternError extends Error {
  constructor() {
    super('syntax error in pattern');
  }
}

// Patterns are handled as arrays of code points so that '?' and classes see whole runes, as Go's do.
type Runes = readonly number[];
const STAR = 0x2a,
  QMARK = 0x3f,
  LBRACK = 0x5b,
  RBRACK = 0x5d,
  BSLASH = 0x5c,
  CARET = 0x5e,
  DASH = 0x2d,
  SLASH = 0x2f;

function scanChunk(p: Runes, from: number): { star: boolean; start: number; end: number } {
  let i = from;
  let star = false;
  while (i < p.length && p[i] === STAR) {
    i++;
    star = true;
  }
  const start = i;
  let inrange = false;
  for (; i < p.length; i++) {
    const c = p[i];
    if (c === BSLASH) {
      if (i + 1 < p.length) i++;
    } else if (c === LBRACK) inrange = true;
    else if (c === RBRACK) inrange = false;
    else if (c === STAR && !inrange) break;
  }
  return { star, start, end: i };
}

function getEsc(p: Runes, i: number, end: number): { r: number; next: number } {
  if (i >= end || p[i] === DASH || p[i] === RBRACK) throw new BadPatternError();
  if (p[i] === BSLASH) {
    i++;
    if (i >= end) throw new BadPatternError();
  }
  const r = p[i]!;
  i++;
  if (i >= end) throw new BadPatternError();
  return { r, next: i };
}

/** matchChunk: returns the rest index into s, or -1 when it does not match. Throws BadPatternError. */
function matchChunk(p: Runes, start: number, end: number, s: Runes, si: number): number {
  let failed = false;
  let i = start;
  while (i < end) {
    matchStats.steps++;
    if (!failed && si >= s.length) failed = true;
    const c = p[i]!;
    if (c === LBRACK) {
      let r = -1;
      if (!failed) r = s[si++]!;
      i++;
      let negated = false;
      if (i < end && p[i] === CARET) {
        negated = true;
        i++;
      }
      let match = false;
      let nrange = 0;
      for (;;) {
        if (i < end && p[i] === RBRACK && nrange > 0) {
          i++;
          break;
        }
        const lo = getEsc(p, i, end);
        i = lo.next;
        let hi = lo.r;
        if (p[i] === DASH) {
          const h = getEsc(p, i + 1, end);
          hi = h.r;
          i = h.next;
        }
        if (lo.r <= r && r <= hi) match = true;
        nrange++;
      }
      if (match === negated) failed = true;
    } else if (c === QMARK) {
      if (!failed) {
        if (s[si] === SLASH) failed = true;
        si++;
      }
      i++;
    } else {
      if (c === BSLASH) {
        i++;
        if (i >= end) throw new BadPatternError();
      }
      if (!failed) {
        if (p[i] !== s[si]) failed = true;
        si++;
      }
      i++;
    }
  }
  return failed ? -1 : si;
}

export function toRunes(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

/** path/filepath.Match (Unix). Throws BadPatternError for a malformed pattern, as Go returns ErrBadPattern. */
export function goMatch(pattern: string, name: string): boolean {
  return goMatchRunes(toRunes(pattern), toRunes(name));
}

export function goMatchRunes(p: Runes, name: Runes): boolean {
  let pi = 0;
  let ni = 0;
  outer: while (pi < p.length) {
    const { star, start, end } = scanChunk(p, pi);
    pi = end;
    if (star && start === end) {
      // Trailing * matches the rest of the string unless it has a '/'.
      for (let k = ni; k < name.length; k++) if (name[k] === SLASH) return false;
      return true;
    }
    const t = matchChunk(p, start, end, name, ni);
    if (t >= 0 && (t === name.length || pi < p.length)) {
      ni = t;
      continue;
    }
    if (star) {
      for (let k = ni; k < name.length && name[k] !== SLASH; k++) {
        const t2 = matchChunk(p, start, end, name, k + 1);
        if (t2 >= 0) {
          if (pi >= p.length && t2 < name.length) continue;
          ni = t2;
          continue outer;
        }
      }
    }
    // Before returning false, check that the rest of the pattern is well formed.
    while (pi < p.length) {
      const c = scanChunk(p, pi);
      pi = c.end;
      matchChunk(p, c.start, c.end, [], 0);
    }
    return false;
  }
  return ni === name.length;
}

/** True when filepath.Match would report ErrBadPattern for this pattern. */
export function isBadGoPattern(pattern: string): boolean {
  try {
    goMatch(pattern, '.');
    return false;
  } catch (e) {
    if (e instanceof BadPatternError) return true;
    throw e;
  }
}
