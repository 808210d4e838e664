// Progress of a long context walk on stderr (issue 16): on a terminal one line — entries, bytes, the
// top-level directory being walked — redrawn at most ten times a second once the walk has lasted half
// a second; in GitHub Actions a plain line every 10 s; otherwise nothing. Never on stdout, so never in
// `--list` or `--format json` output. The clock and the writer are passed in; names are shown with
// control characters replaced (no terminal escapes, no workflow commands). Keeps a few numbers.
import { progressMode, type ProgressMode } from '../util/progress-mode.js';
import { escapeUnsafe } from '../util/terminal.js';
import { formatBytes } from '../util/units.js';

export interface WalkProgress {
  /** Called by the walk every few thousand entries. */
  update(entries: number, bytes: number, top: string): void;
  finish(): void;
}

const TTY_DELAY_MS = 500;
const TTY_EVERY_MS = 100;
const LINE_EVERY_MS = 10_000;

export function walkProgressText(entries: number, bytes: number, top: string): string {
  const where = top === '' ? '' : `, in ${escapeUnsafe(top)}`;
  return `walking the context: ${entries.toLocaleString('en')} ${entries === 1 ? 'entry' : 'entries'}, ${formatBytes(bytes)}${where}`;
}

export function createWalkProgress(io: { write(s: string): void; mode: ProgressMode; now?: () => number }): WalkProgress | undefined {
  if (io.mode === 'off') return undefined;
  const now = io.now ?? (() => performance.now());
  const started = now();
  let last = started;
  let drawn = false;
  return {
    update(entries, bytes, top) {
      const t = now();
      if (io.mode === 'tty') {
        if (t - started < TTY_DELAY_MS || t - last < TTY_EVERY_MS) return;
        last = t;
        drawn = true;
        io.write(`\r\x1b[K${walkProgressText(entries, bytes, top)}`);
      } else {
        if (t - last < LINE_EVERY_MS) return;
        last = t;
        io.write(`docker-size-guard: ${walkProgressText(entries, bytes, top)}\n`);
      }
    },
    finish() {
      if (io.mode === 'tty' && drawn) io.write('\r\x1b[K');
      drawn = false;
    },
  };
}

/** The walk's progress for the CLI (stderr) from the same settings as the image progress. */
export function cliWalkProgress(
  stderrIsTTY: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
  write: ((s: string) => void) | undefined,
): WalkProgress | undefined {
  return write ? createWalkProgress({ write, mode: progressMode(stderrIsTTY, env) }) : undefined;
}
