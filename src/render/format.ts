// Number formatting shared by the renderers.
import type { Limit } from '../util/size.js';
import { formatBytes } from '../util/units.js';

/** "+120 MB (+10.8%)", "−2.10 kB (−0.3%)". */
export function formatDelta(delta: number, percent: number | null): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const pct = percent === null ? '' : ` (${percent > 0 ? '+' : percent < 0 ? '−' : '±'}${Math.abs(percent).toFixed(1)}%)`;
  return `${sign}${formatBytes(Math.abs(delta))}${pct}`;
}

export function formatLimit(l: Limit): string {
  return l.kind === 'percent' ? `${l.percent}%` : formatBytes(l.bytes);
}

/** The severity mark of a change, by percent band: 5 / 10 / 20 / 50 %, up and down. */
export function severity(percent: number | null, delta: number): string {
  if (delta === 0) return '';
  const p = percent === null ? Infinity : Math.abs(percent);
  if (delta > 0) return p >= 50 ? '🚨' : p >= 20 ? '🔴' : p >= 10 ? '🟠' : p >= 5 ? '🟡' : '🔺';
  return p >= 20 ? '💚' : p >= 5 ? '🟢' : '🔻';
}
