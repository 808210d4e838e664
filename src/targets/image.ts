// The image measurement of one target, shared by both front doors: which image, the Dockerfile's base image
// (from the plan the context measurement already made) for the base/own split, and the whole-context COPY
// destinations. Not pure: measuring reads the image's source.
import path from 'node:path';
import type { Measured } from './context.js';
import { destinationOf } from '../image/history.js';
import { measureImage, type ImageIo, type ImageRequest } from '../image/sources/measure.js';
import type { ImageSection } from '../model/image.js';

/** What a front door asks for (flags, inputs, a config target): the request's own fields, the archive as given. */
export type ImageOptions = Pick<
  ImageRequest,
  'image' | 'registry' | 'registryLayers' | 'platform' | 'wasteExclude' | 'layerShare' | 'top'
> & {
  imageArchive?: string;
};

/** Builds the request for a target's image from its measurement (the Dockerfile is not read again). */
export function imageRequest(o: ImageOptions, measured: Measured, cwd: string): ImageRequest {
  const req: ImageRequest = {
    image: o.image,
    archive: o.imageArchive === undefined ? undefined : { path: path.resolve(cwd, o.imageArchive), display: o.imageArchive },
    registry: o.registry,
    registryLayers: o.registryLayers ?? false,
    platform: o.platform,
    wasteExclude: o.wasteExclude,
    layerShare: o.layerShare,
    top: o.top,
    wholeContextDests: (measured.report.copied?.wholeContext ?? [])
      .map((i) => destinationOf(i.instruction))
      .filter((d): d is string => d !== undefined),
  };
  if (measured.base.reference !== undefined) req.base = measured.base.reference;
  else req.baseUnknownReason = measured.base.reason;
  return req;
}

export async function measureTargetImage(o: ImageOptions, measured: Measured, cwd: string, io: ImageIo): Promise<ImageSection> {
  return measureImage(imageRequest(o, measured, cwd), io);
}
