// Making untrusted text safe for a terminal or a log line: control characters (C0, DEL, C1 — ESC
// sequences, carriage returns, newlines), Unicode bidirectional controls (U+202E "Trojan Source"
// and kin) and line/paragraph separators become visible escapes such as \x1b or \u{202e}; excerpts
// of file content are cut short. A byte of a name that is not valid UTF-8 (carried as the lone surrogate
// U+DC00+byte, src/util/names.ts) is shown as that byte, \x9b: raw, it could be an 8-bit terminal control. Pure.

/** Characters never printed raw from untrusted text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it matches
export const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]/gu;

export function escapeUnsafe(s: string): string {
  return s.replace(UNSAFE_CHARS, (c) => {
    const cp = c.codePointAt(0)!;
    if (cp >= 0xdc80 && cp <= 0xdcff) return `\\x${(cp - 0xdc00).toString(16)}`;
    return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u{${cp.toString(16)}}`;
  });
}

/** At most `max` code points of s, then "…" when cut (not escaped: for text escaped later, as errors are). */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = Array.from(s.slice(0, max * 2))
    .slice(0, max)
    .join('');
  return cut.length < s.length ? cut + '…' : s;
}

/** A short, escaped excerpt of untrusted text: at most `max` characters of it, then "…". */
export function excerpt(s: string, max = 40): string {
  const cut = Array.from(s.slice(0, max * 2))
    .slice(0, max)
    .join('');
  return escapeUnsafe(cut) + (cut.length < s.length ? '…' : '');
}

/** A byte limit as written in messages: "16 MiB", "64 KiB", "512 bytes". */
export function formatLimitBytes(n: number): string {
  if (n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
