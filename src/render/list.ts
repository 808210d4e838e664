// `--list`: one path per line, quoted where a name could be mistaken (as `git ls-files` quotes with its
// default core.quotePath: a name holding a control character, '"', '\' or a byte of 0x80 or above is
// printed in double quotes with C escapes — \t \n \" \\ … and octal \ooo for the other bytes), plus one
// rule of ours: a name starting with "::" (a GitHub workflow command) is quoted too.
// With -z/--null: every path raw, each followed by a NUL byte (as `git ls-files -z`, `find -print0`).
// Pure.

const C_ESCAPES: Record<number, string> = { 0x07: '\\a', 0x08: '\\b', 0x09: '\\t', 0x0a: '\\n', 0x0b: '\\v', 0x0c: '\\f', 0x0d: '\\r', 0x22: '\\"', 0x5c: '\\\\' };

function needsQuote(bytes: Buffer, name: string): boolean {
  for (const b of bytes) if (b < 0x20 || b === 0x22 || b === 0x5c || b >= 0x7f) return true;
  return /^\s*::/.test(name);
}

/** git's quote_c_style for one path (core.quotePath=true); unchanged when nothing needs quoting. */
export function quotePath(name: string): string {
  const bytes = Buffer.from(name, 'utf8');
  if (!needsQuote(bytes, name)) return name;
  let out = '"';
  for (const b of bytes) {
    const esc = C_ESCAPES[b];
    if (esc !== undefined) out += esc;
    else if (b < 0x20 || b >= 0x7f) out += '\\' + b.toString(8).padStart(3, '0');
    else out += String.fromCharCode(b);
  }
  return out + '"';
}

/** The whole --list output for paths already in their order. */
export function renderList(paths: readonly string[], nul: boolean): string {
  if (nul) return paths.map((p) => p + '\0').join('');
  return paths.map((p) => quotePath(p) + '\n').join('');
}
