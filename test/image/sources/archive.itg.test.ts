// The archive source on real archives: `docker save` from the engine (classic layout; whole and gzip-
// compressed), OCI layouts written by skopeo (gzip and zstd layers, directory and tar), a Docker 25+
// style save (OCI layout + manifest.json), and hand-written layouts for opaque directories and indexes.
// Sizes are checked against the engine, against the blobs on disk and against GNU tar/gzip/zstd.
import { createHash } from 'node:crypto';
import { readFile, rm, stat, truncate, writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { measureImage, type ImageRequest } from '../../../src/image/sources/measure.js';
import type { ImageSection, MeasuredImage } from '../../../src/model/image.js';
import { DEFAULT_PLATFORM, parsePlatform } from '../../../src/image/platform.js';
import { InputError } from '../../../src/util/errors.js';
import { buildImage, docker, historySizes, importBusybox, inspect, must, removeImages, skopeoBin, tempDir, uniqueTag } from '../helpers.js';
import { writeLayout, type WrittenImage } from '../oci.js';

let host: string;
let work: string;
const created: string[] = [];
let bb: string;
let app: string;
const files: Record<string, string> = {};

function request(archive: string, extra: Partial<ImageRequest> = {}): ImageRequest {
  return {
    archive: { path: archive, display: path.basename(archive) },
    registry: false,
    platform: DEFAULT_PLATFORM,
    wasteExclude: [],
    layerShare: 0.5,
    top: 10,
    wholeContextDests: [],
    ...extra,
  };
}

const measure = (archive: string, extra: Partial<ImageRequest> = {}): Promise<ImageSection> =>
  measureImage(request(archive, extra), { env: {} });

async function failure(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(InputError);
  const line = (e as InputError).oneLine();
  expect(line).not.toMatch(/\n/);
  return line;
}

/** The sizes of the members of a tar as GNU tar lists them. */
async function tarMembers(file: string): Promise<Map<string, number>> {
  const r = await must('tar', ['-tvf', file]);
  const out = new Map<string, number>();
  for (const line of r.stdout.trim().split('\n')) {
    const parts = line.split(/\s+/);
    out.set(parts.slice(5).join(' ').replace(/^\.\//, ''), Number(parts[2]));
  }
  return out;
}

async function decompressedBytes(file: string, how: 'gzip' | 'zstd'): Promise<number> {
  const r = await must(how === 'gzip' ? 'gzip' : 'zstd', ['-dc', file]);
  return r.raw.length;
}

function layerFigures(img: MeasuredImage): unknown {
  return img.layers.map((l) => [l.diffId, l.unpackedBytes, l.uncompressedBytes, l.files, l.createdBy]);
}

beforeAll(async () => {
  const h = inject('dockerHost');
  if (h === undefined) throw new Error(inject('engineError'));
  host = h;
  skopeoBin();
  work = await tempDir('dsg-img-archive-');
  bb = await importBusybox(host, uniqueTag('bb'));
  created.push(bb);
  app = await buildImage(
    host,
    uniqueTag('app'),
    [
      `FROM ${bb}`,
      'COPY . /app/',
      'RUN mkdir -p /cache && dd if=/dev/zero of=/cache/blob bs=1000 count=50 && dd if=/dev/zero of=/app/big.bin bs=1000 count=2',
      'RUN rm -rf /cache',
      '',
    ].join('\n'),
    { 'big.bin': 40_000, 'src/main.py': 1_234 },
  );
  created.push(app);
  const d = docker(host);
  files.save = path.join(work, 'save.tar');
  await d.must(['save', '-o', files.save, app]);
  files.saveBoth = path.join(work, 'save-both.tar');
  await d.must(['save', '-o', files.saveBoth, app, bb]);
  files.saveGz = path.join(work, 'save.tar.gz');
  await writeFile(files.saveGz, (await must('gzip', ['-c', files.save])).raw);
  const daemon = ['--src-daemon-host', host];
  files.ociGzip = path.join(work, 'oci-gzip');
  await must(skopeoBin(), ['copy', '-q', ...daemon, `docker-daemon:${app}:latest`, `oci:${files.ociGzip}:v1`]);
  files.ociZstdTar = path.join(work, 'oci-zstd.tar');
  await must(skopeoBin(), [
    'copy',
    '-q',
    '--dest-compress-format',
    'zstd',
    ...daemon,
    `docker-daemon:${app}:latest`,
    `oci-archive:${files.ociZstdTar}:v1`,
  ]);
  // Docker 25+'s `docker save`: an OCI layout with uncompressed layers, plus manifest.json naming the image.
  const d25 = path.join(work, 'docker25');
  await must(skopeoBin(), [
    'copy',
    '-q',
    '--dest-oci-accept-uncompressed-layers',
    ...daemon,
    `docker-daemon:${app}:latest`,
    `oci:${d25}:latest`,
  ]);
  const idx = JSON.parse(await readFile(path.join(d25, 'index.json'), 'utf8')) as { manifests: { digest: string }[] };
  const man = JSON.parse(await readFile(path.join(d25, 'blobs', 'sha256', idx.manifests[0]!.digest.slice(7)), 'utf8')) as {
    config: { digest: string };
    layers: { digest: string }[];
  };
  await writeFile(
    path.join(d25, 'manifest.json'),
    JSON.stringify([
      {
        Config: `blobs/sha256/${man.config.digest.slice(7)}`,
        RepoTags: [`${app}:latest`],
        Layers: man.layers.map((l) => `blobs/sha256/${l.digest.slice(7)}`),
      },
    ]),
  );
  files.docker25 = path.join(work, 'docker25.tar');
  await must('tar', ['-C', d25, '-cf', files.docker25, '.']);
});

afterAll(async () => {
  if (host) await removeImages(host, created);
  if (work) await rm(work, { recursive: true, force: true });
});

describe('docker save (classic layout) from the engine', () => {
  it("per-layer sizes equal the engine's history, and the layer tars as GNU tar lists them", async () => {
    const img = await measure(files.save!);
    const info = await inspect(host, app);
    const history = (await historySizes(host, app)).filter((h) => !/^(ENV|CMD|LABEL|WORKDIR) /.test(h.createdBy));
    const manifest = JSON.parse((await must('tar', ['-xOf', files.save!, 'manifest.json'])).stdout) as { Layers: string[] }[];
    const members = await tarMembers(files.save!);
    expect(img.id).toBe(info.Id);
    expect(img.layers.map((l) => l.diffId)).toEqual(info.RootFS.Layers);
    expect(img.unpackedBytes).toBe(info.Size);
    expect(img.layers.map((l) => l.unpackedBytes)).toEqual(history.map((h) => h.size));
    expect(img.layers.map((l) => l.uncompressedBytes)).toEqual(manifest[0]!.Layers.map((p) => members.get(p)));
    expect(img.layers.every((l) => l.compression === 'none' && l.compressedBytes === null)).toBe(true);
    expect(img.compressedBytes).toBeNull();
    // By construction: /cache/blob (50,000) deleted; /app/big.bin (40,000) overwritten by 2,000 bytes.
    expect(img.waste!.reclaimableBytes).toBe(50_000 + 40_000);
    expect(img.layers[1]!.flags).toContain('copies-whole-context');
  });

  it('an archive of several images: --image picks one, and the base splits inside the same archive', async () => {
    const img = await measure(files.saveBoth!, { image: app, base: bb });
    const base = await inspect(host, bb);
    expect(img.id).toBe((await inspect(host, app)).Id);
    expect(img.base).toMatchObject({ reference: bb, layers: 1, unpackedBytes: base.Size });
    const line = await failure(measure(files.saveBoth!));
    expect(line).toMatch(/holds 2 images .*choose one with --image/);
  });

  it('the whole archive gzip-compressed (docker save | gzip) reads the same', async () => {
    expect(layerFigures(await measure(files.saveGz!))).toEqual(layerFigures(await measure(files.save!)));
  });
});

describe('OCI layouts written by skopeo and a Docker 25+ style save', () => {
  it.each([
    ['OCI layout directory, gzip layers', () => files.ociGzip!, 'gzip' as const],
    ['OCI layout tar, zstd layers', () => files.ociZstdTar!, 'zstd' as const],
    ['Docker 25+ save: OCI layout + manifest.json, uncompressed layers', () => files.docker25!, 'none' as const],
  ])('%s: compressed, uncompressed and unpacked sizes', async (_name, archive, compression) => {
    const img = await measure(archive());
    const engine = await measure(files.save!);
    // Layer contents are the engine's, whatever the packing.
    expect(layerFigures(img)).toEqual(layerFigures(engine));
    expect(img.waste).toEqual(engine.waste);
    expect(img.layers.every((l) => l.compression === compression)).toBe(true);
    if (compression === 'none') {
      expect(img.compressedBytes).toBeNull();
      return;
    }
    expect(img.layers.every((l) => l.mediaType === `application/vnd.oci.image.layer.v1.tar+${compression}`)).toBe(true);
    // Blob sizes and decompressed sizes from the blobs themselves.
    let dir = archive();
    if (dir.endsWith('.tar')) {
      dir = await tempDir('x-', work);
      await must('tar', ['-C', dir, '-xf', archive()]);
    }
    let compressed = 0;
    for (const l of img.layers) {
      const blob = path.join(dir, 'blobs', 'sha256', l.digest!.slice(7));
      expect(l.compressedBytes).toBe((await stat(blob)).size);
      expect(l.uncompressedBytes).toBe(await decompressedBytes(blob, compression));
      expect(
        'sha256:' +
          createHash('sha256')
            .update(await readFile(blob))
            .digest('hex'),
      ).toBe(l.digest);
      compressed += l.compressedBytes!;
    }
    expect(img.compressedBytes).toBe(compressed);
  });
});

describe('hand-written OCI layout: index, opaque directory, whiteouts, zstd', () => {
  let layout: string;
  let written: WrittenImage[];
  beforeAll(async () => {
    layout = path.join(work, 'hand');
    const r = await writeLayout(layout, [
      {
        platform: { os: 'linux', architecture: 'amd64' },
        layers: [
          { compression: 'gzip', createdBy: 'COPY . /', files: { a: 4000, 'dir/x': 2000, 'dir/y': 1000, gone: 500 } },
          { compression: 'zstd', createdBy: 'RUN reshuffle', files: { 'dir/.wh..wh..opq': '', 'dir/z': 300, '.wh.gone': '', a: 4500 } },
        ],
        emptyHistory: ['CMD ["x"]'],
      },
      {
        platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
        layers: [{ compression: 'gzip', createdBy: 'COPY arm /', files: { arm: 100 } }],
      },
    ]);
    written = r.images;
  });

  it('known by construction: opaque directory, whiteout and overwrite are reclaimable; dive by its own rules', async () => {
    const img = await measure(layout);
    expect(img.platform).toBe('linux/amd64');
    expect(img.index?.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(img.layers.map((l) => [l.compression, l.compressedBytes, l.uncompressedBytes, l.diffId])).toEqual(
      written[0]!.layers.map((l, i) => [i === 0 ? 'gzip' : 'zstd', l.size, l.tarBytes, l.diffId]),
    );
    expect(img.layers.map((l) => l.unpackedBytes)).toEqual([7500, 4800]);
    const w = img.waste!;
    expect(w.addedBytes).toBe(12_300);
    expect(w.reclaimableBytes).toBe(2000 + 1000 + 500 + 4000);
    expect(w.addedBytes - w.reclaimableBytes).toBe(4500 + 300);
    expect(w.topPaths.map((p) => [p.path, p.reclaimableBytes, p.cause])).toEqual([
      ['/a', 4000, 'overwritten'],
      ['/dir', 3000, 'opaque'],
      ['/gone', 500, 'deleted'],
    ]);
    // dive ignores opaque markers, counts /a twice (4000 + 4500) and /gone once (the whiteout counts 0 bytes).
    expect(w.dive.wastedBytes).toBe(8500 + 500);
    expect(w.dive.efficiency).toBeCloseTo(7300 / 12_300, 12);
    expect(w.dive.userSizeBytes).toBe(4800);
  });

  it.each([
    ['linux/arm64', ['linux/arm64'], [100]],
    ['linux/arm64/v8', ['linux/arm64'], [100]],
    ['all', ['linux/amd64', 'linux/arm64'], [12_300, 100]],
  ])('--platform %s', async (platform, platforms, added) => {
    const img = await measure(layout, { platform: parsePlatform(platform) });
    const all = [img, ...img.otherPlatforms];
    expect(all.map((i) => i.platform)).toEqual(platforms);
    expect(all.map((i) => i.waste!.addedBytes)).toEqual(added);
  });

  it('a platform the index does not have is a clear error', async () => {
    expect(await failure(measure(layout, { platform: parsePlatform('linux/s390x') }))).toMatch(
      /no linux\/s390x image in the archive \(it has: linux\/amd64, linux\/arm64\)/,
    );
  });
});

describe('bad archives are one clear line', () => {
  let secondHeader = -1;
  const cases: [string, () => Promise<string>, RegExp][] = [
    ['missing file', async () => path.join(work, 'nope.tar'), /nope\.tar: cannot open the archive: ENOENT/],
    [
      'not a tar',
      async () => {
        const f = path.join(work, 'random.bin');
        await writeFile(f, Buffer.alloc(4096, 7));
        return f;
      },
      /random\.bin: corrupt or truncated archive: corrupt tar: bad header checksum at byte 0/,
    ],
    [
      'truncated docker save',
      async () => {
        const f = path.join(work, 'truncated.tar');
        const buf = await readFile(files.save!);
        await writeFile(f, buf.subarray(0, Math.floor(buf.length / 2)));
        return f;
      },
      /truncated\.tar: (corrupt or truncated archive: truncated|.*missing)/,
    ],
    [
      'a corrupted header in the middle',
      async () => {
        const f = path.join(work, 'corrupt.tar');
        const buf = Buffer.from(await readFile(files.save!));
        // The second member's header: after the first member's header and its data, in 512-byte blocks.
        const firstSize = parseInt(buf.toString('latin1', 124, 136).replace(/\0.*$/, '').trim() || '0', 8);
        const second = 512 + Math.ceil(firstSize / 512) * 512;
        buf.write('garbage!', second + 100, 'latin1');
        await writeFile(f, buf);
        secondHeader = second;
        return f;
      },
      /corrupt\.tar: corrupt or truncated archive: corrupt tar: bad header checksum at byte \d+/,
    ],
    [
      'a tar that is no image',
      async () => {
        const dir = await tempDir('noimg-', work);
        await writeFile(path.join(dir, 'hello.txt'), 'hi');
        const f = path.join(work, 'noimage.tar');
        await must('tar', ['-C', dir, '-cf', f, '.']);
        return f;
      },
      /noimage\.tar: not an image archive: it has neither index\.json .* nor manifest\.json/,
    ],
    [
      'a manifest of an unknown media type in an OCI layout',
      async () => {
        const dir = path.join(work, 'oci-unknown');
        await must('cp', ['-a', files.ociGzip!, dir]);
        const index = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as { manifests: { mediaType: string }[] };
        index.manifests[0]!.mediaType = 'application/vnd.example.unknown.v1+json';
        await writeFile(path.join(dir, 'index.json'), JSON.stringify(index));
        return dir;
      },
      /oci-unknown: manifest sha256:[0-9a-f]{64} has the unknown media type "application\/vnd\.example\.unknown\.v1\+json"/,
    ],
    [
      'a truncated gzip layer in an OCI layout',
      async () => {
        const dir = path.join(work, 'oci-broken');
        await must('cp', ['-a', files.ociGzip!, dir]);
        const blobs = path.join(dir, 'blobs', 'sha256');
        let biggest = '';
        let size = 0;
        for (const b of await readdir(blobs)) {
          const s = (await stat(path.join(blobs, b))).size;
          if (s > size) [biggest, size] = [b, s];
        }
        await truncate(path.join(blobs, biggest), Math.floor(size / 2));
        return dir;
      },
      /oci-broken: layer blobs\/sha256\/[0-9a-f]{64}: gzip: unexpected end of file|is \d+ bytes but its manifest says/,
    ],
  ];
  it.each(cases)('%s', async (name, make, message) => {
    const line = await failure(measure(await make()));
    expect(line).toMatch(message);
    if (name.startsWith('a corrupted header')) expect(line).toContain(`at byte ${secondHeader}`);
  });
});
