// The image measurement for the GitHub Action: inputs as strings (`image`, `image-archive`, `registry`,
// `platform`, `waste-exclude`, `layer-share`), progress as log lines, and never an exception for bad input:
// an image that cannot be measured becomes an ImageError in the report, and the context figures stand.
import type { Measured } from '../targets/context.js';
import { InputError } from '../util/errors.js';
import { imageRequest } from '../targets/image.js';
import { DEFAULT_LAYER_SHARE, LAYER_SHARE_EXPECTED, parseLayerShare } from '../targets/layer-share.js';
import { measureImageResult } from '../image/sources/measure.js';
import type { ImageResult } from '../model/image.js';
import { DEFAULT_PLATFORM, parsePlatform, type PlatformChoice } from '../image/platform.js';
import { createProgress } from '../image/progress.js';

export interface ImageInputs {
  image?: string;
  imageArchive?: string;
  registry?: boolean;
  platform?: string;
  wasteExclude?: string[];
  /** A percentage, "50" or "50%". */
  layerShare?: string;
  top?: number;
}

/** Undefined when the inputs name no image. `log` gets progress lines (every 10 s of long work). */
export async function measureImageForAction(
  inputs: ImageInputs,
  measured: Measured,
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  log: (line: string) => void,
): Promise<ImageResult | undefined> {
  const image = inputs.image || undefined;
  const imageArchive = inputs.imageArchive || undefined;
  if (image === undefined && imageArchive === undefined) return undefined;
  const fail = (error: string): ImageResult => ({
    ok: false,
    source: imageArchive ? 'archive' : inputs.registry ? 'registry' : 'engine',
    reference: imageArchive ?? image ?? '',
    error,
  });
  let platform: PlatformChoice = DEFAULT_PLATFORM;
  let layerShare = DEFAULT_LAYER_SHARE;
  try {
    if (inputs.platform) platform = parsePlatform(inputs.platform);
    if (inputs.layerShare) {
      const share = parseLayerShare(inputs.layerShare.trim());
      if (share === undefined)
        throw new InputError(`input "layer-share" ${LAYER_SHARE_EXPECTED}, got ${JSON.stringify(inputs.layerShare)}`);
      layerShare = share;
    }
    if (inputs.registry && image === undefined) throw new InputError('input "registry" needs input "image"');
    const req = imageRequest(
      {
        image,
        imageArchive,
        registry: !!inputs.registry,
        platform,
        wasteExclude: inputs.wasteExclude ?? [],
        layerShare,
        top: inputs.top ?? 10,
      },
      measured,
      cwd,
    );
    const progress = createProgress({ mode: 'lines', write: (s) => log(s.replace(/\n$/, '')) });
    return await measureImageResult(req, { env, progress });
  } catch (e) {
    if (e instanceof InputError) return fail(e.oneLine().replace(/^--platform/, 'input "platform"'));
    return fail(`internal error: ${(e as Error).message.split('\n')[0]}`);
  }
}
