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
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString("en-US");
  const digits = String(Math.abs(n));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

// src/patterns/stats.ts
var matchStats = { steps: 0 };

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
    matchStats.steps++;
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
  for (const ch of s) out.push(ch.codePointAt(0));
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

// src/util/affix.ts
function hasPrefix(s, p) {
  return p === "" || s.charCodeAt(0) === p.charCodeAt(0) && s.startsWith(p);
}
function hasSuffix(s, p) {
  return p === "" || s.charCodeAt(s.length - 1) === p.charCodeAt(p.length - 1) && s.endsWith(p);
}
function shapeOf(s) {
  return s.length === 0 ? 0 : (s.length & 255) << 16 | (s.charCodeAt(0) & 255) << 8 | s.charCodeAt(s.length - 1) & 255;
}

// src/patterns/nfa.ts
var UnsupportedRegexp = class extends Error {
};
var CLASS_CACHE = 256;
function isWord(cp) {
  return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 95;
}
function charTest(source) {
  const re = new RegExp(`^(?:${source})$`, "u");
  const cache = /* @__PURE__ */ new Map();
  return (cp) => {
    let r = cache.get(cp);
    if (r === void 0) {
      r = re.test(String.fromCodePoint(cp));
      if (cache.size >= CLASS_CACHE) cache.clear();
      cache.set(cp, r);
    }
    return r;
  };
}
var Parser = class {
  constructor(s) {
    this.s = s;
  }
  s;
  i = 0;
  parse() {
    const a = this.alt();
    if (this.i < this.s.length) throw new UnsupportedRegexp(`unexpected ${this.s[this.i]}`);
    return a;
  }
  alt() {
    const items = [this.cat()];
    while (this.s[this.i] === "|") {
      this.i++;
      items.push(this.cat());
    }
    return items.length === 1 ? items[0] : { t: "alt", items };
  }
  cat() {
    const items = [];
    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") {
      let atom = this.atom();
      for (; ; ) {
        const q = this.s[this.i];
        if (q !== "*" && q !== "+" && q !== "?") break;
        this.i++;
        const lazy = this.s[this.i] === "?";
        if (lazy) this.i++;
        atom = { t: q === "*" ? "star" : q === "+" ? "plus" : "quest", item: atom, lazy };
      }
      if (this.s[this.i] === "{") throw new UnsupportedRegexp("counted repetition");
      items.push(atom);
    }
    return items.length === 1 ? items[0] : { t: "cat", items };
  }
  atom() {
    const s = this.s;
    const c = s.codePointAt(this.i);
    const ch = String.fromCodePoint(c);
    if (ch === "(") {
      this.i++;
      if (s[this.i] === "?") {
        if (s[this.i + 1] !== ":") throw new UnsupportedRegexp("lookaround");
        this.i += 2;
      }
      const inner = this.alt();
      if (s[this.i] !== ")") throw new UnsupportedRegexp("missing )");
      this.i++;
      return inner;
    }
    if (ch === "[") {
      const start = this.i;
      this.i++;
      if (s[this.i] === "^") this.i++;
      while (this.i < s.length && s[this.i] !== "]") this.i += s[this.i] === "\\" ? escapeLength(s, this.i) : 1;
      if (s[this.i] !== "]") throw new UnsupportedRegexp("missing ]");
      this.i++;
      return { t: "test", test: charTest(s.slice(start, this.i)) };
    }
    if (ch === "\\") {
      const n = escapeLength(s, this.i);
      const esc = s.slice(this.i, this.i + n);
      this.i += n;
      if (esc === "\\b") return { t: "assert", op: 5 /* WordB */ };
      if (esc === "\\B") return { t: "assert", op: 6 /* NotWordB */ };
      if (/^\\[1-9kpPcx0]/.test(esc)) throw new UnsupportedRegexp(`escape ${esc}`);
      if (/^\\[^A-Za-z0-9]$/u.test(esc)) return { t: "char", cp: esc.codePointAt(1) };
      const braced = /^\\u\{([0-9A-Fa-f]+)\}$/.exec(esc);
      if (braced) return { t: "char", cp: parseInt(braced[1], 16) };
      return { t: "test", test: charTest(esc) };
    }
    if (ch === "^") {
      this.i++;
      return { t: "assert", op: 3 /* Bol */ };
    }
    if (ch === "$") {
      this.i++;
      return { t: "assert", op: 4 /* Eol */ };
    }
    if (ch === ".") {
      this.i++;
      return { t: "test", test: charTest(".") };
    }
    if ("*+?{}])".includes(ch)) throw new UnsupportedRegexp(`unexpected ${ch}`);
    this.i += ch.length;
    return { t: "char", cp: c };
  }
};
function escapeLength(s, i) {
  if (s[i + 1] === "u" && s[i + 2] === "{") {
    const close = s.indexOf("}", i + 3);
    return close < 0 ? 2 : close - i + 1;
  }
  if (s[i + 1] === "u") return 6;
  if (i + 1 >= s.length) return 1;
  return 1 + String.fromCodePoint(s.codePointAt(i + 1)).length;
}
function anchoredLiterals(ast) {
  if (ast.t !== "cat") return ["", ""];
  const items = ast.items;
  let head = "";
  if (items[0]?.t === "assert" && items[0].op === 3 /* Bol */) {
    for (let k = 1; k < items.length; k++) {
      const it = items[k];
      if (it.t !== "char") break;
      head += String.fromCodePoint(it.cp);
    }
  }
  let tail = "";
  const last = items[items.length - 1];
  if (last?.t === "assert" && last.op === 4 /* Eol */) {
    for (let k = items.length - 2; k >= 0; k--) {
      const it = items[k];
      if (it.t !== "char") break;
      tail = String.fromCodePoint(it.cp) + tail;
    }
  }
  return [head, tail];
}
function emit(prog, op, cp = 0, test) {
  prog.push({ op, cp, test, out: -1, out1: -1 });
  return prog.length - 1;
}
function build(prog, a, next) {
  switch (a.t) {
    case "char": {
      const k = emit(prog, 0 /* Char */, a.cp);
      prog[k].out = next;
      return k;
    }
    case "test": {
      const k = emit(prog, 1 /* Test */, 0, a.test);
      prog[k].out = next;
      return k;
    }
    case "assert": {
      const k = emit(prog, a.op);
      prog[k].out = next;
      return k;
    }
    case "cat": {
      let at = next;
      for (let j = a.items.length - 1; j >= 0; j--) at = build(prog, a.items[j], at);
      return at;
    }
    case "alt": {
      let at = build(prog, a.items[a.items.length - 1], next);
      for (let j = a.items.length - 2; j >= 0; j--) {
        const k = emit(prog, 2 /* Split */);
        prog[k].out = build(prog, a.items[j], next);
        prog[k].out1 = at;
        at = k;
      }
      return at;
    }
    // Split: `out` is the preferred branch (greedy: the item again; lazy: what follows).
    case "quest": {
      const k = emit(prog, 2 /* Split */);
      prefer(prog[k], build(prog, a.item, next), next, a.lazy);
      return k;
    }
    case "star": {
      const k = emit(prog, 2 /* Split */);
      prefer(prog[k], build(prog, a.item, k), next, a.lazy);
      return k;
    }
    case "plus": {
      const k = emit(prog, 2 /* Split */);
      const body = build(prog, a.item, k);
      prefer(prog[k], body, next, a.lazy);
      return body;
    }
  }
}
function prefer(split, more, next, lazy) {
  split.out = lazy ? next : more;
  split.out1 = lazy ? more : next;
}
var DFA_STATES = 2048;
var DFA_TRANSITIONS = 256;
var LinearRegexp = class {
  constructor(source) {
    this.source = source;
    const ast = new Parser(source).parse();
    [this.head, this.tail] = anchoredLiterals(ast);
    const match = emit(this.prog, 7 /* Match */);
    this.start = build(this.prog, ast, match);
    this.mark = new Uint32Array(this.prog.length);
    if (!this.prog.some((i) => i.op === 5 /* WordB */ || i.op === 6 /* NotWordB */)) this.dfa = /* @__PURE__ */ new Map();
  }
  source;
  prog = [];
  start;
  // Reused state lists: sparse sets keyed by instruction index, marked with a generation number.
  mark;
  gen = 0;
  cur = [];
  nxt = [];
  /** Literal text every match starts with right after ^, and ends with right before $ ('' when none): a quick no. */
  head;
  tail;
  /** Lazily built DFA states (RE2's approach), for programs without \\b/\\B; undefined otherwise. */
  dfa;
  dfaStart;
  /** A fresh generation for the visited marks; the marks are cleared before the 32-bit counter wraps. */
  nextGen() {
    if (this.gen === 4294967295) {
      this.mark.fill(0);
      this.gen = 0;
    }
    this.gen++;
  }
  /** Program size, for tests of the cost bound. */
  get size() {
    return this.prog.length;
  }
  /** RegExp.prototype.test: whether the expression matches somewhere in `input` (the compilers anchor with ^…$). */
  test(input) {
    return this.run(input, void 0);
  }
  /**
   * Whether some prefix of `input` ending right before a '/' matches, as if that prefix were the whole
   * input. One pass: what moby's parent-directory loop computes with one match per parent directory.
   */
  testDirPrefixes(input) {
    const at = this.testAtSlashes(input);
    for (let k = 0; k < at.length - 1; k++) if (at[k]) return true;
    return false;
  }
  /**
   * For each '/' in `input`, whether the prefix before it matches (RegExp.test of that prefix), then
   * whether the whole input matches: one pass, linear in the input.
   */
  testAtSlashes(input) {
    const out = [];
    this.run(input, out);
    return out;
  }
  /** Simulates the program over `input`; with `atSlashes`, records acceptance at each '/' and at the end. */
  run(input, atSlashes) {
    if (!hasPrefix(input, this.head)) {
      if (atSlashes !== void 0) for (let k = input.indexOf("/"); k >= 0; k = input.indexOf("/", k + 1)) atSlashes.push(false);
      atSlashes?.push(false);
      return false;
    }
    if (atSlashes === void 0 && !hasSuffix(input, this.tail)) return false;
    return this.dfa !== void 0 ? this.runDfa(input, atSlashes) : this.runNfa(input, atSlashes);
  }
  /**
   * The same simulation with each set of threads cached as a DFA state and its transitions memoised:
   * one map lookup per character once warm. A state is the set of threads that arrived at a position
   * (before their empty transitions, which depend only on being at the start or the end). At most
   * DFA_STATES states are kept (then the cache starts over), so memory stays bounded and each character
   * still costs at most one closure: linear either way.
   */
  runDfa(input, atSlashes) {
    let st = this.dfaStart ?? (this.dfaStart = this.state([], true));
    let found = false;
    for (let i = 0; i < input.length; ) {
      if (st.dead) {
        if (atSlashes !== void 0) for (let k = input.indexOf("/", i); k >= 0; k = input.indexOf("/", k + 1)) atSlashes.push(found);
        break;
      }
      const cp = input.codePointAt(i);
      i += cp > 65535 ? 2 : 1;
      matchStats.steps++;
      if (atSlashes !== void 0 && cp === 47) atSlashes.push(found || st.acceptEnd);
      if (st.acceptMid) {
        found = true;
        if (atSlashes === void 0) return true;
      }
      let next = cp < 128 ? st.ascii[cp] : st.next.get(cp);
      if (next === void 0) {
        next = this.transition(st, cp);
        if (cp < 128) st.ascii[cp] = next;
        else {
          if (st.next.size >= DFA_TRANSITIONS) st.next.clear();
          st.next.set(cp, next);
        }
      }
      st = next;
    }
    found ||= st.acceptEnd;
    if (atSlashes !== void 0) atSlashes.push(found);
    return found;
  }
  transition(st, cp) {
    const arrived = [];
    for (const pc of st.closed) {
      const inst = this.prog[pc];
      if (inst.op === 0 /* Char */ && inst.cp === cp || inst.op === 1 /* Test */ && inst.test(cp)) arrived.push(inst.out);
    }
    return this.state(arrived, false);
  }
  /** The DFA state for threads `arrived` at a position (the start of the input or not). */
  state(arrived, atStart) {
    const set = [...new Set(arrived)].sort((a, b) => a - b);
    const key = (atStart ? "S" : "") + set.join(",");
    const dfa = this.dfa;
    let st = dfa.get(key);
    if (st !== void 0) return st;
    if (dfa.size >= DFA_STATES) {
      dfa.clear();
      this.dfaStart = void 0;
    }
    const closed = [];
    this.nextGen();
    for (const pc of set) this.addThread(closed, pc, -1, -1, atStart ? 0 : 1, 2);
    this.addThread(closed, this.start, -1, -1, atStart ? 0 : 1, 2);
    const acceptMid = closed.some((pc) => this.prog[pc].op === 7 /* Match */);
    const atEnd = [];
    this.nextGen();
    for (const pc of set) this.addThread(atEnd, pc, -1, -1, atStart ? 0 : 1, atStart ? 0 : 1);
    this.addThread(atEnd, this.start, -1, -1, atStart ? 0 : 1, atStart ? 0 : 1);
    const acceptEnd = acceptMid || atEnd.some((pc) => this.prog[pc].op === 7 /* Match */);
    const consuming = closed.filter((pc) => this.prog[pc].op !== 7 /* Match */);
    st = { closed: consuming, acceptMid, acceptEnd, dead: consuming.length === 0 && !acceptEnd && !atStart, ascii: [], next: /* @__PURE__ */ new Map() };
    dfa.set(key, st);
    return st;
  }
  runNfa(input, atSlashes) {
    const cps = [];
    for (let i = 0; i < input.length; ) {
      const cp = input.codePointAt(i);
      cps.push(cp);
      i += cp > 65535 ? 2 : 1;
    }
    const n = cps.length;
    let cur = this.cur;
    let nxt = this.nxt;
    cur.length = 0;
    let found = false;
    for (let i = 0; i <= n; i++) {
      const prev = i === 0 ? -1 : cps[i - 1];
      const next = i === n ? -1 : cps[i];
      if (atSlashes !== void 0 && next === 47) atSlashes.push(found || this.accepts(cur, prev, i));
      nxt.length = 0;
      this.nextGen();
      for (const pc of cur) this.addThread(nxt, pc, prev, next, i, n);
      this.addThread(nxt, this.start, prev, next, i, n);
      [cur, nxt] = [nxt, cur];
      if (cur.some((pc) => this.prog[pc].op === 7 /* Match */)) {
        found = true;
        if (atSlashes === void 0) break;
      }
      if (i === n) break;
      nxt.length = 0;
      for (const pc of cur) {
        matchStats.steps++;
        const inst = this.prog[pc];
        if (inst.op === 0 /* Char */ && inst.cp === next || inst.op === 1 /* Test */ && inst.test(next)) nxt.push(inst.out);
      }
      [cur, nxt] = [nxt, cur];
    }
    this.cur = cur;
    this.nxt = nxt;
    if (atSlashes !== void 0) atSlashes.push(found);
    return found;
  }
  /**
   * RegExp.prototype.exec's match position from `from` (UTF-16 indices): the leftmost match and, among
   * those, the one a backtracking engine picks (greedy or lazy quantifiers honoured) — a Pike VM, as in
   * Go's regexp and RE2, whose threads keep their priority order. Linear in the input.
   */
  exec(input, from = 0) {
    const idx = [];
    const cps = [];
    for (let i = from; i < input.length; ) {
      const cp = input.codePointAt(i);
      idx.push(i);
      cps.push(cp);
      i += cp > 65535 ? 2 : 1;
    }
    idx.push(input.length);
    const n = cps.length;
    const firstPrev = from === 0 ? -1 : input.codePointAt(from - 1 - (from >= 2 && /[\udc00-\udfff]/.test(input[from - 1]) ? 1 : 0));
    let cur = [];
    let found;
    for (let i = 0; i <= n; i++) {
      const prev = i === 0 ? firstPrev : cps[i - 1];
      const next = i === n ? -1 : cps[i];
      const pos = idx[i];
      const closed = [];
      this.nextGen();
      for (const t of cur) {
        if (this.closeThread(closed, t.pc, t.start, prev, next, from === 0 && i === 0, i === n)) {
          found = { start: t.start, end: pos };
          break;
        }
      }
      if (found === void 0 && this.closeThread(closed, this.start, pos, prev, next, from === 0 && i === 0, i === n)) {
        found = { start: pos, end: pos };
      }
      if (i === n || closed.length === 0 && found !== void 0) break;
      cur = [];
      for (const t of closed) {
        matchStats.steps++;
        const inst = this.prog[t.pc];
        if (inst.op === 0 /* Char */ && inst.cp === next || inst.op === 1 /* Test */ && inst.test(next))
          cur.push({ pc: inst.out, start: t.start });
      }
    }
    return found;
  }
  /** addThread for exec(): threads keep their start; true when Match is reached (the thread then ends). */
  closeThread(list, pc0, start, prev, next, atStart, atEnd) {
    const stack = [pc0];
    while (stack.length > 0) {
      const pc = stack.pop();
      if (this.mark[pc] === this.gen) continue;
      this.mark[pc] = this.gen;
      matchStats.steps++;
      const inst = this.prog[pc];
      switch (inst.op) {
        case 2 /* Split */:
          stack.push(inst.out1, inst.out);
          break;
        case 3 /* Bol */:
          if (atStart) stack.push(inst.out);
          break;
        case 4 /* Eol */:
          if (atEnd) stack.push(inst.out);
          break;
        case 5 /* WordB */:
          if (isWord(prev) !== isWord(next)) stack.push(inst.out);
          break;
        case 6 /* NotWordB */:
          if (isWord(prev) === isWord(next)) stack.push(inst.out);
          break;
        case 7 /* Match */:
          return true;
        default:
          list.push({ pc, start });
      }
    }
    return false;
  }
  /** Whether the threads `arrived` (before closure) reach Match with the input ending at position i. */
  accepts(arrived, prev, i) {
    const tmp = [];
    this.nextGen();
    for (const pc of arrived) this.addThread(tmp, pc, prev, -1, i, i);
    this.addThread(tmp, this.start, prev, -1, i, i);
    return tmp.some((pc) => this.prog[pc].op === 7 /* Match */);
  }
  /** Follows empty transitions from pc, evaluating assertions between `prev` and `next` at position i of n. */
  addThread(list, pc0, prev, next, i, n) {
    const stack = [pc0];
    while (stack.length > 0) {
      const pc = stack.pop();
      if (this.mark[pc] === this.gen) continue;
      this.mark[pc] = this.gen;
      matchStats.steps++;
      const inst = this.prog[pc];
      switch (inst.op) {
        case 2 /* Split */:
          stack.push(inst.out1, inst.out);
          break;
        case 3 /* Bol */:
          if (i === 0) stack.push(inst.out);
          break;
        case 4 /* Eol */:
          if (i === n) stack.push(inst.out);
          break;
        case 5 /* WordB */:
          if (isWord(prev) !== isWord(next)) stack.push(inst.out);
          break;
        case 6 /* NotWordB */:
          if (isWord(prev) === isWord(next)) stack.push(inst.out);
          break;
        default:
          list.push(pc);
      }
    }
  }
};

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
  regexpSrc;
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
  /**
   * Whether the pattern matches one of the parent directories of `path` ("a" and "a/b" for "a/b/c"),
   * ignoring a compile error as Go's parent loop does. Linear in the path: one pass, not one match per parent.
   */
  matchParentDir(path) {
    if (this.type === void 0) this.compile();
    if (this.compileError !== void 0) return false;
    switch (this.type) {
      case "exact":
        return path.length > this.cleaned.length && path[this.cleaned.length] === "/" && path.startsWith(this.cleaned);
      case "prefix": {
        const dir = path.lastIndexOf("/");
        return dir >= 0 && path.slice(0, dir).startsWith(this.cleaned.slice(0, -2));
      }
      case "suffix": {
        for (let k = path.indexOf("/"); k >= 0; k = path.indexOf("/", k + 1)) if (this.match(path.slice(0, k))) return true;
        return false;
      }
      default:
        return this.regexp.testDirPrefixes(path);
    }
  }
  /** The regexp source (JavaScript `u` syntax) the pattern compiles to, or undefined when it needs none. For tests. */
  regexpSource() {
    if (this.type === void 0) this.compile();
    return this.regexpSrc;
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
      const ch = p[i++];
      const wasClassStart = classStart;
      classStart = false;
      if (ch === 42) {
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
      } else if (ch === 63) {
        re += "[^\\/]";
        type = "regexp";
      } else if (".+()|{}$".includes(String.fromCodePoint(ch))) {
        re += "\\" + String.fromCodePoint(ch);
      } else if (ch === 92) {
        if (i < p.length) {
          const next = p[i++];
          const t = goEscape(next, inClass);
          if (t === void 0) this.compileError ??= `invalid escape sequence \\${String.fromCodePoint(next)}`;
          else re += t;
          type = "regexp";
        } else {
          re += "\\\\";
        }
      } else if (ch === 91) {
        if (!inClass) {
          inClass = true;
          classStart = true;
        }
        re += "[";
        type = "regexp";
      } else if (ch === 93) {
        if (inClass && !wasClassStart) {
          inClass = false;
          re += "]";
        } else re += "\\]";
        type = "regexp";
      } else if (ch === 94 && wasClassStart) {
        re += "^";
        classStart = true;
      } else {
        re += literal(ch);
      }
    }
    this.type = type;
    if (type === "regexp") {
      re += "$";
      if (inClass) this.compileError ??= "missing closing ]";
      if (this.compileError === void 0) {
        try {
          new RegExp(re, "u");
          this.regexpSrc = re;
          this.regexp = new LinearRegexp(re);
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
    for (const pattern of this.patterns) {
      if (pattern.exclusion !== matched) continue;
      const match = pattern.match(file) || pattern.matchParentDir(file);
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
        if (!match && parent === void 0) match = pattern.matchParentDir(file);
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

export {
  formatBytes,
  formatCount,
  isGoSpace,
  goTrimSpace,
  goClean,
  toRunes,
  goMatch,
  goMatchRunes,
  isBadGoPattern,
  hasPrefix,
  hasSuffix,
  shapeOf,
  LinearRegexp,
  PatternError,
  PatternMatcher
};
