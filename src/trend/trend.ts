// The scheduled regression report: a table of the last points and a chart GitHub renders (Mermaid
// xychart-beta), and whether growth over the window breaks a budget. Pure.
import { markdownTable } from 'markdown-table';
import { imageBytes, type BaselineFigures, type TargetFigures } from '../model/baseline.js';
import { escapeMarkdown as esc } from '../render/escape.js';
import { formatDelta } from '../render/format.js';
import { formatBytes } from '../util/units.js';

export interface TrendPoint {
  /** ISO date of the measurement. */
  date: string;
  commit: string;
  runUrl?: string;
  report: BaselineFigures;
}

type Figure = 'image' | 'context';

function figureOf(t: TargetFigures | undefined, f: Figure): number | null {
  if (!t) return null;
  return f === 'image' ? (t.image && imageBytes(t.image)) : t.context.bytes;
}

/** Names safe inside a Mermaid string and a code fence. */
function plain(s: string): string {
  return s.replace(/[^A-Za-z0-9 ._/#:-]/g, '_').slice(0, 60);
}

const MAX_CHARTS = 5;

export function renderTrend(points: readonly TrendPoint[]): string {
  if (points.length === 0) return '';
  const names = [...new Set(points.flatMap((p) => p.report.targets.map((t) => t.name)))];
  const out: string[] = [`### Size over the last ${points.length} measurement${points.length > 1 ? 's' : ''}`, ''];
  for (const name of names.slice(0, MAX_CHARTS)) {
    const targets = points.map((p) => p.report.targets.find((t) => t.name === name));
    const figure: Figure = targets.some((t) => figureOf(t, 'image') !== null) ? 'image' : 'context';
    const values = targets.map((t) => figureOf(t, figure));
    const known = values.filter((v): v is number => v !== null);
    if (known.length === 0) continue;
    const max = Math.max(...known) / 1e6;
    const top = max === 0 ? 1 : Number((max * 1.1).toPrecision(2));
    out.push(
      '```mermaid',
      'xychart-beta',
      `  title "${plain(name)}: ${figure === 'image' ? 'image' : 'build context'} (MB)"`,
      `  x-axis [${points.map((p) => `"${plain(p.date.slice(5, 10))}"`).join(', ')}]`,
      `  y-axis "MB" 0 --> ${top}`,
      `  line [${values.map((v) => (v === null ? 0 : Number((v / 1e6).toFixed(2)))).join(', ')}]`,
      '```',
      '',
    );
  }
  const header = ['Date', 'Commit', ...names.flatMap((n) => [`${esc(n)}: context`, ...(points.some((p) => figureOf(p.report.targets.find((t) => t.name === n), 'image') !== null) ? [`${esc(n)}: image`] : [])])];
  const rows = points.map((p) => {
    const date = p.date.slice(0, 10);
    const commit = /^[0-9a-f]{7,40}$/.test(p.commit) ? `\`${p.commit.slice(0, 7)}\`` : '';
    const cells = [p.runUrl && /^https:\/\/[^\s()<>]+$/.test(p.runUrl) ? `[${date}](${p.runUrl})` : esc(date), commit];
    for (const n of names) {
      const t = p.report.targets.find((x) => x.name === n);
      cells.push(t ? formatBytes(t.context.bytes) : '–');
      if (header.includes(`${esc(n)}: image`)) {
        const img = figureOf(t, 'image');
        cells.push(img === null ? '–' : formatBytes(img));
      }
    }
    return cells;
  });
  out.push(markdownTable([header, ...rows], { align: ['l', 'l', ...header.slice(2).map(() => 'r' as const)] }), '');
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const moves = names.map((n) => {
    const a = first.report.targets.find((t) => t.name === n);
    const b = last.report.targets.find((t) => t.name === n);
    if (!a || !b) return undefined;
    const d = b.context.bytes - a.context.bytes;
    return `**${esc(n)}**: build context ${formatDelta(d, a.context.bytes ? (d / a.context.bytes) * 100 : null)} since ${esc(first.date.slice(0, 10))}`;
  });
  out.push(...moves.filter((m): m is string => m !== undefined).map((m) => `- ${m}`), '');
  return out.join('\n');
}
