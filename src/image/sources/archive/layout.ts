// Finds the images an archive holds: the OCI image layout (index.json -> indexes -> manifests -> config and
// layer blobs; what `docker buildx build --output type=oci` and Docker 25+'s `docker save` write) or the
// classic `docker save` layout (manifest.json -> config and <id>/layer.tar). Works on any ArchiveFiles.
// Bounded: each digest is read and followed once, 10,000 descriptors per archive, 1,000 layers per image.
import { CONFIG_TYPES, INDEX_TYPES, MANIFEST_TYPES, OCI_INDEX, OCI_MANIFEST } from '../../media-types.js';
import { formatPlatform, platformMatches, type Platform, type PlatformChoice } from '../../platform.js';
import { sameReference } from '../../reference.js';
import { ArchiveError, type ArchiveFiles } from './read.js';

export interface ImageConfig {
  os?: string;
  architecture?: string;
  variant?: string;
  created?: string;
  history?: { created?: string; created_by?: string; comment?: string; empty_layer?: boolean }[];
  rootfs?: { type?: string; diff_ids?: string[] };
}

export interface FoundLayer {
  /** Archive path of the blob. */
  path: string;
  digest: string | null;
  mediaType: string | null;
  /** Size the manifest declares, when there is one. */
  size: number | null;
}

export interface FoundImage {
  /** Tags/names the archive gives it (RepoTags, ref-name annotations). */
  names: string[];
  platform: string | null;
  manifestDigest: string | null;
  configDigest: string | null;
  config: ImageConfig;
  layers: FoundLayer[];
}

export interface Found {
  /** The images selected, in archive order. */
  images: FoundImage[];
  /** A multi-platform index: its platforms (for the report). */
  index: { digest: string | null; platforms: string[] } | null;
}

/** Descriptors (indexes, manifests) an archive may hold in all; each digest is visited once whatever the fan-out. */
export const MAX_DESCRIPTORS = 10_000;
/** Layers one image may have: Docker loads at most 125 (moby's maxLayerDepth); more is not an image an engine runs. */
export const MAX_LAYERS = 1_000;

interface Descriptor {
  mediaType?: string;
  digest?: string;
  size?: number;
  platform?: { os?: string; architecture?: string; variant?: string };
  annotations?: Record<string, string>;
}

export function blobPath(digest: string): string {
  const [alg, hex] = digest.split(':');
  if (!alg || !hex || !/^[a-z0-9]+$/.test(alg) || !/^[a-zA-Z0-9=_-]+$/.test(hex))
    throw new ArchiveError(`bad digest ${JSON.stringify(digest)}`);
  return `blobs/${alg}/${hex}`;
}

/** Whether a descriptor is an attestation or signature, not a runnable image (BuildKit writes "unknown/unknown"). */
function isAttestation(d: Descriptor): boolean {
  return (
    d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
    (d.platform?.os === 'unknown' && d.platform?.architecture === 'unknown')
  );
}

export interface FindOptions {
  /** Pick the image with this name when the archive holds several. */
  reference?: string;
  platform: PlatformChoice;
}

export async function findImages(files: ArchiveFiles, opts: FindOptions): Promise<Found> {
  const index = await files.json('index.json');
  const manifest = await files.json('manifest.json');
  if (index !== undefined) return fromOciLayout(files, index, manifest, opts);
  if (manifest !== undefined) return fromDockerSave(files, manifest, opts);
  throw new ArchiveError(
    `${files.name}: not an image archive: it has neither index.json (OCI image layout) nor manifest.json (docker save)`,
  );
}

async function fromDockerSave(files: ArchiveFiles, manifest: unknown, opts: FindOptions): Promise<Found> {
  if (!Array.isArray(manifest)) throw new ArchiveError(`${files.name}: manifest.json is not a docker save manifest (expected a list)`);
  const all: FoundImage[] = [];
  if (manifest.length > MAX_DESCRIPTORS)
    throw new ArchiveError(`${files.name}: manifest.json lists ${manifest.length} images; refusing more than ${MAX_DESCRIPTORS}`);
  for (const m of manifest as { Config?: string; RepoTags?: string[] | null; Layers?: string[] }[]) {
    if (typeof m?.Config !== 'string' || !Array.isArray(m.Layers))
      throw new ArchiveError(`${files.name}: manifest.json entry without Config or Layers`);
    if (m.Layers.length > MAX_LAYERS)
      throw new ArchiveError(
        `${files.name}: manifest.json lists ${m.Layers.length} layers for one image; refusing more than ${MAX_LAYERS}`,
      );
    if (m.Layers.some((p) => typeof p !== 'string'))
      throw new ArchiveError(`${files.name}: manifest.json lists a layer that is not a path`);
    const config = await readConfig(files, m.Config);
    const configHex = /([a-f0-9]{64})(\.json)?$/.exec(m.Config)?.[1];
    all.push({
      names: m.RepoTags ?? [],
      platform: formatPlatform(platformOfConfig(config)),
      manifestDigest: null,
      configDigest: configHex ? `sha256:${configHex}` : null,
      config,
      layers: m.Layers.map((p) => {
        const hex = /^blobs\/sha256\/([a-f0-9]{64})$/.exec(p)?.[1];
        return { path: p, digest: hex ? `sha256:${hex}` : null, mediaType: null, size: null };
      }),
    });
  }
  return { images: choose(files, all, opts), index: null };
}

async function fromOciLayout(files: ArchiveFiles, index: unknown, dockerManifest: unknown, opts: FindOptions): Promise<Found> {
  const top = index as { manifests?: Descriptor[]; mediaType?: string };
  if (!Array.isArray(top?.manifests)) throw new ArchiveError(`${files.name}: index.json has no manifests list`);
  // Docker 25+ `docker save` also writes manifest.json; its RepoTags name the images.
  const tagsByConfig = new Map<string, string[]>();
  if (Array.isArray(dockerManifest)) {
    for (const m of dockerManifest as { Config?: string; RepoTags?: string[] | null }[]) {
      const hex = typeof m?.Config === 'string' ? /([a-f0-9]{64})(\.json)?$/.exec(m.Config)?.[1] : undefined;
      if (hex) tagsByConfig.set(`sha256:${hex}`, m.RepoTags ?? []);
    }
  }
  const all: FoundImage[] = [];
  let multi: Found['index'] = null;
  // Every digest is read and followed once: a DAG of indexes that all list each other's children would
  // otherwise be walked K^depth times.
  const visited = new Set<string>();
  let descriptors = 0;
  const visit = async (d: Descriptor, names: string[], depth: number): Promise<void> => {
    if (depth > 4) throw new ArchiveError(`${files.name}: indexes nested too deeply`);
    if (typeof d?.digest !== 'string') throw new ArchiveError(`${files.name}: a descriptor without a digest`);
    if (++descriptors > MAX_DESCRIPTORS)
      throw new ArchiveError(`${files.name}: the indexes list more than ${MAX_DESCRIPTORS} descriptors; refusing`);
    if (visited.has(d.digest)) return;
    visited.add(d.digest);
    const doc = (await files.json(blobPath(d.digest))) as
      | { mediaType?: string; manifests?: Descriptor[]; config?: Descriptor; layers?: Descriptor[] }
      | undefined;
    if (doc === undefined) {
      // An index may list platforms whose content the archive leaves out (an engine exports what it has).
      if (depth > 0) return;
      throw new ArchiveError(`${files.name}: blob ${d.digest} is missing from the archive`);
    }
    const type = d.mediaType ?? doc.mediaType ?? (Array.isArray(doc.manifests) ? OCI_INDEX : OCI_MANIFEST);
    if (INDEX_TYPES.has(type)) {
      const children = (doc.manifests ?? []).filter((c) => !isAttestation(c));
      if (children.length > 1 || children.some((c) => c.platform)) {
        multi = { digest: d.digest, platforms: children.map((c) => formatPlatform(c.platform as Platform) ?? 'unknown') };
      }
      for (const c of children) await visit(c, names, depth + 1);
      return;
    }
    if (!MANIFEST_TYPES.has(type))
      throw new ArchiveError(`${files.name}: manifest ${d.digest} has the unknown media type ${JSON.stringify(type)}`);
    if (Array.isArray(doc.layers) && doc.layers.length > MAX_LAYERS) {
      throw new ArchiveError(`${files.name}: manifest ${d.digest} lists ${doc.layers.length} layers; refusing more than ${MAX_LAYERS}`);
    }
    const cfg = doc.config;
    if (typeof cfg?.digest !== 'string') throw new ArchiveError(`${files.name}: manifest ${d.digest} has no config`);
    if (cfg.mediaType && !CONFIG_TYPES.has(cfg.mediaType)) {
      throw new ArchiveError(
        `${files.name}: manifest ${d.digest} is not a container image (config media type ${JSON.stringify(cfg.mediaType)})`,
      );
    }
    const config = await readConfig(files, blobPath(cfg.digest));
    all.push({
      names: [...names, ...(tagsByConfig.get(cfg.digest) ?? [])],
      platform: formatPlatform((d.platform as Platform | undefined) ?? platformOfConfig(config)),
      manifestDigest: d.digest,
      configDigest: cfg.digest,
      config,
      layers: (doc.layers ?? []).map((l) => ({
        path: blobPath(l.digest ?? ''),
        digest: l.digest ?? null,
        mediaType: l.mediaType ?? null,
        size: l.size ?? null,
      })),
    });
  };
  for (const d of top.manifests) {
    const names = [d.annotations?.['io.containerd.image.name'], d.annotations?.['org.opencontainers.image.ref.name']].filter(
      (x): x is string => !!x,
    );
    await visit(d, names, 0);
  }
  return { images: choose(files, all, opts), index: multi };
}

async function readConfig(files: ArchiveFiles, p: string): Promise<ImageConfig> {
  const c = (await files.json(p)) as ImageConfig | undefined;
  if (c === undefined) throw new ArchiveError(`${files.name}: image config ${p} is missing from the archive`);
  if (typeof c !== 'object' || c === null || !Array.isArray(c.rootfs?.diff_ids))
    throw new ArchiveError(`${files.name}: ${p} is not an image config (no rootfs.diff_ids)`);
  return c;
}

function platformOfConfig(c: ImageConfig): Platform | undefined {
  return c.os && c.architecture ? { os: c.os, architecture: c.architecture, variant: c.variant } : undefined;
}

function nameMatches(names: string[], ref: string): boolean {
  return names.some((n) => n === ref || sameReference(n, ref) || (!n.includes(':') && !n.includes('/') && ref.endsWith(`:${n}`)));
}

function choose(files: ArchiveFiles, all: FoundImage[], opts: FindOptions): FoundImage[] {
  if (all.length === 0) throw new ArchiveError(`${files.name}: the archive holds no image`);
  let pick = all;
  if (opts.reference !== undefined) {
    pick = all.filter((i) => nameMatches(i.names, opts.reference!));
    if (pick.length === 0) {
      const names = [...new Set(all.flatMap((i) => i.names))];
      throw new ArchiveError(
        `${files.name}: no image named ${opts.reference} in the archive (it has: ${names.join(', ') || 'untagged images only'})`,
      );
    }
  }
  const platforms = new Set(pick.map((i) => i.platform));
  if (opts.platform !== 'all' && (pick.length > 1 || platforms.size > 1)) {
    const want = opts.platform;
    const byPlatform = pick.filter((i) => i.platform !== null && platformMatches(want, parse(i.platform)));
    if (byPlatform.length === 0 && platforms.size > 1) {
      throw new ArchiveError(
        `${files.name}: no ${formatPlatform(want)} image in the archive (it has: ${[...platforms].join(', ')}); choose one with --platform`,
      );
    }
    if (byPlatform.length > 0) pick = byPlatform;
  }
  if (opts.platform !== 'all' && pick.length > 1) {
    pick = dedupeByPlatform(pick);
    if (pick.length > 1) {
      const names = pick.map((i) => i.names[0] ?? i.configDigest ?? '?');
      throw new ArchiveError(`${files.name}: the archive holds ${pick.length} images (${names.join(', ')}); choose one with --image NAME`);
    }
  }
  return pick;
}

function parse(p: string): Platform {
  const [os, architecture, variant] = p.split('/');
  return { os: os!, architecture: architecture!, variant };
}

/** The same image listed under several names counts once. */
function dedupeByPlatform(images: FoundImage[]): FoundImage[] {
  const byConfig = new Map<string, FoundImage>();
  for (const i of images) {
    const key = i.configDigest ?? String(byConfig.size);
    const have = byConfig.get(key);
    if (have) have.names.push(...i.names);
    else byConfig.set(key, i);
  }
  return [...byConfig.values()];
}

/** The config's diff IDs of the image with this name, for the base/own split; undefined when not in the archive. */
export async function diffIdsOf(files: ArchiveFiles, reference: string, platform: PlatformChoice): Promise<string[] | undefined> {
  try {
    const found = await findImages(files, { reference, platform: platform === 'all' ? { os: 'linux', architecture: 'amd64' } : platform });
    return found.images[0]?.config.rootfs?.diff_ids;
  } catch {
    return undefined;
  }
}
