// Child-process case: downloads artifact ID through ArtifactStore from the GitHub API at API_URL (argv: API_URL
// ID MAX_BYTES TMP) and prints one JSON line: the wanted files' sizes, or {"error": message}, plus what the
// download left in TMP (nothing is to be written there).
import { readdirSync } from 'node:fs';
import { ArtifactStore } from '../../../src/artifacts/store.js';

const [apiUrl, id, max, tmp] = process.argv.slice(2) as [string, string, string, string];
// The real client of @actions/artifact, as the action passes it (older versions of the store downloaded with it).
const { DefaultArtifactClient } = await import('@actions/artifact');
const store = new ArtifactStore(new DefaultArtifactClient(), { token: 'ghs_test', owner: 'acme', repo: 'shop', tmp, apiUrl });
try {
  const files = await store.download(Number(id), 1, ['report.json', 'pull-request.json'], Number(max));
  console.log(
    JSON.stringify({ sizes: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v?.length ?? null])), left: readdirSync(tmp) }),
  );
} catch (e) {
  console.log(JSON.stringify({ error: (e as Error).message.split('\n')[0], left: readdirSync(tmp) }));
}
