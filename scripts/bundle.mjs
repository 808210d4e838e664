// Bundles the CLI (src/cli/bin.ts) and the action (src/index.ts) into self-contained ESM in dist/:
//   dist/cli.js   + dist/cli/*.js      the CLI's entry and the chunks it imports when a run needs them
//   dist/index.js + dist/action/*.js   the same for the action
// Start-up (issue 16, docs/performance.md): with code splitting, each `await import()` in src/ becomes a chunk
// that Node reads, parses and evaluates only when that import runs, so `--version` loads the entry alone and a
// context measurement never parses the image, registry, GitHub or Azure code. Each entry is built on its own so
// that the npm package (the CLI) ships no chunk of the action's. Chunk names carry a content hash (stable for
// the same sources: the freshness test, test/dist.test.ts, compares every file of dist/).
// The parallel walk's worker (src/context/walk-worker-main.ts) is bundled first, on its own, as CommonJS,
// and embedded as the string __DSG_WALK_WORKER__ (started with `new Worker(code, { eval: true })`).
// Usage: node scripts/bundle.mjs [OUTDIR]   (default dist; the freshness test bundles into a temp dir)
import { build } from 'esbuild';
import { lazyModules, lazyOidcClient, oneMainChunk } from './bundle-plugins.mjs';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const outdir = process.argv[2] ?? 'dist';
/** Every file this script writes, removed first so that no chunk of an earlier bundle stays behind. */
const OUTPUTS = ['cli.js', 'cli', 'index.js', 'action'];
for (const name of OUTPUTS) rmSync(join(outdir, name), { recursive: true, force: true });

const worker = await build({
  entryPoints: ['src/context/walk-worker-main.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
  define: { __DSG_WALK_WORKER__: 'undefined' },
});

// Some CommonJS dependencies call require(); esbuild turns those calls into its __require shim, which uses the
// `require` of the file that defines it. That file gets one, made by createRequire; the others do without
// (a createRequire and an import.meta per file loaded at start-up).
const REQUIRE_BANNER =
  "import { createRequire as __dsgCreateRequire } from 'node:module';\nconst require = __dsgCreateRequire(import.meta.url);\n";
const common = {
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  outdir,
  entryNames: '[name]',
  write: false,
  plugins: [lazyOidcClient],
  define: { __DSG_WALK_WORKER__: JSON.stringify(worker.outputFiles[0].text) },
};

/** Writes the output files, each with the require banner when its code names `require` (after a hashbang). */
function write(files) {
  for (const f of files) {
    const hashbang = f.text.startsWith('#!') ? f.text.slice(0, f.text.indexOf('\n') + 1) : '';
    const code = f.text.slice(hashbang.length);
    mkdirSync(dirname(f.path), { recursive: true });
    writeFileSync(f.path, hashbang + (/\brequire\b/.test(code) ? REQUIRE_BANNER : '') + code);
  }
}

// src/cli/bin.ts starts with #!/usr/bin/env node, which esbuild keeps at the top of dist/cli.js.
const cli = { ...common, entryPoints: { cli: 'src/cli/bin.ts' }, chunkNames: 'cli/[name]-[hash]' };
const cliLazy = await lazyModules(cli, 'src/cli/main.ts');
write((await build({ ...cli, plugins: [...common.plugins, oneMainChunk('src/cli/main.ts', cliLazy)] })).outputFiles);
// Not for the action: its entry already reaches the first measurement in a few chunks, and made to import the
// action's main module, the diagnostics and image chunks would pull the GitHub clients' chunks into the entry.
write((await build({ ...common, entryPoints: { index: 'src/index.ts' }, chunkNames: 'action/[name]-[hash]' })).outputFiles);
chmodSync(join(outdir, 'cli.js'), 0o755);
