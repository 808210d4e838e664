// A port of BuildKit's shell lexer (frontend/dockerfile/shell/lex.go): quote removal, escapes and
// variable substitution for single words (ProcessWord) and word splitting (ProcessWords).
// Works on code points, as Go's text/scanner does.
import { isGoSpace } from '../patterns/go.js';
import { LinearRegexp } from '../patterns/nfa.js';
import { truncate } from '../util/terminal.js';

/** Variables visible to an expansion. Keys are case-sensitive (NormalizeEnvKey is the identity on Unix). */
export type Env = ReadonlyMap<string, string>;

export const EMPTY_ENV: Env = new Map();

export class ShellError extends Error {}

/**
 * Limits of our own (BuildKit has none; Go's growable stacks and memory are its only bound), so that a
 * hostile Dockerfile fails with a line instead of exhausting memory or the stack (docs/security.md):
 * one expanded word at most MAX_WORD characters, all expansions of one Dockerfile together at most
 * MAX_TOTAL, and ${…} nested at most MAX_NESTING deep. Real Dockerfiles stay far below all three.
 */
export const EXPANSION_LIMITS = { MAX_WORD: 1024 * 1024, MAX_TOTAL: 16 * 1024 * 1024, MAX_NESTING: 200 } as const;

const EOF = -1;
const ch = (c: number): string => (c === EOF ? '\uFFFD' : String.fromCodePoint(c));
const isLetter = (c: number): boolean => c >= 0 && /\p{L}/u.test(String.fromCodePoint(c));
const isDigit = (c: number): boolean => c >= 0 && /\p{Nd}/u.test(String.fromCodePoint(c));
const isSpecialParam = (c: number): boolean => '@*#?-$!0'.includes(ch(c)) && c !== EOF;

export interface WordResult {
  result: string;
  /** Unset variables that expanded to nothing (not counting the `${X-word}` and `${X+word}` forms). */
  unset: Set<string>;
}

export class Lex {
  rawQuotes = false;
  rawEscapes = false;
  skipProcessQuotes = false;
  skipUnsetEnv = false;

  /** Characters all expansions of this Lex may still produce (EXPANSION_LIMITS.MAX_TOTAL). */
  remaining: number = EXPANSION_LIMITS.MAX_TOTAL;

  constructor(readonly escapeToken: string = '\\') {}

  /** ProcessWord: expands one word; throws ShellError as BuildKit fails the build. */
  processWord(word: string, env: Env): WordResult {
    const sw = new ShellWord(this, word, env);
    return { result: sw.run().result, unset: sw.unset };
  }

  /** ProcessWords: expands, then splits on unquoted white space. */
  processWords(word: string, env: Env): string[] {
    return new ShellWord(this, word, env).run().words;
  }
}

/** The characters isGoSpace accepts. */
const GO_SPACE = /[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;

class Words {
  buf = '';
  words: string[] = [];
  inWord = false;
  addChar(c: string): void {
    const space = isGoSpace(c.codePointAt(0)!);
    if (space && this.inWord) {
      if (this.buf.length !== 0) {
        this.words.push(this.buf);
        this.buf = '';
        this.inWord = false;
      }
    } else if (!space) this.addRaw(c);
  }
  addRaw(s: string): void {
    this.buf += s;
    this.inWord = true;
  }
  addString(s: string): void {
    if (s === '') return;
    if (!GO_SPACE.test(s)) {
      this.addRaw(s); // no split point: one piece (a 1 Mi value is not walked char by char)
      return;
    }
    for (const c of s) this.addChar(c);
  }
  get(): string[] {
    if (this.buf.length > 0) {
      this.words.push(this.buf);
      this.buf = '';
      this.inWord = false;
    }
    return this.words;
  }
}

class ShellWord {
  private readonly src: number[];
  private pos = 0;
  private rawEscapes: boolean;
  private readonly esc: number;
  private depth = 0;
  private readonly limit: number;
  readonly unset = new Set<string>();

  constructor(
    private readonly lex: Lex,
    private readonly source: string,
    private readonly env: Env,
  ) {
    this.src = Array.from(source, (c) => c.codePointAt(0)!);
    this.rawEscapes = lex.rawEscapes;
    this.esc = lex.escapeToken.codePointAt(0)!;
    this.limit = Math.min(EXPANSION_LIMITS.MAX_WORD, lex.remaining);
  }

  /** Throws once an expansion grows past the limits. */
  private check(length: number): void {
    if (length <= this.limit) return;
    throw new ShellError(
      this.limit < EXPANSION_LIMITS.MAX_WORD
        ? `the Dockerfile's expansions produce more than ${EXPANSION_LIMITS.MAX_TOTAL} characters in all (docker-size-guard's limit)`
        : `expands to more than ${EXPANSION_LIMITS.MAX_WORD} characters (docker-size-guard's limit)`,
    );
  }

  run(): { result: string; words: string[] } {
    try {
      const r = this.processStopOn(EOF, this.rawEscapes);
      this.lex.remaining -= r.result.length;
      return r;
    } catch (e) {
      if (e instanceof ShellError) throw new ShellError(`failed to process ${JSON.stringify(truncate(this.source, 200))}: ${e.message}`);
      throw e;
    }
  }

  private peek(): number {
    return this.pos < this.src.length ? this.src[this.pos]! : EOF;
  }

  private next(): number {
    return this.pos < this.src.length ? this.src[this.pos++]! : EOF;
  }

  private getEnv(name: string, counted = true): string | undefined {
    const v = this.env.get(name);
    if (v === undefined && counted && !this.lex.skipUnsetEnv) this.unset.add(name);
    return v;
  }

  private processStopOn(stop: number, rawEscapes: boolean): { result: string; words: string[] } {
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    if (++this.depth > EXPANSION_LIMITS.MAX_NESTING)
      throw new ShellError(`substitutions nested more than ${EXPANSION_LIMITS.MAX_NESTING} deep (docker-size-guard's limit)`);
    try {
      let result = '';
      const words = new Words();
      while (this.peek() !== EOF) {
        const c = this.peek();
        if (stop !== EOF && c === stop) {
          this.next();
          return { result, words: words.get() };
        }
        const fn = this.special(c);
        if (fn) {
          const tmp = fn();
          result += tmp;
          this.check(result.length);
          if (c === 0x24 /* $ */) words.addString(tmp);
          else words.addRaw(tmp);
          continue;
        }
        let n = this.next();
        if (n === this.esc) {
          if (this.rawEscapes) {
            words.addRaw(ch(n));
            result += ch(n);
          }
          n = this.next();
          if (n === EOF) break;
          words.addRaw(ch(n));
        } else words.addChar(ch(n));
        result += ch(n);
        this.check(result.length);
      }
      if (stop !== EOF) throw new ShellError(`unexpected end of statement while looking for matching ${ch(stop)}`);
      return { result, words: words.get() };
    } finally {
      this.rawEscapes = saved;
      this.depth--;
    }
  }

  private special(c: number): (() => string) | undefined {
    if (c === 0x24) return () => this.processDollar();
    if (c === 0x3c) return () => this.processPossibleHeredoc();
    if (this.lex.skipProcessQuotes) return undefined;
    if (c === 0x27) return () => this.processSingleQuote();
    if (c === 0x22) return () => this.processDoubleQuote();
    return undefined;
  }

  private processSingleQuote(): string {
    let result = '';
    let c = this.next();
    if (this.lex.rawQuotes) result += ch(c);
    for (;;) {
      c = this.next();
      if (c === EOF) throw new ShellError('unexpected end of statement while looking for matching single-quote');
      if (c === 0x27) {
        if (this.lex.rawQuotes) result += ch(c);
        return result;
      }
      result += ch(c);
    }
  }

  private processDoubleQuote(): string {
    let result = '';
    let c = this.next();
    if (this.lex.rawQuotes) result += ch(c);
    for (;;) {
      const p = this.peek();
      if (p === EOF) throw new ShellError('unexpected end of statement while looking for matching double-quote');
      if (p === 0x22) {
        c = this.next();
        if (this.lex.rawQuotes) result += ch(c);
        return result;
      }
      if (p === 0x24) {
        result += this.processDollar();
        this.check(result.length);
        continue;
      }
      c = this.next();
      if (c === this.esc) {
        if (this.rawEscapes) result += ch(c);
        const q = this.peek();
        if (q === EOF) continue; // the next turn reports the missing quote
        if (q === 0x22 || q === 0x24 || q === this.esc) c = this.next();
      }
      result += ch(c);
    }
  }

  private processDollar(): string {
    this.next();
    if (this.peek() !== 0x7b /* { */) {
      const name = this.processName();
      if (name === '') return '$';
      const v = this.getEnv(name);
      if (v === undefined && this.lex.skipUnsetEnv) return '$' + name;
      return v ?? '';
    }
    this.next();
    const p = this.peek();
    if (p === EOF) throw new ShellError("syntax error: missing '}'");
    if (p === 0x7b || p === 0x7d || p === 0x3a) throw new ShellError('syntax error: bad substitution');
    const name = this.processName();
    let c = this.next();
    let chs = ch(c);
    if (c === 0x7d /* } */) {
      const v = this.getEnv(name);
      if (v === undefined && this.lex.skipUnsetEnv) return '${' + name + '}';
      return v ?? '';
    }
    if (c === 0x2f /* / */) return this.processReplace(name);
    let nullIsUnset = false;
    if (c === 0x3a /* : */) {
      nullIsUnset = true;
      c = this.next();
      chs += ch(c); // Go falls through to the modifier cases whatever this character is
    } else if (!'+-?#%'.includes(chs) || c === EOF) {
      throw new ShellError(`unsupported modifier (${chs}) in substitution`);
    }
    const rawEsc = c === 0x23 || c === 0x25;
    if (nullIsUnset && rawEsc) throw new ShellError(`unsupported modifier (${chs}) in substitution`);
    let word = this.stopOnOrMissing(0x7d, rawEsc, "syntax error: missing '}'");
    const v = this.getEnv(name, c !== 0x2d && c !== 0x2b);
    const set = v !== undefined;
    if (this.lex.skipUnsetEnv && !set) return '${' + name + chs + word + '}';
    const value = v ?? '';
    const unset = !set || (nullIsUnset && value === '');
    switch (ch(c)) {
      case '-':
        return unset ? word : value;
      case '+':
        return unset ? '' : word;
      case '?':
        if (!set) throw new ShellError(`${name}: ${word || 'is not allowed to be unset'}`);
        if (nullIsUnset && value === '') throw new ShellError(`${name}: ${word || 'is not allowed to be empty'}`);
        return value;
      case '%':
      case '#': {
        const greedy = word.length > 0 && word[0] === ch(c);
        if (greedy) word = word.slice(1);
        return c === 0x25 ? trimSuffix(word, value, greedy) : trimPrefix(word, value, greedy);
      }
      default:
        throw new ShellError(`unsupported modifier (${chs}) in substitution`);
    }
  }

  private processReplace(name: string): string {
    const all = this.peek() === 0x2f;
    if (all) this.next();
    const pattern = this.stopOnOrMissing(0x2f, true, "syntax error: missing '/' in ${}");
    const replacement = this.stopOnOrMissing(0x7d, true, "syntax error: missing '}'");
    const v = this.getEnv(name);
    if (v === undefined && this.lex.skipUnsetEnv) return '${' + name + '/' + pattern + '/' + replacement + '}';
    const re = shellPatternToRegex(pattern, true, false);
    const out = replaceGo(v ?? '', re, replacement, all, this.limit);
    this.check(out.length);
    return out;
  }

  private stopOnOrMissing(stop: number, rawEscapes: boolean, missing: string): string {
    try {
      return this.processStopOn(stop, rawEscapes).result;
    } catch (e) {
      if (e instanceof ShellError && this.peek() === EOF) throw new ShellError(missing);
      throw e;
    }
  }

  private processName(): string {
    let name = '';
    while (this.peek() !== EOF) {
      const c = this.peek();
      if (name === '' && isDigit(c)) {
        while (this.peek() !== EOF && isDigit(this.peek())) name += ch(this.next());
        return name;
      }
      if (name === '' && isSpecialParam(c)) return ch(this.next());
      if (!isLetter(c) && !isDigit(c) && c !== 0x5f) break;
      name += ch(this.next());
    }
    return name;
  }

  private processPossibleHeredoc(): string {
    this.next();
    if (this.peek() !== 0x3c) return '<';
    this.next();
    let space = '';
    while (this.peek() === 0x09 || this.peek() === 0x0d || this.peek() === 0x20) space += ch(this.next());
    return '<<' + space;
  }
}

/**
 * convertShellPatternToRegex: '*' and '?' wildcards for ${var#pat}, ${var%pat} and ${var/pat/rep}.
 * Run by the linear-time Pike VM of patterns/nfa.ts with the positions a backtracking engine would give
 * (Go's regexp, which BuildKit uses, is linear too): "${v##*a*a*a*a*a*a*a*b}" on 200 characters ran for
 * minutes as a JavaScript RegExp.
 */
function shellPatternToRegex(pattern: string, greedy: boolean, anchored: boolean): LinearRegexp {
  const cps = Array.from(pattern);
  let out = anchored ? '^' : '';
  for (let i = 0; i < cps.length; i++) {
    let tok = cps[i]!;
    if (tok === '*') {
      out += greedy ? '.*' : '.*?';
      continue;
    }
    if (tok === '?') {
      out += '.';
      continue;
    }
    if (tok === '\\') {
      if (cps[i + 1] === '}' || cps[i + 1] === '/') continue;
      tok = cps[++i] ?? '';
      if (tok !== '*' && tok !== '?' && tok !== '\\')
        throw new ShellError(`invalid pattern (${pattern}) in substitution: invalid escape '\\${tok}'`);
      out += '\\';
    } else if ('[]{}.+()|^$'.includes(tok)) out += '\\';
    out += tok;
  }
  return new LinearRegexp(out);
}

function trimPrefix(word: string, value: string, greedy: boolean): string {
  const m = shellPatternToRegex(word, greedy, true).exec(value);
  return m ? value.slice(m.end) : value;
}

function reversePattern(pattern: string): string {
  const p = Array.from(pattern);
  const out = new Array<string>(p.length);
  const last = p.length - 1;
  for (let i = 0; i <= last; ) {
    if (p[i] === '\\' && i !== last) {
      out[last - i - 1] = p[i]!;
      out[last - i] = p[i + 1]!;
      i += 2;
    } else {
      out[last - i] = p[i]!;
      i++;
    }
  }
  return out.join('');
}

const reverse = (s: string): string => Array.from(s).reverse().join('');

function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  return reverse(trimPrefix(reversePattern(pattern), reverse(value), greedy));
}

/** Go's Regexp.ReplaceAllString / a single replacement; empty matches abutting a previous match are skipped. */
function replaceGo(value: string, re: LinearRegexp, replacement: string, all: boolean, limit: number): string {
  let out = '';
  let last = 0;
  let prevEnd = -1;
  let lastIndex = 0;
  for (let m = re.exec(value, 0); m !== undefined; m = lastIndex > value.length ? undefined : re.exec(value, lastIndex)) {
    const end = m.end;
    lastIndex = m.start === end ? end + (value.codePointAt(end)! > 0xffff ? 2 : 1) : end;
    if (m.start === end && m.start === prevEnd) continue;
    out += value.slice(last, m.start) + replacement;
    if (out.length > limit) return out; // the caller reports it
    last = end;
    prevEnd = end;
    if (!all) break;
  }
  return out + value.slice(last);
}
