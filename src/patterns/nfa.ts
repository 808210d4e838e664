// A linear-time matcher for the regular expressions the pattern compilers emit (matcher.ts for
// .dockerignore / moby patternmatcher, gitmatch.ts for .gitignore, dockerfile/shell.ts for ${v#pat}):
// a Thompson NFA simulated one code point at a time (Russ Cox, "Regular Expression Matching Can Be
// Simple And Fast"; the construction of Go's regexp, whose linear time Docker relies on), run as a
// lazily built DFA with a bounded state cache (RE2's approach) when the program has no \b/\B, and as a
// Pike VM for exec()'s match positions. Time is O(input length × program size) for every pattern — no
// backtracking.
//
// Input: a JavaScript regular-expression source in `u` mode, restricted to what those compilers
// produce: literals and escapes, character classes, '.', groups (?:…) and (…), '|', the
// quantifiers * + ? (lazy forms too), and the assertions ^ $ \b \B. The source must already have
// compiled with `new RegExp(source, 'u')` (callers use that for syntax errors, so error messages
// stay exactly those of the regexp); anything outside the subset throws UnsupportedRegexp.
// Character classes and escapes are decided by a one-character RegExp built from their own source,
// so their meaning is exactly the engine's, with no backtracking possible (one character in).
// Pure. Memory: the compiled program, at most DFA_STATES cached states (each with up to 128 ASCII and
// DFA_TRANSITIONS other transitions), and per class a cache of at most CLASS_CACHE decisions.
import { hasPrefix, hasSuffix } from '../util/affix.js';

import { matchStats } from './stats.js';

/** Thrown for a regexp feature the linear engine does not implement (never by the compilers' output). */
export class UnsupportedRegexp extends Error {}

const CLASS_CACHE = 256;

type Test = (cp: number) => boolean;

enum Op {
  Char,
  Test,
  Split,
  Bol,
  Eol,
  WordB,
  NotWordB,
  Match,
}

interface Inst {
  op: Op;
  cp: number; // Char
  test: Test | undefined; // Test
  out: number;
  out1: number; // Split
}

function isWord(cp: number): boolean {
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || cp === 0x5f;
}

function charTest(source: string): Test {
  const re = new RegExp(`^(?:${source})$`, 'u');
  const cache = new Map<number, boolean>();
  return (cp) => {
    let r = cache.get(cp);
    if (r === undefined) {
      r = re.test(String.fromCodePoint(cp));
      if (cache.size >= CLASS_CACHE) cache.clear();
      cache.set(cp, r);
    }
    return r;
  };
}

// ---- parsing: source -> AST ----

type Ast =
  | { t: 'char'; cp: number }
  | { t: 'test'; test: Test }
  | { t: 'assert'; op: Op.Bol | Op.Eol | Op.WordB | Op.NotWordB }
  | { t: 'cat'; items: Ast[] }
  | { t: 'alt'; items: Ast[] }
  | { t: 'star' | 'plus' | 'quest'; item: Ast; lazy: boolean };

class Parser {
  i = 0;
  constructor(readonly s: string) {}

  parse(): Ast {
    const a = this.alt();
    if (this.i < this.s.length) throw new UnsupportedRegexp(`unexpected ${this.s[this.i]}`);
    return a;
  }

  private alt(): Ast {
    const items = [this.cat()];
    while (this.s[this.i] === '|') {
      this.i++;
      items.push(this.cat());
    }
    return items.length === 1 ? items[0]! : { t: 'alt', items };
  }

  private cat(): Ast {
    const items: Ast[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      let atom = this.atom();
      for (;;) {
        const q = this.s[this.i];
        if (q !== '*' && q !== '+' && q !== '?') break;
        this.i++;
        const lazy = this.s[this.i] === '?'; // same language; prefers the shorter match in exec()
        if (lazy) this.i++;
        atom = { t: q === '*' ? 'star' : q === '+' ? 'plus' : 'quest', item: atom, lazy };
      }
      if (this.s[this.i] === '{') throw new UnsupportedRegexp('counted repetition');
      items.push(atom);
    }
    return items.length === 1 ? items[0]! : { t: 'cat', items };
  }

  private atom(): Ast {
    const s = this.s;
    const c = s.codePointAt(this.i)!;
    const ch = String.fromCodePoint(c);
    if (ch === '(') {
      this.i++;
      if (s[this.i] === '?') {
        if (s[this.i + 1] !== ':') throw new UnsupportedRegexp('lookaround');
        this.i += 2;
      }
      const inner = this.alt();
      if (s[this.i] !== ')') throw new UnsupportedRegexp('missing )');
      this.i++;
      return inner;
    }
    if (ch === '[') {
      const start = this.i;
      this.i++;
      if (s[this.i] === '^') this.i++;
      while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? escapeLength(s, this.i) : 1;
      if (s[this.i] !== ']') throw new UnsupportedRegexp('missing ]');
      this.i++;
      return { t: 'test', test: charTest(s.slice(start, this.i)) };
    }
    if (ch === '\\') {
      const n = escapeLength(s, this.i);
      const esc = s.slice(this.i, this.i + n);
      this.i += n;
      if (esc === '\\b') return { t: 'assert', op: Op.WordB };
      if (esc === '\\B') return { t: 'assert', op: Op.NotWordB };
      if (/^\\[1-9kpPcx0]/.test(esc)) throw new UnsupportedRegexp(`escape ${esc}`);
      if (/^\\[^A-Za-z0-9]$/u.test(esc)) return { t: 'char', cp: esc.codePointAt(1)! }; // an escaped punctuation character is itself
      const braced = /^\\u\{([0-9A-Fa-f]+)\}$/.exec(esc);
      if (braced) return { t: 'char', cp: parseInt(braced[1]!, 16) };
      return { t: 'test', test: charTest(esc) };
    }
    if (ch === '^') {
      this.i++;
      return { t: 'assert', op: Op.Bol };
    }
    if (ch === '$') {
      this.i++;
      return { t: 'assert', op: Op.Eol };
    }
    if (ch === '.') {
      this.i++;
      return { t: 'test', test: charTest('.') };
    }
    if ('*+?{}])'.includes(ch)) throw new UnsupportedRegexp(`unexpected ${ch}`);
    this.i += ch.length;
    return { t: 'char', cp: c };
  }
}

/** Length in UTF-16 units of the escape starting at s[i] === '\\'. */
function escapeLength(s: string, i: number): number {
  if (s[i + 1] === 'u' && s[i + 2] === '{') {
    const close = s.indexOf('}', i + 3);
    return close < 0 ? 2 : close - i + 1;
  }
  if (s[i + 1] === 'u') return 6;
  if (i + 1 >= s.length) return 1;
  return 1 + String.fromCodePoint(s.codePointAt(i + 1)!).length;
}

/** For a top-level ^…$ concatenation: the literal characters right after ^ and right before $. */
function anchoredLiterals(ast: Ast): [string, string] {
  if (ast.t !== 'cat') return ['', ''];
  const items = ast.items;
  let head = '';
  if (items[0]?.t === 'assert' && items[0].op === Op.Bol) {
    for (let k = 1; k < items.length; k++) {
      const it = items[k]!;
      if (it.t !== 'char') break;
      head += String.fromCodePoint(it.cp);
    }
  }
  let tail = '';
  const last = items[items.length - 1];
  if (last?.t === 'assert' && last.op === Op.Eol) {
    for (let k = items.length - 2; k >= 0; k--) {
      const it = items[k]!;
      if (it.t !== 'char') break;
      tail = String.fromCodePoint(it.cp) + tail;
    }
  }
  return [head, tail];
}

// ---- compiling: AST -> program (Thompson construction) ----

function emit(prog: Inst[], op: Op, cp = 0, test?: Test): number {
  prog.push({ op, cp, test, out: -1, out1: -1 });
  return prog.length - 1;
}

/** Compiles `a` so that it continues at `next`; returns its entry. Built back to front, so no patching. */
function build(prog: Inst[], a: Ast, next: number): number {
  switch (a.t) {
    case 'char': {
      const k = emit(prog, Op.Char, a.cp);
      prog[k]!.out = next;
      return k;
    }
    case 'test': {
      const k = emit(prog, Op.Test, 0, a.test);
      prog[k]!.out = next;
      return k;
    }
    case 'assert': {
      const k = emit(prog, a.op);
      prog[k]!.out = next;
      return k;
    }
    case 'cat': {
      let at = next;
      for (let j = a.items.length - 1; j >= 0; j--) at = build(prog, a.items[j]!, at);
      return at;
    }
    case 'alt': {
      let at = build(prog, a.items[a.items.length - 1]!, next);
      for (let j = a.items.length - 2; j >= 0; j--) {
        const k = emit(prog, Op.Split);
        prog[k]!.out = build(prog, a.items[j]!, next);
        prog[k]!.out1 = at;
        at = k;
      }
      return at;
    }
    // Split: `out` is the preferred branch (greedy: the item again; lazy: what follows).
    case 'quest': {
      const k = emit(prog, Op.Split);
      prefer(prog[k]!, build(prog, a.item, next), next, a.lazy);
      return k;
    }
    case 'star': {
      const k = emit(prog, Op.Split);
      prefer(prog[k]!, build(prog, a.item, k), next, a.lazy);
      return k;
    }
    case 'plus': {
      const k = emit(prog, Op.Split);
      const body = build(prog, a.item, k);
      prefer(prog[k]!, body, next, a.lazy);
      return body;
    }
  }
}

function prefer(split: Inst, more: number, next: number, lazy: boolean): void {
  split.out = lazy ? next : more;
  split.out1 = lazy ? more : next;
}

const DFA_STATES = 2048;
const DFA_TRANSITIONS = 256;

interface DState {
  /** The consuming instructions (Char, Test) after the empty transitions, not at the end. */
  closed: number[];
  /** Match is reached here when the input goes on. */
  acceptMid: boolean;
  /** Match is reached here when the input ends here. */
  acceptEnd: boolean;
  /** No thread left and none to come (not the start state): the answer can no longer change. */
  dead: boolean;
  /** Transitions on ASCII characters, by code point; the others in `next`. */
  ascii: (DState | undefined)[];
  next: Map<number, DState>;
}

/** A compiled regular expression, matched in time linear in the input. */
export class LinearRegexp {
  private readonly prog: Inst[] = [];
  private readonly start: number;
  // Reused state lists: sparse sets keyed by instruction index, marked with a generation number.
  private readonly mark: Uint32Array;
  private gen = 0;
  private cur: number[] = [];
  private nxt: number[] = [];

  /** Literal text every match starts with right after ^, and ends with right before $ ('' when none): a quick no. */
  private readonly head: string;
  private readonly tail: string;

  /** Lazily built DFA states (RE2's approach), for programs without \\b/\\B; undefined otherwise. */
  private dfa: Map<string, DState> | undefined;
  private dfaStart: DState | undefined;

  constructor(readonly source: string) {
    const ast = new Parser(source).parse();
    [this.head, this.tail] = anchoredLiterals(ast);
    const match = emit(this.prog, Op.Match);
    this.start = build(this.prog, ast, match);
    this.mark = new Uint32Array(this.prog.length);
    if (!this.prog.some((i) => i.op === Op.WordB || i.op === Op.NotWordB)) this.dfa = new Map();
  }

  /** A fresh generation for the visited marks; the marks are cleared before the 32-bit counter wraps. */
  private nextGen(): void {
    if (this.gen === 0xffffffff) {
      this.mark.fill(0);
      this.gen = 0;
    }
    this.gen++;
  }

  /** Program size, for tests of the cost bound. */
  get size(): number {
    return this.prog.length;
  }

  /** RegExp.prototype.test: whether the expression matches somewhere in `input` (the compilers anchor with ^…$). */
  test(input: string): boolean {
    return this.run(input, undefined);
  }

  /**
   * Whether some prefix of `input` ending right before a '/' matches, as if that prefix were the whole
   * input. One pass: what moby's parent-directory loop computes with one match per parent directory.
   */
  testDirPrefixes(input: string): boolean {
    const at = this.testAtSlashes(input);
    for (let k = 0; k < at.length - 1; k++) if (at[k]) return true;
    return false;
  }

  /**
   * For each '/' in `input`, whether the prefix before it matches (RegExp.test of that prefix), then
   * whether the whole input matches: one pass, linear in the input.
   */
  testAtSlashes(input: string): boolean[] {
    const out: boolean[] = [];
    this.run(input, out);
    return out;
  }

  /** Simulates the program over `input`; with `atSlashes`, records acceptance at each '/' and at the end. */
  private run(input: string, atSlashes?: boolean[]): boolean {
    if (!hasPrefix(input, this.head)) {
      // No prefix of the input can match either (a match would start with the head).
      if (atSlashes !== undefined) for (let k = input.indexOf('/'); k >= 0; k = input.indexOf('/', k + 1)) atSlashes.push(false);
      atSlashes?.push(false);
      return false;
    }
    if (atSlashes === undefined && !hasSuffix(input, this.tail)) return false;
    return this.dfa !== undefined ? this.runDfa(input, atSlashes) : this.runNfa(input, atSlashes);
  }

  /**
   * The same simulation with each set of threads cached as a DFA state and its transitions memoised:
   * one map lookup per character once warm. A state is the set of threads that arrived at a position
   * (before their empty transitions, which depend only on being at the start or the end). At most
   * DFA_STATES states are kept (then the cache starts over), so memory stays bounded and each character
   * still costs at most one closure: linear either way.
   */
  private runDfa(input: string, atSlashes?: boolean[]): boolean {
    let st = this.dfaStart ?? (this.dfaStart = this.state([], true));
    let found = false;
    for (let i = 0; i < input.length; ) {
      if (st.dead) {
        // Nothing can match any more: every later '/' prefix answers as the ones before.
        if (atSlashes !== undefined) for (let k = input.indexOf('/', i); k >= 0; k = input.indexOf('/', k + 1)) atSlashes.push(found);
        break;
      }
      const cp = input.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      matchStats.steps++;
      if (atSlashes !== undefined && cp === 0x2f) atSlashes.push(found || st.acceptEnd);
      if (st.acceptMid) {
        found = true;
        if (atSlashes === undefined) return true;
      }
      let next = cp < 128 ? st.ascii[cp] : st.next.get(cp);
      if (next === undefined) {
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
    if (atSlashes !== undefined) atSlashes.push(found);
    return found;
  }

  private transition(st: DState, cp: number): DState {
    const arrived: number[] = [];
    for (const pc of st.closed) {
      const inst = this.prog[pc]!;
      if ((inst.op === Op.Char && inst.cp === cp) || (inst.op === Op.Test && inst.test!(cp))) arrived.push(inst.out);
    }
    return this.state(arrived, false);
  }

  /** The DFA state for threads `arrived` at a position (the start of the input or not). */
  private state(arrived: number[], atStart: boolean): DState {
    const set = [...new Set(arrived)].sort((a, b) => a - b);
    const key = (atStart ? 'S' : '') + set.join(',');
    const dfa = this.dfa!;
    let st = dfa.get(key);
    if (st !== undefined) return st;
    if (dfa.size >= DFA_STATES) {
      dfa.clear(); // states already held stay usable; only the cache starts over
      this.dfaStart = undefined;
    }
    const closed: number[] = [];
    this.nextGen();
    for (const pc of set) this.addThread(closed, pc, -1, -1, atStart ? 0 : 1, 2);
    this.addThread(closed, this.start, -1, -1, atStart ? 0 : 1, 2);
    const acceptMid = closed.some((pc) => this.prog[pc]!.op === Op.Match);
    const atEnd: number[] = [];
    this.nextGen();
    for (const pc of set) this.addThread(atEnd, pc, -1, -1, atStart ? 0 : 1, atStart ? 0 : 1);
    this.addThread(atEnd, this.start, -1, -1, atStart ? 0 : 1, atStart ? 0 : 1);
    const acceptEnd = acceptMid || atEnd.some((pc) => this.prog[pc]!.op === Op.Match);
    const consuming = closed.filter((pc) => this.prog[pc]!.op !== Op.Match);
    st = { closed: consuming, acceptMid, acceptEnd, dead: consuming.length === 0 && !acceptEnd && !atStart, ascii: [], next: new Map() };
    dfa.set(key, st);
    return st;
  }

  private runNfa(input: string, atSlashes?: boolean[]): boolean {
    const cps: number[] = [];
    for (let i = 0; i < input.length; ) {
      const cp = input.codePointAt(i)!;
      cps.push(cp);
      i += cp > 0xffff ? 2 : 1;
    }
    const n = cps.length;
    let cur = this.cur;
    let nxt = this.nxt;
    cur.length = 0;
    let found = false;
    // Unanchored search: a new thread may start at every position (the compilers anchor with ^ anyway).
    for (let i = 0; i <= n; i++) {
      const prev = i === 0 ? -1 : cps[i - 1]!;
      const next = i === n ? -1 : cps[i]!;
      if (atSlashes !== undefined && next === 0x2f) atSlashes.push(found || this.accepts(cur, prev, i));
      // Close the threads that arrived here, plus a fresh one at the start.
      nxt.length = 0;
      this.nextGen();
      for (const pc of cur) this.addThread(nxt, pc, prev, next, i, n);
      this.addThread(nxt, this.start, prev, next, i, n);
      [cur, nxt] = [nxt, cur];
      // cur: closed threads at position i.
      if (cur.some((pc) => this.prog[pc]!.op === Op.Match)) {
        found = true;
        if (atSlashes === undefined) break;
      }
      if (i === n) break;
      nxt.length = 0;
      for (const pc of cur) {
        matchStats.steps++;
        const inst = this.prog[pc]!;
        if ((inst.op === Op.Char && inst.cp === next) || (inst.op === Op.Test && inst.test!(next))) nxt.push(inst.out);
      }
      [cur, nxt] = [nxt, cur];
    }
    this.cur = cur;
    this.nxt = nxt;
    if (atSlashes !== undefined) atSlashes.push(found);
    return found;
  }

  /**
   * RegExp.prototype.exec's match position from `from` (UTF-16 indices): the leftmost match and, among
   * those, the one a backtracking engine picks (greedy or lazy quantifiers honoured) — a Pike VM, as in
   * Go's regexp and RE2, whose threads keep their priority order. Linear in the input.
   */
  exec(input: string, from = 0): { start: number; end: number } | undefined {
    const idx: number[] = []; // UTF-16 index of each code point from `from`, then the end
    const cps: number[] = [];
    for (let i = from; i < input.length; ) {
      const cp = input.codePointAt(i)!;
      idx.push(i);
      cps.push(cp);
      i += cp > 0xffff ? 2 : 1;
    }
    idx.push(input.length);
    const n = cps.length;
    const firstPrev = from === 0 ? -1 : input.codePointAt(from - 1 - (from >= 2 && /[\udc00-\udfff]/.test(input[from - 1]!) ? 1 : 0))!;
    let cur: { pc: number; start: number }[] = [];
    let found: { start: number; end: number } | undefined;
    for (let i = 0; i <= n; i++) {
      const prev = i === 0 ? firstPrev : cps[i - 1]!;
      const next = i === n ? -1 : cps[i]!;
      const pos = idx[i]!;
      const closed: { pc: number; start: number }[] = [];
      this.nextGen();
      for (const t of cur) {
        if (this.closeThread(closed, t.pc, t.start, prev, next, from === 0 && i === 0, i === n)) {
          found = { start: t.start, end: pos };
          break; // lower-priority threads cannot win any more
        }
      }
      if (found === undefined && this.closeThread(closed, this.start, pos, prev, next, from === 0 && i === 0, i === n)) {
        found = { start: pos, end: pos };
      }
      if (i === n || (closed.length === 0 && found !== undefined)) break;
      cur = [];
      for (const t of closed) {
        matchStats.steps++;
        const inst = this.prog[t.pc]!;
        if ((inst.op === Op.Char && inst.cp === next) || (inst.op === Op.Test && inst.test!(next)))
          cur.push({ pc: inst.out, start: t.start });
      }
    }
    return found;
  }

  /** addThread for exec(): threads keep their start; true when Match is reached (the thread then ends). */
  private closeThread(
    list: { pc: number; start: number }[],
    pc0: number,
    start: number,
    prev: number,
    next: number,
    atStart: boolean,
    atEnd: boolean,
  ): boolean {
    const stack = [pc0];
    while (stack.length > 0) {
      const pc = stack.pop()!;
      if (this.mark[pc] === this.gen) continue;
      this.mark[pc] = this.gen;
      matchStats.steps++;
      const inst = this.prog[pc]!;
      switch (inst.op) {
        case Op.Split:
          stack.push(inst.out1, inst.out);
          break;
        case Op.Bol:
          if (atStart) stack.push(inst.out);
          break;
        case Op.Eol:
          if (atEnd) stack.push(inst.out);
          break;
        case Op.WordB:
          if (isWord(prev) !== isWord(next)) stack.push(inst.out);
          break;
        case Op.NotWordB:
          if (isWord(prev) === isWord(next)) stack.push(inst.out);
          break;
        case Op.Match:
          return true;
        default:
          list.push({ pc, start });
      }
    }
    return false;
  }

  /** Whether the threads `arrived` (before closure) reach Match with the input ending at position i. */
  private accepts(arrived: readonly number[], prev: number, i: number): boolean {
    const tmp: number[] = [];
    this.nextGen();
    for (const pc of arrived) this.addThread(tmp, pc, prev, -1, i, i);
    this.addThread(tmp, this.start, prev, -1, i, i);
    return tmp.some((pc) => this.prog[pc]!.op === Op.Match);
  }

  /** Follows empty transitions from pc, evaluating assertions between `prev` and `next` at position i of n. */
  private addThread(list: number[], pc0: number, prev: number, next: number, i: number, n: number): void {
    const stack = [pc0];
    while (stack.length > 0) {
      const pc = stack.pop()!;
      if (this.mark[pc] === this.gen) continue;
      this.mark[pc] = this.gen;
      matchStats.steps++;
      const inst = this.prog[pc]!;
      switch (inst.op) {
        case Op.Split:
          stack.push(inst.out1, inst.out);
          break;
        case Op.Bol:
          if (i === 0) stack.push(inst.out);
          break;
        case Op.Eol:
          if (i === n) stack.push(inst.out);
          break;
        case Op.WordB:
          if (isWord(prev) !== isWord(next)) stack.push(inst.out);
          break;
        case Op.NotWordB:
          if (isWord(prev) === isWord(next)) stack.push(inst.out);
          break;
        default:
          list.push(pc);
      }
    }
  }
}
