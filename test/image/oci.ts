// Writes OCI image layouts by hand (GNU tar, gzip and zstd from Debian), for cases an engine cannot make:
// opaque directories, zstd layers, multi-platform indexes. Layers are described as file trees; a file
// named ".wh.NAME" or ".wh..wh..opq" becomes the whiteout entry it names.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { must, patterned, tempDir } from './helpers.js';

export interface LayerSpec {
  /** path -> byte count (patterned content), or '' for an empty file (whiteouts) */
  files: Record<string, number | ''>;
  compression: 'gzip' | 'zstd' | 'none';
  createdBy: string;
}

export interface ImageSpec {
  platform: { os: string; architecture: string; variant?: string };
  layers: LayerSpec[];
  /** History entries without a layer, after the layers' (ENV, CMD...). */
  emptyHistory?: string[];
}

export interface WrittenImage {
  manifestDigest: string;
  manifestSize: number;
  configDigest: string;
  configSize: number;
  layers: { digest: string; size: number; diffId: string; tarBytes: number; mediaType: string }[];
}

const MEDIA: Record<LayerSpec['compression'], string> = {
  gzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  zstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  none: 'application/vnd.oci.image.layer.v1.tar',
};

function sha256(b: Buffer): string {
  return 'sha256:' + createHash('sha256').update(b).digest('hex');
}

async function putBlob(layout: string, data: Buffer): Promise<string> {
  const digest = sha256(data);
  await mkdir(path.join(layout, 'blobs', 'sha256'), { recursive: true });
  await writeFile(path.join(layout, 'blobs', 'sha256', digest.slice(7)), data);
  return digest;
}

/** A layer tar made by GNU tar from a directory holding the spec's files (sorted, fixed times and owners). */
export async function layerTar(files: LayerSpec['files']): Promise<Buffer> {
  const dir = await tempDir('dsg-oci-layer-');
  try {
    for (const [p, n] of Object.entries(files)) {
      const full = path.join(dir, p);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, n === '' ? Buffer.alloc(0) : patterned(n, p));
    }
    const out = path.join(dir, '..', path.basename(dir) + '.tar');
    await must('tar', [
      '--format=posix',
      '--sort=name',
      '--mtime=@0',
      '--owner=0',
      '--group=0',
      '--numeric-owner',
      '--pax-option=delete=atime,delete=ctime',
      '-C',
      dir,
      '-cf',
      out,
      '.',
    ]);
    const buf = await readFile(out);
    await rm(out, { force: true });
    return buf;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function compress(tar: Buffer, how: LayerSpec['compression']): Promise<Buffer> {
  if (how === 'none') return tar;
  const r = await must(how === 'gzip' ? 'gzip' : 'zstd', how === 'gzip' ? ['-n', '-c'] : ['-q', '-c'], { input: tar });
  return r.raw;
}

export async function writeImage(layout: string, spec: ImageSpec): Promise<WrittenImage> {
  const layers: WrittenImage['layers'] = [];
  for (const l of spec.layers) {
    const tar = await layerTar(l.files);
    const blob = await compress(tar, l.compression);
    const digest = await putBlob(layout, blob);
    layers.push({ digest, size: blob.length, diffId: sha256(tar), tarBytes: tar.length, mediaType: MEDIA[l.compression] });
  }
  const config = Buffer.from(
    JSON.stringify({
      created: '2024-01-01T00:00:00Z',
      ...spec.platform,
      config: {},
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
      history: [
        ...spec.layers.map((l) => ({ created: '2024-01-01T00:00:00Z', created_by: l.createdBy })),
        ...(spec.emptyHistory ?? []).map((h) => ({ created: '2024-01-01T00:00:00Z', created_by: h, empty_layer: true })),
      ],
    }),
  );
  const configDigest = await putBlob(layout, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
      layers: layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size })),
    }),
  );
  const manifestDigest = await putBlob(layout, manifest);
  return { manifestDigest, manifestSize: manifest.length, configDigest, configSize: config.length, layers };
}

/** An OCI layout whose index.json lists one multi-platform index (tagged `tag`) over the images. */
export async function writeLayout(
  layout: string,
  images: ImageSpec[],
  tag = 'v1',
): Promise<{ images: WrittenImage[]; indexDigest: string }> {
  await mkdir(layout, { recursive: true });
  const written: WrittenImage[] = [];
  for (const s of images) written.push(await writeImage(layout, s));
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: written.map((w, i) => ({
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: w.manifestDigest,
        size: w.manifestSize,
        platform: images[i]!.platform,
      })),
    }),
  );
  const indexDigest = await putBlob(layout, index);
  await writeFile(path.join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  await writeFile(
    path.join(layout, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.index.v1+json',
          digest: indexDigest,
          size: index.length,
          annotations: { 'org.opencontainers.image.ref.name': tag },
        },
      ],
    }),
  );
  return { images: written, indexDigest };
}
