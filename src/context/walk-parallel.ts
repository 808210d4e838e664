// The parallel walk: the same walk as walkContext (src/context/walk.ts), with the subtrees below a
// split depth walked by worker threads, and every event — entries, unreadable paths, directory
// listings — replayed to the visitor on this thread in exactly the order the sequential walk makes
// them, so that every result (lists, tallies, top-N, diagnostics, errors, warnings) is identical.
// The main thread reads the directories above the split depth itself, hands each subtree below it to
// the pool as soon as it sees it (in depth-first order), and replays the subtrees' events in order as
// they stream back in chunks. A worker is at most MAX_AHEAD chunks ahead of the replay (it waits on a
// shared counter), so memory stays bounded whatever the tree. The worker's code is a small bundle of
// src/context/walk-worker-main.ts embedded in dist/ by scripts/bundle.mjs.
// Not pure: threads and the filesystem. Memory: MAX_AHEAD chunks of CHUNK events per worker.
import { availableParallelism, loadavg } from 'node:os';
import * as nodeFs from 'node:fs';
import type { MessagePort } from 'node:worker_threads';
import type { EntryKind } from './tally.js';
import { PatternError, PatternMatcher, type MatchInfo, type PatternSource } from '../patterns/matcher.js';
import { isWellFormed } from '../util/names.js';
import { emitDecided, readDir, walkSubtree, type ListedEntry, type WalkFs, type WalkVisitor } from './walk.js';

/** Events per chunk a worker posts. */
const CHUNK = 2048;
/** Chunks a worker may post beyond what the replay has taken. */
const MAX_AHEAD = 4;

/** What a worker needs to rebuild the matcher and to know what to report. */
export interface WalkSpec {
  patterns: string[];
  sources: (PatternSource | undefined)[];
  probes: string[];
  listed: boolean;
}

interface Job {
  id: number;
  abs: string;
  rel: string;
  info: MatchInfo;
  plain: boolean;
}

/**
 * A chunk of events as posted: op codes, their strings joined by NUL (no path or name holds one; an
 * error message is cleaned of it), and their numbers, in order. Typed arrays are transferred, and one
 * string is cloned at the cost of a copy, where an array of strings costs an object per string.
 */
interface Chunk {
  ops: Uint8Array;
  text: string;
  nums: Float64Array;
}

/** A chunk being filled. */
class ChunkBuilder {
  ops: number[] = [];
  strs: string[] = [];
  nums: number[] = [];
  pack(): Chunk {
    return { ops: Uint8Array.from(this.ops), text: this.strs.join('\0'), nums: Float64Array.from(this.nums) };
  }
}

const OP_FILE = 0;
const OP_SYMLINK = 1;
const OP_DIR = 2;
const OP_OTHER = 3;
const OP_UNREADABLE = 4;
const OP_ENTER = 5;
const OP_LISTED = 6;
const KIND_OP: Record<EntryKind, number> = { file: OP_FILE, symlink: OP_SYMLINK, dir: OP_DIR, other: OP_OTHER };

/** The matcher's patterns as lines that build an equal matcher (checked: undefined when they do not). */
export function specOf(matcher: PatternMatcher, visitor: WalkVisitor): WalkSpec | undefined {
  const patterns = matcher.patterns.map((p) => (p.exclusion ? '!' : '') + p.cleaned);
  const sources = matcher.patterns.map((p) => p.source);
  let rebuilt: PatternMatcher;
  try {
    rebuilt = new PatternMatcher(patterns, sources as PatternSource[]);
  } catch {
    return undefined;
  }
  const same =
    rebuilt.patterns.length === matcher.patterns.length &&
    rebuilt.patterns.every((p, i) => p.cleaned === matcher.patterns[i]!.cleaned && p.exclusion === matcher.patterns[i]!.exclusion);
  if (!same) return undefined;
  return { patterns, sources, probes: [...(visitor.probes ?? [])], listed: visitor.listed !== undefined };
}

export interface ParallelOptions {
  /** Worker threads; default defaultWorkers() (env DOCKER_SIZE_GUARD_WORKERS overrides). Below 1: the sequential walk. */
  workers?: number;
  /** The worker's code (a CommonJS bundle of src/context/walk-worker-main.ts): embedded in dist/ (default), given by tests. */
  workerCode?: string;
  /** Directories above this depth are read by the main thread; the subtrees at it go to the workers (default 1). */
  splitDepth?: number;
  /** Entries the main thread walks by itself before it starts workers (default PARALLEL_THRESHOLD): small trees stay single-threaded. */
  threshold?: number;
}

/**
 * Below this many entries the walk stays on one thread. Starting a walker thread (a 24 KiB bundle) costs
 * 60-160 ms to its first answer on this 2-core machine under load, ~20 ms idle; the walk costs ~3 µs of
 * each thread per entry: two threads pay back their start from roughly 10,000-20,000 entries.
 */
export const PARALLEL_THRESHOLD = 20_000;

/**
 * One worker per core, when the cores are idle: on a machine whose load average already reaches its core
 * count the workers only compete with the other work (measured: two workers made a 45,000-entry walk 1.35×
 * slower at load 15 on 2 cores), so the walk stays on one thread.
 */
export function defaultWorkers(cores = availableParallelism(), load = loadavg()[0]!): number {
  return load <= cores - 0.5 ? cores : 0;
}

/** A tuning knob from the environment (DOCKER_SIZE_GUARD_WORKERS=0: one thread), when set to a number. */
function envNumber(name: string): number | undefined {
  const v = process.env[name];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
}

declare const __DSG_WALK_WORKER__: string | undefined;

/** The worker's code, embedded by scripts/bundle.mjs; undefined when running from the TypeScript sources. */
export function embeddedWorkerCode(): string | undefined {
  return typeof __DSG_WALK_WORKER__ === 'string' ? __DSG_WALK_WORKER__ : undefined;
}

/** Defaults for every parallel walk of this process, under the options given to a call (tests set them). */
export const parallelDefaults: ParallelOptions = {};

export async function walkContextParallel(
  root: string,
  matcher: PatternMatcher,
  visitor: WalkVisitor,
  given: ParallelOptions = {},
): Promise<void> {
  const opts: ParallelOptions = { ...parallelDefaults, ...given };
  const fs = nodeFs as unknown as WalkFs;
  const workers = opts.workers ?? envNumber('DOCKER_SIZE_GUARD_WORKERS') ?? defaultWorkers();
  const code = opts.workerCode ?? embeddedWorkerCode();
  const spec = specOf(matcher, visitor);
  if (workers < 1 || code === undefined || spec === undefined) {
    walkSubtree({ fs, matcher, visitor }, root, '', undefined, isWellFormed(root));
    return;
  }
  const { Worker } = await import('node:worker_threads');
  const pool = new Pool(
    workers,
    (shared) =>
      new Worker(code, {
        eval: true,
        workerData: { spec, shared },
        resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 },
      }),
  );
  const split = Math.max(1, opts.splitDepth ?? 1);
  const probes = visitor.probes ?? [];
  const wantListed = visitor.listed !== undefined;

  const threshold = opts.threshold ?? envNumber('DOCKER_SIZE_GUARD_PARALLEL_THRESHOLD') ?? PARALLEL_THRESHOLD;
  const counter = { n: 0 };
  const ctx = { fs, matcher, visitor, counter };
  let started = false;

  const walkInline = async (abs: string, rel: string, info: MatchInfo, plain: boolean, depth: number): Promise<void> => {
    for (const s of readDir(fs, matcher, abs, rel, info, plain, probes, wantListed)) {
      if (s.step === 'unreadable') visitor.unreadable(rel, s.error);
      else if (s.step === 'enter') visitor.enterDir?.(rel, s.present);
      else {
        counter.n += s.decided.length;
        if (s.listed) visitor.listed!(rel, s.listed);
        const deep = depth + 1 >= split;
        const units: (Unit | undefined)[] = [];
        // Until `threshold` entries are seen the subtrees are walked here; from then on they go to the pool,
        // all of a batch at once, so that the workers start while the batch is replayed.
        const submitFrom = (from: number): void => {
          for (let j = from; j < s.decided.length; j++) {
            const d = s.decided[j]!;
            if (d.descend) units[j] = pool.submit({ rel: d.rel, ...d.descend });
          }
        };
        if (deep && started) submitFrom(0);
        for (let i = 0; i < s.decided.length; i++) {
          const d = s.decided[i]!;
          if (deep && !started && counter.n >= threshold) {
            started = true;
            submitFrom(i);
          }
          if (!emitDecided(visitor, d)) continue;
          const unit = units[i];
          if (unit) await pool.replay(unit, visitor);
          else if (deep) walkSubtree(ctx, d.descend!.abs, d.rel, d.descend!.info, d.descend!.plain);
          else await walkInline(d.descend!.abs, d.rel, d.descend!.info, d.descend!.plain, depth + 1);
        }
      }
    }
  };
  try {
    await walkInline(root, '', undefined, isWellFormed(root), 0);
  } finally {
    await pool.close();
  }
}

interface Unit {
  job: Job;
  chunks: Chunk[];
  /** The worker walking it, once started: its `ahead` counter is credited as chunks are replayed. */
  worker?: PoolWorker;
  done: boolean;
  error?: string;
  /** A PatternError in the worker, rethrown as one here (as the sequential walk throws it). */
  patternError?: { reason: string; pattern: string; source?: PatternSource };
  wake?: () => void;
}

interface PoolWorker {
  thread: import('node:worker_threads').Worker;
  ahead: Int32Array;
  busy: boolean;
}

/** Workers started on demand, one job (a subtree) at a time each, jobs in the order submitted. */
class Pool {
  private readonly threads: PoolWorker[] = [];
  private readonly queue: Unit[] = [];
  private readonly units = new Map<number, Unit>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(
    private readonly size: number,
    private readonly start: (shared: SharedArrayBuffer) => import('node:worker_threads').Worker,
  ) {}

  submit(job: Omit<Job, 'id'>): Unit {
    const unit: Unit = { job: { id: this.nextId++, ...job }, chunks: [], done: false };
    this.units.set(unit.job.id, unit);
    this.queue.push(unit);
    this.schedule();
    return unit;
  }

  /** Replays a unit's events to the visitor as they arrive, in order; returns when the unit is done. */
  async replay(unit: Unit, visitor: WalkVisitor): Promise<void> {
    for (;;) {
      if (this.failure) throw this.failure;
      const chunk = unit.chunks.shift();
      if (chunk) {
        applyChunk(chunk, visitor);
        const w = unit.worker!;
        Atomics.sub(w.ahead, 0, 1);
        Atomics.notify(w.ahead, 0);
        continue;
      }
      if (unit.error !== undefined) {
        const p = unit.patternError;
        throw p ? new PatternError(p.reason, p.pattern, p.source) : new Error(unit.error);
      }
      if (unit.done) {
        this.units.delete(unit.job.id);
        return;
      }
      await new Promise<void>((resolve) => (unit.wake = resolve));
      unit.wake = undefined;
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((w) => w.thread.terminate()));
  }

  private schedule(): void {
    while (this.queue.length > 0) {
      let w = this.threads.find((t) => !t.busy);
      if (!w && this.threads.length < this.size) w = this.spawn();
      if (!w) return;
      const unit = this.queue.shift()!;
      unit.worker = w;
      w.busy = true;
      w.thread.postMessage(unit.job);
    }
  }

  private spawn(): PoolWorker {
    const shared = new SharedArrayBuffer(4);
    const w: PoolWorker = { thread: this.start(shared), ahead: new Int32Array(shared), busy: false };
    w.thread.on('message', (m: { id: number; chunk?: Chunk; done?: boolean; error?: string; patternError?: Unit['patternError'] }) => {
      const unit = this.units.get(m.id);
      if (!unit) return;
      if (m.chunk) unit.chunks.push(m.chunk);
      if (m.error !== undefined) {
        unit.error = m.error;
        unit.patternError = m.patternError;
      }
      if (m.done || m.error !== undefined) {
        unit.done = true;
        w.busy = false;
        this.schedule();
      }
      unit.wake?.();
    });
    w.thread.on('error', (e) => this.fail(e));
    w.thread.on('exit', (code) => {
      if (w.busy && code !== 0) this.fail(new Error(`a walker thread exited with code ${code}`));
    });
    this.threads.push(w);
    return w;
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const u of this.units.values()) u.wake?.();
  }
}

function applyChunk(c: Chunk, v: WalkVisitor): void {
  let s = 0;
  let n = 0;
  const { ops, nums } = c;
  const strs = c.text.split('\0');
  for (let i = 0; i < ops.length; i++) {
    switch (ops[i]) {
      case OP_FILE: {
        const rel = strs[s++]!;
        const inode = strs[s++]!;
        v.entry(rel, 'file', nums[n++]!, inode === '' ? undefined : inode);
        break;
      }
      case OP_SYMLINK:
        v.entry(strs[s++]!, 'symlink', nums[n++]!);
        break;
      case OP_DIR:
        v.entry(strs[s++]!, 'dir', 0);
        break;
      case OP_OTHER:
        v.entry(strs[s++]!, 'other', 0);
        break;
      case OP_UNREADABLE: {
        const rel = strs[s++]!;
        const code = strs[s++]!;
        const message = strs[s++]!;
        v.unreadable(rel, Object.assign(new Error(message), code === '' ? {} : { code }));
        break;
      }
      case OP_ENTER: {
        const rel = strs[s++]!;
        const present = nums[n++]!;
        v.enterDir?.(rel, present);
        break;
      }
      case OP_LISTED: {
        const dir = strs[s++]!;
        const count = nums[n++]!;
        const entries: ListedEntry[] = new Array(count);
        for (let k = 0; k < count; k++) {
          const name = strs[s++]!;
          const flags = nums[n++]!;
          entries[k] = { name, isDirectory: () => (flags & 1) !== 0, isFile: () => (flags & 2) !== 0 };
        }
        v.listed?.(dir, entries);
        break;
      }
    }
  }
}

/** The worker's side: walks each job's subtree with the sequential walker, posting its events in chunks. */
export function runWalkWorker(port: MessagePort, data: { spec: WalkSpec; shared: SharedArrayBuffer }): void {
  const { spec } = data;
  const ahead = new Int32Array(data.shared);
  const matcher = new PatternMatcher(spec.patterns, spec.sources as PatternSource[]);
  const fs = nodeFs as unknown as WalkFs;
  port.on('message', (job: Job) => {
    let c = new ChunkBuilder();
    const flush = (): void => {
      if (c.ops.length === 0) return;
      // Wait while MAX_AHEAD chunks are posted and not yet replayed.
      for (let now = Atomics.load(ahead, 0); now >= MAX_AHEAD; now = Atomics.load(ahead, 0)) Atomics.wait(ahead, 0, now, 1000);
      Atomics.add(ahead, 0, 1);
      const chunk = c.pack();
      port.postMessage({ id: job.id, chunk }, [chunk.ops.buffer as ArrayBuffer, chunk.nums.buffer as ArrayBuffer]);
      c = new ChunkBuilder();
    };
    const visitor: WalkVisitor = {
      entry(rel, kind, size, inode) {
        c.ops.push(KIND_OP[kind]);
        c.strs.push(rel);
        if (kind === 'file') c.strs.push(inode ?? '');
        if (kind === 'file' || kind === 'symlink') c.nums.push(size);
        if (c.ops.length >= CHUNK) flush();
      },
      unreadable(rel, error) {
        c.ops.push(OP_UNREADABLE);
        c.strs.push(rel, error.code ?? '', error.message.replaceAll('\0', ' '));
        if (c.ops.length >= CHUNK) flush();
      },
      probes: spec.probes,
      enterDir(rel, present) {
        c.ops.push(OP_ENTER);
        c.strs.push(rel);
        c.nums.push(present);
      },
      listed: spec.listed
        ? (dir, entries) => {
            c.ops.push(OP_LISTED);
            c.strs.push(dir);
            c.nums.push(entries.length);
            for (const e of entries) {
              c.strs.push(e.name);
              c.nums.push((e.isDirectory() ? 1 : 0) | (e.isFile() ? 2 : 0));
            }
            if (c.ops.length >= CHUNK) flush();
          }
        : undefined,
    };
    try {
      walkSubtree({ fs, matcher, visitor }, job.abs, job.rel, job.info, job.plain);
      flush();
      port.postMessage({ id: job.id, done: true });
    } catch (e) {
      flush();
      const patternError = e instanceof PatternError ? { reason: e.reason, pattern: e.pattern, source: e.source } : undefined;
      port.postMessage({ id: job.id, error: (e as Error).message, patternError });
    }
  });
}
