// The registry source: the manifest (or index, then the chosen platforms' manifests) and the config of an
// image, over the Registry HTTP API V2. Sizes are the blobs' as `docker pull` downloads them; layer
// contents are not downloaded, so there are no unpacked sizes and no waste figures.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { compressionOfMediaType, type RawImage } from '../../analyze.js';
import { DEFAULT_PLATFORM, formatPlatform, platformMatches, type Platform, type PlatformChoice } from '../../platform.js';
import { formatReference, manifestRef, parseReference, type ImageRef } from '../../reference.js';
import { CONFIG_TYPES, DOCKER_LIST, DOCKER_MANIFEST, OCI_INDEX, OCI_MANIFEST } from '../../media-types.js';
import type { SourceOptions, SourceResult } from '../../source.js';
import { InputError } from '../../../util/errors.js';
import { LayerError, LayerScanner } from '../../layer.js';
import { TarError } from '../../tar.js';
import { findCredentials } from './auth.js';
import { MAX_BODY, RegistryClient, type FetchFn, type RegistryResponse } from './client.js';
import { readCapped } from '../../../util/http.js';

const ACCEPT = [OCI_INDEX, DOCKER_LIST, OCI_MANIFEST, DOCKER_MANIFEST].join(', ');

interface Descriptor {
  mediaType?: string;
  digest?: string;
  size?: number;
  platform?: Platform;
  annotations?: Record<string, string>;
}

interface Config {
  os?: string;
  architecture?: string;
  variant?: string;
  created?: string;
  history?: RawImage['history'];
  rootfs?: { diff_ids?: string[] };
}

export interface RegistryIo {
  fetch?: FetchFn;
  /** Deadline of each request (default REQUEST_DEADLINE_MS, 120 s). */
  deadlineMs?: number;
  /** Reads the docker CLI's config.json; default: $DOCKER_CONFIG/config.json or ~/.docker/config.json. */
  readDockerConfig?: () => Promise<{ config: unknown; name: string }>;
}

async function defaultDockerConfig(env: Readonly<Record<string, string | undefined>>): Promise<{ config: unknown; name: string }> {
  const dir = env.DOCKER_CONFIG || path.join(env.HOME ?? '', '.docker');
  const file = path.join(dir, 'config.json');
  const name = env.DOCKER_CONFIG ? '$DOCKER_CONFIG/config.json' : '~/.docker/config.json';
  try {
    return { config: JSON.parse(await readFile(file, 'utf8')), name };
  } catch {
    return { config: undefined, name };
  }
}

export async function registrySource(reference: string, opts: SourceOptions, io: RegistryIo = {}): Promise<SourceResult> {
  const clients = new Map<string, RegistryClient>();
  const warnings: string[] = [];
  const clientFor = async (registry: string): Promise<RegistryClient> => {
    let c = clients.get(registry);
    if (!c) {
      const { config, name } = await (io.readDockerConfig ?? (() => defaultDockerConfig(opts.env)))();
      const creds = findCredentials(registry, opts.env, config, name);
      if (creds.note && !creds.credentials) warnings.push(creds.note);
      c = new RegistryClient(registry, creds, io.fetch, io.deadlineMs);
      clients.set(registry, c);
    }
    return c;
  };

  const ref = parseReference(reference);
  opts.progress.start(`fetching ${formatReference(ref)} from the registry`);
  let requests = 0;
  const tick = (): void => opts.progress.update(++requests);
  try {
    const client = await clientFor(ref.registry);
    const { images, index } = await fetchImages(client, ref, opts.platform, tick);
    if (opts.layerContents) {
      let done = 0;
      for (const img of images)
        for (const layer of img.layers)
          await readLayer(client, ref.repository, layer, formatReference(ref), (n) => opts.progress.update((done += n)));
    }
    return {
      images,
      index,
      warnings,
      async resolveBase(baseRef) {
        let r: ImageRef;
        try {
          r = parseReference(baseRef);
        } catch (e) {
          return { reason: (e as Error).message };
        }
        // The same source: the base is looked up on the image's registry only, never fetched from elsewhere.
        if (r.registry !== ref.registry) return { reason: `it is on ${r.registry}, not on ${ref.registry}` };
        try {
          const platform = opts.platform === 'all' ? parsePlatformOf(images[0]?.platform) : opts.platform;
          const found = await fetchImages(await clientFor(r.registry), r, platform, tick, true);
          return { diffIds: [...(found.images[0]?.diffIds ?? [])] };
        } catch (e) {
          return { reason: (e as Error).message };
        }
      },
    };
  } finally {
    opts.progress.finish();
  }
}

function parsePlatformOf(p: string | null | undefined): Platform {
  if (!p) return DEFAULT_PLATFORM;
  const [os, architecture, variant] = p.split('/');
  return { os: os!, architecture: architecture!, variant };
}

async function fetchImages(
  client: RegistryClient,
  ref: ImageRef,
  platform: PlatformChoice,
  tick: () => void,
  configOnly = false,
): Promise<{ images: RawImage[]; index: SourceResult['index'] }> {
  const name = formatReference(ref);
  const top = await getManifest(client, ref.repository, manifestRef(ref), name, ref.digest);
  tick();
  const kind = manifestKind(top.mediaType, top.json);
  if (kind === 'index') {
    const all = ((top.json as { manifests?: Descriptor[] }).manifests ?? []).filter(
      (d) =>
        d.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest' &&
        !(d.platform?.os === 'unknown' && d.platform?.architecture === 'unknown'),
    );
    const platforms = all.map((d) => formatPlatform(d.platform) ?? 'unknown');
    const chosen = platform === 'all' ? all : all.filter((d) => platformMatches(platform, d.platform)).slice(0, 1);
    if (chosen.length === 0) {
      throw new InputError(
        `${name} has no ${formatPlatform(platform as Platform)} image (it has: ${platforms.join(', ') || 'none'}); choose one with --platform`,
      );
    }
    const images: RawImage[] = [];
    for (const d of chosen) {
      if (typeof d.digest !== 'string') throw new InputError(`${name}: an index entry without a digest`);
      const m = await getManifest(client, ref.repository, d.digest, `${name} (${formatPlatform(d.platform) ?? d.digest})`, d.digest);
      tick();
      if (manifestKind(m.mediaType, m.json) !== 'manifest') {
        throw new InputError(`${name}: the index entry ${d.digest} has the unknown media type ${JSON.stringify(m.mediaType)}`);
      }
      images.push(await imageOf(client, ref.repository, m, formatPlatform(d.platform), name, tick));
      if (configOnly) break;
    }
    return { images, index: { digest: top.digest, platforms } };
  }
  if (kind === 'manifest') return { images: [await imageOf(client, ref.repository, top, null, name, tick)], index: null };
  if (kind === 'schema1') throw new InputError(`${name} has a Docker schema 1 manifest (${top.mediaType}), which is not supported`);
  throw new InputError(`${name} has a manifest of unknown media type ${JSON.stringify(top.mediaType)}`);
}

/**
 * Downloads one layer blob and scans it as it streams (nothing is kept but its entries): its bytes must be
 * the descriptor's size and hash to its digest, or the layer is refused.
 */
async function readLayer(
  client: RegistryClient,
  repository: string,
  layer: RawImage['layers'][number],
  name: string,
  progress: (n: number) => void,
): Promise<void> {
  const digest = layer.digest!;
  const what = `layer ${digest} of ${name}`;
  const res = await client.openBlob(repository, digest);
  if (res.status !== 200 || !res.body) {
    const body = await readCapped(res, MAX_BODY).catch(() => Buffer.alloc(0));
    throw client.failure({ status: res.status, headers: res.headers, body }, `the ${what}`);
  }
  const declared = layer.blobBytes ?? 0;
  const scanner = new LayerScanner(declared);
  const hash = digest.startsWith('sha256:') ? createHash('sha256') : undefined;
  let got = 0;
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      got += buf.length;
      if (got > declared)
        throw new InputError(`the registry ${client.registry} sent more than the ${declared} bytes the manifest declares for the ${what}`);
      hash?.update(buf);
      await scanner.write(buf);
      progress(buf.length);
    }
    if (got !== declared)
      throw new InputError(`the registry ${client.registry} sent ${got} bytes for the ${what}, the manifest declares ${declared}`);
    if (hash && `sha256:${hash.digest('hex')}` !== digest)
      throw new InputError(`${name}: the content of the ${what} does not match its digest`);
    const scan = await scanner.end();
    layer.compression = scan.compression;
    layer.uncompressedBytes = scan.tarBytes;
    layer.unpackedBytes = scan.unpackedBytes;
    layer.files = scan.files;
    layer.entries = scan.entries;
  } catch (e) {
    await (res.body as ReadableStream | null)?.cancel().catch(() => {});
    if (e instanceof LayerError) throw new InputError(`${name}: the ${what} is not readable: ${e.message}`);
    if (e instanceof TarError) throw new InputError(`${name}: the ${what} is not readable: layer tar: ${e.message}`);
    throw e;
  }
}

/**
 * What a manifest document is, by its media type (the body's mediaType, else the Content-Type); OCI allows
 * the field to be absent, and then the document's shape decides.
 */
export function manifestKind(mediaType: string, json: unknown): 'index' | 'manifest' | 'schema1' | 'unknown' {
  if (mediaType === OCI_INDEX || mediaType === DOCKER_LIST) return 'index';
  if (mediaType === OCI_MANIFEST || mediaType === DOCKER_MANIFEST) return 'manifest';
  if (/^application\/vnd\.docker\.distribution\.manifest\.v1\+(prettyjws|json)$/.test(mediaType)) return 'schema1';
  const doc = json as { schemaVersion?: number; manifests?: unknown; config?: unknown; layers?: unknown; fsLayers?: unknown } | null;
  if (
    (mediaType === '' || mediaType === 'application/json' || mediaType === 'application/octet-stream') &&
    doc &&
    typeof doc === 'object'
  ) {
    if (doc.schemaVersion === 1 && Array.isArray(doc.fsLayers)) return 'schema1';
    if (doc.schemaVersion === 2 && Array.isArray(doc.manifests)) return 'index';
    if (doc.schemaVersion === 2 && doc.config && Array.isArray(doc.layers)) return 'manifest';
  }
  return 'unknown';
}

interface Manifest {
  mediaType: string;
  digest: string;
  json: unknown;
  bytes: number;
}

async function getManifest(
  client: RegistryClient,
  repository: string,
  reference: string,
  name: string,
  expectDigest: string | null,
): Promise<Manifest> {
  const res = await client.get(repository, 'manifests', reference, ACCEPT);
  if (res.status !== 200) throw client.failure(res, name);
  const digest = verify(res, expectDigest, name);
  let json: unknown;
  try {
    json = JSON.parse(res.body.toString('utf8'));
  } catch {
    throw new InputError(`${name}: the registry ${client.registry} sent a manifest that is not JSON`);
  }
  const headerType = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
  const bodyType = (json as { mediaType?: string }).mediaType;
  // The body's own mediaType wins; a registry may send a generic content type.
  const mediaType = bodyType || (headerType === 'application/json' ? '' : headerType);
  return { mediaType, digest, json, bytes: res.body.length };
}

function verify(res: RegistryResponse, expect: string | null, name: string): string {
  const computed = `sha256:${createHash('sha256').update(res.body).digest('hex')}`;
  if (expect !== null && expect.startsWith('sha256:') && expect !== computed) {
    throw new InputError(`${name}: the content does not match its digest ${expect}`);
  }
  return res.headers.get('docker-content-digest') ?? computed;
}

async function imageOf(
  client: RegistryClient,
  repository: string,
  m: Manifest,
  platform: string | null,
  name: string,
  tick: () => void,
): Promise<RawImage> {
  const man = m.json as { config?: Descriptor; layers?: Descriptor[] };
  const cfg = man.config;
  if (typeof cfg?.digest !== 'string') throw new InputError(`${name}: the manifest has no config`);
  if (cfg.mediaType && !CONFIG_TYPES.has(cfg.mediaType)) {
    throw new InputError(`${name} is not a container image: its config has the unknown media type ${JSON.stringify(cfg.mediaType)}`);
  }
  const res = await client.get(repository, 'blobs', cfg.digest);
  tick();
  if (res.status !== 200) throw client.failure(res, `the config of ${name}`);
  verify(res, cfg.digest, `the config of ${name}`);
  let config: Config;
  try {
    config = JSON.parse(res.body.toString('utf8')) as Config;
  } catch {
    throw new InputError(`${name}: its config is not JSON`);
  }
  const layers = (man.layers ?? []).map((l) => {
    if (typeof l.digest !== 'string' || typeof l.size !== 'number')
      throw new InputError(`${name}: a layer descriptor without digest or size`);
    return {
      digest: l.digest,
      mediaType: l.mediaType ?? null,
      compression: l.mediaType ? compressionOfMediaType(l.mediaType) : null,
      blobBytes: l.size,
      uncompressedBytes: null,
      unpackedBytes: null,
      files: null,
      entries: null,
    };
  });
  const diffIds = config.rootfs?.diff_ids ?? [];
  if (diffIds.length !== layers.length)
    throw new InputError(`${name}: the config lists ${diffIds.length} layers but the manifest ${layers.length}`);
  return {
    platform:
      platform ??
      formatPlatform(
        config.os && config.architecture ? { os: config.os, architecture: config.architecture, variant: config.variant } : undefined,
      ),
    id: cfg.digest,
    digest: m.digest,
    created: config.created ?? null,
    history: config.history ?? [],
    diffIds,
    layers,
    configBytes: typeof cfg.size === 'number' ? cfg.size : res.body.length,
    engineReportedBytes: null,
    isPull: true,
  };
}
