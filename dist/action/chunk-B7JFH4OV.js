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
    const where = this.file === void 0 ? "" : this.line === void 0 ? `${this.file}: ` : `${this.file}:${this.line}: `;
    return safeLine(where + this.message);
  }
};
var UsageError = class extends InputError {
};

export {
  escapeUnsafe,
  truncate,
  excerpt,
  formatLimitBytes,
  safeLine,
  InputError,
  UsageError
};
