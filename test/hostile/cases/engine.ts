// Child-process case: measures REF on the engine at DOCKER_HOST with shortened limits (argv: REF DEADLINE_MS
// IDLE_MS) and prints one JSON line: {"ok": layers} or {"error": the one-line message}.
import { engineSource } from '../../../src/image/sources/engine/engine.js';
import { DEFAULT_PLATFORM } from '../../../src/image/platform.js';
import { NO_PROGRESS } from '../../../src/image/source.js';
import { InputError } from '../../../src/util/errors.js';

const [ref, deadline, idle] = process.argv.slice(2) as [string, string, string];
try {
  const r = await engineSource(
    ref,
    { platform: DEFAULT_PLATFORM, env: process.env, progress: NO_PROGRESS },
    { deadlineMs: Number(deadline), idleMs: Number(idle) },
  );
  console.log(JSON.stringify({ ok: r.images[0]?.layers.length }));
} catch (e) {
  console.log(JSON.stringify({ error: e instanceof InputError ? e.oneLine() : `internal: ${(e as Error).message}` }));
}
