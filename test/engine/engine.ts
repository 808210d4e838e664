// A small harness around a real Docker engine, the judge of the conformance suite.
//
// startEngine() reuses $DOCKER_HOST when it is set (and answers), otherwise starts a private
// dockerd (vfs storage, no networking) in a fresh temp dir and stops it again afterwards.
// buildAndList() builds a context with one of the two builders and lists what landed under /ctx.
//
// Every command runs through execFile/spawn with an argument array: no shell, no quoting.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { constants as fsConstants } from 'node:fs';
import path from 'node:path';

export interface Engine {
  /** A DOCKER_HOST value, e.g. unix:///tmp/dsg-x1y2/docker.sock */
  host: string;
  /** Stops what startEngine started (nothing when it reused $DOCKER_HOST) and removes its temp dirs. */
  stop(): Promise<void>;
}

export type Builder = 'classic' | 'buildkit';

export type BuildResult = { ok: true; files: string[] } | { ok: false; error: string };

export interface BuildOptions {
  /** Dockerfile path relative to contextDir (docker build -f); default: Docker's own default. */
  dockerfile?: string;
  builder: Builder;
  /** Image tag; sanitised to a valid reference. Make it unique per build. */
  tag: string;
  /** Extra `docker build` arguments, e.g. ['--build-arg', 'X=1', '--target', 'build']. */
  args?: string[];
}

/**
 * The classic builder's truth is the current CLI (it matches .dockerignore client-side, like
 * current Docker); BuildKit's truth is the daemon's own BuildKit, driven by the daemon's CLI.
 */
export const CLASSIC_DOCKER = process.env.DSG_CLASSIC_DOCKER ?? '/usr/local/bin/docker';
export const BUILDKIT_DOCKER = process.env.DSG_BUILDKIT_DOCKER ?? '/usr/bin/docker';

const START_TIMEOUT_MS = 30_000;
const BUILD_TIMEOUT_MS = 120_000;

interface RunResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

function run(file: string, args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      {
        env: opts.env ?? process.env,
        cwd: opts.cwd,
        timeout: opts.timeoutMs ?? 60_000,
        maxBuffer: 512 * 1024 * 1024,
        encoding: 'buffer',
      },
      (err, stdout, stderr) => {
        const e = err as (NodeJS.ErrnoException & { code?: number | string; killed?: boolean }) | null;
        let code = 0;
        let errText = stderr.toString('utf8');
        if (e) {
          code = typeof e.code === 'number' ? e.code : 127;
          if (typeof e.code === 'string') errText = `${errText}${errText ? '\n' : ''}${e.code}: ${e.message}`;
          if (e.killed) errText += `\n(killed after ${opts.timeoutMs ?? 60_000} ms)`;
        }
        resolve({ code, stdout, stderr: errText });
      },
    );
  });
}

function dockerEnv(host: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, DOCKER_HOST: host, DOCKER_CLI_HINTS: 'false', ...extra };
}

/** `docker version` against host; resolves to the server version or rejects with the reason. */
export async function engineVersion(host: string, cli = CLASSIC_DOCKER): Promise<string> {
  const r = await run(cli, ['version', '--format', '{{.Server.Version}}'], { env: dockerEnv(host), timeoutMs: 15_000 });
  const v = r.stdout.toString('utf8').trim();
  if (r.code !== 0 || !v) throw new Error(`\`${cli} version\` against ${host} failed (exit ${r.code}): ${r.stderr.trim() || v}`);
  return v;
}

/** The client version of a docker CLI binary. */
export async function cliVersion(cli: string): Promise<string> {
  const r = await run(cli, ['version', '--format', '{{.Client.Version}}'], {
    env: dockerEnv('unix:///nonexistent.sock'),
    timeoutMs: 15_000,
  });
  const v = r.stdout.toString('utf8').trim();
  if (!v) throw new Error(`cannot read the client version of ${cli}: ${r.stderr.trim()}`);
  return v;
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function which(name: string): Promise<string | undefined> {
  const dirs = [...(process.env.PATH ?? '').split(':').filter(Boolean), '/usr/sbin', '/usr/bin', '/sbin', '/bin', '/usr/local/bin'];
  for (const d of dirs) {
    const p = path.join(d, name);
    if (await isExecutable(p)) return p;
  }
  return undefined;
}

async function checkClis(): Promise<void> {
  const missing: string[] = [];
  if (!(await isExecutable(CLASSIC_DOCKER)))
    missing.push(`classic-builder CLI ${CLASSIC_DOCKER} (a current docker CLI; set DSG_CLASSIC_DOCKER)`);
  if (!(await isExecutable(BUILDKIT_DOCKER)))
    missing.push(`BuildKit CLI ${BUILDKIT_DOCKER} (the daemon's own CLI: apt-get install -y docker.io; set DSG_BUILDKIT_DOCKER)`);
  if (missing.length) throw new Error(`docker engine unavailable: missing ${missing.join(' and ')}`);
}

function tail(file: string, lines = 15): string {
  try {
    const all = readFileSync(file, 'utf8').trimEnd().split('\n');
    return all.slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Mount points at or under dir, deepest first (from /proc/self/mountinfo). */
function mountsUnder(dir: string): string[] {
  let info = '';
  try {
    info = readFileSync('/proc/self/mountinfo', 'utf8');
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const line of info.split('\n')) {
    const mp = line.split(' ')[4];
    if (!mp) continue;
    const p = mp.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
    if (p === dir || p.startsWith(dir + '/')) out.push(p);
  }
  return out.sort((a, b) => b.length - a.length);
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(t);
      resolve(true);
    });
  });
}

export async function startEngine(): Promise<Engine> {
  await checkClis();

  const given = process.env.DOCKER_HOST;
  if (given) {
    try {
      await engineVersion(given);
    } catch (e) {
      throw new Error(`docker engine unavailable: DOCKER_HOST=${given} is set but does not answer: ${(e as Error).message}`);
    }
    return { host: given, stop: async () => {} };
  }

  const uid = process.getuid?.();
  if (uid !== 0) {
    throw new Error(
      `docker engine unavailable: starting a private dockerd needs root (running as uid ${uid}); run as root or set DOCKER_HOST to a running engine`,
    );
  }
  const dockerd = process.env.DSG_DOCKERD ?? (await which('dockerd'));
  if (!dockerd || !(await isExecutable(dockerd)))
    throw new Error(
      `docker engine unavailable: dockerd not found${dockerd ? ` at ${dockerd}` : ''}; install it with: apt-get install -y docker.io`,
    );

  // Short path: containerd's sockets live under exec-root and unix socket paths are limited to 108 bytes.
  const root = await mkdtemp('/tmp/dsg-');
  const host = `unix://${root}/docker.sock`;
  const log = path.join(root, 'dockerd.log');
  const { openSync, closeSync } = await import('node:fs');
  const fd = openSync(log, 'a');
  let child: ChildProcess;
  try {
    child = spawn(
      dockerd,
      [
        '--storage-driver',
        'vfs',
        '--iptables=false',
        '--ip6tables=false',
        '--bridge=none',
        '--data-root',
        path.join(root, 'data'),
        '--exec-root',
        path.join(root, 'exec'),
        '--host',
        host,
        '--pidfile',
        path.join(root, 'docker.pid'),
      ],
      { detached: true, stdio: ['ignore', fd, fd] },
    );
  } finally {
    closeSync(fd);
  }
  child.unref();
  let spawnError: Error | undefined;
  child.once('error', (e) => (spawnError = e));

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    const pid = child.pid;
    if (pid !== undefined && child.exitCode === null && child.signalCode === null) {
      // dockerd stops its own containerd on SIGTERM; the process group is only ours (detached).
      try {
        process.kill(pid, 'SIGTERM');
      } catch {}
      if (!(await exited(child, 20_000))) {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {}
        await exited(child, 5_000);
      }
    }
    for (const m of mountsUnder(root)) await run('umount', ['-l', m]);
    await rm(root, { recursive: true, force: true, maxRetries: 3 });
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  let last = '';
  for (;;) {
    if (spawnError) {
      await stop();
      throw new Error(`docker engine unavailable: cannot start ${dockerd}: ${spawnError.message}`);
    }
    if (child.exitCode !== null || child.signalCode !== null) {
      const why = `dockerd exited (${child.exitCode ?? child.signalCode}) before answering; last log lines:\n${tail(log)}`;
      await stop();
      throw new Error(`docker engine unavailable: ${why}`);
    }
    if (existsSync(path.join(root, 'docker.sock'))) {
      try {
        await engineVersion(host);
        return { host, stop };
      } catch (e) {
        last = (e as Error).message;
      }
    }
    if (Date.now() > deadline) {
      const why = `dockerd did not answer within ${START_TIMEOUT_MS / 1000} s (${last || 'no socket yet'}); last log lines:\n${tail(log)}`;
      await stop();
      throw new Error(`docker engine unavailable: ${why}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Sort by Unicode code point (UTF-8 byte order equals code point order; JS's default sort is UTF-16). */
export function byCodePoint(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

interface TarEntry {
  name: string;
  type: string;
}

/** A minimal tar reader: ustar + pax ('x'/'g') + GNU long names ('L'/'K'). Names and types only. */
export function readTar(buf: Buffer): TarEntry[] {
  const out: TarEntry[] = [];
  let off = 0;
  let paxPath: string | undefined;
  let globalPath: string | undefined;
  let longName: string | undefined;
  const str = (b: Buffer) => {
    const z = b.indexOf(0);
    return b.toString('utf8', 0, z < 0 ? b.length : z);
  };
  const parsePax = (b: Buffer): Record<string, string> => {
    const rec: Record<string, string> = {};
    let i = 0;
    while (i < b.length) {
      const sp = b.indexOf(0x20, i);
      if (sp < 0) break;
      const len = parseInt(b.toString('ascii', i, sp), 10);
      if (!(len > 0)) break;
      const kv = b.toString('utf8', sp + 1, i + len - 1);
      const eq = kv.indexOf('=');
      if (eq > 0) rec[kv.slice(0, eq)] = kv.slice(eq + 1);
      i += len;
    }
    return rec;
  };
  while (off + 512 <= buf.length) {
    const h = buf.subarray(off, off + 512);
    if (h.every((x) => x === 0)) break;
    const sizeField = h.subarray(124, 136);
    let size: number;
    if (sizeField[0]! & 0x80) {
      size = 0;
      for (let i = 1; i < 12; i++) size = size * 256 + sizeField[i]!;
    } else size = parseInt(str(sizeField).trim() || '0', 8);
    const type = String.fromCharCode(h[156]!) === '\0' ? '0' : String.fromCharCode(h[156]!);
    const body = buf.subarray(off + 512, off + 512 + size);
    off += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x' || type === 'g') {
      const rec = parsePax(body);
      if (type === 'x') paxPath = rec.path;
      else globalPath = rec.path;
      continue;
    }
    if (type === 'L') {
      longName = str(body);
      continue;
    }
    if (type === 'K') continue;
    let name = str(h.subarray(0, 100));
    const magic = h.toString('ascii', 257, 262);
    if (magic === 'ustar') {
      const prefix = str(h.subarray(345, 500));
      if (prefix) name = `${prefix}/${name}`;
    }
    name = paxPath ?? longName ?? globalPath ?? name;
    paxPath = undefined;
    longName = undefined;
    out.push({ name, type });
  }
  return out;
}

/** Regular files (and hard links, which are regular files too) and symlinks under ctx/, relative to it. */
export function filesUnderCtx(entries: TarEntry[]): string[] {
  const files = new Set<string>();
  for (const e of entries) {
    if (e.type !== '0' && e.type !== '7' && e.type !== '1' && e.type !== '2') continue;
    const n = e.name.replace(/^(\.\/|\/)+/, '');
    if (!n.startsWith('ctx/')) continue;
    const rel = n.slice(4);
    if (rel) files.add(rel);
  }
  return [...files].sort(byCodePoint);
}

function sanitiseTag(tag: string): string {
  let t = tag
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/[._-]{2,}/g, '-')
    .replace(/^[._-]+|[._-]+$/g, '');
  if (!t) t = 'dsg-conformance';
  return t.slice(0, 120);
}

/** Strip the CLI's noise from a failed build's output so the error reads like Docker's own message. */
export function cleanBuildError(text: string, contextDir: string): string {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .filter((l) => !/^DEPRECATED: The legacy builder/.test(l))
    .filter((l) => !/^\s+(BuildKit is currently disabled|environment-variable\.|Install the buildx component)/.test(l))
    .filter((l) => !/^#\d+ /.test(l) && !/^-{3,}$/.test(l) && !/^\s*>>>/.test(l) && !/^\s*\d+ \|/.test(l) && !/^-{8}/.test(l));
  return lines
    .join('\n')
    .split(contextDir)
    .join('<ctx>')
    .replace(/buildkit-mount\d+/g, 'buildkit-mount')
    .trim();
}

export async function buildAndList(host: string, contextDir: string, opts: BuildOptions): Promise<BuildResult> {
  const classic = opts.builder === 'classic';
  const cli = classic ? CLASSIC_DOCKER : BUILDKIT_DOCKER;
  const env = dockerEnv(host, { DOCKER_BUILDKIT: classic ? '0' : '1' });
  const tag = sanitiseTag(opts.tag);
  // --no-cache: every answer comes from this build alone, not from a cached layer that another
  // build (on a shared daemon) may be removing at the same moment. The classic builder runs
  // without -q so that its step images (earlier stages stay behind as dangling images) can be
  // removed afterwards; with --no-cache every one of them was made by this build.
  const args = ['build', '--no-cache', '-t', tag];
  if (classic) args.push('--force-rm');
  else args.push('-q');
  if (opts.dockerfile !== undefined) args.push('-f', opts.dockerfile);
  args.push(...(opts.args ?? []), '.');
  const b = await run(cli, args, { env, cwd: contextDir, timeoutMs: BUILD_TIMEOUT_MS });
  const mgmt = dockerEnv(host);
  const stepImages = classic ? [...b.stdout.toString('utf8').matchAll(/^ ---> ([0-9a-f]{12,64})$/gm)].map((m) => m[1]!) : [];
  const removeStepImages = async () => {
    if (stepImages.length) await run(CLASSIC_DOCKER, ['rmi', ...new Set(stepImages)], { env: mgmt });
  };
  if (b.code !== 0) {
    await removeStepImages();
    const out = classic ? '' : b.stdout.toString('utf8');
    return { ok: false, error: cleanBuildError(b.stderr + '\n' + out, contextDir) || `exit ${b.code}` };
  }
  try {
    const c = await run(CLASSIC_DOCKER, ['create', tag, 'x'], { env: mgmt });
    const id = c.stdout.toString('utf8').trim();
    if (c.code !== 0 || !id) throw new Error(`docker create ${tag} failed: ${c.stderr.trim()}`);
    try {
      const x = await run(CLASSIC_DOCKER, ['export', id], { env: mgmt, timeoutMs: 120_000 });
      if (x.code !== 0) throw new Error(`docker export ${id} failed: ${x.stderr.trim()}`);
      return { ok: true, files: filesUnderCtx(readTar(x.stdout)) };
    } finally {
      await run(CLASSIC_DOCKER, ['rm', '-f', id], { env: mgmt });
    }
  } finally {
    await run(CLASSIC_DOCKER, ['rmi', '-f', tag], { env: mgmt });
    await removeStepImages();
  }
}
