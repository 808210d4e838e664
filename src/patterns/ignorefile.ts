// moby/patternmatcher/ignorefile.ReadAll, keeping each pattern's line number for error messages.
import { goClean, goTrimSpace } from './go.js';
import type { PatternSource } from './matcher.js';

export interface IgnoreLine {
  pattern: string;
  source: PatternSource;
}

/** Go's bufio.Scanner gives up on a line of 64 KiB or more; the build fails with "token too long". */
const MAX_LINE_BYTES = 64 * 1024;

export class IgnoreFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(reason);
  }
}

export function parseIgnoreFile(content: Buffer | string, file: string): IgnoreLine[] {
  let buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
  const out: IgnoreLine[] = [];
  let start = 0;
  let lineNo = 0;
  while (start < buf.length) {
    let end = buf.indexOf(0x0a, start);
    const next = end < 0 ? buf.length : end + 1;
    if (end < 0) end = buf.length;
    lineNo++;
    if (end - start >= MAX_LINE_BYTES) throw new IgnoreFileError(file, lineNo, 'line too long (Docker reads at most 64 KiB per line)');
    let lineEnd = end;
    if (lineEnd > start && buf[lineEnd - 1] === 0x0d) lineEnd--; // ScanLines drops one trailing \r
    let pattern = buf.toString('utf8', start, lineEnd);
    start = next;
    if (pattern.startsWith('#')) continue;
    pattern = goTrimSpace(pattern);
    if (pattern === '') continue;
    const invert = pattern[0] === '!';
    if (invert) pattern = goTrimSpace(pattern.slice(1));
    if (pattern.length > 0) {
      pattern = goClean(pattern);
      if (pattern.length > 1 && pattern[0] === '/') pattern = pattern.slice(1);
    }
    if (invert) pattern = '!' + pattern;
    out.push({ pattern, source: { file, line: lineNo } });
  }
  return out;
}
