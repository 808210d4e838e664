// BuildKit's util/suggest: appends "(did you mean X?)" when a close enough option exists.

/** Levenshtein distance over code points (github.com/agext/levenshtein with default costs). */
function distance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[t.length]!;
}

function matchCase(value: string, orig: string): string {
  if (orig === orig.toLowerCase()) return value.toLowerCase();
  if (orig === orig.toUpperCase()) return value.toUpperCase();
  return value;
}

/** suggest.WrapError: `message`, plus the closest option within distance 2 unless `value` is one. */
export function suggest(message: string, value: string, options: readonly string[], caseSensitive: boolean): string {
  const val = caseSensitive ? value : value.toLowerCase();
  let match = '';
  let min = 3;
  for (const option of options) {
    const opt = caseSensitive ? option : option.toLowerCase();
    if (val === opt) return message;
    const d = distance(val, opt);
    if (d < min) {
      match = caseSensitive ? opt : matchCase(opt, value);
      min = d;
    }
  }
  return match === '' ? message : `${message} (did you mean ${match}?)`;
}
