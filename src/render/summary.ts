// The job summary's sections after the report (src/action/steps.ts assembles them): the trend, the tracking
// issue, the annotations GitHub did not show, a note, and the baseline search. Pure.
import { escapeMarkdown as esc } from './escape.js';

export interface SummaryExtras {
  trend?: string;
  tracking?: { number?: number; step: string };
  /** Annotations beyond GitHub's 10 per kind and step. */
  overflow: readonly { level: string; title: string; message: string }[];
  note?: string;
  /** Why stored baselines were skipped. */
  baselineSkipped: readonly string[];
}

export function renderSummaryExtras(x: SummaryExtras): string[] {
  const extra: string[] = [];
  if (x.trend) extra.push(x.trend);
  if (x.tracking) extra.push(`Tracking issue: #${x.tracking.number} (${x.tracking.step}).`);
  if (x.overflow.length > 0) extra.push(overflowSection(x.overflow));
  if (x.note) extra.push(`> [!NOTE]\n> ${x.note}`);
  if (x.baselineSkipped.length > 0) {
    extra.push(
      `<details><summary>Baseline search</summary>\n\n${x.baselineSkipped
        .slice(0, 50)
        .map((s) => `- ${esc(s)}`)
        .join('\n')}\n\n</details>`,
    );
  }
  return extra;
}

function overflowSection(rest: SummaryExtras['overflow']): string {
  const lines = rest.map((a) => `- ${a.level}: ${esc(a.title)}: ${esc(a.message)}`);
  return `<details><summary>${rest.length} more finding${rest.length > 1 ? 's' : ''} (GitHub shows 10 annotations of each kind per step)</summary>\n\n${lines.join('\n')}\n\n</details>`;
}
