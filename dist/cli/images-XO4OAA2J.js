import {
  DEFAULT_LAYER_SHARE,
  DEFAULT_PLATFORM,
  InputError,
  PatternMatcher,
  TopN,
  UsageError,
  compareCodePoints,
  copiesWholeContext,
  destinationOf,
  escapeUnsafe,
  formatBytes,
  formatPlatform,
  historyOfLayers,
  platformMatches,
  progressMode
} from "./chunk-STPXIHXG.js";
import "./chunk-SPT7LSYV.js";

// src/targets/image.ts
import path4 from "node:path";

// src/image/media-types.ts
var OCI_INDEX = "application/vnd.oci.image.index.v1+json";
var DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
var OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
var DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
var OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
var DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json";
var INDEX_TYPES = /* @__PURE__ */ new Set([OCI_INDEX, DOCKER_LIST]);
var MANIFEST_TYPES = /* @__PURE__ */ new Set([OCI_MANIFEST, DOCKER_MANIFEST]);
var CONFIG_TYPES = /* @__PURE__ */ new Set([OCI_CONFIG, DOCKER_CONFIG]);

// src/image/reference.ts
var DEFAULT_REGISTRY = "docker.io";
var COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
var HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::\d+)?$/;
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

// src/image/sources/archive/read.ts
import { constants, createReadStream } from "node:fs";
import { open, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { createGunzip as createGunzip2 } from "node:zlib";

// src/image/layer.ts
import { createGunzip } from "node:zlib";

// src/image/tar.ts
var TarError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var BLOCK = 512;
var MAX_META = 1 << 20;
var TarParser = class {
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
    const pad = (BLOCK - size % BLOCK) % BLOCK;
    if (flag === "x" || flag === "g" || flag === "L" || flag === "K") {
      if (size > MAX_META) throw new TarError(`corrupt tar: a ${size}-byte metadata record at byte ${start}`, start);
      this.meta = { flag, parts: [], size };
      this.inEntry = true;
      this.dataLeft = size;
      this.padLeft = pad;
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

// node_modules/fzstd/esm/index.mjs
var ab = ArrayBuffer;
var u8 = Uint8Array;
var u16 = Uint16Array;
var i16 = Int16Array;
var i32 = Int32Array;
var slc = function(v, s, e) {
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
var fill = function(v, n, s, e) {
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
var cpw = function(v, t, s, e) {
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
var ec = [
  "invalid zstd data",
  "window size too large (>2046MB)",
  "invalid block type",
  "FSE accuracy too high",
  "match distance too far back",
  "unexpected EOF"
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var rb = function(d, b, n) {
  var i = 0, o = 0;
  for (; i < n; ++i)
    o |= d[b++] << (i << 3);
  return o;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var rzfh = function(dat, w) {
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
var msb = function(val) {
  var bits = 0;
  for (; 1 << bits <= val; ++bits)
    ;
  return bits - 1;
};
var rfse = function(dat, bt, mal) {
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
var rhu = function(dat, bt) {
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
var dllt = rfse(/* @__PURE__ */ new u8([
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
var dmlt = rfse(/* @__PURE__ */ new u8([
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
var doct = rfse(/* @__PURE__ */ new u8([
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
var b2bl = function(b, s) {
  var len = b.length, bl = new i32(len);
  for (var i = 0; i < len; ++i) {
    bl[i] = s;
    s += 1 << b[i];
  }
  return bl;
};
var llb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
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
var llbl = /* @__PURE__ */ b2bl(llb, 0);
var mlb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
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
var mlbl = /* @__PURE__ */ b2bl(mlb, 3);
var dhu = function(dat, out, hu) {
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
var dhu4 = function(dat, out, hu) {
  var bt = 6;
  var ss = out.length, sz1 = ss + 3 >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
  dhu(dat.subarray(bt, bt += dat[0] | dat[1] << 8), out.subarray(0, sz1), hu);
  dhu(dat.subarray(bt, bt += dat[2] | dat[3] << 8), out.subarray(sz1, sz2), hu);
  dhu(dat.subarray(bt, bt += dat[4] | dat[5] << 8), out.subarray(sz2, sz3), hu);
  dhu(dat.subarray(bt), out.subarray(sz3), hu);
};
var rzb = function(dat, st, out) {
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
var cct = function(bufs, ol) {
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
var Decompress = /* @__PURE__ */ (function() {
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

// src/image/zstd.ts
import zlib from "node:zlib";
var MAX_ZSTD_WINDOW_LOG = 27;
var MAX_ZSTD_WINDOW = 2 ** MAX_ZSTD_WINDOW_LOG;
var MAX_FZSTD_WINDOW = 2 ** 23;
var ZstdLimitError = class extends Error {
};
var MiB = 1024 * 1024;
function windowText(bytes) {
  return bytes >= MiB ? `${Math.round(bytes / MiB * 10) / 10} MiB` : `${bytes} bytes`;
}
var ZstdFrameWalker = class {
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
function nativeZstdAvailable() {
  return typeof zlib.createZstdDecompress === "function";
}
function zstdDecoderKind(prefer = "native") {
  return prefer === "native" && nativeZstdAvailable() ? "native" : "fzstd";
}
function createZstdDecoder(out, prefer = "native") {
  const kind = zstdDecoderKind(prefer);
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
  const check = () => {
    if (failure) throw failure;
  };
  const wait = (event) => new Promise((resolve) => {
    const done = () => {
      stream.off(event, done);
      stream.off("error", done);
      stream.off("close", done);
      resolve();
    };
    stream.once(event, done);
    stream.once("error", done);
    stream.once("close", done);
  });
  return {
    kind: "native",
    async write(chunk) {
      check();
      await new Promise((resolve) => {
        const done = () => {
          stream.off("error", done);
          stream.off("close", done);
          resolve();
        };
        stream.once("error", done);
        stream.once("close", done);
        stream.write(chunk, done);
      });
      check();
    },
    async end() {
      check();
      const ended = wait("end");
      stream.end();
      await ended;
      check();
    },
    destroy() {
      stream.destroy();
    }
  };
}

// src/image/entries.ts
var KINDS = ["file", "hardlink", "symlink", "dir", "other"];
var KIND_CODE = { file: 0, hardlink: 1, symlink: 2, dir: 3, other: 4 };
var MAX_NAME_BYTES = 1024 * 1024 * 1024;
var EntryListFull = class extends Error {
};
var LayerEntries = class _LayerEntries {
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
    const list = new _LayerEntries();
    for (const e of entries) list.push(e.path, e.kind, e.size);
    return list.finish();
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
function layerEntries(x) {
  return x instanceof LayerEntries ? x : LayerEntries.of(x);
}

// src/image/layer.ts
var MAX_EXPANSION = 1100;
var EXPANSION_FLOOR = 256 * 1024 * 1024;
var MAX_LAYER_ENTRIES = 2e6;
function expansionLimit(blobBytes) {
  return Math.max(EXPANSION_FLOOR, MAX_EXPANSION * blobBytes);
}
var GZIP = [31, 139];
var ZSTD = [40, 181, 47, 253];
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
var LayerError = class extends Error {
};
var LayerScanner = class {
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
      await new Promise((resolve) => {
        if (this.failure) return resolve();
        gz.once("end", resolve);
        gz.once("error", () => resolve());
        gz.once("close", () => resolve());
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
      await new Promise((resolve) => {
        const done = () => {
          gz.off("error", done);
          gz.off("close", done);
          resolve();
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

// src/image/sources/archive/read.ts
var ArchiveError = class extends Error {
};
var MAX_JSON = 16 * 1024 * 1024;
var MAX_JSON_TOTAL = 64 * 1024 * 1024;
var MAX_ARCHIVE_ENTRIES = 4e6;
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
  const resolve = (p) => {
    let cur = archivePath(p);
    for (let i = 0; i < 16 && c.links.has(cur); i++) cur = c.links.get(cur);
    return cur;
  };
  return {
    name,
    async json(p) {
      const buf = c.json.get(resolve(p));
      if (buf === void 0) return void 0;
      return parseJson(buf, `${name}: ${p}`);
    },
    async layer(p) {
      const s = c.scans.get(resolve(p));
      if (s === void 0) throw new ArchiveError(`${name}: layer ${p} is missing from the archive`);
      if (s instanceof Error) throw new ArchiveError(`${name}: layer ${p}: ${s.message}`);
      return s;
    }
  };
}
function parseJson(buf, where) {
  try {
    return JSON.parse(buf.toString("utf8"));
  } catch {
    throw new ArchiveError(`${where}: not valid JSON (${buf.length} bytes)`);
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

// src/image/sources/archive/layout.ts
var MAX_DESCRIPTORS = 1e4;
var MAX_LAYERS = 1e3;
function blobPath(digest) {
  const [alg, hex] = digest.split(":");
  if (!alg || !hex || !/^[a-z0-9]+$/.test(alg) || !/^[a-zA-Z0-9=_-]+$/.test(hex))
    throw new ArchiveError(`bad digest ${JSON.stringify(digest)}`);
  return `blobs/${alg}/${hex}`;
}
function isAttestation(d) {
  return d.annotations?.["vnd.docker.reference.type"] === "attestation-manifest" || d.platform?.os === "unknown" && d.platform?.architecture === "unknown";
}
async function findImages(files, opts) {
  const index = await files.json("index.json");
  const manifest = await files.json("manifest.json");
  if (index !== void 0) return fromOciLayout(files, index, manifest, opts);
  if (manifest !== void 0) return fromDockerSave(files, manifest, opts);
  throw new ArchiveError(
    `${files.name}: not an image archive: it has neither index.json (OCI image layout) nor manifest.json (docker save)`
  );
}
async function fromDockerSave(files, manifest, opts) {
  if (!Array.isArray(manifest)) throw new ArchiveError(`${files.name}: manifest.json is not a docker save manifest (expected a list)`);
  const all = [];
  if (manifest.length > MAX_DESCRIPTORS)
    throw new ArchiveError(`${files.name}: manifest.json lists ${manifest.length} images; refusing more than ${MAX_DESCRIPTORS}`);
  for (const m of manifest) {
    if (typeof m?.Config !== "string" || !Array.isArray(m.Layers))
      throw new ArchiveError(`${files.name}: manifest.json entry without Config or Layers`);
    if (m.Layers.length > MAX_LAYERS)
      throw new ArchiveError(
        `${files.name}: manifest.json lists ${m.Layers.length} layers for one image; refusing more than ${MAX_LAYERS}`
      );
    if (m.Layers.some((p) => typeof p !== "string"))
      throw new ArchiveError(`${files.name}: manifest.json lists a layer that is not a path`);
    const config = await readConfig(files, m.Config);
    const configHex = /([a-f0-9]{64})(\.json)?$/.exec(m.Config)?.[1];
    all.push({
      names: m.RepoTags ?? [],
      platform: formatPlatform(platformOfConfig(config)),
      manifestDigest: null,
      configDigest: configHex ? `sha256:${configHex}` : null,
      config,
      layers: m.Layers.map((p) => {
        const hex = /^blobs\/sha256\/([a-f0-9]{64})$/.exec(p)?.[1];
        return { path: p, digest: hex ? `sha256:${hex}` : null, mediaType: null, size: null };
      })
    });
  }
  return { images: choose(files, all, opts), index: null };
}
async function fromOciLayout(files, index, dockerManifest, opts) {
  const top = index;
  if (!Array.isArray(top?.manifests)) throw new ArchiveError(`${files.name}: index.json has no manifests list`);
  const tagsByConfig = /* @__PURE__ */ new Map();
  if (Array.isArray(dockerManifest)) {
    for (const m of dockerManifest) {
      const hex = typeof m?.Config === "string" ? /([a-f0-9]{64})(\.json)?$/.exec(m.Config)?.[1] : void 0;
      if (hex) tagsByConfig.set(`sha256:${hex}`, m.RepoTags ?? []);
    }
  }
  const all = [];
  let multi = null;
  const visited = /* @__PURE__ */ new Set();
  let descriptors = 0;
  const visit = async (d, names, depth) => {
    if (depth > 4) throw new ArchiveError(`${files.name}: indexes nested too deeply`);
    if (typeof d?.digest !== "string") throw new ArchiveError(`${files.name}: a descriptor without a digest`);
    if (++descriptors > MAX_DESCRIPTORS)
      throw new ArchiveError(`${files.name}: the indexes list more than ${MAX_DESCRIPTORS} descriptors; refusing`);
    if (visited.has(d.digest)) return;
    visited.add(d.digest);
    const doc = await files.json(blobPath(d.digest));
    if (doc === void 0) {
      if (depth > 0) return;
      throw new ArchiveError(`${files.name}: blob ${d.digest} is missing from the archive`);
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
      throw new ArchiveError(`${files.name}: manifest ${d.digest} has the unknown media type ${JSON.stringify(type)}`);
    if (Array.isArray(doc.layers) && doc.layers.length > MAX_LAYERS) {
      throw new ArchiveError(`${files.name}: manifest ${d.digest} lists ${doc.layers.length} layers; refusing more than ${MAX_LAYERS}`);
    }
    const cfg = doc.config;
    if (typeof cfg?.digest !== "string") throw new ArchiveError(`${files.name}: manifest ${d.digest} has no config`);
    if (cfg.mediaType && !CONFIG_TYPES.has(cfg.mediaType)) {
      throw new ArchiveError(
        `${files.name}: manifest ${d.digest} is not a container image (config media type ${JSON.stringify(cfg.mediaType)})`
      );
    }
    const config = await readConfig(files, blobPath(cfg.digest));
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
  return { images: choose(files, all, opts), index: multi };
}
async function readConfig(files, p) {
  const c = await files.json(p);
  if (c === void 0) throw new ArchiveError(`${files.name}: image config ${p} is missing from the archive`);
  if (typeof c !== "object" || c === null || !Array.isArray(c.rootfs?.diff_ids))
    throw new ArchiveError(`${files.name}: ${p} is not an image config (no rootfs.diff_ids)`);
  return c;
}
function platformOfConfig(c) {
  return c.os && c.architecture ? { os: c.os, architecture: c.architecture, variant: c.variant } : void 0;
}
function nameMatches(names, ref) {
  return names.some((n) => n === ref || sameReference(n, ref) || !n.includes(":") && !n.includes("/") && ref.endsWith(`:${n}`));
}
function choose(files, all, opts) {
  if (all.length === 0) throw new ArchiveError(`${files.name}: the archive holds no image`);
  let pick = all;
  if (opts.reference !== void 0) {
    pick = all.filter((i) => nameMatches(i.names, opts.reference));
    if (pick.length === 0) {
      const names = [...new Set(all.flatMap((i) => i.names))];
      throw new ArchiveError(
        `${files.name}: no image named ${opts.reference} in the archive (it has: ${names.join(", ") || "untagged images only"})`
      );
    }
  }
  const platforms = new Set(pick.map((i) => i.platform));
  if (opts.platform !== "all" && (pick.length > 1 || platforms.size > 1)) {
    const want = opts.platform;
    const byPlatform = pick.filter((i) => i.platform !== null && platformMatches(want, parse(i.platform)));
    if (byPlatform.length === 0 && platforms.size > 1) {
      throw new ArchiveError(
        `${files.name}: no ${formatPlatform(want)} image in the archive (it has: ${[...platforms].join(", ")}); choose one with --platform`
      );
    }
    if (byPlatform.length > 0) pick = byPlatform;
  }
  if (opts.platform !== "all" && pick.length > 1) {
    pick = dedupeByPlatform(pick);
    if (pick.length > 1) {
      const names = pick.map((i) => i.names[0] ?? i.configDigest ?? "?");
      throw new ArchiveError(`${files.name}: the archive holds ${pick.length} images (${names.join(", ")}); choose one with --image NAME`);
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
async function diffIdsOf(files, reference, platform) {
  try {
    const found = await findImages(files, { reference, platform: platform === "all" ? { os: "linux", architecture: "amd64" } : platform });
    return found.images[0]?.config.rootfs?.diff_ids;
  } catch {
    return void 0;
  }
}

// src/image/sources/archive/archive.ts
async function archiveSource(file, display, reference, opts) {
  opts.progress.start(`reading ${display}`);
  try {
    const files = await openArchive(file, display, (done, total) => opts.progress.update(done, total));
    const found = await findImages(files, { reference, platform: opts.platform });
    const images = await rawImagesOf(files, found);
    return {
      images,
      index: found.index,
      warnings: [],
      async resolveBase(ref) {
        const ids = await diffIdsOf(files, ref, opts.platform);
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
async function rawImagesOf(files, found, engineReportedBytes = null) {
  const out = [];
  for (const img of found.images) {
    const diffIds = img.config.rootfs?.diff_ids ?? [];
    if (diffIds.length !== img.layers.length) {
      throw new ArchiveError(`${files.name}: the image config lists ${diffIds.length} layers but the manifest ${img.layers.length}`);
    }
    const layers = [];
    for (const l of img.layers) {
      const scan = await files.layer(l.path);
      if (l.size !== null && l.size !== scan.blobBytes) {
        throw new ArchiveError(
          `${files.name}: layer ${l.digest ?? l.path} is ${scan.blobBytes} bytes but its manifest says ${l.size} (truncated or corrupt)`
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

// src/image/sources/engine/client.ts
import { readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import path2 from "node:path";
var MAX_ENGINE_JSON = 16 * 1024 * 1024;
var JSON_DEADLINE_MS = 6e4;
var IDLE_MS = 6e4;
var ENGINE_DEADLINE_MS = 30 * 6e4;
function deadlines(idleMs, totalMs, until = Infinity) {
  const own = Date.now() + totalMs;
  return own <= until ? { idleMs, until: own, totalMs } : { idleMs, until, totalMs: Math.max(0, until - Date.now()) };
}
var DeadlineError = class extends Error {
};
var EngineClient = class {
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
    return new Promise((resolve, reject) => {
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
        resolve(res);
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
function imagePath(name) {
  return encodeURIComponent(name).replace(/%2F/gi, "/").replace(/%3A/gi, ":").replace(/%40/gi, "@");
}

// src/image/sources/engine/host.ts
var DEFAULT_DOCKER_HOST = "unix:///var/run/docker.sock";
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

// src/image/sources/engine/engine.ts
var ENGINE_LIMITS = { deadlineMs: ENGINE_DEADLINE_MS, idleMs: IDLE_MS };
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
    const files = await readArchiveStream(res, name, info.Size, (done, total) => opts.progress.update(done, total)).catch((e) => {
      throw stopped ? new InputError(stopped.message) : e;
    });
    const found = await findImages(files, { platform: opts.platform });
    const images = await rawImagesOf(files, found, typeof info.Size === "number" ? info.Size : null);
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

// src/image/sources/registry/registry.ts
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path3 from "node:path";

// src/image/dive.ts
var WHITEOUT = ".wh.";
var DOUBLE_WHITEOUT = ".wh..wh..";
var EMPTY = { size: 0, isDir: false };
var EMPTY_DIR = { size: 0, isDir: true };
var NO_CHILDREN = /* @__PURE__ */ new Map();
var DNode = class {
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
function visitDepthChildFirst(node, visit, onlyLeaves, isRoot = true) {
  const keys = [...node.children.keys()].sort(compareBytes);
  for (const k of keys) {
    const child = node.children.get(k);
    if (child) visitDepthChildFirst(child, visit, onlyLeaves, false);
  }
  if (isRoot) return;
  if (!onlyLeaves || node.children.size === 0) visit(node);
}
var compareBytes = compareCodePoints;
function splitPath(path5) {
  return path5.split("/").filter((p) => p !== "");
}
var DTree = class {
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
var StopLayer = class extends Error {
};

// src/model/image.ts
var TREE_VERSION = 1;

// src/image/tree.ts
var TREE_DEPTH = 4;
var TREE_LARGEST = 200;
var MAX_TREE_DIRECTORIES = 2e3;
var LAYER_TOP_DIRECTORIES = 5;
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
    let files = 0;
    for (const [name, child] of dir.children) {
      if (child.dir) {
        const sub = walk(child, `${path5}/${name}`, level + 1);
        bytes += sub.bytes;
        files += sub.files;
        const below = byLevel[level + 1];
        for (let l = 0; l < layerCount; l++) byLayer[l] += below[l];
      } else if (child.regular) {
        files++;
        bytes += child.size;
        if (child.size > 0) {
          byLayer[child.layer] += child.size;
          if (topFiles.accepts(child.size)) topFiles.add({ path: `${path5}/${name}`, bytes: child.size, layer: child.layer });
        }
      }
    }
    if (level > 0 && (level <= depth || topDirs.accepts(bytes))) {
      const d = { path: path5, bytes, files, layer: dominantLayer(byLayer) };
      if (level <= depth) shallow.push(d);
      topDirs.add(d);
    }
    return { bytes, files };
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

// src/image/waste.ts
var WHITEOUT2 = ".wh.";
var OPAQUE = ".wh..wh..opq";
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
        const target = dir.children.get(name);
        const p = dirPath === "" ? name : `${dirPath}/${name}`;
        if (target && removeLower(target, p, p, "deleted", layer)) dir.children.delete(name);
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

// src/image/analyze.ts
var MAX_WASTE_ENTRIES = 2e6;
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
  const split = (ls) => ({
    layers: ls.length,
    unpackedBytes: ls.every((l) => l.unpackedBytes !== null) ? ls.reduce((s, l) => s + l.unpackedBytes, 0) : null,
    compressedBytes: ls.every((l) => l.compressedBytes !== null) ? ls.reduce((s, l) => s + l.compressedBytes, 0) : null
  });
  const smokingGuns = layers.filter((l) => l.flags.length > 0).sort((a, b) => b.share - a.share || a.index - b.index).map((l) => l.index);
  const image = {
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
    base: baseCount === null ? null : { reference: opts.base.reference, ...split(layers.slice(0, baseCount)) },
    own: baseCount === null ? null : split(layers.slice(baseCount)),
    smokingGuns,
    layerShareThreshold: opts.layerShare,
    ...wasteAndTree(raw, opts, warnings)
  };
  return { image, warnings };
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
var ENV_USERNAME = "DOCKER_SIZE_GUARD_REGISTRY_USERNAME";
var ENV_PASSWORD = "DOCKER_SIZE_GUARD_REGISTRY_PASSWORD";
var ENV_REGISTRY = "DOCKER_SIZE_GUARD_REGISTRY";
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

// src/image/sources/registry/client.ts
var MAX_BODY = 16 * 1024 * 1024;
var MAX_TOKEN_BODY = 1024 * 1024;
var REQUEST_DEADLINE_MS = 12e4;
function isLoopback(host) {
  const h = host.replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
  return h === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(h) || h === "::1";
}
function registryBase(registry) {
  if (registry === "docker.io") return "https://registry-1.docker.io";
  return `${isLoopback(registry) ? "http" : "https"}://${registry}`;
}
var RegistryClient = class {
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
    const ch = parseChallenge(header);
    if (!ch) return void 0;
    const c = this.creds.credentials;
    if (ch.scheme === "basic") return c ? basicAuth(c) : void 0;
    if (ch.scheme !== "bearer" || !ch.params.realm) return void 0;
    let realm;
    try {
      realm = new URL(ch.params.realm);
    } catch {
      throw new InputError(`the registry ${this.registry} sent a bad token realm`);
    }
    if (ch.params.service) realm.searchParams.set("service", ch.params.service);
    realm.searchParams.set("scope", ch.params.scope ?? `repository:${repository}:pull`);
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

// src/image/sources/registry/registry.ts
var ACCEPT = [OCI_INDEX, DOCKER_LIST, OCI_MANIFEST, DOCKER_MANIFEST].join(", ");
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

// src/image/source.ts
var NO_PROGRESS = { start() {
}, update() {
}, finish() {
} };

// src/image/sources/measure.ts
var SOURCES = {
  archive: (req, opts) => archiveSource(req.archive.path, req.archive.display, req.image, opts),
  registry: (req, opts, io) => registrySource(req.image, opts, io.registry),
  engine: (req, opts) => engineSource(req.image, opts)
};
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

// src/targets/image.ts
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

// src/image/progress.ts
var TTY_DELAY_MS = 500;
var TTY_EVERY_MS = 100;
var LINE_EVERY_MS = 1e4;
function progressText(label, done, total, elapsedMs, unit) {
  if (unit === "requests") return `${label}: ${done} request${done === 1 ? "" : "s"}`;
  const rate = elapsedMs > 0 ? `, ${formatBytes(Math.round(done * 1e3 / elapsedMs))}/s` : "";
  if (total !== void 0 && total > 0) {
    const pct = Math.min(100, Math.floor(done * 100 / total));
    return `${label}: ${formatBytes(done)} of ~${formatBytes(total)} (${pct}%)${rate}`;
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
        if (t - started < TTY_DELAY_MS || t - last < TTY_EVERY_MS) return;
        last = t;
        drawn = true;
        io.write(`\r\x1B[K${progressText(label, done, total, t - started, unit)}`);
      } else {
        if (t - last < LINE_EVERY_MS) return;
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

// src/cli/images.ts
async function measureTargetImages(opts, config, specs, measured, cwd, io) {
  if (opts.list) return;
  const progress = createProgress({
    write: io.writeStderr ?? (() => {
    }),
    mode: io.writeStderr ? progressMode(io.stderrIsTTY, io.env) : "off"
  });
  for (let i = 0; i < specs.length; i++) {
    const fromConfig = config?.targets[i];
    const image = fromConfig ? fromConfig.image : opts.image;
    const imageArchive = fromConfig ? fromConfig.imageArchive : opts.imageArchive;
    if (image === void 0 && imageArchive === void 0) continue;
    const o = {
      image,
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
export {
  measureTargetImages
};
