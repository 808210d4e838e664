// The sticky pull-request comment: one per pull request and comment-key, found by a hidden marker at the
// very top of the body among the comments of our own author, and updated in place.
import { GITHUB_COMMENT_LIMIT } from '../render/markdown.js';
import type { CommentInfo, GitHubRest } from './rest.js';

/** When to write the comment (input `comment`). */
export const COMMENT_POLICIES = ['always', 'on-change', 'on-breach', 'never'] as const;
export type CommentPolicy = (typeof COMMENT_POLICIES)[number];

export function marker(key: string): string {
  return `<!-- docker-size-guard:${key} -->`;
}

/** The body as posted: the marker line, then the report, cut to GitHub's limit if it ever got that far. */
export function stickyBody(key: string, markdown: string): string {
  const head = marker(key) + '\n';
  const room = GITHUB_COMMENT_LIMIT - head.length;
  if (markdown.length <= room) return head + markdown;
  const note = "\n\n_Cut to fit GitHub's comment limit; the full report is in the job summary._\n";
  const cut = markdown.slice(0, room - note.length);
  return head + cut.slice(0, Math.max(0, cut.lastIndexOf('\n'))) + note;
}

/** Our comment for this key: our author, the marker first. A person quoting the marker is not us. */
export function findSticky(comments: readonly CommentInfo[], key: string, author: string): CommentInfo | undefined {
  const m = marker(key);
  return comments.find((c) => c.author === author && c.body.startsWith(m));
}

export interface CommentFacts {
  /** A figure moved by more than min-change against the baseline (or a target was added or removed). */
  changed: boolean;
  /** A budget was breached (any level). */
  breached: boolean;
  /** Our comment already exists on the pull request. */
  exists: boolean;
}

/**
 * Whether to write the comment. `on-change` and `on-breach` decide whether to *start* a comment; once one
 * exists it is always kept up to date, so it never shows a stale figure or a breach that was fixed.
 */
export function shouldComment(policy: CommentPolicy, f: CommentFacts): boolean {
  switch (policy) {
    case 'never':
      return false;
    case 'always':
      return true;
    case 'on-change':
      return f.exists || f.changed;
    case 'on-breach':
      return f.exists || f.breached;
  }
}

export type StickyResult = { action: 'created' | 'updated' | 'unchanged'; url: string } | { action: 'skipped'; reason: string };

export async function upsertSticky(
  gh: GitHubRest,
  issue: number,
  opts: { key: string; author: string; policy: CommentPolicy; changed: boolean; breached: boolean },
  markdown: string,
): Promise<StickyResult> {
  if (opts.policy === 'never') return { action: 'skipped', reason: 'comment: never' };
  const existing = findSticky(await gh.listComments(issue), opts.key, opts.author);
  if (!shouldComment(opts.policy, { changed: opts.changed, breached: opts.breached, exists: existing !== undefined })) {
    return {
      action: 'skipped',
      reason: `comment: ${opts.policy}, and ${opts.policy === 'on-change' ? `no figure moved by more than min-change` : 'no budget was breached'}`,
    };
  }
  const body = stickyBody(opts.key, markdown);
  if (!existing) return { action: 'created', url: (await gh.createComment(issue, body)).url };
  if (existing.body === body) return { action: 'unchanged', url: existing.url };
  return { action: 'updated', url: (await gh.updateComment(existing.id, body)).url };
}
