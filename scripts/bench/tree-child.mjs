// Run by the image-tree suite as a child process (so that its wall time and peak RSS are measured like tar's):
//   node tree-child.mjs BUNDLE ARCHIVE reader   the archive reader: every layer scanned, every entry listed
//   node tree-child.mjs BUNDLE ARCHIVE waste    the same, then the flattened filesystem (computeWaste: what the
//                                               image analysis did before the index)
//   node tree-child.mjs BUNDLE ARCHIVE index    the same, then the bounded tree index over it
// Prints a JSON line: entries read (and, with index, the tree's bytes, files and directory rows).
import { pathToFileURL } from 'node:url';

const [bundle, archive, mode] = process.argv.slice(2);
const { openArchive, findImages, rawImagesOf, computeWaste, indexImageTree } = await import(pathToFileURL(bundle).href);
const files = await openArchive(archive, archive);
const found = await findImages(files, { platform: { os: 'linux', architecture: 'amd64' } });
const [image] = await rawImagesOf(files, found);
const entries = image.layers.reduce((s, l) => s + l.entries.length, 0);
if (mode === 'waste') {
  const w = computeWaste(image.layers.map((l) => l.entries));
  process.stdout.write(JSON.stringify({ entries, kept: w.keptBytes }) + '\n');
} else if (mode === 'index') {
  const layers = image.layers.map((l) => l.entries);
  const tree = indexImageTree(computeWaste(layers).final, layers);
  process.stdout.write(
    JSON.stringify({
      entries,
      bytes: tree.bytes,
      files: tree.files,
      directories: tree.directories.length,
      omitted: tree.directoriesOmitted,
    }) + '\n',
  );
} else process.stdout.write(JSON.stringify({ entries }) + '\n');
