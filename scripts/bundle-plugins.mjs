// esbuild plugins of scripts/bundle.mjs (start-up, issue 16; docs/performance.md): what the split bundle loads
// before the first measurement. Tested by test/ship/bundle.test.ts. Build-time only; nothing here ships.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * @actions/core imports its OIDC client (oidc-utils.js) for getIDToken alone, which docker-size-guard never calls;
 * that client imports @actions/http-client, whose top level evaluates undici (800 KB) and tunnel. In the action's
 * entry that cost ~14 ms before the first measurement. Here core.js gets an OidcClient whose getIDToken imports
 * the real one when called (a chunk of its own, beside the GitHub and artifact clients that use http-client too):
 * the same behaviour, loaded only when used.
 */
export const lazyOidcClient = {
  name: 'lazy-oidc-client',
  setup(b) {
    // Paths relative to the repository: they show in the bundle (and its chunk names' hashes), which must not
    // depend on where the repository is checked out.
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      /[\\/]@actions[\\/]core[\\/]lib[\\/]core\.js$/.test(args.importer) && args.namespace === 'file'
        ? { path: relative('.', join(dirname(args.importer), 'oidc-utils.js')), namespace: 'lazy-oidc-client' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-oidc-client' }, (args) => ({
      contents: `export class OidcClient {
  static async getIDToken(audience) {
    return (await import('./oidc-utils.js')).OidcClient.getIDToken(audience);
  }
}
`,
      loader: 'js',
      resolveDir: dirname(resolve(args.path)),
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
export const oneMainChunk = (main, lazy) => ({
  name: 'one-main-chunk',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) =>
      lazy.has(args.path)
        ? { contents: `${readFileSync(args.path, 'utf8')}\nimport ${JSON.stringify(resolve(main))};\n`, loader: 'ts' }
        : undefined,
    );
  },
});

/** The modules of src/ that `entry`'s graph imports with `import()` only, other than `main` (a metafile pass). */
export async function lazyModules(options, main) {
  const { metafile } = await build({ ...options, metafile: true });
  const dynamic = new Set();
  const staticImports = new Set();
  for (const input of Object.values(metafile.inputs))
    for (const i of input.imports) (i.kind === 'dynamic-import' ? dynamic : staticImports).add(i.path);
  return new Set([...dynamic].filter((p) => p.startsWith('src/') && p !== main && !staticImports.has(p)).map((p) => resolve(p)));
}
