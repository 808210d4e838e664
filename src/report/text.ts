// The report for people at a terminal.
import type { Totals } from '../measure/tally.js';
import { formatBytes, formatCount } from '../util/units.js';
import type { Report, TargetReport } from './schema.js';

export function renderText(report: Report): string {
  return report.targets.map(renderTarget).join('\n');
}

function renderTarget(t: TargetReport): string {
  const out: string[] = [];
  const c = t.context;
  out.push(`Build context of ${printable(c.path)}`);
  out.push(`  ignore file: ${c.ignoreFile === null ? 'none (everything is sent)' : `${printable(c.ignoreFile)} (${c.patterns} patterns)`}`);
  out.push('');
  out.push(`  context   ${pad(formatBytes(c.bytes))}  ${counts(c)}`);
  if (t.copied) {
    const w = t.copied.wholeContext;
    const how = w.length > 0 ? `  whole context: ${w.map((i) => `${printable(i.instruction)} (${printable(t.copied!.dockerfile)}:${i.line})`).join(', ')}` : '';
    out.push(`  copied    ${pad(formatBytes(t.copied.bytes))}  ${counts(t.copied)}  [target ${printable(t.copied.target)}]${how}`);
  }
  if (c.largestFiles.length > 0) {
    out.push('', '  Largest files');
    for (const f of c.largestFiles) out.push(`    ${pad(formatBytes(f.bytes))}  ${printable(f.path)}`);
  }
  if (c.largestDirectories.length > 0) {
    out.push('', '  Largest directories');
    for (const d of c.largestDirectories) out.push(`    ${pad(formatBytes(d.bytes))}  ${printable(d.path)}/  (${formatCount(d.files)} files)`);
  }
  if (t.warnings.length > 0) {
    out.push('', '  Warnings');
    for (const w of t.warnings) out.push(`    ! ${printable(w)}`);
  }
  return out.join('\n') + '\n';
}

function counts(t: Totals): string {
  const parts = [`${formatCount(t.files)} files`, `${formatCount(t.symlinks)} symlinks`, `${formatCount(t.directories)} directories`];
  if (t.unreadable > 0) parts.push(`${formatCount(t.unreadable)} unreadable`);
  return parts.join(', ');
}

function pad(s: string): string {
  return s.padStart(9);
}

/** Control characters in file names must not drive the terminal. */
function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
