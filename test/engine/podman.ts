// A private Podman for the suites, started like the private dockerd (engine.ts): rootful, vfs storage, its
// own root/runroot/tmp under a fresh temp dir, no network (nothing is pulled or run; images come in with
// `podman load`), and its Docker-compatible API (`podman system service`) on a unix socket there. Stopped
// and removed again by stop(). startPodman() rejects with the reason when Podman cannot start: suites fail,
// they are never skipped.
//
// Every command runs through execFile/spawn with an argument array: no shell, no quoting.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

export const PODMAN = process.env.DSG_PODMAN ?? '/usr/bin/podman';
const START_TIMEOUT_MS = 30_000;

export interface Podman {
  /** A DOCKER_HOST value for the Docker-compatible API: unix:///tmp/dsg-pm-…/podman.sock */
  host: string;
  /** The podman CLI on this instance's storage: resolves with stdout, rejects with stderr. */
  cli(args: string[], opts?: { input?: Buffer; timeoutMs?: number }): Promise<Buffer>;
  version: string;
  stop(): Promise<void>;
}

function exec(
  file: string,
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; input?: Buffer; timeoutMs?: number } = {},
): Promise<{ code: number; stdout: Buffer; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      file,
      args,
      { env: opts.env ?? process.env, timeout: opts.timeoutMs ?? 300_000, maxBuffer: 1024 * 1024 * 1024, encoding: 'buffer' },
      (err, stdout, stderr) => {
        const e = err as (NodeJS.ErrnoException & { code?: number | string }) | null;
        resolve({
          code: e ? (typeof e.code === 'number' ? e.code : 127) : 0,
          stdout,
          stderr: stderr.toString('utf8') + (e && typeof e.code === 'string' ? `${e.code}: ${e.message}` : ''),
        });
      },
    );
    if (opts.input) child.stdin!.end(opts.input);
  });
}

/** GET /version on the socket: the server's version, or undefined while it does not answer. */
function apiVersion(sock: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const req = http.get({ socketPath: sock, path: '/version', timeout: 5_000 }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString('utf8')));
      res.on('end', () => {
        try {
          resolve(res.statusCode === 200 ? ((JSON.parse(body) as { Version?: string }).Version ?? 'unknown') : undefined);
        } catch {
          resolve(undefined);
        }
      });
    });
    req.on('error', () => resolve(undefined));
    req.on('timeout', () => req.destroy());
  });
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
    const mp = line.split(' ')[4]?.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
    if (mp && (mp === dir || mp.startsWith(dir + '/'))) out.push(mp);
  }
  return out.sort((a, b) => b.length - a.length);
}

function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export async function startPodman(): Promise<Podman> {
  if (!existsSync(PODMAN))
    throw new Error(`podman unavailable: ${PODMAN} not found; install it with: apt-get install -y podman (or set DSG_PODMAN)`);
  const uid = process.getuid?.();
  if (uid !== 0) throw new Error(`podman unavailable: the suites run Podman rootful and need root (running as uid ${uid})`);
  const root = await mkdtemp('/tmp/dsg-pm-');
  await mkdir(path.join(root, 'tmp'));
  // Its own storage.conf (vfs) and containers.conf, so that nothing of the machine's configuration applies.
  await writeFile(path.join(root, 'storage.conf'), `[storage]\ndriver = "vfs"\nrunroot = "${root}/run"\ngraphroot = "${root}/root"\n`);
  await writeFile(
    path.join(root, 'containers.conf'),
    '[engine]\ncgroup_manager = "cgroupfs"\nevents_logger = "file"\n[network]\ndefault_network = "none"\n',
  );
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTAINERS_STORAGE_CONF: path.join(root, 'storage.conf'),
    CONTAINERS_CONF: path.join(root, 'containers.conf'),
    TMPDIR: path.join(root, 'tmp'),
  };
  const flags = [
    '--root',
    path.join(root, 'root'),
    '--runroot',
    path.join(root, 'run'),
    '--storage-driver',
    'vfs',
    '--tmpdir',
    path.join(root, 'tmp'),
    '--events-backend',
    'file',
    '--cgroup-manager',
    'cgroupfs',
  ];
  const sock = path.join(root, 'podman.sock');
  const log = path.join(root, 'podman.log');
  const fd = openSync(log, 'a');
  let child: ChildProcess;
  try {
    child = spawn(PODMAN, [...flags, 'system', 'service', '--time', '0', `unix://${sock}`], {
      env,
      detached: true,
      stdio: ['ignore', fd, fd],
    });
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
      try {
        process.kill(pid, 'SIGTERM');
      } catch {}
      if (!(await exited(child, 10_000))) {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {}
        await exited(child, 5_000);
      }
    }
    // Everything lives under root (vfs keeps no layer mounts; anything mounted there is unmounted first). No
    // `podman system reset`: it also touches the machine's network configuration.
    for (const m of mountsUnder(root)) await exec('umount', ['-l', m]);
    await rm(root, { recursive: true, force: true, maxRetries: 3 });
  };
  const host = `unix://${sock}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (spawnError) {
      await stop();
      throw new Error(`podman unavailable: cannot start ${PODMAN}: ${spawnError.message}`);
    }
    if (child.exitCode !== null || child.signalCode !== null) {
      const why = `podman system service exited (${child.exitCode ?? child.signalCode}); last log lines:\n${tail(log)}`;
      await stop();
      throw new Error(`podman unavailable: ${why}`);
    }
    if (existsSync(sock)) {
      const version = await apiVersion(sock);
      if (version !== undefined) {
        return {
          host,
          version,
          stop,
          async cli(args, opts = {}) {
            const res = await exec(PODMAN, [...flags, ...args], { env, input: opts.input, timeoutMs: opts.timeoutMs });
            if (res.code !== 0) throw new Error(`podman ${args.join(' ')} failed (${res.code}): ${res.stderr.trim().slice(-2000)}`);
            return res.stdout;
          },
        };
      }
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `podman unavailable: the API did not answer on ${sock} within ${START_TIMEOUT_MS / 1000} s; last log lines:\n${tail(log)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
