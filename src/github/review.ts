// One-click fixes: when a pull request changes the ignore file the build uses and the diagnostics propose
// lines for it, a review comment with a GitHub `suggestion` block, anchored on the file's last line in the
// diff, lets the author commit the lines with one click. At most one such comment per file and comment-key,
// updated (or moved, when the diff moved) instead of duplicated; skipped silently when the file is not in
// the diff, its last change is not at the end of the file, or the token cannot review.
// The lines are taken as the diagnostics propose them (their trust rules decide which); nothing is filtered here.
// The patch parsing and the body are pure; `upsertSuggestions` does the I/O through GitHubRest.
import type { GitHubRest, ReviewCommentInfo } from './rest.js';
import { httpStatus } from './rest.js';

export function suggestionMarker(key: string, path: string): string {
  return `<!-- docker-size-guard:suggest:${key}:${encodeURIComponent(path)} -->`;
}

export interface Anchor {
  /** 1-based line in the new file. */
  line: number;
  /** Its text, which the suggestion repeats before the added lines (a suggestion replaces the line). */
  content: string;
}

/** Lines of unchanged context git and GitHub show around a change. */
const CONTEXT_LINES = 3;

/**
 * Where to anchor the suggestion: the last line of the new file, if the diff shows it — the last hunk ends
 * fewer than 3 context lines after its last change (git shows 3 unless the file ends sooner) — so that the
 * suggested lines land at the end, where --fix appends them and where no later line can undo them.
 * Otherwise the reason there is no anchor.
 */
export function anchorAtEnd(patch: string | undefined): Anchor | string {
  if (patch === undefined || patch === '') return 'GitHub shows no diff for it';
  let newLine = 0;
  let last: Anchor | undefined;
  let changed = false;
  let trailingContext = 0;
  for (const raw of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
    if (hunk) {
      newLine = Number(hunk[1]) - 1;
      changed = false;
      trailingContext = 0;
      last = undefined;
      continue;
    }
    const sign = raw[0];
    if (sign === '+') {
      newLine++;
      last = { line: newLine, content: raw.slice(1) };
      changed = true;
      trailingContext = 0;
    } else if (sign === ' ') {
      newLine++;
      last = { line: newLine, content: raw.slice(1) };
      trailingContext++;
    } else if (sign === '-') {
      changed = true;
    }
  }
  if (!last || !changed) return 'its last hunk changes no line of the new file';
  if (trailingContext >= CONTEXT_LINES) return 'its last change is not at the end of the file';
  return last;
}

/** A code fence longer than any run of backticks in the text. */
function fence(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

export function suggestionBody(key: string, path: string, anchor: Anchor, lines: readonly string[], saving: string): string {
  const text = [anchor.content, ...lines].join('\n');
  const f = fence(text);
  return [
    suggestionMarker(key, path),
    `**docker-size-guard**: ${lines.length === 1 ? 'this line keeps' : `these ${lines.length} lines keep`} ${saving} out of the build context. Commit the suggestion to add ${lines.length === 1 ? 'it' : 'them'} at the end of \`${path.replace(/`/g, "'")}\`.`,
    '',
    `${f}suggestion`,
    text,
    f,
    '',
  ].join('\n');
}

export interface FileSuggestion {
  /** Repository-relative path of the ignore file. */
  path: string;
  lines: string[];
  /** The saving as shown ("412 kB"). */
  saving: string;
}

export type ReviewStep =
  | { path: string; action: 'created' | 'updated' | 'moved' | 'unchanged'; url: string }
  | { path: string; action: 'skipped'; reason: string };

export async function upsertSuggestions(
  gh: GitHubRest,
  pr: { number: number; headSha: string },
  opts: { key: string; author: string },
  wanted: readonly FileSuggestion[],
): Promise<ReviewStep[]> {
  if (wanted.length === 0) return [];
  const steps: ReviewStep[] = [];
  let files: Awaited<ReturnType<GitHubRest['listPullFiles']>>;
  try {
    files = await gh.listPullFiles(pr.number);
  } catch (e) {
    return wanted.map((w) => ({
      path: w.path,
      action: 'skipped',
      reason: `the pull request's files cannot be read (HTTP ${httpStatus(e) ?? 'error'})`,
    }));
  }
  let existing: ReviewCommentInfo[] | undefined;
  for (const w of wanted) {
    const file = files.find((f) => f.filename === w.path && f.status !== 'removed');
    if (!file) {
      steps.push({ path: w.path, action: 'skipped', reason: 'the pull request does not change it' });
      continue;
    }
    const anchor = anchorAtEnd(file.patch);
    if (typeof anchor === 'string') {
      steps.push({ path: w.path, action: 'skipped', reason: anchor });
      continue;
    }
    const body = suggestionBody(opts.key, w.path, anchor, w.lines, w.saving);
    try {
      existing ??= await gh.listReviewComments(pr.number);
      const ours = existing.find(
        (c) => c.author === opts.author && c.path === w.path && c.body.startsWith(suggestionMarker(opts.key, w.path)),
      );
      if (ours && ours.line === anchor.line) {
        if (ours.body === body) steps.push({ path: w.path, action: 'unchanged', url: ours.url });
        else steps.push({ path: w.path, action: 'updated', url: (await gh.updateReviewComment(ours.id, body)).url });
        continue;
      }
      // A review comment cannot be moved: the one on an older diff is replaced.
      const created = await gh.createReviewComment(pr.number, { body, commitId: pr.headSha, path: w.path, line: anchor.line });
      if (ours) await gh.deleteReviewComment(ours.id);
      steps.push({ path: w.path, action: ours ? 'moved' : 'created', url: created.url });
    } catch (e) {
      steps.push({
        path: w.path,
        action: 'skipped',
        reason: `the token cannot review (HTTP ${httpStatus(e) ?? 'error'}): it needs pull-requests: write`,
      });
    }
  }
  return steps;
}
