// npm run compare-matchers: how often each .dockerignore implementation gives exactly the engine's
// answer on the recorded conformance cases (test/fixtures/conformance, truth: current Docker).
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ignore from 'ignore';
import balena from '@balena/dockerignore';
import { cases, materialise, truthFor } from '../test/conformance/cases.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'dsg-matchers-'));
const entry = join(tmp, 'entry.mjs');
await build({
  stdin: { contents: "export { runCli } from './src/cli/main.ts';", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: entry,
  logLevel: 'error',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
const { runCli } = await import(pathToFileURL(entry).href);

function allFiles(dir, rel = '') {
  const out = [];
  for (const d of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${d.name}` : d.name;
    if (d.isDirectory()) out.push(...allFiles(dir, p));
    else out.push(p);
  }
  return out;
}
const lines = (text) => text.replace(/^\uFEFF/, '').split(/\r?\n/);
const sortCp = (a) => [...a].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));

const candidates = {
  'docker-size-guard (port of moby/patternmatcher)': async (dir) => {
    const r = await runCli([dir, '--list', 'context'], { cwd: dir });
    return r.code === 0 ? { ok: true, files: r.stdout.split('\n').filter(Boolean) } : { ok: false };
  },
  'ignore 7 (.gitignore rules)': (dir, text) => {
    try {
      const ig = ignore().add(lines(text));
      return { ok: true, files: allFiles(dir).filter((p) => !ig.ignores(p)) };
    } catch {
      return { ok: false };
    }
  },
  '@balena/dockerignore 1.0.2': (dir, text) => {
    try {
      const ig = balena().add(lines(text));
      return { ok: true, files: allFiles(dir).filter((p) => !ig.ignores(p)) };
    } catch {
      return { ok: false };
    }
  },
};

const score = Object.fromEntries(Object.keys(candidates).map((k) => [k, { exact: 0, total: 0 }]));
for (const c of cases) {
  if (c.list !== 'context' || truthFor(c) !== 'classic' || c.extraIgnoreFiles) continue;
  const fixture = JSON.parse(readFileSync(`test/fixtures/conformance/${c.name}.json`, 'utf8'));
  const dir = join(tmp, c.name);
  await materialise(c, dir);
  for (const [name, fn] of Object.entries(candidates)) {
    const got = await fn(dir, c.dockerignore ?? '');
    const want = fixture.classic;
    const same = got.ok === want.ok && (!want.ok || JSON.stringify(sortCp(got.files)) === JSON.stringify(sortCp(want.files)));
    score[name].total++;
    if (same) score[name].exact++;
  }
}
rmSync(tmp, { recursive: true, force: true });
console.log("| implementation | cases with exactly the engine's answer |\n|---|---:|");
for (const [name, s] of Object.entries(score)) console.log(`| ${name} | ${s.exact} / ${s.total} |`);
