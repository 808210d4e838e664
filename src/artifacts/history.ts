// The history of stored baselines of a branch, for the scheduled trend: the newest `limit` usable ones,
// oldest first. Each is small; they are downloaded and validated one by one like a baseline.
import { loadStored, type StoredReport } from './find.js';
import { ineligible } from './select.js';
import type { ArtifactStore } from './store.js';
import type { GitHubRest } from '../github/rest.js';

export async function loadHistory(
  gh: GitHubRest,
  store: ArtifactStore,
  q: { name: string; repoId: number; branch: string; now: number; limit: number; excludeRunId?: number; since?: number },
): Promise<{ points: StoredReport[]; skipped: string[]; leftOut: { older: number; sameDay: number; beyond: number } }> {
  const skipped: string[] = [];
  const listed = await gh.listArtifacts(q.name, Math.max(q.limit * 3, MAX_LISTED));
  const usable = listed
    .filter((a) => a.run?.id !== q.excludeRunId && !ineligible(a, { repoId: q.repoId, branch: q.branch, now: q.now }))
    .sort((a, b) => Date.parse(b.createdAt ?? '') - Date.parse(a.createdAt ?? '') || b.id - a.id);
  const leftOut = { older: 0, sameDay: 0, beyond: 0 };
  const since = q.since;
  const inWindow = since === undefined ? usable : usable.filter((a) => Date.parse(a.createdAt ?? '') >= since);
  leftOut.older = usable.length - inWindow.length;
  // More baselines than points: one per day, the day's last, so that the points span days, not the last hours.
  let candidates = inWindow;
  if (inWindow.length > q.limit) {
    const days = new Set<string>();
    candidates = inWindow.filter((a) => {
      const day = (a.createdAt ?? '').slice(0, 10);
      if (days.has(day)) return false;
      days.add(day);
      return true;
    });
    leftOut.sameDay = inWindow.length - candidates.length;
  }
  const points: StoredReport[] = [];
  let considered = 0;
  for (const a of candidates) {
    if (points.length >= q.limit) break;
    considered++;
    const p = await loadStored(gh, store, a, skipped);
    if (p) points.push(p);
  }
  leftOut.beyond = candidates.length - considered;
  return { points: points.reverse(), skipped, leftOut };
}

/** Up to this many artifacts are listed to find the last baseline of each day (a busy repository's 30 baselines are one day). */
const MAX_LISTED = 500;
