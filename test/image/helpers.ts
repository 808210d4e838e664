// Test helpers for the image suites: the docker CLI (tests may use it; the product does not), images built
// with a real engine, a busybox base made with `docker import`, skopeo, and a real `docker-registry` on
// loopback. Every command runs through execFile with an argument array: no shell, no quoting.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile, copyFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const DOCKER = process.env.DSG_BUILDKIT_DOCKER ?? '/usr/bin/docker';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  raw: Buffer;
}

export function run(
  file: string,
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; cwd?: string; input?: Buffer; timeoutMs?: number } = {},
): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      file,
      args,
      {
        env: opts.env ?? process.env,
        cwd: opts.cwd,
        timeout: opts.timeoutMs ?? 300_000,
        maxBuffer: 1024 * 1024 * 1024,
        encoding: 'buffer',
      },
      (err, stdout, stderr) => {
        const e = err as (NodeJS.ErrnoException & { code?: number | string }) | null;
        const code = e ? (typeof e.code === 'number' ? e.code : 127) : 0;
        resolve({
          code,
          stdout: stdout.toString('utf8'),
          stderr: stderr.toString('utf8') + (e && typeof e.code === 'string' ? `${e.code}: ${e.message}` : ''),
          raw: stdout,
        });
      },
    );
    if (opts.input) child.stdin!.end(opts.input);
  });
}

export async function must(file: string, args: string[], opts: Parameters<typeof run>[2] = {}): Promise<Run> {
  const r = await run(file, args, opts);
  if (r.code !== 0) throw new Error(`${path.basename(file)} ${args.join(' ')} failed (${r.code}): ${r.stderr.trim().slice(-2000)}`);
  return r;
}

/** The docker CLI against the suite's engine. */
export function docker(host: string) {
  const env = { ...process.env, DOCKER_HOST: host, DOCKER_BUILDKIT: '1', DOCKER_CLI_HINTS: 'false' };
  return {
    env,
    run: (args: string[], o: { cwd?: string; input?: Buffer } = {}) => run(DOCKER, args, { env, ...o }),
    must: (args: string[], o: { cwd?: string; input?: Buffer } = {}) => must(DOCKER, args, { env, ...o }),
  };
}

export function uniqueTag(what: string): string {
  return `dsg-img-test-${what}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function tempDir(prefix = 'dsg-img-', parent = os.tmpdir()): Promise<string> {
  return mkdtemp(path.join(parent, prefix));
}

/** Writes files (path -> content or byte count of a fixed pattern) under dir. */
export async function writeTree(dir: string, files: Record<string, string | number | Buffer>): Promise<void> {
  for (const [p, c] of Object.entries(files)) {
    const full = path.join(dir, p);
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, typeof c === 'number' ? patterned(c, p) : c);
  }
}

/** Incompressible-ish bytes, different per name, so gzip sizes are not trivial. */
export function patterned(n: number, seed: string): Buffer {
  const b = Buffer.alloc(n);
  let x = 0x9e3779b9 ^ [...seed].reduce((a, ch) => (a * 31 + ch.charCodeAt(0)) >>> 0, 7);
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

/** Builds `dockerfile` in a context made of `files`; returns the tag. */
export async function buildImage(
  host: string,
  tag: string,
  dockerfile: string,
  files: Record<string, string | number | Buffer> = {},
): Promise<string> {
  const dir = await tempDir('dsg-img-ctx-');
  try {
    await writeTree(dir, { Dockerfile: dockerfile, ...files });
    await docker(host).must(['build', '-q', '--network=none', '-t', tag, dir]);
    return tag;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A busybox base (busybox-static's binary and a few applet links) made with `docker import`. */
export async function importBusybox(host: string, tag: string): Promise<string> {
  const busybox = ['/bin/busybox', '/usr/bin/busybox'].find((p) => existsSync(p));
  if (!busybox) throw new Error('busybox not found: apt-get install -y busybox-static');
  const dir = await tempDir('dsg-img-bb-');
  try {
    await mkdir(path.join(dir, 'bin'), { recursive: true });
    await mkdir(path.join(dir, 'tmp'), { recursive: true });
    await copyFile(busybox, path.join(dir, 'bin', 'busybox'));
    for (const a of ['sh', 'rm', 'mkdir', 'dd', 'head', 'cat', 'ls', 'touch', 'cp', 'mv', 'echo', 'true', 'ln', 'printf'])
      await symlink('busybox', path.join(dir, 'bin', a));
    const tar = await must('tar', ['-C', dir, '-c', '.']);
    await docker(host).must(['import', '-', tag], { input: tar.raw });
    return tag;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function removeImages(host: string, tags: string[]): Promise<void> {
  if (tags.length > 0) await docker(host).run(['rmi', '-f', ...tags]);
}

export interface InspectInfo {
  Id: string;
  Size: number;
  RootFS: { Layers: string[] };
}

export async function inspect(host: string, tag: string): Promise<InspectInfo> {
  const r = await docker(host).must(['image', 'inspect', tag]);
  return (JSON.parse(r.stdout) as InspectInfo[])[0]!;
}

/** `docker history` sizes, oldest first, of the entries that have a layer (non-empty sizes and 0-byte layers alike). */
export async function historySizes(host: string, tag: string): Promise<{ size: number; createdBy: string }[]> {
  const r = await docker(host).must(['history', '--no-trunc', '--human=false', '--format', '{{json .}}', tag]);
  return r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { Size: string; CreatedBy: string })
    .map((h) => ({ size: Number(h.Size), createdBy: h.CreatedBy }))
    .reverse();
}

/**
 * The bytes of the regular files in the image's flattened filesystem, by `docker export` of a container
 * (the engine's own union of the layers), read with GNU tar. Independent of the layer tars.
 */
export async function flattenedBytes(host: string, tag: string): Promise<number> {
  const d = docker(host);
  const id = (await d.must(['create', tag, 'x'])).stdout.trim();
  try {
    const fs = await d.must(['export', id]);
    return tarBytes((await must('tar', ['--numeric-owner', '-tvf', '-'], { input: fs.raw })).stdout);
  } finally {
    await d.run(['rm', '-f', id]);
  }
}

function tarBytes(listing: string): number {
  let sum = 0;
  for (const line of listing.split('\n')) {
    if (!line.startsWith('-') || line.includes(' link to ')) continue;
    sum += Number(line.split(/\s+/)[2]);
  }
  return sum;
}

/** Sum of regular-file sizes in a tar file, as GNU tar lists them (hard links count 0). */
export async function tarFileBytes(file: string): Promise<number> {
  return tarBytes((await must('tar', ['--numeric-owner', '-tvf', file])).stdout);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export const REGISTRY_BIN = process.env.DSG_DOCKER_REGISTRY ?? '/usr/bin/docker-registry';

export interface Registry {
  host: string;
  port: number;
  storage: string;
  stop(): Promise<void>;
}

/**
 * Starts Debian's docker-registry on a free loopback port with a temp config; `auth` adds htpasswd or token
 * auth; `storage` shares another instance's storage (one pushes anonymously, the other checks auth).
 */
export async function startRegistry(opts: { storage?: string; auth?: string; rootDirectory?: string } = {}): Promise<Registry> {
  if (!existsSync(REGISTRY_BIN))
    throw new Error(`${REGISTRY_BIN} not found: apt-get install -y docker-registry (or set DSG_DOCKER_REGISTRY)`);
  const dir = await tempDir('dsg-registry-');
  const storage = opts.storage ?? path.join(dir, 'storage');
  await mkdir(storage, { recursive: true });
  const port = await freePort();
  const config = [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${opts.rootDirectory ?? storage}`,
    '  cache: {}',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    opts.auth ?? '',
  ].join('\n');
  await writeFile(path.join(dir, 'config.yml'), config);
  const child: ChildProcess = spawn(REGISTRY_BIN, ['serve', path.join(dir, 'config.yml')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`docker-registry exited (${child.exitCode}): ${log.slice(-1000)}`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/v2/`);
      if (res.status === 200 || res.status === 401) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`docker-registry did not answer on 127.0.0.1:${port}: ${log.slice(-1000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { host: `127.0.0.1:${port}`, port, storage, stop };
}

export function skopeoBin(): string {
  const p = ['/usr/bin/skopeo', '/usr/local/bin/skopeo'].find((x) => existsSync(x));
  if (!p) throw new Error('skopeo not found: apt-get install -y skopeo');
  return p;
}
