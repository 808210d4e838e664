// The image measurement of one target, from the command line (or a config file's target): which image,
// the Dockerfile's base image for the base/own split, and the whole-context COPY destinations.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolvePaths } from './resolve.js';
import type { TargetReport } from '../model/report.js';
import { displayPath } from '../util/paths.js';
import { baseImageOf } from '../image/base-ref.js';
import { destinationOf } from '../image/history.js';
import { measureImage, type ImageIo, type ImageRequest } from '../image/measure.js';
import type { ImageSection } from '../model/image.js';
import type { PlatformChoice } from '../image/platform.js';

export interface ImageOptions {
  image?: string;
  imageArchive?: string;
  registry: boolean;
  platform: PlatformChoice;
  wasteExclude: string[];
  /** 0..1 */
  layerShare: number;
  top: number;
}

export interface TargetInfo {
  context: string;
  file?: string;
  target?: string;
  buildArgs: Record<string, string>;
}

export const DEFAULT_LAYER_SHARE = 0.5;

/** Builds the request for a target's image. */
export function imageRequest(o: ImageOptions, spec: TargetInfo, report: TargetReport, cwd: string): ImageRequest {
  const req: ImageRequest = {
    image: o.image,
    archive: o.imageArchive === undefined ? undefined : { path: path.resolve(cwd, o.imageArchive), display: o.imageArchive },
    registry: o.registry,
    platform: o.platform,
    wasteExclude: o.wasteExclude,
    layerShare: o.layerShare,
    top: o.top,
    wholeContextDests: (report.copied?.wholeContext ?? []).map((i) => destinationOf(i.instruction)).filter((d): d is string => d !== undefined),
  };
  let dockerfile: string | undefined;
  try {
    dockerfile = resolvePaths(cwd, spec.context, spec.file).dockerfile;
  } catch {
    dockerfile = undefined;
  }
  if (dockerfile === undefined) {
    req.baseUnknownReason = 'no Dockerfile';
    return req;
  }
  let text: string;
  try {
    text = readFileSync(dockerfile, 'utf8');
  } catch (e) {
    req.baseUnknownReason = `cannot read ${displayPath(cwd, dockerfile)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
    return req;
  }
  const base = baseImageOf(text, displayPath(cwd, dockerfile), spec.target, spec.buildArgs);
  if (base.reference !== undefined) req.base = base.reference;
  else req.baseUnknownReason = base.reason;
  return req;
}

export async function measureTargetImage(o: ImageOptions, spec: TargetInfo, report: TargetReport, cwd: string, io: ImageIo): Promise<ImageSection> {
  return measureImage(imageRequest(o, spec, report, cwd), io);
}
