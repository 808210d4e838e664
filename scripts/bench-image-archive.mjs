// Throughput of the archive reader against GNU tar on the same multi-hundred-MB `docker save` archive,
// measured in one run. Builds the image on the engine at $DOCKER_HOST (default the system socket), saves
// it, times each reader (median of 3 after a warm-up), removes what it made.
// Usage: DOCKER_HOST=unix:///path node scripts/bench-image-archive.mjs [MB]   (needs a fresh dist/: npm run bundle)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

const MB = Number(process.argv[2] ?? 400);
const docker = process.env.DSG_BUILDKIT_DOCKER ?? '/usr/bin/docker';
const env = { ...process.env, DOCKER_BUILDKIT: '1' };
const dir = mkdtempSync(join(tmpdir(), 'dsg-bench-archive-'));
const tag = `dsg-img-bench-${process.pid}`;
const cli = resolve('dist/cli.js');

function sh(file, args, opts = {}) {
  return execFileSync(file, args, { env, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 30, ...opts });
}

function time(label, file, args, opts = {}) {
  const runs = [];
  for (let i = 0; i < 4; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(file, args, { env, stdio: ['ignore', 'ignore', 'pipe'], ...opts });
    if (r.status !== 0) throw new Error(`${label} failed: ${r.stderr}`);
    if (i > 0) runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  runs.sort((a, b) => a - b);
  return { label, ms: runs[1] };
}

try {
  // A context of large incompressible files (three layers) and many small files (one layer).
  const ctx = join(dir, 'ctx');
  mkdirSync(join(ctx, 'small'), { recursive: true });
  const big = Math.floor((MB * 0.8) / 3);
  for (const n of ['a', 'b', 'c']) writeFileSync(join(ctx, `${n}.bin`), randomBytes(big * 1_000_000));
  const smallCount = 20_000;
  const smallSize = Math.floor((MB * 0.2 * 1_000_000) / smallCount);
  for (let i = 0; i < smallCount; i++) {
    const d = join(ctx, 'small', String(i % 100));
    if (i < 100) mkdirSync(d, { recursive: true });
    writeFileSync(join(d, `${i}.txt`), randomBytes(smallSize));
  }
  writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY small /small\nCOPY a.bin /a.bin\nCOPY b.bin /b.bin\nCOPY c.bin /c.bin\n');
  sh(docker, ['build', '-q', '-t', tag, ctx]);
  const archive = join(dir, 'image.tar');
  sh(docker, ['save', '-o', archive, tag]);
  const bytes = statSync(archive).size;
  const empty = join(dir, 'empty');
  mkdirSync(empty);
  const results = [
    time('tar -tvf FILE (GNU tar 1.34; seeks past member data)', 'tar', ['-tvf', archive]),
    time('tar -tvf - < FILE (reads every byte, outer tar only)', 'sh', ['-c', 'tar -tvf - < "$1"', 'sh', archive]),
    time('tar -xOf FILE "*/layer.tar", piped to tar -tvif - (lists every layer tar)', 'sh', [
      '-c',
      'tar -xOf "$1" --wildcards "*/layer.tar" | tar -tvif - > /dev/null',
      'sh',
      archive,
    ]),
    time('docker-size-guard --image-archive FILE (reads every byte, lists every layer tar, waste, dive)', process.execPath, [
      cli,
      empty,
      '--image-archive',
      archive,
      '--format',
      'json',
    ]),
  ];
  console.log(
    `archive: ${(bytes / 1e6).toFixed(0)} MB docker save (classic layout), ${smallCount} small files + 3 large files; median of 3 after a warm-up`,
  );
  console.log('| reader | median ms | MB/s |');
  console.log('|---|---:|---:|');
  for (const r of results) console.log(`| ${r.label} | ${r.ms.toFixed(0)} | ${(bytes / 1e6 / (r.ms / 1000)).toFixed(0)} |`);
} finally {
  spawnSync(docker, ['rmi', '-f', tag], { env, stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
}
