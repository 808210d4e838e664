// The engine source against a real Docker engine: images built here, figures checked against the engine's
// own `docker image inspect` / `docker history` numbers, a flattened `docker export`, and answers known by
// construction.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { measureImageForAction } from '../../../src/action/image.js';
import { measureImage, type ImageRequest } from '../../../src/image/sources/measure.js';
import { renderImageMarkdown } from '../../../src/render/image-markdown.js';
import { renderImageText } from '../../../src/render/image-text.js';
import type { TargetReport } from '../../../src/model/report.js';
import type { ImageSection } from '../../../src/model/image.js';
import { DEFAULT_PLATFORM } from '../../../src/image/platform.js';
import { InputError } from '../../../src/util/errors.js';
import { buildImage, flattenedBytes, historySizes, importBusybox, inspect, removeImages, uniqueTag } from '../helpers.js';

let host: string;
const created: string[] = [];
let bb: string;
let copies: string;
let whiteouts: string;

function request(image: string, extra: Partial<ImageRequest> = {}): ImageRequest {
  return {
    image,
    registry: false,
    platform: DEFAULT_PLATFORM,
    wasteExclude: [],
    layerShare: 0.5,
    top: 10,
    wholeContextDests: [],
    ...extra,
  };
}

function measure(image: string, extra: Partial<ImageRequest> = {}, dockerHost = host): Promise<ImageSection> {
  return measureImage(request(image, extra), { env: { DOCKER_HOST: dockerHost } });
}

beforeAll(async () => {
  const h = inject('dockerHost');
  if (h === undefined) throw new Error(inject('engineError'));
  host = h;
  bb = await importBusybox(host, uniqueTag('bb'));
  created.push(bb);
  copies = await buildImage(host, uniqueTag('copies'), 'FROM scratch\nCOPY a.bin /a.bin\nCOPY . /app/\nCOPY b.bin /a.bin\n', {
    'a.bin': 3000,
    'b.bin': 5000,
    'd/c.bin': 700,
  });
  created.push(copies);
  whiteouts = await buildImage(
    host,
    uniqueTag('whiteouts'),
    [
      `FROM ${bb}`,
      'RUN mkdir -p /data/sub && dd if=/dev/zero of=/data/big bs=1000 count=100 && dd if=/dev/zero of=/data/sub/x bs=1000 count=7 && dd if=/dev/zero of=/keep bs=1000 count=3',
      'ENV EMPTY=layer',
      'RUN rm -rf /data && dd if=/dev/zero of=/keep bs=1000 count=5',
      'RUN mkdir /data && echo hi > /data/new',
      '',
    ].join('\n'),
  );
  created.push(whiteouts);
});

afterAll(async () => {
  if (host) await removeImages(host, created);
});

describe('engine source: sizes agree with the engine', () => {
  it.each([
    ['FROM scratch + three COPY layers', () => copies],
    ['busybox base + RUN layers with whiteouts', () => whiteouts],
  ])('%s', async (_name, tag) => {
    const img = await measure(tag());
    const info = await inspect(host, tag());
    const history = (await historySizes(host, tag())).filter((h) => h.size > 0 || !/#\(nop\)|^(ENV|CMD|LABEL|WORKDIR) /.test(h.createdBy));
    expect(img.source).toBe('engine');
    expect(img.id).toBe(info.Id);
    expect(img.layerCount).toBe(info.RootFS.Layers.length);
    expect(img.layers.map((l) => l.diffId)).toEqual(info.RootFS.Layers);
    // On a graph-driver engine, Size is the unpacked size: the sum of the layers' files.
    expect(img.engineReportedBytes).toBe(info.Size);
    expect(img.unpackedBytes).toBe(info.Size);
    // docker history's per-layer SIZE, oldest first, for the entries that made a layer.
    expect(img.layers.map((l) => l.unpackedBytes)).toEqual(history.map((h) => h.size));
    // Shares add up to the whole.
    expect(img.layers.reduce((s, l) => s + l.share, 0)).toBeCloseTo(1, 9);
    // What the layers add minus what is reclaimable is what the flattened filesystem holds.
    expect(img.waste!.addedBytes - img.waste!.reclaimableBytes).toBe(await flattenedBytes(host, tag()));
  });
});

describe('engine source: answers known by construction', () => {
  it('COPY layers: the overwritten /a.bin is reclaimable; dive counts both copies; COPY . is the smoking gun', async () => {
    const img = await measure(copies, { base: 'scratch' });
    expect(img.layers.map((l) => l.unpackedBytes)).toEqual([3000, 3000 + 5000 + 700 + 62, 5000]);
    expect(img.waste!.reclaimableBytes).toBe(3000);
    expect(img.waste!.topPaths).toEqual([{ path: '/a.bin', reclaimableBytes: 3000, cause: 'overwritten', addedIn: [0], removedIn: [2] }]);
    expect(img.waste!.dive.wastedBytes).toBe(3000 + 5000);
    expect(img.layers[1]!.flags).toContain('copies-whole-context');
    expect(img.smokingGuns[0]).toBe(1);
    expect(img.base).toMatchObject({ reference: 'scratch', layers: 0, unpackedBytes: 0 });
    expect(img.own).toMatchObject({ layers: 3, unpackedBytes: img.unpackedBytes });
  });

  it('whiteouts: a deleted directory and an overwritten file are reclaimable; the base splits by digest', async () => {
    const img = await measure(whiteouts, { base: bb });
    const base = await inspect(host, bb);
    expect(img.layerCount).toBe(4);
    expect(img.waste!.reclaimableBytes).toBe(100_000 + 7_000 + 3_000);
    expect(img.waste!.topPaths.map((p) => [p.path, p.reclaimableBytes, p.cause])).toEqual([
      ['/data', 107_000, 'deleted'],
      ['/keep', 3_000, 'overwritten'],
    ]);
    // dive: /keep counts 3000 + 5000; a deleted directory's path is a leaf only once, so /data counts nothing.
    expect(img.waste!.dive.wastedBytes).toBe(8_000);
    expect(img.base).toMatchObject({ reference: bb, layers: 1, unpackedBytes: base.Size });
    expect(img.own).toMatchObject({ layers: 3, unpackedBytes: img.unpackedBytes! - base.Size });
    expect(img.layers[0]!.base).toBe(true);
    // The base layer holds most of the image but is not the project's smoking gun.
    expect(img.layers[0]!.share).toBeGreaterThan(0.5);
    expect(img.layers[0]!.flags).toEqual([]);
    expect(img.layers[1]!.createdBy).toContain('mkdir -p /data/sub');
  });

  it('--waste-exclude leaves paths out of every waste figure', async () => {
    const img = await measure(whiteouts, { wasteExclude: ['data'] });
    expect(img.waste!.reclaimableBytes).toBe(3_000);
    expect(img.waste!.topPaths.map((p) => p.path)).toEqual(['/keep']);
    const noKeep = await measure(whiteouts, { wasteExclude: ['/keep'] });
    expect(noKeep.waste!.dive.wastedBytes).toBe(0);
  });

  it('--layer-share flags any own layer over the threshold', async () => {
    const img = await measure(copies, { layerShare: 0.25 });
    expect(img.layers.filter((l) => l.flags.includes('large-share')).map((l) => l.index)).toEqual([1, 2]);
  });

  it('a base image the engine does not have is a warning, not an error', async () => {
    const img = await measure(whiteouts, { base: 'dsg-img-test-no-such-base:1' });
    expect(img.base).toBeNull();
    expect(img.warnings.join('\n')).toMatch(/dsg-img-test-no-such-base:1 could not be resolved/);
  });
});

describe('engine source: bad input is one clear line', () => {
  it.each([
    [
      'image not found',
      () => measure('dsg-img-test-does-not-exist:1'),
      /image not found on the Docker engine at unix:\/\/.*: dsg-img-test-does-not-exist:1/,
    ],
    [
      'daemon unreachable (the message names the socket)',
      () => measure(copies, {}, 'unix:///tmp/dsg-img-test-no-daemon.sock'),
      /cannot reach the Docker engine at unix:\/\/\/tmp\/dsg-img-test-no-daemon\.sock: ENOENT/,
    ],
    [
      'tcp daemon unreachable',
      () => measure(copies, {}, 'tcp://127.0.0.1:1'),
      /cannot reach the Docker engine at tcp:\/\/127\.0\.0\.1:1: ECONNREFUSED/,
    ],
  ])('%s', async (_name, fn, message) => {
    const err = await fn().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).oneLine()).toMatch(message);
    expect((err as InputError).oneLine()).not.toMatch(/\n/);
  });
});

describe('in the action: an image that cannot be measured never loses the report', () => {
  const report = { name: 'ctx', context: {}, copied: null, warnings: [] } as unknown as TargetReport;
  const measured = { report, listed: [], base: { reference: undefined, reason: 'no Dockerfile' } };
  it.each([
    ['not on the engine', { image: 'dsg-img-test-does-not-exist:1' }, {}, /image not found on the Docker engine/],
    [
      'engine unreachable',
      { image: 'x:1' },
      { DOCKER_HOST: 'unix:///tmp/dsg-img-test-no-daemon.sock' },
      /cannot reach the Docker engine at unix:\/\/\/tmp\/dsg-img-test-no-daemon\.sock/,
    ],
    ['a bad platform input', { image: 'x:1', platform: 'linux' }, {}, /input "platform" must be os\/arch/],
    ['a bad layer-share input', { image: 'x:1', layerShare: '200' }, {}, /input "layer-share" must be a percentage/],
  ])('%s: an ImageError, rendered as such', async (_name, inputs, env, message) => {
    const r = await measureImageForAction(inputs, measured, process.cwd(), { DOCKER_HOST: host, ...env }, () => {});
    expect(r).toMatchObject({ ok: false });
    expect((r as { error: string }).error).toMatch(message);
    expect(renderImageText(r).join('\n')).toMatch(/could not be measured: /);
    expect(renderImageMarkdown(r, 'ctx').join('\n')).toMatch(/could not be measured: /);
  });

  it('a good image is measured', async () => {
    const r = await measureImageForAction({ image: copies }, measured, process.cwd(), { DOCKER_HOST: host }, () => {});
    expect(r).toMatchObject({ ok: true, source: 'engine', layerCount: 3 });
    expect(await measureImageForAction({}, measured, process.cwd(), { DOCKER_HOST: host }, () => {})).toBeUndefined();
  });
});
