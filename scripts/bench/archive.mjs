// The archive for the archive-reader benchmark: an image of a few hundred MB built by a real engine
// (FROM scratch + COPY of generated files, three layers), saved with `docker save` (uncompressed), then
// removed from the engine. Made once under bench/tmp and reused.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from './trees.mjs';

const VERSION = 1;

function docker(args, env) {
  const r = spawnSync('docker', args, { env, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`docker ${args.join(' ')}: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ')}`);
  return r.stdout;
}

/** Real bytes (a layer stores file contents): slices of one PRNG-filled buffer. */
function writeFiles(dir, count, sizeOf, pool) {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `d${Math.floor(i / 200)}`);
    if (i % 200 === 0) mkdirSync(sub, { recursive: true });
    const size = sizeOf(i);
    const fd = openSync(join(sub, `f${i}.bin`), 'w');
    for (let off = 0; off < size; off += pool.length) writeSync(fd, pool, 0, Math.min(pool.length, size - off));
    closeSync(fd);
    bytes += size;
  }
  return bytes;
}

/** Returns { path, bytes, layers, entries } of the saved archive, building the image once. */
export function ensureArchive(tmp, dockerHost, log) {
  const dir = join(tmp, 'archive');
  const tar = join(dir, 'image.tar');
  const marker = join(tmp, 'archive.done.json');
  if (existsSync(marker) && existsSync(tar)) {
    const info = JSON.parse(readFileSync(marker, 'utf8'));
    if (info.version === VERSION) return { path: tar, ...info };
  }
  const env = { ...process.env, DOCKER_BUILDKIT: '0', ...(dockerHost ? { DOCKER_HOST: dockerHost } : {}) };
  docker(['version', '--format', '{{.Server.Version}}'], env);
  rmSync(dir, { recursive: true, force: true });
  const ctx = join(dir, 'context');
  mkdirSync(ctx, { recursive: true });
  log(`building the archive image on ${dockerHost ?? 'the default Docker engine'} (once; reused by later runs) ...`);
  const rnd = prng(0x7a5);
  const pool = Buffer.alloc(1 << 20);
  for (let i = 0; i < pool.length; i += 4) pool.writeUInt32LE(Math.floor(rnd() * 4294967296), i);
  // Layer 1: many small files (a site-packages); layer 2: a few large ones (weights); layer 3: medium files.
  let bytes = writeFiles(join(ctx, 'small'), 24000, () => Math.floor(Math.exp(rnd() * Math.log(32768))), pool);
  bytes += writeFiles(join(ctx, 'large'), 3, () => 64 * 1024 * 1024, pool);
  bytes += writeFiles(join(ctx, 'medium'), 600, () => 64 * 1024 + Math.floor(rnd() * 256 * 1024), pool);
  writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY small /opt/site-packages\nCOPY large /models\nCOPY medium /srv/assets\n');
  const tag = `dsg-bench:archive-${process.pid}`;
  try {
    docker(['build', '-q', '-t', tag, ctx], env);
    docker(['save', '-o', tar, tag], env);
  } finally {
    spawnSync('docker', ['rmi', '-f', tag], { env, stdio: 'ignore' });
  }
  rmSync(ctx, { recursive: true, force: true });
  const list = spawnSync('tar', ['-tf', tar], { encoding: 'utf8', maxBuffer: 1 << 26 })
    .stdout.split('\n')
    .filter(Boolean);
  const layers = list.filter((p) => /(^|\/)layer\.tar$/.test(p) || (/^blobs\/sha256\/[0-9a-f]{64}$/.test(p) && isTar(tar, p)));
  let entries = 0;
  for (const l of layers) {
    const r = spawnSync('sh', ['-c', `tar -xOf "$0" "$1" | tar -tf - | wc -l`, tar, l], { encoding: 'utf8' });
    entries += Number(r.stdout.trim());
  }
  const info = { version: VERSION, bytes: statSync(tar).size, contentBytes: bytes, layers, entries };
  writeFileSync(marker, JSON.stringify(info) + '\n');
  log(`  ${info.bytes} bytes, ${layers.length} layers, ${entries} entries in the layers`);
  return { path: tar, ...info };
}

/** Whether the archive member `p` is itself a tar (a layer), by its ustar magic. */
function isTar(tar, p) {
  const r = spawnSync('sh', ['-c', 'tar -xOf "$0" "$1" | head -c 512 | tail -c 255 | head -c 5', tar, p], { encoding: 'latin1' });
  return r.stdout === 'ustar';
}
