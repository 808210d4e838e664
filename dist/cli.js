#!/usr/bin/env node
import { createRequire as __dsgCreateRequire } from 'node:module';
const require = __dsgCreateRequire(import.meta.url);

// src/context/measure.ts
import { readFileSync as readFileSync2 } from "node:fs";

// src/patterns/go.ts
function isGoSpace(cp) {
  if (cp <= 255) return cp === 32 || cp >= 9 && cp <= 13 || cp === 133 || cp === 160;
  return cp === 5760 || cp >= 8192 && cp <= 8202 || cp === 8232 || cp === 8233 || cp === 8239 || cp === 8287 || cp === 12288;
}
function goTrimSpace(s) {
  let start = 0;
  let end = s.length;
  while (start < end) {
    const cp = s.codePointAt(start);
    if (!isGoSpace(cp)) break;
    start += cp > 65535 ? 2 : 1;
  }
  while (end > start) {
    const cp = s.charCodeAt(end - 1);
    if (!isGoSpace(cp)) break;
    end--;
  }
  return s.slice(start, end);
}
function goClean(path) {
  if (path === "") return ".";
  const rooted = path[0] === "/";
  const out = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!rooted) out.push("..");
      continue;
    }
    out.push(part);
  }
  const joined = out.join("/");
  if (rooted) return "/" + joined;
  return joined === "" ? "." : joined;
}
var BadPatternError = class extends Error {
  constructor() {
    super("syntax error in pattern");
  }
};
var STAR = 42;
var QMARK = 63;
var LBRACK = 91;
var RBRACK = 93;
var BSLASH = 92;
var CARET = 94;
var DASH = 45;
var SLASH = 47;
function scanChunk(p, from) {
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
function getEsc(p, i, end) {
  if (i >= end || p[i] === DASH || p[i] === RBRACK) throw new BadPatternError();
  if (p[i] === BSLASH) {
    i++;
    if (i >= end) throw new BadPatternError();
  }
  const r = p[i];
  i++;
  if (i >= end) throw new BadPatternError();
  return { r, next: i };
}
function matchChunk(p, start, end, s, si) {
  let failed = false;
  let i = start;
  while (i < end) {
    if (!failed && si >= s.length) failed = true;
    const c = p[i];
    if (c === LBRACK) {
      let r = -1;
      if (!failed) r = s[si++];
      i++;
      let negated = false;
      if (i < end && p[i] === CARET) {
        negated = true;
        i++;
      }
      let match = false;
      let nrange = 0;
      for (; ; ) {
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
function toRunes(s) {
  const out = [];
  for (const ch2 of s) out.push(ch2.codePointAt(0));
  return out;
}
function goMatch(pattern, name) {
  return goMatchRunes(toRunes(pattern), toRunes(name));
}
function goMatchRunes(p, name) {
  let pi = 0;
  let ni = 0;
  outer: while (pi < p.length) {
    const { star, start, end } = scanChunk(p, pi);
    pi = end;
    if (star && start === end) {
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
    while (pi < p.length) {
      const c = scanChunk(p, pi);
      pi = c.end;
      matchChunk(p, c.start, c.end, [], 0);
    }
    return false;
  }
  return ni === name.length;
}
function isBadGoPattern(pattern) {
  try {
    goMatch(pattern, ".");
    return false;
  } catch (e) {
    if (e instanceof BadPatternError) return true;
    throw e;
  }
}

// src/dockerfile/shell.ts
var EMPTY_ENV = /* @__PURE__ */ new Map();
var ShellError = class extends Error {
};
var EOF = -1;
var ch = (c) => c === EOF ? "\uFFFD" : String.fromCodePoint(c);
var isLetter = (c) => c >= 0 && new RegExp("\\p{L}", "u").test(String.fromCodePoint(c));
var isDigit = (c) => c >= 0 && new RegExp("\\p{Nd}", "u").test(String.fromCodePoint(c));
var isSpecialParam = (c) => "@*#?-$!0".includes(ch(c)) && c !== EOF;
var Lex = class {
  constructor(escapeToken = "\\") {
    this.escapeToken = escapeToken;
  }
  escapeToken;
  rawQuotes = false;
  rawEscapes = false;
  skipProcessQuotes = false;
  skipUnsetEnv = false;
  /** ProcessWord: expands one word; throws ShellError as BuildKit fails the build. */
  processWord(word, env) {
    const sw = new ShellWord(this, word, env);
    return { result: sw.run().result, unset: sw.unset };
  }
  /** ProcessWords: expands, then splits on unquoted white space. */
  processWords(word, env) {
    return new ShellWord(this, word, env).run().words;
  }
};
var Words = class {
  buf = "";
  words = [];
  inWord = false;
  addChar(c) {
    const space = isGoSpace(c.codePointAt(0));
    if (space && this.inWord) {
      if (this.buf.length !== 0) {
        this.words.push(this.buf);
        this.buf = "";
        this.inWord = false;
      }
    } else if (!space) this.addRaw(c);
  }
  addRaw(s) {
    this.buf += s;
    this.inWord = true;
  }
  addString(s) {
    for (const c of s) this.addChar(c);
  }
  get() {
    if (this.buf.length > 0) {
      this.words.push(this.buf);
      this.buf = "";
      this.inWord = false;
    }
    return this.words;
  }
};
var ShellWord = class {
  constructor(lex, source, env) {
    this.lex = lex;
    this.source = source;
    this.env = env;
    this.src = Array.from(source, (c) => c.codePointAt(0));
    this.rawEscapes = lex.rawEscapes;
    this.esc = lex.escapeToken.codePointAt(0);
  }
  lex;
  source;
  env;
  src;
  pos = 0;
  rawEscapes;
  esc;
  unset = /* @__PURE__ */ new Set();
  run() {
    try {
      return this.processStopOn(EOF, this.rawEscapes);
    } catch (e) {
      if (e instanceof ShellError) throw new ShellError(`failed to process ${JSON.stringify(this.source)}: ${e.message}`);
      throw e;
    }
  }
  peek() {
    return this.pos < this.src.length ? this.src[this.pos] : EOF;
  }
  next() {
    return this.pos < this.src.length ? this.src[this.pos++] : EOF;
  }
  getEnv(name, counted = true) {
    const v = this.env.get(name);
    if (v === void 0 && counted && !this.lex.skipUnsetEnv) this.unset.add(name);
    return v;
  }
  processStopOn(stop, rawEscapes) {
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      let result2 = "";
      const words = new Words();
      while (this.peek() !== EOF) {
        const c = this.peek();
        if (stop !== EOF && c === stop) {
          this.next();
          return { result: result2, words: words.get() };
        }
        const fn = this.special(c);
        if (fn) {
          const tmp = fn();
          result2 += tmp;
          if (c === 36) words.addString(tmp);
          else words.addRaw(tmp);
          continue;
        }
        let n = this.next();
        if (n === this.esc) {
          if (this.rawEscapes) {
            words.addRaw(ch(n));
            result2 += ch(n);
          }
          n = this.next();
          if (n === EOF) break;
          words.addRaw(ch(n));
        } else words.addChar(ch(n));
        result2 += ch(n);
      }
      if (stop !== EOF) throw new ShellError(`unexpected end of statement while looking for matching ${ch(stop)}`);
      return { result: result2, words: words.get() };
    } finally {
      this.rawEscapes = saved;
    }
  }
  special(c) {
    if (c === 36) return () => this.processDollar();
    if (c === 60) return () => this.processPossibleHeredoc();
    if (this.lex.skipProcessQuotes) return void 0;
    if (c === 39) return () => this.processSingleQuote();
    if (c === 34) return () => this.processDoubleQuote();
    return void 0;
  }
  processSingleQuote() {
    let result2 = "";
    let c = this.next();
    if (this.lex.rawQuotes) result2 += ch(c);
    for (; ; ) {
      c = this.next();
      if (c === EOF) throw new ShellError("unexpected end of statement while looking for matching single-quote");
      if (c === 39) {
        if (this.lex.rawQuotes) result2 += ch(c);
        return result2;
      }
      result2 += ch(c);
    }
  }
  processDoubleQuote() {
    let result2 = "";
    let c = this.next();
    if (this.lex.rawQuotes) result2 += ch(c);
    for (; ; ) {
      const p = this.peek();
      if (p === EOF) throw new ShellError("unexpected end of statement while looking for matching double-quote");
      if (p === 34) {
        c = this.next();
        if (this.lex.rawQuotes) result2 += ch(c);
        return result2;
      }
      if (p === 36) {
        result2 += this.processDollar();
        continue;
      }
      c = this.next();
      if (c === this.esc) {
        if (this.rawEscapes) result2 += ch(c);
        const q = this.peek();
        if (q === EOF) continue;
        if (q === 34 || q === 36 || q === this.esc) c = this.next();
      }
      result2 += ch(c);
    }
  }
  processDollar() {
    this.next();
    if (this.peek() !== 123) {
      const name2 = this.processName();
      if (name2 === "") return "$";
      const v2 = this.getEnv(name2);
      if (v2 === void 0 && this.lex.skipUnsetEnv) return "$" + name2;
      return v2 ?? "";
    }
    this.next();
    const p = this.peek();
    if (p === EOF) throw new ShellError("syntax error: missing '}'");
    if (p === 123 || p === 125 || p === 58) throw new ShellError("syntax error: bad substitution");
    const name = this.processName();
    let c = this.next();
    let chs = ch(c);
    if (c === 125) {
      const v2 = this.getEnv(name);
      if (v2 === void 0 && this.lex.skipUnsetEnv) return "${" + name + "}";
      return v2 ?? "";
    }
    if (c === 47) return this.processReplace(name);
    let nullIsUnset = false;
    if (c === 58) {
      nullIsUnset = true;
      c = this.next();
      chs += ch(c);
    } else if (!"+-?#%".includes(chs) || c === EOF) {
      throw new ShellError(`unsupported modifier (${chs}) in substitution`);
    }
    const rawEsc = c === 35 || c === 37;
    if (nullIsUnset && rawEsc) throw new ShellError(`unsupported modifier (${chs}) in substitution`);
    let word = this.stopOnOrMissing(125, rawEsc, "syntax error: missing '}'");
    const v = this.getEnv(name, c !== 45 && c !== 43);
    const set = v !== void 0;
    if (this.lex.skipUnsetEnv && !set) return "${" + name + chs + word + "}";
    const value = v ?? "";
    const unset = !set || nullIsUnset && value === "";
    switch (ch(c)) {
      case "-":
        return unset ? word : value;
      case "+":
        return unset ? "" : word;
      case "?":
        if (!set) throw new ShellError(`${name}: ${word || "is not allowed to be unset"}`);
        if (nullIsUnset && value === "") throw new ShellError(`${name}: ${word || "is not allowed to be empty"}`);
        return value;
      case "%":
      case "#": {
        const greedy = word.length > 0 && word[0] === ch(c);
        if (greedy) word = word.slice(1);
        return c === 37 ? trimSuffix(word, value, greedy) : trimPrefix(word, value, greedy);
      }
      default:
        throw new ShellError(`unsupported modifier (${chs}) in substitution`);
    }
  }
  processReplace(name) {
    const all = this.peek() === 47;
    if (all) this.next();
    const pattern = this.stopOnOrMissing(47, true, "syntax error: missing '/' in ${}");
    const replacement = this.stopOnOrMissing(125, true, "syntax error: missing '}'");
    const v = this.getEnv(name);
    if (v === void 0 && this.lex.skipUnsetEnv) return "${" + name + "/" + pattern + "/" + replacement + "}";
    const re = shellPatternToRegex(pattern, true, false);
    return replaceGo(v ?? "", re, replacement, all);
  }
  stopOnOrMissing(stop, rawEscapes, missing) {
    try {
      return this.processStopOn(stop, rawEscapes).result;
    } catch (e) {
      if (e instanceof ShellError && this.peek() === EOF) throw new ShellError(missing);
      throw e;
    }
  }
  processName() {
    let name = "";
    while (this.peek() !== EOF) {
      const c = this.peek();
      if (name === "" && isDigit(c)) {
        while (this.peek() !== EOF && isDigit(this.peek())) name += ch(this.next());
        return name;
      }
      if (name === "" && isSpecialParam(c)) return ch(this.next());
      if (!isLetter(c) && !isDigit(c) && c !== 95) break;
      name += ch(this.next());
    }
    return name;
  }
  processPossibleHeredoc() {
    this.next();
    if (this.peek() !== 60) return "<";
    this.next();
    let space = "";
    while (this.peek() === 9 || this.peek() === 13 || this.peek() === 32) space += ch(this.next());
    return "<<" + space;
  }
};
function shellPatternToRegex(pattern, greedy, anchored) {
  const cps = Array.from(pattern);
  let out = anchored ? "^" : "";
  for (let i = 0; i < cps.length; i++) {
    let tok = cps[i];
    if (tok === "*") {
      out += greedy ? ".*" : ".*?";
      continue;
    }
    if (tok === "?") {
      out += ".";
      continue;
    }
    if (tok === "\\") {
      if (cps[i + 1] === "}" || cps[i + 1] === "/") continue;
      tok = cps[++i] ?? "";
      if (tok !== "*" && tok !== "?" && tok !== "\\") throw new ShellError(`invalid pattern (${pattern}) in substitution: invalid escape '\\${tok}'`);
      out += "\\";
    } else if ("[]{}.+()|^$".includes(tok)) out += "\\";
    out += tok;
  }
  return new RegExp(out, "u");
}
function trimPrefix(word, value, greedy) {
  const m = shellPatternToRegex(word, greedy, true).exec(value);
  return m ? value.slice(m.index + m[0].length) : value;
}
function reversePattern(pattern) {
  const p = Array.from(pattern);
  const out = new Array(p.length);
  const last = p.length - 1;
  for (let i = 0; i <= last; ) {
    if (p[i] === "\\" && i !== last) {
      out[last - i - 1] = p[i];
      out[last - i] = p[i + 1];
      i += 2;
    } else {
      out[last - i] = p[i];
      i++;
    }
  }
  return out.join("");
}
var reverse = (s) => Array.from(s).reverse().join("");
function trimSuffix(pattern, value, greedy) {
  return reverse(trimPrefix(reversePattern(pattern), reverse(value), greedy));
}
function replaceGo(value, re, replacement, all) {
  const g = new RegExp(re.source, "gu");
  let out = "";
  let last = 0;
  let prevEnd = -1;
  for (let m = g.exec(value); m !== null; m = g.exec(value)) {
    const end = m.index + m[0].length;
    if (m[0] === "") g.lastIndex = end + (value.codePointAt(end) > 65535 ? 2 : 1);
    if (m[0] === "" && m.index === prevEnd) continue;
    out += value.slice(last, m.index) + replacement;
    last = end;
    prevEnd = end;
    if (!all) break;
  }
  return out + value.slice(last);
}

// src/dockerfile/line-parsers.ts
var ParseError = class extends Error {
};
var WHITESPACE = /[\t\v\f\r ]+/;
function trimLeadingSpace(s) {
  let i = 0;
  while (i < s.length && isGoSpace(s.charCodeAt(i))) i++;
  return s.slice(i);
}
function splitWhitespace(rest) {
  return rest === "" ? [] : rest.split(/[\t\v\f\r ]+/);
}
function parseJSON(rest) {
  rest = trimLeadingSpace(rest);
  if (!rest.startsWith("[")) return void 0;
  let value;
  try {
    value = JSON.parse(rest);
  } catch {
    return void 0;
  }
  if (!Array.isArray(value)) return void 0;
  if (!value.every((v) => typeof v === "string")) {
    throw new ParseError("when using JSON array syntax, arrays must be comprised of strings only");
  }
  return value;
}
function extractBuilderFlags(line, esc) {
  const words = [];
  let word = "";
  let phase = "spaces";
  let quote = "";
  let blankOK = false;
  for (let pos = 0; pos <= line.length; pos++) {
    const c = line[pos] ?? "";
    if (phase === "spaces") {
      if (pos === line.length) break;
      if (isGoSpace(c.charCodeAt(0))) continue;
      if (c !== "-" || line[pos + 1] !== "-") return [line.slice(pos), words];
      phase = "word";
    }
    if (pos === line.length) {
      if (word !== "--" && (blankOK || word.length > 0)) words.push(word);
      break;
    }
    if (phase === "word") {
      if (isGoSpace(c.charCodeAt(0))) {
        phase = "spaces";
        if (word === "--") return [line.slice(pos), words];
        if (blankOK || word.length > 0) words.push(word);
        word = "";
        blankOK = false;
      } else if (c === "'" || c === '"') {
        quote = c;
        blankOK = true;
        phase = "quote";
      } else if (c === esc) {
        if (pos + 1 < line.length) word += line[++pos];
      } else word += c;
      continue;
    }
    if (c === quote) phase = "word";
    else if (c === esc) {
      if (pos + 1 === line.length) phase = "word";
      else word += line[++pos];
    } else word += c;
  }
  return ["", words];
}
function parseWords(rest, esc) {
  const words = [];
  const cps = Array.from(rest);
  let phase = "spaces";
  let quote = "";
  let blankOK = false;
  let buf = "";
  for (let pos = 0; pos <= cps.length; pos++) {
    let c = cps[pos] ?? "";
    if (phase === "spaces") {
      if (pos === cps.length) break;
      if (isGoSpace(c.codePointAt(0))) continue;
      phase = "word";
    }
    if (pos === cps.length) {
      if (blankOK || buf.length > 0) words.push(buf);
      break;
    }
    if (phase === "word") {
      if (isGoSpace(c.codePointAt(0))) {
        phase = "spaces";
        if (blankOK || buf.length > 0) words.push(buf);
        buf = "";
        blankOK = false;
        continue;
      }
      if (c === "'" || c === '"') {
        quote = c;
        blankOK = true;
        phase = "quote";
      }
      if (c === esc) {
        if (pos + 1 === cps.length) continue;
        buf += c;
        c = cps[++pos];
      }
      buf += c;
      continue;
    }
    if (c === quote) phase = "word";
    if (c === esc && quote !== "'") {
      if (pos + 1 === cps.length) {
        phase = "word";
        continue;
      }
      buf += c;
      c = cps[++pos];
    }
    buf += c;
  }
  return words;
}
function parseNameVal(rest, keyword, esc) {
  const words = parseWords(rest, esc);
  if (words.length === 0) return [];
  if (!words[0].includes("=")) {
    const m = WHITESPACE.exec(rest);
    if (!m) throw new ParseError(`${keyword} must have two arguments`);
    return [rest.slice(0, m.index), rest.slice(m.index + m[0].length)];
  }
  for (const w of words) {
    if (!w.includes("=")) throw new ParseError(`Syntax error - can't find = in ${JSON.stringify(w)}. Must be of the form: name=value`);
  }
  return words;
}

// src/dockerfile/heredoc.ts
var HEREDOC = /^(\d*)<<(-?)[\t\n\f\r ]*([^<]*)$/;
function parseHeredoc(word) {
  const m = HEREDOC.exec(word);
  if (!m || m[3] === "") return void 0;
  const lex = new Lex("\\");
  lex.skipUnsetEnv = true;
  const words = lex.processWords(m[3], EMPTY_ENV);
  if (words.length !== 1) return void 0;
  lex.rawQuotes = true;
  const raw = lex.processWords(m[3], EMPTY_ENV);
  if (raw.length !== words.length) throw new ParseError(`internal lexing of heredoc produced inconsistent results: ${m[3]}`);
  const quotes = (s) => s.split(/['"]/).length - 1;
  return { name: words[0], chomp: m[2] === "-", expand: quotes(words[0]) === quotes(raw[0]) };
}
function isHeredocWord(word) {
  try {
    return parseHeredoc(word) !== void 0;
  } catch {
    return false;
  }
}
function heredocsFromLine(line) {
  const lex = new Lex("\\");
  lex.rawQuotes = true;
  lex.rawEscapes = true;
  lex.skipUnsetEnv = true;
  let words = [];
  try {
    words = lex.processWords(line, EMPTY_ENV);
  } catch (e) {
    if (!(e instanceof ShellError)) throw e;
  }
  const docs = [];
  for (const w of words) {
    const doc = parseHeredoc(w);
    if (doc) docs.push(doc);
  }
  return docs;
}

// src/dockerfile/suggest.ts
function distance(a, b) {
  const s = Array.from(a);
  const t = Array.from(b);
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[t.length];
}
function matchCase(value, orig) {
  if (orig === orig.toLowerCase()) return value.toLowerCase();
  if (orig === orig.toUpperCase()) return value.toUpperCase();
  return value;
}
function suggest(message, value, options, caseSensitive) {
  const val = caseSensitive ? value : value.toLowerCase();
  let match = "";
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
  return match === "" ? message : `${message} (did you mean ${match}?)`;
}

// src/dockerfile/parse.ts
var DockerfileError = class extends Error {
  constructor(file, line, reason) {
    super(reason);
    this.file = file;
    this.line = line;
    this.name = "DockerfileError";
  }
  file;
  line;
};
var KNOWN = ["ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR"];
var MAX_LINE_BYTES = 64 * 1024;
function parseDockerfileFull(text, file) {
  const p = new Parser(text, file);
  const instructions = p.parse();
  for (const inst of instructions) checkInstruction(inst, file);
  return { instructions, escapeToken: p.escape };
}
var Parser = class {
  constructor(text, file) {
    this.file = file;
    if (text.startsWith("\uFEFF")) text = text.slice(1);
    for (let start = 0; start < text.length; ) {
      const nl = text.indexOf("\n", start);
      const end = nl < 0 ? text.length : nl + 1;
      this.lines.push(text.slice(start, end));
      start = end;
    }
  }
  file;
  escape = "\\";
  continuation = continuationRegex("\\");
  directivesDone = false;
  seenDirectives = /* @__PURE__ */ new Set();
  lines = [];
  next = 0;
  parse() {
    const out = [];
    let current = 0;
    while (this.next < this.lines.length) {
      const raw = this.read(current + 1);
      const first = this.processLine(raw, true, current + 1);
      current++;
      const startLine = current;
      let [piece, eol] = this.trimContinuation(first);
      if (eol && piece.length === 0) continue;
      let line = piece;
      const pieces = [piece];
      while (!eol && this.next < this.lines.length) {
        const rawNext = this.read(current + 1);
        const processed = this.processLine(rawNext, false, current + 1);
        current++;
        if (isComment(rawNext)) continue;
        if (trimLeadingSpace(trimNewline(processed)).length === 0) continue;
        [piece, eol] = this.trimContinuation(processed);
        line += piece;
        pieces.push(piece);
      }
      let inst;
      try {
        inst = this.nodeFromLine(line);
      } catch (e) {
        throw this.located(e, startLine);
      }
      const target = inst.onbuild ?? inst;
      if (heredocKeyword(target) && line.includes("<<")) {
        try {
          for (const doc of heredocsFromLine(line)) {
            let body = "";
            let terminated = false;
            while (this.next < this.lines.length) {
              const docLine = this.read(current + 1);
              current++;
              let candidate = trimNewline(docLine);
              if (doc.chomp) candidate = candidate.replace(/^\t+/, "");
              if (candidate === doc.name) {
                terminated = true;
                break;
              }
              body += docLine;
            }
            if (!terminated) throw new ParseError("unterminated heredoc");
            inst.heredocs.push({ name: doc.name, body: doc.chomp ? body.replace(/^\t+/gm, "") : body });
          }
        } catch (e) {
          throw this.located(e, startLine);
        }
        if (inst.onbuild) inst.onbuild.heredocs = inst.heredocs;
      }
      inst.original = pieces.map(goTrimSpace).filter((s) => s !== "").join(" ");
      for (const i of inst.onbuild ? [inst, inst.onbuild] : [inst]) [i.line, i.endLine] = [startLine, current];
      out.push(inst);
    }
    if (out.length === 0) throw new DockerfileError(this.file, Math.max(1, current), "file with no instructions");
    return out;
  }
  read(lineNo) {
    const raw = this.lines[this.next++];
    if (Buffer.byteLength(raw) > MAX_LINE_BYTES) {
      throw new DockerfileError(this.file, lineNo, `dockerfile line greater than max allowed size of ${MAX_LINE_BYTES - 1}`);
    }
    return raw;
  }
  located(e, line) {
    if (e instanceof ParseError || e instanceof ShellError) return new DockerfileError(this.file, line, e.message);
    return e;
  }
  /** processLine: trims the line ending (and leading space on a first line), reads directives, drops comments. */
  processLine(raw, stripLeft, lineNo) {
    let token = trimNewline(raw);
    if (stripLeft) token = trimLeadingSpace(token);
    try {
      this.possibleDirective(token);
    } catch (e) {
      throw this.located(e, lineNo);
    }
    return isComment(token) ? "" : token;
  }
  /** DirectiveParser.ParseLine: `# name=value` lines before anything else. */
  possibleDirective(token) {
    if (this.directivesDone) return;
    if (!token.startsWith("#")) {
      this.directivesDone = true;
      return;
    }
    const m = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/s.exec(trimLeadingSpace(token.slice(1)));
    const key = m?.[1].toLowerCase();
    if (!m || key !== "syntax" && key !== "escape" && key !== "check") {
      this.directivesDone = true;
      return;
    }
    if (this.seenDirectives.has(key)) throw new ParseError(`only one ${key} parser directive can be used`);
    this.seenDirectives.add(key);
    if (key === "escape") {
      const v = m[2];
      if (v !== "`" && v !== "\\") throw new ParseError(`invalid escape token '${v}' does not match \` or \\`);
      this.escape = v;
      this.continuation = continuationRegex(v);
    }
  }
  trimContinuation(line) {
    if (this.continuation.test(line)) return [line.replace(this.continuation, "$1"), false];
    return [line, true];
  }
  /** newNodeFromLine: splitCommand, then the keyword's line parser. */
  nodeFromLine(line) {
    const trimmed = goTrimSpace(line);
    const m = WHITESPACE.exec(trimmed);
    const cmd = m ? trimmed.slice(0, m.index) : trimmed;
    let rest = "";
    let flagWords = [];
    if (m) [rest, flagWords] = extractBuilderFlags(trimmed.slice(m.index + m[0].length), this.escape);
    rest = goTrimSpace(rest);
    const inst = {
      keyword: cmd.toUpperCase(),
      flags: parseFlags(flagWords),
      args: [],
      json: false,
      heredocs: [],
      line: 0,
      endLine: 0,
      original: ""
    };
    keywordAsWritten.set(inst, cmd);
    flagWords.length > 0 && rawFlags.set(inst, flagWords);
    switch (inst.keyword) {
      case "ADD":
      case "COPY":
      case "VOLUME": {
        const json = parseJSON(rest);
        if (json) [inst.args, inst.json] = [json, true];
        else inst.args = splitWhitespace(rest);
        break;
      }
      case "CMD":
      case "ENTRYPOINT":
      case "RUN":
      case "SHELL":
        this.maybeJSON(inst, rest);
        break;
      case "ARG":
        inst.args = parseWords(rest, this.escape);
        break;
      case "ENV":
      case "LABEL":
        inst.args = parseNameVal(rest, inst.keyword, this.escape);
        break;
      case "EXPOSE":
      case "FROM":
        inst.args = splitWhitespace(rest);
        break;
      case "HEALTHCHECK": {
        const sep2 = rest.search(/\s/);
        const typ = sep2 < 0 ? rest : rest.slice(0, sep2);
        if (typ !== "") {
          this.maybeJSON(inst, sep2 < 0 ? "" : rest.slice(sep2).replace(/^\s+/, ""));
          inst.args.unshift(typ);
        }
        break;
      }
      case "MAINTAINER":
      case "STOPSIGNAL":
      case "USER":
      case "WORKDIR":
        if (rest !== "") inst.args = [rest];
        break;
      case "ONBUILD":
        if (rest !== "") {
          inst.onbuild = this.nodeFromLine(rest);
          inst.onbuild.original = rest;
          inst.args = [inst.onbuild.keyword, ...inst.onbuild.args];
        }
        break;
      default:
    }
    return inst;
  }
  maybeJSON(inst, rest) {
    if (rest === "") return;
    const json = parseJSON(rest);
    if (json) [inst.args, inst.json] = [json, true];
    else inst.args = [rest];
  }
};
var keywordAsWritten = /* @__PURE__ */ new WeakMap();
var rawFlags = /* @__PURE__ */ new WeakMap();
var FLAGS = {
  ADD: { chown: "string", chmod: "string", link: "bool", "keep-git-dir": "bool", checksum: "string", unpack: "bool", exclude: "strings" },
  COPY: { chown: "string", from: "string", chmod: "string", link: "bool", exclude: "strings", parents: "bool" },
  FROM: { platform: "string" }
};
function checkFlags(inst) {
  const known = FLAGS[inst.keyword];
  if (!known) return void 0;
  const used = /* @__PURE__ */ new Set();
  for (const a of rawFlags.get(inst) ?? []) {
    const eq = a.indexOf("=");
    const flagName = eq < 0 ? a : a.slice(0, eq);
    const value = eq < 0 ? "" : a.slice(eq + 1);
    const name = flagName.slice(2);
    const type = Object.hasOwn(known, name) ? known[name] : void 0;
    if (type === void 0) return suggest(`unknown flag: ${flagName}`, name, Object.keys(known).sort(), true);
    if (used.has(name) && type !== "strings") return `duplicate flag specified: ${flagName}`;
    used.add(name);
    if (type === "bool") {
      if (eq >= 0 && value === "") return `missing a value on flag: ${flagName}`;
      if (!["true", "", "false"].includes(value.toLowerCase())) return `expecting boolean value for flag ${flagName}, not: ${value}`;
    } else if (eq < 0) return `missing a value on flag: ${flagName}`;
  }
  return void 0;
}
function flagIsTrue(inst, name) {
  const v = inst.flags[name]?.at(-1);
  return v !== void 0 && (v === "" || v.toLowerCase() === "true");
}
function parseFlags(words) {
  const flags = {};
  for (const w of words) {
    const body = w.startsWith("--") ? w.slice(2) : w;
    const eq = body.indexOf("=");
    const name = eq < 0 ? body : body.slice(0, eq);
    (flags[name] ??= []).push(eq < 0 ? "" : body.slice(eq + 1));
  }
  return flags;
}
function continuationRegex(esc) {
  const e = "\\" + esc;
  return new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`);
}
var trimNewline = (s) => s.replace(/[\r\n]+$/, "");
var isComment = (line) => trimLeadingSpace(line).startsWith("#");
function heredocKeyword(inst) {
  return (inst.keyword === "ADD" || inst.keyword === "COPY" || inst.keyword === "RUN") && !inst.json;
}
function checkInstruction(inst, file) {
  const fail = (reason) => {
    throw new DockerfileError(file, inst.line, reason);
  };
  const n = inst.args.length;
  const flagError = checkFlags(inst);
  switch (inst.keyword) {
    case "ADD":
    case "COPY":
      if (n < 2) fail(`${inst.keyword} requires at least two arguments, but only one was provided. Destination could not be determined`);
      if (flagError !== void 0) fail(flagError);
      if (isHeredocWord(inst.args[n - 1])) fail(`${inst.keyword} cannot accept a heredoc as a destination`);
      break;
    case "FROM": {
      if (n === 3 && inst.args[1].toLowerCase() === "as") {
        if (!/^[a-z][a-z0-9-_.]*$/.test(inst.args[2].toLowerCase())) {
          fail(`invalid name for build stage: ${JSON.stringify(inst.args[2])}, name can't start with a number or contain symbols`);
        }
      } else if (n !== 1) fail("FROM requires either one or three arguments");
      if (flagError !== void 0) fail(flagError);
      break;
    }
    case "ARG":
      if (n === 0) fail("ARG requires at least one argument");
      if (inst.args.some((a) => a.startsWith("="))) fail("ARG names can not be blank");
      break;
    case "ENV":
    case "LABEL":
    case "EXPOSE":
    case "VOLUME":
    case "HEALTHCHECK":
      if (n === 0) fail(`${inst.keyword} requires at least one argument`);
      break;
    case "MAINTAINER":
    case "USER":
    case "WORKDIR":
    case "STOPSIGNAL":
      if (n !== 1) fail(`${inst.keyword} requires exactly one argument`);
      break;
    case "ONBUILD": {
      if (n === 0) fail("ONBUILD requires at least one argument");
      const trigger = inst.onbuild.keyword;
      if (trigger === "ONBUILD") fail("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
      if (trigger === "MAINTAINER" || trigger === "FROM") fail(`${trigger} isn't allowed as an ONBUILD trigger`);
      break;
    }
    case "CMD":
    case "ENTRYPOINT":
    case "RUN":
    case "SHELL":
      break;
    default:
      fail(unknownInstruction(keywordAsWritten.get(inst) ?? inst.keyword));
  }
}
function unknownInstruction(written) {
  return suggest(`unknown instruction: ${written}`, written, KNOWN, false);
}
function checkTrigger(inst, file, line) {
  const at = { ...inst, line };
  keywordAsWritten.set(at, keywordAsWritten.get(inst) ?? inst.keyword);
  checkInstruction(at, file);
}

// src/patterns/matcher.ts
var PatternError = class extends Error {
  constructor(reason, pattern, source) {
    super(`invalid pattern ${JSON.stringify(pattern)}: ${reason}`);
    this.reason = reason;
    this.pattern = pattern;
    this.source = source;
  }
  reason;
  pattern;
  source;
};
var Pattern = class {
  exclusion;
  /** The cleaned pattern without its '!' — what moby's Pattern.String() returns. */
  cleaned;
  dirs;
  source;
  type;
  regexp;
  compileError;
  constructor(cleaned, exclusion, source) {
    this.cleaned = cleaned;
    this.exclusion = exclusion;
    this.dirs = cleaned.split("/").length;
    this.source = source;
  }
  toString() {
    return this.cleaned;
  }
  /** Whether the pattern matches the slash-separated path. Throws PatternError where Go's regexp compile fails. */
  match(path) {
    if (this.type === void 0) this.compile();
    if (this.compileError !== void 0) throw new PatternError(this.compileError, this.cleaned, this.source);
    switch (this.type) {
      case "exact":
        return path === this.cleaned;
      case "prefix":
        return path.startsWith(this.cleaned.slice(0, -2));
      case "suffix": {
        const suffix = this.cleaned.slice(2);
        if (path.endsWith(suffix)) return true;
        return suffix[0] === "/" && path === suffix.slice(1);
      }
      default:
        return this.regexp.test(path);
    }
  }
  /** Pattern.compile from moby/patternmatcher, emitting a JS (u-mode) regexp equivalent to the Go one. */
  compile() {
    const p = toRunes(this.cleaned);
    let re = "^";
    let type = "exact";
    let inClass = false;
    let classStart = false;
    let iter = 0;
    for (let i = 0; i < p.length; iter++) {
      const ch2 = p[i++];
      const wasClassStart = classStart;
      classStart = false;
      if (ch2 === 42) {
        if (p[i] === 42) {
          i++;
          if (p[i] === 47) i++;
          if (i >= p.length) {
            if (type === "exact") type = "prefix";
            else {
              re += "[^\\n]*";
              type = "regexp";
            }
          } else {
            re += "(?:[^\\n]*\\/)?";
            type = "regexp";
          }
          if (iter === 0) type = "suffix";
        } else {
          re += "[^\\/]*";
          type = "regexp";
        }
      } else if (ch2 === 63) {
        re += "[^\\/]";
        type = "regexp";
      } else if (".+()|{}$".includes(String.fromCodePoint(ch2))) {
        re += "\\" + String.fromCodePoint(ch2);
      } else if (ch2 === 92) {
        if (i < p.length) {
          const next = p[i++];
          const t = goEscape(next, inClass);
          if (t === void 0) this.compileError ??= `invalid escape sequence \\${String.fromCodePoint(next)}`;
          else re += t;
          type = "regexp";
        } else {
          re += "\\\\";
        }
      } else if (ch2 === 91) {
        if (!inClass) {
          inClass = true;
          classStart = true;
        }
        re += "[";
        type = "regexp";
      } else if (ch2 === 93) {
        if (inClass && !wasClassStart) {
          inClass = false;
          re += "]";
        } else re += "\\]";
        type = "regexp";
      } else if (ch2 === 94 && wasClassStart) {
        re += "^";
        classStart = true;
      } else {
        re += literal(ch2);
      }
    }
    this.type = type;
    if (type === "regexp") {
      re += "$";
      if (inClass) this.compileError ??= "missing closing ]";
      if (this.compileError === void 0) {
        try {
          this.regexp = new RegExp(re, "u");
        } catch (e) {
          this.compileError = e.message;
        }
      }
    }
  }
};
function literal(cp) {
  return String.fromCodePoint(cp);
}
var PERL = {
  d: ["0-9", "[0-9]"],
  D: ["", "[^0-9]"],
  s: ["\\t\\n\\f\\r ", "[\\t\\n\\f\\r ]"],
  S: ["", "[^\\t\\n\\f\\r ]"],
  w: ["0-9A-Za-z_", "[0-9A-Za-z_]"],
  W: ["", "[^0-9A-Za-z_]"]
};
var CONTROL = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
function goEscape(cp, inClass) {
  if (cp < 128 && !/[0-9A-Za-z]/.test(String.fromCodePoint(cp))) {
    return `\\u{${cp.toString(16)}}`;
  }
  const c = String.fromCodePoint(cp);
  if (c in CONTROL) return `\\u{${CONTROL[c].toString(16)}}`;
  const perl = PERL[c];
  if (perl) return inClass ? perl[0] === "" ? void 0 : perl[0] : perl[1];
  if (!inClass) {
    if (c === "b") return "\\b";
    if (c === "B") return "\\B";
    if (c === "A") return "^";
    if (c === "z") return "$";
  }
  return void 0;
}
var PatternMatcher = class {
  patterns = [];
  exclusions;
  /**
   * moby's patternmatcher.New: trims, cleans, splits off '!', and validates with filepath.Match.
   * `sources[i]` says where patterns[i] came from.
   */
  constructor(patterns, sources) {
    let exclusions = false;
    patterns.forEach((raw, idx) => {
      const source = sources?.[idx];
      let p = goTrimSpace(raw);
      if (p === "") return;
      p = goClean(p);
      let exclusion = false;
      if (p[0] === "!") {
        if (p.length === 1) throw new PatternError('illegal exclusion pattern: "!"', raw, source);
        exclusion = true;
        exclusions = true;
        p = p.slice(1);
      }
      if (isBadGoPattern(p)) throw new PatternError("syntax error in pattern", raw, source);
      this.patterns.push(new Pattern(p, exclusion, source));
    });
    this.exclusions = exclusions;
  }
  /** MatchesOrParentMatches: the path or one of its parent directories matches. */
  matchesOrParentMatches(file) {
    let matched = false;
    const slash = file.lastIndexOf("/");
    const parentDirs = slash < 0 ? [] : file.slice(0, slash).split("/");
    for (const pattern of this.patterns) {
      if (pattern.exclusion !== matched) continue;
      let match = pattern.match(file);
      if (!match) {
        for (let i = 0; i < parentDirs.length && !match; i++) {
          match = safeMatch(pattern, parentDirs.slice(0, i + 1).join("/"));
        }
      }
      if (match) matched = !pattern.exclusion;
    }
    return matched;
  }
  /**
   * MatchesUsingParentResults: as the tar walker of the classic builder calls it.
   * Returns whether the path is excluded and the per-pattern results for its children.
   */
  matchesUsingParentResults(file, parent) {
    const info = new Array(this.patterns.length).fill(false);
    let matched = false;
    for (let i = 0; i < this.patterns.length; i++) {
      const pattern = this.patterns[i];
      let match = parent !== void 0 && parent[i] === true;
      if (!match) {
        if (pattern.exclusion !== matched) continue;
        match = pattern.match(file);
        if (!match && parent === void 0) {
          const slash = file.lastIndexOf("/");
          if (slash >= 0) {
            const dirs = file.slice(0, slash).split("/");
            for (let k = 0; k < dirs.length && !match; k++) match = safeMatch(pattern, dirs.slice(0, k + 1).join("/"));
          }
        }
      }
      info[i] = match;
      if (match) matched = !pattern.exclusion;
    }
    return { excluded: matched, info };
  }
  /**
   * The classic builder's pruning rule for an excluded directory: it is walked only when some
   * exception pattern, as a string, starts with "dir/". Anything else under it is never sent,
   * even where an exception such as "!**\/keep" would match.
   */
  canSkipDir(dir) {
    if (!this.exclusions) return true;
    const dirSlash = dir + "/";
    for (const p of this.patterns) if (p.exclusion && (p.cleaned + "/").startsWith(dirSlash)) return false;
    return true;
  }
};
function safeMatch(pattern, path) {
  try {
    return pattern.match(path);
  } catch (e) {
    if (e instanceof PatternError) return false;
    throw e;
  }
}

// src/dockerfile/sources.ts
var PROTO = /^[a-zA-Z0-9]+:\/\//;
var SCP = /^[a-zA-Z0-9_-]+@[a-zA-Z0-9.-]+:[^\n]*$/;
function urlPath(url) {
  let rest = url.split("#", 1)[0].split("?", 1)[0];
  rest = rest.slice(rest.indexOf("://") + 3);
  const slash = rest.indexOf("/");
  try {
    return slash < 0 ? "" : decodeURIComponent(rest.slice(slash));
  } catch {
    return void 0;
  }
}
function isGitRef(src) {
  if (src.startsWith("./") || src.startsWith("../") || src.startsWith("github.com/")) return false;
  const proto = PROTO.exec(src)?.[0];
  if (proto === void 0) return SCP.test(src);
  const scheme = proto.slice(0, -3).toLowerCase();
  if (scheme === "ssh" || scheme === "git") return urlPath(src) !== void 0;
  if (scheme === "http" || scheme === "https") return urlPath(src)?.endsWith(".git") === true;
  return false;
}
function sourceKind(src) {
  if (isGitRef(src)) return "git";
  if (src.startsWith("http://") || src.startsWith("https://")) return "http";
  return "local";
}
function contextPath(src) {
  const p = goClean("/" + src).slice(1);
  return p === "" ? "." : p;
}
var MountError = class extends Error {
};
function csvFields(s) {
  const fields = [];
  let i = 0;
  for (; ; ) {
    let field = "";
    if (s[i] === '"') {
      for (i++; ; i++) {
        if (i >= s.length) throw new MountError('failed to parse csv mounts: extraneous or missing " in quoted-field');
        if (s[i] !== '"') field += s[i];
        else if (s[i + 1] === '"') field += s[++i];
        else break;
      }
      i++;
      if (i < s.length && s[i] !== ",") throw new MountError('failed to parse csv mounts: extraneous or missing " in quoted-field');
    } else {
      const end = s.indexOf(",", i) < 0 ? s.length : s.indexOf(",", i);
      field = s.slice(i, end);
      if (field.includes('"')) throw new MountError('failed to parse csv mounts: bare " in non-quoted-field');
      i = end;
    }
    fields.push(field);
    if (i >= s.length) return fields;
    i++;
  }
}
var MOUNT_TYPES = ["bind", "cache", "tmpfs", "secret", "ssh"];
var MOUNT_KEYS = ["type", "from", "source", "target", "readonly", "id", "sharing", "required", "size", "mode", "uid", "gid", "src", "dst", "destination", "ro", "rw", "readwrite", "env"];
function parseMount(value, expand) {
  const m = { type: "bind", from: "", source: "", target: "" };
  for (const field of csvFields(value)) {
    const eq = field.indexOf("=");
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    let v = field.slice(eq + 1);
    if (eq < 0) {
      if (!expand || ["readonly", "ro", "readwrite", "rw"].includes(key)) continue;
      if (key === "required" && (m.type === "secret" || m.type === "ssh")) continue;
      if (key === "required") throw new MountError(`unexpected key '${key}' for mount type '${m.type}'`);
      throw new MountError(`invalid field '${field}' must be a key=value pair`);
    }
    if (expand) v = expand(v, key);
    else if (key === "from") {
      const dollar = v.indexOf("$");
      if (dollar !== -1 && dollar !== v.length - 1) throw new MountError(`'${key}' doesn't support variable expansion, define alias stage instead`);
    } else continue;
    switch (key) {
      case "type":
        if (!MOUNT_TYPES.includes(v.toLowerCase())) throw new MountError(suggest(`unsupported mount type ${JSON.stringify(v)}`, v, MOUNT_TYPES, true));
        m.type = v.toLowerCase();
        break;
      case "from":
        m.from = v;
        break;
      case "source":
      case "src":
        m.source = v;
        break;
      case "target":
      case "dst":
      case "destination":
        m.target = v;
        break;
      default:
        if (!MOUNT_KEYS.includes(key)) throw new MountError(suggest(`unexpected key '${key}' in '${field}'`, key, MOUNT_KEYS, true));
    }
  }
  return m;
}

// src/dockerfile/plan.ts
function defaultArgs(buildArgs, target) {
  const env = /* @__PURE__ */ new Map([
    ["BUILDPLATFORM", "linux/amd64"],
    ["BUILDOS", "linux"],
    ["BUILDOSVERSION", ""],
    ["BUILDARCH", "amd64"],
    ["BUILDVARIANT", ""],
    ["TARGETPLATFORM", "linux/amd64"],
    ["TARGETOS", "linux"],
    ["TARGETOSVERSION", ""],
    ["TARGETARCH", "amd64"],
    ["TARGETVARIANT", ""],
    ["TARGETSTAGE", target === "" ? "default" : target]
  ]);
  for (const key of env.keys()) if (Object.hasOwn(buildArgs, key)) env.set(key, buildArgs[key]);
  return env;
}
var NON_ENV = /* @__PURE__ */ new Set(["BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE"]);
function splitArg(word) {
  const eq = word.indexOf("=");
  return eq < 0 ? [word, void 0] : [word.slice(0, eq), word.slice(eq + 1)];
}
function envPairs(inst) {
  if (inst.args.length > 0 && !inst.args[0].includes("=")) return [[inst.args[0], inst.args[1] ?? ""]];
  return inst.args.map((w) => splitArg(w));
}
function planContextCopies(text, opts) {
  return new Planner(text, opts).plan();
}
var Planner = class {
  constructor(text, opts) {
    this.opts = opts;
    this.file = opts.file;
    this.buildArgs = opts.buildArgs ?? {};
    if (text.length === 0) throw this.error(1, "the Dockerfile cannot be empty");
    const parsed = parseDockerfileFull(text, this.file);
    this.instructions = parsed.instructions;
    this.lex = new Lex(parsed.escapeToken);
  }
  opts;
  file;
  buildArgs;
  lex;
  instructions;
  stages = [];
  byName = /* @__PURE__ */ new Map();
  globalArgs = /* @__PURE__ */ new Map();
  /** BuildKit's list of states: the stages, then each image a COPY --from or RUN --mount names, as met. */
  stateCount = 0;
  /** The stage each COPY --from or RUN --mount reads (undefined for an image). */
  sourcesOf = /* @__PURE__ */ new Map();
  warnings = [];
  plan() {
    const meta = this.splitStages();
    const last = this.stages.at(-1);
    this.globalArgs = defaultArgs(this.buildArgs, this.opts.target || last.name);
    for (const inst of meta) this.metaArg(inst);
    this.resolveBases();
    const target = this.resolveTarget() ?? last;
    this.stateCount = this.stages.length;
    for (const st of this.stages) for (const c of st.commands) this.addDeps(st, c);
    this.checkCycles();
    const reachable = this.reachable(target);
    const copies = [];
    const done = /* @__PURE__ */ new Set();
    for (const st of this.stages) {
      if (!reachable.has(st)) continue;
      done.add(st);
      const env = new Map(st.base?.env ?? []);
      for (const c of [...st.triggers ?? [], ...st.commands]) this.dispatch(st, c, env, done, copies);
      st.env = env;
    }
    return {
      target: target.label,
      stages: this.stages.filter((s) => reachable.has(s)).map((s) => s.label),
      copies,
      warnings: this.warnings
    };
  }
  error(line, reason) {
    return new DockerfileError(this.file, line, reason);
  }
  /** instructions.Parse: ARGs before the first FROM are global; anything else needs a stage. */
  splitStages() {
    const meta = [];
    for (const inst of this.instructions) {
      if (inst.keyword === "FROM") {
        const index = this.stages.length;
        const name = inst.args.length === 3 ? inst.args[2].toLowerCase() : "";
        const label = name || String(index);
        this.stages.push({ index, name, label, stageName: name || `stage-${index}`, from: inst, commands: [], deps: /* @__PURE__ */ new Map() });
      } else if (this.stages.length > 0) this.stages.at(-1).commands.push(inst);
      else if (inst.keyword === "ARG") meta.push(inst);
      else throw this.error(inst.line, "no build stage in current context");
    }
    if (this.stages.length === 0) throw this.error(1, "dockerfile contains no stages to build");
    return meta;
  }
  /** ProcessWord with the instruction's line on errors. */
  expand(word, env, inst) {
    try {
      return this.lex.processWord(word, env);
    } catch (e) {
      if (e instanceof ShellError) throw this.error(inst.line, e.message);
      throw e;
    }
  }
  /** Expands a word that decides what is read from the context, warning about unset variables. */
  expandSource(word, env, inst) {
    const { result: result2, unset } = this.expand(word, env, inst);
    for (const name of unset) {
      const why = this.globalArgs.has(name) ? `a global ARG is visible in a stage only after "ARG ${name}" in that stage` : "a value from the base image's ENV is not known here";
      const w = `${this.file}:${inst.line}: ${inst.keyword} uses $${name}, which is not set at that point and was read as empty (${why})`;
      if (!this.warnings.includes(w)) this.warnings.push(w);
    }
    return result2;
  }
  /** buildMetaArgs: a global ARG takes its --build-arg value, else its default expanded with the ARGs before it. */
  metaArg(inst) {
    for (const word of inst.args) {
      const [key, value] = splitArg(word);
      if (Object.hasOwn(this.buildArgs, key)) this.globalArgs.set(key, this.buildArgs[key]);
      else if (value !== void 0) this.globalArgs.set(key, this.expand(value, this.globalArgs, inst).result);
    }
  }
  /** buildDispatchStates: FROM expands global ARGs; a base naming an earlier stage builds on that stage. */
  resolveBases() {
    for (const st of this.stages) {
      const raw = st.from.args[0];
      const base = this.expand(raw, this.globalArgs, st.from).result;
      if (base === "") throw this.error(st.from.line, `base name (${raw}) should not be blank`);
      st.base = this.byName.get(base);
      if (st.name !== "") this.byName.set(st.name, st);
    }
  }
  resolveTarget() {
    const want = this.opts.target;
    if (!want) return void 0;
    const found = this.byName.get(want.toLowerCase());
    if (found) return found;
    const names = this.stages.filter((s) => s.name !== "").map((s) => s.name);
    const msg = suggest(`target stage ${JSON.stringify(want)} could not be found`, want, names, true);
    const list = names.length > 0 ? `the stages are: ${names.join(", ")}` : "the Dockerfile names no stages (FROM image AS name)";
    throw this.error(1, `${msg}; ${list}`);
  }
  /** toCommand: the stages (or images) a COPY --from or a RUN --mount reads. */
  addDeps(st, c) {
    const sources = [];
    if (c.keyword === "COPY" && c.flags.from) {
      const from = c.flags.from.at(-1);
      if (this.expand(from, EMPTY_ENV, c).result !== from) {
        throw this.error(c.line, "variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround");
      }
      if (/^[+-]?\d{1,18}$/.test(from)) {
        const index = Number(from);
        if (index < 0 || index >= this.stateCount) throw this.error(c.line, `invalid stage index ${index}`);
        sources.push(this.stages[index]);
      } else sources.push(this.stageOrImage(from));
    }
    if (c.keyword === "RUN") {
      for (const value of c.flags.mount ?? []) sources.push(this.stageOrImage(this.mount(value, c).from || "scratch"));
    }
    if (sources.length === 0) return;
    this.sourcesOf.set(c, sources);
    for (const s of sources) if (s && !st.deps.has(s)) st.deps.set(s, c);
  }
  stageOrImage(name) {
    const st = this.byName.get(name.toLowerCase());
    if (!st) this.stateCount++;
    return st;
  }
  mount(value, c, expand) {
    try {
      return parseMount(value, expand);
    } catch (e) {
      if (e instanceof MountError) throw this.error(c.line, e.message);
      throw e;
    }
  }
  /** validateCircularDependency over COPY --from / RUN --mount edges. */
  checkCycles() {
    const visited = /* @__PURE__ */ new Set();
    const path = /* @__PURE__ */ new Set();
    const visit = (s, via) => {
      if (visited.has(s)) return void 0;
      visited.add(s);
      path.add(s);
      for (const [dep, c] of s.deps) {
        const next = [...via, c];
        if (path.has(dep)) return next;
        const found = visit(dep, next);
        if (found) return found;
      }
      path.delete(s);
      return void 0;
    };
    for (const s of this.stages) {
      const cycle = visit(s, []);
      if (cycle) throw this.error(cycle[0].line, `circular dependency detected on stage: ${s.stageName}`);
    }
  }
  /** The target and, transitively, its base stages and the stages it reads; ONBUILD triggers can add some. */
  reachable(target) {
    const seen = /* @__PURE__ */ new Set();
    const todo = [target];
    for (let st = todo.pop(); st; st = todo.pop()) {
      if (seen.has(st)) continue;
      seen.add(st);
      if (st.base) {
        if (!st.triggers) {
          st.triggers = st.base.commands.filter((c) => c.onbuild).map((c) => ({ ...c.onbuild, original: c.original }));
          for (const t of st.triggers) {
            checkTrigger(t, this.file, st.from.line);
            this.addDeps(st, t);
          }
        }
        todo.push(st.base);
      }
      todo.push(...st.deps.keys());
    }
    return seen;
  }
  dispatch(st, c, env, done, copies) {
    switch (c.keyword) {
      case "ENV": {
        const pairs = envPairs(c).map(([k, v]) => [this.expand(k, env, c).result, this.expand(v, env, c).result]);
        for (const [k, v] of pairs) env.set(k, v);
        return;
      }
      case "ARG":
        return this.stageArg(c, env);
      case "COPY":
      case "ADD": {
        const from = this.sourcesOf.get(c)?.[0];
        if (from && !done.has(from)) {
          throw this.error(c.line, `cannot copy from stage ${JSON.stringify(c.flags.from.at(-1))}, it needs to be defined before current stage ${JSON.stringify(st.stageName)}`);
        }
        if (c.flags.from) return;
        const copy = this.copySources(st, c, env);
        if (copy) copies.push(copy);
        return;
      }
      case "RUN": {
        const mounts = c.flags.mount ?? [];
        const sources = [];
        mounts.forEach((value, i) => {
          const m = this.mount(
            value,
            c,
            (w, key) => key === "source" || key === "src" ? this.expandSource(w, env, c) : this.expand(w, env, c).result
          );
          const from = this.sourcesOf.get(c)?.[i];
          if (m.from !== "" && from && !done.has(from)) {
            throw this.error(c.line, `cannot mount from stage ${JSON.stringify(m.from)} to ${JSON.stringify(m.target)}, stage needs to be defined before current command`);
          }
          if (m.type === "bind" && m.from === "") sources.push(contextPath(m.source));
        });
        if (sources.length > 0) copies.push(this.contextCopy(st, c, sources, [], void 0));
        return;
      }
      default:
    }
  }
  /** dispatchArg: --build-arg value, else the default expanded, else the global ARG of that name. */
  stageArg(c, env) {
    for (const word of c.args) {
      const [key, def] = splitArg(word);
      let value;
      if (Object.hasOwn(this.buildArgs, key)) value = this.buildArgs[key];
      else if (def !== void 0) value = this.expand(def, env, c).result;
      else value = this.globalArgs.get(key);
      if (value !== void 0 && !NON_ENV.has(key)) env.set(key, value);
    }
  }
  /** dispatchCopy for the sources read from the context. */
  copySources(st, c, env) {
    const args = c.args;
    this.expand(args.at(-1), env, c);
    const parents = c.keyword === "COPY" && flagIsTrue(c, "parents");
    const sources = [];
    const patterns = [];
    for (const raw of args.slice(0, -1)) {
      if (isHeredocWord(raw)) continue;
      const src = this.expandSource(raw, env, c);
      const kind = sourceKind(src);
      if (kind !== "local" && c.keyword === "COPY") {
        throw this.error(c.line, kind === "git" ? "source can't be a git ref for COPY" : "source can't be a URL for COPY");
      }
      if (kind !== "local") continue;
      if (!parents) {
        sources.push(contextPath(src));
        continue;
      }
      const pivot = src.indexOf("/./");
      const pattern = contextPath(pivot < 0 ? src : src.slice(pivot + 3));
      sources.push(pivot < 0 ? "." : contextPath(src.slice(0, pivot)));
      patterns.push(pattern === "." ? "" : pattern);
      if (pattern === ".") {
        this.warnings.push(`${this.file}:${c.line}: COPY --parents with nothing after the pivot (${raw}) is counted as copying the whole directory`);
      }
    }
    if (sources.length === 0) return void 0;
    const excludes = c.flags.exclude ?? [];
    this.checkPatterns(c, excludes);
    if (parents) this.checkPatterns(c, patterns);
    return this.contextCopy(st, c, sources, excludes, parents ? patterns : void 0);
  }
  /** fsutil fails the copy on a pattern moby/patternmatcher rejects. */
  checkPatterns(c, patterns) {
    try {
      for (const p of patterns) new PatternMatcher([p]).patterns.forEach((x) => x.match(""));
    } catch (e) {
      if (e instanceof PatternError) throw this.error(c.line, e.message);
      throw e;
    }
  }
  contextCopy(st, c, sources, excludes, parents) {
    const whole = sources.some((s, i) => s === "." && (parents === void 0 || parents[i] === ""));
    const copy = {
      keyword: c.keyword,
      line: c.line,
      original: c.original,
      stage: st.label,
      sources,
      wholeContext: whole && excludes.length === 0,
      excludes
    };
    if (parents) copy.parents = parents;
    return copy;
  }
};

// src/dockerfile/select.ts
function containsWildcards(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (c === "*" || c === "?" || c === "[") return true;
  }
  return false;
}
function splitWildcards(src) {
  const parts = src.split("/");
  const k = parts.findIndex(containsWildcards);
  if (k < 0) return void 0;
  return { dir: parts.slice(0, k).join("/"), rest: parts.slice(k).join("/") };
}
function componentEnd(s, from, n) {
  let end = from - 1;
  for (let k = 0; k < n; k++) {
    if (end >= s.length) return -1;
    const next = s.indexOf("/", end + 1);
    end = next < 0 ? s.length : next;
  }
  return end;
}
function compileGlob(pattern) {
  if (isBadGoPattern(pattern)) return () => -1;
  const runes = toRunes(pattern);
  const match = (s) => goMatchRunes(runes, toRunes(s));
  if (pattern.includes("[")) {
    return (path, from) => {
      for (let end = componentEnd(path, from, 1); end >= 0; end = end >= path.length ? -1 : componentEnd(path, end + 1, 1)) {
        if (match(path.slice(from, end))) return end;
      }
      return -1;
    };
  }
  const components = pattern.split("/").length;
  if (pattern.includes("\\")) {
    return (path, from) => {
      const end = componentEnd(path, from, components);
      return end >= 0 && match(path.slice(from, end)) ? end : -1;
    };
  }
  const source = Array.from(pattern, (c) => c === "*" ? "[^/]*" : c === "?" ? "[^/]" : c.replace(/[$()*+.?[\\\]^{|}/]/g, "\\$&")).join("");
  const re = new RegExp(`${source}(?=/|$)`, "uy");
  return (path, from) => {
    re.lastIndex = from;
    return re.test(path) ? re.lastIndex : -1;
  };
}
function wildcardRoot(dirPrefix, rootEnd) {
  if (dirPrefix === "") return (path) => rootEnd(path, 0);
  return (path) => path.startsWith(dirPrefix) ? rootEnd(path, dirPrefix.length) : -1;
}
var TOP = { pruned: false, include: void 0, exclude: void 0 };
function makeFilter(include, exclude) {
  const dirs = /* @__PURE__ */ new Map();
  const step = (parent, rel) => {
    if (parent.pruned) return { taken: false, state: parent };
    let taken = true;
    let inc;
    let exc;
    if (include) ({ excluded: taken, info: inc } = include.matchesUsingParentResults(rel, parent.include));
    let excluded = false;
    if (exclude) ({ excluded, info: exc } = exclude.matchesUsingParentResults(rel, parent.exclude));
    if (excluded) taken = false;
    return { taken, state: { pruned: excluded && !exclude.exclusions, include: inc, exclude: exc } };
  };
  const dirState = (path, relStart, end) => {
    if (end < relStart) return TOP;
    const key = path.slice(0, end);
    let state = dirs.get(key);
    if (state === void 0) {
      const up = path.lastIndexOf("/", end - 1);
      state = step(dirState(path, relStart, up), path.slice(relStart, end)).state;
      dirs.set(key, state);
    }
    return state;
  };
  return (path, relStart) => step(dirState(path, relStart, path.lastIndexOf("/")), path.slice(relStart)).taken;
}
function filteredTest(src, literal2, include, exclude) {
  const filter = makeFilter(include, exclude);
  const wild = literal2 ? void 0 : splitWildcards(src);
  if (wild) {
    const root = wildcardRoot(wild.dir === "" ? "" : wild.dir + "/", compileGlob(wild.rest));
    return (path) => {
      const end = root(path);
      return end >= 0 && (end === path.length || filter(path, end + 1));
    };
  }
  if (src === ".") return (path) => filter(path, 0);
  const prefix = src + "/";
  return (path) => path === src || path.startsWith(prefix) && filter(path, prefix.length);
}
function makeCopySelector(plan) {
  const exact = /* @__PURE__ */ new Set();
  const depthSet = /* @__PURE__ */ new Set();
  const tests = [];
  for (const copy of plan.copies) {
    const literal2 = copy.keyword === "RUN";
    const exclude = copy.excludes.length > 0 ? new PatternMatcher(copy.excludes) : void 0;
    for (const [i, src] of copy.sources.entries()) {
      const pattern = copy.parents?.[i];
      if (exclude || pattern !== void 0 && pattern !== "") {
        const include = pattern ? new PatternMatcher([pattern]) : void 0;
        tests.push(filteredTest(src, literal2, include, exclude));
        continue;
      }
      if (src === ".") return () => true;
      const wild = literal2 ? void 0 : splitWildcards(src);
      if (wild) {
        const root = wildcardRoot(wild.dir === "" ? "" : wild.dir + "/", compileGlob(wild.rest));
        tests.push((path) => root(path) >= 0);
      } else {
        exact.add(src);
        depthSet.add(src.split("/").length);
      }
    }
  }
  const depths = [...depthSet].sort((a, b) => a - b);
  const hasExact = (path) => {
    let end = -1;
    let done = 0;
    for (const d of depths) {
      for (; done < d; done++) {
        if (end >= path.length) return false;
        const next = path.indexOf("/", end + 1);
        end = next < 0 ? path.length : next;
      }
      if (exact.has(end === path.length ? path : path.slice(0, end))) return true;
    }
    return false;
  };
  return (path) => {
    if (depths.length > 0 && hasExact(path)) return true;
    for (const t of tests) if (t(path)) return true;
    return false;
  };
}
function selectsWholeDirectories(plan) {
  return plan.copies.every((c) => c.excludes.length === 0 && c.parents === void 0);
}

// src/measure/top.ts
var TopN = class {
  constructor(n) {
    this.n = n;
  }
  n;
  heap = [];
  add(item) {
    if (this.n <= 0) return;
    const h = this.heap;
    if (h.length < this.n) {
      h.push(item);
      this.up(h.length - 1);
    } else if (less(h[0], item)) {
      h[0] = item;
      this.down(0);
    }
  }
  /** Largest first; ties by path, so output is deterministic. */
  sorted() {
    return [...this.heap].sort((a, b) => less(a, b) ? 1 : less(b, a) ? -1 : 0);
  }
  up(i) {
    const h = this.heap;
    while (i > 0) {
      const p = i - 1 >> 1;
      if (!less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }
  down(i) {
    const h = this.heap;
    for (; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && less(h[l], h[m])) m = l;
      if (r < h.length && less(h[r], h[m])) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m], h[i]];
      i = m;
    }
  }
};
function less(a, b) {
  return a.bytes < b.bytes || a.bytes === b.bytes && a.path > b.path;
}

// src/measure/tally.ts
var Tally = class {
  bytes = 0;
  files = 0;
  symlinks = 0;
  directories = 0;
  other = 0;
  unreadable = 0;
  topFiles;
  topDirs;
  open = [];
  seenInodes = /* @__PURE__ */ new Set();
  constructor(top) {
    this.topFiles = new TopN(top);
    this.topDirs = new TopN(top);
  }
  /**
   * Counts one entry that the build sends. `inode` is given for files with more than one link,
   * so that hard-linked content counts once, as tar sends it once.
   */
  add(path, kind, size2, inode) {
    this.closeDirsNotContaining(path);
    if (kind === "dir") {
      this.directories++;
      return;
    }
    if (kind === "other") {
      this.other++;
      return;
    }
    if (inode !== void 0) {
      if (this.seenInodes.has(inode)) size2 = 0;
      else this.seenInodes.add(inode);
    }
    if (kind === "file") this.files++;
    else this.symlinks++;
    this.bytes += size2;
    this.topFiles.add({ path, bytes: size2 });
    this.addToDirs(path, size2);
  }
  markUnreadable(path) {
    this.closeDirsNotContaining(path);
    this.unreadable++;
  }
  finish() {
    this.closeDirsNotContaining("");
    return {
      bytes: this.bytes,
      files: this.files,
      symlinks: this.symlinks,
      directories: this.directories,
      other: this.other,
      unreadable: this.unreadable,
      largestFiles: this.topFiles.sorted(),
      largestDirectories: this.topDirs.sorted()
    };
  }
  /** Opens the ancestors of `path` that are not open yet and adds the bytes to the deepest; a directory passes its totals to its parent when it closes. */
  addToDirs(path, size2) {
    let from = this.open.length === 0 ? 0 : this.open[this.open.length - 1].prefix.length;
    for (; ; ) {
      const slash = path.indexOf("/", from);
      if (slash < 0) break;
      const dir = path.slice(0, slash);
      this.open.push({ path: dir, prefix: dir + "/", bytes: 0, files: 0 });
      from = slash + 1;
    }
    const deepest = this.open[this.open.length - 1];
    if (deepest) {
      deepest.bytes += size2;
      deepest.files++;
    }
  }
  closeDirsNotContaining(path) {
    const open = this.open;
    while (open.length > 0 && !path.startsWith(open[open.length - 1].prefix)) {
      const d = open.pop();
      this.topDirs.add({ path: d.path, bytes: d.bytes, files: d.files });
      const parent = open[open.length - 1];
      if (parent) {
        parent.bytes += d.bytes;
        parent.files += d.files;
      }
    }
  }
};

// src/util/errors.ts
var InputError = class extends Error {
  constructor(message, file, line) {
    super(message);
    this.file = file;
    this.line = line;
  }
  file;
  line;
  /** The one line the CLI prints. */
  oneLine() {
    const where = this.file === void 0 ? "" : this.line === void 0 ? `${this.file}: ` : `${this.file}:${this.line}: `;
    return (where + this.message).replace(/[\r\n]+/g, " ");
  }
};
var UsageError = class extends InputError {
};

// src/context/ignore-file.ts
import { readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";

// src/patterns/ignorefile.ts
var MAX_LINE_BYTES2 = 64 * 1024;
var IgnoreFileError = class extends Error {
  constructor(file, line, reason) {
    super(reason);
    this.file = file;
    this.line = line;
  }
  file;
  line;
};
function parseIgnoreFile(content, file) {
  let buf = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  if (buf[0] === 239 && buf[1] === 187 && buf[2] === 191) buf = buf.subarray(3);
  const out = [];
  let start = 0;
  let lineNo = 0;
  while (start < buf.length) {
    let end = buf.indexOf(10, start);
    const next = end < 0 ? buf.length : end + 1;
    if (end < 0) end = buf.length;
    lineNo++;
    if (end - start >= MAX_LINE_BYTES2) throw new IgnoreFileError(file, lineNo, "line too long (Docker reads at most 64 KiB per line)");
    let lineEnd = end;
    if (lineEnd > start && buf[lineEnd - 1] === 13) lineEnd--;
    let pattern = buf.toString("utf8", start, lineEnd);
    start = next;
    if (pattern.startsWith("#")) continue;
    pattern = goTrimSpace(pattern);
    if (pattern === "") continue;
    const invert = pattern[0] === "!";
    if (invert) pattern = goTrimSpace(pattern.slice(1));
    if (pattern.length > 0) {
      pattern = goClean(pattern);
      if (pattern.length > 1 && pattern[0] === "/") pattern = pattern.slice(1);
    }
    if (invert) pattern = "!" + pattern;
    out.push({ pattern, source: { file, line: lineNo } });
  }
  return out;
}

// src/util/paths.ts
import { isAbsolute, relative, sep } from "node:path";
function isInside(dir, p) {
  const r = relative(dir, p);
  return r === "" || r !== ".." && !r.startsWith(".." + sep) && !isAbsolute(r);
}
function displayPath(cwd, p) {
  const shown = isInside(cwd, p) ? relative(cwd, p) || "." : p;
  return shown.split(sep).join("/");
}

// src/context/ignore-file.ts
function loadIgnoreFile(contextDir, dockerfile, display) {
  const candidates = [];
  if (dockerfile !== void 0) candidates.push(join(dirname(dockerfile), basename(dockerfile) + ".dockerignore"));
  candidates.push(join(contextDir, ".dockerignore"));
  const existing = candidates.filter(isFile);
  const path = existing[0];
  if (path === void 0) return { path, shadowed: [], lines: [], matcher: new PatternMatcher([]) };
  const shown = display(path);
  const real = realpathSync(path);
  const allowed = [contextDir, dockerfile === void 0 ? contextDir : dirname(realpathSync(dockerfile))];
  if (!allowed.some((dir) => isInside(dir, real))) {
    throw new InputError(`is a symlink to ${real}, outside the build context; docker-size-guard does not follow it`, shown);
  }
  let content;
  try {
    content = readFileSync(real);
  } catch (e) {
    throw new InputError(`cannot read: ${e.code ?? e.message}`, shown);
  }
  try {
    const lines = parseIgnoreFile(content, shown);
    const matcher = new PatternMatcher(
      lines.map((l) => l.pattern),
      lines.map((l) => l.source)
    );
    return { path, shadowed: existing.slice(1), lines, matcher };
  } catch (e) {
    throw toInputError(e);
  }
}
function toInputError(e) {
  if (e instanceof IgnoreFileError) return new InputError(e.message, e.file, e.line);
  if (e instanceof PatternError) return new InputError(e.message, e.source?.file, e.source?.line);
  return e;
}
function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

// src/context/walk.ts
import * as nodeFs from "node:fs";
function walkContext(root, matcher, visitor, fs = nodeFs) {
  const matching = matcher.patterns.length > 0;
  const walk = (absDir, relDir, parentInfo) => {
    let entries;
    try {
      entries = fs.readdirSync(absDir, { withFileTypes: true });
    } catch (e) {
      visitor.unreadable(relDir, e);
      return;
    }
    for (const d of entries) {
      const rel = relDir === "" ? d.name : relDir + "/" + d.name;
      const abs = absDir + "/" + d.name;
      let excluded = false;
      let info;
      if (matching) {
        const r = matcher.matchesUsingParentResults(rel, parentInfo);
        excluded = r.excluded;
        info = r.info;
      }
      let kind = kindOf(d);
      let st;
      if (kind === void 0 || kind !== "dir" && !excluded) {
        try {
          st = fs.lstatSync(abs);
        } catch (e) {
          visitor.unreadable(rel, e);
          continue;
        }
        kind = kindOfStats(st);
      }
      if (kind === "dir") {
        if (excluded) {
          if (!matcher.canSkipDir(rel)) walk(abs, rel, info);
          continue;
        }
        visitor.entry(rel, "dir", 0);
        walk(abs, rel, info);
      } else if (!excluded) {
        const size2 = kind === "other" ? 0 : st.size;
        visitor.entry(rel, kind, size2, st.nlink > 1 && kind === "file" ? `${st.dev}:${st.ino}` : void 0);
      }
    }
  };
  walk(root, "", void 0);
}
function kindOf(d) {
  if (d.isDirectory()) return "dir";
  if (d.isFile()) return "file";
  if (d.isSymbolicLink()) return "symlink";
  if (d.isFIFO() || d.isSocket() || d.isBlockDevice() || d.isCharacterDevice()) return "other";
  return void 0;
}
function kindOfStats(st) {
  if (st.isDirectory()) return "dir";
  if (st.isFile()) return "file";
  if (st.isSymbolicLink()) return "symlink";
  return "other";
}

// src/context/measure.ts
function measureTarget(input, fs) {
  const warnings = [];
  const ignore = loadIgnoreFile(input.contextDir, input.dockerfile, input.display);
  const plan = input.wantCopied && input.dockerfile !== void 0 ? readPlan(input) : void 0;
  if (plan) warnings.push(...plan.warnings);
  const selected = plan ? makeCopySelector(plan) : void 0;
  const context = new Tally(input.top);
  const copied = new Tally(input.top);
  const listed = [];
  const listCopied = input.list === "copied";
  const listContext = input.list === "context";
  const wholeDirs = plan !== void 0 && selectsWholeDirectories(plan);
  let takenDir;
  const isCopied = (path, kind) => {
    if (!selected) return false;
    if (takenDir !== void 0 && path.startsWith(takenDir)) return true;
    const taken = selected(path);
    if (taken && wholeDirs && kind === "dir") takenDir = path + "/";
    return taken;
  };
  try {
    walkContext(
      input.contextDir,
      ignore.matcher,
      {
        entry(path, kind, size2, inode) {
          context.add(path, kind, size2, inode);
          if (listContext && (kind === "file" || kind === "symlink")) listed.push(path);
          if (isCopied(path, kind)) {
            copied.add(path, kind, size2, inode);
            if (listCopied && (kind === "file" || kind === "symlink")) listed.push(path);
          }
        },
        unreadable(path, error) {
          context.markUnreadable(path);
          warnings.push(`cannot read ${path === "" ? "the context directory" : path}: ${error.code ?? error.message}; its size is unknown`);
        }
      },
      fs
    );
  } catch (e) {
    throw toInputError(e);
  }
  for (const file of ignore.shadowed) {
    warnings.push(`${input.display(file)} is not used: ${input.display(ignore.path)} takes precedence`);
  }
  const report = {
    name: input.dockerfile ? input.display(input.dockerfile) + (input.target ? `#${input.target}` : "") : input.contextArg,
    context: {
      path: input.contextArg,
      ignoreFile: ignore.path === void 0 ? null : input.display(ignore.path),
      ignoreFilesNotUsed: ignore.shadowed.map(input.display),
      patterns: ignore.lines.length,
      ...context.finish()
    },
    copied: plan ? copiedSection(plan, input, copied) : null,
    warnings
  };
  return { report, listed };
}
function readPlan(input) {
  const file = input.display(input.dockerfile);
  let text;
  try {
    text = readFileSync2(input.dockerfile, "utf8");
  } catch (e) {
    throw new InputError(`cannot read Dockerfile: ${e.code ?? e.message}`, file);
  }
  try {
    return planContextCopies(text, { file, target: input.target, buildArgs: input.buildArgs });
  } catch (e) {
    if (e instanceof DockerfileError) throw new InputError(e.message, e.file, e.line);
    throw e;
  }
}
function copiedSection(plan, input, tally) {
  const instructions = plan.copies.map((c) => ({
    line: c.line,
    instruction: c.original,
    stage: c.stage,
    sources: c.sources
  }));
  return {
    dockerfile: input.display(input.dockerfile),
    target: plan.target,
    stages: plan.stages,
    wholeContext: instructions.filter((_, i) => plan.copies[i].wholeContext),
    instructions,
    ...tally.finish()
  };
}

// src/report/schema.ts
var SCHEMA_VERSION = 1;

// src/report/build.ts
function buildReport(version, targets) {
  return { schemaVersion: SCHEMA_VERSION, tool: { name: "docker-size-guard", version }, targets };
}

// src/report/json.ts
function renderJson(report) {
  return JSON.stringify(report, null, 2) + "\n";
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size2 = stringLength(cell);
        sizes2[columnIndex2] = size2;
        if (longestCellByColumn[columnIndex2] === void 0 || size2 > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size2;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size2 = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size2) + after;
    if (settings.alignDelimiters !== false) {
      size2 = before.length + size2 + after.length;
      if (size2 > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size2;
      }
      sizes[columnIndex] = size2;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size2 = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size2);
        } else if (code === 99) {
          const half = size2 / 2;
          if (size2 % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size2);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/util/units.ts
var DECIMAL = ["B", "kB", "MB", "GB", "TB", "PB"];
function formatBytes(bytes) {
  if (bytes < 1e3) return `${bytes} B`;
  let v = bytes;
  let i = 0;
  while (v >= 1e3 && i < DECIMAL.length - 1) {
    v /= 1e3;
    i++;
  }
  const s = v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
  return `${s} ${DECIMAL[i]}`;
}
function formatCount(n) {
  return n.toLocaleString("en-US");
}

// src/report/escape.ts
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "|": "&#124;",
  "`": "&#96;",
  "@": "&#64;",
  "#": "&#35;",
  "*": "&#42;",
  _: "&#95;",
  "~": "&#126;",
  "[": "&#91;",
  "]": "&#93;",
  "(": "&#40;",
  ")": "&#41;",
  "!": "&#33;",
  "\\": "&#92;",
  ":": "&#58;",
  // no autolinked URLs (https://...) from file names
  "$": "&#36;"
  // no math blocks
};
var MAX_NAME = 160;
function escapeMarkdown(s) {
  const shortened = s.length > MAX_NAME ? s.slice(0, MAX_NAME / 2 - 1) + "\u2026" + s.slice(s.length - MAX_NAME / 2) : s;
  return shortened.replace(/\r\n|\r|\n/g, "\u23CE").replace(/[\u0000-\u001f\u007f]/g, "\uFFFD").replace(/[&<>"|`@#*_~[\]()!\\:$]/g, (ch2) => ENTITIES[ch2]);
}

// src/report/markdown.ts
function renderMarkdown(report) {
  const out = ["## Docker build context", ""];
  const rows = [["Target", "Context", "Files", "Copied by the Dockerfile", "Ignore file"]];
  for (const t of report.targets) {
    rows.push([
      escapeMarkdown(t.name),
      size(t.context.bytes),
      formatCount(t.context.files + t.context.symlinks),
      t.copied ? `${size(t.copied.bytes)} (${formatCount(t.copied.files + t.copied.symlinks)} files)` : "n/a",
      t.context.ignoreFile === null ? "none" : escapeMarkdown(t.context.ignoreFile)
    ]);
  }
  out.push(markdownTable(rows, { align: ["l", "r", "r", "r", "l"] }), "");
  for (const t of report.targets) out.push(...details(t));
  return out.join("\n") + "\n";
}
function details(t) {
  const out = [];
  const whole = t.copied?.wholeContext ?? [];
  if (whole.length > 0) {
    const where = whole.map((i) => `line ${i.line}: ${escapeMarkdown(i.instruction)}`).join("; ");
    out.push(`> [!NOTE]
> ${escapeMarkdown(t.copied.dockerfile)} copies the whole context (${where}).`, "");
  }
  if (t.context.largestFiles.length > 0) {
    const rows = [["Size", "File"], ...t.context.largestFiles.map((f) => [size(f.bytes), escapeMarkdown(f.path)])];
    out.push(section(`Largest files in ${escapeMarkdown(t.name)}`, markdownTable(rows, { align: ["r", "l"] })));
  }
  if (t.context.largestDirectories.length > 0) {
    const rows = [
      ["Size", "Files", "Directory"],
      ...t.context.largestDirectories.map((d) => [size(d.bytes), formatCount(d.files), escapeMarkdown(d.path + "/")])
    ];
    out.push(section(`Largest directories in ${escapeMarkdown(t.name)}`, markdownTable(rows, { align: ["r", "r", "l"] })));
  }
  if (t.warnings.length > 0) out.push(section("Warnings", t.warnings.map((w) => `- ${escapeMarkdown(w)}`).join("\n")));
  return out;
}
function section(summary, body) {
  return `<details><summary>${summary}</summary>

${body}

</details>
`;
}
function size(bytes) {
  return `<span title="${bytes} bytes">${formatBytes(bytes)}</span>`;
}

// src/report/text.ts
function renderText(report) {
  return report.targets.map(renderTarget).join("\n");
}
function renderTarget(t) {
  const out = [];
  const c = t.context;
  out.push(`Build context of ${printable(c.path)}`);
  out.push(`  ignore file: ${c.ignoreFile === null ? "none (everything is sent)" : `${printable(c.ignoreFile)} (${c.patterns} patterns)`}`);
  out.push("");
  out.push(`  context   ${pad(formatBytes(c.bytes))}  ${counts(c)}`);
  if (t.copied) {
    const w = t.copied.wholeContext;
    const how = w.length > 0 ? `  whole context: ${w.map((i) => `${printable(i.instruction)} (${printable(t.copied.dockerfile)}:${i.line})`).join(", ")}` : "";
    out.push(`  copied    ${pad(formatBytes(t.copied.bytes))}  ${counts(t.copied)}  [target ${printable(t.copied.target)}]${how}`);
  }
  if (c.largestFiles.length > 0) {
    out.push("", "  Largest files");
    for (const f of c.largestFiles) out.push(`    ${pad(formatBytes(f.bytes))}  ${printable(f.path)}`);
  }
  if (c.largestDirectories.length > 0) {
    out.push("", "  Largest directories");
    for (const d of c.largestDirectories) out.push(`    ${pad(formatBytes(d.bytes))}  ${printable(d.path)}/  (${formatCount(d.files)} files)`);
  }
  if (t.warnings.length > 0) {
    out.push("", "  Warnings");
    for (const w of t.warnings) out.push(`    ! ${printable(w)}`);
  }
  return out.join("\n") + "\n";
}
function counts(t) {
  const parts = [`${formatCount(t.files)} files`, `${formatCount(t.symlinks)} symlinks`, `${formatCount(t.directories)} directories`];
  if (t.unreadable > 0) parts.push(`${formatCount(t.unreadable)} unreadable`);
  return parts.join(", ");
}
function pad(s) {
  return s.padStart(9);
}
function printable(s) {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch2) => `\\x${ch2.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

// src/util/sort.ts
function compareCodePoints(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 55296 && x <= 57343;
    const ys = y >= 55296 && y <= 57343;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

// src/version.ts
var VERSION = "0.1.0";

// src/cli/args.ts
var USAGE = `Usage: docker-size-guard [CONTEXT] [options]

Measures the Docker build context of CONTEXT (default ".") by Docker's own .dockerignore rules,
and what the Dockerfile's COPY/ADD instructions take from it.

Options:
  -f, --file DOCKERFILE     Dockerfile, relative to the current directory (default CONTEXT/Dockerfile)
      --target STAGE        build stage (default: the last stage)
      --build-arg KEY=VALUE build argument for ARG substitution (repeatable; KEY alone takes $KEY)
      --format FORMAT       text (default), markdown or json
      --top N               how many of the largest files and directories to show (default 10)
      --list context|copied print the paths the context holds, or the paths COPY/ADD take, one per line
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 ok, 1 budget breached, 2 usage error or bad input.`;
var VALUE_OPTIONS = /* @__PURE__ */ new Set(["-f", "--file", "--target", "--build-arg", "--format", "--top", "--list"]);
function parseArgs(argv, env) {
  const opts = { context: ".", buildArgs: {}, format: "text", top: 10, help: false, version: false };
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-h" || arg === "--help") {
      opts.help = true;
      continue;
    }
    if (arg === "-v" || arg === "--version") {
      opts.version = true;
      continue;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    let name = arg;
    let value;
    const eq = arg.indexOf("=");
    if (arg.startsWith("--") && eq > 0) {
      name = arg.slice(0, eq);
      value = arg.slice(eq + 1);
    } else if (!arg.startsWith("--") && arg.length > 2) {
      name = arg.slice(0, 2);
      value = arg.slice(2).replace(/^=/, "");
    }
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`unknown option ${JSON.stringify(name)} (see --help)`);
    if (value === void 0) {
      if (i + 1 >= argv.length) throw new UsageError(`option ${name} needs a value`);
      value = argv[++i];
    }
    apply(opts, name, value, env);
  }
  if (positional.length > 1) throw new UsageError(`expected one CONTEXT directory, got ${positional.length}: ${positional.join(" ")}`);
  if (positional[0] !== void 0) opts.context = positional[0];
  if (opts.context === "-" || opts.file === "-") throw new UsageError("reading the context or the Dockerfile from stdin is not supported");
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(opts.context) || opts.context.startsWith("git@")) {
    throw new UsageError(`CONTEXT must be a local directory, not a URL: ${opts.context}`);
  }
  return opts;
}
function apply(opts, name, value, env) {
  switch (name) {
    case "-f":
    case "--file":
      opts.file = value;
      return;
    case "--target":
      opts.target = value;
      return;
    case "--build-arg": {
      const eq = value.indexOf("=");
      const key = eq < 0 ? value : value.slice(0, eq);
      if (key === "") throw new UsageError(`--build-arg needs KEY=VALUE, got ${JSON.stringify(value)}`);
      if (eq >= 0) opts.buildArgs[key] = value.slice(eq + 1);
      else if (env[key] !== void 0) opts.buildArgs[key] = env[key];
      return;
    }
    case "--format":
      if (value !== "text" && value !== "markdown" && value !== "json") {
        throw new UsageError(`--format must be text, markdown or json, got ${JSON.stringify(value)}`);
      }
      opts.format = value;
      return;
    case "--top": {
      if (!/^\d+$/.test(value) || Number(value) > 1e3) throw new UsageError(`--top must be a whole number from 0 to 1000, got ${JSON.stringify(value)}`);
      opts.top = Number(value);
      return;
    }
    case "--list":
      if (value !== "context" && value !== "copied") throw new UsageError(`--list must be context or copied, got ${JSON.stringify(value)}`);
      opts.list = value;
      return;
  }
}

// src/cli/resolve.ts
import { existsSync, realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import { join as join2, resolve } from "node:path";
function resolvePaths(cwd, context, file) {
  const abs = resolve(cwd, context);
  let st;
  try {
    st = statSync2(abs);
  } catch {
    throw new InputError("no such directory", context);
  }
  if (!st.isDirectory()) throw new InputError("not a directory", context);
  const contextDir = realpathSync2(abs);
  const candidates = file !== void 0 ? [resolve(cwd, file)] : [join2(abs, "Dockerfile"), join2(abs, "dockerfile")];
  const dockerfile = candidates.find((p) => existsSync(p));
  if (dockerfile !== void 0 && !statSync2(dockerfile).isFile()) throw new InputError("Dockerfile is not a file", file ?? dockerfile);
  return { contextDir, dockerfile, dockerfileMissing: dockerfile === void 0 ? candidates[0] : void 0 };
}

// src/cli/run.ts
async function runCli(argv, { cwd, env = {} }) {
  try {
    const opts = parseArgs(argv, env);
    if (opts.help) return { code: 0, stdout: USAGE + "\n", stderr: "" };
    if (opts.version) return { code: 0, stdout: `docker-size-guard ${VERSION}
`, stderr: "" };
    const measured = measure(opts, cwd);
    if (opts.list) return { code: 0, stdout: measured.listed.sort(compareCodePoints).map((p) => p + "\n").join(""), stderr: "" };
    const report = buildReport(VERSION, [measured.report]);
    const render = { text: renderText, markdown: renderMarkdown, json: renderJson }[opts.format];
    return { code: 0, stdout: render(report), stderr: "" };
  } catch (e) {
    if (e instanceof InputError) return { code: 2, stdout: "", stderr: `docker-size-guard: ${e.oneLine()}
` };
    const err = e;
    const stack = env.DOCKER_SIZE_GUARD_DEBUG ? `${err.stack ?? ""}
` : "";
    return { code: 2, stdout: "", stderr: `docker-size-guard: internal error: ${err.message.split("\n")[0]} (set DOCKER_SIZE_GUARD_DEBUG=1 for details)
${stack}` };
  }
}
function measure(opts, cwd) {
  const paths = resolvePaths(cwd, opts.context, opts.file);
  const display = (p) => displayPath(cwd, p);
  if (opts.list === "copied" && paths.dockerfile === void 0) {
    throw new InputError("no such file; --list copied needs the Dockerfile", display(paths.dockerfileMissing));
  }
  const measured = measureTarget({
    contextArg: opts.context,
    contextDir: paths.contextDir,
    dockerfile: paths.dockerfile,
    target: opts.target,
    buildArgs: opts.buildArgs,
    top: opts.top,
    list: opts.list,
    wantCopied: opts.list !== "context",
    display
  });
  if (paths.dockerfileMissing !== void 0) {
    measured.report.warnings.unshift(`no Dockerfile at ${display(paths.dockerfileMissing)}: only the build context is measured`);
  }
  return measured;
}

// src/cli.ts
var result = await runCli(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdoutIsTTY: process.stdout.isTTY });
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
