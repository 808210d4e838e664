// Hostile image archives (issue 14 items 9, 10, 11, 12; issue 15 item 5): each case is the bundled CLI run
// in a child process with a time limit and a 256 MiB V8 heap, on an archive made here (a hand-written ustar,
// OCI layouts, zstd from Debian's zstd). The outcome asserted is the real one: exit code and the one line.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle, describeChild, lastJson, node24, runBounded, runCli, tar, type TarEntry, tarHeader } from './bounds.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'dsg-hostile-archive-'));
const ctx = path.join(work, 'ctx');
mkdirSync(ctx);
writeFileSync(path.join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY . /app\n');

const sha = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');
const json = (v: unknown): Buffer => Buffer.from(JSON.stringify(v));
const INDEX = 'application/vnd.oci.image.index.v1+json';
const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const CONFIG = 'application/vnd.oci.image.config.v1+json';

/** A small layer tar: `n` empty files. */
function layerTar(n: number): Buffer {
  const entries: TarEntry[] = [];
  for (let i = 0; i < n; i++) entries.push({ name: `f/${i}`, data: i === 0 ? 'x'.repeat(1000) : '' });
  return tar(entries);
}

/** Blobs of one image (config, manifest) for a layer; answers the manifest descriptor. */
function image(
  blobs: Map<string, Buffer>,
  layer: Buffer,
  layerType = 'application/vnd.oci.image.layer.v1.tar',
  diffId = `sha256:${sha(layer)}`,
): { mediaType: string; digest: string; size: number } {
  const config = json({
    os: 'linux',
    architecture: 'amd64',
    rootfs: { type: 'layers', diff_ids: [diffId] },
    history: [{ created_by: 'COPY . /app' }],
  });
  blobs.set(sha(layer), layer);
  blobs.set(sha(config), config);
  const manifest = json({
    schemaVersion: 2,
    mediaType: MANIFEST,
    config: { mediaType: CONFIG, digest: `sha256:${sha(config)}`, size: config.length },
    layers: [{ mediaType: layerType, digest: `sha256:${sha(layer)}`, size: layer.length }],
  });
  blobs.set(sha(manifest), manifest);
  return { mediaType: MANIFEST, digest: `sha256:${sha(manifest)}`, size: manifest.length };
}

function layoutTar(index: unknown, blobs: Map<string, Buffer>): Buffer {
  const entries: TarEntry[] = [
    { name: 'oci-layout', data: '{"imageLayoutVersion":"1.0.0"}' },
    { name: 'index.json', data: json(index) },
  ];
  for (const [hex, data] of blobs) entries.push({ name: `blobs/sha256/${hex}`, data });
  return tar(entries);
}

function writeLayoutDir(dir: string, index: unknown, blobs: Map<string, Buffer>): void {
  mkdirSync(path.join(dir, 'blobs/sha256'), { recursive: true });
  writeFileSync(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  if (index !== undefined) writeFileSync(path.join(dir, 'index.json'), json(index));
  for (const [hex, data] of blobs) writeFileSync(path.join(dir, 'blobs/sha256', hex), data);
}

/** Whether this Node has zlib's built-in zstd. */
const nativeHere = (): boolean => typeof (zlib as { createZstdDecompress?: unknown }).createZstdDecompress === 'function';

const archive = (name: string, data: Buffer): string => {
  const f = path.join(work, name);
  writeFileSync(f, data);
  return f;
};

const cli = (archivePath: string, timeoutMs = 30_000) => runCli([ctx, '--image-archive', archivePath], { timeoutMs, heapMb: 256 });

beforeAll(async () => {
  await bundle('src/cli/main.ts');
});

describe('item 9: nested OCI indexes are visited once per digest', () => {
  it('a fan-out of 40 indexes over 4 levels (40^4 paths) is measured, not walked path by path', async () => {
    const blobs = new Map<string, Buffer>();
    const leaf = image(blobs, layerTar(3));
    let level = [leaf];
    for (let depth = 4; depth >= 1; depth--) {
      const next = [];
      for (let k = 0; k < 40; k++) {
        // Each index of this level lists every descriptor of the level below (and differs by an annotation).
        const doc = json({ schemaVersion: 2, mediaType: INDEX, manifests: level, annotations: { k: `${depth}-${k}` } });
        blobs.set(sha(doc), doc);
        next.push({ mediaType: INDEX, digest: `sha256:${sha(doc)}`, size: doc.length });
      }
      level = next;
    }
    const r = await cli(archive('fanout.tar', layoutTar({ schemaVersion: 2, mediaType: INDEX, manifests: level }, blobs)));
    expect(r.timedOut, describeChild(r)).toBe(false);
    expect(r.code, describeChild(r)).toBe(0);
    expect(r.stdout).toMatch(/image/i);
  });

  it('more descriptors than the cap are refused in one line', async () => {
    const blobs = new Map<string, Buffer>();
    const leaf = image(blobs, layerTar(1));
    const many = Array.from({ length: 12_000 }, (_, i) => ({ ...leaf, annotations: { i: String(i) }, digest: `sha256:${sha(String(i))}` }));
    // Missing platforms are allowed below the top (an engine exports what it has): they are skipped, but counted.
    const inner = json({ schemaVersion: 2, mediaType: INDEX, manifests: [leaf, ...many] });
    blobs.set(sha(inner), inner);
    const top = {
      schemaVersion: 2,
      mediaType: INDEX,
      manifests: [{ mediaType: INDEX, digest: `sha256:${sha(inner)}`, size: inner.length }],
    };
    const r = await cli(archive('many.tar', layoutTar(top, blobs)));
    expect(r.timedOut, describeChild(r)).toBe(false);
    expect(r.code, describeChild(r)).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/more than 10000 descriptors; refusing/);
  });
});

describe('item 10 and issue 15 item 5: zstd layers, bounded', () => {
  let bomb: string;
  let wide: string;
  let long31: string;
  beforeAll(() => {
    // A layer tar holding one 4 GiB file of zeros, zstd-compressed with an 8 MiB window: ~150 KB.
    const head = path.join(work, 'bomb-head');
    writeFileSync(head, tarHeader({ name: 'zeros' }, 4 * 1024 ** 3));
    const layer = path.join(work, 'bomb.tar.zst');
    execFileSync('sh', [
      '-c',
      `{ cat "$1"; head -c 4294967296 /dev/zero; head -c 1024 /dev/zero; } | zstd -q -1 --long=23 -c > "$2"`,
      'sh',
      head,
      layer,
    ]);
    bomb = layer;
    // A 10 KB layer whose frame asks for a 1 GiB window (windowLog 30), and one written with --long=31 (2 GiB).
    const small = tar([{ name: 'a', data: 'a'.repeat(20_000) }]);
    wide = path.join(work, 'wide.tar.zst');
    long31 = path.join(work, 'long31.tar.zst');
    execFileSync('sh', ['-c', `zstd -q --long=30 -c > "$1"`, 'sh', wide], { input: small });
    execFileSync('sh', ['-c', `zstd -q --long=31 -c > "$1"`, 'sh', long31], { input: small });
  });

  const zstdArchive = async (name: string, layerFile: string): Promise<string> => {
    const blobs = new Map<string, Buffer>();
    const { readFileSync } = await import('node:fs');
    const layer = readFileSync(layerFile);
    const m = image(blobs, layer, 'application/vnd.oci.image.layer.v1.tar+zstd', `sha256:${'0'.repeat(64)}`);
    return archive(name, layoutTar({ schemaVersion: 2, mediaType: INDEX, manifests: [m] }, blobs));
  };

  it('a 4 GiB layer in a ~150 KB archive is refused as a decompression bomb, in bounded time', async () => {
    const r = await cli(await zstdArchive('bomb.tar', bomb));
    expect(r.timedOut, describeChild(r)).toBe(false);
    expect(r.code, describeChild(r)).toBe(2);
    expect(r.stderr).toMatch(/zstd expands to more than 268435456 bytes .*decompression bomb/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a 10 KB layer asking for a 1 GiB window is refused before any window is allocated', async () => {
    const r = await cli(await zstdArchive('wide.tar', wide));
    expect(r.timedOut, describeChild(r)).toBe(false);
    expect(r.code, describeChild(r)).toBe(2);
    expect(r.stderr).toMatch(/zstd frame 1 needs a 1024 MiB window \(written with zstd --long\?\)/);
  });

  it('a --long=31 layer is refused in one clear line (not "Invalid typed array length")', async () => {
    const r = await cli(await zstdArchive('long31.tar', long31));
    expect(r.code, describeChild(r)).toBe(2);
    expect(r.stderr).toMatch(/zstd frame 1 needs a 2048 MiB window/);
    expect(r.stderr).not.toMatch(/typed array/i);
  });

  it('both decoders read a zstd layer to the same figures as zstd -d | tar', async () => {
    const t = tar([
      { name: 'dir', type: 'dir' },
      { name: 'dir/a', data: Buffer.alloc(300_000, 7) },
      { name: 'dir/b', data: 'hello' },
    ]);
    const layer = path.join(work, 'ok.tar.zst');
    execFileSync('sh', ['-c', `zstd -q -3 -c > "$1"`, 'sh', layer], { input: t });
    const script = await bundle('test/hostile/cases/scan-layer.ts');
    const out: unknown[] = [];
    for (const decoder of ['native', 'fzstd']) {
      const r = await runBounded(script, [layer, decoder], { timeoutMs: 20_000 });
      expect(r.code, describeChild(r)).toBe(0);
      const j = lastJson(r.stdout) as Record<string, unknown>;
      out.push({ ...j, decoder: undefined });
    }
    expect(out[0]).toEqual(out[1]);
    expect(out[0]).toMatchObject({ compression: 'zstd', tarBytes: t.length, files: 2, unpackedBytes: 300_005 });
  });

  it('on Node 24 the built-in zstd decoder is the one used', { timeout: 240_000 }, async () => {
    // The built-in decoder needs Node >= 22.15; on Node 20 the suite installs node@24 from npm once (bounds.ts).
    const node = await node24();
    const script = await bundle('test/hostile/cases/scan-layer.ts');
    const layer = path.join(work, 'n24.tar.zst');
    execFileSync('sh', ['-c', `zstd -q -3 -c > "$1"`, 'sh', layer], { input: tar([{ name: 'x', data: 'y' }]) });
    const here = await runBounded(script, [layer, 'native'], { timeoutMs: 20_000 });
    expect(lastJson(here.stdout).decoder).toBe(nativeHere() ? 'native' : 'fzstd');
    const r = await runBounded(script, [layer, 'native'], { timeoutMs: 20_000, node });
    expect(lastJson(r.stdout), describeChild(r)).toMatchObject({ decoder: 'native', compression: 'zstd', files: 1 });
  });
});

describe('item 11: a layer listed many times is analysed once', () => {
  const saveArchive = (copies: number, entries: number): Buffer => {
    const layer = layerTar(entries);
    const config = json({
      os: 'linux',
      architecture: 'amd64',
      rootfs: { type: 'layers', diff_ids: Array(copies).fill(`sha256:${sha(layer)}`) },
      history: [],
    });
    const manifest = [{ Config: `${sha(config)}.json`, RepoTags: ['dup:latest'], Layers: Array(copies).fill('l/layer.tar') }];
    return tar([
      { name: 'l/layer.tar', data: layer },
      { name: `${sha(config)}.json`, data: config },
      { name: 'manifest.json', data: json(manifest) },
    ]);
  };

  it('3,000 listings of one layer: one line, exit 2, no heap exhaustion', async () => {
    const r = await cli(archive('dup3000.tar', saveArchive(3000, 2000)));
    expect(r.timedOut, describeChild(r)).toBe(false);
    expect(r.code, describeChild(r)).toBe(2);
    expect(r.stderr).toMatch(/lists 3000 layers for one image; refusing more than 1000/);
  });

  it('900 listings of a 2,500-entry layer: measured, the waste figures left out with a warning', async () => {
    const r = await cli(archive('dup900.tar', saveArchive(900, 2500)), 60_000);
    expect(r.timedOut, describeChild(r)).toBe(false);
    expect(r.code, describeChild(r)).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/waste figures are left out: the layers hold 2250000 entries/);
  });
});

describe('item 12: OCI layout directories: regular files inside the layout only', () => {
  const secret = path.join(work, 'secret.txt');
  writeFileSync(secret, 'TOPSECRET-1234567890 not json at all');
  const good = (): Map<string, Buffer> => new Map<string, Buffer>();

  it('index.json -> /dev/zero is refused at once', async () => {
    const dir = path.join(work, 'zero');
    writeLayoutDir(dir, undefined, good());
    symlinkSync('/dev/zero', path.join(dir, 'index.json'));
    const r = await cli(dir);
    expect(r.timedOut, describeChild(r)).toBe(false);
    expect(r.code, describeChild(r)).toBe(2);
    expect(r.stderr).toMatch(/index\.json leads outside the layout directory|index\.json is not a regular file/);
  });

  it('a FIFO index.json is refused without waiting for a writer', async () => {
    const dir = path.join(work, 'fifo');
    writeLayoutDir(dir, undefined, good());
    execFileSync('mkfifo', [path.join(dir, 'index.json')]);
    const r = await cli(dir, 20_000);
    expect(r.timedOut, describeChild(r)).toBe(false);
    expect(r.code, describeChild(r)).toBe(2);
    expect(r.stderr).toMatch(/index\.json is not a regular file; refusing to read it/);
  });

  it('a blob symlinked to a file outside the layout is refused and its content never printed', async () => {
    const blobs = good();
    const m = image(blobs, layerTar(1));
    const dir = path.join(work, 'outside');
    writeLayoutDir(dir, { schemaVersion: 2, mediaType: INDEX, manifests: [m] }, blobs);
    const { rmSync } = await import('node:fs');
    rmSync(path.join(dir, 'blobs/sha256', m.digest.slice(7)));
    symlinkSync(secret, path.join(dir, 'blobs/sha256', m.digest.slice(7)));
    const r = await cli(dir);
    expect(r.code, describeChild(r)).toBe(2);
    expect(r.stderr).toMatch(/leads outside the layout directory; refusing to read it/);
    expect(r.stderr + r.stdout).not.toMatch(/TOPSECRET/);
  });

  it('a JSON document that is not JSON is named, never quoted (tar and directory)', async () => {
    const blobs = good();
    const m = image(blobs, layerTar(1));
    blobs.set(m.digest.slice(7), Buffer.from('{TOPSECRET-1234567890 root:x:0:0'));
    const dir = path.join(work, 'notjson');
    writeLayoutDir(dir, { schemaVersion: 2, mediaType: INDEX, manifests: [m] }, blobs);
    for (const a of [dir, archive('notjson.tar', layoutTar({ schemaVersion: 2, mediaType: INDEX, manifests: [m] }, blobs))]) {
      const r = await cli(a);
      expect(r.code, describeChild(r)).toBe(2);
      expect(r.stderr).toMatch(/not valid JSON \(\d+ bytes\)/);
      expect(r.stderr).not.toMatch(/TOPSECRET|root:x/);
    }
  });

  it('--image-archive naming a device is refused, not read', async () => {
    const r = await cli('/dev/zero', 20_000);
    expect(r.timedOut, describeChild(r)).toBe(false);
    expect(r.code, describeChild(r)).toBe(2);
    expect(r.stderr).toMatch(/not a regular file or a directory; refusing to read it/);
  });
});
