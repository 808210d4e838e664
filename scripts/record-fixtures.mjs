#!/usr/bin/env node
// Records what a real Docker engine does with each conformance case (test/conformance/cases.mjs)
// into test/fixtures/conformance/<name>.json. Both builders are asked:
//   classic  = DOCKER_BUILDKIT=0 with a current docker CLI (client-side .dockerignore, current rules)
//   buildkit = DOCKER_BUILDKIT=1 with the daemon's own CLI (Dockerfile-specific ignore files, COPY)
//
// Usage: npm run fixtures [-- --only name1,name2] [-- --check]
//   --check  compare with the recorded fixtures instead of writing them (exit 1 on drift)
// Uses $DOCKER_HOST when set, otherwise starts a private dockerd (needs root and docker.io).
import { build } from 'esbuild';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cases, describeDisagreement, dockerfileOf, materialise, truthFor } from '../test/conformance/cases.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'test/fixtures/conformance');

const argv = process.argv.slice(2);
const check = argv.includes('--check');
const onlyIdx = argv.indexOf('--only');
const only = onlyIdx >= 0 ? new Set((argv[onlyIdx + 1] ?? '').split(',').filter(Boolean)) : undefined;

/** engine.ts is TypeScript; Node 20 cannot load it, so bundle it with esbuild into a temp module. */
async function loadEngine() {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'dsg-engine-'));
  const outfile = path.join(tmp, 'engine.mjs');
  await build({
    entryPoints: [path.join(root, 'test/engine/engine.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  const mod = await import(pathToFileURL(outfile).href);
  await rm(tmp, { recursive: true, force: true });
  return mod;
}

async function pool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function sameAnswer(a, b) {
  if (a.ok !== b.ok) return false;
  if (!a.ok) return true;
  return JSON.stringify(a.files) === JSON.stringify(b.files);
}

async function main() {
  const engineMod = await loadEngine();
  const names = new Set();
  for (const c of cases) {
    if (!/^[a-z0-9-]+$/.test(c.name) || names.has(c.name)) throw new Error(`bad or duplicate case name ${c.name}`);
    names.add(c.name);
  }
  const selected = cases.filter((c) => !only || only.has(c.name));
  if (only && selected.length !== only.size)
    throw new Error(`unknown case in --only: ${[...only].filter((n) => !names.has(n)).join(', ')}`);

  const t0 = Date.now();
  const engine = await engineMod.startEngine();
  const tStarted = Date.now();
  let drift = 0;
  try {
    const docker = {
      classicCli: await engineMod.cliVersion(engineMod.CLASSIC_DOCKER),
      buildkitCli: await engineMod.cliVersion(engineMod.BUILDKIT_DOCKER),
      daemon: await engineMod.engineVersion(engine.host),
    };
    console.log(
      `engine ${engine.host} (daemon ${docker.daemon}, classic CLI ${docker.classicCli}, BuildKit CLI ${docker.buildkitCli}) ready in ${tStarted - t0} ms`,
    );
    await mkdir(outDir, { recursive: true });
    const timings = [];
    await pool(selected, 2, async (c, i) => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'dsg-case-'));
      try {
        await materialise(c, dir);
        const df = dockerfileOf(c).path;
        const ans = {};
        const ms = {};
        for (const builder of ['classic', 'buildkit']) {
          const t = Date.now();
          ans[builder] = await engineMod.buildAndList(engine.host, dir, {
            builder,
            dockerfile: df,
            args: c.cliArgs ?? [],
            tag: `dsg-fixture-${c.name}-${builder}-${process.pid}-${i}`,
          });
          ms[builder] = Date.now() - t;
        }
        timings.push({ name: c.name, ...ms });
        const fixture = {
          name: c.name,
          classic: ans.classic,
          buildkit: ans.buildkit,
          agree: sameAnswer(ans.classic, ans.buildkit),
          disagreement: describeDisagreement(ans.classic, ans.buildkit),
          truth: truthFor(c),
          docker,
          regenerate: 'npm run fixtures',
        };
        const file = path.join(outDir, `${c.name}.json`);
        const text = JSON.stringify(fixture, null, 2) + '\n';
        const status = [];
        if (c.expectError && ans[fixture.truth].ok) status.push('EXPECTED AN ERROR');
        if (!c.expectError && !ans[fixture.truth].ok) status.push(`UNEXPECTED ERROR: ${ans[fixture.truth].error}`);
        if (check) {
          let old;
          try {
            old = JSON.parse(await readFile(file, 'utf8'));
          } catch {
            old = undefined;
          }
          if (!old || !sameAnswer(old.classic, ans.classic) || !sameAnswer(old.buildkit, ans.buildkit)) {
            drift++;
            status.push('DRIFT from recorded fixture');
          }
        } else await writeFile(file, text);
        const dis = fixture.agree ? '' : ` [classic≠BuildKit: ${fixture.disagreement || 'error texts'}]`;
        console.log(`${c.name}: classic ${ms.classic} ms, buildkit ${ms.buildkit} ms${dis}${status.length ? ' ' + status.join('; ') : ''}`);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
    const total = Date.now() - tStarted;
    const sum = (k) => timings.reduce((s, t) => s + t[k], 0);
    console.log(
      `${selected.length} cases, ${selected.length * 2} builds in ${(total / 1000).toFixed(1)} s wall (concurrency 2); ` +
        `classic ${(sum('classic') / 1000).toFixed(1)} s, buildkit ${(sum('buildkit') / 1000).toFixed(1)} s summed`,
    );
  } finally {
    await engine.stop();
  }
  if (check && drift) {
    console.error(`${drift} case(s) drifted from the recorded fixtures`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
