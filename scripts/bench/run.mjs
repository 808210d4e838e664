// Timing: every tool runs as a child process (the tool as users run it, and du/find/tar), its wall time taken
// around the spawn and its peak RSS and CPU time by GNU time. The tools of a suite are run in interleaved
// rounds — du, the tool, find, du, the tool, find, ... — so that load from elsewhere on the machine hits
// them all alike; the first round is a warm-up and is not counted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const scratch = mkdtempSync(join(tmpdir(), 'dsg-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/**
 * Runs `cmd args` once with stdout discarded; returns { ms, cpuMs, rssKB }. With `capture` the stdout is
 * returned instead of discarded (for the checks, not for timed runs).
 */
export function runChild(cmd, args, { cwd, env, capture = false } = {}) {
  const out = join(scratch, 'time.txt');
  const [file, argv] = GNU_TIME ? [GNU_TIME, ['-f', '%M %U %S', '-o', out, cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(file, argv, { cwd, env, stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  if (r.status !== 0 && !(r.status === 1 && cmd.endsWith('cli.js'))) {
    throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  }
  let rssKB = null;
  let userMs = null;
  let sysMs = null;
  if (GNU_TIME) {
    const [m, u, s] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    rssKB = m;
    userMs = Math.round(u * 1000);
    sysMs = Math.round(s * 1000);
  }
  return { ms, cpuMs: userMs === null ? null : userMs + sysMs, userMs, sysMs, rssKB, stdout: capture ? String(r.stdout) : undefined };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * Interleaved rounds: `tools` is [{ name, run: () => { ms, cpuMs?, rssKB? } (or a promise of it) }]; round 0 is
 * the warm-up.
 * Returns one row per tool: median, min and max wall ms, median CPU (user + system) ms, peak RSS (the largest
 * seen), samples.
 */
export async function rounds(tools, runs, log) {
  const samples = new Map(tools.map((t) => [t.name, []]));
  for (let r = 0; r <= runs; r++) {
    for (const t of tools) {
      const s = await t.run();
      if (r > 0) samples.get(t.name).push(s);
    }
    log(
      `  round ${r === 0 ? 'warm-up' : r}/${runs}: ${tools.map((t) => `${t.name} ${Math.round(r === 0 ? 0 : samples.get(t.name).at(-1).ms)}`).join(', ')}`,
    );
  }
  return tools.map((t) => {
    const ss = samples.get(t.name);
    const ms = ss.map((s) => s.ms);
    const known = (k) => ss.map((s) => s[k]).filter((x) => x !== null && x !== undefined);
    const cpu = known('cpuMs');
    const user = known('userMs');
    const sys = known('sysMs');
    const rss = ss.map((s) => s.rssKB).filter((x) => x !== null && x !== undefined);
    return {
      tool: t.name,
      how: t.how ?? 'child process',
      medianMs: Math.round(median(ms)),
      minMs: Math.round(Math.min(...ms)),
      maxMs: Math.round(Math.max(...ms)),
      cpuMs: cpu.length ? Math.round(median(cpu)) : null,
      userMs: user.length ? Math.round(median(user)) : null,
      sysMs: sys.length ? Math.round(median(sys)) : null,
      peakRssMB: rss.length ? +(Math.max(...rss) / 1024).toFixed(1) : null,
      samplesMs: ms.map(Math.round),
    };
  });
}

/** The ratio column: each row's median against the median of the row named `base`. */
export function withRatios(rows, base) {
  const b = rows.find((r) => r.tool === base)?.medianMs;
  return rows.map((r) => ({ ...r, ratio: b ? +(r.medianMs / b).toFixed(2) : null }));
}

export function table(rows, baseName) {
  const lines = [`| tool | median ms | min–max ms | CPU ms | peak RSS MB | × ${baseName} |`, '|---|---:|---:|---:|---:|---:|'];
  for (const r of rows) {
    lines.push(`| ${r.tool} | ${r.medianMs} | ${r.minMs}–${r.maxMs} | ${r.cpuMs ?? '–'} | ${r.peakRssMB ?? '–'} | ${r.ratio ?? '–'} |`);
  }
  return lines.join('\n');
}
