// Measures an image from the source the request names and turns it into the report's image section.
// The sources sit behind the port in src/image/source.ts and are chosen from one registry, SOURCES (dive's
// resolver pattern, dive/image/resolver.go GetImageResolver): a new source is one adapter under
// src/image/sources/ plus one entry here (and its name in ImageSource, src/model/image.ts).
// measureImage throws InputError (the CLI exits 2); measureImageResult never does for bad input and returns
// an ImageError instead, so that a report (the action's) keeps its other figures. Not pure: the sources do I/O.
import { archiveSource } from './archive/archive.js';
import { engineSource } from './engine/engine.js';
import { registrySource, type RegistryIo } from './registry/registry.js';
import { InputError } from '../../util/errors.js';
import { analyzeImage, type BaseImage } from '../analyze.js';
import type { ImageError, ImageResult, ImageSection, ImageSource } from '../../model/image.js';
import { DEFAULT_PLATFORM, platformMatches, type Platform, type PlatformChoice } from '../platform.js';
import { parseReference } from '../reference.js';
import { NO_PROGRESS, type ProgressReporter, type SourceOptions, type SourceResult } from '../source.js';

export interface ImageRequest {
  /** --image REF (the engine's, or the registry's when REF names a registry host or `registry` is set). */
  image?: string;
  /** --image-archive PATH (resolved) and how to show it. */
  archive?: { path: string; display: string };
  registry: boolean;
  /** From a registry, download and read the layers too (otherwise only manifests and configs are fetched). */
  registryLayers?: boolean;
  platform: PlatformChoice;
  wasteExclude: string[];
  /** 0..1 */
  layerShare: number;
  top: number;
  /** The target stage's FROM, when the Dockerfile is known. */
  base?: string;
  baseUnknownReason?: string;
  wholeContextDests: string[];
}

export interface ImageIo {
  env: Readonly<Record<string, string | undefined>>;
  progress?: ProgressReporter;
  registry?: RegistryIo;
}

/** Opens the image a request names on one source. */
type OpenSource = (req: ImageRequest, opts: SourceOptions, io: ImageIo) => Promise<SourceResult>;

/** The registry of image sources: one entry per source. */
export const SOURCES: Record<ImageSource, OpenSource> = {
  archive: (req, opts) => archiveSource(req.archive!.path, req.archive!.display, req.image, opts),
  registry: (req, opts, io) => registrySource(req.image!, opts, io.registry),
  engine: (req, opts) => engineSource(req.image!, opts),
};

/** Which source a request names: an archive path, `registry: true`, a reference naming a registry host, else the engine. */
export function sourceOf(req: ImageRequest): ImageSource {
  if (req.archive) return 'archive';
  if (req.registry) return 'registry';
  return parseReference(req.image!).explicitRegistry ? 'registry' : 'engine';
}

export async function measureImage(req: ImageRequest, io: ImageIo): Promise<ImageSection> {
  const source = sourceOf(req);
  const opts: SourceOptions = {
    platform: req.platform,
    env: io.env,
    progress: io.progress ?? NO_PROGRESS,
    layerContents: req.registryLayers === true,
  };
  const found = await SOURCES[source](req, opts, io);

  const warnings = [...found.warnings];
  let base: BaseImage | undefined;
  if (req.base !== undefined) {
    if (req.base === 'scratch') base = { reference: 'scratch', diffIds: [] };
    else {
      const r = await found.resolveBase(req.base);
      if ('diffIds' in r) base = { reference: req.base, diffIds: r.diffIds };
      else warnings.push(`base image ${req.base} could not be resolved on the same source (${r.reason}): the base/own split is left out`);
    }
  } else if (req.baseUnknownReason) warnings.push(`base image unknown (${req.baseUnknownReason}): the base/own split is left out`);

  const images = found.images.map((raw) => {
    const a = analyzeImage(raw, {
      layerShare: req.layerShare,
      base,
      wholeContextDests: req.wholeContextDests,
      wasteExclude: req.wasteExclude,
      top: req.top,
    });
    warnings.push(...a.warnings.map((w) => (found.images.length > 1 && raw.platform ? `${raw.platform}: ${w}` : w)));
    return a.image;
  });
  if (source === 'registry' && !req.registryLayers)
    warnings.push(
      'layer contents are not downloaded from a registry: unpacked sizes and waste are not measured (use --registry-layers, --image-archive or the engine for those)',
    );
  // The platform asked for (linux/amd64 by default) leads; the others follow.
  const lead = Math.max(
    0,
    images.findIndex(
      (i) =>
        i.platform !== null && platformMatches(req.platform === 'all' ? DEFAULT_PLATFORM : req.platform, parsePlatformString(i.platform)),
    ),
  );
  const first = images[lead];
  if (!first) throw new InputError(`${req.archive?.display ?? req.image}: no image found`);
  return {
    ok: true,
    source,
    reference: source === 'archive' ? req.archive!.display : req.image!,
    index: found.index,
    ...first,
    otherPlatforms: images.filter((_, i) => i !== lead),
    warnings: [...new Set(warnings)],
  };
}

function parsePlatformString(p: string): Platform {
  const [os, architecture, variant] = p.split('/');
  return { os: os!, architecture: architecture!, variant };
}

export async function measureImageResult(req: ImageRequest, io: ImageIo): Promise<ImageResult> {
  const reference = req.archive?.display ?? req.image ?? '';
  let source: ImageSource = req.archive ? 'archive' : 'engine';
  try {
    source = sourceOf(req);
    return await measureImage(req, io);
  } catch (e) {
    const message = e instanceof InputError ? e.oneLine() : `internal error: ${(e as Error).message.split('\n')[0]}`;
    const err: ImageError = { ok: false, source, reference, error: message };
    return err;
  }
}
