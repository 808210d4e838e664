// BuildKit's line parsers (frontend/dockerfile/parser/line_parsers.go, split_command.go): how the text
// after a keyword becomes flags and arguments. Quotes and escapes are kept for the later expansion.
import { isGoSpace } from '../patterns/go.js';

/** An error of the parser, located by the caller. */
export class ParseError extends Error {}

/** parser.go reWhitespace */
export const WHITESPACE = /[\t\v\f\r ]+/;

export function trimLeadingSpace(s: string): string {
  let i = 0;
  while (i < s.length && isGoSpace(s.charCodeAt(i))) i++;
  return s.slice(i);
}

export function splitWhitespace(rest: string): string[] {
  return rest === '' ? [] : rest.split(/[\t\v\f\r ]+/);
}

/** parseJSON: a JSON array of strings, or undefined to fall back to the shell form. */
export function parseJSON(rest: string): string[] | undefined {
  rest = trimLeadingSpace(rest);
  if (!rest.startsWith('[')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(rest);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value)) return undefined;
  if (!value.every((v) => typeof v === 'string')) {
    throw new ParseError('when using JSON array syntax, arrays must be comprised of strings only');
  }
  return value as string[];
}

/** extractBuilderFlags: leading `--flag[=value]` words (quotes and escapes removed); returns [rest, flags]. */
export function extractBuilderFlags(line: string, esc: string): [string, string[]] {
  const words: string[] = [];
  let word = '';
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let quote = '';
  let blankOK = false;
  for (let pos = 0; pos <= line.length; pos++) {
    const c = line[pos] ?? '';
    if (phase === 'spaces') {
      if (pos === line.length) break;
      if (isGoSpace(c.charCodeAt(0))) continue;
      if (c !== '-' || line[pos + 1] !== '-') return [line.slice(pos), words];
      phase = 'word';
    }
    if (pos === line.length) {
      if (word !== '--' && (blankOK || word.length > 0)) words.push(word);
      break;
    }
    if (phase === 'word') {
      if (isGoSpace(c.charCodeAt(0))) {
        phase = 'spaces';
        if (word === '--') return [line.slice(pos), words];
        if (blankOK || word.length > 0) words.push(word);
        word = '';
        blankOK = false;
      } else if (c === "'" || c === '"') {
        quote = c;
        blankOK = true;
        phase = 'quote';
      } else if (c === esc) {
        if (pos + 1 < line.length) word += line[++pos];
      } else word += c;
      continue;
    }
    if (c === quote) phase = 'word';
    else if (c === esc) {
      if (pos + 1 === line.length) phase = 'word';
      else word += line[++pos];
    } else word += c;
  }
  return ['', words];
}

/** parseWords: shell-like words, quotes and escapes kept for the later expansion. */
export function parseWords(rest: string, esc: string): string[] {
  const words: string[] = [];
  const cps = Array.from(rest);
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let quote = '';
  let blankOK = false;
  let buf = '';
  for (let pos = 0; pos <= cps.length; pos++) {
    let c = cps[pos] ?? '';
    if (phase === 'spaces') {
      if (pos === cps.length) break;
      if (isGoSpace(c.codePointAt(0)!)) continue;
      phase = 'word';
    }
    if (pos === cps.length) {
      if (blankOK || buf.length > 0) words.push(buf);
      break;
    }
    if (phase === 'word') {
      if (isGoSpace(c.codePointAt(0)!)) {
        phase = 'spaces';
        if (blankOK || buf.length > 0) words.push(buf);
        buf = '';
        blankOK = false;
        continue;
      }
      if (c === "'" || c === '"') {
        quote = c;
        blankOK = true;
        phase = 'quote';
      }
      if (c === esc) {
        if (pos + 1 === cps.length) continue;
        buf += c;
        c = cps[++pos]!;
      }
      buf += c;
      continue;
    }
    if (c === quote) phase = 'word';
    if (c === esc && quote !== "'") {
      if (pos + 1 === cps.length) {
        phase = 'word';
        continue;
      }
      buf += c;
      c = cps[++pos]!;
    }
    buf += c;
  }
  return words;
}

/** parseNameVal (ENV, LABEL): `name=value ...` words, or the legacy `name value` as [name, value]. */
export function parseNameVal(rest: string, keyword: string, esc: string): string[] {
  const words = parseWords(rest, esc);
  if (words.length === 0) return [];
  if (!words[0]!.includes('=')) {
    const m = WHITESPACE.exec(rest);
    if (!m) throw new ParseError(`${keyword} must have two arguments`);
    return [rest.slice(0, m.index), rest.slice(m.index + m[0].length)];
  }
  for (const w of words) {
    if (!w.includes('=')) throw new ParseError(`Syntax error - can't find = in ${JSON.stringify(w)}. Must be of the form: name=value`);
  }
  return words;
}
