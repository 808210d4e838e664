import {
  PatternError,
  PatternMatcher,
  goClean,
  goMatch,
  goMatchRunes,
  goTrimSpace,
  isBadGoPattern,
  toRunes
} from "./chunk-LB2O5M6F.js";

// src/patterns/ignorefile.ts
var MAX_LINE_BYTES = 64 * 1024;
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
    if (end - start >= MAX_LINE_BYTES) throw new IgnoreFileError(file, lineNo, "line too long (Docker reads at most 64 KiB per line)");
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
    const most = pattern.split("/").length + pattern.split("[").length - 1;
    return (path, from) => {
      let n = 0;
      for (let end = componentEnd(path, from, 1); end >= 0 && n < most; end = end >= path.length ? -1 : componentEnd(path, end + 1, 1), n++) {
        if (match(path.slice(from, end))) return end;
      }
      return -1;
    };
  }
  const components = pattern.split("/").length;
  return (path, from) => {
    const end = componentEnd(path, from, components);
    return end >= 0 && match(path.slice(from, end)) ? end : -1;
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
function filteredTest(src, literal, include, exclude) {
  const filter = makeFilter(include, exclude);
  const wild = literal ? void 0 : splitWildcards(src);
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
    const literal = copy.keyword === "RUN";
    const exclude = copy.excludes.length > 0 ? new PatternMatcher(copy.excludes) : void 0;
    for (const [i, src] of copy.sources.entries()) {
      const pattern = copy.parents?.[i];
      if (exclude || pattern !== void 0 && pattern !== "") {
        const include = pattern ? new PatternMatcher([pattern]) : void 0;
        tests.push(filteredTest(src, literal, include, exclude));
        continue;
      }
      if (src === ".") return () => true;
      const wild = literal ? void 0 : splitWildcards(src);
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

// src/diagnose/docker-syntax.ts
function compileLine(line) {
  try {
    const parsed = parseIgnoreFile(line + "\n", "(suggestion)");
    if (parsed.length !== 1) return void 0;
    const m = new PatternMatcher([parsed[0].pattern]);
    const p = m.patterns[0];
    if (!p || p.exclusion) return void 0;
    p.match("");
    return p;
  } catch {
    return void 0;
  }
}
function safeMatch(p, path) {
  try {
    return p.match(path);
  } catch (e) {
    if (e instanceof PatternError) return false;
    throw e;
  }
}
var UNWRITABLE = /[\u0000-\u001f\u007f`]/;
function literalPattern(path) {
  if (path === "" || UNWRITABLE.test(path) || path.trim() !== path) return void 0;
  let line = path.replace(/[\\*?[\]]/g, (c) => "\\" + c);
  if (line[0] === "#" || line[0] === "!") line = "\\" + line;
  const pattern = compileLine(line);
  if (!pattern || !safeMatch(pattern, path)) return void 0;
  return { line, pattern };
}
function literalPrefix(dir) {
  if (dir === "") return "";
  if (UNWRITABLE.test(dir) || dir.trim() !== dir) return void 0;
  const escaped = dir.replace(/[\\*?[\]]/g, (c) => "\\" + c);
  return escaped[0] === "#" || escaped[0] === "!" ? "\\" + escaped : escaped;
}
function dockerExcludes(matcher, path) {
  if (matcher.patterns.length === 0) return false;
  const parts = path.split("/");
  let info;
  for (let i = 0; i < parts.length; i++) {
    const prefix = parts.slice(0, i + 1).join("/");
    let r;
    try {
      r = matcher.matchesUsingParentResults(prefix, info);
    } catch {
      return false;
    }
    if (i === parts.length - 1) return r.excluded;
    if (r.excluded && matcher.canSkipDir(prefix)) return true;
    info = r.info;
  }
  return false;
}
function samplePaths(line) {
  const p = compileLine(line);
  if (!p) return [];
  const comps = p.cleaned.split("/");
  const make = (deep) => comps.map((c) => c === "**" ? deep ? "dsg-a/dsg-b" : "" : sampleComponent(c)).filter((c) => c !== "").join("/");
  const out = /* @__PURE__ */ new Set();
  for (const deep of [false, true]) {
    const s = make(deep);
    if (s !== "" && safeMatch(p, s)) out.add(s);
  }
  return [...out];
}
function sampleComponent(c) {
  let out = "";
  for (let i = 0; i < c.length; i++) {
    const ch = c[i];
    if (ch === "*") out += "dsg";
    else if (ch === "?") out += "q";
    else if (ch === "\\" && i + 1 < c.length) out += c[++i];
    else if (ch === "[") {
      const end = c.indexOf("]", i + 2);
      if (end < 0) return out + ch;
      const body = c.slice(i + 1, end);
      out += body[0] === "^" || body[0] === "!" ? "~" : body[0] === "\\" ? body[1] ?? "" : body[0];
      i = end;
    } else out += ch;
  }
  return out;
}
function safeGoMatch(pattern, name) {
  try {
    return goMatch(pattern, name);
  } catch {
    return false;
  }
}

// src/diagnose/families.ts
var FAMILY_LABELS = {
  vcs: "Version control",
  venv: "Virtual environments",
  node_modules: "node_modules",
  "python-cache": "Python caches",
  "build-output": "Build output and tool caches",
  "model-weights": "Model weights and checkpoints",
  data: "Data sets",
  "logs-temp": "Logs and temp files",
  "editor-os": "Editor and OS litter",
  secrets: "Secrets",
  "large-files": "Large files",
  "ignore-fix": "What the .dockerignore meant",
  other: "Everything else"
};
var BUILD_NOTE = "build output: the image should build it (RUN) or COPY it by name";
var STATIC_LINES = [
  { family: "vcs", line: "**/.git" },
  { family: "vcs", line: "**/.hg" },
  { family: "vcs", line: "**/.svn" },
  { family: "venv", line: "**/.venv", guard: "pure" },
  { family: "venv", line: "**/venv", guard: "pure" },
  { family: "venv", line: "**/env", guard: "pure" },
  { family: "node_modules", line: "**/node_modules" },
  { family: "node_modules", line: "**/.pnpm-store" },
  { family: "python-cache", line: "**/__pycache__" },
  { family: "python-cache", line: "**/*.pyc" },
  { family: "python-cache", line: "**/*.pyo" },
  { family: "python-cache", line: "**/.pytest_cache" },
  { family: "python-cache", line: "**/.mypy_cache" },
  { family: "python-cache", line: "**/.ruff_cache" },
  { family: "python-cache", line: "**/.tox" },
  { family: "python-cache", line: "**/.ipynb_checkpoints" },
  { family: "build-output", line: "**/dist", note: BUILD_NOTE },
  { family: "build-output", line: "**/build", note: BUILD_NOTE },
  { family: "build-output", line: "**/target", note: BUILD_NOTE },
  { family: "build-output", line: "**/.next", note: BUILD_NOTE },
  { family: "build-output", line: "**/.turbo" },
  { family: "build-output", line: "**/.parcel-cache" },
  { family: "build-output", line: "**/coverage" },
  { family: "build-output", line: "**/.nyc_output" },
  { family: "model-weights", line: "**/*.safetensors" },
  { family: "model-weights", line: "**/*.gguf" },
  { family: "model-weights", line: "**/*.bin", guard: "min-size" },
  { family: "model-weights", line: "**/*.pt" },
  { family: "model-weights", line: "**/*.pth" },
  { family: "model-weights", line: "**/*.ckpt" },
  { family: "model-weights", line: "**/*.onnx" },
  { family: "model-weights", line: "**/*.h5", guard: "min-size" },
  { family: "model-weights", line: "**/models", guard: "pure" },
  { family: "model-weights", line: "**/checkpoints", guard: "pure" },
  { family: "model-weights", line: "**/weights", guard: "pure" },
  { family: "data", line: "**/*.parquet" },
  { family: "data", line: "**/*.arrow" },
  { family: "data", line: "**/*.feather" },
  { family: "data", line: "**/*.npy" },
  { family: "data", line: "**/*.npz" },
  { family: "data", line: "**/*.tfrecord" },
  { family: "data", line: "**/*.csv", guard: "min-size" },
  { family: "data", line: "**/*.tsv", guard: "min-size" },
  { family: "data", line: "**/*.jsonl", guard: "min-size" },
  { family: "data", line: "**/data", guard: "pure" },
  { family: "data", line: "**/datasets", guard: "pure" },
  { family: "logs-temp", line: "**/*.log" },
  { family: "logs-temp", line: "**/*.tmp" },
  { family: "logs-temp", line: "**/logs", guard: "pure" },
  { family: "logs-temp", line: "**/tmp", guard: "pure" },
  { family: "editor-os", line: "**/.idea" },
  { family: "editor-os", line: "**/.vscode" },
  { family: "editor-os", line: "**/.DS_Store" },
  { family: "editor-os", line: "**/Thumbs.db" },
  { family: "editor-os", line: "**/*.swp" },
  { family: "secrets", line: "**/.env" },
  { family: "secrets", line: "**/.env.*", guard: "no-template" },
  { family: "secrets", line: "**/*.pem", guard: "private-key" },
  { family: "secrets", line: "**/*.key", guard: "private-key" },
  { family: "secrets", line: "**/id_rsa" },
  { family: "secrets", line: "**/id_dsa" },
  { family: "secrets", line: "**/id_ecdsa" },
  { family: "secrets", line: "**/id_ed25519" },
  { family: "secrets", line: "**/*.p12" },
  { family: "secrets", line: "**/*.pfx" },
  { family: "secrets", line: "**/.netrc" },
  { family: "secrets", line: "**/.git-credentials" }
];
var NAMED_DIRS = {
  models: { family: "model-weights", test: "weights" },
  model: { family: "model-weights", test: "weights" },
  checkpoints: { family: "model-weights", test: "weights" },
  checkpoint: { family: "model-weights", test: "weights" },
  weights: { family: "model-weights", test: "weights" },
  data: { family: "data", test: "data" },
  datasets: { family: "data", test: "data" },
  dataset: { family: "data", test: "data" },
  logs: { family: "logs-temp", test: "no-code" },
  log: { family: "logs-temp", test: "no-code" },
  tmp: { family: "logs-temp", test: "no-code" },
  temp: { family: "logs-temp", test: "no-code" }
};
var NAMED_DIR_MAP = new Map(Object.entries(NAMED_DIRS));
function namedDir(name) {
  return NAMED_DIR_MAP.get(name);
}
var WEIGHT_EXTENSIONS = /* @__PURE__ */ new Set([
  ".safetensors",
  ".gguf",
  ".bin",
  ".pt",
  ".pth",
  ".ckpt",
  ".onnx",
  ".h5",
  ".pb",
  ".tflite",
  ".msgpack"
]);
var DATA_EXTENSIONS = /* @__PURE__ */ new Set([
  ".parquet",
  ".arrow",
  ".feather",
  ".npy",
  ".npz",
  ".tfrecord",
  ".csv",
  ".tsv",
  ".jsonl",
  ".h5",
  ".hdf5",
  ".pkl",
  ".pickle"
]);
var CODE_EXTENSIONS = /* @__PURE__ */ new Set([
  ".py",
  ".js",
  ".mjs",
  ".cjs",
  ".ts",
  ".tsx",
  ".jsx",
  ".go",
  ".rs",
  ".java",
  ".kt",
  ".rb",
  ".php",
  ".c",
  ".cc",
  ".cpp",
  ".h",
  ".hpp",
  ".cs",
  ".swift",
  ".scala",
  ".sh"
]);
var ENV_TEMPLATE = /^\.env\.(?:.+\.)?(example|sample|template|tpl|dist|defaults|schema)$/i;
var JUNK_FAMILIES = /* @__PURE__ */ new Set([
  "vcs",
  "venv",
  "node_modules",
  "python-cache",
  "logs-temp",
  "editor-os"
]);
var JUNK_LINES = /* @__PURE__ */ new Set(["**/.turbo", "**/.parcel-cache", "**/coverage", "**/.nyc_output"]);
var REBUILDABLE_NAME = /^(dist|build|out|target|lib|lib64|coverage|\.next|\.nuxt|\.turbo|e2e-out|test-results|playwright-report|htmlcov|cmake-build-[\w.-]+|build[-_][\w.-]+)$/;
var PACKAGE_MANIFESTS = /* @__PURE__ */ new Set([
  "package.json",
  "pyproject.toml",
  "setup.py",
  "Cargo.toml",
  "go.mod",
  "CMakeLists.txt",
  "pom.xml",
  "build.gradle"
]);
var MIN_DATA_FILE = 1e6;
var LARGE_FILE_FLOOR = 1e6;
function extensionOf(name) {
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot);
}

// src/util/frames.ts
function popFramesNotHolding(stack, path, nameAt, keep, pop) {
  while (stack.length > keep && stack[stack.length - 1].prefix.length > nameAt) pop();
  if (stack.length === 0) return;
  const top = stack[stack.length - 1];
  if (top.prefix.length === nameAt && path.slice(0, nameAt) === top.prefix) return;
  while (stack.length > keep && !path.startsWith(stack[stack.length - 1].prefix)) pop();
}

export {
  IgnoreFileError,
  parseIgnoreFile,
  compileLine,
  safeMatch,
  UNWRITABLE,
  literalPattern,
  literalPrefix,
  dockerExcludes,
  samplePaths,
  safeGoMatch,
  FAMILY_LABELS,
  STATIC_LINES,
  namedDir,
  WEIGHT_EXTENSIONS,
  DATA_EXTENSIONS,
  CODE_EXTENSIONS,
  ENV_TEMPLATE,
  JUNK_FAMILIES,
  JUNK_LINES,
  REBUILDABLE_NAME,
  PACKAGE_MANIFESTS,
  MIN_DATA_FILE,
  LARGE_FILE_FLOOR,
  extensionOf,
  isInside,
  displayPath,
  makeCopySelector,
  selectsWholeDirectories,
  popFramesNotHolding
};
