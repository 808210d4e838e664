// The bundle script's plugins (scripts/bundle-plugins.mjs), each on a bundle built here: @actions/core's OIDC
// client loaded on use (getIDToken still returns a token, from a local HTTP server, and the entry does not load
// undici), and the lazily imported modules found for the one-main-chunk plugin. Not pure: builds into a
// temporary directory and runs node on it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { lazyModules, lazyOidcClient } from '../../scripts/bundle-plugins.mjs';

const root = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'dsg-bundle-plugins-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The files an ESM output loads statically (its imports of ./chunk files, transitively), itself included. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const m of readFileSync(file, 'utf8').matchAll(/^(?:\} |import [^\n]* )?from "(\.[^"]+)";$|^import "(\.[^"]+)";$/gm))
    staticGraph(join(file, '..', (m[1] ?? m[2])!), seen);
  return seen;
}

describe('lazyOidcClient', () => {
  it('keeps undici out of the entry, and getIDToken still fetches the token', async () => {
    const entry = `import * as core from '@actions/core';
import { createServer } from 'node:http';
const server = createServer((req, res) => res.end(JSON.stringify({ value: 'token-' + req.url.split('audience=')[1] })));
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
process.env.ACTIONS_ID_TOKEN_REQUEST_URL = 'http://127.0.0.1:' + server.address().port + '/t?x=1';
process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'request-token';
core.info('entry ran');
process.stdout.write('got ' + (await core.getIDToken('aud')) + '\\n');
server.close();
`;
    await build({
      stdin: { contents: entry, resolveDir: root, sourcefile: 'entry.mjs', loader: 'js' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      outdir: out,
      entryNames: 'entry',
      logLevel: 'silent',
      plugins: [lazyOidcClient],
      banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    });
    writeFileSync(join(out, 'package.json'), '{"type":"module"}');
    const loadedFirst = [...staticGraph(join(out, 'entry.js'))].map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(loadedFirst).toContain('node_modules/@actions/core/lib/core.js');
    expect(loadedFirst).not.toContain('node_modules/undici/');
    expect(loadedFirst).not.toContain('node_modules/@actions/http-client/');
    const run = spawnSync(process.execPath, [join(out, 'entry.js')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('entry ran');
    expect(run.stdout).toContain('::add-mask::token-aud');
    expect(run.stdout).toContain('got token-aud');
  });
});

describe('lazyModules', () => {
  it("finds the CLI's lazily imported modules of src/ (not its main module, not Node's)", async () => {
    const lazy = await lazyModules(
      {
        entryPoints: { cli: 'src/cli/bin.ts' },
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'node',
        outdir: out,
        write: false,
        logLevel: 'silent',
      },
      'src/cli/main.ts',
    );
    expect([...lazy].map((p) => relative(root, p)).sort()).toEqual([
      'src/cli/images.ts',
      'src/diagnose/diagnose.ts',
      'src/targets/config.ts',
    ]);
  });
});
