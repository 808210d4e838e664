// In-process walkers over the same tree: the project's walker as a library, the libraries it was chosen over,
// and the floors and ceilings that say where the time goes — what readdir alone costs, what readdir + lstatSync
// with nothing else costs (the floor of Node's synchronous fs API), and two ways around that floor that the
// walker does not take (worker threads; chdir + relative lstat), measured so that the decision is data.
import * as fs from 'node:fs';
import { Worker } from 'node:worker_threads';

/** readdir with file types only: the cost of listing, without sizes. */
export function readdirOnly(root) {
  let n = 0;
  const walk = (dir) => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      n++;
      if (d.isDirectory()) walk(dir + '/' + d.name);
    }
  };
  walk(root);
  return n;
}

/** readdir + lstatSync of every non-directory, summing sizes: what any Node walker must at least do. */
export function readdirLstat(root) {
  let bytes = 0;
  const walk = (dir) => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = dir + '/' + d.name;
      if (d.isDirectory()) walk(p);
      else bytes += fs.lstatSync(p).size;
    }
  };
  walk(root);
  return bytes;
}

/**
 * The same with relative lookups: chdir into each directory and lstat the bare name, as `du` does with
 * fstatat(dirfd, name). Saves the kernel's per-component path walk — but changes the process's working
 * directory while walking, which a library cannot do behind its callers' backs (and workers cannot do at all).
 */
export function readdirLstatChdir(root) {
  const cwd = process.cwd();
  let bytes = 0;
  const walk = (dir) => {
    process.chdir(dir);
    for (const d of fs.readdirSync('.', { withFileTypes: true })) {
      if (d.isDirectory()) {
        walk(dir + '/' + d.name);
        process.chdir(dir);
      } else bytes += fs.lstatSync(d.name).size;
    }
  };
  try {
    walk(root);
  } finally {
    process.chdir(cwd);
  }
  return bytes;
}

/**
 * lstat through libuv's thread pool (4 threads): eight directories at a time, the lstats of each issued at once
 * with fs.lstat callbacks — what prefetching stats ahead of a depth-first walk could achieve at best.
 */
export async function readdirLstatPool(root) {
  let bytes = 0;
  const queue = [root];
  const lstat = (p) => new Promise((resolve, reject) => fs.lstat(p, (e, st) => (e ? reject(e) : resolve(st.size))));
  const worker = async () => {
    while (queue.length > 0) {
      const dir = queue.pop();
      const pending = [];
      for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = dir + '/' + d.name;
        if (d.isDirectory()) queue.push(p);
        else pending.push(lstat(p));
      }
      for (const size of await Promise.all(pending)) bytes += size;
    }
  };
  // Started one after another so that the queue has filled before the others look at it.
  const running = [];
  for (let i = 0; i < 8; i++) {
    running.push(worker());
    await new Promise((r) => setImmediate(r));
  }
  await Promise.all(running);
  return bytes;
}

const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const { tasks, claim } = workerData;
const counter = new Int32Array(claim);
const walk = (dir) => {
  let bytes = 0;
  for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = dir + '/' + d.name;
    if (d.isDirectory()) bytes += walk(p);
    else bytes += fs.lstatSync(p).size;
  }
  return bytes;
};
const sums = [];
for (;;) {
  const i = Atomics.add(counter, 0, 1);
  if (i >= tasks.length) break;
  sums.push([i, walk(tasks[i])]);
}
parentPort.postMessage(sums);
`;

/**
 * readdir + lstatSync split over `n` worker threads: the main thread lists the top levels until there are at
 * least 8 subtrees per worker, the workers claim subtrees from a shared counter and return one sum each.
 * A ceiling: a real walker would also send every entry back to be replayed in depth-first order.
 */
export async function readdirLstatWorkers(root, n) {
  let bytes = 0;
  let frontier = [root];
  while (frontier.length > 0 && frontier.length < 8 * n) {
    const next = [];
    for (const dir of frontier) {
      for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = dir + '/' + d.name;
        if (d.isDirectory()) next.push(p);
        else bytes += fs.lstatSync(p).size;
      }
    }
    frontier = next;
  }
  const claim = new SharedArrayBuffer(4);
  const parts = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise((resolve, reject) => {
          const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { tasks: frontier, claim } });
          w.once('message', resolve);
          w.once('error', reject);
        }),
    ),
  );
  for (const sums of parts) for (const [, b] of sums) bytes += b;
  return bytes;
}
