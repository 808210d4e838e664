// Attaches the image section to each target the command line (or the config file) gives an image for.
// On the command line a bad image is bad input (InputError: exit 2).
import type { CliOptions } from './args.js';
import type { TargetSpec } from '../targets/targets.js';
import type { Config } from '../targets/config.js';
import type { Measured } from '../targets/context.js';
import { measureTargetImage, type ImageOptions } from '../targets/image.js';
import { DEFAULT_LAYER_SHARE } from '../targets/layer-share.js';
import { DEFAULT_PLATFORM } from '../image/platform.js';
import { createProgress } from '../image/progress.js';
import { progressMode } from '../util/progress-mode.js';

export interface CliImageIo {
  env: Readonly<Record<string, string | undefined>>;
  stderrIsTTY?: boolean;
  writeStderr?: (s: string) => void;
}

export async function measureTargetImages(
  opts: CliOptions,
  config: Config | undefined,
  specs: readonly TargetSpec[],
  measured: Measured[],
  cwd: string,
  io: CliImageIo,
): Promise<void> {
  if (opts.list) return;
  const progress = createProgress({
    write: io.writeStderr ?? (() => {}),
    mode: io.writeStderr ? progressMode(io.stderrIsTTY, io.env) : 'off',
  });
  for (let i = 0; i < specs.length; i++) {
    const fromConfig = config?.targets[i];
    const image = fromConfig ? fromConfig.image : opts.image;
    const imageArchive = fromConfig ? fromConfig.imageArchive : opts.imageArchive;
    if (image === undefined && imageArchive === undefined) continue;
    const o: ImageOptions = {
      image,
      imageArchive,
      registry: opts.registry,
      registryLayers: opts.registryLayers,
      platform: opts.platform ?? DEFAULT_PLATFORM,
      wasteExclude: opts.wasteExclude,
      layerShare: opts.layerShare ?? DEFAULT_LAYER_SHARE,
      top: opts.top,
    };
    measured[i]!.report.image = await measureTargetImage(o, measured[i]!, cwd, { env: io.env, progress });
  }
}
