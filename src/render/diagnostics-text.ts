// The diagnostics section of the text report (src/render/text.ts calls both once per target): the paste-ready
// block for the first screen, the rest for the details. Pure.
import { printable } from './format.js';
import { formatBytes, formatCount } from '../util/units.js';
import type { Diagnostics, Finding, NeededBy } from '../model/diagnostics.js';
import { paint, PLAIN, wrap, type Terminal } from './terminal.js';

const MAX_DRIFT = 15;

/** The block to paste into the ignore file, with what it saves: never wrapped, so it can be copied as it is. */
export function renderFixBlockText(d: Diagnostics | undefined, t: Terminal = PLAIN): string[] {
  if (!d?.block) return [];
  const sv = d.savings;
  const how = d.block.create ? `Create ${printable(d.block.file)} with` : `Append to ${printable(d.block.file)}`;
  const out = [
    '',
    ...wrap(
      t,
      `  ${how} (or run again with --fix): saves ${formatBytes(sv.removed)}, the context goes from ${formatBytes(sv.before)} to ${formatBytes(sv.after)}`,
      4,
    ),
  ];
  for (const l of d.block.text.replace(/^\n/, '').replace(/\n$/, '').split('\n'))
    out.push(`    ${paint(t, l.startsWith('#') ? 'dim' : 'cyan', printable(l))}`);
  return out;
}

/** Everything but the block (see renderFixBlockText). */
export function renderDiagnosticsText(d: Diagnostics | undefined, t: Terminal = PLAIN): string[] {
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
    out.push(...wrap(t, `    ${'saves'.padStart(9)}  ${'files'.padStart(7)}  line`, 26));
    for (const s of d.suggestions) {
      // What the Dockerfile copies of it leaves the image (or a build stage) too: the most valuable lines.
      const notes = [
        ...(s.copiedBytes > 0 ? [`also removes ${formatBytes(s.copiedBytes)} from the image`] : []),
        ...(s.note ? [s.note] : []),
      ];
      const note = notes.length > 0 ? `  (${notes.join('; ')})` : '';
      out.push(
        ...wrap(
          t,
          `    ${pad(formatBytes(s.bytes))}  ${formatCount(s.files).padStart(7)}  ${(printable(s.line) + note).trimEnd()}`.replace(
            / +$/,
            '',
          ),
          26,
        ),
      );
    }
    const sv = d.savings;
    out.push(
      ...wrap(
        t,
        `    The block removes ${formatBytes(sv.removed)} (${formatCount(sv.removed)} bytes) in ${files(sv.removedFiles)}: ` +
          `the context goes from ${formatBytes(sv.before)} to ${formatBytes(sv.after)}.`,
        6,
      ),
    );
    if (d.block && d.block.contextGrowth > 0) {
      out.push(
        `    (${printable(d.block.file)} is in the context: the block itself adds ${formatCount(d.block.contextGrowth)} bytes to it.)`,
      );
    }
  }
  if (d.withheld.length > 0) {
    out.push('', '  Not suggested: the build needs part of what they would remove');
    for (const w of d.withheld) {
      const need = w.neededBy
        .map((n) => `${printable(n.instruction)} (${printable(n.file)}${n.line > 0 ? `:${n.line}` : ''}) needs ${printable(n.path)}`)
        .join('; ');
      out.push(...wrap(t, `    ${pad(formatBytes(w.bytes))}  ${printable(w.line)}  — ${need}`, 17));
    }
  }
  if (d.findings.length > 0) {
    out.push('', '  Findings');
    for (const f of d.findings) {
      const [first, ...rest] = wrap(t, `    ${f.severity.padEnd(7)}  ${where(f)}${printable(f.message)}`, 13);
      const color = f.severity === 'error' ? 'red' : f.severity === 'warning' ? 'yellow' : 'blue';
      out.push(first!.replace(f.severity, paint(t, color, f.severity)), ...rest);
    }
  }
  const drift = d.drift;
  if (drift.items.length > 0) {
    out.push('', `  .gitignore vs .dockerignore (what a fresh checkout in CI cannot show)`);
    for (const i of drift.items.slice(0, MAX_DRIFT)) {
      const what =
        i.status === 'present'
          ? `${formatBytes(i.bytes)} in ${files(i.files)} here${i.examples.length > 0 ? ` (${i.examples.map(printable).join(', ')})` : ''}`
          : 'nothing here now, and the ignore file would not exclude it';
      const line = i.dockerLine === '' ? '' : ` -> add "${printable(i.dockerLine)}"`;
      const need = i.neededBy && i.neededBy.length > 0 ? `; ${needText(i.neededBy[0]!)}` : '';
      out.push(
        ...wrap(
          t,
          `    ${i.status.padEnd(7)}  ${printable(i.file)}:${i.line} ${JSON.stringify(printable(i.pattern))}${line}: ${what}${need}`,
          13,
        ),
      );
    }
    if (drift.items.length > MAX_DRIFT) out.push(`    ... and ${drift.items.length - MAX_DRIFT} more (see --format json)`);
    if (drift.covered > 0) out.push(`    ${formatCount(drift.covered)} more gitignore rules are covered by the ignore file.`);
  }
  return out;
}

/** What keeps a gitignored path in the build, said as it is: a COPY, the build itself, or an exception of the ignore file. */
function needText(n: NeededBy): string {
  if (n.line === 0) return `${printable(n.instruction)} reads it (${printable(n.file)}), so a clean checkout cannot build`;
  if (/^the (exception|comment) /.test(n.instruction))
    return `${printable(n.file)}:${n.line} keeps it in the context (${printable(n.instruction)}), but a clean checkout lacks it`;
  return `${printable(n.file)}:${n.line} needs it (${printable(n.instruction)}), so a clean checkout cannot build`;
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
