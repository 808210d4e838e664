// Writes the archives BuildKit's exporters write (`--output type=oci,dest=…`, `type=docker`, with
// `compression=zstd|gzip|uncompressed`), for an image that `docker save` exported: the Docker 20.10 engine
// here offers no oci/docker exporter to its embedded BuildKit ("exporter "oci" could not be found"), and
// there is no buildx, so they are made by hand after BuildKit v0.12's exporter/oci and containerd's
// images/archive.Export (core/images/archive/exporter.go):
//  - records sorted by name, duplicates dropped: "blobs/", "blobs/sha256/", "blobs/sha256/<hex>" (mode 0444),
//    "index.json" (0644), "manifest.json" (0644, type=docker only), "oci-layout" (0444, {"imageLayoutVersion":"1.0.0"});
//    plain ustar headers, uid/gid 0, no user names, mtime 0;
//  - index.json lists one descriptor with the image name annotations (io.containerd.image.name,
//    org.opencontainers.image.ref.name); with attestations (buildx's default provenance) it is an image index
//    blob holding the platform manifest and an attestation manifest (platform unknown/unknown,
//    vnd.docker.reference.type=attestation-manifest) whose layer is an in-toto statement (JSON);
//  - type=oci uses OCI media types; type=docker uses Docker's (manifest v2, rootfs.diff.tar.gzip) except
//    with zstd, where BuildKit forces OCI media types;
//  - the config is the image's own config, byte for byte (same image ID), the layers its layer tars compressed.
// Test-only; reads the `docker save` tar with GNU tar, compresses with zlib and the zstd CLI.
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { must, tempDir } from './helpers.js';

export interface BuildkitArchiveOptions {
  type: 'oci' | 'docker';
  compression: 'gzip' | 'zstd' | 'uncompressed';
  attestations: boolean;
  name: string;
}

export interface WrittenArchive {
  /** Sum of the layer blobs as stored. */
  layerBlobBytes: number;
  manifestDigest: string;
  configDigest: string;
}

const sha256 = (b: Buffer): string => 'sha256:' + createHash('sha256').update(b).digest('hex');

interface Rec {
  name: string;
  mode: number;
  dir: boolean;
  data: Buffer;
}

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0';
}

function header(r: Rec): Buffer {
  const h = Buffer.alloc(512);
  h.write(r.name, 0, 100, 'utf8');
  h.write(octal(r.mode, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  h.write(octal(r.dir ? 0 : r.data.length, 12), 124, 'ascii');
  h.write(octal(0, 12), 136, 'ascii');
  h.fill(0x20, 148, 156);
  h.write(r.dir ? '5' : '0', 156, 'ascii');
  h.write('ustar\u000000', 257, 'latin1');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal(sum, 7) + ' ', 148, 'ascii');
  return h;
}

function tar(records: Rec[]): Buffer {
  const sorted = [...records].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const parts: Buffer[] = [];
  let last = '';
  for (const r of sorted) {
    if (r.name === last) continue;
    last = r.name;
    parts.push(header(r));
    if (!r.dir && r.data.length > 0) {
      parts.push(r.data);
      const pad = (512 - (r.data.length % 512)) % 512;
      if (pad) parts.push(Buffer.alloc(pad));
    }
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

const OCI = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layer: {
    gzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    zstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    uncompressed: 'application/vnd.oci.image.layer.v1.tar',
  },
};
const DOCKER = {
  manifest: 'application/vnd.docker.distribution.manifest.v2+json',
  config: 'application/vnd.docker.container.image.v1+json',
  layer: {
    gzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    zstd: OCI.layer.zstd,
    uncompressed: 'application/vnd.docker.image.rootfs.diff.tar',
  },
};

/** Writes `out` (a tar) as BuildKit's exporter would for the single image in the `docker save` tar `saved`. */
export async function writeBuildkitArchive(saved: string, out: string, opts: BuildkitArchiveOptions): Promise<WrittenArchive> {
  const dir = await tempDir('dsg-bk-');
  try {
    await must('tar', ['-C', dir, '-xf', saved]);
    const [entry] = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { Config: string; Layers: string[] }[];
    const config = await readFile(path.join(dir, entry!.Config));
    const cfg = JSON.parse(config.toString('utf8')) as { os: string; architecture: string };
    const oci = opts.type === 'oci' || opts.compression === 'zstd';
    const types = oci ? OCI : DOCKER;
    const blobs = new Map<string, Buffer>();
    const put = (b: Buffer): { digest: string; size: number } => {
      const digest = sha256(b);
      blobs.set(digest, b);
      return { digest, size: b.length };
    };
    const layers = [];
    let layerBlobBytes = 0;
    for (const l of entry!.Layers) {
      const raw = await readFile(path.join(dir, l));
      let blob: Buffer = raw;
      if (opts.compression === 'gzip') blob = gzipSync(raw);
      else if (opts.compression === 'zstd') blob = (await must('zstd', ['-q', '-3', '-c', path.join(dir, l)])).raw;
      layerBlobBytes += blob.length;
      layers.push({ mediaType: types.layer[opts.compression], ...put(blob) });
    }
    const configDesc = { mediaType: types.config, ...put(config) };
    const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: types.manifest, config: configDesc, layers }));
    const manifestDesc = { mediaType: types.manifest, ...put(manifest) };
    const platform = { architecture: cfg.architecture, os: cfg.os };
    const nameAnnotations = {
      'io.containerd.image.name': `docker.io/library/${opts.name}:latest`,
      'org.opencontainers.image.ref.name': 'latest',
    };
    let top: object;
    if (opts.attestations) {
      const statement = Buffer.from(
        JSON.stringify({
          _type: 'https://in-toto.io/Statement/v0.1',
          predicateType: 'https://slsa.dev/provenance/v0.2',
          subject: [{ name: 'pkg:docker/x', digest: { sha256: manifestDesc.digest.slice(7) } }],
          predicate: { buildType: 'https://mobyproject.org/buildkit@v1' },
        }),
      );
      const stDesc = {
        mediaType: 'application/vnd.in-toto+json',
        ...put(statement),
        annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v0.2' },
      };
      const attCfg = {
        mediaType: OCI.config,
        ...put(
          Buffer.from(
            JSON.stringify({ architecture: 'unknown', os: 'unknown', config: {}, rootfs: { type: 'layers', diff_ids: [stDesc.digest] } }),
          ),
        ),
      };
      const att = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI.manifest, config: attCfg, layers: [stDesc] }));
      const attDesc = {
        mediaType: OCI.manifest,
        ...put(att),
        annotations: { 'vnd.docker.reference.digest': manifestDesc.digest, 'vnd.docker.reference.type': 'attestation-manifest' },
        platform: { architecture: 'unknown', os: 'unknown' },
      };
      const index = Buffer.from(
        JSON.stringify({ schemaVersion: 2, mediaType: OCI.index, manifests: [{ ...manifestDesc, platform }, attDesc] }),
      );
      top = { mediaType: OCI.index, ...put(index), annotations: nameAnnotations };
    } else top = { ...manifestDesc, annotations: nameAnnotations };
    const records: Rec[] = [
      { name: 'oci-layout', mode: 0o444, dir: false, data: Buffer.from('{"imageLayoutVersion":"1.0.0"}') },
      { name: 'index.json', mode: 0o644, dir: false, data: Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [top] })) }, // containerd's ociIndexRecord sets no mediaType
      { name: 'blobs/', mode: 0o755, dir: true, data: Buffer.alloc(0) },
      { name: 'blobs/sha256/', mode: 0o755, dir: true, data: Buffer.alloc(0) },
      ...[...blobs].map(([d, data]) => ({ name: `blobs/sha256/${d.slice(7)}`, mode: 0o444, dir: false, data })),
    ];
    if (opts.type === 'docker') {
      const m = [
        {
          Config: `blobs/sha256/${configDesc.digest.slice(7)}`,
          RepoTags: [`${opts.name}:latest`],
          Layers: layers.map((l) => `blobs/sha256/${l.digest.slice(7)}`),
        },
      ];
      records.push({ name: 'manifest.json', mode: 0o644, dir: false, data: Buffer.from(JSON.stringify(m)) });
    }
    await writeFile(out, tar(records));
    return { layerBlobBytes, manifestDigest: manifestDesc.digest, configDigest: configDesc.digest };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
