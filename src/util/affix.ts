// String prefix and suffix tests for the per-entry paths of the walk: String.prototype.startsWith/endsWith cost
// about 50 ns each on Node 20 whatever the strings, so a mismatch is decided on one character first. And a
// number standing for a string's shape, to skip a hashed lookup of a string no key can equal. Pure.

/** s.startsWith(p). */
export function hasPrefix(s: string, p: string): boolean {
  return p === '' || (s.charCodeAt(0) === p.charCodeAt(0) && s.startsWith(p));
}

/** s.endsWith(p). */
export function hasSuffix(s: string, p: string): boolean {
  return p === '' || (s.charCodeAt(s.length - 1) === p.charCodeAt(p.length - 1) && s.endsWith(p));
}

/**
 * A number standing for a string (its length and first and last characters, folded): equal strings give equal
 * numbers, so a string whose number is not among a map's keys' numbers is not among its keys — found without
 * hashing the string (a new one for every entry).
 */
export function shapeOf(s: string): number {
  return s.length === 0 ? 0 : ((s.length & 0xff) << 16) | ((s.charCodeAt(0) & 0xff) << 8) | (s.charCodeAt(s.length - 1) & 0xff);
}
