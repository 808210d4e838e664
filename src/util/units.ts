// Byte sizes and counts as people read them (decimal units, as `docker images` shows). Pure.
const DECIMAL = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];

/** Human size the way `docker images` shows it: decimal units, three significant digits ("1.23 GB"). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  let v = bytes;
  let i = 0;
  while (v >= 1000 && i < DECIMAL.length - 1) {
    v /= 1000;
    i++;
  }
  const s = v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
  return `${s} ${DECIMAL[i]}`;
}

/** 1234567 -> "1,234,567" */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
