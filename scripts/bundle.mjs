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

/**
 * @actions/http-client only defines classes and constants at its top level, but imports undici (800 KB) and
 * tunnel; @actions/core imports it for getIDToken alone, which docker-size-guard never calls. Declared free of
 * side effects, it is bundled only where its exports are used (the GitHub and artifact chunks), so the action's
 * entry no longer evaluates undici before measuring (~20 ms of a 57 ms Node start-up, docs/performance.md).
 */
const httpClientIsPure = {
  name: 'http-client-is-pure',
  setup(b) {
    b.onResolve({ filter: /^@actions\/http-client(\/|$)/ }, async (args) => {
      if (args.pluginData === 'resolved') return undefined;
      const { path, pluginData, ...options } = args;
      const r = await b.resolve(path, { ...options, pluginData: 'resolved' });
      return r.errors.length ? r : { path: r.path, external: r.external, namespace: r.namespace, sideEffects: false };
    });
  },
};

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
  plugins: [httpClientIsPure],
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
write((await build({ ...common, entryPoints: { cli: 'src/cli/bin.ts' }, chunkNames: 'cli/[name]-[hash]' })).outputFiles);
write((await build({ ...common, entryPoints: { index: 'src/index.ts' }, chunkNames: 'action/[name]-[hash]' })).outputFiles);
chmodSync(join(outdir, 'cli.js'), 0o755);
