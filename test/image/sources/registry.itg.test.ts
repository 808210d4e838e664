// The registry source against Debian's docker-registry on loopback (started and stopped here): images
// pushed by the engine, a multi-platform index pushed by skopeo, basic and bearer-token auth, and bad
// answers (401, 404, 5xx, an OCI manifest that is not a container image). docker-registry refuses to store
// or serve a manifest of a media type it does not know, so that case is covered on an OCI layout
// (archive.test.ts) and in the unit tests of the media-type dispatch.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { measureImage, type ImageRequest } from '../../../src/image/sources/measure.js';
import type { ImageSection } from '../../../src/model/image.js';
import { DEFAULT_PLATFORM, parsePlatform } from '../../../src/image/platform.js';
import { InputError } from '../../../src/util/errors.js';
import {
  buildImage,
  docker,
  freePort,
  importBusybox,
  inspect,
  must,
  removeImages,
  skopeoBin,
  startRegistry,
  tempDir,
  uniqueTag,
  type Registry,
} from '../helpers.js';
import { writeLayout, type WrittenImage } from '../oci.js';
import { digestOf, getJson, htpasswdFile, pushBlob, putManifest, startTokenServer, type TokenServer } from '../registry-server.js';

const USER = 'dsg-user';
const PASSWORD = 'dsg-s3cret-Pa55word';

let host: string;
let work: string;
let open: Registry;
let basic: Registry;
let token: Registry;
let broken: Registry;
let tokens: TokenServer;
const created: string[] = [];
let baseRef: string;
let appRef: string;
let multiRef: string;
let multi: WrittenImage[];

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

const noConfig = async (): Promise<{ config: unknown; name: string }> => ({ config: undefined, name: '~/.docker/config.json' });

function measure(
  image: string,
  extra: Partial<ImageRequest> = {},
  env: Record<string, string> = {},
  config = noConfig,
): Promise<ImageSection> {
  return measureImage(request(image, extra), { env, registry: { readDockerConfig: config } });
}

async function failure(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(InputError);
  const line = (e as InputError).oneLine();
  expect(line).not.toMatch(/\n/);
  expect(line).not.toContain(PASSWORD);
  return line;
}

/** The same repository path on another registry instance (same storage, different auth). */
const on = (r: Registry, ref: string): string => ref.replace(open.host, r.host);

beforeAll(async () => {
  const h = inject('dockerHost');
  if (h === undefined) throw new Error(inject('engineError'));
  host = h;
  work = await tempDir('dsg-img-registry-');
  open = await startRegistry();
  // Build and push with the engine: a base, and an app FROM the base as the registry names it.
  const d = docker(host);
  const bb = await importBusybox(host, uniqueTag('bb'));
  created.push(bb);
  baseRef = `${open.host}/dsg/base:1`;
  await d.must(['tag', bb, baseRef]);
  created.push(baseRef);
  await d.must(['push', baseRef]);
  appRef = `${open.host}/dsg/app:1`;
  await buildImage(host, appRef, `FROM ${baseRef}\nCOPY . /app/\nRUN dd if=/dev/zero of=/app/zeros bs=1000 count=300\n`, {
    'model.bin': 200_000,
    'main.py': 900,
  });
  created.push(appRef);
  await d.must(['push', appRef]);
  // A multi-platform index, written by hand and pushed by skopeo.
  const layout = path.join(work, 'multi');
  multi = (
    await writeLayout(layout, [
      {
        platform: { os: 'linux', architecture: 'amd64' },
        layers: [
          { compression: 'gzip', createdBy: 'COPY . /', files: { app: 5000, lib: 3000 } },
          { compression: 'gzip', createdBy: 'RUN x', files: { x: 10 } },
        ],
      },
      {
        platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
        layers: [{ compression: 'gzip', createdBy: 'COPY . /', files: { app: 7000 } }],
      },
    ])
  ).images;
  multiRef = `${open.host}/dsg/multi:v1`;
  await must(skopeoBin(), ['copy', '-q', '--all', '--dest-tls-verify=false', `oci:${layout}:v1`, `docker://${multiRef}`]);
  // The same storage behind basic auth and behind bearer-token auth.
  const htpasswd = await htpasswdFile(work, USER, PASSWORD);
  basic = await startRegistry({ storage: open.storage, auth: `auth:\n  htpasswd:\n    realm: dsg-basic\n    path: ${htpasswd}` });
  tokens = await startTokenServer(work, USER, PASSWORD);
  token = await startRegistry({
    storage: open.storage,
    auth: `auth:\n  token:\n    realm: ${tokens.realm}\n    service: ${tokens.service}\n    issuer: ${tokens.issuer}\n    rootcertbundle: ${tokens.certFile}`,
  });
  // A registry whose storage is a file: every manifest request fails inside the registry (500).
  const notADir = path.join(work, 'not-a-directory');
  await writeFile(notADir, 'x');
  broken = await startRegistry({ rootDirectory: notADir });
});

afterAll(async () => {
  for (const r of [open, basic, token, broken]) await r?.stop();
  await tokens?.stop();
  if (host) await removeImages(host, created);
  if (work) await rm(work, { recursive: true, force: true });
});

describe('images pushed by the engine', () => {
  it("compressed sizes are the manifest's; the config and layer digests are the engine's; the base splits on the registry", async () => {
    const img = await measure(appRef, { base: baseRef });
    const manifest = (await getJson(open.host, 'dsg/app', 'manifests', '1', 'application/vnd.docker.distribution.manifest.v2+json'))
      .json as {
      config: { digest: string; size: number };
      layers: { digest: string; size: number; mediaType: string }[];
    };
    const info = await inspect(host, appRef);
    expect(img.source).toBe('registry');
    expect(img.id).toBe(manifest.config.digest);
    expect(img.id).toBe(info.Id);
    expect(img.layers.map((l) => [l.digest, l.compressedBytes, l.mediaType])).toEqual(
      manifest.layers.map((l) => [l.digest, l.size, l.mediaType]),
    );
    expect(img.compressedBytes).toBe(manifest.layers.reduce((s, l) => s + l.size, 0));
    expect(img.downloadBytes).toBe(manifest.config.size + img.compressedBytes!);
    expect(img.layers.map((l) => l.diffId)).toEqual(info.RootFS.Layers);
    expect(img.sizeBasis).toBe('compressed');
    expect(img.unpackedBytes).toBeNull();
    expect(img.waste).toBeNull();
    expect(img.base).toMatchObject({ reference: baseRef, layers: 1 });
    expect(img.own!.layers).toBe(2);
    expect(img.layers[1]!.flags).toContain('copies-whole-context');
    expect(img.digest).toBe(
      digestOf((await getJson(open.host, 'dsg/app', 'manifests', '1', 'application/vnd.docker.distribution.manifest.v2+json')).body),
    );
  });

  it('the CLI takes a reference with a registry host to the registry, and --format json carries the section', async () => {
    const ctx = await tempDir('dsg-img-ctx-');
    await writeFile(path.join(ctx, 'Dockerfile'), `FROM ${baseRef}\nCOPY . /app/\n`);
    const r = await runCli([ctx, '--image', appRef, '--format', 'json'], { cwd: work, env: {} });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const image = (JSON.parse(r.stdout) as { targets: { image: ImageSection }[] }).targets[0]!.image;
    expect(image).toMatchObject({
      ok: true,
      source: 'registry',
      reference: appRef,
      layerCount: 3,
      base: { reference: baseRef, layers: 1 },
    });
    const text = await runCli([ctx, '--image', appRef], { cwd: work, env: {} });
    expect(text.stdout).toMatch(/Image .*dsg\/app:1 \(registry, linux\/amd64\)/);
    expect(text.stdout).toMatch(/pull downloads/);
    await rm(ctx, { recursive: true, force: true });
  });
});

describe('a multi-platform index', () => {
  it.each([
    ['default (linux/amd64)', undefined, ['linux/amd64'], [0]],
    ['linux/arm64', 'linux/arm64', ['linux/arm64'], [1]],
    ['all', 'all', ['linux/amd64', 'linux/arm64'], [0, 1]],
  ])('--platform %s', async (_name, platform, platforms, which) => {
    const img = await measure(multiRef, platform ? { platform: parsePlatform(platform) } : {});
    const all = [img, ...img.otherPlatforms];
    expect(img.index?.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(all.map((i) => i.platform)).toEqual(platforms);
    expect(all.map((i) => i.compressedBytes)).toEqual(which.map((k) => multi[k]!.layers.reduce((s, l) => s + l.size, 0)));
    expect(all.map((i) => i.downloadBytes)).toEqual(
      which.map((k) => multi[k]!.configSize + multi[k]!.layers.reduce((s, l) => s + l.size, 0)),
    );
    expect(all.map((i) => i.digest)).toEqual(which.map((k) => multi[k]!.manifestDigest));
  });

  it('a platform the index lacks is a clear error', async () => {
    expect(await failure(measure(multiRef, { platform: parsePlatform('linux/ppc64le') }))).toMatch(
      /has no linux\/ppc64le image \(it has: linux\/amd64, linux\/arm64\); choose one with --platform/,
    );
  });
});

describe('authentication', () => {
  it.each([
    ['basic', () => basic],
    ['bearer token', () => token],
  ])('%s: anonymous is refused in one line; credentials from the environment work', async (_name, reg) => {
    const ref = on(reg(), appRef);
    expect(await failure(measure(ref))).toMatch(
      new RegExp(`the (registry ${reg().host}|token service of the registry ${reg().host}) refused`),
    );
    const env = {
      DOCKER_SIZE_GUARD_REGISTRY: reg().host,
      DOCKER_SIZE_GUARD_REGISTRY_USERNAME: USER,
      DOCKER_SIZE_GUARD_REGISTRY_PASSWORD: PASSWORD,
    };
    const img = await measure(ref, {}, env);
    expect(img.compressedBytes).toBe((await measure(appRef)).compressedBytes);
    expect(JSON.stringify(img)).not.toContain(PASSWORD);
    const wrong = { ...env, DOCKER_SIZE_GUARD_REGISTRY_PASSWORD: 'wrong-password' };
    const line = await failure(measure(ref, {}, wrong));
    expect(line).toMatch(/refused .*credentials from DOCKER_SIZE_GUARD_REGISTRY_USERNAME/);
    expect(line).not.toContain('wrong-password');
  });

  it('credentials from the docker config.json auths (basic, and for the token service)', async () => {
    for (const reg of [basic, token]) {
      const config = async (): Promise<{ config: unknown; name: string }> => ({
        config: { auths: { [reg.host]: { auth: Buffer.from(`${USER}:${PASSWORD}`).toString('base64') } } },
        name: '~/.docker/config.json',
      });
      const img = await measure(on(reg, appRef), {}, {}, config);
      expect(img.layerCount).toBe(3);
    }
    // The credentials went to the token service only as Basic auth; what it handed out is a token.
    expect(tokens.seen.filter((a) => a?.startsWith('Basic '))).not.toHaveLength(0);
  });

  it('the default config.json location is $DOCKER_CONFIG/config.json', async () => {
    const dir = path.join(work, 'docker-config');
    await mkdir(dir, { recursive: true });
    await writeFile(
      path.join(dir, 'config.json'),
      JSON.stringify({ auths: { [`http://${basic.host}`]: { username: USER, password: PASSWORD } } }),
    );
    const img = await measureImage(request(on(basic, appRef)), { env: { DOCKER_CONFIG: dir } });
    expect(img.layerCount).toBe(3);
  });
});

describe('bad answers are one clear line', () => {
  let artifactRef: string;
  let closedPort: number;
  beforeAll(async () => {
    closedPort = await freePort();
    // An OCI manifest whose config is not an image config (a Helm chart, say).
    const config = Buffer.from('{"name":"chart","version":"1.0.0"}');
    const layer = Buffer.from('not a layer');
    const cfgDigest = await pushBlob(open.host, 'dsg/chart', config);
    const layerDigest = await pushBlob(open.host, 'dsg/chart', layer);
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.cncf.helm.config.v1+json', digest: cfgDigest, size: config.length },
        layers: [{ mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip', digest: layerDigest, size: layer.length }],
      }),
    );
    const put = await putManifest(open.host, 'dsg/chart', '1', 'application/vnd.oci.image.manifest.v1+json', manifest);
    expect(put.status).toBe(201);
    artifactRef = `${open.host}/dsg/chart:1`;
  });

  it.each([
    [
      '404: no such tag',
      () => `${open.host}/dsg/app:no-such-tag`,
      /dsg\/app:no-such-tag not found on the registry 127\.0\.0\.1:\d+: 404 \(MANIFEST_UNKNOWN\)/,
    ],
    [
      '404: no such repository',
      () => `${open.host}/dsg/nothing:1`,
      /dsg\/nothing:1 not found on the registry 127\.0\.0\.1:\d+: 404 \((NAME|MANIFEST)_UNKNOWN\)/,
    ],
    ['5xx from the registry', () => `${broken.host}/dsg/app:1`, /the registry 127\.0\.0\.1:\d+ answered 500 \(UNKNOWN\) for /],
    [
      'not a container image (unknown config media type)',
      () => artifactRef,
      /is not a container image: its config has the unknown media type "application\/vnd\.cncf\.helm\.config\.v1\+json"/,
    ],
    ['registry unreachable', () => `127.0.0.1:${closedPort}/dsg/app:1`, /cannot reach the registry 127\.0\.0\.1:\d+: ECONNREFUSED/],
  ])('%s', async (_name, ref, message) => {
    expect(await failure(measure(ref()))).toMatch(message);
  });

  it('the CLI exits 2 with the one line', async () => {
    const ctx = await tempDir('dsg-img-ctx-');
    const r = await runCli([ctx, '--image', `${open.host}/dsg/app:no-such-tag`], { cwd: work, env: {} });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^docker-size-guard: .*not found on the registry .*\n$/);
    await rm(ctx, { recursive: true, force: true });
  });
});
