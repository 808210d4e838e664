// The entry of the parallel walk's worker thread. scripts/bundle.mjs bundles it on its own (a few tens of
// kB: the walker and the matcher, nothing else) and embeds the text in dist/cli.js and dist/index.js,
// which start it with `new Worker(text, { eval: true })`: the bundles stay self-contained and a worker
// loads only what it runs. Not pure (a thread). Keeps nothing itself.
import { parentPort, workerData } from 'node:worker_threads';
import { runWalkWorker } from './walk-parallel.js';

runWalkWorker(parentPort!, workerData);
