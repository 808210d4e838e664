// Progress of long work (reading an archive, exporting from the engine, fetching from a registry) on stderr:
// on a terminal one line redrawn at most ten times a second (after the first half second, so quick work
// stays silent); in GitHub Actions a plain line every 10 s; otherwise nothing. The clock and the writer are
// passed in.
import { formatBytes } from '../util/units.js';
import type { ProgressReporter } from './source.js';
import { escapeUnsafe } from '../util/terminal.js';

import type { ProgressMode } from '../util/progress-mode.js';

export interface ProgressIo {
  write(s: string): void;
  mode: ProgressMode;
  now?: () => number;
}

const TTY_DELAY_MS = 500;
const TTY_EVERY_MS = 100;
const LINE_EVERY_MS = 10_000;

/** One progress line (without prefix or newline). `done` counts bytes, or requests when `unit` says so. */
export function progressText(
  label: string,
  done: number,
  total: number | undefined,
  elapsedMs: number,
  unit: 'bytes' | 'requests',
): string {
  if (unit === 'requests') return `${label}: ${done} request${done === 1 ? '' : 's'}`;
  const rate = elapsedMs > 0 ? `, ${formatBytes(Math.round((done * 1000) / elapsedMs))}/s` : '';
  if (total !== undefined && total > 0) {
    const pct = Math.min(100, Math.floor((done * 100) / total));
    return `${label}: ${formatBytes(done)} of ~${formatBytes(total)} (${pct}%)${rate}`;
  }
  return `${label}: ${formatBytes(done)}${rate}`;
}

export function createProgress(io: ProgressIo): ProgressReporter {
  if (io.mode === 'off') return { start() {}, update() {}, finish() {} };
  const now = io.now ?? (() => Date.now());
  let label = '';
  let started = 0;
  let last = 0;
  let drawn = false;
  let unit: 'bytes' | 'requests' = 'bytes';
  return {
    start(l) {
      label = escapeUnsafe(l); // image names and paths come from inputs and config files
      started = now();
      last = started;
      drawn = false;
      unit = l.startsWith('fetching') ? 'requests' : 'bytes';
    },
    update(done, total) {
      const t = now();
      if (io.mode === 'tty') {
        if (t - started < TTY_DELAY_MS || t - last < TTY_EVERY_MS) return;
        last = t;
        drawn = true;
        io.write(`\r\x1b[K${progressText(label, done, total, t - started, unit)}`);
      } else {
        if (t - last < LINE_EVERY_MS) return;
        last = t;
        io.write(`docker-size-guard: ${progressText(label, done, total, t - started, unit)}\n`);
      }
    },
    finish() {
      if (io.mode === 'tty' && drawn) io.write('\r\x1b[K');
      drawn = false;
    },
  };
}
