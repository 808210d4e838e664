// dist/ is what users and CI run: it must be exactly the bundle of src/ — every file scripts/bundle.mjs writes
// (the entries dist/cli.js and dist/index.js and the chunks they load lazily, dist/cli/ and dist/action/), and
// no other file.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';

const out = mkdtempSync(join(tmpdir(), 'dsg-bundle-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
beforeAll(() => {
  execFileSync(process.execPath, ['scripts/bundle.mjs', out]);
}, 120_000);

/** Every file under dir, as paths relative to it, sorted. */
function filesUnder(dir: string, root = dir): string[] {
  const files: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) files.push(...filesUnder(p, root));
    else files.push(relative(root, p));
  }
  return files.sort();
}

describe('dist/', () => {
  it('holds exactly the files a fresh bundle of src/ writes (run `npm run bundle`)', () => {
    const fresh = filesUnder(out);
    expect(fresh).toEqual(expect.arrayContaining(['cli.js', 'index.js']));
    expect(fresh.some((f) => f.startsWith('cli/')) && fresh.some((f) => f.startsWith('action/'))).toBe(true);
    expect(filesUnder('dist'), 'dist/ is stale: run npm run bundle and commit dist/').toEqual(fresh);
  });

  it('every file equals the fresh bundle of src/ (run `npm run bundle`)', () => {
    const stale = filesUnder(out).filter((f) => {
      let committed: string;
      try {
        committed = readFileSync(join('dist', f), 'utf8');
      } catch {
        return true;
      }
      return committed !== readFileSync(join(out, f), 'utf8');
    });
    expect(stale, `stale in dist/: ${stale.join(', ')}: run npm run bundle and commit dist/`).toEqual([]);
  });

  it('dist/cli.js is executable and starts with a hashbang (the package bin)', () => {
    expect(statSync('dist/cli.js').mode & 0o111).not.toBe(0);
    expect(readFileSync('dist/cli.js', 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('is self-contained: every file imports only Node modules and files of dist/', () => {
    const files = filesUnder('dist').filter((f) => f.endsWith('.js'));
    let relativeImports = 0;
    for (const f of files) {
      const text = readFileSync(join('dist', f), 'utf8');
      // Static (`from "x"`, `import "x"`) and dynamic (`import("x")`) imports as esbuild writes them.
      const imports = /^(?:\} |(?:import|export) [^\n]* )?from "([^"\n]+)";$|^import "([^"\n]+)";$|\bimport\("([^"\n]+)"\)/gm;
      for (const m of text.matchAll(imports)) {
        const spec = (m[1] ?? m[2] ?? m[3])!;
        if (isBuiltin(spec)) continue; // node:fs, or os as some dependencies write it
        expect(spec, `${f} imports ${spec}`).toMatch(/^\.\.?\//);
        expect(files, `${f} imports ${spec}`).toContain(join(dirname(f), spec));
        relativeImports++;
      }
    }
    expect(relativeImports).toBeGreaterThan(0); // the scan sees the chunks' imports
  });

  it("dist/cli.js's embedded walk worker runs, and gives the report of the sequential walk", () => {
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['dist/cli.js', 'examples/monorepo', '--format', 'json'], {
        encoding: 'utf8',
        env: { ...process.env, DOCKER_SIZE_GUARD_PARALLEL_THRESHOLD: '0', ...env },
      });
    const threaded = run({ DOCKER_SIZE_GUARD_WORKERS: '2', NODE_DEBUG: 'worker' });
    const sequential = run({ DOCKER_SIZE_GUARD_WORKERS: '0' });
    expect(threaded.status, threaded.stderr).toBe(0);
    expect(sequential.status, sequential.stderr).toBe(0);
    // Node's own debug log: the worker was started from the embedded code (not skipped for want of it).
    expect(threaded.stderr).toContain('create new worker');
    expect(threaded.stdout).toBe(sequential.stdout);
  });

  it('src/version.ts matches package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
