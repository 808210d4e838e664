// Child-process case: fetches REF from its registry with a request deadline of DEADLINE_MS (argv: REF
// DEADLINE_MS) and prints one JSON line: {"ok": layers} or {"error": the one-line message}.
import { DEFAULT_PLATFORM } from '../../../src/image/platform.js';
import { NO_PROGRESS } from '../../../src/image/source.js';
import { registrySource } from '../../../src/image/sources/registry/registry.js';
import { InputError } from '../../../src/util/errors.js';

const [ref, deadline] = process.argv.slice(2) as [string, string];
try {
  const r = await registrySource(
    ref,
    { platform: DEFAULT_PLATFORM, env: process.env, progress: NO_PROGRESS },
    { deadlineMs: Number(deadline), readDockerConfig: async () => ({ config: undefined, name: 'none' }) },
  );
  console.log(JSON.stringify({ ok: r.images[0]?.layers.length }));
} catch (e) {
  console.log(JSON.stringify({ error: e instanceof InputError ? e.oneLine() : `internal: ${(e as Error).message}` }));
}
