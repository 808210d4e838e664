// `--list`: one path per line, quoted where a name could be mistaken — as `git -c core.quotePath=false
// ls-files` quotes: a name holding a control character, DEL, '"' or '\' is printed in double quotes
// with C escapes (\t \n \" \\ … and octal \ooo for the other bytes); other non-ASCII text stays readable.
// Two rules of ours on top: a name holding a C1 control, a Unicode bidi control (U+202E …) or a line
// separator is quoted with those characters' bytes in octal, and a name starting with "::" (a GitHub
// workflow command) is quoted. A byte that is not valid UTF-8 (carried as the lone surrogate U+DC00+byte,
// src/util/names.ts) is quoted as that byte in octal, as git does without core.quotePath=false; -z writes it raw.
// With -z/--null: every path raw, each followed by a NUL byte (as `git ls-files -z`, `find -print0`).
// Pure.
import { UNSAFE_CHARS } from '../util/terminal.js';

const C_ESCAPES: Record<number, string> = {
  7: '\\a',
  8: '\\b',
  9: '\\t',
  10: '\\n',
  11: '\\v',
  12: '\\f',
  13: '\\r',
  34: '\\"',
  92: '\\\\',
};

const octal = (s: string): string => [...Buffer.from(s, 'utf8')].map((b) => '\\' + b.toString(8).padStart(3, '0')).join('');

/** One unsafe character (UNSAFE_CHARS without its global flag: raw bytes, carried as lone surrogates, included). */
const UNSAFE_CHAR = new RegExp(UNSAFE_CHARS.source, 'u');

/** Whether a path needs quoting: '"' or '\\', an unsafe character (raw bytes included), or a leading "::" — one test. */
const NEEDS_QUOTING = new RegExp(`["\\\\]|${UNSAFE_CHARS.source}|^\\s*::`, 'u');

/** One path, quoted when needed (see the header); unchanged otherwise. */
export function quotePath(name: string): string {
  if (!NEEDS_QUOTING.test(name)) return name;
  let out = '"';
  for (const c of name) {
    const cp = c.codePointAt(0)!;
    const esc = C_ESCAPES[cp];
    if (esc !== undefined) out += esc;
    else if (cp >= 0xdc80 && cp <= 0xdcff) out += '\\' + (cp - 0xdc00).toString(8).padStart(3, '0');
    else if (UNSAFE_CHAR.test(c)) out += octal(c);
    else out += c;
  }
  return out + '"';
}

/** The whole --list output for paths already in their order. */
export function renderList(paths: readonly string[], nul: boolean): string {
  if (nul) return paths.map((p) => p + '\0').join('');
  return paths.map((p) => quotePath(p) + '\n').join('');
}
