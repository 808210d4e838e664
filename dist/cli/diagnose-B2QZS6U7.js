import {
  CODE_EXTENSIONS,
  DATA_EXTENSIONS,
  ENV_TEMPLATE,
  FAMILY_LABELS,
  JUNK_FAMILIES,
  JUNK_LINES,
  LARGE_FILE_FLOOR,
  LinearRegexp,
  MIN_DATA_FILE,
  PACKAGE_MANIFESTS,
  PatternMatcher,
  REBUILDABLE_NAME,
  STATIC_LINES,
  UNWRITABLE,
  WEIGHT_EXTENSIONS,
  compareCodePoints,
  compileLine,
  dockerExcludes,
  extensionOf,
  formatBytes,
  formatCount,
  hasPrefix,
  hasSuffix,
  isInside,
  literalPattern,
  literalPrefix,
  makeCopySelector,
  namedDir,
  parseIgnoreFile,
  popFramesNotHolding,
  safeGoMatch,
  safeMatch,
  samplePaths,
  shapeOf
} from "./chunk-STPXIHXG.js";
import "./chunk-SPT7LSYV.js";

// src/diagnose/diagnose.ts
import { closeSync, fstatSync, lstatSync, openSync, readFileSync, readSync, realpathSync, constants as fsc } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";

// src/diagnose/bounded.ts
function keepFirst(list, item, max, key) {
  const k = key(item);
  if (list.length >= max && compareCodePoints(k, key(list[list.length - 1])) >= 0) return;
  let i = list.length;
  while (i > 0 && compareCodePoints(key(list[i - 1]), k) > 0) i--;
  list.splice(i, 0, item);
  if (list.length > max) list.pop();
}
function keepFirstBy(list, item, max, compare) {
  if (list.length >= max && compare(item, list[list.length - 1]) >= 0) return;
  let i = list.length;
  while (i > 0 && compare(list[i - 1], item) > 0) i--;
  list.splice(i, 0, item);
  if (list.length > max) list.pop();
}
function keepFirstPath(list, path, max) {
  keepFirst(list, path, max, (p) => p);
}

// src/diagnose/candidates.ts
var ORIGIN_RANK = { static: 0, probe: 1, dir: 2, file: 3 };
var MAX_EXAMPLES = 3;
var MAX_NEEDED = 3;
function newCandidate(id, family, line, pattern, origin) {
  return {
    id,
    family,
    line,
    pattern,
    origin,
    habitLines: [],
    selfCount: 0,
    examples: [],
    minSelfFileSize: Infinity,
    allPrivateKeys: true,
    hasTemplate: false,
    codeFiles: 0,
    weightFiles: 0,
    dataFiles: 0,
    needed: [],
    neededCount: 0,
    dropped: false,
    blockable: true,
    size: 0,
    junk: false
  };
}
function byInstruction(a, b) {
  return a.file === b.file ? a.line - b.line : compareCodePoints(a.file, b.file);
}
function addNeed(list, n, max) {
  const same = list.findIndex((x) => x.file === n.file && x.line === n.line);
  if (same >= 0) {
    if (n.path < list[same].path) list[same] = n;
    return;
  }
  keepFirstBy(list, n, max, byInstruction);
}
function noteSelfMatch(c, path, topmost) {
  c.selfCount++;
  if (topmost) keepFirstPath(c.examples, path, MAX_EXAMPLES);
}
function noteNeeded(c, needs) {
  c.neededCount++;
  for (const n of needs) addNeed(c.needed, n, MAX_NEEDED);
}
function nameBounds(cleaned) {
  const m = /^(?:\*\*\/|\*\/\*\*\/)([^/]+)$/.exec(cleaned);
  const last = m?.[1];
  if (last === void 0 || /[[\\]|\*\*/.test(last)) return void 0;
  const first = last.search(/[*?]/);
  if (first < 0) return void 0;
  const end = Math.max(last.lastIndexOf("*"), last.lastIndexOf("?"));
  return { prefix: last.slice(0, first), suffix: last.slice(end + 1) };
}
var NONE = [];
var StaticIndex = class {
  byName = /* @__PURE__ */ new Map();
  byExt = /* @__PURE__ */ new Map();
  /** shapeOf each key of byName and byExt. */
  nameShapes = /* @__PURE__ */ new Set();
  extShapes = /* @__PURE__ */ new Set();
  generic = [];
  add(c) {
    const m = /^\*\*\/(.+)$/.exec(c.pattern.cleaned);
    const last = m?.[1];
    if (last !== void 0 && !/[*?[\\/]/.test(last)) {
      push(this.byName, last, c);
      this.nameShapes.add(shapeOf(last));
    } else if (last !== void 0 && /^\*\.[^.*?[\\/]+$/.test(last)) {
      push(this.byExt, last.slice(1), c);
      this.extShapes.add(shapeOf(last.slice(1)));
    } else this.generic.push({ c, bounds: nameBounds(c.pattern.cleaned) });
  }
  /** The static lines that match `path` itself. */
  matches(path, name, ext, out) {
    if (this.nameShapes.has(shapeOf(name))) for (const c of this.byName.get(name) ?? NONE) out.push(c);
    if (ext !== "" && this.extShapes.has(shapeOf(ext))) {
      for (const c of this.byExt.get(ext) ?? NONE) if (path.indexOf("\n") < 0 || safeMatch(c.pattern, path)) out.push(c);
    }
    for (const { c, bounds } of this.generic) {
      if (bounds !== void 0 && !(hasPrefix(name, bounds.prefix) && hasSuffix(name, bounds.suffix))) continue;
      if (safeMatch(c.pattern, path)) out.push(c);
    }
  }
};
function push(m, k, v) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
function compileOrThrow(line) {
  const p = compileLine(line);
  if (!p) throw new Error(`internal: cannot compile suggestion ${JSON.stringify(line)}`);
  return p;
}

// src/diagnose/choose.ts
var FAMILY_ORDER = [
  "vcs",
  "venv",
  "node_modules",
  "python-cache",
  "model-weights",
  "data",
  "build-output",
  "logs-temp",
  "editor-os",
  "secrets",
  "large-files"
];
function choose(collected, before, target) {
  const { candidates, aggs, groups } = collected;
  const byId = (id) => candidates[id];
  const keysOf = /* @__PURE__ */ new Map();
  aggs.forEach((a, k) => {
    for (const id of a.ids) {
      const list = keysOf.get(id);
      if (list) list.push(k);
      else keysOf.set(id, [k]);
    }
  });
  const groupsOf = /* @__PURE__ */ new Map();
  groups.forEach((g, i) => {
    for (const id of new Set(g.aggs.flatMap((a) => a.ids))) {
      const list = groupsOf.get(id);
      if (list) list.push(i);
      else groupsOf.set(id, [i]);
    }
  });
  const totals = /* @__PURE__ */ new Map();
  for (const c of candidates) {
    let bytes = 0;
    let files = 0;
    for (const k of keysOf.get(c.id) ?? []) {
      bytes += aggs[k].bytes;
      files += aggs[k].files;
    }
    for (const i of groupsOf.get(c.id) ?? []) if (groups[i].aggs.every((a) => a.ids.includes(c.id))) bytes += groups[i].size;
    totals.set(c.id, { bytes, files });
  }
  const recognised = /* @__PURE__ */ new Set();
  for (const c of candidates) if (passesOwnTest(c, totals.get(c.id).bytes, before)) recognised.add(c.id);
  for (const c of candidates) {
    if (c.guard !== "pure" || !recognised.has(c.id)) continue;
    const family = c.family;
    const dirs = /* @__PURE__ */ new Set();
    const pure = (keysOf.get(c.id) ?? []).every((k) => {
      const a = aggs[k];
      const dir = a.ids.find((id) => id !== c.id && byId(id).origin === "dir" && byId(id).family === family && recognised.has(id));
      if (dir !== void 0) dirs.add(dir);
      return a.files === 0 || dir !== void 0;
    });
    if (!pure || dirs.size < 2 && c.origin === "static") recognised.delete(c.id);
  }
  const eligible = candidates.filter((c) => recognised.has(c.id) && c.blockable && c.neededCount === 0);
  const removed = new Array(aggs.length).fill(false);
  const groupGone = new Array(groups.length).fill(false);
  const picked = [];
  const pickedSet = /* @__PURE__ */ new Set();
  const suggestions = [];
  const marginal = (c) => {
    let bytes = 0;
    let files = 0;
    let copied = 0;
    for (const k of keysOf.get(c.id) ?? []) {
      if (removed[k]) continue;
      const a = aggs[k];
      bytes += a.bytes;
      files += a.files;
      copied += a.copiedBytes;
    }
    for (const i of groupsOf.get(c.id) ?? []) {
      const g = groups[i];
      if (groupGone[i]) continue;
      if (g.aggs.every((a) => a.ids.includes(c.id) || a.ids.some((id) => pickedSet.has(id)))) {
        bytes += g.size;
        if (g.copied) copied += g.size;
      }
    }
    return { bytes, files, copied };
  };
  for (; ; ) {
    let best;
    let bestM = { bytes: 0, files: 0, copied: 0 };
    for (const c of eligible) {
      if (pickedSet.has(c.id)) continue;
      const m = marginal(c);
      if (m.files === 0 && m.bytes === 0) continue;
      if (!best || better(m, c, bestM, best)) {
        best = c;
        bestM = m;
      }
    }
    if (!best) break;
    picked.push(best);
    pickedSet.add(best.id);
    for (const k of keysOf.get(best.id) ?? []) removed[k] = true;
    for (const i of groupsOf.get(best.id) ?? []) {
      if (!groupGone[i] && groups[i].aggs.every((a) => a.ids.some((id) => pickedSet.has(id)))) groupGone[i] = true;
    }
    suggestions.push({
      line: best.line,
      family: best.family,
      bytes: bestM.bytes,
      files: bestM.files,
      copiedBytes: bestM.copied,
      examples: best.examples.slice(0, 3),
      ...noteFor(best) ? { note: noteFor(best) } : {}
    });
  }
  const pickedLines = new Set(picked.map((c) => c.line));
  const withheld = [];
  const withheldLines = /* @__PURE__ */ new Set();
  for (const c of candidates) {
    if (!recognised.has(c.id) || !c.blockable || c.neededCount === 0) continue;
    if (pickedLines.has(c.line) || withheldLines.has(c.line)) continue;
    withheldLines.add(c.line);
    const m = marginal(c);
    if (m.files === 0 && m.bytes === 0) continue;
    withheld.push({ line: c.line, family: c.family, bytes: m.bytes, files: m.files, neededBy: c.needed });
  }
  withheld.sort((a, b) => b.bytes - a.bytes || compareCodePoints(a.line, b.line));
  const coverage = (id) => {
    const m = marginal(byId(id));
    const by = picked.filter((p) => (keysOf.get(id) ?? []).some((k) => aggs[k].ids.includes(p.id))).map((p) => p.line);
    return { bytes: m.bytes, files: m.files, by };
  };
  const families = familyBytes(collected, picked, recognised);
  const removedBytes = suggestions.reduce((s, x) => s + x.bytes, 0);
  const removedFiles = suggestions.reduce((s, x) => s + x.files, 0);
  const block = picked.length === 0 ? null : makeBlock(picked, target, collected, pickedSet);
  const savings = { before, removed: removedBytes, removedFiles, after: before - removedBytes + (block?.contextGrowth ?? 0) };
  return { suggestions, withheld: withheld.slice(0, 20), families, block, savings, totals, recognised, picked, coverage };
}
function better(m, c, bm, b) {
  if (m.bytes !== bm.bytes) return m.bytes > bm.bytes;
  if (m.files !== bm.files) return m.files > bm.files;
  if (ORIGIN_RANK[c.origin] !== ORIGIN_RANK[b.origin]) return ORIGIN_RANK[c.origin] < ORIGIN_RANK[b.origin];
  if (c.origin === "static") return c.id < b.id;
  return compareCodePoints(c.line, b.line) < 0;
}
function passesOwnTest(c, bytes, before) {
  if (c.dropped) return false;
  switch (c.guard) {
    case "min-size":
      if (c.minSelfFileSize < MIN_DATA_FILE) return false;
      break;
    case "no-template":
      if (c.hasTemplate) return false;
      break;
    case "private-key":
      if (!c.allPrivateKeys) return false;
      break;
    default:
  }
  if (c.origin === "dir") {
    if (c.dirTest === "weights") return c.weightFiles > 0 && c.codeFiles === 0;
    if (c.dirTest === "data") return c.codeFiles === 0 && (c.dataFiles + c.weightFiles > 0 || bytes >= MIN_DATA_FILE);
    if (c.dirTest === "no-code") return c.codeFiles === 0;
  }
  if (c.origin === "file" && c.family === "large-files") return c.size >= Math.max(LARGE_FILE_FLOOR, before / 100);
  return true;
}
function noteFor(c) {
  if (c.habitLines.length > 0) return `what line ${c.habitLines.join(", ")} of the ignore file meant: Docker matches it at the root only`;
  if (c.family === "large-files") return "a large file that belongs to no family";
  if (c.origin === "dir" && c.family === "venv") return "a virtual environment (it holds pyvenv.cfg)";
  return c.note;
}
function familyBytes(collected, picked, recognised) {
  const order = new Map(picked.map((c, i) => [c.id, i]));
  const sums = /* @__PURE__ */ new Map();
  const familyOf = (ids) => {
    let best;
    for (const id of ids) {
      const i = order.get(id);
      if (i !== void 0 && (best === void 0 || i < order.get(best.id))) best = collected.candidates[id];
    }
    if (best) return best.family;
    let family = "other";
    for (const id of ids) {
      const c = collected.candidates[id];
      if (!recognised.has(id) || c.family === "ignore-fix") continue;
      if (family === "other" || FAMILY_ORDER.indexOf(c.family) < FAMILY_ORDER.indexOf(family)) family = c.family;
    }
    return family;
  };
  const add = (f, bytes, files) => {
    const s = sums.get(f) ?? { bytes: 0, files: 0 };
    s.bytes += bytes;
    s.files += files;
    sums.set(f, s);
  };
  for (const a of collected.aggs) add(familyOf(a.ids), a.bytes, a.files);
  for (const g of collected.groups) add(familyOf(g.aggs[0].ids), g.size, 0);
  return [...sums.entries()].filter(([, s]) => s.bytes > 0 || s.files > 0).map(([family, s]) => ({ family, label: FAMILY_LABELS[family], bytes: s.bytes, files: s.files })).sort(
    (a, b) => (a.family === "other" ? 1 : 0) - (b.family === "other" ? 1 : 0) || b.bytes - a.bytes || compareCodePoints(a.family, b.family)
  );
}
var BLOCK_HEADER = "# Added by docker-size-guard --fix (Docker syntax: **/ matches at any depth)";
function makeBlock(picked, target, collected, pickedSet) {
  const body = [BLOCK_HEADER, ...picked.map((c) => c.line)].join("\n") + "\n";
  const text = (target.exists && !target.endsWithNewline ? "\n" : "") + body;
  let inContext = false;
  if (target.contextPath !== void 0) {
    if (target.exists) {
      const ids = collected.buildFilesSeen.get(target.contextPath);
      inContext = ids !== void 0 && !ids.some((id) => pickedSet.has(id));
    } else {
      inContext = !dockerExcludes(new PatternMatcher(picked.map((c) => c.line)), target.contextPath);
    }
  }
  return { file: target.file, create: !target.exists, text, contextGrowth: inContext ? Buffer.byteLength(text) : 0 };
}

// src/diagnose/frames.ts
function popTo(stack, path, nameAt) {
  popFramesNotHolding(stack, path, nameAt, 1, () => stack.pop());
  return stack[stack.length - 1];
}

// src/patterns/gitmatch.ts
function literalBounds(body) {
  const first = body.search(/[*?[\\]/);
  if (first < 0) return { exact: body, prefix: body, suffix: body };
  const prefix = body.slice(0, first);
  if (/[[\\]/.test(body)) return { exact: void 0, prefix, suffix: "" };
  let suffix = body.slice(Math.max(body.lastIndexOf("*"), body.lastIndexOf("?")) + 1);
  if (suffix[0] === "/") suffix = suffix.slice(1);
  return { exact: void 0, prefix, suffix };
}
function withinBounds(b, s) {
  if (b.exact !== void 0) return s === b.exact;
  return hasPrefix(s, b.prefix) && hasSuffix(s, b.suffix);
}
var UNDECIDED = { ignored: false };
var DIR_CACHE_LIMIT = 1024;
function parseGitRule(line) {
  let raw = line.endsWith("\r") ? line.slice(0, -1) : line;
  if (raw === "" || raw[0] === "#") return void 0;
  raw = trimTrailingSpaces(raw);
  let body = raw;
  const negative = body[0] === "!";
  if (negative) body = body.slice(1);
  let mustBeDir = false;
  if (body.endsWith("/")) {
    mustBeDir = true;
    body = body.slice(0, -1);
  }
  if (body === "") return void 0;
  const anchored = body.includes("/");
  if (body[0] === "/") body = body.slice(1);
  return { negative, mustBeDir, anchored, body };
}
function trimTrailingSpaces(s) {
  let end = s.length;
  let i = 0;
  let lastSpace = -1;
  for (; i < s.length; i++) {
    if (s[i] === " ") {
      if (lastSpace < 0) lastSpace = i;
    } else {
      lastSpace = -1;
      if (s[i] === "\\") i++;
    }
  }
  if (lastSpace >= 0) end = lastSpace;
  return s.slice(0, end);
}
var hex = (cp) => `\\u{${cp.toString(16)}}`;
var NEVER = "[]";
var SLASH = 47;
var POSIX = {
  alnum: [
    [48, 57],
    [65, 90],
    [97, 122]
  ],
  alpha: [
    [65, 90],
    [97, 122]
  ],
  blank: [
    [9, 9],
    [32, 32]
  ],
  cntrl: [
    [0, 31],
    [127, 127]
  ],
  digit: [[48, 57]],
  graph: [[33, 126]],
  lower: [[97, 122]],
  print: [[32, 126]],
  punct: [
    [33, 47],
    [58, 64],
    [91, 96],
    [123, 126]
  ],
  space: [
    [9, 13],
    [32, 32]
  ],
  upper: [[65, 90]],
  xdigit: [
    [48, 57],
    [65, 70],
    [97, 102]
  ]
};
function wildmatchSource(pattern) {
  const p = Array.from(pattern, (c) => c.codePointAt(0));
  let re2 = "";
  let i = 0;
  while (i < p.length) {
    const c = p[i];
    if (c === 92) {
      if (i + 1 >= p.length) return NEVER;
      re2 += hex(p[i + 1]);
      i += 2;
    } else if (c === 63) {
      re2 += "[^/]";
      i++;
    } else if (c === 42) {
      const start = i;
      while (p[i] === 42) i++;
      const globstar = i - start >= 2 && (start === 0 || p[start - 1] === SLASH) && (i >= p.length || p[i] === SLASH || p[i] === 92 && p[i + 1] === SLASH);
      if (!globstar) re2 += "[^/]*";
      else if (p[i] === SLASH) {
        re2 += "(?:[\\s\\S]*/)?";
        i++;
      } else re2 += "[\\s\\S]*";
    } else if (c === 91) {
      const cls = parseClass(p, i + 1);
      if (cls === void 0) return NEVER;
      re2 += cls.source;
      i = cls.next;
    } else {
      re2 += hex(c);
      i++;
    }
  }
  return `^${re2}$`;
}
function parseClass(p, i) {
  let ch = p[i];
  if (ch === 33) ch = 94;
  const negated = ch === 94;
  if (negated) ch = p[++i];
  const ranges = [];
  let prev = 0;
  for (; ; ) {
    if (ch === void 0) return void 0;
    if (ch === 92) {
      ch = p[++i];
      if (ch === void 0) return void 0;
      ranges.push([ch, ch]);
    } else if (ch === 45 && prev !== 0 && p[i + 1] !== void 0 && p[i + 1] !== 93) {
      ch = p[++i];
      if (ch === 92) {
        ch = p[++i];
        if (ch === void 0) return void 0;
      }
      if (prev <= ch) ranges.push([prev, ch]);
      ch = 0;
    } else if (ch === 91 && p[i + 1] === 58) {
      const s = i + 2;
      let j = s;
      while (p[j] !== void 0 && p[j] !== 93) j++;
      if (p[j] === void 0) return void 0;
      if (j - 1 < s || p[j - 1] !== 58) {
        ranges.push([91, 91]);
      } else {
        const name = String.fromCodePoint(...p.slice(s, j - 1));
        const set = POSIX[name];
        if (!set) return void 0;
        ranges.push(...set);
        i = j;
        ch = 0;
      }
    } else ranges.push([ch, ch]);
    prev = ch;
    ch = p[++i];
    if (ch === 93) break;
  }
  const parts = [];
  for (const [lo, hi] of ranges) {
    if (lo <= SLASH && SLASH <= hi) {
      if (lo < SLASH) parts.push(range(lo, SLASH - 1));
      if (hi > SLASH) parts.push(range(SLASH + 1, hi));
    } else parts.push(range(lo, hi));
  }
  const source = negated ? `[^${parts.join("")}\\/]` : `[${parts.join("")}]`;
  return { source, next: i + 1 };
}
var range = (lo, hi) => lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`;
function compileRule(input) {
  const r = parseGitRule(input.pattern);
  if (r === void 0) return void 0;
  return {
    negative: r.negative,
    mustBeDir: r.mustBeDir,
    basename: !r.anchored,
    body: r.body,
    compiled: void 0,
    mark: input.mark,
    bounds: literalBounds(r.body)
  };
}
function re(r) {
  return r.compiled ??= new LinearRegexp(wildmatchSource(r.body));
}
var GitIgnoreMatcher = class {
  rules = [];
  /** Base-name rules without wildcards, by that name (indexes into `rules`, ascending). */
  byName = /* @__PURE__ */ new Map();
  /** shapeOf each key of byName. */
  nameShapes = /* @__PURE__ */ new Set();
  /** Every other rule (indexes, ascending): tried on every last component, behind its literal bounds. */
  others = [];
  dirs = /* @__PURE__ */ new Map();
  /** The parent directory asked about last ('' before any), and its outcome. */
  lastDir = "";
  lastOutcome = UNDECIDED;
  constructor(rules) {
    for (const r of rules) {
      const c = compileRule(r);
      if (!c) continue;
      const i = this.rules.push(c) - 1;
      if (c.basename && c.bounds.exact !== void 0) {
        const list = this.byName.get(c.bounds.exact);
        if (list) list.push(i);
        else this.byName.set(c.bounds.exact, [i]);
        this.nameShapes.add(shapeOf(c.bounds.exact));
      } else this.others.push(i);
    }
  }
  /**
   * Whether `path` (relative to the .gitignore's directory; a trailing '/' for a directory) is ignored:
   * a path inside an ignored directory is ignored whatever the rules say of it, as in git. What the parent
   * directories decide is remembered per directory (the walk asks about a directory's entries together), so
   * an entry costs the rules that can match its own name: a rule is run only when its literal bounds allow.
   * The answer is always testFull's.
   */
  test(path) {
    const isDir = path.charCodeAt(path.length - 1) === SLASH;
    const name = isDir ? path.slice(0, -1) : path;
    const slash = name.lastIndexOf("/");
    if (slash < 0) return this.testIn(UNDECIDED, name, name, isDir);
    let inside;
    if (slash > 0 && slash === this.lastDir.length && name.startsWith(this.lastDir)) inside = this.lastOutcome;
    else {
      const parent = name.slice(0, slash);
      inside = this.outcomeOf(parent);
      this.lastDir = parent;
      this.lastOutcome = inside;
    }
    return this.testIn(inside, name, name.slice(slash + 1), isDir);
  }
  /**
   * What the rules decide for every path inside directory `dir` (relative to the .gitignore's directory, without
   * a trailing '/'; '' for that directory itself, where nothing is decided): that it is ignored, by which rule, or
   * nothing yet. Remembered (at most DIR_CACHE_LIMIT directories).
   */
  dirOutcome(dir) {
    return dir === "" ? UNDECIDED : this.outcomeOf(dir);
  }
  outcomeOf(dir) {
    let outcome = this.dirs.get(dir);
    if (outcome === void 0) {
      const slash = dir.lastIndexOf("/");
      const inside = slash < 0 ? UNDECIDED : this.dirs.get(dir.slice(0, slash));
      const r = inside === void 0 ? this.testFull(dir + "/") : this.testIn(inside, dir, dir.slice(slash + 1), true);
      outcome = r.ignored ? { ignored: true, mark: r.mark } : UNDECIDED;
      if (this.dirs.size >= DIR_CACHE_LIMIT) this.dirs.clear();
      this.dirs.set(dir, outcome);
    }
    return outcome;
  }
  /**
   * test() of the path `name` (no trailing '/'; `isDir` says whether it is a directory) whose last component is
   * `base`, in a directory whose dirOutcome is `inside`.
   */
  testIn(inside, name, base, isDir) {
    if (inside.ignored) return { ignored: true, unignored: false, mark: inside.mark };
    const k = this.lastMatch(name, base, isDir);
    if (k < 0) return NOTHING;
    const r = this.rules[k];
    return r.negative ? UNIGNORED : { ignored: true, unignored: false, mark: r.mark };
  }
  /** The last rule matching the path itself (not a parent), or -1: the rules that cannot match are not run. */
  lastMatch(name, base, isDir) {
    const named = this.nameShapes.has(shapeOf(base)) ? this.byName.get(base) : void 0;
    let best = -1;
    if (named !== void 0) {
      for (let j = named.length - 1; j >= 0; j--) {
        const r = this.rules[named[j]];
        if ((isDir || !r.mustBeDir) && re(r).test(base)) {
          best = named[j];
          break;
        }
      }
    }
    const others = this.others;
    for (let j = others.length - 1; j >= 0; j--) {
      const i = others[j];
      if (i < best) break;
      const r = this.rules[i];
      if (r.mustBeDir && !isDir) continue;
      const s = r.basename ? base : name;
      if (withinBounds(r.bounds, s) && re(r).test(s)) return i;
    }
    return best;
  }
  /**
   * test, evaluated afresh: each rule runs once over the path, deciding every parent directory on the way
   * (linear in the path).
   */
  testFull(path) {
    const isDir = path.endsWith("/");
    const name = isDir ? path.slice(0, -1) : path;
    const comps = name.split("/");
    const matched = this.rules.map((r) => {
      const at = r.basename ? comps.map((c) => re(r).test(c)) : re(r).testAtSlashes(name);
      if (r.mustBeDir && !isDir) at[at.length - 1] = false;
      return at;
    });
    for (let j = 0; j < comps.length; j++) {
      for (let k = this.rules.length - 1; k >= 0; k--) {
        if (!matched[k][j]) continue;
        const r = this.rules[k];
        if (!r.negative) return { ignored: true, unignored: false, mark: r.mark };
        if (j === comps.length - 1) return { ignored: false, unignored: true, mark: void 0 };
        break;
      }
    }
    return { ignored: false, unignored: false, mark: void 0 };
  }
};
var NOTHING = { ignored: false, unignored: false, mark: void 0 };
var UNIGNORED = { ignored: false, unignored: true, mark: void 0 };

// src/diagnose/gitignore.ts
var CACHE_LIMIT = 2e4;
var MAX_EXAMPLES2 = 3;
function parseRules(text) {
  const out = [];
  const lines = text.split("\n");
  lines.forEach((l, i) => {
    let raw = l.endsWith("\r") ? l.slice(0, -1) : l;
    if (raw === "" || raw[0] === "#") return;
    raw = raw.replace(/(?<!\\) +$/, "");
    if (raw === "") return;
    let body = raw;
    const negative = body[0] === "!";
    if (negative) body = body.slice(1);
    if (body.endsWith("/")) body = body.slice(0, -1);
    if (body === "") return;
    const anchored = body.includes("/");
    if (body[0] === "/") body = body.slice(1);
    out.push({ line: i + 1, raw, negative, body, anchored });
  });
  return out;
}
function toGoClasses(s) {
  return s.replace(/\[!/g, "[^");
}
function translate(rule, dir, above) {
  if (/\\ $/.test(rule.body)) return { wholeContext: false };
  const body = toGoClasses(rule.body);
  let rel;
  if (above === void 0) {
    const prefix = literalPrefix(dir);
    if (prefix === void 0) return { wholeContext: false };
    rel = (prefix === "" ? "" : prefix + "/") + (rule.anchored || body.startsWith("**/") ? body : "**/" + body);
  } else if (!rule.anchored) {
    if (above.some((c) => safeGoMatch(body, c))) return { wholeContext: true };
    rel = body.startsWith("**/") ? body : "**/" + body;
  } else {
    const comps = body.split("/");
    for (const c of above) {
      if (comps[0] === "**") break;
      if (!safeGoMatch(comps[0], c)) return { wholeContext: false };
      comps.shift();
      if (comps.length === 0) return { wholeContext: true };
    }
    if (comps.length === 1 && comps[0] === "**") return { wholeContext: true };
    rel = comps.join("/");
  }
  return compileLine(rel) ? { dockerLine: rel, wholeContext: false } : { wholeContext: false };
}
function makeScope(text, file, dir, above) {
  const rules = [];
  for (const r of parseRules(text)) {
    const t = translate(r, dir, above);
    rules.push({
      file,
      line: r.line,
      pattern: r.raw,
      negative: r.negative,
      dockerLine: r.negative ? void 0 : t.dockerLine,
      wholeContext: !r.negative && t.wholeContext,
      files: 0,
      bytes: 0,
      entries: 0,
      examples: [],
      neededBy: []
    });
  }
  const scope = {
    file,
    dir,
    prefix: above === void 0 ? "" : above.map((c) => c + "/").join(""),
    rules,
    byLine: new Map(rules.map((r) => [r.line, r])),
    ig: newIgnore(rules),
    tests: 0
  };
  return scope;
}
function newIgnore(rules) {
  return new GitIgnoreMatcher(rules.map((r) => ({ pattern: r.pattern, mark: r.line })));
}
function gitRuleFor(path, isDir, scopes) {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const s = scopes[i];
    let rel = s.prefix + (s.dir === "" ? path : path.slice(s.dir.length + 1));
    if (rel === "") continue;
    if (isDir) rel += "/";
    if (++s.tests > CACHE_LIMIT) {
      s.ig = newIgnore(s.rules);
      s.tests = 0;
    }
    const r = s.ig.test(rel);
    if (r.ignored) return r.mark === void 0 ? void 0 : s.byLine.get(r.mark);
    if (r.unignored) return void 0;
  }
  return void 0;
}
function gitDir(dir, scopes) {
  return {
    scopes,
    inside: scopes.map((s) => {
      const rel = s.dir === "" ? dir : dir.slice(s.dir.length + 1);
      return s.ig.dirOutcome(rel === "" ? s.prefix.slice(0, -1) : s.prefix + rel);
    })
  };
}
function gitRuleIn(dir, path, name, isDir = false) {
  const scopes = dir.scopes;
  for (let i = scopes.length - 1; i >= 0; i--) {
    const s = scopes[i];
    const rel = s.prefix + (s.dir === "" ? path : path.slice(s.dir.length + 1));
    if (++s.tests > CACHE_LIMIT) {
      s.ig = newIgnore(s.rules);
      s.tests = 0;
    }
    const r = s.ig.testIn(dir.inside[i], rel, name, isDir);
    if (r.ignored) return r.mark === void 0 ? void 0 : s.byLine.get(r.mark);
    if (r.unignored) return void 0;
  }
  return void 0;
}
function countIgnored(rule, path, topmost, kind, size) {
  rule.entries++;
  if (kind === "file") {
    rule.files++;
    rule.bytes += size;
  }
  if (topmost) keepFirstPath(rule.examples, path, MAX_EXAMPLES2);
}

// src/diagnose/collector.ts
var STATIC_PATTERNS = /* @__PURE__ */ new Map();
function staticPattern(line) {
  let p = STATIC_PATTERNS.get(line);
  if (p === void 0) STATIC_PATTERNS.set(line, p = compileOrThrow(line));
  return p;
}
var CODE = 1;
var WEIGHT = 2;
var DATA = 4;
var EXTENSION_KINDS = /* @__PURE__ */ new Map();
for (const [set, bit] of [
  [CODE_EXTENSIONS, CODE],
  [WEIGHT_EXTENSIONS, WEIGHT],
  [DATA_EXTENSIONS, DATA]
])
  for (const ext of set) EXTENSION_KINDS.set(ext, (EXTENSION_KINDS.get(ext) ?? 0) | bit);
var MAX_LITERAL_DIRS = 256;
var MAX_LARGE_FILES = 64;
var MAX_SECRET_LINES = 64;
var MAX_SECRETS = 50;
var MAX_INSPECTIONS = 1e3;
var MAX_TOP = 500;
var Collector = class {
  constructor(input) {
    this.input = input;
    const statics = /* @__PURE__ */ new Map();
    for (const s of STATIC_LINES) {
      const c = this.add(s.family, s.line, staticPattern(s.line), "static");
      c.guard = s.guard;
      c.note = s.note;
      statics.set(s.line, s);
    }
    const probes = /* @__PURE__ */ new Map();
    for (const { pattern, line } of input.rootOnlyLines) {
      const shown = "**/" + pattern.cleaned;
      const known = statics.get(shown);
      const wildcard = /[*?[\\]/.test(pattern.cleaned);
      if (UNWRITABLE.test(shown) || !wildcard && !known) continue;
      const blockable = !input.hasExceptions && pattern.cleaned.replace(/[*?]|\[[^\]]*\]/g, "").length >= 2;
      if (input.rootOnlyLines.find((l) => l.line === line)?.dirOnly) {
        this.dirProbes.push({
          pattern: compileOrThrow("*/" + shown),
          line,
          family: known?.family ?? "ignore-fix",
          blockable,
          ids: /* @__PURE__ */ new Set()
        });
        continue;
      }
      let c = probes.get(shown);
      if (!c) {
        c = this.add(known?.family ?? "ignore-fix", shown, compileOrThrow("*/" + shown), "probe");
        if (!wildcard && known?.guard === "pure") c.guard = "pure";
        c.blockable = blockable;
        probes.set(shown, c);
      }
      c.habitLines.push(line);
    }
    this.allScopes.push(...input.gitAncestors);
  }
  input;
  cands = [];
  statics = new StaticIndex();
  aggs = /* @__PURE__ */ new Map();
  firstLink = /* @__PURE__ */ new Map();
  groups = /* @__PURE__ */ new Map();
  stack = [];
  secrets = [];
  secretCount = 0;
  top = /* @__PURE__ */ new Map();
  allScopes = [];
  buildFilesSeen = /* @__PURE__ */ new Map();
  pendingDir;
  literalDirs = 0;
  secretLines = 0;
  inspections = 0;
  large = [];
  /** The lines an entry matches itself (reused from entry to entry). */
  self = [];
  /** Dir-only root lines ("build*\/"), matched below the root: each directory they meant gets its own line. */
  dirProbes = [];
  add(family, line, pattern, origin) {
    const c = newCandidate(this.cands.length, family, line, pattern, origin);
    c.junk = JUNK_FAMILIES.has(family) || JUNK_LINES.has(line);
    this.cands.push(c);
    if (origin === "static" || origin === "probe") this.statics.add(c);
    return c;
  }
  literal(family, path, origin) {
    const literal = literalPattern(path);
    if (literal === void 0) return void 0;
    return this.add(family, literal.line, literal.pattern, origin);
  }
  /** Pops to the frame of the directory holding `path`, whose last component starts at `nameAt`. */
  parentFrame(path, nameAt) {
    return popTo(this.stack, path, nameAt);
  }
  covering(ids) {
    return ids.some((id) => {
      const c = this.cands[id];
      return c.origin === "static" && c.guard === void 0;
    });
  }
  /** Build-output candidates per directory, with what its entries have shown so far. */
  // A directory's entries come in batches, and the walk descends into the subdirectories of one batch before the
  // next batch arrives: the evidence is kept per directory until it decides, at most MAX_PENDING_PACKAGES at once.
  pendingPackages = /* @__PURE__ */ new Map();
  /** A batch of the entries of a directory given to `listing`: a source package is never build output. */
  listedEntries(dir, entries) {
    const p = this.pendingPackages.get(dir);
    if (p === void 0) return;
    const pkg = sourcePackage(entries, p.evidence);
    if (pkg === void 0) return;
    const need = [{ file: `${dir}/${pkg}`, line: 0, instruction: `a source package (it has ${pkg})`, path: dir }];
    for (const c of p.cands) noteNeeded(c, need);
    this.pendingPackages.delete(dir);
  }
  /** A directory the walker reads: its own entry came just before, unless it is the root or excluded. */
  listing(dir, has) {
    if (dir === "") {
      this.stack.length = 0;
      const scopes2 = [...this.input.gitAncestors];
      if (has(".gitignore")) this.pushScope(scopes2, "");
      this.stack.push({
        path: "",
        prefix: "",
        rset: [],
        gitScopes: scopes2,
        gitRule: void 0,
        agg: void 0,
        top: void 0,
        git: void 0
      });
      return;
    }
    const nameAt = dir.lastIndexOf("/") + 1;
    const parent = this.parentFrame(dir, nameAt);
    const included = this.pendingDir === dir;
    this.pendingDir = void 0;
    const trackedDir = this.input.tracked?.dir(dir) === true;
    let rset = parent.rset;
    let gitRule = parent.gitRule;
    if (included) {
      const name = dir.slice(nameAt);
      const self = [];
      this.statics.matches(dir, name, extensionOf(name), self);
      if (has("pyvenv.cfg") && this.literalDirs < MAX_LITERAL_DIRS) {
        const c = this.literal("venv", dir, "dir");
        if (c) {
          this.literalDirs++;
          self.push(c);
        }
      }
      const named = namedDir(name);
      if (named && this.literalDirs < MAX_LITERAL_DIRS && !this.covering(parent.rset) && !parent.rset.some((id) => this.cands[id].origin === "dir" && this.cands[id].family === named.family)) {
        const c = this.literal(named.family, dir, "dir");
        if (c) {
          this.literalDirs++;
          c.dirTest = named.test;
          self.push(c);
        }
      }
      for (const probe of this.dirProbes) {
        if (this.literalDirs >= MAX_LITERAL_DIRS || !safeMatch(probe.pattern, dir) || parent.rset.some((id) => probe.ids.has(id))) continue;
        const c = this.literal(probe.family, dir, "dir");
        if (!c) continue;
        this.literalDirs++;
        c.habitLines.push(probe.line);
        c.blockable = probe.blockable;
        probe.ids.add(c.id);
        self.push(c);
      }
      for (const c of self) noteSelfMatch(c, dir, !parent.rset.includes(c.id));
      rset = union(parent.rset, self);
      if (rset.length > 0) this.checkNeeded(dir, rset);
      const output = self.filter((c) => c.family === "build-output" && !c.junk);
      if (output.length > 0) {
        if (this.pendingPackages.size >= MAX_PENDING_PACKAGES) this.pendingPackages.delete(this.pendingPackages.keys().next().value);
        this.pendingPackages.set(dir, { cands: output, evidence: { manifest: void 0, companion: false } });
      }
      if (trackedDir)
        gitRule = void 0;
      else if (gitRule) countIgnored(gitRule, dir, false, "dir", 0);
      else {
        gitRule = this.gitRuleOfDir(parent, dir, nameAt);
        if (gitRule) countIgnored(gitRule, dir, true, "dir", 0);
      }
      if (!dir.includes("/"))
        this.noteTop(
          dir,
          true,
          0,
          self.map((c) => c.id)
        );
    } else if (trackedDir) {
      gitRule = void 0;
    } else if (!gitRule) {
      gitRule = this.gitRuleOfDir(parent, dir, nameAt);
    }
    let scopes = parent.gitScopes;
    if (!gitRule && has(".gitignore")) {
      scopes = [...scopes];
      this.pushScope(scopes, dir);
    }
    const slash = dir.indexOf("/");
    const top = this.top.get(slash < 0 ? dir : dir.slice(0, slash));
    this.stack.push({ path: dir, prefix: dir + "/", rset, gitScopes: scopes, gitRule, agg: void 0, top, git: void 0 });
  }
  /** gitRuleFor of directory `dir` (its name starts at `nameAt`), from what its parent's frame knows. */
  gitRuleOfDir(parent, dir, nameAt) {
    return gitRuleIn(parent.git ??= gitDir(parent.path, parent.gitScopes), dir, dir.slice(nameAt), true);
  }
  pushScope(scopes, dir) {
    const read = this.input.readGitignore(dir);
    if (!read) return;
    const scope = makeScope(read.text, read.file, dir);
    scopes.push(scope);
    this.allScopes.push(scope);
  }
  /** An entry the build sends (from the walker's visitor). */
  entry(path, kind, size, inode, copied) {
    if (kind === "dir") {
      this.pendingDir = path;
      return;
    }
    this.pendingDir = void 0;
    if (kind === "other") return;
    const nameAt = path.lastIndexOf("/") + 1;
    const parent = this.parentFrame(path, nameAt);
    const name = path.slice(nameAt);
    const ext = extensionOf(name);
    const self = this.self;
    if (self.length !== 0) self.length = 0;
    this.statics.matches(path, name, ext, self);
    const secret = kind === "file" ? this.secretOf(path, name, ext, self) : void 0;
    if (kind === "file" && size >= LARGE_FILE_FLOOR && !this.covering(parent.rset) && !this.covering(self.map((c) => c.id))) {
      const c = this.largeFile(path, size);
      if (c) self.push(c);
    }
    for (const c of self) {
      noteSelfMatch(c, path, !parent.rset.includes(c.id));
      if (kind === "file" && size < c.minSelfFileSize) c.minSelfFileSize = size;
    }
    const rset = union(parent.rset, self);
    if (rset.length > 0) {
      const kinds = ext === "" ? 0 : EXTENSION_KINDS.get(ext) ?? 0;
      const code = (kinds & CODE) !== 0;
      const weight = (kinds & WEIGHT) !== 0;
      const data = (kinds & DATA) !== 0;
      if (kinds !== 0) {
        for (const id of rset) {
          const c = this.cands[id];
          if (c.origin !== "dir") continue;
          if (code) c.codeFiles++;
          if (weight) c.weightFiles++;
          if (data) c.dataFiles++;
        }
      }
    }
    const agg = rset === parent.rset ? parent.agg ??= this.aggOf(rset) : this.aggOf(rset);
    agg.files++;
    let counted = size;
    if (inode !== void 0) {
      const first = this.firstLink.get(inode);
      if (!first) this.firstLink.set(inode, { agg, size, copied });
      else {
        counted = 0;
        let g = this.groups.get(inode);
        if (!g) {
          first.agg.bytes -= first.size;
          if (first.copied) first.agg.copiedBytes -= first.size;
          this.groups.set(inode, g = { size: first.size, aggs: [first.agg], copied: first.copied });
        }
        g.aggs.push(agg);
        g.copied ||= copied;
      }
    }
    agg.bytes += counted;
    if (copied) agg.copiedBytes += counted;
    const committed = this.input.tracked?.file(path) === true;
    const gitRule = committed ? void 0 : parent.gitRule ?? gitRuleIn(parent.git ??= gitDir(parent.path, parent.gitScopes), path, name);
    if (rset.length > 0 || secret !== void 0 || gitRule !== void 0) {
      const split = this.needsOf(path, copied && committed);
      this.noteNeeds(rset, split);
      if (gitRule) {
        countIgnored(gitRule, path, gitRule !== parent.gitRule, "file", size);
        for (const n of split.hard) addNeed(gitRule.neededBy, n, 3);
        for (const n of split.soft) addNeed(gitRule.neededBy, n, 3);
      }
      if (secret !== void 0) {
        this.secretCount++;
        const needs = split.hard.concat(split.soft);
        keepFirst(this.secrets, { path, what: secret, bytes: size, copied, needs, ids: rset }, MAX_SECRETS, (s) => s.path);
      }
    }
    for (const b of this.input.buildFiles) if (b.path.length === path.length && b.path === path) this.buildFilesSeen.set(path, rset);
    const slash = parent.path !== "" ? -2 : path.indexOf("/");
    if (slash === -1)
      this.noteTop(
        path,
        false,
        counted,
        self.map((c) => c.id)
      );
    else {
      const t = slash === -2 ? parent.top : this.top.get(path.slice(0, slash));
      if (t) t.bytes += counted;
    }
  }
  /** The totals of the entries whose set of lines is `ids`. */
  aggOf(ids) {
    const key = ids.join(",");
    let agg = this.aggs.get(key);
    if (!agg) this.aggs.set(key, agg = { ids, bytes: 0, files: 0, copiedBytes: 0 });
    return agg;
  }
  noteTop(name, dir, bytes, ids) {
    if (this.top.size >= MAX_TOP) return;
    this.top.set(name, { name, dir, bytes, ids });
  }
  /** The COPY/ADD instructions (and the build itself) that need `path`; marks the candidates that would remove it. */
  checkNeeded(path, rset) {
    this.noteNeeds(rset, this.needsOf(path, false));
  }
  /** A line of a family no build reads is held back only by a hard need: the build itself, an exception, a COPY naming the path. */
  noteNeeds(rset, split) {
    if (split.hard.length === 0 && split.soft.length === 0) return;
    const all = split.hard.concat(split.soft);
    for (const id of rset) {
      const c = this.cands[id];
      const needs = c.junk ? split.hard : all;
      if (needs.length > 0) noteNeeded(c, needs);
    }
  }
  /**
   * What needs `path`: hard (the build itself reads it, an exception line keeps it, a COPY names it) and soft (a COPY
   * takes it through a directory or a wildcard, or, for a committed file, through a COPY of the whole context).
   */
  needsOf(path, committedCopied) {
    const hard = [];
    const soft = [];
    const build = this.input.buildFiles.find((b) => b.path === path);
    if (build) hard.push({ file: build.file, line: 0, instruction: "the build itself", path });
    const exception = this.input.namedByException(path);
    if (exception) hard.push(exception);
    for (const c of this.input.namedCopies) {
      if (!c.takes(path)) continue;
      (c.literalSources.includes(path) ? hard : soft).push({ file: c.file, line: c.line, instruction: c.instruction, path });
    }
    if (committedCopied && hard.length + soft.length === 0) {
      const w = this.input.wholeCopies[0];
      if (w) soft.push({ file: w.file, line: w.line, instruction: `${w.instruction}${COMMITTED}`, path });
    }
    return { hard, soft };
  }
  /** What kind of secret a regular file is, if any; adds the per-file line when no generic line can be used for it. */
  secretOf(path, name, ext, self) {
    const perFile = () => {
      if (this.secretLines >= MAX_SECRET_LINES) return;
      const c = this.literal("secrets", path, "file");
      if (c) {
        this.secretLines++;
        self.push(c);
      }
    };
    if (name === ".env" || hasPrefix(name, ".env.")) {
      const template = ENV_TEMPLATE.test(name);
      if (template || this.inspections++ < MAX_INSPECTIONS && !this.input.inspect(path, "env")) {
        for (const c of self) if (c.guard === "no-template") c.hasTemplate = true;
        return void 0;
      }
      if (name !== ".env") perFile();
      return "environment file";
    }
    if (ext === ".pem" || ext === ".key") {
      const privateKey = this.inspections++ >= MAX_INSPECTIONS || this.input.inspect(path, "key");
      if (!privateKey) {
        for (const c of self) if (c.guard === "private-key") c.allPrivateKeys = false;
        return void 0;
      }
      perFile();
      return "private key";
    }
    if (hasPrefix(name, "id_") && /^id_(rsa|dsa|ecdsa|ed25519)$/.test(name)) return "private key";
    if (ext === ".p12" || ext === ".pfx") return "key store";
    if (name === ".netrc" || name === ".git-credentials") return "credentials";
    if (name === ".npmrc") {
      if (this.inspections++ >= MAX_INSPECTIONS || !this.input.inspect(path, "npmrc")) return void 0;
      perFile();
      return "npm auth token";
    }
    return void 0;
  }
  /** A literal line for a large file that belongs to no family; the smallest is dropped past MAX_LARGE_FILES. */
  largeFile(path, size) {
    if (this.large.length >= MAX_LARGE_FILES) {
      let min = 0;
      for (let i = 1; i < this.large.length; i++) if (this.large[i].size < this.large[min].size) min = i;
      if (this.large[min].size >= size) return void 0;
      this.large[min].dropped = true;
      this.large.splice(min, 1);
    }
    const c = this.literal("large-files", path, "file");
    if (!c) return void 0;
    c.size = size;
    this.large.push(c);
    return c;
  }
  finish() {
    return {
      candidates: this.cands,
      aggs: [...this.aggs.values()],
      groups: [...this.groups.values()],
      secrets: this.secrets,
      secretCount: this.secretCount,
      top: [...this.top.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
      gitScopes: this.allScopes,
      buildFilesSeen: this.buildFilesSeen
    };
  }
};
var COMMITTED = " (it is committed)";
var MAX_PENDING_PACKAGES = 1024;
function sourcePackage(entries, seen) {
  const source = entries.find((e) => e.isFile() && /\.(go|rs)$/.test(e.name));
  if (source) return source.name;
  seen.manifest ??= entries.find((e) => e.isFile() && PACKAGE_MANIFESTS.has(e.name))?.name;
  seen.companion ||= entries.some((e) => e.isFile() && /^readme(\.|$)/i.test(e.name) || e.isDirectory() && e.name === "src");
  return seen.companion ? seen.manifest : void 0;
}
function union(base, add) {
  if (add.length === 0) return base;
  const s = new Set(base);
  for (const c of add) s.add(c.id);
  return s.size === base.length ? base : [...s].sort((a, b) => a - b);
}

// src/diagnose/drift.ts
function drift(scopes, matcher) {
  const items = [];
  let covered = 0;
  const files = /* @__PURE__ */ new Set();
  for (const scope of scopes) {
    files.add(scope.file);
    for (const r of scope.rules) {
      if (r.negative || r.wholeContext) continue;
      const base = {
        file: r.file,
        line: r.line,
        pattern: r.pattern,
        dockerLine: r.dockerLine ?? "",
        examples: r.examples,
        ...r.neededBy.length > 0 ? { neededBy: r.neededBy } : {}
      };
      if (r.entries > 0) {
        items.push({ ...base, status: "present", bytes: r.bytes, files: r.files });
        continue;
      }
      if (r.dockerLine === void 0) continue;
      const samples = samplePaths(r.dockerLine);
      if (samples.length > 0 && samples.every((s) => dockerExcludes(matcher, s))) {
        covered++;
        continue;
      }
      items.push({ ...base, status: "risk", bytes: 0, files: 0 });
    }
  }
  items.sort(
    (a, b) => (a.status === b.status ? 0 : a.status === "present" ? -1 : 1) || b.bytes - a.bytes || compareCodePoints(a.file, b.file) || a.line - b.line
  );
  return { gitignoreFiles: [...files].sort(compareCodePoints), items, covered };
}

// src/diagnose/git-index.ts
var GitIndexError = class extends Error {
};
var MAX_INDEX_ENTRIES = 5e6;
function parseGitIndex(buf, prefix) {
  if (buf.length < 12 || buf.toString("latin1", 0, 4) !== "DIRC") throw new GitIndexError("not a git index (no DIRC signature)");
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) throw new GitIndexError(`index version ${version} is not supported`);
  const count = buf.readUInt32BE(8);
  if (count > MAX_INDEX_ENTRIES) throw new GitIndexError(`index has ${count} entries, more than ${MAX_INDEX_ENTRIES}`);
  const files = /* @__PURE__ */ new Set();
  const dirs = /* @__PURE__ */ new Set();
  const sparse = [];
  const under = prefix === "" ? "" : prefix + "/";
  let off = 12;
  let previous = "";
  for (let i = 0; i < count; i++) {
    const start = off;
    if (off + 62 > buf.length) throw new GitIndexError("index is truncated");
    const flags = buf.readUInt16BE(off + 60);
    off += 62;
    if (flags & 16384) {
      if (version < 3) throw new GitIndexError("extended flags in a version 2 index");
      off += 2;
    }
    let path;
    if (version === 4) {
      let drop = 0;
      let b;
      let first = true;
      do {
        if (off >= buf.length) throw new GitIndexError("index is truncated");
        b = buf[off++];
        drop = first ? b & 127 : drop + 1 << 7 | b & 127;
        first = false;
      } while (b & 128);
      const end = buf.indexOf(0, off);
      if (end < 0) throw new GitIndexError("index is truncated");
      const keep = Buffer.from(previous, "utf8");
      if (drop > keep.length) throw new GitIndexError("bad path compression in the index");
      path = Buffer.concat([keep.subarray(0, keep.length - drop), buf.subarray(off, end)]).toString("utf8");
      off = end + 1;
    } else {
      const end = buf.indexOf(0, off);
      if (end < 0) throw new GitIndexError("index is truncated");
      path = buf.toString("utf8", off, end);
      off = start + (end - start + 8 & ~7);
    }
    previous = path;
    const mode = buf.readUInt32BE(start + 24);
    if ((mode & 61440) === 57344) continue;
    if ((mode & 61440) === 16384) {
      const dir = path.replace(/\/$/, "");
      if (dir.startsWith(under)) sparse.push(dir.slice(under.length));
      else if (under.startsWith(dir + "/")) sparse.push("");
      continue;
    }
    if (!path.startsWith(under)) continue;
    const rel = path.slice(under.length);
    files.add(rel);
    for (let slash = rel.lastIndexOf("/"); slash > 0; slash = rel.lastIndexOf("/", slash - 1)) {
      const d = rel.slice(0, slash);
      if (dirs.has(d)) break;
      dirs.add(d);
    }
  }
  for (let ext = off; ext + 8 <= buf.length - 20; ) {
    const sig = buf.toString("latin1", ext, ext + 4);
    if (sig === "link") throw new GitIndexError("a split index (core.splitIndex) is not read");
    ext += 8 + buf.readUInt32BE(ext + 4);
  }
  const underSparse = (p) => sparse.some((d) => d === "" || p === d || p.startsWith(d + "/"));
  for (const d of sparse) for (let i = d.indexOf("/"); i > 0; i = d.indexOf("/", i + 1)) dirs.add(d.slice(0, i));
  for (const d of sparse) if (d !== "") dirs.add(d);
  return {
    file: (p) => files.has(p) || sparse.length > 0 && underSparse(p),
    dir: (p) => p === "" ? files.size > 0 || sparse.length > 0 : dirs.has(p) || sparse.length > 0 && underSparse(p),
    count: files.size
  };
}

// src/diagnose/lines.ts
var junkPatterns;
var JUNK_PATTERNS = () => junkPatterns ??= STATIC_LINES.filter((l) => JUNK_FAMILIES.has(l.family) || JUNK_LINES.has(l.line)).map((l) => compileLine(l.line));
function isJunkPath(path) {
  const parts = path.split("/");
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join("/");
    if (JUNK_PATTERNS().some((p) => safeMatch(p, prefix))) return true;
  }
  return false;
}
var MAX_EXAMPLES3 = 3;
var MAX_DECIDERS = 5;
var MAX_PRUNED = 50;
var LineEvaluator = class {
  constructor(matcher, namedCopies, describe, tracked) {
    this.matcher = matcher;
    this.namedCopies = namedCopies;
    this.describe = describe;
    this.tracked = tracked;
    this.patterns = matcher.patterns;
    this.none = this.patterns.map(() => false);
    this.stats = this.patterns.map((p, index) => ({
      index,
      line: p.source?.line ?? 0,
      exclusion: !p.exclusion,
      direct: 0,
      examples: [],
      rootMatches: [],
      effect: 0,
      deciders: /* @__PURE__ */ new Set(),
      excluded: 0,
      needed: [],
      neededCount: 0
    }));
  }
  matcher;
  namedCopies;
  describe;
  tracked;
  stats;
  stack = [];
  pruned = [];
  prunedCount = 0;
  patterns;
  /** No line matching (read only). */
  none;
  get active() {
    return this.patterns.length > 0;
  }
  /** moby's MatchesUsingParentResults, with pattern `skip` left out and the direct matches precomputed. */
  outcome(parent, skip, direct) {
    const n = this.patterns.length;
    const info = new Array(n).fill(false);
    let matched = false;
    let decisive = -1;
    for (let i = 0; i < n; i++) {
      if (i === skip) continue;
      const p = this.patterns[i];
      let match = parent !== void 0 && parent[i] === true;
      if (!match) {
        if (p.exclusion !== matched) continue;
        match = direct[i];
      }
      info[i] = match;
      if (match) {
        matched = !p.exclusion;
        decisive = i;
      }
    }
    return { excluded: matched, info, decisive };
  }
  frameFor(path) {
    return popTo(this.stack, path, path.lastIndexOf("/") + 1);
  }
  evaluate(path, parent) {
    const n = this.patterns.length;
    let direct;
    for (let i = 0; i < n; i++) if (safeMatch(this.patterns[i], path)) (direct ??= new Array(n).fill(false))[i] = true;
    if (direct === void 0) return parent.plain ??= this.evaluateWith(this.none, parent);
    return this.evaluateWith(direct, parent);
  }
  evaluateWith(direct, parent) {
    const full = this.outcome(parent.info, -1, direct);
    const raw = direct.map((d, i) => d || parent.raw[i] === true);
    const without = /* @__PURE__ */ new Map();
    raw.forEach((r, k) => {
      if (r) without.set(k, this.outcome(parent.without.get(k) ?? parent.info, k, direct));
    });
    return { direct, full, raw, without };
  }
  /** A directory the walker reads, before its batches of entries (`listed`). */
  enter(dir) {
    if (!this.active) return;
    let frame;
    if (dir === "") {
      this.stack.length = 0;
      frame = {
        prefix: "",
        info: void 0,
        raw: this.patterns.map(() => false),
        without: /* @__PURE__ */ new Map(),
        walkReasons: [],
        kept: /* @__PURE__ */ new Map(),
        plain: void 0
      };
    } else {
      const parent = this.frameFor(dir);
      const e = this.evaluate(dir, parent);
      let walkReasons = parent.walkReasons;
      if (e.full.excluded) {
        const keep = this.exceptionsInside(dir);
        if (keep.length === 1) walkReasons = [...walkReasons, keep[0]];
      }
      const without = /* @__PURE__ */ new Map();
      for (const [k, o] of e.without) without.set(k, o.info);
      frame = { prefix: dir + "/", info: e.full.info, raw: e.raw, without, walkReasons, kept: /* @__PURE__ */ new Map(), plain: void 0 };
    }
    this.stack.push(frame);
  }
  /** The next batch of entries of `dir`, which was entered last (its subdirectories' frames may still be open). */
  listed(dir, entries) {
    if (!this.active) return;
    const frame = this.frameFor(dir === "" ? "" : dir + "/");
    for (const entry of entries) this.record(dir === "" ? entry.name : dir + "/" + entry.name, entry.isDirectory(), frame);
  }
  /** The exceptions that start with "dir/": they make the walker enter an excluded directory. */
  exceptionsInside(dir) {
    const out = [];
    this.patterns.forEach((p, i) => {
      if (p.exclusion && (p.cleaned + "/").startsWith(dir + "/")) out.push(i);
    });
    return out;
  }
  record(path, isDir, parent) {
    const e = this.evaluate(path, parent);
    const topLevel = !path.includes("/");
    e.direct.forEach((d2, i) => {
      if (!d2) return;
      const s2 = this.stats[i];
      s2.direct++;
      if (!parent.raw[i]) keepFirstPath(s2.examples, path, MAX_EXAMPLES3);
      if (topLevel) keepFirstPath(s2.rootMatches, path, 5);
    });
    for (const [k, o] of e.without) {
      const s2 = this.stats[k];
      if (o.excluded !== e.full.excluded) s2.effect++;
      else if (s2.deciders.size < MAX_DECIDERS) s2.deciders.add(o.decisive);
    }
    if (!e.full.excluded) {
      for (const k of parent.walkReasons) this.stats[k].effect++;
      if (e.full.decisive >= 0 && e.direct[e.full.decisive]) parent.kept.set(path, e.full.decisive);
      return;
    }
    const d = e.full.decisive;
    const s = this.stats[d];
    s.excluded++;
    const prunes = isDir && this.matcher.canSkipDir(path);
    for (const copy of this.namedCopies) {
      const inside = prunes ? copy.literalSources.find((src) => src.startsWith(path + "/")) : void 0;
      if (inside === void 0 && !copy.takes(path)) continue;
      const fails = inside !== void 0 || copy.literalSources.includes(path);
      if (!fails && !this.matters(path, isDir)) continue;
      s.neededCount++;
      keepFirst(s.needed, { path, ...inside !== void 0 ? { source: inside } : {}, copy, fails }, MAX_EXAMPLES3, (n) => n.path);
    }
    if (prunes) {
      this.prunedCount++;
      keepFirst(this.pruned, { path, index: d }, MAX_PRUNED, (p) => p.path);
    }
  }
  /**
   * Whether leaving `path` out of a COPY that takes it may be a mistake: not for junk no build reads, not for
   * untracked (or, without git, rebuildable) output the image builds again — excluding that is deliberate.
   */
  matters(path, isDir) {
    if (isJunkPath(path)) return false;
    if (this.tracked) return isDir ? this.tracked.dir(path) : this.tracked.file(path);
    return !path.split("/").some((c) => REBUILDABLE_NAME.test(c));
  }
  /** The exception line naming `path`, a path of the directory listed last on its branch. */
  namedByException(path) {
    if (!this.active) return void 0;
    const slash = path.lastIndexOf("/");
    const prefix = slash < 0 ? "" : path.slice(0, slash + 1);
    let frame;
    for (let i = this.stack.length - 1; i >= 0 && !frame; i--) if (this.stack[i].prefix === prefix) frame = this.stack[i];
    const index = frame?.kept.get(path);
    if (index === void 0) return void 0;
    const d = this.describe(index);
    return { file: d.file, line: d.line, instruction: d.text, path };
  }
  finish() {
    return { stats: this.stats, pruned: this.pruned, prunedCount: this.prunedCount };
  }
};

// src/diagnose/lint.ts
var MAX_SECRET_FINDINGS = 20;
function lint(input) {
  return [...unusedIgnoreFiles(input), ...ignoreLines(input), ...copyEverything(input), ...secrets(input), ...committedLarge(input)];
}
var LARGE_FAMILIES = /* @__PURE__ */ new Set(["model-weights", "data", "large-files"]);
function committedLarge(input) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const w of input.choice.withheld) {
    if (!LARGE_FAMILIES.has(w.family) || seen.has(w.family)) continue;
    const n = w.neededBy.find((x) => x.instruction.endsWith(COMMITTED));
    if (!n) continue;
    seen.add(w.family);
    const what = w.family === "model-weights" ? "model weights" : w.family === "data" ? "a data set" : "a large file";
    const copy = n.instruction.slice(0, -COMMITTED.length);
    out.push({
      rule: "committed-large-file",
      severity: "warning",
      file: n.file,
      line: n.line,
      bytes: w.bytes,
      message: `${copy} copies ${what} committed to git into the image (${formatBytes(w.bytes)} under "${w.line}", e.g. ${n.path}); an ignore line would drop committed files the build copies, so none is suggested. Keep it out of the image: store it with git LFS or download it at run time, mount it when the container starts (docker run -v ...), or COPY only what the service needs.`
    });
  }
  return out;
}
function quote(input, stats) {
  const raw = input.rawLines[stats.line - 1];
  return JSON.stringify((raw ?? input.patterns[stats.index].cleaned).trim());
}
function lineList(input, indexes) {
  const lines = [...new Set(indexes.map((i) => input.stats[i].line))].sort((a, b) => a - b);
  return `line${lines.length > 1 ? "s" : ""} ${lines.map((l) => `${l} (${JSON.stringify((input.rawLines[l - 1] ?? "").trim())})`).join(", ")}`;
}
function paths(list, total) {
  const more = total - list.length;
  return list.join(", ") + (more > 0 ? ` and ${formatCount(more)} more` : "");
}
function ignoreLines(input) {
  const out = [];
  const file = input.ignoreFile;
  if (file === void 0) return out;
  const habits = habitFindings(input, file);
  for (const s of input.stats) {
    const habit = habits.get(s.line);
    if (habit) out.push(habit);
    const q = quote(input, s);
    if (habit && s.direct === 0) continue;
    if (s.neededCount > 0) {
      const n = s.needed.find((x) => x.fails) ?? s.needed[0];
      const where = `${n.copy.instruction} (${n.copy.file}:${n.copy.line})`;
      const more = s.neededCount > 1 ? ` (${formatCount(s.neededCount)} such paths)` : "";
      const path = n.source !== void 0 ? `${n.source} (all of ${n.path}/)` : n.path;
      out.push(
        n.fails ? {
          rule: "excludes-needed",
          severity: "error",
          file,
          line: s.line,
          message: `${q} excludes ${path}, which ${where} names${more}: the build fails (the source is not in the context)`
        } : {
          rule: "excludes-needed",
          severity: "warning",
          file,
          line: s.line,
          message: `${q} excludes ${path}, which ${where} takes${more}: the image lacks it (if the image builds it again, this is deliberate and fine)`
        }
      );
    }
    if (s.direct === 0) {
      const f = nothingMatched(input, s, file, q);
      if (f) out.push(f);
      continue;
    }
    if (s.effect > 0) continue;
    const deciders = [...s.deciders];
    const later = deciders.filter((d) => d > s.index);
    const earlier = deciders.filter((d) => d >= 0 && d < s.index);
    if (s.exclusion) {
      if (later.length > 0) {
        out.push({
          rule: "shadowed",
          severity: "warning",
          file,
          line: s.line,
          message: `${q} is fully shadowed by ${lineList(input, later)}: every path it matches (${paths(s.examples, s.direct)}) is decided there`
        });
      } else if (earlier.length > 0 && !earlier.every((j) => input.stats[j].effect === 0 && input.stats[j].deciders.has(s.index))) {
        out.push({
          rule: "shadowed",
          severity: "warning",
          file,
          line: s.line,
          message: `${q} has no effect: ${lineList(input, earlier)} already exclude${earlier.length > 1 ? "" : "s"} everything it matches (${paths(s.examples, s.direct)})`
        });
      }
    } else if (later.length > 0 && later.some((d) => !input.patterns[d].exclusion)) {
      const excl = later.filter((d) => !input.patterns[d].exclusion);
      out.push({
        rule: "exception-never-applies",
        severity: "warning",
        file,
        line: s.line,
        message: `${q} can never apply: ${lineList(input, excl)} come${excl.length > 1 ? "" : "s"} after it and exclude${excl.length > 1 ? "" : "s"} the same paths again (${paths(s.examples, s.direct)}); move it below`
      });
    } else {
      out.push({
        rule: "exception-never-applies",
        severity: "warning",
        file,
        line: s.line,
        message: `${q} re-includes nothing: no line before it excludes what it matches (${paths(s.examples, s.direct)})`
      });
    }
  }
  return out;
}
function literalHead(cleaned) {
  const out = [];
  for (const c of cleaned.split("/")) {
    if (/[*?[\\]/.test(c)) break;
    out.push(c);
  }
  return out.join("/");
}
function protective(input, p) {
  if (p.exclusion) return false;
  const samples = samplePaths(p.cleaned);
  if (samples.length === 0) return false;
  const families = input.collected.candidates.filter((c) => c.origin === "static");
  for (const sample of samples) {
    const parts = sample.split("/");
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join("/");
      if (families.some((c) => safeMatch(c.pattern, prefix))) return true;
      if (namedDir(parts[i - 1]) !== void 0) return true;
    }
    const scopes = input.collected.gitScopes.filter((g) => g.dir === "" || sample.startsWith(g.dir + "/"));
    if (gitRuleFor(sample, false, scopes) !== void 0 || gitRuleFor(sample, true, scopes) !== void 0) return true;
  }
  return false;
}
function nothingMatched(input, s, file, q) {
  const p = input.patterns[s.index];
  const head = literalHead(p.cleaned);
  const inside = head === "" ? void 0 : input.pruned.find((d) => head === d.path || head.startsWith(d.path + "/"));
  if (inside && p.exclusion) {
    return {
      rule: "exception-never-applies",
      severity: "warning",
      file,
      line: s.line,
      message: `${q} can never apply: nothing in ${inside.path}/ is sent (${lineList(input, [inside.index])} excludes it)`
    };
  }
  if (inside) {
    return {
      rule: "shadowed",
      severity: "warning",
      file,
      line: s.line,
      message: `${q} has no effect: ${inside.path}/ is already excluded by ${lineList(input, [inside.index])}`
    };
  }
  if (p.exclusion) {
    const last = p.cleaned.split("/").pop();
    const bases = samplePaths(last).concat(last.includes("*") ? [] : [last]);
    const blocked = input.pruned.find((d) => bases.some((b) => safeMatch(p, `${d.path}/${b}`) || safeMatch(p, `${d.path}/dsg/${b}`)));
    if (blocked) {
      return {
        rule: "exception-never-applies",
        severity: "warning",
        file,
        line: s.line,
        message: `${q} can never apply: ${blocked.path}/ is excluded by ${lineList(input, [blocked.index])} and Docker does not look inside an excluded directory unless an exception starts with its path; write "!${blocked.path}/..." or exclude "${blocked.path}/*" instead`
      };
    }
  }
  if (protective(input, p)) return void 0;
  const note = input.pruned.some((d) => mayReach(p.cleaned, d.path)) ? " (directories excluded by other lines were not searched)" : "";
  return { rule: "matches-nothing", severity: "warning", file, line: s.line, message: `${q} matches nothing in the context${note}` };
}
function mayReach(cleaned, dir) {
  const pc = cleaned.split("/");
  const dc = dir.split("/");
  if (pc.length <= dc.length && !cleaned.includes("**")) return false;
  for (let i = 0; i < dc.length && i < pc.length; i++) {
    if (pc[i].startsWith("**")) return true;
    if (!safeGoMatch(pc[i], dc[i])) return false;
  }
  return true;
}
function habitFindings(input, file) {
  const out = /* @__PURE__ */ new Map();
  const picked = new Set(input.choice.picked.map((c) => c.id));
  const byLine = /* @__PURE__ */ new Map();
  for (const c of input.collected.candidates) {
    if (c.origin !== "probe" && c.origin !== "dir" || c.habitLines.length === 0 || !input.choice.recognised.has(c.id)) continue;
    for (const line of c.habitLines) byLine.set(line, [...byLine.get(line) ?? [], c]);
  }
  for (const [line, cands] of byLine) {
    const s = input.stats.find((x) => x.line === line);
    if (!s) continue;
    let bytes = 0;
    let files = 0;
    for (const c of cands) {
      const t = input.choice.totals.get(c.id);
      bytes += t.bytes;
      files += t.files;
    }
    if (files === 0 && bytes === 0) continue;
    const q = quote(input, s);
    const there = s.rootMatches.length > 0 ? `it matches ${s.rootMatches.join(", ")}` : "nothing there matches";
    const dirs = cands.every((c) => c.origin === "dir");
    const count = dirs ? cands.length : cands.reduce((n, c) => n + c.selfCount, 0);
    const examples = dirs ? cands.map((c) => c.examples[0] ?? c.line).slice(0, 3) : cands.flatMap((c) => c.examples).slice(0, 3);
    const covered = cands.every((c) => {
      const cov = input.choice.coverage(c.id);
      return picked.has(c.id) || cov.bytes === 0 && cov.files === 0;
    });
    const needed = cands.some((c) => c.neededCount > 0 && !picked.has(c.id));
    const some = cands.some((c) => picked.has(c.id));
    const allPicked = cands.every((c) => picked.has(c.id));
    const by = [...new Set(cands.flatMap((c) => picked.has(c.id) ? [c.line] : input.choice.coverage(c.id).by))];
    const fix = allPicked && dirs ? " The suggested block lists them (Docker has no directories-only form, so they are named one by one)." : allPicked ? ` "${cands[0].line}" is in the suggested block.` : covered ? ` The suggested block covers them (${by.map((l) => `"${l}"`).join(", ")}).` : needed ? some ? " The suggested block lists those the build does not need; the build needs the others, so they are not suggested." : ` The build needs some of them, so ${dirs ? "they are" : `"${cands[0].line}" is`} not suggested.` : dirs ? ` Name them: ${cands.slice(0, 3).map((c) => `"${c.line}"`).join(", ")}${cands.length > 3 ? ", ..." : ""}.` : ` Write "${cands[0].line}".`;
    const unit = dirs ? "director" : "path";
    out.set(line, {
      rule: "gitignore-habit",
      severity: "warning",
      file,
      line,
      bytes,
      message: `${q} matches only at the context root under Docker's rules (${there}); it misses ${formatCount(count)} deeper ${unit}${dirs ? count === 1 ? "y" : "ies" : count === 1 ? "" : "s"}, ${formatBytes(bytes)} in ${plural(files, "file")}: ${paths(examples, count)}.${fix}`
    });
  }
  return out;
}
function plural(n, word) {
  return `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;
}
function unusedIgnoreFiles(input) {
  return input.unused.map((u) => {
    const missing = u.missing.length === 0 ? "" : `; it has ${u.missing.length} line${u.missing.length > 1 ? "s" : ""} that ${input.ignoreFile} lacks: ${u.missing.slice(0, 5).map((m) => `${m.line} (${JSON.stringify(m.text)})`).join(", ")}${u.missing.length > 5 ? ", ..." : ""}`;
    return {
      rule: "ignore-file-not-used",
      severity: "warning",
      file: u.file,
      line: 1,
      message: `not used: ${input.ignoreFile} takes precedence (BuildKit reads <Dockerfile>.dockerignore first; only the classic builder reads this one)${missing}`
    };
  });
}
var NOT_RUNTIME = /^(Dockerfile.*|.*\.dockerignore|\.dockerignore|\.git.*|README.*|LICENSE.*|CHANGELOG.*|.*\.md|tests?|notebooks?|docs?|\.github|docker-compose.*|compose\.ya?ml)$/i;
var MANIFESTS = /^(requirements.*\.txt|pyproject\.toml|poetry\.lock|uv\.lock|Pipfile(\.lock)?|setup\.(py|cfg)|package(-lock)?\.json|pnpm-lock\.yaml|pnpm-workspace\.yaml|yarn\.lock|go\.(mod|sum)|Cargo\.(toml|lock)|Gemfile(\.lock)?)$/;
function copyEverything(input) {
  if (input.dockerfile === void 0 || input.wholeFinal.length === 0) return [];
  const culprits = input.choice.families.filter((f) => f.family !== "other" && f.family !== "ignore-fix" && f.bytes > 0);
  if (culprits.length === 0) return [];
  const bytes = culprits.reduce((s, f) => s + f.bytes, 0);
  const culprit = (id) => input.choice.recognised.has(id) && input.collected.candidates[id].origin !== "probe";
  const keep = input.collected.top.filter((t) => !t.ids.some(culprit) && !NOT_RUNTIME.test(t.name)).map((t) => ({ ...t, manifest: MANIFESTS.test(t.name), key: t.name.toLowerCase() })).sort((a, b) => Number(b.manifest) - Number(a.manifest) || Number(a.dir) - Number(b.dir) || cmp(a.key, b.key) || cmp(a.name, b.name)).slice(0, 8).map((t) => t.dir ? `COPY ${t.name}/ ./${t.name}/` : `COPY ${t.name} ./`);
  const weights = culprits.some((f) => f.family === "model-weights") ? ' Model weights do not belong in the image: mount them at run time (docker run -v "$PWD/models:/app/models" ...) or download them when the container starts.' : "";
  const what = culprits.slice(0, 4).map((f) => `${f.label.toLowerCase()} ${formatBytes(f.bytes)}`).join(", ");
  return input.wholeFinal.map(
    (w) => ({
      rule: "copy-everything",
      severity: "warning",
      file: input.dockerfile,
      line: w.line,
      bytes,
      message: `${w.instruction} copies the whole context into the image, culprits included (${what}). Copy only what the service needs${keep.length > 0 ? `, e.g. ${keep.join("; ")}` : ""}.${weights}`
    })
  );
}
function secrets(input) {
  const out = [];
  const { secrets: hits, secretCount } = input.collected;
  const picked = input.choice.picked;
  for (const s of hits.slice(0, MAX_SECRET_FINDINGS)) {
    const named = s.needs.find((n) => n.line > 0 && n.file === input.dockerfile);
    const whole = input.wholeFinal[0] ?? input.wholeAny[0];
    const namedStage = named ? input.namedStages.get(named.line) : void 0;
    const by = named ? { line: named.line, instruction: named.instruction, stage: namedStage ?? input.targetStage } : s.copied && whole ? whole : void 0;
    const intoImage = by === void 0 || by.stage === input.targetStage ? "into the image" : `into stage ${by.stage}, whose layers stay in the build cache`;
    const line = picked.find((c) => s.ids.includes(c.id))?.line;
    const fix = named ? "the Dockerfile copies it by name: pass it as a build secret (RUN --mount=type=secret) instead" : line !== void 0 ? `"${line}" in the suggested block keeps it out` : `exclude it in ${input.ignoreFile ?? ".dockerignore"}`;
    const where = by ? `; ${by.instruction} (${input.dockerfile}:${by.line}) copies it ${intoImage}` : "; it is sent to the builder with every build";
    out.push({
      rule: "secret-in-context",
      // An error only when it is proven to reach the image; in another stage's cache or only sent, a warning.
      severity: by && by.stage === input.targetStage ? "error" : "warning",
      ...by ? { file: input.dockerfile, line: by.line } : {},
      message: `secret in the build context: ${s.path} (${s.what}, ${formatBytes(s.bytes)}; contents not shown)${where}; ${fix}`
    });
  }
  if (secretCount > MAX_SECRET_FINDINGS) {
    out.push({
      rule: "secret-in-context",
      severity: "warning",
      message: `${formatCount(secretCount - MAX_SECRET_FINDINGS)} more secrets in the build context (see the JSON report)`
    });
  }
  return out;
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/diagnose/diagnose.ts
var MAX_TEXT = 1024 * 1024;
var PROBES = [".gitignore", "pyvenv.cfg"];
function startDiagnosis(setup, io = nodeIo) {
  const { contextDir, ignore, plan, display } = setup;
  const ignoreShown = ignore.path === void 0 ? void 0 : display(ignore.path);
  const ignoreText = ignore.path === void 0 ? void 0 : io.readText(ignore.path, MAX_TEXT, true);
  const rawLines = (ignoreText ?? "").replace(/^\uFEFF/, "").split("\n").map((l) => l.replace(/\r$/, ""));
  const dockerfileShown = setup.dockerfile === void 0 ? void 0 : display(setup.dockerfile);
  const inContext = (abs) => {
    if (abs === void 0) return void 0;
    let real;
    try {
      real = realpathSync.native(abs);
    } catch {
      real = abs;
    }
    return isInside(contextDir, real) && real !== contextDir ? relative(contextDir, real).split(sep).join("/") : void 0;
  };
  const namedCopies = plan ? namedCopiesOf(plan, dockerfileShown) : [];
  const buildFiles = [];
  const dfRel = inContext(setup.dockerfile);
  if (dfRel !== void 0) buildFiles.push({ path: dfRel, file: dockerfileShown });
  const ignoreRel = inContext(ignore.path);
  if (ignoreRel !== void 0) buildFiles.push({ path: ignoreRel, file: ignoreShown });
  const tracked = readTracked(contextDir, io);
  const lines = new LineEvaluator(
    ignore.matcher,
    namedCopies,
    (index) => {
      const p = ignore.matcher.patterns[index];
      const line = p.source?.line ?? 0;
      return { file: ignoreShown ?? "", line, text: `the exception ${JSON.stringify((rawLines[line - 1] ?? "!" + p.cleaned).trim())}` };
    },
    tracked
  );
  const collector = new Collector({
    rootOnlyLines: ignore.matcher.patterns.filter((p) => !p.exclusion && !p.cleaned.includes("/") && !p.cleaned.startsWith("**") && p.source !== void 0).map((p) => ({ pattern: p, line: p.source.line, dirOnly: (rawLines[p.source.line - 1] ?? "").trim().endsWith("/") })),
    tracked,
    // Every instruction taking the whole context (a RUN --mount of it too) makes the committed files it takes needed.
    wholeCopies: plan ? plan.copies.filter((c) => c.wholeContext).map((c) => ({ file: dockerfileShown, line: c.line, instruction: shorten(c.original) })) : [],
    namedCopies,
    buildFiles,
    hasExceptions: ignore.matcher.exclusions,
    namedByException: (path) => lines.namedByException(path),
    inspect: (path, what) => io.inspect(join(contextDir, path), what),
    readGitignore: (dir) => {
      const abs = join(contextDir, dir, ".gitignore");
      const text = io.readText(abs, MAX_TEXT);
      return text === void 0 ? void 0 : { text, file: display(abs) };
    },
    gitAncestors: gitAncestors(contextDir, io, displayAbove(contextDir, display))
  });
  return {
    probes: PROBES,
    enterDir(dir, present) {
      lines.enter(dir);
      collector.listing(dir, (name) => {
        const i = PROBES.indexOf(name);
        return i >= 0 && (present & 1 << i) !== 0;
      });
    },
    listed(dir, entries) {
      lines.listed(dir, entries);
      collector.listedEntries(dir, entries);
    },
    entry(path, kind, size, inode, copied) {
      collector.entry(path, kind, size, inode, copied);
    },
    finish(contextBytes) {
      const collected = collector.finish();
      for (const k of keptByComment(rawLines, ignoreShown)) {
        for (const c of collected.candidates) if (subjectOf(c.line) === k.subject) noteNeeded(c, [k.need]);
      }
      const target = ignore.path ? {
        file: ignoreShown,
        exists: true,
        contextPath: ignoreRel,
        endsWithNewline: ignoreText === void 0 || ignoreText === "" || ignoreText.endsWith("\n")
      } : { file: display(join(contextDir, ".dockerignore")), exists: false, contextPath: ".dockerignore", endsWithNewline: true };
      const choice = choose(collected, contextBytes, target);
      const evaluated = lines.finish();
      const findings = lint({
        ignoreFile: ignoreShown,
        rawLines,
        patterns: ignore.matcher.patterns,
        stats: evaluated.stats,
        pruned: evaluated.pruned,
        prunedCount: evaluated.prunedCount,
        collected,
        choice,
        dockerfile: dockerfileShown,
        targetStage: plan?.target ?? "",
        namedStages: new Map(namedCopies.map((c) => [c.line, c.stage])),
        wholeFinal: plan ? wholeCopies(plan, true) : [],
        wholeAny: plan ? wholeCopies(plan, false) : [],
        unused: ignore.shadowed.map((f) => unusedFile(f, io, display, ignore))
      });
      return {
        families: choice.families,
        suggestions: choice.suggestions,
        withheld: choice.withheld,
        block: choice.block,
        savings: choice.savings,
        drift: drift(collected.gitScopes, ignore.matcher),
        findings
      };
    }
  };
}
var KEEP_WORDS = /\b(keep|keeps|kept|needed|needs|need|required|requires|on purpose|intentional(ly)?|deliberate(ly)?|do not (ignore|exclude)|don't (ignore|exclude)|not (ignored|excluded))\b/i;
function subjectOf(line) {
  return line.slice(line.lastIndexOf("/") + 1);
}
function keptByComment(rawLines, file) {
  if (file === void 0) return [];
  const out = [];
  rawLines.forEach((raw, i) => {
    const text = raw.trim();
    if (!text.startsWith("#") || !KEEP_WORDS.test(text)) return;
    for (const word of text.slice(1).split(/[\s,;:()"'`]+/)) {
      const w = word.replace(/^\.\//, "").replace(/^\//, "").replace(/\/+$/, "").replace(/[.]+$/, "");
      if (w === "" || !/[./]/.test(word) || /[*?[]/.test(w)) continue;
      const subject = w.slice(w.lastIndexOf("/") + 1);
      if (subject === "" || subject === "." || subject === "..") continue;
      out.push({ subject, need: { file, line: i + 1, instruction: `the comment ${JSON.stringify(shorten(text))}`, path: w } });
    }
  });
  return out;
}
function readTracked(contextDir, io) {
  for (let dir = contextDir; ; dir = dirname(dir)) {
    const dotgit = join(dir, ".git");
    if (io.exists(dotgit)) {
      let gitdir = dotgit;
      const pointer = io.readText(dotgit, 4096);
      if (pointer !== void 0) {
        const m = /^gitdir:\s*(.+?)\s*$/m.exec(pointer);
        if (!m) return void 0;
        gitdir = isAbsolute(m[1]) ? m[1] : join(dir, m[1]);
      }
      const prefix = relative(dir, contextDir).split(sep).join("/");
      const index = io.readBytes(join(gitdir, "index"), MAX_INDEX_BYTES);
      if (index === void 0) return io.exists(join(gitdir, "index")) ? void 0 : parseGitIndex(EMPTY_INDEX, prefix);
      try {
        return parseGitIndex(index, prefix);
      } catch (e) {
        if (e instanceof GitIndexError) return void 0;
        throw e;
      }
    }
    if (dirname(dir) === dir) return void 0;
  }
}
var MAX_INDEX_BYTES = 512 * 1024 * 1024;
var EMPTY_INDEX = Buffer.from("DIRC\0\0\0\0\0\0\0", "latin1");
function shorten(s) {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > 80 ? one.slice(0, 77) + "..." : one;
}
function namedCopiesOf(plan, file) {
  return plan.copies.filter((c) => !c.sources.includes(".")).map((c) => ({
    file,
    line: c.line,
    instruction: shorten(c.original),
    stage: c.stage,
    takes: makeCopySelector({ ...plan, copies: [c] }),
    literalSources: c.sources.filter((s, i) => (c.keyword === "RUN" || !/[*?[\\]/.test(s)) && !c.parents?.[i])
  }));
}
function wholeCopies(plan, finalOnly) {
  return plan.copies.filter((c) => c.wholeContext && c.keyword !== "RUN" && (!finalOnly || c.stage === plan.target)).map((c) => ({ line: c.line, instruction: shorten(c.original), stage: c.stage }));
}
function unusedFile(abs, io, display, used) {
  const file = display(abs);
  const text = io.readText(abs, MAX_TEXT, true);
  if (text === void 0) return { file, missing: [] };
  try {
    const have = new Set(used.lines.map((l) => l.pattern));
    const missing = parseIgnoreFile(text, file).filter((l) => !have.has(l.pattern)).map((l) => ({ line: l.source.line, text: l.pattern }));
    return { file, missing };
  } catch {
    return { file, missing: [] };
  }
}
function displayAbove(contextDir, display) {
  const shownContext = display(contextDir);
  if (isAbsolute(shownContext)) return display;
  const cwd = shownContext === "." ? contextDir : contextDir.slice(0, contextDir.length - shownContext.length - 1);
  return (p) => {
    const shown = display(p);
    return isAbsolute(shown) ? relative(cwd, p).split(sep).join("/") : shown;
  };
}
function gitAncestors(contextDir, io, display) {
  if (io.exists(join(contextDir, ".git"))) return [];
  const chain = [];
  let dir = contextDir;
  for (; ; ) {
    const parent = dirname(dir);
    if (parent === dir) return [];
    chain.unshift(parent);
    if (io.exists(join(parent, ".git"))) break;
    dir = parent;
  }
  const scopes = [];
  for (const d of chain) {
    const abs = join(d, ".gitignore");
    const text = io.readText(abs, MAX_TEXT);
    if (text === void 0) continue;
    const above = relative(d, contextDir).split(sep);
    scopes.push(makeScope(text, display(abs), "", above));
  }
  return scopes;
}
var PLACEHOLDER = /^(|\$\{?[A-Za-z_][A-Za-z0-9_]*(:?-[^}]*)?\}?|<[^>]*>|\[[^\]]*\]|\{\{[^}]*\}\}|change[_-]?me|changethis|replace[_-]?me|your[_-].*|my[_-].*|x{3,}|\*{3,}|\.{3}|todo|tbd|none|null|nil|placeholder|example|dummy|fake|redacted|secret|password|token)$/i;
var SECRET_KEY = /(key|token|secret|passw(or)?d|passwd|pwd|credential|auth|private|dsn|cookie|session|signature|salt|cert)/i;
var URL_PASSWORD = /:\/\/[^\s:@/]+:[^\s@/]+@/;
function envHasValue(text) {
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s*(.*)$/.exec(line);
    if (!m) continue;
    let v = m[2].trim();
    const q = /^(["'])(.*)\1/.exec(v);
    v = (q ? q[2] : v.replace(/\s+#.*$/, "")).trim();
    if (PLACEHOLDER.test(v)) continue;
    if (SECRET_KEY.test(m[1]) || URL_PASSWORD.test(v)) return true;
  }
  return false;
}
var NPM_TOKEN = /^\s*(?:\/\/[^\s=]*:)?(?:_authToken|_auth|_password)\s*=\s*(?!["']?\$\{)\S/m;
var PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/;
var nodeIo = {
  readText(abs, max, follow = false) {
    try {
      const st = follow ? lstatSync(realpathSync.native(abs)) : lstatSync(abs);
      if (!st.isFile()) return void 0;
      return readHead(follow ? realpathSync.native(abs) : abs, max);
    } catch {
      return void 0;
    }
  },
  exists(abs) {
    try {
      lstatSync(abs);
      return true;
    } catch {
      return false;
    }
  },
  inspect(abs, what) {
    try {
      const text = readHead(abs, 64 * 1024);
      return what === "npmrc" ? NPM_TOKEN.test(text) : what === "key" ? PRIVATE_KEY.test(text) : envHasValue(text);
    } catch {
      return what === "env";
    }
  },
  readBytes(abs, max) {
    try {
      const st = lstatSync(abs);
      if (!st.isFile() || st.size > max) return void 0;
      return readFileSync(abs);
    } catch {
      return void 0;
    }
  }
};
var READ_START = 64 * 1024;
function readHead(abs, max) {
  const fd = openSync(abs, fsc.O_RDONLY | fsc.O_NOFOLLOW | fsc.O_NONBLOCK);
  try {
    let buf = Buffer.allocUnsafe(Math.max(1, Math.min(max, fstatSync(fd).size + 1, READ_START)));
    let n = 0;
    for (; ; ) {
      if (n >= max) break;
      if (n === buf.length) {
        const bigger = Buffer.allocUnsafe(Math.min(max, buf.length * 2));
        buf.copy(bigger, 0, 0, n);
        buf = bigger;
      }
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
    }
    return buf.toString("utf8", 0, n);
  } finally {
    closeSync(fd);
  }
}
export {
  envHasValue,
  nodeIo,
  startDiagnosis
};
