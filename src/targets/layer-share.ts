// The layer-share threshold of the image figures (--layer-share, input `layer-share`): its default and its
// parser. Pure; apart from src/targets/image.ts so that parsing the command line loads no image code (start-up).

export const DEFAULT_LAYER_SHARE = 0.5;

export const LAYER_SHARE_EXPECTED = 'must be a percentage above 0 and at most 100';

/** --layer-share / input `layer-share`: "50" or "50%" as a fraction (0.5); undefined when not above 0 and at most 100. */
export function parseLayerShare(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)%?$/.exec(text);
  if (!m || Number(m[1]) <= 0 || Number(m[1]) > 100) return undefined;
  return Number(m[1]) / 100;
}
