// The archive reader, bundled on the fly by scripts/bench.mjs for scripts/bench/reader-child.mjs.
export { openArchive } from '../../src/image/sources/archive/read.js';
export { TarParser } from '../../src/image/tar.js';
