// The image-tree suite of `npm run bench -- --only tree`: an image of >= 2 GB with >= 200,000 files, written
// once under bench/tmp/image-tree as a classic `docker save` archive (uncompressed layer tars, config,
// manifest.json), in one streaming pass with a fixed random pool for file data:
//   layer 0: 220,000 files (log-uniform 1 B..32 kB) in 1,100 packages of 10 directories, 6-7 levels deep;
//   layer 1: 6 files of 256 MiB under /models;
//   layer 2: whiteouts of 100 packages (.wh.pkgNNN), an opaque directory (.wh..wh..opq) with new files, 1,000 new files.
// The right answers (bytes and files of the flattened filesystem) are computed by the generator itself.
// Memory of the generator: one layer's entry list at a time (names and sizes).
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from './trees.mjs';

const VERSION = 2;
const PACKAGES = 1100;
const FILES_PER_PACKAGE = 200;
const MODEL_FILES = 6;
const MODEL_BYTES = 256 * 1024 * 1024;

/** The entries of each layer: { name, dir, size }; deterministic. */
function layers() {
  const rnd = prng(0x15);
  const l0 = [];
  const dirs = new Set();
  const addDir = (d) => {
    const parts = d.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const p = parts.slice(0, i).join('/');
      if (!dirs.has(p)) {
        dirs.add(p);
        l0.push({ name: p + '/', dir: true, size: 0 });
      }
    }
  };
  for (let p = 0; p < PACKAGES; p++) {
    for (let f = 0; f < FILES_PER_PACKAGE; f++) {
      const d = `usr/lib/python3.11/site-packages/pkg${String(p).padStart(3, '0')}/mod${f % 10}${f % 3 === 0 ? '/deep' : ''}`;
      addDir(d);
      l0.push({ name: `${d}/f${f}.py`, dir: false, size: Math.floor(Math.exp(rnd() * Math.log(32768))) });
    }
  }
  const l1 = [{ name: 'models/', dir: true, size: 0 }];
  for (let i = 0; i < MODEL_FILES; i++) l1.push({ name: `models/weights-${i}.bin`, dir: false, size: MODEL_BYTES });
  const l2 = [];
  for (let p = 0; p < 100; p++)
    l2.push({ name: `usr/lib/python3.11/site-packages/.wh.pkg${String(p).padStart(3, '0')}`, dir: false, size: 0 });
  const opq = 'usr/lib/python3.11/site-packages/pkg500/mod0';
  l2.push(
    { name: `${opq}/`, dir: true, size: 0 },
    { name: `${opq}/.wh..wh..opq`, dir: false, size: 0 },
    { name: `${opq}/new.py`, dir: false, size: 1234 },
  );
  l2.push({ name: 'srv/', dir: true, size: 0 });
  for (let i = 0; i < 1000; i++) l2.push({ name: `srv/app/a${i}.js`, dir: false, size: 5000 + i });
  l2.push({ name: 'srv/app/', dir: true, size: 0 });
  return [l0, l1, l2];
}

/** Bytes and regular files of the flattened filesystem, by construction. */
function expected(ls) {
  const gone = (n) => /\/pkg0\d\d\//.test(n) || n.startsWith('usr/lib/python3.11/site-packages/pkg500/mod0/');
  let bytes = 0;
  let files = 0;
  for (const e of ls[0])
    if (!e.dir && !gone(e.name)) {
      bytes += e.size;
      files++;
    }
  for (const l of ls.slice(1))
    for (const e of l)
      if (!e.dir && !e.name.split('/').pop().startsWith('.wh.')) {
        bytes += e.size;
        files++;
      }
  return { bytes, files };
}

const pad = (n) => (512 - (n % 512)) % 512;

function header(name, size, dir) {
  const h = Buffer.alloc(512);
  let prefix = '';
  let base = name;
  if (Buffer.byteLength(name) > 100) {
    // ustar: a prefix of up to 155 bytes and a name of up to 100, split at a slash (the generator's names fit).
    const cut = name.indexOf('/', Math.max(0, name.length - 101));
    prefix = name.slice(0, cut);
    base = name.slice(cut + 1);
  }
  h.write(base, 0, 100, 'utf8');
  h.write((dir ? '0000755' : '0000644') + '\0', 100, 'ascii');
  h.write('0000000\0', 108, 'ascii');
  h.write('0000000\0', 116, 'ascii');
  h.write(size.toString(8).padStart(11, '0') + '\0', 124, 'ascii');
  h.write('00000000000\0', 136, 'ascii');
  h.fill(0x20, 148, 156);
  h.write(dir ? '5' : '0', 156, 'ascii');
  h.write('ustar\u000000', 257, 'latin1');
  h.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
  return h;
}

const tarSize = (entries) => entries.reduce((s, e) => s + 512 + e.size + pad(e.size), 0) + 1024;

/** Returns { path, bytes, layers, entries, expected } of the archive, writing it once. */
export function ensureImageTreeArchive(tmp, log) {
  const dir = join(tmp, 'image-tree');
  const file = join(dir, 'image.tar');
  const marker = join(dir, 'done.json');
  if (existsSync(marker) && existsSync(file)) {
    const info = JSON.parse(readFileSync(marker, 'utf8'));
    if (info.version === VERSION) return { path: file, ...info };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log('image-tree: writing a >= 2 GB, >= 200,000-file docker save archive (once; reused by later runs) ...');
  const ls = layers();
  const pool = Buffer.alloc(1 << 20);
  const rnd = prng(0xbeef);
  for (let i = 0; i < pool.length; i += 4) pool.writeUInt32LE(Math.floor(rnd() * 4294967296), i);
  const fd = openSync(file, 'w');
  const out = (b) => {
    writeSync(fd, b);
  };
  const diffIds = [];
  const layerPaths = [];
  ls.forEach((entries, i) => {
    const id = createHash('sha256').update(`layer-${i}`).digest('hex');
    const size = tarSize(entries);
    out(header(`${id}/`, 0, true));
    out(header(`${id}/layer.tar`, size, false));
    const hash = createHash('sha256');
    const put = (b) => {
      hash.update(b);
      out(b);
    };
    let p = 0;
    for (const e of entries) {
      put(header(e.name, e.size, e.dir));
      for (let left = e.size; left > 0; ) {
        const n = Math.min(left, pool.length - p);
        put(pool.subarray(p, p + n));
        p = (p + n) % pool.length;
        left -= n;
      }
      if (pad(e.size)) put(Buffer.alloc(pad(e.size)));
    }
    put(Buffer.alloc(1024));
    out(Buffer.alloc(pad(size)));
    diffIds.push(`sha256:${hash.digest('hex')}`);
    layerPaths.push(`${id}/layer.tar`);
  });
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: {},
      rootfs: { type: 'layers', diff_ids: diffIds },
      history: [
        { created_by: 'RUN pip install -r requirements.txt' },
        { created_by: 'COPY models /models' },
        { created_by: 'RUN rm -rf pkg0* && cp -r srv /srv' },
      ],
    }),
  );
  const configName = `${createHash('sha256').update(config).digest('hex')}.json`;
  const manifest = Buffer.from(JSON.stringify([{ Config: configName, RepoTags: ['dsg-bench/image-tree:latest'], Layers: layerPaths }]));
  for (const [name, data] of [
    [configName, config],
    ['manifest.json', manifest],
  ]) {
    out(header(name, data.length, false));
    out(data);
    out(Buffer.alloc(pad(data.length)));
  }
  out(Buffer.alloc(1024));
  closeSync(fd);
  const info = {
    version: VERSION,
    bytes: statSync(file).size,
    layers: layerPaths,
    entries: ls.reduce((s, l) => s + l.length, 0),
    files: ls[0].filter((e) => !e.dir).length,
    expected: expected(ls),
  };
  writeFileSync(marker, JSON.stringify(info) + '\n');
  log(`  ${info.bytes} bytes, ${info.entries} layer entries; flattened: ${info.expected.bytes} bytes in ${info.expected.files} files`);
  return { path: file, ...info };
}
