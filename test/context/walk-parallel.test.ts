// The parallel walk gives exactly what the sequential walk gives (issue 16): the whole JSON report
// (tallies, top-N, diagnostics, warnings), the --list output, the exit code and stderr, on every
// conformance case and on generated trees (several batches in one directory, non-UTF-8 names, hard
// links, symlinks, excluded directories walked for exceptions, unreadable paths beyond PATH_MAX),
// with the workers started at once (threshold 0), jobs handed back after every entry (budget 1) or not, and
// workers held on the replay at once (maxAhead 1).
import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { defaultWorkers, lastWalkStats, parallelDefaults, walkContextParallel } from '../../src/context/walk-parallel.js';
import { walkContext } from '../../src/context/walk.js';
import { PatternMatcher } from '../../src/patterns/matcher.js';
import { cases, materialise, toolArgv } from '../conformance/cases.mjs';

const root = mkdtempSync(join(tmpdir(), 'dsg-par-'));
afterAll(() => execFileSync('rm', ['-rf', root]));

let workerCode = '';
beforeAll(async () => {
  const r = await build({
    entryPoints: ['src/context/walk-worker-main.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
    define: { __DSG_WALK_WORKER__: 'undefined' },
  });
  workerCode = r.outputFiles[0]!.text;
});

type Mode = { workers: number; budget?: number; maxAhead?: number; leaveFirst?: boolean };
const SEQUENTIAL: Mode = { workers: 0 };
// budget 1: every job hands its subdirectories back; leaveFirst: the workers leave the first queued job to the
// main thread, which walks the jobs it reaches before a worker took them; maxAhead 1: workers wait on the replay
// at once.
const PARALLEL: Mode[] = [
  { workers: 2, budget: 1, leaveFirst: true },
  { workers: 1 },
  { workers: 2 },
  { workers: 2, budget: 1, maxAhead: 1 },
  { workers: 1, budget: 1, maxAhead: 1, leaveFirst: true },
];

async function runWith(mode: Mode, argv: string[], cwd: string) {
  Object.assign(parallelDefaults, { workerCode, threshold: 0, ...mode });
  try {
    return await runCli(argv, { cwd });
  } finally {
    for (const k of Object.keys(parallelDefaults)) delete (parallelDefaults as Record<string, unknown>)[k];
  }
}

/** Every output the CLI gives for the context, in each mode. */
async function outputs(mode: Mode, argv: string[], cwd: string) {
  const json = await runWith(mode, [...argv, '--format', 'json'], cwd);
  const text = await runWith(mode, argv, cwd);
  const list = await runWith(mode, [...argv, '--list', 'context'], cwd);
  return { json, text, list };
}

describe('parallel walk = sequential walk', () => {
  for (const c of cases) {
    it(`conformance case ${c.name}`, { timeout: 60_000 }, async () => {
      const dir = await mkdtemp(join(root, 'case-'));
      await materialise(c, dir);
      const argv = toolArgv(c, dir);
      const seqList = await runWith(SEQUENTIAL, argv, dir);
      const seq = await outputs(
        SEQUENTIAL,
        argv.filter((a, i) => a !== '--list' && argv[i - 1] !== '--list'),
        dir,
      );
      for (const mode of PARALLEL.slice(0, 2)) {
        expect(await runWith(mode, argv, dir)).toEqual(seqList);
        expect(
          await outputs(
            mode,
            argv.filter((a, i) => a !== '--list' && argv[i - 1] !== '--list'),
            dir,
          ),
        ).toEqual(seq);
      }
    });
  }

  it('on generated trees', { timeout: 120_000 }, async () => {
    for (const seed of [1, 2, 3]) {
      const dir = generate(join(root, `gen-${seed}`), seed);
      const seq = await outputs(SEQUENTIAL, [dir, '--top', '7'], dir);
      expect(JSON.parse(seq.json.stdout).targets[0].context.files).toBeGreaterThan(2000);
      for (const mode of PARALLEL) expect(await outputs(mode, [dir, '--top', '7'], dir)).toEqual(seq);
    }
  });

  it('the visitor sees the same events in the same order (listings and probes included)', { timeout: 120_000 }, async () => {
    const dir = generate(join(root, 'events'), 9);
    const record = () => {
      const log: string[] = [];
      return {
        log,
        visitor: {
          entry: (p: string, k: string, s: number, i?: string) => log.push(`E ${p} ${k} ${s} ${i ?? ''}`),
          unreadable: (p: string, e: NodeJS.ErrnoException) => log.push(`U ${p} ${e.code} ${e.message}`),
          probes: ['.gitignore', 'keep.me'],
          enterDir: (p: string, present: number) => log.push(`D ${p} ${present}`),
          listed: (d: string, es: readonly { name: string; isDirectory(): boolean; isFile(): boolean }[]) =>
            log.push(`L ${d} ${es.map((e) => `${e.name}:${e.isDirectory()}:${e.isFile()}`).join('|')}`),
        },
      };
    };
    const matcher = new PatternMatcher(['gen*/skip', 'd1', '!d1/keep*', '**/*.tmp']);
    const seq = record();
    walkContext(dir, matcher, seq.visitor);
    expect(seq.log.some((l) => l.startsWith('U '))).toBe(true);
    for (const mode of PARALLEL) {
      const par = record();
      await walkContextParallel(dir, matcher, par.visitor, { ...mode, workerCode, threshold: 0 });
      expect(par.log).toEqual(seq.log);
      // Each way of walking was taken: workers, subtrees handed back, jobs walked by the main thread.
      expect(lastWalkStats.workers).toBe(mode.workers);
      expect(lastWalkStats.jobs).toBeGreaterThan(0);
      if (mode.budget === 1) expect(lastWalkStats.handedBack).toBeGreaterThan(0);
      if (mode.leaveFirst) expect(lastWalkStats.walkedHere).toBeGreaterThan(0);
    }
  });
});

describe('a walker thread that dies', () => {
  it('fails the walk with one line instead of waiting forever', { timeout: 60_000 }, async () => {
    const dir = generate(join(root, 'dies'), 5);
    const visitor = { entry: () => {}, unreadable: () => {} };
    // A worker that exits as soon as it is given a job (as an out-of-memory worker would).
    const dying = "require('node:worker_threads').parentPort.once('message', () => process.exit(3));";
    await expect(
      walkContextParallel(dir, new PatternMatcher([]), visitor, { workers: 1, workerCode: dying, threshold: 0 }),
    ).rejects.toThrow('a walker thread exited with code 3');
  });

  it('also between two jobs: no job is given to a dead thread', { timeout: 60_000 }, async () => {
    const dir = generate(join(root, 'dies-between'), 6);
    const visitor = { entry: () => {}, unreadable: () => {} };
    // Finishes its first job (posting no events) and exits cleanly before the next one.
    const quits =
      "const { parentPort } = require('node:worker_threads'); parentPort.once('message', (job) => { parentPort.postMessage({ id: job.id, done: true }); setImmediate(() => process.exit(0)); });";
    await expect(
      walkContextParallel(dir, new PatternMatcher([]), visitor, { workers: 1, workerCode: quits, threshold: 0 }),
    ).rejects.toThrow('a walker thread exited with code 0');
  });
});

describe('how many workers by default (defaultWorkers)', () => {
  it.each([
    ['2 idle cores: one worker beside the main thread', 2, 0.3, 1],
    ['8 idle cores', 8, 2, 7],
    ['one core: the main thread alone', 1, 0, 0],
    ['2 busy cores (load 1.9): the main thread alone', 2, 1.9, 0],
    ['4 cores at load 3.5: still room', 4, 3.5, 3],
  ] as const)('%s', (_, cores, load, expected) => {
    expect(defaultWorkers(cores, load)).toBe(expected);
  });
});

/** A seeded tree: nested directories, a directory of 2,500 files (three listing batches), odd names, links. */
function generate(dir: string, seed: number): string {
  let a = seed;
  const rnd = () => (a = (a * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.dockerignore'), '**/*.tmp\nd1\n!d1/keep*\nbig/skip*\n');
  writeFileSync(join(dir, '.gitignore'), '*.log\n');
  const make = (at: string, depth: number): void => {
    mkdirSync(at, { recursive: true });
    const files = 3 + Math.floor(rnd() * 8);
    for (let i = 0; i < files; i++) {
      const ext = ['py', 'tmp', 'log', 'bin', 'txt'][Math.floor(rnd() * 5)];
      writeFileSync(join(at, `f${i}.${ext}`), Buffer.alloc(Math.floor(rnd() * 5000)));
    }
    if (depth < 3) for (let k = 0; k < 3; k++) make(join(at, `d${k}`), depth + 1);
  };
  for (const top of ['d0', 'd1', 'd2', 'node_modules']) make(join(dir, top), 0);
  mkdirSync(join(dir, 'd1', 'keepme'), { recursive: true });
  writeFileSync(join(dir, 'd1', 'keepme', 'x'), 'kept');
  mkdirSync(join(dir, 'big'));
  for (let i = 0; i < 2500; i++) writeFileSync(join(dir, 'big', `${i % 7 === 0 ? 'skip' : 'f'}${i}`), Buffer.alloc(i % 97));
  writeFileSync(Buffer.from(join(dir, 'd0') + '/\xff-odd', 'latin1'), 'odd');
  writeFileSync(join(dir, 'd0', 'linked.bin'), Buffer.alloc(1000));
  linkSync(join(dir, 'd0', 'linked.bin'), join(dir, 'd2', 'hard'));
  symlinkSync('../d0', join(dir, 'd2', 'link'));
  writeFileSync(join(dir, 'd2', '.gitignore'), 'f1.*\n');
  const seg = 'x'.repeat(250);
  execFileSync('bash', ['-c', `cd "$1" && for i in $(seq 18); do mkdir ${seg} && cd ${seg}; done && echo deep > f`, 'x', join(dir, 'd2')]);
  return dir;
}
