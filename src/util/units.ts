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

/**
 * 1234567 -> "1,234,567", as `toLocaleString('en-US')` writes it. Integers are grouped here: the first
 * toLocaleString call of a process loads ICU's number formatter (~10 ms of the CLI's or the action's start-up).
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}
