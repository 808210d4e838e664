// Bundles src/index.ts (the action) and src/cli/main.ts (the CLI) into self-contained ESM files in dist/.
// The parallel walk's worker (src/context/walk-worker-main.ts) is bundled first, on its own, as CommonJS,
// and embedded in both as the string __DSG_WALK_WORKER__ (started with `new Worker(code, { eval: true })`).
// Usage: node scripts/bundle.mjs [OUTDIR]   (default dist; the freshness test bundles into a temp dir)
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';

const outdir = process.argv[2] ?? 'dist';
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
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  define: { __DSG_WALK_WORKER__: JSON.stringify(worker.outputFiles[0].text) },
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __dsgCreateRequire } from 'node:module';\nconst require = __dsgCreateRequire(import.meta.url);",
  },
};
await build({ ...common, entryPoints: ['src/index.ts'], outfile: join(outdir, 'index.js') });
await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: join(outdir, 'cli.js'),
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
});
chmodSync(join(outdir, 'cli.js'), 0o755);
