// Finding the baseline of a pull request's base branch: list the artifacts of that name over REST
// (@actions/artifact cannot search across runs), keep the eligible ones, try them in order of preference,
// download and validate. Never throws for a missing or unusable baseline: the report says why instead.
import { BASELINE_EVENTS, ineligible, MAX_ARTIFACT_BYTES, rankBaselines } from './select.js';
import { REPORT_FILE } from './names.js';
import type { ArtifactStore } from './store.js';
import { parseBaseline } from '../model/baseline.js';
import type { BaselineFigures } from '../model/figures.js';
import { httpStatus, type ArtifactInfo, type GitHubRest } from '../github/rest.js';

export interface StoredReport {
  report: BaselineFigures;
  commit: string;
  date: string;
  runUrl: string;
  artifactId: number;
}

export interface BaselineQuery {
  name: string;
  repoId: number;
  branch: string;
  /** The pull request's base and head commits, when there is a pull request. */
  baseSha?: string;
  headSha?: string;
  /**
   * On a push: the commit being measured. Its own baselines (a re-run) are skipped and only those of its
   * ancestors count, newest first: the delta is against the previous baseline of the branch.
   */
  before?: string;
  now: number;
}

export type BaselineResult = { found: StoredReport; skipped: string[] } | { found: undefined; note: string; skipped: string[] };

const TRIES = 5;

export async function findBaseline(gh: GitHubRest, store: ArtifactStore, q: BaselineQuery): Promise<BaselineResult> {
  const skipped: string[] = [];
  let listed: ArtifactInfo[];
  try {
    listed = await gh.listArtifacts(q.name);
  } catch (e) {
    return {
      found: undefined,
      note: `the stored baselines could not be listed (${describe(e)}); with \`actions: read\` permission they can`,
      skipped,
    };
  }
  let usable = listed.filter((a) => {
    const why =
      ineligible(a, { repoId: q.repoId, branch: q.branch, now: q.now }) ??
      (q.before !== undefined && a.run?.headSha === q.before ? 'stored for this very commit' : undefined);
    if (why) skipped.push(`artifact ${a.id}: ${why}`);
    return !why;
  });
  if (usable.length === 0) {
    const note =
      listed.length === 0
        ? `no baseline stored yet for ${q.branch} (it is stored by a push to ${q.branch}, a schedule or a manual run)`
        : `none of the ${listed.length} stored baselines is usable for ${q.branch} (${summarize(skipped)})`;
    return { found: undefined, note, skipped };
  }

  const preferred: string[] = [];
  if (q.baseSha) preferred.push(q.baseSha);
  let ancestors: string[] = [];
  const exact = (): boolean => usable.some((a) => a.run?.headSha !== null && preferred.includes(a.run!.headSha!));
  if (!exact() && q.baseSha && q.headSha) {
    try {
      preferred.push(await gh.mergeBase(q.baseSha, q.headSha));
    } catch (e) {
      skipped.push(`merge base unknown: ${describe(e)}`);
    }
  }
  if (!exact()) {
    try {
      ancestors = await gh.listCommits(q.before ?? q.baseSha ?? q.branch);
    } catch (e) {
      skipped.push(`history of ${q.branch} unknown: ${describe(e)}`);
    }
  }
  if (q.before !== undefined && ancestors.length > 0) {
    const earlier = new Set(ancestors.filter((s) => s !== q.before));
    for (const a of usable)
      if (!earlier.has(a.run?.headSha ?? '')) skipped.push(`artifact ${a.id}: not stored for an earlier commit of ${q.branch}`);
    usable = usable.filter((a) => earlier.has(a.run?.headSha ?? ''));
    if (usable.length === 0) return { found: undefined, note: `no baseline stored for an earlier commit of ${q.branch}`, skipped };
  }

  for (const a of rankBaselines(usable, preferred, ancestors).slice(0, TRIES)) {
    const got = await loadStored(gh, store, a, skipped);
    if (got) return { found: got, skipped };
  }
  return { found: undefined, note: `no stored baseline of ${q.branch} could be used (${summarize(skipped)})`, skipped };
}

/** Downloads and validates one stored report; undefined (with the reason in `skipped`) when unusable. */
export async function loadStored(
  gh: GitHubRest,
  store: ArtifactStore,
  a: ArtifactInfo,
  skipped: string[],
): Promise<StoredReport | undefined> {
  try {
    const run = await gh.getRun(a.run!.id);
    if (!BASELINE_EVENTS.includes(run.event)) {
      skipped.push(`artifact ${a.id}: produced by a ${run.event} run, not ${BASELINE_EVENTS.join('/')}`);
      return undefined;
    }
    const files = await store.download(a.id, run.id, [REPORT_FILE], MAX_ARTIFACT_BYTES * 2);
    const text = files[REPORT_FILE];
    if (text === undefined) {
      skipped.push(`artifact ${a.id}: holds no ${REPORT_FILE}`);
      return undefined;
    }
    const report = parseBaseline(JSON.parse(text), `artifact ${a.name} (${a.id})`);
    return { report, commit: a.run!.headSha ?? run.headSha, date: a.createdAt ?? '', runUrl: run.htmlUrl, artifactId: a.id };
  } catch (e) {
    skipped.push(`artifact ${a.id}: ${describe(e)}`);
    return undefined;
  }
}

function describe(e: unknown): string {
  const status = httpStatus(e);
  const msg = e instanceof SyntaxError ? 'not JSON' : String((e as Error)?.message ?? e).split('\n')[0];
  return status ? `HTTP ${status}: ${msg}` : msg!;
}

function summarize(reasons: string[]): string {
  const counts = new Map<string, number>();
  for (const r of reasons) {
    const why = r.replace(/^artifact \d+: /, '');
    counts.set(why, (counts.get(why) ?? 0) + 1);
  }
  return [...counts].map(([why, n]) => (n > 1 ? `${n}× ${why}` : why)).join('; ');
}
