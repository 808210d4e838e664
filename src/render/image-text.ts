// The image section for people at a terminal (called once from src/render/text.ts).
import { printable } from './format.js';
import { formatBytes } from '../util/units.js';
import { describeLayer } from '../image/history.js';
import type { ImageResult, LayerReport, MeasuredImage } from '../model/image.js';

export function renderImageText(image: ImageResult | undefined): string[] {
  if (!image) return [];
  if (!image.ok) return ['', `  Image ${printable(image.reference)} (${image.source}): could not be measured: ${printable(image.error)}`];
  const out: string[] = [];
  const all = [image as MeasuredImage, ...image.otherPlatforms];
  for (const img of all) {
    out.push('', `  Image ${printable(image.reference)} (${image.source}${img.platform ? `, ${img.platform}` : ''})`);
    out.push(...imageLines(img));
  }
  if (image.index) out.push(`    index ${image.index.digest ?? ''} lists ${image.index.platforms.join(', ')}`.trimEnd());
  for (const w of image.warnings) out.push(`    ! ${printable(w)}`);
  return out;
}

function imageLines(img: MeasuredImage): string[] {
  const out: string[] = [];
  const sizes: string[] = [];
  if (img.unpackedBytes !== null) sizes.push(`unpacked ${formatBytes(img.unpackedBytes)} (files)`);
  if (img.uncompressedBytes !== null) sizes.push(`uncompressed ${formatBytes(img.uncompressedBytes)} (layer tars)`);
  if (img.compressedBytes !== null) sizes.push(`compressed ${formatBytes(img.compressedBytes)}`);
  if (img.downloadBytes !== null) sizes.push(`pull downloads ${formatBytes(img.downloadBytes)} (config + layers)`);
  out.push(`    ${sizes.join(', ')}; ${img.layerCount} layer${img.layerCount === 1 ? '' : 's'}`);
  if (img.engineReportedBytes !== null)
    out.push(`    engine's own Size: ${formatBytes(img.engineReportedBytes)} (its meaning depends on the image store)`);
  if (img.base && img.own) {
    out.push(`    base ${printable(img.base.reference)}: ${split(img.base)}; own: ${split(img.own)}`);
  }
  const basis = img.sizeBasis === 'unpacked' ? 'unpacked' : 'compressed';
  out.push('', `    Layers (size ${basis})`);
  out.push(`      ${'#'.padStart(3)}  ${'size'.padStart(9)}  ${'share'.padStart(6)}  created by`);
  for (const l of img.layers) out.push(layerLine(l, img));
  const w = img.waste;
  if (w) {
    out.push(
      '',
      `    Wasted: ${formatBytes(w.reclaimableBytes)} reclaimable, efficiency ${pct(w.efficiency)}` +
        ` (dive: wastedBytes ${formatBytes(w.dive.wastedBytes)}, efficiency ${pct(w.dive.efficiency)}` +
        `${w.dive.wastedUserPercent === null ? '' : `, user wasted ${pct(w.dive.wastedUserPercent)}`})`,
    );
    if (w.excluded.length > 0) out.push(`      excluding ${w.excluded.map(printable).join(', ')}`);
    for (const p of w.topPaths) {
      out.push(
        `      ${formatBytes(p.reclaimableBytes).padStart(9)}  ${printable(p.path)}  (${p.cause} in layer ${p.removedIn.join(', ')}; added in ${p.addedIn.join(', ')})`,
      );
    }
  }
  return out;
}

function layerLine(l: LayerReport, img: MeasuredImage): string {
  const size = (img.sizeBasis === 'unpacked' ? l.unpackedBytes : (l.compressedBytes ?? l.uncompressedBytes)) ?? 0;
  const marks: string[] = [];
  if (l.base === true) marks.push('[base]');
  const flags: string[] = [];
  if (l.flags.includes('copies-whole-context')) flags.push('copies the whole build context');
  if (l.flags.includes('large-share')) flags.push(`over ${pct(img.layerShareThreshold)} of the image`);
  const gun = flags.length > 0 ? `  <-- ${flags.join('; ')}` : '';
  return `      ${String(l.index).padStart(3)}  ${formatBytes(size).padStart(9)}  ${pct(l.share).padStart(6)}  ${[...marks, printable(describeLayer(l))].join(' ')}${gun}`;
}

function split(s: { layers: number; unpackedBytes: number | null; compressedBytes: number | null }): string {
  const size = s.unpackedBytes ?? s.compressedBytes;
  return `${s.layers} layer${s.layers === 1 ? '' : 's'}${size === null ? '' : `, ${formatBytes(size)}`}`;
}

export function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
