// The diagnostics section of the text report (src/render/text.ts calls it once per target).
import { formatBytes, formatCount } from '../util/units.js';
import type { Diagnostics, Finding } from '../model/diagnostics.js';

const MAX_DRIFT = 15;

export function renderDiagnosticsText(d: Diagnostics | undefined): string[] {
  if (!d) return [];
  const out: string[] = [];
  const total = d.savings.before;

  if (d.families.length > 0 && total > 0) {
    out.push('', '  Where the bytes are');
    const width = Math.max(...d.families.map((f) => f.label.length));
    for (const f of d.families) {
      const pct = (f.bytes / total) * 100;
      const bar = '#'.repeat(Math.round(pct / 4));
      out.push(`    ${f.label.padEnd(width)}  ${pad(formatBytes(f.bytes))}  ${pct.toFixed(1).padStart(5)}%  ${bar}`.trimEnd());
    }
  }

  if (d.suggestions.length > 0) {
    out.push('', '  Suggested .dockerignore lines (savings of each line count the lines above it)');
    const width = Math.max(4, ...d.suggestions.map((s) => s.line.length));
    out.push(`    ${'saves'.padStart(9)}  ${'files'.padStart(7)}  ${'line'.padEnd(width)}  copied by the Dockerfile`);
    for (const s of d.suggestions) {
      const copied = s.copiedBytes > 0 ? formatBytes(s.copiedBytes) : '-';
      const note = s.note ? `  (${s.note})` : '';
      out.push(`    ${pad(formatBytes(s.bytes))}  ${formatCount(s.files).padStart(7)}  ${printable(s.line).padEnd(width)}  ${copied}${note}`);
    }
    const sv = d.savings;
    out.push(
      `    The block removes ${formatBytes(sv.removed)} (${formatCount(sv.removed)} bytes) in ${files(sv.removedFiles)}: ` +
        `the context goes from ${formatBytes(sv.before)} to ${formatBytes(sv.after)}.`,
    );
    if (d.block && d.block.contextGrowth > 0) {
      out.push(`    (${printable(d.block.file)} is in the context: the block itself adds ${formatCount(d.block.contextGrowth)} bytes to it.)`);
    }
  }
  if (d.block) {
    const how = d.block.create ? `Create ${printable(d.block.file)} with` : `Append to ${printable(d.block.file)}`;
    out.push('', `  ${how} (or run again with --fix):`);
    for (const l of d.block.text.replace(/^\n/, '').replace(/\n$/, '').split('\n')) out.push(`    ${printable(l)}`);
  }
  if (d.withheld.length > 0) {
    out.push('', '  Not suggested: the build needs part of what they would remove');
    for (const w of d.withheld) {
      const need = w.neededBy.map((n) => `${printable(n.instruction)} (${printable(n.file)}${n.line > 0 ? `:${n.line}` : ''}) needs ${printable(n.path)}`).join('; ');
      out.push(`    ${pad(formatBytes(w.bytes))}  ${printable(w.line)}  — ${need}`);
    }
  }
  if (d.findings.length > 0) {
    out.push('', '  Findings');
    for (const f of d.findings) out.push(`    ${f.severity.padEnd(7)}  ${where(f)}${printable(f.message)}`);
  }
  const drift = d.drift;
  if (drift.items.length > 0) {
    out.push('', `  .gitignore vs .dockerignore (what a fresh checkout in CI cannot show)`);
    for (const i of drift.items.slice(0, MAX_DRIFT)) {
      const what = i.status === 'present'
        ? `${formatBytes(i.bytes)} in ${files(i.files)} here${i.examples.length > 0 ? ` (${i.examples.map(printable).join(', ')})` : ''}`
        : 'nothing here now, and the ignore file would not exclude it';
      const line = i.dockerLine === '' ? '' : ` -> add "${printable(i.dockerLine)}"`;
      const need = i.neededBy && i.neededBy.length > 0 ? `; the Dockerfile needs it (${printable(i.neededBy[0]!.instruction)}), so a clean checkout cannot build` : '';
      out.push(`    ${i.status.padEnd(7)}  ${printable(i.file)}:${i.line} ${JSON.stringify(printable(i.pattern))}${line}: ${what}${need}`);
    }
    if (drift.items.length > MAX_DRIFT) out.push(`    ... and ${drift.items.length - MAX_DRIFT} more (see --format json)`);
    if (drift.covered > 0) out.push(`    ${formatCount(drift.covered)} more gitignore rules are covered by the ignore file.`);
  }
  return out;
}

function files(n: number): string {
  return `${formatCount(n)} file${n === 1 ? '' : 's'}`;
}

function where(f: Finding): string {
  if (f.file === undefined) return '';
  return `${printable(f.file)}${f.line !== undefined ? `:${f.line}` : ''}  `;
}

function pad(s: string): string {
  return s.padStart(9);
}

/** Control characters in file names must not drive the terminal. */
function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
