// Helpers for the hostile suites of issue 14 part B (archives, registries, engines, hand-off): every hostile
// case runs in a child Node process with a wall-clock limit and a V8 heap limit, so a regression (a hang,
// unbounded memory) fails the case instead of hanging or crashing the suite. The CLI is bundled once per
// test file from src/ with esbuild (like scripts/bundle.mjs); case scripts under test/hostile/cases/ too.
// Also: a minimal ustar writer for hand-made archives. Not pure (spawns processes, writes temp files).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Killed by the wall-clock limit. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

const bundles = new Map<string, Promise<string>>();

/** Bundles `entry` (relative to the repository root) into a temp dir once; answers the bundle's path. */
export function bundle(entry: string): Promise<string> {
  let b = bundles.get(entry);
  if (!b) {
    b = (async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'dsg-hostile-b-'));
      const outfile = path.join(dir, `${path.basename(entry, '.ts')}.mjs`);
      await build({
        entryPoints: [path.join(ROOT, entry)],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        logLevel: 'error',
        banner: {
          js: "import { createRequire as __dsgCreateRequire } from 'node:module';\nconst require = __dsgCreateRequire(import.meta.url);",
        },
      });
      return outfile;
    })();
    bundles.set(entry, b);
  }
  return b;
}

export interface ChildOptions {
  /** Wall-clock limit; the child is killed (SIGKILL) beyond it. */
  timeoutMs?: number;
  /** V8 old-space limit of the child, MiB. */
  heapMb?: number;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** The Node binary (default: this one). */
  node?: string;
}

/** Runs `script` with Node in a child process, bounded in time and heap. Output is capped at 1 MiB per stream. */
export function runBounded(script: string, args: string[], opts: ChildOptions = {}): Promise<ChildResult> {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  return new Promise((resolve) => {
    const child = spawn(opts.node ?? process.execPath, [`--max-old-space-size=${opts.heapMb ?? 256}`, script, ...args], {
      env: { ...(opts.env ?? process.env), NODE_OPTIONS: '' },
      cwd: opts.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    child.stdout.on('data', (c: Buffer) => {
      if ((outBytes += c.length) <= 1 << 20) out.push(c);
    });
    child.stderr.on('data', (c: Buffer) => {
      if ((errBytes += c.length) <= 1 << 20) err.push(c);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** The CLI (bundled from src/cli/main.ts) run bounded. */
export async function runCli(args: string[], opts: ChildOptions = {}): Promise<ChildResult> {
  return runBounded(await bundle('src/cli/main.ts'), args, opts);
}

/** One line describing a child result, for assertion messages. */
export function describeChild(r: ChildResult): string {
  return `code ${r.code} signal ${r.signal}${r.timedOut ? ' (killed: time limit)' : ''}; stderr: ${r.stderr.slice(0, 1500)}`;
}

// ---- a minimal ustar writer

export interface TarEntry {
  name: string;
  /** File content; or a symlink/hardlink target with `type`. */
  data?: Buffer | string;
  type?: 'file' | 'dir' | 'symlink' | 'hardlink';
  linkname?: string;
  /** Declared size when no data is given (the data is then not written: for headers only). */
  size?: number;
}

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0';
}

/** A ustar header block. Names up to 100 bytes. */
export function tarHeader(e: TarEntry, size: number): Buffer {
  const h = Buffer.alloc(512);
  if (Buffer.byteLength(e.name) > 100) throw new Error(`tar name too long for this writer: ${e.name}`);
  h.write(e.name, 0, 100, 'utf8');
  h.write(octal(e.type === 'dir' ? 0o755 : 0o644, 8), 100, 'latin1');
  h.write(octal(0, 8), 108, 'latin1');
  h.write(octal(0, 8), 116, 'latin1');
  h.write(octal(size, 12), 124, 'latin1');
  h.write(octal(0, 12), 136, 'latin1');
  h.write('        ', 148, 'latin1');
  h.write({ file: '0', dir: '5', symlink: '2', hardlink: '1' }[e.type ?? 'file'], 156, 'latin1');
  if (e.linkname) h.write(e.linkname, 157, 100, 'utf8');
  h.write('ustar\0', 257, 'latin1');
  h.write('00', 263, 'latin1');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal(sum, 7) + ' ', 148, 'latin1');
  return h;
}

/** A whole tar archive in memory. */
export function tar(entries: TarEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const data = e.data === undefined ? Buffer.alloc(0) : Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data);
    const size = e.type === 'dir' || e.type === 'symlink' || e.type === 'hardlink' ? 0 : data.length;
    parts.push(tarHeader(e, size), data, Buffer.alloc((512 - (size % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

/** The last line of a case script's stdout, parsed (libraries may print lines of their own before it). */
export function lastJson<T = Record<string, unknown>>(stdout: string): T {
  return JSON.parse(stdout.trim().split('\n').pop() ?? '') as T;
}

/** The Node 24 release the built-in zstd decoder is tested with (the action runs on node24). */
export const NODE24_VERSION = '24.21.0';

/**
 * A Node binary with zlib's built-in zstd: DSG_NODE24, else this Node when it has one, else the npm package
 * `node@NODE24_VERSION` installed once into a cache directory under the temp dir (as `npm i node@24` does).
 * Throws with npm's reason when it cannot be had: the suite fails loudly rather than skip.
 */
export async function node24(): Promise<string> {
  if (process.env.DSG_NODE24) return process.env.DSG_NODE24;
  if (typeof ((await import('node:zlib')) as { createZstdDecompress?: unknown }).createZstdDecompress === 'function')
    return process.execPath;
  const dir = path.join(os.tmpdir(), `dsg-node-${NODE24_VERSION}`);
  const bin = path.join(dir, 'node_modules', 'node', 'bin', 'node');
  const { existsSync, mkdirSync } = await import('node:fs');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', dir, `node@${NODE24_VERSION}`], {
      encoding: 'utf8',
      timeout: 170_000,
    });
    if (r.status !== 0 || !existsSync(bin))
      throw new Error(
        `cannot install node@${NODE24_VERSION} to test the built-in zstd decoder (set DSG_NODE24 to a Node >= 22.15 binary): ${(r.stderr || String(r.error)).slice(-500)}`,
      );
  }
  return bin;
}
