// The history of stored baselines of a branch, for the scheduled trend: the newest `limit` usable ones,
// oldest first. Each is small; they are downloaded and validated one by one like a baseline.
import { loadStored, type StoredReport } from './find.js';
import { ineligible } from './select.js';
import type { ArtifactStore } from './store.js';
import type { GitHubRest } from '../github/rest.js';

export async function loadHistory(
  gh: GitHubRest,
  store: ArtifactStore,
  q: { name: string; repoId: number; branch: string; now: number; limit: number; excludeRunId?: number },
): Promise<{ points: StoredReport[]; skipped: string[] }> {
  const skipped: string[] = [];
  const listed = await gh.listArtifacts(q.name, q.limit * 3);
  const usable = listed
    .filter((a) => a.run?.id !== q.excludeRunId && !ineligible(a, { repoId: q.repoId, branch: q.branch, now: q.now }))
    .sort((a, b) => Date.parse(b.createdAt ?? '') - Date.parse(a.createdAt ?? '') || b.id - a.id);
  const points: StoredReport[] = [];
  for (const a of usable) {
    if (points.length >= q.limit) break;
    const p = await loadStored(gh, store, a, skipped);
    if (p) points.push(p);
  }
  return { points: points.reverse(), skipped };
}
