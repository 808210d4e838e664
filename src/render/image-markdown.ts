// The image section of the markdown report (called once from src/render/markdown.ts). Everything that
// comes from the image (history, paths, references) is escaped.
import { markdownTable } from 'markdown-table';
import { escapeMarkdown as esc } from './escape.js';
import { detailsSection as section, sizeCell as size } from './html.js';
import { describeLayer } from '../image/history.js';
import type { ImageResult, MeasuredImage } from '../model/image.js';
import { pct } from './image-text.js';

/** `maxRows` caps the tables (the report trims details to fit GitHub's comment limit); 0 leaves only the summary. */
export function renderImageMarkdown(image: ImageResult | undefined, targetName: string, maxRows = 1000): string[] {
  if (!image) return [];
  if (!image.ok) {
    return [`> [!WARNING]\n> The image ${esc(image.reference)} (${image.source}) of ${esc(targetName)} could not be measured: ${esc(image.error)}`, ''];
  }
  const out: string[] = [];
  for (const img of [image as MeasuredImage, ...image.otherPlatforms]) {
    const title = `Image ${esc(image.reference)}${img.platform ? ` (${esc(img.platform)})` : ''}`;
    out.push(`#### ${title}`, '');
    out.push(summary(img, image.source), '');
    const guns = img.smokingGuns.map((i) => img.layers[i]!).filter((l) => l.flags.includes('copies-whole-context') || l.flags.includes('large-share'));
    if (guns.length > 0) {
      const lines = guns.map((l) => `layer ${l.index} (${pct(l.share)}): ${esc(describeLayer(l))}`);
      out.push(`> [!WARNING]\n> Smoking gun: ${lines.join('; ')}`, '');
    }
    if (maxRows === 0) continue;
    out.push(section(`Layers of ${title}`, layersTable(img, maxRows)));
    if (img.waste && img.waste.topPaths.length > 0) {
      const rows = [
        ['Reclaimable', 'Path', 'Lost by', 'Added in layer', 'Removed in layer'],
        ...img.waste.topPaths.slice(0, maxRows).map((p) => [size(p.reclaimableBytes), esc(p.path), p.cause, p.addedIn.join(', '), p.removedIn.join(', ')]),
      ];
      out.push(section(`Wasted space in ${title}`, markdownTable(rows, { align: ['r', 'l', 'l', 'r', 'r'] })));
    }
  }
  if (image.warnings.length > 0 && maxRows > 0) out.push(section('Image warnings', image.warnings.map((w) => `- ${esc(w)}`).join('\n')));
  return out;
}

function summary(img: MeasuredImage, source: string): string {
  const rows: string[][] = [['Figure', 'Value']];
  rows.push(['Source', source]);
  if (img.unpackedBytes !== null) rows.push(['Unpacked (files)', size(img.unpackedBytes)]);
  if (img.uncompressedBytes !== null) rows.push(['Uncompressed (layer tars)', size(img.uncompressedBytes)]);
  if (img.compressedBytes !== null) rows.push(['Compressed', size(img.compressedBytes)]);
  if (img.downloadBytes !== null) rows.push(['Pull downloads (config + layers)', size(img.downloadBytes)]);
  rows.push(['Layers', String(img.layerCount)]);
  if (img.base && img.own) {
    rows.push([`Base (${esc(img.base.reference)})`, `${img.base.layers} layers, ${size(img.base.unpackedBytes ?? img.base.compressedBytes ?? 0)}`]);
    rows.push(['Own layers', `${img.own.layers} layers, ${size(img.own.unpackedBytes ?? img.own.compressedBytes ?? 0)}`]);
  }
  if (img.waste) {
    rows.push(['Wasted (reclaimable)', `${size(img.waste.reclaimableBytes)}, efficiency ${pct(img.waste.efficiency)}`]);
    rows.push(["dive's wastedBytes / efficiency", `${size(img.waste.dive.wastedBytes)} / ${pct(img.waste.dive.efficiency)}`]);
  }
  return markdownTable(rows, { align: ['l', 'r'] });
}

function layersTable(img: MeasuredImage, maxRows: number): string {
  const rows = [['#', 'Size', 'Share', 'Created by', '']];
  // The largest layers when the table must be cut, shown in layer order.
  const shown = new Set([...img.layers].sort((a, b) => b.share - a.share).slice(0, maxRows).map((l) => l.index));
  for (const l of img.layers) {
    if (!shown.has(l.index)) continue;
    const s = (img.sizeBasis === 'unpacked' ? l.unpackedBytes : (l.compressedBytes ?? l.uncompressedBytes)) ?? 0;
    const notes: string[] = [];
    if (l.base === true) notes.push('base');
    if (l.flags.includes('copies-whole-context')) notes.push('copies the whole context');
    if (l.flags.includes('large-share')) notes.push(`over ${pct(img.layerShareThreshold)}`);
    rows.push([String(l.index), size(s), pct(l.share), esc(describeLayer(l)), notes.join(', ')]);
  }
  return markdownTable(rows, { align: ['r', 'r', 'r', 'l', 'l'] });
}

