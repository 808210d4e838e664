// The precision corpus (issue 10): real public repositories replayed from their compact description
// (test/fixtures/corpus/NAME/: tree.tsv + meta.json, recorded by scripts/record-corpus.mjs), with the developer junk
// a working copy gathers added on top, and the four figures a reviewer checks advice by:
//   1. suggested lines that remove a committed file the build needs (tracked, copied by the Dockerfile, and not in a
//      family no build reads) — must be 0;
//   2. `error` findings that cannot be justified (an error is justified only for a COPY source Docker cannot find,
//      or a planted real secret copied into the image) — must be 0;
//   3. drift entries naming a committed path (gitignore rules never apply to tracked files) — must be 0;
//   4. junk recall: junk bytes the suggested block removes / junk bytes in the context — at least 90 %.
// Files are written sparse (their sizes, not their bytes), except the texts the tools read. What git tracks is
// written as a real .git/index (src/diagnose/git-index.ts), which the tool reads like any repository's; the replay
// needs no git. Memory: the tree's paths.
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, symlinkSync, writeFileSync, ftruncateSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Diagnostics } from '../../src/model/diagnostics.js';
import type { Report } from '../../src/model/report.js';
import { writeGitIndex } from '../../src/diagnose/git-index.js';
import { removedByBlock } from '../../src/diagnose/precision.js';
import { compileLine, dockerExcludes } from '../../src/diagnose/docker-syntax.js';
import { PatternMatcher } from '../../src/patterns/matcher.js';

export const CORPUS_DIR = 'test/fixtures/corpus';

export interface Meta {
  name: string;
  repository: string;
  commit: string;
  dockerfile: string;
  texts: Record<string, string>;
}

export interface Entry {
  path: string;
  size: number;
  /** A symlink's target. */
  link?: string;
}

export interface Junk {
  path: string;
  size: number;
  /** The text to write (a planted secret, a venv's pyvenv.cfg); sparse bytes otherwise. */
  text?: string;
  /** A real-looking secret: an error finding naming it is justified. */
  secret?: boolean;
}

export interface Replay {
  meta: Meta;
  tracked: Entry[];
  junk: Junk[];
}

export function corpusNames(): string[] {
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function loadReplay(name: string): Replay {
  const dir = join(CORPUS_DIR, name);
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as Meta;
  const tracked: Entry[] = [];
  for (const line of readFileSync(join(dir, 'tree.tsv'), 'utf8').split('\n')) {
    if (line === '') continue;
    const f = line.split('\t');
    if (f[0] === 'L') tracked.push({ path: f[2]!, size: Buffer.byteLength(f[1]!), link: f[1]! });
    else tracked.push({ path: f[1]!, size: Number(f[0]) });
  }
  return { meta, tracked, junk: developerJunk(tracked) };
}

const MB = 1_000_000;

/**
 * What a developer's working copy holds beside the committed tree, by what the repository is: git's objects,
 * editor and OS litter, logs, a planted .env with a real-looking key; a virtual environment and bytecode caches
 * beside Python; node_modules in each package of a Node workspace; build/ directories of CMake; target/ of Cargo;
 * model weights, checkpoints and data sets of an ML service. Never a path the repository tracks.
 */
export function developerJunk(tracked: readonly Entry[]): Junk[] {
  const files = new Set(tracked.map((e) => e.path));
  const dirs = new Set<string>();
  for (const p of files) for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) dirs.add(p.slice(0, i));
  const has = (re: RegExp): boolean => tracked.some((e) => re.test(e.path));
  const out: Junk[] = [];
  const add = (path: string, size: number, extra: Partial<Junk> = {}): void => {
    // Never over a tracked file, never a tracked directory's name for a file, never inside a tracked file's name.
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) if (files.has(parts.slice(0, i).join('/'))) return;
    if (files.has(path) || dirs.has(path)) return;
    out.push({ path, size, ...extra });
  };

  add('.git/objects/pack/pack-5f3c.pack', 80 * MB);
  add('.git/objects/pack/pack-5f3c.idx', 2 * MB);
  add('.git/logs/HEAD', 40_000);
  add('.DS_Store', 6148);
  add('.idea/workspace.xml', 24_000);
  add('.vscode/launch.json', 900);
  add('logs/server.log', 3 * MB);
  add('debug.log', 120_000);
  add('.env', 0, {
    text: 'OPENAI_API_KEY=sk-proj-Zq3vN8xT2mK7pL4wR9sY6bJ1\nDATABASE_URL=postgres://app:S3cr3tPassw0rd@db:5432/app\n',
    secret: true,
  });

  const py = tracked.filter((e) => e.path.endsWith('.py') && !e.path.includes('/.'));
  if (py.length > 0) {
    add('.venv/pyvenv.cfg', 0, { text: 'home = /usr/bin\ninclude-system-site-packages = false\nversion = 3.11.9\n' });
    add('.venv/lib/python3.11/site-packages/torch/lib/libtorch_cpu.so', 420 * MB);
    add('.venv/lib/python3.11/site-packages/numpy/core/_multiarray_umath.so', 9 * MB);
    add('.venv/bin/python', 12);
    add('.pytest_cache/v/cache/nodeids', 12_000);
    add('.mypy_cache/3.11/builtins.data.json', 3 * MB);
    // Bytecode beside the first 40 modules, in each package's __pycache__.
    for (const e of py.slice(0, 40)) {
      const slash = e.path.lastIndexOf('/');
      const base = e.path.slice(slash + 1, -3);
      add(`${slash < 0 ? '' : e.path.slice(0, slash) + '/'}__pycache__/${base}.cpython-311.pyc`, Math.max(800, Math.round(e.size * 0.6)));
    }
  }
  if (has(/(^|\/)package\.json$/)) {
    add('node_modules/typescript/lib/typescript.js', 9 * MB);
    add('node_modules/.pnpm/esbuild@0.21.5/node_modules/@esbuild/linux-x64/bin/esbuild', 10 * MB);
    add('node_modules/.cache/webpack/default-development/0.pack', 60 * MB);
    for (const m of tracked.filter((e) => /(^|\/)package\.json$/.test(e.path) && e.path.includes('/')).slice(0, 12)) {
      const pkg = m.path.slice(0, m.path.lastIndexOf('/'));
      add(`${pkg}/node_modules/.vite/deps/chunk-4KX2.js`, 800_000);
      add(`${pkg}/node_modules/react-dom/cjs/react-dom.development.js`, 1_100_000);
    }
  }
  if (has(/(^|\/)CMakeLists\.txt$/)) {
    add('build/bin/main', 30 * MB);
    add('build/CMakeCache.txt', 60_000);
    add('build/src/CMakeFiles/whisper.dir/whisper.cpp.o', 8 * MB);
    add('build-cuda/bin/libggml-cuda.so', 180 * MB);
    add('cmake-build-debug/bin/main', 25 * MB);
  }
  if (has(/(^|\/)Cargo\.toml$/)) {
    add('target/release/deps/libtokio-8f2c.rlib', 120 * MB);
    add('target/release/router', 60 * MB);
    add('target/debug/incremental/router-1x/s-h3-work.lock', 40 * MB);
  }
  if (has(/(^|\/)go\.mod$/)) {
    add('bin/buildctl', 45 * MB);
    add('dist/linux-amd64/server', 50 * MB);
  }
  if (has(/\.py$/) && has(/(torch|transformers|model|llm|tts|inference)/i)) {
    add('models/llama-3-8b-instruct.Q4_K_M.gguf', 4_900 * MB);
    add('models/tokenizer.json', 9 * MB);
    add('checkpoints/run-2024-06-01/step-1000/model.safetensors', 1_200 * MB);
    add('data/train.parquet', 300 * MB);
    add('data/eval.jsonl', 40 * MB);
  }
  return out;
}

/** Writes the replay under `dir`: the tracked tree (sparse), the texts, the junk, and .git/index naming what is tracked. */
export function materialize(r: Replay, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const write = (path: string, size: number, text?: string): void => {
    const abs = join(dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    if (text !== undefined) {
      writeFileSync(abs, text);
      return;
    }
    const fd = openSync(abs, 'w');
    try {
      ftruncateSync(fd, size);
    } finally {
      closeSync(fd);
    }
  };
  for (const e of r.tracked) {
    if (e.link !== undefined) {
      mkdirSync(dirname(join(dir, e.path)), { recursive: true });
      if (!existsSync(join(dir, e.path))) symlinkSync(e.link, join(dir, e.path));
    } else write(e.path, e.size, r.meta.texts[e.path]);
  }
  for (const j of r.junk) write(j.path, j.size, j.text);
  mkdirSync(join(dir, '.git'), { recursive: true });
  writeFileSync(join(dir, '.git/HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(dir, '.git/index'), writeGitIndex(r.tracked.map((e) => e.path)));
}

/** What the precision figures need from a run of the tool on the replay (in-process or a CLI binary). */
export interface RunResult {
  report: Report;
  /** `--list context` and `--list copied`. */
  context: string[];
  copied: string[];
}

export interface Figures {
  name: string;
  /** Suggested lines removing a committed file the build needs, and those files (at most 5 shown). */
  neededLines: number;
  neededExamples: string[];
  unjustifiedErrors: number;
  errorExamples: string[];
  committedDrift: number;
  driftExamples: string[];
  junkBytes: number;
  junkRemoved: number;
  /** junkRemoved / junkBytes (1 when there is no junk in the context). */
  recall: number;
  suggestions: string[];
  /** The largest junk the block leaves in the context. */
  junkLeft: string[];
}

/** Paths no build reads, decided independently of the tool's families: VCS, caches, editor/OS files, venvs, logs. */
const NOT_READ =
  /(^|\/)(\.git|\.hg|\.svn|__pycache__|\.pytest_cache|\.mypy_cache|\.ruff_cache|\.tox|node_modules|\.venv|venv|\.idea|\.vscode|\.DS_Store|Thumbs\.db)(\/|$)|\.(pyc|pyo|log|swp)$/;

export function figures(r: Replay, dir: string, run: RunResult): Figures {
  const t = run.report.targets[0]!;
  const d: Diagnostics = t.diagnostics!;
  const trackedSet = new Set(r.tracked.map((e) => e.path));
  const trackedDirs = new Set<string>();
  for (const p of trackedSet) for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) trackedDirs.add(p.slice(0, i));
  const inContext = new Set(run.context);
  const ignoreAbs = d.block ? join(dir, relativeToCwd(d.block.file)) : undefined;
  const ignoreText = ignoreAbs && existsSync(ignoreAbs) ? readFileSync(ignoreAbs, 'utf8') : undefined;

  // 1. Needed: committed, copied, and not something no build reads.
  const needed = run.copied.filter((p) => trackedSet.has(p) && !NOT_READ.test(p));
  const removedNeeded = removedByBlock(ignoreText, d.block?.text, needed);
  const blockLines = (d.block?.text ?? '').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  const offending = new Set<string>();
  for (const p of removedNeeded) {
    const line = blockLines.find((l) => {
      const c = compileLine(l);
      return c !== undefined && dockerExcludes(new PatternMatcher([l]), p);
    });
    offending.add(line ?? '(block)');
  }

  // 2. Errors: justified only for a COPY source Docker cannot find, or a planted secret copied into the image.
  const secrets = new Set(r.junk.filter((j) => j.secret).map((j) => j.path));
  const unjustified = d.findings.filter((f) => {
    if (f.severity !== 'error') return false;
    if (f.rule === 'excludes-needed') return !/the build fails/.test(f.message);
    if (f.rule === 'secret-in-context') {
      const m = /secret in the build context: (.+?) \(/.exec(f.message);
      return !(m && secrets.has(m[1]!) && inContext.has(m[1]!));
    }
    return true;
  });

  // 3. Drift entries naming a committed path.
  const committedDrift = d.drift.items.filter((i) => i.examples.some((p) => trackedSet.has(p) || trackedDirs.has(p)));

  // 4. Junk recall.
  const junkIn = r.junk.filter((j) => inContext.has(j.path));
  const sizeOf = new Map(junkIn.map((j) => [j.path, j.text !== undefined ? Buffer.byteLength(j.text) : j.size]));
  const junkBytes = junkIn.reduce((s, j) => s + sizeOf.get(j.path)!, 0);
  const removed = removedByBlock(
    ignoreText,
    d.block?.text,
    junkIn.map((j) => j.path),
  );
  const junkRemoved = removed.reduce((s, p) => s + sizeOf.get(p)!, 0);

  return {
    name: r.meta.name,
    neededLines: offending.size,
    neededExamples: removedNeeded.slice(0, 5),
    unjustifiedErrors: unjustified.length,
    errorExamples: unjustified.slice(0, 3).map((f) => `${f.rule}: ${f.message.slice(0, 160)}`),
    committedDrift: committedDrift.length,
    driftExamples: committedDrift.slice(0, 3).map((i) => `${i.file}:${i.line} ${i.pattern} (${i.examples.join(', ')})`),
    junkBytes,
    junkRemoved,
    recall: junkBytes === 0 ? 1 : junkRemoved / junkBytes,
    suggestions: d.suggestions.map((s) => s.line),
    junkLeft: junkIn
      .filter((j) => !removed.includes(j.path))
      .sort((a, b) => sizeOf.get(b.path)! - sizeOf.get(a.path)!)
      .slice(0, 3)
      .map((j) => `${j.path} (${sizeOf.get(j.path)} B)`),
  };
}

/** The tool shows paths relative to the current directory; the runs use the replay's root as it. */
function relativeToCwd(shown: string): string {
  return shown.replace(/^\.\//, '');
}

/** Runs a CLI (argv -> stdout, exit code) three times on the replay: the JSON report, --list context, --list copied. */
export async function runOn(
  r: Replay,
  dir: string,
  cli: (argv: string[], cwd: string) => Promise<{ code: number; stdout: string; stderr: string }>,
): Promise<RunResult> {
  const base = ['.', '-f', r.meta.dockerfile];
  const json = await cli([...base, '--format', 'json'], dir);
  if (json.code !== 0 && json.code !== 1) throw new Error(`${r.meta.name}: the tool failed (${json.code}): ${json.stderr.trim()}`);
  const list = async (what: string): Promise<string[]> => {
    const l = await cli([...base, '--list', what], dir);
    if (l.code !== 0) throw new Error(`${r.meta.name}: --list ${what} failed (${l.code}): ${l.stderr.trim()}`);
    return l.stdout.split('\n').filter(Boolean);
  };
  return { report: JSON.parse(json.stdout) as Report, context: await list('context'), copied: await list('copied') };
}

export function formatFigures(rows: readonly Figures[]): string {
  const head = ['repository', 'lines removing needed files', 'unjustified errors', 'drift naming committed paths', 'junk recall'];
  const body = rows.map((f) => [
    f.name,
    String(f.neededLines),
    String(f.unjustifiedErrors),
    String(f.committedDrift),
    `${(f.recall * 100).toFixed(1)}% (${(f.junkRemoved / 1e6).toFixed(1)} of ${(f.junkBytes / 1e6).toFixed(1)} MB)`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), ...body.map(line)].join('\n');
}
