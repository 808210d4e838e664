// The archive source: a `docker save` tar or an OCI image layout (tar or directory), read in one pass.
import type { RawImage, RawLayer } from '../../analyze.js';
import type { SourceOptions, SourceResult } from '../../source.js';
import { InputError } from '../../../util/errors.js';
import { diffIdsOf, findImages, type Found } from './layout.js';
import { ArchiveError, openArchive, type ArchiveFiles } from './read.js';

export async function archiveSource(
  file: string,
  display: string,
  reference: string | undefined,
  opts: SourceOptions,
): Promise<SourceResult> {
  opts.progress.start(`reading ${display}`);
  try {
    const files = await openArchive(file, display, (done, total) => opts.progress.update(done, total));
    const found = await findImages(files, { reference, platform: opts.platform });
    const images = await rawImagesOf(files, found);
    return {
      images,
      index: found.index,
      warnings: [],
      async resolveBase(ref) {
        const ids = await diffIdsOf(files, ref, opts.platform);
        return ids ? { diffIds: ids } : { reason: `${ref} is not in ${display}` };
      },
    };
  } catch (e) {
    if (e instanceof ArchiveError) throw new InputError(e.message);
    throw e;
  } finally {
    opts.progress.finish();
  }
}

/** The found images with every layer's scan joined in (sizes checked against what the manifests declare). */
export async function rawImagesOf(files: ArchiveFiles, found: Found, engineReportedBytes: number | null = null): Promise<RawImage[]> {
  const out: RawImage[] = [];
  for (const img of found.images) {
    const diffIds = img.config.rootfs?.diff_ids ?? [];
    if (diffIds.length !== img.layers.length) {
      throw new ArchiveError(`${files.name}: the image config lists ${diffIds.length} layers but the manifest ${img.layers.length}`);
    }
    const layers: RawLayer[] = [];
    for (const l of img.layers) {
      const scan = await files.layer(l.path);
      if (l.size !== null && l.size !== scan.blobBytes) {
        throw new ArchiveError(
          `${files.name}: layer ${l.digest ?? l.path} is ${scan.blobBytes} bytes but its manifest says ${l.size} (truncated or corrupt)`,
        );
      }
      layers.push({
        digest: l.digest,
        mediaType: l.mediaType,
        compression: scan.compression,
        blobBytes: scan.blobBytes,
        uncompressedBytes: scan.tarBytes,
        unpackedBytes: scan.unpackedBytes,
        files: scan.files,
        entries: scan.entries,
      });
    }
    out.push({
      platform: img.platform,
      id: img.configDigest,
      digest: img.manifestDigest,
      created: img.config.created ?? null,
      history: img.config.history ?? [],
      diffIds,
      layers,
      configBytes: null,
      engineReportedBytes,
      isPull: false,
    });
  }
  return out;
}
