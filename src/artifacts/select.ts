// Which stored baselines may be used, and in which order to try them. Pure.
//
// A baseline must come from this repository's own runs on the base branch: an artifact's name is not
// proof of anything, since a pull request from a fork runs workflows that can upload an artifact of any
// name, from a fork branch that may also be called "main". So: not expired, produced by a run whose
// repository *and head repository* are this repository, on the base branch, and (checked afterwards,
// since the listing does not say) by a push, schedule or workflow_dispatch run.
import type { ArtifactInfo } from '../github/rest.js';

export const BASELINE_EVENTS: readonly string[] = ['push', 'schedule', 'workflow_dispatch'];
/** A stored report is a small zip; anything larger is not ours. */
export const MAX_ARTIFACT_BYTES = 10_000_000;

export interface Eligibility {
  repoId: number;
  branch: string;
  now: number;
}

/** Why an artifact cannot be a baseline, or undefined when it can. */
export function ineligible(a: ArtifactInfo, e: Eligibility): string | undefined {
  if (a.expired || (a.expiresAt !== null && Date.parse(a.expiresAt) <= e.now)) return 'expired';
  if (!a.run) return 'no workflow run recorded';
  if (a.run.repositoryId !== e.repoId || a.run.headRepositoryId !== e.repoId) return 'produced by a run from another repository (a fork)';
  if (a.run.headBranch !== e.branch) return `produced on ${a.run.headBranch ?? 'no branch'}, not ${e.branch}`;
  if (a.sizeInBytes > MAX_ARTIFACT_BYTES) return `too large (${a.sizeInBytes} bytes)`;
  return undefined;
}

function newestFirst(a: ArtifactInfo, b: ArtifactInfo): number {
  const ta = a.createdAt ? Date.parse(a.createdAt) : 0;
  const tb = b.createdAt ? Date.parse(b.createdAt) : 0;
  return tb - ta || b.id - a.id;
}

/**
 * The order to try eligible baselines in: those of the preferred commits (the pull request's base SHA,
 * then its merge base), then the newest ancestor of the base (`ancestors`, newest first), then the
 * newest on the branch.
 */
export function rankBaselines(
  candidates: readonly ArtifactInfo[],
  preferred: readonly string[],
  ancestors: readonly string[] = [],
): ArtifactInfo[] {
  const sorted = [...candidates].sort(newestFirst);
  const out: ArtifactInfo[] = [];
  const add = (a: ArtifactInfo): void => {
    if (!out.includes(a)) out.push(a);
  };
  for (const sha of preferred) for (const a of sorted) if (a.run?.headSha === sha) add(a);
  const position = new Map(ancestors.map((s, i) => [s, i]));
  sorted
    .filter((a) => a.run?.headSha && position.has(a.run.headSha))
    .sort((a, b) => position.get(a.run!.headSha!)! - position.get(b.run!.headSha!)! || newestFirst(a, b))
    .forEach(add);
  sorted.forEach(add);
  return out;
}
