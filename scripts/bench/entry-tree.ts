// The archive reader and the image tree index, bundled on the fly by scripts/bench.mjs for
// scripts/bench/tree-child.mjs (the image-tree suite).
export { openArchive } from '../../src/image/sources/archive/read.js';
export { findImages } from '../../src/image/sources/archive/layout.js';
export { rawImagesOf } from '../../src/image/sources/archive/archive.js';
export { computeWaste } from '../../src/image/waste.js';
export { indexImageTree } from '../../src/image/tree.js';
