// npm run bench [-- --quick] [--runs N] [--only a,b,c,libs,archive,tree,startup,profile] [--files N] [--docker-host URL]
//
// docker-size-guard against the tools users would run instead, on the same generated trees, in the same run:
//   (a) 1,000,000 small files in a deep tree (200,000 with --quick): the context analysis (`node dist/cli.js
//       TREE --format json`, as users run it) against `du -sb` and `find -printf %s`;
//   (b) a 16 GB "LLM project" of sparse files whose .dockerignore excludes .git, .venv, node_modules, data:
//       analysing it must cost no more than analysing the same tree without those directories;
//   (c) a whitelist ignore file (`*` then `!src`) over tree (a);
//   (m) 200,000 files (tree (a) at 200,000; not with --quick, where (a) is that tree);
//   (r) a realistic tree: fastapi/fastapi replayed from bench/trees/fastapi.tsv.gz plus developer junk (~5,000
//       entries): the full report in absolute time, and the diagnostics' cost over the bare walk (in-process);
//   yardsticks beside du -sb and find: gdu -n -s (Go, all cores, stats every file) and fdfind -u -t f (Rust,
//   parallel, no stat: the floor for any walk here); the walk on one thread (DOCKER_SIZE_GUARD_WORKERS=0) and
//   `--list context` beside the full report; a check that the parallel and sequential reports are identical;
//   the archive reader on a `docker save` archive of a few hundred MB built by a real engine, against tar -tvf;
//   start-up: `node dist/index.js` (the action) to its first measurement, `node dist/cli.js --version`;
//   (tree) the image file tree index on a >= 2 GB, >= 200,000-file docker save archive (scripts/bench/image-tree.mjs):
//   peak RSS and throughput against tar -tvf of every layer (`--only tree` runs it alone).
// Wall time is the median of --runs (default 5) interleaved rounds after a warm-up round; peak RSS and CPU
// time come from GNU time. Prints tables and writes bench/results.json (a quick or partial run: bench/tmp/results.json).
// Trees live in bench/tmp (gitignored) and are reused. It measures dist/ as it is: run `npm run bundle` first after changing src/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ensureArchive } from './bench/archive.mjs';
import { ensureImageTreeArchive } from './bench/image-tree.mjs';
import { latestProfile, perfSplit, profileTable, summarise } from './bench/profile.mjs';
import { GNU_TIME, median, rounds, runChild, table, withRatios } from './bench/run.mjs';
import { ensureTree, LLM_EXCLUDED } from './bench/trees.mjs';
import * as W from './bench/walkers.mjs';

// ---------- options ----------
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const quick = flag('--quick');
const runs = Number(value('--runs', '5'));
const only = new Set(value('--only', 'a,m,r,b,c,archive,tree,startup,libs,profile').split(','));
const dockerHost = value('--docker-host', process.env.DOCKER_HOST); // undefined: the docker CLI's default
const FILES_A = Number(value('--files', quick ? '200000' : '1000000'));
const SCALE_B = quick ? 0.25 : 1;
const log = (s) => console.error(s);

const root = resolve('.');
const tmp = join(root, 'bench', 'tmp');
mkdirSync(tmp, { recursive: true });
const CLI = join(root, 'dist', 'cli.js');
const ACTION = join(root, 'dist', 'index.js');
const node = process.execPath;

// ---------- the machine ----------
const fsType =
  spawnSync('findmnt', ['-n', '-o', 'FSTYPE', '--target', tmp], { encoding: 'utf8' }).stdout?.trim() ||
  spawnSync('stat', ['-f', '-c', '%T', tmp], { encoding: 'utf8' }).stdout.trim();
const pressure = () => (existsSync('/proc/pressure/cpu') ? readFileSync('/proc/pressure/cpu', 'utf8').split('\n')[0] : null);
const machine = {
  cores: cpus().length,
  cpu: cpus()[0]?.model,
  memoryGB: +(totalmem() / 1e9).toFixed(1),
  node: process.version,
  kernel: release(),
  filesystem: fsType,
  loadAverageAtStart: loadavg().map((x) => +x.toFixed(2)),
  cpuPressureAtStart: pressure(),
  gnuTime: GNU_TIME !== undefined,
  distBuilt: { 'cli.js': statSync(CLI).mtime.toISOString(), 'index.js': existsSync(ACTION) ? statSync(ACTION).mtime.toISOString() : null },
};
log(`${machine.cores} cores (${machine.cpu}), Node ${machine.node}, ${fsType}`);
if (!GNU_TIME) log('note: /usr/bin/time is missing (apt-get install time): no peak RSS or CPU time');

// ---------- the code under test, in-process (the walker as a library) ----------
const entry = join(tmp, 'bench-entry.mjs');
await build({
  entryPoints: ['scripts/bench-entry.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: entry,
  logLevel: 'warning',
});
const lib = await import(pathToFileURL(entry).href);

const results = {
  generatedBy: `npm run bench${quick ? ' -- --quick' : ''}`,
  date: new Date().toISOString(),
  quick,
  runs,
  machine,
  trees: {},
  suites: [],
  targets: [],
};
const print = (s) => console.log(s);
const cli = (...args) => ({ cmd: node, args: [CLI, ...args] });
const child = (name, { cmd, args, cwd, env }) => ({ name, run: () => runChild(cmd, args, { cwd, env }) });
const sumFind = (out) => out.split('\n').reduce((s, l) => (l.startsWith('f ') || l.startsWith('l ') ? s + Number(l.slice(2)) : s), 0);
const cliJson = (...args) => JSON.parse(runChild(node, [CLI, ...args, '--format', 'json'], { capture: true }).stdout);

function suite(id, title, info, rows, base = 'du -sb') {
  const r = withRatios(rows, base);
  results.suites.push({ id, title, ...info, base, rows: r });
  print(`\n### ${title}\n`);
  if (info.note) print(`${info.note}\n`);
  print(table(r, base));
  return r;
}
function target(name, measured, met, note) {
  results.targets.push({ target: name, measured, met, ...(note ? { note } : {}) });
}
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const SEQ_ENV = { ...process.env, DOCKER_SIZE_GUARD_WORKERS: '0' };
/** The JSON report of the parallel and of the sequential walk: identical (as the test asserts on other trees). */
function sameReports(tree, ...args) {
  const par = runChild(node, [CLI, tree, ...args, '--format', 'json'], {
    capture: true,
    env: { ...process.env, DOCKER_SIZE_GUARD_WORKERS: '2', DOCKER_SIZE_GUARD_PARALLEL_THRESHOLD: '0', DOCKER_SIZE_GUARD_JOB_BUDGET: '64' },
  }).stdout;
  const seq = runChild(node, [CLI, tree, ...args, '--format', 'json'], { capture: true, env: SEQ_ENV }).stdout;
  return par === seq;
}
/** Wall-time yardsticks beside du: gdu and fd, when installed. */
const yardsticks = (tree) => [
  ...(has('gdu') ? [child('gdu -n -s', { cmd: 'gdu', args: ['-n', '-s', tree] })] : []),
  ...(has('fdfind') ? [child('fdfind -u -t f', { cmd: 'fdfind', args: ['-u', '-t', 'f', '', tree] })] : []),
];

// ---------- the image file tree index (runs before tree (a) is made, so that `--only tree` needs none) ----------
if (only.has('tree')) {
  const img = ensureImageTreeArchive(tmp, log);
  const tentry = join(tmp, 'entry-tree.mjs');
  await build({
    entryPoints: ['scripts/bench/entry-tree.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: tentry,
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  const treeChild = join(root, 'scripts', 'bench', 'tree-child.mjs');
  const check = JSON.parse(runChild(node, [treeChild, tentry, img.path, 'index'], { capture: true }).stdout);
  const right = check.bytes === img.expected.bytes && check.files === img.expected.files && check.entries === img.entries;
  log(
    `tree check: the index holds ${check.bytes} bytes in ${check.files} files (by construction: ${img.expected.bytes} in ${img.expected.files}), ${check.entries} layer entries read: ${right ? 'agree' : 'DISAGREE'}`,
  );
  const tarAll = `for l in ${img.layers.map((l) => `'${l}'`).join(' ')}; do tar -xOf "$0" "$l" | tar -tvf - >/dev/null || exit 1; done`;
  const tools = [
    child('tar -tvf of every layer (tar -xOf piped to tar -tvf -)', { cmd: 'sh', args: ['-c', tarAll, img.path] }),
    child('archive reader (every layer scanned, entries listed)', { cmd: node, args: [treeChild, tentry, img.path, 'reader'] }),
    child('reader + flattened filesystem (computeWaste)', { cmd: node, args: [treeChild, tentry, img.path, 'waste'] }),
    child('reader + flattened filesystem + tree index', { cmd: node, args: [treeChild, tentry, img.path, 'index'] }),
  ];
  log(`tree: ${(img.bytes / 1e9).toFixed(2)} GB, ${img.entries} layer entries, ${img.expected.files} files in the image: timing ...`);
  const r = suite(
    'tree',
    `Image file tree index: docker save of ${(img.bytes / 1e9).toFixed(2)} GB (${img.layers.length} layers, ${img.entries.toLocaleString('en')} layer entries, ${img.expected.files.toLocaleString('en')} files in the image; whiteouts and an opaque directory)`,
    { archive: img.path, bytes: img.bytes, entries: img.entries, files: img.expected.files, check: right },
    await rounds(tools, runs, log),
    'tar -tvf of every layer (tar -xOf piped to tar -tvf -)',
  );
  const [tarRow, reader, waste, index] = r;
  target('(tree) the index agrees with the image by construction', right ? 'yes' : 'no', right);
  target(
    '(tree) peak RSS indexing a >= 2 GB, >= 200,000-file image <= 150 MB',
    index.peakRssMB,
    index.peakRssMB !== null && index.peakRssMB <= 150,
  );
  target(
    '(tree) reader with the index >= 0.8x the throughput of tar -tvf over every layer',
    +(tarRow.medianMs / index.medianMs).toFixed(2),
    index.medianMs <= tarRow.medianMs / 0.8,
  );
  const d = (a, b) => (a === null || b === null ? null : Math.round(a - b));
  results.treeOverhead = {
    indexWallMs: d(index.medianMs, waste.medianMs),
    indexCpuMs: d(index.cpuMs, waste.cpuMs),
    indexRssMB: index.peakRssMB !== null ? +(index.peakRssMB - waste.peakRssMB).toFixed(1) : null,
    flattenCpuMs: d(waste.cpuMs, reader.cpuMs),
    readerPeakRssMB: reader.peakRssMB,
  };
  const o = results.treeOverhead;
  print(
    `\nIndexing overhead (medians; CPU time is the steadier figure on a loaded machine): the tree index adds ${o.indexCpuMs} ms CPU (${o.indexWallMs} ms wall) and ${o.indexRssMB} MB peak RSS to the flattened filesystem the waste figures already build, which adds ${o.flattenCpuMs} ms CPU to the reader; the reader alone peaks at ${reader.peakRssMB} MB.`,
  );
}

// ---------- trees ----------
const needsA = ['a', 'b', 'c', 'libs', 'profile'].some((s) => only.has(s));
const A = needsA ? ensureTree(tmp, 'a', FILES_A, log) : undefined;
results.trees.a = A;

// ---------- (a) the context analysis against du and find ----------
let rowsA;
if (only.has('a')) {
  const check = cliJson(A.path).targets[0].context;
  const findSum = sumFind(runChild('find', [A.path, '-mindepth', '1', '-printf', '%y %s\n'], { capture: true }).stdout);
  results.trees.a.check = {
    cliBytes: check.bytes,
    findBytes: findSum,
    cliFiles: check.files,
    cliSymlinks: check.symlinks,
    cliDirectories: check.directories,
    agree: check.bytes === findSum,
  };
  log(`(a) check: the tool counts ${check.bytes} bytes, find ${findSum}: ${check.bytes === findSum ? 'agree' : 'DISAGREE'}`);
  log(`(a) ${A.files} files: timing ...`);
  const identical = sameReports(A.path);
  results.trees.a.parallelEqualsSequential = identical;
  log(`(a) check: the parallel and the sequential walk give ${identical ? 'identical reports' : 'DIFFERENT REPORTS'}`);
  const tools = [
    child('du -sb', { cmd: 'du', args: ['-sb', A.path] }),
    child("find -printf '%s\\n'", { cmd: 'find', args: [A.path, '-printf', '%s\n'] }),
    child('docker-size-guard (node dist/cli.js --format json)', cli(A.path, '--format', 'json')),
    ...yardsticks(A.path),
    child('docker-size-guard --list context', cli(A.path, '--list', 'context')),
    {
      ...child(
        `docker-size-guard --format json, ${cpus().length - 1} worker(s) beside the main thread forced (DOCKER_SIZE_GUARD_WORKERS=${cpus().length - 1})`,
        {
          ...cli(A.path, '--format', 'json'),
          env: { ...process.env, DOCKER_SIZE_GUARD_WORKERS: String(Math.max(1, cpus().length - 1)) },
        },
      ),
    },
    {
      ...child('docker-size-guard --format json, one thread (DOCKER_SIZE_GUARD_WORKERS=0)', {
        ...cli(A.path, '--format', 'json'),
        env: SEQ_ENV,
      }),
    },
  ];
  rowsA = suite(
    'a',
    `(a) ${A.files.toLocaleString('en')} small files in a deep tree (${A.dirs.toLocaleString('en')} directories), no ignore file`,
    { tree: A.path, files: A.files },
    await rounds(tools, runs, log),
  );
  const row = (name) => rowsA.find((r) => r.tool.startsWith(name));
  const cliRow = rowsA[2];
  const n = FILES_A >= 1e6 ? '1M' : A.files.toLocaleString('en');
  const limit = FILES_A >= 1e6 ? 1.0 : 1.5;
  target(`(a) ${n} files: full JSON report ≤ ${limit.toFixed(1)}× du -sb (wall, start-up included)`, cliRow.ratio, cliRow.ratio <= limit);
  const gdu = row('gdu');
  if (gdu)
    target(
      `(a) ${n} files: full JSON report ≤ gdu -n -s in the same run (× gdu)`,
      +(cliRow.medianMs / gdu.medianMs).toFixed(2),
      cliRow.medianMs <= gdu.medianMs,
    );
  const list = row('docker-size-guard --list');
  target(`(a) ${n} files: --list context ≤ 1.0× du -sb`, list.ratio, list.ratio <= 1.0);
  const seqRow = row('docker-size-guard --format json, one thread');
  const parRow = rowsA.find((r) => r.tool.includes('beside the main thread forced'));
  print(
    `\nThe parallel walk against one thread: ${(seqRow.medianMs / parRow.medianMs).toFixed(2)}× faster (${seqRow.medianMs} → ${parRow.medianMs} ms); the default chose ${loadavg()[0] <= cpus().length - 0.5 ? 'the parallel walk' : 'one thread (load average ≥ cores)'}.`,
  );
  target(`(a) ${n} files: peak RSS ≤ 150 MB`, cliRow.peakRssMB, cliRow.peakRssMB !== null && cliRow.peakRssMB <= 150);
  if (!quick) {
    // Memory must not grow with the file count: the same analysis of a tree a fifth the size, in the same mode at
    // both sizes (the default picks the parallel walk or one thread by the load average, which the runs above raise).
    const small = ensureTree(tmp, 'a', 200000, log);
    const peak = (tree, env) => {
      const rss = [0, 1, 2].map(() => runChild(node, [CLI, tree, '--format', 'json'], { env }).rssKB);
      return rss[0] === null ? null : +(Math.max(...rss) / 1024).toFixed(1);
    };
    const PAR_ENV = { ...process.env, DOCKER_SIZE_GUARD_WORKERS: String(Math.max(1, cpus().length - 1)) };
    const rssSmall = { parallel: peak(small.path, PAR_ENV), oneThread: peak(small.path, SEQ_ENV) };
    const rssLarge = { parallel: parRow.peakRssMB, oneThread: seqRow.peakRssMB };
    results.trees.aSmall = { ...small, cliPeakRssMB: rssSmall };
    print(
      `\nPeak RSS of the analysis, parallel walk: ${rssSmall.parallel} MB at ${small.files.toLocaleString('en')} files, ${rssLarge.parallel} MB at ${A.files.toLocaleString('en')} files; one thread: ${rssSmall.oneThread} and ${rssLarge.oneThread} MB.`,
    );
    const growth = +Math.max(rssLarge.parallel / rssSmall.parallel, rssLarge.oneThread / rssSmall.oneThread).toFixed(2);
    target('(a) peak RSS flat in file count: RSS at 1M ÷ RSS at 200,000 ≤ 1.25 (the larger of the two modes)', growth, growth <= 1.25);
  }
}

// ---------- (m) 200,000 files ----------
if (only.has('m') && !quick && FILES_A !== 200000) {
  const M = ensureTree(tmp, 'a', 200000, log);
  results.trees.m = M;
  const tools = [
    child('du -sb', { cmd: 'du', args: ['-sb', M.path] }),
    child('docker-size-guard (node dist/cli.js --format json)', cli(M.path, '--format', 'json')),
    ...yardsticks(M.path),
  ];
  log(`(m) ${M.files} files: timing ...`);
  const r = suite(
    'm',
    `(m) ${M.files.toLocaleString('en')} small files (tree (a) at 200,000), whole process`,
    { tree: M.path, files: M.files },
    await rounds(tools, runs, log),
  );
  target('(m) 200,000 files: full JSON report ≤ 1.5× du -sb (wall, start-up included)', r[1].ratio, r[1].ratio <= 1.5);
}

// ---------- (r) a realistic tree ----------
if (only.has('r')) {
  const R = ensureTree(tmp, 'r', join(root, 'bench', 'trees', 'fastapi.tsv.gz'), log);
  results.trees.r = R;
  const identical = sameReports(R.path);
  results.trees.r.parallelEqualsSequential = identical;
  log(`(r) check: the parallel and the sequential walk give ${identical ? 'identical reports' : 'DIFFERENT REPORTS'}`);
  const tools = [
    child('node -e 0 (Node itself)', { cmd: node, args: ['-e', '0'] }),
    child('du -sb', { cmd: 'du', args: ['-sb', R.path] }),
    child('docker-size-guard (node dist/cli.js --format json)', cli(R.path, '--format', 'json')),
    child('docker-size-guard --list context (no diagnostics)', cli(R.path, '--list', 'context')),
    ...yardsticks(R.path),
  ];
  log(`(r) ${R.files + R.dirs} entries: timing ...`);
  const rows = suite(
    'r',
    `(r) a real repository (fastapi/fastapi, replayed) plus developer junk: ${(R.files + R.dirs).toLocaleString('en')} entries`,
    { tree: R.path, files: R.files },
    await rounds(tools, Math.max(runs, 9), log),
  );
  target('(r) realistic tree: full report ≤ 0.15 s wall (ms)', rows[2].medianMs, rows[2].medianMs <= 150);
  // The diagnostics' own cost, in-process (no start-up): measureTarget with and without them, interleaved.
  const input = (diagnose) => ({
    contextArg: R.path,
    contextDir: resolve(R.path),
    dockerfile: resolve(R.path, 'Dockerfile'),
    buildArgs: {},
    top: 10,
    wantCopied: true,
    display: (p) => p,
    diagnose,
    parallel: { workers: 0 },
  });
  const timesBare = [];
  const timesDiag = [];
  for (let i = 0; i <= 15; i++) {
    for (const [diag, into] of [
      [false, timesBare],
      [true, timesDiag],
    ]) {
      const t0 = process.hrtime.bigint();
      await lib.measureTarget(input(diag));
      if (i > 0) into.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const bare = median(timesBare);
  const diag = median(timesDiag);
  const over = Math.round(((diag - bare) / bare) * 100);
  results.trees.r.inProcess = { bareWalkMs: +bare.toFixed(1), withDiagnosticsMs: +diag.toFixed(1), diagnosticsOverPercent: over };
  print(
    `\nIn-process on tree (r), median of 15 interleaved runs: the walk with tallies ${bare.toFixed(1)} ms, with diagnostics ${diag.toFixed(1)} ms (+${over} %).`,
  );
  target('(r) realistic tree: diagnostics ≤ 25 % over the bare walk (in-process, %)', over, over <= 25);
}

// ---------- in-process: the walker as a library, the libraries, floors and ceilings ----------
if (only.has('libs')) {
  const fg = (await import('fast-glob')).default;
  const { fdir } = await import('fdir');
  const { walkContext, PatternMatcher, Tally } = lib;
  const inproc = (name, fn) => ({
    name,
    how: 'in-process',
    run: async () => {
      const t0 = process.hrtime.bigint();
      await fn();
      return { ms: Number(process.hrtime.bigint() - t0) / 1e6, cpuMs: null, rssKB: null };
    },
  });
  const tools = [
    child('du -sb', { cmd: 'du', args: ['-sb', A.path] }),
    inproc('walker + Tally (walkContext, no diagnostics)', () => {
      const t = new Tally(10);
      walkContext(A.path, new PatternMatcher([]), { entry: (p, k, s, i) => t.add(p, k, s, i), unreadable() {} });
      t.finish();
    }),
    inproc('fdir + lstat', () => {
      let bytes = 0;
      for (const p of new fdir().withFullPaths().crawl(A.path).sync()) bytes += lstatSync(p).size;
      return bytes;
    }),
    inproc('fast-glob (stats: true)', () =>
      fg('**', { cwd: A.path, dot: true, stats: true, onlyFiles: false, followSymbolicLinks: false }),
    ),
    inproc('floor: readdir only, no lstat', () => W.readdirOnly(A.path)),
    inproc('floor: readdir + lstatSync, nothing else', () => W.readdirLstat(A.path)),
    inproc('ceiling: readdir + lstatSync on 2 worker threads', () => W.readdirLstatWorkers(A.path, 2)),
    inproc('ceiling: lstat through the libuv pool, 8 directories in flight', () => W.readdirLstatPool(A.path)),
    inproc('ceiling: chdir + relative lstatSync (as du)', () => W.readdirLstatChdir(A.path)),
  ];
  log(`(libs) in-process walkers on tree (a): timing ...`);
  suite(
    'libs',
    `In-process walkers on tree (a), same run (the walker as a library, the libraries, Node's floor)`,
    { tree: A.path, files: A.files, note: 'du -sb runs as a child process; the others in the benchmark process (no start-up, no report).' },
    await rounds(tools, runs, log),
  );
}

// ---------- (c) whitelist over tree (a) ----------
if (only.has('c')) {
  const dir = join(tmp, 'c-whitelist');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY src /app/src\n');
  writeFileSync(join(dir, 'Dockerfile.dockerignore'), '*\n!src\n');
  const df = join(dir, 'Dockerfile');
  const check = cliJson(A.path, '-f', df).targets[0].context;
  const findSum = sumFind(runChild('find', [join(A.path, 'src'), '-mindepth', '1', '-printf', '%y %s\n'], { capture: true }).stdout);
  log(`(c) check: the tool counts ${check.bytes} bytes, find over src ${findSum}: ${check.bytes === findSum ? 'agree' : 'DISAGREE'}`);
  results.trees.c = {
    ignoreFile: '*\\n!src (as Dockerfile.dockerignore beside a Dockerfile outside the tree)',
    cliBytes: check.bytes,
    findBytes: findSum,
    agree: check.bytes === findSum,
  };
  const tools = [
    child('du -sb', { cmd: 'du', args: ['-sb', A.path] }),
    child('du -sb TREE/src (the same selection)', { cmd: 'du', args: ['-sb', join(A.path, 'src')] }),
    child("find, pruning all but src, -printf '%s\\n'", {
      cmd: 'find',
      args: [
        A.path,
        '-mindepth',
        '1',
        '!',
        '-path',
        join(A.path, 'src'),
        '!',
        '-path',
        join(A.path, 'src', '*'),
        '-prune',
        '-o',
        '-printf',
        '%s\n',
      ],
    }),
    child('docker-size-guard -f Dockerfile (* then !src)', cli(A.path, '-f', df, '--format', 'json')),
  ];
  log(`(c) whitelist over tree (a): timing ...`);
  suite('c', '(c) whitelist ignore file (`*` then `!src`) over tree (a)', { tree: A.path }, await rounds(tools, runs, log));
}

// ---------- (b) the LLM project: pruning ----------
if (only.has('b')) {
  const B = ensureTree(tmp, 'b', SCALE_B, log);
  const Bp = ensureTree(tmp, 'b-', SCALE_B, log);
  results.trees.b = B;
  results.trees.bPruned = Bp;
  const check = cliJson(B.path).targets[0].context;
  const checkP = cliJson(Bp.path).targets[0].context;
  const prune = (t) => [
    '(',
    ...LLM_EXCLUDED.flatMap((d, i) => [...(i ? ['-o'] : []), '-path', join(t, d)]),
    '-o',
    '-name',
    '__pycache__',
    ')',
    '-prune',
    '-o',
    '-name',
    '*.pyc',
    '-o',
  ];
  const findSum = sumFind(runChild('find', [B.path, '-mindepth', '1', ...prune(B.path), '-printf', '%y %s\n'], { capture: true }).stdout);
  results.trees.b.check = {
    cliBytes: check.bytes,
    cliBytesWithoutExcluded: checkP.bytes,
    findBytes: findSum,
    agree: check.bytes === findSum && check.bytes === checkP.bytes,
  };
  log(
    `(b) check: the tool counts ${check.bytes} bytes (${checkP.bytes} without the excluded directories), find with prunes ${findSum}: ${results.trees.b.check.agree ? 'agree' : 'DISAGREE'}`,
  );
  const tools = [
    child('du -sb', { cmd: 'du', args: ['-sb', B.path] }),
    child("find with the same prunes, -printf '%s\\n'", { cmd: 'find', args: [B.path, ...prune(B.path), '-printf', '%s\n'] }),
    child('docker-size-guard', cli(B.path, '--format', 'json')),
    child('docker-size-guard, tree without the excluded dirs', cli(Bp.path, '--format', 'json')),
    child('du -sb, tree without the excluded dirs', { cmd: 'du', args: ['-sb', Bp.path] }),
  ];
  log(`(b) ${B.files} files, ${(B.bytes / 1e9).toFixed(1)} GB: timing ...`);
  const r = suite(
    'b',
    `(b) "LLM project": ${(B.bytes / 1e9).toFixed(1)} GB in ${B.files.toLocaleString('en')} files; .dockerignore excludes ${LLM_EXCLUDED.join(', ')}, **/__pycache__ (${Bp.files.toLocaleString('en')} files remain)`,
    { tree: B.path, files: B.files, bytes: B.bytes },
    await rounds(tools, runs, log),
  );
  const withEx = r[2].medianMs;
  const without = r[3].medianMs;
  target(
    '(b) analysing (b) costs no more than analysing it without the excluded directories (≤ 1.1×, noise)',
    +(withEx / without).toFixed(2),
    withEx <= 1.1 * without,
  );
}

// ---------- the archive reader ----------
if (only.has('archive')) {
  let arc;
  try {
    arc = ensureArchive(tmp, dockerHost, log);
  } catch (e) {
    log(`archive: skipped — ${e.message}`);
    results.archive = { skipped: e.message };
  }
  if (arc) {
    const aentry = join(tmp, 'entry-archive.mjs');
    await build({
      entryPoints: ['scripts/bench/entry-archive.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: aentry,
      logLevel: 'warning',
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
    const readerChild = join(root, 'scripts', 'bench', 'reader-child.mjs');
    const empty = join(tmp, 'empty-context');
    mkdirSync(empty, { recursive: true });
    const layers = arc.layers.map((l) => `tar -xOf "$0" '${l}' | tar -tvf - >/dev/null`).join('; ');
    const entriesRead = Number(runChild(node, [readerChild, aentry, arc.path, 'reader'], { capture: true }).stdout.trim());
    log(
      `archive check: the reader lists ${entriesRead} layer entries, tar ${arc.entries}: ${entriesRead === arc.entries ? 'agree' : 'DISAGREE'}`,
    );
    const tools = [
      child('tar -tvf image.tar (outer listing; skips layer contents with lseek)', { cmd: 'tar', args: ['-tvf', arc.path] }),
      child('cat image.tar piped to tar -tvf - (reads every byte; lists the outer entries)', {
        cmd: 'sh',
        args: ['-c', 'cat "$0" | tar -tvf - >/dev/null', arc.path],
      }),
      child('tar -tvf of every layer (tar -xOf piped to tar -tvf -)', { cmd: 'sh', args: ['-c', layers, arc.path] }),
      child("docker-size-guard's archive reader (openArchive: every layer scanned)", {
        cmd: node,
        args: [readerChild, aentry, arc.path, 'reader'],
      }),
      child('its tar parser alone, one pass over the outer archive', { cmd: node, args: [readerChild, aentry, arc.path, 'parser'] }),
      child('docker-size-guard --image-archive (CLI)', cli(empty, '--image-archive', arc.path, '--format', 'json')),
    ];
    log(`archive: ${(arc.bytes / 1e6).toFixed(0)} MB, ${arc.layers.length} layers, ${arc.entries} entries: timing ...`);
    const r = suite(
      'archive',
      `Archive reading: docker save of ${(arc.bytes / 1e6).toFixed(0)} MB (uncompressed, ${arc.layers.length} layers, ${arc.entries.toLocaleString('en')} entries), built by Docker ${spawnSync('docker', ['version', '--format', '{{.Server.Version}}'], { env: dockerHost ? { ...process.env, DOCKER_HOST: dockerHost } : process.env, encoding: 'utf8' }).stdout.trim()}`,
      { archive: arc.path, bytes: arc.bytes, entries: arc.entries, entriesRead },
      await rounds(tools, runs, log),
      'tar -tvf of every layer (tar -xOf piped to tar -tvf -)',
    );
    for (const x of r) x.throughputMBps = +(arc.bytes / 1e6 / (x.medianMs / 1000)).toFixed(0);
    print(`\nThroughput (archive MB / median s): ${r.map((x) => `${x.tool.split(' (')[0]}: ${x.throughputMBps} MB/s`).join('; ')}`);
    const reader = r[3];
    const vs = (i, what, note) =>
      target(
        `archive reader ≥ 0.8× the throughput of ${what}`,
        +(r[i].medianMs / reader.medianMs).toFixed(2),
        reader.medianMs <= r[i].medianMs / 0.8,
        note,
      );
    vs(2, 'tar -tvf listing every layer (the same work)');
    vs(1, 'tar -tvf reading the archive through a pipe (outer entries only)');
    vs(
      0,
      'tar -tvf image.tar',
      'tar lseeks over the layer blobs: it reads the 512-byte headers of the outer archive and none of the layers',
    );
  }
}

// ---------- start-up ----------
if (only.has('startup')) {
  const tiny = join(tmp, 'tiny');
  mkdirSync(join(tiny, 'src'), { recursive: true });
  writeFileSync(join(tiny, 'Dockerfile'), 'FROM scratch\nCOPY src /src\n');
  // Ten files: the Dockerfile, eight sources, a README.
  for (let i = 0; i < 8; i++) writeFileSync(join(tiny, 'src', `app${i}.py`), 'print("hi")\n');
  writeFileSync(join(tiny, 'README.md'), '# tiny\n');
  const event = join(tmp, 'event.json');
  writeFileSync(event, JSON.stringify({ ref: 'refs/heads/feature', repository: { default_branch: 'main' } }));
  const outFile = join(tmp, 'github-output.txt');
  const summaryFile = join(tmp, 'github-summary.md');
  // A push to a branch other than the default: the action measures and writes outputs and the summary, and
  // talks to no server.
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    INPUT_CONTEXT: 'tiny',
    INPUT_MODE: 'auto',
    'INPUT_GITHUB-TOKEN': 'unused',
    INPUT_TOP: '10',
    INPUT_COMMENT: 'never',
    GITHUB_REPOSITORY: 'owner/repo',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_REF: 'refs/heads/feature',
    GITHUB_WORKSPACE: tmp,
    GITHUB_OUTPUT: outFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: tmp,
  };
  // Every process of this suite gets the same small environment. An inherited one can change Node's own start
  // (NODE_EXTRA_CA_CERTS, set on some machines, makes every `node` read and parse a CA bundle: ~30 ms here), and
  // the action's figure was once compared with a `node -e 0` that paid for it while the action did not.
  const base = { PATH: process.env.PATH, HOME: process.env.HOME };
  /** Spawn to the first line on stdout (the action prints its plan just before it measures), and to exit. */
  const firstLine = async (args) => {
    writeFileSync(outFile, '');
    writeFileSync(summaryFile, '');
    const t0 = process.hrtime.bigint();
    let first;
    const c = spawn(node, args, { cwd: tmp, env, stdio: ['ignore', 'pipe', 'ignore'] });
    c.stdout.on('data', () => (first ??= Number(process.hrtime.bigint() - t0) / 1e6));
    const code = await new Promise((res) => c.on('close', res));
    const exit = Number(process.hrtime.bigint() - t0) / 1e6;
    if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}`);
    if (first === undefined) throw new Error(`node ${args.join(' ')} printed nothing`);
    return { first, exit };
  };
  // Node's own start to its first line, measured the same way (spawn, pipe, first data), interleaved.
  const samples = { action: [], node: [] };
  for (let i = 0; i <= Math.max(runs, 9); i++) {
    const a = await firstLine([ACTION]);
    const n = await firstLine(['-e', 'console.log(0)']);
    if (i > 0) {
      samples.action.push(a);
      samples.node.push(n);
    }
  }
  const med = (xs, k) => (xs.length ? Math.round(median(xs.map((s) => s[k]))) : null);
  const actionFirst = med(samples.action, 'first');
  const actionExit = med(samples.action, 'exit');
  const nodeFirst = med(samples.node, 'first');
  const tools = [
    child('node -e 0 (Node itself)', { cmd: node, args: ['-e', '0'], env: base }),
    child('node dist/cli.js --version', { ...cli('--version'), env: base }),
    child('node dist/cli.js TINY --format json (measure a 10-file context)', { ...cli(tiny, '--format', 'json'), env: base }),
    child('node dist/index.js (the action, whole run, tiny context)', { cmd: node, args: [ACTION], cwd: tmp, env }),
  ];
  log('start-up: timing ...');
  const note = `The action prints its plan right before it measures: from spawn to that line, median ${actionFirst} ms (to exit ${actionExit} ms), against ${nodeFirst} ms for node -e "console.log(0)" measured the same way; ${samples.action.length} interleaved runs. dist/index.js loads its other chunks (diagnostics, config, image, GitHub and artifact clients) when a step needs them.`;
  suite(
    'startup',
    'Start-up',
    { note, actionToFirstLineMs: actionFirst, actionExitMs: actionExit, nodeToFirstLineMs: nodeFirst },
    await rounds(tools, Math.max(runs, 9), log),
    'node -e 0 (Node itself)',
  );
  print(
    `\nThe action, from spawn to its first line (right before the first measurement): median ${actionFirst} ms; to exit: ${actionExit} ms. Node itself to its first line (node -e "console.log(0)", same environment and method): ${nodeFirst} ms.`,
  );
  const startRows = results.suites.find((x) => x.id === 'startup').rows;
  const nodeMs = startRows[0].medianMs;
  const versionOver = startRows[1].medianMs - nodeMs;
  const tinyOver = startRows[2].medianMs - nodeMs;
  target('start-up: --version ≤ node -e 0 + 15 ms (ms over node, spawn to exit)', versionOver, versionOver <= 15);
  target('start-up: a 10-file context ≤ node -e 0 + 40 ms (ms over node, spawn to exit)', tinyOver, tinyOver <= 40);
  target(
    'start-up: the action, spawn to the first measurement ≤ node + 40 ms (ms over node -e "console.log(0)" to its first line)',
    actionFirst - nodeFirst,
    actionFirst - nodeFirst <= 40,
  );
}

// ---------- profiles ----------
if (only.has('profile')) {
  const dir = join(tmp, 'profiles');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log('profile: the analysis of tree (a) under --cpu-prof ...');
  runChild(node, ['--cpu-prof', '--cpu-prof-dir', join(dir, 'a'), CLI, A.path, '--format', 'json']);
  const pa = summarise(latestProfile(join(dir, 'a')), CLI, { top: 14 });
  results.profile = { what: `node --cpu-prof dist/cli.js TREE_A --format json (${A.files} files)`, ...pa };
  print(`\n### Profile of the analysis of tree (a): ${pa.totalMs} ms sampled\n`);
  print(profileTable(pa, 'groups'));
  print('');
  print(profileTable(pa, 'top'));
  if (GNU_TIME && rowsA) {
    const split = (r) => ({ userMs: r.userMs, sysMs: r.sysMs });
    results.profile.userSystemSplit = { 'docker-size-guard': split(rowsA[2]), 'du -sb': split(rowsA[0]), 'find -printf': split(rowsA[1]) };
    print(
      `\nUser / system CPU, median ms: docker-size-guard ${rowsA[2].userMs} / ${rowsA[2].sysMs}, du -sb ${rowsA[0].userMs} / ${rowsA[0].sysMs}, find ${rowsA[1].userMs} / ${rowsA[1].sysMs}.`,
    );
  }
  log('profile: the analysis of tree (a) under perf (kernel and native code) ...');
  const split = perfSplit(node, [CLI, A.path, '--format', 'json'], join(dir, 'perf.data'));
  rmSync(join(dir, 'perf.data'), { force: true });
  if (split) {
    results.profile.perf = split;
    print(
      `\nperf record of the same analysis, % of all samples:\n\n| where | % |\n|---|---:|\n${Object.entries(split)
        .map(([k, v]) => `| ${k} | ${v} |`)
        .join('\n')}`,
    );
  } else log('  perf is not available: skipped');
  log('profile: the action start-up under --cpu-prof ...');
  if (existsSync(join(tmp, 'event.json'))) {
    const env = {
      ...process.env,
      INPUT_CONTEXT: 'tiny',
      INPUT_MODE: 'auto',
      'INPUT_GITHUB-TOKEN': 'unused',
      INPUT_COMMENT: 'never',
      GITHUB_REPOSITORY: 'owner/repo',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: join(tmp, 'event.json'),
      GITHUB_REF: 'refs/heads/feature',
      GITHUB_WORKSPACE: tmp,
      GITHUB_OUTPUT: join(tmp, 'github-output.txt'),
      GITHUB_STEP_SUMMARY: join(tmp, 'github-summary.md'),
      RUNNER_TEMP: tmp,
    };
    runChild(node, ['--cpu-prof', '--cpu-prof-dir', join(dir, 'startup'), ACTION], { cwd: tmp, env });
    const ps = summarise(latestProfile(join(dir, 'startup')), ACTION, { top: 12, byPackage: true });
    results.startupProfile = { what: 'node --cpu-prof dist/index.js (tiny context), grouped by package', ...ps };
    print(`\n### Profile of the action's start-up: ${ps.totalMs} ms sampled, by owner\n`);
    print(profileTable(ps, 'groups'));
  }
}

// ---------- targets ----------
machine.loadAverageAtEnd = loadavg().map((x) => +x.toFixed(2));
machine.cpuPressureAtEnd = pressure();
print(`\n### Targets\n\n| target | measured | |\n|---|---:|:---:|`);
for (const t of results.targets) print(`| ${t.target} | ${t.measured} | ${t.met ? 'PASS' : '**FAIL**'} |`);
print(
  `\n${machine.cores} cores (${machine.cpu}), Node ${machine.node}, ${machine.filesystem}, load average ${machine.loadAverageAtStart.join(' ')} at the start and ${machine.loadAverageAtEnd.join(' ')} at the end; median of ${runs} interleaved runs after a warm-up.`,
);
// The committed figures are those of a full run; a quick or partial run writes beside the trees.
const partial = quick || argv.includes('--only') || argv.includes('--files');
const resultsFile = partial ? join(tmp, 'results.json') : join(root, 'bench', 'results.json');
writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
log(`wrote ${resultsFile.slice(root.length + 1)}`);
