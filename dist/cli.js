#!/usr/bin/env node
import { createRequire as __dsgCreateRequire } from 'node:module';
const require = __dsgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target2, all) => {
  for (var name in all)
    __defProp(target2, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target2) => (target2 = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target2, "default", { value: mod, enumerable: true }) : target2,
  mod
));

// src/util/terminal.ts
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
var UNSAFE_CHARS;
var init_terminal = __esm({
  "src/util/terminal.ts"() {
    "use strict";
    UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]/gu;
  }
});

// src/util/errors.ts
function safeLine(s) {
  const line = escapeUnsafe(s.replace(/[\r\n]+/g, " "));
  return line.length > MAX_ERROR_LINE ? line.slice(0, MAX_ERROR_LINE) + "\u2026" : line;
}
var MAX_ERROR_LINE, InputError, UsageError;
var init_errors = __esm({
  "src/util/errors.ts"() {
    "use strict";
    init_terminal();
    MAX_ERROR_LINE = 1e3;
    InputError = class extends Error {
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
    UsageError = class extends InputError {
    };
  }
});

// src/model/figures.ts
function imageBytes(i) {
  return i.unpackedBytes ?? i.uncompressedBytes;
}
function layerBytes(l) {
  return l.unpackedBytes ?? l.uncompressedBytes ?? l.compressedBytes ?? 0;
}
var init_figures = __esm({
  "src/model/figures.ts"() {
    "use strict";
  }
});

// src/model/metrics.ts
function metric(key) {
  return METRICS.find((m) => m.key === key);
}
var METRICS, FIGURES;
var init_metrics = __esm({
  "src/model/metrics.ts"() {
    "use strict";
    init_figures();
    METRICS = [
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
    FIGURES = METRICS.filter((m) => m.budgetable).map((m) => m.key);
  }
});

// src/model/report.ts
var SCHEMA_VERSION, SHALLOW_LIMIT;
var init_report = __esm({
  "src/model/report.ts"() {
    "use strict";
    SCHEMA_VERSION = 1;
    SHALLOW_LIMIT = 200;
  }
});

// src/model/fields.ts
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
var MAX_TARGETS, MAX_LIST, MAX_STRING, Invalid, MIGRATIONS, absolutePath;
var init_fields = __esm({
  "src/model/fields.ts"() {
    "use strict";
    init_errors();
    init_report();
    MAX_TARGETS = 100;
    MAX_LIST = 1e3;
    MAX_STRING = 4096;
    Invalid = class extends Error {
    };
    MIGRATIONS = {};
    absolutePath = (v, at) => {
      const p = str(v, at);
      if (!p.startsWith("/")) throw new Invalid(`${at} must be an absolute path`);
      return p;
    };
  }
});

// src/model/baseline.ts
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
var MAX_TREE_LIST;
var init_baseline = __esm({
  "src/model/baseline.ts"() {
    "use strict";
    init_fields();
    init_report();
    MAX_TREE_LIST = 2e3;
  }
});

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
    const open2 = s.indexOf("[");
    try {
      const arr = JSON.parse(s.slice(open2));
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
var init_history = __esm({
  "src/image/history.ts"() {
    "use strict";
  }
});

// src/image/media-types.ts
var OCI_INDEX, DOCKER_LIST, OCI_MANIFEST, DOCKER_MANIFEST, OCI_CONFIG, DOCKER_CONFIG, INDEX_TYPES, MANIFEST_TYPES, CONFIG_TYPES;
var init_media_types = __esm({
  "src/image/media-types.ts"() {
    "use strict";
    OCI_INDEX = "application/vnd.oci.image.index.v1+json";
    DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
    OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
    OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
    DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json";
    INDEX_TYPES = /* @__PURE__ */ new Set([OCI_INDEX, DOCKER_LIST]);
    MANIFEST_TYPES = /* @__PURE__ */ new Set([OCI_MANIFEST, DOCKER_MANIFEST]);
    CONFIG_TYPES = /* @__PURE__ */ new Set([OCI_CONFIG, DOCKER_CONFIG]);
  }
});

// src/image/platform.ts
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
var ARCH_ALIASES, DEFAULT_PLATFORM;
var init_platform = __esm({
  "src/image/platform.ts"() {
    "use strict";
    init_errors();
    ARCH_ALIASES = {
      x86_64: "amd64",
      "x86-64": "amd64",
      aarch64: "arm64",
      armhf: "arm",
      armel: "arm",
      i386: "386"
    };
    DEFAULT_PLATFORM = { os: "linux", architecture: "amd64" };
  }
});

// src/image/reference.ts
function looksLikeHost(component) {
  return component.includes(".") || component.includes(":") || component === "localhost" || component.startsWith("[");
}
function parseReference(input) {
  const bad = (why) => new UsageError(`invalid image reference ${JSON.stringify(input)}: ${why}`);
  let rest = input.trim();
  if (rest === "") throw bad("empty");
  let digest = null;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw bad("bad digest");
  }
  let registry = DEFAULT_REGISTRY;
  let explicitRegistry = false;
  const slash = rest.indexOf("/");
  if (slash > 0 && looksLikeHost(rest.slice(0, slash))) {
    registry = rest.slice(0, slash);
    explicitRegistry = true;
    rest = rest.slice(slash + 1);
    if (!HOST.test(registry)) throw bad("bad registry host");
  }
  let tag = null;
  const colon = rest.lastIndexOf(":");
  if (colon >= 0 && !rest.slice(colon).includes("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw bad("bad tag");
  }
  if (rest === "") throw bad("no repository");
  for (const c of rest.split("/"))
    if (!COMPONENT.test(c))
      throw bad(`bad repository name component ${JSON.stringify(c)} (lower case letters, digits and separators only)`);
  if (registry === "index.docker.io") registry = DEFAULT_REGISTRY;
  if (registry === DEFAULT_REGISTRY && !rest.includes("/")) rest = `library/${rest}`;
  if (tag === null && digest === null) tag = "latest";
  return { registry, explicitRegistry, repository: rest, tag, digest };
}
function formatReference(r) {
  return `${r.registry}/${r.repository}${r.tag !== null ? `:${r.tag}` : ""}${r.digest !== null ? `@${r.digest}` : ""}`;
}
function sameReference(a, b) {
  try {
    const x = parseReference(a);
    const y = parseReference(b);
    if (x.registry !== y.registry || x.repository !== y.repository) return false;
    if (x.digest !== null && y.digest !== null) return x.digest === y.digest;
    return x.tag === y.tag || x.digest !== null !== (y.digest !== null);
  } catch {
    return false;
  }
}
function manifestRef(r) {
  return r.digest ?? r.tag ?? "latest";
}
var DEFAULT_REGISTRY, COMPONENT, TAG, DIGEST, HOST;
var init_reference = __esm({
  "src/image/reference.ts"() {
    "use strict";
    init_errors();
    DEFAULT_REGISTRY = "docker.io";
    COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
    TAG = /^[\w][\w.-]{0,127}$/;
    DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
    HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::\d+)?$/;
  }
});

// src/image/tar.ts
function typeOf(flag) {
  switch (flag) {
    case "0":
    case "7":
    case "S":
      return "file";
    case "1":
      return "hardlink";
    case "2":
      return "symlink";
    case "5":
      return "dir";
    default:
      return "other";
  }
}
function isZero(h) {
  for (let i = 0; i < BLOCK; i += 8) if (h.readBigUInt64LE(i) !== 0n) return false;
  return true;
}
function checksum(h) {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i];
  return sum;
}
function cString(b, off, len) {
  let end = off;
  const max = off + len;
  while (end < max && b[end] !== 0) end++;
  return b.toString("utf8", off, end);
}
function parseOctal(b, off, len) {
  const s = b.toString("latin1", off, off + len).replace(/[\0 ]+$/, "").replace(/^[ \0]+/, "");
  if (s === "") return 0;
  if (!/^[0-7]+$/.test(s)) return void 0;
  return parseInt(s, 8);
}
function parseNumeric(b, off, len) {
  if (b[off] & 128) {
    if (b[off] & 64) return void 0;
    let v = b[off] & 63;
    for (let i = 1; i < len; i++) v = v * 256 + b[off + i];
    return Number.isSafeInteger(v) ? v : void 0;
  }
  return parseOctal(b, off, len);
}
function parsePax(body, offset) {
  const rec = {};
  let i = 0;
  while (i < body.length) {
    const sp = body.indexOf(32, i);
    if (sp < 0) break;
    const n = parseInt(body.toString("latin1", i, sp), 10);
    if (!(n > 0) || i + n > body.length) throw new TarError("corrupt tar: bad pax record", offset);
    const kv = body.toString("utf8", sp + 1, i + n - 1);
    const eq = kv.indexOf("=");
    if (eq > 0) rec[kv.slice(0, eq)] = kv.slice(eq + 1);
    i += n;
  }
  return rec;
}
var TarError, BLOCK, MAX_META, TarParser;
var init_tar = __esm({
  "src/image/tar.ts"() {
    "use strict";
    TarError = class extends Error {
      constructor(message, offset) {
        super(message);
        this.offset = offset;
      }
      offset;
    };
    BLOCK = 512;
    MAX_META = 1 << 20;
    TarParser = class {
      /** @param withData yield 'data' events (otherwise entry data is skipped without copying). */
      constructor(withData = true) {
        this.withData = withData;
      }
      withData;
      /** Bytes consumed so far. */
      offset = 0;
      /** Two zero blocks (or one, as some writers do, followed by the end of the stream) were seen. */
      ended = false;
      header = Buffer.alloc(BLOCK);
      headerFill = 0;
      /** Data bytes left in the current entry, then padding bytes to skip. */
      dataLeft = 0;
      padLeft = 0;
      inEntry = false;
      zeroBlocks = 0;
      /** Collecting a pax/GNU metadata record instead of yielding data. */
      meta;
      paxLocal = {};
      paxGlobal = {};
      longName;
      longLink;
      *push(chunk) {
        let pos = 0;
        const len = chunk.length;
        while (pos < len) {
          if (this.ended) {
            this.offset += len - pos;
            return;
          }
          if (this.dataLeft > 0) {
            const n2 = Math.min(this.dataLeft, len - pos);
            if (this.meta)
              this.meta.parts.push(Buffer.from(chunk.subarray(pos, pos + n2)));
            else if (this.withData) yield { kind: "data", chunk: chunk.subarray(pos, pos + n2) };
            this.dataLeft -= n2;
            pos += n2;
            this.offset += n2;
            if (this.dataLeft === 0) yield* this.finishEntry();
            continue;
          }
          if (this.padLeft > 0) {
            const n2 = Math.min(this.padLeft, len - pos);
            this.padLeft -= n2;
            pos += n2;
            this.offset += n2;
            continue;
          }
          const n = Math.min(BLOCK - this.headerFill, len - pos);
          if (n === BLOCK) {
            yield* this.onHeader(chunk.subarray(pos, pos + BLOCK));
          } else {
            chunk.copy(this.header, this.headerFill, pos, pos + n);
            this.headerFill += n;
            if (this.headerFill === BLOCK) {
              this.headerFill = 0;
              yield* this.onHeader(this.header);
            }
          }
          pos += n;
          this.offset += n;
        }
      }
      /** The stream ended: throws TarError when it ended inside an entry or a header. */
      end() {
        if (this.ended) return;
        if (this.headerFill > 0) throw new TarError(`truncated: the stream ends inside a tar header`, this.offset);
        if (this.inEntry || this.dataLeft > 0 || this.meta)
          throw new TarError(`truncated: the stream ends inside an entry (${this.dataLeft} bytes missing)`, this.offset);
        this.ended = true;
      }
      *finishEntry() {
        if (this.meta) {
          const body = Buffer.concat(this.meta.parts);
          const flag = this.meta.flag;
          this.meta = void 0;
          this.inEntry = false;
          if (flag === "x") Object.assign(this.paxLocal, parsePax(body, this.offset));
          else if (flag === "g") Object.assign(this.paxGlobal, parsePax(body, this.offset));
          else if (flag === "L") this.longName = cString(body, 0, body.length);
          else if (flag === "K") this.longLink = cString(body, 0, body.length);
          return;
        }
        if (this.inEntry) {
          this.inEntry = false;
          yield { kind: "end-entry" };
        }
      }
      *onHeader(h) {
        const start = this.offset;
        if (isZero(h)) {
          this.zeroBlocks++;
          if (this.zeroBlocks >= 2) this.ended = true;
          return;
        }
        if (this.zeroBlocks > 0) throw new TarError("corrupt tar: a header follows an end-of-archive block", start);
        const stored = parseOctal(h, 148, 8);
        if (stored === void 0 || stored !== checksum(h)) {
          throw new TarError(`corrupt tar: bad header checksum at byte ${start}`, start);
        }
        const flag = h[156] === 0 ? "0" : String.fromCharCode(h[156]);
        let size = parseNumeric(h, 124, 12);
        if (size === void 0) throw new TarError(`corrupt tar: bad size field at byte ${start}`, start);
        const pad3 = (BLOCK - size % BLOCK) % BLOCK;
        if (flag === "x" || flag === "g" || flag === "L" || flag === "K") {
          if (size > MAX_META) throw new TarError(`corrupt tar: a ${size}-byte metadata record at byte ${start}`, start);
          this.meta = { flag, parts: [], size };
          this.inEntry = true;
          this.dataLeft = size;
          this.padLeft = pad3;
          if (size === 0) yield* this.finishEntry();
          return;
        }
        let name = cString(h, 0, 100);
        if (h[257] === 117 && h.toString("latin1", 257, 263) === "ustar\0") {
          const prefix = cString(h, 345, 155);
          if (prefix) name = `${prefix}/${name}`;
        }
        let linkname = cString(h, 157, 100);
        const pax = this.paxLocal;
        const gpax = this.paxGlobal;
        name = pax.path ?? this.longName ?? gpax.path ?? name;
        linkname = pax.linkpath ?? this.longLink ?? gpax.linkpath ?? linkname;
        const paxSize = pax.size ?? gpax.size;
        if (paxSize !== void 0) {
          if (!/^\d+$/.test(paxSize)) throw new TarError(`corrupt tar: bad pax size ${JSON.stringify(paxSize)} at byte ${start}`, start);
          size = Number(paxSize);
        }
        this.paxLocal = {};
        this.longName = void 0;
        this.longLink = void 0;
        const type = typeOf(flag);
        const dataSize = type === "file" || flag === "S" ? size : 0;
        const header = { name, type, flag, size: dataSize, linkname };
        this.inEntry = true;
        this.dataLeft = dataSize;
        this.padLeft = (BLOCK - dataSize % BLOCK) % BLOCK;
        yield { kind: "header", header };
        if (dataSize === 0) yield* this.finishEntry();
      }
    };
  }
});

// node_modules/fzstd/esm/index.mjs
var ab, u8, u16, i16, i32, slc, fill, cpw, ec, err, rb, b4, rzfh, msb, rfse, rhu, dllt, dmlt, doct, b2bl, llb, llbl, mlb, mlbl, dhu, dhu4, rzb, cct, Decompress;
var init_esm = __esm({
  "node_modules/fzstd/esm/index.mjs"() {
    ab = ArrayBuffer;
    u8 = Uint8Array;
    u16 = Uint16Array;
    i16 = Int16Array;
    i32 = Int32Array;
    slc = function(v, s, e) {
      if (u8.prototype.slice)
        return u8.prototype.slice.call(v, s, e);
      if (s == null || s < 0)
        s = 0;
      if (e == null || e > v.length)
        e = v.length;
      var n = new u8(e - s);
      n.set(v.subarray(s, e));
      return n;
    };
    fill = function(v, n, s, e) {
      if (u8.prototype.fill)
        return u8.prototype.fill.call(v, n, s, e);
      if (s == null || s < 0)
        s = 0;
      if (e == null || e > v.length)
        e = v.length;
      for (; s < e; ++s)
        v[s] = n;
      return v;
    };
    cpw = function(v, t, s, e) {
      if (u8.prototype.copyWithin)
        return u8.prototype.copyWithin.call(v, t, s, e);
      if (s == null || s < 0)
        s = 0;
      if (e == null || e > v.length)
        e = v.length;
      while (s < e) {
        v[t++] = v[s++];
      }
    };
    ec = [
      "invalid zstd data",
      "window size too large (>2046MB)",
      "invalid block type",
      "FSE accuracy too high",
      "match distance too far back",
      "unexpected EOF"
    ];
    err = function(ind, msg, nt) {
      var e = new Error(msg || ec[ind]);
      e.code = ind;
      if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
      if (!nt)
        throw e;
      return e;
    };
    rb = function(d, b, n) {
      var i = 0, o = 0;
      for (; i < n; ++i)
        o |= d[b++] << (i << 3);
      return o;
    };
    b4 = function(d, b) {
      return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
    };
    rzfh = function(dat, w) {
      var n3 = dat[0] | dat[1] << 8 | dat[2] << 16;
      if (n3 == 3126568 && dat[3] == 253) {
        var flg = dat[4];
        var ss = flg >> 5 & 1, cc = flg >> 2 & 1, df = flg & 3, fcf = flg >> 6;
        if (flg & 8)
          err(0);
        var bt = 6 - ss;
        var db = df == 3 ? 4 : df;
        var di = rb(dat, bt, db);
        bt += db;
        var fsb = fcf ? 1 << fcf : ss;
        var fss = rb(dat, bt, fsb) + (fcf == 1 && 256);
        var ws = fss;
        if (!ss) {
          var wb = 1 << 10 + (dat[5] >> 3);
          ws = wb + (wb >> 3) * (dat[5] & 7);
        }
        if (ws > 2145386496)
          err(1);
        var buf = new u8((w == 1 ? fss || ws : w ? 0 : ws) + 12);
        buf[0] = 1, buf[4] = 4, buf[8] = 8;
        return {
          b: bt + fsb,
          y: 0,
          l: 0,
          d: di,
          w: w && w != 1 ? w : buf.subarray(12),
          e: ws,
          o: new i32(buf.buffer, 0, 3),
          u: fss,
          c: cc,
          m: Math.min(131072, ws)
        };
      } else if ((n3 >> 4 | dat[3] << 20) == 25481893) {
        return b4(dat, 4) + 8;
      }
      err(0);
    };
    msb = function(val) {
      var bits = 0;
      for (; 1 << bits <= val; ++bits)
        ;
      return bits - 1;
    };
    rfse = function(dat, bt, mal) {
      var tpos = (bt << 3) + 4;
      var al = (dat[bt] & 15) + 5;
      if (al > mal)
        err(3);
      var sz = 1 << al;
      var probs = sz, sym = -1, re = -1, i = -1, ht = sz;
      var buf = new ab(512 + (sz << 2));
      var freq = new i16(buf, 0, 256);
      var dstate = new u16(buf, 0, 256);
      var nstate = new u16(buf, 512, sz);
      var bb1 = 512 + (sz << 1);
      var syms = new u8(buf, bb1, sz);
      var nbits = new u8(buf, bb1 + sz);
      while (sym < 255 && probs > 0) {
        var bits = msb(probs + 1);
        var cbt = tpos >> 3;
        var msk = (1 << bits + 1) - 1;
        var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (tpos & 7) & msk;
        var msk1fb = (1 << bits) - 1;
        var msv = msk - probs - 1;
        var sval = val & msk1fb;
        if (sval < msv)
          tpos += bits, val = sval;
        else {
          tpos += bits + 1;
          if (val > msk1fb)
            val -= msv;
        }
        freq[++sym] = --val;
        if (val == -1) {
          probs += val;
          syms[--ht] = sym;
        } else
          probs -= val;
        if (!val) {
          do {
            var rbt = tpos >> 3;
            re = (dat[rbt] | dat[rbt + 1] << 8) >> (tpos & 7) & 3;
            tpos += 2;
            sym += re;
          } while (re == 3);
        }
      }
      if (sym > 255 || probs)
        err(0);
      var sympos = 0;
      var sstep = (sz >> 1) + (sz >> 3) + 3;
      var smask = sz - 1;
      for (var s = 0; s <= sym; ++s) {
        var sf = freq[s];
        if (sf < 1) {
          dstate[s] = -sf;
          continue;
        }
        for (i = 0; i < sf; ++i) {
          syms[sympos] = s;
          do {
            sympos = sympos + sstep & smask;
          } while (sympos >= ht);
        }
      }
      if (sympos)
        err(0);
      for (i = 0; i < sz; ++i) {
        var ns = dstate[syms[i]]++;
        var nb = nbits[i] = al - msb(ns);
        nstate[i] = (ns << nb) - sz;
      }
      return [tpos + 7 >> 3, {
        b: al,
        s: syms,
        n: nbits,
        t: nstate
      }];
    };
    rhu = function(dat, bt) {
      var i = 0, wc = -1;
      var buf = new u8(292), hb = dat[bt];
      var hw = buf.subarray(0, 256);
      var rc = buf.subarray(256, 268);
      var ri = new u16(buf.buffer, 268);
      if (hb < 128) {
        var _a = rfse(dat, bt + 1, 6), ebt = _a[0], fdt = _a[1];
        bt += hb;
        var epos = ebt << 3;
        var lb = dat[bt];
        if (!lb)
          err(0);
        var st1 = 0, st2 = 0, btr1 = fdt.b, btr2 = btr1;
        var fpos = (++bt << 3) - 8 + msb(lb);
        for (; ; ) {
          fpos -= btr1;
          if (fpos < epos)
            break;
          var cbt = fpos >> 3;
          st1 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr1) - 1;
          hw[++wc] = fdt.s[st1];
          fpos -= btr2;
          if (fpos < epos)
            break;
          cbt = fpos >> 3;
          st2 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr2) - 1;
          hw[++wc] = fdt.s[st2];
          btr1 = fdt.n[st1];
          st1 = fdt.t[st1];
          btr2 = fdt.n[st2];
          st2 = fdt.t[st2];
        }
        if (++wc > 255)
          err(0);
      } else {
        wc = hb - 127;
        for (; i < wc; i += 2) {
          var byte = dat[++bt];
          hw[i] = byte >> 4;
          hw[i + 1] = byte & 15;
        }
        ++bt;
      }
      var wes = 0;
      for (i = 0; i < wc; ++i) {
        var wt = hw[i];
        if (wt > 11)
          err(0);
        wes += wt && 1 << wt - 1;
      }
      var mb = msb(wes) + 1;
      var ts = 1 << mb;
      var rem = ts - wes;
      if (rem & rem - 1)
        err(0);
      hw[wc++] = msb(rem) + 1;
      for (i = 0; i < wc; ++i) {
        var wt = hw[i];
        ++rc[hw[i] = wt && mb + 1 - wt];
      }
      var hbuf = new u8(ts << 1);
      var syms = hbuf.subarray(0, ts), nb = hbuf.subarray(ts);
      ri[mb] = 0;
      for (i = mb; i > 0; --i) {
        var pv = ri[i];
        fill(nb, i, pv, ri[i - 1] = pv + rc[i] * (1 << mb - i));
      }
      if (ri[0] != ts)
        err(0);
      for (i = 0; i < wc; ++i) {
        var bits = hw[i];
        if (bits) {
          var code = ri[bits];
          fill(syms, i, code, ri[bits] = code + (1 << mb - bits));
        }
      }
      return [bt, {
        n: nb,
        b: mb,
        s: syms
      }];
    };
    dllt = rfse(/* @__PURE__ */ new u8([
      81,
      16,
      99,
      140,
      49,
      198,
      24,
      99,
      12,
      33,
      196,
      24,
      99,
      102,
      102,
      134,
      70,
      146,
      4
    ]), 0, 6)[1];
    dmlt = rfse(/* @__PURE__ */ new u8([
      33,
      20,
      196,
      24,
      99,
      140,
      33,
      132,
      16,
      66,
      8,
      33,
      132,
      16,
      66,
      8,
      33,
      68,
      68,
      68,
      68,
      68,
      68,
      68,
      68,
      36,
      9
    ]), 0, 6)[1];
    doct = rfse(/* @__PURE__ */ new u8([
      32,
      132,
      16,
      66,
      102,
      70,
      68,
      68,
      68,
      68,
      36,
      73,
      2
    ]), 0, 5)[1];
    b2bl = function(b, s) {
      var len = b.length, bl = new i32(len);
      for (var i = 0; i < len; ++i) {
        bl[i] = s;
        s += 1 << b[i];
      }
      return bl;
    };
    llb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
      0,
      0,
      0,
      0,
      16843009,
      50528770,
      134678020,
      202050057,
      269422093
    ])).buffer, 0, 36);
    llbl = /* @__PURE__ */ b2bl(llb, 0);
    mlb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      16843009,
      50528770,
      117769220,
      185207048,
      252579084,
      16
    ])).buffer, 0, 53);
    mlbl = /* @__PURE__ */ b2bl(mlb, 3);
    dhu = function(dat, out, hu) {
      var len = dat.length, ss = out.length, lb = dat[len - 1], msk = (1 << hu.b) - 1, eb = -hu.b;
      if (!lb)
        err(0);
      var st = 0, btr = hu.b, pos = (len << 3) - 8 + msb(lb) - btr, i = -1;
      for (; pos > eb && i < ss; ) {
        var cbt = pos >> 3;
        var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (pos & 7);
        st = (st << btr | val) & msk;
        out[++i] = hu.s[st];
        pos -= btr = hu.n[st];
      }
      if (pos != eb || i + 1 != ss)
        err(0);
    };
    dhu4 = function(dat, out, hu) {
      var bt = 6;
      var ss = out.length, sz1 = ss + 3 >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
      dhu(dat.subarray(bt, bt += dat[0] | dat[1] << 8), out.subarray(0, sz1), hu);
      dhu(dat.subarray(bt, bt += dat[2] | dat[3] << 8), out.subarray(sz1, sz2), hu);
      dhu(dat.subarray(bt, bt += dat[4] | dat[5] << 8), out.subarray(sz2, sz3), hu);
      dhu(dat.subarray(bt), out.subarray(sz3), hu);
    };
    rzb = function(dat, st, out) {
      var _a;
      var bt = st.b;
      var b0 = dat[bt], btype = b0 >> 1 & 3;
      st.l = b0 & 1;
      var sz = b0 >> 3 | dat[bt + 1] << 5 | dat[bt + 2] << 13;
      var ebt = (bt += 3) + sz;
      if (btype == 1) {
        if (bt >= dat.length)
          return;
        st.b = bt + 1;
        if (out) {
          fill(out, dat[bt], st.y, st.y += sz);
          return out;
        }
        return fill(new u8(sz), dat[bt]);
      }
      if (ebt > dat.length)
        return;
      if (btype == 0) {
        st.b = ebt;
        if (out) {
          out.set(dat.subarray(bt, ebt), st.y);
          st.y += sz;
          return out;
        }
        return slc(dat, bt, ebt);
      }
      if (btype == 2) {
        var b3 = dat[bt], lbt = b3 & 3, sf = b3 >> 2 & 3;
        var lss = b3 >> 4, lcs = 0, s4 = 0;
        if (lbt < 2) {
          if (sf & 1)
            lss |= dat[++bt] << 4 | (sf & 2 && dat[++bt] << 12);
          else
            lss = b3 >> 3;
        } else {
          s4 = sf;
          if (sf < 2)
            lss |= (dat[++bt] & 63) << 4, lcs = dat[bt] >> 6 | dat[++bt] << 2;
          else if (sf == 2)
            lss |= dat[++bt] << 4 | (dat[++bt] & 3) << 12, lcs = dat[bt] >> 2 | dat[++bt] << 6;
          else
            lss |= dat[++bt] << 4 | (dat[++bt] & 63) << 12, lcs = dat[bt] >> 6 | dat[++bt] << 2 | dat[++bt] << 10;
        }
        ++bt;
        var buf = out ? out.subarray(st.y, st.y + st.m) : new u8(st.m);
        var spl = buf.length - lss;
        if (lbt == 0)
          buf.set(dat.subarray(bt, bt += lss), spl);
        else if (lbt == 1)
          fill(buf, dat[bt++], spl);
        else {
          var hu = st.h;
          if (lbt == 2) {
            var hud = rhu(dat, bt);
            lcs += bt - (bt = hud[0]);
            st.h = hu = hud[1];
          } else if (!hu)
            err(0);
          (s4 ? dhu4 : dhu)(dat.subarray(bt, bt += lcs), buf.subarray(spl), hu);
        }
        var ns = dat[bt++];
        if (ns) {
          if (ns == 255)
            ns = (dat[bt++] | dat[bt++] << 8) + 32512;
          else if (ns > 127)
            ns = ns - 128 << 8 | dat[bt++];
          var scm = dat[bt++];
          if (scm & 3)
            err(0);
          var dts = [dmlt, doct, dllt];
          for (var i = 2; i > -1; --i) {
            var md = scm >> (i << 1) + 2 & 3;
            if (md == 1) {
              var rbuf = new u8([0, 0, dat[bt++]]);
              dts[i] = {
                s: rbuf.subarray(2, 3),
                n: rbuf.subarray(0, 1),
                t: new u16(rbuf.buffer, 0, 1),
                b: 0
              };
            } else if (md == 2) {
              _a = rfse(dat, bt, 9 - (i & 1)), bt = _a[0], dts[i] = _a[1];
            } else if (md == 3) {
              if (!st.t)
                err(0);
              dts[i] = st.t[i];
            }
          }
          var _b = st.t = dts, mlt = _b[0], oct = _b[1], llt = _b[2];
          var lb = dat[ebt - 1];
          if (!lb)
            err(0);
          var spos = (ebt << 3) - 8 + msb(lb) - llt.b, cbt = spos >> 3, oubt = 0;
          var lst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << llt.b) - 1;
          cbt = (spos -= oct.b) >> 3;
          var ost = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << oct.b) - 1;
          cbt = (spos -= mlt.b) >> 3;
          var mst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mlt.b) - 1;
          for (++ns; --ns; ) {
            var llc = llt.s[lst];
            var lbtr = llt.n[lst];
            var mlc = mlt.s[mst];
            var mbtr = mlt.n[mst];
            var ofc = oct.s[ost];
            var obtr = oct.n[ost];
            cbt = (spos -= ofc) >> 3;
            var ofp = 1 << ofc;
            var off = ofp + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16 | dat[cbt + 3] << 24) >>> (spos & 7) & ofp - 1);
            cbt = (spos -= mlb[mlc]) >> 3;
            var ml = mlbl[mlc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << mlb[mlc]) - 1);
            cbt = (spos -= llb[llc]) >> 3;
            var ll = llbl[llc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << llb[llc]) - 1);
            cbt = (spos -= lbtr) >> 3;
            lst = llt.t[lst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << lbtr) - 1);
            cbt = (spos -= mbtr) >> 3;
            mst = mlt.t[mst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mbtr) - 1);
            cbt = (spos -= obtr) >> 3;
            ost = oct.t[ost] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << obtr) - 1);
            if (off > 3) {
              st.o[2] = st.o[1];
              st.o[1] = st.o[0];
              st.o[0] = off -= 3;
            } else {
              var idx = off - (ll != 0);
              if (idx) {
                off = idx == 3 ? st.o[0] - 1 : st.o[idx];
                if (idx > 1)
                  st.o[2] = st.o[1];
                st.o[1] = st.o[0];
                st.o[0] = off;
              } else
                off = st.o[0];
            }
            for (var i = 0; i < ll; ++i) {
              buf[oubt + i] = buf[spl + i];
            }
            oubt += ll, spl += ll;
            var stin = oubt - off;
            if (stin < 0) {
              var len = -stin;
              var bs = st.e + stin;
              if (len > ml)
                len = ml;
              for (var i = 0; i < len; ++i) {
                buf[oubt + i] = st.w[bs + i];
              }
              oubt += len, ml -= len, stin = 0;
            }
            for (var i = 0; i < ml; ++i) {
              buf[oubt + i] = buf[stin + i];
            }
            oubt += ml;
          }
          if (oubt != spl) {
            while (spl < buf.length) {
              buf[oubt++] = buf[spl++];
            }
          } else
            oubt = buf.length;
          if (out)
            st.y += oubt;
          else
            buf = slc(buf, 0, oubt);
        } else if (out) {
          st.y += lss;
          if (spl) {
            for (var i = 0; i < lss; ++i) {
              buf[i] = buf[spl + i];
            }
          }
        } else if (spl)
          buf = slc(buf, spl);
        st.b = ebt;
        return buf;
      }
      err(2);
    };
    cct = function(bufs, ol) {
      if (bufs.length == 1)
        return bufs[0];
      var buf = new u8(ol);
      for (var i = 0, b = 0; i < bufs.length; ++i) {
        var chk = bufs[i];
        buf.set(chk, b);
        b += chk.length;
      }
      return buf;
    };
    Decompress = /* @__PURE__ */ (function() {
      function Decompress2(ondata) {
        this.ondata = ondata;
        this.c = [];
        this.l = 0;
        this.z = 0;
      }
      Decompress2.prototype.push = function(chunk, final) {
        if (typeof this.s == "number") {
          var sub = Math.min(chunk.length, this.s);
          chunk = chunk.subarray(sub);
          this.s -= sub;
        }
        var sl = chunk.length;
        var ncs = sl + this.l;
        if (!this.s) {
          if (final) {
            if (!ncs) {
              this.ondata(new u8(0), true);
              return;
            }
            if (ncs < 5)
              err(5);
          } else if (ncs < 18) {
            this.c.push(chunk);
            this.l = ncs;
            return;
          }
          if (this.l) {
            this.c.push(chunk);
            chunk = cct(this.c, ncs);
            this.c = [];
            this.l = 0;
          }
          if (typeof (this.s = rzfh(chunk)) == "number")
            return this.push(chunk, final);
        }
        if (typeof this.s != "number") {
          if (ncs < (this.z || 3)) {
            if (final)
              err(5);
            this.c.push(chunk);
            this.l = ncs;
            return;
          }
          if (this.l) {
            this.c.push(chunk);
            chunk = cct(this.c, ncs);
            this.c = [];
            this.l = 0;
          }
          if (!this.z && ncs < (this.z = chunk[this.s.b] & 2 ? 4 : 3 + (chunk[this.s.b] >> 3 | chunk[this.s.b + 1] << 5 | chunk[this.s.b + 2] << 13))) {
            if (final)
              err(5);
            this.c.push(chunk);
            this.l = ncs;
            return;
          } else
            this.z = 0;
          for (; ; ) {
            var blk = rzb(chunk, this.s);
            if (!blk) {
              if (final)
                err(5);
              var adc = chunk.subarray(this.s.b);
              this.s.b = 0;
              this.c.push(adc), this.l += adc.length;
              return;
            } else {
              this.ondata(blk, false);
              cpw(this.s.w, 0, blk.length);
              this.s.w.set(blk, this.s.w.length - blk.length);
            }
            if (this.s.l) {
              var rest = chunk.subarray(this.s.b);
              this.s = this.s.c * 4;
              this.push(rest, final);
              return;
            }
          }
        } else if (final)
          err(5);
      };
      return Decompress2;
    })();
  }
});

// src/image/zstd.ts
import zlib from "node:zlib";
function windowText(bytes) {
  return bytes >= MiB ? `${Math.round(bytes / MiB * 10) / 10} MiB` : `${bytes} bytes`;
}
function nativeZstdAvailable() {
  return typeof zlib.createZstdDecompress === "function";
}
function zstdDecoderKind(prefer2 = "native") {
  return prefer2 === "native" && nativeZstdAvailable() ? "native" : "fzstd";
}
function createZstdDecoder(out, prefer2 = "native") {
  const kind = zstdDecoderKind(prefer2);
  if (kind === "native") return { decoder: nativeDecoder(out), walker: new ZstdFrameWalker(MAX_ZSTD_WINDOW, "native") };
  return { decoder: fzstdDecoder(out), walker: new ZstdFrameWalker(MAX_FZSTD_WINDOW, "fzstd") };
}
function fzstdDecoder(out) {
  const d = new Decompress((c) => out(Buffer.from(c.buffer, c.byteOffset, c.byteLength)));
  return {
    kind: "fzstd",
    async write(chunk) {
      d.push(Uint8Array.prototype.slice.call(chunk));
    },
    async end() {
      d.push(new Uint8Array(0), true);
    },
    destroy() {
    }
  };
}
function nativeDecoder(out) {
  const z = zlib;
  const stream = z.createZstdDecompress({ chunkSize: 256 * 1024, params: { [z.constants.ZSTD_d_windowLogMax]: MAX_ZSTD_WINDOW_LOG } });
  let failure;
  stream.on("data", (c) => {
    if (failure) return;
    try {
      out(c);
    } catch (e) {
      failure = e;
      stream.destroy();
    }
  });
  stream.on("error", (e) => {
    failure ??= e;
  });
  const check2 = () => {
    if (failure) throw failure;
  };
  const wait = (event) => new Promise((resolve5) => {
    const done = () => {
      stream.off(event, done);
      stream.off("error", done);
      stream.off("close", done);
      resolve5();
    };
    stream.once(event, done);
    stream.once("error", done);
    stream.once("close", done);
  });
  return {
    kind: "native",
    async write(chunk) {
      check2();
      await new Promise((resolve5) => {
        const done = () => {
          stream.off("error", done);
          stream.off("close", done);
          resolve5();
        };
        stream.once("error", done);
        stream.once("close", done);
        stream.write(chunk, done);
      });
      check2();
    },
    async end() {
      check2();
      const ended = wait("end");
      stream.end();
      await ended;
      check2();
    },
    destroy() {
      stream.destroy();
    }
  };
}
var MAX_ZSTD_WINDOW_LOG, MAX_ZSTD_WINDOW, MAX_FZSTD_WINDOW, ZstdLimitError, MiB, ZstdFrameWalker;
var init_zstd = __esm({
  "src/image/zstd.ts"() {
    "use strict";
    init_esm();
    MAX_ZSTD_WINDOW_LOG = 27;
    MAX_ZSTD_WINDOW = 2 ** MAX_ZSTD_WINDOW_LOG;
    MAX_FZSTD_WINDOW = 2 ** 23;
    ZstdLimitError = class extends Error {
    };
    MiB = 1024 * 1024;
    ZstdFrameWalker = class {
      /** @param maxWindow the largest window allowed; @param decoder names the decoder in the refusal. */
      constructor(maxWindow = MAX_ZSTD_WINDOW, decoder = "native") {
        this.maxWindow = maxWindow;
        this.decoder = decoder;
      }
      maxWindow;
      decoder;
      /** What the next bytes are. */
      state = "magic";
      need = 4;
      buf = Buffer.alloc(18);
      fill = 0;
      skip = 0;
      checksum = false;
      /** Frames seen, for messages. */
      frames = 0;
      push(chunk) {
        let pos = 0;
        while (pos < chunk.length) {
          if (this.state === "skip") {
            const n2 = Math.min(this.skip, chunk.length - pos);
            this.skip -= n2;
            pos += n2;
            if (this.skip === 0) this.afterSkip();
            continue;
          }
          const n = Math.min(this.need - this.fill, chunk.length - pos);
          chunk.copy(this.buf, this.fill, pos, pos + n);
          this.fill += n;
          pos += n;
          if (this.fill === this.need) this.onBytes();
        }
      }
      /** The stream ended: it must end between frames. */
      end() {
        if (this.state !== "magic" || this.fill !== 0) throw new ZstdLimitError("truncated zstd stream: it ends inside a frame");
      }
      blockEnded = false;
      afterSkip() {
        if (this.blockEnded) {
          this.blockEnded = false;
          this.expect("magic", 4);
        } else this.expect("block", 3);
      }
      expect(state, need) {
        this.state = state;
        this.need = need;
        this.fill = 0;
      }
      onBytes() {
        const b = this.buf;
        switch (this.state) {
          case "magic": {
            const magic = b.readUInt32LE(0);
            if (magic === 4247762216) {
              this.frames++;
              this.expect("header", 1);
            } else if ((magic & 4294967280) === 407710288) this.expect("skippable-size", 4);
            else throw new ZstdLimitError(`not a zstd frame at frame ${this.frames + 1} (bad magic number)`);
            return;
          }
          case "skippable-size": {
            this.skip = b.readUInt32LE(0);
            this.blockEnded = true;
            if (this.skip === 0) this.afterSkip();
            else this.state = "skip";
            return;
          }
          case "header": {
            const fhd = b[0];
            const single = fhd >> 5 & 1;
            const dictBytes = [0, 1, 2, 4][fhd & 3];
            const fcsFlag = fhd >> 6;
            const fcsBytes = fcsFlag === 0 ? single : 1 << fcsFlag;
            if (fhd & 8) throw new ZstdLimitError("corrupt zstd frame header (reserved bit set)");
            const total = 1 + (single ? 0 : 1) + dictBytes + fcsBytes;
            if (this.need < total) {
              this.need = total;
              return;
            }
            this.checksum = (fhd >> 2 & 1) === 1;
            let window;
            if (!single) {
              const wd = b[1];
              const exp = 10 + (wd >> 3);
              const base = 2 ** exp;
              window = base + base / 8 * (wd & 7);
            } else {
              const at = 1 + dictBytes;
              let fcs = 0;
              for (let i = fcsBytes - 1; i >= 0; i--) fcs = fcs * 256 + b[at + i];
              if (fcsBytes === 2) fcs += 256;
              window = fcs;
            }
            if (window > this.maxWindow) {
              const limit = this.decoder === "native" ? `layers are decoded with at most ${windowText(this.maxWindow)}, as zstd -d does by default` : `without a built-in zstd (Node < 22.15) layers are decoded with at most ${windowText(this.maxWindow)}; Node >= 22.15 allows ${windowText(MAX_ZSTD_WINDOW)}`;
              throw new ZstdLimitError(`zstd frame ${this.frames} needs a ${windowText(window)} window (written with zstd --long?); ${limit}`);
            }
            this.expect("block", 3);
            return;
          }
          case "block": {
            const h = b[0] | b[1] << 8 | b[2] << 16;
            const last = h & 1;
            const type = h >> 1 & 3;
            const size = h >>> 3;
            if (type === 3) throw new ZstdLimitError("corrupt zstd block (reserved block type)");
            const body = type === 1 ? 1 : size;
            if (last) {
              this.skip = body + (this.checksum ? 4 : 0);
              this.blockEnded = true;
            } else this.skip = body;
            if (this.skip === 0) this.afterSkip();
            else this.state = "skip";
            return;
          }
          default:
            return;
        }
      }
    };
  }
});

// src/image/entries.ts
function layerEntries(x) {
  return x instanceof LayerEntries ? x : LayerEntries.of(x);
}
var KINDS, KIND_CODE, MAX_NAME_BYTES, EntryListFull, LayerEntries;
var init_entries = __esm({
  "src/image/entries.ts"() {
    "use strict";
    KINDS = ["file", "hardlink", "symlink", "dir", "other"];
    KIND_CODE = { file: 0, hardlink: 1, symlink: 2, dir: 3, other: 4 };
    MAX_NAME_BYTES = 1024 * 1024 * 1024;
    EntryListFull = class extends Error {
    };
    LayerEntries = class _LayerEntries {
      /** @param maxNameBytes bytes of base names the list may hold (MAX_NAME_BYTES; tests pass less). */
      constructor(maxNameBytes = MAX_NAME_BYTES) {
        this.maxNameBytes = maxNameBytes;
      }
      maxNameBytes;
      dirIds = /* @__PURE__ */ new Map();
      dirPaths = [];
      dirOf = new Uint32Array(1024);
      kinds = new Uint8Array(1024);
      sizes = new Float64Array(1024);
      /** Start of entry i's name in `names`; entry i's name ends where entry i+1's starts (or at namesEnd). */
      nameAt = new Uint32Array(1024);
      names = Buffer.allocUnsafe(16 * 1024);
      namesEnd = 0;
      count = 0;
      /** A list holding `entries` (tests and callers with plain arrays). */
      static of(entries) {
        if (entries instanceof _LayerEntries) return entries;
        const list2 = new _LayerEntries();
        for (const e of entries) list2.push(e.path, e.kind, e.size);
        return list2.finish();
      }
      get length() {
        return this.count;
      }
      /** Adds an entry at the cleaned `path` (see LayerEntry.path). */
      push(path5, kind, size) {
        const slash = path5.lastIndexOf("/");
        const name = slash < 0 ? path5 : path5.slice(slash + 1);
        const most = name.length * 3;
        if (this.namesEnd + most > this.names.length) {
          if (this.namesEnd + most > this.maxNameBytes)
            throw new EntryListFull(`the layer's names take more than ${this.maxNameBytes} bytes; refusing more`);
          const bigger = Buffer.allocUnsafe(Math.min(this.maxNameBytes, Math.max(this.names.length * 2, this.namesEnd + most)));
          this.names.copy(bigger, 0, 0, this.namesEnd);
          this.names = bigger;
        }
        const dir = slash < 0 ? "" : path5.slice(0, slash);
        let id = this.dirIds.get(dir);
        if (id === void 0) {
          id = this.dirPaths.length;
          this.dirIds.set(dir, id);
          this.dirPaths.push(dir);
        }
        if (this.count === this.kinds.length) this.grow(Math.max(1024, this.count * 2));
        const i = this.count++;
        this.dirOf[i] = id;
        this.kinds[i] = KIND_CODE[kind];
        this.sizes[i] = size;
        this.nameAt[i] = this.namesEnd;
        this.namesEnd += this.names.write(name, this.namesEnd, "utf8");
      }
      /** Trims the arrays to the entries held (the list stays readable and pushable). */
      finish() {
        this.grow(this.count);
        const names = Buffer.allocUnsafe(this.namesEnd);
        this.names.copy(names, 0, 0, this.namesEnd);
        this.names = names;
        return this;
      }
      /** The directory entry i is in ('' at the root). */
      dir(i) {
        return this.dirPaths[this.dirOf[i]];
      }
      /** The index of entry i's directory (0 .. directories - 1), for per-directory caches. */
      dirId(i) {
        return this.dirOf[i];
      }
      /** Distinct directories the entries are in. */
      get directories() {
        return this.dirPaths.length;
      }
      /** The directory with index `id`. */
      dirPath(id) {
        return this.dirPaths[id];
      }
      /** Entry i's base name (its last path component). */
      name(i) {
        const end = i + 1 < this.count ? this.nameAt[i + 1] : this.namesEnd;
        return this.names.toString("utf8", this.nameAt[i], end);
      }
      path(i) {
        const dir = this.dir(i);
        return dir === "" ? this.name(i) : `${dir}/${this.name(i)}`;
      }
      kind(i) {
        return KINDS[this.kinds[i]];
      }
      size(i) {
        return this.sizes[i];
      }
      get(i) {
        return { path: this.path(i), kind: this.kind(i), size: this.size(i) };
      }
      *[Symbol.iterator]() {
        for (let i = 0; i < this.count; i++) yield this.get(i);
      }
      grow(capacity) {
        const c = capacity;
        const dirOf = new Uint32Array(c);
        dirOf.set(this.dirOf.subarray(0, this.count));
        const kinds = new Uint8Array(c);
        kinds.set(this.kinds.subarray(0, this.count));
        const sizes = new Float64Array(c);
        sizes.set(this.sizes.subarray(0, this.count));
        const nameAt = new Uint32Array(c);
        nameAt.set(this.nameAt.subarray(0, this.count));
        this.dirOf = dirOf;
        this.kinds = kinds;
        this.sizes = sizes;
        this.nameAt = nameAt;
      }
    };
  }
});

// src/image/layer.ts
import { createGunzip } from "node:zlib";
function expansionLimit(blobBytes) {
  return Math.max(EXPANSION_FLOOR, MAX_EXPANSION * blobBytes);
}
function sniffBlob(head, total) {
  if (head.length >= 2 && head[0] === GZIP[0] && head[1] === GZIP[1]) return "gzip";
  if (head.length >= 4 && ZSTD.every((b, i) => head[i] === b)) return "zstd";
  if (head.length >= 263 && head.toString("latin1", 257, 262) === "ustar") return "none";
  if (total >= 1024 && total % 512 === 0 && head.length >= 512 && head.subarray(0, 512).every((b) => b === 0)) return "none";
  const first = head.toString("latin1", 0, Math.min(head.length, 64)).trimStart()[0];
  if (first === "{" || first === "[") return "json";
  return "unknown";
}
function cleanLayerPath(name) {
  const parts = [];
  for (const p of name.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") parts.pop();
    else parts.push(p);
  }
  return parts.join("/");
}
var MAX_EXPANSION, EXPANSION_FLOOR, MAX_LAYER_ENTRIES, GZIP, ZSTD, LayerError, LayerScanner;
var init_layer = __esm({
  "src/image/layer.ts"() {
    "use strict";
    init_tar();
    init_zstd();
    init_entries();
    init_entries();
    MAX_EXPANSION = 1100;
    EXPANSION_FLOOR = 256 * 1024 * 1024;
    MAX_LAYER_ENTRIES = 2e6;
    GZIP = [31, 139];
    ZSTD = [40, 181, 47, 253];
    LayerError = class extends Error {
    };
    LayerScanner = class {
      /**
       * @param total the blob's size when known (to recognise an empty tar from its first block, and to bound expansion).
       * @param zstdDecoder which zstd decoder to use (tests and the benchmark compare them).
       */
      constructor(total, zstdDecoder = "native") {
        this.total = total;
        this.zstdDecoder = zstdDecoder;
        this.limit = expansionLimit(total);
      }
      total;
      zstdDecoder;
      compression;
      head = [];
      headBytes = 0;
      blobBytes = 0;
      tarBytes = 0;
      unpacked = 0;
      files = 0;
      entries = new LayerEntries();
      tar = new TarParser(false);
      gunzip;
      zstd;
      frames;
      failure;
      limit;
      async write(chunk) {
        this.blobBytes += chunk.length;
        if (this.compression === void 0) {
          this.head.push(Buffer.from(chunk));
          this.headBytes += chunk.length;
          if (this.headBytes < 512 && this.blobBytes < this.total) return;
          const head = Buffer.concat(this.head);
          this.head = [];
          this.start(head);
          await this.feed(head);
          return;
        }
        await this.feed(chunk);
      }
      async end() {
        if (this.compression === void 0) {
          const head = Buffer.concat(this.head);
          this.head = [];
          if (head.length === 0) throw new LayerError("empty blob: not a layer");
          this.start(head);
          await this.feed(head);
        }
        if (this.gunzip) {
          const gz = this.gunzip;
          await new Promise((resolve5) => {
            if (this.failure) return resolve5();
            gz.once("end", resolve5);
            gz.once("error", () => resolve5());
            gz.once("close", () => resolve5());
            gz.end();
          });
        } else if (this.zstd) {
          this.guard(() => this.frames.end());
          this.check();
          await this.guardAsync(() => this.zstd.end());
        }
        this.check();
        this.guard(() => this.tar.end());
        this.check();
        return {
          compression: this.compression,
          blobBytes: this.blobBytes,
          tarBytes: this.tarBytes,
          unpackedBytes: this.unpacked,
          files: this.files,
          entries: this.entries.finish()
        };
      }
      start(head) {
        const kind = sniffBlob(head, this.total);
        if (kind === "json" || kind === "unknown")
          throw new LayerError(kind === "json" ? "a JSON document, not a layer" : "not a tar, gzip or zstd layer");
        this.compression = kind;
        if (kind === "gzip") {
          const gz = createGunzip({ chunkSize: 256 * 1024 });
          gz.on("data", (c) => this.guard(() => this.untar(c)));
          gz.on("error", (e) => {
            this.failure ??= new LayerError(`gzip: ${e.message}`);
          });
          this.gunzip = gz;
        } else if (kind === "zstd") {
          const { decoder, walker } = createZstdDecoder((c) => this.untar(c), this.zstdDecoder);
          this.zstd = decoder;
          this.frames = walker;
        }
      }
      async feed(chunk) {
        this.check();
        if (this.gunzip) {
          const gz = this.gunzip;
          await new Promise((resolve5) => {
            const done = () => {
              gz.off("error", done);
              gz.off("close", done);
              resolve5();
            };
            gz.once("error", done);
            gz.once("close", done);
            gz.write(chunk, done);
          });
        } else if (this.zstd) {
          this.guard(() => this.frames.push(chunk));
          this.check();
          await this.guardAsync(() => this.zstd.write(chunk));
        } else this.untar(chunk);
        this.check();
      }
      untar(chunk) {
        if (this.failure) return;
        this.tarBytes += chunk.length;
        if (this.compression !== "none" && this.tarBytes > this.limit) {
          throw new LayerError(
            `${this.compression} expands to more than ${this.limit} bytes (${MAX_EXPANSION}x its ${this.total} bytes, at least ${EXPANSION_FLOOR}): refusing it as a decompression bomb`
          );
        }
        for (const ev of this.tar.push(chunk)) {
          if (ev.kind !== "header") continue;
          const h = ev.header;
          const path5 = cleanLayerPath(h.name);
          if (path5 === "") continue;
          if (this.entries.length >= MAX_LAYER_ENTRIES)
            throw new LayerError(`the layer lists more than ${MAX_LAYER_ENTRIES} entries; refusing more`);
          if (h.type === "file") {
            this.files++;
            this.unpacked += h.size;
          }
          this.entries.push(path5, h.type, h.size);
        }
      }
      guard(fn) {
        if (this.failure) return;
        try {
          fn();
        } catch (e) {
          this.fail(e);
        }
      }
      async guardAsync(fn) {
        if (this.failure) return;
        try {
          await fn();
        } catch (e) {
          this.fail(e);
        }
      }
      fail(e) {
        if (e instanceof LayerError) this.failure = e;
        else if (e instanceof TarError) this.failure = new LayerError(`layer tar: ${e.message}`);
        else if (e instanceof ZstdLimitError || e instanceof EntryListFull) this.failure = new LayerError(e.message);
        else this.failure = new LayerError(`${this.compression ?? "layer"}: ${e.message}`);
        this.zstd?.destroy();
        this.gunzip?.destroy();
      }
      check() {
        if (this.failure) throw this.failure;
      }
    };
  }
});

// src/image/sources/archive/read.ts
import { constants, createReadStream } from "node:fs";
import { open, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { createGunzip as createGunzip2 } from "node:zlib";
function archivePath(p) {
  const parts = [];
  for (const s of p.split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") parts.pop();
    else parts.push(s);
  }
  return parts.join("/");
}
async function readArchiveStream(input, name, total, progress, counted = false) {
  const c = { json: /* @__PURE__ */ new Map(), scans: /* @__PURE__ */ new Map(), links: /* @__PURE__ */ new Map() };
  const tar = new TarParser(true);
  let read = 0;
  let any = false;
  let entryPath = "";
  let entrySize = 0;
  const st = { mode: "skip" };
  let head = [];
  let headBytes = 0;
  let scanner;
  let jsonParts = [];
  let jsonTotal = 0;
  let entriesTotal = 0;
  const failLayer = (e) => {
    c.scans.set(entryPath, e instanceof Error ? e : new Error(String(e)));
    scanner = void 0;
    st.mode = "skip";
  };
  const startBlob = async (bytes) => {
    const h = Buffer.concat(bytes);
    const kind = sniffBlob(h, entrySize);
    if (kind === "json" && entrySize <= MAX_JSON) {
      st.mode = "json";
      jsonParts = [h];
    } else if (kind === "gzip" || kind === "zstd" || kind === "none") {
      st.mode = "layer";
      scanner = new LayerScanner(entrySize);
      try {
        await scanner.write(h);
      } catch (e) {
        failLayer(e);
      }
    } else st.mode = "skip";
  };
  const endEntry = async () => {
    if (st.mode === "sniff") await startBlob(head);
    if (st.mode === "json") {
      const doc = Buffer.concat(jsonParts);
      jsonTotal += doc.length;
      if (jsonTotal > MAX_JSON_TOTAL) throw new ArchiveError(`${name}: more than ${MAX_JSON_TOTAL} bytes of JSON documents; refusing more`);
      c.json.set(entryPath, doc);
    }
    if (st.mode === "layer" && scanner) {
      try {
        const scan = await scanner.end();
        entriesTotal += scan.entries.length;
        if (entriesTotal > MAX_ARCHIVE_ENTRIES)
          throw new ArchiveError(`${name}: the layers list more than ${MAX_ARCHIVE_ENTRIES} entries in all; refusing more`);
        c.scans.set(entryPath, scan);
      } catch (e) {
        if (e instanceof ArchiveError) throw e;
        failLayer(e);
      }
    }
    st.mode = "skip";
    scanner = void 0;
    head = [];
    jsonParts = [];
  };
  try {
    for await (const chunk of input) {
      any = true;
      if (!counted) {
        read += chunk.length;
        progress?.(read, total);
      }
      for (const ev of tar.push(chunk)) {
        if (ev.kind === "header") {
          const h = ev.header;
          entryPath = archivePath(h.name);
          entrySize = h.size;
          st.mode = "skip";
          if (h.type === "symlink") c.links.set(entryPath, archivePath(path.posix.join(path.posix.dirname(entryPath), h.linkname)));
          else if (h.type === "hardlink") c.links.set(entryPath, archivePath(h.linkname));
          else if (h.type === "file" && !/(^|\/)(VERSION|json|repositories)$/.test(entryPath)) {
            st.mode = "sniff";
            head = [];
            headBytes = 0;
          }
        } else if (ev.kind === "data") {
          if (st.mode === "sniff") {
            head.push(Buffer.from(ev.chunk));
            headBytes += ev.chunk.length;
            if (headBytes >= 512) await startBlob(head);
          } else if (st.mode === "json") jsonParts.push(Buffer.from(ev.chunk));
          else if (st.mode === "layer" && scanner) {
            try {
              await scanner.write(ev.chunk);
            } catch (e) {
              failLayer(e);
            }
          }
        } else await endEntry();
      }
    }
    if (!any) throw new ArchiveError(`${name}: empty, not an image archive`);
    tar.end();
  } catch (e) {
    if (e instanceof TarError) throw new ArchiveError(`${name}: corrupt or truncated archive: ${e.message}`);
    if (e instanceof ArchiveError) throw e;
    throw new ArchiveError(`${name}: cannot read the archive: ${e.message.split("\n")[0]}`);
  }
  return filesFromCollected(c, name);
}
function filesFromCollected(c, name) {
  const resolve5 = (p) => {
    let cur = archivePath(p);
    for (let i = 0; i < 16 && c.links.has(cur); i++) cur = c.links.get(cur);
    return cur;
  };
  return {
    name,
    async json(p) {
      const buf = c.json.get(resolve5(p));
      if (buf === void 0) return void 0;
      return parseJson(buf, `${name}: ${p}`);
    },
    async layer(p) {
      const s = c.scans.get(resolve5(p));
      if (s === void 0) throw new ArchiveError(`${name}: layer ${p} is missing from the archive`);
      if (s instanceof Error) throw new ArchiveError(`${name}: layer ${p}: ${s.message}`);
      return s;
    }
  };
}
function parseJson(buf, where2) {
  try {
    return JSON.parse(buf.toString("utf8"));
  } catch {
    throw new ArchiveError(`${where2}: not valid JSON (${buf.length} bytes)`);
  }
}
async function openArchive(file, display, progress) {
  let st;
  try {
    st = await stat(file);
  } catch (e) {
    throw new ArchiveError(`${display}: cannot open the archive: ${e.code ?? e.message}`);
  }
  if (st.isDirectory()) return directoryFiles(file, display, progress);
  if (!st.isFile()) throw new ArchiveError(`${display}: not a regular file or a directory; refusing to read it`);
  if (!await startsWithGzip(file)) {
    const fh = await open(file, "r");
    try {
      return await readArchiveStream(reuseRead(fh), display, st.size, progress);
    } finally {
      await fh.close();
    }
  }
  const stream = createReadStream(file, { highWaterMark: 1024 * 1024 });
  let read = 0;
  stream.on("data", (d) => {
    read += d.length;
    progress?.(read, st.size);
  });
  const gunzip = createGunzip2({ chunkSize: 1024 * 1024 });
  stream.on("error", (e) => gunzip.destroy(e));
  return readArchiveStream(stream.pipe(gunzip), display, st.size, progress, true);
}
async function* reuseRead(fh, chunkBytes = 1024 * 1024) {
  const buf = Buffer.allocUnsafeSlow(chunkBytes);
  for (; ; ) {
    const { bytesRead } = await fh.read(buf, 0, buf.length, null);
    if (bytesRead === 0) return;
    yield buf.subarray(0, bytesRead);
  }
}
async function startsWithGzip(file) {
  const fh = await open(file, "r");
  try {
    const b = Buffer.alloc(2);
    const { bytesRead } = await fh.read(b, 0, 2, 0);
    return bytesRead === 2 && b[0] === 31 && b[1] === 139;
  } finally {
    await fh.close();
  }
}
async function openInside(dir, realDir, p, display) {
  const lexical = path.join(dir, ...archivePath(p).split("/"));
  let real;
  try {
    real = await realpath(lexical);
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw new ArchiveError(`${display}: cannot read ${p}: ${e.code ?? "error"}`);
  }
  const rel = path.relative(realDir, real);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel))
    throw new ArchiveError(`${display}: ${p} leads outside the layout directory; refusing to read it`);
  let fh;
  try {
    fh = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    throw new ArchiveError(`${display}: cannot read ${p}: ${e.code ?? "error"}`);
  }
  const st = await fh.stat();
  if (!st.isFile()) {
    await fh.close();
    throw new ArchiveError(`${display}: ${p} is not a regular file; refusing to read it`);
  }
  return { fh, size: st.size, real };
}
async function readBounded(fh, max, display, p) {
  const buf = Buffer.alloc(Math.min(max + 1, 1024 * 1024));
  const parts = [];
  let total = 0;
  for (; ; ) {
    const { bytesRead } = await fh.read(buf, 0, buf.length, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > max) throw new ArchiveError(`${display}: ${p} is larger than ${max} bytes, too large for a JSON document`);
    parts.push(Buffer.from(buf.subarray(0, bytesRead)));
  }
  return Buffer.concat(parts);
}
function directoryFiles(dir, display, progress) {
  let done = 0;
  let realDir;
  const root = () => realDir ??= realpath(dir);
  const scans = /* @__PURE__ */ new Map();
  const scanLayer = async (p) => {
    const f = await openInside(dir, await root(), p, display);
    if (f === void 0) throw new ArchiveError(`${display}: layer ${p} is missing (ENOENT)`);
    let memo = scans.get(f.real);
    if (memo) {
      await f.fh.close();
      return memo;
    }
    memo = (async () => {
      const scanner = new LayerScanner(f.size);
      try {
        for await (const chunk of reuseRead(f.fh)) {
          await scanner.write(chunk);
          done += chunk.length;
          progress?.(done, void 0);
        }
        return await scanner.end();
      } catch (e) {
        if (e instanceof LayerError) throw new ArchiveError(`${display}: layer ${p}: ${e.message}`);
        throw new ArchiveError(`${display}: cannot read layer ${p}: ${e.code ?? "error"}`);
      } finally {
        await f.fh.close();
      }
    })();
    scans.set(f.real, memo);
    return memo;
  };
  return {
    name: display,
    async json(p) {
      const f = await openInside(dir, await root(), p, display);
      if (f === void 0) return void 0;
      try {
        if (f.size > MAX_JSON) throw new ArchiveError(`${display}: ${p} is too large for a JSON document`);
        return parseJson(await readBounded(f.fh, MAX_JSON, display, p), `${display}: ${p}`);
      } finally {
        await f.fh.close();
      }
    },
    layer: scanLayer
  };
}
var ArchiveError, MAX_JSON, MAX_JSON_TOTAL, MAX_ARCHIVE_ENTRIES;
var init_read = __esm({
  "src/image/sources/archive/read.ts"() {
    "use strict";
    init_layer();
    init_tar();
    ArchiveError = class extends Error {
    };
    MAX_JSON = 16 * 1024 * 1024;
    MAX_JSON_TOTAL = 64 * 1024 * 1024;
    MAX_ARCHIVE_ENTRIES = 4e6;
  }
});

// src/image/sources/archive/layout.ts
function blobPath(digest) {
  const [alg, hex2] = digest.split(":");
  if (!alg || !hex2 || !/^[a-z0-9]+$/.test(alg) || !/^[a-zA-Z0-9=_-]+$/.test(hex2))
    throw new ArchiveError(`bad digest ${JSON.stringify(digest)}`);
  return `blobs/${alg}/${hex2}`;
}
function isAttestation(d) {
  return d.annotations?.["vnd.docker.reference.type"] === "attestation-manifest" || d.platform?.os === "unknown" && d.platform?.architecture === "unknown";
}
async function findImages(files2, opts) {
  const index = await files2.json("index.json");
  const manifest = await files2.json("manifest.json");
  if (index !== void 0) return fromOciLayout(files2, index, manifest, opts);
  if (manifest !== void 0) return fromDockerSave(files2, manifest, opts);
  throw new ArchiveError(
    `${files2.name}: not an image archive: it has neither index.json (OCI image layout) nor manifest.json (docker save)`
  );
}
async function fromDockerSave(files2, manifest, opts) {
  if (!Array.isArray(manifest)) throw new ArchiveError(`${files2.name}: manifest.json is not a docker save manifest (expected a list)`);
  const all = [];
  if (manifest.length > MAX_DESCRIPTORS)
    throw new ArchiveError(`${files2.name}: manifest.json lists ${manifest.length} images; refusing more than ${MAX_DESCRIPTORS}`);
  for (const m of manifest) {
    if (typeof m?.Config !== "string" || !Array.isArray(m.Layers))
      throw new ArchiveError(`${files2.name}: manifest.json entry without Config or Layers`);
    if (m.Layers.length > MAX_LAYERS)
      throw new ArchiveError(
        `${files2.name}: manifest.json lists ${m.Layers.length} layers for one image; refusing more than ${MAX_LAYERS}`
      );
    if (m.Layers.some((p) => typeof p !== "string"))
      throw new ArchiveError(`${files2.name}: manifest.json lists a layer that is not a path`);
    const config = await readConfig(files2, m.Config);
    const configHex = /([a-f0-9]{64})(\.json)?$/.exec(m.Config)?.[1];
    all.push({
      names: m.RepoTags ?? [],
      platform: formatPlatform(platformOfConfig(config)),
      manifestDigest: null,
      configDigest: configHex ? `sha256:${configHex}` : null,
      config,
      layers: m.Layers.map((p) => {
        const hex2 = /^blobs\/sha256\/([a-f0-9]{64})$/.exec(p)?.[1];
        return { path: p, digest: hex2 ? `sha256:${hex2}` : null, mediaType: null, size: null };
      })
    });
  }
  return { images: choose(files2, all, opts), index: null };
}
async function fromOciLayout(files2, index, dockerManifest, opts) {
  const top = index;
  if (!Array.isArray(top?.manifests)) throw new ArchiveError(`${files2.name}: index.json has no manifests list`);
  const tagsByConfig = /* @__PURE__ */ new Map();
  if (Array.isArray(dockerManifest)) {
    for (const m of dockerManifest) {
      const hex2 = typeof m?.Config === "string" ? /([a-f0-9]{64})(\.json)?$/.exec(m.Config)?.[1] : void 0;
      if (hex2) tagsByConfig.set(`sha256:${hex2}`, m.RepoTags ?? []);
    }
  }
  const all = [];
  let multi = null;
  const visited = /* @__PURE__ */ new Set();
  let descriptors = 0;
  const visit = async (d, names, depth) => {
    if (depth > 4) throw new ArchiveError(`${files2.name}: indexes nested too deeply`);
    if (typeof d?.digest !== "string") throw new ArchiveError(`${files2.name}: a descriptor without a digest`);
    if (++descriptors > MAX_DESCRIPTORS)
      throw new ArchiveError(`${files2.name}: the indexes list more than ${MAX_DESCRIPTORS} descriptors; refusing`);
    if (visited.has(d.digest)) return;
    visited.add(d.digest);
    const doc = await files2.json(blobPath(d.digest));
    if (doc === void 0) {
      if (depth > 0) return;
      throw new ArchiveError(`${files2.name}: blob ${d.digest} is missing from the archive`);
    }
    const type = d.mediaType ?? doc.mediaType ?? (Array.isArray(doc.manifests) ? OCI_INDEX : OCI_MANIFEST);
    if (INDEX_TYPES.has(type)) {
      const children = (doc.manifests ?? []).filter((c) => !isAttestation(c));
      if (children.length > 1 || children.some((c) => c.platform)) {
        multi = { digest: d.digest, platforms: children.map((c) => formatPlatform(c.platform) ?? "unknown") };
      }
      for (const c of children) await visit(c, names, depth + 1);
      return;
    }
    if (!MANIFEST_TYPES.has(type))
      throw new ArchiveError(`${files2.name}: manifest ${d.digest} has the unknown media type ${JSON.stringify(type)}`);
    if (Array.isArray(doc.layers) && doc.layers.length > MAX_LAYERS) {
      throw new ArchiveError(`${files2.name}: manifest ${d.digest} lists ${doc.layers.length} layers; refusing more than ${MAX_LAYERS}`);
    }
    const cfg = doc.config;
    if (typeof cfg?.digest !== "string") throw new ArchiveError(`${files2.name}: manifest ${d.digest} has no config`);
    if (cfg.mediaType && !CONFIG_TYPES.has(cfg.mediaType)) {
      throw new ArchiveError(
        `${files2.name}: manifest ${d.digest} is not a container image (config media type ${JSON.stringify(cfg.mediaType)})`
      );
    }
    const config = await readConfig(files2, blobPath(cfg.digest));
    all.push({
      names: [...names, ...tagsByConfig.get(cfg.digest) ?? []],
      platform: formatPlatform(d.platform ?? platformOfConfig(config)),
      manifestDigest: d.digest,
      configDigest: cfg.digest,
      config,
      layers: (doc.layers ?? []).map((l) => ({
        path: blobPath(l.digest ?? ""),
        digest: l.digest ?? null,
        mediaType: l.mediaType ?? null,
        size: l.size ?? null
      }))
    });
  };
  for (const d of top.manifests) {
    const names = [d.annotations?.["io.containerd.image.name"], d.annotations?.["org.opencontainers.image.ref.name"]].filter(
      (x) => !!x
    );
    await visit(d, names, 0);
  }
  return { images: choose(files2, all, opts), index: multi };
}
async function readConfig(files2, p) {
  const c = await files2.json(p);
  if (c === void 0) throw new ArchiveError(`${files2.name}: image config ${p} is missing from the archive`);
  if (typeof c !== "object" || c === null || !Array.isArray(c.rootfs?.diff_ids))
    throw new ArchiveError(`${files2.name}: ${p} is not an image config (no rootfs.diff_ids)`);
  return c;
}
function platformOfConfig(c) {
  return c.os && c.architecture ? { os: c.os, architecture: c.architecture, variant: c.variant } : void 0;
}
function nameMatches(names, ref) {
  return names.some((n) => n === ref || sameReference(n, ref) || !n.includes(":") && !n.includes("/") && ref.endsWith(`:${n}`));
}
function choose(files2, all, opts) {
  if (all.length === 0) throw new ArchiveError(`${files2.name}: the archive holds no image`);
  let pick = all;
  if (opts.reference !== void 0) {
    pick = all.filter((i) => nameMatches(i.names, opts.reference));
    if (pick.length === 0) {
      const names = [...new Set(all.flatMap((i) => i.names))];
      throw new ArchiveError(
        `${files2.name}: no image named ${opts.reference} in the archive (it has: ${names.join(", ") || "untagged images only"})`
      );
    }
  }
  const platforms = new Set(pick.map((i) => i.platform));
  if (opts.platform !== "all" && (pick.length > 1 || platforms.size > 1)) {
    const want = opts.platform;
    const byPlatform = pick.filter((i) => i.platform !== null && platformMatches(want, parse(i.platform)));
    if (byPlatform.length === 0 && platforms.size > 1) {
      throw new ArchiveError(
        `${files2.name}: no ${formatPlatform(want)} image in the archive (it has: ${[...platforms].join(", ")}); choose one with --platform`
      );
    }
    if (byPlatform.length > 0) pick = byPlatform;
  }
  if (opts.platform !== "all" && pick.length > 1) {
    pick = dedupeByPlatform(pick);
    if (pick.length > 1) {
      const names = pick.map((i) => i.names[0] ?? i.configDigest ?? "?");
      throw new ArchiveError(`${files2.name}: the archive holds ${pick.length} images (${names.join(", ")}); choose one with --image NAME`);
    }
  }
  return pick;
}
function parse(p) {
  const [os, architecture, variant] = p.split("/");
  return { os, architecture, variant };
}
function dedupeByPlatform(images) {
  const byConfig = /* @__PURE__ */ new Map();
  for (const i of images) {
    const key = i.configDigest ?? String(byConfig.size);
    const have = byConfig.get(key);
    if (have) have.names.push(...i.names);
    else byConfig.set(key, i);
  }
  return [...byConfig.values()];
}
async function diffIdsOf(files2, reference, platform) {
  try {
    const found = await findImages(files2, { reference, platform: platform === "all" ? { os: "linux", architecture: "amd64" } : platform });
    return found.images[0]?.config.rootfs?.diff_ids;
  } catch {
    return void 0;
  }
}
var MAX_DESCRIPTORS, MAX_LAYERS;
var init_layout = __esm({
  "src/image/sources/archive/layout.ts"() {
    "use strict";
    init_media_types();
    init_platform();
    init_reference();
    init_read();
    MAX_DESCRIPTORS = 1e4;
    MAX_LAYERS = 1e3;
  }
});

// src/image/sources/archive/archive.ts
async function archiveSource(file, display, reference, opts) {
  opts.progress.start(`reading ${display}`);
  try {
    const files2 = await openArchive(file, display, (done, total) => opts.progress.update(done, total));
    const found = await findImages(files2, { reference, platform: opts.platform });
    const images = await rawImagesOf(files2, found);
    return {
      images,
      index: found.index,
      warnings: [],
      async resolveBase(ref) {
        const ids = await diffIdsOf(files2, ref, opts.platform);
        return ids ? { diffIds: ids } : { reason: `${ref} is not in ${display}` };
      }
    };
  } catch (e) {
    if (e instanceof ArchiveError) throw new InputError(e.message);
    throw e;
  } finally {
    opts.progress.finish();
  }
}
async function rawImagesOf(files2, found, engineReportedBytes = null) {
  const out = [];
  for (const img of found.images) {
    const diffIds = img.config.rootfs?.diff_ids ?? [];
    if (diffIds.length !== img.layers.length) {
      throw new ArchiveError(`${files2.name}: the image config lists ${diffIds.length} layers but the manifest ${img.layers.length}`);
    }
    const layers = [];
    for (const l of img.layers) {
      const scan = await files2.layer(l.path);
      if (l.size !== null && l.size !== scan.blobBytes) {
        throw new ArchiveError(
          `${files2.name}: layer ${l.digest ?? l.path} is ${scan.blobBytes} bytes but its manifest says ${l.size} (truncated or corrupt)`
        );
      }
      layers.push({
        digest: l.digest,
        mediaType: l.mediaType,
        compression: scan.compression,
        blobBytes: scan.blobBytes,
        uncompressedBytes: scan.tarBytes,
        unpackedBytes: scan.unpackedBytes,
        files: scan.files,
        entries: scan.entries
      });
    }
    out.push({
      platform: img.platform,
      id: img.configDigest,
      digest: img.manifestDigest,
      created: img.config.created ?? null,
      history: img.config.history ?? [],
      diffIds,
      layers,
      configBytes: null,
      engineReportedBytes,
      isPull: false
    });
  }
  return out;
}
var init_archive = __esm({
  "src/image/sources/archive/archive.ts"() {
    "use strict";
    init_errors();
    init_layout();
    init_read();
  }
});

// src/image/sources/engine/client.ts
import { readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import path2 from "node:path";
function deadlines(idleMs, totalMs, until = Infinity) {
  const own = Date.now() + totalMs;
  return own <= until ? { idleMs, until: own, totalMs } : { idleMs, until, totalMs: Math.max(0, until - Date.now()) };
}
function imagePath(name) {
  return encodeURIComponent(name).replace(/%2F/gi, "/").replace(/%3A/gi, ":").replace(/%40/gi, "@");
}
var MAX_ENGINE_JSON, JSON_DEADLINE_MS, IDLE_MS, ENGINE_DEADLINE_MS, DeadlineError, EngineClient;
var init_client = __esm({
  "src/image/sources/engine/client.ts"() {
    "use strict";
    init_errors();
    MAX_ENGINE_JSON = 16 * 1024 * 1024;
    JSON_DEADLINE_MS = 6e4;
    IDLE_MS = 6e4;
    ENGINE_DEADLINE_MS = 30 * 6e4;
    DeadlineError = class extends Error {
    };
    EngineClient = class {
      constructor(endpoint, env = {}) {
        this.endpoint = endpoint;
        this.env = env;
      }
      endpoint;
      env;
      /**
       * GET `apiPath`; resolves with the response (status included) or rejects with an InputError naming the host.
       * The response is destroyed (its reader sees a DeadlineError) at `d.until`, or after `d.idleMs` of silence.
       */
      get(apiPath, d = deadlines(IDLE_MS, JSON_DEADLINE_MS)) {
        const ep = this.endpoint;
        return new Promise((resolve5, reject) => {
          const opts = {
            method: "GET",
            path: apiPath,
            headers: { Host: "docker", "User-Agent": "docker-size-guard" },
            timeout: d.idleMs
          };
          let req;
          let answer;
          const stop = (e) => void (answer ? answer.destroy(e) : req.destroy(e));
          const left = Math.max(0, d.until - Date.now());
          const timer = setTimeout(
            () => stop(
              new DeadlineError(
                `the Docker engine at ${ep.display} did not complete ${apiPath} within ${Math.round(d.totalMs / 100) / 10} s`
              )
            ),
            left
          );
          timer.unref();
          const done = (res) => {
            answer = res;
            res.once("close", () => clearTimeout(timer));
            resolve5(res);
          };
          if (ep.kind === "unix") req = http.request({ ...opts, socketPath: ep.socketPath }, done);
          else if (ep.tls) req = https.request({ ...opts, host: ep.host, port: ep.port, ...this.tlsFiles() }, done);
          else req = http.request({ ...opts, host: ep.host, port: ep.port }, done);
          req.on("timeout", () => stop(new DeadlineError(`the Docker engine at ${ep.display} sent nothing for ${d.idleMs / 1e3} s`)));
          req.on("error", (e) => {
            clearTimeout(timer);
            reject(e instanceof DeadlineError ? new InputError(e.message) : this.unreachable(e));
          });
          req.end();
        });
      }
      /** Reads a whole answer up to MAX_ENGINE_JSON bytes; past that, or past a deadline, an InputError. */
      async body(res, apiPath) {
        const chunks = [];
        let total = 0;
        try {
          for await (const c of res) {
            total += c.length;
            if (total > MAX_ENGINE_JSON) {
              res.destroy();
              throw new InputError(
                `the Docker engine at ${this.endpoint.display} sent more than ${MAX_ENGINE_JSON} bytes for ${apiPath}; refusing more`
              );
            }
            chunks.push(c);
          }
        } catch (e) {
          if (e instanceof InputError) throw e;
          if (e instanceof DeadlineError) throw new InputError(e.message);
          throw this.unreachable(e);
        }
        return Buffer.concat(chunks).toString("utf8");
      }
      /** GET and parse JSON; non-2xx statuses resolve with the engine's message. */
      async json(apiPath, d) {
        const res = await this.get(apiPath, d);
        const text = await this.body(res, apiPath);
        let body;
        try {
          body = JSON.parse(text);
        } catch {
        }
        const message = body?.message ?? text.trim().split("\n")[0] ?? "";
        return { status: res.statusCode ?? 0, body, message };
      }
      unreachable(e) {
        const why = e.code ?? e.message;
        const hint = e.code === "EACCES" ? " (permission denied: is this user allowed to use the socket?)" : " (is the daemon running? set DOCKER_HOST to its socket)";
        return new InputError(`cannot reach the Docker engine at ${this.endpoint.display}: ${why}${hint}`);
      }
      tlsFiles() {
        const dir = this.env.DOCKER_CERT_PATH || path2.join(this.env.HOME ?? "", ".docker");
        const read = (f) => {
          try {
            return readFileSync(path2.join(dir, f));
          } catch {
            return void 0;
          }
        };
        return { ca: read("ca.pem"), cert: read("cert.pem"), key: read("key.pem") };
      }
    };
  }
});

// src/image/sources/engine/host.ts
function parseDockerHost(value, env = {}) {
  const raw = value === void 0 || value === "" ? DEFAULT_DOCKER_HOST : value;
  const display = raw;
  if (raw.startsWith("unix://")) {
    const socketPath = raw.slice("unix://".length);
    if (socketPath === "") throw new UsageError(`DOCKER_HOST ${JSON.stringify(raw)} names no socket`);
    return { kind: "unix", socketPath, display };
  }
  const m = /^(tcp|http|https):\/\/(\[[^\]]+\]|[^:/]+)(?::(\d+))?\/?$/.exec(raw);
  if (!m) throw new UsageError(`DOCKER_HOST ${JSON.stringify(raw)} is not unix:///path or tcp://host:port`);
  const tls = m[1] === "https" || m[1] === "tcp" && !!env.DOCKER_TLS_VERIFY;
  const port = m[3] !== void 0 ? Number(m[3]) : tls ? 2376 : 2375;
  return { kind: "tcp", host: m[2].replace(/^\[|\]$/g, ""), port, tls, display };
}
var DEFAULT_DOCKER_HOST;
var init_host = __esm({
  "src/image/sources/engine/host.ts"() {
    "use strict";
    init_errors();
    DEFAULT_DOCKER_HOST = "unix:///var/run/docker.sock";
  }
});

// src/image/sources/engine/engine.ts
async function engineSource(reference, opts, limits = ENGINE_LIMITS) {
  const client = new EngineClient(parseDockerHost(opts.env.DOCKER_HOST, opts.env), opts.env);
  const host = client.endpoint.display;
  const until = Date.now() + limits.deadlineMs;
  const short = () => deadlines(limits.idleMs, JSON_DEADLINE_MS, until);
  const inspect = await client.json(`/images/${imagePath(reference)}/json`, short());
  if (inspect.status === 404) throw new InputError(`image not found on the Docker engine at ${host}: ${reference}`);
  if (inspect.status !== 200)
    throw new InputError(`the Docker engine at ${host} answered ${inspect.status} for ${reference}: ${inspect.message}`);
  const info = inspect.body;
  opts.progress.start(`exporting ${reference} from the engine`);
  try {
    const exportPath = `/images/${imagePath(reference)}/get`;
    const res = await client.get(exportPath, { idleMs: limits.idleMs, until, totalMs: limits.deadlineMs });
    if (res.statusCode !== 200) {
      const text = await client.body(res, exportPath);
      let msg = text.trim();
      try {
        msg = JSON.parse(text).message ?? msg;
      } catch {
      }
      throw new InputError(`the Docker engine at ${host} could not export ${reference}: ${res.statusCode} ${msg.split("\n")[0]}`);
    }
    const name = `the engine's export of ${reference}`;
    let stopped;
    res.once("error", (e) => {
      if (e instanceof DeadlineError) stopped = e;
    });
    const files2 = await readArchiveStream(res, name, info.Size, (done, total) => opts.progress.update(done, total)).catch((e) => {
      throw stopped ? new InputError(stopped.message) : e;
    });
    const found = await findImages(files2, { platform: opts.platform });
    const images = await rawImagesOf(files2, found, typeof info.Size === "number" ? info.Size : null);
    for (const img of images) {
      img.id = info.Id ?? img.id;
      img.platform ??= info.Os && info.Architecture ? `${info.Os}/${info.Architecture}${info.Variant ? `/${info.Variant}` : ""}` : null;
    }
    return {
      images,
      index: found.index,
      warnings: [],
      async resolveBase(ref) {
        if (ref === "scratch") return { diffIds: [] };
        const r = await client.json(`/images/${imagePath(ref)}/json`, short());
        if (r.status === 200) return { diffIds: r.body.RootFS?.Layers ?? [] };
        return { reason: r.status === 404 ? `${ref} is not on the engine` : `the engine answered ${r.status} for ${ref}` };
      }
    };
  } catch (e) {
    if (e instanceof ArchiveError) throw new InputError(e.message);
    throw e;
  } finally {
    opts.progress.finish();
  }
}
var ENGINE_LIMITS;
var init_engine = __esm({
  "src/image/sources/engine/engine.ts"() {
    "use strict";
    init_layout();
    init_read();
    init_archive();
    init_errors();
    init_client();
    init_host();
    ENGINE_LIMITS = { deadlineMs: ENGINE_DEADLINE_MS, idleMs: IDLE_MS };
  }
});

// src/patterns/stats.ts
var matchStats;
var init_stats = __esm({
  "src/patterns/stats.ts"() {
    "use strict";
    matchStats = { steps: 0 };
  }
});

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
function goClean(path5) {
  if (path5 === "") return ".";
  const rooted = path5[0] === "/";
  const out = [];
  for (const part of path5.split("/")) {
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
var BadPatternError, STAR, QMARK, LBRACK, RBRACK, BSLASH, CARET, DASH, SLASH;
var init_go = __esm({
  "src/patterns/go.ts"() {
    "use strict";
    init_stats();
    BadPatternError = class extends Error {
      constructor() {
        super("syntax error in pattern");
      }
    };
    STAR = 42;
    QMARK = 63;
    LBRACK = 91;
    RBRACK = 93;
    BSLASH = 92;
    CARET = 94;
    DASH = 45;
    SLASH = 47;
  }
});

// src/patterns/nfa.ts
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
var UnsupportedRegexp, CLASS_CACHE, Parser, DFA_STATES, DFA_TRANSITIONS, LinearRegexp;
var init_nfa = __esm({
  "src/patterns/nfa.ts"() {
    "use strict";
    init_stats();
    UnsupportedRegexp = class extends Error {
    };
    CLASS_CACHE = 256;
    Parser = class {
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
    DFA_STATES = 2048;
    DFA_TRANSITIONS = 256;
    LinearRegexp = class {
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
        if (this.head !== "" && !input.startsWith(this.head)) {
          if (atSlashes !== void 0) for (let k = input.indexOf("/"); k >= 0; k = input.indexOf("/", k + 1)) atSlashes.push(false);
          atSlashes?.push(false);
          return false;
        }
        if (this.tail !== "" && atSlashes === void 0 && !input.endsWith(this.tail)) return false;
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
  }
});

// src/patterns/matcher.ts
function literal(cp) {
  return String.fromCodePoint(cp);
}
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
var PatternError, Pattern, PERL, CONTROL, PatternMatcher;
var init_matcher = __esm({
  "src/patterns/matcher.ts"() {
    "use strict";
    init_go();
    init_nfa();
    PatternError = class extends Error {
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
    Pattern = class {
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
      match(path5) {
        if (this.type === void 0) this.compile();
        if (this.compileError !== void 0) throw new PatternError(this.compileError, this.cleaned, this.source);
        switch (this.type) {
          case "exact":
            return path5 === this.cleaned;
          case "prefix":
            return path5.startsWith(this.cleaned.slice(0, -2));
          case "suffix": {
            const suffix = this.cleaned.slice(2);
            if (path5.endsWith(suffix)) return true;
            return suffix[0] === "/" && path5 === suffix.slice(1);
          }
          default:
            return this.regexp.test(path5);
        }
      }
      /**
       * Whether the pattern matches one of the parent directories of `path` ("a" and "a/b" for "a/b/c"),
       * ignoring a compile error as Go's parent loop does. Linear in the path: one pass, not one match per parent.
       */
      matchParentDir(path5) {
        if (this.type === void 0) this.compile();
        if (this.compileError !== void 0) return false;
        switch (this.type) {
          case "exact":
            return path5.length > this.cleaned.length && path5[this.cleaned.length] === "/" && path5.startsWith(this.cleaned);
          case "prefix": {
            const dir = path5.lastIndexOf("/");
            return dir >= 0 && path5.slice(0, dir).startsWith(this.cleaned.slice(0, -2));
          }
          case "suffix": {
            for (let k = path5.indexOf("/"); k >= 0; k = path5.indexOf("/", k + 1)) if (this.match(path5.slice(0, k))) return true;
            return false;
          }
          default:
            return this.regexp.testDirPrefixes(path5);
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
    PERL = {
      d: ["0-9", "[0-9]"],
      D: ["", "[^0-9]"],
      s: ["\\t\\n\\f\\r ", "[\\t\\n\\f\\r ]"],
      S: ["", "[^\\t\\n\\f\\r ]"],
      w: ["0-9A-Za-z_", "[0-9A-Za-z_]"],
      W: ["", "[^0-9A-Za-z_]"]
    };
    CONTROL = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
    PatternMatcher = class {
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
  }
});

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
var init_sort = __esm({
  "src/util/sort.ts"() {
    "use strict";
  }
});

// src/image/dive.ts
function visitDepthChildFirst(node, visit, onlyLeaves, isRoot = true) {
  const keys = [...node.children.keys()].sort(compareBytes);
  for (const k of keys) {
    const child = node.children.get(k);
    if (child) visitDepthChildFirst(child, visit, onlyLeaves, false);
  }
  if (isRoot) return;
  if (!onlyLeaves || node.children.size === 0) visit(node);
}
function splitPath(path5) {
  return path5.split("/").filter((p) => p !== "");
}
function diveFigures(layers, excluded = () => false) {
  const lists = layers.map(layerEntries);
  const treeOf = (entries) => {
    const t = new DTree();
    for (let i = 0; i < entries.length; i++) {
      const size = entries.size(i);
      const isDir = entries.kind(i) === "dir";
      t.fileSize += size;
      t.addPath(entries.path(i), size === 0 ? isDir ? EMPTY_DIR : EMPTY : { size, isDir });
    }
    return t;
  };
  const map = /* @__PURE__ */ new Map();
  const stacked = lists[0] && treeOf(lists[0]);
  let userSize = 0;
  lists.forEach((entries, index) => {
    const prior = stacked;
    const tree = treeOf(entries);
    if (index > 0) userSize += tree.fileSize;
    try {
      visitDepthChildFirst(
        tree.root,
        (node) => {
          const path5 = node.path();
          let data = map.get(path5);
          if (!data) map.set(path5, data = { cumulative: 0, min: -1, count: 0 });
          let size = 0;
          if (node.isWhiteout()) {
            const previous = prior.getNode(path5);
            if (!previous) throw new StopLayer();
            if (previous.info.isDir) {
              visitDepthChildFirst(previous, (n) => size += n.info.size, false, false);
            }
          } else size = node.info.size;
          data.cumulative += size;
          if (data.min < 0 || size < data.min) data.min = size;
          data.count++;
        },
        true
      );
    } catch (e) {
      if (!(e instanceof StopLayer)) throw e;
    }
    prior.stack(tree);
  });
  let minimum = 0;
  let discovered = 0;
  let wasted = 0;
  const inefficient = [];
  for (const [path5, d] of map) {
    if (excluded(path5)) continue;
    minimum += d.min;
    discovered += d.cumulative;
    if (d.count >= 2) {
      wasted += d.cumulative;
      inefficient.push({ path: path5, cumulativeBytes: d.cumulative, count: d.count });
    }
  }
  inefficient.sort((a, b) => b.cumulativeBytes - a.cumulativeBytes || compareBytes(a.path, b.path));
  return {
    wastedBytes: wasted,
    efficiency: discovered === 0 ? 1 : minimum / discovered,
    userSizeBytes: userSize,
    wastedUserPercent: userSize === 0 ? null : wasted / userSize,
    inefficient
  };
}
var WHITEOUT, DOUBLE_WHITEOUT, EMPTY, EMPTY_DIR, NO_CHILDREN, DNode, compareBytes, DTree, StopLayer;
var init_dive = __esm({
  "src/image/dive.ts"() {
    "use strict";
    init_entries();
    init_sort();
    WHITEOUT = ".wh.";
    DOUBLE_WHITEOUT = ".wh..wh..";
    EMPTY = { size: 0, isDir: false };
    EMPTY_DIR = { size: 0, isDir: true };
    NO_CHILDREN = /* @__PURE__ */ new Map();
    DNode = class {
      constructor(name, parent) {
        this.name = name;
        this.parent = parent;
      }
      name;
      parent;
      kids;
      info = EMPTY;
      cachedPath;
      get children() {
        return this.kids ?? NO_CHILDREN;
      }
      setChild(name, child) {
        (this.kids ??= /* @__PURE__ */ new Map()).set(name, child);
      }
      deleteChild(name) {
        this.kids?.delete(name);
      }
      isWhiteout() {
        return this.name.startsWith(WHITEOUT);
      }
      /** dive's FileNode.Path(): the whiteout prefix is dropped from the node's own name. */
      path() {
        if (this.cachedPath === void 0) {
          const names = [];
          for (let n = this; n?.parent !== void 0; n = n.parent) {
            names.push(n === this && n.name.startsWith(WHITEOUT) ? n.name.slice(WHITEOUT.length) : n.name);
          }
          this.cachedPath = ("/" + names.reverse().join("/")).replace(/\/\//g, "/");
        }
        return this.cachedPath;
      }
    };
    compareBytes = compareCodePoints;
    DTree = class {
      root = new DNode("", void 0);
      fileSize = 0;
      addPath(path5, info) {
        const names = splitPath(path5);
        let node = this.root;
        for (let i = 0; i < names.length; i++) {
          const name = names[i];
          const existing = node.children.get(name);
          if (existing) node = existing;
          else {
            if (name.startsWith(DOUBLE_WHITEOUT)) return;
            const child = new DNode(name, node);
            node.setChild(name, child);
            node = child;
          }
          if (i === names.length - 1) node.info = info;
        }
      }
      getNode(path5) {
        let node = this.root;
        for (const name of splitPath(path5)) {
          node = node.children.get(name);
          if (!node) return void 0;
        }
        return node;
      }
      removePath(path5) {
        const node = this.getNode(path5);
        if (node && node.parent) node.parent.deleteChild(node.name);
      }
      /** FileTree.Stack: whiteouts remove, everything else (intermediate directories too) is added. */
      stack(upper) {
        visitDepthChildFirst(
          upper.root,
          (n) => {
            if (n.isWhiteout()) this.removePath(n.path());
            else this.addPath(n.path(), n.info);
          },
          false
        );
      }
    };
    StopLayer = class extends Error {
    };
  }
});

// src/context/top.ts
function less(a, b) {
  return a.bytes < b.bytes || a.bytes === b.bytes && a.path > b.path;
}
var TopN;
var init_top = __esm({
  "src/context/top.ts"() {
    "use strict";
    TopN = class {
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
  }
});

// src/model/image.ts
var TREE_VERSION;
var init_image = __esm({
  "src/model/image.ts"() {
    "use strict";
    TREE_VERSION = 1;
  }
});

// src/image/tree.ts
function dominantLayer(byLayer) {
  const pairs = byLayer instanceof Map ? byLayer : Array.from(byLayer, (b, l) => [l, b]);
  let best = null;
  let bestBytes = 0;
  for (const [layer, bytes] of pairs) {
    if (bytes > bestBytes || bytes === bestBytes && bytes > 0 && best !== null && layer < best) {
      best = layer;
      bestBytes = bytes;
    }
  }
  return best;
}
function byPath(a, b) {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
function indexImageTree(root, layers, opts = {}) {
  const depth = opts.depth ?? TREE_DEPTH;
  const largest = opts.largest ?? TREE_LARGEST;
  const maxDirs = opts.maxDirectories ?? MAX_TREE_DIRECTORIES;
  const shallow = [];
  const topDirs = new TopN(largest);
  const topFiles = new TopN(largest);
  const layerCount = layers.length;
  const byLevel = [];
  const walk = (dir, path5, level) => {
    const byLayer = byLevel[level] ??= new Float64Array(layerCount);
    byLayer.fill(0);
    let bytes = 0;
    let files2 = 0;
    for (const [name, child] of dir.children) {
      if (child.dir) {
        const sub = walk(child, `${path5}/${name}`, level + 1);
        bytes += sub.bytes;
        files2 += sub.files;
        const below = byLevel[level + 1];
        for (let l = 0; l < layerCount; l++) byLayer[l] += below[l];
      } else if (child.regular) {
        files2++;
        bytes += child.size;
        if (child.size > 0) {
          byLayer[child.layer] += child.size;
          if (topFiles.accepts(child.size)) topFiles.add({ path: `${path5}/${name}`, bytes: child.size, layer: child.layer });
        }
      }
    }
    if (level > 0 && (level <= depth || topDirs.accepts(bytes))) {
      const d = { path: path5, bytes, files: files2, layer: dominantLayer(byLayer) };
      if (level <= depth) shallow.push(d);
      topDirs.add(d);
    }
    return { bytes, files: files2 };
  };
  const total = walk(root, "", 0);
  let directories = shallow;
  let omitted = 0;
  if (shallow.length > maxDirs) {
    directories = [...shallow].sort((a, b) => b.bytes - a.bytes || byPath(a, b)).slice(0, maxDirs);
    omitted = shallow.length - maxDirs;
  }
  directories.sort(byPath);
  return {
    version: TREE_VERSION,
    depth,
    bytes: total.bytes,
    files: total.files,
    directories,
    directoriesOmitted: omitted,
    largestDirectories: topDirs.sorted(),
    largestFiles: topFiles.sorted(),
    layers: layers.map((entries, index) => ({
      index,
      directories: layerDirectories(entries, depth, opts.layerTop ?? LAYER_TOP_DIRECTORIES)
    }))
  };
}
function bucketOf(path5, depth) {
  const parts = path5.split("/");
  parts.pop();
  return "/" + parts.slice(0, depth).join("/");
}
function layerDirectories(input, depth, n) {
  const entries = layerEntries(input);
  const buckets = /* @__PURE__ */ new Map();
  const bucketOfDir = new Array(entries.directories);
  for (let i = 0; i < entries.length; i++) {
    const kind = entries.kind(i);
    if (kind !== "file" && kind !== "hardlink") continue;
    if (entries.name(i).startsWith(".wh.")) continue;
    const id = entries.dirId(i);
    const key = bucketOfDir[id] ??= bucketOf(`${entries.dirPath(id)}/`, depth);
    const size = entries.size(i);
    const b = buckets.get(key);
    if (b) {
      b.bytes += size;
      b.files++;
    } else buckets.set(key, { bytes: size, files: 1 });
  }
  return [...buckets].map(([path5, b]) => ({ path: path5, bytes: b.bytes, files: b.files })).filter((d) => d.bytes > 0).sort((a, b) => b.bytes - a.bytes || byPath(a, b)).slice(0, n);
}
var TREE_DEPTH, TREE_LARGEST, MAX_TREE_DIRECTORIES, LAYER_TOP_DIRECTORIES;
var init_tree = __esm({
  "src/image/tree.ts"() {
    "use strict";
    init_top();
    init_image();
    init_entries();
    TREE_DEPTH = 4;
    TREE_LARGEST = 200;
    MAX_TREE_DIRECTORIES = 2e3;
    LAYER_TOP_DIRECTORIES = 5;
  }
});

// src/image/waste.ts
function computeWaste(layers, opts = {}) {
  const excluded = opts.excluded ?? (() => false);
  const root = { dir: true, children: /* @__PURE__ */ new Map(), layer: -1 };
  const losses = /* @__PURE__ */ new Map();
  let added = 0;
  let reclaimable = 0;
  const lose = (key, cause, filePath, node, layer) => {
    if (excluded(filePath) || node.size === 0) return;
    const id = `${cause}\0${key}`;
    let l = losses.get(id);
    if (!l) losses.set(id, l = { path: "/" + key, cause, bytes: 0, addedIn: /* @__PURE__ */ new Set(), removedIn: /* @__PURE__ */ new Set() });
    l.bytes += node.size;
    l.addedIn.add(node.layer);
    l.removedIn.add(layer);
    reclaimable += node.size;
  };
  const removeLower = (node, path5, key, cause, layer) => {
    if (!node.dir) {
      if (node.layer >= layer) return false;
      lose(key, cause, path5, node, layer);
      return true;
    }
    for (const [name, child] of node.children) {
      if (removeLower(child, path5 === "" ? name : `${path5}/${name}`, key, cause, layer)) node.children.delete(name);
    }
    return node.children.size === 0 && node.layer < layer;
  };
  layers.forEach((input, layer) => {
    const entries = layerEntries(input);
    for (let i = 0; i < entries.length; i++) {
      const dirPath = entries.dir(i);
      const base = entries.name(i);
      const kind = entries.kind(i);
      if (base === OPAQUE) {
        const dir = ensureDir(root, dirPath, layer, lose);
        for (const [name, child] of dir.children) {
          const p = dirPath === "" ? name : `${dirPath}/${name}`;
          if (removeLower(child, p, dirPath, "opaque", layer)) dir.children.delete(name);
        }
        continue;
      }
      if (base.startsWith(WHITEOUT2)) {
        const dir = ensureDir(root, dirPath, layer, lose);
        const name = base.slice(WHITEOUT2.length);
        const target2 = dir.children.get(name);
        const p = dirPath === "" ? name : `${dirPath}/${name}`;
        if (target2 && removeLower(target2, p, p, "deleted", layer)) dir.children.delete(name);
        continue;
      }
      const parent = ensureDir(root, dirPath, layer, lose);
      const existing = parent.children.get(base);
      const path5 = dirPath === "" ? base : `${dirPath}/${base}`;
      if (kind === "dir") {
        if (existing?.dir) existing.layer = layer;
        else {
          if (existing) lose(path5, "overwritten", path5, existing, layer);
          parent.children.set(base, { dir: true, children: /* @__PURE__ */ new Map(), layer });
        }
        continue;
      }
      if (existing) {
        if (existing.dir) {
          for (const [name, child] of existing.children) removeAll(child, `${path5}/${name}`, path5, layer, lose);
        } else lose(path5, "overwritten", path5, existing, layer);
      }
      const size = kind === "file" ? entries.size(i) : 0;
      if (!excluded(path5)) added += size;
      parent.children.set(base, { dir: false, size, regular: kind === "file" || kind === "hardlink", layer });
    }
  });
  const kept = added - reclaimable;
  const top = [...losses.values()].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).slice(0, opts.top ?? 10).map((l) => ({
    path: l.path,
    reclaimableBytes: l.bytes,
    cause: l.cause,
    addedIn: [...l.addedIn].sort((a, b) => a - b),
    removedIn: [...l.removedIn].sort((a, b) => a - b)
  }));
  return {
    reclaimableBytes: reclaimable,
    addedBytes: added,
    keptBytes: kept,
    efficiency: added === 0 ? 1 : kept / added,
    topPaths: top,
    final: root
  };
}
function ensureDir(root, path5, layer, lose) {
  let node = root;
  if (path5 === "") return node;
  let sofar = "";
  for (const name of path5.split("/")) {
    sofar = sofar === "" ? name : `${sofar}/${name}`;
    const child = node.children.get(name);
    if (child?.dir) node = child;
    else {
      if (child) lose(sofar, "overwritten", sofar, child, layer);
      const d = { dir: true, children: /* @__PURE__ */ new Map(), layer };
      node.children.set(name, d);
      node = d;
    }
  }
  return node;
}
function removeAll(node, path5, key, layer, lose) {
  if (!node.dir) {
    lose(key, "overwritten", path5, node, layer);
    return;
  }
  for (const [name, child] of node.children) removeAll(child, `${path5}/${name}`, key, layer, lose);
}
var WHITEOUT2, OPAQUE;
var init_waste = __esm({
  "src/image/waste.ts"() {
    "use strict";
    init_entries();
    WHITEOUT2 = ".wh.";
    OPAQUE = ".wh..wh..opq";
  }
});

// src/image/analyze.ts
function compressionOfMediaType(mediaType) {
  if (/\+gzip$|\.tar\.gzip$|\.gzip$/.test(mediaType)) return "gzip";
  if (/\+zstd$|\.zstd$/.test(mediaType)) return "zstd";
  if (/\.tar$|layer\.v1\.tar$/.test(mediaType)) return "none";
  return null;
}
function analyzeImage(raw, opts) {
  const warnings = [];
  const n = raw.layers.length;
  const hist = historyOfLayers(raw.history, n);
  const sum = (pick) => {
    let s = 0;
    for (const l of raw.layers) {
      const v = pick(l);
      if (v === null) return null;
      s += v;
    }
    return s;
  };
  const compressedOf = (l) => l.compression === "gzip" || l.compression === "zstd" ? l.blobBytes : null;
  const uncompressedOf = (l) => l.uncompressedBytes ?? (l.compression === "none" ? l.blobBytes : null);
  const unpacked = sum((l) => l.unpackedBytes);
  const compressed = n === 0 ? null : sum(compressedOf);
  const basis = unpacked !== null ? "unpacked" : "compressed";
  const sizeOf = (l) => (basis === "unpacked" ? l.unpackedBytes : l.blobBytes) ?? 0;
  const total = raw.layers.reduce((s, l) => s + sizeOf(l), 0);
  let baseCount = null;
  if (opts.base) {
    const b = opts.base.diffIds;
    const matches = b.length <= raw.diffIds.length && b.every((d, i) => d === raw.diffIds[i]);
    if (matches) baseCount = b.length;
    else {
      warnings.push(
        `the image is not built on ${opts.base.reference} as the same source has it (its first layers differ): the base/own split is left out`
      );
    }
  }
  const layers = raw.layers.map((l, i) => {
    const h = hist[i];
    const share = total === 0 ? 0 : sizeOf(l) / total;
    const base = baseCount === null ? null : i < baseCount;
    const flags = [];
    if (base !== true && copiesWholeContext(h.createdBy, opts.wholeContextDests)) flags.push("copies-whole-context");
    if (base !== true && share > opts.layerShare) flags.push("large-share");
    return {
      index: i,
      digest: l.digest,
      diffId: raw.diffIds[i] ?? null,
      mediaType: l.mediaType,
      compression: l.compression,
      compressedBytes: compressedOf(l),
      uncompressedBytes: uncompressedOf(l),
      unpackedBytes: l.unpackedBytes,
      files: l.files,
      share,
      createdBy: h.createdBy,
      created: h.created,
      comment: h.comment,
      base,
      flags
    };
  });
  const split2 = (ls) => ({
    layers: ls.length,
    unpackedBytes: ls.every((l) => l.unpackedBytes !== null) ? ls.reduce((s, l) => s + l.unpackedBytes, 0) : null,
    compressedBytes: ls.every((l) => l.compressedBytes !== null) ? ls.reduce((s, l) => s + l.compressedBytes, 0) : null
  });
  const smokingGuns = layers.filter((l) => l.flags.length > 0).sort((a, b) => b.share - a.share || a.index - b.index).map((l) => l.index);
  const image2 = {
    platform: raw.platform,
    id: raw.id,
    digest: raw.digest,
    created: raw.created,
    unpackedBytes: unpacked,
    uncompressedBytes: sum(uncompressedOf),
    compressedBytes: compressed,
    downloadBytes: raw.isPull ? (raw.configBytes ?? 0) + raw.layers.reduce((s, l) => s + (l.blobBytes ?? 0), 0) : null,
    engineReportedBytes: raw.engineReportedBytes,
    layerCount: n,
    sizeBasis: basis,
    layers,
    base: baseCount === null ? null : { reference: opts.base.reference, ...split2(layers.slice(0, baseCount)) },
    own: baseCount === null ? null : split2(layers.slice(baseCount)),
    smokingGuns,
    layerShareThreshold: opts.layerShare,
    ...wasteAndTree(raw, opts, warnings)
  };
  return { image: image2, warnings };
}
function wasteExcluder(patterns) {
  if (patterns.length === 0) return () => false;
  const m = new PatternMatcher(patterns.map((p) => p.replace(/^\/+/, "")));
  return (path5) => m.matchesOrParentMatches(path5.replace(/^\/+/, ""));
}
function wasteAndTree(raw, opts, warnings) {
  if (raw.layers.length === 0 || raw.layers.some((l) => l.entries === null)) return { waste: null, tree: null };
  const entries = raw.layers.reduce((s, l) => s + l.entries.length, 0);
  if (entries > MAX_WASTE_ENTRIES) {
    warnings.push(
      `the waste figures are left out: the layers hold ${entries} entries in all, more than the ${MAX_WASTE_ENTRIES} they are computed for (the file tree too)`
    );
    return { waste: null, tree: null };
  }
  const layers = raw.layers.map((l) => l.entries);
  const excluded = wasteExcluder(opts.wasteExclude);
  const ours = computeWaste(layers, { excluded, top: opts.top });
  const tree = indexImageTree(ours.final, layers);
  const dive = diveFigures(layers, excluded);
  const waste = {
    reclaimableBytes: ours.reclaimableBytes,
    efficiency: ours.efficiency,
    addedBytes: ours.addedBytes,
    topPaths: ours.topPaths,
    excluded: [...opts.wasteExclude],
    dive: {
      wastedBytes: dive.wastedBytes,
      efficiency: dive.efficiency,
      userSizeBytes: dive.userSizeBytes,
      wastedUserPercent: dive.wastedUserPercent
    }
  };
  return { waste, tree };
}
var MAX_WASTE_ENTRIES;
var init_analyze = __esm({
  "src/image/analyze.ts"() {
    "use strict";
    init_matcher();
    init_dive();
    init_history();
    init_tree();
    init_waste();
    MAX_WASTE_ENTRIES = 2e6;
  }
});

// src/image/sources/registry/auth.ts
function parseChallenge(header) {
  if (!header) return void 0;
  const m = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header);
  if (!m) return void 0;
  const params = {};
  const re = /([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?\s*/gy;
  const rest = m[2];
  re.lastIndex = 0;
  let p;
  while ((p = re.exec(rest)) !== null && p[0] !== "") {
    params[p[1].toLowerCase()] = p[2] !== void 0 ? p[2].replace(/\\(.)/g, "$1") : p[3];
  }
  return { scheme: m[1].toLowerCase(), params };
}
function registryKey(host) {
  const h = host.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/\/.*$/, "");
  return h === "index.docker.io" || h === "registry-1.docker.io" || h === "registry.hub.docker.com" ? "docker.io" : h;
}
function configKeys(registry) {
  if (registry === "docker.io") return ["https://index.docker.io/v1/", "index.docker.io", "docker.io", "registry-1.docker.io"];
  return [
    registry,
    `https://${registry}`,
    `http://${registry}`,
    `https://${registry}/v1/`,
    `https://${registry}/v2/`,
    `http://${registry}/v1/`
  ];
}
function findCredentials(registry, env, config, configName) {
  const user = env[ENV_USERNAME];
  const pass = env[ENV_PASSWORD];
  let unbound;
  if (user && pass !== void 0) {
    const bound = env[ENV_REGISTRY];
    if (bound && registryKey(bound) === registryKey(registry))
      return { credentials: { username: user, password: pass, from: ENV_USERNAME } };
    unbound = bound ? `${ENV_USERNAME} is for ${ENV_REGISTRY}=${registryKey(bound)}, not ${registry}, so it is not sent there` : `${ENV_USERNAME} is set but ${ENV_REGISTRY} is not: set it to the registry host the credentials are for (they are sent to no other)`;
  }
  const fromConfig = configCredentials(registry, config, configName);
  if (fromConfig.credentials || !unbound) return fromConfig;
  return { note: fromConfig.note ? `${unbound}; ${fromConfig.note}` : unbound };
}
function configCredentials(registry, config, configName) {
  const c = config ?? {};
  for (const key of configKeys(registry)) {
    const a = c.auths?.[key];
    if (!a) continue;
    if (a.username && a.password !== void 0) return { credentials: { username: a.username, password: a.password, from: configName } };
    if (a.auth) {
      const decoded = Buffer.from(a.auth, "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      if (colon > 0) return { credentials: { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), from: configName } };
    }
    if (a.identitytoken)
      return {
        note: `${configName} holds an identity token for ${registry}, which is not supported; set ${ENV_USERNAME} and ${ENV_PASSWORD}`
      };
  }
  const helper = c.credHelpers?.[registry] ?? c.credsStore;
  if (helper)
    return { note: `credential helper "${helper}" in ${configName} is not used; set ${ENV_USERNAME} and ${ENV_PASSWORD} to authenticate` };
  return {};
}
function basicAuth(c) {
  return "Basic " + Buffer.from(`${c.username}:${c.password}`, "utf8").toString("base64");
}
var ENV_USERNAME, ENV_PASSWORD, ENV_REGISTRY;
var init_auth = __esm({
  "src/image/sources/registry/auth.ts"() {
    "use strict";
    ENV_USERNAME = "DOCKER_SIZE_GUARD_REGISTRY_USERNAME";
    ENV_PASSWORD = "DOCKER_SIZE_GUARD_REGISTRY_PASSWORD";
    ENV_REGISTRY = "DOCKER_SIZE_GUARD_REGISTRY";
  }
});

// src/util/http.ts
async function readCapped(res, max) {
  const declared = Number(res.headers.get("content-length") ?? "0");
  if (declared > max) {
    await res.body?.cancel().catch(() => void 0);
    throw new BodyLimit(`${declared} bytes`);
  }
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const parts = [];
  let total = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel().catch(() => void 0);
      throw new BodyLimit(`more than ${max} bytes`);
    }
    parts.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(parts);
}
var BodyLimit;
var init_http = __esm({
  "src/util/http.ts"() {
    "use strict";
    BodyLimit = class extends Error {
    };
  }
});

// src/image/sources/registry/client.ts
function isLoopback(host) {
  const h = host.replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
  return h === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(h) || h === "::1";
}
function registryBase(registry) {
  if (registry === "docker.io") return "https://registry-1.docker.io";
  return `${isLoopback(registry) ? "http" : "https"}://${registry}`;
}
function netReason(e, deadlineMs) {
  const err2 = e;
  if (err2.name === "TimeoutError" || err2.name === "AbortError") return `no complete answer within ${deadlineMs / 1e3} s`;
  return err2.cause?.code ?? err2.cause?.message ?? err2.message;
}
function registryErrorCode(body) {
  try {
    const j = JSON.parse(body.toString("utf8"));
    const code = j.errors?.[0]?.code;
    return typeof code === "string" && /^[A-Z0-9_]{1,64}$/.test(code) ? code : void 0;
  } catch {
    return void 0;
  }
}
var MAX_BODY, MAX_TOKEN_BODY, REQUEST_DEADLINE_MS, RegistryClient;
var init_client2 = __esm({
  "src/image/sources/registry/client.ts"() {
    "use strict";
    init_errors();
    init_http();
    init_auth();
    MAX_BODY = 16 * 1024 * 1024;
    MAX_TOKEN_BODY = 1024 * 1024;
    REQUEST_DEADLINE_MS = 12e4;
    RegistryClient = class {
      constructor(registry, creds, fetchFn = fetch, deadlineMs = REQUEST_DEADLINE_MS) {
        this.registry = registry;
        this.creds = creds;
        this.fetchFn = fetchFn;
        this.deadlineMs = deadlineMs;
        this.base = registryBase(registry);
      }
      registry;
      creds;
      fetchFn;
      deadlineMs;
      base;
      /** Authorization header per repository, once a challenge was answered. */
      auth = /* @__PURE__ */ new Map();
      /** GET /v2/<repository>/<kind>/<ref>; answers any status (after one authentication round), throws on network errors. */
      async get(repository, kind, ref, accept) {
        const url = `${this.base}/v2/${repository}/${kind}/${ref}`;
        let res = await this.send(url, accept, this.auth.get(repository));
        if (res.status === 401) {
          const header = await this.answer(res.headers.get("www-authenticate"), repository);
          if (header !== void 0) {
            this.auth.set(repository, header);
            res = await this.send(url, accept, header);
          }
        }
        return res;
      }
      /**
       * GET a blob as a stream (a layer): the response after one authentication round; the caller reads (or
       * cancels) its body. Throws on network errors.
       */
      async openBlob(repository, digest) {
        const url = `${this.base}/v2/${repository}/blobs/${digest}`;
        let res = await this.open(url, void 0, this.auth.get(repository), 30 * 6e4);
        if (res.status === 401) {
          await res.body?.cancel();
          const header = await this.answer(res.headers.get("www-authenticate"), repository);
          if (header !== void 0) {
            this.auth.set(repository, header);
            res = await this.open(url, void 0, header, 30 * 6e4);
          }
        }
        return res;
      }
      /** Describes a failed response in one line. `what` names what was asked for. */
      failure(res, what) {
        const code = registryErrorCode(res.body);
        const detail = code ? ` (${code})` : "";
        if (res.status === 401 || res.status === 403) {
          const c = this.creds.credentials;
          const how = c ? `with the credentials from ${c.from}` : this.creds.note ? `anonymously; ${this.creds.note}` : "anonymously (set DOCKER_SIZE_GUARD_REGISTRY_USERNAME and DOCKER_SIZE_GUARD_REGISTRY_PASSWORD, or docker login)";
          return new InputError(`the registry ${this.registry} refused access to ${what} ${how}: ${res.status}${detail}`);
        }
        if (res.status === 404) return new InputError(`${what} not found on the registry ${this.registry}: 404${detail}`);
        return new InputError(`the registry ${this.registry} answered ${res.status}${detail} for ${what}`);
      }
      async answer(header, repository) {
        const ch2 = parseChallenge(header);
        if (!ch2) return void 0;
        const c = this.creds.credentials;
        if (ch2.scheme === "basic") return c ? basicAuth(c) : void 0;
        if (ch2.scheme !== "bearer" || !ch2.params.realm) return void 0;
        let realm;
        try {
          realm = new URL(ch2.params.realm);
        } catch {
          throw new InputError(`the registry ${this.registry} sent a bad token realm`);
        }
        if (ch2.params.service) realm.searchParams.set("service", ch2.params.service);
        realm.searchParams.set("scope", ch2.params.scope ?? `repository:${repository}:pull`);
        const headers = { "User-Agent": "docker-size-guard" };
        if (c) headers.Authorization = basicAuth(c);
        let res;
        let text;
        const signal = AbortSignal.timeout(this.deadlineMs);
        try {
          res = await this.fetchFn(realm, { headers, redirect: "follow", signal });
          text = (await readCapped(res, MAX_TOKEN_BODY)).toString("utf8");
        } catch (e) {
          if (e instanceof BodyLimit)
            throw new InputError(
              `the token service of the registry ${this.registry} (${realm.host}) sent ${e.message}; refusing more than ${MAX_TOKEN_BODY}`
            );
          throw new InputError(
            `cannot reach the token service of the registry ${this.registry} (${realm.host}): ${netReason(e, this.deadlineMs)}`
          );
        }
        if (res.status === 401 || res.status === 403) {
          throw new InputError(
            `the token service of the registry ${this.registry} refused ${c ? `the credentials from ${c.from}` : "anonymous access"}: ${res.status}`
          );
        }
        if (!res.ok) throw new InputError(`the token service of the registry ${this.registry} answered ${res.status}`);
        let token;
        try {
          const body = JSON.parse(text);
          token = body.token || body.access_token;
        } catch {
        }
        if (!token) throw new InputError(`the token service of the registry ${this.registry} sent no token`);
        return `Bearer ${token}`;
      }
      /** Opens a request whose body the caller streams (layer blobs); `timeoutMs` bounds the whole response. */
      async open(url, accept, authorization, timeoutMs) {
        const headers = { "User-Agent": "docker-size-guard" };
        if (accept) headers.Accept = accept;
        if (authorization) headers.Authorization = authorization;
        try {
          return await this.fetchFn(url, { headers, redirect: "follow", signal: AbortSignal.timeout(timeoutMs) });
        } catch (e) {
          throw new InputError(`cannot reach the registry ${this.registry}: ${netReason(e, timeoutMs)}`);
        }
      }
      async send(url, accept, authorization) {
        const headers = { "User-Agent": "docker-size-guard" };
        if (accept) headers.Accept = accept;
        if (authorization) headers.Authorization = authorization;
        let res;
        let body;
        try {
          res = await this.fetchFn(url, { headers, redirect: "follow", signal: AbortSignal.timeout(this.deadlineMs) });
          body = await readCapped(res, MAX_BODY);
        } catch (e) {
          if (e instanceof BodyLimit)
            throw new InputError(`the registry ${this.registry} sent ${e.message} for a manifest or config; refusing more than ${MAX_BODY}`);
          throw new InputError(`cannot reach the registry ${this.registry}: ${netReason(e, this.deadlineMs)}`);
        }
        return { status: res.status, headers: res.headers, body };
      }
    };
  }
});

// src/image/sources/registry/registry.ts
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path3 from "node:path";
async function defaultDockerConfig(env) {
  const dir = env.DOCKER_CONFIG || path3.join(env.HOME ?? "", ".docker");
  const file = path3.join(dir, "config.json");
  const name = env.DOCKER_CONFIG ? "$DOCKER_CONFIG/config.json" : "~/.docker/config.json";
  try {
    return { config: JSON.parse(await readFile(file, "utf8")), name };
  } catch {
    return { config: void 0, name };
  }
}
async function registrySource(reference, opts, io = {}) {
  const clients = /* @__PURE__ */ new Map();
  const warnings = [];
  const clientFor = async (registry) => {
    let c = clients.get(registry);
    if (!c) {
      const { config, name } = await (io.readDockerConfig ?? (() => defaultDockerConfig(opts.env)))();
      const creds = findCredentials(registry, opts.env, config, name);
      if (creds.note && !creds.credentials) warnings.push(creds.note);
      c = new RegistryClient(registry, creds, io.fetch, io.deadlineMs);
      clients.set(registry, c);
    }
    return c;
  };
  const ref = parseReference(reference);
  opts.progress.start(`fetching ${formatReference(ref)} from the registry`);
  let requests = 0;
  const tick = () => opts.progress.update(++requests);
  try {
    const client = await clientFor(ref.registry);
    const { images, index } = await fetchImages(client, ref, opts.platform, tick);
    if (opts.layerContents) {
      let done = 0;
      for (const img of images)
        for (const layer of img.layers)
          await readLayer(client, ref.repository, layer, formatReference(ref), (n) => opts.progress.update(done += n));
    }
    return {
      images,
      index,
      warnings,
      async resolveBase(baseRef) {
        let r;
        try {
          r = parseReference(baseRef);
        } catch (e) {
          return { reason: e.message };
        }
        if (r.registry !== ref.registry) return { reason: `it is on ${r.registry}, not on ${ref.registry}` };
        try {
          const platform = opts.platform === "all" ? parsePlatformOf(images[0]?.platform) : opts.platform;
          const found = await fetchImages(await clientFor(r.registry), r, platform, tick, true);
          return { diffIds: [...found.images[0]?.diffIds ?? []] };
        } catch (e) {
          return { reason: e.message };
        }
      }
    };
  } finally {
    opts.progress.finish();
  }
}
function parsePlatformOf(p) {
  if (!p) return DEFAULT_PLATFORM;
  const [os, architecture, variant] = p.split("/");
  return { os, architecture, variant };
}
async function fetchImages(client, ref, platform, tick, configOnly = false) {
  const name = formatReference(ref);
  const top = await getManifest(client, ref.repository, manifestRef(ref), name, ref.digest);
  tick();
  const kind = manifestKind(top.mediaType, top.json);
  if (kind === "index") {
    const all = (top.json.manifests ?? []).filter(
      (d) => d.annotations?.["vnd.docker.reference.type"] !== "attestation-manifest" && !(d.platform?.os === "unknown" && d.platform?.architecture === "unknown")
    );
    const platforms = all.map((d) => formatPlatform(d.platform) ?? "unknown");
    const chosen = platform === "all" ? all : all.filter((d) => platformMatches(platform, d.platform)).slice(0, 1);
    if (chosen.length === 0) {
      throw new InputError(
        `${name} has no ${formatPlatform(platform)} image (it has: ${platforms.join(", ") || "none"}); choose one with --platform`
      );
    }
    const images = [];
    for (const d of chosen) {
      if (typeof d.digest !== "string") throw new InputError(`${name}: an index entry without a digest`);
      const m = await getManifest(client, ref.repository, d.digest, `${name} (${formatPlatform(d.platform) ?? d.digest})`, d.digest);
      tick();
      if (manifestKind(m.mediaType, m.json) !== "manifest") {
        throw new InputError(`${name}: the index entry ${d.digest} has the unknown media type ${JSON.stringify(m.mediaType)}`);
      }
      images.push(await imageOf(client, ref.repository, m, formatPlatform(d.platform), name, tick));
      if (configOnly) break;
    }
    return { images, index: { digest: top.digest, platforms } };
  }
  if (kind === "manifest") return { images: [await imageOf(client, ref.repository, top, null, name, tick)], index: null };
  if (kind === "schema1") throw new InputError(`${name} has a Docker schema 1 manifest (${top.mediaType}), which is not supported`);
  throw new InputError(`${name} has a manifest of unknown media type ${JSON.stringify(top.mediaType)}`);
}
async function readLayer(client, repository, layer, name, progress) {
  const digest = layer.digest;
  const what = `layer ${digest} of ${name}`;
  const res = await client.openBlob(repository, digest);
  if (res.status !== 200 || !res.body) {
    const body = await readCapped(res, MAX_BODY).catch(() => Buffer.alloc(0));
    throw client.failure({ status: res.status, headers: res.headers, body }, `the ${what}`);
  }
  const declared = layer.blobBytes ?? 0;
  const scanner = new LayerScanner(declared);
  const hash = digest.startsWith("sha256:") ? createHash("sha256") : void 0;
  let got = 0;
  try {
    for await (const chunk of res.body) {
      const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      got += buf.length;
      if (got > declared)
        throw new InputError(`the registry ${client.registry} sent more than the ${declared} bytes the manifest declares for the ${what}`);
      hash?.update(buf);
      await scanner.write(buf);
      progress(buf.length);
    }
    if (got !== declared)
      throw new InputError(`the registry ${client.registry} sent ${got} bytes for the ${what}, the manifest declares ${declared}`);
    if (hash && `sha256:${hash.digest("hex")}` !== digest)
      throw new InputError(`${name}: the content of the ${what} does not match its digest`);
    const scan = await scanner.end();
    layer.compression = scan.compression;
    layer.uncompressedBytes = scan.tarBytes;
    layer.unpackedBytes = scan.unpackedBytes;
    layer.files = scan.files;
    layer.entries = scan.entries;
  } catch (e) {
    await res.body?.cancel().catch(() => {
    });
    if (e instanceof LayerError) throw new InputError(`${name}: the ${what} is not readable: ${e.message}`);
    if (e instanceof TarError) throw new InputError(`${name}: the ${what} is not readable: layer tar: ${e.message}`);
    throw e;
  }
}
function manifestKind(mediaType, json) {
  if (mediaType === OCI_INDEX || mediaType === DOCKER_LIST) return "index";
  if (mediaType === OCI_MANIFEST || mediaType === DOCKER_MANIFEST) return "manifest";
  if (/^application\/vnd\.docker\.distribution\.manifest\.v1\+(prettyjws|json)$/.test(mediaType)) return "schema1";
  const doc = json;
  if ((mediaType === "" || mediaType === "application/json" || mediaType === "application/octet-stream") && doc && typeof doc === "object") {
    if (doc.schemaVersion === 1 && Array.isArray(doc.fsLayers)) return "schema1";
    if (doc.schemaVersion === 2 && Array.isArray(doc.manifests)) return "index";
    if (doc.schemaVersion === 2 && doc.config && Array.isArray(doc.layers)) return "manifest";
  }
  return "unknown";
}
async function getManifest(client, repository, reference, name, expectDigest) {
  const res = await client.get(repository, "manifests", reference, ACCEPT);
  if (res.status !== 200) throw client.failure(res, name);
  const digest = verify(res, expectDigest, name);
  let json;
  try {
    json = JSON.parse(res.body.toString("utf8"));
  } catch {
    throw new InputError(`${name}: the registry ${client.registry} sent a manifest that is not JSON`);
  }
  const headerType = (res.headers.get("content-type") ?? "").split(";")[0].trim();
  const bodyType = json.mediaType;
  const mediaType = bodyType || (headerType === "application/json" ? "" : headerType);
  return { mediaType, digest, json, bytes: res.body.length };
}
function verify(res, expect, name) {
  const computed = `sha256:${createHash("sha256").update(res.body).digest("hex")}`;
  if (expect !== null && expect.startsWith("sha256:") && expect !== computed) {
    throw new InputError(`${name}: the content does not match its digest ${expect}`);
  }
  return res.headers.get("docker-content-digest") ?? computed;
}
async function imageOf(client, repository, m, platform, name, tick) {
  const man = m.json;
  const cfg = man.config;
  if (typeof cfg?.digest !== "string") throw new InputError(`${name}: the manifest has no config`);
  if (cfg.mediaType && !CONFIG_TYPES.has(cfg.mediaType)) {
    throw new InputError(`${name} is not a container image: its config has the unknown media type ${JSON.stringify(cfg.mediaType)}`);
  }
  const res = await client.get(repository, "blobs", cfg.digest);
  tick();
  if (res.status !== 200) throw client.failure(res, `the config of ${name}`);
  verify(res, cfg.digest, `the config of ${name}`);
  let config;
  try {
    config = JSON.parse(res.body.toString("utf8"));
  } catch {
    throw new InputError(`${name}: its config is not JSON`);
  }
  const layers = (man.layers ?? []).map((l) => {
    if (typeof l.digest !== "string" || typeof l.size !== "number")
      throw new InputError(`${name}: a layer descriptor without digest or size`);
    return {
      digest: l.digest,
      mediaType: l.mediaType ?? null,
      compression: l.mediaType ? compressionOfMediaType(l.mediaType) : null,
      blobBytes: l.size,
      uncompressedBytes: null,
      unpackedBytes: null,
      files: null,
      entries: null
    };
  });
  const diffIds = config.rootfs?.diff_ids ?? [];
  if (diffIds.length !== layers.length)
    throw new InputError(`${name}: the config lists ${diffIds.length} layers but the manifest ${layers.length}`);
  return {
    platform: platform ?? formatPlatform(
      config.os && config.architecture ? { os: config.os, architecture: config.architecture, variant: config.variant } : void 0
    ),
    id: cfg.digest,
    digest: m.digest,
    created: config.created ?? null,
    history: config.history ?? [],
    diffIds,
    layers,
    configBytes: typeof cfg.size === "number" ? cfg.size : res.body.length,
    engineReportedBytes: null,
    isPull: true
  };
}
var ACCEPT;
var init_registry = __esm({
  "src/image/sources/registry/registry.ts"() {
    "use strict";
    init_analyze();
    init_platform();
    init_reference();
    init_media_types();
    init_errors();
    init_layer();
    init_tar();
    init_auth();
    init_client2();
    init_http();
    ACCEPT = [OCI_INDEX, DOCKER_LIST, OCI_MANIFEST, DOCKER_MANIFEST].join(", ");
  }
});

// src/image/source.ts
var NO_PROGRESS;
var init_source = __esm({
  "src/image/source.ts"() {
    "use strict";
    NO_PROGRESS = { start() {
    }, update() {
    }, finish() {
    } };
  }
});

// src/image/sources/measure.ts
function sourceOf(req) {
  if (req.archive) return "archive";
  if (req.registry) return "registry";
  return parseReference(req.image).explicitRegistry ? "registry" : "engine";
}
async function measureImage(req, io) {
  const source = sourceOf(req);
  const opts = {
    platform: req.platform,
    env: io.env,
    progress: io.progress ?? NO_PROGRESS,
    layerContents: req.registryLayers === true
  };
  const found = await SOURCES[source](req, opts, io);
  const warnings = [...found.warnings];
  let base;
  if (req.base !== void 0) {
    if (req.base === "scratch") base = { reference: "scratch", diffIds: [] };
    else {
      const r = await found.resolveBase(req.base);
      if ("diffIds" in r) base = { reference: req.base, diffIds: r.diffIds };
      else warnings.push(`base image ${req.base} could not be resolved on the same source (${r.reason}): the base/own split is left out`);
    }
  } else if (req.baseUnknownReason) warnings.push(`base image unknown (${req.baseUnknownReason}): the base/own split is left out`);
  const images = found.images.map((raw) => {
    const a = analyzeImage(raw, {
      layerShare: req.layerShare,
      base,
      wholeContextDests: req.wholeContextDests,
      wasteExclude: req.wasteExclude,
      top: req.top
    });
    warnings.push(...a.warnings.map((w) => found.images.length > 1 && raw.platform ? `${raw.platform}: ${w}` : w));
    return a.image;
  });
  if (source === "registry" && !req.registryLayers)
    warnings.push(
      "layer contents are not downloaded from a registry: unpacked sizes and waste are not measured (use --registry-layers, --image-archive or the engine for those)"
    );
  const lead = Math.max(
    0,
    images.findIndex(
      (i) => i.platform !== null && platformMatches(req.platform === "all" ? DEFAULT_PLATFORM : req.platform, parsePlatformString(i.platform))
    )
  );
  const first = images[lead];
  if (!first) throw new InputError(`${req.archive?.display ?? req.image}: no image found`);
  return {
    ok: true,
    source,
    reference: source === "archive" ? req.archive.display : req.image,
    index: found.index,
    ...first,
    otherPlatforms: images.filter((_, i) => i !== lead),
    warnings: [...new Set(warnings)]
  };
}
function parsePlatformString(p) {
  const [os, architecture, variant] = p.split("/");
  return { os, architecture, variant };
}
var SOURCES;
var init_measure = __esm({
  "src/image/sources/measure.ts"() {
    "use strict";
    init_archive();
    init_engine();
    init_registry();
    init_errors();
    init_analyze();
    init_platform();
    init_reference();
    init_source();
    SOURCES = {
      archive: (req, opts) => archiveSource(req.archive.path, req.archive.display, req.image, opts),
      registry: (req, opts, io) => registrySource(req.image, opts, io.registry),
      engine: (req, opts) => engineSource(req.image, opts)
    };
  }
});

// src/targets/image.ts
import path4 from "node:path";
function parseLayerShare(text) {
  const m = /^(\d+(?:\.\d+)?)%?$/.exec(text);
  if (!m || Number(m[1]) <= 0 || Number(m[1]) > 100) return void 0;
  return Number(m[1]) / 100;
}
function imageRequest(o, measured, cwd) {
  const req = {
    image: o.image,
    archive: o.imageArchive === void 0 ? void 0 : { path: path4.resolve(cwd, o.imageArchive), display: o.imageArchive },
    registry: o.registry,
    registryLayers: o.registryLayers ?? false,
    platform: o.platform,
    wasteExclude: o.wasteExclude,
    layerShare: o.layerShare,
    top: o.top,
    wholeContextDests: (measured.report.copied?.wholeContext ?? []).map((i) => destinationOf(i.instruction)).filter((d) => d !== void 0)
  };
  if (measured.base.reference !== void 0) req.base = measured.base.reference;
  else req.baseUnknownReason = measured.base.reason;
  return req;
}
async function measureTargetImage(o, measured, cwd, io) {
  return measureImage(imageRequest(o, measured, cwd), io);
}
var DEFAULT_LAYER_SHARE, LAYER_SHARE_EXPECTED;
var init_image2 = __esm({
  "src/targets/image.ts"() {
    "use strict";
    init_history();
    init_measure();
    DEFAULT_LAYER_SHARE = 0.5;
    LAYER_SHARE_EXPECTED = "must be a percentage above 0 and at most 100";
  }
});

// src/util/read.ts
import { closeSync, constants as constants2, fstatSync, openSync, readSync } from "node:fs";
function readBounded2(path5, { shown, what, maxBytes, noFollow }) {
  let fd;
  try {
    fd = openSync(path5, constants2.O_RDONLY | constants2.O_NONBLOCK | (noFollow ? constants2.O_NOFOLLOW : 0));
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
var READ_LIMITS;
var init_read2 = __esm({
  "src/util/read.ts"() {
    "use strict";
    init_errors();
    init_terminal();
    READ_LIMITS = {
      dockerfile: 16 * 1024 * 1024,
      ignoreFile: 16 * 1024 * 1024,
      configFile: 1024 * 1024
    };
  }
});

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
var init_paths = __esm({
  "src/util/paths.ts"() {
    "use strict";
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path5) {
      const ctrl = callVisitor(key, node, visitor, path5);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path5, ctrl);
        return visit_(key, ctrl, visitor, path5);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path5 = Object.freeze(path5.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path5);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path5 = Object.freeze(path5.concat(node));
          const ck = visit_("key", node.key, visitor, path5);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path5);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path5) {
      const ctrl = await callVisitor(key, node, visitor, path5);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path5, ctrl);
        return visitAsync_(key, ctrl, visitor, path5);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path5 = Object.freeze(path5.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path5);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path5 = Object.freeze(path5.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path5);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path5);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path5) {
      if (typeof visitor === "function")
        return visitor(key, node, path5);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path5);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path5);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path5);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path5);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path5);
      return void 0;
    }
    function replaceNode(key, path5, node) {
      const parent = path5[path5.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch2) => escapeChars[ch2]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines2 = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines2.push(`%TAG ${handle} ${prefix}`);
        }
        return lines2.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj2, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj2, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count3, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count3);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count3 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count3)
            count3 = c;
        }
        return count3;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path5, value) {
      let v = value;
      for (let i = path5.length - 1; i >= 0; --i) {
        const k = path5[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path5) => path5 == null || typeof path5 === "object" && !!path5[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path5, value) {
        if (isEmptyPath(path5))
          this.add(value);
        else {
          const [key, ...rest] = path5;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path5) {
        const [key, ...rest] = path5;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path5, keepScalar) {
        const [key, ...rest] = path5;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path5) {
        const [key, ...rest] = path5;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path5, value) {
        const [key, ...rest] = path5;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split2 = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch2; ch2 = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch2 === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch2 === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split2 = void 0;
        } else {
          if (ch2 === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split2 = i;
          }
          if (i >= end) {
            if (split2) {
              folds.push(split2);
              end = split2 + endStep;
              split2 = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch2;
                ch2 = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split2 = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch2;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch2 = text[start];
      while (ch2 === " " || ch2 === "	") {
        if (i < start + indent) {
          ch2 = text[++i];
        } else {
          do {
            ch2 = text[++i];
          } while (ch2 && ch2 !== "\n");
          end = i;
          start = i + 1;
          ch2 = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch2 = json[i]; ch2; ch2 = json[++i]) {
        if (ch2 === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch2 = "\\";
        }
        if (ch2 === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch2 = value[endStart - 1];
        if (ch2 !== "\n" && ch2 !== "	" && ch2 !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch2 = value[startEnd];
        if (ch2 === " ")
          startWithSpace = true;
        else if (ch2 === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj2;
      if (identity.isScalar(item)) {
        obj2 = item.value;
        let match = tags.filter((t) => t.identify?.(obj2));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj2 = item;
        tagObj = tags.find((t) => t.nodeClass && obj2 instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj2?.constructor?.name ?? (obj2 === null ? "null" : typeof obj2);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines2 = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines2.push("");
          addCommentBefore(ctx, lines2, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines2.push("");
            addCommentBefore(ctx, lines2, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines2.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines2.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines2[0];
        for (let i = 1; i < lines2.length; ++i) {
          const line = lines2[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines2 = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines2.push("");
          addCommentBefore(ctx, lines2, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines2.push("");
            addCommentBefore(ctx, lines2, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines2.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines2.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines2.push(str2);
        linesAtValue = lines2.length;
      }
      const { start, end } = flowChars;
      if (lines2.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines2.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines2)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines2.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines2, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines2.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj2, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj2, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj2 instanceof Map) {
          for (const [key, value] of obj2)
            add(key, value);
        } else if (obj2 && typeof obj2 === "object") {
          for (const key of Object.keys(obj2))
            add(key, obj2[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj2, ctx) => YAMLMap.YAMLMap.from(schema, obj2, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj2, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj2 && Symbol.iterator in Object(obj2)) {
          let i = 0;
          for (let it of obj2) {
            if (typeof replacer === "function") {
              const key = obj2 instanceof Set ? it : String(i++);
              it = replacer.call(obj2, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj2, ctx) => YAMLSeq.YAMLSeq.from(schema, obj2, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines2 = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines2[i] = str2.substr(o, lineWidth);
          }
          str2 = lines2.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines2 = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines2.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines2.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines2.length !== 1)
          lines2.unshift("");
        const cs = commentString(doc.commentBefore);
        lines2.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines2.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines2.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines2[lines2.length - 1] === "---") {
          lines2[lines2.length - 1] = `--- ${body}`;
        } else
          lines2.push(body);
      } else {
        lines2.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines2.push("...");
            lines2.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines2.push(`... ${cs}`);
          }
        } else {
          lines2.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines2[lines2.length - 1] !== "")
            lines2.push("");
          lines2.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines2.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path5, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path5, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path5) {
        if (Collection.isEmptyPath(path5)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path5) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path5, keepScalar) {
        if (Collection.isEmptyPath(path5))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path5, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path5) {
        if (Collection.isEmptyPath(path5))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path5) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path5, value) {
        if (Collection.isEmptyPath(path5)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path5), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path5, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count3, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count3);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count3 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count3 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count3);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep4, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep4) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep4 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep4, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep4 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep4 + cb;
              sep4 = "";
              break;
            }
            case "newline":
              if (comment)
                sep4 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep4, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep4 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep4 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep4, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep4 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep4)
                for (const st of sep4) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep4, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines2 = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines2.length;
      for (let i = lines2.length - 1; i >= 0; --i) {
        const content = lines2[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines2.length > 0 ? "\n".repeat(Math.max(1, lines2.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines2[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines2.length - 1; i >= chompStart; --i) {
        if (lines2[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep4 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines2[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines2[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep4 === " ")
            sep4 = "\n";
          else if (!prevMoreIndented && sep4 === "\n")
            sep4 = "\n\n";
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep4 === "\n")
            value += "\n";
          else
            sep4 = "\n";
        } else {
          value += sep4 + content;
          sep4 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines2.length; ++i)
            value += "\n" + lines2[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch2 = source[i];
        if (!chomp && (ch2 === "-" || ch2 === "+"))
          chomp = ch2;
        else {
          const n = Number(ch2);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split2 = source.split(/\n( *)/);
      const first = split2[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines2 = [line0];
      for (let i = 1; i < split2.length; i += 2)
        lines2.push([split2[i], split2[i + 1]]);
      return lines2;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep4 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep4 === "\n")
            res += sep4;
          else
            sep4 = "\n";
        } else {
          res += sep4 + lm;
          sep4 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep4 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch2 = source[i];
        if (ch2 === "\r" && source[i + 1] === "\n")
          continue;
        if (ch2 === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch2 === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch2 === " " || ch2 === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch2;
        } else {
          res += ch2;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch2 = source[offset + 1];
      while (ch2 === " " || ch2 === "	" || ch2 === "\n" || ch2 === "\r") {
        if (ch2 === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch2 === "\n")
          fold += "\n";
        offset += 1;
        ch2 = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep4, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep4)
        for (const st of sep4)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path5) => {
      let item = cst;
      for (const [field, index] of path5) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path5) => {
      const parent = visit.itemAtPath(cst, path5.slice(0, -1));
      const field = path5[path5.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path5, item, visitor) {
      let ctrl = visitor(item, path5);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path5.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path5);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path5) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch2) {
      switch (ch2) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch2) => !ch2 || invalidAnchorChars.has(ch2);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch2 = this.buffer[i];
        while (ch2 === " " || ch2 === "	")
          ch2 = this.buffer[++i];
        if (!ch2 || ch2 === "#" || ch2 === "\n")
          return true;
        if (ch2 === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch2 = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch2 === " ")
            ch2 = this.buffer[++indent + offset];
          if (ch2 === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch2 === "\n" || indent >= this.indentNext || !ch2 && !this.atEnd ? offset + indent : -1;
        }
        if (ch2 === "-" || ch2 === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch2 = line[cs - 1];
            if (ch2 === " " || ch2 === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch2 = line[dirEnd - 1];
            if (ch2 === " " || ch2 === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch2 = this.charAt(0);
        if (!ch2 && !this.atEnd)
          return this.setNext("line-start");
        if (ch2 === "-" || ch2 === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch2 = this.buffer[++i];
          if (ch2 === "+")
            this.blockScalarKeep = true;
          else if (ch2 > "0" && ch2 <= "9")
            this.blockScalarIndent = Number(ch2) - 1;
          else if (ch2 !== "-")
            break;
        }
        return yield* this.pushUntil((ch2) => isEmpty(ch2) || ch2 === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch2;
        loop: for (let i2 = this.pos; ch2 = this.buffer[i2]; ++i2) {
          switch (ch2) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch2 && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch2 = this.buffer[i];
        while (ch2 === " ")
          ch2 = this.buffer[++i];
        if (ch2 === "	") {
          while (ch2 === "	" || ch2 === " " || ch2 === "\r" || ch2 === "\n")
            ch2 = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch3 = this.buffer[i2];
            if (ch3 === "\r")
              ch3 = this.buffer[--i2];
            const lastChar = i2;
            while (ch3 === " ")
              ch3 = this.buffer[--i2];
            if (ch3 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch2;
        while (ch2 = this.buffer[++i]) {
          if (ch2 === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch2)) {
            let next = this.buffer[i + 1];
            if (ch2 === "\r") {
              if (next === "\n") {
                i += 1;
                ch2 = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch2 === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch2))
              break;
            end = i;
          }
        }
        if (!ch2 && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch2 = this.buffer[i];
          while (!isEmpty(ch2) && ch2 !== ">")
            ch2 = this.buffer[++i];
          return yield* this.pushToIndex(ch2 === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch2 = this.buffer[i];
          while (ch2) {
            if (tagChars.has(ch2))
              ch2 = this.buffer[++i];
            else if (ch2 === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch2 = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch2 = this.buffer[this.pos];
        if (ch2 === "\n")
          return yield* this.pushCount(1);
        else if (ch2 === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch2;
        do {
          ch2 = this.buffer[++i];
        } while (ch2 === " " || allowTabs && ch2 === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch2 = this.buffer[i];
        while (!test(ch2))
          ch2 = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target2, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target2, source);
      else
        for (let i = 0; i < source.length; ++i)
          target2.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser3 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep4;
          if (scalar.end) {
            sep4 = scalar.end;
            sep4.push(this.sourceToken);
            delete scalar.end;
          } else
            sep4 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep4 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep4 = it.sep;
                  sep4.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep4 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep4 = fc.end.splice(1, fc.end.length);
            sep4.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep4 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser3;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

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
    return (path5, from) => {
      let n = 0;
      for (let end = componentEnd(path5, from, 1); end >= 0 && n < most; end = end >= path5.length ? -1 : componentEnd(path5, end + 1, 1), n++) {
        if (match(path5.slice(from, end))) return end;
      }
      return -1;
    };
  }
  const components = pattern.split("/").length;
  return (path5, from) => {
    const end = componentEnd(path5, from, components);
    return end >= 0 && match(path5.slice(from, end)) ? end : -1;
  };
}
function wildcardRoot(dirPrefix, rootEnd) {
  if (dirPrefix === "") return (path5) => rootEnd(path5, 0);
  return (path5) => path5.startsWith(dirPrefix) ? rootEnd(path5, dirPrefix.length) : -1;
}
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
  const dirState = (path5, relStart, end) => {
    if (end < relStart) return TOP;
    const key = path5.slice(0, end);
    let state = dirs.get(key);
    if (state === void 0) {
      const up = path5.lastIndexOf("/", end - 1);
      state = step(dirState(path5, relStart, up), path5.slice(relStart, end)).state;
      dirs.set(key, state);
    }
    return state;
  };
  return (path5, relStart) => step(dirState(path5, relStart, path5.lastIndexOf("/")), path5.slice(relStart)).taken;
}
function filteredTest(src, literal2, include, exclude) {
  const filter = makeFilter(include, exclude);
  const wild = literal2 ? void 0 : splitWildcards(src);
  if (wild) {
    const root = wildcardRoot(wild.dir === "" ? "" : wild.dir + "/", compileGlob(wild.rest));
    return (path5) => {
      const end = root(path5);
      return end >= 0 && (end === path5.length || filter(path5, end + 1));
    };
  }
  if (src === ".") return (path5) => filter(path5, 0);
  const prefix = src + "/";
  return (path5) => path5 === src || path5.startsWith(prefix) && filter(path5, prefix.length);
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
        tests.push((path5) => root(path5) >= 0);
      } else {
        exact.add(src);
        depthSet.add(src.split("/").length);
      }
    }
  }
  const depths = [...depthSet].sort((a, b) => a - b);
  const hasExact = (path5) => {
    let end = -1;
    let done = 0;
    for (const d of depths) {
      for (; done < d; done++) {
        if (end >= path5.length) return false;
        const next = path5.indexOf("/", end + 1);
        end = next < 0 ? path5.length : next;
      }
      if (exact.has(end === path5.length ? path5 : path5.slice(0, end))) return true;
    }
    return false;
  };
  return (path5) => {
    if (depths.length > 0 && hasExact(path5)) return true;
    for (const t of tests) if (t(path5)) return true;
    return false;
  };
}
function selectsWholeDirectories(plan) {
  return plan.copies.every((c) => c.excludes.length === 0 && c.parents === void 0);
}
var TOP;
var init_select = __esm({
  "src/dockerfile/select.ts"() {
    "use strict";
    init_go();
    init_matcher();
    TOP = { pruned: false, include: void 0, exclude: void 0 };
  }
});

// src/patterns/ignorefile.ts
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
var MAX_LINE_BYTES2, IgnoreFileError;
var init_ignorefile = __esm({
  "src/patterns/ignorefile.ts"() {
    "use strict";
    init_go();
    MAX_LINE_BYTES2 = 64 * 1024;
    IgnoreFileError = class extends Error {
      constructor(file, line, reason) {
        super(reason);
        this.file = file;
        this.line = line;
      }
      file;
      line;
    };
  }
});

// src/diagnose/bounded.ts
function keepFirst(list2, item, max, key) {
  const k = key(item);
  if (list2.length >= max && compareCodePoints(k, key(list2[list2.length - 1])) >= 0) return;
  let i = list2.length;
  while (i > 0 && compareCodePoints(key(list2[i - 1]), k) > 0) i--;
  list2.splice(i, 0, item);
  if (list2.length > max) list2.pop();
}
function keepFirstPath(list2, path5, max) {
  keepFirst(list2, path5, max, (p) => p);
}
var init_bounded = __esm({
  "src/diagnose/bounded.ts"() {
    "use strict";
    init_sort();
  }
});

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
function safeMatch(p, path5) {
  try {
    return p.match(path5);
  } catch (e) {
    if (e instanceof PatternError) return false;
    throw e;
  }
}
function literalLine(path5) {
  if (path5 === "" || UNWRITABLE.test(path5) || path5.trim() !== path5) return void 0;
  let line = path5.replace(/[\\*?[\]]/g, (c) => "\\" + c);
  if (line[0] === "#" || line[0] === "!") line = "\\" + line;
  const p = compileLine(line);
  if (!p || !safeMatch(p, path5)) return void 0;
  return line;
}
function literalPrefix(dir) {
  if (dir === "") return "";
  if (UNWRITABLE.test(dir) || dir.trim() !== dir) return void 0;
  const escaped = dir.replace(/[\\*?[\]]/g, (c) => "\\" + c);
  return escaped[0] === "#" || escaped[0] === "!" ? "\\" + escaped : escaped;
}
function dockerExcludes(matcher, path5) {
  if (matcher.patterns.length === 0) return false;
  const parts = path5.split("/");
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
var UNWRITABLE;
var init_docker_syntax = __esm({
  "src/diagnose/docker-syntax.ts"() {
    "use strict";
    init_go();
    init_ignorefile();
    init_matcher();
    UNWRITABLE = /[\u0000-\u001f\u007f`]/;
  }
});

// src/diagnose/candidates.ts
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
function addNeed(list2, n, max) {
  const same = list2.findIndex((x) => x.file === n.file && x.line === n.line);
  if (same >= 0) {
    if (n.path < list2[same].path) list2[same] = n;
    return;
  }
  keepFirst(list2, n, max, (x) => `${x.file}\0${String(x.line).padStart(9, "0")}`);
}
function noteSelfMatch(c, path5, topmost) {
  c.selfCount++;
  if (topmost) keepFirstPath(c.examples, path5, MAX_EXAMPLES);
}
function noteNeeded(c, needs) {
  c.neededCount++;
  for (const n of needs) addNeed(c.needed, n, MAX_NEEDED);
}
function push(m, k, v) {
  const list2 = m.get(k);
  if (list2) list2.push(v);
  else m.set(k, [v]);
}
function compileOrThrow(line) {
  const p = compileLine(line);
  if (!p) throw new Error(`internal: cannot compile suggestion ${JSON.stringify(line)}`);
  return p;
}
var ORIGIN_RANK, MAX_EXAMPLES, MAX_NEEDED, StaticIndex;
var init_candidates = __esm({
  "src/diagnose/candidates.ts"() {
    "use strict";
    init_bounded();
    init_docker_syntax();
    ORIGIN_RANK = { static: 0, probe: 1, dir: 2, file: 3 };
    MAX_EXAMPLES = 3;
    MAX_NEEDED = 3;
    StaticIndex = class {
      byName = /* @__PURE__ */ new Map();
      byExt = /* @__PURE__ */ new Map();
      generic = [];
      add(c) {
        const m = /^\*\*\/(.+)$/.exec(c.pattern.cleaned);
        const last = m?.[1];
        if (last !== void 0 && !/[*?[\\/]/.test(last)) push(this.byName, last, c);
        else if (last !== void 0 && /^\*\.[^.*?[\\/]+$/.test(last)) push(this.byExt, last.slice(1), c);
        else this.generic.push(c);
      }
      /** The static lines that match `path` itself. */
      matches(path5, name, ext, out) {
        for (const c of this.byName.get(name) ?? []) if (safeMatch(c.pattern, path5)) out.push(c);
        if (ext !== "") {
          for (const c of this.byExt.get(ext) ?? []) if (safeMatch(c.pattern, path5)) out.push(c);
        }
        for (const c of this.generic) if (safeMatch(c.pattern, path5)) out.push(c);
      }
    };
  }
});

// src/diagnose/families.ts
function extensionOf(name) {
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot);
}
var FAMILY_LABELS, BUILD_NOTE, STATIC_LINES, NAMED_DIRS, WEIGHT_EXTENSIONS, DATA_EXTENSIONS, CODE_EXTENSIONS, ENV_TEMPLATE, JUNK_FAMILIES, JUNK_LINES, REBUILDABLE_NAME, PACKAGE_MANIFESTS, MIN_DATA_FILE, LARGE_FILE_FLOOR;
var init_families = __esm({
  "src/diagnose/families.ts"() {
    "use strict";
    FAMILY_LABELS = {
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
    BUILD_NOTE = "build output: the image should build it (RUN) or COPY it by name";
    STATIC_LINES = [
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
    NAMED_DIRS = {
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
    WEIGHT_EXTENSIONS = /* @__PURE__ */ new Set([
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
    DATA_EXTENSIONS = /* @__PURE__ */ new Set([
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
    CODE_EXTENSIONS = /* @__PURE__ */ new Set([
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
    ENV_TEMPLATE = /^\.env\.(?:.+\.)?(example|sample|template|tpl|dist|defaults|schema)$/i;
    JUNK_FAMILIES = /* @__PURE__ */ new Set([
      "vcs",
      "venv",
      "node_modules",
      "python-cache",
      "logs-temp",
      "editor-os"
    ]);
    JUNK_LINES = /* @__PURE__ */ new Set(["**/.turbo", "**/.parcel-cache", "**/coverage", "**/.nyc_output"]);
    REBUILDABLE_NAME = /^(dist|build|out|target|lib|lib64|coverage|\.next|\.nuxt|\.turbo|e2e-out|test-results|playwright-report|htmlcov|cmake-build-[\w.-]+|build[-_][\w.-]+)$/;
    PACKAGE_MANIFESTS = /* @__PURE__ */ new Set([
      "package.json",
      "pyproject.toml",
      "setup.py",
      "Cargo.toml",
      "go.mod",
      "CMakeLists.txt",
      "pom.xml",
      "build.gradle"
    ]);
    MIN_DATA_FILE = 1e6;
    LARGE_FILE_FLOOR = 1e6;
  }
});

// src/diagnose/choose.ts
function choose2(collected, before, target2) {
  const { candidates, aggs, groups } = collected;
  const byId = (id) => candidates[id];
  const keysOf = /* @__PURE__ */ new Map();
  aggs.forEach((a, k) => {
    for (const id of a.ids) {
      const list2 = keysOf.get(id);
      if (list2) list2.push(k);
      else keysOf.set(id, [k]);
    }
  });
  const groupsOf = /* @__PURE__ */ new Map();
  groups.forEach((g, i) => {
    for (const id of new Set(g.aggs.flatMap((a) => a.ids))) {
      const list2 = groupsOf.get(id);
      if (list2) list2.push(i);
      else groupsOf.set(id, [i]);
    }
  });
  const totals = /* @__PURE__ */ new Map();
  for (const c of candidates) {
    let bytes = 0;
    let files2 = 0;
    for (const k of keysOf.get(c.id) ?? []) {
      bytes += aggs[k].bytes;
      files2 += aggs[k].files;
    }
    for (const i of groupsOf.get(c.id) ?? []) if (groups[i].aggs.every((a) => a.ids.includes(c.id))) bytes += groups[i].size;
    totals.set(c.id, { bytes, files: files2 });
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
    let files2 = 0;
    let copied = 0;
    for (const k of keysOf.get(c.id) ?? []) {
      if (removed[k]) continue;
      const a = aggs[k];
      bytes += a.bytes;
      files2 += a.files;
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
    return { bytes, files: files2, copied };
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
  const block = picked.length === 0 ? null : makeBlock(picked, target2, collected, pickedSet);
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
  const familyOf2 = (ids) => {
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
  const add = (f, bytes, files2) => {
    const s = sums.get(f) ?? { bytes: 0, files: 0 };
    s.bytes += bytes;
    s.files += files2;
    sums.set(f, s);
  };
  for (const a of collected.aggs) add(familyOf2(a.ids), a.bytes, a.files);
  for (const g of collected.groups) add(familyOf2(g.aggs[0].ids), g.size, 0);
  return [...sums.entries()].filter(([, s]) => s.bytes > 0 || s.files > 0).map(([family, s]) => ({ family, label: FAMILY_LABELS[family], bytes: s.bytes, files: s.files })).sort(
    (a, b) => (a.family === "other" ? 1 : 0) - (b.family === "other" ? 1 : 0) || b.bytes - a.bytes || compareCodePoints(a.family, b.family)
  );
}
function makeBlock(picked, target2, collected, pickedSet) {
  const body = [BLOCK_HEADER, ...picked.map((c) => c.line)].join("\n") + "\n";
  const text = (target2.exists && !target2.endsWithNewline ? "\n" : "") + body;
  let inContext = false;
  if (target2.contextPath !== void 0) {
    if (target2.exists) {
      const ids = collected.buildFilesSeen.get(target2.contextPath);
      inContext = ids !== void 0 && !ids.some((id) => pickedSet.has(id));
    } else {
      inContext = !dockerExcludes(new PatternMatcher(picked.map((c) => c.line)), target2.contextPath);
    }
  }
  return { file: target2.file, create: !target2.exists, text, contextGrowth: inContext ? Buffer.byteLength(text) : 0 };
}
var FAMILY_ORDER, BLOCK_HEADER;
var init_choose = __esm({
  "src/diagnose/choose.ts"() {
    "use strict";
    init_matcher();
    init_sort();
    init_candidates();
    init_docker_syntax();
    init_families();
    FAMILY_ORDER = [
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
    BLOCK_HEADER = "# Added by docker-size-guard --fix (Docker syntax: **/ matches at any depth)";
  }
});

// src/patterns/gitmatch.ts
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
function wildmatchSource(pattern) {
  const p = Array.from(pattern, (c) => c.codePointAt(0));
  let re = "";
  let i = 0;
  while (i < p.length) {
    const c = p[i];
    if (c === 92) {
      if (i + 1 >= p.length) return NEVER;
      re += hex(p[i + 1]);
      i += 2;
    } else if (c === 63) {
      re += "[^/]";
      i++;
    } else if (c === 42) {
      const start = i;
      while (p[i] === 42) i++;
      const globstar = i - start >= 2 && (start === 0 || p[start - 1] === SLASH2) && (i >= p.length || p[i] === SLASH2 || p[i] === 92 && p[i + 1] === SLASH2);
      if (!globstar) re += "[^/]*";
      else if (p[i] === SLASH2) {
        re += "(?:[\\s\\S]*/)?";
        i++;
      } else re += "[\\s\\S]*";
    } else if (c === 91) {
      const cls = parseClass(p, i + 1);
      if (cls === void 0) return NEVER;
      re += cls.source;
      i = cls.next;
    } else {
      re += hex(c);
      i++;
    }
  }
  return `^${re}$`;
}
function parseClass(p, i) {
  let ch2 = p[i];
  if (ch2 === 33) ch2 = 94;
  const negated = ch2 === 94;
  if (negated) ch2 = p[++i];
  const ranges = [];
  let prev = 0;
  for (; ; ) {
    if (ch2 === void 0) return void 0;
    if (ch2 === 92) {
      ch2 = p[++i];
      if (ch2 === void 0) return void 0;
      ranges.push([ch2, ch2]);
    } else if (ch2 === 45 && prev !== 0 && p[i + 1] !== void 0 && p[i + 1] !== 93) {
      ch2 = p[++i];
      if (ch2 === 92) {
        ch2 = p[++i];
        if (ch2 === void 0) return void 0;
      }
      if (prev <= ch2) ranges.push([prev, ch2]);
      ch2 = 0;
    } else if (ch2 === 91 && p[i + 1] === 58) {
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
        ch2 = 0;
      }
    } else ranges.push([ch2, ch2]);
    prev = ch2;
    ch2 = p[++i];
    if (ch2 === 93) break;
  }
  const parts = [];
  for (const [lo, hi] of ranges) {
    if (lo <= SLASH2 && SLASH2 <= hi) {
      if (lo < SLASH2) parts.push(range(lo, SLASH2 - 1));
      if (hi > SLASH2) parts.push(range(SLASH2 + 1, hi));
    } else parts.push(range(lo, hi));
  }
  const source = negated ? `[^${parts.join("")}\\/]` : `[${parts.join("")}]`;
  return { source, next: i + 1 };
}
function compileRule(input) {
  const r = parseGitRule(input.pattern);
  if (r === void 0) return void 0;
  return {
    negative: r.negative,
    mustBeDir: r.mustBeDir,
    basename: !r.anchored,
    re: new LinearRegexp(wildmatchSource(r.body)),
    mark: input.mark
  };
}
var hex, NEVER, SLASH2, POSIX, range, GitIgnoreMatcher;
var init_gitmatch = __esm({
  "src/patterns/gitmatch.ts"() {
    "use strict";
    init_nfa();
    hex = (cp) => `\\u{${cp.toString(16)}}`;
    NEVER = "[]";
    SLASH2 = 47;
    POSIX = {
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
    range = (lo, hi) => lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`;
    GitIgnoreMatcher = class {
      rules = [];
      constructor(rules) {
        for (const r of rules) {
          const c = compileRule(r);
          if (c) this.rules.push(c);
        }
      }
      /**
       * Whether `path` (relative to the .gitignore's directory; a trailing '/' for a directory) is ignored:
       * a path inside an ignored directory is ignored whatever the rules say of it, as in git. Each rule
       * runs once over the path, deciding every parent directory on the way: linear in the path.
       */
      test(path5) {
        const isDir = path5.endsWith("/");
        const name = isDir ? path5.slice(0, -1) : path5;
        const comps = name.split("/");
        const matched = this.rules.map((r) => {
          const at = r.basename ? comps.map((c) => r.re.test(c)) : r.re.testAtSlashes(name);
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
  }
});

// src/diagnose/gitignore.ts
function parseRules(text) {
  const out = [];
  const lines2 = text.split("\n");
  lines2.forEach((l, i) => {
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
function gitRuleFor(path5, isDir, scopes) {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const s = scopes[i];
    let rel = s.prefix + (s.dir === "" ? path5 : path5.slice(s.dir.length + 1));
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
function countIgnored(rule, path5, topmost, kind, size) {
  rule.entries++;
  if (kind === "file") {
    rule.files++;
    rule.bytes += size;
  }
  if (topmost) keepFirstPath(rule.examples, path5, MAX_EXAMPLES2);
}
var CACHE_LIMIT, MAX_EXAMPLES2;
var init_gitignore = __esm({
  "src/diagnose/gitignore.ts"() {
    "use strict";
    init_gitmatch();
    init_bounded();
    init_docker_syntax();
    CACHE_LIMIT = 2e4;
    MAX_EXAMPLES2 = 3;
  }
});

// src/diagnose/collector.ts
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
var MAX_LITERAL_DIRS, MAX_LARGE_FILES, MAX_SECRET_LINES, MAX_SECRETS, MAX_INSPECTIONS, MAX_TOP, Collector, COMMITTED, NO_NEEDS, MAX_PENDING_PACKAGES;
var init_collector = __esm({
  "src/diagnose/collector.ts"() {
    "use strict";
    init_bounded();
    init_candidates();
    init_docker_syntax();
    init_families();
    init_gitignore();
    MAX_LITERAL_DIRS = 256;
    MAX_LARGE_FILES = 64;
    MAX_SECRET_LINES = 64;
    MAX_SECRETS = 50;
    MAX_INSPECTIONS = 1e3;
    MAX_TOP = 500;
    Collector = class {
      constructor(input) {
        this.input = input;
        const statics = /* @__PURE__ */ new Map();
        for (const s of STATIC_LINES) {
          const c = this.add(s.family, s.line, compileOrThrow(s.line), "static");
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
      /** Dir-only root lines ("build*\/"), matched below the root: each directory they meant gets its own line. */
      dirProbes = [];
      add(family, line, pattern, origin) {
        const c = newCandidate(this.cands.length, family, line, pattern, origin);
        c.junk = JUNK_FAMILIES.has(family) || JUNK_LINES.has(line);
        this.cands.push(c);
        if (origin === "static" || origin === "probe") this.statics.add(c);
        return c;
      }
      literal(family, path5, origin) {
        const line = literalLine(path5);
        if (line === void 0) return void 0;
        return this.add(family, line, compileOrThrow(line), origin);
      }
      /** Pops to the frame of the directory holding `path`. */
      parentFrame(path5) {
        const s = this.stack;
        while (s.length > 1 && !path5.startsWith(s[s.length - 1].prefix)) s.pop();
        return s[s.length - 1];
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
          this.stack.push({ path: "", prefix: "", rset: [], gitScopes: scopes2, gitRule: void 0 });
          return;
        }
        const parent = this.parentFrame(dir);
        const included = this.pendingDir === dir;
        this.pendingDir = void 0;
        const trackedDir = this.input.tracked?.dir(dir) === true;
        let rset = parent.rset;
        let gitRule = parent.gitRule;
        if (included) {
          const name = dir.slice(dir.lastIndexOf("/") + 1);
          const self = [];
          this.statics.matches(dir, name, extensionOf(name), self);
          if (has("pyvenv.cfg") && this.literalDirs < MAX_LITERAL_DIRS) {
            const c = this.literal("venv", dir, "dir");
            if (c) {
              this.literalDirs++;
              self.push(c);
            }
          }
          const named = NAMED_DIRS[name];
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
            gitRule = gitRuleFor(dir, true, parent.gitScopes);
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
          gitRule = gitRuleFor(dir, true, parent.gitScopes);
        }
        let scopes = parent.gitScopes;
        if (!gitRule && has(".gitignore")) {
          scopes = [...scopes];
          this.pushScope(scopes, dir);
        }
        this.stack.push({ path: dir, prefix: dir + "/", rset, gitScopes: scopes, gitRule });
      }
      pushScope(scopes, dir) {
        const read = this.input.readGitignore(dir);
        if (!read) return;
        const scope = makeScope(read.text, read.file, dir);
        scopes.push(scope);
        this.allScopes.push(scope);
      }
      /** An entry the build sends (from the walker's visitor). */
      entry(path5, kind, size, inode, copied) {
        if (kind === "dir") {
          this.pendingDir = path5;
          return;
        }
        this.pendingDir = void 0;
        if (kind === "other") return;
        const parent = this.parentFrame(path5);
        const name = path5.slice(path5.lastIndexOf("/") + 1);
        const ext = extensionOf(name);
        const self = [];
        this.statics.matches(path5, name, ext, self);
        const secret = kind === "file" ? this.secretOf(path5, name, ext, self) : void 0;
        if (kind === "file" && size >= LARGE_FILE_FLOOR && !this.covering(parent.rset) && !this.covering(self.map((c) => c.id))) {
          const c = this.largeFile(path5, size);
          if (c) self.push(c);
        }
        for (const c of self) {
          noteSelfMatch(c, path5, !parent.rset.includes(c.id));
          if (kind === "file" && size < c.minSelfFileSize) c.minSelfFileSize = size;
        }
        const rset = union(parent.rset, self);
        for (const id of rset) {
          const c = this.cands[id];
          if (c.origin !== "dir") continue;
          if (CODE_EXTENSIONS.has(ext)) c.codeFiles++;
          if (WEIGHT_EXTENSIONS.has(ext)) c.weightFiles++;
          if (DATA_EXTENSIONS.has(ext)) c.dataFiles++;
        }
        const key = rset.join(",");
        let agg = this.aggs.get(key);
        if (!agg) this.aggs.set(key, agg = { ids: rset, bytes: 0, files: 0, copiedBytes: 0 });
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
        const committed = this.input.tracked?.file(path5) === true;
        const gitRule = committed ? void 0 : parent.gitRule ?? gitRuleFor(path5, false, parent.gitScopes);
        const split2 = rset.length > 0 || secret !== void 0 || gitRule !== void 0 ? this.needsOf(path5, copied && committed) : NO_NEEDS;
        const needs = split2.hard.concat(split2.soft);
        this.noteNeeds(rset, split2);
        if (this.input.buildFiles.some((b) => b.path === path5)) this.buildFilesSeen.set(path5, rset);
        if (gitRule) {
          countIgnored(gitRule, path5, gitRule !== parent.gitRule, "file", size);
          for (const n of needs) addNeed(gitRule.neededBy, n, 3);
        }
        const slash = path5.indexOf("/");
        if (slash < 0)
          this.noteTop(
            path5,
            false,
            counted,
            self.map((c) => c.id)
          );
        else {
          const t = this.top.get(path5.slice(0, slash));
          if (t) t.bytes += counted;
        }
        if (secret !== void 0) {
          this.secretCount++;
          keepFirst(this.secrets, { path: path5, what: secret, bytes: size, copied, needs, ids: rset }, MAX_SECRETS, (s) => s.path);
        }
      }
      noteTop(name, dir, bytes, ids) {
        if (this.top.size >= MAX_TOP) return;
        this.top.set(name, { name, dir, bytes, ids });
      }
      /** The COPY/ADD instructions (and the build itself) that need `path`; marks the candidates that would remove it. */
      checkNeeded(path5, rset) {
        this.noteNeeds(rset, this.needsOf(path5, false));
      }
      /** A line of a family no build reads is held back only by a hard need: the build itself, an exception, a COPY naming the path. */
      noteNeeds(rset, split2) {
        if (split2.hard.length === 0 && split2.soft.length === 0) return;
        const all = split2.hard.concat(split2.soft);
        for (const id of rset) {
          const c = this.cands[id];
          const needs = c.junk ? split2.hard : all;
          if (needs.length > 0) noteNeeded(c, needs);
        }
      }
      /**
       * What needs `path`: hard (the build itself reads it, an exception line keeps it, a COPY names it) and soft (a COPY
       * takes it through a directory or a wildcard, or, for a committed file, through a COPY of the whole context).
       */
      needsOf(path5, committedCopied) {
        const hard = [];
        const soft = [];
        const build2 = this.input.buildFiles.find((b) => b.path === path5);
        if (build2) hard.push({ file: build2.file, line: 0, instruction: "the build itself", path: path5 });
        const exception = this.input.namedByException(path5);
        if (exception) hard.push(exception);
        for (const c of this.input.namedCopies) {
          if (!c.takes(path5)) continue;
          (c.literalSources.includes(path5) ? hard : soft).push({ file: c.file, line: c.line, instruction: c.instruction, path: path5 });
        }
        if (committedCopied && hard.length + soft.length === 0) {
          const w = this.input.wholeCopies[0];
          if (w) soft.push({ file: w.file, line: w.line, instruction: `${w.instruction}${COMMITTED}`, path: path5 });
        }
        return { hard, soft };
      }
      /** What kind of secret a regular file is, if any; adds the per-file line when no generic line can be used for it. */
      secretOf(path5, name, ext, self) {
        const perFile = () => {
          if (this.secretLines >= MAX_SECRET_LINES) return;
          const c = this.literal("secrets", path5, "file");
          if (c) {
            this.secretLines++;
            self.push(c);
          }
        };
        if (name === ".env" || name.startsWith(".env.")) {
          const template = ENV_TEMPLATE.test(name);
          if (template || this.inspections++ < MAX_INSPECTIONS && !this.input.inspect(path5, "env")) {
            for (const c of self) if (c.guard === "no-template") c.hasTemplate = true;
            return void 0;
          }
          if (name !== ".env") perFile();
          return "environment file";
        }
        if (ext === ".pem" || ext === ".key") {
          const privateKey = this.inspections++ >= MAX_INSPECTIONS || this.input.inspect(path5, "key");
          if (!privateKey) {
            for (const c of self) if (c.guard === "private-key") c.allPrivateKeys = false;
            return void 0;
          }
          perFile();
          return "private key";
        }
        if (/^id_(rsa|dsa|ecdsa|ed25519)$/.test(name)) return "private key";
        if (ext === ".p12" || ext === ".pfx") return "key store";
        if (name === ".netrc" || name === ".git-credentials") return "credentials";
        if (name === ".npmrc") {
          if (this.inspections++ >= MAX_INSPECTIONS || !this.input.inspect(path5, "npmrc")) return void 0;
          perFile();
          return "npm auth token";
        }
        return void 0;
      }
      /** A literal line for a large file that belongs to no family; the smallest is dropped past MAX_LARGE_FILES. */
      largeFile(path5, size) {
        if (this.large.length >= MAX_LARGE_FILES) {
          let min = 0;
          for (let i = 1; i < this.large.length; i++) if (this.large[i].size < this.large[min].size) min = i;
          if (this.large[min].size >= size) return void 0;
          this.large[min].dropped = true;
          this.large.splice(min, 1);
        }
        const c = this.literal("large-files", path5, "file");
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
    COMMITTED = " (it is committed)";
    NO_NEEDS = { hard: [], soft: [] };
    MAX_PENDING_PACKAGES = 1024;
  }
});

// src/diagnose/drift.ts
function drift(scopes, matcher) {
  const items = [];
  let covered = 0;
  const files2 = /* @__PURE__ */ new Set();
  for (const scope of scopes) {
    files2.add(scope.file);
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
  return { gitignoreFiles: [...files2].sort(compareCodePoints), items, covered };
}
var init_drift = __esm({
  "src/diagnose/drift.ts"() {
    "use strict";
    init_sort();
    init_docker_syntax();
  }
});

// src/diagnose/git-index.ts
function parseGitIndex(buf, prefix) {
  if (buf.length < 12 || buf.toString("latin1", 0, 4) !== "DIRC") throw new GitIndexError("not a git index (no DIRC signature)");
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) throw new GitIndexError(`index version ${version} is not supported`);
  const count3 = buf.readUInt32BE(8);
  if (count3 > MAX_INDEX_ENTRIES) throw new GitIndexError(`index has ${count3} entries, more than ${MAX_INDEX_ENTRIES}`);
  const files2 = /* @__PURE__ */ new Set();
  const dirs = /* @__PURE__ */ new Set();
  const sparse = [];
  const under = prefix === "" ? "" : prefix + "/";
  let off = 12;
  let previous = "";
  for (let i = 0; i < count3; i++) {
    const start = off;
    if (off + 62 > buf.length) throw new GitIndexError("index is truncated");
    const flags = buf.readUInt16BE(off + 60);
    off += 62;
    if (flags & 16384) {
      if (version < 3) throw new GitIndexError("extended flags in a version 2 index");
      off += 2;
    }
    let path5;
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
      path5 = Buffer.concat([keep.subarray(0, keep.length - drop), buf.subarray(off, end)]).toString("utf8");
      off = end + 1;
    } else {
      const end = buf.indexOf(0, off);
      if (end < 0) throw new GitIndexError("index is truncated");
      path5 = buf.toString("utf8", off, end);
      off = start + (end - start + 8 & ~7);
    }
    previous = path5;
    const mode = buf.readUInt32BE(start + 24);
    if ((mode & 61440) === 57344) continue;
    if ((mode & 61440) === 16384) {
      const dir = path5.replace(/\/$/, "");
      if (dir.startsWith(under)) sparse.push(dir.slice(under.length));
      else if (under.startsWith(dir + "/")) sparse.push("");
      continue;
    }
    if (!path5.startsWith(under)) continue;
    const rel = path5.slice(under.length);
    files2.add(rel);
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
    file: (p) => files2.has(p) || sparse.length > 0 && underSparse(p),
    dir: (p) => p === "" ? files2.size > 0 || sparse.length > 0 : dirs.has(p) || sparse.length > 0 && underSparse(p),
    count: files2.size
  };
}
var GitIndexError, MAX_INDEX_ENTRIES;
var init_git_index = __esm({
  "src/diagnose/git-index.ts"() {
    "use strict";
    GitIndexError = class extends Error {
    };
    MAX_INDEX_ENTRIES = 5e6;
  }
});

// src/diagnose/lines.ts
function isJunkPath(path5) {
  const parts = path5.split("/");
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join("/");
    if (JUNK_PATTERNS.some((p) => safeMatch(p, prefix))) return true;
  }
  return false;
}
var JUNK_PATTERNS, MAX_EXAMPLES3, MAX_DECIDERS, MAX_PRUNED, LineEvaluator;
var init_lines = __esm({
  "src/diagnose/lines.ts"() {
    "use strict";
    init_bounded();
    init_docker_syntax();
    init_families();
    JUNK_PATTERNS = STATIC_LINES.filter((l) => JUNK_FAMILIES.has(l.family) || JUNK_LINES.has(l.line)).map(
      (l) => compileLine(l.line)
    );
    MAX_EXAMPLES3 = 3;
    MAX_DECIDERS = 5;
    MAX_PRUNED = 50;
    LineEvaluator = class {
      constructor(matcher, namedCopies, describe, tracked) {
        this.matcher = matcher;
        this.namedCopies = namedCopies;
        this.describe = describe;
        this.tracked = tracked;
        this.patterns = matcher.patterns;
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
      frameFor(path5) {
        const s = this.stack;
        while (s.length > 1 && !path5.startsWith(s[s.length - 1].prefix)) s.pop();
        return s[s.length - 1];
      }
      evaluate(path5, parent) {
        const direct = this.patterns.map((p) => safeMatch(p, path5));
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
          frame = { prefix: "", info: void 0, raw: this.patterns.map(() => false), without: /* @__PURE__ */ new Map(), walkReasons: [], kept: /* @__PURE__ */ new Map() };
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
          frame = { prefix: dir + "/", info: e.full.info, raw: e.raw, without, walkReasons, kept: /* @__PURE__ */ new Map() };
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
      record(path5, isDir, parent) {
        const e = this.evaluate(path5, parent);
        const topLevel = !path5.includes("/");
        e.direct.forEach((d2, i) => {
          if (!d2) return;
          const s2 = this.stats[i];
          s2.direct++;
          if (!parent.raw[i]) keepFirstPath(s2.examples, path5, MAX_EXAMPLES3);
          if (topLevel) keepFirstPath(s2.rootMatches, path5, 5);
        });
        for (const [k, o] of e.without) {
          const s2 = this.stats[k];
          if (o.excluded !== e.full.excluded) s2.effect++;
          else if (s2.deciders.size < MAX_DECIDERS) s2.deciders.add(o.decisive);
        }
        if (!e.full.excluded) {
          for (const k of parent.walkReasons) this.stats[k].effect++;
          if (e.full.decisive >= 0 && e.direct[e.full.decisive]) parent.kept.set(path5, e.full.decisive);
          return;
        }
        const d = e.full.decisive;
        const s = this.stats[d];
        s.excluded++;
        const prunes = isDir && this.matcher.canSkipDir(path5);
        for (const copy of this.namedCopies) {
          const inside = prunes ? copy.literalSources.find((src) => src.startsWith(path5 + "/")) : void 0;
          if (inside === void 0 && !copy.takes(path5)) continue;
          const fails = inside !== void 0 || copy.literalSources.includes(path5);
          if (!fails && !this.matters(path5, isDir)) continue;
          s.neededCount++;
          keepFirst(s.needed, { path: path5, ...inside !== void 0 ? { source: inside } : {}, copy, fails }, MAX_EXAMPLES3, (n) => n.path);
        }
        if (prunes) {
          this.prunedCount++;
          keepFirst(this.pruned, { path: path5, index: d }, MAX_PRUNED, (p) => p.path);
        }
      }
      /**
       * Whether leaving `path` out of a COPY that takes it may be a mistake: not for junk no build reads, not for
       * untracked (or, without git, rebuildable) output the image builds again — excluding that is deliberate.
       */
      matters(path5, isDir) {
        if (isJunkPath(path5)) return false;
        if (this.tracked) return isDir ? this.tracked.dir(path5) : this.tracked.file(path5);
        return !path5.split("/").some((c) => REBUILDABLE_NAME.test(c));
      }
      /** The exception line naming `path`, a path of the directory listed last on its branch. */
      namedByException(path5) {
        if (!this.active) return void 0;
        const slash = path5.lastIndexOf("/");
        const prefix = slash < 0 ? "" : path5.slice(0, slash + 1);
        let frame;
        for (let i = this.stack.length - 1; i >= 0 && !frame; i--) if (this.stack[i].prefix === prefix) frame = this.stack[i];
        const index = frame?.kept.get(path5);
        if (index === void 0) return void 0;
        const d = this.describe(index);
        return { file: d.file, line: d.line, instruction: d.text, path: path5 };
      }
      finish() {
        return { stats: this.stats, pruned: this.pruned, prunedCount: this.prunedCount };
      }
    };
  }
});

// src/util/units.ts
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
var DECIMAL;
var init_units = __esm({
  "src/util/units.ts"() {
    "use strict";
    DECIMAL = ["B", "kB", "MB", "GB", "TB", "PB"];
  }
});

// src/diagnose/lint.ts
function lint(input) {
  return [...unusedIgnoreFiles(input), ...ignoreLines(input), ...copyEverything(input), ...secrets(input), ...committedLarge(input)];
}
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
  const lines2 = [...new Set(indexes.map((i) => input.stats[i].line))].sort((a, b) => a - b);
  return `line${lines2.length > 1 ? "s" : ""} ${lines2.map((l) => `${l} (${JSON.stringify((input.rawLines[l - 1] ?? "").trim())})`).join(", ")}`;
}
function paths(list2, total) {
  const more = total - list2.length;
  return list2.join(", ") + (more > 0 ? ` and ${formatCount(more)} more` : "");
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
      const where2 = `${n.copy.instruction} (${n.copy.file}:${n.copy.line})`;
      const more = s.neededCount > 1 ? ` (${formatCount(s.neededCount)} such paths)` : "";
      const path5 = n.source !== void 0 ? `${n.source} (all of ${n.path}/)` : n.path;
      out.push(
        n.fails ? {
          rule: "excludes-needed",
          severity: "error",
          file,
          line: s.line,
          message: `${q} excludes ${path5}, which ${where2} names${more}: the build fails (the source is not in the context)`
        } : {
          rule: "excludes-needed",
          severity: "warning",
          file,
          line: s.line,
          message: `${q} excludes ${path5}, which ${where2} takes${more}: the image lacks it (if the image builds it again, this is deliberate and fine)`
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
      if (NAMED_DIRS[parts[i - 1]] !== void 0) return true;
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
    let files2 = 0;
    for (const c of cands) {
      const t = input.choice.totals.get(c.id);
      bytes += t.bytes;
      files2 += t.files;
    }
    if (files2 === 0 && bytes === 0) continue;
    const q = quote(input, s);
    const there = s.rootMatches.length > 0 ? `it matches ${s.rootMatches.join(", ")}` : "nothing there matches";
    const dirs = cands.every((c) => c.origin === "dir");
    const count3 = dirs ? cands.length : cands.reduce((n, c) => n + c.selfCount, 0);
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
      message: `${q} matches only at the context root under Docker's rules (${there}); it misses ${formatCount(count3)} deeper ${unit}${dirs ? count3 === 1 ? "y" : "ies" : count3 === 1 ? "" : "s"}, ${formatBytes(bytes)} in ${plural(files2, "file")}: ${paths(examples, count3)}.${fix}`
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
    const where2 = by ? `; ${by.instruction} (${input.dockerfile}:${by.line}) copies it ${intoImage}` : "; it is sent to the builder with every build";
    out.push({
      rule: "secret-in-context",
      // An error only when it is proven to reach the image; in another stage's cache or only sent, a warning.
      severity: by && by.stage === input.targetStage ? "error" : "warning",
      ...by ? { file: input.dockerfile, line: by.line } : {},
      message: `secret in the build context: ${s.path} (${s.what}, ${formatBytes(s.bytes)}; contents not shown)${where2}; ${fix}`
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
var MAX_SECRET_FINDINGS, LARGE_FAMILIES, NOT_RUNTIME, MANIFESTS;
var init_lint = __esm({
  "src/diagnose/lint.ts"() {
    "use strict";
    init_units();
    init_collector();
    init_docker_syntax();
    init_families();
    init_gitignore();
    MAX_SECRET_FINDINGS = 20;
    LARGE_FAMILIES = /* @__PURE__ */ new Set(["model-weights", "data", "large-files"]);
    NOT_RUNTIME = /^(Dockerfile.*|.*\.dockerignore|\.dockerignore|\.git.*|README.*|LICENSE.*|CHANGELOG.*|.*\.md|tests?|notebooks?|docs?|\.github|docker-compose.*|compose\.ya?ml)$/i;
    MANIFESTS = /^(requirements.*\.txt|pyproject\.toml|poetry\.lock|uv\.lock|Pipfile(\.lock)?|setup\.(py|cfg)|package(-lock)?\.json|pnpm-lock\.yaml|pnpm-workspace\.yaml|yarn\.lock|go\.(mod|sum)|Cargo\.(toml|lock)|Gemfile(\.lock)?)$/;
  }
});

// src/diagnose/diagnose.ts
var diagnose_exports = {};
__export(diagnose_exports, {
  envHasValue: () => envHasValue,
  nodeIo: () => nodeIo,
  startDiagnosis: () => startDiagnosis
});
import { closeSync as closeSync2, lstatSync, openSync as openSync2, readFileSync as readFileSync2, readSync as readSync2, realpathSync as realpathSync2, constants as fsc } from "node:fs";
import { dirname as dirname2, isAbsolute as isAbsolute2, join as join2, relative as relative2, sep as sep2 } from "node:path";
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
      real = realpathSync2(abs);
    } catch {
      real = abs;
    }
    return isInside(contextDir, real) && real !== contextDir ? relative2(contextDir, real).split(sep2).join("/") : void 0;
  };
  const namedCopies = plan ? namedCopiesOf(plan, dockerfileShown) : [];
  const buildFiles2 = [];
  const dfRel = inContext(setup.dockerfile);
  if (dfRel !== void 0) buildFiles2.push({ path: dfRel, file: dockerfileShown });
  const ignoreRel = inContext(ignore.path);
  if (ignoreRel !== void 0) buildFiles2.push({ path: ignoreRel, file: ignoreShown });
  const tracked = readTracked(contextDir, io);
  const lines2 = new LineEvaluator(
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
    buildFiles: buildFiles2,
    hasExceptions: ignore.matcher.exclusions,
    namedByException: (path5) => lines2.namedByException(path5),
    inspect: (path5, what) => io.inspect(join2(contextDir, path5), what),
    readGitignore: (dir) => {
      const abs = join2(contextDir, dir, ".gitignore");
      const text = io.readText(abs, MAX_TEXT);
      return text === void 0 ? void 0 : { text, file: display(abs) };
    },
    gitAncestors: gitAncestors(contextDir, io, displayAbove(contextDir, display))
  });
  return {
    probes: PROBES,
    enterDir(dir, present) {
      lines2.enter(dir);
      collector.listing(dir, (name) => {
        const i = PROBES.indexOf(name);
        return i >= 0 && (present & 1 << i) !== 0;
      });
    },
    listed(dir, entries) {
      lines2.listed(dir, entries);
      collector.listedEntries(dir, entries);
    },
    entry(path5, kind, size, inode, copied) {
      collector.entry(path5, kind, size, inode, copied);
    },
    finish(contextBytes) {
      const collected = collector.finish();
      for (const k of keptByComment(rawLines, ignoreShown)) {
        for (const c of collected.candidates) if (subjectOf(c.line) === k.subject) noteNeeded(c, [k.need]);
      }
      const target2 = ignore.path ? {
        file: ignoreShown,
        exists: true,
        contextPath: ignoreRel,
        endsWithNewline: ignoreText === void 0 || ignoreText === "" || ignoreText.endsWith("\n")
      } : { file: display(join2(contextDir, ".dockerignore")), exists: false, contextPath: ".dockerignore", endsWithNewline: true };
      const choice = choose2(collected, contextBytes, target2);
      const evaluated = lines2.finish();
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
  for (let dir = contextDir; ; dir = dirname2(dir)) {
    const dotgit = join2(dir, ".git");
    if (io.exists(dotgit)) {
      let gitdir = dotgit;
      const pointer = io.readText(dotgit, 4096);
      if (pointer !== void 0) {
        const m = /^gitdir:\s*(.+?)\s*$/m.exec(pointer);
        if (!m) return void 0;
        gitdir = isAbsolute2(m[1]) ? m[1] : join2(dir, m[1]);
      }
      const prefix = relative2(dir, contextDir).split(sep2).join("/");
      const index = io.readBytes(join2(gitdir, "index"), MAX_INDEX_BYTES);
      if (index === void 0) return io.exists(join2(gitdir, "index")) ? void 0 : parseGitIndex(EMPTY_INDEX, prefix);
      try {
        return parseGitIndex(index, prefix);
      } catch (e) {
        if (e instanceof GitIndexError) return void 0;
        throw e;
      }
    }
    if (dirname2(dir) === dir) return void 0;
  }
}
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
  if (isAbsolute2(shownContext)) return display;
  const cwd = shownContext === "." ? contextDir : contextDir.slice(0, contextDir.length - shownContext.length - 1);
  return (p) => {
    const shown = display(p);
    return isAbsolute2(shown) ? relative2(cwd, p).split(sep2).join("/") : shown;
  };
}
function gitAncestors(contextDir, io, display) {
  if (io.exists(join2(contextDir, ".git"))) return [];
  const chain = [];
  let dir = contextDir;
  for (; ; ) {
    const parent = dirname2(dir);
    if (parent === dir) return [];
    chain.unshift(parent);
    if (io.exists(join2(parent, ".git"))) break;
    dir = parent;
  }
  const scopes = [];
  for (const d of chain) {
    const abs = join2(d, ".gitignore");
    const text = io.readText(abs, MAX_TEXT);
    if (text === void 0) continue;
    const above = relative2(d, contextDir).split(sep2);
    scopes.push(makeScope(text, display(abs), "", above));
  }
  return scopes;
}
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
function readHead(abs, max) {
  const fd = openSync2(abs, fsc.O_RDONLY | fsc.O_NOFOLLOW | fsc.O_NONBLOCK);
  try {
    const buf = Buffer.alloc(max);
    let n = 0;
    for (; ; ) {
      const r = readSync2(fd, buf, n, max - n, null);
      if (r === 0) break;
      n += r;
      if (n >= max) break;
    }
    return buf.toString("utf8", 0, n);
  } finally {
    closeSync2(fd);
  }
}
var MAX_TEXT, PROBES, KEEP_WORDS, MAX_INDEX_BYTES, EMPTY_INDEX, PLACEHOLDER, SECRET_KEY, URL_PASSWORD, NPM_TOKEN, PRIVATE_KEY, nodeIo;
var init_diagnose = __esm({
  "src/diagnose/diagnose.ts"() {
    "use strict";
    init_select();
    init_ignorefile();
    init_paths();
    init_choose();
    init_collector();
    init_drift();
    init_gitignore();
    init_git_index();
    init_candidates();
    init_lines();
    init_lint();
    MAX_TEXT = 1024 * 1024;
    PROBES = [".gitignore", "pyvenv.cfg"];
    KEEP_WORDS = /\b(keep|keeps|kept|needed|needs|need|required|requires|on purpose|intentional(ly)?|deliberate(ly)?|do not (ignore|exclude)|don't (ignore|exclude)|not (ignored|excluded))\b/i;
    MAX_INDEX_BYTES = 512 * 1024 * 1024;
    EMPTY_INDEX = Buffer.from("DIRC\0\0\0\0\0\0\0", "latin1");
    PLACEHOLDER = /^(|\$\{?[A-Za-z_][A-Za-z0-9_]*(:?-[^}]*)?\}?|<[^>]*>|\[[^\]]*\]|\{\{[^}]*\}\}|change[_-]?me|changethis|replace[_-]?me|your[_-].*|my[_-].*|x{3,}|\*{3,}|\.{3}|todo|tbd|none|null|nil|placeholder|example|dummy|fake|redacted|secret|password|token)$/i;
    SECRET_KEY = /(key|token|secret|passw(or)?d|passwd|pwd|credential|auth|private|dsn|cookie|session|signature|salt|cert)/i;
    URL_PASSWORD = /:\/\/[^\s:@/]+:[^\s@/]+@/;
    NPM_TOKEN = /^\s*(?:\/\/[^\s=]*:)?(?:_authToken|_auth|_password)\s*=\s*(?!["']?\$\{)\S/m;
    PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/;
    nodeIo = {
      readText(abs, max, follow = false) {
        try {
          const st = follow ? lstatSync(realpathSync2(abs)) : lstatSync(abs);
          if (!st.isFile()) return void 0;
          return readHead(follow ? realpathSync2(abs) : abs, max);
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
          return readFileSync2(abs);
        } catch {
          return void 0;
        }
      }
    };
  }
});

// src/util/progress-mode.ts
function progressMode(stderrIsTTY, env) {
  if (env.GITHUB_ACTIONS === "true") return "lines";
  return stderrIsTTY ? "tty" : "off";
}
var init_progress_mode = __esm({
  "src/util/progress-mode.ts"() {
    "use strict";
  }
});

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
var init_format = __esm({
  "src/render/format.ts"() {
    "use strict";
    init_terminal();
    init_units();
  }
});

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
var init_image_text = __esm({
  "src/render/image-text.ts"() {
    "use strict";
    init_format();
    init_units();
    init_history();
  }
});

// src/image/progress.ts
function progressText(label, done, total, elapsedMs, unit) {
  if (unit === "requests") return `${label}: ${done} request${done === 1 ? "" : "s"}`;
  const rate = elapsedMs > 0 ? `, ${formatBytes(Math.round(done * 1e3 / elapsedMs))}/s` : "";
  if (total !== void 0 && total > 0) {
    const pct2 = Math.min(100, Math.floor(done * 100 / total));
    return `${label}: ${formatBytes(done)} of ~${formatBytes(total)} (${pct2}%)${rate}`;
  }
  return `${label}: ${formatBytes(done)}${rate}`;
}
function createProgress(io) {
  if (io.mode === "off") return { start() {
  }, update() {
  }, finish() {
  } };
  const now = io.now ?? (() => Date.now());
  let label = "";
  let started = 0;
  let last = 0;
  let drawn = false;
  let unit = "bytes";
  return {
    start(l) {
      label = escapeUnsafe(l);
      started = now();
      last = started;
      drawn = false;
      unit = l.startsWith("fetching") ? "requests" : "bytes";
    },
    update(done, total) {
      const t = now();
      if (io.mode === "tty") {
        if (t - started < TTY_DELAY_MS2 || t - last < TTY_EVERY_MS2) return;
        last = t;
        drawn = true;
        io.write(`\r\x1B[K${progressText(label, done, total, t - started, unit)}`);
      } else {
        if (t - last < LINE_EVERY_MS2) return;
        last = t;
        io.write(`docker-size-guard: ${progressText(label, done, total, t - started, unit)}
`);
      }
    },
    finish() {
      if (io.mode === "tty" && drawn) io.write("\r\x1B[K");
      drawn = false;
    }
  };
}
var TTY_DELAY_MS2, TTY_EVERY_MS2, LINE_EVERY_MS2;
var init_progress = __esm({
  "src/image/progress.ts"() {
    "use strict";
    init_units();
    init_terminal();
    TTY_DELAY_MS2 = 500;
    TTY_EVERY_MS2 = 100;
    LINE_EVERY_MS2 = 1e4;
  }
});

// src/cli/images.ts
var images_exports = {};
__export(images_exports, {
  measureTargetImages: () => measureTargetImages
});
async function measureTargetImages(opts, config, specs, measured, cwd, io) {
  if (opts.list) return;
  const progress = createProgress({
    write: io.writeStderr ?? (() => {
    }),
    mode: io.writeStderr ? progressMode(io.stderrIsTTY, io.env) : "off"
  });
  for (let i = 0; i < specs.length; i++) {
    const fromConfig = config?.targets[i];
    const image2 = fromConfig ? fromConfig.image : opts.image;
    const imageArchive = fromConfig ? fromConfig.imageArchive : opts.imageArchive;
    if (image2 === void 0 && imageArchive === void 0) continue;
    const o = {
      image: image2,
      imageArchive,
      registry: opts.registry,
      registryLayers: opts.registryLayers,
      platform: opts.platform ?? DEFAULT_PLATFORM,
      wasteExclude: opts.wasteExclude,
      layerShare: opts.layerShare ?? DEFAULT_LAYER_SHARE,
      top: opts.top
    };
    measured[i].report.image = await measureTargetImage(o, measured[i], cwd, { env: io.env, progress });
  }
}
var init_images = __esm({
  "src/cli/images.ts"() {
    "use strict";
    init_image2();
    init_platform();
    init_progress();
    init_progress_mode();
  }
});

// src/cli/baseline-file.ts
var baseline_file_exports = {};
__export(baseline_file_exports, {
  loadBaselineFile: () => loadBaselineFile
});
import { readFileSync as readFileSync3 } from "node:fs";
function loadBaselineFile(path5, shown) {
  let text;
  try {
    text = readFileSync3(path5, "utf8");
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
var init_baseline_file = __esm({
  "src/cli/baseline-file.ts"() {
    "use strict";
    init_errors();
    init_baseline();
  }
});

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
var init_markdown_table = __esm({
  "node_modules/markdown-table/index.js"() {
  }
});

// src/render/escape.ts
function escapeMarkdown(s) {
  const shortened = s.length > MAX_NAME ? s.slice(0, MAX_NAME / 2 - 1) + "\u2026" + s.slice(s.length - MAX_NAME / 2) : s;
  return shortened.replace(/\r\n|\r|\n|\u2028|\u2029/g, "\u23CE").replace(/[\u0000-\u001f\u007f-\u009f]/g, "\uFFFD").replace(/[\ud800-\udfff]/gu, "\uFFFD").replace(/[&<>"|`@#*_~[\]\\$]/g, (ch2) => ENTITIES[ch2]).replace(BIDI, (ch2) => `&lt;U+${ch2.codePointAt(0).toString(16).toUpperCase()}&gt;`).replace(/:\/\//g, "&#58;//").replace(/\bwww\./gi, (m) => m.slice(0, 3) + "&#46;");
}
var ENTITIES, MAX_NAME, BIDI;
var init_escape = __esm({
  "src/render/escape.ts"() {
    "use strict";
    ENTITIES = {
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
    MAX_NAME = 160;
    BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
  }
});

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
var init_html = __esm({
  "src/render/html.ts"() {
    "use strict";
    init_units();
  }
});

// src/render/diagnostics-markdown.ts
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
      `Each line's savings count the lines above it. The block removes ${sizeCell(sv.removed)} in ${plural2(sv.removedFiles, "file")}: the context goes from ${sizeCell(sv.before)} to **${sizeCell(sv.after)}**.`,
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
        i.status === "present" ? `${sizeCell(i.bytes)} in ${plural2(i.files, "file")}` : "\u2013",
        i.status === "present" ? "in the context" : "risk: not excluded"
      ]);
    }
    body.push("**.gitignore vs .dockerignore** (a clean checkout in CI lacks these paths; developers' machines have them)", "");
    body.push(markdownTable(table, { align: ["l", "l", "r", "l"] }), "");
  }
  if (body.length === 0) return [];
  const summary2 = sv.removed > 0 ? `${escapeMarkdown(name)}: what to add to the ignore file (saves ${formatBytes(sv.removed)} of ${formatBytes(sv.before)})` : `${escapeMarkdown(name)}: diagnostics`;
  const open2 = d.suggestions.length > 0 || d.findings.some((f) => f.severity === "error") ? " open" : "";
  return [`<details${open2}><summary>${summary2}</summary>

${body.join("\n").trimEnd()}

</details>
`];
}
function escText(s) {
  return s.split(" ").map(escapeMarkdown).join(" ");
}
function plural2(n, word) {
  return `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;
}
function familyLabel(family) {
  return Object.hasOwn(FAMILY_LABELS, family) ? FAMILY_LABELS[family] : "unknown";
}
var MARK;
var init_diagnostics_markdown = __esm({
  "src/render/diagnostics-markdown.ts"() {
    "use strict";
    init_markdown_table();
    init_escape();
    init_html();
    init_units();
    init_docker_syntax();
    init_families();
    MARK = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
  }
});

// src/image/provenance.ts
function norm(p) {
  const t = p.replace(/\/+$/, "").replace(/^\.\//, "");
  return t === "" ? "/" : t;
}
function underDestination(path5, dest) {
  const d = norm(dest);
  if (d === "/") return path5.replace(/^\/+/, "");
  if (path5 === d) return "";
  return path5.startsWith(d + "/") ? path5.slice(d.length + 1) : void 0;
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
function contextOrigin(path5, createdBy, t) {
  if (createdBy === null) return void 0;
  const w = copyWords(createdBy);
  if (!w) return void 0;
  const sizes = contextSizes(t);
  const instruction = instructionOf(createdBy);
  let candidates = [];
  if (w.classic) {
    const dests = (t.copied?.wholeContext ?? []).map((i) => destinationOf(i.instruction)).filter((d) => d !== void 0);
    if (!copiesWholeContext(createdBy, dests)) return void 0;
    const rel = underDestination(path5, w.dest);
    if (rel !== void 0) candidates = [rel];
  } else if (w.sources.length === 1 && !/[*?[]/.test(w.sources[0]) && !/^[a-z]+:\/\//i.test(w.sources[0])) {
    const src = norm(w.sources[0]);
    const base = src === "." || src === "/" ? "" : src;
    if (w.dest.startsWith("/")) {
      const rel = underDestination(path5, w.dest);
      if (rel !== void 0) candidates = [base && rel ? `${base}/${rel}` : base || rel];
    } else {
      const parts = path5.split("/").filter(Boolean);
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
var init_provenance = __esm({
  "src/image/provenance.ts"() {
    "use strict";
    init_history();
  }
});

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
      ([path5, k]) => `${escapeMarkdown(k.family.toLowerCase())} (${escapeMarkdown(path5)}${k.bytes === null ? "" : `, ${sizeCell(k.bytes)}`})`
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
var init_image_markdown = __esm({
  "src/render/image-markdown.ts"() {
    "use strict";
    init_markdown_table();
    init_escape();
    init_format();
    init_html();
    init_history();
    init_provenance();
    init_image_text();
  }
});

// src/render/markdown.ts
var markdown_exports = {};
__export(markdown_exports, {
  GITHUB_COMMENT_LIMIT: () => GITHUB_COMMENT_LIMIT,
  renderMarkdown: () => renderMarkdown,
  totalsLine: () => totalsLine,
  verdictLine: () => verdictLine
});
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
  const secrets2 = errors.filter((f) => f.rule === "secret-in-context").length;
  const breaks = errors.filter((f) => f.rule === "excludes-needed").length;
  const other = errors.length - secrets2 - breaks;
  const raised = [
    ...secrets2 > 0 ? [`${secrets2 === 1 ? "a secret" : `${secrets2} secrets`} copied into the image`] : [],
    ...breaks > 0 ? [`${breaks === 1 ? "an ignore line breaks" : `${breaks} ignore lines break`} a COPY`] : [],
    ...other > 0 ? [`${plural3(other, "error")} in the findings`] : []
  ];
  const fails = v ? v.breaches.filter((b) => b.level === "fail").length : 0;
  const warns = v ? v.breaches.length - fails : 0;
  const budgets = budgetCount(ctx);
  let budget;
  if (fails > 0) budget = `${plural3(fails, "budget")} exceeded${warns ? `, ${plural3(warns, "warning")}` : ""}`;
  else if (v?.failed) budget = "a budget could not be checked (unreadable entries)";
  else if (warns > 0) budget = plural3(warns, "warning");
  else if (budgets > 0) budget = v && v.unchecked.length === budgets ? "budgets not checked (see below)" : "within budget";
  else budget = "no budgets set";
  const mark = fails > 0 || v?.failed || raised.length > 0 ? "\u274C" : warns > 0 ? "\u26A0\uFE0F" : budgets > 0 && v && v.unchecked.length < budgets ? "\u2705" : "\u2139\uFE0F";
  return `${mark} Docker size: ${[...raised, budget].join(" \xB7 ")}`;
}
function budgetCount(ctx) {
  return ctx.budgets ?? (ctx.verdict ? ctx.verdict.breaches.length + ctx.verdict.unchecked.length : 0);
}
function plural3(n, word) {
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
var GITHUB_COMMENT_LIMIT, DETAIL_STEPS, COLUMNS;
var init_markdown = __esm({
  "src/render/markdown.ts"() {
    "use strict";
    init_markdown_table();
    init_baseline();
    init_metrics();
    init_diagnostics_markdown();
    init_image_markdown();
    init_units();
    init_escape();
    init_format();
    init_html();
    GITHUB_COMMENT_LIMIT = 65536;
    DETAIL_STEPS = [
      { rows: 10, sections: true },
      { rows: 5, sections: true },
      { rows: 3, sections: true },
      { rows: 0, sections: false }
    ];
    COLUMNS = METRICS.filter((m) => "column" in m).map((m) => ({ key: m.key, title: m.column }));
  }
});

// src/cli/fix.ts
var fix_exports = {};
__export(fix_exports, {
  applyFixes: () => applyFixes,
  nodeFixFs: () => nodeFixFs
});
import { closeSync as closeSync3, constants as constants3, fstatSync as fstatSync2, lstatSync as lstatSync3, openSync as openSync3, realpathSync as realpathSync5, writeSync } from "node:fs";
import { dirname as dirname4, resolve as resolve3 } from "node:path";
function confine(abs, roots, shown) {
  let dir;
  try {
    dir = realpathSync5(dirname4(abs));
  } catch (e) {
    throw new InputError(`--fix cannot reach its directory: ${e.code ?? e.message}`, shown);
  }
  if (!roots.some((r) => isInside(r, dir))) {
    throw new InputError(`--fix writes only inside the build context or the workspace; this file's directory resolves to ${dir}`, shown);
  }
}
function realRoot(p) {
  try {
    return realpathSync5(p);
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
var nodeFixFs;
var init_fix = __esm({
  "src/cli/fix.ts"() {
    "use strict";
    init_errors();
    init_paths();
    init_read2();
    nodeFixFs = {
      read(abs) {
        try {
          lstatSync3(abs);
        } catch {
          return void 0;
        }
        return readBounded2(abs, { shown: abs, what: "the ignore file", maxBytes: READ_LIMITS.ignoreFile, noFollow: true });
      },
      append(abs, text, create) {
        const flags = constants3.O_WRONLY | constants3.O_APPEND | constants3.O_NOFOLLOW | constants3.O_NONBLOCK | (create ? constants3.O_CREAT | constants3.O_EXCL : 0);
        const fd = openSync3(abs, flags, 420);
        try {
          if (!fstatSync2(fd).isFile()) throw new InputError("--fix writes only to a regular file", abs);
          const buf = Buffer.from(text, "utf8");
          for (let n = 0; n < buf.length; ) n += writeSync(fd, buf, n);
        } finally {
          closeSync3(fd);
        }
      }
    };
  }
});

// src/cli/main.ts
import { realpathSync as realpathSync6, writeFileSync } from "node:fs";
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

// src/budget/budgets.ts
init_errors();

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

// src/model/verdict.ts
init_metrics();
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

// src/compare/compare.ts
init_baseline();
init_figures();
init_metrics();

// src/compare/image-paths.ts
function explains(child, parentDelta) {
  if (Math.sign(child.delta) !== Math.sign(parentDelta)) return false;
  return Math.abs(child.delta) >= (child.kind === "file" ? 0.9 : 0.5) * Math.abs(parentDelta);
}
function depthOf(path5) {
  return path5 === "/" ? 0 : path5.split("/").length - 1;
}
function parentOf(path5) {
  const i = path5.lastIndexOf("/");
  return i <= 0 ? "/" : path5.slice(0, i);
}
function listed(t) {
  const m = /* @__PURE__ */ new Map();
  for (const d of t.directories) m.set(d.path, { bytes: d.bytes, layer: d.layer, kind: "directory" });
  for (const d of t.largestDirectories) if (!m.has(d.path)) m.set(d.path, { bytes: d.bytes, layer: d.layer, kind: "directory" });
  for (const f of t.largestFiles) if (!m.has(f.path)) m.set(f.path, { bytes: f.bytes, layer: f.layer, kind: "file" });
  return m;
}
function sizeOn(t, known, path5, kind) {
  const k = known.get(path5);
  if (k) return k.kind === kind ? k.bytes : null;
  if (t.directoriesOmitted > 0) return null;
  let p = kind === "file" ? parentOf(path5) : path5;
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
  for (const path5 of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
    const kind = (after.get(path5) ?? before.get(path5)).kind;
    const b = sizeOn(baseline, before, path5, kind);
    const a = sizeOn(current, after, path5, kind);
    if (a === null || b === null || a === b) continue;
    const delta2 = a - b;
    const grew = delta2 > 0;
    const source = grew ? after.get(path5) : before.get(path5);
    const status = b === 0 ? "new" : a === 0 ? "gone" : grew ? "grew" : "shrank";
    all.set(path5, {
      path: path5,
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
  const paths2 = cur && base ? pathChanges(cur, base, opts) : [];
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
  return { name: (cur ?? base).name, status, metrics, paths: paths2, layers, imagePaths, imagePathsCompared: Boolean(curTree && baseTree) };
}
function pathChanges(cur, base, opts) {
  const before = new Map((base.context.shallow ?? []).map((p) => [p.path, p.bytes]));
  const after = new Map((cur.context.shallow ?? []).map((p) => [p.path, p.bytes]));
  const out = [];
  for (const path5 of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(path5) ?? (base.context.shallowTruncated ? null : 0);
    const a = after.get(path5) ?? (cur.context.shallowTruncated ? null : 0);
    if (a === null || b === null) continue;
    const delta2 = a - b;
    if (!isSignificant(delta2, b, opts.minChange)) continue;
    const status = b === 0 && !before.has(path5) ? "new" : a === 0 && !after.has(path5) ? "gone" : delta2 > 0 ? "grew" : "shrank";
    out.push({ path: path5, baseline: before.has(path5) ? b : null, current: after.has(path5) ? a : null, delta: delta2, status });
  }
  out.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || (x.path < y.path ? -1 : 1));
  return out.slice(0, opts.paths ?? 10);
}

// src/cli/args.ts
init_metrics();
init_image2();
init_platform();
init_errors();
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
init_read2();
init_paths();
import { existsSync as existsSync2, realpathSync as realpathSync4 } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/targets/config.ts
var import_yaml = __toESM(require_dist(), 1);
init_errors();
var ConfigError = class extends InputError {
  constructor(file, problems) {
    super(problems.map((p) => p.message).join("; "), file, problems[0]?.line);
    this.file = file;
    this.problems = problems;
  }
  file;
  problems;
  oneLine() {
    const first = this.problems[0];
    const more = this.problems.length - 1;
    return safeLine(
      `${this.file}:${first.line}: ${first.message}${more === 0 ? "" : ` (and ${more} more problem${more === 1 ? "" : "s"})`}`
    );
  }
};
var TOP_KEYS = ["targets", "budgets", "min-change", "fail-on-budget"];
var TARGET_KEYS = ["name", "context", "dockerfile", "target", "build-args", "image", "image-archive", "budgets"];
function parseConfig(text, file) {
  const lc = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lc, uniqueKeys: true });
  const problems = [];
  const lineOf = (n) => n?.range ? lc.linePos(n.range[0]).line : 1;
  const problem = (n, message) => void problems.push({ line: lineOf(n), message });
  for (const e of doc.errors) problems.push({ line: e.linePos?.[0]?.line ?? 1, message: e.message.split("\n")[0] });
  if (problems.length) throw new ConfigError(file, problems);
  const config = { targets: [], budgets: [] };
  const root = doc.contents;
  if (!(0, import_yaml.isMap)(root))
    throw new ConfigError(file, [
      { line: lineOf(root), message: 'expected a mapping with "targets" (and optionally "budgets", "min-change", "fail-on-budget")' }
    ]);
  const scalar = (n, what) => {
    if ((0, import_yaml.isScalar)(n) && (typeof n.value === "string" || typeof n.value === "number" || typeof n.value === "boolean")) return String(n.value);
    problem(n, `${what} must be a string`);
    return void 0;
  };
  const budgets = (n, where2) => {
    const out = [];
    if (!(0, import_yaml.isMap)(n)) {
      problem(n, `${where2} must be a mapping of budget names (${BUDGET_KEYS.join(", ")}) to limits`);
      return out;
    }
    for (const pair of n.items) {
      const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
      if (!isBudgetKey(key)) {
        problem(pair.key, `unknown budget ${JSON.stringify(key)}; known: ${BUDGET_KEYS.join(", ")}`);
        continue;
      }
      const value = pair.value;
      const levels = (0, import_yaml.isMap)(value) ? value.items.map((p) => {
        const level = (0, import_yaml.isScalar)(p.key) ? String(p.key.value) : "";
        if (level !== "warn" && level !== "fail")
          problem(p.key, `budget level must be "warn" or "fail", got ${JSON.stringify(level)}`);
        return [level, p.value];
      }) : [["fail", value]];
      for (const [level, v] of levels) {
        if (level !== "warn" && level !== "fail") continue;
        const s = scalar(v, `budget ${key}`);
        if (s === void 0) continue;
        try {
          out.push(parseBudget(key, level, s, `${file}:${lineOf(v)}`, `budget ${key}`));
        } catch (e) {
          if (e instanceof InputError) problem(v, e.message);
          else throw e;
        }
      }
    }
    return out;
  };
  for (const pair of root.items) {
    const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
    const value = pair.value;
    if (!TOP_KEYS.includes(key)) problem(pair.key, `unknown key ${JSON.stringify(key)}; known: ${TOP_KEYS.join(", ")}`);
    else if (key === "budgets") config.budgets = budgets(value, "budgets");
    else if (key === "min-change") {
      const s = scalar(value, "min-change");
      const limit = s === void 0 ? void 0 : parseLimit(s, true);
      if (s !== void 0 && !limit) problem(value, `min-change must be a size (10kB) or a percentage (1%), got ${JSON.stringify(s)}`);
      config.minChange = limit;
    } else if (key === "fail-on-budget") {
      if ((0, import_yaml.isScalar)(value) && typeof value.value === "boolean") config.failOnBudget = value.value;
      else problem(value, "fail-on-budget must be true or false");
    } else if (key === "targets") {
      if (!(0, import_yaml.isSeq)(value) || value.items.length === 0) {
        problem(value, "targets must be a non-empty list");
        continue;
      }
      const names = /* @__PURE__ */ new Set();
      value.items.forEach((item, i) => {
        const n = item;
        if (!(0, import_yaml.isMap)(n)) {
          problem(n, `targets[${i}] must be a mapping`);
          return;
        }
        const t = { name: "", context: ".", buildArgs: {}, budgets: [] };
        for (const p of n.items) {
          const k = (0, import_yaml.isScalar)(p.key) ? String(p.key.value) : "";
          const v = p.value;
          if (!TARGET_KEYS.includes(k))
            problem(p.key, `unknown key ${JSON.stringify(k)} in a target; known: ${TARGET_KEYS.join(", ")}`);
          else if (k === "budgets") t.budgets = budgets(v, `budgets of target ${i}`);
          else if (k === "build-args") {
            if (!(0, import_yaml.isMap)(v)) problem(v, "build-args must be a mapping of NAME: value");
            else
              for (const a of v.items) {
                const name = (0, import_yaml.isScalar)(a.key) ? String(a.key.value) : "";
                const val = scalar(a.value, `build-arg ${name}`);
                if (val !== void 0) t.buildArgs[name] = val;
              }
          } else {
            const s = scalar(v, k);
            if (s === void 0) continue;
            if (k === "name") t.name = s;
            else if (k === "context") t.context = s;
            else if (k === "dockerfile") t.dockerfile = s;
            else if (k === "target") t.target = s;
            else if (k === "image") t.image = s;
            else if (k === "image-archive") t.imageArchive = s;
          }
        }
        if (t.image !== void 0 && t.imageArchive !== void 0) problem(n, "a target takes image or image-archive, not both");
        if (t.name === "") t.name = t.dockerfile ?? t.context;
        if (names.has(t.name)) problem(n, `two targets are named ${JSON.stringify(t.name)}; give each a unique name`);
        names.add(t.name);
        config.targets.push(t);
      });
    }
  }
  if (!root.items.some((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === "targets")) problem(root, "targets is missing");
  if (problems.length)
    throw new ConfigError(
      file,
      problems.sort((a, b) => a.line - b.line)
    );
  return config;
}

// src/targets/context.ts
init_read2();
import { lstatSync as lstatSync2, statSync as statSync2 } from "node:fs";
import { isAbsolute as isAbsolute3, join as join3, relative as relative3, sep as sep3 } from "node:path";

// src/dockerfile/parse.ts
init_go();

// src/dockerfile/shell.ts
init_go();
init_nfa();
init_terminal();
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
init_go();
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
  let quote2 = "";
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
        quote2 = c;
        blankOK = true;
        phase = "quote";
      } else if (c === esc) {
        if (pos + 1 < line.length) word += line[++pos];
      } else word += c;
      continue;
    }
    if (c === quote2) phase = "word";
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
  let quote2 = "";
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
        quote2 = c;
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
    if (c === quote2) phase = "word";
    if (c === esc && quote2 !== "'") {
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

// src/dockerfile/parse.ts
init_terminal();

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
        const sep4 = rest.search(/\s/);
        const typ = sep4 < 0 ? rest : rest.slice(0, sep4);
        if (typ !== "") {
          this.maybeJSON(inst, sep4 < 0 ? "" : rest.slice(sep4).replace(/^\s+/, ""));
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

// src/dockerfile/plan.ts
init_matcher();

// src/dockerfile/sources.ts
init_go();
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
    const path5 = /* @__PURE__ */ new Set();
    const visit = (s, via) => {
      if (visited.has(s)) return void 0;
      visited.add(s);
      path5.add(s);
      for (const [dep, c] of s.deps) {
        const next = [...via, c];
        if (path5.has(dep)) return next;
        const found = visit(dep, next);
        if (found) return found;
      }
      path5.delete(s);
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

// src/targets/context.ts
init_select();

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
  add(path5, kind, size, inode) {
    if (kind === "file") {
      if (path5 === ".dockerignore") this.dockerignoreSent = true;
      if (path5 === this.dockerfile) this.dockerfileSent = true;
    }
    if (kind === "dir") {
      this.total += entryTarBytes(tarName(path5 + "/"), 0);
      return;
    }
    const name = tarName(path5);
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

// src/context/tally.ts
init_report();
init_top();
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
  add(path5, kind, size, inode) {
    this.closeDirsNotContaining(path5);
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
    this.topFiles.add({ path: path5, bytes: size });
    if (isShallow(path5)) this.addShallow({ path: path5, bytes: size });
    this.addToDirs(path5, size);
  }
  markUnreadable(path5) {
    this.closeDirsNotContaining(path5);
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
  addToDirs(path5, size) {
    let from = this.open.length === 0 ? 0 : this.open[this.open.length - 1].prefix.length;
    for (; ; ) {
      const slash = path5.indexOf("/", from);
      if (slash < 0) break;
      const dir = path5.slice(0, slash);
      this.open.push({ path: dir, prefix: dir + "/", bytes: 0, files: 0 });
      from = slash + 1;
    }
    const deepest = this.open[this.open.length - 1];
    if (deepest) {
      deepest.bytes += size;
      deepest.files++;
    }
  }
  closeDirsNotContaining(path5) {
    const open2 = this.open;
    while (open2.length > 0 && !path5.startsWith(open2[open2.length - 1].prefix)) {
      const d = open2.pop();
      this.topDirs.add({ path: d.path, bytes: d.bytes, files: d.files });
      if (isShallow(d.path)) this.addShallow({ path: d.path, bytes: d.bytes });
      const parent = open2[open2.length - 1];
      if (parent) {
        parent.bytes += d.bytes;
        parent.files += d.files;
      }
    }
  }
};
function isShallow(path5) {
  const slash = path5.indexOf("/");
  return slash < 0 || path5.indexOf("/", slash + 1) < 0;
}

// src/targets/context.ts
init_errors();

// src/context/ignore-file.ts
init_read2();
init_ignorefile();
init_matcher();
init_errors();
init_paths();
import { realpathSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function loadIgnoreFile(contextDir, dockerfile, display) {
  const candidates = [];
  if (dockerfile !== void 0) candidates.push(join(dirname(dockerfile), basename(dockerfile) + ".dockerignore"));
  candidates.push(join(contextDir, ".dockerignore"));
  const existing = candidates.filter(isFile);
  const path5 = existing[0];
  if (path5 === void 0) return { path: path5, shadowed: [], lines: [], matcher: new PatternMatcher([]) };
  const shown = display(path5);
  const real = realpathSync(path5);
  const allowed = [contextDir, dockerfile === void 0 ? contextDir : dirname(realpathSync(dockerfile))];
  if (!allowed.some((dir) => isInside(dir, real))) {
    throw new InputError(`is a symlink to ${real}, outside the build context; docker-size-guard does not follow it`, shown);
  }
  const content = readBounded2(real, { shown, what: "ignore file", maxBytes: READ_LIMITS.ignoreFile });
  try {
    const lines2 = parseIgnoreFile(content, shown);
    const matcher = new PatternMatcher(
      lines2.map((l) => l.pattern),
      lines2.map((l) => l.source)
    );
    return { path: path5, shadowed: existing.slice(1), lines: lines2, matcher };
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
function isSmallDirectory(fs, path5) {
  try {
    return fs.lstatSync(path5).size <= SMALL_DIRECTORY_BYTES;
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
    const path5 = fsPath2(absDir, dirPlain);
    if (fs.readdirSync !== void 0 && isSmallDirectory(fs, path5)) whole = fs.readdirSync(path5, { withFileTypes: true });
    else handle = fs.opendirSync(path5, { bufferSize: LISTING_BATCH });
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
    for (let i = 0; i < probes.length; i++) {
      const name = probes[i];
      let has = false;
      if (complete && failure === void 0) has = batch.some((e) => e.name === name && e.d.isFile());
      else {
        try {
          has = fs.lstatSync(fsPath2(absDir + "/" + name, dirPlain)).isFile();
        } catch {
          has = false;
        }
      }
      if (has) present |= 1 << i;
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
    if (s.step === "unreadable") v.unreadable(relDir, s.error);
    else if (s.step === "enter") v.enterDir?.(relDir, s.present);
    else {
      if (c.counter) c.counter.n += s.decided.length;
      if (s.listed) v.listed(relDir, s.listed);
      for (const d of s.decided) {
        if (emitDecided(v, d)) walkSubtree(c, d.descend.abs, d.rel, d.descend.info, d.descend.plain);
      }
    }
  }
}
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
init_matcher();
import { availableParallelism, loadavg } from "node:os";
import * as nodeFs2 from "node:fs";
var MAX_AHEAD = 16;
var YIELD_EVERY = 2;
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
  return load <= cores - 0.5 ? cores : 0;
}
function envNumber(name) {
  const v = process.env[name];
  return v !== void 0 && /^\d+$/.test(v) ? Number(v) : void 0;
}
function embeddedWorkerCode() {
  return true ? '"use strict";\nvar __create = Object.create;\nvar __defProp = Object.defineProperty;\nvar __getOwnPropDesc = Object.getOwnPropertyDescriptor;\nvar __getOwnPropNames = Object.getOwnPropertyNames;\nvar __getProtoOf = Object.getPrototypeOf;\nvar __hasOwnProp = Object.prototype.hasOwnProperty;\nvar __copyProps = (to, from, except, desc) => {\n  if (from && typeof from === "object" || typeof from === "function") {\n    for (let key of __getOwnPropNames(from))\n      if (!__hasOwnProp.call(to, key) && key !== except)\n        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });\n  }\n  return to;\n};\nvar __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(\n  // If the importer is in node compatibility mode or this is not an ESM\n  // file that has been converted to a CommonJS file using a Babel-\n  // compatible transform (i.e. "__esModule" has not been set), then set\n  // "default" to the CommonJS "module.exports" for node compatibility.\n  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,\n  mod\n));\n\n// src/context/walk-worker-main.ts\nvar import_node_worker_threads = require("node:worker_threads");\n\n// src/context/walk-parallel.ts\nvar nodeFs = __toESM(require("node:fs"), 1);\n\n// src/patterns/stats.ts\nvar matchStats = { steps: 0 };\n\n// src/patterns/go.ts\nfunction isGoSpace(cp) {\n  if (cp <= 255) return cp === 32 || cp >= 9 && cp <= 13 || cp === 133 || cp === 160;\n  return cp === 5760 || cp >= 8192 && cp <= 8202 || cp === 8232 || cp === 8233 || cp === 8239 || cp === 8287 || cp === 12288;\n}\nfunction goTrimSpace(s) {\n  let start = 0;\n  let end = s.length;\n  while (start < end) {\n    const cp = s.codePointAt(start);\n    if (!isGoSpace(cp)) break;\n    start += cp > 65535 ? 2 : 1;\n  }\n  while (end > start) {\n    const cp = s.charCodeAt(end - 1);\n    if (!isGoSpace(cp)) break;\n    end--;\n  }\n  return s.slice(start, end);\n}\nfunction goClean(path) {\n  if (path === "") return ".";\n  const rooted = path[0] === "/";\n  const out = [];\n  for (const part of path.split("/")) {\n    if (part === "" || part === ".") continue;\n    if (part === "..") {\n      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();\n      else if (!rooted) out.push("..");\n      continue;\n    }\n    out.push(part);\n  }\n  const joined = out.join("/");\n  if (rooted) return "/" + joined;\n  return joined === "" ? "." : joined;\n}\nvar BadPatternError = class extends Error {\n  constructor() {\n    super("syntax error in pattern");\n  }\n};\nvar STAR = 42;\nvar QMARK = 63;\nvar LBRACK = 91;\nvar RBRACK = 93;\nvar BSLASH = 92;\nvar CARET = 94;\nvar DASH = 45;\nvar SLASH = 47;\nfunction scanChunk(p, from) {\n  let i = from;\n  let star = false;\n  while (i < p.length && p[i] === STAR) {\n    i++;\n    star = true;\n  }\n  const start = i;\n  let inrange = false;\n  for (; i < p.length; i++) {\n    const c = p[i];\n    if (c === BSLASH) {\n      if (i + 1 < p.length) i++;\n    } else if (c === LBRACK) inrange = true;\n    else if (c === RBRACK) inrange = false;\n    else if (c === STAR && !inrange) break;\n  }\n  return { star, start, end: i };\n}\nfunction getEsc(p, i, end) {\n  if (i >= end || p[i] === DASH || p[i] === RBRACK) throw new BadPatternError();\n  if (p[i] === BSLASH) {\n    i++;\n    if (i >= end) throw new BadPatternError();\n  }\n  const r = p[i];\n  i++;\n  if (i >= end) throw new BadPatternError();\n  return { r, next: i };\n}\nfunction matchChunk(p, start, end, s, si) {\n  let failed = false;\n  let i = start;\n  while (i < end) {\n    matchStats.steps++;\n    if (!failed && si >= s.length) failed = true;\n    const c = p[i];\n    if (c === LBRACK) {\n      let r = -1;\n      if (!failed) r = s[si++];\n      i++;\n      let negated = false;\n      if (i < end && p[i] === CARET) {\n        negated = true;\n        i++;\n      }\n      let match = false;\n      let nrange = 0;\n      for (; ; ) {\n        if (i < end && p[i] === RBRACK && nrange > 0) {\n          i++;\n          break;\n        }\n        const lo = getEsc(p, i, end);\n        i = lo.next;\n        let hi = lo.r;\n        if (p[i] === DASH) {\n          const h = getEsc(p, i + 1, end);\n          hi = h.r;\n          i = h.next;\n        }\n        if (lo.r <= r && r <= hi) match = true;\n        nrange++;\n      }\n      if (match === negated) failed = true;\n    } else if (c === QMARK) {\n      if (!failed) {\n        if (s[si] === SLASH) failed = true;\n        si++;\n      }\n      i++;\n    } else {\n      if (c === BSLASH) {\n        i++;\n        if (i >= end) throw new BadPatternError();\n      }\n      if (!failed) {\n        if (p[i] !== s[si]) failed = true;\n        si++;\n      }\n      i++;\n    }\n  }\n  return failed ? -1 : si;\n}\nfunction toRunes(s) {\n  const out = [];\n  for (const ch of s) out.push(ch.codePointAt(0));\n  return out;\n}\nfunction goMatch(pattern, name) {\n  return goMatchRunes(toRunes(pattern), toRunes(name));\n}\nfunction goMatchRunes(p, name) {\n  let pi = 0;\n  let ni = 0;\n  outer: while (pi < p.length) {\n    const { star, start, end } = scanChunk(p, pi);\n    pi = end;\n    if (star && start === end) {\n      for (let k = ni; k < name.length; k++) if (name[k] === SLASH) return false;\n      return true;\n    }\n    const t = matchChunk(p, start, end, name, ni);\n    if (t >= 0 && (t === name.length || pi < p.length)) {\n      ni = t;\n      continue;\n    }\n    if (star) {\n      for (let k = ni; k < name.length && name[k] !== SLASH; k++) {\n        const t2 = matchChunk(p, start, end, name, k + 1);\n        if (t2 >= 0) {\n          if (pi >= p.length && t2 < name.length) continue;\n          ni = t2;\n          continue outer;\n        }\n      }\n    }\n    while (pi < p.length) {\n      const c = scanChunk(p, pi);\n      pi = c.end;\n      matchChunk(p, c.start, c.end, [], 0);\n    }\n    return false;\n  }\n  return ni === name.length;\n}\nfunction isBadGoPattern(pattern) {\n  try {\n    goMatch(pattern, ".");\n    return false;\n  } catch (e) {\n    if (e instanceof BadPatternError) return true;\n    throw e;\n  }\n}\n\n// src/patterns/nfa.ts\nvar UnsupportedRegexp = class extends Error {\n};\nvar CLASS_CACHE = 256;\nfunction isWord(cp) {\n  return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 95;\n}\nfunction charTest(source) {\n  const re = new RegExp(`^(?:${source})$`, "u");\n  const cache = /* @__PURE__ */ new Map();\n  return (cp) => {\n    let r = cache.get(cp);\n    if (r === void 0) {\n      r = re.test(String.fromCodePoint(cp));\n      if (cache.size >= CLASS_CACHE) cache.clear();\n      cache.set(cp, r);\n    }\n    return r;\n  };\n}\nvar Parser = class {\n  constructor(s) {\n    this.s = s;\n  }\n  s;\n  i = 0;\n  parse() {\n    const a = this.alt();\n    if (this.i < this.s.length) throw new UnsupportedRegexp(`unexpected ${this.s[this.i]}`);\n    return a;\n  }\n  alt() {\n    const items = [this.cat()];\n    while (this.s[this.i] === "|") {\n      this.i++;\n      items.push(this.cat());\n    }\n    return items.length === 1 ? items[0] : { t: "alt", items };\n  }\n  cat() {\n    const items = [];\n    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") {\n      let atom = this.atom();\n      for (; ; ) {\n        const q = this.s[this.i];\n        if (q !== "*" && q !== "+" && q !== "?") break;\n        this.i++;\n        const lazy = this.s[this.i] === "?";\n        if (lazy) this.i++;\n        atom = { t: q === "*" ? "star" : q === "+" ? "plus" : "quest", item: atom, lazy };\n      }\n      if (this.s[this.i] === "{") throw new UnsupportedRegexp("counted repetition");\n      items.push(atom);\n    }\n    return items.length === 1 ? items[0] : { t: "cat", items };\n  }\n  atom() {\n    const s = this.s;\n    const c = s.codePointAt(this.i);\n    const ch = String.fromCodePoint(c);\n    if (ch === "(") {\n      this.i++;\n      if (s[this.i] === "?") {\n        if (s[this.i + 1] !== ":") throw new UnsupportedRegexp("lookaround");\n        this.i += 2;\n      }\n      const inner = this.alt();\n      if (s[this.i] !== ")") throw new UnsupportedRegexp("missing )");\n      this.i++;\n      return inner;\n    }\n    if (ch === "[") {\n      const start = this.i;\n      this.i++;\n      if (s[this.i] === "^") this.i++;\n      while (this.i < s.length && s[this.i] !== "]") this.i += s[this.i] === "\\\\" ? escapeLength(s, this.i) : 1;\n      if (s[this.i] !== "]") throw new UnsupportedRegexp("missing ]");\n      this.i++;\n      return { t: "test", test: charTest(s.slice(start, this.i)) };\n    }\n    if (ch === "\\\\") {\n      const n = escapeLength(s, this.i);\n      const esc = s.slice(this.i, this.i + n);\n      this.i += n;\n      if (esc === "\\\\b") return { t: "assert", op: 5 /* WordB */ };\n      if (esc === "\\\\B") return { t: "assert", op: 6 /* NotWordB */ };\n      if (/^\\\\[1-9kpPcx0]/.test(esc)) throw new UnsupportedRegexp(`escape ${esc}`);\n      if (/^\\\\[^A-Za-z0-9]$/u.test(esc)) return { t: "char", cp: esc.codePointAt(1) };\n      const braced = /^\\\\u\\{([0-9A-Fa-f]+)\\}$/.exec(esc);\n      if (braced) return { t: "char", cp: parseInt(braced[1], 16) };\n      return { t: "test", test: charTest(esc) };\n    }\n    if (ch === "^") {\n      this.i++;\n      return { t: "assert", op: 3 /* Bol */ };\n    }\n    if (ch === "$") {\n      this.i++;\n      return { t: "assert", op: 4 /* Eol */ };\n    }\n    if (ch === ".") {\n      this.i++;\n      return { t: "test", test: charTest(".") };\n    }\n    if ("*+?{}])".includes(ch)) throw new UnsupportedRegexp(`unexpected ${ch}`);\n    this.i += ch.length;\n    return { t: "char", cp: c };\n  }\n};\nfunction escapeLength(s, i) {\n  if (s[i + 1] === "u" && s[i + 2] === "{") {\n    const close = s.indexOf("}", i + 3);\n    return close < 0 ? 2 : close - i + 1;\n  }\n  if (s[i + 1] === "u") return 6;\n  if (i + 1 >= s.length) return 1;\n  return 1 + String.fromCodePoint(s.codePointAt(i + 1)).length;\n}\nfunction anchoredLiterals(ast) {\n  if (ast.t !== "cat") return ["", ""];\n  const items = ast.items;\n  let head = "";\n  if (items[0]?.t === "assert" && items[0].op === 3 /* Bol */) {\n    for (let k = 1; k < items.length; k++) {\n      const it = items[k];\n      if (it.t !== "char") break;\n      head += String.fromCodePoint(it.cp);\n    }\n  }\n  let tail = "";\n  const last = items[items.length - 1];\n  if (last?.t === "assert" && last.op === 4 /* Eol */) {\n    for (let k = items.length - 2; k >= 0; k--) {\n      const it = items[k];\n      if (it.t !== "char") break;\n      tail = String.fromCodePoint(it.cp) + tail;\n    }\n  }\n  return [head, tail];\n}\nfunction emit(prog, op, cp = 0, test) {\n  prog.push({ op, cp, test, out: -1, out1: -1 });\n  return prog.length - 1;\n}\nfunction build(prog, a, next) {\n  switch (a.t) {\n    case "char": {\n      const k = emit(prog, 0 /* Char */, a.cp);\n      prog[k].out = next;\n      return k;\n    }\n    case "test": {\n      const k = emit(prog, 1 /* Test */, 0, a.test);\n      prog[k].out = next;\n      return k;\n    }\n    case "assert": {\n      const k = emit(prog, a.op);\n      prog[k].out = next;\n      return k;\n    }\n    case "cat": {\n      let at = next;\n      for (let j = a.items.length - 1; j >= 0; j--) at = build(prog, a.items[j], at);\n      return at;\n    }\n    case "alt": {\n      let at = build(prog, a.items[a.items.length - 1], next);\n      for (let j = a.items.length - 2; j >= 0; j--) {\n        const k = emit(prog, 2 /* Split */);\n        prog[k].out = build(prog, a.items[j], next);\n        prog[k].out1 = at;\n        at = k;\n      }\n      return at;\n    }\n    // Split: `out` is the preferred branch (greedy: the item again; lazy: what follows).\n    case "quest": {\n      const k = emit(prog, 2 /* Split */);\n      prefer(prog[k], build(prog, a.item, next), next, a.lazy);\n      return k;\n    }\n    case "star": {\n      const k = emit(prog, 2 /* Split */);\n      prefer(prog[k], build(prog, a.item, k), next, a.lazy);\n      return k;\n    }\n    case "plus": {\n      const k = emit(prog, 2 /* Split */);\n      const body = build(prog, a.item, k);\n      prefer(prog[k], body, next, a.lazy);\n      return body;\n    }\n  }\n}\nfunction prefer(split, more, next, lazy) {\n  split.out = lazy ? next : more;\n  split.out1 = lazy ? more : next;\n}\nvar DFA_STATES = 2048;\nvar DFA_TRANSITIONS = 256;\nvar LinearRegexp = class {\n  constructor(source) {\n    this.source = source;\n    const ast = new Parser(source).parse();\n    [this.head, this.tail] = anchoredLiterals(ast);\n    const match = emit(this.prog, 7 /* Match */);\n    this.start = build(this.prog, ast, match);\n    this.mark = new Uint32Array(this.prog.length);\n    if (!this.prog.some((i) => i.op === 5 /* WordB */ || i.op === 6 /* NotWordB */)) this.dfa = /* @__PURE__ */ new Map();\n  }\n  source;\n  prog = [];\n  start;\n  // Reused state lists: sparse sets keyed by instruction index, marked with a generation number.\n  mark;\n  gen = 0;\n  cur = [];\n  nxt = [];\n  /** Literal text every match starts with right after ^, and ends with right before $ (\'\' when none): a quick no. */\n  head;\n  tail;\n  /** Lazily built DFA states (RE2\'s approach), for programs without \\\\b/\\\\B; undefined otherwise. */\n  dfa;\n  dfaStart;\n  /** A fresh generation for the visited marks; the marks are cleared before the 32-bit counter wraps. */\n  nextGen() {\n    if (this.gen === 4294967295) {\n      this.mark.fill(0);\n      this.gen = 0;\n    }\n    this.gen++;\n  }\n  /** Program size, for tests of the cost bound. */\n  get size() {\n    return this.prog.length;\n  }\n  /** RegExp.prototype.test: whether the expression matches somewhere in `input` (the compilers anchor with ^\u2026$). */\n  test(input) {\n    return this.run(input, void 0);\n  }\n  /**\n   * Whether some prefix of `input` ending right before a \'/\' matches, as if that prefix were the whole\n   * input. One pass: what moby\'s parent-directory loop computes with one match per parent directory.\n   */\n  testDirPrefixes(input) {\n    const at = this.testAtSlashes(input);\n    for (let k = 0; k < at.length - 1; k++) if (at[k]) return true;\n    return false;\n  }\n  /**\n   * For each \'/\' in `input`, whether the prefix before it matches (RegExp.test of that prefix), then\n   * whether the whole input matches: one pass, linear in the input.\n   */\n  testAtSlashes(input) {\n    const out = [];\n    this.run(input, out);\n    return out;\n  }\n  /** Simulates the program over `input`; with `atSlashes`, records acceptance at each \'/\' and at the end. */\n  run(input, atSlashes) {\n    if (this.head !== "" && !input.startsWith(this.head)) {\n      if (atSlashes !== void 0) for (let k = input.indexOf("/"); k >= 0; k = input.indexOf("/", k + 1)) atSlashes.push(false);\n      atSlashes?.push(false);\n      return false;\n    }\n    if (this.tail !== "" && atSlashes === void 0 && !input.endsWith(this.tail)) return false;\n    return this.dfa !== void 0 ? this.runDfa(input, atSlashes) : this.runNfa(input, atSlashes);\n  }\n  /**\n   * The same simulation with each set of threads cached as a DFA state and its transitions memoised:\n   * one map lookup per character once warm. A state is the set of threads that arrived at a position\n   * (before their empty transitions, which depend only on being at the start or the end). At most\n   * DFA_STATES states are kept (then the cache starts over), so memory stays bounded and each character\n   * still costs at most one closure: linear either way.\n   */\n  runDfa(input, atSlashes) {\n    let st = this.dfaStart ?? (this.dfaStart = this.state([], true));\n    let found = false;\n    for (let i = 0; i < input.length; ) {\n      if (st.dead) {\n        if (atSlashes !== void 0) for (let k = input.indexOf("/", i); k >= 0; k = input.indexOf("/", k + 1)) atSlashes.push(found);\n        break;\n      }\n      const cp = input.codePointAt(i);\n      i += cp > 65535 ? 2 : 1;\n      matchStats.steps++;\n      if (atSlashes !== void 0 && cp === 47) atSlashes.push(found || st.acceptEnd);\n      if (st.acceptMid) {\n        found = true;\n        if (atSlashes === void 0) return true;\n      }\n      let next = cp < 128 ? st.ascii[cp] : st.next.get(cp);\n      if (next === void 0) {\n        next = this.transition(st, cp);\n        if (cp < 128) st.ascii[cp] = next;\n        else {\n          if (st.next.size >= DFA_TRANSITIONS) st.next.clear();\n          st.next.set(cp, next);\n        }\n      }\n      st = next;\n    }\n    found ||= st.acceptEnd;\n    if (atSlashes !== void 0) atSlashes.push(found);\n    return found;\n  }\n  transition(st, cp) {\n    const arrived = [];\n    for (const pc of st.closed) {\n      const inst = this.prog[pc];\n      if (inst.op === 0 /* Char */ && inst.cp === cp || inst.op === 1 /* Test */ && inst.test(cp)) arrived.push(inst.out);\n    }\n    return this.state(arrived, false);\n  }\n  /** The DFA state for threads `arrived` at a position (the start of the input or not). */\n  state(arrived, atStart) {\n    const set = [...new Set(arrived)].sort((a, b) => a - b);\n    const key = (atStart ? "S" : "") + set.join(",");\n    const dfa = this.dfa;\n    let st = dfa.get(key);\n    if (st !== void 0) return st;\n    if (dfa.size >= DFA_STATES) {\n      dfa.clear();\n      this.dfaStart = void 0;\n    }\n    const closed = [];\n    this.nextGen();\n    for (const pc of set) this.addThread(closed, pc, -1, -1, atStart ? 0 : 1, 2);\n    this.addThread(closed, this.start, -1, -1, atStart ? 0 : 1, 2);\n    const acceptMid = closed.some((pc) => this.prog[pc].op === 7 /* Match */);\n    const atEnd = [];\n    this.nextGen();\n    for (const pc of set) this.addThread(atEnd, pc, -1, -1, atStart ? 0 : 1, atStart ? 0 : 1);\n    this.addThread(atEnd, this.start, -1, -1, atStart ? 0 : 1, atStart ? 0 : 1);\n    const acceptEnd = acceptMid || atEnd.some((pc) => this.prog[pc].op === 7 /* Match */);\n    const consuming = closed.filter((pc) => this.prog[pc].op !== 7 /* Match */);\n    st = { closed: consuming, acceptMid, acceptEnd, dead: consuming.length === 0 && !acceptEnd && !atStart, ascii: [], next: /* @__PURE__ */ new Map() };\n    dfa.set(key, st);\n    return st;\n  }\n  runNfa(input, atSlashes) {\n    const cps = [];\n    for (let i = 0; i < input.length; ) {\n      const cp = input.codePointAt(i);\n      cps.push(cp);\n      i += cp > 65535 ? 2 : 1;\n    }\n    const n = cps.length;\n    let cur = this.cur;\n    let nxt = this.nxt;\n    cur.length = 0;\n    let found = false;\n    for (let i = 0; i <= n; i++) {\n      const prev = i === 0 ? -1 : cps[i - 1];\n      const next = i === n ? -1 : cps[i];\n      if (atSlashes !== void 0 && next === 47) atSlashes.push(found || this.accepts(cur, prev, i));\n      nxt.length = 0;\n      this.nextGen();\n      for (const pc of cur) this.addThread(nxt, pc, prev, next, i, n);\n      this.addThread(nxt, this.start, prev, next, i, n);\n      [cur, nxt] = [nxt, cur];\n      if (cur.some((pc) => this.prog[pc].op === 7 /* Match */)) {\n        found = true;\n        if (atSlashes === void 0) break;\n      }\n      if (i === n) break;\n      nxt.length = 0;\n      for (const pc of cur) {\n        matchStats.steps++;\n        const inst = this.prog[pc];\n        if (inst.op === 0 /* Char */ && inst.cp === next || inst.op === 1 /* Test */ && inst.test(next)) nxt.push(inst.out);\n      }\n      [cur, nxt] = [nxt, cur];\n    }\n    this.cur = cur;\n    this.nxt = nxt;\n    if (atSlashes !== void 0) atSlashes.push(found);\n    return found;\n  }\n  /**\n   * RegExp.prototype.exec\'s match position from `from` (UTF-16 indices): the leftmost match and, among\n   * those, the one a backtracking engine picks (greedy or lazy quantifiers honoured) \u2014 a Pike VM, as in\n   * Go\'s regexp and RE2, whose threads keep their priority order. Linear in the input.\n   */\n  exec(input, from = 0) {\n    const idx = [];\n    const cps = [];\n    for (let i = from; i < input.length; ) {\n      const cp = input.codePointAt(i);\n      idx.push(i);\n      cps.push(cp);\n      i += cp > 65535 ? 2 : 1;\n    }\n    idx.push(input.length);\n    const n = cps.length;\n    const firstPrev = from === 0 ? -1 : input.codePointAt(from - 1 - (from >= 2 && /[\\udc00-\\udfff]/.test(input[from - 1]) ? 1 : 0));\n    let cur = [];\n    let found;\n    for (let i = 0; i <= n; i++) {\n      const prev = i === 0 ? firstPrev : cps[i - 1];\n      const next = i === n ? -1 : cps[i];\n      const pos = idx[i];\n      const closed = [];\n      this.nextGen();\n      for (const t of cur) {\n        if (this.closeThread(closed, t.pc, t.start, prev, next, from === 0 && i === 0, i === n)) {\n          found = { start: t.start, end: pos };\n          break;\n        }\n      }\n      if (found === void 0 && this.closeThread(closed, this.start, pos, prev, next, from === 0 && i === 0, i === n)) {\n        found = { start: pos, end: pos };\n      }\n      if (i === n || closed.length === 0 && found !== void 0) break;\n      cur = [];\n      for (const t of closed) {\n        matchStats.steps++;\n        const inst = this.prog[t.pc];\n        if (inst.op === 0 /* Char */ && inst.cp === next || inst.op === 1 /* Test */ && inst.test(next))\n          cur.push({ pc: inst.out, start: t.start });\n      }\n    }\n    return found;\n  }\n  /** addThread for exec(): threads keep their start; true when Match is reached (the thread then ends). */\n  closeThread(list, pc0, start, prev, next, atStart, atEnd) {\n    const stack = [pc0];\n    while (stack.length > 0) {\n      const pc = stack.pop();\n      if (this.mark[pc] === this.gen) continue;\n      this.mark[pc] = this.gen;\n      matchStats.steps++;\n      const inst = this.prog[pc];\n      switch (inst.op) {\n        case 2 /* Split */:\n          stack.push(inst.out1, inst.out);\n          break;\n        case 3 /* Bol */:\n          if (atStart) stack.push(inst.out);\n          break;\n        case 4 /* Eol */:\n          if (atEnd) stack.push(inst.out);\n          break;\n        case 5 /* WordB */:\n          if (isWord(prev) !== isWord(next)) stack.push(inst.out);\n          break;\n        case 6 /* NotWordB */:\n          if (isWord(prev) === isWord(next)) stack.push(inst.out);\n          break;\n        case 7 /* Match */:\n          return true;\n        default:\n          list.push({ pc, start });\n      }\n    }\n    return false;\n  }\n  /** Whether the threads `arrived` (before closure) reach Match with the input ending at position i. */\n  accepts(arrived, prev, i) {\n    const tmp = [];\n    this.nextGen();\n    for (const pc of arrived) this.addThread(tmp, pc, prev, -1, i, i);\n    this.addThread(tmp, this.start, prev, -1, i, i);\n    return tmp.some((pc) => this.prog[pc].op === 7 /* Match */);\n  }\n  /** Follows empty transitions from pc, evaluating assertions between `prev` and `next` at position i of n. */\n  addThread(list, pc0, prev, next, i, n) {\n    const stack = [pc0];\n    while (stack.length > 0) {\n      const pc = stack.pop();\n      if (this.mark[pc] === this.gen) continue;\n      this.mark[pc] = this.gen;\n      matchStats.steps++;\n      const inst = this.prog[pc];\n      switch (inst.op) {\n        case 2 /* Split */:\n          stack.push(inst.out1, inst.out);\n          break;\n        case 3 /* Bol */:\n          if (i === 0) stack.push(inst.out);\n          break;\n        case 4 /* Eol */:\n          if (i === n) stack.push(inst.out);\n          break;\n        case 5 /* WordB */:\n          if (isWord(prev) !== isWord(next)) stack.push(inst.out);\n          break;\n        case 6 /* NotWordB */:\n          if (isWord(prev) === isWord(next)) stack.push(inst.out);\n          break;\n        default:\n          list.push(pc);\n      }\n    }\n  }\n};\n\n// src/patterns/matcher.ts\nvar PatternError = class extends Error {\n  constructor(reason, pattern, source) {\n    super(`invalid pattern ${JSON.stringify(pattern)}: ${reason}`);\n    this.reason = reason;\n    this.pattern = pattern;\n    this.source = source;\n  }\n  reason;\n  pattern;\n  source;\n};\nvar Pattern = class {\n  exclusion;\n  /** The cleaned pattern without its \'!\' \u2014 what moby\'s Pattern.String() returns. */\n  cleaned;\n  dirs;\n  source;\n  type;\n  regexp;\n  regexpSrc;\n  compileError;\n  constructor(cleaned, exclusion, source) {\n    this.cleaned = cleaned;\n    this.exclusion = exclusion;\n    this.dirs = cleaned.split("/").length;\n    this.source = source;\n  }\n  toString() {\n    return this.cleaned;\n  }\n  /** Whether the pattern matches the slash-separated path. Throws PatternError where Go\'s regexp compile fails. */\n  match(path) {\n    if (this.type === void 0) this.compile();\n    if (this.compileError !== void 0) throw new PatternError(this.compileError, this.cleaned, this.source);\n    switch (this.type) {\n      case "exact":\n        return path === this.cleaned;\n      case "prefix":\n        return path.startsWith(this.cleaned.slice(0, -2));\n      case "suffix": {\n        const suffix = this.cleaned.slice(2);\n        if (path.endsWith(suffix)) return true;\n        return suffix[0] === "/" && path === suffix.slice(1);\n      }\n      default:\n        return this.regexp.test(path);\n    }\n  }\n  /**\n   * Whether the pattern matches one of the parent directories of `path` ("a" and "a/b" for "a/b/c"),\n   * ignoring a compile error as Go\'s parent loop does. Linear in the path: one pass, not one match per parent.\n   */\n  matchParentDir(path) {\n    if (this.type === void 0) this.compile();\n    if (this.compileError !== void 0) return false;\n    switch (this.type) {\n      case "exact":\n        return path.length > this.cleaned.length && path[this.cleaned.length] === "/" && path.startsWith(this.cleaned);\n      case "prefix": {\n        const dir = path.lastIndexOf("/");\n        return dir >= 0 && path.slice(0, dir).startsWith(this.cleaned.slice(0, -2));\n      }\n      case "suffix": {\n        for (let k = path.indexOf("/"); k >= 0; k = path.indexOf("/", k + 1)) if (this.match(path.slice(0, k))) return true;\n        return false;\n      }\n      default:\n        return this.regexp.testDirPrefixes(path);\n    }\n  }\n  /** The regexp source (JavaScript `u` syntax) the pattern compiles to, or undefined when it needs none. For tests. */\n  regexpSource() {\n    if (this.type === void 0) this.compile();\n    return this.regexpSrc;\n  }\n  /** Pattern.compile from moby/patternmatcher, emitting a JS (u-mode) regexp equivalent to the Go one. */\n  compile() {\n    const p = toRunes(this.cleaned);\n    let re = "^";\n    let type = "exact";\n    let inClass = false;\n    let classStart = false;\n    let iter = 0;\n    for (let i = 0; i < p.length; iter++) {\n      const ch = p[i++];\n      const wasClassStart = classStart;\n      classStart = false;\n      if (ch === 42) {\n        if (p[i] === 42) {\n          i++;\n          if (p[i] === 47) i++;\n          if (i >= p.length) {\n            if (type === "exact") type = "prefix";\n            else {\n              re += "[^\\\\n]*";\n              type = "regexp";\n            }\n          } else {\n            re += "(?:[^\\\\n]*\\\\/)?";\n            type = "regexp";\n          }\n          if (iter === 0) type = "suffix";\n        } else {\n          re += "[^\\\\/]*";\n          type = "regexp";\n        }\n      } else if (ch === 63) {\n        re += "[^\\\\/]";\n        type = "regexp";\n      } else if (".+()|{}$".includes(String.fromCodePoint(ch))) {\n        re += "\\\\" + String.fromCodePoint(ch);\n      } else if (ch === 92) {\n        if (i < p.length) {\n          const next = p[i++];\n          const t = goEscape(next, inClass);\n          if (t === void 0) this.compileError ??= `invalid escape sequence \\\\${String.fromCodePoint(next)}`;\n          else re += t;\n          type = "regexp";\n        } else {\n          re += "\\\\\\\\";\n        }\n      } else if (ch === 91) {\n        if (!inClass) {\n          inClass = true;\n          classStart = true;\n        }\n        re += "[";\n        type = "regexp";\n      } else if (ch === 93) {\n        if (inClass && !wasClassStart) {\n          inClass = false;\n          re += "]";\n        } else re += "\\\\]";\n        type = "regexp";\n      } else if (ch === 94 && wasClassStart) {\n        re += "^";\n        classStart = true;\n      } else {\n        re += literal(ch);\n      }\n    }\n    this.type = type;\n    if (type === "regexp") {\n      re += "$";\n      if (inClass) this.compileError ??= "missing closing ]";\n      if (this.compileError === void 0) {\n        try {\n          new RegExp(re, "u");\n          this.regexpSrc = re;\n          this.regexp = new LinearRegexp(re);\n        } catch (e) {\n          this.compileError = e.message;\n        }\n      }\n    }\n  }\n};\nfunction literal(cp) {\n  return String.fromCodePoint(cp);\n}\nvar PERL = {\n  d: ["0-9", "[0-9]"],\n  D: ["", "[^0-9]"],\n  s: ["\\\\t\\\\n\\\\f\\\\r ", "[\\\\t\\\\n\\\\f\\\\r ]"],\n  S: ["", "[^\\\\t\\\\n\\\\f\\\\r ]"],\n  w: ["0-9A-Za-z_", "[0-9A-Za-z_]"],\n  W: ["", "[^0-9A-Za-z_]"]\n};\nvar CONTROL = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };\nfunction goEscape(cp, inClass) {\n  if (cp < 128 && !/[0-9A-Za-z]/.test(String.fromCodePoint(cp))) {\n    return `\\\\u{${cp.toString(16)}}`;\n  }\n  const c = String.fromCodePoint(cp);\n  if (c in CONTROL) return `\\\\u{${CONTROL[c].toString(16)}}`;\n  const perl = PERL[c];\n  if (perl) return inClass ? perl[0] === "" ? void 0 : perl[0] : perl[1];\n  if (!inClass) {\n    if (c === "b") return "\\\\b";\n    if (c === "B") return "\\\\B";\n    if (c === "A") return "^";\n    if (c === "z") return "$";\n  }\n  return void 0;\n}\nvar PatternMatcher = class {\n  patterns = [];\n  exclusions;\n  /**\n   * moby\'s patternmatcher.New: trims, cleans, splits off \'!\', and validates with filepath.Match.\n   * `sources[i]` says where patterns[i] came from.\n   */\n  constructor(patterns, sources) {\n    let exclusions = false;\n    patterns.forEach((raw, idx) => {\n      const source = sources?.[idx];\n      let p = goTrimSpace(raw);\n      if (p === "") return;\n      p = goClean(p);\n      let exclusion = false;\n      if (p[0] === "!") {\n        if (p.length === 1) throw new PatternError(\'illegal exclusion pattern: "!"\', raw, source);\n        exclusion = true;\n        exclusions = true;\n        p = p.slice(1);\n      }\n      if (isBadGoPattern(p)) throw new PatternError("syntax error in pattern", raw, source);\n      this.patterns.push(new Pattern(p, exclusion, source));\n    });\n    this.exclusions = exclusions;\n  }\n  /** MatchesOrParentMatches: the path or one of its parent directories matches. */\n  matchesOrParentMatches(file) {\n    let matched = false;\n    for (const pattern of this.patterns) {\n      if (pattern.exclusion !== matched) continue;\n      const match = pattern.match(file) || pattern.matchParentDir(file);\n      if (match) matched = !pattern.exclusion;\n    }\n    return matched;\n  }\n  /**\n   * MatchesUsingParentResults: as the tar walker of the classic builder calls it.\n   * Returns whether the path is excluded and the per-pattern results for its children.\n   */\n  matchesUsingParentResults(file, parent) {\n    const info = new Array(this.patterns.length).fill(false);\n    let matched = false;\n    for (let i = 0; i < this.patterns.length; i++) {\n      const pattern = this.patterns[i];\n      let match = parent !== void 0 && parent[i] === true;\n      if (!match) {\n        if (pattern.exclusion !== matched) continue;\n        match = pattern.match(file);\n        if (!match && parent === void 0) match = pattern.matchParentDir(file);\n      }\n      info[i] = match;\n      if (match) matched = !pattern.exclusion;\n    }\n    return { excluded: matched, info };\n  }\n  /**\n   * The classic builder\'s pruning rule for an excluded directory: it is walked only when some\n   * exception pattern, as a string, starts with "dir/". Anything else under it is never sent,\n   * even where an exception such as "!**\\/keep" would match.\n   */\n  canSkipDir(dir) {\n    if (!this.exclusions) return true;\n    const dirSlash = dir + "/";\n    for (const p of this.patterns) if (p.exclusion && (p.cleaned + "/").startsWith(dirSlash)) return false;\n    return true;\n  }\n};\n\n// src/util/names.ts\nfunction nameFromBytes(b) {\n  const s = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("utf8");\n  if (!s.includes("\\uFFFD")) return s;\n  let out = "";\n  let i = 0;\n  while (i < b.length) {\n    const n = validSequenceLength(b, i);\n    if (n === 0) {\n      out += String.fromCharCode(56320 + b[i]);\n      i++;\n    } else {\n      out += Buffer.from(b.buffer, b.byteOffset + i, n).toString("utf8");\n      i += n;\n    }\n  }\n  return out;\n}\nfunction nameBytes(s) {\n  if (isWellFormed(s)) return Buffer.from(s, "utf8");\n  const parts = [];\n  let start = 0;\n  for (let i = 0; i < s.length; i++) {\n    const c = s.charCodeAt(i);\n    if (c >= 55296 && c <= 56319) {\n      const d = s.charCodeAt(i + 1);\n      if (d >= 56320 && d <= 57343) i++;\n      continue;\n    }\n    if (c >= 56320 && c <= 57343) {\n      parts.push(Buffer.from(s.slice(start, i), "utf8"), Buffer.of(c >= 56448 && c <= 56575 ? c - 56320 : 63));\n      start = i + 1;\n    }\n  }\n  parts.push(Buffer.from(s.slice(start), "utf8"));\n  return Buffer.concat(parts);\n}\nfunction isWellFormed(s) {\n  return s.isWellFormed();\n}\nfunction validSequenceLength(b, i) {\n  const c = b[i];\n  if (c < 128) return 1;\n  const cont = (k, lo = 128, hi = 191) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;\n  if (c >= 194 && c <= 223) return cont(1) ? 2 : 0;\n  if (c === 224) return cont(1, 160) && cont(2) ? 3 : 0;\n  if (c >= 225 && c <= 236 || c === 238 || c === 239) return cont(1) && cont(2) ? 3 : 0;\n  if (c === 237) return cont(1, 128, 159) && cont(2) ? 3 : 0;\n  if (c === 240) return cont(1, 144) && cont(2) && cont(3) ? 4 : 0;\n  if (c >= 241 && c <= 243) return cont(1) && cont(2) && cont(3) ? 4 : 0;\n  if (c === 244) return cont(1, 128, 143) && cont(2) && cont(3) ? 4 : 0;\n  return 0;\n}\n\n// src/context/walk.ts\nvar LISTING_BATCH = 1024;\nvar SMALL_DIRECTORY_BYTES = 256 * 1024;\nfunction isSmallDirectory(fs, path) {\n  try {\n    return fs.lstatSync(path).size <= SMALL_DIRECTORY_BYTES;\n  } catch {\n    return false;\n  }\n}\nfunction* readDir(fs, matcher, absDir, relDir, parentInfo, dirPlain, probes, wantListed) {\n  const fsPath = (abs, plain) => plain ? abs : nameBytes(abs);\n  const matching = matcher.patterns.length > 0;\n  let handle;\n  let whole;\n  let next = 0;\n  try {\n    const path = fsPath(absDir, dirPlain);\n    if (fs.readdirSync !== void 0 && isSmallDirectory(fs, path)) whole = fs.readdirSync(path, { withFileTypes: true });\n    else handle = fs.opendirSync(path, { bufferSize: LISTING_BATCH });\n  } catch (e) {\n    yield { step: "unreadable", error: e };\n    return;\n  }\n  let lossy;\n  const named = (d) => {\n    const raw = d.name;\n    if (!raw.includes("\\uFFFD")) return { name: raw, plain: dirPlain, d };\n    lossy ??= new LossyNames(fs, fsPath(absDir, dirPlain));\n    const name = lossy.resolve(raw);\n    return { name, plain: dirPlain && isWellFormed(name), d };\n  };\n  const close = () => {\n    if (handle === void 0) return;\n    try {\n      handle.closeSync();\n    } catch {\n    }\n    handle = void 0;\n  };\n  let complete = false;\n  let failure;\n  const readBatch = () => {\n    const batch = [];\n    if (whole !== void 0) {\n      const end = Math.min(whole.length, next + LISTING_BATCH);\n      for (; next < end; next++) batch.push(named(whole[next]));\n      if (next === whole.length) {\n        complete = true;\n        whole = void 0;\n      }\n      return batch;\n    }\n    try {\n      while (batch.length < LISTING_BATCH) {\n        const d = handle.readSync();\n        if (d === null) {\n          complete = true;\n          break;\n        }\n        batch.push(named(d));\n      }\n    } catch (e) {\n      failure = e;\n      complete = true;\n    }\n    if (complete) close();\n    return batch;\n  };\n  try {\n    let batch = readBatch();\n    let present = 0;\n    for (let i = 0; i < probes.length; i++) {\n      const name = probes[i];\n      let has = false;\n      if (complete && failure === void 0) has = batch.some((e) => e.name === name && e.d.isFile());\n      else {\n        try {\n          has = fs.lstatSync(fsPath(absDir + "/" + name, dirPlain)).isFile();\n        } catch {\n          has = false;\n        }\n      }\n      if (has) present |= 1 << i;\n    }\n    yield { step: "enter", present };\n    const prefix = relDir === "" ? "" : relDir + "/";\n    const absPrefix = absDir + "/";\n    for (; ; ) {\n      if (batch.length > 0) {\n        const decided = new Array(batch.length);\n        for (let i = 0; i < batch.length; i++) {\n          const { name, plain, d } = batch[i];\n          const rel = prefix + name;\n          let excluded = false;\n          let info;\n          if (matching) {\n            const r = matcher.matchesUsingParentResults(rel, parentInfo);\n            excluded = r.excluded;\n            info = r.info;\n          }\n          let kind = kindOf(d);\n          let st;\n          if (kind === void 0 || kind !== "dir" && !excluded) {\n            try {\n              st = fs.lstatSync(fsPath(absPrefix + name, plain));\n            } catch (e) {\n              decided[i] = { rel, kind: "unreadable", size: 0, error: e };\n              continue;\n            }\n            kind = kindOfStats(st);\n          }\n          if (kind === "dir") {\n            const walkIt = !excluded || !matcher.canSkipDir(rel);\n            decided[i] = {\n              rel,\n              kind: excluded ? "skip" : "dir",\n              size: 0,\n              descend: walkIt ? { abs: absPrefix + name, info, plain } : void 0\n            };\n          } else if (excluded) {\n            decided[i] = { rel, kind: "skip", size: 0 };\n          } else {\n            const size = kind === "other" ? 0 : st.size;\n            decided[i] = { rel, kind, size, inode: st.nlink > 1 && kind === "file" ? `${st.dev}:${st.ino}` : void 0 };\n          }\n        }\n        yield { step: "batch", listed: wantListed ? batch.map(asListed) : void 0, decided };\n      }\n      if (failure !== void 0) {\n        yield { step: "unreadable", error: failure };\n        return;\n      }\n      if (complete) return;\n      batch = readBatch();\n    }\n  } finally {\n    close();\n  }\n}\nfunction emitDecided(v, d) {\n  switch (d.kind) {\n    case "unreadable":\n      v.unreadable(d.rel, d.error);\n      return false;\n    case "skip":\n      return d.descend !== void 0;\n    case "dir":\n      v.entry(d.rel, "dir", 0);\n      return d.descend !== void 0;\n    default:\n      v.entry(d.rel, d.kind, d.size, d.inode);\n      return false;\n  }\n}\nvar DirentListed = class {\n  constructor(name, d) {\n    this.name = name;\n    this.d = d;\n  }\n  name;\n  d;\n  isDirectory() {\n    return this.d.isDirectory();\n  }\n  isFile() {\n    return this.d.isFile();\n  }\n};\nfunction asListed(n) {\n  return new DirentListed(n.name, n.d);\n}\nvar LossyNames = class {\n  byLossy = /* @__PURE__ */ new Map();\n  constructor(fs, absDir) {\n    let handle;\n    try {\n      handle = fs.opendirSync(absDir, { bufferSize: LISTING_BATCH, encoding: "buffer" });\n      for (let d = handle.readSync(); d !== null; d = handle.readSync()) {\n        const raw = d.name;\n        const lossy = raw.toString("utf8");\n        if (!lossy.includes("\\uFFFD")) continue;\n        const list = this.byLossy.get(lossy);\n        if (list) list.push(nameFromBytes(raw));\n        else this.byLossy.set(lossy, [nameFromBytes(raw)]);\n      }\n    } catch {\n    } finally {\n      try {\n        handle?.closeSync();\n      } catch {\n      }\n    }\n  }\n  /** The next exact name that reads as `lossy` (each is handed out once), or `lossy` itself when none is left. */\n  resolve(lossy) {\n    return this.byLossy.get(lossy)?.shift() ?? lossy;\n  }\n};\nfunction kindOf(d) {\n  if (d.isDirectory()) return "dir";\n  if (d.isFile()) return "file";\n  if (d.isSymbolicLink()) return "symlink";\n  if (d.isFIFO() || d.isSocket() || d.isBlockDevice() || d.isCharacterDevice()) return "other";\n  return void 0;\n}\nfunction kindOfStats(st) {\n  if (st.isDirectory()) return "dir";\n  if (st.isFile()) return "file";\n  if (st.isSymbolicLink()) return "symlink";\n  return "other";\n}\n\n// src/context/walk-parallel.ts\nvar CHUNK = 2048;\nvar ChunkBuilder = class {\n  ops = [];\n  strs = [];\n  nums = [];\n  defers = [];\n  pack() {\n    const chunk = { ops: Uint8Array.from(this.ops), text: this.strs.join("\\0"), nums: Float64Array.from(this.nums) };\n    if (this.defers.length > 0) chunk.defers = this.defers;\n    return chunk;\n  }\n};\nvar OP_FILE = 0;\nvar OP_SYMLINK = 1;\nvar OP_DIR = 2;\nvar OP_OTHER = 3;\nvar OP_UNREADABLE = 4;\nvar OP_ENTER = 5;\nvar OP_LISTED = 6;\nvar OP_DEFER = 7;\nvar KIND_OP = { file: OP_FILE, symlink: OP_SYMLINK, dir: OP_DIR, other: OP_OTHER };\nvar FRONT = 0;\nvar HUNGRY = 1;\nvar AHEAD = 0;\nvar CURRENT_REPLAYED = 1;\nfunction runWalkWorker(port, data) {\n  const { spec, limits } = data;\n  const ahead = new Int32Array(data.shared);\n  const control = new Int32Array(data.control);\n  const matcher = new PatternMatcher(spec.patterns, spec.sources);\n  const fs = nodeFs;\n  const probes = spec.probes;\n  port.on("message", (job) => {\n    let c = new ChunkBuilder();\n    let told = false;\n    let posted = 0;\n    let waited = 0;\n    const flush = (done = false) => {\n      if (c.ops.length === 0) {\n        if (done) port.postMessage({ id: job.id, done });\n        return;\n      }\n      for (let now = Atomics.load(ahead, AHEAD); ; now = Atomics.load(ahead, AHEAD)) {\n        if (now < limits.maxAhead) break;\n        if (Atomics.load(control, FRONT) === job.id && posted - Atomics.load(ahead, CURRENT_REPLAYED) < 4 * limits.maxAhead) break;\n        if (!told) {\n          told = true;\n          port.postMessage({ id: job.id, blocked: true });\n        }\n        const t = performance.now();\n        Atomics.wait(ahead, AHEAD, now, 200);\n        waited += performance.now() - t;\n      }\n      told = false;\n      posted++;\n      Atomics.add(ahead, AHEAD, 1);\n      const chunk = c.pack();\n      const waitedMs = waited;\n      waited = 0;\n      port.postMessage({ id: job.id, chunk, done, waitedMs }, [chunk.ops.buffer, chunk.nums.buffer]);\n      c = new ChunkBuilder();\n    };\n    const visitor = {\n      entry(rel, kind, size, inode) {\n        c.ops.push(KIND_OP[kind]);\n        c.strs.push(rel);\n        if (kind === "file") c.strs.push(inode ?? "");\n        if (kind === "file" || kind === "symlink") c.nums.push(size);\n        if (c.ops.length >= CHUNK) flush();\n      },\n      unreadable(rel, error) {\n        c.ops.push(OP_UNREADABLE);\n        c.strs.push(rel, error.code ?? "", error.message.replaceAll("\\0", " "));\n        if (c.ops.length >= CHUNK) flush();\n      },\n      probes,\n      enterDir(rel, present) {\n        c.ops.push(OP_ENTER);\n        c.strs.push(rel);\n        c.nums.push(present);\n      },\n      listed: spec.listed ? (dir, entries) => {\n        c.ops.push(OP_LISTED);\n        c.strs.push(dir);\n        c.nums.push(entries.length);\n        for (const e of entries) {\n          c.strs.push(e.name);\n          c.nums.push((e.isDirectory() ? 1 : 0) | (e.isFile() ? 2 : 0));\n        }\n        if (c.ops.length >= CHUNK) flush();\n      } : void 0\n    };\n    let budget = limits.budget;\n    let seq = 0;\n    const handBack = (rel, d) => {\n      let hungry = false;\n      if (budget > 0) {\n        const h = Atomics.load(control, HUNGRY);\n        if (h <= 0 || Atomics.compareExchange(control, HUNGRY, h, h - 1) !== h) return false;\n        hungry = true;\n      }\n      c.defers.push({ seq, rel, abs: d.abs, info: d.info, plain: d.plain });\n      c.ops.push(OP_DEFER);\n      c.nums.push(seq++);\n      if (hungry) flush();\n      return true;\n    };\n    const walk = (abs, rel, info, plain) => {\n      for (const s of readDir(fs, matcher, abs, rel, info, plain, probes, spec.listed)) {\n        if (s.step === "unreadable") visitor.unreadable(rel, s.error);\n        else if (s.step === "enter") visitor.enterDir(rel, s.present);\n        else {\n          budget -= s.decided.length;\n          if (s.listed) visitor.listed(rel, s.listed);\n          for (const d of s.decided) {\n            if (emitDecided(visitor, d) && !handBack(d.rel, d.descend)) walk(d.descend.abs, d.rel, d.descend.info, d.descend.plain);\n          }\n        }\n      }\n    };\n    try {\n      walk(job.abs, job.rel, job.info, job.plain);\n      flush(true);\n    } catch (e) {\n      flush();\n      const patternError = e instanceof PatternError ? { reason: e.reason, pattern: e.pattern, source: e.source } : void 0;\n      port.postMessage({ id: job.id, error: e.message, patternError });\n    }\n  });\n}\n\n// src/context/walk-worker-main.ts\nrunWalkWorker(import_node_worker_threads.parentPort, import_node_worker_threads.workerData);\n' : void 0;
}
var parallelDefaults = {};
var lastWalkStats = { workers: 0, jobs: 0, handedBack: 0, walkedHere: 0, workerWaitMs: 0, workerFreeMs: 0 };
async function walkContextParallel(root, matcher, visitor, given = {}) {
  const opts = { ...parallelDefaults, ...given };
  const fs = nodeFs2;
  const workers = opts.workers ?? envNumber("DOCKER_SIZE_GUARD_WORKERS") ?? defaultWorkers();
  const code = opts.workerCode ?? embeddedWorkerCode();
  const spec = specOf(matcher, visitor);
  if (workers < 1 || code === void 0 || spec === void 0) {
    walkSubtree({ fs, matcher, visitor }, root, "", void 0, isWellFormed(root));
    return;
  }
  const { Worker } = await import("node:worker_threads");
  Object.assign(lastWalkStats, { workers: 0, jobs: 0, handedBack: 0, walkedHere: 0, workerWaitMs: 0, workerFreeMs: 0 });
  const limits = {
    budget: Math.max(1, opts.budget ?? JOB_BUDGET),
    maxAhead: Math.max(1, opts.maxAhead ?? MAX_AHEAD)
  };
  const ctx = { fs, matcher, visitor };
  const pool = new Pool(
    workers,
    limits,
    ctx,
    (data) => new Worker(code, {
      eval: true,
      workerData: { spec, limits, ...data },
      resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 }
    })
  );
  const split2 = Math.max(1, opts.splitDepth ?? 1);
  const probes = visitor.probes ?? [];
  const wantListed = visitor.listed !== void 0;
  const threshold = opts.threshold ?? envNumber("DOCKER_SIZE_GUARD_PARALLEL_THRESHOLD") ?? PARALLEL_THRESHOLD;
  const counter = { n: 0 };
  let started = false;
  const walkInline = async (abs, rel, info, plain, depth) => {
    for (const s of readDir(fs, matcher, abs, rel, info, plain, probes, wantListed)) {
      if (s.step === "unreadable") visitor.unreadable(rel, s.error);
      else if (s.step === "enter") visitor.enterDir?.(rel, s.present);
      else {
        counter.n += s.decided.length;
        if (s.listed) visitor.listed(rel, s.listed);
        const deep = depth + 1 >= split2;
        const units = [];
        const submitFrom = (from) => {
          for (let j = from; j < s.decided.length; j++) {
            const d = s.decided[j];
            if (d.descend) units[j] = pool.submit({ rel: d.rel, ...d.descend });
          }
        };
        if (deep && started) submitFrom(0);
        for (let i = 0; i < s.decided.length; i++) {
          const d = s.decided[i];
          if (deep && !started && counter.n >= threshold) {
            started = true;
            submitFrom(i);
          }
          if (!emitDecided(visitor, d)) continue;
          const unit = units[i];
          if (unit) await pool.replay(unit);
          else await walkInline(d.descend.abs, d.rel, d.descend.info, d.descend.plain, depth + 1);
        }
      }
    }
  };
  try {
    await walkInline(root, "", void 0, isWellFormed(root), 0);
  } finally {
    await pool.close();
  }
}
var FRONT = 0;
var HUNGRY = 1;
var AHEAD = 0;
var CURRENT_REPLAYED = 1;
function workerState(w) {
  return { busy: w.unit !== void 0, ahead: Atomics.load(w.ahead, AHEAD) };
}
function mustWalkHere(front, size, workers, maxAhead) {
  if (front !== "queued" || workers.length < size) return false;
  return workers.every((w) => w.busy && w.ahead >= maxAhead);
}
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
  control = new Int32Array(new SharedArrayBuffer(8));
  nextId = 1;
  rootSeq = 0;
  failure;
  sinceYield = 0;
  /** The replay, waiting for its unit to progress. */
  waiter;
  submit(job) {
    return this.enqueue({ id: this.nextId++, ...job }, [this.rootSeq++]);
  }
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
    this.setFront(unit);
    for (; ; ) {
      if (this.failure) throw this.failure;
      if (mustWalkHere(unit.state, this.size, this.threads.map(workerState), this.limits.maxAhead)) {
        this.walkHere(unit);
        return;
      }
      const chunk = unit.chunks[0];
      if (chunk) {
        const sub = applyChunk(chunk, unit.at, visitor);
        if (sub !== void 0) {
          await this.replay(unit.deferred[sub]);
          this.setFront(unit);
          continue;
        }
        unit.chunks.shift();
        unit.at = { op: 0, str: 0, num: 0 };
        const w = unit.worker;
        if (w.unit === unit) Atomics.add(w.ahead, CURRENT_REPLAYED, 1);
        Atomics.sub(w.ahead, AHEAD, 1);
        Atomics.notify(w.ahead, AHEAD);
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
      await new Promise((resolve5) => this.waiter = resolve5);
      this.waiter = void 0;
    }
  }
  async close() {
    await Promise.all(this.threads.map((w) => w.thread.terminate()));
  }
  setFront(unit) {
    if (Atomics.exchange(this.control, FRONT, unit.job.id) === unit.job.id) return;
    for (const w of this.threads) Atomics.notify(w.ahead, AHEAD);
  }
  /** Walks a queued unit on this thread, straight to the visitor (it is the one being replayed). */
  walkHere(unit) {
    this.queue.splice(this.queue.indexOf(unit), 1);
    unit.state = "main";
    lastWalkStats.walkedHere++;
    const { job } = unit;
    walkSubtree(this.ctx, job.abs, job.rel, job.info, job.plain);
    unit.state = "done";
    this.units.delete(job.id);
  }
  schedule() {
    while (this.queue.length > 0) {
      let w = this.threads.find((t) => t.unit === void 0);
      if (!w && this.threads.length < this.size) w = this.spawn();
      if (!w) break;
      const unit = this.queue.shift();
      unit.worker = w;
      unit.state = "running";
      lastWalkStats.jobs++;
      w.unit = unit;
      lastWalkStats.workerFreeMs += performance.now() - w.freeSince;
      Atomics.store(w.ahead, CURRENT_REPLAYED, 0);
      w.thread.postMessage(unit.job);
    }
    const free = this.threads.filter((t) => t.unit === void 0).length + this.size - this.threads.length;
    Atomics.store(this.control, HUNGRY, this.queue.length === 0 ? free : 0);
  }
  spawn() {
    const shared = new SharedArrayBuffer(8);
    const w = {
      thread: this.start({ shared, control: this.control.buffer }),
      ahead: new Int32Array(shared),
      freeSince: performance.now()
    };
    w.thread.on("message", (m) => {
      if (m.blocked) {
        this.waiter?.();
        return;
      }
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
      if (m.waitedMs) lastWalkStats.workerWaitMs += m.waitedMs;
      if (m.done || m.error !== void 0) {
        unit.state = "done";
        w.unit = void 0;
        w.freeSince = performance.now();
        this.schedule();
      }
      this.waiter?.();
    });
    w.thread.on("error", (e) => this.fail(e));
    w.thread.on("exit", (code) => {
      if (w.unit !== void 0 && code !== 0) this.fail(new Error(`a walker thread exited with code ${code}`));
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
  const isCopied = (path5, kind) => {
    if (!selected) return false;
    if (takenDir !== void 0 && path5.startsWith(takenDir)) return true;
    const taken = selected(path5);
    if (taken && wholeDirs && kind === "dir") takenDir = path5 + "/";
    return taken;
  };
  const diagnosis = input.diagnose ?? input.list === void 0 ? (await Promise.resolve().then(() => (init_diagnose(), diagnose_exports))).startDiagnosis({
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
      entry(path5, kind, size, inode) {
        seen++;
        seenBytes += size;
        if (progress && seen % PROGRESS_EVERY === 0) progress.update(seen, seenBytes, path5.split("/", 1)[0]);
        context.add(path5, kind, size, inode);
        tar.add(path5, kind, size, inode);
        if (listContext && (kind === "file" || kind === "symlink")) listed2.push(path5);
        const taken = isCopied(path5, kind);
        if (taken) {
          copied.add(path5, kind, size, inode);
          if (listCopied && (kind === "file" || kind === "symlink")) listed2.push(path5);
        }
        diagnosis?.entry(path5, kind, size, inode, taken);
      },
      unreadable(path5, error) {
        context.markUnreadable(path5);
        warnings.push(`cannot read ${path5 === "" ? "the context directory" : path5}: ${error.code ?? error.message}; its size is unknown`);
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
  const rel = relative3(contextDir, dockerfile);
  return rel === "" || rel.startsWith("..") || isAbsolute3(rel) ? void 0 : rel.split(sep3).join("/");
}
function buildFiles(input, dockerfileRel) {
  const size = (p, follow) => {
    try {
      return (follow ? statSync2(p) : lstatSync2(p)).size;
    } catch {
      return void 0;
    }
  };
  const out = { dockerignoreBytes: size(join3(input.contextDir, ".dockerignore"), false) };
  if (input.dockerfile !== void 0) {
    const bytes = size(input.dockerfile, dockerfileRel === void 0);
    if (bytes !== void 0) out.dockerfile = { inside: dockerfileRel !== void 0, bytes };
  }
  return out;
}
function readPlan(input) {
  const file = input.display(input.dockerfile);
  const text = readBounded2(input.dockerfile, { shown: file, what: "Dockerfile", maxBytes: READ_LIMITS.dockerfile }).toString("utf8");
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

// src/targets/targets.ts
init_errors();
init_paths();

// src/targets/resolve.ts
init_errors();
init_paths();
import { existsSync, realpathSync as realpathSync3, statSync as statSync3 } from "node:fs";
import { dirname as dirname3, join as join4, resolve } from "node:path";
function resolvePaths(cwd, context, file, fromConfig = false) {
  const abs = resolve(cwd, context);
  let st;
  try {
    st = statSync3(abs);
  } catch {
    throw new InputError("no such directory", context);
  }
  if (!st.isDirectory()) throw new InputError("not a directory", context);
  const contextDir = realpathSync3(abs);
  const workspace = realpathSync3(cwd);
  if (fromConfig && !isInside(workspace, contextDir)) {
    throw new InputError(
      `the context resolves to ${contextDir}, outside the workspace ${workspace}; a config file's targets stay inside it (name such a directory on the command line)`,
      context
    );
  }
  if (isInside(resolve(cwd), abs) && !isInside(workspace, contextDir)) {
    throw new InputError(`the context is a symlink to ${contextDir}, outside the workspace; docker-size-guard does not follow it`, context);
  }
  const candidates = file !== void 0 ? [resolve(cwd, file)] : [join4(abs, "Dockerfile"), join4(abs, "dockerfile")];
  const dockerfile = candidates.find((p) => existsSync(p));
  if (file !== void 0 && dockerfile === void 0) throw new InputError("no such file (docker build -f would fail)", file);
  if (dockerfile !== void 0) {
    const shown = file ?? dockerfile;
    const real = realpathSync3(dockerfile);
    const roots = [workspace, contextDir];
    if (!fromConfig && file !== void 0 && !isInside(workspace, resolve(cwd, file))) roots.push(realpathSync3(dirname3(dockerfile)));
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
function loadConfigFile(cwd, file) {
  const abs = resolve2(cwd, file);
  if (existsSync2(abs) && isInside(realpathSync4(cwd), abs) && !isInside(realpathSync4(cwd), realpathSync4(abs))) {
    throw new InputError(
      `the config file resolves to ${realpathSync4(abs)}, outside the workspace; docker-size-guard does not follow it`,
      file
    );
  }
  const text = readBounded2(abs, { shown: file, what: "config file", maxBytes: READ_LIMITS.configFile }).toString("utf8");
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
  const paths2 = resolvePaths(cwd, spec.context, spec.file, spec.fromConfig);
  const display = (p) => displayPath(cwd, p);
  if (list2 === "copied" && paths2.dockerfile === void 0) {
    throw new InputError("no such file; --list copied needs the Dockerfile", display(paths2.dockerfileMissing));
  }
  const measured = await measureTarget({
    contextArg: spec.context,
    contextDir: paths2.contextDir,
    dockerfile: paths2.dockerfile,
    target: spec.target,
    buildArgs: spec.buildArgs,
    top,
    list: list2,
    wantCopied: list2 !== "context",
    display,
    progress
  });
  if (spec.name !== void 0) measured.report.name = spec.name;
  if (paths2.dockerfileMissing !== void 0) {
    measured.report.warnings.unshift(`no Dockerfile at ${display(paths2.dockerfileMissing)}: only the build context is measured`);
  }
  return measured;
}

// src/context/progress.ts
init_progress_mode();
init_terminal();
init_units();
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
init_report();
function buildReport(version, targets) {
  return { schemaVersion: SCHEMA_VERSION, tool: { name: "docker-size-guard", version }, targets };
}

// src/render/list.ts
init_terminal();
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
var RAW_BYTE = /[\udc80-\udcff]/u;
function quotePath(name) {
  UNSAFE_CHARS.lastIndex = 0;
  if (!/["\\]/.test(name) && !UNSAFE_CHARS.test(name) && !RAW_BYTE.test(name) && !/^\s*::/.test(name)) return name;
  let out = '"';
  for (const c of name) {
    const cp = c.codePointAt(0);
    const esc = C_ESCAPES[cp];
    if (esc !== void 0) out += esc;
    else if (cp >= 56448 && cp <= 56575) out += "\\" + (cp - 56320).toString(8).padStart(3, "0");
    else if (new RegExp(UNSAFE_CHARS.source, "u").test(c)) out += octal(c);
    else out += c;
  }
  return out + '"';
}
function renderList(paths2, nul) {
  if (nul) return paths2.map((p) => p + "\0").join("");
  return paths2.map((p) => quotePath(p) + "\n").join("");
}

// src/render/json.ts
function renderJson(report) {
  return JSON.stringify(report, null, 2) + "\n";
}

// src/render/text.ts
init_image_text();

// src/render/diagnostics-text.ts
init_format();
init_units();

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
  const drift2 = d.drift;
  if (drift2.items.length > 0) {
    out.push("", `  .gitignore vs .dockerignore (what a fresh checkout in CI cannot show)`);
    for (const i of drift2.items.slice(0, MAX_DRIFT)) {
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
    if (drift2.items.length > MAX_DRIFT) out.push(`    ... and ${drift2.items.length - MAX_DRIFT} more (see --format json)`);
    if (drift2.covered > 0) out.push(`    ${formatCount(drift2.covered)} more gitignore rules are covered by the ignore file.`);
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
init_units();
init_format();
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
function renderSummary(target2, cmp2, t) {
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
  out.push(`  context   ${paint(t, "bold", pad2(formatBytes(c.bytes)))}  ${counts(c)}${delta(cmp2, "context", t)}`);
  if (target2.copied) {
    const w = target2.copied.wholeContext;
    const how = w.length > 0 ? `  whole context: ${w.map((i) => `${printable(i.instruction)} (${printable(target2.copied.dockerfile)}:${i.line})`).join(", ")}` : "";
    const line = `  copied    ${paint(t, "bold", pad2(formatBytes(target2.copied.bytes)))}  ${counts(target2.copied)}${delta(cmp2, "copied", t)}  [stage ${printable(target2.copied.target)}]${how}`;
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
function renderDetails(target2, cmp2, t) {
  const out = [];
  const c = target2.context;
  if (cmp2 && cmp2.paths.length > 0) {
    out.push("", "  Changed since the baseline");
    for (const p of cmp2.paths) {
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

// src/cli/main.ts
init_errors();
init_sort();

// src/version.ts
var VERSION = "0.1.0";

// src/cli/main.ts
async function runCli(argv, { cwd, env = {}, stdoutIsTTY = false, stdoutColumns, stderrIsTTY, writeStderr }) {
  try {
    const opts = parseArgs(argv, env);
    if (opts.help) return { code: 0, stdout: USAGE + "\n", stderr: "" };
    if (opts.version) return { code: 0, stdout: `docker-size-guard ${VERSION}
`, stderr: "" };
    const config = opts.config === void 0 ? void 0 : loadConfigFile(cwd, opts.config);
    const specs = targetSpecs({ context: opts.context, file: opts.file, target: opts.target, buildArgs: opts.buildArgs }, config);
    const measured = [];
    for (const spec of specs)
      measured.push(await measureSpec(spec, cwd, opts.top, opts.list, cliWalkProgress(stderrIsTTY, env, writeStderr)));
    if (opts.list) return { code: 0, stdout: renderList(measured[0].listed.sort(compareCodePoints), opts.nul), stderr: "" };
    if (opts.image !== void 0 || opts.imageArchive !== void 0 || config?.targets.some((t) => t.image !== void 0 || t.imageArchive !== void 0)) {
      const { measureTargetImages: measureTargetImages2 } = await Promise.resolve().then(() => (init_images(), images_exports));
      await measureTargetImages2(opts, config, specs, measured, cwd, { env, stderrIsTTY, writeStderr });
    }
    const report = buildReport(
      VERSION,
      measured.map((m) => m.report)
    );
    const baseline = opts.baseline === void 0 ? void 0 : (await Promise.resolve().then(() => (init_baseline_file(), baseline_file_exports))).loadBaselineFile(resolve4(cwd, opts.baseline), opts.baseline);
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
    const stdout = opts.format === "json" ? renderJson(report) : opts.format === "markdown" ? (await Promise.resolve().then(() => (init_markdown(), markdown_exports))).renderMarkdown(report, ctx) : renderText(report, ctx);
    const fixed = opts.fix ? (await Promise.resolve().then(() => (init_fix(), fix_exports))).applyFixes(report, cwd) : "";
    return {
      code: report.verdict.failed ? 1 : 0,
      stdout: opts.format === "text" ? stdout + (fixed && "\n" + fixed) : stdout,
      stderr: opts.format === "text" ? "" : fixed
    };
  } catch (e) {
    if (e instanceof InputError) return { code: 2, stdout: "", stderr: prefixLines(e.oneLine()) };
    const err2 = e;
    const stack = env.DOCKER_SIZE_GUARD_DEBUG ? `${err2.stack ?? ""}
` : "";
    return {
      code: 2,
      stdout: "",
      stderr: `docker-size-guard: internal error: ${safeLine(String(err2.message).split("\n")[0])} (set DOCKER_SIZE_GUARD_DEBUG=1 for details)
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
    return process.argv[1] !== void 0 && realpathSync6(process.argv[1]) === realpathSync6(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (isEntryPoint()) {
  const result = await runCli(process.argv.slice(2), {
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
export {
  runCli
};
