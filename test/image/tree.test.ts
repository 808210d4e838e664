// The image tree index and the path delta, on layers whose answers are known by construction (whiteouts,
// opaque directories, overwrites), the baseline round trip (old baselines without the tree still compare),
// and the golden markdown of "what grew in the image" for examples/llm-service.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyTree, tempRoot } from '../diagnose/helpers.js';
import type { LayerEntry } from '../../src/image/layer.js';
import { runCli } from '../../src/cli/run.js';
import { parseBaseline } from '../../src/model/baseline.js';
import { compareReports } from '../../src/compare/compare.js';
import { imagePathChanges } from '../../src/compare/image-paths.js';
import { analyzeImage, type RawImage } from '../../src/image/analyze.js';
import type { ImageSection } from '../../src/model/image.js';
import { contextOrigin, copyWords, underDestination } from '../../src/image/provenance.js';
import { bucketOf, dominantLayer, indexImageTree } from '../../src/image/tree.js';
import { computeWaste } from '../../src/image/waste.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderImageGrowthMarkdown } from '../../src/render/image-markdown.js';
import type { Report } from '../../src/model/report.js';
import { target } from '../model/reports.js';
import { createHash } from 'node:crypto';
import { measureImage } from '../../src/image/sources/measure.js';
import { DEFAULT_PLATFORM } from '../../src/image/platform.js';
import { InputError } from '../../src/util/errors.js';
import { layerTar } from './oci.js';

const f = (path: string, size: number): LayerEntry => ({ path, kind: 'file', size });
const d = (path: string): LayerEntry => ({ path, kind: 'dir', size: 0 });
const wh = (path: string): LayerEntry => ({ path, kind: 'file', size: 0 });

function treeOf(layers: LayerEntry[][]) {
  return indexImageTree(computeWaste(layers).final, layers);
}

function raw(layers: LayerEntry[][], createdBy: string[]): RawImage {
  return {
    platform: 'linux/amd64',
    id: null,
    digest: null,
    created: null,
    history: createdBy.map((c) => ({ created_by: c })),
    diffIds: layers.map((_, i) => `sha256:${String(i).padStart(64, '0')}`),
    layers: layers.map((entries) => ({
      digest: null,
      mediaType: null,
      compression: 'none',
      blobBytes: null,
      uncompressedBytes: null,
      unpackedBytes: entries.reduce((s, e) => s + (e.kind === 'file' ? e.size : 0), 0),
      files: entries.filter((e) => e.kind === 'file').length,
      entries,
    })),
    configBytes: null,
    engineReportedBytes: null,
    isPull: false,
  };
}

function section(layers: LayerEntry[][], createdBy: string[]): ImageSection {
  const a = analyzeImage(raw(layers, createdBy), { layerShare: 0.5, wholeContextDests: [], wasteExclude: [], top: 10 });
  return { ok: true, source: 'archive', reference: 'app.tar', index: null, ...a.image, otherPlatforms: [], warnings: [] };
}

describe('image tree index: the flattened filesystem, known by construction', () => {
  const layers = [
    [
      d('usr'),
      d('usr/share'),
      d('usr/share/doc'),
      f('usr/share/doc/a/README', 700),
      f('usr/share/doc/b/README', 300),
      f('usr/bin/sh', 50),
      { path: 'usr/bin/ash', kind: 'symlink' as const, size: 0 },
    ],
    [d('data'), f('data/big', 1000), f('data/sub/x', 70), f('keep', 3)],
    // rm -rf /data and rewrite /keep; an opaque /usr/share/doc keeps only c/.
    [wh('.wh.data'), f('keep', 5), f('usr/share/doc/.wh..wh..opq', 0), f('usr/share/doc/c/README', 20)],
    // a whole new tree, deeper than 4 levels
    [f('app/lib/py/site/torch/a.so', 4000), f('app/lib/py/site/torch/b.so', 1000), f('app/models/m.bin', 9000)],
  ];
  const tree = treeOf(layers);
  const dir = (p: string) => tree.directories.find((x) => x.path === p);

  it('totals are the flattened filesystem: whiteouts and opaque directories applied, overwrites kept once', () => {
    expect(tree.bytes).toBe(50 + 5 + 20 + 4000 + 1000 + 9000);
    expect(tree.files).toBe(1 + 1 + 1 + 3); // sh, keep, c/README, a.so, b.so, m.bin (the symlink is not a regular file)
    expect(dir('/data')).toBeUndefined();
    expect(dir('/usr/share/doc')).toEqual({ path: '/usr/share/doc', bytes: 20, files: 1, layer: 2 });
    expect(dir('/usr/share/doc/a')).toBeUndefined();
    expect(dir('/usr')).toEqual({ path: '/usr', bytes: 70, files: 2, layer: 0 });
  });

  it('directories to depth 4, sorted by path; deeper ones only among the largest', () => {
    expect(tree.directories.map((x) => x.path)).toEqual([
      '/app',
      '/app/lib',
      '/app/lib/py',
      '/app/lib/py/site',
      '/app/models',
      '/usr',
      '/usr/bin',
      '/usr/share',
      '/usr/share/doc',
      '/usr/share/doc/c',
    ]);
    expect(tree.largestDirectories[0]).toEqual({ path: '/app', bytes: 14000, files: 3, layer: 3 });
    expect(tree.largestDirectories.find((x) => x.path === '/app/lib/py/site/torch')).toEqual({
      path: '/app/lib/py/site/torch',
      bytes: 5000,
      files: 2,
      layer: 3,
    });
    expect(tree.largestFiles.slice(0, 2)).toEqual([
      { path: '/app/models/m.bin', bytes: 9000, layer: 3 },
      { path: '/app/lib/py/site/torch/a.so', bytes: 4000, layer: 3 },
    ]);
    expect(tree.largestFiles.find((x) => x.path === '/keep')).toEqual({ path: '/keep', bytes: 5, layer: 2 });
  });

  it('per layer: the directories it adds most to (whether or not a later layer removes them)', () => {
    expect(tree.layers[0]!.directories).toEqual([
      { path: '/usr/share/doc/a', bytes: 700, files: 1 },
      { path: '/usr/share/doc/b', bytes: 300, files: 1 },
      { path: '/usr/bin', bytes: 50, files: 1 },
    ]);
    expect(tree.layers[1]!.directories).toEqual([
      { path: '/data', bytes: 1000, files: 1 },
      { path: '/data/sub', bytes: 70, files: 1 },
      { path: '/', bytes: 3, files: 1 },
    ]);
    expect(tree.layers[3]!.directories).toEqual([
      { path: '/app/models', bytes: 9000, files: 1 },
      { path: '/app/lib/py/site', bytes: 5000, files: 2 },
    ]);
  });

  it('is bounded: the cap keeps the largest directories and counts the rest', () => {
    const many = [[...Array.from({ length: 50 }, (_, i) => f(`d${i}/x`, i + 1))]];
    const t = indexImageTree(computeWaste(many).final, many, { maxDirectories: 10, largest: 3 });
    expect(t.directories).toHaveLength(10);
    expect(t.directoriesOmitted).toBe(40);
    expect(Math.min(...t.directories.map((x) => x.bytes))).toBe(41);
    expect(t.largestDirectories.map((x) => x.path)).toEqual(['/d49', '/d48', '/d47']);
    expect(t.largestFiles).toHaveLength(3);
  });

  it.each([
    ['usr/share/doc/a/README', 4, '/usr/share/doc/a'],
    ['a/b/c/d/e/f/g', 4, '/a/b/c/d'],
    ['keep', 4, '/'],
  ])('bucketOf(%s, %d) = %s', (p, depth, want) => expect(bucketOf(p, depth)).toBe(want));

  it.each([
    [
      [
        [0, 5],
        [1, 7],
      ],
      1,
    ],
    [
      [
        [2, 5],
        [1, 5],
      ],
      1,
    ],
    [[], null],
    [[[0, 0]], null],
  ] as [[number, number][], number | null][])('dominantLayer(%j) = %j', (pairs, want) => expect(dominantLayer(new Map(pairs))).toBe(want));
});

describe('path delta against the baseline', () => {
  const significant = (delta: number) => Math.abs(delta) >= 10;
  const v1 = [
    [f('usr/share/doc/a/README', 400), f('usr/share/doc/b/README', 300), f('usr/share/doc/c/README', 300), f('usr/bin/sh', 50)],
    [f('app/main.py', 5)],
  ];
  const v2 = [...v1, [f('app/data/one.bin', 3000), f('app/data/two.bin', 2000)], [wh('usr/share/.wh.doc')]];

  it('+ at the path that grew and − at the path that went; ancestors a single child explains give way', () => {
    // /usr/share/doc: no child holds half of it, so it is one line; /usr/share and /usr are explained by it.
    const changes = imagePathChanges(treeOf(v1), treeOf(v2), significant);
    expect(changes.map((c) => [c.path, c.delta, c.status, c.layer, c.layerOf])).toEqual([
      ['/app/data', 5000, 'new', 2, 'current'],
      ['/usr/share/doc', -1000, 'gone', 0, 'baseline'],
    ]);
  });

  it('changes under min-change are left out', () => {
    expect(imagePathChanges(treeOf(v1), treeOf(v1), significant)).toEqual([]);
    const small = [...v1, [f('app/tiny', 3)]];
    expect(imagePathChanges(treeOf(v1), treeOf(small), significant)).toEqual([]);
  });

  it("a deep path below the other side's top-N cut-off is not compared rather than guessed", () => {
    const deep = (n: number) => [[f('a/b/c/d/e/f1', n), ...Array.from({ length: 5 }, (_, i) => f(`a/b/c/d/g${i}/x`, 100 + i))]];
    const base = indexImageTree(computeWaste(deep(1)).final, deep(1), { largest: 2 });
    const cur = indexImageTree(computeWaste(deep(500)).final, deep(500), { largest: 2 });
    const changes = imagePathChanges(base, cur, significant);
    // /a/b/c/d is at depth 4: known on both sides. /a/b/c/d/e is listed only in the current top 2.
    expect(changes.map((c) => [c.path, c.delta])).toEqual([['/a/b/c/d', 499]]);
  });

  it('old baselines without the tree still compare; the tree survives the baseline validator', () => {
    const withTree = (layers: LayerEntry[][]) => ({
      ...target('Dockerfile', 10),
      image: section(
        layers,
        layers.map((_, i) => `RUN step ${i}`),
      ),
    });
    const cur = { schemaVersion: 1 as const, tool: { name: 'docker-size-guard' as const, version: 't' }, targets: [withTree(v2)] };
    const old = JSON.parse(JSON.stringify({ ...cur, targets: [withTree(v1)] })) as { targets: { image: { tree?: unknown } }[] };
    const parsed = parseBaseline(JSON.parse(JSON.stringify(old)), 'baseline.json');
    const c = compareReports(cur, parsed, { minChange: { kind: 'bytes', bytes: 10, text: '10B' } });
    expect(c.targets[0]!.imagePathsCompared).toBe(true);
    expect(c.targets[0]!.imagePaths.map((p) => [p.path, p.delta, p.createdBy])).toEqual([
      ['/app/data', 5000, 'RUN step 2'],
      ['/usr/share/doc', -1000, 'RUN step 0'],
    ]);
    delete old.targets[0]!.image.tree;
    const c2 = compareReports(cur, parseBaseline(old, 'baseline.json'), { minChange: { kind: 'bytes', bytes: 10, text: '10B' } });
    expect(c2.targets[0]!.imagePathsCompared).toBe(false);
    expect(c2.targets[0]!.imagePaths).toEqual([]);
    expect(c2.targets[0]!.metrics.find((m) => m.key === 'image')!.delta).toBe(5000);
    // A tree version this build does not know is not compared, and not an error either.
    const future = JSON.parse(JSON.stringify({ ...cur, targets: [withTree(v1)] }));
    future.targets[0].image.tree.version = 2;
    expect(
      compareReports(cur, parseBaseline(future, 'b'), { minChange: { kind: 'bytes', bytes: 10, text: '10B' } }).targets[0]!
        .imagePathsCompared,
    ).toBe(false);
    // Bounded like every baseline list.
    const huge = JSON.parse(JSON.stringify({ ...cur, targets: [withTree(v1)] }));
    huge.targets[0].image.tree.directories = Array.from({ length: 2001 }, (_, i) => ({ path: `/d${i}`, bytes: 1, layer: 0 }));
    expect(() => parseBaseline(huge, 'b')).toThrow(/more than 2000/);
  });
});

describe('where an image path came from in the context', () => {
  it.each([
    ['COPY . /app # buildkit', { sources: ['.'], dest: '/app', classic: false }],
    ['COPY --chown=1 models/ /app/models/ # buildkit', { sources: ['models/'], dest: '/app/models/', classic: false }],
    ['/bin/sh -c #(nop) COPY dir:0123abcd in /app ', { sources: ['dir:0123abcd'], dest: '/app', classic: true }],
    ['COPY ["a b", "/x/"] # buildkit', { sources: ['a b'], dest: '/x/', classic: false }],
    ['COPY --from=build /out /app # buildkit', undefined],
    ['RUN make', undefined],
  ])('copyWords(%j)', (createdBy, want) => expect(copyWords(createdBy)).toEqual(want));

  it.each([
    ['/app/models', '/app', 'models'],
    ['/app', '/app/', ''],
    ['/application', '/app', undefined],
    ['/x', '/', 'x'],
  ])('underDestination(%s, %s) = %j', (p, dest, want) => expect(underDestination(p, dest)).toBe(want));

  it("absolute and relative destinations, the classic builder through the Dockerfile's whole-context COPY", () => {
    const t = target('Dockerfile', 10, [
      ['models', 4300],
      ['models/llm.bin', 4000],
      ['app', 20],
    ]);
    expect(contextOrigin('/app/models', 'COPY . /app # buildkit', t)).toMatchObject({ contextPath: 'models', bytes: 4300 });
    expect(contextOrigin('/srv/app/models', 'COPY . . # buildkit', t)).toMatchObject({ contextPath: 'models', bytes: 4300 });
    expect(contextOrigin('/w/m/llm.bin', 'COPY models/ /w/m/ # buildkit', t)).toMatchObject({ contextPath: 'models/llm.bin', bytes: 4000 });
    expect(contextOrigin('/app/models', '/bin/sh -c #(nop) COPY dir:abc in /app ', t)).toBeUndefined();
    t.copied!.wholeContext = [{ line: 3, instruction: 'COPY . /app', stage: '0', sources: ['.'] }];
    expect(contextOrigin('/app/models', '/bin/sh -c #(nop) COPY dir:abc in /app ', t)).toMatchObject({
      contextPath: 'models',
      bytes: 4300,
    });
    expect(contextOrigin('/usr/lib', 'RUN apt-get install -y x', t)).toBeUndefined();
  });
});

const GOLDEN = 'test/fixtures/golden/image-growth.md';

/**
 * The example as a developer has it before committing (a copy outside git): in this repository its weights are
 * committed, and committed weights are a finding of their own rather than a culprit the block removes.
 */
const { root: scratch, cleanup } = tempRoot('dsg-tree-golden-');
afterAll(cleanup);
const outside = join(scratch, 'outside');
copyTree('examples', join(outside, 'examples'));

describe('golden: what grew in the image (examples/llm-service)', () => {
  it('renders exactly the committed markdown (UPDATE_GOLDEN=1 rewrites it)', async () => {
    const r = await runCli(['examples/llm-service', '--format', 'json'], { cwd: outside });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Report;
    const t = report.targets[0]!;
    const base = [
      f('bin/busybox', 1_100_000),
      f('usr/share/doc/busybox/changelog', 12_000_000),
      f('usr/share/doc/busybox/copyright', 8_000_000),
    ];
    const history = ['ADD rootfs.tar / # buildkit', 'RUN pip install -r requirements.txt # buildkit', 'COPY . /app # buildkit'];
    const pip = [
      f('usr/local/lib/python3.11/site-packages/torch/lib/libtorch.so', 800_000_000),
      f('usr/local/lib/python3.11/site-packages/numpy/core.so', 30_000_000),
    ];
    const appV1 = [f('app/app/main.py', 224), f('app/requirements.txt', 52)];
    const appV2 = [
      ...appV1,
      f('app/models/llm-7b-q4.safetensors', 1_500_000),
      f('app/models/tokenizer/tokenizer.json', 300_000),
      f('app/data/train.csv', 200_000),
      f('app/data/eval.parquet', 120_000),
    ];
    const pipV2 = [
      f('usr/local/lib/python3.11/site-packages/torch/lib/libtorch.so', 1_300_000_000),
      f('usr/local/lib/python3.11/site-packages/numpy/core.so', 30_000_000),
    ];
    const slim = [
      'ADD rootfs.tar / # buildkit',
      'RUN rm -rf /usr/share/doc # buildkit',
      'RUN pip install -r requirements.txt # buildkit',
      'COPY . /app # buildkit',
    ];
    const baseline: Report = { ...report, targets: [{ ...t, image: section([base, pip, appV1], history) }] };
    const current: Report = { ...report, targets: [{ ...t, image: section([base, [wh('usr/share/.wh.doc')], pipV2, appV2], slim) }] };
    const parsed = parseBaseline(JSON.parse(JSON.stringify(baseline)), 'baseline.json');
    const comparison = compareReports(current, parsed, { minChange: { kind: 'bytes', bytes: 10_000, text: '10kB' } });
    const md = renderMarkdown(current, { comparison, baseline: { commit: '0123456789abcdef' } });
    const growth = renderImageGrowthMarkdown(current.targets[0]!, comparison.targets[0], comparison.minChange, 10).join('\n');
    expect(md).toContain(growth);
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, growth);
    expect(growth).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('collapses to one line when nothing moved by min-change', async () => {
    const r = await runCli(['examples/llm-service', '--format', 'json'], { cwd: process.cwd() });
    const report = JSON.parse(r.stdout) as Report;
    const img = section([[f('app/x', 100)]], ['COPY . /app # buildkit']);
    const cur: Report = { ...report, targets: [{ ...report.targets[0]!, image: img }] };
    const comparison = compareReports(cur, parseBaseline(JSON.parse(JSON.stringify(cur)), 'b'), {
      minChange: { kind: 'bytes', bytes: 10_000, text: '10kB' },
    });
    const md = renderMarkdown(cur, { comparison });
    expect(md).toContain('<details><summary>examples/llm-service/Dockerfile: nothing inside the image moved by 10.0 kB or more</summary>');
    expect(md).not.toContain('what grew in the image');
  });
});

describe('the growth section escapes what the image and the context hold', () => {
  it('hostile paths and instructions cannot break the table, ping, link or inject HTML', () => {
    const hostile = ['a|b', '<img src=x onerror=alert(1)>', '@octocat', '`rm -rf`', '[x](http://evil)', '#123'];
    const layer = hostile.map((h, i) => f(`app/${h.replace(/\//g, '_')}/${i}.bin`, 100_000 * (i + 1)));
    const cur = section([[f('bin/sh', 10)], layer], ['ADD x /', 'COPY . /app # buildkit @octocat <b>']);
    const base = section([[f('bin/sh', 10)], []], ['ADD x /', 'COPY . /app # buildkit']);
    const t = target('Dockerfile', 10);
    const report = (image: ImageSection): Report => ({
      schemaVersion: 1,
      tool: { name: 'docker-size-guard', version: 't' },
      targets: [{ ...t, image }],
    });
    const c = compareReports(report(cur), parseBaseline(JSON.parse(JSON.stringify(report(base))), 'b'), {
      minChange: { kind: 'bytes', bytes: 10_000, text: '10kB' },
    });
    const md = renderImageGrowthMarkdown(report(cur).targets[0]!, c.targets[0], c.minChange, 10).join('\n');
    expect(md).toContain('what grew in the image');
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    expect(rows.length).toBeGreaterThan(2);
    expect(new Set(rows.map((l) => l.split('|').length)).size).toBe(1);
    expect(md).not.toMatch(/<(?!\/?(span)\b)[a-z]/i);
    expect(md).not.toMatch(/(^|[^&\w])@[a-z0-9]/i);
    expect(md).not.toMatch(/(^|[^&\w])#\d/);
    expect(md).not.toMatch(/:\/\//);
    expect(md).not.toContain('`rm');
  });
});

describe('--registry-layers: layer blobs are checked against the manifest', () => {
  const sha = (b: Buffer) => 'sha256:' + createHash('sha256').update(b).digest('hex');
  const flip = (b: Buffer, at: number) => Buffer.concat([b.subarray(0, at), Buffer.from([b[at]! ^ 1]), b.subarray(at + 1)]);
  async function registryWith(tamper: (blob: Buffer) => Buffer) {
    const layer = await layerTar({ 'app/data/x.bin': 5000, 'app/.wh.old': '' });
    const config = Buffer.from(
      JSON.stringify({
        os: 'linux',
        architecture: 'amd64',
        rootfs: { type: 'layers', diff_ids: [sha(layer)] },
        history: [{ created_by: 'COPY . /app # buildkit' }],
      }),
    );
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha(config), size: config.length },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: sha(layer), size: layer.length }],
      }),
    );
    const fetch = (async (url: string | URL) => {
      const u = String(url);
      const body = u.endsWith('/manifests/1')
        ? manifest
        : u.endsWith(sha(config))
          ? config
          : u.endsWith(sha(layer))
            ? tamper(layer)
            : undefined;
      if (!body) return new Response('{"errors":[{"code":"BLOB_UNKNOWN"}]}', { status: 404 });
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: { 'content-type': u.includes('/manifests/') ? 'application/vnd.oci.image.manifest.v1+json' : 'application/octet-stream' },
      });
    }) as typeof globalThis.fetch;
    return measureImage(
      {
        image: '127.0.0.1:5999/dsg/app:1',
        registry: false,
        registryLayers: true,
        platform: DEFAULT_PLATFORM,
        wasteExclude: [],
        layerShare: 0.5,
        top: 10,
        wholeContextDests: [],
      },
      { env: {}, registry: { fetch, readDockerConfig: async () => ({ config: undefined, name: '~/.docker/config.json' }) } },
    );
  }

  it('an intact blob is read: unpacked sizes, waste and the tree', async () => {
    const img = await registryWith((b) => b);
    expect(img.unpackedBytes).toBe(5000);
    expect(img.tree!.directories.find((d) => d.path === '/app/data')).toMatchObject({ bytes: 5000, files: 1 });
    expect(img.warnings.some((w) => /not downloaded/.test(w))).toBe(false);
  });

  it.each([
    [
      'one byte of file data changed',
      (b: Buffer) => flip(b, b.length - 1300),
      /the content of the layer sha256:[0-9a-f]{64} of .* does not match its digest/,
    ],
    ['a header byte changed', (b: Buffer) => flip(b, 600), /the layer sha256:[0-9a-f]{64} of .* is not readable: layer tar: /],
    ['truncated', (b: Buffer) => b.subarray(0, 1024), /sent 1024 bytes for the layer sha256:[0-9a-f]{64} of .*, the manifest declares \d+/],
    ['longer than declared', (b: Buffer) => Buffer.concat([b, Buffer.alloc(512)]), /sent more than the \d+ bytes the manifest declares/],
  ])('%s: one line, no figures', async (_name, tamper, message) => {
    const e = await registryWith(tamper).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).oneLine()).toMatch(message);
    expect((e as InputError).oneLine()).not.toMatch(/\n/);
  });
});
