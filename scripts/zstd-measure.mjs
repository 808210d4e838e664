// Measures the two zstd decoders of the layer scanner (src/image/layer.ts) on one zstd layer of >= 200 MB:
// Node's built-in zstd (Node >= 22.15 / 24) and fzstd (the fallback on Node 20), each as a fresh child
// process, with `zstd -dc | tar -t` over the same file in the same run as the reference. Prints wall time,
// throughput of uncompressed bytes, peak RSS, and the ratios to the reference.
//
// Usage: node scripts/zstd-measure.mjs [--mb 340] [--node24 PATH] [--keep DIR]
//   --node24 defaults to $DSG_NODE24; `npm i node@24` in a scratch directory gives one
//   (node_modules/node/bin/node). Without it only the current Node is measured.
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const MB = Number(opt('mb', '340'));
const node24 = opt('node24', process.env.DSG_NODE24);
const keep = opt('keep', undefined);
const root = path.resolve(import.meta.dirname, '..');
const work = keep ?? mkdtempSync(path.join(os.tmpdir(), 'dsg-zstd-'));
mkdirSync(work, { recursive: true });

// 1. A layer of MB megabytes, half text-like content (compresses ~4x), half random bytes (does not: the blob
//    stays >= 200 MB); tar from GNU tar, zstd -3 (the default level of `docker buildx --output compression=zstd`).
const tree = path.join(work, 'tree');
const layer = path.join(work, `layer-${MB}mb.tar.zst`);
if (!existsSync(layer)) {
  mkdirSync(tree, { recursive: true });
  // xorshift32: deterministic content, the same layer on every run.
  let x = 2463534242;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
  const rand = () => next() / 2 ** 32;
  const words = 'the quick brown fox jumps over lazy dog import numpy torch model layer weights data'.split(' ');
  for (let f = 0; f * 4 < MB; f++) {
    const random = f % 2 === 1;
    const file = path.join(tree, `dir${f % 16}`, `file${f}.${random ? 'bin' : 'txt'}`);
    mkdirSync(path.dirname(file), { recursive: true });
    const buf = Buffer.alloc(4 * 1024 * 1024);
    if (random) for (let i = 0; i < buf.length; i += 4) buf.writeUInt32LE(next(), i);
    else {
      let p = 0;
      while (p < buf.length) p += buf.write(words[(rand() * words.length) | 0] + (rand() < 0.1 ? '\n' : ' '), p);
    }
    const w = createWriteStream(file);
    w.end(buf);
    await new Promise((r) => w.on('close', r));
  }
  execFileSync('sh', ['-c', `tar -C "$1" -cf - . | zstd -q -3 -T1 -c > "$2"`, 'sh', tree, layer]);
  rmSync(tree, { recursive: true, force: true });
}
const blobBytes = statSync(layer).size;

// 2. The scanner, bundled from src/ (as the CLI is).
const entry = path.join(work, 'scan.mjs');
await build({
  stdin: {
    contents: `
import { createReadStream, statSync } from 'node:fs';
import { LayerScanner } from './src/image/layer.ts';
import { zstdDecoderKind } from './src/image/zstd.ts';
const [file, prefer] = process.argv.slice(2);
const t0 = process.hrtime.bigint();
const s = new LayerScanner(statSync(file).size, prefer);
for await (const c of createReadStream(file, { highWaterMark: 1 << 20 })) await s.write(c);
const r = await s.end();
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(JSON.stringify({ decoder: zstdDecoderKind(prefer), ms, tarBytes: r.tarBytes, files: r.files, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
`,
    resolveDir: root,
    loader: 'ts',
  },
  outfile: entry,
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'error',
});

function scan(node, prefer) {
  const r = spawnSync(node, [entry, layer, prefer], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${node} ${prefer}: ${r.stderr}`);
  const j = JSON.parse(r.stdout);
  const version = spawnSync(node, ['-p', 'process.version'], { encoding: 'utf8' }).stdout.trim();
  return { node: version, ...j };
}

function reference() {
  const t0 = process.hrtime.bigint();
  execFileSync('sh', ['-c', 'zstd -dc "$1" | tar -tvf - > /dev/null', 'sh', layer]);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const runs = [];
const ref = reference();
runs.push(scan(process.execPath, 'native'));
runs.push(scan(process.execPath, 'fzstd'));
if (node24) {
  runs.push(scan(node24, 'native'));
  runs.push(scan(node24, 'fzstd'));
} else console.log('(no --node24 / DSG_NODE24: the built-in decoder is measured only if this Node has one)');
const ref2 = reference();
const refMs = Math.min(ref, ref2);

const tarBytes = runs[0].tarBytes;
console.log(
  `layer: ${(blobBytes / 1e6).toFixed(1)} MB zstd -3, ${(tarBytes / 1e6).toFixed(1)} MB uncompressed, ${runs[0].files} files (${layer})`,
);
console.log(`reference zstd -dc | tar -tvf: ${refMs.toFixed(0)} ms (${(tarBytes / 1e6 / (refMs / 1000)).toFixed(0)} MB/s)`);
console.log('node      decoder  ms      MB/s   peak RSS MB  x reference time');
const seen = new Set();
for (const r of runs) {
  const key = `${r.node} ${r.decoder}`;
  if (seen.has(key)) continue; // Node 20 asked for "native" falls back to fzstd: shown once
  seen.add(key);
  console.log(
    `${r.node.padEnd(9)} ${r.decoder.padEnd(8)} ${r.ms.toFixed(0).padStart(6)}  ${(r.tarBytes / 1e6 / (r.ms / 1000)).toFixed(0).padStart(5)}  ${r.maxRssMb.toFixed(0).padStart(11)}  ${(r.ms / refMs).toFixed(2).padStart(6)}`,
  );
  if (r.tarBytes !== tarBytes) console.log(`  MISMATCH: ${r.tarBytes} uncompressed bytes, expected ${tarBytes}`);
}
if (!keep) rmSync(work, { recursive: true, force: true });
