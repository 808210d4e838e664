// The image section of the markdown report (called once from src/render/markdown.ts). Everything that
// comes from the image (history, paths, references) is escaped.
import { markdownTable } from 'markdown-table';
import type { Limit } from '../util/size.js';
import type { ImagePathChange, TargetComparison } from '../model/comparison.js';
import { escapeMarkdown as esc } from './escape.js';
import { formatDelta, formatLimit } from './format.js';
import type { TargetReport } from '../model/report.js';
import { detailsSection as section, sizeCell as size } from './html.js';
import { describeLayer, shortInstruction } from '../image/history.js';
import type { ImageResult, MeasuredImage } from '../model/image.js';
import { contextOrigin } from '../image/provenance.js';
import { pct } from './image-text.js';

/** `maxRows` caps the tables (the report trims details to fit GitHub's comment limit); 0 leaves only the summary. */
export function renderImageMarkdown(image: ImageResult | undefined, targetName: string, maxRows = 1000): string[] {
  if (!image) return [];
  if (!image.ok) {
    return [
      `> [!WARNING]\n> The image ${esc(image.reference)} (${image.source}) of ${esc(targetName)} could not be measured: ${esc(image.error)}`,
      '',
    ];
  }
  const out: string[] = [];
  for (const img of [image as MeasuredImage, ...image.otherPlatforms]) {
    const title = `Image ${esc(image.reference)}${img.platform ? ` (${esc(img.platform)})` : ''}`;
    out.push(`#### ${title}`, '');
    out.push(summary(img, image.source), '');
    const guns = img.smokingGuns
      .map((i) => img.layers[i]!)
      .filter((l) => l.flags.includes('copies-whole-context') || l.flags.includes('large-share'));
    if (guns.length > 0) {
      const lines = guns.map((l) => `layer ${l.index} (${pct(l.share)}): ${esc(describeLayer(l))}`);
      out.push(`> [!WARNING]\n> Smoking gun: ${lines.join('; ')}`, '');
    }
    if (maxRows === 0) continue;
    out.push(section(`Layers of ${title}`, layersTable(img, maxRows)));
    if (img.waste && img.waste.topPaths.length > 0) {
      const rows = [
        ['Reclaimable', 'Path', 'Lost by', 'Added in layer', 'Removed in layer'],
        ...img.waste.topPaths
          .slice(0, maxRows)
          .map((p) => [size(p.reclaimableBytes), esc(p.path), p.cause, p.addedIn.join(', '), p.removedIn.join(', ')]),
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
    rows.push([
      `Base (${esc(img.base.reference)})`,
      `${img.base.layers} layer${img.base.layers === 1 ? '' : 's'}, ${size(img.base.unpackedBytes ?? img.base.compressedBytes ?? 0)}`,
    ]);
    rows.push([
      'Own layers',
      `${img.own.layers} layer${img.own.layers === 1 ? '' : 's'}, ${size(img.own.unpackedBytes ?? img.own.compressedBytes ?? 0)}`,
    ]);
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
  const shown = new Set(
    [...img.layers]
      .sort((a, b) => b.share - a.share)
      .slice(0, maxRows)
      .map((l) => l.index),
  );
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

/**
 * "What grew in the image": the paths inside the image that moved most against the baseline, each with the
 * layer that wrote the bytes and, for a COPY from the build context, the context path they came from.
 * Collapsed to one line when nothing moved by min-change; absent unless both reports have the tree index.
 */
export function renderImageGrowthMarkdown(t: TargetReport, c: TargetComparison | undefined, minChange: Limit, maxRows: number): string[] {
  if (!c || !c.imagePathsCompared || maxRows === 0) return [];
  const name = esc(t.name);
  if (c.imagePaths.length === 0) {
    return [
      `<details><summary>${name}: nothing inside the image moved by ${esc(formatLimit(minChange))} or more</summary>\n\nCompared path by path with the baseline's image (every directory to depth 4, the 200 largest directories and files).\n\n</details>\n`,
    ];
  }
  const culprits = new Map<string, { family: string; bytes: number | null }>();
  const rows = [['Path', 'Before', 'After', 'Δ', 'Added by']];
  for (const p of c.imagePaths.slice(0, maxRows)) {
    const origin = p.delta > 0 ? contextOrigin(p.path, p.createdBy, t) : undefined;
    if (origin?.family)
      culprits.set(origin.contextPath + (p.kind === 'directory' ? '/' : ''), { family: origin.family, bytes: origin.bytes });
    rows.push([
      esc(p.path + (p.kind === 'directory' ? '/' : '')) + (p.status === 'new' ? ' (new)' : p.status === 'gone' ? ' (gone)' : ''),
      p.status === 'new' ? '–' : size(p.baseline),
      p.status === 'gone' ? '–' : size(p.current),
      formatDelta(p.delta, p.status === 'new' ? null : (p.delta / p.baseline) * 100),
      addedBy(p, origin),
    ]);
  }
  const body = [markdownTable(rows, { align: ['l', 'r', 'r', 'r', 'l'] })];
  if (culprits.size > 0) {
    const list = [...culprits].map(
      ([path, k]) => `${esc(k.family.toLowerCase())} (${esc(path)}${k.bytes === null ? '' : `, ${size(k.bytes)}`})`,
    );
    body.push(
      '',
      `> [!WARNING]\n> Culprits from the build context are in the image: ${list.join('; ')}. The suggested \`.dockerignore\` lines below keep them out of the context and the image.`,
    );
  }
  const moved = c.imagePaths.length;
  return [
    `#### ${name}: what grew in the image`,
    '',
    `${moved} path${moved === 1 ? '' : 's'} inside the image moved by ${esc(formatLimit(minChange))} or more since the baseline:`,
    '',
    ...body,
    '',
  ];
}

function addedBy(p: ImagePathChange, origin: ReturnType<typeof contextOrigin>): string {
  if (p.layer === null) return '–';
  const where = p.layerOf === 'current' ? `layer ${p.layer}` : `baseline layer ${p.layer}`;
  const what = p.createdBy === null ? '' : `: ${esc(shortInstruction(p.createdBy, 60))}`;
  if (!origin) return p.layerOf === 'current' ? `${where}${what}` : `${where}${what}`;
  const from = `${esc(origin.contextPath + (p.kind === 'directory' ? '/' : ''))} in the context${origin.bytes === null ? '' : ` (${size(origin.bytes)})`}`;
  return `${where}${what} ← ${from}`;
}
