// Sizes and growth limits as users write them: "200MB", "1.5GiB", "5 MB", "10%", "0".
// Decimal (kB, MB, GB, TB) and binary (KiB, MiB, GiB, TiB) units, case-insensitive.

const UNITS: Record<string, number> = {
  '': 1,
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
  tib: 1024 ** 4,
};

export type Limit = { kind: 'bytes'; bytes: number; text: string } | { kind: 'percent'; percent: number; text: string };

/** Parses "200MB" into bytes; undefined when it is not a size. */
export function parseSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*$/i.exec(text);
  if (!m) return undefined;
  const unit = UNITS[m[2]!.toLowerCase()];
  if (unit === undefined) return undefined;
  return Math.round(Number(m[1]) * unit);
}

/** Parses a size or, where allowed, a percentage ("10%"). */
export function parseLimit(text: string, allowPercent: boolean): Limit | undefined {
  const pm = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(text);
  if (pm) return allowPercent ? { kind: 'percent', percent: Number(pm[1]), text: text.trim() } : undefined;
  const bytes = parseSize(text);
  return bytes === undefined ? undefined : { kind: 'bytes', bytes, text: text.trim() };
}
