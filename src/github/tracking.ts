// The tracking issue of the scheduled regression report: one open issue per comment-key, labelled, found by
// a marker among our own issues; opened when growth over the window breaks a budget, updated while it does,
// and closed (with a comment) once the size is back under budget.
import { GITHUB_COMMENT_LIMIT } from '../render/markdown.js';
import type { GitHubRest } from './rest.js';

export function trackingMarker(key: string): string {
  return `<!-- docker-size-guard:regression:${key} -->`;
}

export type TrackingStep = 'open' | 'update' | 'close' | 'none';

export function trackingStep(regressed: boolean, hasOpenIssue: boolean): TrackingStep {
  if (regressed) return hasOpenIssue ? 'update' : 'open';
  return hasOpenIssue ? 'close' : 'none';
}

export interface TrackingResult {
  step: TrackingStep;
  number?: number;
  url?: string;
}

export async function trackRegression(
  gh: GitHubRest,
  opts: { label: string; key: string; author: string },
  regressed: boolean,
  title: string,
  markdown: string,
): Promise<TrackingResult> {
  const m = trackingMarker(opts.key);
  const open = (await gh.listIssues(opts.label, 'open')).find((i) => i.author === opts.author && i.body.startsWith(m));
  const step = trackingStep(regressed, open !== undefined);
  const body = `${m}\n${markdown}`.slice(0, GITHUB_COMMENT_LIMIT);
  switch (step) {
    case 'open': {
      await gh.ensureLabel(opts.label, 'd93f0b', 'Docker image or build context grew over budget (docker-size-guard)');
      const created = await gh.createIssue(title, body, [opts.label]);
      return { step, number: created.number, url: created.url };
    }
    case 'update':
      await gh.updateIssue(open!.number, { title, body });
      return { step, number: open!.number, url: open!.url };
    case 'close':
      await gh.createComment(open!.number, `${m}\nBack under budget: the scheduled run found no budget breached over the window. Closing.`);
      await gh.updateIssue(open!.number, { state: 'closed', stateReason: 'completed' });
      return { step, number: open!.number, url: open!.url };
    case 'none':
      return { step };
  }
}
