// npm run precision [-- --cli PATH] [--only a,b] [--verbose]
//
// Replays the precision corpus (test/fixtures/corpus: real public repositories, recorded by
// scripts/record-corpus.mjs, with developer junk added) and prints per repository the four figures of issue 10:
// suggested lines removing a committed file the build needs, unjustified error findings, drift entries naming
// committed paths, and junk recall. By default the engine is this checkout's source (bundled here); --cli runs
// another build of the CLI instead (e.g. an older dist/cli.js, for "before" figures). Exit 1 when a target is missed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const dir = mkdtempSync(join(tmpdir(), 'dsg-precision-bundle-'));
const entry = join(dir, 'precision.mjs');
try {
  await build({
    entryPoints: ['scripts/precision-entry.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: entry,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  });
  const { main } = await import(pathToFileURL(entry).href);
  process.exitCode = await main(process.argv.slice(2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
