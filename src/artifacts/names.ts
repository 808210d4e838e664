// Artifact names. Names are immutable within a run and listed across runs by exact name, so a name is
// derived from what it measures: two jobs or configurations never write the same one.
import { createHash } from 'node:crypto';

/** The baseline of a set of targets, under the comment-key: `docker-size-baseline-default-3f2a1b9c`. */
export function baselineName(base: string, key: string, targetNames: readonly string[]): string {
  const id = createHash('sha256')
    .update([...targetNames].sort().join('\0'))
    .digest('hex')
    .slice(0, 8);
  return `${base}-${key}-${id}`;
}

/** The report a `measure` run hands to the `comment` run: `docker-size-report-default`. */
export function reportName(base: string, key: string): string {
  return `${base}-${key}`;
}

/** File names inside the artifacts. */
export const REPORT_FILE = 'report.json';
export const PULL_REQUEST_FILE = 'pull-request.json';
