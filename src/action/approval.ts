// The label override (input `allow-label`): when the pull request carries the label, fail-level budget
// breaches are accepted — shown as warnings that name the label, the step passes — and the report says who
// accepted what. Pure: the labels are read by the caller (from the event payload, or through the API on a
// re-run, since labels change after the event).
import { unknownFailing, type Verdict } from '../model/verdict.js';
import { escapeMarkdown as esc } from '../render/escape.js';

export interface Approval {
  label: string;
  /** Who added the label, when the event says so (a `labeled` event for this label). */
  by: string | undefined;
}

/** The approval in force, if the override is configured and the label is on the pull request. */
export function approvalFrom(
  allowLabel: string | undefined,
  labels: readonly string[],
  labeledBy?: { label: string | undefined; sender: string | undefined },
): Approval | undefined {
  if (allowLabel === undefined || !labels.includes(allowLabel)) return undefined;
  return { label: allowLabel, by: labeledBy?.label === allowLabel ? labeledBy.sender : undefined };
}

/** The verdict with every fail-level breach accepted: a warning naming the label; the check passes. */
export function acceptBreaches(verdict: Verdict, approval: Approval | undefined): Verdict {
  if (!approval || !verdict.breaches.some((b) => b.level === 'fail')) return verdict;
  return {
    ...verdict,
    breaches: verdict.breaches.map((b) => (b.level === 'fail' ? { ...b, level: 'warn' as const, acceptedBy: approval.label } : b)),
    // The label accepts breaches it can see; a budget over bytes that could not be read still fails.
    failed: unknownFailing(verdict).length > 0,
    accepted: approval,
  };
}

/**
 * A name (label, job, comment-key) for markdown: as code when it holds only plain characters (escaping does not
 * work inside a code span), else escaped text.
 */
export function nameMd(s: string): string {
  return /^[A-Za-z0-9 ._/():+=,-]{1,100}$/.test(s) ? `\`${s}\`` : esc(s);
}

/** The line the comment and summary show under the headline. */
export function approvalNote(verdict: Verdict | undefined): string | undefined {
  const a = verdict?.accepted;
  if (!a) return undefined;
  const n = verdict.breaches.filter((b) => b.acceptedBy !== undefined).length;
  return `> [!IMPORTANT]\n> Budget breach${n === 1 ? '' : 'es'} accepted by label ${nameMd(a.label)}${a.by ? ` (added by ${esc('@' + a.by)})` : ''}: ${n === 1 ? 'it is reported as a warning' : `these ${n} are reported as warnings`} and the check passes. Remove the label to enforce the budget again.`;
}
