// The size badge (input `badge: true`, on a push to the default branch): a shields.io endpoint JSON
// (https://shields.io/badges/endpoint-badge) for the image size, or the build context's when no image
// was measured. Pure; the pipeline writes it to the job summary, the `badge-json` output and an artifact.
// docs/action-modes.md shows how to publish it with the workflow's own token.
import type { Verdict } from '../model/verdict.js';
import { targetFigures } from '../model/baseline.js';
import { imageBytes } from '../model/figures.js';
import type { Report } from '../model/report.js';
import { formatBytes } from '../util/units.js';

export interface Badge {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
}

export const BADGE_FILE = 'docker-size-badge.json';

/** Summed over the targets: the image when every target's image was measured, else the build context. */
export function badgeFor(report: Report, verdict: Verdict | undefined): Badge {
  const images = report.targets.map((t) => {
    const image = targetFigures(t).image;
    return image ? imageBytes(image) : null;
  });
  const useImage = report.targets.length > 0 && images.every((b) => b !== null);
  const bytes = useImage ? images.reduce((a: number, b) => a + (b ?? 0), 0) : report.targets.reduce((a, t) => a + t.context.bytes, 0);
  const breaches = verdict?.breaches ?? [];
  const color = breaches.some((b) => b.level === 'fail' && b.acceptedBy === undefined)
    ? 'red'
    : breaches.length > 0
      ? 'yellow'
      : 'brightgreen';
  return { schemaVersion: 1, label: useImage ? 'image' : 'docker context', message: formatBytes(bytes), color };
}

export function badgeJson(b: Badge): string {
  return JSON.stringify(b) + '\n';
}

/** The job summary's section: the JSON and how a README shows it once published. */
export function badgeSection(b: Badge): string {
  return [
    '<details><summary>Size badge</summary>',
    '',
    '```json',
    badgeJson(b).trim(),
    '```',
    '',
    'Published as a file (see docs/action-modes.md, "Badge"), a README shows it with',
    '`![Docker size](https://img.shields.io/endpoint?url=<URL of the published JSON>)`.',
    '',
    '</details>',
  ].join('\n');
}
