// The markdown report: what later becomes the pull-request comment and the job summary.
import { markdownTable } from 'markdown-table';
import { formatBytes, formatCount } from '../util/units.js';
import { escapeMarkdown as esc } from './escape.js';
import type { Report, TargetReport } from './schema.js';

export function renderMarkdown(report: Report): string {
  const out: string[] = ['## Docker build context', ''];
  const rows = [['Target', 'Context', 'Files', 'Copied by the Dockerfile', 'Ignore file']];
  for (const t of report.targets) {
    rows.push([
      esc(t.name),
      size(t.context.bytes),
      formatCount(t.context.files + t.context.symlinks),
      t.copied ? `${size(t.copied.bytes)} (${formatCount(t.copied.files + t.copied.symlinks)} files)` : 'n/a',
      t.context.ignoreFile === null ? 'none' : esc(t.context.ignoreFile),
    ]);
  }
  out.push(markdownTable(rows, { align: ['l', 'r', 'r', 'r', 'l'] }), '');
  for (const t of report.targets) out.push(...details(t));
  return out.join('\n') + '\n';
}

function details(t: TargetReport): string[] {
  const out: string[] = [];
  const whole = t.copied?.wholeContext ?? [];
  if (whole.length > 0) {
    const where = whole.map((i) => `line ${i.line}: ${esc(i.instruction)}`).join('; ');
    out.push(`> [!NOTE]\n> ${esc(t.copied!.dockerfile)} copies the whole context (${where}).`, '');
  }
  if (t.context.largestFiles.length > 0) {
    const rows = [['Size', 'File'], ...t.context.largestFiles.map((f) => [size(f.bytes), esc(f.path)])];
    out.push(section(`Largest files in ${esc(t.name)}`, markdownTable(rows, { align: ['r', 'l'] })));
  }
  if (t.context.largestDirectories.length > 0) {
    const rows = [
      ['Size', 'Files', 'Directory'],
      ...t.context.largestDirectories.map((d) => [size(d.bytes), formatCount(d.files), esc(d.path + '/')]),
    ];
    out.push(section(`Largest directories in ${esc(t.name)}`, markdownTable(rows, { align: ['r', 'r', 'l'] })));
  }
  if (t.warnings.length > 0) out.push(section('Warnings', t.warnings.map((w) => `- ${esc(w)}`).join('\n')));
  return out;
}

function section(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>\n`;
}

/** Human size with the exact byte count on hover. */
function size(bytes: number): string {
  return `<span title="${bytes} bytes">${formatBytes(bytes)}</span>`;
}
