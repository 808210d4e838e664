// The figures a reviewer checks advice by (issue 10, `npm run precision`): which paths the suggested
// block removes from the context, and of the junk in the context, how many bytes it removes. Pure:
// the ignore file's text and the paths are passed in. Memory: the paths given.
import { parseIgnoreFile } from '../patterns/ignorefile.js';
import { PatternMatcher } from '../patterns/matcher.js';
import { dockerExcludes } from './docker-syntax.js';

function matcherOf(text: string): PatternMatcher {
  const lines = parseIgnoreFile(text, '(ignore file)');
  return new PatternMatcher(lines.map((l) => l.pattern));
}

/**
 * Of `paths`, those in the context under the ignore file `before` (its text, undefined: none) that
 * are out of it once `block` (the suggested block, as --fix appends it) is appended. Sorted.
 */
export function removedByBlock(before: string | undefined, block: string | undefined, paths: readonly string[]): string[] {
  if (block === undefined || block === '') return [];
  const was = matcherOf(before ?? '');
  const now = matcherOf((before ?? '') + block);
  return paths.filter((p) => !dockerExcludes(was, p) && dockerExcludes(now, p)).sort();
}
