// Image layers are matched to the baseline's by their Dockerfile instruction, never by index:
// inserting one layer must not misalign every later one. The alignment is a longest common
// subsequence over normalised `created_by` strings.
import type { LayerChange } from '../model/comparison.js';

export interface LayerLike {
  createdBy: string;
  bytes: number;
}

/** `docker history` text made comparable across builds: no shell prefix, no content digests, one space. */
export function normaliseCreatedBy(s: string): string {
  return s
    .replace(/^\/bin\/sh -c #\(nop\)\s*/, '')
    .replace(/^\/bin\/sh -c\s+/, 'RUN ')
    .replace(/\b(file|dir|multi):[0-9a-f]{16,}/g, '$1:…')
    .replace(/sha256:[0-9a-f]{64}/g, 'sha256:…')
    .replace(/\s*# buildkit$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function matchLayers(baseline: readonly LayerLike[], current: readonly LayerLike[]): LayerChange[] {
  const a = baseline.map((l) => normaliseCreatedBy(l.createdBy));
  const b = current.map((l) => normaliseCreatedBy(l.createdBy));
  // lcs[i][j] = LCS length of a[i..] and b[j..]
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: LayerChange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({
        createdBy: current[j]!.createdBy,
        baseline: baseline[i]!.bytes,
        current: current[j]!.bytes,
        delta: current[j]!.bytes - baseline[i]!.bytes,
        status: 'kept',
      });
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      out.push({ createdBy: current[j]!.createdBy, baseline: null, current: current[j]!.bytes, delta: current[j]!.bytes, status: 'added' });
      j++;
    } else {
      out.push({
        createdBy: baseline[i]!.createdBy,
        baseline: baseline[i]!.bytes,
        current: null,
        delta: -baseline[i]!.bytes,
        status: 'removed',
      });
      i++;
    }
  }
  return out;
}
