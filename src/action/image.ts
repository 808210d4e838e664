// The image measurement for the GitHub Action: inputs as strings (`image`, `image-archive`, `registry`,
// `platform`, `waste-exclude`, `layer-share`), progress as log lines, and never an exception for bad input:
// an image that cannot be measured becomes an ImageError in the report, and the context figures stand.
import type { TargetReport } from '../model/report.js';
import { InputError } from '../util/errors.js';
import { DEFAULT_LAYER_SHARE, imageRequest, type TargetInfo } from '../targets/image.js';
import { measureImageResult } from '../image/measure.js';
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
  spec: TargetInfo,
  report: TargetReport,
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  log: (line: string) => void,
): Promise<ImageResult | undefined> {
  const image = inputs.image || undefined;
  const imageArchive = inputs.imageArchive || undefined;
  if (image === undefined && imageArchive === undefined) return undefined;
  const fail = (error: string): ImageResult => ({ ok: false, source: imageArchive ? 'archive' : inputs.registry ? 'registry' : 'engine', reference: imageArchive ?? image ?? '', error });
  let platform: PlatformChoice = DEFAULT_PLATFORM;
  let layerShare = DEFAULT_LAYER_SHARE;
  try {
    if (inputs.platform) platform = parsePlatform(inputs.platform);
    if (inputs.layerShare) {
      const m = /^(\d+(?:\.\d+)?)%?$/.exec(inputs.layerShare.trim());
      if (!m || Number(m[1]) <= 0 || Number(m[1]) > 100) throw new InputError(`input "layer-share" must be a percentage above 0 and at most 100, got ${JSON.stringify(inputs.layerShare)}`);
      layerShare = Number(m[1]) / 100;
    }
    if (inputs.registry && image === undefined) throw new InputError('input "registry" needs input "image"');
    const req = imageRequest(
      { image, imageArchive, registry: !!inputs.registry, platform, wasteExclude: inputs.wasteExclude ?? [], layerShare, top: inputs.top ?? 10 },
      spec,
      report,
      cwd,
    );
    const progress = createProgress({ mode: 'lines', write: (s) => log(s.replace(/\n$/, '')) });
    return await measureImageResult(req, { env, progress });
  } catch (e) {
    if (e instanceof InputError) return fail(e.oneLine().replace(/^--platform/, 'input "platform"'));
    return fail(`internal error: ${(e as Error).message.split('\n')[0]}`);
  }
}
