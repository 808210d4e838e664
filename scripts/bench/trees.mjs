// The benchmark's synthetic trees, generated reproducibly (a seeded PRNG, no clock, no randomness from the
// system) under bench/tmp and reused across runs. File contents are never written: every file is made with
// ftruncate, so it is sparse — it has its apparent size (what `du -sb`, `find -printf %s` and the tool count)
// but costs an inode and no data blocks. The walkers only ever lstat, so sparse or not makes no difference to
// them. A tree is complete when its marker (next to it, never inside it) exists.
import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Bump when a generator changes: trees made by an older version are rebuilt. */
const VERSION = 2;

/** mulberry32: a small, fast, seeded PRNG; the same seed gives the same tree on every machine. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'core',
  'util',
  'api',
  'models',
  'views',
  'lib',
  'internal',
  'common',
  'io',
  'net',
  'auth',
  'db',
  'cache',
  'config',
  'jobs',
  'types',
];
const EXTS = ['ts', 'js', 'py', 'json', 'md', 'go', 'rs', 'txt', 'css', 'html'];

class Maker {
  files = 0;
  symlinks = 0;
  dirs = 0;
  bytes = 0;
  dir(p) {
    mkdirSync(p, { recursive: true });
    this.dirs++;
  }
  file(p, size) {
    const fd = openSync(p, 'w');
    if (size > 0) ftruncateSync(fd, size);
    closeSync(fd);
    this.files++;
    this.bytes += size;
  }
  link(target, p) {
    symlinkSync(target, p);
    this.symlinks++;
    this.bytes += Buffer.byteLength(target);
  }
}

/** A small file: log-uniform between 1 byte and 64 KiB (median about 250 bytes, mean about 6 kB). */
const smallSize = (rnd) => Math.floor(Math.exp(rnd() * Math.log(65536)));

/**
 * A deep source-like subtree holding `quota` files: each directory holds 6–17 files and, while files remain,
 * four subdirectories sharing the rest. About one entry in a thousand is a symlink to a sibling.
 */
function fanout(m, dir, quota, rnd, depth = 0) {
  m.dir(dir);
  const here = depth >= 12 ? quota : Math.min(quota, 6 + Math.floor(rnd() * 12));
  let prev;
  for (let i = 0; i < here; i++) {
    const name = `${WORDS[Math.floor(rnd() * WORDS.length)]}_${i}.${EXTS[Math.floor(rnd() * EXTS.length)]}`;
    if (prev !== undefined && rnd() < 0.001) m.link(prev, join(dir, name));
    else m.file(join(dir, name), smallSize(rnd));
    prev = name;
  }
  const rest = quota - here;
  if (rest <= 0) return;
  const fan = 4;
  const off = Math.floor(rnd() * WORDS.length);
  for (let k = 0; k < fan; k++) {
    const share = Math.floor(rest / fan) + (k < rest % fan ? 1 : 0);
    if (share > 0) fanout(m, join(dir, `${WORDS[(off + k) % WORDS.length]}${depth}`), share, rnd, depth + 1);
  }
}

/**
 * Tree (a): `files` small files in a deep tree (paths 9–11 components below the root), under six top-level
 * directories (src holds a fifth of them: tree (c) whitelists it).
 */
function genTreeA(root, files) {
  const m = new Maker();
  const rnd = prng(0xa11ce);
  m.dir(root);
  const tops = [
    ['src', 0.2],
    ['packages', 0.35],
    ['vendor', 0.25],
    ['tests', 0.1],
    ['docs', 0.05],
    ['tools', 0.05],
  ];
  let left = files;
  tops.forEach(([name, share], i) => {
    const n = i === tops.length - 1 ? left : Math.round(files * share);
    left -= n;
    fanout(m, join(root, name), n, rnd);
  });
  return m;
}

// Tree (b): a 16 GB "LLM project". Sizes are those of real files of the kind (a 7B model in two safetensors
// shards, torch's and CUDA's shared libraries, a git pack); the counts of small files scale with `scale`.
export const LLM_IGNORE = [
  '# the usual LLM-project ignore file: VCS, environments, caches, data sets -- but not the model weights',
  '.git',
  '.venv',
  'node_modules',
  'data',
  'notebooks',
  '**/__pycache__',
  '**/*.pyc',
  '',
].join('\n');
/** The top-level directories LLM_IGNORE excludes (tree (b) without them is tree (b-)). */
export const LLM_EXCLUDED = ['.git', '.venv', 'node_modules', 'data', 'notebooks'];

function genTreeB(root, scale, withExcluded) {
  const m = new Maker();
  const rnd = prng(0xb16b00b5);
  const n = (count) => Math.max(1, Math.round(count * scale));
  m.dir(root);
  writeFileSync(join(root, '.dockerignore'), LLM_IGNORE);
  m.files++;
  m.bytes += Buffer.byteLength(LLM_IGNORE);
  // The parts the ignore file keeps.
  const models = join(root, 'models', 'mistral-7b-instruct-v0.3');
  m.dir(models);
  m.file(join(models, 'model-00001-of-00002.safetensors'), 4_949_453_792);
  m.file(join(models, 'model-00002-of-00002.safetensors'), 3_550_041_912);
  m.file(join(models, 'tokenizer.json'), 3_671_900);
  m.file(join(models, 'tokenizer.model'), 587_404);
  m.file(join(models, 'config.json'), 601);
  m.file(join(models, 'generation_config.json'), 116);
  m.file(join(models, 'model.safetensors.index.json'), 23_950);
  fanout(m, join(root, 'src'), n(1200), rnd);
  fanout(m, join(root, 'tests'), n(400), rnd);
  const dockerfile =
    'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "-m", "src.serve"]\n';
  writeFileSync(join(root, 'Dockerfile'), dockerfile);
  m.files++;
  m.bytes += dockerfile.length;
  m.file(join(root, 'requirements.txt'), 1_214);
  m.file(join(root, 'pyproject.toml'), 2_048);
  m.file(join(root, 'README.md'), 9_811);
  // __pycache__ next to the sources (excluded by **/__pycache__).
  if (withExcluded) {
    for (const d of ['src/core0', 'src/util1', 'tests/api0', 'src']) {
      const dir = join(root, d, '__pycache__');
      m.dir(dir);
      for (let i = 0; i < n(40); i++) m.file(join(dir, `mod_${i}.cpython-311.pyc`), smallSize(rnd) * 3);
    }
  }
  if (!withExcluded) return m;
  // .git: a 1.6 GB pack and loose objects in 256 fan-out directories.
  const git = join(root, '.git');
  m.dir(join(git, 'objects', 'pack'));
  m.file(join(git, 'objects', 'pack', 'pack-3f2a9c1d5e7b8a0c4d6e2f1a3b5c7d9e0f1a2b3c.pack'), 1_612_554_211);
  m.file(join(git, 'objects', 'pack', 'pack-3f2a9c1d5e7b8a0c4d6e2f1a3b5c7d9e0f1a2b3c.idx'), 6_220_000);
  for (let i = 0; i < n(4000); i++) {
    const dir = join(git, 'objects', (i % 256).toString(16).padStart(2, '0'));
    if (i < 256) m.dir(dir);
    m.file(join(dir, ((i * 2654435761) >>> 0).toString(16).padStart(38, '0')), smallSize(rnd));
  }
  for (const f of ['HEAD', 'config', 'description', 'index', 'packed-refs']) m.file(join(git, f), f === 'index' ? 2_400_000 : 200);
  fanout(m, join(git, 'refs'), n(60), rnd);
  // .venv: site-packages with torch, CUDA libraries and many small modules.
  const sp = join(root, '.venv', 'lib', 'python3.11', 'site-packages');
  m.dir(sp);
  const big = [
    ['torch/lib/libtorch_cuda.so', 1_402_000_000],
    ['torch/lib/libtorch_cpu.so', 512_000_000],
    ['nvidia/cudnn/lib/libcudnn_engines_precompiled.so.9', 590_000_000],
    ['nvidia/cublas/lib/libcublasLt.so.12', 510_000_000],
    ['nvidia/cusparse/lib/libcusparse.so.12', 270_000_000],
    ['nvidia/nccl/lib/libnccl.so.2', 240_000_000],
    ['triton/_C/libtriton.so', 300_000_000],
    ['xformers/_C.so', 130_000_000],
  ];
  for (const [p, size] of big) {
    m.dir(join(sp, p, '..'));
    m.file(join(sp, p), size);
  }
  for (const pkg of [
    'torch',
    'transformers',
    'numpy',
    'tokenizers',
    'safetensors',
    'accelerate',
    'fastapi',
    'pydantic',
    'starlette',
    'uvicorn',
  ]) {
    fanout(m, join(sp, pkg, 'py'), n(4000), rnd);
  }
  fanout(m, join(root, '.venv', 'bin'), n(40), rnd);
  // node_modules of the web UI.
  for (let p = 0; p < n(600); p++) fanout(m, join(root, 'node_modules', `pkg-${p}`), 100, rnd);
  // Data sets and notebooks.
  m.dir(join(root, 'data'));
  m.file(join(root, 'data', 'train.jsonl'), 1_250_000_000);
  m.file(join(root, 'data', 'eval.jsonl'), 210_000_000);
  fanout(m, join(root, 'data', 'shards'), n(200), rnd);
  m.dir(join(root, 'notebooks'));
  for (let i = 0; i < 12; i++) m.file(join(root, 'notebooks', `exp-${i}.ipynb`), 1_000_000 + i * 370_000);
  return m;
}

/**
 * Tree (r): a real repository replayed from its committed description (bench/trees/fastapi.tsv.gz: `git ls-tree
 * -r -l` of fastapi/fastapi, 3,139 files in 431 directories) plus the developer junk a working copy holds: a
 * .venv, __pycache__ beside the sources, .pytest_cache, .mypy_cache, htmlcov, a .git with loose objects, a
 * data file, a .env. About 5,000 entries; the repository's own .dockerignore is absent (fastapi has none),
 * so the diagnostics have work to do.
 */
function genTreeR(root, description) {
  const m = new Maker();
  const rnd = prng(0x5eed);
  m.dir(root);
  const lines = gunzipSync(readFileSync(description))
    .toString('utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
  const made = new Set();
  const dirOf = (p) => {
    const d = dirname(p);
    if (d !== '.' && !made.has(d)) {
      mkdirSync(join(root, d), { recursive: true });
      for (let x = d; x !== '.' && !made.has(x); x = dirname(x)) {
        made.add(x);
        m.dirs++;
      }
    }
  };
  const pyDirs = new Set();
  for (const line of lines) {
    const [head, path] = line.split('\t');
    const size = Number(head.split(' ')[1]);
    dirOf(path);
    m.file(join(root, path), size);
    if (path.endsWith('.py')) pyDirs.add(dirname(path));
  }
  // __pycache__ beside every package that has Python files (the interpreter writes one .pyc per module).
  for (const d of [...pyDirs].sort().slice(0, 60)) {
    const cache = join(root, d, '__pycache__');
    m.dir(cache);
    for (let i = 0; i < 6; i++) m.file(join(cache, `m${i}.cpython-312.pyc`), smallSize(rnd) * 4);
  }
  for (const [dir, n] of [
    ['.pytest_cache/v/cache', 3],
    ['.mypy_cache/3.12/fastapi', 120],
    ['htmlcov', 80],
  ])
    fanout(m, join(root, dir), n, rnd);
  fanout(m, join(root, '.venv', 'lib', 'python3.12', 'site-packages'), 700, rnd);
  m.dir(join(root, '.git', 'objects', 'pack'));
  m.file(join(root, '.git', 'objects', 'pack', 'pack-0a1b2c.pack'), 48_000_000);
  m.file(join(root, '.git', 'objects', 'pack', 'pack-0a1b2c.idx'), 900_000);
  for (const f of ['HEAD', 'config', 'index']) m.file(join(root, '.git', f), f === 'index' ? 330_000 : 120);
  fanout(m, join(root, '.git', 'objects', 'loose'), 150, rnd);
  m.dir(join(root, 'data'));
  m.file(join(root, 'data', 'requests-sample.jsonl'), 180_000_000);
  m.file(join(root, '.env'), 240);
  writeFileSync(join(root, 'Dockerfile'), 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install .\n');
  m.files++;
  return m;
}

/**
 * Makes (or reuses) a tree and returns { path, files, symlinks, dirs, bytes }. `kind` is 'a', 'b' or 'b-'
 * (tree (b) without the directories its ignore file excludes); `size` is the file count of (a), or the scale
 * of (b)'s small-file counts.
 */
export function ensureTree(tmp, kind, size, log) {
  const name = kind === 'a' ? `a-${size}` : kind === 'r' ? 'r-fastapi' : `${kind === 'b' ? 'b' : 'b-pruned'}-${size}`;
  const path = join(tmp, name);
  const marker = join(tmp, `${name}.done.json`);
  if (existsSync(marker)) {
    const info = JSON.parse(readFileSync(marker, 'utf8'));
    if (info.version === VERSION) return { path, ...info };
  }
  rmSync(path, { recursive: true, force: true });
  log(`generating tree ${name} in ${path} (once; reused by later runs) ...`);
  const t0 = Date.now();
  const m = kind === 'a' ? genTreeA(path, size) : kind === 'r' ? genTreeR(path, size) : genTreeB(path, size, kind === 'b');
  const info = { version: VERSION, files: m.files, symlinks: m.symlinks, dirs: m.dirs, bytes: m.bytes };
  writeFileSync(marker, JSON.stringify(info) + '\n');
  log(`  ${m.files} files, ${m.symlinks} symlinks, ${m.dirs} directories, ${m.bytes} bytes in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return { path, ...info };
}
