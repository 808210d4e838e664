import { createRequire as __dsgCreateRequire } from 'node:module';
const require = __dsgCreateRequire(import.meta.url);
import {
  VERSION,
  VERSION_LINE
} from "./chunk-SPT7LSYV.js";

// src/cli/main.ts
import { realpathSync as realpathSync5, writeFileSync } from "node:fs";
import { resolve as resolve4 } from "node:path";
import { fileURLToPath } from "node:url";

// src/budget/decide.ts
function decide(comparison, budgetsFor, failOnBudget) {
  const breaches = [];
  const unchecked = [];
  for (const t of comparison.targets) {
    if (t.status === "removed") continue;
    for (const b of budgetsFor(t.name)) {
      const r = check(t, b, comparison.hasBaseline);
      if (typeof r === "string") unchecked.push({ target: t.name, key: b.key, reason: r });
      else if (r) breaches.push(r);
      else {
        const unknown = figureOf(t, b).unknown ?? 0;
        if (unknown > 0) {
          const reason = `${unknown} ${unknown === 1 ? "entry" : "entries"} could not be read: the figure is a lower bound`;
          unchecked.push({ target: t.name, key: b.key, reason, level: b.level, unknown: true });
        }
      }
    }
  }
  const failing = new Set(breaches.filter((b) => b.level === "fail").map((b) => `${b.target}\0${b.key}`));
  const shown = breaches.filter((b) => b.level === "fail" || !failing.has(`${b.target}\0${b.key}`));
  shown.sort((a, b) => a.level === b.level ? 0 : a.level === "fail" ? -1 : 1);
  const unknownFail = unchecked.some((u) => u.unknown && u.level === "fail");
  return { breaches: shown, failed: failOnBudget && (failing.size > 0 || unknownFail), unchecked };
}
function figureOf(t, b) {
  const figure = b.key.endsWith("-increase") ? b.key.slice(0, -"-increase".length) : b.key;
  return t.metrics.find((x) => x.key === figure);
}
function check(t, b, hasBaseline) {
  const increase = b.key.endsWith("-increase");
  const figure = increase ? b.key.slice(0, -"-increase".length) : b.key;
  const m = figureOf(t, b);
  if (m.current === null) return `no ${figure} figure for this target`;
  const breach = (actual, limit) => actual > limit ? { target: t.name, key: b.key, level: b.level, limit: b.limit, actual, margin: actual - limit, source: b.source } : void 0;
  if (!increase) return b.limit.kind === "bytes" ? breach(m.current, b.limit.bytes) : "a percentage needs a baseline figure";
  if (!hasBaseline || t.status === "added" || m.delta === null) return "no baseline to compare with";
  if (b.limit.kind === "bytes") return breach(m.delta, b.limit.bytes);
  if (m.percent === null) return m.delta > 0 ? breach(Infinity, b.limit.percent) : void 0;
  return breach(m.percent, b.limit.percent);
}

// src/util/terminal.ts
var UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]/gu;
function escapeUnsafe(s) {
  return s.replace(UNSAFE_CHARS, (c) => {
    const cp = c.codePointAt(0);
    if (cp >= 56448 && cp <= 56575) return `\\x${(cp - 56320).toString(16)}`;
    return cp <= 255 ? `\\x${cp.toString(16).padStart(2, "0")}` : `\\u{${cp.toString(16)}}`;
  });
}
function truncate(s, max) {
  if (s.length <= max) return s;
  const cut = Array.from(s.slice(0, max * 2)).slice(0, max).join("");
  return cut.length < s.length ? cut + "\u2026" : s;
}
function excerpt(s, max = 40) {
  const cut = Array.from(s.slice(0, max * 2)).slice(0, max).join("");
  return escapeUnsafe(cut) + (cut.length < s.length ? "\u2026" : "");
}
function formatLimitBytes(n) {
  if (n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

// src/util/errors.ts
var MAX_ERROR_LINE = 1e3;
function safeLine(s) {
  const line = escapeUnsafe(s.replace(/[\r\n]+/g, " "));
  return line.length > MAX_ERROR_LINE ? line.slice(0, MAX_ERROR_LINE) + "\u2026" : line;
}
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
    const where2 = this.file === void 0 ? "" : this.line === void 0 ? `${this.file}: ` : `${this.file}:${this.line}: `;
    return safeLine(where2 + this.message);
  }
};
var UsageError = class extends InputError {
};

// src/util/size.ts
var UNITS = {
  "": 1,
  b: 1,
  k: 1e3,
  kb: 1e3,
  m: 1e6,
  mb: 1e6,
  g: 1e9,
  gb: 1e9,
  t: 1e12,
  tb: 1e12,
  ki: 1024,
  kib: 1024,
  mi: 1024 ** 2,
  mib: 1024 ** 2,
  gi: 1024 ** 3,
  gib: 1024 ** 3,
  ti: 1024 ** 4,
  tib: 1024 ** 4
};
function parseSize(text) {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*$/i.exec(text);
  if (!m) return void 0;
  const unit = UNITS[m[2].toLowerCase()];
  if (unit === void 0) return void 0;
  return Math.round(Number(m[1]) * unit);
}
function parseLimit(text, allowPercent) {
  const pm = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(text);
  if (pm) return allowPercent ? { kind: "percent", percent: Number(pm[1]), text: text.trim() } : void 0;
  const bytes = parseSize(text);
  return bytes === void 0 ? void 0 : { kind: "bytes", bytes, text: text.trim() };
}

// src/model/figures.ts
function imageBytes(i) {
  return i.unpackedBytes ?? i.uncompressedBytes;
}
function layerBytes(l) {
  return l.unpackedBytes ?? l.uncompressedBytes ?? l.compressedBytes ?? 0;
}

// src/model/metrics.ts
var METRICS = [
  {
    key: "context",
    unit: "bytes",
    read: (t) => t.context.bytes,
    label: "build context",
    column: "Context",
    output: "context",
    budgetable: true
  },
  { key: "context-files", unit: "count", read: (t) => t.context.files + t.context.symlinks, label: "context files", budgetable: false },
  {
    key: "copied",
    unit: "bytes",
    read: (t) => t.copied?.bytes ?? null,
    label: "copied",
    column: "Copied",
    output: "copied",
    budgetable: true
  },
  {
    key: "image",
    unit: "bytes",
    read: (t) => t.image ? imageBytes(t.image) : null,
    label: "image",
    column: "Image",
    output: "image",
    budgetable: true
  },
  { key: "image-compressed", unit: "bytes", read: (t) => t.image?.compressedBytes ?? null, label: "compressed image", budgetable: true },
  { key: "image-layers", unit: "count", read: (t) => t.image?.layers.length ?? null, label: "image layers", budgetable: false }
];
var FIGURES = METRICS.filter((m) => m.budgetable).map((m) => m.key);
function metric(key) {
  return METRICS.find((m) => m.key === key);
}

// src/model/verdict.ts
var BUDGET_KEYS = FIGURES.flatMap((f) => [f, `${f}-increase`]);

// src/budget/budgets.ts
function isBudgetKey(key) {
  return BUDGET_KEYS.includes(key);
}
function parseBudget(key, level, value, source, label = source) {
  const increase = key.endsWith("-increase");
  const limit = parseLimit(value, increase);
  if (!limit) {
    const expected = increase ? "a size such as 5MB or a percentage such as 10%" : "a size such as 200MB or 1.5GiB";
    throw new InputError(`${label}: invalid budget ${JSON.stringify(value)}: expected ${expected}`);
  }
  return { key, level, limit, source };
}

// src/model/report.ts
var SCHEMA_VERSION = 1;
var SHALLOW_LIMIT = 200;

// src/model/fields.ts
var MAX_TARGETS = 100;
var MAX_LIST = 1e3;
var MAX_STRING = 4096;
var Invalid = class extends Error {
};
function readReportJson(json, source, read) {
  try {
    let r = obj(json, "report");
    let version = r.schemaVersion;
    if (typeof version !== "number" || !Number.isInteger(version) || version < 1)
      throw new Invalid("schemaVersion is missing or not a positive integer");
    if (version > SCHEMA_VERSION)
      throw new Invalid(`schemaVersion ${version} is newer than this docker-size-guard understands (${SCHEMA_VERSION}); update the action`);
    while (version < SCHEMA_VERSION) r = MIGRATIONS[version++](r);
    return read(r);
  } catch (e) {
    if (e instanceof Invalid) throw new InputError(`not a valid docker-size-guard report: ${e.message}`, source);
    throw e;
  }
}
var MIGRATIONS = {};
function tool(v) {
  const t = v === void 0 ? {} : obj(v, "tool");
  return { name: "docker-size-guard", version: typeof t.version === "string" ? t.version.slice(0, 64) : "unknown" };
}
function obj(v, at) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Invalid(`${at} must be an object`);
  return v;
}
function list(v, at, max = MAX_LIST) {
  if (!Array.isArray(v)) throw new Invalid(`${at} must be an array`);
  if (v.length > max) throw new Invalid(`${at} has ${v.length} entries, more than ${max}`);
  return v;
}
function str(v, at, max = MAX_STRING) {
  if (typeof v !== "string") throw new Invalid(`${at} must be a string`);
  if (v.length > max) throw new Invalid(`${at} is longer than ${max} characters`);
  return v;
}
function optStr(v, at) {
  return v === void 0 || v === null ? void 0 : str(v, at);
}
function count(v, at) {
  if (typeof v === "number" && Number.isInteger(v) && v > Number.MAX_SAFE_INTEGER) {
    throw new Invalid(`${at} is beyond 2^53 - 1 (9007199254740991), the largest figure counted exactly`);
  }
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) throw new Invalid(`${at} must be a non-negative integer`);
  return v;
}
function optCount(v, at) {
  return v === void 0 ? 0 : count(v, at);
}
function optNullableCount(v, at) {
  return v === void 0 || v === null ? null : count(v, at);
}
var absolutePath = (v, at) => {
  const p = str(v, at);
  if (!p.startsWith("/")) throw new Invalid(`${at} must be an absolute path`);
  return p;
};

// src/model/baseline.ts
var MAX_TREE_LIST = 2e3;
function figuresOf(report) {
  return { schemaVersion: report.schemaVersion, tool: report.tool, targets: report.targets.map(targetFigures) };
}
function targetFigures(t) {
  const { bytes, files: files2, symlinks, shallow, shallowTruncated } = t.context;
  const image2 = t.image?.ok ? t.image : void 0;
  return {
    name: t.name,
    context: { bytes, files: files2, symlinks, shallow, shallowTruncated },
    copied: t.copied && { bytes: t.copied.bytes },
    image: image2 ? {
      tree: image2.tree && image2.tree.version === 1 ? image2.tree : null,
      unpackedBytes: image2.unpackedBytes,
      uncompressedBytes: image2.uncompressedBytes,
      compressedBytes: image2.compressedBytes,
      layers: image2.layers.map((l) => ({
        createdBy: l.createdBy,
        unpackedBytes: l.unpackedBytes,
        uncompressedBytes: l.uncompressedBytes,
        compressedBytes: l.compressedBytes
      }))
    } : null
  };
}
function parseBaseline(json, source) {
  return readReportJson(json, source, (r) => ({
    schemaVersion: SCHEMA_VERSION,
    tool: tool(r.tool),
    targets: list(r.targets, "targets", MAX_TARGETS).map((t, i) => target(t, `targets[${i}]`))
  }));
}
function target(v, at) {
  const t = obj(v, at);
  const c = obj(t.context, `${at}.context`);
  const copied = t.copied === null || t.copied === void 0 ? null : obj(t.copied, `${at}.copied`);
  return {
    name: str(t.name, `${at}.name`),
    context: {
      bytes: count(c.bytes, `${at}.context.bytes`),
      files: count(c.files, `${at}.context.files`),
      symlinks: optCount(c.symlinks, `${at}.context.symlinks`),
      shallow: pathSizes(c.shallow, `${at}.context.shallow`),
      shallowTruncated: c.shallowTruncated === true
    },
    copied: copied && { bytes: count(copied.bytes, `${at}.copied.bytes`) },
    // An image that could not be measured (`ok: false`) has no figures.
    image: t.image === void 0 || t.image === null || obj(t.image, `${at}.image`).ok === false ? null : image(t.image, `${at}.image`)
  };
}
function image(v, at) {
  const i = obj(v, at);
  if (i.layers === void 0) return null;
  return {
    tree: imageTree(i.tree, `${at}.tree`),
    unpackedBytes: optNullableCount(i.unpackedBytes, `${at}.unpackedBytes`),
    uncompressedBytes: optNullableCount(i.uncompressedBytes, `${at}.uncompressedBytes`),
    compressedBytes: optNullableCount(i.compressedBytes, `${at}.compressedBytes`),
    layers: list(i.layers, `${at}.layers`, MAX_LIST).map((l, k) => {
      const layer = obj(l, `${at}.layers[${k}]`);
      return {
        createdBy: optStr(layer.createdBy, `${at}.layers[${k}].createdBy`) ?? "",
        unpackedBytes: optNullableCount(layer.unpackedBytes, `${at}.layers[${k}].unpackedBytes`),
        uncompressedBytes: optNullableCount(layer.uncompressedBytes, `${at}.layers[${k}].uncompressedBytes`),
        compressedBytes: optNullableCount(layer.compressedBytes, `${at}.layers[${k}].compressedBytes`)
      };
    })
  };
}
function imageTree(v, at) {
  if (v === void 0 || v === null) return null;
  const t = obj(v, at);
  if (t.version !== 1) return null;
  const entries = (x, where2) => list(x, where2, MAX_TREE_LIST).map((e, k) => {
    const o = obj(e, `${where2}[${k}]`);
    return {
      path: absolutePath(o.path, `${where2}[${k}].path`),
      bytes: count(o.bytes, `${where2}[${k}].bytes`),
      layer: o.layer === null || o.layer === void 0 ? null : count(o.layer, `${where2}[${k}].layer`)
    };
  });
  return {
    depth: count(t.depth, `${at}.depth`),
    directoriesOmitted: count(t.directoriesOmitted, `${at}.directoriesOmitted`),
    directories: entries(t.directories, `${at}.directories`),
    largestDirectories: entries(t.largestDirectories, `${at}.largestDirectories`),
    largestFiles: entries(t.largestFiles, `${at}.largestFiles`)
  };
}
function pathSizes(v, at) {
  if (v === void 0) return [];
  return list(v, at, MAX_LIST).map((p, i) => {
    const o = obj(p, `${at}[${i}]`);
    return { path: str(o.path, `${at}[${i}].path`), bytes: count(o.bytes, `${at}[${i}].bytes`) };
  });
}

// src/compare/image-paths.ts
function explains(child, parentDelta) {
  if (Math.sign(child.delta) !== Math.sign(parentDelta)) return false;
  return Math.abs(child.delta) >= (child.kind === "file" ? 0.9 : 0.5) * Math.abs(parentDelta);
}
function depthOf(path) {
  return path === "/" ? 0 : path.split("/").length - 1;
}
function parentOf(path) {
  const i = path.lastIndexOf("/");
  return i <= 0 ? "/" : path.slice(0, i);
}
function listed(t) {
  const m = /* @__PURE__ */ new Map();
  for (const d of t.directories) m.set(d.path, { bytes: d.bytes, layer: d.layer, kind: "directory" });
  for (const d of t.largestDirectories) if (!m.has(d.path)) m.set(d.path, { bytes: d.bytes, layer: d.layer, kind: "directory" });
  for (const f of t.largestFiles) if (!m.has(f.path)) m.set(f.path, { bytes: f.bytes, layer: f.layer, kind: "file" });
  return m;
}
function sizeOn(t, known, path, kind) {
  const k = known.get(path);
  if (k) return k.kind === kind ? k.bytes : null;
  if (t.directoriesOmitted > 0) return null;
  let p = kind === "file" ? parentOf(path) : path;
  while (p !== "/" && depthOf(p) > t.depth) p = parentOf(p);
  if (p === "/") return null;
  const a = known.get(p);
  if (!a || a.kind !== "directory") return 0;
  return null;
}
function imagePathChanges(baseline, current, significant, top = 10) {
  const before = listed(baseline);
  const after = listed(current);
  const all = /* @__PURE__ */ new Map();
  for (const path of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
    const kind = (after.get(path) ?? before.get(path)).kind;
    const b = sizeOn(baseline, before, path, kind);
    const a = sizeOn(current, after, path, kind);
    if (a === null || b === null || a === b) continue;
    const delta2 = a - b;
    const grew = delta2 > 0;
    const source = grew ? after.get(path) : before.get(path);
    const status = b === 0 ? "new" : a === 0 ? "gone" : grew ? "grew" : "shrank";
    all.set(path, {
      path,
      kind,
      baseline: b,
      current: a,
      delta: delta2,
      status,
      layer: source?.layer ?? null,
      layerOf: grew ? "current" : "baseline",
      createdBy: null
    });
  }
  const explained = /* @__PURE__ */ new Set();
  for (const c of all.values()) {
    const parent = all.get(parentOf(c.path));
    if (parent && explains(c, parent.delta)) explained.add(parent.path);
  }
  const shown = (c) => {
    if (explained.has(c.path)) return false;
    for (let p = parentOf(c.path); p !== "/"; p = parentOf(p)) {
      const a = all.get(p);
      if (a && !explained.has(p) && Math.sign(a.delta) === Math.sign(c.delta)) return false;
    }
    return true;
  };
  return [...all.values()].filter((c) => shown(c) && significant(c.delta, c.baseline)).sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || (x.path < y.path ? -1 : 1)).slice(0, top);
}

// src/compare/layers.ts
function normaliseCreatedBy(s) {
  return s.replace(/^\/bin\/sh -c #\(nop\)\s*/, "").replace(/^\/bin\/sh -c\s+/, "RUN ").replace(/\b(file|dir|multi):[0-9a-f]{16,}/g, "$1:\u2026").replace(/sha256:[0-9a-f]{64}/g, "sha256:\u2026").replace(/\s*# buildkit$/, "").replace(/\s+/g, " ").trim();
}
function matchLayers(baseline, current) {
  const a = baseline.map((l) => normaliseCreatedBy(l.createdBy));
  const b = current.map((l) => normaliseCreatedBy(l.createdBy));
  const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i2 = a.length - 1; i2 >= 0; i2--)
    for (let j2 = b.length - 1; j2 >= 0; j2--)
      lcs[i2][j2] = a[i2] === b[j2] ? lcs[i2 + 1][j2 + 1] + 1 : Math.max(lcs[i2 + 1][j2], lcs[i2][j2 + 1]);
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({
        createdBy: current[j].createdBy,
        baseline: baseline[i].bytes,
        current: current[j].bytes,
        delta: current[j].bytes - baseline[i].bytes,
        status: "kept"
      });
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      out.push({ createdBy: current[j].createdBy, baseline: null, current: current[j].bytes, delta: current[j].bytes, status: "added" });
      j++;
    } else {
      out.push({
        createdBy: baseline[i].createdBy,
        baseline: baseline[i].bytes,
        current: null,
        delta: -baseline[i].bytes,
        status: "removed"
      });
      i++;
    }
  }
  return out;
}

// src/compare/compare.ts
var DEFAULT_MIN_CHANGE = { kind: "bytes", bytes: 1e4, text: "10kB" };
function isSignificant(delta2, baseline, min) {
  if (delta2 === 0) return false;
  if (min.kind === "bytes") return Math.abs(delta2) >= min.bytes;
  if (baseline === null || baseline === 0) return true;
  return Math.abs(delta2) / baseline * 100 >= min.percent;
}
function compareReports(report, baseline, opts) {
  const current = figuresOf(report);
  const unreadable = new Map(report.targets.map((t) => [t.name, t.context.unreadable ?? 0]));
  const targets = [];
  const baseByName = new Map((baseline?.targets ?? []).map((t) => [t.name, t]));
  for (const t of current.targets) {
    const b = baseline ? baseByName.get(t.name) : void 0;
    targets.push(compareTarget(t, b, baseline !== void 0 && b === void 0 ? "added" : "compared", opts, unreadable.get(t.name) ?? 0));
    baseByName.delete(t.name);
  }
  if (baseline) for (const b of baseByName.values()) targets.push(compareTarget(void 0, b, "removed", opts));
  return { hasBaseline: baseline !== void 0, minChange: opts.minChange, targets };
}
var WALK_FIGURES = /* @__PURE__ */ new Set(["context", "context-files", "copied"]);
function compareTarget(cur, base, status, opts, unknown = 0) {
  const metrics = METRICS.map((m) => {
    const current = cur ? m.read(cur) : null;
    const baseline = base ? m.read(base) : null;
    const delta2 = current !== null && baseline !== null ? current - baseline : null;
    const percent = delta2 !== null && baseline ? delta2 / baseline * 100 : null;
    const changed = delta2 !== null && isSignificant(delta2, baseline, opts.minChange);
    return {
      key: m.key,
      unit: m.unit,
      current,
      baseline,
      delta: delta2,
      percent,
      changed,
      ...cur && unknown > 0 && WALK_FIGURES.has(m.key) ? { unknown } : {}
    };
  });
  const paths = cur && base ? pathChanges(cur, base, opts) : [];
  const layerLikes = (t) => t?.image?.layers.map((l) => ({ createdBy: l.createdBy, bytes: layerBytes(l) }));
  const curLayers = layerLikes(cur);
  const baseLayers = layerLikes(base);
  const layers = curLayers && baseLayers ? matchLayers(baseLayers, curLayers) : [];
  const curTree = cur?.image?.tree;
  const baseTree = base?.image?.tree;
  const imagePaths = curTree && baseTree ? imagePathChanges(baseTree, curTree, (d, b) => isSignificant(d, b, opts.minChange), opts.paths ?? 10).map((c) => {
    const ls = (c.layerOf === "current" ? cur : base)?.image?.layers;
    return { ...c, createdBy: c.layer === null ? null : ls?.[c.layer]?.createdBy ?? null };
  }) : [];
  return { name: (cur ?? base).name, status, metrics, paths, layers, imagePaths, imagePathsCompared: Boolean(curTree && baseTree) };
}
function pathChanges(cur, base, opts) {
  const before = new Map((base.context.shallow ?? []).map((p) => [p.path, p.bytes]));
  const after = new Map((cur.context.shallow ?? []).map((p) => [p.path, p.bytes]));
  const out = [];
  for (const path of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(path) ?? (base.context.shallowTruncated ? null : 0);
    const a = after.get(path) ?? (cur.context.shallowTruncated ? null : 0);
    if (a === null || b === null) continue;
    const delta2 = a - b;
    if (!isSignificant(delta2, b, opts.minChange)) continue;
    const status = b === 0 && !before.has(path) ? "new" : a === 0 && !after.has(path) ? "gone" : delta2 > 0 ? "grew" : "shrank";
    out.push({ path, baseline: before.has(path) ? b : null, current: after.has(path) ? a : null, delta: delta2, status });
  }
  out.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || (x.path < y.path ? -1 : 1));
  return out.slice(0, opts.paths ?? 10);
}

// src/targets/layer-share.ts
var DEFAULT_LAYER_SHARE = 0.5;
var LAYER_SHARE_EXPECTED = "must be a percentage above 0 and at most 100";
function parseLayerShare(text) {
  const m = /^(\d+(?:\.\d+)?)%?$/.exec(text);
  if (!m || Number(m[1]) <= 0 || Number(m[1]) > 100) return void 0;
  return Number(m[1]) / 100;
}

// src/image/platform.ts
var ARCH_ALIASES = {
  x86_64: "amd64",
  "x86-64": "amd64",
  aarch64: "arm64",
  armhf: "arm",
  armel: "arm",
  i386: "386"
};
var DEFAULT_PLATFORM = { os: "linux", architecture: "amd64" };
function parsePlatform(s) {
  if (s === "all") return "all";
  const parts = s.toLowerCase().split("/");
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-z0-9._-]+$/.test(p))) {
    throw new UsageError(`--platform must be os/arch[/variant] (e.g. linux/amd64, linux/arm64/v8) or all, got ${JSON.stringify(s)}`);
  }
  return normalise({ os: parts[0], architecture: parts[1], variant: parts[2] });
}
function normalise(p) {
  const architecture = ARCH_ALIASES[p.architecture] ?? p.architecture;
  let variant = p.variant || void 0;
  if (architecture === "arm64" && variant === "v8") variant = void 0;
  return variant === void 0 ? { os: p.os, architecture } : { os: p.os, architecture, variant };
}
function formatPlatform(p) {
  if (!p || !p.os || !p.architecture) return null;
  const n = normalise(p);
  return `${n.os}/${n.architecture}${n.variant ? `/${n.variant}` : ""}`;
}
function platformMatches(want, have) {
  if (!have) return false;
  const w = normalise(want);
  const h = normalise(have);
  if (w.os !== h.os || w.architecture !== h.architecture) return false;
  return w.variant === void 0 || w.variant === h.variant;
}

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
                            (unusual names quoted as git ls-files quotes them)
  -z, --null                with --list: end each path with a NUL byte instead, unquoted
      --config FILE         targets and budgets from a YAML config file (see README)
      --baseline FILE       a previous JSON report to compare with (a missing one is not an error)
      --output FILE         also write the JSON report to FILE (the next run's baseline)
      --budget-KEY LIMIT    fail when a figure is over LIMIT; KEY: ${FIGURES.join(", ")},
                            or one of those with -increase (growth against the baseline: 5MB or 10%)
      --warn-KEY LIMIT      the same, as a warning only
      --min-change LIMIT    changes smaller than this (size or percent) count as unchanged (default ${DEFAULT_MIN_CHANGE.text})
      --fail-on-budget BOOL exit 1 when a budget is breached (default true)
      --image REF           also measure the built image on the Docker engine (DOCKER_HOST), or on its
                            registry when REF starts with a registry host (host:port/..., ghcr.io/...)
      --image-archive PATH  also measure the image in a docker save tar or an OCI image layout (tar or directory)
      --registry            look --image up on its registry (docker.io when it names none), not the engine
      --registry-layers     from a registry, also download the layers: unpacked sizes, waste, what grew inside
      --platform P          os/arch[/variant] of a multi-platform image, or all (default linux/amd64)
      --waste-exclude GLOB  leave paths out of the wasted-space figures (.dockerignore syntax; repeatable)
      --layer-share PERCENT flag a layer holding more than PERCENT of the image (default 50)
      --fix                 append the suggested .dockerignore lines (shown in the report) to the ignore file
                            the build uses, or create .dockerignore; existing lines are never changed
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 ok, 1 budget breached, 2 usage error or bad input.`;
var VALUE_OPTIONS = /* @__PURE__ */ new Set([
  "-f",
  "--file",
  "--target",
  "--build-arg",
  "--format",
  "--top",
  "--list",
  "--config",
  "--baseline",
  "--output",
  "--min-change",
  "--fail-on-budget",
  "--image",
  "--image-archive",
  "--platform",
  "--waste-exclude",
  "--layer-share",
  ...BUDGET_KEYS.flatMap((k) => [`--budget-${k}`, `--warn-${k}`])
]);
function parseArgs(argv, env) {
  const opts = {
    context: ".",
    buildArgs: {},
    format: "text",
    top: 10,
    budgets: [],
    registry: false,
    wasteExclude: [],
    fix: false,
    nul: false,
    help: false,
    version: false
  };
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
    if (arg === "--registry") {
      opts.registry = true;
      continue;
    }
    if (arg === "--registry-layers") {
      opts.registryLayers = true;
      continue;
    }
    if (arg === "--fix") {
      opts.fix = true;
      continue;
    }
    if (arg === "-z" || arg === "--null") {
      opts.nul = true;
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
    const unit = argv[i + 1];
    if (/^\d+(\.\d+)?$/.test(value) && unit !== void 0 && /^([kmgt]i?b?|b|bytes?)$/i.test(unit)) {
      throw new UsageError(`${name} ${value} ${unit}: write the size as one word, "${value}${unit}" (or quote it: "${value} ${unit}")`);
    }
    apply(opts, name, value, env);
  }
  if (positional.length > 1) throw new UsageError(`expected one CONTEXT directory, got ${positional.length}: ${positional.join(" ")}`);
  if (positional[0] !== void 0) opts.context = positional[0];
  if (opts.config !== void 0 && (positional.length > 0 || opts.file !== void 0 || opts.target !== void 0)) {
    throw new UsageError("--config lists the targets: give no CONTEXT, -f or --target with it");
  }
  if (opts.nul && opts.list === void 0) throw new UsageError("-z/--null separates the paths of --list: use it with --list");
  if (opts.config !== void 0 && opts.list !== void 0) throw new UsageError("--list takes one target: use it without --config");
  checkImageOptions(opts);
  if (opts.fix && (opts.config !== void 0 || opts.list !== void 0))
    throw new UsageError("--fix changes one target's ignore file: use it without --config or --list");
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
      if (!/^\d+$/.test(value) || Number(value) > 1e3)
        throw new UsageError(`--top must be a whole number from 0 to 1000, got ${JSON.stringify(value)}`);
      opts.top = Number(value);
      return;
    }
    case "--config":
      opts.config = value;
      return;
    case "--baseline":
      opts.baseline = value;
      return;
    case "--output":
      opts.output = value;
      return;
    case "--min-change": {
      const limit = parseLimit(value, true);
      if (!limit) throw new UsageError(`--min-change must be a size (10kB) or a percentage (1%), got ${JSON.stringify(value)}`);
      opts.minChange = limit;
      return;
    }
    case "--fail-on-budget":
      if (value !== "true" && value !== "false")
        throw new UsageError(`--fail-on-budget must be true or false, got ${JSON.stringify(value)}`);
      opts.failOnBudget = value === "true";
      return;
    case "--image":
      if (value === "") throw new UsageError("--image needs an image reference");
      opts.image = value;
      return;
    case "--image-archive":
      if (value === "") throw new UsageError("--image-archive needs a path");
      opts.imageArchive = value;
      return;
    case "--platform":
      opts.platform = parsePlatform(value);
      return;
    case "--waste-exclude":
      if (value.trim() === "") throw new UsageError("--waste-exclude needs a pattern");
      opts.wasteExclude.push(value);
      return;
    case "--layer-share": {
      opts.layerShare = parseLayerShare(value);
      if (opts.layerShare === void 0) throw new UsageError(`--layer-share ${LAYER_SHARE_EXPECTED}, got ${JSON.stringify(value)}`);
      return;
    }
    case "--list":
      if (value !== "context" && value !== "copied") throw new UsageError(`--list must be context or copied, got ${JSON.stringify(value)}`);
      opts.list = value;
      return;
    default: {
      const m = /^--(budget|warn)-(.+)$/.exec(name);
      opts.budgets.push(parseBudget(m[2], m[1] === "warn" ? "warn" : "fail", value, name));
    }
  }
}
function checkImageOptions(opts) {
  if (opts.registry && opts.image === void 0) throw new UsageError("--registry needs --image REF");
  if (opts.registry && opts.imageArchive !== void 0) throw new UsageError("--registry and --image-archive exclude each other");
  const hasImage = opts.image !== void 0 || opts.imageArchive !== void 0;
  if (!hasImage && opts.config === void 0) {
    const stray = [
      opts.platform !== void 0 && "--platform",
      opts.registryLayers === true && "--registry-layers",
      opts.wasteExclude.length > 0 && "--waste-exclude",
      opts.layerShare !== void 0 && "--layer-share"
    ].filter(Boolean);
    if (stray.length > 0) throw new UsageError(`${stray.join(", ")} need${stray.length === 1 ? "s" : ""} --image or --image-archive`);
  }
  if (hasImage && opts.config !== void 0)
    throw new UsageError("--config names each target's image (image:, image-archive:): give no --image or --image-archive with it");
  if (hasImage && opts.list !== void 0) throw new UsageError("--list prints paths only: use it without --image or --image-archive");
}

// src/targets/targets.ts
import { existsSync as existsSync2, realpathSync as realpathSync3 } from "node:fs";

// src/util/read.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var READ_LIMITS = {
  dockerfile: 16 * 1024 * 1024,
  ignoreFile: 16 * 1024 * 1024,
  configFile: 1024 * 1024
};
function readBounded(path, { shown, what, maxBytes, noFollow }) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (noFollow ? constants.O_NOFOLLOW : 0));
  } catch (e) {
    const code = e.code;
    if (code === "ELOOP" && noFollow) throw new InputError(`${what} is a symlink; docker-size-guard does not follow it`, shown);
    throw new InputError(`cannot read ${what}: ${code ?? e.message}`, shown);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new InputError(`${what} is not a regular file`, shown);
    if (st.size > maxBytes)
      throw new InputError(`${what} is larger than ${formatLimitBytes(maxBytes)}; docker-size-guard reads at most that`, shown);
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    for (; ; ) {
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
      if (n > maxBytes)
        throw new InputError(`${what} is larger than ${formatLimitBytes(maxBytes)}; docker-size-guard reads at most that`, shown);
      if (n === buf.length) break;
    }
    return buf.subarray(0, n);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${what}: ${e.code ?? e.message}`, shown);
  } finally {
    closeSync(fd);
  }
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

// src/targets/targets.ts
import { resolve as resolve2 } from "node:path";

// src/targets/context.ts
import { lstatSync, statSync as statSync2 } from "node:fs";
import { isAbsolute as isAbsolute2, join as join2, relative as relative2, sep as sep2 } from "node:path";

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
    const ch2 = String.fromCodePoint(c);
    if (ch2 === "(") {
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
    if (ch2 === "[") {
      const start = this.i;
      this.i++;
      if (s[this.i] === "^") this.i++;
      while (this.i < s.length && s[this.i] !== "]") this.i += s[this.i] === "\\" ? escapeLength(s, this.i) : 1;
      if (s[this.i] !== "]") throw new UnsupportedRegexp("missing ]");
      this.i++;
      return { t: "test", test: charTest(s.slice(start, this.i)) };
    }
    if (ch2 === "\\") {
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
    if (ch2 === "^") {
      this.i++;
      return { t: "assert", op: 3 /* Bol */ };
    }
    if (ch2 === "$") {
      this.i++;
      return { t: "assert", op: 4 /* Eol */ };
    }
    if (ch2 === ".") {
      this.i++;
      return { t: "test", test: charTest(".") };
    }
    if ("*+?{}])".includes(ch2)) throw new UnsupportedRegexp(`unexpected ${ch2}`);
    this.i += ch2.length;
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
function prefer(split2, more, next, lazy) {
  split2.out = lazy ? next : more;
  split2.out1 = lazy ? more : next;
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
  closeThread(list2, pc0, start, prev, next, atStart, atEnd) {
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
          list2.push({ pc, start });
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
  addThread(list2, pc0, prev, next, i, n) {
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
          list2.push(pc);
      }
    }
  }
};

// src/dockerfile/shell.ts
var EMPTY_ENV = /* @__PURE__ */ new Map();
var ShellError = class extends Error {
};
var EXPANSION_LIMITS = { MAX_WORD: 1024 * 1024, MAX_TOTAL: 16 * 1024 * 1024, MAX_NESTING: 200 };
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
  /** Characters all expansions of this Lex may still produce (EXPANSION_LIMITS.MAX_TOTAL). */
  remaining = EXPANSION_LIMITS.MAX_TOTAL;
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
var GO_SPACE = /[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;
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
    if (s === "") return;
    if (!GO_SPACE.test(s)) {
      this.addRaw(s);
      return;
    }
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
    this.limit = Math.min(EXPANSION_LIMITS.MAX_WORD, lex.remaining);
  }
  lex;
  source;
  env;
  src;
  pos = 0;
  rawEscapes;
  esc;
  depth = 0;
  limit;
  unset = /* @__PURE__ */ new Set();
  /** Throws once an expansion grows past the limits. */
  check(length) {
    if (length <= this.limit) return;
    throw new ShellError(
      this.limit < EXPANSION_LIMITS.MAX_WORD ? `the Dockerfile's expansions produce more than ${EXPANSION_LIMITS.MAX_TOTAL} characters in all (docker-size-guard's limit)` : `expands to more than ${EXPANSION_LIMITS.MAX_WORD} characters (docker-size-guard's limit)`
    );
  }
  run() {
    try {
      const r = this.processStopOn(EOF, this.rawEscapes);
      this.lex.remaining -= r.result.length;
      return r;
    } catch (e) {
      if (e instanceof ShellError) throw new ShellError(`failed to process ${JSON.stringify(truncate(this.source, 200))}: ${e.message}`);
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
    if (++this.depth > EXPANSION_LIMITS.MAX_NESTING)
      throw new ShellError(`substitutions nested more than ${EXPANSION_LIMITS.MAX_NESTING} deep (docker-size-guard's limit)`);
    try {
      let result = "";
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
          if (c === 36) words.addString(tmp);
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
  special(c) {
    if (c === 36) return () => this.processDollar();
    if (c === 60) return () => this.processPossibleHeredoc();
    if (this.lex.skipProcessQuotes) return void 0;
    if (c === 39) return () => this.processSingleQuote();
    if (c === 34) return () => this.processDoubleQuote();
    return void 0;
  }
  processSingleQuote() {
    let result = "";
    let c = this.next();
    if (this.lex.rawQuotes) result += ch(c);
    for (; ; ) {
      c = this.next();
      if (c === EOF) throw new ShellError("unexpected end of statement while looking for matching single-quote");
      if (c === 39) {
        if (this.lex.rawQuotes) result += ch(c);
        return result;
      }
      result += ch(c);
    }
  }
  processDoubleQuote() {
    let result = "";
    let c = this.next();
    if (this.lex.rawQuotes) result += ch(c);
    for (; ; ) {
      const p = this.peek();
      if (p === EOF) throw new ShellError("unexpected end of statement while looking for matching double-quote");
      if (p === 34) {
        c = this.next();
        if (this.lex.rawQuotes) result += ch(c);
        return result;
      }
      if (p === 36) {
        result += this.processDollar();
        this.check(result.length);
        continue;
      }
      c = this.next();
      if (c === this.esc) {
        if (this.rawEscapes) result += ch(c);
        const q = this.peek();
        if (q === EOF) continue;
        if (q === 34 || q === 36 || q === this.esc) c = this.next();
      }
      result += ch(c);
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
    const out = replaceGo(v ?? "", re, replacement, all, this.limit);
    this.check(out.length);
    return out;
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
      if (tok !== "*" && tok !== "?" && tok !== "\\")
        throw new ShellError(`invalid pattern (${pattern}) in substitution: invalid escape '\\${tok}'`);
      out += "\\";
    } else if ("[]{}.+()|^$".includes(tok)) out += "\\";
    out += tok;
  }
  return new LinearRegexp(out);
}
function trimPrefix(word, value, greedy) {
  const m = shellPatternToRegex(word, greedy, true).exec(value);
  return m ? value.slice(m.end) : value;
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
function replaceGo(value, re, replacement, all, limit) {
  let out = "";
  let last = 0;
  let prevEnd = -1;
  let lastIndex = 0;
  for (let m = re.exec(value, 0); m !== void 0; m = lastIndex > value.length ? void 0 : re.exec(value, lastIndex)) {
    const end = m.end;
    lastIndex = m.start === end ? end + (value.codePointAt(end) > 65535 ? 2 : 1) : end;
    if (m.start === end && m.start === prevEnd) continue;
    out += value.slice(last, m.start) + replacement;
    if (out.length > limit) return out;
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
var KNOWN = [
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR"
];
var MAX_LINE_BYTES = 64 * 1024;
function parseDockerfileFull(text, file) {
  const p = new Parser2(text, file);
  const instructions = p.parse();
  for (const inst of instructions) checkInstruction(inst, file);
  return { instructions, escapeToken: p.escape };
}
var Parser2 = class {
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
      const target2 = inst.onbuild ?? inst;
      if (heredocKeyword(target2) && line.includes("<<")) {
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
    const key = m?.[1]?.toLowerCase();
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
        const sep3 = rest.search(/\s/);
        const typ = sep3 < 0 ? rest : rest.slice(0, sep3);
        if (typ !== "") {
          this.maybeJSON(inst, sep3 < 0 ? "" : rest.slice(sep3).replace(/^\s+/, ""));
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
  return suggest(`unknown instruction: ${excerpt(written, 40)}`, written.slice(0, 40), KNOWN, false);
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
var MOUNT_KEYS = [
  "type",
  "from",
  "source",
  "target",
  "readonly",
  "id",
  "sharing",
  "required",
  "size",
  "mode",
  "uid",
  "gid",
  "src",
  "dst",
  "destination",
  "ro",
  "rw",
  "readwrite",
  "env"
];
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
      if (dollar !== -1 && dollar !== v.length - 1)
        throw new MountError(`'${key}' doesn't support variable expansion, define alias stage instead`);
    } else continue;
    switch (key) {
      case "type":
        if (!MOUNT_TYPES.includes(v.toLowerCase()))
          throw new MountError(suggest(`unsupported mount type ${JSON.stringify(v)}`, v, MOUNT_TYPES, true));
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
function defaultArgs(buildArgs, target2) {
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
    ["TARGETSTAGE", target2 === "" ? "default" : target2]
  ]);
  for (const key of env.keys()) if (Object.hasOwn(buildArgs, key)) env.set(key, buildArgs[key]);
  return env;
}
function baseOf(target2) {
  let st = target2;
  while (st.base) st = st.base;
  const image2 = st.image;
  return image2.includes("$") ? { reference: void 0, reason: `FROM ${image2} cannot be resolved statically` } : { reference: image2 };
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
    const target2 = this.resolveTarget() ?? last;
    this.stateCount = this.stages.length;
    for (const st of this.stages) for (const c of st.commands) this.addDeps(st, c);
    this.checkCycles();
    const reachable = this.reachable(target2);
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
      target: target2.label,
      stages: this.stages.filter((s) => reachable.has(s)).map((s) => s.label),
      copies,
      warnings: this.warnings,
      base: baseOf(target2)
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
    const { result, unset } = this.expand(word, env, inst);
    for (const name of unset) {
      const why = this.globalArgs.has(name) ? `a global ARG is visible in a stage only after "ARG ${name}" in that stage` : "a value from the base image's ENV is not known here";
      const w = `${this.file}:${inst.line}: ${inst.keyword} uses $${name}, which is not set at that point and was read as empty (${why})`;
      if (!this.warnings.includes(w)) this.warnings.push(w);
    }
    return result;
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
      if (!st.base) st.image = base;
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
    const list2 = names.length > 0 ? `the stages are: ${names.join(", ")}` : "the Dockerfile names no stages (FROM image AS name)";
    throw this.error(1, `${msg}; ${list2}`);
  }
  /** toCommand: the stages (or images) a COPY --from or a RUN --mount reads. */
  addDeps(st, c) {
    const sources = [];
    if (c.keyword === "COPY" && c.flags.from) {
      const from = c.flags.from.at(-1);
      if (this.expand(from, EMPTY_ENV, c).result !== from) {
        throw this.error(
          c.line,
          "variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround"
        );
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
  reachable(target2) {
    const seen = /* @__PURE__ */ new Set();
    const todo = [target2];
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
        this.stageArg(c, env);
        return;
      case "COPY":
      case "ADD": {
        const from = this.sourcesOf.get(c)?.[0];
        if (from && !done.has(from)) {
          throw this.error(
            c.line,
            `cannot copy from stage ${JSON.stringify(c.flags.from.at(-1))}, it needs to be defined before current stage ${JSON.stringify(st.stageName)}`
          );
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
            throw this.error(
              c.line,
              `cannot mount from stage ${JSON.stringify(m.from)} to ${JSON.stringify(m.target)}, stage needs to be defined before current command`
            );
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
        this.warnings.push(
          `${this.file}:${c.line}: COPY --parents with nothing after the pivot (${raw}) is counted as copying the whole directory`
        );
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
      for (const p of patterns) for (const x of new PatternMatcher([p]).patterns) x.match("");
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

// src/context/tar-size.ts
var TAR_BLOCK = 512;
var NAME_SIZE = 100;
var PREFIX_SIZE = 155;
var MAX_OCTAL_SIZE = 8 ** 11 - 1;
function blocks(bytes) {
  return Math.ceil(bytes / TAR_BLOCK) * TAR_BLOCK;
}
var NON_ASCII = /[^\u0000-\u007f]/;
function tarName(name) {
  if (name.length <= NAME_SIZE && !NON_ASCII.test(name)) return { bytes: name.length, ascii: true };
  const ascii = !NON_ASCII.test(name);
  return { bytes: ascii ? name.length : Buffer.byteLength(name, "utf8"), ascii, text: name };
}
function fitsUstarSplit(name) {
  let length = name.length;
  if (length <= NAME_SIZE || NON_ASCII.test(name)) return false;
  if (length > PREFIX_SIZE + 1) length = PREFIX_SIZE + 1;
  else if (name[length - 1] === "/") length--;
  const i = name.lastIndexOf("/", length - 1);
  const nlen = name.length - i - 1;
  return !(i <= 0 || nlen > NAME_SIZE || nlen === 0 || i > PREFIX_SIZE);
}
function paxRecordBytes(key, valueBytes) {
  let size = key.length + valueBytes + 3;
  size += String(size).length;
  const actual = String(size).length + 1 + key.length + 1 + valueBytes + 1;
  return actual;
}
function entryTarBytes(name, contentBytes, linkname) {
  let pax = 0;
  if (!name.ascii || name.bytes > NAME_SIZE && !fitsUstarSplit(name.text ?? "")) pax += paxRecordBytes("path", name.bytes);
  if (linkname && (!linkname.ascii || linkname.bytes > NAME_SIZE)) pax += paxRecordBytes("linkpath", linkname.bytes);
  if (contentBytes > MAX_OCTAL_SIZE) pax += paxRecordBytes("size", String(contentBytes).length);
  return (pax > 0 ? TAR_BLOCK + blocks(pax) : 0) + TAR_BLOCK + blocks(contentBytes);
}
var OUTSIDE_DOCKERFILE_NAME = ".dockerfile." + "0".repeat(20);
var TarSizeEstimate = class {
  /** `dockerfile`: the Dockerfile's path relative to the context, when it is inside it. */
  constructor(dockerfile) {
    this.dockerfile = dockerfile;
  }
  dockerfile;
  total = 0;
  firstLink = /* @__PURE__ */ new Map();
  dockerfileSent = false;
  dockerignoreSent = false;
  add(path, kind, size, inode) {
    if (kind === "file") {
      if (path === ".dockerignore") this.dockerignoreSent = true;
      if (path === this.dockerfile) this.dockerfileSent = true;
    }
    const plain = path.length < NAME_SIZE && !NON_ASCII.test(path);
    if (kind === "dir") {
      this.total += plain ? TAR_BLOCK : entryTarBytes(tarName(path + "/"), 0);
      return;
    }
    if (kind === "file" && plain && inode === void 0 && size <= MAX_OCTAL_SIZE) {
      this.total += TAR_BLOCK + blocks(size);
      return;
    }
    const name = tarName(path);
    if (kind === "symlink") {
      this.total += entryTarBytes(name, 0, { bytes: size, ascii: true });
      return;
    }
    if (kind === "other") {
      this.total += entryTarBytes(name, 0);
      return;
    }
    if (inode !== void 0) {
      const first = this.firstLink.get(inode);
      if (first) {
        this.total += entryTarBytes(name, 0, first);
        return;
      }
      this.firstLink.set(inode, name);
    }
    this.total += entryTarBytes(name, size);
  }
  /** The archive's size: the entries, the build files the CLI adds, and the two zero blocks that end it. */
  finish(build2 = {}) {
    let total = this.total;
    const df = build2.dockerfile;
    if (df?.inside && !this.dockerfileSent && this.dockerfile !== void 0) total += entryTarBytes(tarName(this.dockerfile), df.bytes);
    const ignoreBytes = build2.dockerignoreBytes;
    if (ignoreBytes !== void 0 && !this.dockerignoreSent) total += entryTarBytes(tarName(".dockerignore"), ignoreBytes);
    if (!df || df.inside) return total + 2 * TAR_BLOCK;
    const appended = 1 + OUTSIDE_DOCKERFILE_NAME.length + 1;
    if (ignoreBytes !== void 0) return total + blocks(ignoreBytes + appended) - blocks(ignoreBytes) + TAR_BLOCK + df.bytes;
    return total + entryTarBytes(tarName(OUTSIDE_DOCKERFILE_NAME), df.bytes) + TAR_BLOCK + ".dockerignore".length + appended;
  }
};

// src/context/top.ts
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
  /** Whether an item of `bytes` could be kept (so a caller can skip building it when not). */
  accepts(bytes) {
    return this.n > 0 && (this.heap.length < this.n || bytes >= this.heap[0].bytes);
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

// src/util/frames.ts
function popFramesNotHolding(stack, path, nameAt, keep, pop) {
  while (stack.length > keep && stack[stack.length - 1].prefix.length > nameAt) pop();
  if (stack.length === 0) return;
  const top = stack[stack.length - 1];
  if (top.prefix.length === nameAt && path.slice(0, nameAt) === top.prefix) return;
  while (stack.length > keep && !path.startsWith(stack[stack.length - 1].prefix)) pop();
}

// src/context/tally.ts
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
  shallow = new TopN(SHALLOW_LIMIT);
  shallowCount = 0;
  constructor(top) {
    this.topFiles = new TopN(top);
    this.topDirs = new TopN(top);
  }
  /**
   * Counts one entry that the build sends. `inode` is given for files with more than one link,
   * so that hard-linked content counts once, as tar sends it once.
   */
  add(path, kind, size, inode) {
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
      if (this.seenInodes.has(inode)) size = 0;
      else this.seenInodes.add(inode);
    }
    if (kind === "file") this.files++;
    else this.symlinks++;
    this.bytes += size;
    this.topFiles.add({ path, bytes: size });
    if (isShallow(path)) this.addShallow({ path, bytes: size });
    this.addToDirs(path, size);
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
      largestDirectories: this.topDirs.sorted(),
      shallow: this.shallow.sorted(),
      shallowTruncated: this.shallowCount > SHALLOW_LIMIT
    };
  }
  addShallow(item) {
    this.shallowCount++;
    this.shallow.add(item);
  }
  /** Opens the ancestors of `path` that are not open yet and adds the bytes to the deepest; a directory passes its totals to its parent when it closes. */
  addToDirs(path, size) {
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
      deepest.bytes += size;
      deepest.files++;
    }
  }
  closeDirsNotContaining(path) {
    popFramesNotHolding(this.open, path, path.lastIndexOf("/") + 1, 0, () => this.close());
  }
  /** Closes the deepest open directory: its totals go to its parent. */
  close() {
    const open = this.open;
    const d = open.pop();
    this.topDirs.add({ path: d.path, bytes: d.bytes, files: d.files });
    if (isShallow(d.path)) this.addShallow({ path: d.path, bytes: d.bytes });
    const parent = open[open.length - 1];
    if (parent) {
      parent.bytes += d.bytes;
      parent.files += d.files;
    }
  }
};
function isShallow(path) {
  const slash = path.indexOf("/");
  return slash < 0 || path.indexOf("/", slash + 1) < 0;
}

// src/context/ignore-file.ts
import { realpathSync, statSync } from "node:fs";
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
  const content = readBounded(real, { shown, what: "ignore file", maxBytes: READ_LIMITS.ignoreFile });
  try {
    const lines2 = parseIgnoreFile(content, shown);
    const matcher = new PatternMatcher(
      lines2.map((l) => l.pattern),
      lines2.map((l) => l.source)
    );
    return { path, shadowed: existing.slice(1), lines: lines2, matcher };
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

// src/util/names.ts
function nameFromBytes(b) {
  const s = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("utf8");
  if (!s.includes("\uFFFD")) return s;
  let out = "";
  let i = 0;
  while (i < b.length) {
    const n = validSequenceLength(b, i);
    if (n === 0) {
      out += String.fromCharCode(56320 + b[i]);
      i++;
    } else {
      out += Buffer.from(b.buffer, b.byteOffset + i, n).toString("utf8");
      i += n;
    }
  }
  return out;
}
function nameBytes(s) {
  if (isWellFormed(s)) return Buffer.from(s, "utf8");
  const parts = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 55296 && c <= 56319) {
      const d = s.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) i++;
      continue;
    }
    if (c >= 56320 && c <= 57343) {
      parts.push(Buffer.from(s.slice(start, i), "utf8"), Buffer.of(c >= 56448 && c <= 56575 ? c - 56320 : 63));
      start = i + 1;
    }
  }
  parts.push(Buffer.from(s.slice(start), "utf8"));
  return Buffer.concat(parts);
}
function fsPath(s) {
  return isWellFormed(s) ? s : nameBytes(s);
}
function isWellFormed(s) {
  return s.isWellFormed();
}
function validSequenceLength(b, i) {
  const c = b[i];
  if (c < 128) return 1;
  const cont = (k, lo = 128, hi = 191) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (c >= 194 && c <= 223) return cont(1) ? 2 : 0;
  if (c === 224) return cont(1, 160) && cont(2) ? 3 : 0;
  if (c >= 225 && c <= 236 || c === 238 || c === 239) return cont(1) && cont(2) ? 3 : 0;
  if (c === 237) return cont(1, 128, 159) && cont(2) ? 3 : 0;
  if (c === 240) return cont(1, 144) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 241 && c <= 243) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 244) return cont(1, 128, 143) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// src/context/walk.ts
var LISTING_BATCH = 1024;
var SMALL_DIRECTORY_BYTES = 256 * 1024;
function isSmallDirectory(fs, path) {
  try {
    return fs.lstatSync(path).size <= SMALL_DIRECTORY_BYTES;
  } catch {
    return false;
  }
}
function* readDir(fs, matcher, absDir, relDir, parentInfo, dirPlain, probes, wantListed) {
  const fsPath2 = (abs, plain) => plain ? abs : nameBytes(abs);
  const matching = matcher.patterns.length > 0;
  let handle;
  let whole;
  let next = 0;
  try {
    const path = fsPath2(absDir, dirPlain);
    if (fs.readdirSync !== void 0 && isSmallDirectory(fs, path)) whole = fs.readdirSync(path, { withFileTypes: true });
    else handle = fs.opendirSync(path, { bufferSize: LISTING_BATCH });
  } catch (e) {
    yield { step: "unreadable", error: e };
    return;
  }
  let lossy;
  const named = (d) => {
    const raw = d.name;
    if (!raw.includes("\uFFFD")) return { name: raw, plain: dirPlain, d };
    lossy ??= new LossyNames(fs, fsPath2(absDir, dirPlain));
    const name = lossy.resolve(raw);
    return { name, plain: dirPlain && isWellFormed(name), d };
  };
  const close = () => {
    if (handle === void 0) return;
    try {
      handle.closeSync();
    } catch {
    }
    handle = void 0;
  };
  let complete = false;
  let failure;
  const readBatch = () => {
    const batch = [];
    if (whole !== void 0) {
      const end = Math.min(whole.length, next + LISTING_BATCH);
      for (; next < end; next++) batch.push(named(whole[next]));
      if (next === whole.length) {
        complete = true;
        whole = void 0;
      }
      return batch;
    }
    try {
      while (batch.length < LISTING_BATCH) {
        const d = handle.readSync();
        if (d === null) {
          complete = true;
          break;
        }
        batch.push(named(d));
      }
    } catch (e) {
      failure = e;
      complete = true;
    }
    if (complete) close();
    return batch;
  };
  try {
    let batch = readBatch();
    let present = 0;
    if (probes.length > 0 && complete && failure === void 0) {
      for (const e of batch) {
        for (let i = 0; i < probes.length; i++) {
          const name = probes[i];
          if (e.name.length === name.length && e.name === name && e.d.isFile()) present |= 1 << i;
        }
      }
    } else {
      for (let i = 0; i < probes.length; i++) {
        try {
          if (fs.lstatSync(fsPath2(absDir + "/" + probes[i], dirPlain)).isFile()) present |= 1 << i;
        } catch {
        }
      }
    }
    yield { step: "enter", present };
    const prefix = relDir === "" ? "" : relDir + "/";
    const absPrefix = absDir + "/";
    for (; ; ) {
      if (batch.length > 0) {
        const decided = new Array(batch.length);
        for (let i = 0; i < batch.length; i++) {
          const { name, plain, d } = batch[i];
          const rel = prefix + name;
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
              st = fs.lstatSync(fsPath2(absPrefix + name, plain));
            } catch (e) {
              decided[i] = { rel, kind: "unreadable", size: 0, error: e };
              continue;
            }
            kind = kindOfStats(st);
          }
          if (kind === "dir") {
            const walkIt = !excluded || !matcher.canSkipDir(rel);
            decided[i] = {
              rel,
              kind: excluded ? "skip" : "dir",
              size: 0,
              descend: walkIt ? { abs: absPrefix + name, info, plain } : void 0
            };
          } else if (excluded) {
            decided[i] = { rel, kind: "skip", size: 0 };
          } else {
            const size = kind === "other" ? 0 : st.size;
            decided[i] = { rel, kind, size, inode: st.nlink > 1 && kind === "file" ? `${st.dev}:${st.ino}` : void 0 };
          }
        }
        yield { step: "batch", listed: wantListed ? batch.map(asListed) : void 0, decided };
      }
      if (failure !== void 0) {
        yield { step: "unreadable", error: failure };
        return;
      }
      if (complete) return;
      batch = readBatch();
    }
  } finally {
    close();
  }
}
function walkSubtree(c, absDir, relDir, parentInfo, plain) {
  const v = c.visitor;
  const probes = v.probes ?? [];
  for (const s of readDir(c.fs, c.matcher, absDir, relDir, parentInfo, plain, probes, v.listed !== void 0)) {
    for (const d of visitStep(v, relDir, s)) {
      if (emitDecided(v, d)) walkSubtree(c, d.descend.abs, d.rel, d.descend.info, d.descend.plain);
    }
  }
}
function visitStep(v, relDir, s) {
  if (s.step === "unreadable") v.unreadable(relDir, s.error);
  else if (s.step === "enter") v.enterDir?.(relDir, s.present);
  else {
    if (s.listed) v.listed(relDir, s.listed);
    return s.decided;
  }
  return NO_ENTRIES;
}
var NO_ENTRIES = [];
function emitDecided(v, d) {
  switch (d.kind) {
    case "unreadable":
      v.unreadable(d.rel, d.error);
      return false;
    case "skip":
      return d.descend !== void 0;
    case "dir":
      v.entry(d.rel, "dir", 0);
      return d.descend !== void 0;
    default:
      v.entry(d.rel, d.kind, d.size, d.inode);
      return false;
  }
}
function walkContext(root, matcher, visitor, fs = nodeFs) {
  walkSubtree({ fs, matcher, visitor }, root, "", void 0, isWellFormed(root));
}
var DirentListed = class {
  constructor(name, d) {
    this.name = name;
    this.d = d;
  }
  name;
  d;
  isDirectory() {
    return this.d.isDirectory();
  }
  isFile() {
    return this.d.isFile();
  }
};
var FlagListed = class {
  constructor(name, flags) {
    this.name = name;
    this.flags = flags;
  }
  name;
  flags;
  isDirectory() {
    return (this.flags & 1) !== 0;
  }
  isFile() {
    return (this.flags & 2) !== 0;
  }
};
function asListed(n) {
  return new DirentListed(n.name, n.d);
}
var LossyNames = class {
  byLossy = /* @__PURE__ */ new Map();
  constructor(fs, absDir) {
    let handle;
    try {
      handle = fs.opendirSync(absDir, { bufferSize: LISTING_BATCH, encoding: "buffer" });
      for (let d = handle.readSync(); d !== null; d = handle.readSync()) {
        const raw = d.name;
        const lossy = raw.toString("utf8");
        if (!lossy.includes("\uFFFD")) continue;
        const list2 = this.byLossy.get(lossy);
        if (list2) list2.push(nameFromBytes(raw));
        else this.byLossy.set(lossy, [nameFromBytes(raw)]);
      }
    } catch {
    } finally {
      try {
        handle?.closeSync();
      } catch {
      }
    }
  }
  /** The next exact name that reads as `lossy` (each is handed out once), or `lossy` itself when none is left. */
  resolve(lossy) {
    return this.byLossy.get(lossy)?.shift() ?? lossy;
  }
};
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

// src/context/walk-parallel.ts
import { availableParallelism, loadavg } from "node:os";
import * as nodeFs2 from "node:fs";
var MAX_AHEAD = 32;
var YIELD_EVERY = 2;
var MAIN_SHARE = 4;
var YIELD_HERE_EVERY = 512;
var JOB_BUDGET = 4096;
var OP_FILE = 0;
var OP_SYMLINK = 1;
var OP_DIR = 2;
var OP_OTHER = 3;
var OP_UNREADABLE = 4;
var OP_ENTER = 5;
var OP_LISTED = 6;
var OP_DEFER = 7;
function specOf(matcher, visitor) {
  const patterns = matcher.patterns.map((p) => (p.exclusion ? "!" : "") + p.cleaned);
  const sources = matcher.patterns.map((p) => p.source);
  let rebuilt;
  try {
    rebuilt = new PatternMatcher(patterns, sources);
  } catch {
    return void 0;
  }
  const same = rebuilt.patterns.length === matcher.patterns.length && rebuilt.patterns.every((p, i) => p.cleaned === matcher.patterns[i].cleaned && p.exclusion === matcher.patterns[i].exclusion);
  if (!same) return void 0;
  return { patterns, sources, probes: [...visitor.probes ?? []], listed: visitor.listed !== void 0 };
}
var PARALLEL_THRESHOLD = 2e4;
function defaultWorkers(cores = availableParallelism(), load = loadavg()[0]) {
  return load <= cores - 0.5 ? cores - 1 : 0;
}
function envNumber(name) {
  const v = process.env[name];
  return v !== void 0 && /^\d+$/.test(v) ? Number(v) : void 0;
}
function embeddedWorkerCode() {
  return true ? '"use strict";\nvar __create = Object.create;\nvar __defProp = Object.defineProperty;\nvar __getOwnPropDesc = Object.getOwnPropertyDescriptor;\nvar __getOwnPropNames = Object.getOwnPropertyNames;\nvar __getProtoOf = Object.getPrototypeOf;\nvar __hasOwnProp = Object.prototype.hasOwnProperty;\nvar __copyProps = (to, from, except, desc) => {\n  if (from && typeof from === "object" || typeof from === "function") {\n    for (let key of __getOwnPropNames(from))\n      if (!__hasOwnProp.call(to, key) && key !== except)\n        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });\n  }\n  return to;\n};\nvar __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(\n  // If the importer is in node compatibility mode or this is not an ESM\n  // file that has been converted to a CommonJS file using a Babel-\n  // compatible transform (i.e. "__esModule" has not been set), then set\n  // "default" to the CommonJS "module.exports" for node compatibility.\n  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,\n  mod\n));\n\n// src/context/walk-worker-main.ts\nvar import_node_worker_threads = require("node:worker_threads");\n\n// src/context/walk-parallel.ts\nvar nodeFs = __toESM(require("node:fs"), 1);\n\n// src/patterns/stats.ts\nvar matchStats = { steps: 0 };\n\n// src/patterns/go.ts\nfunction isGoSpace(cp) {\n  if (cp <= 255) return cp === 32 || cp >= 9 && cp <= 13 || cp === 133 || cp === 160;\n  return cp === 5760 || cp >= 8192 && cp <= 8202 || cp === 8232 || cp === 8233 || cp === 8239 || cp === 8287 || cp === 12288;\n}\nfunction goTrimSpace(s) {\n  let start = 0;\n  let end = s.length;\n  while (start < end) {\n    const cp = s.codePointAt(start);\n    if (!isGoSpace(cp)) break;\n    start += cp > 65535 ? 2 : 1;\n  }\n  while (end > start) {\n    const cp = s.charCodeAt(end - 1);\n    if (!isGoSpace(cp)) break;\n    end--;\n  }\n  return s.slice(start, end);\n}\nfunction goClean(path) {\n  if (path === "") return ".";\n  const rooted = path[0] === "/";\n  const out = [];\n  for (const part of path.split("/")) {\n    if (part === "" || part === ".") continue;\n    if (part === "..") {\n      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();\n      else if (!rooted) out.push("..");\n      continue;\n    }\n    out.push(part);\n  }\n  const joined = out.join("/");\n  if (rooted) return "/" + joined;\n  return joined === "" ? "." : joined;\n}\nvar BadPatternError = class extends Error {\n  constructor() {\n    super("syntax error in pattern");\n  }\n};\nvar STAR = 42;\nvar QMARK = 63;\nvar LBRACK = 91;\nvar RBRACK = 93;\nvar BSLASH = 92;\nvar CARET = 94;\nvar DASH = 45;\nvar SLASH = 47;\nfunction scanChunk(p, from) {\n  let i = from;\n  let star = false;\n  while (i < p.length && p[i] === STAR) {\n    i++;\n    star = true;\n  }\n  const start = i;\n  let inrange = false;\n  for (; i < p.length; i++) {\n    const c = p[i];\n    if (c === BSLASH) {\n      if (i + 1 < p.length) i++;\n    } else if (c === LBRACK) inrange = true;\n    else if (c === RBRACK) inrange = false;\n    else if (c === STAR && !inrange) break;\n  }\n  return { star, start, end: i };\n}\nfunction getEsc(p, i, end) {\n  if (i >= end || p[i] === DASH || p[i] === RBRACK) throw new BadPatternError();\n  if (p[i] === BSLASH) {\n    i++;\n    if (i >= end) throw new BadPatternError();\n  }\n  const r = p[i];\n  i++;\n  if (i >= end) throw new BadPatternError();\n  return { r, next: i };\n}\nfunction matchChunk(p, start, end, s, si) {\n  let failed = false;\n  let i = start;\n  while (i < end) {\n    matchStats.steps++;\n    if (!failed && si >= s.length) failed = true;\n    const c = p[i];\n    if (c === LBRACK) {\n      let r = -1;\n      if (!failed) r = s[si++];\n      i++;\n      let negated = false;\n      if (i < end && p[i] === CARET) {\n        negated = true;\n        i++;\n      }\n      let match = false;\n      let nrange = 0;\n      for (; ; ) {\n        if (i < end && p[i] === RBRACK && nrange > 0) {\n          i++;\n          break;\n        }\n        const lo = getEsc(p, i, end);\n        i = lo.next;\n        let hi = lo.r;\n        if (p[i] === DASH) {\n          const h = getEsc(p, i + 1, end);\n          hi = h.r;\n          i = h.next;\n        }\n        if (lo.r <= r && r <= hi) match = true;\n        nrange++;\n      }\n      if (match === negated) failed = true;\n    } else if (c === QMARK) {\n      if (!failed) {\n        if (s[si] === SLASH) failed = true;\n        si++;\n      }\n      i++;\n    } else {\n      if (c === BSLASH) {\n        i++;\n        if (i >= end) throw new BadPatternError();\n      }\n      if (!failed) {\n        if (p[i] !== s[si]) failed = true;\n        si++;\n      }\n      i++;\n    }\n  }\n  return failed ? -1 : si;\n}\nfunction toRunes(s) {\n  const out = [];\n  for (const ch of s) out.push(ch.codePointAt(0));\n  return out;\n}\nfunction goMatch(pattern, name) {\n  return goMatchRunes(toRunes(pattern), toRunes(name));\n}\nfunction goMatchRunes(p, name) {\n  let pi = 0;\n  let ni = 0;\n  outer: while (pi < p.length) {\n    const { star, start, end } = scanChunk(p, pi);\n    pi = end;\n    if (star && start === end) {\n      for (let k = ni; k < name.length; k++) if (name[k] === SLASH) return false;\n      return true;\n    }\n    const t = matchChunk(p, start, end, name, ni);\n    if (t >= 0 && (t === name.length || pi < p.length)) {\n      ni = t;\n      continue;\n    }\n    if (star) {\n      for (let k = ni; k < name.length && name[k] !== SLASH; k++) {\n        const t2 = matchChunk(p, start, end, name, k + 1);\n        if (t2 >= 0) {\n          if (pi >= p.length && t2 < name.length) continue;\n          ni = t2;\n          continue outer;\n        }\n      }\n    }\n    while (pi < p.length) {\n      const c = scanChunk(p, pi);\n      pi = c.end;\n      matchChunk(p, c.start, c.end, [], 0);\n    }\n    return false;\n  }\n  return ni === name.length;\n}\nfunction isBadGoPattern(pattern) {\n  try {\n    goMatch(pattern, ".");\n    return false;\n  } catch (e) {\n    if (e instanceof BadPatternError) return true;\n    throw e;\n  }\n}\n\n// src/util/affix.ts\nfunction hasPrefix(s, p) {\n  return p === "" || s.charCodeAt(0) === p.charCodeAt(0) && s.startsWith(p);\n}\nfunction hasSuffix(s, p) {\n  return p === "" || s.charCodeAt(s.length - 1) === p.charCodeAt(p.length - 1) && s.endsWith(p);\n}\n\n// src/patterns/nfa.ts\nvar UnsupportedRegexp = class extends Error {\n};\nvar CLASS_CACHE = 256;\nfunction isWord(cp) {\n  return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 95;\n}\nfunction charTest(source) {\n  const re = new RegExp(`^(?:${source})$`, "u");\n  const cache = /* @__PURE__ */ new Map();\n  return (cp) => {\n    let r = cache.get(cp);\n    if (r === void 0) {\n      r = re.test(String.fromCodePoint(cp));\n      if (cache.size >= CLASS_CACHE) cache.clear();\n      cache.set(cp, r);\n    }\n    return r;\n  };\n}\nvar Parser = class {\n  constructor(s) {\n    this.s = s;\n  }\n  s;\n  i = 0;\n  parse() {\n    const a = this.alt();\n    if (this.i < this.s.length) throw new UnsupportedRegexp(`unexpected ${this.s[this.i]}`);\n    return a;\n  }\n  alt() {\n    const items = [this.cat()];\n    while (this.s[this.i] === "|") {\n      this.i++;\n      items.push(this.cat());\n    }\n    return items.length === 1 ? items[0] : { t: "alt", items };\n  }\n  cat() {\n    const items = [];\n    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") {\n      let atom = this.atom();\n      for (; ; ) {\n        const q = this.s[this.i];\n        if (q !== "*" && q !== "+" && q !== "?") break;\n        this.i++;\n        const lazy = this.s[this.i] === "?";\n        if (lazy) this.i++;\n        atom = { t: q === "*" ? "star" : q === "+" ? "plus" : "quest", item: atom, lazy };\n      }\n      if (this.s[this.i] === "{") throw new UnsupportedRegexp("counted repetition");\n      items.push(atom);\n    }\n    return items.length === 1 ? items[0] : { t: "cat", items };\n  }\n  atom() {\n    const s = this.s;\n    const c = s.codePointAt(this.i);\n    const ch = String.fromCodePoint(c);\n    if (ch === "(") {\n      this.i++;\n      if (s[this.i] === "?") {\n        if (s[this.i + 1] !== ":") throw new UnsupportedRegexp("lookaround");\n        this.i += 2;\n      }\n      const inner = this.alt();\n      if (s[this.i] !== ")") throw new UnsupportedRegexp("missing )");\n      this.i++;\n      return inner;\n    }\n    if (ch === "[") {\n      const start = this.i;\n      this.i++;\n      if (s[this.i] === "^") this.i++;\n      while (this.i < s.length && s[this.i] !== "]") this.i += s[this.i] === "\\\\" ? escapeLength(s, this.i) : 1;\n      if (s[this.i] !== "]") throw new UnsupportedRegexp("missing ]");\n      this.i++;\n      return { t: "test", test: charTest(s.slice(start, this.i)) };\n    }\n    if (ch === "\\\\") {\n      const n = escapeLength(s, this.i);\n      const esc = s.slice(this.i, this.i + n);\n      this.i += n;\n      if (esc === "\\\\b") return { t: "assert", op: 5 /* WordB */ };\n      if (esc === "\\\\B") return { t: "assert", op: 6 /* NotWordB */ };\n      if (/^\\\\[1-9kpPcx0]/.test(esc)) throw new UnsupportedRegexp(`escape ${esc}`);\n      if (/^\\\\[^A-Za-z0-9]$/u.test(esc)) return { t: "char", cp: esc.codePointAt(1) };\n      const braced = /^\\\\u\\{([0-9A-Fa-f]+)\\}$/.exec(esc);\n      if (braced) return { t: "char", cp: parseInt(braced[1], 16) };\n      return { t: "test", test: charTest(esc) };\n    }\n    if (ch === "^") {\n      this.i++;\n      return { t: "assert", op: 3 /* Bol */ };\n    }\n    if (ch === "$") {\n      this.i++;\n      return { t: "assert", op: 4 /* Eol */ };\n    }\n    if (ch === ".") {\n      this.i++;\n      return { t: "test", test: charTest(".") };\n    }\n    if ("*+?{}])".includes(ch)) throw new UnsupportedRegexp(`unexpected ${ch}`);\n    this.i += ch.length;\n    return { t: "char", cp: c };\n  }\n};\nfunction escapeLength(s, i) {\n  if (s[i + 1] === "u" && s[i + 2] === "{") {\n    const close = s.indexOf("}", i + 3);\n    return close < 0 ? 2 : close - i + 1;\n  }\n  if (s[i + 1] === "u") return 6;\n  if (i + 1 >= s.length) return 1;\n  return 1 + String.fromCodePoint(s.codePointAt(i + 1)).length;\n}\nfunction anchoredLiterals(ast) {\n  if (ast.t !== "cat") return ["", ""];\n  const items = ast.items;\n  let head = "";\n  if (items[0]?.t === "assert" && items[0].op === 3 /* Bol */) {\n    for (let k = 1; k < items.length; k++) {\n      const it = items[k];\n      if (it.t !== "char") break;\n      head += String.fromCodePoint(it.cp);\n    }\n  }\n  let tail = "";\n  const last = items[items.length - 1];\n  if (last?.t === "assert" && last.op === 4 /* Eol */) {\n    for (let k = items.length - 2; k >= 0; k--) {\n      const it = items[k];\n      if (it.t !== "char") break;\n      tail = String.fromCodePoint(it.cp) + tail;\n    }\n  }\n  return [head, tail];\n}\nfunction emit(prog, op, cp = 0, test) {\n  prog.push({ op, cp, test, out: -1, out1: -1 });\n  return prog.length - 1;\n}\nfunction build(prog, a, next) {\n  switch (a.t) {\n    case "char": {\n      const k = emit(prog, 0 /* Char */, a.cp);\n      prog[k].out = next;\n      return k;\n    }\n    case "test": {\n      const k = emit(prog, 1 /* Test */, 0, a.test);\n      prog[k].out = next;\n      return k;\n    }\n    case "assert": {\n      const k = emit(prog, a.op);\n      prog[k].out = next;\n      return k;\n    }\n    case "cat": {\n      let at = next;\n      for (let j = a.items.length - 1; j >= 0; j--) at = build(prog, a.items[j], at);\n      return at;\n    }\n    case "alt": {\n      let at = build(prog, a.items[a.items.length - 1], next);\n      for (let j = a.items.length - 2; j >= 0; j--) {\n        const k = emit(prog, 2 /* Split */);\n        prog[k].out = build(prog, a.items[j], next);\n        prog[k].out1 = at;\n        at = k;\n      }\n      return at;\n    }\n    // Split: `out` is the preferred branch (greedy: the item again; lazy: what follows).\n    case "quest": {\n      const k = emit(prog, 2 /* Split */);\n      prefer(prog[k], build(prog, a.item, next), next, a.lazy);\n      return k;\n    }\n    case "star": {\n      const k = emit(prog, 2 /* Split */);\n      prefer(prog[k], build(prog, a.item, k), next, a.lazy);\n      return k;\n    }\n    case "plus": {\n      const k = emit(prog, 2 /* Split */);\n      const body = build(prog, a.item, k);\n      prefer(prog[k], body, next, a.lazy);\n      return body;\n    }\n  }\n}\nfunction prefer(split, more, next, lazy) {\n  split.out = lazy ? next : more;\n  split.out1 = lazy ? more : next;\n}\nvar DFA_STATES = 2048;\nvar DFA_TRANSITIONS = 256;\nvar LinearRegexp = class {\n  constructor(source) {\n    this.source = source;\n    const ast = new Parser(source).parse();\n    [this.head, this.tail] = anchoredLiterals(ast);\n    const match = emit(this.prog, 7 /* Match */);\n    this.start = build(this.prog, ast, match);\n    this.mark = new Uint32Array(this.prog.length);\n    if (!this.prog.some((i) => i.op === 5 /* WordB */ || i.op === 6 /* NotWordB */)) this.dfa = /* @__PURE__ */ new Map();\n  }\n  source;\n  prog = [];\n  start;\n  // Reused state lists: sparse sets keyed by instruction index, marked with a generation number.\n  mark;\n  gen = 0;\n  cur = [];\n  nxt = [];\n  /** Literal text every match starts with right after ^, and ends with right before $ (\'\' when none): a quick no. */\n  head;\n  tail;\n  /** Lazily built DFA states (RE2\'s approach), for programs without \\\\b/\\\\B; undefined otherwise. */\n  dfa;\n  dfaStart;\n  /** A fresh generation for the visited marks; the marks are cleared before the 32-bit counter wraps. */\n  nextGen() {\n    if (this.gen === 4294967295) {\n      this.mark.fill(0);\n      this.gen = 0;\n    }\n    this.gen++;\n  }\n  /** Program size, for tests of the cost bound. */\n  get size() {\n    return this.prog.length;\n  }\n  /** RegExp.prototype.test: whether the expression matches somewhere in `input` (the compilers anchor with ^\u2026$). */\n  test(input) {\n    return this.run(input, void 0);\n  }\n  /**\n   * Whether some prefix of `input` ending right before a \'/\' matches, as if that prefix were the whole\n   * input. One pass: what moby\'s parent-directory loop computes with one match per parent directory.\n   */\n  testDirPrefixes(input) {\n    const at = this.testAtSlashes(input);\n    for (let k = 0; k < at.length - 1; k++) if (at[k]) return true;\n    return false;\n  }\n  /**\n   * For each \'/\' in `input`, whether the prefix before it matches (RegExp.test of that prefix), then\n   * whether the whole input matches: one pass, linear in the input.\n   */\n  testAtSlashes(input) {\n    const out = [];\n    this.run(input, out);\n    return out;\n  }\n  /** Simulates the program over `input`; with `atSlashes`, records acceptance at each \'/\' and at the end. */\n  run(input, atSlashes) {\n    if (!hasPrefix(input, this.head)) {\n      if (atSlashes !== void 0) for (let k = input.indexOf("/"); k >= 0; k = input.indexOf("/", k + 1)) atSlashes.push(false);\n      atSlashes?.push(false);\n      return false;\n    }\n    if (atSlashes === void 0 && !hasSuffix(input, this.tail)) return false;\n    return this.dfa !== void 0 ? this.runDfa(input, atSlashes) : this.runNfa(input, atSlashes);\n  }\n  /**\n   * The same simulation with each set of threads cached as a DFA state and its transitions memoised:\n   * one map lookup per character once warm. A state is the set of threads that arrived at a position\n   * (before their empty transitions, which depend only on being at the start or the end). At most\n   * DFA_STATES states are kept (then the cache starts over), so memory stays bounded and each character\n   * still costs at most one closure: linear either way.\n   */\n  runDfa(input, atSlashes) {\n    let st = this.dfaStart ?? (this.dfaStart = this.state([], true));\n    let found = false;\n    for (let i = 0; i < input.length; ) {\n      if (st.dead) {\n        if (atSlashes !== void 0) for (let k = input.indexOf("/", i); k >= 0; k = input.indexOf("/", k + 1)) atSlashes.push(found);\n        break;\n      }\n      const cp = input.codePointAt(i);\n      i += cp > 65535 ? 2 : 1;\n      matchStats.steps++;\n      if (atSlashes !== void 0 && cp === 47) atSlashes.push(found || st.acceptEnd);\n      if (st.acceptMid) {\n        found = true;\n        if (atSlashes === void 0) return true;\n      }\n      let next = cp < 128 ? st.ascii[cp] : st.next.get(cp);\n      if (next === void 0) {\n        next = this.transition(st, cp);\n        if (cp < 128) st.ascii[cp] = next;\n        else {\n          if (st.next.size >= DFA_TRANSITIONS) st.next.clear();\n          st.next.set(cp, next);\n        }\n      }\n      st = next;\n    }\n    found ||= st.acceptEnd;\n    if (atSlashes !== void 0) atSlashes.push(found);\n    return found;\n  }\n  transition(st, cp) {\n    const arrived = [];\n    for (const pc of st.closed) {\n      const inst = this.prog[pc];\n      if (inst.op === 0 /* Char */ && inst.cp === cp || inst.op === 1 /* Test */ && inst.test(cp)) arrived.push(inst.out);\n    }\n    return this.state(arrived, false);\n  }\n  /** The DFA state for threads `arrived` at a position (the start of the input or not). */\n  state(arrived, atStart) {\n    const set = [...new Set(arrived)].sort((a, b) => a - b);\n    const key = (atStart ? "S" : "") + set.join(",");\n    const dfa = this.dfa;\n    let st = dfa.get(key);\n    if (st !== void 0) return st;\n    if (dfa.size >= DFA_STATES) {\n      dfa.clear();\n      this.dfaStart = void 0;\n    }\n    const closed = [];\n    this.nextGen();\n    for (const pc of set) this.addThread(closed, pc, -1, -1, atStart ? 0 : 1, 2);\n    this.addThread(closed, this.start, -1, -1, atStart ? 0 : 1, 2);\n    const acceptMid = closed.some((pc) => this.prog[pc].op === 7 /* Match */);\n    const atEnd = [];\n    this.nextGen();\n    for (const pc of set) this.addThread(atEnd, pc, -1, -1, atStart ? 0 : 1, atStart ? 0 : 1);\n    this.addThread(atEnd, this.start, -1, -1, atStart ? 0 : 1, atStart ? 0 : 1);\n    const acceptEnd = acceptMid || atEnd.some((pc) => this.prog[pc].op === 7 /* Match */);\n    const consuming = closed.filter((pc) => this.prog[pc].op !== 7 /* Match */);\n    st = { closed: consuming, acceptMid, acceptEnd, dead: consuming.length === 0 && !acceptEnd && !atStart, ascii: [], next: /* @__PURE__ */ new Map() };\n    dfa.set(key, st);\n    return st;\n  }\n  runNfa(input, atSlashes) {\n    const cps = [];\n    for (let i = 0; i < input.length; ) {\n      const cp = input.codePointAt(i);\n      cps.push(cp);\n      i += cp > 65535 ? 2 : 1;\n    }\n    const n = cps.length;\n    let cur = this.cur;\n    let nxt = this.nxt;\n    cur.length = 0;\n    let found = false;\n    for (let i = 0; i <= n; i++) {\n      const prev = i === 0 ? -1 : cps[i - 1];\n      const next = i === n ? -1 : cps[i];\n      if (atSlashes !== void 0 && next === 47) atSlashes.push(found || this.accepts(cur, prev, i));\n      nxt.length = 0;\n      this.nextGen();\n      for (const pc of cur) this.addThread(nxt, pc, prev, next, i, n);\n      this.addThread(nxt, this.start, prev, next, i, n);\n      [cur, nxt] = [nxt, cur];\n      if (cur.some((pc) => this.prog[pc].op === 7 /* Match */)) {\n        found = true;\n        if (atSlashes === void 0) break;\n      }\n      if (i === n) break;\n      nxt.length = 0;\n      for (const pc of cur) {\n        matchStats.steps++;\n        const inst = this.prog[pc];\n        if (inst.op === 0 /* Char */ && inst.cp === next || inst.op === 1 /* Test */ && inst.test(next)) nxt.push(inst.out);\n      }\n      [cur, nxt] = [nxt, cur];\n    }\n    this.cur = cur;\n    this.nxt = nxt;\n    if (atSlashes !== void 0) atSlashes.push(found);\n    return found;\n  }\n  /**\n   * RegExp.prototype.exec\'s match position from `from` (UTF-16 indices): the leftmost match and, among\n   * those, the one a backtracking engine picks (greedy or lazy quantifiers honoured) \u2014 a Pike VM, as in\n   * Go\'s regexp and RE2, whose threads keep their priority order. Linear in the input.\n   */\n  exec(input, from = 0) {\n    const idx = [];\n    const cps = [];\n    for (let i = from; i < input.length; ) {\n      const cp = input.codePointAt(i);\n      idx.push(i);\n      cps.push(cp);\n      i += cp > 65535 ? 2 : 1;\n    }\n    idx.push(input.length);\n    const n = cps.length;\n    const firstPrev = from === 0 ? -1 : input.codePointAt(from - 1 - (from >= 2 && /[\\udc00-\\udfff]/.test(input[from - 1]) ? 1 : 0));\n    let cur = [];\n    let found;\n    for (let i = 0; i <= n; i++) {\n      const prev = i === 0 ? firstPrev : cps[i - 1];\n      const next = i === n ? -1 : cps[i];\n      const pos = idx[i];\n      const closed = [];\n      this.nextGen();\n      for (const t of cur) {\n        if (this.closeThread(closed, t.pc, t.start, prev, next, from === 0 && i === 0, i === n)) {\n          found = { start: t.start, end: pos };\n          break;\n        }\n      }\n      if (found === void 0 && this.closeThread(closed, this.start, pos, prev, next, from === 0 && i === 0, i === n)) {\n        found = { start: pos, end: pos };\n      }\n      if (i === n || closed.length === 0 && found !== void 0) break;\n      cur = [];\n      for (const t of closed) {\n        matchStats.steps++;\n        const inst = this.prog[t.pc];\n        if (inst.op === 0 /* Char */ && inst.cp === next || inst.op === 1 /* Test */ && inst.test(next))\n          cur.push({ pc: inst.out, start: t.start });\n      }\n    }\n    return found;\n  }\n  /** addThread for exec(): threads keep their start; true when Match is reached (the thread then ends). */\n  closeThread(list, pc0, start, prev, next, atStart, atEnd) {\n    const stack = [pc0];\n    while (stack.length > 0) {\n      const pc = stack.pop();\n      if (this.mark[pc] === this.gen) continue;\n      this.mark[pc] = this.gen;\n      matchStats.steps++;\n      const inst = this.prog[pc];\n      switch (inst.op) {\n        case 2 /* Split */:\n          stack.push(inst.out1, inst.out);\n          break;\n        case 3 /* Bol */:\n          if (atStart) stack.push(inst.out);\n          break;\n        case 4 /* Eol */:\n          if (atEnd) stack.push(inst.out);\n          break;\n        case 5 /* WordB */:\n          if (isWord(prev) !== isWord(next)) stack.push(inst.out);\n          break;\n        case 6 /* NotWordB */:\n          if (isWord(prev) === isWord(next)) stack.push(inst.out);\n          break;\n        case 7 /* Match */:\n          return true;\n        default:\n          list.push({ pc, start });\n      }\n    }\n    return false;\n  }\n  /** Whether the threads `arrived` (before closure) reach Match with the input ending at position i. */\n  accepts(arrived, prev, i) {\n    const tmp = [];\n    this.nextGen();\n    for (const pc of arrived) this.addThread(tmp, pc, prev, -1, i, i);\n    this.addThread(tmp, this.start, prev, -1, i, i);\n    return tmp.some((pc) => this.prog[pc].op === 7 /* Match */);\n  }\n  /** Follows empty transitions from pc, evaluating assertions between `prev` and `next` at position i of n. */\n  addThread(list, pc0, prev, next, i, n) {\n    const stack = [pc0];\n    while (stack.length > 0) {\n      const pc = stack.pop();\n      if (this.mark[pc] === this.gen) continue;\n      this.mark[pc] = this.gen;\n      matchStats.steps++;\n      const inst = this.prog[pc];\n      switch (inst.op) {\n        case 2 /* Split */:\n          stack.push(inst.out1, inst.out);\n          break;\n        case 3 /* Bol */:\n          if (i === 0) stack.push(inst.out);\n          break;\n        case 4 /* Eol */:\n          if (i === n) stack.push(inst.out);\n          break;\n        case 5 /* WordB */:\n          if (isWord(prev) !== isWord(next)) stack.push(inst.out);\n          break;\n        case 6 /* NotWordB */:\n          if (isWord(prev) === isWord(next)) stack.push(inst.out);\n          break;\n        default:\n          list.push(pc);\n      }\n    }\n  }\n};\n\n// src/patterns/matcher.ts\nvar PatternError = class extends Error {\n  constructor(reason, pattern, source) {\n    super(`invalid pattern ${JSON.stringify(pattern)}: ${reason}`);\n    this.reason = reason;\n    this.pattern = pattern;\n    this.source = source;\n  }\n  reason;\n  pattern;\n  source;\n};\nvar Pattern = class {\n  exclusion;\n  /** The cleaned pattern without its \'!\' \u2014 what moby\'s Pattern.String() returns. */\n  cleaned;\n  dirs;\n  source;\n  type;\n  regexp;\n  regexpSrc;\n  compileError;\n  constructor(cleaned, exclusion, source) {\n    this.cleaned = cleaned;\n    this.exclusion = exclusion;\n    this.dirs = cleaned.split("/").length;\n    this.source = source;\n  }\n  toString() {\n    return this.cleaned;\n  }\n  /** Whether the pattern matches the slash-separated path. Throws PatternError where Go\'s regexp compile fails. */\n  match(path) {\n    if (this.type === void 0) this.compile();\n    if (this.compileError !== void 0) throw new PatternError(this.compileError, this.cleaned, this.source);\n    switch (this.type) {\n      case "exact":\n        return path === this.cleaned;\n      case "prefix":\n        return path.startsWith(this.cleaned.slice(0, -2));\n      case "suffix": {\n        const suffix = this.cleaned.slice(2);\n        if (path.endsWith(suffix)) return true;\n        return suffix[0] === "/" && path === suffix.slice(1);\n      }\n      default:\n        return this.regexp.test(path);\n    }\n  }\n  /**\n   * Whether the pattern matches one of the parent directories of `path` ("a" and "a/b" for "a/b/c"),\n   * ignoring a compile error as Go\'s parent loop does. Linear in the path: one pass, not one match per parent.\n   */\n  matchParentDir(path) {\n    if (this.type === void 0) this.compile();\n    if (this.compileError !== void 0) return false;\n    switch (this.type) {\n      case "exact":\n        return path.length > this.cleaned.length && path[this.cleaned.length] === "/" && path.startsWith(this.cleaned);\n      case "prefix": {\n        const dir = path.lastIndexOf("/");\n        return dir >= 0 && path.slice(0, dir).startsWith(this.cleaned.slice(0, -2));\n      }\n      case "suffix": {\n        for (let k = path.indexOf("/"); k >= 0; k = path.indexOf("/", k + 1)) if (this.match(path.slice(0, k))) return true;\n        return false;\n      }\n      default:\n        return this.regexp.testDirPrefixes(path);\n    }\n  }\n  /** The regexp source (JavaScript `u` syntax) the pattern compiles to, or undefined when it needs none. For tests. */\n  regexpSource() {\n    if (this.type === void 0) this.compile();\n    return this.regexpSrc;\n  }\n  /** Pattern.compile from moby/patternmatcher, emitting a JS (u-mode) regexp equivalent to the Go one. */\n  compile() {\n    const p = toRunes(this.cleaned);\n    let re = "^";\n    let type = "exact";\n    let inClass = false;\n    let classStart = false;\n    let iter = 0;\n    for (let i = 0; i < p.length; iter++) {\n      const ch = p[i++];\n      const wasClassStart = classStart;\n      classStart = false;\n      if (ch === 42) {\n        if (p[i] === 42) {\n          i++;\n          if (p[i] === 47) i++;\n          if (i >= p.length) {\n            if (type === "exact") type = "prefix";\n            else {\n              re += "[^\\\\n]*";\n              type = "regexp";\n            }\n          } else {\n            re += "(?:[^\\\\n]*\\\\/)?";\n            type = "regexp";\n          }\n          if (iter === 0) type = "suffix";\n        } else {\n          re += "[^\\\\/]*";\n          type = "regexp";\n        }\n      } else if (ch === 63) {\n        re += "[^\\\\/]";\n        type = "regexp";\n      } else if (".+()|{}$".includes(String.fromCodePoint(ch))) {\n        re += "\\\\" + String.fromCodePoint(ch);\n      } else if (ch === 92) {\n        if (i < p.length) {\n          const next = p[i++];\n          const t = goEscape(next, inClass);\n          if (t === void 0) this.compileError ??= `invalid escape sequence \\\\${String.fromCodePoint(next)}`;\n          else re += t;\n          type = "regexp";\n        } else {\n          re += "\\\\\\\\";\n        }\n      } else if (ch === 91) {\n        if (!inClass) {\n          inClass = true;\n          classStart = true;\n        }\n        re += "[";\n        type = "regexp";\n      } else if (ch === 93) {\n        if (inClass && !wasClassStart) {\n          inClass = false;\n          re += "]";\n        } else re += "\\\\]";\n        type = "regexp";\n      } else if (ch === 94 && wasClassStart) {\n        re += "^";\n        classStart = true;\n      } else {\n        re += literal(ch);\n      }\n    }\n    this.type = type;\n    if (type === "regexp") {\n      re += "$";\n      if (inClass) this.compileError ??= "missing closing ]";\n      if (this.compileError === void 0) {\n        try {\n          new RegExp(re, "u");\n          this.regexpSrc = re;\n          this.regexp = new LinearRegexp(re);\n        } catch (e) {\n          this.compileError = e.message;\n        }\n      }\n    }\n  }\n};\nfunction literal(cp) {\n  return String.fromCodePoint(cp);\n}\nvar PERL = {\n  d: ["0-9", "[0-9]"],\n  D: ["", "[^0-9]"],\n  s: ["\\\\t\\\\n\\\\f\\\\r ", "[\\\\t\\\\n\\\\f\\\\r ]"],\n  S: ["", "[^\\\\t\\\\n\\\\f\\\\r ]"],\n  w: ["0-9A-Za-z_", "[0-9A-Za-z_]"],\n  W: ["", "[^0-9A-Za-z_]"]\n};\nvar CONTROL = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };\nfunction goEscape(cp, inClass) {\n  if (cp < 128 && !/[0-9A-Za-z]/.test(String.fromCodePoint(cp))) {\n    return `\\\\u{${cp.toString(16)}}`;\n  }\n  const c = String.fromCodePoint(cp);\n  if (c in CONTROL) return `\\\\u{${CONTROL[c].toString(16)}}`;\n  const perl = PERL[c];\n  if (perl) return inClass ? perl[0] === "" ? void 0 : perl[0] : perl[1];\n  if (!inClass) {\n    if (c === "b") return "\\\\b";\n    if (c === "B") return "\\\\B";\n    if (c === "A") return "^";\n    if (c === "z") return "$";\n  }\n  return void 0;\n}\nvar PatternMatcher = class {\n  patterns = [];\n  exclusions;\n  /**\n   * moby\'s patternmatcher.New: trims, cleans, splits off \'!\', and validates with filepath.Match.\n   * `sources[i]` says where patterns[i] came from.\n   */\n  constructor(patterns, sources) {\n    let exclusions = false;\n    patterns.forEach((raw, idx) => {\n      const source = sources?.[idx];\n      let p = goTrimSpace(raw);\n      if (p === "") return;\n      p = goClean(p);\n      let exclusion = false;\n      if (p[0] === "!") {\n        if (p.length === 1) throw new PatternError(\'illegal exclusion pattern: "!"\', raw, source);\n        exclusion = true;\n        exclusions = true;\n        p = p.slice(1);\n      }\n      if (isBadGoPattern(p)) throw new PatternError("syntax error in pattern", raw, source);\n      this.patterns.push(new Pattern(p, exclusion, source));\n    });\n    this.exclusions = exclusions;\n  }\n  /** MatchesOrParentMatches: the path or one of its parent directories matches. */\n  matchesOrParentMatches(file) {\n    let matched = false;\n    for (const pattern of this.patterns) {\n      if (pattern.exclusion !== matched) continue;\n      const match = pattern.match(file) || pattern.matchParentDir(file);\n      if (match) matched = !pattern.exclusion;\n    }\n    return matched;\n  }\n  /**\n   * MatchesUsingParentResults: as the tar walker of the classic builder calls it.\n   * Returns whether the path is excluded and the per-pattern results for its children.\n   */\n  matchesUsingParentResults(file, parent) {\n    const info = new Array(this.patterns.length).fill(false);\n    let matched = false;\n    for (let i = 0; i < this.patterns.length; i++) {\n      const pattern = this.patterns[i];\n      let match = parent !== void 0 && parent[i] === true;\n      if (!match) {\n        if (pattern.exclusion !== matched) continue;\n        match = pattern.match(file);\n        if (!match && parent === void 0) match = pattern.matchParentDir(file);\n      }\n      info[i] = match;\n      if (match) matched = !pattern.exclusion;\n    }\n    return { excluded: matched, info };\n  }\n  /**\n   * The classic builder\'s pruning rule for an excluded directory: it is walked only when some\n   * exception pattern, as a string, starts with "dir/". Anything else under it is never sent,\n   * even where an exception such as "!**\\/keep" would match.\n   */\n  canSkipDir(dir) {\n    if (!this.exclusions) return true;\n    const dirSlash = dir + "/";\n    for (const p of this.patterns) if (p.exclusion && (p.cleaned + "/").startsWith(dirSlash)) return false;\n    return true;\n  }\n};\n\n// src/util/names.ts\nfunction nameFromBytes(b) {\n  const s = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("utf8");\n  if (!s.includes("\\uFFFD")) return s;\n  let out = "";\n  let i = 0;\n  while (i < b.length) {\n    const n = validSequenceLength(b, i);\n    if (n === 0) {\n      out += String.fromCharCode(56320 + b[i]);\n      i++;\n    } else {\n      out += Buffer.from(b.buffer, b.byteOffset + i, n).toString("utf8");\n      i += n;\n    }\n  }\n  return out;\n}\nfunction nameBytes(s) {\n  if (isWellFormed(s)) return Buffer.from(s, "utf8");\n  const parts = [];\n  let start = 0;\n  for (let i = 0; i < s.length; i++) {\n    const c = s.charCodeAt(i);\n    if (c >= 55296 && c <= 56319) {\n      const d = s.charCodeAt(i + 1);\n      if (d >= 56320 && d <= 57343) i++;\n      continue;\n    }\n    if (c >= 56320 && c <= 57343) {\n      parts.push(Buffer.from(s.slice(start, i), "utf8"), Buffer.of(c >= 56448 && c <= 56575 ? c - 56320 : 63));\n      start = i + 1;\n    }\n  }\n  parts.push(Buffer.from(s.slice(start), "utf8"));\n  return Buffer.concat(parts);\n}\nfunction isWellFormed(s) {\n  return s.isWellFormed();\n}\nfunction validSequenceLength(b, i) {\n  const c = b[i];\n  if (c < 128) return 1;\n  const cont = (k, lo = 128, hi = 191) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;\n  if (c >= 194 && c <= 223) return cont(1) ? 2 : 0;\n  if (c === 224) return cont(1, 160) && cont(2) ? 3 : 0;\n  if (c >= 225 && c <= 236 || c === 238 || c === 239) return cont(1) && cont(2) ? 3 : 0;\n  if (c === 237) return cont(1, 128, 159) && cont(2) ? 3 : 0;\n  if (c === 240) return cont(1, 144) && cont(2) && cont(3) ? 4 : 0;\n  if (c >= 241 && c <= 243) return cont(1) && cont(2) && cont(3) ? 4 : 0;\n  if (c === 244) return cont(1, 128, 143) && cont(2) && cont(3) ? 4 : 0;\n  return 0;\n}\n\n// src/context/walk.ts\nvar LISTING_BATCH = 1024;\nvar SMALL_DIRECTORY_BYTES = 256 * 1024;\nfunction isSmallDirectory(fs, path) {\n  try {\n    return fs.lstatSync(path).size <= SMALL_DIRECTORY_BYTES;\n  } catch {\n    return false;\n  }\n}\nfunction* readDir(fs, matcher, absDir, relDir, parentInfo, dirPlain, probes, wantListed) {\n  const fsPath = (abs, plain) => plain ? abs : nameBytes(abs);\n  const matching = matcher.patterns.length > 0;\n  let handle;\n  let whole;\n  let next = 0;\n  try {\n    const path = fsPath(absDir, dirPlain);\n    if (fs.readdirSync !== void 0 && isSmallDirectory(fs, path)) whole = fs.readdirSync(path, { withFileTypes: true });\n    else handle = fs.opendirSync(path, { bufferSize: LISTING_BATCH });\n  } catch (e) {\n    yield { step: "unreadable", error: e };\n    return;\n  }\n  let lossy;\n  const named = (d) => {\n    const raw = d.name;\n    if (!raw.includes("\\uFFFD")) return { name: raw, plain: dirPlain, d };\n    lossy ??= new LossyNames(fs, fsPath(absDir, dirPlain));\n    const name = lossy.resolve(raw);\n    return { name, plain: dirPlain && isWellFormed(name), d };\n  };\n  const close = () => {\n    if (handle === void 0) return;\n    try {\n      handle.closeSync();\n    } catch {\n    }\n    handle = void 0;\n  };\n  let complete = false;\n  let failure;\n  const readBatch = () => {\n    const batch = [];\n    if (whole !== void 0) {\n      const end = Math.min(whole.length, next + LISTING_BATCH);\n      for (; next < end; next++) batch.push(named(whole[next]));\n      if (next === whole.length) {\n        complete = true;\n        whole = void 0;\n      }\n      return batch;\n    }\n    try {\n      while (batch.length < LISTING_BATCH) {\n        const d = handle.readSync();\n        if (d === null) {\n          complete = true;\n          break;\n        }\n        batch.push(named(d));\n      }\n    } catch (e) {\n      failure = e;\n      complete = true;\n    }\n    if (complete) close();\n    return batch;\n  };\n  try {\n    let batch = readBatch();\n    let present = 0;\n    if (probes.length > 0 && complete && failure === void 0) {\n      for (const e of batch) {\n        for (let i = 0; i < probes.length; i++) {\n          const name = probes[i];\n          if (e.name.length === name.length && e.name === name && e.d.isFile()) present |= 1 << i;\n        }\n      }\n    } else {\n      for (let i = 0; i < probes.length; i++) {\n        try {\n          if (fs.lstatSync(fsPath(absDir + "/" + probes[i], dirPlain)).isFile()) present |= 1 << i;\n        } catch {\n        }\n      }\n    }\n    yield { step: "enter", present };\n    const prefix = relDir === "" ? "" : relDir + "/";\n    const absPrefix = absDir + "/";\n    for (; ; ) {\n      if (batch.length > 0) {\n        const decided = new Array(batch.length);\n        for (let i = 0; i < batch.length; i++) {\n          const { name, plain, d } = batch[i];\n          const rel = prefix + name;\n          let excluded = false;\n          let info;\n          if (matching) {\n            const r = matcher.matchesUsingParentResults(rel, parentInfo);\n            excluded = r.excluded;\n            info = r.info;\n          }\n          let kind = kindOf(d);\n          let st;\n          if (kind === void 0 || kind !== "dir" && !excluded) {\n            try {\n              st = fs.lstatSync(fsPath(absPrefix + name, plain));\n            } catch (e) {\n              decided[i] = { rel, kind: "unreadable", size: 0, error: e };\n              continue;\n            }\n            kind = kindOfStats(st);\n          }\n          if (kind === "dir") {\n            const walkIt = !excluded || !matcher.canSkipDir(rel);\n            decided[i] = {\n              rel,\n              kind: excluded ? "skip" : "dir",\n              size: 0,\n              descend: walkIt ? { abs: absPrefix + name, info, plain } : void 0\n            };\n          } else if (excluded) {\n            decided[i] = { rel, kind: "skip", size: 0 };\n          } else {\n            const size = kind === "other" ? 0 : st.size;\n            decided[i] = { rel, kind, size, inode: st.nlink > 1 && kind === "file" ? `${st.dev}:${st.ino}` : void 0 };\n          }\n        }\n        yield { step: "batch", listed: wantListed ? batch.map(asListed) : void 0, decided };\n      }\n      if (failure !== void 0) {\n        yield { step: "unreadable", error: failure };\n        return;\n      }\n      if (complete) return;\n      batch = readBatch();\n    }\n  } finally {\n    close();\n  }\n}\nfunction visitStep(v, relDir, s) {\n  if (s.step === "unreadable") v.unreadable(relDir, s.error);\n  else if (s.step === "enter") v.enterDir?.(relDir, s.present);\n  else {\n    if (s.listed) v.listed(relDir, s.listed);\n    return s.decided;\n  }\n  return NO_ENTRIES;\n}\nvar NO_ENTRIES = [];\nfunction emitDecided(v, d) {\n  switch (d.kind) {\n    case "unreadable":\n      v.unreadable(d.rel, d.error);\n      return false;\n    case "skip":\n      return d.descend !== void 0;\n    case "dir":\n      v.entry(d.rel, "dir", 0);\n      return d.descend !== void 0;\n    default:\n      v.entry(d.rel, d.kind, d.size, d.inode);\n      return false;\n  }\n}\nvar DirentListed = class {\n  constructor(name, d) {\n    this.name = name;\n    this.d = d;\n  }\n  name;\n  d;\n  isDirectory() {\n    return this.d.isDirectory();\n  }\n  isFile() {\n    return this.d.isFile();\n  }\n};\nfunction asListed(n) {\n  return new DirentListed(n.name, n.d);\n}\nvar LossyNames = class {\n  byLossy = /* @__PURE__ */ new Map();\n  constructor(fs, absDir) {\n    let handle;\n    try {\n      handle = fs.opendirSync(absDir, { bufferSize: LISTING_BATCH, encoding: "buffer" });\n      for (let d = handle.readSync(); d !== null; d = handle.readSync()) {\n        const raw = d.name;\n        const lossy = raw.toString("utf8");\n        if (!lossy.includes("\\uFFFD")) continue;\n        const list = this.byLossy.get(lossy);\n        if (list) list.push(nameFromBytes(raw));\n        else this.byLossy.set(lossy, [nameFromBytes(raw)]);\n      }\n    } catch {\n    } finally {\n      try {\n        handle?.closeSync();\n      } catch {\n      }\n    }\n  }\n  /** The next exact name that reads as `lossy` (each is handed out once), or `lossy` itself when none is left. */\n  resolve(lossy) {\n    return this.byLossy.get(lossy)?.shift() ?? lossy;\n  }\n};\nfunction kindOf(d) {\n  if (d.isDirectory()) return "dir";\n  if (d.isFile()) return "file";\n  if (d.isSymbolicLink()) return "symlink";\n  if (d.isFIFO() || d.isSocket() || d.isBlockDevice() || d.isCharacterDevice()) return "other";\n  return void 0;\n}\nfunction kindOfStats(st) {\n  if (st.isDirectory()) return "dir";\n  if (st.isFile()) return "file";\n  if (st.isSymbolicLink()) return "symlink";\n  return "other";\n}\n\n// src/context/walk-parallel.ts\nvar CHUNK = 1024;\nvar ChunkBuilder = class {\n  ops = [];\n  strs = [];\n  nums = [];\n  defers = [];\n  pack() {\n    const chunk = { ops: Uint8Array.from(this.ops), text: this.strs.join("\\0"), nums: Float64Array.from(this.nums) };\n    if (this.defers.length > 0) chunk.defers = this.defers;\n    return chunk;\n  }\n};\nvar OP_FILE = 0;\nvar OP_SYMLINK = 1;\nvar OP_DIR = 2;\nvar OP_OTHER = 3;\nvar OP_UNREADABLE = 4;\nvar OP_ENTER = 5;\nvar OP_LISTED = 6;\nvar OP_DEFER = 7;\nvar KIND_OP = { file: OP_FILE, symlink: OP_SYMLINK, dir: OP_DIR, other: OP_OTHER };\nvar noStats = () => ({ workers: 0, jobs: 0, handedBack: 0, walkedHere: 0 });\nvar lastWalkStats = noStats();\nvar FRONT = 0;\nvar HUNGRY = 1;\nvar MAIN_HUNGRY = 2;\nvar AHEAD = 0;\nvar CURRENT_REPLAYED = 1;\nvar WAKE = 2;\nfunction runWalkWorker(port, data) {\n  const { spec, limits } = data;\n  const ahead = new Int32Array(data.shared);\n  const control = new Int32Array(data.control);\n  const matcher = new PatternMatcher(spec.patterns, spec.sources);\n  const fs = nodeFs;\n  const probes = spec.probes;\n  port.on("message", (job) => {\n    let c = new ChunkBuilder();\n    let posted = 0;\n    const flush = (done = false) => {\n      if (c.ops.length === 0) {\n        if (done) port.postMessage({ id: job.id, done });\n        return;\n      }\n      for (; ; ) {\n        const gen = Atomics.load(ahead, WAKE);\n        const now = Atomics.load(ahead, AHEAD);\n        if (now < limits.maxAhead) break;\n        if (Atomics.load(control, FRONT) === job.id && posted - Atomics.load(ahead, CURRENT_REPLAYED) < 4 * limits.maxAhead) break;\n        Atomics.wait(ahead, WAKE, gen, 200);\n      }\n      posted++;\n      Atomics.add(ahead, AHEAD, 1);\n      const chunk = c.pack();\n      port.postMessage({ id: job.id, chunk, done }, [chunk.ops.buffer, chunk.nums.buffer]);\n      c = new ChunkBuilder();\n    };\n    const visitor = {\n      entry(rel, kind, size, inode) {\n        c.ops.push(KIND_OP[kind]);\n        c.strs.push(rel);\n        if (kind === "file") c.strs.push(inode ?? "");\n        if (kind === "file" || kind === "symlink") c.nums.push(size);\n        if (c.ops.length >= CHUNK) flush();\n      },\n      unreadable(rel, error) {\n        c.ops.push(OP_UNREADABLE);\n        c.strs.push(rel, error.code ?? "", error.message.replaceAll("\\0", " "));\n        if (c.ops.length >= CHUNK) flush();\n      },\n      probes,\n      enterDir(rel, present) {\n        c.ops.push(OP_ENTER);\n        c.strs.push(rel);\n        c.nums.push(present);\n        if (c.ops.length >= CHUNK) flush();\n      },\n      listed: spec.listed ? (dir, entries) => {\n        c.ops.push(OP_LISTED);\n        c.strs.push(dir);\n        c.nums.push(entries.length);\n        for (const e of entries) {\n          c.strs.push(e.name);\n          c.nums.push((e.isDirectory() ? 1 : 0) | (e.isFile() ? 2 : 0));\n        }\n        if (c.ops.length >= CHUNK) flush();\n      } : void 0\n    };\n    let budget = limits.budget;\n    let seq = 0;\n    const takeHunger = () => {\n      if (Atomics.load(control, MAIN_HUNGRY) === job.id && Atomics.compareExchange(control, MAIN_HUNGRY, job.id, 0) === job.id) return true;\n      const h = Atomics.load(control, HUNGRY);\n      if (h <= 0 || Atomics.load(ahead, AHEAD) >= limits.maxAhead) return false;\n      return Atomics.compareExchange(control, HUNGRY, h, h - 1) === h;\n    };\n    const handBack = (rel, d) => {\n      c.defers.push({ seq, rel, abs: d.abs, info: d.info, plain: d.plain });\n      c.ops.push(OP_DEFER);\n      c.nums.push(seq++);\n    };\n    const walk = (abs, rel, info, plain) => {\n      for (const s of readDir(fs, matcher, abs, rel, info, plain, probes, spec.listed)) {\n        const decided = visitStep(visitor, rel, s);\n        if (decided.length === 0) continue;\n        budget -= decided.length;\n        let rest = false;\n        let hungry = false;\n        for (const d of decided) {\n          if (!emitDecided(visitor, d)) continue;\n          if (!rest && (budget <= 0 || (hungry = takeHunger()))) rest = true;\n          if (rest) handBack(d.rel, d.descend);\n          else walk(d.descend.abs, d.rel, d.descend.info, d.descend.plain);\n        }\n        if (hungry) flush();\n      }\n    };\n    try {\n      walk(job.abs, job.rel, job.info, job.plain);\n      flush(true);\n    } catch (e) {\n      flush();\n      const patternError = e instanceof PatternError ? { reason: e.reason, pattern: e.pattern, source: e.source } : void 0;\n      port.postMessage({ id: job.id, error: e.message, patternError });\n    }\n  });\n}\n\n// src/context/walk-worker-main.ts\nrunWalkWorker(import_node_worker_threads.parentPort, import_node_worker_threads.workerData);\n' : void 0;
}
var parallelDefaults = {};
var noStats = () => ({ workers: 0, jobs: 0, handedBack: 0, walkedHere: 0 });
var lastWalkStats = noStats();
async function walkContextParallel(root, matcher, visitor, given = {}) {
  const opts = { ...parallelDefaults, ...given };
  const fs = nodeFs2;
  const workers = opts.workers ?? envNumber("DOCKER_SIZE_GUARD_WORKERS") ?? defaultWorkers();
  const code = opts.workerCode ?? embeddedWorkerCode();
  const spec = specOf(matcher, visitor);
  if (workers < 1 || code === void 0 || spec === void 0) {
    walkContext(root, matcher, visitor, fs);
    return;
  }
  const eager = typeof process.getBuiltinModule === "function" ? void 0 : (await import("node:worker_threads")).Worker;
  const workerClass = () => eager ?? process.getBuiltinModule("node:worker_threads").Worker;
  Object.assign(lastWalkStats, noStats());
  const budget = opts.budget ?? envNumber("DOCKER_SIZE_GUARD_JOB_BUDGET") ?? JOB_BUDGET;
  const limits = {
    budget: Math.max(1, budget),
    maxAhead: Math.max(1, opts.maxAhead ?? MAX_AHEAD),
    mainBudget: Math.max(1, opts.mainBudget ?? Math.ceil(budget / MAIN_SHARE)),
    leaveFirst: opts.leaveFirst === true
  };
  const ctx = { fs, matcher, visitor };
  const pool = new Pool(
    workers,
    limits,
    ctx,
    (data) => new (workerClass())(code, {
      eval: true,
      workerData: { spec, limits, ...data },
      // A worker keeps one directory's batch and one chunk: a small old generation is collected early.
      resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 16 }
    })
  );
  const threshold = opts.threshold ?? envNumber("DOCKER_SIZE_GUARD_PARALLEL_THRESHOLD") ?? PARALLEL_THRESHOLD;
  try {
    await pool.walkHere({ id: 0, abs: root, rel: "", info: void 0, plain: isWellFormed(root) }, [], threshold);
  } finally {
    await pool.close();
  }
}
var FRONT = 0;
var HUNGRY = 1;
var MAIN_HUNGRY = 2;
var AHEAD = 0;
var CURRENT_REPLAYED = 1;
var WAKE = 2;
function compareKeys(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
var Pool = class {
  constructor(size, limits, ctx, start) {
    this.size = size;
    this.limits = limits;
    this.ctx = ctx;
    this.start = start;
  }
  size;
  limits;
  ctx;
  start;
  threads = [];
  /** Queued units, sorted by key. */
  queue = [];
  units = /* @__PURE__ */ new Map();
  control = new Int32Array(new SharedArrayBuffer(12));
  nextId = 1;
  failure;
  sinceYield = 0;
  closing = false;
  sinceYieldHere = 0;
  /** The replay, waiting for its unit to progress. */
  waiter;
  enqueue(job, key) {
    const unit = { job, key, state: "queued", chunks: [], deferred: [], at: { op: 0, str: 0, num: 0 } };
    this.units.set(job.id, unit);
    let lo = 0;
    let hi = this.queue.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (compareKeys(this.queue[mid].key, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    this.queue.splice(lo, 0, unit);
    this.schedule();
    return unit;
  }
  /** Replays a unit's events to the visitor as they arrive, in order (its handed-back subtrees where they belong). */
  async replay(unit) {
    const visitor = this.ctx.visitor;
    if (unit.state === "queued") {
      this.queue.splice(this.queue.indexOf(unit), 1);
      unit.state = "main";
      lastWalkStats.walkedHere++;
      await this.walkHere(unit.job, unit.key, this.limits.mainBudget);
      unit.state = "done";
      this.units.delete(unit.job.id);
      return;
    }
    this.setFront(unit.job.id);
    for (; ; ) {
      if (this.failure) throw this.failure;
      const chunk = unit.chunks[0];
      if (chunk) {
        const sub = applyChunk(chunk, unit.at, visitor);
        if (sub !== void 0) {
          await this.replay(unit.deferred[sub]);
          delete unit.deferred[sub];
          this.setFront(unit.job.id);
          continue;
        }
        unit.chunks.shift();
        unit.at = { op: 0, str: 0, num: 0 };
        const w = unit.worker;
        if (w.unit === unit) Atomics.add(w.ahead, CURRENT_REPLAYED, 1);
        Atomics.sub(w.ahead, AHEAD, 1);
        Atomics.add(w.ahead, WAKE, 1);
        Atomics.notify(w.ahead, WAKE);
        if (++this.sinceYield >= YIELD_EVERY) {
          this.sinceYield = 0;
          await new Promise((resolve5) => setImmediate(resolve5));
        }
        continue;
      }
      if (unit.error !== void 0) {
        const p = unit.patternError;
        throw p ? new PatternError(p.reason, p.pattern, p.source) : new Error(unit.error);
      }
      if (unit.state === "done") {
        this.units.delete(unit.job.id);
        return;
      }
      Atomics.compareExchange(this.control, MAIN_HUNGRY, 0, unit.job.id);
      await new Promise((resolve5) => this.waiter = resolve5);
      this.waiter = void 0;
    }
  }
  /**
   * Walks a job on this thread, straight to the visitor. Once it has walked `budget` entries, the further
   * subdirectories of the directories it is reading are queued as jobs of their own (a worker takes the first,
   * this thread walks the next if no worker is free) and replayed where they belong.
   */
  async walkHere(job, key, budget) {
    const { fs, matcher, visitor } = this.ctx;
    const probes = visitor.probes ?? [];
    const wantListed = visitor.listed !== void 0;
    let seq = 0;
    this.setFront(0);
    const walk = async (abs, rel, info, plain) => {
      for (const s of readDir(fs, matcher, abs, rel, info, plain, probes, wantListed)) {
        const decided = visitStep(visitor, rel, s);
        if (decided.length === 0) continue;
        budget -= decided.length;
        this.sinceYieldHere += decided.length;
        if (this.sinceYieldHere >= YIELD_HERE_EVERY && this.threads.length > 0) {
          this.sinceYieldHere = 0;
          await new Promise((resolve5) => setImmediate(resolve5));
        }
        let units;
        for (let i = 0; i < decided.length; i++) {
          const d = decided[i];
          if (units === void 0 && d.descend !== void 0 && (budget <= 0 || this.idleWorkers() > 0)) {
            units = [];
            for (let j = i; j < decided.length; j++) {
              const e = decided[j];
              if (e.descend) units[j] = this.enqueue({ id: this.nextId++, rel: e.rel, ...e.descend }, [...key, seq++]);
            }
          }
          if (!emitDecided(visitor, d)) continue;
          const unit = units?.[i];
          if (unit === void 0) await walk(d.descend.abs, d.rel, d.descend.info, d.descend.plain);
          else {
            await this.replay(unit);
            this.setFront(0);
          }
        }
      }
    };
    await walk(job.abs, job.rel, job.info, job.plain);
  }
  async close() {
    this.closing = true;
    await Promise.all(this.threads.map((w) => w.thread.terminate()));
  }
  /** The job being replayed (0: one this thread walks). */
  setFront(id) {
    if (Atomics.exchange(this.control, FRONT, id) === id) return;
    Atomics.store(this.control, MAIN_HUNGRY, 0);
    for (const w of this.threads) {
      Atomics.add(w.ahead, WAKE, 1);
      Atomics.notify(w.ahead, WAKE);
    }
  }
  schedule() {
    while (this.queue.length > 0) {
      let w = this.threads.find((t) => t.unit === void 0);
      if (!w && this.threads.length < this.size) w = this.spawn();
      if (!w) break;
      const unit = this.queue.splice(this.limits.leaveFirst && this.queue.length >= 2 ? 1 : 0, 1)[0];
      unit.worker = w;
      unit.state = "running";
      lastWalkStats.jobs++;
      w.unit = unit;
      Atomics.store(w.ahead, CURRENT_REPLAYED, 0);
      w.thread.postMessage(unit.job);
    }
    this.updateHungry();
  }
  /** Workers started and free. */
  idleWorkers() {
    let n = 0;
    for (const t of this.threads) if (t.unit === void 0) n++;
    return n;
  }
  /**
   * How many workers want work now: with nothing queued, those free (or that may start). A busy worker hands the
   * rest of its batch back for each (the main thread asks through MAIN_HUNGRY instead).
   */
  updateHungry() {
    const free = this.idleWorkers() + this.size - this.threads.length;
    Atomics.store(this.control, HUNGRY, this.queue.length === 0 ? free : 0);
  }
  spawn() {
    const shared = new SharedArrayBuffer(12);
    const w = {
      thread: this.start({ shared, control: this.control.buffer }),
      ahead: new Int32Array(shared)
    };
    w.thread.on("message", (m) => {
      const unit = this.units.get(m.id);
      if (!unit) return;
      if (m.chunk) {
        for (const { seq, ...rest } of m.chunk.defers ?? []) {
          lastWalkStats.handedBack++;
          unit.deferred[seq] = this.enqueue({ id: this.nextId++, ...rest }, [...unit.key, seq]);
        }
        unit.chunks.push(m.chunk);
      }
      if (m.error !== void 0) {
        unit.error = m.error;
        unit.patternError = m.patternError;
      }
      if (m.done || m.error !== void 0) {
        unit.state = "done";
        w.unit = void 0;
        this.schedule();
      }
      this.waiter?.();
    });
    w.thread.on("error", (e) => this.fail(e));
    w.thread.on("exit", (code) => {
      if (!this.closing) this.fail(new Error(`a walker thread exited with code ${code}`));
    });
    this.threads.push(w);
    lastWalkStats.workers = this.threads.length;
    return w;
  }
  fail(e) {
    this.failure ??= e;
    this.waiter?.();
  }
};
function applyChunk(c, at, v) {
  let s = at.str;
  let n = at.num;
  const { ops, nums } = c;
  const strs = at.strs ??= c.text.split("\0");
  for (let i = at.op; i < ops.length; i++) {
    switch (ops[i]) {
      case OP_FILE: {
        const rel = strs[s++];
        const inode = strs[s++];
        v.entry(rel, "file", nums[n++], inode === "" ? void 0 : inode);
        break;
      }
      case OP_SYMLINK:
        v.entry(strs[s++], "symlink", nums[n++]);
        break;
      case OP_DIR:
        v.entry(strs[s++], "dir", 0);
        break;
      case OP_OTHER:
        v.entry(strs[s++], "other", 0);
        break;
      case OP_UNREADABLE: {
        const rel = strs[s++];
        const code = strs[s++];
        const message = strs[s++];
        v.unreadable(rel, Object.assign(new Error(message), code === "" ? {} : { code }));
        break;
      }
      case OP_ENTER: {
        const rel = strs[s++];
        const present = nums[n++];
        v.enterDir?.(rel, present);
        break;
      }
      case OP_LISTED: {
        const dir = strs[s++];
        const count3 = nums[n++];
        const entries = new Array(count3);
        for (let k = 0; k < count3; k++) {
          const name = strs[s++];
          const flags = nums[n++];
          entries[k] = new FlagListed(name, flags);
        }
        v.listed?.(dir, entries);
        break;
      }
      case OP_DEFER: {
        const seq = nums[n++];
        at.op = i + 1;
        at.str = s;
        at.num = n;
        return seq;
      }
    }
  }
  return void 0;
}

// src/targets/context.ts
var PROGRESS_EVERY = 4096;
async function measureTarget(input, fs) {
  const warnings = [];
  const ignore = loadIgnoreFile(input.contextDir, input.dockerfile, input.display);
  const plan = input.wantCopied && input.dockerfile !== void 0 ? readPlan(input) : void 0;
  if (plan) warnings.push(...plan.warnings);
  const selected = plan ? makeCopySelector(plan) : void 0;
  const context = new Tally(input.top);
  const dockerfileRel = input.dockerfile === void 0 ? void 0 : insideContext(input.contextDir, input.dockerfile);
  const tar = new TarSizeEstimate(dockerfileRel);
  const copied = new Tally(input.top);
  const listed2 = [];
  const listCopied = input.list === "copied";
  const listContext = input.list === "context";
  const wholeDirs = plan !== void 0 && selectsWholeDirectories(plan);
  let takenDir;
  const isCopied = (path, kind) => {
    if (!selected) return false;
    if (takenDir !== void 0 && hasPrefix(path, takenDir)) return true;
    const taken = selected(path);
    if (taken && wholeDirs && kind === "dir") takenDir = path + "/";
    return taken;
  };
  const diagnosis = input.diagnose ?? input.list === void 0 ? (await import("./diagnose-B2QZS6U7.js")).startDiagnosis({
    contextDir: input.contextDir,
    dockerfile: input.dockerfile,
    ignore,
    plan,
    display: input.display
  }) : void 0;
  const progress = input.progress;
  let seen = 0;
  let seenBytes = 0;
  try {
    const visitor = {
      entry(path, kind, size, inode) {
        seen++;
        seenBytes += size;
        if (progress && seen % PROGRESS_EVERY === 0) progress.update(seen, seenBytes, path.split("/", 1)[0]);
        context.add(path, kind, size, inode);
        tar.add(path, kind, size, inode);
        if (listContext && (kind === "file" || kind === "symlink")) listed2.push(path);
        const taken = isCopied(path, kind);
        if (taken) {
          copied.add(path, kind, size, inode);
          if (listCopied && (kind === "file" || kind === "symlink")) listed2.push(path);
        }
        diagnosis?.entry(path, kind, size, inode, taken);
      },
      unreadable(path, error) {
        context.markUnreadable(path);
        warnings.push(`cannot read ${path === "" ? "the context directory" : path}: ${error.code ?? error.message}; its size is unknown`);
      },
      probes: diagnosis?.probes,
      enterDir: diagnosis && ((dir, present) => diagnosis.enterDir(dir, present)),
      listed: diagnosis && ((dir, entries) => diagnosis.listed(dir, entries))
    };
    if (fs) walkContext(input.contextDir, ignore.matcher, visitor, fs);
    else await walkContextParallel(input.contextDir, ignore.matcher, visitor, input.parallel);
  } catch (e) {
    throw toInputError(e);
  } finally {
    progress?.finish();
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
      tarBytes: tar.finish(buildFiles(input, dockerfileRel)),
      ...context.finish()
    },
    copied: plan ? copiedSection(plan, input, copied) : null,
    warnings
  };
  if (diagnosis) report.diagnostics = diagnosis.finish(report.context.bytes);
  const base = plan?.base ?? {
    reference: void 0,
    reason: input.dockerfile === void 0 ? "no Dockerfile" : "the Dockerfile was not read"
  };
  return { report, listed: listed2, base };
}
function insideContext(contextDir, dockerfile) {
  const rel = relative2(contextDir, dockerfile);
  return rel === "" || rel.startsWith("..") || isAbsolute2(rel) ? void 0 : rel.split(sep2).join("/");
}
function buildFiles(input, dockerfileRel) {
  const size = (p, follow) => {
    try {
      return (follow ? statSync2(p) : lstatSync(p)).size;
    } catch {
      return void 0;
    }
  };
  const out = { dockerignoreBytes: size(join2(input.contextDir, ".dockerignore"), false) };
  if (input.dockerfile !== void 0) {
    const bytes = size(input.dockerfile, dockerfileRel === void 0);
    if (bytes !== void 0) out.dockerfile = { inside: dockerfileRel !== void 0, bytes };
  }
  return out;
}
function readPlan(input) {
  const file = input.display(input.dockerfile);
  const text = readBounded(input.dockerfile, { shown: file, what: "Dockerfile", maxBytes: READ_LIMITS.dockerfile }).toString("utf8");
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

// src/targets/resolve.ts
import { existsSync, realpathSync as realpathSync2, statSync as statSync3 } from "node:fs";
import { dirname as dirname2, join as join3, resolve } from "node:path";
function resolvePaths(cwd, context, file, fromConfig = false) {
  const abs = resolve(cwd, context);
  let st;
  try {
    st = statSync3(abs);
  } catch {
    throw new InputError("no such directory", context);
  }
  if (!st.isDirectory()) throw new InputError("not a directory", context);
  const contextDir = realpathSync2(abs);
  const workspace = realpathSync2(cwd);
  if (fromConfig && !isInside(workspace, contextDir)) {
    throw new InputError(
      `the context resolves to ${contextDir}, outside the workspace ${workspace}; a config file's targets stay inside it (name such a directory on the command line)`,
      context
    );
  }
  if (isInside(resolve(cwd), abs) && !isInside(workspace, contextDir)) {
    throw new InputError(`the context is a symlink to ${contextDir}, outside the workspace; docker-size-guard does not follow it`, context);
  }
  const candidates = file !== void 0 ? [resolve(cwd, file)] : [join3(abs, "Dockerfile"), join3(abs, "dockerfile")];
  const dockerfile = candidates.find((p) => existsSync(p));
  if (file !== void 0 && dockerfile === void 0) throw new InputError("no such file (docker build -f would fail)", file);
  if (dockerfile !== void 0) {
    const shown = file ?? dockerfile;
    const real = realpathSync2(dockerfile);
    const roots = [workspace, contextDir];
    if (!fromConfig && file !== void 0 && !isInside(workspace, resolve(cwd, file))) roots.push(realpathSync2(dirname2(dockerfile)));
    if (!roots.some((r) => isInside(r, real))) {
      throw new InputError(
        `the Dockerfile resolves to ${real}, outside the build context and the workspace; docker-size-guard does not follow it`,
        shown
      );
    }
    if (!statSync3(real).isFile()) throw new InputError("Dockerfile is not a file", shown);
  }
  return { contextDir, dockerfile, dockerfileMissing: dockerfile === void 0 ? candidates[0] : void 0 };
}

// src/targets/targets.ts
async function loadConfigFile(cwd, file) {
  const abs = resolve2(cwd, file);
  if (existsSync2(abs) && isInside(realpathSync3(cwd), abs) && !isInside(realpathSync3(cwd), realpathSync3(abs))) {
    throw new InputError(
      `the config file resolves to ${realpathSync3(abs)}, outside the workspace; docker-size-guard does not follow it`,
      file
    );
  }
  const text = readBounded(abs, { shown: file, what: "config file", maxBytes: READ_LIMITS.configFile }).toString("utf8");
  const { parseConfig } = await import("./config-ZZP67GFR.js");
  return parseConfig(text, file);
}
function targetSpecs(single, config) {
  if (!config) return [{ ...single, budgets: [] }];
  return config.targets.map((t) => ({
    name: t.name,
    context: t.context,
    file: t.dockerfile,
    target: t.target,
    buildArgs: { ...t.buildArgs, ...single.buildArgs },
    budgets: t.budgets,
    fromConfig: true
  }));
}
function budgetResolver(config, extra) {
  return (name) => [...config?.budgets ?? [], ...config?.targets.find((t) => t.name === name)?.budgets ?? [], ...extra];
}
async function measureSpec(spec, cwd, top, list2, progress) {
  const paths = resolvePaths(cwd, spec.context, spec.file, spec.fromConfig);
  const display = (p) => displayPath(cwd, p);
  if (list2 === "copied" && paths.dockerfile === void 0) {
    throw new InputError("no such file; --list copied needs the Dockerfile", display(paths.dockerfileMissing));
  }
  const measured = await measureTarget({
    contextArg: spec.context,
    contextDir: paths.contextDir,
    dockerfile: paths.dockerfile,
    target: spec.target,
    buildArgs: spec.buildArgs,
    top,
    list: list2,
    wantCopied: list2 !== "context",
    display,
    progress
  });
  if (spec.name !== void 0) measured.report.name = spec.name;
  if (paths.dockerfileMissing !== void 0) {
    measured.report.warnings.unshift(`no Dockerfile at ${display(paths.dockerfileMissing)}: only the build context is measured`);
  }
  return measured;
}

// src/util/progress-mode.ts
function progressMode(stderrIsTTY, env) {
  if (env.GITHUB_ACTIONS === "true") return "lines";
  return stderrIsTTY ? "tty" : "off";
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
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString("en-US");
  const digits = String(Math.abs(n));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

// src/context/progress.ts
var TTY_DELAY_MS = 500;
var TTY_EVERY_MS = 100;
var LINE_EVERY_MS = 1e4;
function walkProgressText(entries, bytes, top) {
  const where2 = top === "" ? "" : `, in ${escapeUnsafe(top)}`;
  return `walking the context: ${entries.toLocaleString("en")} ${entries === 1 ? "entry" : "entries"}, ${formatBytes(bytes)}${where2}`;
}
function createWalkProgress(io) {
  if (io.mode === "off") return void 0;
  const now = io.now ?? (() => performance.now());
  const started = now();
  let last = started;
  let drawn = false;
  return {
    update(entries, bytes, top) {
      const t = now();
      if (io.mode === "tty") {
        if (t - started < TTY_DELAY_MS || t - last < TTY_EVERY_MS) return;
        last = t;
        drawn = true;
        io.write(`\r\x1B[K${walkProgressText(entries, bytes, top)}`);
      } else {
        if (t - last < LINE_EVERY_MS) return;
        last = t;
        io.write(`docker-size-guard: ${walkProgressText(entries, bytes, top)}
`);
      }
    },
    finish() {
      if (io.mode === "tty" && drawn) io.write("\r\x1B[K");
      drawn = false;
    }
  };
}
function cliWalkProgress(stderrIsTTY, env, write) {
  return write ? createWalkProgress({ write, mode: progressMode(stderrIsTTY, env) }) : void 0;
}

// src/model/build.ts
function buildReport(version, targets) {
  return { schemaVersion: SCHEMA_VERSION, tool: { name: "docker-size-guard", version }, targets };
}

// src/render/list.ts
var C_ESCAPES = {
  7: "\\a",
  8: "\\b",
  9: "\\t",
  10: "\\n",
  11: "\\v",
  12: "\\f",
  13: "\\r",
  34: '\\"',
  92: "\\\\"
};
var octal = (s) => [...Buffer.from(s, "utf8")].map((b) => "\\" + b.toString(8).padStart(3, "0")).join("");
var UNSAFE_CHAR = new RegExp(UNSAFE_CHARS.source, "u");
var NEEDS_QUOTING = new RegExp(`["\\\\]|${UNSAFE_CHARS.source}|^\\s*::`, "u");
function quotePath(name) {
  if (!NEEDS_QUOTING.test(name)) return name;
  let out = '"';
  for (const c of name) {
    const cp = c.codePointAt(0);
    const esc = C_ESCAPES[cp];
    if (esc !== void 0) out += esc;
    else if (cp >= 56448 && cp <= 56575) out += "\\" + (cp - 56320).toString(8).padStart(3, "0");
    else if (UNSAFE_CHAR.test(c)) out += octal(c);
    else out += c;
  }
  return out + '"';
}
function renderList(paths, nul) {
  if (nul) return paths.map((p) => p + "\0").join("");
  return paths.map((p) => quotePath(p) + "\n").join("");
}

// src/render/json.ts
function renderJson(report) {
  return JSON.stringify(report, null, 2) + "\n";
}

// src/render/format.ts
function formatDelta(delta2, percent) {
  const sign = delta2 > 0 ? "+" : delta2 < 0 ? "\u2212" : "\xB1";
  const pct2 = percent === null ? "" : ` (${percent > 0 ? "+" : percent < 0 ? "\u2212" : "\xB1"}${Math.abs(percent).toFixed(1)}%)`;
  return `${sign}${formatBytes(Math.abs(delta2))}${pct2}`;
}
function formatLimit(l) {
  return l.kind === "percent" ? `${l.percent}%` : formatBytes(l.bytes);
}
function severity(percent, delta2) {
  if (delta2 === 0) return "";
  const p = percent === null ? Infinity : Math.abs(percent);
  if (delta2 > 0) return p >= 50 ? "\u{1F6A8}" : p >= 20 ? "\u{1F534}" : p >= 10 ? "\u{1F7E0}" : p >= 5 ? "\u{1F7E1}" : "\u{1F53A}";
  return p >= 20 ? "\u{1F49A}" : p >= 5 ? "\u{1F7E2}" : "\u{1F53B}";
}
function printable(s) {
  return escapeUnsafe(s);
}

// src/image/history.ts
function historyOfLayers(history, layerCount) {
  const withLayer = (history ?? []).filter((h) => h && !h.empty_layer);
  const out = [];
  for (let i = 0; i < layerCount; i++) {
    const h = withLayer[i];
    out.push({ createdBy: h?.created_by ?? "", created: h?.created ?? null, comment: h?.comment ?? null });
  }
  return out;
}
function instructionOf(createdBy) {
  let s = createdBy.replace(/\s+/g, " ").trim();
  s = s.replace(/ # buildkit$/, "");
  const nop = /^\/bin\/sh -c #\(nop\) ?(.*)$/.exec(s);
  if (nop) return nop[1].trim();
  const buildkitRun = /^RUN (?:\|\d+ (?:\S+=\S* )*)?\/bin\/sh -c (.*)$/.exec(s);
  if (buildkitRun) return `RUN ${buildkitRun[1]}`;
  const shell = /^(?:\|\d+ (?:\S+=\S* )*)?\/bin\/sh -c (.*)$/.exec(s);
  if (shell) return `RUN ${shell[1]}`;
  return s;
}
function shortInstruction(createdBy, max = 72) {
  const s = instructionOf(createdBy);
  if (s === "") return "(no history)";
  const chars = [...s];
  return chars.length <= max ? s : chars.slice(0, max - 1).join("") + "\u2026";
}
function normDest(d) {
  const t = d.replace(/\/+$/, "");
  return t === "" ? "/" : t;
}
function copiesWholeContext(createdBy, wholeContextDests) {
  const s = instructionOf(createdBy);
  const m = /^(?:COPY|ADD)((?: --\S+)*) (.+)$/.exec(s);
  if (!m) return false;
  const words = m[2].split(" ");
  if (words[0]?.startsWith("dir:") && words[1] === "in" && words.length === 3) {
    return wholeContextDests.some((d) => normDest(d) === normDest(words[2]));
  }
  if (words[0]?.startsWith("[")) {
    try {
      const arr = JSON.parse(m[2]);
      if (Array.isArray(arr)) return arr.slice(0, -1).some((w) => w === "." || w === "./");
    } catch {
      return false;
    }
  }
  return words.length >= 2 && words.slice(0, -1).some((w) => w === "." || w === "./");
}
function destinationOf(instruction) {
  const s = instruction.trim();
  if (s.endsWith("]")) {
    const open = s.indexOf("[");
    try {
      const arr = JSON.parse(s.slice(open));
      if (Array.isArray(arr) && typeof arr.at(-1) === "string") return arr.at(-1);
    } catch {
    }
  }
  const words = s.split(/\s+/);
  return words.length >= 3 ? words.at(-1) : void 0;
}
function describeLayer(l, max = 72) {
  if (instructionOf(l.createdBy) !== "") return shortInstruction(l.createdBy, max);
  return l.comment ? shortInstruction(`(${l.comment})`, max) : "(no history)";
}

// src/render/image-text.ts
function renderImageText(image2) {
  if (!image2) return [];
  if (!image2.ok) return ["", `  Image ${printable(image2.reference)} (${image2.source}): could not be measured: ${printable(image2.error)}`];
  const out = [];
  const all = [image2, ...image2.otherPlatforms];
  for (const img of all) {
    out.push("", `  Image ${printable(image2.reference)} (${image2.source}${img.platform ? `, ${img.platform}` : ""})`);
    out.push(...imageLines(img));
  }
  if (image2.index) out.push(`    index ${image2.index.digest ?? ""} lists ${image2.index.platforms.join(", ")}`.trimEnd());
  for (const w of image2.warnings) out.push(`    ! ${printable(w)}`);
  return out;
}
function imageLines(img) {
  const out = [];
  const sizes = [];
  if (img.unpackedBytes !== null) sizes.push(`unpacked ${formatBytes(img.unpackedBytes)} (files)`);
  if (img.uncompressedBytes !== null) sizes.push(`uncompressed ${formatBytes(img.uncompressedBytes)} (layer tars)`);
  if (img.compressedBytes !== null) sizes.push(`compressed ${formatBytes(img.compressedBytes)}`);
  if (img.downloadBytes !== null) sizes.push(`pull downloads ${formatBytes(img.downloadBytes)} (config + layers)`);
  out.push(`    ${sizes.join(", ")}; ${img.layerCount} layer${img.layerCount === 1 ? "" : "s"}`);
  if (img.engineReportedBytes !== null)
    out.push(`    engine's own Size: ${formatBytes(img.engineReportedBytes)} (its meaning depends on the image store)`);
  if (img.base && img.own) {
    out.push(`    base ${printable(img.base.reference)}: ${split(img.base)}; own: ${split(img.own)}`);
  }
  const basis = img.sizeBasis === "unpacked" ? "unpacked" : "compressed";
  out.push("", `    Layers (size ${basis})`);
  out.push(`      ${"#".padStart(3)}  ${"size".padStart(9)}  ${"share".padStart(6)}  created by`);
  for (const l of img.layers) out.push(layerLine(l, img));
  const w = img.waste;
  if (w) {
    out.push(
      "",
      `    Wasted: ${formatBytes(w.reclaimableBytes)} reclaimable, efficiency ${pct(w.efficiency)} (dive: wastedBytes ${formatBytes(w.dive.wastedBytes)}, efficiency ${pct(w.dive.efficiency)}${w.dive.wastedUserPercent === null ? "" : `, user wasted ${pct(w.dive.wastedUserPercent)}`})`
    );
    if (w.excluded.length > 0) out.push(`      excluding ${w.excluded.map(printable).join(", ")}`);
    for (const p of w.topPaths) {
      out.push(
        `      ${formatBytes(p.reclaimableBytes).padStart(9)}  ${printable(p.path)}  (${p.cause} in layer ${p.removedIn.join(", ")}; added in ${p.addedIn.join(", ")})`
      );
    }
  }
  return out;
}
function layerLine(l, img) {
  const size = (img.sizeBasis === "unpacked" ? l.unpackedBytes : l.compressedBytes ?? l.uncompressedBytes) ?? 0;
  const marks = [];
  if (l.base === true) marks.push("[base]");
  const flags = [];
  if (l.flags.includes("copies-whole-context")) flags.push("copies the whole build context");
  if (l.flags.includes("large-share")) flags.push(`over ${pct(img.layerShareThreshold)} of the image`);
  const gun = flags.length > 0 ? `  <-- ${flags.join("; ")}` : "";
  return `      ${String(l.index).padStart(3)}  ${formatBytes(size).padStart(9)}  ${pct(l.share).padStart(6)}  ${[...marks, printable(describeLayer(l))].join(" ")}${gun}`;
}
function split(s) {
  const size = s.unpackedBytes ?? s.compressedBytes;
  return `${s.layers} layer${s.layers === 1 ? "" : "s"}${size === null ? "" : `, ${formatBytes(size)}`}`;
}
function pct(x) {
  return `${(x * 100).toFixed(1)}%`;
}

// src/render/terminal.ts
import { stripVTControlCharacters, styleText } from "node:util";
var PLAIN = { color: false, width: void 0 };
var MIN_WIDTH = 40;
function wantsColor(env, isTTY) {
  const force = env.FORCE_COLOR;
  if (force !== void 0) return !["0", "false"].includes(force.toLowerCase());
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return isTTY && env.TERM !== "dumb";
}
function terminalFor(env, isTTY, columns) {
  const fromEnv = Number.parseInt(env.COLUMNS ?? "", 10);
  const width = !isTTY ? void 0 : columns !== void 0 && columns > 0 ? columns : Number.isFinite(fromEnv) ? fromEnv : void 0;
  return { color: wantsColor(env, isTTY), width: width !== void 0 && width >= MIN_WIDTH ? width : void 0 };
}
function paint(t, style, text) {
  if (!t.color || text === "") return text;
  return styleText(style, text, { validateStream: false });
}
function wrap(t, line, hang) {
  const width = t.width;
  if (width === void 0 || visible(line) <= width) return [line];
  const indent = /^ */.exec(line)[0];
  const words = line.slice(indent.length).split(" ");
  const out = [];
  let current = indent;
  let empty = true;
  const pad3 = " ".repeat(Math.min(hang, width - MIN_WIDTH / 2));
  for (const word of words) {
    const candidate = empty ? current + word : `${current} ${word}`;
    if (!empty && visible(candidate) > width) {
      out.push(current);
      current = pad3 + word;
    } else current = candidate;
    empty = false;
  }
  out.push(current);
  return out;
}
function visible(line) {
  return [...stripVTControlCharacters(line)].length;
}

// src/render/diagnostics-text.ts
var MAX_DRIFT = 15;
function renderFixBlockText(d, t = PLAIN) {
  if (!d?.block) return [];
  const sv = d.savings;
  const how = d.block.create ? `Create ${printable(d.block.file)} with` : `Append to ${printable(d.block.file)}`;
  const out = [
    "",
    ...wrap(
      t,
      `  ${how} (or run again with --fix): saves ${formatBytes(sv.removed)}, the context goes from ${formatBytes(sv.before)} to ${formatBytes(sv.after)}`,
      4
    )
  ];
  for (const l of d.block.text.replace(/^\n/, "").replace(/\n$/, "").split("\n"))
    out.push(`    ${paint(t, l.startsWith("#") ? "dim" : "cyan", printable(l))}`);
  return out;
}
function renderDiagnosticsText(d, t = PLAIN) {
  if (!d) return [];
  const out = [];
  const total = d.savings.before;
  if (d.families.length > 0 && total > 0) {
    out.push("", "  Where the bytes are");
    const width = Math.max(...d.families.map((f) => f.label.length));
    for (const f of d.families) {
      const pct2 = f.bytes / total * 100;
      const bar = "#".repeat(Math.round(pct2 / 4));
      out.push(`    ${f.label.padEnd(width)}  ${pad(formatBytes(f.bytes))}  ${pct2.toFixed(1).padStart(5)}%  ${bar}`.trimEnd());
    }
  }
  if (d.suggestions.length > 0) {
    out.push("", "  Suggested .dockerignore lines (savings of each line count the lines above it)");
    out.push(...wrap(t, `    ${"saves".padStart(9)}  ${"files".padStart(7)}  line`, 26));
    for (const s of d.suggestions) {
      const notes = [
        ...s.copiedBytes > 0 ? [`also removes ${formatBytes(s.copiedBytes)} from the image`] : [],
        ...s.note ? [s.note] : []
      ];
      const note = notes.length > 0 ? `  (${notes.join("; ")})` : "";
      out.push(
        ...wrap(
          t,
          `    ${pad(formatBytes(s.bytes))}  ${formatCount(s.files).padStart(7)}  ${(printable(s.line) + note).trimEnd()}`.replace(
            / +$/,
            ""
          ),
          26
        )
      );
    }
    const sv = d.savings;
    out.push(
      ...wrap(
        t,
        `    The block removes ${formatBytes(sv.removed)} (${formatCount(sv.removed)} bytes) in ${files(sv.removedFiles)}: the context goes from ${formatBytes(sv.before)} to ${formatBytes(sv.after)}.`,
        6
      )
    );
    if (d.block && d.block.contextGrowth > 0) {
      out.push(
        `    (${printable(d.block.file)} is in the context: the block itself adds ${formatCount(d.block.contextGrowth)} bytes to it.)`
      );
    }
  }
  if (d.withheld.length > 0) {
    out.push("", "  Not suggested: the build needs part of what they would remove");
    for (const w of d.withheld) {
      const need = w.neededBy.map((n) => `${printable(n.instruction)} (${printable(n.file)}${n.line > 0 ? `:${n.line}` : ""}) needs ${printable(n.path)}`).join("; ");
      out.push(...wrap(t, `    ${pad(formatBytes(w.bytes))}  ${printable(w.line)}  \u2014 ${need}`, 17));
    }
  }
  if (d.findings.length > 0) {
    out.push("", "  Findings");
    for (const f of d.findings) {
      const [first, ...rest] = wrap(t, `    ${f.severity.padEnd(7)}  ${where(f)}${printable(f.message)}`, 13);
      const color = f.severity === "error" ? "red" : f.severity === "warning" ? "yellow" : "blue";
      out.push(first.replace(f.severity, paint(t, color, f.severity)), ...rest);
    }
  }
  const drift = d.drift;
  if (drift.items.length > 0) {
    out.push("", `  .gitignore vs .dockerignore (what a fresh checkout in CI cannot show)`);
    for (const i of drift.items.slice(0, MAX_DRIFT)) {
      const what = i.status === "present" ? `${formatBytes(i.bytes)} in ${files(i.files)} here${i.examples.length > 0 ? ` (${i.examples.map(printable).join(", ")})` : ""}` : "nothing here now, and the ignore file would not exclude it";
      const line = i.dockerLine === "" ? "" : ` -> add "${printable(i.dockerLine)}"`;
      const need = i.neededBy && i.neededBy.length > 0 ? `; ${needText(i.neededBy[0])}` : "";
      out.push(
        ...wrap(
          t,
          `    ${i.status.padEnd(7)}  ${printable(i.file)}:${i.line} ${JSON.stringify(printable(i.pattern))}${line}: ${what}${need}`,
          13
        )
      );
    }
    if (drift.items.length > MAX_DRIFT) out.push(`    ... and ${drift.items.length - MAX_DRIFT} more (see --format json)`);
    if (drift.covered > 0) out.push(`    ${formatCount(drift.covered)} more gitignore rules are covered by the ignore file.`);
  }
  return out;
}
function needText(n) {
  if (n.line === 0) return `${printable(n.instruction)} reads it (${printable(n.file)}), so a clean checkout cannot build`;
  if (/^the (exception|comment) /.test(n.instruction))
    return `${printable(n.file)}:${n.line} keeps it in the context (${printable(n.instruction)}), but a clean checkout lacks it`;
  return `${printable(n.file)}:${n.line} needs it (${printable(n.instruction)}), so a clean checkout cannot build`;
}
function files(n) {
  return `${formatCount(n)} file${n === 1 ? "" : "s"}`;
}
function where(f) {
  if (f.file === void 0) return "";
  return `${printable(f.file)}${f.line !== void 0 ? `:${f.line}` : ""}  `;
}
function pad(s) {
  return s.padStart(9);
}

// src/render/text.ts
function renderText(report, ctx = {}) {
  const t = ctx.terminal ?? PLAIN;
  const cmpOf = (target2) => ctx.comparison?.targets.find((c) => c.name === target2.name);
  const parts = report.targets.map((target2) => renderSummary(target2, cmpOf(target2), t));
  if (ctx.comparison && !ctx.comparison.hasBaseline && ctx.baselineNote)
    parts.push(lines(t, [`No baseline: ${printable(ctx.baselineNote)}`]));
  for (const c of ctx.comparison?.targets ?? [])
    if (c.status === "removed") parts.push(`Target ${printable(c.name)}: removed since the baseline
`);
  if (ctx.verdict) parts.push(renderVerdict(ctx.verdict, t, ctx.budgets));
  for (const target2 of report.targets) {
    const details = renderDetails(target2, cmpOf(target2), t);
    if (details.length > 0) parts.push(`${paint(t, "bold", `Details of ${printable(target2.name)}`)}
${details.join("\n")}
`);
  }
  return parts.join("\n");
}
function lines(t, ls, extra = 4) {
  return ls.flatMap((l) => wrap(t, l, /^ */.exec(l)[0].length + extra)).join("\n") + "\n";
}
function renderVerdict(v, t, budgets = v.breaches.length + v.unchecked.length) {
  const unknown = v.unchecked.map(
    (u) => `  ${u.unknown ? u.level === "fail" ? "FAIL" : "warn" : "note"}  ${printable(u.target)}: ${u.key} unchecked: ${printable(u.reason)}`
  );
  if (v.breaches.length === 0 && unknown.length > 0) {
    const within = budgets > unknown.length ? "the others within budget, " : "";
    const head2 = `${within}${unknown.length} unchecked${v.failed ? " (failing)" : ""}`;
    return `Budgets: ${paint(t, v.failed ? ["bold", "red"] : "yellow", head2)}
${unknown.join("\n")}
`;
  }
  if (v.breaches.length === 0) return budgets === 0 ? "Budgets: none set\n" : `Budgets: ${paint(t, "green", "all within budget")}
`;
  const rows = v.breaches.map((b) => {
    const unit = (n) => b.limit.kind === "percent" ? `${n === Infinity ? "\u221E" : n.toFixed(1)}%` : formatBytes(n);
    const what = b.key.endsWith("-increase") ? `${b.key.replace(/-increase$/, "")} growth` : b.key;
    const text = `  ${b.level === "fail" ? "FAIL" : "warn"}  ${printable(b.target)}: ${what} ${unit(b.actual)} is over ${formatLimit(b.limit)} by ${unit(b.margin)} (${printable(b.source)})`;
    return wrap(t, text, 8).map(
      (l, i) => i === 0 ? l.replace(/^ {2}(FAIL|warn)/, (_, w) => `  ${paint(t, w === "FAIL" ? ["bold", "red"] : "yellow", w)}`) : l
    ).join("\n");
  });
  const head = `${v.breaches.length} breached${v.failed ? " (failing)" : ""}`;
  return `Budgets: ${paint(t, v.failed ? ["bold", "red"] : "yellow", head)}
${[...rows, ...unknown].join("\n")}
`;
}
function delta(c, key, t) {
  const m = c?.metrics.find((x) => x.key === key);
  if (!c || c.status !== "compared" || !m || m.delta === null) return c?.status === "added" ? "  (new target)" : "";
  if (!m.changed) return "  (unchanged)";
  return `  ${paint(t, m.delta > 0 ? "red" : "green", formatDelta(m.delta, m.percent))}`;
}
function renderSummary(target2, cmp, t) {
  const out = [];
  const c = target2.context;
  out.push(
    ...wrap(t, `Build context of ${printable(c.path)}${target2.name !== c.path ? ` (target ${printable(target2.name)})` : ""}`, 2).map(
      (l) => paint(t, "bold", l)
    )
  );
  out.push(
    ...wrap(
      t,
      `  ignore file: ${c.ignoreFile === null ? "none (everything is sent)" : `${printable(c.ignoreFile)} (${c.patterns} ${c.patterns === 1 ? "pattern" : "patterns"})`}`,
      4
    )
  );
  out.push("");
  out.push(`  context   ${paint(t, "bold", pad2(formatBytes(c.bytes)))}  ${counts(c)}${delta(cmp, "context", t)}`);
  if (target2.copied) {
    const w = target2.copied.wholeContext;
    const how = w.length > 0 ? `  whole context: ${w.map((i) => `${printable(i.instruction)} (${printable(target2.copied.dockerfile)}:${i.line})`).join(", ")}` : "";
    const line = `  copied    ${paint(t, "bold", pad2(formatBytes(target2.copied.bytes)))}  ${counts(target2.copied)}${delta(cmp, "copied", t)}  [stage ${printable(target2.copied.target)}]${how}`;
    out.push(...wrap(t, line, 23));
  }
  if (c.tarBytes !== void 0) {
    out.push(
      ...wrap(
        t,
        `  as tar    ${pad2(formatBytes(c.tarBytes))}  what the classic builder sends ("Sending build context"), with tar headers and padding`,
        23
      )
    );
  }
  out.push(...renderFixBlockText(target2.diagnostics, t));
  return out.join("\n") + "\n";
}
function renderDetails(target2, cmp, t) {
  const out = [];
  const c = target2.context;
  if (cmp && cmp.paths.length > 0) {
    out.push("", "  Changed since the baseline");
    for (const p of cmp.paths) {
      const d = paint(t, p.delta > 0 ? "red" : "green", formatDelta(p.delta, null).padStart(10));
      out.push(`    ${d}  ${printable(p.path)}${p.status === "new" ? "  (new)" : p.status === "gone" ? "  (gone)" : ""}`);
    }
  }
  if (c.largestFiles.length > 0) {
    out.push("", "  Largest files");
    for (const f of c.largestFiles) out.push(`    ${pad2(formatBytes(f.bytes))}  ${printable(f.path)}`);
  }
  if (c.largestDirectories.length > 0) {
    out.push("", "  Largest directories");
    for (const d of c.largestDirectories) out.push(`    ${pad2(formatBytes(d.bytes))}  ${printable(d.path)}/  (${count2(d.files, "file")})`);
  }
  out.push(...renderImageText(target2.image));
  out.push(...renderDiagnosticsText(target2.diagnostics, t));
  if (target2.warnings.length > 0) {
    out.push("", "  Warnings");
    for (const w of target2.warnings)
      out.push(...wrap(t, `    ! ${printable(w)}`, 6).map((l, i) => i === 0 ? l.replace("! ", paint(t, "yellow", "!") + " ") : l));
  }
  return out.slice(out[0] === "" ? 1 : 0).flatMap((l) => wrap(t, l, /^ */.exec(l)[0].length + 4));
}
function counts(t) {
  const parts = [count2(t.files, "file"), count2(t.symlinks, "symlink"), count2(t.directories, "directory", "directories")];
  if (t.unreadable > 0) parts.push(`${formatCount(t.unreadable)} unreadable`);
  return parts.join(", ");
}
function pad2(s) {
  return s.padStart(9);
}
function count2(n, one, many = one + "s") {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
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
var HIGH_UNIT = /[\ud800-\uffff]/;
function sortCodePoints(list2) {
  return list2.some((s) => HIGH_UNIT.test(s)) ? list2.sort(compareCodePoints) : list2.sort();
}

// src/cli/baseline-file.ts
import { readFileSync } from "node:fs";
function loadBaselineFile(path, shown) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    return { report: void 0, note: `${shown} cannot be read (${e.code ?? "error"})` };
  }
  try {
    return { report: parseBaseline(JSON.parse(text), shown) };
  } catch (e) {
    if (e instanceof SyntaxError) return { report: void 0, note: `${shown} is not JSON` };
    if (e instanceof InputError) return { report: void 0, note: e.oneLine() };
    throw e;
  }
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
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
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
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines2 = [];
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
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
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
    lines2.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines2.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/render/escape.ts
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
  "\\": "&#92;",
  $: "&#36;"
  // no math blocks
};
var MAX_NAME = 160;
var BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
function escapeMarkdown(s) {
  const shortened = s.length > MAX_NAME ? s.slice(0, MAX_NAME / 2 - 1) + "\u2026" + s.slice(s.length - MAX_NAME / 2) : s;
  return shortened.replace(/\r\n|\r|\n|\u2028|\u2029/g, "\u23CE").replace(/[\u0000-\u001f\u007f-\u009f]/g, "\uFFFD").replace(/[\ud800-\udfff]/gu, "\uFFFD").replace(/[&<>"|`@#*_~[\]\\$]/g, (ch2) => ENTITIES[ch2]).replace(BIDI, (ch2) => `&lt;U+${ch2.codePointAt(0).toString(16).toUpperCase()}&gt;`).replace(/:\/\//g, "&#58;//").replace(/\bwww\./gi, (m) => m.slice(0, 3) + "&#46;");
}

// src/render/html.ts
function sizeCell(bytes) {
  if (!Number.isSafeInteger(bytes)) return "\u2013";
  return `<span title="${bytes} bytes">${formatBytes(bytes)}</span>`;
}
function detailsSection(summary2, body) {
  return `<details><summary>${summary2}</summary>

${body}

</details>
`;
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
    const ch2 = c[i];
    if (ch2 === "*") out += "dsg";
    else if (ch2 === "?") out += "q";
    else if (ch2 === "\\" && i + 1 < c.length) out += c[++i];
    else if (ch2 === "[") {
      const end = c.indexOf("]", i + 2);
      if (end < 0) return out + ch2;
      const body = c.slice(i + 1, end);
      out += body[0] === "^" || body[0] === "!" ? "~" : body[0] === "\\" ? body[1] ?? "" : body[0];
      i = end;
    } else out += ch2;
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

// src/render/diagnostics-markdown.ts
var MARK = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
function renderDiagnosticsMarkdown(d, name, rows) {
  if (!d || rows <= 0) return [];
  const body = [];
  const sv = d.savings;
  const slices = d.families.filter((f) => Object.hasOwn(FAMILY_LABELS, f.family) && Number.isSafeInteger(f.bytes) && f.bytes > 0);
  if (slices.length > 0) {
    body.push("```mermaid", "pie showData title Build context by family (bytes)");
    for (const f of slices) body.push(`    "${FAMILY_LABELS[f.family]}" : ${f.bytes}`);
    body.push("```", "");
  }
  if (d.suggestions.length > 0) {
    const table = [["Line", "Saves", "Files", "Family", "Also out of the image", "For example"]];
    for (const s of d.suggestions.slice(0, rows * 2)) {
      table.push([
        escapeMarkdown(s.line),
        sizeCell(s.bytes),
        formatCount(s.files),
        escapeMarkdown(familyLabel(s.family)),
        s.copiedBytes > 0 ? sizeCell(s.copiedBytes) : "\u2013",
        escapeMarkdown(s.examples.join(", "))
      ]);
    }
    body.push(markdownTable(table, { align: ["l", "r", "r", "l", "r", "l"] }), "");
    if (d.suggestions.length > rows * 2) body.push(`_${d.suggestions.length - rows * 2} more lines in the block below._`, "");
    body.push(
      `Each line's savings count the lines above it. The block removes ${sizeCell(sv.removed)} in ${plural(sv.removedFiles, "file")}: the context goes from ${sizeCell(sv.before)} to **${sizeCell(sv.after)}**.`,
      ""
    );
  }
  if (d.block && !UNWRITABLE.test(d.block.text.replace(/\n/g, ""))) {
    const how = d.block.create ? `Create ${escapeMarkdown(d.block.file)} with` : `Append to ${escapeMarkdown(d.block.file)}`;
    body.push(`${how} (\`docker-size-guard --fix\` does it):`, "", "```", d.block.text.replace(/^\n/, "").replace(/\n$/, ""), "```", "");
  }
  if (d.withheld.length > 0) {
    const table = [["Line", "Would remove", "Not suggested because"]];
    for (const w of d.withheld.slice(0, rows)) {
      const why = w.neededBy.map((n) => `${escText(n.instruction)} (${escapeMarkdown(n.file)}${n.line > 0 ? `:${n.line}` : ""}) needs ${escapeMarkdown(n.path)}`).join("; ");
      table.push([escapeMarkdown(w.line), sizeCell(w.bytes), why]);
    }
    body.push(markdownTable(table, { align: ["l", "r", "l"] }), "");
  }
  if (d.findings.length > 0) {
    body.push("**Findings**", "");
    for (const f of d.findings.slice(0, rows * 3)) {
      const at = f.file === void 0 ? "" : `${escapeMarkdown(f.file)}${f.line !== void 0 ? `:${f.line}` : ""}: `;
      body.push(`- ${MARK[f.severity]} ${at}${escText(f.message)}`);
    }
    if (d.findings.length > rows * 3) body.push(`- \u2026 ${d.findings.length - rows * 3} more in the JSON report`);
    body.push("");
  }
  if (d.drift.items.length > 0) {
    const table = [[".gitignore rule", "Docker line", "Here", "Status"]];
    for (const i of d.drift.items.slice(0, rows * 2)) {
      table.push([
        `${escapeMarkdown(i.file)}:${i.line} ${escapeMarkdown(i.pattern)}`,
        i.dockerLine === "" ? "\u2013" : escapeMarkdown(i.dockerLine),
        i.status === "present" ? `${sizeCell(i.bytes)} in ${plural(i.files, "file")}` : "\u2013",
        i.status === "present" ? "in the context" : "risk: not excluded"
      ]);
    }
    body.push("**.gitignore vs .dockerignore** (a clean checkout in CI lacks these paths; developers' machines have them)", "");
    body.push(markdownTable(table, { align: ["l", "l", "r", "l"] }), "");
  }
  if (body.length === 0) return [];
  const summary2 = sv.removed > 0 ? `${escapeMarkdown(name)}: what to add to the ignore file (saves ${formatBytes(sv.removed)} of ${formatBytes(sv.before)})` : `${escapeMarkdown(name)}: diagnostics`;
  const open = d.suggestions.length > 0 || d.findings.some((f) => f.severity === "error") ? " open" : "";
  return [`<details${open}><summary>${summary2}</summary>

${body.join("\n").trimEnd()}

</details>
`];
}
function escText(s) {
  return s.split(" ").map(escapeMarkdown).join(" ");
}
function plural(n, word) {
  return `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;
}
function familyLabel(family) {
  return Object.hasOwn(FAMILY_LABELS, family) ? FAMILY_LABELS[family] : "unknown";
}

// src/image/provenance.ts
function norm(p) {
  const t = p.replace(/\/+$/, "").replace(/^\.\//, "");
  return t === "" ? "/" : t;
}
function underDestination(path, dest) {
  const d = norm(dest);
  if (d === "/") return path.replace(/^\/+/, "");
  if (path === d) return "";
  return path.startsWith(d + "/") ? path.slice(d.length + 1) : void 0;
}
function contextSizes(t) {
  const m = /* @__PURE__ */ new Map();
  const add = (list2) => {
    for (const p of list2 ?? []) if (!m.has(norm(p.path))) m.set(norm(p.path), p.bytes);
  };
  add(t.copied?.largestDirectories);
  add(t.copied?.largestFiles);
  add(t.context.largestDirectories);
  add(t.context.largestFiles);
  add(t.context.shallow);
  return m;
}
function copyWords(createdBy) {
  const s = instructionOf(createdBy);
  const m = /^(COPY|ADD)((?: --\S+)*) (.+)$/.exec(s);
  if (!m) return void 0;
  if (/--from=/.test(m[2])) return void 0;
  const rest = m[3];
  let words;
  if (rest.startsWith("[")) {
    try {
      const arr = JSON.parse(rest);
      if (!Array.isArray(arr) || !arr.every((w) => typeof w === "string")) return void 0;
      words = arr;
    } catch {
      return void 0;
    }
  } else words = rest.split(" ");
  if (words.length === 3 && /^(dir|file|multi):/.test(words[0]) && words[1] === "in")
    return { sources: [words[0]], dest: words[2], classic: true };
  const dest = destinationOf(`${m[1]} ${rest}`) ?? words.at(-1);
  if (words.length < 2 || dest === void 0) return void 0;
  return { sources: words.slice(0, -1), dest, classic: false };
}
function contextOrigin(path, createdBy, t) {
  if (createdBy === null) return void 0;
  const w = copyWords(createdBy);
  if (!w) return void 0;
  const sizes = contextSizes(t);
  const instruction = instructionOf(createdBy);
  let candidates = [];
  if (w.classic) {
    const dests = (t.copied?.wholeContext ?? []).map((i) => destinationOf(i.instruction)).filter((d) => d !== void 0);
    if (!copiesWholeContext(createdBy, dests)) return void 0;
    const rel = underDestination(path, w.dest);
    if (rel !== void 0) candidates = [rel];
  } else if (w.sources.length === 1 && !/[*?[]/.test(w.sources[0]) && !/^[a-z]+:\/\//i.test(w.sources[0])) {
    const src = norm(w.sources[0]);
    const base = src === "." || src === "/" ? "" : src;
    if (w.dest.startsWith("/")) {
      const rel = underDestination(path, w.dest);
      if (rel !== void 0) candidates = [base && rel ? `${base}/${rel}` : base || rel];
    } else {
      const parts = path.split("/").filter(Boolean);
      for (let k = 1; k <= parts.length; k++) {
        const tail = parts.slice(parts.length - k).join("/");
        candidates.push(base ? `${base}/${tail}` : tail);
      }
    }
  }
  for (const c of candidates) {
    if (c === "") continue;
    const bytes = sizes.get(c);
    if (bytes === void 0 && candidates.length > 1) continue;
    return { instruction, contextPath: c, bytes: bytes ?? null, family: familyOf(c, t) };
  }
  return void 0;
}
function familyOf(contextPath2, t) {
  const d = t.diagnostics;
  if (!d) return null;
  for (const s of d.suggestions) {
    if (s.family === "other" || s.family === "ignore-fix") continue;
    if (s.examples.some((e) => contextPath2 === e || contextPath2.startsWith(e + "/"))) {
      return d.families.find((f) => f.family === s.family)?.label ?? s.family;
    }
  }
  return null;
}

// src/render/image-markdown.ts
function renderImageMarkdown(image2, targetName, maxRows = 1e3) {
  if (!image2) return [];
  if (!image2.ok) {
    return [
      `> [!WARNING]
> The image ${escapeMarkdown(image2.reference)} (${image2.source}) of ${escapeMarkdown(targetName)} could not be measured: ${escapeMarkdown(image2.error)}`,
      ""
    ];
  }
  const out = [];
  for (const img of [image2, ...image2.otherPlatforms]) {
    const title = `Image ${escapeMarkdown(image2.reference)}${img.platform ? ` (${escapeMarkdown(img.platform)})` : ""}`;
    out.push(`#### ${title}`, "");
    out.push(summary(img, image2.source), "");
    const guns = img.smokingGuns.map((i) => img.layers[i]).filter((l) => l.flags.includes("copies-whole-context") || l.flags.includes("large-share"));
    if (guns.length > 0) {
      const lines2 = guns.map((l) => `layer ${l.index} (${pct(l.share)}): ${escapeMarkdown(describeLayer(l))}`);
      out.push(`> [!WARNING]
> Smoking gun: ${lines2.join("; ")}`, "");
    }
    if (maxRows === 0) continue;
    out.push(detailsSection(`Layers of ${title}`, layersTable(img, maxRows)));
    if (img.waste && img.waste.topPaths.length > 0) {
      const rows = [
        ["Reclaimable", "Path", "Lost by", "Added in layer", "Removed in layer"],
        ...img.waste.topPaths.slice(0, maxRows).map((p) => [sizeCell(p.reclaimableBytes), escapeMarkdown(p.path), p.cause, p.addedIn.join(", "), p.removedIn.join(", ")])
      ];
      out.push(detailsSection(`Wasted space in ${title}`, markdownTable(rows, { align: ["r", "l", "l", "r", "r"] })));
    }
  }
  if (image2.warnings.length > 0 && maxRows > 0) out.push(detailsSection("Image warnings", image2.warnings.map((w) => `- ${escapeMarkdown(w)}`).join("\n")));
  return out;
}
function summary(img, source) {
  const rows = [["Figure", "Value"]];
  rows.push(["Source", source]);
  if (img.unpackedBytes !== null) rows.push(["Unpacked (files)", sizeCell(img.unpackedBytes)]);
  if (img.uncompressedBytes !== null) rows.push(["Uncompressed (layer tars)", sizeCell(img.uncompressedBytes)]);
  if (img.compressedBytes !== null) rows.push(["Compressed", sizeCell(img.compressedBytes)]);
  if (img.downloadBytes !== null) rows.push(["Pull downloads (config + layers)", sizeCell(img.downloadBytes)]);
  rows.push(["Layers", String(img.layerCount)]);
  if (img.base && img.own) {
    rows.push([
      `Base (${escapeMarkdown(img.base.reference)})`,
      `${img.base.layers} layer${img.base.layers === 1 ? "" : "s"}, ${sizeCell(img.base.unpackedBytes ?? img.base.compressedBytes ?? 0)}`
    ]);
    rows.push([
      "Own layers",
      `${img.own.layers} layer${img.own.layers === 1 ? "" : "s"}, ${sizeCell(img.own.unpackedBytes ?? img.own.compressedBytes ?? 0)}`
    ]);
  }
  if (img.waste) {
    rows.push(["Wasted (reclaimable)", `${sizeCell(img.waste.reclaimableBytes)}, efficiency ${pct(img.waste.efficiency)}`]);
    rows.push(["dive's wastedBytes / efficiency", `${sizeCell(img.waste.dive.wastedBytes)} / ${pct(img.waste.dive.efficiency)}`]);
  }
  return markdownTable(rows, { align: ["l", "r"] });
}
function layersTable(img, maxRows) {
  const rows = [["#", "Size", "Share", "Created by", ""]];
  const shown = new Set(
    [...img.layers].sort((a, b) => b.share - a.share).slice(0, maxRows).map((l) => l.index)
  );
  for (const l of img.layers) {
    if (!shown.has(l.index)) continue;
    const s = (img.sizeBasis === "unpacked" ? l.unpackedBytes : l.compressedBytes ?? l.uncompressedBytes) ?? 0;
    const notes = [];
    if (l.base === true) notes.push("base");
    if (l.flags.includes("copies-whole-context")) notes.push("copies the whole context");
    if (l.flags.includes("large-share")) notes.push(`over ${pct(img.layerShareThreshold)}`);
    rows.push([String(l.index), sizeCell(s), pct(l.share), escapeMarkdown(describeLayer(l)), notes.join(", ")]);
  }
  return markdownTable(rows, { align: ["r", "r", "r", "l", "l"] });
}
function renderImageGrowthMarkdown(t, c, minChange, maxRows) {
  if (!c || !c.imagePathsCompared || maxRows === 0) return [];
  const name = escapeMarkdown(t.name);
  if (c.imagePaths.length === 0) {
    return [
      `<details><summary>${name}: nothing inside the image moved by ${escapeMarkdown(formatLimit(minChange))} or more</summary>

Compared path by path with the baseline's image (every directory to depth 4, the 200 largest directories and files).

</details>
`
    ];
  }
  const culprits = /* @__PURE__ */ new Map();
  const rows = [["Path", "Before", "After", "\u0394", "Added by"]];
  for (const p of c.imagePaths.slice(0, maxRows)) {
    const origin = p.delta > 0 ? contextOrigin(p.path, p.createdBy, t) : void 0;
    if (origin?.family)
      culprits.set(origin.contextPath + (p.kind === "directory" ? "/" : ""), { family: origin.family, bytes: origin.bytes });
    rows.push([
      escapeMarkdown(p.path + (p.kind === "directory" ? "/" : "")) + (p.status === "new" ? " (new)" : p.status === "gone" ? " (gone)" : ""),
      p.status === "new" ? "\u2013" : sizeCell(p.baseline),
      p.status === "gone" ? "\u2013" : sizeCell(p.current),
      formatDelta(p.delta, p.status === "new" ? null : p.delta / p.baseline * 100),
      addedBy(p, origin)
    ]);
  }
  const body = [markdownTable(rows, { align: ["l", "r", "r", "r", "l"] })];
  if (culprits.size > 0) {
    const list2 = [...culprits].map(
      ([path, k]) => `${escapeMarkdown(k.family.toLowerCase())} (${escapeMarkdown(path)}${k.bytes === null ? "" : `, ${sizeCell(k.bytes)}`})`
    );
    body.push(
      "",
      `> [!WARNING]
> Culprits from the build context are in the image: ${list2.join("; ")}. The suggested \`.dockerignore\` lines below keep them out of the context and the image.`
    );
  }
  const moved = c.imagePaths.length;
  return [
    `#### ${name}: what grew in the image`,
    "",
    `${moved} path${moved === 1 ? "" : "s"} inside the image moved by ${escapeMarkdown(formatLimit(minChange))} or more since the baseline:`,
    "",
    ...body,
    ""
  ];
}
function addedBy(p, origin) {
  if (p.layer === null) return "\u2013";
  const where2 = p.layerOf === "current" ? `layer ${p.layer}` : `baseline layer ${p.layer}`;
  const what = p.createdBy === null ? "" : `: ${escapeMarkdown(shortInstruction(p.createdBy, 60))}`;
  if (!origin) return p.layerOf === "current" ? `${where2}${what}` : `${where2}${what}`;
  const from = `${escapeMarkdown(origin.contextPath + (p.kind === "directory" ? "/" : ""))} in the context${origin.bytes === null ? "" : ` (${sizeCell(origin.bytes)})`}`;
  return `${where2}${what} \u2190 ${from}`;
}

// src/render/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
var DETAIL_STEPS = [
  { rows: 10, sections: true },
  { rows: 5, sections: true },
  { rows: 3, sections: true },
  { rows: 0, sections: false }
];
function renderMarkdown(report, ctx = {}) {
  const max = ctx.maxLength ?? GITHUB_COMMENT_LIMIT;
  const top = ctx.top ?? DETAIL_STEPS[0].rows;
  const steps = [{ rows: top, sections: true }, ...DETAIL_STEPS.filter((d) => d.rows < top)];
  for (const [i, detail] of steps.entries()) {
    const trimmed = i > 0;
    const text = render(report, ctx, detail, trimmed);
    if (text.length <= max) return text;
  }
  const note = "\n\n_Report cut to fit GitHub's comment limit; the full report is in the JSON output._\n";
  const full = render(report, ctx, DETAIL_STEPS[DETAIL_STEPS.length - 1], true);
  const cut = full.slice(0, Math.max(0, max - note.length));
  return cut.slice(0, Math.max(0, cut.lastIndexOf("\n"))) + note;
}
function render(report, ctx, detail, trimmed) {
  const out = [`## ${totalsLine(report, ctx)}`, "", `**${verdictLine(report, ctx)}**`, ""];
  out.push(baselineLine(ctx), "");
  for (const note of ctx.notes ?? []) out.push(note, "");
  out.push(summaryTable(report, ctx), "");
  const breaches = ctx.verdict?.breaches ?? [];
  const unchecked = ctx.verdict?.unchecked ?? [];
  if (breaches.length > 0 || unchecked.length > 0) {
    out.push(
      ...breachList(breaches),
      ...unchecked.map(
        (u) => `- ${u.unknown ? u.level === "fail" ? "\u274C" : "\u26A0\uFE0F" : "\u2139\uFE0F"} **${escapeMarkdown(u.target)}**: the ${u.key} budget could not be checked: ${escapeMarkdown(u.reason)}`
      ),
      ""
    );
  }
  if (detail.sections) {
    for (const t of report.targets) {
      const c = ctx.comparison?.targets.find((x) => x.name === t.name);
      if (c && ctx.comparison) out.push(...renderImageGrowthMarkdown(t, c, ctx.comparison.minChange, detail.rows));
      out.push(...targetDetails(t, c, detail));
    }
  }
  if (trimmed) out.push("_Details were trimmed to fit GitHub's comment limit; the full report is in the JSON output._", "");
  out.push(
    `<sub>docker-size-guard ${escapeMarkdown(report.tool.version)} \xB7 sizes in decimal units (1 MB = 1,000,000 bytes) \xB7 hover a size for the exact byte count</sub>`
  );
  return out.join("\n") + "\n";
}
function totalsLine(report, ctx) {
  const parts = [];
  for (const key of ["context", "copied", "image"]) {
    let current = 0;
    let baseline = 0;
    let delta2 = 0;
    let known = false;
    let compared = false;
    for (const t of report.targets) {
      const m = ctx.comparison?.targets.find((c) => c.name === t.name)?.metrics.find((x) => x.key === key);
      const cur = m ? m.current : currentFigure(t, key);
      if (cur === null) continue;
      known = true;
      current += cur;
      if (ctx.comparison?.hasBaseline && m && m.baseline !== null && m.delta !== null) {
        compared = true;
        baseline += m.baseline;
        delta2 += m.delta;
      }
    }
    if (!known) continue;
    if (!compared) {
      parts.push(`${key} ${formatBytes(current)}`);
      continue;
    }
    const percent = baseline > 0 ? delta2 / baseline * 100 : null;
    const change = delta2 === 0 ? "\xB10" : formatDelta(delta2, percent);
    parts.push(`${key} ${change}${delta2 === 0 ? "" : ` ${severity(percent, delta2)}`}`.trimEnd());
  }
  return `\u{1F4E6} Docker size: ${parts.join(" \xB7 ")}`;
}
function verdictLine(report, ctx) {
  const v = ctx.verdict;
  const errors = report.targets.flatMap((t) => t.diagnostics?.findings.filter((f) => f.severity === "error") ?? []);
  const secrets = errors.filter((f) => f.rule === "secret-in-context").length;
  const breaks = errors.filter((f) => f.rule === "excludes-needed").length;
  const other = errors.length - secrets - breaks;
  const raised = [
    ...secrets > 0 ? [`${secrets === 1 ? "a secret" : `${secrets} secrets`} copied into the image`] : [],
    ...breaks > 0 ? [`${breaks === 1 ? "an ignore line breaks" : `${breaks} ignore lines break`} a COPY`] : [],
    ...other > 0 ? [`${plural2(other, "error")} in the findings`] : []
  ];
  const fails = v ? v.breaches.filter((b) => b.level === "fail").length : 0;
  const warns = v ? v.breaches.length - fails : 0;
  const budgets = budgetCount(ctx);
  let budget;
  if (fails > 0) budget = `${plural2(fails, "budget")} exceeded${warns ? `, ${plural2(warns, "warning")}` : ""}`;
  else if (v?.failed) budget = "a budget could not be checked (unreadable entries)";
  else if (warns > 0) budget = plural2(warns, "warning");
  else if (budgets > 0) budget = v && v.unchecked.length === budgets ? "budgets not checked (see below)" : "within budget";
  else budget = "no budgets set";
  const mark = fails > 0 || v?.failed || raised.length > 0 ? "\u274C" : warns > 0 ? "\u26A0\uFE0F" : budgets > 0 && v && v.unchecked.length < budgets ? "\u2705" : "\u2139\uFE0F";
  return `${mark} Docker size: ${[...raised, budget].join(" \xB7 ")}`;
}
function budgetCount(ctx) {
  return ctx.budgets ?? (ctx.verdict ? ctx.verdict.breaches.length + ctx.verdict.unchecked.length : 0);
}
function plural2(n, word) {
  return `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;
}
function baselineLine(ctx) {
  if (!ctx.comparison) return "";
  if (!ctx.comparison.hasBaseline)
    return `> [!NOTE]
> No baseline to compare with${ctx.baselineNote ? `: ${escapeMarkdown(ctx.baselineNote)}` : ""}. Absolute figures only.`;
  const b = ctx.baseline ?? {};
  const parts = [b.commit && /^[0-9a-f]{7,40}$/.test(b.commit) ? `\`${b.commit.slice(0, 12)}\`` : "the baseline"];
  if (b.date) parts.push(`of ${escapeMarkdown(b.date)}`);
  const run = b.runUrl && /^https:\/\/[^\s()<>]+$/.test(b.runUrl) ? ` ([run](${b.runUrl}))` : "";
  return `Compared with ${parts.join(" ")}${run}; changes under ${escapeMarkdown(formatLimit(ctx.comparison.minChange))} count as unchanged.`;
}
var COLUMNS = METRICS.filter((m) => "column" in m).map((m) => ({ key: m.key, title: m.column }));
function summaryTable(report, ctx) {
  const comparisons = ctx.comparison?.targets ?? [];
  const withImage = comparisons.some((c) => metric2(c, "image")?.current != null || metric2(c, "image")?.baseline != null);
  const columns = COLUMNS.filter((c) => c.key !== "image" || withImage);
  const header = ["Target"];
  for (const c of columns) header.push(c.title, ...ctx.comparison ? ["\u0394"] : []);
  const budgetColumn = ctx.verdict !== void 0 && budgetCount(ctx) > 0;
  if (budgetColumn) header.push("Budget");
  const rows = [header];
  const names = [...report.targets.map((t) => t.name), ...comparisons.filter((c) => c.status === "removed").map((c) => c.name)];
  for (const name of names) {
    const t = report.targets.find((x) => x.name === name);
    const c = comparisons.find((x) => x.name === name);
    const row = [escapeMarkdown(name) + (c?.status === "added" ? " (new)" : c?.status === "removed" ? " (removed)" : "")];
    for (const col of columns) {
      const m = c ? metric2(c, col.key) : void 0;
      const current = m ? m.current : t ? currentFigure(t, col.key) : null;
      row.push(current === null ? "\u2013" : sizeCell(current));
      if (ctx.comparison) row.push(m ? deltaCell(m, c) : "");
    }
    if (budgetColumn) row.push(budgetCell(ctx.verdict, name));
    rows.push(row);
  }
  return markdownTable(rows, { align: ["l", ...rows[0].slice(1).map(() => "r")] });
}
function currentFigure(t, key) {
  return metric(key).read(targetFigures(t));
}
function metric2(c, key) {
  return c.metrics.find((m) => m.key === key);
}
function deltaCell(m, c) {
  if (c.status === "added") return "new";
  if (c.status === "removed") return "removed";
  if (m.delta === null) return "\u2013";
  if (!m.changed) return "unchanged";
  return `${severity(m.percent, m.delta)} ${formatDelta(m.delta, m.percent)}`.trim();
}
function budgetCell(v, target2) {
  const own = v.breaches.filter((b) => b.target === target2);
  const unknown = v.unchecked.filter((u) => u.unknown && u.target === target2);
  if (own.some((b) => b.level === "fail") || unknown.some((u) => u.level === "fail")) return "\u274C";
  if (own.length > 0 || unknown.length > 0) return "\u26A0\uFE0F";
  if (v.unchecked.some((u) => u.target === target2)) return "\u2139\uFE0F";
  return "\u2705";
}
function breachList(breaches) {
  return breaches.map((b) => {
    const mark = b.level === "fail" ? "\u274C" : "\u26A0\uFE0F";
    const figure = b.limit.kind === "percent" ? `${b.actual === Infinity ? "growth from 0" : `+${b.actual.toFixed(1)}%`}` : formatBytes(b.actual);
    const margin = b.limit.kind === "percent" ? b.margin === Infinity ? "" : ` (by ${b.margin.toFixed(1)} points)` : ` (by ${formatBytes(b.margin)})`;
    const what = b.key.endsWith("-increase") ? `${b.key.replace(/-increase$/, "")} growth` : b.key;
    const label = b.acceptedBy !== void 0 && /^[A-Za-z0-9 ._/():+=,-]{1,100}$/.test(b.acceptedBy) ? `\`${b.acceptedBy}\`` : escapeMarkdown(b.acceptedBy ?? "");
    const accepted = b.acceptedBy !== void 0 ? ` \u2014 accepted by label ${label}` : "";
    return `- ${mark} **${escapeMarkdown(b.target)}**: ${what} ${figure} is over the ${b.acceptedBy !== void 0 ? "fail" : b.level} budget of ${escapeMarkdown(formatLimit(b.limit))}${margin}, set by ${escapeMarkdown(b.source)}${accepted}`;
  });
}
function targetDetails(t, c, detail) {
  const out = [];
  const name = escapeMarkdown(t.name);
  const whole = t.copied?.wholeContext ?? [];
  if (whole.length > 0) {
    const where2 = whole.map((i) => `line ${i.line}: ${escapeMarkdown(i.instruction)}`).join("; ");
    out.push(`> [!NOTE]
> **${name}** copies the whole build context (${escapeMarkdown(t.copied.dockerfile)} ${where2}).`, "");
  }
  if (c && c.paths.length > 0 && detail.rows > 0) {
    const rows = [
      ["Path", "Before", "After", "\u0394"],
      ...c.paths.slice(0, detail.rows).map((p) => [
        escapeMarkdown(p.path) + (p.status === "new" ? " (new)" : p.status === "gone" ? " (gone)" : ""),
        p.baseline === null ? "\u2013" : sizeCell(p.baseline),
        p.current === null ? "\u2013" : sizeCell(p.current),
        formatDelta(p.delta, p.baseline ? p.delta / p.baseline * 100 : null)
      ])
    ];
    out.push(detailsSection(`${name}: what changed since the baseline`, markdownTable(rows, { align: ["l", "r", "r", "r"] })));
  }
  if (detail.rows > 0 && t.context.largestFiles.length > 0) {
    const rows = [["Size", "File"], ...t.context.largestFiles.slice(0, detail.rows).map((f) => [sizeCell(f.bytes), escapeMarkdown(f.path)])];
    out.push(detailsSection(`${name}: largest files in the context`, markdownTable(rows, { align: ["r", "l"] })));
  }
  if (detail.rows > 0 && t.context.largestDirectories.length > 0) {
    const rows = [
      ["Size", "Files", "Directory"],
      ...t.context.largestDirectories.slice(0, detail.rows).map((d) => [sizeCell(d.bytes), formatCount(d.files), escapeMarkdown(d.path + "/")])
    ];
    out.push(detailsSection(`${name}: largest directories in the context`, markdownTable(rows, { align: ["r", "r", "l"] })));
  }
  if (c && c.layers.some((l) => l.status !== "kept" || l.delta !== 0) && detail.rows > 0) {
    const changed = c.layers.filter((l) => l.status !== "kept" || l.delta !== 0).slice(0, detail.rows);
    const rows = [
      ["Layer", "Before", "After", "\u0394"],
      ...changed.map((l) => [
        escapeMarkdown(l.createdBy.slice(0, 80)) + (l.status === "added" ? " (new)" : l.status === "removed" ? " (removed)" : ""),
        l.baseline === null ? "\u2013" : sizeCell(l.baseline),
        l.current === null ? "\u2013" : sizeCell(l.current),
        formatDelta(l.delta, l.baseline ? l.delta / l.baseline * 100 : null)
      ])
    ];
    out.push(detailsSection(`${name}: image layers that changed`, markdownTable(rows, { align: ["l", "r", "r", "r"] })));
  }
  out.push(...renderImageMarkdown(t.image, t.name, detail.rows));
  out.push(...renderDiagnosticsMarkdown(t.diagnostics, t.name, detail.rows));
  if (t.warnings.length > 0 && detail.rows > 0)
    out.push(
      detailsSection(
        `${name}: warnings`,
        t.warnings.slice(0, detail.rows * 2).map((w) => `- ${escapeMarkdown(w)}`).join("\n")
      )
    );
  return out;
}

// src/cli/fix.ts
import { closeSync as closeSync2, constants as constants2, fstatSync as fstatSync2, lstatSync as lstatSync2, openSync as openSync2, realpathSync as realpathSync4, writeSync } from "node:fs";
import { dirname as dirname3, resolve as resolve3 } from "node:path";
var nodeFixFs = {
  read(abs) {
    try {
      lstatSync2(abs);
    } catch {
      return void 0;
    }
    return readBounded(abs, { shown: abs, what: "the ignore file", maxBytes: READ_LIMITS.ignoreFile, noFollow: true });
  },
  append(abs, text, create) {
    const flags = constants2.O_WRONLY | constants2.O_APPEND | constants2.O_NOFOLLOW | constants2.O_NONBLOCK | (create ? constants2.O_CREAT | constants2.O_EXCL : 0);
    const fd = openSync2(abs, flags, 420);
    try {
      if (!fstatSync2(fd).isFile()) throw new InputError("--fix writes only to a regular file", abs);
      const buf = Buffer.from(text, "utf8");
      for (let n = 0; n < buf.length; ) n += writeSync(fd, buf, n);
    } finally {
      closeSync2(fd);
    }
  }
};
function confine(abs, roots, shown) {
  let dir;
  try {
    dir = realpathSync4(dirname3(abs));
  } catch (e) {
    throw new InputError(`--fix cannot reach its directory: ${e.code ?? e.message}`, shown);
  }
  if (!roots.some((r) => isInside(r, dir))) {
    throw new InputError(`--fix writes only inside the build context or the workspace; this file's directory resolves to ${dir}`, shown);
  }
}
function realRoot(p) {
  try {
    return realpathSync4(p);
  } catch {
    return void 0;
  }
}
function applyFixes(report, cwd, fs = nodeFixFs) {
  const out = [];
  const done = /* @__PURE__ */ new Set();
  for (const t of report.targets) {
    const block = t.diagnostics?.block;
    if (!block) {
      out.push(`--fix: nothing to add for ${t.name}: no suggested lines.`);
      continue;
    }
    const abs = resolve3(cwd, block.file);
    if (done.has(abs)) continue;
    done.add(abs);
    const roots = [realRoot(cwd), t.context?.path === void 0 ? void 0 : realRoot(resolve3(cwd, t.context.path))].filter(
      (r) => r !== void 0
    );
    confine(abs, roots, block.file);
    let current;
    try {
      current = fs.read(abs);
    } catch (e) {
      if (e instanceof InputError) throw new InputError(`--fix: ${e.message}`, block.file);
      throw new InputError(`--fix cannot read it: ${e.code ?? e.message}`, block.file);
    }
    if (block.create && current !== void 0) throw new InputError("--fix: it appeared after it was measured; run again", block.file);
    if (!block.create && current === void 0) throw new InputError("--fix: it disappeared after it was measured; run again", block.file);
    const body = block.text.replace(/^\n/, "");
    const text = current !== void 0 && current.length > 0 && current[current.length - 1] !== 10 ? "\n" + body : body;
    try {
      fs.append(abs, text, block.create);
    } catch (e) {
      if (e instanceof InputError) throw new InputError(e.message, block.file);
      if (e.code === "ELOOP") throw new InputError("--fix does not write through a symlink", block.file);
      throw new InputError(`--fix cannot write it: ${e.code ?? e.message}`, block.file);
    }
    const lines2 = body.split("\n").filter((l) => l !== "" && !l.startsWith("#")).length;
    out.push(
      `--fix: ${block.create ? "created" : "appended to"} ${block.file}: ${lines2} line${lines2 > 1 ? "s" : ""} (${Buffer.byteLength(text)} bytes), existing lines untouched:`
    );
    out.push(
      ...body.replace(/\n$/, "").split("\n").map((l) => `    ${l}`)
    );
  }
  return out.map((l) => l + "\n").join("");
}

// src/cli/main.ts
async function runCli(argv, { cwd, env = {}, stdoutIsTTY = false, stdoutColumns, stderrIsTTY, writeStderr }) {
  try {
    const opts = parseArgs(argv, env);
    if (opts.help) return { code: 0, stdout: USAGE + "\n", stderr: "" };
    if (opts.version) return { code: 0, stdout: VERSION_LINE, stderr: "" };
    const config = opts.config === void 0 ? void 0 : await loadConfigFile(cwd, opts.config);
    const specs = targetSpecs({ context: opts.context, file: opts.file, target: opts.target, buildArgs: opts.buildArgs }, config);
    const measured = [];
    for (const spec of specs)
      measured.push(await measureSpec(spec, cwd, opts.top, opts.list, cliWalkProgress(stderrIsTTY, env, writeStderr)));
    if (opts.list) return { code: 0, stdout: renderList(sortCodePoints(measured[0].listed), opts.nul), stderr: "" };
    if (opts.image !== void 0 || opts.imageArchive !== void 0 || config?.targets.some((t) => t.image !== void 0 || t.imageArchive !== void 0)) {
      const { measureTargetImages } = await import("./images-XO4OAA2J.js");
      await measureTargetImages(opts, config, specs, measured, cwd, { env, stderrIsTTY, writeStderr });
    }
    const report = buildReport(
      VERSION,
      measured.map((m) => m.report)
    );
    const baseline = opts.baseline === void 0 ? void 0 : loadBaselineFile(resolve4(cwd, opts.baseline), opts.baseline);
    const minChange = opts.minChange ?? config?.minChange ?? DEFAULT_MIN_CHANGE;
    report.comparison = compareReports(report, baseline?.report, { minChange });
    const budgetsFor = budgetResolver(config, opts.budgets);
    report.verdict = decide(report.comparison, budgetsFor, opts.failOnBudget ?? config?.failOnBudget ?? true);
    if (opts.output !== void 0) writeFileSync(resolve4(cwd, opts.output), renderJson(report));
    const budgets = report.targets.reduce((n, t) => n + budgetsFor(t.name).length, 0);
    const ctx = {
      comparison: report.comparison,
      verdict: report.verdict,
      baselineNote: baseline?.report ? void 0 : baseline?.note,
      budgets,
      top: opts.top,
      terminal: terminalFor(env, stdoutIsTTY, stdoutColumns)
    };
    const stdout = opts.format === "json" ? renderJson(report) : opts.format === "markdown" ? renderMarkdown(report, ctx) : renderText(report, ctx);
    const fixed = opts.fix ? applyFixes(report, cwd) : "";
    return {
      code: report.verdict.failed ? 1 : 0,
      stdout: opts.format === "text" ? stdout + (fixed && "\n" + fixed) : stdout,
      stderr: opts.format === "text" ? "" : fixed
    };
  } catch (e) {
    if (e instanceof InputError) return { code: 2, stdout: "", stderr: prefixLines(e.oneLine()) };
    const err = e;
    const stack = env.DOCKER_SIZE_GUARD_DEBUG ? `${err.stack ?? ""}
` : "";
    return {
      code: 2,
      stdout: "",
      stderr: `docker-size-guard: internal error: ${safeLine(String(err.message).split("\n")[0])} (set DOCKER_SIZE_GUARD_DEBUG=1 for details)
${stack}`
    };
  }
}
function prefixLines(text) {
  return text.split("\n").map((l) => `docker-size-guard: ${l}
`).join("");
}
function isEntryPoint() {
  try {
    return process.argv[1] !== void 0 && realpathSync5(process.argv[1]) === realpathSync5(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
async function runProcess(argv) {
  const result = await runCli(argv, {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY,
    stdoutColumns: process.stdout.columns,
    stderrIsTTY: process.stderr.isTTY,
    writeStderr: (s) => process.stderr.write(s)
  });
  process.stdout.write(fsPath(result.stdout));
  process.stderr.write(fsPath(result.stderr));
  process.exitCode = result.code;
}
if (isEntryPoint()) await runProcess(process.argv.slice(2));

export {
  escapeUnsafe,
  safeLine,
  InputError,
  UsageError,
  parseLimit,
  BUDGET_KEYS,
  isBudgetKey,
  parseBudget,
  DEFAULT_LAYER_SHARE,
  DEFAULT_PLATFORM,
  formatPlatform,
  platformMatches,
  isInside,
  hasPrefix,
  hasSuffix,
  shapeOf,
  LinearRegexp,
  PatternMatcher,
  makeCopySelector,
  TopN,
  popFramesNotHolding,
  parseIgnoreFile,
  compareCodePoints,
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
  formatBytes,
  formatCount,
  progressMode,
  historyOfLayers,
  copiesWholeContext,
  destinationOf,
  runCli,
  runProcess
};
