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

// src/util/http.ts
var BodyLimit = class extends Error {
};
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

// src/model/image.ts
var IMAGE_SOURCES = ["engine", "archive", "registry"];
var TREE_VERSION = 1;

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

export {
  IMAGE_SOURCES,
  TREE_VERSION,
  historyOfLayers,
  instructionOf,
  shortInstruction,
  copiesWholeContext,
  destinationOf,
  describeLayer,
  TopN,
  BodyLimit,
  readCapped
};
