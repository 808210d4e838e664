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
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

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
 * @actions/core imports its OIDC client (oidc-utils.js) for getIDToken alone, which docker-size-guard never calls;
 * that client imports @actions/http-client, whose top level evaluates undici (800 KB) and tunnel. In the action's
 * entry that cost ~14 ms before the first measurement. Here core.js gets an OidcClient whose getIDToken imports
 * the real one when called (a chunk of its own, beside the GitHub and artifact clients that use http-client too):
 * the same behaviour, loaded only when used.
 */
const lazyOidcClient = {
  name: 'lazy-oidc-client',
  setup(b) {
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      /[\\/]@actions[\\/]core[\\/]lib[\\/]core\.js$/.test(args.importer) && args.namespace === 'file'
        ? { path: join(dirname(args.importer), 'oidc-utils.js'), namespace: 'lazy-oidc-client' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-oidc-client' }, (args) => ({
      contents: `export class OidcClient {
  static async getIDToken(audience) {
    return (await import(${JSON.stringify(args.path)})).OidcClient.getIDToken(audience);
  }
}
`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * Fewer chunks on the way to a measurement. esbuild puts each module in a chunk named by the set of entries (the
 * entry and every `import()` target) that reach it, so the modules the main pipeline shares with some lazy
 * module, but not with others, fall into a dozen small chunks, each a file to resolve, read and link before the
 * first measurement (2 ms of a 10-file context's 40 ms over Node's start, docs/performance.md). esbuild has no
 * manual chunks; this makes every lazily imported module of src/ (the diagnostics, the config reader, the image
 * code) also import the front door's main module, which has always run by the time they load, so that all of the
 * main module's graph is reached by the same entries and lands in one chunk. No module runs at a different time.
 */
const oneMainChunk = (main) => ({
  name: 'one-main-chunk',
  setup(b) {
    const lazy = new Set();
    b.onResolve({ filter: /^\./ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData === 'resolved') return undefined;
      const { path, pluginData, ...options } = args;
      const r = await b.resolve(path, { ...options, pluginData: 'resolved' });
      if (!r.errors.length && r.path !== resolve(main)) lazy.add(r.path);
      return r;
    });
    b.onLoad({ filter: /\/src\/.*\.ts$/ }, (args) =>
      lazy.has(args.path)
        ? { contents: `${readFileSync(args.path, 'utf8')}\nimport ${JSON.stringify(resolve(main))};\n`, loader: 'ts' }
        : undefined,
    );
  },
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
const cli = {
  entryPoints: { cli: 'src/cli/bin.ts' },
  chunkNames: 'cli/[name]-[hash]',
  plugins: [...common.plugins, oneMainChunk('src/cli/main.ts')],
};
write((await build({ ...common, ...cli })).outputFiles);
// Not for the action: its entry already reaches the first measurement in a few chunks, and made to import the
// action's main module, the diagnostics and image chunks would pull the GitHub clients' chunks into the entry.
write((await build({ ...common, entryPoints: { index: 'src/index.ts' }, chunkNames: 'action/[name]-[hash]' })).outputFiles);
chmodSync(join(outdir, 'cli.js'), 0o755);
