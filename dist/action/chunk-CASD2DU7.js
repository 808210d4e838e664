import {
  InputError
} from "./chunk-B7JFH4OV.js";

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
function unknownFailing(v) {
  return (v?.unchecked ?? []).filter((u) => u.unknown && u.level === "fail");
}
function failsBudget(v) {
  return (v?.breaches.some((b) => b.level === "fail") ?? false) || unknownFailing(v).length > 0;
}

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

export {
  parseLimit,
  imageBytes,
  layerBytes,
  METRICS,
  metric,
  BUDGET_KEYS,
  unknownFailing,
  failsBudget,
  isBudgetKey,
  parseBudget
};
