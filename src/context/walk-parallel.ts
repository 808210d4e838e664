// The parallel walk: the same walk as walkContext (src/context/walk.ts), shared between the main thread and
// worker threads, with every event — entries, unreadable paths, directory listings — delivered to the
// visitor on the main thread in exactly the order the sequential walk makes them, so that every result
// (lists, tallies, top-N, diagnostics, errors, warnings) is identical.
// The walk is cut into jobs (a directory and what is below it). The main thread walks the root itself, to
// the visitor; once it has seen `threshold` entries (a small tree never starts a worker) the subdirectories
// of the directories it is reading become queued jobs. A worker takes a queued job, walks it, and streams
// its events back in packed chunks; after `budget` entries — or at once when a worker or the main thread
// waits for work — it hands its further subdirectories back as jobs of their own, marking their place in
// its events. Workers take queued jobs in the walk's order. The main thread replays the jobs in that order
// and walks itself (with a smaller budget: it also replays everything) a job it reaches that no worker has
// taken — typically the subdirectory a worker handed back because the main thread was waiting — so it never
// waits on a queue and its spare time walks too. A worker is at most maxAhead chunks ahead of the replay (it
// waits on a shared counter); the job being replayed is held up only by its own chunks, so the walk always
// progresses and memory stays bounded.
// The worker's code is a small bundle of src/context/walk-worker-main.ts embedded in dist/ by
// scripts/bundle.mjs.
// Not pure: threads and the filesystem. Memory: per worker maxAhead chunks of CHUNK events (4× that for
// the job being replayed), and the jobs queued: the unwalked subdirectories of the directories being read.
import { availableParallelism, loadavg } from 'node:os';
import * as nodeFs from 'node:fs';
import type { MessagePort } from 'node:worker_threads';
import type { EntryKind } from './tally.js';
import { PatternError, PatternMatcher, type MatchInfo, type PatternSource } from '../patterns/matcher.js';
import { isWellFormed } from '../util/names.js';
import {
  emitDecided,
  FlagListed,
  readDir,
  visitStep,
  walkContext,
  type Decided,
  type ListedEntry,
  type WalkFs,
  type WalkVisitor,
} from './walk.js';

/**
 * Events per chunk a worker posts: its text (~60 bytes a path) stays under V8's large-object size, so a
 * replayed chunk dies young instead of piling up in the old generation (measured: peak RSS at 1M files
 * 116 → 108 MB against 2048).
 */
const CHUNK = 1024;
/** Chunks a worker may post beyond what the replay has taken. */
const MAX_AHEAD = 32;
/** Chunks the main thread replays between two turns of its event loop (where the workers' messages come in). */
const YIELD_EVERY = 2;
/** A worker's budget is this many times the main thread's, which also replays every event. */
const MAIN_SHARE = 4;
/** Entries the main thread walks between two turns of its event loop. */
const YIELD_HERE_EVERY = 512;
/** Entries a job walks before it may hand subdirectories back. */
const JOB_BUDGET = 4096;

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
  /** The subtrees handed back in this chunk (OP_DEFER), by sequence number in the job. */
  defers?: Deferral[];
}

/** A subdirectory a job hands back, to be walked as a job of its own. */
interface Deferral {
  seq: number;
  abs: string;
  rel: string;
  info: MatchInfo;
  plain: boolean;
}

/** A chunk being filled. */
class ChunkBuilder {
  ops: number[] = [];
  strs: string[] = [];
  nums: number[] = [];
  defers: Deferral[] = [];
  pack(): Chunk {
    const chunk: Chunk = { ops: Uint8Array.from(this.ops), text: this.strs.join('\0'), nums: Float64Array.from(this.nums) };
    if (this.defers.length > 0) chunk.defers = this.defers;
    return chunk;
  }
}

const OP_FILE = 0;
const OP_SYMLINK = 1;
const OP_DIR = 2;
const OP_OTHER = 3;
const OP_UNREADABLE = 4;
const OP_ENTER = 5;
const OP_LISTED = 6;
const OP_DEFER = 7;
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
  /** Entries the main thread walks by itself before it starts workers (default PARALLEL_THRESHOLD): small trees stay single-threaded. */
  threshold?: number;
  /** Entries a job walks before it hands subdirectories back (default JOB_BUDGET, env DOCKER_SIZE_GUARD_JOB_BUDGET; tests set 1). */
  budget?: number;
  /** Chunks a worker may be ahead of the replay (default MAX_AHEAD; tests set 1). */
  maxAhead?: number;
  /** The budget of the jobs the main thread walks (default budget ÷ MAIN_SHARE). */
  mainBudget?: number;
  /** Tests: workers leave the first queued job to the main thread, so that it walks jobs itself. */
  leaveFirst?: boolean;
}

/**
 * Below this many entries the walk stays on one thread. Starting a walker thread (a 24 KiB bundle) costs
 * 60-160 ms to its first answer on this 2-core machine under load, ~20 ms idle; the walk costs ~3 µs of
 * each thread per entry: two threads pay back their start from roughly 10,000-20,000 entries.
 */
export const PARALLEL_THRESHOLD = 20_000;

/**
 * One worker per core beside the main thread's (which walks too), when the cores are idle: on a machine whose
 * load average already reaches its core count the workers only compete with the other work (measured: two
 * workers made a 45,000-entry walk 1.35× slower at load 15 on 2 cores), so the walk stays on one thread.
 */
export function defaultWorkers(cores = availableParallelism(), load = loadavg()[0]!): number {
  return load <= cores - 0.5 ? cores - 1 : 0;
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

/** What the last parallel walk of this process did (tests check that each way of walking was taken). */
const noStats = () => ({ workers: 0, jobs: 0, handedBack: 0, walkedHere: 0 });
export const lastWalkStats = noStats();

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
    walkContext(root, matcher, visitor, fs);
    return;
  }
  // node:worker_threads is loaded when the first worker starts (~1.3 ms a small tree does not pay); Node before
  // 20.16 has no process.getBuiltinModule and loads it now.
  const eager = typeof process.getBuiltinModule === 'function' ? undefined : (await import('node:worker_threads')).Worker;
  const workerClass = () => eager ?? process.getBuiltinModule('node:worker_threads').Worker;
  Object.assign(lastWalkStats, noStats());
  const budget = opts.budget ?? envNumber('DOCKER_SIZE_GUARD_JOB_BUDGET') ?? JOB_BUDGET;
  const limits: Limits = {
    budget: Math.max(1, budget),
    maxAhead: Math.max(1, opts.maxAhead ?? MAX_AHEAD),
    mainBudget: Math.max(1, opts.mainBudget ?? Math.ceil(budget / MAIN_SHARE)),
    leaveFirst: opts.leaveFirst === true,
  };
  const ctx = { fs, matcher, visitor };
  const pool = new Pool(
    workers,
    limits,
    ctx,
    (data) =>
      new (workerClass())(code, {
        eval: true,
        workerData: { spec, limits, ...data },
        // A worker keeps one directory's batch and one chunk: a small old generation is collected early.
        resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 16 },
      }),
  );
  const threshold = opts.threshold ?? envNumber('DOCKER_SIZE_GUARD_PARALLEL_THRESHOLD') ?? PARALLEL_THRESHOLD;
  try {
    // The root is a job the main thread walks itself, with `threshold` as its budget: a small tree never
    // starts a worker.
    await pool.walkHere({ id: 0, abs: root, rel: '', info: undefined, plain: isWellFormed(root) }, [], threshold);
  } finally {
    await pool.close();
  }
}

/** The pool's bounds, shared with the workers. */
interface Limits {
  /** Entries a job walks before it may hand its further subdirectories back as jobs of their own. */
  budget: number;
  /** Chunks a worker may post beyond what the replay has taken (4× that for the job being replayed). */
  maxAhead: number;
  /** The budget of a job the main thread walks (it also replays everything: it takes smaller pieces). */
  mainBudget: number;
  /** Tests: a worker leaves the first queued job to the main thread (which walks it when it gets there). */
  leaveFirst: boolean;
}

/**
 * Indexes in the shared control array: the id of the job being replayed; workers waiting for a job; the id of the
 * job the main thread waits for and asks to hand work back (0: none), which only that job's worker takes.
 */
const FRONT = 0;
const HUNGRY = 1;
const MAIN_HUNGRY = 2;
/** Indexes in a worker's shared counters: its chunks not yet replayed; those of its current job replayed. */
const AHEAD = 0;
const CURRENT_REPLAYED = 1;
const WAKE = 2;

/** A subtree to walk: submitted by the main thread or handed back by a worker (`deferred` of its parent). */
interface Unit {
  job: Job;
  /** Its place in the walk's order: units compare lexicographically (a child's key extends its parent's). */
  key: number[];
  state: 'queued' | 'running' | 'main' | 'done';
  chunks: Chunk[];
  /** The worker walking it, once started: its `ahead` counter is credited as chunks are replayed. */
  worker?: PoolWorker;
  /** Subtrees it handed back, by their sequence number in it. */
  deferred: Unit[];
  /** The replay's position in chunks[0]: op, string and number cursors (strs: chunks[0].text split). */
  at: { op: number; str: number; num: number; strs?: string[] };
  error?: string;
  /** A PatternError in the worker, rethrown as one here (as the sequential walk throws it). */
  patternError?: { reason: string; pattern: string; source?: PatternSource };
}

interface PoolWorker {
  thread: import('node:worker_threads').Worker;
  ahead: Int32Array;
  unit?: Unit;
}

interface WorkerMessage {
  id: number;
  chunk?: Chunk;
  done?: boolean;
  error?: string;
  patternError?: Unit['patternError'];
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/**
 * Workers started on demand, one job at a time each, and the main thread as one more walker. Queued jobs start
 * in the walk's order (the smallest key first). When the job the replay needs next has not started, the main
 * thread walks it itself (straight to the visitor, with a budget, handing the rest to the queue), so it never
 * waits on a queue. A worker may run ahead of the replay by `maxAhead` chunks (then it waits), except on the job
 * being replayed, which is only held up by its own chunks: the walk always progresses and memory stays bounded.
 */
class Pool {
  private readonly threads: PoolWorker[] = [];
  /** Queued units, sorted by key. */
  private readonly queue: Unit[] = [];
  private readonly units = new Map<number, Unit>();
  private readonly control = new Int32Array(new SharedArrayBuffer(12));
  private nextId = 1;
  private failure: Error | undefined;
  private sinceYield = 0;
  private closing = false;
  private sinceYieldHere = 0;
  /** The replay, waiting for its unit to progress. */
  private waiter: (() => void) | undefined;

  constructor(
    private readonly size: number,
    private readonly limits: Limits,
    private readonly ctx: { fs: WalkFs; matcher: PatternMatcher; visitor: WalkVisitor },
    private readonly start: (data: { shared: SharedArrayBuffer; control: SharedArrayBuffer }) => import('node:worker_threads').Worker,
  ) {}

  private enqueue(job: Job, key: number[]): Unit {
    const unit: Unit = { job, key, state: 'queued', chunks: [], deferred: [], at: { op: 0, str: 0, num: 0 } };
    this.units.set(job.id, unit);
    let lo = 0;
    let hi = this.queue.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareKeys(this.queue[mid]!.key, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    this.queue.splice(lo, 0, unit);
    this.schedule();
    return unit;
  }

  /** Replays a unit's events to the visitor as they arrive, in order (its handed-back subtrees where they belong). */
  async replay(unit: Unit): Promise<void> {
    const visitor = this.ctx.visitor;
    if (unit.state === 'queued') {
      // No worker is free to take it (it would have): walk it here.
      this.queue.splice(this.queue.indexOf(unit), 1);
      unit.state = 'main';
      lastWalkStats.walkedHere++;
      await this.walkHere(unit.job, unit.key, this.limits.mainBudget);
      unit.state = 'done';
      this.units.delete(unit.job.id);
      return;
    }
    this.setFront(unit.job.id);
    for (;;) {
      if (this.failure) throw this.failure;
      const chunk = unit.chunks[0];
      if (chunk) {
        const sub = applyChunk(chunk, unit.at, visitor);
        if (sub !== undefined) {
          await this.replay(unit.deferred[sub]!);
          delete unit.deferred[sub]; // replayed: not kept until the parent is done
          this.setFront(unit.job.id);
          continue;
        }
        unit.chunks.shift();
        unit.at = { op: 0, str: 0, num: 0 };
        const w = unit.worker!;
        if (w.unit === unit) Atomics.add(w.ahead, CURRENT_REPLAYED, 1);
        Atomics.sub(w.ahead, AHEAD, 1);
        Atomics.add(w.ahead, WAKE, 1);
        Atomics.notify(w.ahead, WAKE);
        // Let the workers' messages in between chunks: a worker done with its job gets the next one at once.
        if (++this.sinceYield >= YIELD_EVERY) {
          this.sinceYield = 0;
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
        continue;
      }
      if (unit.error !== undefined) {
        const p = unit.patternError;
        throw p ? new PatternError(p.reason, p.pattern, p.source) : new Error(unit.error);
      }
      if (unit.state === 'done') {
        this.units.delete(unit.job.id);
        return;
      }
      // Waiting for this job's worker: ask it (and only it) to hand work back — once, until it has answered.
      Atomics.compareExchange(this.control, MAIN_HUNGRY, 0, unit.job.id);
      await new Promise<void>((resolve) => (this.waiter = resolve));
      this.waiter = undefined;
    }
  }

  /**
   * Walks a job on this thread, straight to the visitor. Once it has walked `budget` entries, the further
   * subdirectories of the directories it is reading are queued as jobs of their own (a worker takes the first,
   * this thread walks the next if no worker is free) and replayed where they belong.
   */
  async walkHere(job: Job, key: readonly number[], budget: number): Promise<void> {
    const { fs, matcher, visitor } = this.ctx;
    const probes = visitor.probes ?? [];
    const wantListed = visitor.listed !== undefined;
    let seq = 0;
    this.setFront(0);
    const walk = async (abs: string, rel: string, info: MatchInfo, plain: boolean): Promise<void> => {
      for (const s of readDir(fs, matcher, abs, rel, info, plain, probes, wantListed)) {
        const decided = visitStep(visitor, rel, s);
        if (decided.length === 0) continue;
        budget -= decided.length;
        // Let the workers' messages in now and then: a worker done with its job gets the next one.
        this.sinceYieldHere += decided.length;
        if (this.sinceYieldHere >= YIELD_HERE_EVERY && this.threads.length > 0) {
          this.sinceYieldHere = 0;
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
        let units: Unit[] | undefined;
        for (let i = 0; i < decided.length; i++) {
          const d = decided[i]!;
          if (units === undefined && d.descend !== undefined && (budget <= 0 || this.idleWorkers() > 0)) {
            units = [];
            for (let j = i; j < decided.length; j++) {
              const e = decided[j]!;
              if (e.descend) units[j] = this.enqueue({ id: this.nextId++, rel: e.rel, ...e.descend }, [...key, seq++]);
            }
          }
          if (!emitDecided(visitor, d)) continue;
          const unit = units?.[i];
          if (unit === undefined) await walk(d.descend!.abs, d.rel, d.descend!.info, d.descend!.plain);
          else {
            await this.replay(unit);
            this.setFront(0);
          }
        }
      }
    };
    await walk(job.abs, job.rel, job.info, job.plain);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.threads.map((w) => w.thread.terminate()));
  }

  /** The job being replayed (0: one this thread walks). */
  private setFront(id: number): void {
    if (Atomics.exchange(this.control, FRONT, id) === id) return;
    Atomics.store(this.control, MAIN_HUNGRY, 0); // a request for another job is void
    // A worker waiting on its `ahead` counter re-reads the front (the job being replayed never waits long).
    for (const w of this.threads) {
      Atomics.add(w.ahead, WAKE, 1);
      Atomics.notify(w.ahead, WAKE);
    }
  }

  private schedule(): void {
    while (this.queue.length > 0) {
      let w = this.threads.find((t) => t.unit === undefined);
      if (!w && this.threads.length < this.size) w = this.spawn();
      if (!w) break;
      // The first in the walk's order: the main thread replays it as it comes, and walks a job itself only
      // when it gets there before a worker took it (it asked for it, waiting: see updateHungry).
      const unit = this.queue.splice(this.limits.leaveFirst && this.queue.length >= 2 ? 1 : 0, 1)[0]!;
      unit.worker = w;
      unit.state = 'running';
      lastWalkStats.jobs++;
      w.unit = unit;
      Atomics.store(w.ahead, CURRENT_REPLAYED, 0);
      w.thread.postMessage(unit.job);
    }
    this.updateHungry();
  }

  /** Workers started and free. */
  private idleWorkers(): number {
    let n = 0;
    for (const t of this.threads) if (t.unit === undefined) n++;
    return n;
  }

  /**
   * How many workers want work now: with nothing queued, those free (or that may start). A busy worker hands the
   * rest of its batch back for each (the main thread asks through MAIN_HUNGRY instead).
   */
  private updateHungry(): void {
    const free = this.idleWorkers() + this.size - this.threads.length;
    Atomics.store(this.control, HUNGRY, this.queue.length === 0 ? free : 0);
  }

  private spawn(): PoolWorker {
    const shared = new SharedArrayBuffer(12);
    const w: PoolWorker = {
      thread: this.start({ shared, control: this.control.buffer as SharedArrayBuffer }),
      ahead: new Int32Array(shared),
    };
    w.thread.on('message', (m: WorkerMessage) => {
      const unit = this.units.get(m.id);
      if (!unit) return;
      if (m.chunk) {
        for (const { seq, ...rest } of m.chunk.defers ?? []) {
          lastWalkStats.handedBack++;
          unit.deferred[seq] = this.enqueue({ id: this.nextId++, ...rest }, [...unit.key, seq]);
        }
        unit.chunks.push(m.chunk);
      }
      if (m.error !== undefined) {
        unit.error = m.error;
        unit.patternError = m.patternError;
      }
      if (m.done || m.error !== undefined) {
        unit.state = 'done';
        w.unit = undefined;
        this.schedule();
      }
      this.waiter?.();
    });
    w.thread.on('error', (e) => this.fail(e));
    w.thread.on('exit', (code) => {
      // Any exit before close() — with a job or between jobs — fails the walk: a dead thread must not be given work.
      if (!this.closing) this.fail(new Error(`a walker thread exited with code ${code}`));
    });
    this.threads.push(w);
    lastWalkStats.workers = this.threads.length;
    return w;
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.waiter?.();
  }
}

/**
 * Replays a chunk's events from the cursor `at` (advanced in place). Returns the sequence number of a
 * handed-back subtree when one is reached (its events come next), undefined at the end of the chunk.
 */
function applyChunk(c: Chunk, at: Unit['at'], v: WalkVisitor): number | undefined {
  let s = at.str;
  let n = at.num;
  const { ops, nums } = c;
  const strs = (at.strs ??= c.text.split('\0'));
  for (let i = at.op; i < ops.length; i++) {
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
          entries[k] = new FlagListed(name, flags);
        }
        v.listed?.(dir, entries);
        break;
      }
      case OP_DEFER: {
        const seq = nums[n++]!;
        at.op = i + 1;
        at.str = s;
        at.num = n;
        return seq;
      }
    }
  }
  return undefined;
}

/**
 * The worker's side: walks each job's subtree with the sequential walker, posting its events in chunks. Once a
 * job has walked `budget` entries it hands its further subdirectories back, marking their
 * place in its events, so that an idle worker can take them.
 */
export function runWalkWorker(
  port: MessagePort,
  data: { spec: WalkSpec; limits: Limits; shared: SharedArrayBuffer; control: SharedArrayBuffer },
): void {
  const { spec, limits } = data;
  const ahead = new Int32Array(data.shared);
  const control = new Int32Array(data.control);
  const matcher = new PatternMatcher(spec.patterns, spec.sources as PatternSource[]);
  const fs = nodeFs as unknown as WalkFs;
  const probes = spec.probes;
  port.on('message', (job: Job) => {
    let c = new ChunkBuilder();
    let posted = 0;
    const flush = (done = false): void => {
      if (c.ops.length === 0) {
        if (done) port.postMessage({ id: job.id, done });
        return;
      }
      // Wait while maxAhead chunks are posted and not yet replayed — unless this is the job being replayed
      // and fewer than 4× that of its own chunks wait: it is never held up by the chunks of later jobs.
      for (;;) {
        const gen = Atomics.load(ahead, WAKE);
        const now = Atomics.load(ahead, AHEAD);
        if (now < limits.maxAhead) break;
        if (Atomics.load(control, FRONT) === job.id && posted - Atomics.load(ahead, CURRENT_REPLAYED) < 4 * limits.maxAhead) break;
        Atomics.wait(ahead, WAKE, gen, 200);
      }
      posted++;
      Atomics.add(ahead, AHEAD, 1);
      const chunk = c.pack();
      port.postMessage({ id: job.id, chunk, done }, [chunk.ops.buffer as ArrayBuffer, chunk.nums.buffer as ArrayBuffer]);
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
      probes,
      enterDir(rel, present) {
        c.ops.push(OP_ENTER);
        c.strs.push(rel);
        c.nums.push(present);
        if (c.ops.length >= CHUNK) flush();
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
    let budget = limits.budget;
    let seq = 0;
    /**
     * Whether someone waits for work, taken by this job: the main thread waiting for this very job, or a free
     * worker — then only when this job's chunk can go at once (the work handed back must not sit behind a wait).
     */
    const takeHunger = (): boolean => {
      if (Atomics.load(control, MAIN_HUNGRY) === job.id && Atomics.compareExchange(control, MAIN_HUNGRY, job.id, 0) === job.id) return true;
      const h = Atomics.load(control, HUNGRY);
      if (h <= 0 || Atomics.load(ahead, AHEAD) >= limits.maxAhead) return false;
      return Atomics.compareExchange(control, HUNGRY, h, h - 1) === h;
    };
    /** Hands a subdirectory back as a job of its own (it travels with the chunk). */
    const handBack = (rel: string, d: NonNullable<Decided['descend']>): void => {
      c.defers.push({ seq, rel, abs: d.abs, info: d.info, plain: d.plain });
      c.ops.push(OP_DEFER);
      c.nums.push(seq++);
    };
    const walk = (abs: string, rel: string, info: MatchInfo, plain: boolean): void => {
      for (const s of readDir(fs, matcher, abs, rel, info, plain, probes, spec.listed)) {
        const decided = visitStep(visitor, rel, s);
        if (decided.length === 0) continue;
        budget -= decided.length;
        // Once the budget is spent the further subdirectories go back; when someone waits for work, the rest of
        // this batch's subdirectories go back at once (a stretch the waiter can walk in order).
        let rest = false;
        let hungry = false;
        for (const d of decided) {
          if (!emitDecided(visitor, d)) continue;
          if (!rest && (budget <= 0 || (hungry = takeHunger()))) rest = true;
          if (rest) handBack(d.rel, d.descend!);
          else walk(d.descend!.abs, d.rel, d.descend!.info, d.descend!.plain);
        }
        if (hungry) flush();
      }
    };
    try {
      walk(job.abs, job.rel, job.info, job.plain);
      flush(true);
    } catch (e) {
      flush();
      const patternError = e instanceof PatternError ? { reason: e.reason, pattern: e.pattern, source: e.source } : undefined;
      port.postMessage({ id: job.id, error: (e as Error).message, patternError });
    }
  });
}
