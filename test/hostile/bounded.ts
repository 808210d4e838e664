// The hostile suite's harness: every case runs in a child process with a wall-clock timeout and a
// V8 heap cap, so a regression (catastrophic backtracking, unbounded reads, runaway expansion)
// fails the case — "timed out" / "out of memory" — instead of hanging or killing the test run.
// The child runs a fresh esbuild bundle of src/ (never dist/, which may be stale).
// Not pure: bundles into a temp directory and spawns node.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface Bounded {
  status: number | null;
  stdout: string;
  stderr: string;
  /** 'timeout' when killed at the deadline, 'oom' when V8 ran out of the capped heap. */
  failure: 'timeout' | 'oom' | undefined;
}

export const LIMITS = { timeoutMs: 20_000, heapMb: 256 };

const work = mkdtempSync(join(tmpdir(), 'dsg-hostile-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const bundles = new Map<string, Promise<string>>();

const BANNER = "import { createRequire as __r } from 'node:module';\nconst require = __r(import.meta.url);";

/** Bundles a TypeScript entry (a path, or inline source resolved from the repository root). */
function bundle(key: string, entry: { file: string } | { source: string }): Promise<string> {
  let b = bundles.get(key);
  if (b === undefined) {
    const outfile = join(work, `${bundles.size}.mjs`);
    const common = {
      bundle: true,
      platform: 'node' as const,
      format: 'esm' as const,
      target: 'node20',
      logLevel: 'error' as const,
      outfile,
      banner: { js: BANNER },
    };
    const opts =
      'file' in entry
        ? { ...common, entryPoints: [resolve(entry.file)] }
        : { ...common, stdin: { contents: entry.source, resolveDir: resolve('.'), loader: 'ts' as const, sourcefile: `${key}.ts` } };
    b = build(opts).then(() => outfile);
    bundles.set(key, b);
  }
  return b;
}

function run(
  file: string,
  args: readonly string[],
  opts: { cwd?: string; env?: Record<string, string>; input?: string; timeoutMs?: number; heapMb?: number },
): Bounded {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${opts.heapMb ?? LIMITS.heapMb}`, '--stack-size=984', file, ...args], {
    cwd: opts.cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...opts.env },
    encoding: 'utf8',
    input: opts.input,
    timeout: opts.timeoutMs ?? LIMITS.timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  const oom = /heap out of memory|Allocation failed/.test(r.stderr ?? '');
  const timedOut = r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', failure: timedOut ? 'timeout' : oom ? 'oom' : undefined };
}

/** `docker-size-guard ARGS` (src/cli/main.ts) in a bounded child process. */
export async function cli(
  args: readonly string[],
  opts: { cwd?: string; env?: Record<string, string>; timeoutMs?: number; heapMb?: number } = {},
): Promise<Bounded> {
  return run(await bundle('cli', { file: 'src/cli/main.ts' }), args, opts);
}

/**
 * Runs `source` (TypeScript importing from 'src/...' relative to the repository root) in a bounded
 * child process; `data` reaches it as JSON on stdin (read it with `JSON.parse(readFileSync(0, 'utf8'))`).
 */
export async function script(
  name: string,
  source: string,
  data: unknown = null,
  opts: { timeoutMs?: number; heapMb?: number } = {},
): Promise<Bounded> {
  return run(await bundle(name, { source }), [], { ...opts, input: JSON.stringify(data) });
}

/** Asserts the child finished on its own; returns it for further checks. */
export function finished(r: Bounded): Bounded {
  if (r.failure !== undefined)
    throw new Error(
      `the case did not finish: ${r.failure} (limits ${LIMITS.timeoutMs} ms, ${LIMITS.heapMb} MB heap)\n${r.stderr.slice(0, 2000)}`,
    );
  return r;
}

export function tempDir(prefix: string): string {
  const d = mkdtempSync(join(work, prefix));
  return d;
}

export function write(path: string, content: string | Buffer): void {
  writeFileSync(path, content);
}
