// npm run bench [-- --files N] : the context walker against `du -sb`, `find -printf`, fast-glob and fdir
// on the same generated tree, in the same run. Prints a table and writes bench/results.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const files = Number(args[args.indexOf('--files') + 1] || 200000) || 200000;
const runs = 5;
const tmp = resolve('bench/tmp');
mkdirSync(tmp, { recursive: true });

// --- the tree: `files` small files, 10 per leaf directory, 4 levels deep, reproducible ---
const tree = join(tmp, `tree-${files}`);
if (!existsSync(join(tree, '.done'))) {
  console.error(`generating ${files} files in ${tree} ...`);
  let n = 0;
  for (let a = 0; n < files; a++)
    for (let b = 0; b < 10 && n < files; b++)
      for (let c = 0; c < 10 && n < files; c++) {
        const dir = join(tree, `pkg${a}`, `mod${b}`, `sub${c}`);
        mkdirSync(dir, { recursive: true });
        for (let f = 0; f < 10 && n < files; f++, n++) writeFileSync(join(dir, `file${f}.py`), 'x'.repeat((n * 7919) % 2048));
      }
  writeFileSync(join(tree, '.done'), '');
}

// --- the code under test, bundled from src/ ---
const entry = join(tmp, 'bench-entry.mjs');
await build({ entryPoints: ['scripts/bench-entry.ts'], bundle: true, platform: 'node', format: 'esm', outfile: entry, logLevel: 'warning' });
const { walkContext, PatternMatcher, Tally } = await import(pathToFileURL(entry).href);
const fg = (await import('fast-glob')).default;
const { fdir } = await import('fdir');

function time(fn) {
  fn(); // warm-up
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((x, y) => x - y);
  return samples[Math.floor(samples.length / 2)];
}
async function timeAsync(fn) {
  await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((x, y) => x - y);
  return samples[Math.floor(samples.length / 2)];
}

const results = {};
results['du -sb'] = time(() => execFileSync('du', ['-sb', tree]));
results['find -printf %s'] = time(() => execFileSync('find', [tree, '-printf', '%s\\n'], { maxBuffer: 1 << 28 }));
results['docker-size-guard walker'] = time(() => {
  const tally = new Tally(10);
  walkContext(tree, new PatternMatcher(['**/*.pyc', 'pkg1']), { entry: (p, k, s, i) => tally.add(p, k, s, i), unreadable() {} });
  tally.finish();
});
results['fdir + lstat'] = time(() => {
  let bytes = 0;
  for (const p of new fdir().withFullPaths().crawl(tree).sync()) bytes += lstatSync(p).size;
  return bytes;
});
results['fast-glob (stats: true)'] = await timeAsync(() => fg('**', { cwd: tree, dot: true, stats: true, onlyFiles: false, followSymbolicLinks: false }));

const du = results['du -sb'];
const rows = Object.entries(results).map(([tool, ms]) => ({ tool, ms: Math.round(ms), ratio: +(ms / du).toFixed(2) }));
console.log(`\n${files} files, median of ${runs} runs after a warm-up, ${cpus().length} cores, Node ${process.version}\n`);
console.log('| tool | median ms | × du -sb |\n|---|---:|---:|');
for (const r of rows) console.log(`| ${r.tool} | ${r.ms} | ${r.ratio} |`);
writeFileSync('bench/results.json', JSON.stringify({ files, runs, cores: cpus().length, node: process.version, results: rows }, null, 2) + '\n');
